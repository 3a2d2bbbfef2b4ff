package screen

//go:generate go run gen_countries.go

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Errors that a *[QueryError] wraps, to say why a detail of a query cannot
// be read.
var (
	// ErrAmbiguousDate reports a date whose day and month could be read
	// either way, such as 02/03/1924 (2 March or 3 February).
	ErrAmbiguousDate = errors.New("ambiguous date")
	// ErrInvalidDate reports text that is not a date, or not a day of the
	// calendar (30/02/1924), or a date with a year of two digits.
	ErrInvalidDate = errors.New("not a date")
	// ErrUnknownCountry reports text that is neither a code of ISO 3166-1
	// nor the English name of a country.
	ErrUnknownCountry = errors.New("unknown country")
)

// A QueryError reports a detail of a query that cannot be read, such as a
// birth date whose day and month could be either. Use errors.Is with the
// errors above, never the message.
type QueryError struct {
	// Field is the detail: "birth date" or "country", as a Qualifier
	// names it.
	Field string
	// Value is the text as given.
	Value string
	Err   error
	// Detail says what is wrong in words, and how to write it; it may be
	// empty.
	Detail string
}

// Error returns the error in the form
// `screen: birth date "02/03/1924": ambiguous date: 2 March or 3 February 1924; ...`.
func (e *QueryError) Error() string {
	s := "screen: " + e.Field + " " + quote(e.Value) + ": " + e.Err.Error()
	if e.Detail != "" {
		s += ": " + e.Detail
	}
	return s
}

// Unwrap returns e.Err.
func (e *QueryError) Unwrap() error { return e.Err }

// quote returns s quoted for an error message, shortened to 40 bytes.
func quote(s string) string {
	const limit = 40
	if len(s) > limit {
		i := limit
		for i > 0 && s[i]&0xC0 == 0x80 { // do not split a UTF-8 sequence
			i--
		}
		return strconv.Quote(s[:i]) + "..."
	}
	return strconv.Quote(s)
}

// A BirthDate is a date of birth as a query gives it, as precisely as it
// is known: a year, a year and a month, or a day. It is a comparable value;
// the zero BirthDate is unknown, and changes nothing in a search. Make one
// with ParseBirthDate.
type BirthDate struct{ d partialDate }

// ParseBirthDate reads a date of birth written in any form whose meaning
// is certain:
//
//   - ISO 8601: "1924", "1924-02", "1924-02-21", and the same with / or .
//     between year, month and day ("1924/02/21");
//   - a day, a month and a year of four digits in either order, when the
//     order is certain: "21/02/1924", "21.2.1924" (as the Official Journal
//     prints dates) and "21-02-1924" are 21 February, since 21 is no
//     month, and so is "02/21/1924"; "05/05/1960" is the same day either
//     way;
//   - a month and a year: "02/1924";
//   - an English month name, in full or in three letters, with a year and
//     perhaps a day: "21 February 1924", "February 21, 1924", "21-Feb-1924",
//     "Sept 1960".
//
// Empty text (or spaces) is the zero BirthDate. Any other text is a
// *[QueryError] wrapping [ErrAmbiguousDate] for a day and month that could
// be either ("02/03/1924": 2 March or 3 February), or [ErrInvalidDate]: a
// day the calendar does not have, a year of two digits, or text that is no
// date.
func ParseBirthDate(s string) (BirthDate, error) {
	d, err := parseBirthDate(s)
	if err != nil {
		return BirthDate{}, err
	}
	return BirthDate{d}, nil
}

// MustParseBirthDate is like ParseBirthDate but panics on an error. It is
// for tests and constants.
func MustParseBirthDate(s string) BirthDate {
	b, err := ParseBirthDate(s)
	if err != nil {
		panic(err)
	}
	return b
}

// IsZero reports whether b is the zero BirthDate: no date.
func (b BirthDate) IsZero() bool { return b == BirthDate{} }

// String returns the date as ISO 8601 writes it, "1924", "1924-02" or
// "1924-02-21", or "" for the zero BirthDate.
func (b BirthDate) String() string {
	if b.IsZero() {
		return ""
	}
	return b.d.String()
}

// MarshalText implements [encoding.TextMarshaler]: String's form.
func (b BirthDate) MarshalText() ([]byte, error) { return []byte(b.String()), nil }

// UnmarshalText implements [encoding.TextUnmarshaler]: it reads what
// ParseBirthDate reads.
func (b *BirthDate) UnmarshalText(text []byte) error {
	v, err := ParseBirthDate(string(text))
	if err != nil {
		return err
	}
	*b = v
	return nil
}

var monthNames = [...]string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}

// month returns the month an English month name or its first three
// letters (or "sept") names, 0 for none.
func month(w string) int {
	w = strings.ToLower(w)
	for i, m := range monthNames {
		if w == m || w == m[:3] || (i == 8 && w == "sept") {
			return i + 1
		}
	}
	return 0
}

// A dateField is a run of digits or letters in a date.
type dateField struct {
	text   string
	digits bool
}

