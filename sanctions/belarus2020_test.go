package sanctions

import (
	"errors"
	"testing"

	"github.com/acquis-eu/acquis"
	"github.com/google/go-cmp/cmp"
)

func TestBelarus2020(t *testing.T) {
	l := Belarus2020()
	type row struct {
		Name     string
		Measure  Measure
		Since    string
		ListedBy string
		LastDay  string
	}
	rows := func(day string) []row {
		var rs []row
		for _, x := range l.At(d(day)).Regime("BLR") {
			rs = append(rs, row{x.Entity.Name(), x.Measure, x.Since.String(), x.ListedBy.String(), x.LastDay.String()})
		}
		return rs
	}
	both := []row{
		{"Alexandr Lukashenko", AssetFreeze, "2020-11-06", "Council Implementing Regulation (EU) 2020/1648", "2021-02-28"},
		{"Alexandr Lukashenko", TravelBan, "2020-11-06", "Council Implementing Decision (CFSP) 2020/1650", "2021-02-28"},
	}
	for _, tc := range []struct {
		day  string
		want []row
	}{
		{"2020-10-02", nil},
		{"2020-11-05", nil},
		{"2020-11-06", both},
		{"2020-12-17", both},
		{"2021-02-28", both},
		{"2021-03-01", nil}, // the 2021 renewal is not in the data
	} {
		if diff := cmp.Diff(tc.want, rows(tc.day)); diff != "" {
			t.Errorf("At(%s) (-want +got):\n%s", tc.day, diff)
		}
	}

	// The regime's end date: 28 February 2021 from the day the renewal of
	// February 2020 entered into force, the first act of the data (before
	// it, TestBelarus2020Span).
	for _, tc := range []struct{ day, until, by string }{
		{"2020-02-19", "2021-02-28", "Council Decision (CFSP) of 2020-02-17"},
		{"2021-02-28", "2021-02-28", "Council Decision (CFSP) of 2020-02-17"},
	} {
		until, by, err := l.LastDay("BLR", d(tc.day))
		got := ""
		if by != nil {
			got = by.String()
		}
		if err != nil || until.String() != tc.until || got != tc.by {
			t.Errorf("LastDay(BLR, %s) = %v, %q, %v; want %s, %q", tc.day, until, got, err, tc.until, tc.by)
		}
	}

	// Each act keeps the number of entries it states it lists; the data
	// carries Lukashenko's alone.
	want := map[string][4]int{ // persons, organisations stated; persons, organisations missing
		"2020/1387": {40, 0, 40, 0}, "2020/1388": {40, 0, 40, 0},
		"2020/1648": {15, 0, 14, 0}, "2020/1650": {15, 0, 14, 0},
		"2020/2129": {29, 7, 29, 7}, "Council Implementing Decision (CFSP) of 2020-12-17": {29, 0, 29, 0},
		"Council Decision (CFSP) of 2020-02-17": {0, 0, 0, 0},
	}
	if got := len(l.Acts()); got != len(want) {
		t.Errorf("Belarus2020 has %d acts, want %d", got, len(want))
	}
	for n, w := range want {
		a, ok := l.Act(n)
		if !ok {
			t.Errorf("Act(%q) not found", n)
			continue
		}
		mp, mo := a.Missing()
		if got := [4]int{a.Persons, a.Organisations, mp, mo}; got != w {
			t.Errorf("%v: stated %d+%d, missing %d+%d; want %v", a, got[0], got[1], got[2], got[3], w)
		}
		if a.Regime != "BLR" || len(a.Sources) == 0 {
			t.Errorf("%v: regime %q, %d sources; want BLR and at least one source", a, a.Regime, len(a.Sources))
		}
	}

	// Each call returns its own data.
	a, _ := Belarus2020().Act("2020/1648")
	a.Effects[0].Entity.Names[0].Whole = "changed"
	if got := l.At(d("2020-11-06"))[0].Entity.Name(); got != "Alexandr Lukashenko" {
		t.Errorf("a change to one Belarus2020 List shows in another: name %q", got)
	}
	if got := len(l.At(d("2020-11-06")).Named("lukashenko")); got != 2 {
		t.Errorf(`Named("lukashenko") on 2020-11-06: %d listings, want 2`, got)
	}
	on := l.At(d("2020-11-06"))
	id := on[0].Entity.ID
	if got := on.Entity(id); len(got) != 2 || got[0].Entity.ID != id || got[1].Entity.ID != id {
		t.Errorf("Entity(%q) on 2020-11-06: %d listings, want his 2", id, len(got))
	}
	if got := on.Entity("no such key"); len(got) != 0 {
		t.Errorf("Entity of an unknown key: %d listings, want none", len(got))
	}
}

