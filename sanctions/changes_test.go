package sanctions

import (
	"errors"
	"testing"

	"github.com/acquis-eu/acquis"
	"github.com/google/go-cmp/cmp"
)

// replayList returns the List of TestListReplay: A listed on 2 October
// 2020 and delisted on 17 December; B listed under both measures on 6
// November, amended under the asset freeze on 10 January 2021; the regime
// renewed on 26 February 2021.
func replayList(t *testing.T) *List {
	t.Helper()
	a, b := person("A", "Anna ALPHA"), person("B", "Boris BRAVO")
	b2 := &Entity{ID: "B", Type: Person, Names: []Name{{Whole: "Boris BRAVO"}, {Whole: "Boris BRAVO-BRAVO"}}}
	l, err := NewList([]Regime{testRegime()}, []*Act{
		listing("2020/3", "2020-12-17", freeze, Effect{Change: Delisted, ID: "A"}),
		listing("2020/1", "2020-10-02", freeze, Effect{Change: Listed, Entity: a, Reasons: "r-a"}),
		listing("2020/2", "2020-11-06", both, Effect{Change: Listed, Entity: b, Reasons: "r-b"}),
		listing("2021/1", "2021-01-10", freeze, Effect{Change: Amended, Entity: b2}),
		{Kind: Decision, Number: "2021/9", Adopted: d("2021-02-25"), InForce: d("2021-02-26"), Regime: "TST",
			Effects: []Effect{{Change: Renewed, LastDay: d("2022-02-28")}}},
	})
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// updateRow is what the tests compare of an Update.
type updateRow struct {
	Day, Change, Measure, Entity, Previous, Act string
}

func updateRows(us []Update) []updateRow {
	var rs []updateRow
	for _, u := range us {
		r := updateRow{Day: u.Day.String(), Change: u.Change.String(), Act: u.Act.Number}
		if u.Measure != 0 {
			r.Measure = u.Measure.String()
		}
		if u.Entity != nil {
			r.Entity = u.Entity.ID + " " + u.Entity.Names[len(u.Entity.Names)-1].Full()
		}
		if u.Previous != nil {
			r.Previous = u.Previous.ID + " " + u.Previous.Names[len(u.Previous.Names)-1].Full()
		}
		rs = append(rs, r)
	}
	return rs
}

func entityNames(es []*Entity) []string {
	var out []string
	for _, e := range es {
		out = append(out, e.ID+" "+e.Names[len(e.Names)-1].Full())
	}
	return out
}

func TestChanges(t *testing.T) {
	l := replayList(t)
	for _, tc := range []struct {
		from, to string
		acts     []string
		updates  []updateRow
		entities []string
	}{
		{"2020-10-01", "2020-10-02", []string{"2020/1"},
			[]updateRow{{"2020-10-02", "listed", "asset-freeze", "A Anna ALPHA", "", "2020/1"}},
			[]string{"A Anna ALPHA"}},
		{"2020-10-02", "2020-11-05", nil, nil, nil},
		{"2020-11-05", "2020-11-06", []string{"2020/2"},
			[]updateRow{
				{"2020-11-06", "listed", "asset-freeze", "B Boris BRAVO", "", "2020/2"},
				{"2020-11-06", "listed", "travel-ban", "B Boris BRAVO", "", "2020/2"},
			},
			[]string{"B Boris BRAVO"}},
		// A delisting, and an amendment under one measure: the entity
		// is screened in its new version.
		{"2020-12-16", "2021-01-10", []string{"2020/3", "2021/1"},
			[]updateRow{
				{"2020-12-17", "delisted", "asset-freeze", "A Anna ALPHA", "", "2020/3"},
				{"2021-01-10", "amended", "asset-freeze", "B Boris BRAVO-BRAVO", "B Boris BRAVO", "2021/1"},
			},
			[]string{"B Boris BRAVO-BRAVO"}},
		// Listed and delisted within the interval: nothing to screen.
		{"2020-10-01", "2020-12-17", []string{"2020/1", "2020/2", "2020/3"},
			[]updateRow{
				{"2020-10-02", "listed", "asset-freeze", "A Anna ALPHA", "", "2020/1"},
				{"2020-11-06", "listed", "asset-freeze", "B Boris BRAVO", "", "2020/2"},
				{"2020-11-06", "listed", "travel-ban", "B Boris BRAVO", "", "2020/2"},
				{"2020-12-17", "delisted", "asset-freeze", "A Anna ALPHA", "", "2020/3"},
			},
			[]string{"B Boris BRAVO"}},
		// Listed, then amended under one measure: both versions.
		{"2020-11-05", "2021-01-10", []string{"2020/2", "2020/3", "2021/1"},
			[]updateRow{
				{"2020-11-06", "listed", "asset-freeze", "B Boris BRAVO", "", "2020/2"},
				{"2020-11-06", "listed", "travel-ban", "B Boris BRAVO", "", "2020/2"},
				{"2020-12-17", "delisted", "asset-freeze", "A Anna ALPHA", "", "2020/3"},
				{"2021-01-10", "amended", "asset-freeze", "B Boris BRAVO-BRAVO", "B Boris BRAVO", "2021/1"},
			},
			[]string{"B Boris BRAVO-BRAVO", "B Boris BRAVO"}},
		{"2021-01-10", "2021-02-26", []string{"2021/9"},
			[]updateRow{{"2021-02-26", "renewed", "", "", "", "2021/9"}}, nil},
		{"2020-11-06", "2020-11-06", nil, nil, nil},
	} {
		delta, err := l.Changes(d(tc.from), d(tc.to))
		if err != nil {
			t.Errorf("Changes(%s, %s): %v", tc.from, tc.to, err)
			continue
		}
		var acts []string
		for _, a := range delta.Acts {
			acts = append(acts, a.Number)
		}
		if diff := cmp.Diff(tc.acts, acts); diff != "" {
			t.Errorf("Changes(%s, %s).Acts (-want +got):\n%s", tc.from, tc.to, diff)
		}
		if diff := cmp.Diff(tc.updates, updateRows(delta.Updates)); diff != "" {
			t.Errorf("Changes(%s, %s).Updates (-want +got):\n%s", tc.from, tc.to, diff)
		}
		if diff := cmp.Diff(tc.entities, entityNames(delta.Entities())); diff != "" {
			t.Errorf("Changes(%s, %s).Entities() (-want +got):\n%s", tc.from, tc.to, diff)
		}
		if delta.From != d(tc.from) || delta.To != d(tc.to) {
			t.Errorf("Changes(%s, %s) = (%v, %v]", tc.from, tc.to, delta.From, delta.To)
		}
	}
}

// TestChangesAgreeWithAt checks the promise of Delta: what is listed on
// To is what was listed on From, but for the Delta's entities.
func TestChangesAgreeWithAt(t *testing.T) {
	l := replayList(t)
	days := []string{"2020-10-01", "2020-10-02", "2020-11-05", "2020-11-06", "2020-12-17", "2021-01-09", "2021-01-10", "2021-02-26"}
	for i, from := range days {
		for _, to := range days[i:] {
			delta, err := l.Changes(d(from), d(to))
			if err != nil {
				t.Fatalf("Changes(%s, %s): %v", from, to, err)
			}
			changed := map[*Entity]bool{}
			for _, e := range delta.Entities() {
				changed[e] = true
			}
			before := map[*Entity]bool{}
			for _, e := range l.At(d(from)).Entities() {
				before[e] = true
			}
			for _, e := range l.At(d(to)).Entities() {
				if !before[e] && !changed[e] {
					t.Errorf("(%s, %s]: %s is listed on %s as it was not on %s, and not among the Delta's entities", from, to, e.Names[len(e.Names)-1].Full(), to, from)
				}
			}
		}
	}
}

func TestChangesSameDay(t *testing.T) {
	a := person("A", "Anna ALPHA")
	l, err := NewList([]Regime{testRegime()}, []*Act{
		listing("2020/1", "2020-10-02", freeze, Effect{Change: Listed, Entity: a, Reasons: "first"}),
		listing("2020/2", "2020-10-02", freeze, Effect{Change: Amended, ID: "A", Reasons: "second"}),
	})
	if err != nil {
		t.Fatal(err)
	}
	delta, err := l.Changes(d("2020-10-01"), d("2020-10-02"))
	if err != nil {
		t.Fatal(err)
	}
	if len(delta.Updates) != 2 || delta.Updates[1].Change != Amended || delta.Updates[1].Reasons != "second" ||
		delta.Updates[1].Entity != a || delta.Updates[1].Previous != a {
		t.Fatalf("Updates = %+v, want the listing then the amendment of the reasons", delta.Updates)
	}
	if got := delta.Updates[1].NewNames(); got != nil {
		t.Errorf("NewNames of an amendment of the reasons = %v, want none", got)
	}
	if got := delta.Entities(); len(got) != 1 || got[0] != a {
		t.Errorf("Entities() = %v, want A once", got)
	}
}

func TestUpdateNewNames(t *testing.T) {
	l := replayList(t)
	delta, err := l.Changes(d("2020-10-01"), d("2021-01-10"))
	if err != nil {
		t.Fatal(err)
	}
	var got [][]string
	for _, u := range delta.Updates {
		var ns []string
		for _, n := range u.NewNames() {
			ns = append(ns, n.Full())
		}
		got = append(got, ns)
	}
	want := [][]string{{"Anna ALPHA"}, {"Boris BRAVO"}, {"Boris BRAVO"}, nil, {"Boris BRAVO-BRAVO"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("NewNames (-want +got):\n%s", diff)
	}
}

func TestChangesErrors(t *testing.T) {
	l := replayList(t)
	empty, err := NewList([]Regime{testRegime()}, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		l        *List
		from, to string
		want     error
		day      string // of the *SpanError
		msg      string
	}{
		// The record starts on 2020-10-02: 2020-10-01 is not in it.
		{l, "2020-09-30", "2020-10-02", ErrBeforeRecord, "2020-10-01",
			"sanctions: TST on 2020-10-01: before the first act the list records: the list records the regime's acts from 2020-10-02 (Council Implementing Regulation (EU) 2020/1) to 2021-02-26 (Council Decision (CFSP) 2021/9)"},
		{l, "2021-02-26", "2021-02-27", ErrAfterRecord, "2021-02-27",
			"sanctions: TST on 2021-02-27: after the last act the list records: the list records the regime's acts from 2020-10-02 (Council Implementing Regulation (EU) 2020/1) to 2021-02-26 (Council Decision (CFSP) 2021/9)"},
		{l, "2020-10-01", "2022-03-01", ErrAfterRecord, "2022-03-01", ""},
		{empty, "2020-10-01", "2020-10-02", ErrBeforeRecord, "2020-10-02",
			"sanctions: TST on 2020-10-02: before the first act the list records: the list records no act of the regime"},
		{l, "2020-11-06", "2020-11-05", ErrInvalidInterval, "", "sanctions: changes in (2020-11-06, 2020-11-05]: invalid interval"},
		{l, "", "2020-11-05", ErrInvalidInterval, "", ""},
	} {
		var from acquis.Date // the zero Date, no day
		if tc.from != "" {
			from = d(tc.from)
		}
		to := d(tc.to)
		_, err := tc.l.Changes(from, to)
		if !errors.Is(err, tc.want) {
			t.Errorf("Changes(%s, %s): %v, want %v", tc.from, tc.to, err, tc.want)
			continue
		}
		var se *SpanError
		if tc.day != "" && (!errors.As(err, &se) || se.Day != d(tc.day)) {
			t.Errorf("Changes(%s, %s): %#v, want a *SpanError on %s", tc.from, tc.to, err, tc.day)
		}
		if tc.msg != "" && err.Error() != tc.msg {
			t.Errorf("Changes(%s, %s): %q, want %q", tc.from, tc.to, err, tc.msg)
		}
	}
}

// TestChangesBelarus checks the delta of the Belarus 2020 data on the
// days of its packages: Lukashenko listed on 6 November 2020, and the 36
// entries of 17 December that the data does not name.
func TestChangesBelarus(t *testing.T) {
	l := Belarus2020()
	delta, err := l.Changes(d("2020-11-05"), d("2020-11-06"))
	if err != nil {
		t.Fatal(err)
	}
	if es := delta.Entities(); len(es) != 1 || es[0].ID != "BLR-lukashenko-alexandr" {
		t.Errorf("(2020-11-05, 2020-11-06]: Entities() = %v, want Lukashenko", entityNames(es))
	}
	if len(delta.Acts) != 2 || delta.Acts[0].Number != "2020/1648" || delta.Acts[1].Number != "2020/1650" {
		t.Errorf("(2020-11-05, 2020-11-06]: Acts = %v", delta.Acts)
	}
	delta, err = l.Changes(d("2020-11-06"), d("2020-12-17"))
	if err != nil {
		t.Fatal(err)
	}
	if es := delta.Entities(); len(es) != 0 {
		t.Errorf("(2020-11-06, 2020-12-17]: Entities() = %v, want none", entityNames(es))
	}
	missing := 0
	for _, a := range delta.Acts {
		p, o := a.Missing()
		missing += p + o
	}
	if len(delta.Acts) != 2 || missing != 29+7+29 {
		t.Errorf("(2020-11-06, 2020-12-17]: %d acts with %d entries missing, want 2 acts with 65", len(delta.Acts), missing)
	}
	if _, err := l.Changes(d("2020-12-17"), d("2020-12-18")); !errors.Is(err, ErrAfterRecord) {
		t.Errorf("(2020-12-17, 2020-12-18]: %v, want ErrAfterRecord", err)
	}
}

func TestDeltaJSON(t *testing.T) {
	l := fullList(t)
	delta, err := l.Changes(d("2020-10-01"), d("2021-02-26"))
	if err != nil {
		t.Fatal(err)
	}
	if len(delta.Updates) != 3 || delta.Updates[1].Previous == nil {
		t.Fatalf("Updates = %+v, want a listing, an amendment and a renewal", delta.Updates)
	}
	if diff := cmp.Diff(delta, roundTrip(t, delta)); diff != "" {
		t.Errorf("Delta round trip (-want +got):\n%s", diff)
	}
}