func parseBirthDate(s string) (partialDate, error) {
	fail := func(err error, detail string) (partialDate, error) {
		return partialDate{}, &QueryError{Field: "birth date", Value: s, Err: err, Detail: detail}
	}
	const how = "write YYYY-MM-DD, YYYY-MM or YYYY, or a day, a month and a year of four digits such as 21/02/1924 or 21 February 1924"
	t := strings.TrimSpace(s)
	if t == "" {
		return partialDate{}, nil
	}
	if len(t) > 40 {
		return fail(ErrInvalidDate, how)
	}
	// Split into runs of digits and of letters, and note the separators.
	var fields []dateField
	var seps []byte
	for i := 0; i < len(t); {
		c := t[i]
		j := i + 1
		switch {
		case '0' <= c && c <= '9':
			for j < len(t) && '0' <= t[j] && t[j] <= '9' {
				j++
			}
			fields = append(fields, dateField{t[i:j], true})
		case 'a' <= c|0x20 && c|0x20 <= 'z':
			for j < len(t) && 'a' <= t[j]|0x20 && t[j]|0x20 <= 'z' {
				j++
			}
			fields = append(fields, dateField{t[i:j], false})
		case c == '-' || c == '/' || c == '.' || c == ' ' || c == ',':
			seps = append(seps, c)
		default:
			return fail(ErrInvalidDate, how)
		}
		i = j
	}
	var year, mon, day int
	var nums []string
	named := false
	for _, f := range fields {
		switch {
		case f.digits:
			nums = append(nums, f.text)
		case named || month(f.text) == 0:
			return fail(ErrInvalidDate, how)
		default:
			mon, named = month(f.text), true
		}
	}
	atoi := func(s string) int { n, _ := strconv.Atoi(s); return n }
	short := func(s string) bool { return len(s) <= 2 }
	switch {
	case named:
		// With a month name, the digits say which number is the year.
		for _, n := range nums {
			switch {
			case len(n) == 4 && year == 0:
				year = atoi(n)
			case short(n) && day == 0:
				day = atoi(n)
			default:
				return fail(ErrInvalidDate, how)
			}
		}
		if year == 0 {
			return fail(ErrInvalidDate, "no year of four digits: "+how)
		}
	default:
		for _, c := range seps {
			if c != seps[0] || c == ',' {
				return fail(ErrInvalidDate, how)
			}
		}
		switch {
		case len(nums) == 1 && len(nums[0]) == 4:
			year = atoi(nums[0])
		case len(nums) == 2 && len(nums[0]) == 4 && short(nums[1]):
			year, mon = atoi(nums[0]), atoi(nums[1])
		case len(nums) == 2 && short(nums[0]) && len(nums[1]) == 4:
			mon, year = atoi(nums[0]), atoi(nums[1])
		case len(nums) == 3 && len(nums[0]) == 4 && short(nums[1]) && short(nums[2]):
			year, mon, day = atoi(nums[0]), atoi(nums[1]), atoi(nums[2])
		case len(nums) == 3 && short(nums[0]) && short(nums[1]) && len(nums[2]) == 4:
			a, b := atoi(nums[0]), atoi(nums[1])
			year = atoi(nums[2])
			switch {
			case a == b || (a > 12 && b >= 1 && b <= 12):
				day, mon = a, b
			case b > 12 && a >= 1 && a <= 12:
				mon, day = a, b
			case a >= 1 && a <= 12 && b >= 1 && b <= 12:
				return fail(ErrAmbiguousDate, fmt.Sprintf("%d %s or %d %s %d: write it %04d-%02d-%02d or %04d-%02d-%02d",
					a, time.Month(b), b, time.Month(a), year, year, b, a, year, a, b))
			default:
				return fail(ErrInvalidDate, "neither "+nums[0]+" nor "+nums[1]+" is a month")
			}
		case len(nums) == 3 && short(nums[2]):
			return fail(ErrInvalidDate, "the year must have four digits: "+how)
		default:
			return fail(ErrInvalidDate, how)
		}
	}
	switch {
	case year < 1:
		return fail(ErrInvalidDate, "there is no year 0")
	case mon < 0 || mon > 12 || (mon == 0 && len(nums) > 1 && !named):
		return fail(ErrInvalidDate, "no month "+strconv.Itoa(mon))
	case day != 0 && mon == 0:
		return fail(ErrInvalidDate, how)
	case day < 0 || (day == 0 && len(nums) == 3) || day > daysIn(mon, year):
		return fail(ErrInvalidDate, fmt.Sprintf("no day %d in %s %d", day, time.Month(mon), year))
	}
	return partialDate{From: year, To: year, Month: mon, Day: day}, nil
}

