package sanctions

import (
	"encoding"
	"errors"
	"strings"
	"testing"
)

func TestEntityName(t *testing.T) {
	for _, tc := range []struct {
		names []Name
		want  string
	}{
		{nil, "ID"},
		{[]Name{{Whole: "Ali Salem", Strength: Weak}, {Whole: "Аляксандр", Language: "BE"}, {First: "Khalid", Last: "MOHAMMED", Language: "EN"}}, "Khalid MOHAMMED"},
		{[]Name{{Whole: "Аляксандр", Language: "BE"}}, "Аляксандр"},
		{[]Name{{Whole: "Abou Ali", Language: "FR"}, {Whole: "Abu Ali"}}, "Abu Ali"},
		// Khalid Sheikh MOHAMMED's aliases in the list of 2026-08-05, in order.
		{[]Name{{Whole: "Bin Khalid Fahd Bin Adballah", Language: "FR"}, {Whole: "Henin Ashraf Refaat Nabith"},
			{Whole: "Bin Khalid Fahd Bin Abdallah", Language: "EN"}, {Whole: "Khalid Sheikh MOHAMMED", First: "Khalid Sheikh", Last: "MOHAMMED", Language: "EN"}}, "Khalid Sheikh MOHAMMED"},
		{[]Name{{Whole: "Henin", Language: ""}, {Whole: "Bin Khalid", Language: "EN"}}, "Bin Khalid"},
		{[]Name{{}, {Whole: "x", Strength: Weak}}, "x"},
	} {
		e := &Entity{ID: "ID", Names: tc.names}
		if got := e.Name(); got != tc.want {
			t.Errorf("Name() of %+v = %q, want %q", tc.names, got, tc.want)
		}
	}
}

func TestBirthDateString(t *testing.T) {
	for _, tc := range []struct {
		b    BirthDate
		want string
	}{
		{BirthDate{Date: d("1954-08-30"), Year: 1954, Month: 8, Day: 30}, "1954-08-30"},
		{BirthDate{Year: 1954, Month: 8}, "1954-08"},
		{BirthDate{Year: 1954}, "1954"},
		{BirthDate{YearFrom: 1953, YearTo: 1958, Circa: true}, "c. 1953..1958"},
		{BirthDate{Month: 2, Day: 29}, "--02-29"},
		{BirthDate{Text: "1957 (approximative)"}, "1957 (approximative)"},
		{BirthDate{}, ""},
	} {
		if got := tc.b.String(); got != tc.want {
			t.Errorf("%+v.String() = %q, want %q", tc.b, got, tc.want)
		}
	}
}

func TestCitationNumber(t *testing.T) {
	for in, want := range map[string]string{
		"2025/206 (L 202500206)": "2025/206",
		"2005/848/EC (OJ L314)":  "2005/848/EC",
		" 765/2006 (OJ L134)":    "765/2006",
		"2020/1387":              "2020/1387",
		"":                       "",
	} {
		if got := (Citation{NumberTitle: in}).Number(); got != want {
			t.Errorf("Citation{NumberTitle: %q}.Number() = %q, want %q", in, got, want)
		}
	}
}

// TestEnumText checks that every enum's names round-trip through text and
// that invalid values neither marshal nor print as a valid name.
func TestEnumText(t *testing.T) {
	type enum interface {
		encoding.TextMarshaler
		String() string
	}
	check := func(valid []enum, invalid enum, decode func([]byte) (enum, error)) {
		t.Helper()
		for _, v := range valid {
			b, err := v.MarshalText()
			if err != nil {
				t.Errorf("%v.MarshalText: %v", v, err)
				continue
			}
			got, err := decode(b)
			if err != nil || got != v {
				t.Errorf("UnmarshalText(%q) = %v, %v; want %v", b, got, err, v)
			}
			if string(b) != v.String() {
				t.Errorf("MarshalText = %q, String = %q", b, v.String())
			}
		}
		if _, err := invalid.MarshalText(); !errors.Is(err, ErrInvalidValue) {
			t.Errorf("MarshalText of invalid %T: %v, want ErrInvalidValue", invalid, err)
		}
		if s := invalid.String(); len(s) < 2 || s[:2] != "%!" {
			t.Errorf("String of invalid %T = %q, want %%!...", invalid, s)
		}
		if _, err := decode([]byte("no such name")); !errors.Is(err, ErrInvalidValue) || !strings.Contains(err.Error(), `"no such name"`) {
			t.Errorf("UnmarshalText of an unknown name into %T: %v, want ErrInvalidValue naming the text", invalid, err)
		}
	}
	check([]enum{Person, Organisation}, Type(9), func(b []byte) (enum, error) { var v Type; err := v.UnmarshalText(b); return v, err })
	check([]enum{Strength(0), Strong, Weak}, Strength(9), func(b []byte) (enum, error) { var v Strength; err := v.UnmarshalText(b); return v, err })
	check([]enum{Gender(0), Male, Female}, Gender(9), func(b []byte) (enum, error) { var v Gender; err := v.UnmarshalText(b); return v, err })
	check([]enum{AssetFreeze, TravelBan}, Measure(9), func(b []byte) (enum, error) { var v Measure; err := v.UnmarshalText(b); return v, err })
	check([]enum{Decision, Regulation, ImplementingDecision, ImplementingRegulation}, ActKind(9), func(b []byte) (enum, error) { var v ActKind; err := v.UnmarshalText(b); return v, err })
	check([]enum{Listed, Amended, Delisted, Renewed}, Change(9), func(b []byte) (enum, error) { var v Change; err := v.UnmarshalText(b); return v, err })
}

func TestCountryIsZero(t *testing.T) {
	for c, want := range map[Country]bool{{}: true, {Code: "BY"}: false, {Description: "Belarus"}: false} {
		if got := c.IsZero(); got != want {
			t.Errorf("%+v.IsZero() = %v, want %v", c, got, want)
		}
	}
}
