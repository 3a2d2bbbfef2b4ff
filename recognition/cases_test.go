package recognition_test

import (
	"testing"

	"github.com/acquis-eu/acquis/recognition"
)

// load returns the embedded case id with its ledger.
func load(t *testing.T, id string) (recognition.Dataset, *recognition.Ledger) {
	t.Helper()
	d, err := recognition.DatasetByID(id)
	if err != nil {
		t.Fatal(err)
	}
	l, err := d.Ledger()
	if err != nil {
		t.Fatalf("%s: %v", id, err)
	}
	return d, l
}

// A telling is what a case must answer on a day: the status, the act
// behind it (and the latest, when another), the day the mandate it rests
// on expired, and the standing.
type telling struct {
	actor        recognition.Actor
	claimant     string
	day          string
	status       recognition.Status
	act, latest  string
	basisExpired string
	standing     recognition.Standing
}

func checkTellings(t *testing.T, id string, office recognition.Office, tests []telling) {
	t.Helper()
	d, l := load(t, id)
	if office == "" {
		office = d.Office
	}
	for _, tt := range tests {
		c, ok := d.Claimant(tt.claimant)
		if !ok {
			t.Fatalf("%s: no claimant %q", id, tt.claimant)
		}
		p := at(t, l, tt.actor, c, office, day(tt.day))
		latest := p.Latest.ID
		if latest == p.Act.ID {
			latest = ""
		}
		if p.Status != tt.status || p.Act.ID != tt.act || latest != tt.latest || str(p.BasisExpired) != tt.basisExpired {
			t.Errorf("%s: StatusAt(%s, %s, %s) = %v by %q (latest %q, basis expired %q); want %v by %q (latest %q, basis expired %q)",
				id, tt.actor, tt.claimant, tt.day, p.Status, p.Act.ID, latest, str(p.BasisExpired), tt.status, tt.act, tt.latest, tt.basisExpired)
		}
		s, err := l.StandingAt(tt.actor, c, office, day(tt.day))
		if err != nil || s != tt.standing {
			t.Errorf("%s: StandingAt(%s, %s, %s) = %v, %v; want %v", id, tt.actor, tt.claimant, tt.day, s, err, tt.standing)
		}
	}
}

// TestGeorgia2024: the European Parliament recognises Salome Zourabichvili
// after her term ended as Tbilisi reckons it, on her claim, and refuses
// Mikheil Kavelashvili; the EU's other voices say nothing of the
// presidency; Estonia's parliament is not Estonia.
func TestGeorgia2024(t *testing.T) {
	U, R, N := recognition.Unstated, recognition.Recognized, recognition.NotRecognized
	EP := recognition.EuropeanParliament
	checkTellings(t, "georgia2024", "", []telling{
		{EP, "kavelashvili", "2024-12-30", U, "", "", "", 0},
		{recognition.EuropeanCouncil, "kavelashvili", "2024-12-30", U, "", "", "", 0},
		{"EE-Riigikogu", "kavelashvili", "2025-01-23", N, "EE-Riigikogu-2025-01-22", "", "", 0},
		{"EE-Riigikogu", "zourabichvili", "2025-01-23", R, "EE-Riigikogu-2025-01-22", "", "", 0},
		{"EE", "zourabichvili", "2025-01-23", U, "", "", "", 0},
		{EP, "zourabichvili", "2025-01-23", U, "", "", "", 0},
		{EP, "kavelashvili", "2025-02-14", N, "EP-2025-02-13", "", "", 0},
		{EP, "zourabichvili", "2025-02-14", R, "EP-2025-02-13", "", "", 0},
		{recognition.HighRepresentative, "zourabichvili", "2025-02-14", U, "", "", "", 0},
	})
	checkTellings(t, "georgia2024", "Parliament of Georgia", []telling{
		{EP, "parliament2024", "2024-11-29", recognition.Contested, "EP-2024-11-28", "", "", 0},
	})
	// The term as Tbilisi reckons it ended on 28 December 2024; the
	// recognition rests on her claim, which has no last day.
	d, _ := load(t, "georgia2024")
	if m, ok := d.Mandate("zourabichvili2018"); !ok || m.LastDay != day("2024-12-28") {
		t.Errorf("mandate zourabichvili2018: %+v, want its last day 2024-12-28", m)
	}
}