// daysIn returns the number of days of month m of year y (31 for m 0).
func daysIn(m, y int) int {
	if m == 0 {
		return 31
	}
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// A Country is a country as a query gives it: an ISO 3166-1 alpha-2 code,
// such as "BY". It is a comparable value; the zero Country is unknown, and
// changes nothing in a search. Make one with ParseCountry.
type Country struct{ code string }

// ParseCountry reads a country given as
//
//   - an ISO 3166-1 code of two or three letters, in any case ("BY",
//     "blr"), among the codes ISO has assigned; or the codes the EU's
//     institutions write instead of ISO's, EL for Greece and UK for the
//     United Kingdom, and XK for Kosovo (Eurostat's "Glossary:Country
//     codes", after the Interinstitutional Style Guide);
//   - the English name of a country, in any case and with or without its
//     accents, articles and punctuation: the short, official or common
//     name of ISO 3166-1, as the Financial Sanctions Files write it in
//     countryDescription ("RUSSIAN FEDERATION", "IRAN (ISLAMIC REPUBLIC
//     OF)"), or the name of the Unicode Common Locale Data Repository
//     ("Russia", "North Korea").
//
// Empty text is the zero Country, and so are "00" and "UNKNOWN", which the
// Financial Sanctions Files write for an unknown country. Anything else is
// a *[QueryError] wrapping [ErrUnknownCountry]: "Narnia", a code ISO has
// not assigned or has withdrawn ("XX", "SU", "CS"), a nationality
// ("Belarusian").
func ParseCountry(s string) (Country, error) {
	t := strings.TrimSpace(s)
	switch strings.ToUpper(t) {
	case "", "00", "UNKNOWN":
		return Country{}, nil
	}
	// The longest name of the table has some 60 letters: longer text names
	// no country, and is not read further.
	if len(t) <= maxCountry {
		if a2, ok := countryNames()[countryKey(t)]; ok {
			return Country{a2}, nil
		}
	}
	return Country{}, &QueryError{Field: "country", Value: s, Err: ErrUnknownCountry,
		Detail: "give an ISO 3166-1 code, such as BY or BLR, or the English name of a country"}
}

// MustParseCountry is like ParseCountry but panics on an error. It is for
// tests and constants.
func MustParseCountry(s string) Country {
	c, err := ParseCountry(s)
	if err != nil {
		panic(err)
	}
	return c
}

// IsZero reports whether c is the zero Country: no country.
func (c Country) IsZero() bool { return c.code == "" }

// String returns the country's ISO 3166-1 alpha-2 code ("XK" for Kosovo),
// or "" for the zero Country.
func (c Country) String() string { return c.code }

// MarshalText implements [encoding.TextMarshaler]: the alpha-2 code.
func (c Country) MarshalText() ([]byte, error) { return []byte(c.code), nil }

// UnmarshalText implements [encoding.TextUnmarshaler]: it reads what
// ParseCountry reads.
func (c *Country) UnmarshalText(text []byte) error {
	v, err := ParseCountry(string(text))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// maxCountry is the longest text, in bytes, that ParseCountry reads.
const maxCountry = 128

// A countryEntry is one country of countryTable: its alpha-2 and alpha-3
// codes (no alpha-3 for Kosovo) and its English names, separated by "|".
type countryEntry struct{ a2, a3, names string }

// countryNames maps the key of every code and name of countryTable, and
// the EU's own codes, to the alpha-2 code.
var countryNames = sync.OnceValue(func() map[string]string {
	m := make(map[string]string, 4*len(countryTable))
	for _, e := range countryTable {
		m[countryKey(e.a2)] = e.a2
		if e.a3 != "" {
			m[countryKey(e.a3)] = e.a2
		}
		for _, n := range strings.Split(e.names, "|") {
			m[countryKey(n)] = e.a2
		}
	}
	// The codes the EU's institutions write for Greece and the United
	// Kingdom instead of ISO's GR and GB: Eurostat, Statistics Explained,
	// "Glossary:Country codes" (Greece (EL)) and "Tutorial:Country codes
	// and protocol order" (United Kingdom (UK), among the Member States
	// before 2020), whose rules "were taken from the Interinstitutional
	// style guide".
	m["el"], m["uk"] = "GR", "GB"
	return m
})

// countryKey returns the form in which a country's code or name is looked
// up: its letters without accents, in lower case, without the word "the"
// and without the marks names are written with (spaces, brackets, commas,
// full stops, hyphens, slashes, apostrophes), so that "Côte d'Ivoire" and
// "COTE D IVOIRE", "Guinea-Bissau" and "Guinea Bissau" meet; & is "and".
// Text with any other character has the key "", which names no country.
func countryKey(s string) string {
	var b strings.Builder
	for _, r := range norm.NFKD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case unicode.IsLetter(r):
			b.WriteRune(unicode.ToLower(r))
		case r == '&':
			b.WriteString(" and ")
		case strings.ContainsRune(" \t()[],.-/'’ʼ", r):
			b.WriteByte(' ')
		default:
			return ""
		}
	}
	var out strings.Builder
	for _, w := range strings.Fields(b.String()) {
		if w != "the" {
			out.WriteString(w)
		}
	}
	return out.String()
}
