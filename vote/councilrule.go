package vote

import (
	"fmt"
	"strconv"
)

// A CouncilRule is a majority that the Treaties require of the Council of
// the European Union for one kind of act, together with the provision that
// requires it. The European Parliament's rules are of another type,
// ParliamentRule, so that a rule of one institution cannot be handed to
// the other.
//
// CouncilRule is a small comparable value and can be a map key. The zero
// CouncilRule is invalid: deciding with it is an error. Its text form,
// which String, ParseCouncilRule, MarshalText and UnmarshalText share, is
// the constant's name in lower case with hyphens between the words, as the
// package documentation's table lists them.
type CouncilRule uint8

// The rules of the Council of the EU. Each names its legal basis.
const (
	// QualifiedMajority is the Council's qualified majority: Article 16(4)
	// TEU, "at least 55 % of the members of the Council, comprising at least
	// fifteen of them and representing Member States comprising at least
	// 65 % of the population of the Union. A blocking minority must include
	// at least four Council members, failing which the qualified majority
	// shall be deemed attained"; in force from 1 November 2014. When not all
	// members take part, Article 238(3)(a) TFEU applies instead: 55% of the
	// participating members representing 65% of their population, and a
	// blocking minority of "at least the minimum number of Council members
	// representing more than 35 % of the population of the participating
	// Member States, plus one member".
	QualifiedMajority CouncilRule = 1 + iota

	// ReinforcedQualifiedMajority is the qualified majority when the Council
	// does not act on a proposal of the Commission or of the High
	// Representative: Article 238(2) TFEU, "at least 72 % of the members of
	// the Council, representing Member States comprising at least 65 % of
	// the population of the Union", with no four-member clause; Article
	// 238(3)(b) TFEU when not all members take part. In force from 1
	// November 2014.
	ReinforcedQualifiedMajority

	// SimpleMajority is the Council's simple majority: Article 238(1) TFEU,
	// "a majority of its component members". When members do not take part
	// under the Treaties, this package counts the participating members.
	// (The European Parliament's simple majority, of the votes cast, is
	// VotesCast.)
	SimpleMajority

	// Unanimity: no participating member votes against. Article 238(4) TFEU:
	// "Abstentions by Members present in person or represented shall not
	// prevent the adoption by the Council of acts which require unanimity";
	// under Article 330 TFEU only the participating members' votes count.
	// This package also requires at least one vote for.
	Unanimity

	// Article7Determination is the Council's determination under Article
	// 7(1) TEU that there is a clear risk of a serious breach of the Union's
	// values: "a majority of four fifths of its members". Under Article 354
	// TFEU, first paragraph, the member concerned "shall not take part in the
	// vote" and is not counted: four fifths of the other members, 21 of 26
	// in a Union of 27. The ballot names the member concerned as
	// NotParticipating.
	Article7Determination

	// NiceWeights is the qualified majority of weighted votes that applied
	// until 31 October 2014, and that any member could ask for until 31
	// March 2017: Article 3(3) and (2) of Protocol No 36 on transitional
	// provisions. On a proposal of the Commission: 260 of the 352 votes of
	// 28 members, cast by a majority of the members (232 of 321 with 25
	// members, 255 of 345 with 27); on request of a member, the qualified
	// majority must also represent at least 62% of the Union's population.
	NiceWeights

	// NiceWeightsReinforced is NiceWeights when the Council does not act on a
	// proposal of the Commission: the votes must be cast by at least two
	// thirds of the members (Protocol No 36, Article 3(3)).
	NiceWeightsReinforced

	lastCouncilRule = NiceWeightsReinforced
)

type councilRuleInfo struct {
	name     string // the text form
	basis    string
	scope    string
	majority string
}

