package fsf

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/acquis-eu/acquis"
	"github.com/acquis-eu/acquis/sanctions"
)

// This file parses the values of attributes and fields. Each function
// returns an error whose text is the detail of a *ParseError wrapping
// ErrValue.

// parseID parses a logical id or a globalFileId: decimal digits only, at
// most 18 of them, so that the value fits an int64.
func parseID(s string) (int64, error) {
	if s == "" || len(s) > 18 {
		return 0, fmt.Errorf("%s is not a number of 1 to 18 digits", quote(s))
	}
	var n int64
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, fmt.Errorf("%s is not a number of 1 to 18 digits", quote(s))
		}
		n = n*10 + int64(c-'0')
	}
	return n, nil
}

// parseInt parses a number from 0 to hi, written with decimal digits only;
// "" is 0.
func parseInt(s string, hi int) (int, error) {
	if s == "" {
		return 0, nil
	}
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' || i == 9 {
			return 0, fmt.Errorf("%s is not a number from 0 to %d", quote(s), hi)
		}
		n = n*10 + int(c-'0')
	}
	if n > hi {
		return 0, fmt.Errorf("%s is not a number from 0 to %d", quote(s), hi)
	}
	return n, nil
}

// parseBool parses a flag: "true" or "false".
func parseBool(s string) (bool, error) {
	switch s {
	case "true":
		return true, nil
	case "false":
		return false, nil
	}
	return false, fmt.Errorf("%s is neither \"true\" nor \"false\"", quote(s))
}

// parseStrength parses nameAlias@strong: "true" is Strong, "false" Weak.
func parseStrength(s string) (sanctions.Strength, error) {
	b, err := parseBool(s)
	if err != nil {
		return 0, err
	}
	if b {
		return sanctions.Strong, nil
	}
	return sanctions.Weak, nil
}

// parseGender parses a gender: "M", "F" or "".
func parseGender(s string) (sanctions.Gender, error) {
	switch s {
	case "":
		return 0, nil
	case "M":
		return sanctions.Male, nil
	case "F":
		return sanctions.Female, nil
	}
	return 0, fmt.Errorf("%s is neither \"M\" nor \"F\"", quote(s))
}

// parseDate parses a YYYY-MM-DD date; "" is the zero Date.
func parseDate(s string) (acquis.Date, error) {
	if s == "" {
		return acquis.Date{}, nil
	}
	d, err := acquis.ParseDate(s)
	if err != nil {
		return d, fmt.Errorf("%s is not a YYYY-MM-DD date: %s", quote(s), dateDetail(err))
	}
	return d, nil
}

// dateDetail returns what acquis.ParseDate found wrong, without repeating
// the input.
func dateDetail(err error) string {
	var pe *acquis.ParseError
	if errors.As(err, &pe) {
		return pe.Err.Error() + ": " + pe.Detail
	}
	return err.Error()
}

// parseDMY parses a dd/mm/yyyy date (WHOLE@Date, fileGenerationDate).
func parseDMY(s string) (acquis.Date, error) {
	if len(s) != 10 || s[2] != '/' || s[5] != '/' {
		return acquis.Date{}, fmt.Errorf("%s is not a dd/mm/yyyy date", quote(s))
	}
	d, err := acquis.ParseDate(s[6:10] + "-" + s[3:5] + "-" + s[0:2])
	if err != nil {
		return d, fmt.Errorf("%s is not a dd/mm/yyyy date: %s", quote(s), dateDetail(err))
	}
	return d, nil
}

// parseDateTime parses an xs:dateTime with seconds, such as
// "2018-12-21T14:39:54.511+01:00": a date, "T", hh:mm:ss, an optional
// fraction of a second and an optional zone, "Z" or ±hh:mm. It returns the
// day as written, in the zone of the text.
func parseDateTime(s string) (acquis.Date, error) {
	bad := func(detail string) (acquis.Date, error) {
		return acquis.Date{}, fmt.Errorf("%s is not a date and time (YYYY-MM-DDThh:mm:ss): %s", quote(s), detail)
	}
	if len(s) < 19 {
		return bad("too short")
	}
	d, err := acquis.ParseDate(s[:10])
	if err != nil {
		return bad(dateDetail(err))
	}
	t := s[10:]
	if t[0] != 'T' || t[3] != ':' || t[6] != ':' {
		return bad("want T, hh:mm:ss after the date")
	}
	if !twoDigits(t[1:3], 23) || !twoDigits(t[4:6], 59) || !twoDigits(t[7:9], 59) {
		return bad("no such time of day")
	}
	t = t[9:]
	if len(t) > 0 && t[0] == '.' {
		i := 1
		for i < len(t) && t[i] >= '0' && t[i] <= '9' {
			i++
		}
		if i == 1 {
			return bad("no digits after the decimal point")
		}
		t = t[i:]
	}
	switch {
	case t == "" || t == "Z":
	case len(t) == 6 && (t[0] == '+' || t[0] == '-') && t[3] == ':' && twoDigits(t[1:3], 14) && twoDigits(t[4:6], 59):
	default:
		return bad("the zone is neither Z nor ±hh:mm")
	}
	return d, nil
}

