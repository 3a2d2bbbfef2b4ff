package recognition_test

import (
	"testing"

	"github.com/acquis-eu/acquis"
	"github.com/acquis-eu/acquis/recognition"
)

func belarus(t testing.TB) (recognition.Dataset, *recognition.Ledger, recognition.Claimant) {
	t.Helper()
	ds := recognition.Belarus2020()
	l, err := ds.Ledger()
	if err != nil {
		t.Fatal(err)
	}
	c, ok := ds.Claimant("lukashenka")
	if !ok {
		t.Fatal("no claimant lukashenka")
	}
	return ds, l, c
}

func TestBelarus2020(t *testing.T) {
	_, l, lukashenka := belarus(t)
	d := acquis.MustParseDate
	tests := []struct {
		actor  recognition.Actor
		day    string
		status recognition.Status
		act    string
	}{
		{recognition.EuropeanParliament, "2020-09-16", recognition.Unstated, ""},
		{recognition.EuropeanParliament, "2020-09-18", recognition.Contested, "EP-2020-09-17"},
		{recognition.EuropeanParliament, "2020-11-05", recognition.Contested, "EP-2020-09-17"}, // last day of the mandate, under the dataset's convention
		{recognition.EuropeanParliament, "2020-11-06", recognition.NotRecognized, "EP-2020-09-17"},
		{recognition.EuropeanParliament, "2021-06-01", recognition.NotRecognized, "EP-2020-09-17"},
		{recognition.HighRepresentative, "2020-08-10", recognition.Unstated, ""},
		{recognition.HighRepresentative, "2020-08-11", recognition.Contested, "HRVP-2020-08-11"},
		{recognition.HighRepresentative, "2020-11-06", recognition.Contested, "HRVP-2020-08-11"},
		{recognition.Council, "2020-11-06", recognition.Contested, "FAC-2020-08-14"},
		{recognition.EuropeanCouncil, "2020-11-06", recognition.Contested, "EUCO-2020-08-19"},
		{"DE", "2020-09-22", recognition.Unstated, ""},
		{"DE", "2020-09-23", recognition.NotRecognized, "DE-2020-09-23"},
		{"US", "2020-09-23", recognition.NotRecognized, "US-2020-09-23"},
		{"FR", "2020-11-06", recognition.Unstated, ""}, // silence is not recognition
	}
	for _, tt := range tests {
		p := at(t, l, tt.actor, lukashenka, recognition.PresidentOfBelarus, d(tt.day))
		if p.Status != tt.status || p.Act.ID != tt.act {
			t.Errorf("StatusAt(%s, %s) = %v by %q, want %v by %q", tt.actor, tt.day, p.Status, p.Act.ID, tt.status, tt.act)
		}
	}
	// The Council and the High Representative never declare non-recognition.
	for _, a := range []recognition.Actor{recognition.Council, recognition.HighRepresentative, recognition.EuropeanCouncil} {
		for day := d("2020-11-05"); day.Before(d("2021-12-31")); day = day.AddDays(1) {
			if s := at(t, l, a, lukashenka, recognition.PresidentOfBelarus, day).Status; s != recognition.Contested {
				t.Fatalf("%s on %v: %v, want contested", a, day, s)
			}
		}
	}
}

