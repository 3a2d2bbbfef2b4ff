package recognition_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/acquis-eu/acquis"
	"github.com/acquis-eu/acquis/recognition"
)

// TestApply walks every cell of the transition table: each status, each
// event, allowed or forbidden.
func TestApply(t *testing.T) {
	const forbidden = recognition.Status(0)
	U, R, C, N, W := recognition.Unstated, recognition.Recognized, recognition.Contested, recognition.NotRecognized, recognition.Withdrawn
	table := []struct {
		event recognition.Event
		to    [5]recognition.Status // from U, R, C, N, W
	}{
		{recognition.RecognitionGranted, [5]recognition.Status{R, R, R, R, R}},
		{recognition.ResultsRejected, [5]recognition.Status{C, C, C, N, C}},
		{recognition.LegitimacyDenied, [5]recognition.Status{C, C, C, N, C}},
		{recognition.NonRecognitionDeclared, [5]recognition.Status{N, N, N, N, N}},
		{recognition.RecognitionWithdrawn, [5]recognition.Status{forbidden, W, forbidden, forbidden, forbidden}},
		{recognition.BasisLapsed, [5]recognition.Status{forbidden, W, forbidden, forbidden, forbidden}},
		{recognition.Reaffirmed, [5]recognition.Status{forbidden, R, C, N, forbidden}},
		{recognition.DeclarationBlocked, [5]recognition.Status{U, R, C, N, W}},
		{recognition.ConditionalAnnounced, [5]recognition.Status{U, R, C, N, W}},
		{recognition.StandingAccorded, [5]recognition.Status{U, R, C, N, W}},
	}
	for _, row := range table {
		for i, from := range []recognition.Status{U, R, C, N, W} {
			got, cause, err := recognition.Apply(from, row.event)
			want := row.to[i]
			if want == forbidden {
				var te *recognition.TransitionError
				if !errors.As(err, &te) || te.From != from || te.Event != row.event ||
					!strings.Contains(err.Error(), row.event.String()) || !strings.Contains(err.Error(), from.String()) {
					t.Errorf("Apply(%v, %v) = %v, %v; want a *TransitionError naming both", from, row.event, got, err)
				}
				continue
			}
			if err != nil || got != want {
				t.Errorf("Apply(%v, %v) = %v, %v; want %v", from, row.event, got, err, want)
			}
			wantCause := recognition.EndCause(0)
			switch {
			case row.event == recognition.RecognitionWithdrawn:
				wantCause = recognition.CauseExplicit
			case row.event == recognition.BasisLapsed:
				wantCause = recognition.CauseBasisLapsed
			}
			if cause != wantCause {
				t.Errorf("Apply(%v, %v): cause %v, want %v", from, row.event, cause, wantCause)
			}
		}
	}
	if _, _, err := recognition.Apply(0, recognition.Reaffirmed); err == nil {
		t.Error("Apply from the zero Status: no error")
	}
	if _, _, err := recognition.Apply(recognition.Unstated, 0); err == nil {
		t.Error("Apply of the zero Event: no error")
	}
}

var (
	someone = recognition.Claimant{ID: "x", Name: "X"}
	office  = recognition.Office("President")
	day     = acquis.MustParseDate
)

func act(id, adopted string, ev recognition.Event, from string) recognition.Act {
	return recognition.Act{ID: id, Actor: "A", Adopted: day(adopted), Form: recognition.Statement, Verification: recognition.Verified,
		Effects: []recognition.Effect{{Claimant: someone, Office: office, Event: ev, Timing: recognition.On(day(from))}}}
}

// TestLedgerOrder adds the same acts in every order and gets the same
// answers: the answers depend only on the set of acts.
func TestLedgerOrder(t *testing.T) {
	acts := []recognition.Act{
		act("grant", "2019-01-23", recognition.RecognitionGranted, "2019-01-23"),
		act("again", "2020-03-19", recognition.Reaffirmed, "2020-03-19"),
		act("lapse", "2023-01-03", recognition.BasisLapsed, "2023-01-05"),
	}
	for _, order := range [][3]int{{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}} {
		var l recognition.Ledger
		for _, i := range order {
			if err := l.Add(acts[i]); err != nil {
				t.Fatalf("order %v: %v", order, err)
			}
		}
		if err := l.Check(); err != nil {
			t.Fatalf("order %v: %v", order, err)
		}
		for d, want := range map[string]recognition.Status{"2019-01-22": recognition.Unstated, "2019-01-23": recognition.Recognized,
			"2023-01-04": recognition.Recognized, "2023-01-05": recognition.Withdrawn} {
			if got := at(t, &l, "A", someone, office, day(d)); got.Status != want {
				t.Errorf("order %v, %s: %v, want %v", order, d, got.Status, want)
			}
		}
		if p := at(t, &l, "A", someone, office, day("2023-02-01")); p.Cause != recognition.CauseBasisLapsed || p.Act.ID != "lapse" || p.Since != day("2023-01-05") {
			t.Errorf("order %v: withdrawal %+v", order, p)
		}
		if p := at(t, &l, "A", someone, office, day("2021-01-01")); p.Act.ID != "grant" || p.Latest.ID != "again" {
			t.Errorf("order %v: after the reaffirmation, set by %q, latest %q", order, p.Act.ID, p.Latest.ID)
		}
	}
}

