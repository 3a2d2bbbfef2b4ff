package recognition_test

import (
	"slices"
	"testing"

	"github.com/acquis-eu/acquis"
	"github.com/acquis-eu/acquis/recognition"
	"github.com/acquis-eu/acquis/vote"
)

// venezuelaCase is the Venezuela dataset with its ledger and claimants.
type venezuelaCase struct {
	data                             recognition.Dataset
	ledger                           *recognition.Ledger
	maduro, guaido, na2015, gonzalez recognition.Claimant
}

func loadVenezuela(t *testing.T) venezuelaCase {
	t.Helper()
	d := recognition.Venezuela2019()
	l, err := d.Ledger()
	if err != nil {
		t.Fatalf("Venezuela2019().Ledger(): %v", err)
	}
	c := venezuelaCase{data: d, ledger: l}
	for id, dst := range map[string]*recognition.Claimant{"maduro": &c.maduro, "guaido": &c.guaido, "na2015": &c.na2015, "gonzalez": &c.gonzalez} {
		var ok bool
		if *dst, ok = d.Claimant(id); !ok {
			t.Fatalf("Venezuela2019() has no claimant %q", id)
		}
	}
	return c
}

// venezuelaMembers returns the member states of the Union on day as actors
// of the dataset, by their EU codes.
func venezuelaMembers(t *testing.T, day acquis.Date) []recognition.Actor {
	t.Helper()
	c, err := vote.CouncilOn(day)
	if err != nil {
		t.Fatal(err)
	}
	var out []recognition.Actor
	for m := range c.Members() {
		out = append(out, recognition.Actor(m.String()))
	}
	return out
}

var vday = acquis.MustParseDate

func TestVenezuela2019StatusAt(t *testing.T) {
	v := loadVenezuela(t)
	for _, tt := range []struct {
		actor    recognition.Actor
		claimant recognition.Claimant
		day      string
		want     recognition.Status
		cause    recognition.EndCause
		act      string // the act behind the status; "" for the default Unstated
	}{
		// The European Parliament recognises Guaidó from 31 January 2019.
		{recognition.EuropeanParliament, v.guaido, "2019-01-30", recognition.Unstated, 0, ""},
		{recognition.EuropeanParliament, v.guaido, "2019-01-31", recognition.Recognized, 0, "EP-2019-01-31"},
		{recognition.EuropeanParliament, v.guaido, "2021-01-22", recognition.Recognized, 0, "EP-2019-01-31"}, // reaffirmations keep the act
		// Italy recognised neither claimant.
		{"IT", v.guaido, "2019-02-05", recognition.Unstated, 0, ""},
		{"IT", v.guaido, "2021-01-01", recognition.Unstated, 0, ""},
		{"IT", v.guaido, "2023-06-01", recognition.Unstated, 0, ""},
		{"IT", v.maduro, "2019-02-05", recognition.Unstated, 0, ""},
		// The United States: Guaidó from 23 January 2019 until his basis
		// lapsed on 5 January 2023; Maduro not recognised.
		{"US", v.guaido, "2019-01-22", recognition.Unstated, 0, ""},
		{"US", v.guaido, "2019-01-23", recognition.Recognized, 0, "US-2019-01-23"},
		{"US", v.guaido, "2023-01-04", recognition.Recognized, 0, "US-2019-01-23"},
		{"US", v.guaido, "2023-01-05", recognition.Withdrawn, recognition.CauseBasisLapsed, "US-2023-01-03"},
		{"US", v.maduro, "2019-01-22", recognition.Unstated, 0, ""},
		{"US", v.maduro, "2019-01-23", recognition.NotRecognized, 0, "US-2019-01-23"},
		{"US", v.maduro, "2025-06-01", recognition.NotRecognized, 0, "US-2019-01-23"},
		{"US", v.na2015, "2023-01-02", recognition.Unstated, 0, ""},
		{"US", v.na2015, "2023-01-03", recognition.Recognized, 0, "US-2023-01-03"},
		// Nineteen member states from 4 February 2019, after an ultimatum
		// that changed nothing by itself.
		{"ES", v.guaido, "2019-02-03", recognition.Unstated, 0, ""},
		{"ES", v.guaido, "2019-02-04", recognition.Recognized, 0, "ES-2019-02-04"},
		{"HR", v.guaido, "2019-02-04", recognition.Recognized, 0, "HR-2019-02-04"},
		{"UK", v.guaido, "2021-12-31", recognition.Recognized, 0, "UK-2019-02-04"},
		// The EU's voices contest Maduro's mandates on their first days.
		{recognition.Council, v.maduro, "2018-05-28", recognition.Contested, 0, "Council-2018-05-28"},
		{recognition.HighRepresentative, v.maduro, "2019-01-09", recognition.Unstated, 0, ""},
		{recognition.HighRepresentative, v.maduro, "2019-01-10", recognition.Contested, 0, "HRVP-2019-01-10"},
		{recognition.HighRepresentative, v.maduro, "2025-01-10", recognition.Contested, 0, "HRVP-2019-01-10"},
		{"CA", v.maduro, "2019-01-10", recognition.NotRecognized, 0, "CA-2019-01-10"},
		// The Parliament's prospective recognition of González.
		{recognition.EuropeanParliament, v.gonzalez, "2024-09-19", recognition.Unstated, 0, ""},
		{recognition.EuropeanParliament, v.gonzalez, "2025-01-09", recognition.Unstated, 0, ""},
		{recognition.EuropeanParliament, v.gonzalez, "2025-01-10", recognition.Recognized, 0, "EP-2024-09-19"},
	} {
		p := at(t, v.ledger, tt.actor, tt.claimant, v.data.Office, vday(tt.day))
		if p.Status != tt.want || p.Cause != tt.cause || p.Act.ID != tt.act {
			t.Errorf("StatusAt(%s, %s, %s) = %v (cause %q, act %q), want %v (cause %q, act %q)",
				tt.actor, tt.claimant.ID, tt.day, p.Status, p.Cause, p.Act.ID, tt.want, tt.cause, tt.act)
		}
		if tt.act != "" && p.Since.IsZero() {
			t.Errorf("StatusAt(%s, %s, %s).Since is zero", tt.actor, tt.claimant.ID, tt.day)
		}
	}
}

