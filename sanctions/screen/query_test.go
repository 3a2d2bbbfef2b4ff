package screen

import (
	"encoding/json"
	"errors"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParseBirthDate(t *testing.T) {
	for _, tt := range []struct {
		in, want string // want is String's form, "" for the zero BirthDate
	}{
		{"", ""},
		{"  ", ""},
		{"1924", "1924"},
		{"1924-02", "1924-02"},
		{"1924-02-21", "1924-02-21"},
		{" 1924-02-21 ", "1924-02-21"},
		{"1924-2-21", "1924-02-21"},
		{"1924/02/21", "1924-02-21"},
		{"1924.02.21", "1924-02-21"},
		{"21/02/1924", "1924-02-21"}, // day first: 21 is no month
		{"21.02.1924", "1924-02-21"},
		{"21-02-1924", "1924-02-21"},
		{"21.2.1924", "1924-02-21"},  // as the Official Journal's annexes print dates
		{"02/21/1924", "1924-02-21"}, // month first: 21 is no month
		{"05/05/1960", "1960-05-05"}, // either order gives the same day
		{"02/1924", "1924-02"},
		{"21 February 1924", "1924-02-21"},
		{"21 FEB 1924", "1924-02-21"},
		{"February 21, 1924", "1924-02-21"},
		{"21-Feb-1924", "1924-02-21"},
		{"20 March 2022", "2022-03-20"},
		{"Sept 1960", "1960-09"},
		{"29/02/2000", "2000-02-29"},
	} {
		b, err := ParseBirthDate(tt.in)
		if err != nil || b.String() != tt.want || b.IsZero() != (tt.want == "") {
			t.Errorf("ParseBirthDate(%q) = %q, %v; want %q", tt.in, b, err, tt.want)
			continue
		}
		if again, err := ParseBirthDate(b.String()); err != nil || again != b {
			t.Errorf("ParseBirthDate(%q) = %v, %v; want %v again", b.String(), again, err, b)
		}
	}
	for _, tt := range []struct {
		in   string
		err  error
		says string
	}{
		{"02/03/1924", ErrAmbiguousDate, "2 March or 3 February 1924"},
		{"1/12/1960", ErrAmbiguousDate, "1 December or 12 January 1960"},
		{"21/02/24", ErrInvalidDate, "four digits"},
		{"60", ErrInvalidDate, ""},
		{"1960-13", ErrInvalidDate, ""},
		{"1960-00-01", ErrInvalidDate, ""},
		{"30/02/1924", ErrInvalidDate, "no day 30 in February 1924"},
		{"29/02/1900", ErrInvalidDate, ""},
		{"31/31/1924", ErrInvalidDate, ""},
		{"c. 1960", ErrInvalidDate, ""},
		{"1960-05-01T10:00", ErrInvalidDate, ""},
		{"21/02-1924", ErrInvalidDate, ""},
		{"Febtember 1924", ErrInvalidDate, ""},
		{"21 February", ErrInvalidDate, ""},
		{"0000", ErrInvalidDate, ""},
		{"yesterday", ErrInvalidDate, ""},
		{"1924\x1b[2J", ErrInvalidDate, ""},
	} {
		_, err := ParseBirthDate(tt.in)
		var qe *QueryError
		if !errors.Is(err, tt.err) || !errors.As(err, &qe) || qe.Field != "birth date" || qe.Value != tt.in {
			t.Errorf("ParseBirthDate(%q): %v, want a *QueryError for the birth date %q wrapping %v", tt.in, err, tt.in, tt.err)
			continue
		}
		if !strings.HasPrefix(err.Error(), "screen: birth date ") || !strings.Contains(err.Error(), tt.says) {
			t.Errorf("ParseBirthDate(%q): %q, want it to name the field and say %q", tt.in, err, tt.says)
		}
	}
}

func TestParseCountry(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"", ""},
		{"BY", "BY"},
		{" by ", "BY"},
		{"ZWE", "ZW"},
		{"blr", "BY"},
		{"Zimbabwe", "ZW"},
		{"ZIMBABWE", "ZW"},
		{"AFGHANISTAN", "AF"},
		{"RUSSIAN FEDERATION", "RU"}, // as the Financial Sanctions Files write it
		{"Russia", "RU"},
		{"IRAN (ISLAMIC REPUBLIC OF)", "IR"},
		{"Iran, Islamic Republic of", "IR"},
		{"Korea, Democratic People's Republic of", "KP"},
		{"KOREA (THE DEMOCRATIC PEOPLE’S REPUBLIC OF)", "KP"},
		{"North Korea", "KP"},
		{"Côte d'Ivoire", "CI"},
		{"COTE D IVOIRE", "CI"},
		{"Congo, The Democratic Republic of the", "CD"},
		{"Congo", "CG"},
		{"Republic of Belarus", "BY"},
		{"United Kingdom", "GB"},
		{"UK", "GB"}, // the EU's code for the United Kingdom
		{"EL", "GR"}, // the EU's code for Greece
		{"XK", "XK"},
		{"Kosovo", "XK"},
		{"00", ""},      // the lists' placeholder for an unknown country
		{"UNKNOWN", ""}, // and its description
	} {
		c, err := ParseCountry(tt.in)
		if err != nil || c.String() != tt.want || c.IsZero() != (tt.want == "") {
			t.Errorf("ParseCountry(%q) = %q, %v; want %q", tt.in, c, err, tt.want)
			continue
		}
		if again, err := ParseCountry(c.String()); err != nil || again != c {
			t.Errorf("ParseCountry(%q) = %v, %v; want %v again", c.String(), again, err, c)
		}
	}
	for _, in := range []string{"Narnia", "XX", "ZZ", "QO", "AA", "EU", "SU", "CS", "YU", "XXX", "001", "B", "Zimbabwe!", "Belarusian", "\x1b[31mBY"} {
		_, err := ParseCountry(in)
		var qe *QueryError
		if !errors.Is(err, ErrUnknownCountry) || !errors.As(err, &qe) || qe.Field != "country" || qe.Value != in {
			t.Errorf("ParseCountry(%q): %v, want a *QueryError for the country %q wrapping ErrUnknownCountry", in, err, in)
		}
	}
}

