package recognition_test

import (
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/acquis-eu/acquis"
	"github.com/acquis-eu/acquis/recognition"
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
func venezuelaMembers(day acquis.Date) []recognition.Actor {
	var out []recognition.Actor
	for m := range acquis.MembersOn(day) {
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
		// Canada: the Lima Group's declaration of 4 January 2019 refused
		// the mandate from its first day; the statement of 10 January
		// denied its legitimacy again; Guaidó from 23 January.
		{"CA", v.maduro, "2019-01-09", recognition.Unstated, 0, ""},
		{"CA", v.maduro, "2019-01-10", recognition.NotRecognized, 0, "CA-2019-01-04"},
		{"CA", v.guaido, "2019-01-22", recognition.Unstated, 0, ""},
		{"CA", v.guaido, "2019-01-23", recognition.Recognized, 0, "CA-2019-01-23"},
		// The member states the record lacked: each by its own act.
		{"MT", v.guaido, "2019-02-04", recognition.Unstated, 0, ""},
		{"MT", v.guaido, "2019-02-05", recognition.Recognized, 0, "MT-2019-02-05"},
		{"IE", v.guaido, "2019-02-06", recognition.Recognized, 0, "IE-2019-02-06"},
		{"BG", v.guaido, "2019-02-06", recognition.Recognized, 0, "BG-2019-02-06"},
		{"RO", v.guaido, "2019-02-07", recognition.Unstated, 0, ""},
		{"RO", v.guaido, "2019-02-08", recognition.Recognized, 0, "RO-2019-02-08"},
		{"SI", v.guaido, "2019-02-14", recognition.Recognized, 0, "SI-2019-02-14"},
		{"EL", v.guaido, "2019-07-11", recognition.Unstated, 0, ""},
		{"EL", v.guaido, "2019-07-12", recognition.Recognized, 0, "EL-2019-07-12"},
		{"SK", v.guaido, "2020-07-01", recognition.Recognized, 0, "SK-2020-07-01"},
		{"CY", v.guaido, "2021-01-01", recognition.Unstated, 0, ""},
		// Portugal's ultimatum of 26 January 2019 changed nothing by itself.
		{"PT", v.guaido, "2019-01-27", recognition.Unstated, 0, ""},
		{"PT", v.guaido, "2019-02-04", recognition.Recognized, 0, "PT-2019-02-04"},
		// Maduro's third mandate: the United States on its first day, the
		// Parliament on 23 January 2025.
		{"US", v.maduro, "2025-01-10", recognition.NotRecognized, 0, "US-2019-01-23"},
		{recognition.EuropeanParliament, v.maduro, "2025-01-22", recognition.Unstated, 0, ""},
		{recognition.EuropeanParliament, v.maduro, "2025-01-23", recognition.NotRecognized, 0, "EP-2025-01-23"},
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
// EU itself held Guaidó Recognized as President, whatever twenty-six member
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

// TestVenezuela2019Holders counts the member states by their own acts, on
// the days the count changed. Until 31 January 2020 the Union had 28
// members, the United Kingdom among them; from 1 February 2020, 27. Only
// Italy and Cyprus never recognised Guaidó.
func TestVenezuela2019Holders(t *testing.T) {
	v := loadVenezuela(t)
	for _, tt := range []struct {
		day                  string
		recognized, unstated int
	}{
		{"2019-02-03", 0, 28},
		{"2019-02-04", 19, 9},
		{"2019-02-05", 20, 8}, // Malta
		{"2019-02-06", 22, 6}, // Ireland, Bulgaria
		{"2019-02-08", 23, 5}, // Romania
		{"2019-02-14", 24, 4}, // Slovenia
		{"2019-07-12", 25, 3}, // Greece
		{"2020-02-01", 24, 3}, // the United Kingdom has left
		{"2020-07-01", 25, 2}, // Slovakia
		{"2023-06-01", 25, 2}, // no withdrawal is recorded
	} {
		on := vday(tt.day)
		members := venezuelaMembers(on)
		h, err := v.ledger.Holders(members, v.guaido, v.data.Office, on)
		if err != nil {
			t.Fatal(err)
		}
		if got := len(h[recognition.Recognized]); got != tt.recognized {
			t.Errorf("Holders(guaido, %v)[recognized] has %d of %d members, want %d: %v", on, got, len(members), tt.recognized, h[recognition.Recognized])
		}
		if got := len(h[recognition.Unstated]); got != tt.unstated {
			t.Errorf("Holders(guaido, %v)[unstated] has %d members, want %d: %v", on, got, tt.unstated, h[recognition.Unstated])
		}
		if !slices.Contains(h[recognition.Unstated], "IT") || !slices.Contains(h[recognition.Unstated], "CY") {
			t.Errorf("Holders(guaido, %v)[unstated] = %v, want Italy and Cyprus among them", on, h[recognition.Unstated])
		}
		for s, actors := range h {
			if s != recognition.Recognized && s != recognition.Unstated {
				t.Errorf("Holders(guaido, %v)[%v] = %v, want no member with that status", on, s, actors)
			}
		}
	}
}

// TestVenezuela2019EverRecognised counts the member states that recognised
// Guaidó at some time: 26 of the 28 of 2019, one of them, Bulgaria, by a
// decision read as a recognition (Interpretation).
func TestVenezuela2019EverRecognised(t *testing.T) {
	v := loadVenezuela(t)
	var ever, read []recognition.Actor
	for m := range acquis.AllMembers() {
		a := recognition.Actor(m.String())
		tl, err := v.ledger.Timeline(a, v.guaido, v.data.Office)
		if err != nil {
			t.Fatal(err)
		}
		for _, iv := range tl {
			if iv.Position.Status == recognition.Recognized {
				ever = append(ever, a)
				if iv.Position.Effect.Interpretation {
					read = append(read, a)
				}
				break
			}
		}
	}
	if len(ever) != 26 || !slices.Equal(read, []recognition.Actor{"BG"}) {
		t.Errorf("%d member states recognised Guaidó at some time (%v), %v by interpretation; want 26, BG", len(ever), ever, read)
	}
}

func TestVenezuela2019Acts(t *testing.T) {
	d := recognition.Venezuela2019()
	// The grades: S for these acts, V for all the others, U for none.
	secondary := []string{"CA-2019-01-04", "HRVP-2019-01-26", "NL-2019-01-26", "CA-2019-01-23-FM", "HRVP-2019-02-01", "HRVP-2019-02-04", "SI-2019-02-14",
		"EP-2020-01-16", "SK-2020-07-01", "Council-2023-01-13", "HRVP-2024-08-29"}
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
		if a.Adopted == vday("2019-02-04") && a.Form == recognition.Declaration && a.Actor.IsMember() {
			joint = append(joint, a)
		}
	}
	if len(joint) != 19 {
		t.Fatalf("%d acts of the joint declaration of 2019-02-04, want 19", len(joint))
	}
	// The ultimatums of 26 January 2019 were national statements, each in
	// its own words, not a joint declaration.
	ultimatums := map[recognition.Actor]string{}
	for _, a := range d.Acts {
		if a.Adopted == vday("2019-01-26") && a.Actor != recognition.HighRepresentative {
			if a.Effects[0].Event != recognition.ConditionalAnnounced || strings.Contains(a.Source, "joint declaration") {
				t.Errorf("act %s: %v, source %q; want a conditional announcement with its own source", a.ID, a.Effects[0].Event, a.Source)
			}
			ultimatums[a.Actor] = a.Wording
		}
	}
	if len(ultimatums) != 6 || ultimatums["PT"] == "" || ultimatums["ES"] == ultimatums["FR"] {
		t.Errorf("ultimatums of 2019-01-26: %v; want six, Portugal's among them, each in its own words", slices.Sorted(maps.Keys(ultimatums)))
	}
	if bg := d.Acts[slices.IndexFunc(d.Acts, func(a recognition.Act) bool { return a.ID == "BG-2019-02-06" })]; !bg.Effects[0].Interpretation ||
		!strings.Contains(bg.Wording, "expresses support for the position of our partners") {
		t.Errorf("BG-2019-02-06: interpretation %v, wording %q; want a recognition read from its wording", bg.Effects[0].Interpretation, bg.Wording)
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