// TestBelarus2020Span checks that the List says how far its record of the
// regime reaches, and that the answers that depend on the regime's acts
// refuse a day before the first of them rather than answer from the end
// date set by acts it does not hold.
func TestBelarus2020Span(t *testing.T) {
	l := Belarus2020()
	want := acquis.Span{First: d("2020-02-19"), Last: d("2020-12-17")}
	got, err := l.Span("BLR")
	if err != nil {
		t.Fatal(err)
	}
	if got != want {
		t.Errorf("Span(BLR) = %+v, want %+v", got, want)
	}
	first, last, err := l.SpanActs("BLR")
	if err != nil || first.String() != "Council Decision (CFSP) of 2020-02-17" || last.String() != "Council Implementing Regulation (EU) 2020/2129" {
		t.Errorf("SpanActs(BLR) = %v, %v, %v", first, last, err)
	}
	if _, _, err := l.SpanActs("SYR"); !errors.Is(err, ErrUnknownRegime) {
		t.Errorf("SpanActs(SYR): %v, want ErrUnknownRegime", err)
	}
	for day, in := range map[string]bool{"1900-01-01": false, "2020-02-18": false, "2020-02-19": true, "2020-12-17": true, "2020-12-18": false} {
		if got.Contains(d(day)) != in {
			t.Errorf("Span.Contains(%s) = %v, want %v", day, !in, in)
		}
	}
	if _, err := l.Span("SYR"); !errors.Is(err, ErrUnknownRegime) {
		t.Errorf("Span(SYR): %v, want ErrUnknownRegime", err)
	}

	for _, day := range []string{"1900-01-01", "2020-02-18"} {
		_, _, err := l.LastDay("BLR", d(day))
		var se *SpanError
		if !errors.Is(err, ErrBeforeRecord) || !errors.As(err, &se) || se.Span != want || se.Day != d(day) || se.Regime != "BLR" {
			t.Errorf("LastDay(BLR, %s): %v, want a *SpanError wrapping ErrBeforeRecord with the span", day, err)
		}
		if _, err := l.Stated("BLR", d(day)); !errors.Is(err, ErrBeforeRecord) {
			t.Errorf("Stated(BLR, %s): %v, want ErrBeforeRecord", day, err)
		}
	}
	if _, _, err := l.LastDay("SYR", d("2020-12-01")); !errors.Is(err, ErrUnknownRegime) {
		t.Errorf("LastDay(SYR): %v, want ErrUnknownRegime", err)
	}
	if _, err := l.Stated("SYR", d("2020-12-01")); !errors.Is(err, ErrUnknownRegime) {
		t.Errorf("Stated(SYR): %v, want ErrUnknownRegime", err)
	}
	// After the last act the answers are the acts' answers, as recorded up
	// to it: the regime runs until 2021-02-28, then lapses.
	if until, _, err := l.LastDay("BLR", d("2021-01-15")); err != nil || until != d("2021-02-28") {
		t.Errorf("LastDay(BLR, 2021-01-15) = %v, %v; want 2021-02-28", until, err)
	}
	if h, err := l.History("nobody"); !errors.Is(err, ErrUnknownEntity) || h != nil {
		t.Errorf("History(nobody) = %v, %v; want ErrUnknownEntity", h, err)
	}
	if h, err := l.History("BLR-lukashenko-alexandr"); err != nil || len(h) != 2 {
		t.Errorf("History(Lukashenko) = %d periods, %v; want 2", len(h), err)
	}
}
