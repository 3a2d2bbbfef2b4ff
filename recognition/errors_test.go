package recognition_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/acquis-eu/acquis"
	"github.com/acquis-eu/acquis/recognition"
)

// TestUnknownKeys asks the Venezuela ledger about keys it does not know:
// each is an error with its sentinel, naming the input, where Unstated
// would say that a known actor has no act.
func TestUnknownKeys(t *testing.T) {
	v := loadVenezuela(t)
	l, office, day := v.ledger, v.data.Office, vday("2019-02-05")
	nobody := recognition.Claimant{ID: "nobody", Name: "Nobody"}
	for _, tt := range []struct {
		name     string
		actor    recognition.Actor
		claimant recognition.Claimant
		office   recognition.Office
		day      acquis.Date
		want     error
		mention  string
	}{
		{"unknown actor", "XX", v.guaido, office, day, recognition.ErrUnknownActor, `"XX"`},
		{"empty actor", "", v.guaido, office, day, recognition.ErrUnknownActor, `""`},
		{"unknown claimant", "ES", nobody, office, day, recognition.ErrUnknownClaimant, `"nobody"`},
		{"office with a trailing space", "ES", v.guaido, office + " ", day, recognition.ErrUnknownOffice, `"President of Venezuela "`},
		{"zero date", "ES", v.guaido, office, acquis.Date{}, recognition.ErrNoDate, "no day"},
	} {
		check := func(what string, err error) {
			t.Helper()
			if !errors.Is(err, tt.want) || !strings.Contains(err.Error(), tt.mention) {
				t.Errorf("%s: %s = %v; want %v mentioning %s", tt.name, what, err, tt.want, tt.mention)
			}
			if err != nil && strings.Contains(err.Error(), "StatusAt") {
				t.Errorf("%s: %s names a function: %v", tt.name, what, err)
			}
		}
		p, err := l.StatusAt(tt.actor, tt.claimant, tt.office, tt.day)
		check("StatusAt", err)
		if err != nil && p.Status != 0 {
			t.Errorf("%s: StatusAt returned status %v with its error, want none", tt.name, p.Status)
		}
		_, err = l.StatusAsOf(tt.actor, tt.claimant, tt.office, tt.day, vday("2025-01-01"))
		check("StatusAsOf", err)
		_, err = l.StandingAt(tt.actor, tt.claimant, tt.office, tt.day)
		check("StandingAt", err)
		_, err = l.Holders([]recognition.Actor{"ES", tt.actor}, tt.claimant, tt.office, tt.day)
		check("Holders", err)
		if tt.want != recognition.ErrNoDate {
			_, err = l.Timeline(tt.actor, tt.claimant, tt.office)
			check("Timeline", err)
		}
		if tt.want == recognition.ErrUnknownClaimant || tt.want == recognition.ErrUnknownOffice {
			_, err = l.Actors(tt.claimant, tt.office)
			check("Actors", err)
		}
	}
	// StatusAsOf also needs the day the record is read on.
	if _, err := l.StatusAsOf("ES", v.guaido, office, day, acquis.Date{}); !errors.Is(err, recognition.ErrNoDate) {
		t.Errorf("StatusAsOf with no known day = %v, want ErrNoDate", err)
	}
}

// TestKnownActorsUnstated checks that Unstated is the answer for a known
// actor with no act: a member state, whether or not it has acts in the
// record, and an institution of the EU.
func TestKnownActorsUnstated(t *testing.T) {
	v := loadVenezuela(t)
	for _, a := range []recognition.Actor{"IT", "BG", "IE", recognition.EuropeanCouncil} {
		p, err := v.ledger.StatusAt(a, v.guaido, v.data.Office, vday("2019-02-05"))
		if err != nil || p.Status != recognition.Unstated {
			t.Errorf("StatusAt(%s, guaido) = %v, %v; want unstated", a, p.Status, err)
		}
	}
	// A claimant named in the dataset is known even toward actors that
	// have no act about it.
	if p, err := v.ledger.StatusAt("IT", v.gonzalez, v.data.Office, vday("2025-02-01")); err != nil || p.Status != recognition.Unstated {
		t.Errorf("StatusAt(IT, gonzalez) = %v, %v; want unstated", p.Status, err)
	}
}