// TestCountryTable checks that every code of the table reads back as
// itself, by its alpha-2 and alpha-3 codes and each of its names.
func TestCountryTable(t *testing.T) {
	for _, e := range countryTable {
		for _, n := range strings.Split(e.names, "|") {
			if len(n) > maxCountry {
				t.Errorf("%s: the name %q is longer than maxCountry", e.a2, n)
			}
		}
	}
	if len(countryTable) < 249 {
		t.Errorf("%d countries, want the 249 of ISO 3166-1 and Kosovo", len(countryTable))
	}
	for _, e := range countryTable {
		for _, s := range append([]string{e.a2, e.a3}, strings.Split(e.names, "|")...) {
			if s == "" {
				continue // Kosovo has no alpha-3 code
			}
			if c, err := ParseCountry(s); err != nil || c.String() != e.a2 {
				t.Errorf("ParseCountry(%q) = %v, %v; want %s", s, c, err, e.a2)
			}
		}
	}
}

// TestQueryText checks that a query's birth date and country write and
// read back as text and JSON, and that their zero values are left out.
func TestQueryText(t *testing.T) {
	q := Query{Name: "Robert Mugabe", BirthDate: MustParseBirthDate("21/02/1924"), Country: MustParseCountry("ZWE")}
	b, err := q.BirthDate.MarshalText()
	if err != nil || string(b) != "1924-02-21" {
		t.Errorf("MarshalText = %q, %v", b, err)
	}
	var back BirthDate
	if err := back.UnmarshalText([]byte("21 February 1924")); err != nil || back != q.BirthDate {
		t.Errorf("UnmarshalText = %v, %v; want %v", back, err, q.BirthDate)
	}
	if err := back.UnmarshalText([]byte("02/03/1924")); !errors.Is(err, ErrAmbiguousDate) {
		t.Errorf("UnmarshalText(02/03/1924): %v, want ErrAmbiguousDate", err)
	}
	var c Country
	if err := c.UnmarshalText([]byte("Narnia")); !errors.Is(err, ErrUnknownCountry) {
		t.Errorf("UnmarshalText(Narnia): %v, want ErrUnknownCountry", err)
	}
	if back := roundTrip(t, q); back != q {
		t.Errorf("Query round trip = %+v, want %+v", back, q)
	}
	if b, err := json.Marshal(q); err != nil || string(b) != `{"name":"Robert Mugabe","birthDate":"1924-02-21","country":"ZW"}` {
		t.Errorf("json.Marshal(%+v) = %s, %v", q, b, err)
	}
}

// roundTrip writes v as JSON and reads it back.
func roundTrip[T any](t *testing.T, v T) T {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("json.Marshal(%T): %v", v, err)
	}
	var back T
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatalf("json.Unmarshal(%T) of %s: %v", v, b, err)
	}
	return back
}

// TestMatchJSON checks that a Match and Stats read back equal from JSON,
// with camelCase keys.
func TestMatchJSON(t *testing.T) {
	ix := NewIndex(screenFixtures(t))
	ms := ix.Search(Query{Name: "Сідараў Іван", BirthDate: MustParseBirthDate("1960"), Country: MustParseCountry("by"), IDNumber: "MP-1234567"}, DefaultMin)
	if len(ms) != 1 || len(ms[0].Tokens) == 0 || len(ms[0].Qualifiers) != 3 {
		t.Fatalf("Search = %v, want one match with tokens and three qualifiers", summariseMatches(ms))
	}
	for _, v := range []any{ms, ix.Stats()} {
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		for _, k := range regexp.MustCompile(`"([^"]+)":`).FindAllStringSubmatch(string(b), -1) {
			if !regexp.MustCompile(`^[a-z][a-zA-Z]*$`).MatchString(k[1]) {
				t.Errorf("%T: key %q is not camelCase", v, k[1])
			}
		}
	}
	if diff := cmp.Diff(ms, roundTrip(t, ms)); diff != "" {
		t.Errorf("[]Match round trip (-want +got):\n%s", diff)
	}
	if s := ix.Stats(); roundTrip(t, s) != s {
		t.Errorf("Stats round trip = %+v, want %+v", roundTrip(t, s), s)
	}
}
