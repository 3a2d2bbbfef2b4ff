package sanctions

import (
	"errors"
	"strings"
	"testing"

	"github.com/acquis-eu/acquis"
	"github.com/google/go-cmp/cmp"
)

var d = acquis.MustParseDate

func person(id, name string) *Entity {
	return &Entity{ID: id, Type: Person, Names: []Name{{Whole: name}}}
}

// testRegime is a regime shaped like Belarus's: an end date renewed by
// Decisions, an asset freeze under a Regulation and a travel ban under a
// Decision.
func testRegime() Regime {
	return Regime{Code: "TST", Name: "test", LastDay: d("2021-02-28"), Bases: []Basis{
		{Measure: AssetFreeze, Act: "Regulation", Provision: "Article 2"},
		{Measure: TravelBan, Act: "Decision", Provision: "Article 3"},
	}}
}

func listing(n, on string, ms []Measure, effects ...Effect) *Act {
	k := ImplementingRegulation
	if len(ms) == 1 && ms[0] == TravelBan {
		k = ImplementingDecision
	}
	return &Act{Kind: k, Number: n, Adopted: d(on), InForce: d(on), Regime: "TST", Measures: ms, Effects: effects}
}

var (
	freeze = []Measure{AssetFreeze}
	ban    = []Measure{TravelBan}
	both   = []Measure{AssetFreeze, TravelBan}
)

func TestListReplay(t *testing.T) {
	a, b := person("A", "Anna ALPHA"), person("B", "Boris BRAVO")
	b2 := person("B", "Boris BRAVO-BRAVO")
	acts := []*Act{
		// Given out of order: the List sorts them.
		listing("2020/3", "2020-12-17", freeze, Effect{Change: Delisted, ID: "A"}),
		listing("2020/1", "2020-10-02", freeze, Effect{Change: Listed, Entity: a, Reasons: "r-a", ListingDate: d("2020-10-02")}),
		listing("2020/2", "2020-11-06", both, Effect{Change: Listed, Entity: b, Reasons: "r-b"}),
		listing("2021/1", "2021-01-10", freeze, Effect{Change: Amended, Entity: b2}),
		{Kind: Decision, Number: "2021/9", Adopted: d("2021-02-25"), InForce: d("2021-02-26"), Regime: "TST",
			Effects: []Effect{{Change: Renewed, LastDay: d("2022-02-28")}}},
	}
	l, err := NewList([]Regime{testRegime()}, acts)
	if err != nil {
		t.Fatal(err)
	}
	type row struct {
		ID        string
		Measure   Measure
		Name      string
		Since     string
		ListedBy  string
		AmendedBy string
		LastDay   string
		Renewed   string
	}
	rows := func(ls Listings) []row {
		var rs []row
		for _, x := range ls {
			r := row{ID: x.Entity.ID, Measure: x.Measure, Name: x.Entity.Name(), Since: x.Since.String(),
				ListedBy: x.ListedBy.Number, LastDay: x.LastDay.String()}
			if x.AmendedBy != nil {
				r.AmendedBy = x.AmendedBy.Number
			}
			if x.RenewedBy != nil {
				r.Renewed = x.RenewedBy.Number
			}
			rs = append(rs, r)
		}
		return rs
	}
	for _, tc := range []struct {
		on   string
		want []row
	}{
		{"2020-10-01", nil},
		{"2020-10-02", []row{{"A", AssetFreeze, "Anna ALPHA", "2020-10-02", "2020/1", "", "2021-02-28", ""}}},
		{"2020-11-05", []row{{"A", AssetFreeze, "Anna ALPHA", "2020-10-02", "2020/1", "", "2021-02-28", ""}}},
		{"2020-11-06", []row{
			{"A", AssetFreeze, "Anna ALPHA", "2020-10-02", "2020/1", "", "2021-02-28", ""},
			{"B", AssetFreeze, "Boris BRAVO", "2020-11-06", "2020/2", "", "2021-02-28", ""},
			{"B", TravelBan, "Boris BRAVO", "2020-11-06", "2020/2", "", "2021-02-28", ""},
		}},
		{"2020-12-17", []row{
			{"B", AssetFreeze, "Boris BRAVO", "2020-11-06", "2020/2", "", "2021-02-28", ""},
			{"B", TravelBan, "Boris BRAVO", "2020-11-06", "2020/2", "", "2021-02-28", ""},
		}},
		{"2021-01-10", []row{
			{"B", AssetFreeze, "Boris BRAVO-BRAVO", "2020-11-06", "2020/2", "2021/1", "2021-02-28", ""},
			{"B", TravelBan, "Boris BRAVO", "2020-11-06", "2020/2", "", "2021-02-28", ""},
		}},
		{"2021-02-28", []row{
			{"B", AssetFreeze, "Boris BRAVO-BRAVO", "2020-11-06", "2020/2", "2021/1", "2022-02-28", "2021/9"},
			{"B", TravelBan, "Boris BRAVO", "2020-11-06", "2020/2", "", "2022-02-28", "2021/9"},
		}},
		{"2022-02-28", []row{
			{"B", AssetFreeze, "Boris BRAVO-BRAVO", "2020-11-06", "2020/2", "2021/1", "2022-02-28", "2021/9"},
			{"B", TravelBan, "Boris BRAVO", "2020-11-06", "2020/2", "", "2022-02-28", "2021/9"},
		}},
		{"2022-03-01", nil}, // lapsed: no renewal to 2023
	} {
		if diff := cmp.Diff(tc.want, rows(l.At(d(tc.on)))); diff != "" {
			t.Errorf("At(%s) (-want +got):\n%s", tc.on, diff)
		}
	}
	on := l.At(d("2021-01-10"))
	if got := len(on.Measure(TravelBan)); got != 1 {
		t.Errorf("Measure(TravelBan) has %d listings, want 1", got)
	}
	if got := len(on.Named("bravo-b")); got != 1 {
		t.Errorf(`Named("bravo-b") has %d listings, want 1 (the asset freeze's amended name)`, got)
	}
	if got := len(on.Regime("XXX")); got != 0 {
		t.Errorf("Regime(XXX) has %d listings, want 0", got)
	}
	if p, o := on.Count(); p != 1 || o != 0 {
		t.Errorf("Count() = %d, %d; want 1, 0", p, o)
	}
	if h, err := l.History("A"); err != nil || len(h) != 1 {
		t.Errorf("History(A) has %d periods, %v; want 1", len(h), err)
	} else if h[0].To != d("2020-12-17") {
		t.Errorf("History(A)[0].To = %v, want 2020-12-17", h[0].To)
	}
	until, by, err := l.LastDay("TST", d("2020-12-01"))
	if err != nil || until != d("2021-02-28") || by != nil {
		t.Errorf("LastDay(TST, 2020-12-01) = %v, %v, %v; want 2021-02-28, nil, nil", until, by, err)
	}
	// The test regime's end date was set before its first act, on a day
	// the List does not know.
	if _, _, err := l.LastDay("TST", d("2020-10-01")); !errors.Is(err, ErrBeforeRecord) {
		t.Errorf("LastDay(TST, 2020-10-01): %v, want ErrBeforeRecord", err)
	}
}

