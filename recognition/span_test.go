package recognition_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/acquis-eu/acquis"
	"github.com/acquis-eu/acquis/recognition"
)

func TestSpan(t *testing.T) {
	for _, tt := range []struct {
		ds   recognition.Dataset
		want string
	}{
		{recognition.Venezuela2019(), "2018-05-28 to 2025-01-23, checked up to 2025-01-31"},
		{recognition.Belarus2020(), "2020-08-11 to 2025-04-03, checked up to 2025-09-11"},
	} {
		l, err := tt.ds.Ledger()
		if err != nil {
			t.Fatal(err)
		}
		if got := l.Span(); got != tt.ds.Span() || got.String() != tt.want {
			t.Errorf("%s: Ledger().Span() = %v, Span() = %v; want %s", tt.ds.Name, got, tt.ds.Span(), tt.want)
		}
	}
	// A ledger built act by act knows nothing after its last act.
	var l recognition.Ledger
	if err := l.Add(act("grant", "2019-01-23", recognition.RecognitionGranted, "2019-01-23")); err != nil {
		t.Fatal(err)
	}
	if s := l.Span(); s.UpTo() != day("2019-01-23") || s.Checked.IsValid() {
		t.Errorf("Span() of a ledger with one act = %+v, up to %v", s, s.UpTo())
	}
	if p := at(t, &l, "A", someone, office, day("2019-01-24")); p.RecordedUpTo != day("2019-01-23") || p.Status != recognition.Recognized {
		t.Errorf("the day after its only act: %v, recorded up to %v; want recognized, recorded up to 2019-01-23", p.Status, p.RecordedUpTo)
	}
}

// TestAnswersAtTheEdges asks about days before, within and after each
// record, and about positions that rest on a mandate that has expired:
// the status is the acts', and the answer says how far the record reaches
// and since when the mandate has expired.
func TestAnswersAtTheEdges(t *testing.T) {
	v := loadVenezuela(t)
	_, bl, lukashenka := belarus(t)
	type answer struct {
		status                      recognition.Status
		basisExpired, from, upTo, a string
	}
	for _, tt := range []struct {
		ledger   *recognition.Ledger
		actor    recognition.Actor
		claimant recognition.Claimant
		office   recognition.Office
		day      string
		want     answer
	}{
		// Guaidó, recognised as President of the 2015 Assembly, whose term
		// ended on 5 January 2021 (first-day convention).
		{v.ledger, "ES", v.guaido, v.data.Office, "2021-01-04", answer{recognition.Recognized, "", "", "", "ES-2019-02-04"}},
		{v.ledger, "ES", v.guaido, v.data.Office, "2021-01-05", answer{recognition.Recognized, "2021-01-05", "", "", "ES-2019-02-04"}},
		{v.ledger, "ES", v.guaido, v.data.Office, "2031-01-01", answer{recognition.Recognized, "2021-01-05", "", "2025-01-31", "ES-2019-02-04"}},
		{v.ledger, recognition.EuropeanParliament, v.guaido, v.data.Office, "2021-02-01", answer{recognition.Recognized, "2021-01-05", "", "", "EP-2019-01-31"}},
		{v.ledger, "US", v.guaido, v.data.Office, "2022-01-01", answer{recognition.Recognized, "2021-01-05", "", "", "US-2019-01-23"}},
		// Withdrawn: the withdrawal rests on no mandate.
		{v.ledger, "US", v.guaido, v.data.Office, "2023-06-01", answer{recognition.Withdrawn, "", "", "", "US-2023-01-03"}},
		// The United States recognised the 2015 Assembly after its term.
		{v.ledger, "US", v.na2015, v.data.Office, "2023-06-01", answer{recognition.Recognized, "2021-01-05", "", "", "US-2023-01-03"}},
		// Maduro's second mandate ended on 9 January 2025. The High
		// Representative spoke of the third; the Council and Canada did not.
		{v.ledger, recognition.Council, v.maduro, v.data.Office, "2025-01-09", answer{recognition.Contested, "", "", "", "Council-2018-05-28"}},
		{v.ledger, recognition.Council, v.maduro, v.data.Office, "2025-01-10", answer{recognition.Contested, "2025-01-10", "", "", "Council-2018-05-28"}},
		{v.ledger, "CA", v.maduro, v.data.Office, "2031-01-01", answer{recognition.NotRecognized, "2025-01-10", "", "2025-01-31", "CA-2019-01-04"}},
		{v.ledger, recognition.HighRepresentative, v.maduro, v.data.Office, "2025-01-10", answer{recognition.Contested, "", "", "", "HRVP-2019-01-10"}},
		{v.ledger, recognition.HighRepresentative, v.maduro, v.data.Office, "2031-01-01", answer{recognition.Contested, "", "", "2025-01-31", "HRVP-2019-01-10"}},
		{v.ledger, recognition.EuropeanParliament, v.gonzalez, v.data.Office, "2025-01-10", answer{recognition.Recognized, "", "", "", "EP-2024-09-19"}},
		// Before the record begins, and an actor with no act after it.
		{v.ledger, "ES", v.guaido, v.data.Office, "2010-01-01", answer{recognition.Unstated, "", "2018-05-28", "", ""}},
		{v.ledger, "IT", v.guaido, v.data.Office, "2031-01-01", answer{recognition.Unstated, "", "", "2025-01-31", ""}},
		{v.ledger, "ES", v.guaido, v.data.Office, "2025-01-10", answer{recognition.Recognized, "2021-01-05", "", "", "ES-2019-02-04"}},
		// Belarus: the positions of 2020 rest on the mandate Lukashenka
		// claimed from 2020, which ended as Minsk reckons it on 24 March
		// 2025; the Parliament restated its non-recognition on the 2025
		// mandate on 3 April 2025, whose last day the record does not give.
		{bl, recognition.EuropeanParliament, lukashenka, recognition.PresidentOfBelarus, "2020-11-06", answer{recognition.NotRecognized, "", "", "", "EP-2020-09-17"}},
		{bl, recognition.EuropeanParliament, lukashenka, recognition.PresidentOfBelarus, "2025-03-24", answer{recognition.NotRecognized, "", "", "", "EP-2020-09-17"}},
		{bl, recognition.EuropeanParliament, lukashenka, recognition.PresidentOfBelarus, "2025-03-25", answer{recognition.NotRecognized, "2025-03-25", "", "", "EP-2020-09-17"}},
		{bl, recognition.EuropeanParliament, lukashenka, recognition.PresidentOfBelarus, "2026-01-01", answer{recognition.NotRecognized, "", "", "2025-09-11", "EP-2020-09-17"}},
		{bl, recognition.HighRepresentative, lukashenka, recognition.PresidentOfBelarus, "2026-01-01", answer{recognition.Contested, "2025-03-25", "", "2025-09-11", "HRVP-2020-08-11"}},
		{bl, "DE", lukashenka, recognition.PresidentOfBelarus, "2026-01-01", answer{recognition.NotRecognized, "2025-03-25", "", "2025-09-11", "DE-2020-09-23"}},
		{bl, "FR", lukashenka, recognition.PresidentOfBelarus, "2026-01-01", answer{recognition.Unstated, "", "", "2025-09-11", ""}},
		{bl, "FR", lukashenka, recognition.PresidentOfBelarus, "1900-01-01", answer{recognition.Unstated, "", "2020-08-11", "", ""}},
	} {
		p := at(t, tt.ledger, tt.actor, tt.claimant, tt.office, day(tt.day))
		got := answer{p.Status, str(p.BasisExpired), str(p.RecordedFrom), str(p.RecordedUpTo), p.Act.ID}
		if got != tt.want {
			t.Errorf("StatusAt(%s, %s, %s) = %+v, want %+v", tt.actor, tt.claimant.ID, tt.day, got, tt.want)
		}
		if p.BasisExpired.IsValid() && p.Basis.Day() != p.BasisExpired {
			t.Errorf("StatusAt(%s, %s, %s): basis %v, expired %v", tt.actor, tt.claimant.ID, tt.day, p.Basis, p.BasisExpired)
		}
	}
}

