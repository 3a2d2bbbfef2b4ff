package screen

import (
	"fmt"
	"strings"

	"golang.org/x/text/language"

	"github.com/acquis-eu/acquis/sanctions"
)

// The qualifiers' effects on a score; the package documentation gives the
// reasons.
const (
	bonusBirthDay     = 0.05 // the query's full birth date is a listed one
	bonusBirthYear    = 0.02 // the query's birth year (and month) agree with a listed date
	malusBirthDay     = 0.10 // same year, but another month or day
	malusBirthYear    = 0.30 // another year than every listed date and range
	bonusCountry      = 0.03 // the query's country is one the entity is tied to
	malusID           = 0.05 // the entity lists identity numbers, none the query's
	circaYears        = 1    // a circa year also admits the years either side
	minIDLength       = 4    // shorter identity numbers are not compared
	idMatchFloor      = 0.9  // an identity number match raises the score to at least this
	maxQualifierBonus = bonusBirthDay + bonusCountry
)

// A partialDate is a date of birth as precisely as it is known: Month and
// Day are zero when unknown, and From..To is the range of years (equal for
// one year).
type partialDate struct {
	From, To   int
	Month, Day int
}

func (d partialDate) String() string {
	switch {
	case d.From != d.To:
		return fmt.Sprintf("%04d..%04d", d.From, d.To)
	case d.Day != 0:
		return fmt.Sprintf("%04d-%02d-%02d", d.From, d.Month, d.Day)
	case d.Month != 0:
		return fmt.Sprintf("%04d-%02d", d.From, d.Month)
	}
	return fmt.Sprintf("%04d", d.From)
}

// birthDates returns the birth dates of e that give a year.
func birthDates(e *sanctions.Entity) []partialDate {
	var ds []partialDate
	for _, b := range e.BirthDates {
		var d partialDate
		switch {
		case b.Date.IsValid():
			d = partialDate{From: b.Date.Year(), To: b.Date.Year(), Month: int(b.Date.Month()), Day: b.Date.Day()}
		case b.Year != 0:
			d = partialDate{From: b.Year, To: b.Year, Month: b.Month, Day: b.Day}
			if b.Month == 0 {
				d.Day = 0
			}
		case b.YearFrom != 0 || b.YearTo != 0:
			d = partialDate{From: b.YearFrom, To: b.YearTo}
			if d.From == 0 {
				d.From = d.To
			}
			if d.To == 0 || d.To < d.From {
				d.To = d.From
			}
		default:
			continue
		}
		if b.Circa {
			d.From, d.To, d.Month, d.Day = d.From-circaYears, d.To+circaYears, 0, 0
		}
		ds = append(ds, d)
	}
	return ds
}

// compareBirth returns the effect of the query's birth date q against the
// listed dates: the best agreement any of them gives.
func compareBirth(q partialDate, listed []partialDate) (delta float64, with partialDate, agrees bool) {
	best := -1
	for _, l := range listed {
		var rank int
		switch {
		case q.From < l.From || q.From > l.To:
			rank = 0 // another year
		case l.From != l.To || q.Month == 0 || l.Month == 0:
			rank = 2 // the year agrees; nothing finer to compare
		case q.Month != l.Month || (q.Day != 0 && l.Day != 0 && q.Day != l.Day):
			rank = 1 // same year, another month or day
		case q.Day != 0 && l.Day != 0:
			rank = 3 // the same day
		default:
			rank = 2
		}
		if rank > best {
			best, with = rank, l
		}
	}
	switch best {
	case 3:
		return bonusBirthDay, with, true
	case 2:
		return bonusBirthYear, with, true
	case 1:
		return -malusBirthDay, with, false
	case 0:
		return -malusBirthYear, with, false
	}
	return 0, with, false
}

// countryCode returns the ISO 3166-1 alpha-2 code, in upper case, of a
// country code as the lists write it: alpha-2, or alpha-3 in the legacy
// files, read as ParseCountry reads them, or else as
// golang.org/x/text/language reads a region (which knows codes ISO has
// withdrawn, such as the legacy files' CS); "" for an unknown one or the
// placeholder "00".
func countryCode(code string) string {
	code = strings.ToUpper(strings.TrimSpace(code))
	if len(code) != 2 && len(code) != 3 || code == "00" {
		return ""
	}
	if a2, ok := countryNames()[countryKey(code)]; ok {
		return a2
	}
	r, err := language.ParseRegion(code)
	if err != nil || !r.IsCountry() || r.IsPrivateUse() {
		return ""
	}
	if s := r.String(); len(s) == 2 && s[0] >= 'A' && s[0] <= 'Z' {
		return s
	}
	return ""
}

// countries returns the countries e is tied to: its citizenships, its
// countries of birth, of its identity documents and of its addresses.
func countries(e *sanctions.Entity) []string {
	var cs []string
	add := func(c sanctions.Country) {
		k := countryCode(c.Code)
		if k == "" && c.Code == "" {
			// A list that gives the country's name alone.
			k = countryNames()[countryKey(c.Description)]
		}
		if k != "" && !contains(cs, k) {
			cs = append(cs, k)
		}
	}
	for _, c := range e.Citizenships {
		add(c.Country)
	}
	for _, b := range e.BirthDates {
		add(b.Country)
	}
	for _, x := range e.Identifications {
		add(x.Country)
	}
	for _, a := range e.Addresses {
		add(a.Country)
	}
	return cs
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// normalID returns an identity number with only its letters and digits,
// in upper case: "H 236483" and "h-236483" are "H236483".
func normalID(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case '0' <= r && r <= '9', 'A' <= r && r <= 'Z':
			b.WriteRune(r)
		case 'a' <= r && r <= 'z':
			b.WriteRune(r - 'a' + 'A')
		}
	}
	return b.String()
}

// An idNumber is one of an entity's identity numbers as compared, with the
// identification it comes from.
type idNumber struct {
	norm string
	id   *sanctions.Identification
}

// idNumbers returns the identity numbers of e: each number and Latin
// number whole, and, when it carries notes in brackets as the legacy files
// write them ("AD001095 (passport-National passport)"), the number before
// them.
func idNumbers(e *sanctions.Entity) []idNumber {
	var out []idNumber
	for i := range e.Identifications {
		x := &e.Identifications[i]
		for _, s := range []string{x.Number, x.LatinNumber} {
			cands := []string{normalID(s)}
			if j := strings.IndexByte(s, '('); j > 0 {
				cands = append(cands, normalID(s[:j]))
			}
			for _, c := range cands {
				if len(c) < minIDLength {
					continue
				}
				dup := false
				for _, o := range out {
					dup = dup || o.norm == c
				}
				if !dup {
					out = append(out, idNumber{norm: c, id: x})
				}
			}
		}
	}
	return out
}