// TestForbiddenHistory records a withdrawal of a recognition that no act
// granted: the queries from its day on report the transition, those
// before it answer, and the act that was missing makes the history whole.
func TestForbiddenHistory(t *testing.T) {
	var l recognition.Ledger
	for _, a := range []recognition.Act{
		act("reject", "2019-01-10", recognition.ResultsRejected, "2019-01-10"),
		act("lapse", "2023-01-03", recognition.BasisLapsed, "2023-01-05"),
	} {
		if err := l.Add(a); err != nil {
			t.Fatal(err)
		}
	}
	if p := at(t, &l, "A", someone, office, day("2023-01-04")); p.Status != recognition.Contested {
		t.Errorf("before the forbidden transition: %v", p.Status)
	}
	_, err := l.StatusAt("A", someone, office, day("2023-01-05"))
	var te *recognition.TransitionError
	if !errors.As(err, &te) || te.From != recognition.Contested || te.Event != recognition.BasisLapsed || te.Act != "lapse" {
		t.Errorf("StatusAt on the day of the forbidden transition: %v", err)
	}
	if err := l.Check(); err == nil || !strings.Contains(err.Error(), "A toward x as President: recognition: basis-lapsed is not allowed from contested (act lapse)") {
		t.Errorf("Check() = %v", err)
	}
	if tl, err := l.Timeline("A", someone, office); err == nil || len(tl) != 1 || tl[0].Until != day("2023-01-05") {
		t.Errorf("Timeline = %v, %v", tl, err)
	}
	if _, err := l.Holders([]recognition.Actor{"A"}, someone, office, day("2024-01-01")); err == nil {
		t.Error("Holders over a forbidden history: no error")
	}
	if err := l.Add(act("grant", "2020-06-01", recognition.RecognitionGranted, "2020-06-01")); err != nil {
		t.Fatal(err)
	}
	if err := l.Check(); err != nil {
		t.Errorf("after the grant: %v", err)
	}
	if p := at(t, &l, "A", someone, office, day("2024-01-01")); p.Status != recognition.Withdrawn || p.Cause != recognition.CauseBasisLapsed {
		t.Errorf("after the grant: %+v", p)
	}
}

func TestTimeline(t *testing.T) {
	var l recognition.Ledger
	for _, a := range []recognition.Act{
		act("reject", "2020-08-11", recognition.ResultsRejected, "2020-08-11"),
		act("again", "2020-09-11", recognition.Reaffirmed, "2020-09-11"),
		act("deny", "2020-09-17", recognition.NonRecognitionDeclared, "2020-11-06"),
	} {
		if err := l.Add(a); err != nil {
			t.Fatal(err)
		}
	}
	tl, err := l.Timeline("A", someone, office)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, iv := range tl {
		got = append(got, fmt.Sprintf("%v..%v %v %s", iv.From, iv.Until, iv.Position.Status, iv.Position.Act.ID))
	}
	want := "2020-08-11..2020-11-06 contested reject|2020-11-06..invalid date not-recognized deny"
	if strings.Join(got, "|") != want {
		t.Errorf("Timeline = %q, want %q", strings.Join(got, "|"), want)
	}
}

func TestAddErrors(t *testing.T) {
	var l recognition.Ledger
	good := act("a", "2020-01-01", recognition.RecognitionGranted, "2020-01-01")
	if err := l.Add(good); err != nil {
		t.Fatal(err)
	}
	noConvention := good
	noConvention.ID = "b"
	noConvention.Effects = []recognition.Effect{{Claimant: someone, Office: office, Event: recognition.NonRecognitionDeclared,
		Timing: recognition.OnExpiry(recognition.Mandate{LastDay: day("2020-11-05")}, 0)}}
	for _, tt := range []struct {
		a    recognition.Act
		want string
	}{
		{good, "added twice"},
		{recognition.Act{}, "no ID"},
		{noConvention, "no expiry-day convention"},
	} {
		if err := l.Add(tt.a); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Add(%s) = %v, want an error mentioning %q", tt.a.ID, err, tt.want)
		}
	}
	if n := len(l.Acts()); n != 1 {
		t.Errorf("%d acts after rejected adds, want 1", n)
	}
}

// BenchmarkStatusAt asks for a status in ledgers of growing size: 100
// actors toward 10 claimants, with acts spread over ten years.
func BenchmarkStatusAt(b *testing.B) {
	for _, n := range []int{1_000, 10_000, 100_000} {
		b.Run(fmt.Sprintf("acts=%d", n), func(b *testing.B) {
			l := syntheticLedger(b, n)
			claimant := recognition.Claimant{ID: "c3"}
			q := day("2015-06-15")
			b.ReportAllocs()
			for b.Loop() {
				if p, err := l.StatusAt("A42", claimant, office, q); err != nil || !p.Status.IsValid() {
					b.Fatal(p, err)
				}
			}
		})
	}
}

func syntheticLedger(tb testing.TB, n int) *recognition.Ledger {
	var l recognition.Ledger
	start := day("2010-01-01")
	events := []recognition.Event{recognition.ResultsRejected, recognition.RecognitionGranted, recognition.Reaffirmed, recognition.NonRecognitionDeclared}
	for i := range n {
		k := i % 1000 // 100 actors × 10 claimants
		a := recognition.Act{ID: fmt.Sprint("act", i), Actor: recognition.Actor(fmt.Sprint("A", k%100)), Adopted: start.AddDays(i % 3650),
			Form: recognition.Statement, Verification: recognition.Verified,
			Effects: []recognition.Effect{{Claimant: recognition.Claimant{ID: fmt.Sprint("c", k/100)}, Office: office,
				Event: events[(i/1000)%len(events)], Timing: recognition.On(start.AddDays(i))}}}
		if err := l.Add(a); err != nil {
			tb.Fatal(err)
		}
	}
	return &l
}