func TestVenezuela2019ActDates(t *testing.T) {
	v := loadVenezuela(t)
	for _, tt := range []struct {
		actor    recognition.Actor
		claimant recognition.Claimant
		day      string
		adopted  string
		since    string
	}{
		{recognition.EuropeanParliament, v.guaido, "2019-01-31", "2019-01-31", "2019-01-31"},
		{"US", v.guaido, "2019-01-23", "2019-01-23", "2019-01-23"},
		{"US", v.guaido, "2023-01-05", "2023-01-03", "2023-01-05"},                             // prospective
		{recognition.EuropeanParliament, v.gonzalez, "2025-01-10", "2024-09-19", "2025-01-10"}, // keyed to the term's start
		{recognition.HighRepresentative, v.maduro, "2019-01-10", "2019-01-10", "2019-01-10"},
	} {
		p := at(t, v.ledger, tt.actor, tt.claimant, v.data.Office, vday(tt.day))
		if p.Act.Adopted != vday(tt.adopted) || p.Since != vday(tt.since) {
			t.Errorf("StatusAt(%s, %s, %s): act adopted %v, since %v; want %s, %s", tt.actor, tt.claimant.ID, tt.day, p.Act.Adopted, p.Since, tt.adopted, tt.since)
		}
	}
}

// TestVenezuela2019EUNeverRecognizedGuaido checks every day: no voice of the
// EU itself held Guaidó Recognized as President, whatever nineteen member
// states and the Parliament did.
func TestVenezuela2019EUNeverRecognizedGuaido(t *testing.T) {
	v := loadVenezuela(t)
	last := vday("2025-12-31")
	for _, a := range []recognition.Actor{recognition.Council, recognition.HighRepresentative, recognition.EuropeanCouncil} {
		for d := vday("2019-01-01"); !d.After(last); d = d.AddDays(1) {
			if p := at(t, v.ledger, a, v.guaido, v.data.Office, d); p.Status == recognition.Recognized {
				t.Errorf("StatusAt(%s, guaido, %v) = %v (act %s), want not recognized", a, d, p.Status, p.Act.ID)
				break
			}
		}
	}
}