func str(d acquis.Date) string {
	if !d.IsValid() {
		return ""
	}
	return d.String()
}

// TestAsOfAtTheEdges: what the record showed on a day it was checked up to
// is complete, whatever the day asked about.
func TestAsOfAtTheEdges(t *testing.T) {
	v := loadVenezuela(t)
	for _, tt := range []struct {
		day, known, upTo string
	}{
		{"2031-01-01", "2020-01-01", ""},
		{"2031-01-01", "2025-01-31", ""},
		{"2031-01-01", "2025-02-01", "2025-01-31"},
		{"2020-01-01", "2031-01-01", ""},
	} {
		p, err := v.ledger.StatusAsOf("ES", v.guaido, v.data.Office, day(tt.day), day(tt.known))
		if err != nil || str(p.RecordedUpTo) != tt.upTo {
			t.Errorf("StatusAsOf(ES, guaido, %s, known %s) recorded up to %q, %v; want %q", tt.day, tt.known, str(p.RecordedUpTo), err, tt.upTo)
		}
	}
}

// TestTimelineSplitsAtExpiry: the expiry of the mandate a position rests
// on starts a new interval, with the same status and act.
func TestTimelineSplitsAtExpiry(t *testing.T) {
	v := loadVenezuela(t)
	for _, tt := range []struct {
		actor    recognition.Actor
		claimant recognition.Claimant
		want     string
	}{
		{"ES", v.guaido, "2019-01-26..- unstated |2019-02-04..- recognized ES-2019-02-04|2021-01-05..- recognized ES-2019-02-04 expired 2021-01-05"},
		{"US", v.guaido, "2019-01-23..- recognized US-2019-01-23|2021-01-05..- recognized US-2019-01-23 expired 2021-01-05|2023-01-05..- withdrawn US-2023-01-03"},
		{recognition.HighRepresentative, v.maduro, "2019-01-10..- contested HRVP-2019-01-10"},
		{recognition.Council, v.maduro, "2018-05-28..- contested Council-2018-05-28|2025-01-10..- contested Council-2018-05-28 expired 2025-01-10"},
	} {
		tl, err := v.ledger.Timeline(tt.actor, tt.claimant, v.data.Office)
		if err != nil {
			t.Fatal(err)
		}
		var parts []string
		for i, iv := range tl {
			s := fmt.Sprintf("%v..- %v %s", iv.From, iv.Position.Status, iv.Position.Act.ID)
			if iv.Position.BasisExpired.IsValid() {
				s += " expired " + iv.Position.BasisExpired.String()
			}
			if i+1 < len(tl) && iv.Until != tl[i+1].From {
				t.Errorf("Timeline(%s, %s): interval %d ends %v, the next starts %v", tt.actor, tt.claimant.ID, i, iv.Until, tl[i+1].From)
			}
			parts = append(parts, s)
		}
		if got := strings.Join(parts, "|"); got != tt.want {
			t.Errorf("Timeline(%s, %s) = %s, want %s", tt.actor, tt.claimant.ID, got, tt.want)
		}
	}
}