func TestListErrors(t *testing.T) {
	a := person("A", "Anna ALPHA")
	for _, tc := range []struct {
		name string
		acts []*Act
		want error
	}{
		{"delisting of someone never listed", []*Act{
			listing("2020/1", "2020-10-02", freeze, Effect{Change: Delisted, ID: "Z"}),
		}, ErrNotListed},
		{"delisting under the other measure", []*Act{
			listing("2020/1", "2020-10-02", freeze, Effect{Change: Listed, Entity: a}),
			listing("2020/2", "2020-10-03", ban, Effect{Change: Delisted, ID: "A"}),
		}, ErrNotListed},
		{"amendment of someone delisted", []*Act{
			listing("2020/1", "2020-10-02", freeze, Effect{Change: Listed, Entity: a}),
			listing("2020/2", "2020-10-03", freeze, Effect{Change: Delisted, ID: "A"}),
			listing("2020/3", "2020-10-04", freeze, Effect{Change: Amended, Entity: a}),
		}, ErrNotListed},
		{"listed twice", []*Act{
			listing("2020/1", "2020-10-02", freeze, Effect{Change: Listed, Entity: a}),
			listing("2020/2", "2020-10-03", freeze, Effect{Change: Listed, Entity: a}),
		}, ErrAlreadyListed},
		{"after the regime lapsed", []*Act{
			listing("2021/1", "2021-03-01", freeze, Effect{Change: Listed, Entity: a}),
		}, ErrLapsed},
		{"renewal that shortens", []*Act{
			{Kind: Decision, Number: "2020/9", InForce: d("2020-02-01"), Regime: "TST",
				Effects: []Effect{{Change: Renewed, LastDay: d("2020-12-31")}}},
		}, ErrNoRenewalAfter},
		{"unknown regime", []*Act{{Kind: Decision, Number: "2020/9", InForce: d("2020-02-01"), Regime: "XXX"}}, ErrUnknownRegime},
		{"same act twice", []*Act{
			listing("2020/1", "2020-10-02", freeze, Effect{Change: Listed, Entity: a}),
			listing("2020/1", "2020-10-02", freeze),
		}, ErrDuplicateAct},
		{"no date", []*Act{{Kind: Decision, Number: "2020/9", Regime: "TST"}}, ErrInvalidAct},
		{"no number nor date", []*Act{{Kind: Decision, InForce: d("2020-02-01"), Regime: "TST"}}, ErrInvalidAct},
		{"no kind", []*Act{{Number: "2020/9", InForce: d("2020-02-01"), Regime: "TST"}}, ErrInvalidAct},
		{"nil act", []*Act{nil}, ErrInvalidAct},
		{"listing with no measure", []*Act{
			{Kind: Decision, Number: "2020/9", InForce: d("2020-02-01"), Regime: "TST",
				Effects: []Effect{{Change: Listed, Entity: a}}},
		}, ErrInvalidAct},
		{"listing with no entity", []*Act{listing("2020/1", "2020-10-02", freeze, Effect{Change: Listed, ID: "A"})}, ErrInvalidAct},
		{"key differs from entity", []*Act{listing("2020/1", "2020-10-02", freeze, Effect{Change: Listed, ID: "B", Entity: a})}, ErrInvalidAct},
		{"renewal with no date", []*Act{listing("2020/1", "2020-10-02", freeze, Effect{Change: Renewed})}, ErrInvalidAct},
		{"entity with no type", []*Act{listing("2020/1", "2020-10-02", freeze, Effect{Change: Listed, Entity: &Entity{ID: "Q"}})}, ErrInvalidAct},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := NewList([]Regime{testRegime()}, tc.acts)
			var ae *ActError
			if !errors.Is(err, tc.want) || !errors.As(err, &ae) {
				t.Fatalf("NewList: %v, want an *ActError wrapping %v", err, tc.want)
			}
			t.Log(err)
		})
	}
}