var councilRules = [...]councilRuleInfo{
	QualifiedMajority: {"qualified-majority", "Art 16(4) TEU",
		"the Council's default for acts on a proposal of the Commission or the High Representative",
		"55% of the members, at least 15, representing 65% of the population; a blocking minority needs at least four members"},
	ReinforcedQualifiedMajority: {"reinforced-qualified-majority", "Art 238(2) TFEU",
		"Council acts not on a proposal of the Commission or the High Representative",
		"72% of the members representing 65% of the population"},
	SimpleMajority: {"simple-majority", "Art 238(1) TFEU",
		"Council decisions by simple majority, such as procedural ones",
		"a majority of the component members"},
	Unanimity: {"unanimity", "Art 238(4) TFEU",
		"Council acts that require unanimity",
		"no member against; abstentions do not prevent adoption"},
	Article7Determination: {"article-7-determination", "Art 7(1) TEU; Art 354 TFEU, first paragraph",
		"determining a clear risk of a serious breach of the Union's values by a member",
		"four fifths of the members, the member concerned not counted"},
	NiceWeights: {"nice-weights", "Art 3(3) of Protocol No 36 on transitional provisions",
		"qualified majority on a proposal of the Commission, until 31 October 2014 (on request until 31 March 2017)",
		"260 of 352 weighted votes cast by a majority of the members; 62% of the population on request"},
	NiceWeightsReinforced: {"nice-weights-reinforced", "Art 3(3) of Protocol No 36 on transitional provisions",
		"qualified majority not on a proposal of the Commission, until 31 October 2014 (on request until 31 March 2017)",
		"260 of 352 weighted votes cast by two thirds of the members; 62% of the population on request"},
}

// IsValid reports whether r is one of the rules this package defines.
func (r CouncilRule) IsValid() bool { return r >= QualifiedMajority && r <= lastCouncilRule }

// String returns the rule's text form, such as "qualified-majority" or
// "unanimity", which ParseCouncilRule reads back. An invalid CouncilRule
// prints as "%!CouncilRule(N)".
func (r CouncilRule) String() string {
	if !r.IsValid() {
		return "%!CouncilRule(" + strconv.Itoa(int(r)) + ")"
	}
	return councilRules[r].name
}

// Basis returns the provision that requires the rule's majority when every
// member takes part, such as "Art 16(4) TEU", or "" for an invalid
// CouncilRule. A CouncilResult gives the provision it applied, which
// differs when members do not take part.
func (r CouncilRule) Basis() string {
	if !r.IsValid() {
		return ""
	}
	return councilRules[r].basis
}

// Scope returns what the rule decides, in words, or "" for an invalid
// CouncilRule.
func (r CouncilRule) Scope() string {
	if !r.IsValid() {
		return ""
	}
	return councilRules[r].scope
}

// Majority returns the majority the rule requires, in words, such as "72%
// of the members representing 65% of the population", or "" for an invalid
// CouncilRule.
func (r CouncilRule) Majority() string {
	if !r.IsValid() {
		return ""
	}
	return councilRules[r].majority
}

// ParseCouncilRule returns the CouncilRule whose String is s. It returns an
// error wrapping ErrUnknownRule for any other s, saying so when s names one
// of the European Parliament's rules.
func ParseCouncilRule(s string) (CouncilRule, error) {
	for r := QualifiedMajority; r <= lastCouncilRule; r++ {
		if councilRules[r].name == s {
			return r, nil
		}
	}
	for r := VotesCast; r <= lastParliamentRule; r++ {
		if parliamentRules[r].name == s {
			return 0, fmt.Errorf("vote: %w of the Council of the EU %q: %s is a rule of the European Parliament", ErrUnknownRule, s, s)
		}
	}
	return 0, fmt.Errorf("vote: %w of the Council of the EU %q", ErrUnknownRule, s)
}

// MarshalText implements encoding.TextMarshaler, writing the rule's String.
// It returns an error for an invalid CouncilRule.
func (r CouncilRule) MarshalText() ([]byte, error) {
	if !r.IsValid() {
		return nil, fmt.Errorf("vote: cannot marshal: %w %d", ErrUnknownRule, uint8(r))
	}
	return []byte(councilRules[r].name), nil
}

// UnmarshalText implements encoding.TextUnmarshaler, accepting what
// ParseCouncilRule accepts.
func (r *CouncilRule) UnmarshalText(text []byte) error {
	v, err := ParseCouncilRule(string(text))
	if err != nil {
		return err
	}
	*r = v
	return nil
}
