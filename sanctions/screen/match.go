package screen

import (
	"github.com/acquis-eu/acquis/sanctions"
)

// DefaultMin is the score from which a match is reported when the caller
// has no reason to choose another: a measured trade-off between listed
// names missed and look-alikes reported. It keeps the variants of listed
// names (other scripts and transliterations, name order, a missing or
// added patronymic, typos, initials, short forms, words joined or split)
// while leaving out the unlisted look-alikes (first names alone, listed
// surnames with other given names, gendered forms, generic company names,
// other numbers, the false positives reported to other screening tools).
// Measured by the package's TestEval (eval.tsv: 290 labelled queries, 218
// of them positive, against 46 real listings; a false positive is a query
// matching an entity it should not) and TestPairs (pairs.tsv: 644 labelled
// name pairs from public sources, in a development part the rules were
// judged on and a held-out part), recall and precision are:
//
//	threshold   eval.tsv        pairs, development   pairs, held-out
//	0.70        0.982  0.866    0.977  0.912         0.974  0.932
//	0.80        0.982  0.995    0.977  0.984         0.974  0.987
//	0.90        0.858  1.000    0.867  0.993         0.838  1.000
//
// The package documentation gives the table in full, and what is missed.
const DefaultMin = 0.8

// A Query is what is screened: a name, and what else is known of its
// bearer. Only Name is needed; the zero values of the other fields mean
// "unknown" and change nothing. A birth date and a country are read by
// ParseBirthDate and ParseCountry, which refuse what cannot be read with
// certainty, so that a detail of a query is either used or refused, never
// silently ignored.
type Query struct {
	// Name is the name in any script and order: "LUKASHENKO, Alexander",
	// "Лукашэнка Аляксандр".
	Name string `json:"name"`
	// BirthDate is a date of birth: a year, a month or a day.
	BirthDate BirthDate `json:"birthDate,omitzero"`
	// Country is a nationality or country of residence.
	Country Country `json:"country,omitzero"`
	// IDNumber is the number of an identity document, a registration or a
	// tax number; only its letters and digits count, and a number of fewer
	// than four of them is not compared.
	IDNumber string `json:"idNumber,omitempty"`
	// Type, when valid, keeps only the entities of that type.
	Type sanctions.Type `json:"type,omitzero"`
}

// A Match is an entity whose score reaches the threshold of a search, with
// the reasons for the score.
type Match struct {
	Entity *sanctions.Entity `json:"entity"`
	// Score is in [0, 1]: the name score of Alias, changed by the
	// qualifiers.
	Score float64 `json:"score"`
	// NameScore is the score of the names alone, before the qualifiers.
	NameScore float64 `json:"nameScore"`
	// Alias is the entity's name that matched best.
	Alias sanctions.Name `json:"alias"`
	// Tokens pairs the words of the query with the words of Alias they
	// met, in the order of the query.
	Tokens []Pair `json:"tokens,omitempty"`
	// Qualifiers are the birth date, country and identity number checks
	// the query asked for, in that order.
	Qualifiers []Qualifier `json:"qualifiers,omitempty"`
	// Reason says all of the above in words. It is safe to print: the
	// alias is written as a Go string literal, and an identity number too
	// when it holds a character that is not printable, so that no control
	// character nor mark that reorders text passes from a list or a query
	// into it (the words it pairs are letters, digits and marks).
	Reason string `json:"reason"`
}

// A Pair is a word of the query and the word of an alias it met.
type Pair struct {
	Query string  `json:"query"` // the query's word as written
	Name  string  `json:"name"`  // the alias's word as written
	Score float64 `json:"score"` // how alike their keys are, in [0, 1]
}

// A Qualifier is the check of one detail of the query against the entity.
type Qualifier struct {
	// Field is "birth date", "country" or "id number".
	Field string `json:"field"`
	// Query is the query's value; Listed the entity's value it was
	// compared with, "" when the entity gives none.
	Query  string `json:"query"`
	Listed string `json:"listed"`
	// Agrees reports whether they agree.
	Agrees bool `json:"agrees"`
	// Delta is what the check added to the score (negative when it took
	// away); an identity number match is not a sum and leaves it 0.
	Delta float64 `json:"delta"`
}