func TestVenezuela2019StatusAsOf(t *testing.T) {
	v := loadVenezuela(t)
	for _, tt := range []struct {
		actor      recognition.Actor
		claimant   recognition.Claimant
		day, known string
		want       recognition.Status
		act        string
	}{
		// Before the act of 3 January 2023, the record showed the United
		// States recognising Guaidó for 10 January 2023.
		{"US", v.guaido, "2023-01-10", "2023-01-02", recognition.Recognized, "US-2019-01-23"},
		{"US", v.guaido, "2023-01-10", "2023-01-03", recognition.Withdrawn, "US-2023-01-03"},
		// The Parliament's recognition of González was known before it
		// took effect.
		{recognition.EuropeanParliament, v.gonzalez, "2025-01-10", "2024-09-18", recognition.Unstated, ""},
		{recognition.EuropeanParliament, v.gonzalez, "2025-01-10", "2024-09-19", recognition.Recognized, "EP-2024-09-19"},
	} {
		p, err := v.ledger.StatusAsOf(tt.actor, tt.claimant, v.data.Office, vday(tt.day), vday(tt.known))
		if err != nil || p.Status != tt.want || p.Act.ID != tt.act {
			t.Errorf("StatusAsOf(%s, %s, %s, known %s) = %v (act %q), %v; want %v (act %q)", tt.actor, tt.claimant.ID, tt.day, tt.known, p.Status, p.Act.ID, err, tt.want, tt.act)
		}
	}
}

func TestVenezuela2019Standing(t *testing.T) {
	v := loadVenezuela(t)
	for _, tt := range []struct {
		actor    recognition.Actor
		claimant recognition.Claimant
		day      string
		want     recognition.Standing
	}{
		{recognition.HighRepresentative, v.na2015, "2019-01-22", recognition.NoStanding},
		{recognition.HighRepresentative, v.na2015, "2019-01-23", recognition.SupportedInstitution},
		{recognition.HighRepresentative, v.na2015, "2021-01-04", recognition.SupportedInstitution},
		{recognition.HighRepresentative, v.na2015, "2021-01-05", recognition.NoStanding}, // the Assembly is "outgoing"
		{recognition.Council, v.guaido, "2021-01-24", recognition.NoStanding},
		{recognition.Council, v.guaido, "2021-01-25", recognition.PrivilegedInterlocutor},
		{recognition.Council, v.na2015, "2023-06-01", recognition.PrivilegedInterlocutor},
	} {
		if got, err := v.ledger.StandingAt(tt.actor, tt.claimant, v.data.Office, vday(tt.day)); err != nil || got != tt.want {
			t.Errorf("StandingAt(%s, %s, %s) = %v, %v; want %v", tt.actor, tt.claimant.ID, tt.day, got, err, tt.want)
		}
	}
	// The standing of 6 January 2021 is read from a change of wording.
	p := at(t, v.ledger, recognition.HighRepresentative, v.na2015, v.data.Office, vday("2021-01-06"))
	if p.Latest.ID != "HRVP-2021-01-06" || !p.Latest.Effects[0].Interpretation {
		t.Errorf("StatusAt(HR, na2015, 2021-01-06).Latest = %s, want HRVP-2021-01-06 marked as an interpretation", p.Latest.ID)
	}
}

// TestVenezuela2019Holders counts the member states by their own acts.
// On 5 February 2019 the Union had 28 members, the United Kingdom among
// them: 19 recognised Guaidó. Of the 27 that remained after 31 January
// 2020, 18 did.
func TestVenezuela2019Holders(t *testing.T) {
	v := loadVenezuela(t)
	on := vday("2019-02-05")
	for _, tt := range []struct {
		name                 string
		members              []recognition.Actor
		recognized, unstated int
	}{
		{"members on 2019-02-05", venezuelaMembers(t, on), 19, 9},
		{"members from 2020-02-01", venezuelaMembers(t, vday("2020-02-01")), 18, 9},
	} {
		h, err := v.ledger.Holders(tt.members, v.guaido, v.data.Office, on)
		if err != nil {
			t.Fatal(err)
		}
		if got := len(h[recognition.Recognized]); got != tt.recognized {
			t.Errorf("%s: Holders(guaido, %v)[recognized] has %d members, want %d: %v", tt.name, on, got, tt.recognized, h[recognition.Recognized])
		}
		if got := len(h[recognition.Unstated]); got != tt.unstated {
			t.Errorf("%s: Holders(guaido, %v)[unstated] has %d members, want %d: %v", tt.name, on, got, tt.unstated, h[recognition.Unstated])
		}
		if !slices.Contains(h[recognition.Unstated], "IT") {
			t.Errorf("%s: Holders(guaido, %v)[unstated] = %v, want Italy among them", tt.name, on, h[recognition.Unstated])
		}
		for s, actors := range h {
			if s != recognition.Recognized && s != recognition.Unstated {
				t.Errorf("%s: Holders(guaido, %v)[%v] = %v, want no member with that status", tt.name, on, s, actors)
			}
		}
	}
}