func TestListSameDay(t *testing.T) {
	a := person("A", "Anna ALPHA")
	l, err := NewList([]Regime{testRegime()}, []*Act{
		listing("2020/1", "2020-10-02", freeze, Effect{Change: Listed, Entity: a, Reasons: "first"}),
		listing("2020/2", "2020-10-02", freeze, Effect{Change: Amended, ID: "A", Reasons: "second"}),
	})
	if err != nil {
		t.Fatal(err)
	}
	ls := l.At(d("2020-10-02"))
	if len(ls) != 1 || ls[0].Reasons != "second" || ls[0].AmendedBy.Number != "2020/2" || ls[0].ListedBy.Number != "2020/1" {
		t.Fatalf("At(2020-10-02) = %+v, want one listing by 2020/1 amended by 2020/2 with reasons %q", ls, "second")
	}
	if h, err := l.History("A"); err != nil || len(h) != 1 {
		t.Errorf("History(A) has %d periods, %v; want 1 (the same-day amendment replaces the version)", len(h), err)
	}
}

func TestActString(t *testing.T) {
	for _, tc := range []struct {
		a    Act
		want string
	}{
		{Act{Kind: ImplementingRegulation, Number: "2020/1648"}, "Council Implementing Regulation (EU) 2020/1648"},
		{Act{Kind: ImplementingDecision, Number: "2020/1650"}, "Council Implementing Decision (CFSP) 2020/1650"},
		{Act{Kind: Regulation, Number: "765/2006"}, "Council Regulation (EC) No 765/2006"},
		{Act{Kind: Decision, Number: "2012/642/CFSP"}, "Council Decision 2012/642/CFSP"},
		{Act{Number: "1/2000"}, "act 1/2000"},
		{Act{Kind: Decision, Adopted: d("2020-02-17")}, "Council Decision (CFSP) of 2020-02-17"},
		{Act{Kind: ImplementingRegulation, Adopted: d("2020-02-17")}, "Council Implementing Regulation of 2020-02-17"},
	} {
		if got := tc.a.String(); got != tc.want {
			t.Errorf("%+v.String() = %q, want %q", tc.a, got, tc.want)
		}
	}
}