// twoDigits reports whether s is two decimal digits making at most max.
func twoDigits(s string, max int) bool {
	return len(s) == 2 && s[0] >= '0' && s[0] <= '9' && s[1] >= '0' && s[1] <= '9' &&
		int(s[0]-'0')*10+int(s[1]-'0') <= max
}

// year4 returns the year that s writes with four digits, from 0001 to 9999.
func year4(s string) (int, bool) {
	if len(s) != 4 {
		return 0, false
	}
	y, err := parseInt(s, 9999)
	return y, err == nil && y > 0
}

// The suffix of the legacy files' approximate birth dates.
const approximative = " (approximative)"

// legacyBirthDate reads the text of a legacy BIRTH/DATE into b:
//
//   - "" sets nothing;
//   - a valid YYYY-MM-DD date sets Date, Year, Month and Day;
//   - a year alone ("1965") sets Year;
//   - anything else is kept in Text, as written; and if it is a year or a
//     range of years "1958 - 1963", followed or not by " (approximative)",
//     the reader also sets Year, or YearFrom and YearTo, and Circa for
//     "approximative".
func legacyBirthDate(s string, b *sanctions.BirthDate) {
	if s == "" {
		return
	}
	if d, err := acquis.ParseDate(s); err == nil {
		b.Date, b.Year, b.Month, b.Day = d, d.Year(), int(d.Month()), d.Day()
		return
	}
	if y, ok := year4(s); ok {
		b.Year = y
		return
	}
	b.Text = s
	rest, circa := strings.CutSuffix(s, approximative)
	if y, ok := year4(rest); ok {
		b.Year, b.Circa = y, circa
		return
	}
	if len(rest) == 11 && rest[4:7] == " - " {
		from, ok1 := year4(rest[:4])
		to, ok2 := year4(rest[7:])
		if ok1 && ok2 && from <= to {
			b.YearFrom, b.YearTo, b.Circa = from, to, circa
		}
	}
}

// checkBirthDate checks that the parts of b agree: that Date, when set, has
// the Year, Month and Day that are set, and that YearFrom is not after
// YearTo.
func checkBirthDate(b *sanctions.BirthDate) error {
	if d := b.Date; d.IsValid() {
		if b.Year != 0 && b.Year != d.Year() || b.Month != 0 && b.Month != int(d.Month()) || b.Day != 0 && b.Day != d.Day() {
			return fmt.Errorf("the date %v is not year %d, month %d, day %d", d, b.Year, b.Month, b.Day)
		}
	}
	if b.YearFrom != 0 && b.YearTo != 0 && b.YearFrom > b.YearTo {
		return fmt.Errorf("the range of years %d to %d ends before it starts", b.YearFrom, b.YearTo)
	}
	return nil
}

// logicalName returns the ID of an entity with no EU reference number.
func logicalName(id int64) string {
	return "logical-" + strconv.FormatInt(id, 10)
}

// typeOfWord parses a subject type's word: "person" or "enterprise"; ""
// is the zero Type.
func typeOfWord(s string) (sanctions.Type, error) {
	switch s {
	case "":
		return 0, nil
	case "person":
		return sanctions.Person, nil
	case "enterprise":
		return sanctions.Organisation, nil
	}
	return 0, fmt.Errorf("%s is neither \"person\" nor \"enterprise\"", quote(s))
}

// typeOfLetter parses a subject type's letter: "P" or "E"; "" is the zero
// Type.
func typeOfLetter(s string) (sanctions.Type, error) {
	switch s {
	case "":
		return 0, nil
	case "P":
		return sanctions.Person, nil
	case "E":
		return sanctions.Organisation, nil
	}
	return 0, fmt.Errorf("%s is neither \"P\" nor \"E\"", quote(s))
}

// subjectType returns the type that a subject type's word and letter give:
// at least one must be set, and both give the same type. Otherwise it
// returns a detail and ErrMissing or ErrConflict.
func subjectType(word, letter sanctions.Type) (sanctions.Type, string, error) {
	switch {
	case word == 0 && letter == 0:
		return 0, "no subject type", ErrMissing
	case word != 0 && letter != 0 && word != letter:
		return 0, fmt.Sprintf("the word says %v and the letter %v", word, letter), ErrConflict
	case word != 0:
		return word, "", nil
	}
	return letter, "", nil
}