// TestBelarus2025: Lukashenka's seventh term from 25 March 2025. The
// Parliament's non-recognition of 2020 holds throughout; the mandate it
// rests on expires with the new inauguration, until the Parliament
// restates it on the new mandate. The EU's declaration was blocked; the
// High Representative spoke in her own name.
func TestBelarus2025(t *testing.T) {
	C, N := recognition.Contested, recognition.NotRecognized
	EP, HR := recognition.EuropeanParliament, recognition.HighRepresentative
	checkTellings(t, "belarus2020", "", []telling{
		{EP, "lukashenka", "2025-01-23", N, "EP-2020-09-17", "EP-2025-01-22", "", 0},
		{EP, "lukashenka", "2025-03-26", N, "EP-2020-09-17", "EP-2025-01-22", "2025-03-25", 0},
		{EP, "lukashenka", "2025-04-04", N, "EP-2020-09-17", "EP-2025-04-03", "", 0},
		{HR, "lukashenka", "2025-03-26", C, "HRVP-2020-08-11", "HRVP-2025-01-26", "2025-03-25", 0},
		{recognition.HighRepresentativeOwn, "lukashenka", "2025-01-25", recognition.Unstated, "", "", "", 0},
		{recognition.HighRepresentativeOwn, "lukashenka", "2025-03-26", C, "HRVP-own-2025-01-26", "", "", 0},
		{"PACE", "lukashenka", "2025-01-31", N, "PACE-2025-01-30", "", "", 0},
	})
}

// TestUkraine2024: Zelensky's five-year term ended on 20 May 2024 under
// martial law. Russia denied his legitimacy from the next day, in an act
// of 24 May; the EEAS and the Commission affirmed him; the European
// Council's dealings with him are not recognition.
func TestUkraine2024(t *testing.T) {
	U, C, R := recognition.Unstated, recognition.Contested, recognition.Recognized
	checkTellings(t, "ukraine2024", "", []telling{
		{"RU", "zelensky", "2024-05-20", U, "", "", "", 0},
		{recognition.ExternalAction, "zelensky", "2024-05-20", U, "", "", "", 0},
		{"RU", "zelensky", "2024-05-22", C, "RU-2024-05-24", "", "", 0},
		{recognition.ExternalAction, "zelensky", "2024-05-22", R, "EEAS-2024-05-21", "", "", 0},
		{"RU", "zelensky", "2025-02-21", C, "RU-2024-05-24", "RU-2024-05-28", "", 0},
		{recognition.Commission, "zelensky", "2025-02-21", R, "COM-2025-02-20", "", "", 0},
		{recognition.EuropeanCouncil, "zelensky", "2025-02-21", U, "", "", "", 0},
	})
	// What the record showed on 22 May 2024 about that day: nothing yet
	// from Russia; on 25 May, the denial of the 24th, retroactive.
	d, l := load(t, "ukraine2024")
	z, _ := d.Claimant("zelensky")
	for known, want := range map[string]recognition.Status{"2024-05-22": U, "2024-05-23": U, "2024-05-25": C} {
		p, err := l.StatusAsOf("RU", z, d.Office, day("2024-05-22"), day(known))
		if err != nil || p.Status != want {
			t.Errorf("StatusAsOf(RU, zelensky, 2024-05-22, known %s) = %v, %v; want %v", known, p.Status, err, want)
		}
	}
}