func TestStated(t *testing.T) {
	l := Belarus2020()
	for _, c := range []struct {
		day  string
		code string
		want map[Measure]Headcount
	}{
		{"2020-10-01", "BLR", nil},
		{"2020-10-02", "BLR", map[Measure]Headcount{AssetFreeze: {40, 0}, TravelBan: {40, 0}}},
		{"2020-11-05", "BLR", map[Measure]Headcount{AssetFreeze: {40, 0}, TravelBan: {40, 0}}},
		{"2020-11-06", "BLR", map[Measure]Headcount{AssetFreeze: {55, 0}, TravelBan: {55, 0}}},
		{"2020-12-17", "BLR", map[Measure]Headcount{AssetFreeze: {84, 7}, TravelBan: {84, 0}}},
		{"2021-02-28", "BLR", map[Measure]Headcount{AssetFreeze: {84, 7}, TravelBan: {84, 0}}},
		{"2021-03-01", "BLR", nil}, // the regime lapsed: the 2021 renewal is not among the acts
	} {
		got, err := l.Stated(c.code, acquis.MustParseDate(c.day))
		if err != nil {
			t.Errorf("Stated(%s, %s): %v", c.code, c.day, err)
		}
		if diff := cmp.Diff(c.want, got); diff != "" {
			t.Errorf("Stated(%s, %s) (-want +got):\n%s", c.code, c.day, diff)
		}
	}
}

// TestActErrorEffect checks that an *ActError numbers the effect as its
// message does: from 1, as a reader of the act counts them, and 0 for the
// act itself.
func TestActErrorEffect(t *testing.T) {
	a := person("A", "Anna ALPHA")
	for _, tc := range []struct {
		name   string
		acts   []*Act
		effect int
		says   string
	}{
		{"second effect", []*Act{listing("2020/1", "2020-10-02", freeze,
			Effect{Change: Listed, Entity: a}, Effect{Change: Delisted, ID: "nobody"})}, 2, "effect 2 ("},
		{"first effect", []*Act{listing("2020/1", "2020-10-02", freeze, Effect{Change: Renewed})}, 1, "effect 1:"},
		{"the act itself", []*Act{{Kind: Decision, Number: "2020/9", Regime: "TST"}}, 0, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := NewList([]Regime{testRegime()}, tc.acts)
			var ae *ActError
			if !errors.As(err, &ae) {
				t.Fatalf("NewList: %v, want an *ActError", err)
			}
			if ae.Effect != tc.effect {
				t.Errorf("ActError.Effect = %d, want %d (%v)", ae.Effect, tc.effect, err)
			}
			if tc.says != "" && !strings.Contains(err.Error(), tc.says) {
				t.Errorf("ActError %q does not say %q", err, tc.says)
			}
			if tc.says == "" && strings.Contains(err.Error(), "effect") {
				t.Errorf("ActError %q names an effect for an error of the act itself", err)
			}
		})
	}
}

// TestSpanError checks the message of a day before the record, with and
// without acts of the regime.
func TestSpanError(t *testing.T) {
	empty, err := NewList([]Regime{testRegime()}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if sp, err := empty.Span("TST"); err != nil || !sp.IsZero() || sp.Contains(d("2020-10-02")) {
		t.Errorf("Span(TST) of a list without acts = %+v, %v; want the zero Span", sp, err)
	}
	for _, tc := range []struct {
		l         *List
		code, day string
		want      string
	}{
		{empty, "TST", "2020-10-01", "sanctions: TST on 2020-10-01: before the first act the list records: the list records no act of the regime"},
		{Belarus2020(), "BLR", "2020-02-18", "sanctions: BLR on 2020-02-18: before the first act the list records: the list records the regime's acts from " +
			"2020-02-19 (Council Decision (CFSP) of 2020-02-17) to 2020-12-17 (Council Implementing Regulation (EU) 2020/2129)"},
	} {
		_, err := tc.l.Stated(tc.code, d(tc.day))
		var se *SpanError
		if !errors.As(err, &se) || err.Error() != tc.want {
			t.Errorf("Stated(%s, %s): %v, want %q", tc.code, tc.day, err, tc.want)
		}
	}
}
