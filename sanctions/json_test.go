package sanctions

import (
	"encoding/json"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// fullEntity returns an entity each of whose fields, and of its parts',
// is set, so that a round trip that lost one would show it.
func fullEntity() *Entity {
	rec := func(n int64) Record {
		return Record{LogicalID: n, RegulationLanguage: "en", Remarks: []string{"remark"},
			Source: &Citation{Type: "amendment", Organisation: "council", Published: d("2020-11-06"), InForce: d("2020-11-06"),
				NumberTitle: "2020/1648 (OJ L 370I)", Programme: "BLR", LogicalID: n + 1, URL: "https://eur-lex.europa.eu/eli/reg_impl/2020/1648/oj"}}
	}
	by := Country{Code: "BY", Description: "BELARUS"}
	return &Entity{
		ID: "EU.1.1", Type: Person, LogicalID: 1, EUReference: "EU.1.1", UNReference: "BYi.001",
		Designated: d("2020-11-06"), DesignationDetails: "details",
		Names: []Name{{Whole: "Ivan Petrovich SIDOROV", First: "Ivan", Middle: "Petrovich", Last: "SIDOROV", Language: "EN",
			Gender: Male, Title: "General", Function: "Minister", Strength: Weak, Record: rec(10)}},
		BirthDates: []BirthDate{{Date: d("1960-05-01"), Day: 1, Month: 5, Year: 1960, YearFrom: 1959, YearTo: 1961, Circa: true,
			Calendar: "GREGORIAN", Text: "1 May 1960", City: "Minsk", ZipCode: "220000", Region: "Minsk region", Place: "Minsk",
			Country: by, Record: rec(20)}},
		Citizenships: []Citizenship{{Region: "Minsk region", Country: by, Record: rec(30)}},
		Identifications: []Identification{{Number: "MP 1234567", LatinNumber: "MP1234567", TypeCode: "passport",
			TypeDescription: "National passport", IssuedBy: "Ministry", Issued: d("2010-01-01"), ValidFrom: d("2010-01-02"),
			ValidTo: d("2020-01-01"), NameOnDocument: "SIDOROV Ivan", Region: "Minsk region", Country: by,
			Diplomatic: true, KnownExpired: true, KnownFalse: true, ReportedLost: true, Revoked: true, Record: rec(40)}},
		Addresses: []Address{{Street: "Street", Number: "1", City: "Minsk", ZipCode: "220000", POBox: "PO Box 1", Region: "Minsk region",
			Place: "Place", Other: "Other", Country: by, AsAtListingTime: true, Contacts: []Contact{{Key: "PHONE", Value: "+375 17 000"}},
			Record: rec(50)}},
		Remarks:     []string{"remark"},
		Regulations: []Citation{*rec(60).Source},
	}
}

// fullList returns a List whose listings carry every field: an entity
// listed, amended and renewed.
func fullList(t *testing.T) *List {
	t.Helper()
	e := fullEntity()
	r := testRegime()
	r.LastDaySource = "the test"
	r.Bases[0].Journal, r.Bases[1].Journal = "OJ L 1", "OJ L 2"
	full := func(a *Act) *Act {
		a.Title, a.Journal, a.Published, a.Persons, a.Organisations = "title "+a.Number, "OJ L "+a.Number, a.Adopted, 1, 1
		a.Sources, a.URL, a.Unverified = []string{"source"}, "https://eur-lex.europa.eu/", []string{"unverified"}
		return a
	}
	l, err := NewList([]Regime{r}, []*Act{
		full(listing("2020/1", "2020-10-02", freeze, Effect{Change: Listed, ID: e.ID, Entity: e, Entry: "1", Reasons: "reasons", ListingDate: d("2020-10-01")})),
		full(listing("2020/2", "2020-11-06", freeze, Effect{Change: Amended, ID: e.ID, Entity: e, Entry: "1", Reasons: "new reasons"})),
		full(&Act{Kind: Decision, Number: "2021/9", Adopted: d("2021-02-25"), InForce: d("2021-02-26"), Regime: "TST",
			Effects: []Effect{{Change: Renewed, LastDay: d("2022-02-28")}}}),
	})
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// roundTrip writes v as JSON and reads it back, and checks that the keys
// are camelCase.
func roundTrip[T any](t *testing.T, v T) T {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("json.Marshal(%T): %v", v, err)
	}
	checkKeys(t, b)
	var back T
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatalf("json.Unmarshal(%T) of %s: %v", v, b, err)
	}
	return back
}