func TestVenezuela2019Acts(t *testing.T) {
	d := recognition.Venezuela2019()
	// The note's grades: S for these acts, V for all the others, U for none.
	secondary := []string{"CA-2019-01-10", "HRVP-2019-02-01", "HRVP-2019-02-04", "EP-2020-01-16", "Council-2023-01-13", "HRVP-2024-08-29"}
	var unverified []string
	seen := map[string]bool{}
	for _, a := range d.Acts {
		seen[a.ID] = true
		want := recognition.Verified
		switch {
		case slices.Contains(secondary, a.ID):
			want = recognition.Secondary
		case slices.Contains(unverified, a.ID):
			want = recognition.Unverified
		}
		if a.Verification != want {
			t.Errorf("act %s: Verification = %v, want %v", a.ID, a.Verification, want)
		}
		if a.Source == "" {
			t.Errorf("act %s has no Source", a.ID)
		}
		if a.Wording == "" {
			t.Errorf("act %s has no Wording", a.ID)
		}
		if a.Actor == recognition.EuropeanParliament && (a.Binding || a.Form != recognition.Resolution) {
			t.Errorf("act %s: Binding %v, Form %v; want a resolution, not binding", a.ID, a.Binding, a.Form)
		}
		if a.Actor == recognition.Council && a.Form == recognition.Conclusions && a.Author != "Foreign Affairs Council" {
			t.Errorf("act %s: Author = %q, want Foreign Affairs Council", a.ID, a.Author)
		}
	}
	for _, id := range slices.Concat(secondary, unverified) {
		if !seen[id] {
			t.Errorf("no act %s", id)
		}
	}

	// One act per member state for the joint declaration of 4 February
	// 2019, with the same wording and source.
	var joint []recognition.Act
	for _, a := range d.Acts {
		if a.Adopted == vday("2019-02-04") && a.Form == recognition.Declaration && a.Actor != recognition.HighRepresentative {
			joint = append(joint, a)
		}
	}
	if len(joint) != 19 {
		t.Fatalf("%d acts of the joint declaration of 2019-02-04, want 19", len(joint))
	}
	for _, a := range joint[1:] {
		if a.Wording != joint[0].Wording || a.Source != joint[0].Source {
			t.Errorf("act %s differs from %s in wording or source", a.ID, joint[0].ID)
		}
		if e := a.Effects[0]; e.Event != recognition.RecognitionGranted || e.EndCondition == "" {
			t.Errorf("act %s: effect %v with end condition %q, want a recognition with one", a.ID, e.Event, e.EndCondition)
		}
	}
	if ep := d.Acts[slices.IndexFunc(d.Acts, func(a recognition.Act) bool { return a.ID == "EP-2019-01-31" })]; ep.Effects[0].EndCondition != "until new free, transparent and credible presidential elections" {
		t.Errorf("EP-2019-01-31: EndCondition = %q", ep.Effects[0].EndCondition)
	}
}

// TestVenezuela2019Fresh checks that each call returns a new value.
func TestVenezuela2019Fresh(t *testing.T) {
	a := recognition.Venezuela2019()
	a.Acts[0].Wording = "changed"
	a.Acts[0].Effects[0].Event = recognition.Reaffirmed
	a.Claimants[0].Name = "changed"
	b := recognition.Venezuela2019()
	if b.Acts[0].Wording == "changed" || b.Acts[0].Effects[0].Event == recognition.Reaffirmed || b.Claimants[0].Name == "changed" {
		t.Error("Venezuela2019() shares its slices between calls")
	}
	if _, err := b.Ledger(); err != nil {
		t.Errorf("Venezuela2019().Ledger() after changing another value: %v", err)
	}
}