// TestMyanmar2021: the EU's voices deny the military's legitimacy from the
// day the Parliament elected in 2020 was to sit; the Parliament accords the
// CRPH and the NUG a standing as the people's legitimate representatives,
// which recognises no government.
func TestMyanmar2021(t *testing.T) {
	U, C := recognition.Unstated, recognition.Contested
	EP := recognition.EuropeanParliament
	checkTellings(t, "myanmar2021", "", []telling{
		{recognition.HighRepresentativeOwn, "military", "2021-01-31", U, "", "", "", 0},
		{recognition.HighRepresentativeOwn, "military", "2021-02-02", C, "HRVP-own-2021-02-01", "", "", 0},
		{recognition.HighRepresentative, "military", "2021-02-02", C, "HRVP-2021-02-02", "", "", 0},
		{EP, "military", "2021-02-02", U, "", "", "", 0},
		{recognition.Council, "military", "2021-02-21", U, "", "", "", 0},
		{recognition.Council, "military", "2021-02-22", C, "Council-2021-02-22", "", "", 0},
		{EP, "nug", "2021-10-08", U, "", "EP-2021-10-07", "", recognition.LegitimateRepresentative},
		{EP, "crph", "2021-10-08", U, "", "EP-2021-10-07", "", recognition.LegitimateRepresentative},
		{EP, "military", "2021-10-08", C, "EP-2021-02-11", "", "", 0},
		{recognition.HighRepresentative, "military", "2021-11-09", C, "HRVP-2021-02-02", "HRVP-2021-11-08", "", 0},
	})
	// Before the record begins, the answer says so.
	d, l := load(t, "myanmar2021")
	m, _ := d.Claimant("military")
	if p := at(t, l, recognition.HighRepresentativeOwn, m, d.Office, day("2021-01-31")); p.RecordedFrom != day("2021-02-01") {
		t.Errorf("StatusAt(HRVP-own, military, 2021-01-31).RecordedFrom = %v, want 2021-02-01", p.RecordedFrom)
	}
}

// TestVenezuela2025: Maduro's third mandate from 10 January 2025.
func TestVenezuela2025(t *testing.T) {
	U, C, R, N := recognition.Unstated, recognition.Contested, recognition.Recognized, recognition.NotRecognized
	EP, HR := recognition.EuropeanParliament, recognition.HighRepresentative
	checkTellings(t, "venezuela2019", "", []telling{
		{EP, "gonzalez", "2025-01-09", U, "", "", "", 0},
		{EP, "gonzalez", "2025-01-10", R, "EP-2024-09-19", "", "", 0},
		{HR, "maduro", "2025-01-10", C, "HRVP-2019-01-10", "HRVP-2025-01-10", "", 0},
		{"US", "maduro", "2025-01-10", N, "US-2019-01-23", "US-2025-01-10", "", 0},
		{EP, "maduro", "2025-01-24", N, "EP-2025-01-23", "", "", 0},
		{EP, "gonzalez", "2025-01-24", R, "EP-2024-09-19", "EP-2025-01-23", "", 0},
	})
}

// TestNewActors names the voices the new cases need, and keeps a member
// state's parliament apart from the member state.
func TestNewActors(t *testing.T) {
	for a, want := range map[recognition.Actor]string{
		recognition.HighRepresentativeOwn: "High Representative (own name)", recognition.Commission: "European Commission",
		recognition.ExternalAction: "European External Action Service", "RU": "Russia",
		"PACE": "Parliamentary Assembly of the Council of Europe", "EE-Riigikogu": "Riigikogu (Estonia's parliament)",
	} {
		if got := a.Name(); got != want {
			t.Errorf("Actor(%q).Name() = %q, want %q", a, got, want)
		}
	}
	if recognition.Actor("EE-Riigikogu").IsMember() || !recognition.Actor("EE").IsMember() || recognition.Actor("HRVP-own").IsMember() {
		t.Error("IsMember: a member state's parliament counted as the member state, or the reverse")
	}
	for _, a := range recognition.Institutions() {
		if !a.IsInstitution() || a.IsMember() {
			t.Errorf("%s: IsInstitution %v, IsMember %v", a, a.IsInstitution(), a.IsMember())
		}
	}
}