// TestExpiryConvention shows the European Parliament's position on 5
// November 2020, the last day of the 2015 mandate, under each expiry-day
// convention: the act does not say which day non-recognition starts.
func TestExpiryConvention(t *testing.T) {
	ds, _, lukashenka := belarus(t)
	for _, tt := range []struct {
		convention recognition.Convention
		nov5       recognition.Status
	}{
		{recognition.ExpiryDayIsLastDay, recognition.Contested},
		{recognition.ExpiryDayIsFirstDay, recognition.NotRecognized},
	} {
		var l recognition.Ledger
		for _, a := range ds.Acts {
			if a.ID == "EP-2020-09-17" {
				a.Effects = append([]recognition.Effect(nil), a.Effects...)
				m, _ := a.Effects[1].Timing.Mandate()
				a.Effects[1].Timing = recognition.OnExpiry(m, tt.convention)
			}
			if err := l.Add(a); err != nil {
				t.Fatal(err)
			}
		}
		for day, want := range map[string]recognition.Status{"2020-11-04": recognition.Contested, "2020-11-05": tt.nov5, "2020-11-06": recognition.NotRecognized} {
			if got := at(t, &l, recognition.EuropeanParliament, lukashenka, recognition.PresidentOfBelarus, acquis.MustParseDate(day)).Status; got != want {
				t.Errorf("%v convention, %s: %v, want %v", tt.convention, day, got, want)
			}
		}
	}
}

// TestRetroactive checks the bitemporal answers for the High
// Representative's declaration of 24 September 2020 about the inauguration
// of 23 September, and for Parliament's prospective act.
func TestBitemporal(t *testing.T) {
	_, l, lukashenka := belarus(t)
	d := acquis.MustParseDate
	for _, tt := range []struct {
		actor      recognition.Actor
		day, known string
		status     recognition.Status
		act        string
	}{
		// What the record showed about the new mandate's first day: on 23
		// September the 24 September declaration was not yet known.
		{recognition.HighRepresentative, "2020-09-23", "2020-09-23", recognition.Contested, "HRVP-2020-08-11"},
		{recognition.HighRepresentative, "2020-09-23", "2020-09-25", recognition.Contested, "HRVP-2020-08-11"},
		// Parliament on 10 November: unknown before its resolution, then
		// non-recognition already scheduled.
		{recognition.EuropeanParliament, "2020-11-10", "2020-09-01", recognition.Unstated, ""},
		{recognition.EuropeanParliament, "2020-11-10", "2020-09-18", recognition.NotRecognized, "EP-2020-09-17"},
		{"DE", "2020-09-23", "2020-09-22", recognition.Unstated, ""},
	} {
		p, err := l.StatusAsOf(tt.actor, lukashenka, recognition.PresidentOfBelarus, d(tt.day), d(tt.known))
		if err != nil || p.Status != tt.status || p.Act.ID != tt.act {
			t.Errorf("StatusAsOf(%s, %s, known %s) = %v by %q, %v; want %v by %q", tt.actor, tt.day, tt.known, p.Status, p.Act.ID, err, tt.status, tt.act)
		}
	}
	// The retroactive declaration alone: unknown on 23 September, known on 25.
	var only recognition.Ledger
	for _, a := range recognition.Belarus2020().Acts {
		if a.ID == "HRVP-2020-09-24" {
			if err := only.Add(a); err != nil {
				t.Fatal(err)
			}
		}
	}
	for known, want := range map[string]recognition.Status{"2020-09-23": recognition.Unstated, "2020-09-25": recognition.Contested} {
		p, _ := only.StatusAsOf(recognition.HighRepresentative, lukashenka, recognition.PresidentOfBelarus, d("2020-09-23"), d(known))
		if p.Status != want {
			t.Errorf("the declaration of 24 September alone, known %s: %v, want %v", known, p.Status, want)
		}
	}
}

func TestStandingApart(t *testing.T) {
	ds, l, _ := belarus(t)
	cc, _ := ds.Claimant("coordination-council")
	d := acquis.MustParseDate("2020-10-01")
	if s, err := l.StandingAt(recognition.EuropeanParliament, cc, recognition.PresidentOfBelarus, d); err != nil || s != recognition.InterimRepresentation {
		t.Errorf("Parliament's standing for the Coordination Council: %v, %v", s, err)
	}
	if p := at(t, l, recognition.EuropeanParliament, cc, recognition.PresidentOfBelarus, d); p.Status != recognition.Unstated {
		t.Errorf("a standing recognised the Coordination Council as president: %v", p.Status)
	}
}