var camel = regexp.MustCompile(`^[a-z][a-zA-Z0-9]*$`)

// checkKeys checks that every key of every object in b is camelCase, but
// for the names of measures, which key the counts of List.Stated: they are
// values, not fields.
func checkKeys(t *testing.T, b []byte) {
	t.Helper()
	var walk func(v any)
	walk = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			for k, x := range v {
				var m Measure
				if !camel.MatchString(k) && m.UnmarshalText([]byte(k)) != nil {
					t.Errorf("key %q is not camelCase", k)
				}
				walk(x)
			}
		case []any:
			for _, x := range v {
				walk(x)
			}
		}
	}
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatal(err)
	}
	walk(v)
}

// checkAllSet fails for each field of v, a struct, that is zero, looking
// into structs, pointers and the first element of slices: the fixture must
// exercise every field.
func checkAllSet(t *testing.T, path string, v reflect.Value) {
	t.Helper()
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			t.Errorf("%s is nil", path)
			return
		}
		checkAllSet(t, path, v.Elem())
	case reflect.Struct:
		if v.Type().PkgPath() != "" && !strings.HasPrefix(v.Type().PkgPath(), "github.com/acquis-eu/acquis/sanctions") {
			if v.IsZero() {
				t.Errorf("%s is zero", path)
			}
			return // a value of another package, such as acquis.Date
		}
		for i := range v.NumField() {
			f := v.Type().Field(i)
			if f.IsExported() {
				checkAllSet(t, path+"."+f.Name, v.Field(i))
			}
		}
	case reflect.Slice:
		if v.Len() == 0 {
			t.Errorf("%s is empty", path)
			return
		}
		checkAllSet(t, path+"[0]", v.Index(0))
	default:
		if v.IsZero() {
			t.Errorf("%s is zero", path)
		}
	}
}

// TestJSONRoundTrip checks that every type of the package that marshals
// to JSON reads back equal, with camelCase keys.
func TestJSONRoundTrip(t *testing.T) {
	l := fullList(t)
	at := l.At(d("2021-03-01"))
	if len(at) != 1 {
		t.Fatalf("At(2021-03-01) = %d listings, want 1", len(at))
	}
	// Every field of the listing, of its entity, of its act and of
	// effects of each kind is set.
	lv := reflect.ValueOf(at[0])
	for i := range lv.NumField() {
		if lv.Field(i).IsZero() {
			t.Errorf("Listing.%s is zero", lv.Type().Field(i).Name)
		}
	}
	checkAllSet(t, "Entity", reflect.ValueOf(fullEntity()))
	a0 := *l.Acts()[0]
	a0.Effects = nil
	a0.Measures = []Measure{AssetFreeze}
	av := reflect.ValueOf(a0)
	for i := range av.NumField() {
		if f := av.Type().Field(i); f.Name != "Effects" && av.Field(i).IsZero() {
			t.Errorf("Act.%s is zero", f.Name)
		}
	}
	et := reflect.TypeFor[Effect]()
	for i := range et.NumField() {
		set := false
		for _, a := range l.Acts() {
			for _, e := range a.Effects {
				set = set || !reflect.ValueOf(e).Field(i).IsZero()
			}
		}
		if !set {
			t.Errorf("no Effect sets %s", et.Field(i).Name)
		}
	}
	h, err := l.History("EU.1.1")
	if err != nil {
		t.Fatal(err)
	}
	sp, err := l.Span("TST")
	if err != nil {
		t.Fatal(err)
	}
	st, err := l.Stated("TST", d("2020-12-01"))
	if err != nil {
		t.Fatal(err)
	}
	check := func(name string, want, got any) {
		t.Helper()
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s round trip (-want +got):\n%s", name, diff)
		}
	}
	check("Listings", at, roundTrip(t, at))
	check("Listing", at[0], roundTrip(t, at[0]))
	check("[]Period", h, roundTrip(t, h))
	check("Span", sp, roundTrip(t, sp))
	check("Stated", st, roundTrip(t, st))
	check("[]*Act", l.Acts(), roundTrip(t, l.Acts()))
	check("[]Regime", l.Regimes(), roundTrip(t, l.Regimes()))
	check("Entity", fullEntity(), roundTrip(t, fullEntity()))
	check("Belarus2020 acts", Belarus2020().Acts(), roundTrip(t, Belarus2020().Acts()))
}