// TestSentinels matches every error a caller may branch on with errors.Is
// or errors.As.
func TestSentinels(t *testing.T) {
	var l recognition.Ledger
	good := act("a", "2020-01-01", recognition.RecognitionGranted, "2020-01-01")
	if err := l.Add(good); err != nil {
		t.Fatal(err)
	}
	noDay := good
	noDay.ID, noDay.Adopted = "b", acquis.Date{}
	noEvent := act("c", "2020-01-01", 0, "2020-01-01")
	badBasis := act("d", "2020-01-01", recognition.RecognitionGranted, "2020-01-01")
	badBasis.Effects[0].Basis = recognition.On(day("2020-01-01"))
	for _, tt := range []struct {
		name string
		err  error
		want error
	}{
		{"duplicate ID", l.Add(good), recognition.ErrDuplicateAct},
		{"no ID", l.Add(recognition.Act{}), recognition.ErrInvalidAct},
		{"no date", l.Add(noDay), recognition.ErrInvalidAct},
		{"no event", l.Add(noEvent), recognition.ErrInvalidAct},
		{"basis not keyed to an expiry", l.Add(badBasis), recognition.ErrInvalidAct},
	} {
		if !errors.Is(tt.err, tt.want) {
			t.Errorf("%s: %v, want %v", tt.name, tt.err, tt.want)
		}
	}

	// A forbidden transition: a *TransitionError that is also ErrTransition.
	_, _, err := recognition.Apply(recognition.Unstated, recognition.BasisLapsed)
	var te *recognition.TransitionError
	if !errors.As(err, &te) || !errors.Is(err, recognition.ErrTransition) {
		t.Errorf("Apply(unstated, basis-lapsed) = %v, want a *TransitionError matching ErrTransition", err)
	}
	if err := l.Add(act("lapse", "2020-02-01", recognition.BasisLapsed, "2020-02-01")); err != nil {
		t.Fatal(err)
	}
	if err := l.Add(act("again", "2020-03-01", recognition.BasisLapsed, "2020-03-01")); err != nil {
		t.Fatal(err)
	}
	if _, err := l.StatusAt("A", someone, office, day("2020-03-01")); !errors.Is(err, recognition.ErrTransition) || !errors.As(err, &te) || te.Act != "again" {
		t.Errorf("StatusAt over a forbidden history = %v, want ErrTransition of act again", err)
	}
	if err := l.Check(); !errors.Is(err, recognition.ErrTransition) {
		t.Errorf("Check() = %v, want ErrTransition", err)
	}

	// A dataset that does not say up to which day it was checked, or says
	// a day before its last act, or whose acts name a claimant it does not
	// list.
	ds := recognition.Belarus2020()
	ds.Checked = acquis.Date{}
	if _, err := ds.Ledger(); !errors.Is(err, recognition.ErrInvalidDataset) {
		t.Errorf("a dataset with no checked day: %v, want ErrInvalidDataset", err)
	}
	ds = recognition.Belarus2020()
	ds.Checked = day("2020-01-01")
	if _, err := ds.Ledger(); !errors.Is(err, recognition.ErrInvalidDataset) || !strings.Contains(err.Error(), "2020-01-01") {
		t.Errorf("a dataset checked before its last act: %v, want ErrInvalidDataset naming the day", err)
	}
	ds = recognition.Belarus2020()
	ds.Claimants = ds.Claimants[:1]
	if _, err := ds.Ledger(); !errors.Is(err, recognition.ErrUnknownClaimant) {
		t.Errorf("a dataset whose acts name a claimant it does not list: %v, want ErrUnknownClaimant", err)
	}

	// Text that names no value of a type.
	var s recognition.Status
	if err := s.UnmarshalText([]byte("recognised")); !errors.Is(err, recognition.ErrInvalidValue) || !strings.Contains(err.Error(), `"recognised"`) {
		t.Errorf("Status.UnmarshalText(recognised) = %v, want ErrInvalidValue naming the text", err)
	}
	if _, err := recognition.Status(9).MarshalText(); !errors.Is(err, recognition.ErrInvalidValue) {
		t.Errorf("Status(9).MarshalText() = %v, want ErrInvalidValue", err)
	}
}
