package screen

import (
	"os"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/acquis-eu/acquis"
	"github.com/acquis-eu/acquis/sanctions"
	"github.com/acquis-eu/acquis/sanctions/fsf"
	"github.com/google/go-cmp/cmp"
)

// screenFixtures returns the entities the tests screen: Alexandr
// Lukashenko as the Belarus 2020 data holds him, the three entities of
// package fsf's hand-written XML fixture (Robert Gabriel Mugabe, Haji
// Ahmad Jan, EXAMPLE TRADING LLC with a weak alias), and entities made up
// for the tests, whose names are no one's.
func screenFixtures(t testing.TB) []*sanctions.Entity {
	t.Helper()
	var es []*sanctions.Entity
	for _, a := range sanctions.Belarus2020().Acts() {
		for _, e := range a.Effects {
			if e.Change == sanctions.Listed && len(es) == 0 {
				es = append(es, e.Entity)
			}
		}
	}
	f, err := os.Open("../fsf/testdata/fsf11.xml")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	_, xs, err := fsf.ReadAll(f)
	if err != nil {
		t.Fatal(err)
	}
	es = append(es, xs...)
	es = append(es,
		&sanctions.Entity{
			ID: "TEST-sidorov", Type: sanctions.Person,
			Names: []sanctions.Name{
				{Whole: "Ivan Petrovich SIDOROV", First: "Ivan", Middle: "Petrovich", Last: "SIDOROV", Language: "EN", Strength: sanctions.Strong},
				{Whole: "Іван Пятровіч СІДАРАЎ", Language: "BE", Strength: sanctions.Strong},
				{Whole: "Иван Петрович СИДОРОВ", Language: "RU", Strength: sanctions.Strong},
			},
			BirthDates:      []sanctions.BirthDate{{Date: acquis.MustParseDate("1960-05-01")}},
			Citizenships:    []sanctions.Citizenship{{Country: sanctions.Country{Code: "BY"}}},
			Identifications: []sanctions.Identification{{Number: "MP 1234567", TypeCode: "passport"}},
		},
		&sanctions.Entity{ID: "TEST-emma-daniels", Type: sanctions.Person,
			Names: []sanctions.Name{{Whole: "Emma Daniels", First: "Emma", Last: "Daniels"}}},
		&sanctions.Entity{ID: "TEST-emma-llc", Type: sanctions.Organisation,
			Names: []sanctions.Name{{Whole: "EMMA LLC"}, {Whole: "Общество с ограниченной ответственностью «Эмма»", Language: "RU"}}},
		&sanctions.Entity{ID: "TEST-armed-forces", Type: sanctions.Organisation,
			Names: []sanctions.Name{{Whole: "Revolutionary Armed Forces of Testland"}}},
		&sanctions.Entity{ID: "TEST-example-bank", Type: sanctions.Organisation,
			Names: []sanctions.Name{{Whole: "Example Bank of Syria"}}},
		nil, // skipped
	)
	return es
}

var screenFixtureQueries = []struct {
	q    Query
	want []string // the IDs found at DefaultMin, best first
}{
	{Query{Name: "Лукашэнка Аляксандр"}, []string{"BLR-lukashenko-alexandr"}},
	{Query{Name: "Alexander LUKASHENKO"}, []string{"BLR-lukashenko-alexandr"}},
	{Query{Name: "LUKASHENKO, Alexander Grigorievich"}, []string{"BLR-lukashenko-alexandr"}},
	{Query{Name: "Łukaszenka Aleksander"}, []string{"BLR-lukashenko-alexandr"}},
	{Query{Name: "Lukashenko"}, nil},       // a surname alone
	{Query{Name: "Pavel Lukashenko"}, nil}, // another given name
	{Query{Name: "Robert Mugabe"}, []string{"EU.36.64"}},
	{Query{Name: "Robert Gabriel"}, nil}, // the last name is not met
	{Query{Name: "Mugabe, Robert Gabriel"}, []string{"EU.36.64"}},
	{Query{Name: "Ahmad Jan"}, []string{"EU.502.12"}},
	{Query{Name: "Maulavi Haji Ahmad Jan"}, []string{"EU.502.12"}},
	{Query{Name: "Example Trading"}, []string{"logical-990001"}},
	{Query{Name: "Пример Трейдинг"}, []string{"logical-990001"}},
	{Query{Name: "Example"}, []string{"logical-990001"}}, // the weak alias, at 0.85
	{Query{Name: "Іван Сідараў"}, []string{"TEST-sidorov"}},
	{Query{Name: "Ivan Sidorov"}, []string{"TEST-sidorov"}},
	{Query{Name: "Iwan Pietrowicz Sidorow"}, []string{"TEST-sidorov"}},
	{Query{Name: "Ivan Sidorov", BirthDate: MustParseBirthDate("1990")}, nil}, // another birth year rules him out
	{Query{Name: "Ivan Sidorov", BirthDate: MustParseBirthDate("1960-05-01")}, []string{"TEST-sidorov"}},
	{Query{Name: "Ivan Sidorov", Country: MustParseCountry("RU")}, []string{"TEST-sidorov"}}, // another country does not
	{Query{Name: "Petr Ivanov", IDNumber: "mp1234567"}, []string{"TEST-sidorov"}},
	{Query{Name: "Ivan Sidorov", IDNumber: "XY 999999"}, []string{"TEST-sidorov"}}, // another document lowers a little
	{Query{Name: "Ivan Sidorov", Type: sanctions.Organisation}, nil},
	{Query{Name: "EMMA LLC"}, []string{"TEST-emma-llc"}},
	{Query{Name: "ООО Эмма"}, []string{"TEST-emma-llc"}},
	{Query{Name: "Emma GmbH"}, []string{"TEST-emma-llc"}},
	{Query{Name: "Emma"}, []string{"TEST-emma-llc"}},
	{Query{Name: "Revolutionary Armed Forces of Testland"}, []string{"TEST-armed-forces"}},
	{Query{Name: "Armed Forces of Testland"}, nil},               // all but one word of an organisation's name
	{Query{Name: "Example Bank"}, []string{"TEST-example-bank"}}, // the place left out
	{Query{Name: "Example Bank of Iran"}, nil},                   // another place
	{Query{Name: "Example Bank", Type: sanctions.Person}, nil},
	{Query{Name: ""}, nil},
	{Query{Name: "金正恩"}, nil},
}

func TestSearch(t *testing.T) {
	ix := NewIndex(screenFixtures(t))
	for _, tt := range screenFixtureQueries {
		ms := ix.Search(tt.q, DefaultMin)
		var got []string
		for _, m := range ms {
			got = append(got, m.Entity.ID)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			var reasons []string
			for _, m := range ix.Scan(tt.q, 0.5) {
				reasons = append(reasons, m.Entity.ID+": "+m.Reason)
			}
			t.Errorf("Search(%+v) (-want +got):\n%s\nscores from 0.5: %s", tt.q, diff, strings.Join(reasons, "\n"))
		}
	}
}

// TestEmmaLLC is watchman issue #338: "EMMA LLC" scored 100% against
// "emma daniels". Neither way is a match here.
func TestEmmaLLC(t *testing.T) {
	ix := NewIndex(screenFixtures(t))
	for _, tt := range []struct{ query, listed string }{
		{"EMMA LLC", "TEST-emma-daniels"},
		{"emma daniels", "TEST-emma-llc"},
	} {
		for _, m := range ix.Scan(Query{Name: tt.query}, 0) {
			if m.Entity.ID == tt.listed && m.Score >= DefaultMin {
				t.Errorf("%q scores %.2f against %s: %s", tt.query, m.Score, tt.listed, m.Reason)
			}
		}
	}
}

func TestMatchDetails(t *testing.T) {
	ix := NewIndex(screenFixtures(t))
	ms := ix.Search(Query{Name: "Сідараў Іван", BirthDate: MustParseBirthDate("1960"), Country: MustParseCountry("by"), IDNumber: "MP-1234567"}, DefaultMin)
	if len(ms) != 1 {
		t.Fatalf("got %d matches, want 1", len(ms))
	}
	m := ms[0]
	if m.Alias.Language != "BE" {
		t.Errorf("alias %+v, want the Belarusian one", m.Alias)
	}
	wantPairs := []Pair{{Query: "Сідараў", Name: "СІДАРАЎ", Score: 1}, {Query: "Іван", Name: "Іван", Score: 1}}
	if diff := cmp.Diff(wantPairs, m.Tokens); diff != "" {
		t.Errorf("Tokens (-want +got):\n%s", diff)
	}
	wantQ := []Qualifier{
		{Field: "birth date", Query: "1960", Listed: "1960-05-01", Agrees: true, Delta: bonusBirthYear},
		{Field: "country", Query: "BY", Listed: "BY", Agrees: true, Delta: bonusCountry},
		{Field: "id number", Query: "MP-1234567", Listed: "MP 1234567 (passport)", Agrees: true},
	}
	if diff := cmp.Diff(wantQ, m.Qualifiers); diff != "" {
		t.Errorf("Qualifiers (-want +got):\n%s", diff)
	}
	if m.NameScore != 0.9230769230769231 && m.NameScore < 0.9 {
		t.Errorf("NameScore = %v", m.NameScore)
	}
	if want := 1 - (1-min(m.NameScore+bonusBirthYear+bonusCountry, 1))*idRaise; m.Score != want {
		t.Errorf("Score = %v, want %v", m.Score, want)
	}
	for _, part := range []string{`alias "Іван Пятровіч СІДАРАЎ" (BE)`, "Сідараў~СІДАРАЎ 1.00", "alias words unmatched: Пятровіч",
		"birth date 1960 agrees with 1960-05-01 (+0.02)", "country BY agrees with BY (+0.03)", "id number MP-1234567 is listed"} {
		if !strings.Contains(m.Reason, part) {
			t.Errorf("Reason %q does not say %q", m.Reason, part)
		}
	}
}

func TestQualifiers(t *testing.T) {
	listed := []partialDate{{From: 1960, To: 1960, Month: 5, Day: 1}, {From: 1953, To: 1958}}
	for _, tt := range []struct {
		q      string
		delta  float64
		agrees bool
	}{
		{"1960-05-01", bonusBirthDay, true},
		{"1960-05", bonusBirthYear, true},
		{"1960", bonusBirthYear, true},
		{"1955", bonusBirthYear, true}, // in the range
		{"1960-06-01", -malusBirthDay, false},
		{"1960-05-02", -malusBirthDay, false},
		{"1970", -malusBirthYear, false},
	} {
		q, err := ParseBirthDate(tt.q)
		if err != nil {
			t.Fatalf("ParseBirthDate(%q): %v", tt.q, err)
		}
		if d, _, agrees := compareBirth(q.d, listed); d != tt.delta || agrees != tt.agrees {
			t.Errorf("compareBirth(%s) = %v, %v; want %v, %v", tt.q, d, agrees, tt.delta, tt.agrees)
		}
	}
	for _, tt := range [][2]string{{"by", "BY"}, {"BLR", "BY"}, {"IRQ", "IQ"}, {"GB", "GB"}, {"UK", "GB"}, {"CS", "CS"}, {"00", ""}, {"XXX", ""}, {"", ""}} {
		if got := countryCode(tt[0]); got != tt[1] {
			t.Errorf("countryCode(%q) = %q, want %q", tt[0], got, tt[1])
		}
	}
	e := &sanctions.Entity{Identifications: []sanctions.Identification{{Number: "AD001095 (passport-National passport) ((passport))"}}}
	var got []string
	for _, x := range idNumbers(e) {
		got = append(got, x.norm)
	}
	if diff := cmp.Diff([]string{"AD001095PASSPORTNATIONALPASSPORTPASSPORT", "AD001095"}, got); diff != "" {
		t.Errorf("idNumbers of a legacy number (-want +got):\n%s", diff)
	}
}

// TestFixturesSearchIsScan checks on the fixtures, which are always
// there, that Search returns what Scan returns, at every threshold.
func TestFixturesSearchIsScan(t *testing.T) {
	ix := NewIndex(screenFixtures(t))
	for _, tt := range screenFixtureQueries {
		for _, th := range []float64{0, 0.3, 0.5, 0.7, 0.75, DefaultMin, 0.9, 1, 1.5} {
			if diff := cmp.Diff(summariseMatches(ix.Scan(tt.q, th)), summariseMatches(ix.Search(tt.q, th))); diff != "" {
				t.Errorf("Search(%+v, %v) differs from Scan (-scan +search):\n%s", tt.q, th, diff)
			}
		}
	}
}

// TestConcurrentSearch runs searches in parallel and checks that each
// gives what it gives alone; run with -race.
func TestConcurrentSearch(t *testing.T) {
	ix := NewIndex(screenFixtures(t))
	want := make([][]matchSummary, len(screenFixtureQueries))
	for i, tt := range screenFixtureQueries {
		want[i] = summariseMatches(ix.Search(tt.q, 0.5))
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for k := range 50 {
				i := (g + k) % len(screenFixtureQueries)
				if diff := cmp.Diff(want[i], summariseMatches(ix.Search(screenFixtureQueries[i].q, 0.5))); diff != "" {
					t.Errorf("concurrent Search(%+v) (-alone +concurrent):\n%s", screenFixtureQueries[i].q, diff)
				}
			}
		})
	}
	wg.Wait()
}

func TestIndexSize(t *testing.T) {
	es := screenFixtures(t)
	ix := NewIndex(es)
	if ix.Len() != len(es)-1 {
		t.Errorf("Len() = %d, want %d (the fixtures' nil entity is skipped)", ix.Len(), len(es)-1)
	}
	s := ix.Stats()
	if s.Entities != len(es)-1 || s.Names == 0 || s.Tokens < s.Names || s.Words == 0 || s.Keys < s.Words || s.Bytes <= 0 {
		t.Errorf("Stats() = %+v", s)
	}
	var zero Index
	if zero.Len() != 0 || zero.Search(Query{Name: "x"}, 0.5) != nil || zero.Scan(Query{Name: "x"}, 0.5) != nil {
		t.Error("the zero Index must hold nothing")
	}
	if NewIndex(nil).Search(Query{Name: "x"}, DefaultMin) != nil {
		t.Error("an empty Index must find nothing")
	}
}

// TestDuplicateNames checks that a name given twice to an entity, as the
// lists do for each language version, is scored once and reported as its
// first occurrence.
func TestDuplicateNames(t *testing.T) {
	e := &sanctions.Entity{ID: "X", Type: sanctions.Person, Names: []sanctions.Name{
		{Whole: "Aziz Salih al-Numan"}, {Whole: "Aziz Salih Al-Numan", Language: "ES"}, {Whole: "Aziz Salih al-Nouman", Language: "FR"},
	}}
	ix := NewIndex([]*sanctions.Entity{e})
	if s := ix.Stats(); s.Names != 2 {
		t.Errorf("Stats().Names = %d, want 2 (the Spanish spelling is the first one; the French, Nouman, gives its keys but is another word as written)", s.Names)
	}
	ms := ix.Search(Query{Name: "Aziz Salih Al Numan"}, DefaultMin)
	if len(ms) != 1 || ms[0].Alias.Language != "" {
		t.Errorf("Search = %+v, want the first alias", ms)
	}
}

// TestIndexEntities checks that NewIndex skips nil entities, as its doc
// says, and counts an entity given twice under one ID once: as a List gives
// an entity amended under one measure and not yet under the other, in two
// versions. Each version's names are screened, a match is reported once,
// with the version whose alias matched, and the qualifiers of every
// version count.
func TestIndexEntities(t *testing.T) {
	regime := sanctions.Regime{Code: "TST", Name: "test"}
	v1 := &sanctions.Entity{ID: "B", Type: sanctions.Person, Names: []sanctions.Name{{Whole: "Boris BRAVO", Last: "BRAVO"}},
		BirthDates: []sanctions.BirthDate{{Year: 1960}}}
	v2 := &sanctions.Entity{ID: "B", Type: sanctions.Person, Names: []sanctions.Name{{Whole: "Boris Borisovich BRAVOV", Last: "BRAVOV"}},
		Identifications: []sanctions.Identification{{Number: "MP 7654321", TypeCode: "passport"}}}
	day := acquis.MustParseDate
	act := func(n, on string, m sanctions.Measure, e sanctions.Effect) *sanctions.Act {
		return &sanctions.Act{Kind: sanctions.ImplementingRegulation, Number: n, Adopted: day(on), InForce: day(on),
			Regime: "TST", Measures: []sanctions.Measure{m}, Effects: []sanctions.Effect{e}}
	}
	l, err := sanctions.NewList([]sanctions.Regime{regime}, []*sanctions.Act{
		act("2020/1", "2020-10-02", sanctions.AssetFreeze, sanctions.Effect{Change: sanctions.Listed, Entity: v1}),
		act("2020/2", "2020-10-02", sanctions.TravelBan, sanctions.Effect{Change: sanctions.Listed, Entity: v1}),
		act("2020/3", "2020-11-06", sanctions.AssetFreeze, sanctions.Effect{Change: sanctions.Amended, Entity: v2}),
	})
	if err != nil {
		t.Fatal(err)
	}
	es := l.At(day("2020-12-01")).Entities()
	if len(es) != 2 {
		t.Fatalf("the List gives %d versions of B, want 2 (the test needs them)", len(es))
	}
	ix := NewIndex(append(es, nil))
	if ix.Len() != 1 || ix.Stats().Entities != 1 {
		t.Errorf("Len() = %d, Stats().Entities = %d; want 1 (two versions of one entity, and a nil one skipped)", ix.Len(), ix.Stats().Entities)
	}
	for _, tt := range []struct {
		q       Query
		version *sanctions.Entity
		birth   bool // the first version's birth year qualifies
		id      bool // the second version's passport qualifies
	}{
		{Query{Name: "Boris Bravo"}, v1, false, false},
		{Query{Name: "Boris Borisovich Bravov"}, v2, false, false},
		{Query{Name: "Boris Borisovich Bravov", BirthDate: MustParseBirthDate("1960")}, v2, true, false},
		{Query{Name: "Boris Bravo", IDNumber: "MP7654321"}, v1, false, true},
	} {
		for _, ms := range [][]Match{ix.Search(tt.q, DefaultMin), ix.Scan(tt.q, DefaultMin)} {
			if len(ms) != 1 {
				t.Errorf("%+v: %d matches, want 1: %v", tt.q, len(ms), summariseMatches(ms))
				continue
			}
			m := ms[0]
			if m.Entity != tt.version {
				t.Errorf("%+v: the match reports %+v, want the version %q", tt.q, m.Entity.Names, tt.version.Names[0].Whole)
			}
			var birth, id bool
			for _, x := range m.Qualifiers {
				birth = birth || (x.Field == "birth date" && x.Agrees)
				id = id || (x.Field == "id number" && x.Agrees)
			}
			if birth != tt.birth || id != tt.id {
				t.Errorf("%+v: birth date agrees %v, id number agrees %v; want %v, %v (%s)", tt.q, birth, id, tt.birth, tt.id, m.Reason)
			}
		}
	}
}

// TestShortForms checks that an initial stands for a given name of Abd and
// the name after it, and that a typo that breaks what folding reads as
// one letter is one edit of the word as written.
func TestShortForms(t *testing.T) {
	checkFoundAlone(t, []foundCase{
		{"A. Remadna", "Abdelhalim Remadna", true}, // the initial of Abd and the name after it
		{"A. Remadna", "Abd al-Halim Remadna", true},
		{"Jamal Lounic", "Jamal Lounici", true}, // a typo of the word as written, which folds otherwise
		{"Othman Deramhci", "Othman Deramchi", true},
	})
}

// TestSwappedAsWritten checks that two neighbours swapped as written cost
// one edit, as they do in keys, though folding reads the letters
// otherwise in the other order (kh, c before e).
func TestSwappedAsWritten(t *testing.T) {
	checkFoundAlone(t, []foundCase{
		{"Lakahl", "Lakhal", true},
		{"Innocnet", "Innocent", true},
		{"Omar Lakahl", "Omar Lakhal", true},
		{"Omar Lakahl", "Omar Lakhdar", false},
	})
}

// TestGenealogyOrder checks that a genealogy named in another order (the
// father as the son) is capped below DefaultMin, while a word of it left
// out, a name moved that is not in it (the surname first) or a name it
// repeats mistyped is not.
func TestGenealogyOrder(t *testing.T) {
	checkFoundAlone(t, []foundCase{
		{"Ahmad bin Hasan al-Ubaidi", "Hasan bin Ahmad al-Ubaidi", false},
		{"Isa bin Hamad al-Khalifa", "Hamad bin Isa al-Khalifa", false},
		{"Hasan bin Ahmad al-Ubaidi", "Hasan bin Ahmad al-Ubaidi", true},
		{"Al-Maaroufi Tarek Ben Habib Ben Al-Toumi", "Tarek Ben Habib Ben Al-Toumi Al-Maaroufi", true},
		{"Tarek Habib Ben Al-Toumi Al-Maaroufi", "Tarek Ben Habib Ben Al-Toumi Al-Maaroufi", true},
		{"Mehdi Ben Mohamed Ben Kammoun", "Mehdi Ben Mohamed Ben Mohamed Kammoun", true},
		{"Mehdi Ben Mohamd Ben Mohamed Kammoun", "Mehdi Ben Mohamed Ben Mohamed Kammoun", true},
		{"Khalil Ben Ahmed Ben Jarraya Mohamed", "Khalil Ben Ahmed Ben Mohamed Jarraya", true},
	})
}

// TestMistypedTitle checks that a word of the query one typo from a title
// of the alias counts as the title (Muklah, Mullah), by Search and by
// Scan, and that it does only when it pairs with a title.
func TestMistypedTitle(t *testing.T) {
	checkFoundAlone(t, []foundCase{
		{"Muklah Jabar", "Mullah Jabar", true},
		{"Mlulah Jabar", "Mullah Jabar", true},
		{"Mawlewi Nanai", "Mawlawi Nanai", true},
		{"Sayed Alhj Sadudin", "Sayed Alhaj Sadudin", true},
		{"Hjai Sahib", "Haji Sahib", true}, // two neighbours swapped as written
		{"Hjai Sahib", "Sahib", false},
		{"aHji Mudir", "Haji Mudir", true}, // the swap takes the first letter
		{"aHji Mudir", "Mudir", false},
		{"Mullah Jabar", "Mullah Jabar", true},
		{"Haji Mudir", "Hadi Mudir", false}, // a title is not a name mistyped
		{"Muklah Jabar", "Jabar", false},    // a word read as a title only when it pairs with one
		{"Mullah Omar", "Mullah Jabar", false},
	})
}

// TestMistypedAbd checks that a word that the rules on abd split meets,
// through its whole key, the word mistyped, which the rules no longer
// split; and that Abdul, Abdel and Abdal alone do not meet names one
// letter apart, which are names of their own.
func TestMistypedAbd(t *testing.T) {
	checkFoundAlone(t, []foundCase{
		{"Abudllah Jan Agha", "Abdullah Jan Agha", true},            // two letters swapped
		{"Kamal Abdallan", "Kamal Abdallah", true},                  // a keyboard neighbour
		{"Dieman Adulkadir Izzat", "Dieman Abdulkadir Izzat", true}, // a letter deleted
		{"Abdukhai Salek", "Abdulhai Salek", true},                  // hai after abd is a name, not Haji
		{"Abdul Hai Salek", "Abdulhai Salek", true},
		{"Abdullah Jan Agha", "Abdullah Jan Agha", true},
		{"Adel Manan", "Abdel Manan", false},      // Adel is a name of its own
		{"Abdjl Qadir", "Abdul Qadir", true},      // as written, the article mistyped after abd
		{"AAdel Manan", "Abdel Manan", false},     // a letter doubled in Adel
		{"Adulkadir Izzat", "Kadir Izzat", false}, // the whole word meets the whole word only
		{"Abdulkadir Izzat", "Abdulrahman Izzat", false},
	})
}

// TestAllahAlone checks that a word that meets the Allah of Abd Allah,
// while abd pairs with nothing, is another name, on either side; and that
// Abd Allah meets itself however it is written, and mistyped.
func TestAllahAlone(t *testing.T) {
	checkFoundAlone(t, []foundCase{
		{"Mohammed Ali", "Mohammed Abdullah", false},
		{"Mohammed Abdullah", "Mohammed Ali", false},
		{"Kamal Mustafa Ali", "Kamal Mustafa Abdallah", false},
		{"Alaa Jan Agha", "Abdullah Jan Agha", false},
		{"Allah Jan Agha", "Abdullah Jan Agha", false},
		{"Abd Allah Jan Agha", "Abdullah Jan Agha", true},
		{"Abdullah Jan Agha", "Abd-Allah Jan Agha", true},
		{"Abdulla Jan Agha", "Abdullah Jan Agha", true},
		{"Abdullan Jan Agha", "Abdullah Jan Agha", true}, // the whole word mistyped
		{"Kamal Abdallan", "Kamal Abdallah", true},
	})
}

// TestNameWithoutGod checks that a name with Allah or al-Din joined does
// not meet its first name alone, on either side, while it meets itself
// written apart or mistyped.
func TestNameWithoutGod(t *testing.T) {
	checkFoundAlone(t, []foundCase{
		{"Fazal Haqqani", "Fazlullah Haqqani", false},
		{"Fazlullah Haqqani", "Fazal Haqqani", false},
		{"Nur Haqqani", "Nuruddin Haqqani", false},
		{"Fazl Ullah Haqqani", "Fazlullah Haqqani", true},
		{"Fazlulah Haqqani", "Fazlullah Haqqani", true},
		{"Nur al-Din Haqqani", "Nuruddin Haqqani", true},
		{"Aminullan Jan", "Aminullah Jan", true},
	})
}

// TestCommaGiven checks that a name written with its family name first
// and a comma ("Al-Tikriti, Raghad Saddam Hussein") has its given name
// after the comma, in the query and in the alias: another given name is
// a conflict there as it is in the name written in order, and the family
// name before it is compared as a first name too (Pak, Pyong Chol).
func TestCommaGiven(t *testing.T) {
	checkFoundAlone(t, []foundCase{
		{"Al-Tikriti, Raghad Saddam Hussein", "Qusay Saddam Hussein Al-Tikriti", false},
		{"Raghad Saddam Hussein Al-Tikriti", "Al-Tikriti, Qusay Saddam Hussein", false},
		{"Al-Tikriti, Qusay Saddam Hussein", "Qusay Saddam Hussein Al-Tikriti", true},
		{"Al-Tikriti, Mr Raghad Saddam Hussein", "Qusay Saddam Hussein Al-Tikriti", false}, // the courtesy title dropped
		{"Marouf, Said Mouhi-al-Din", "Taha Mouhi-al-Din Marouf", false},
		{"Al-Tikriti, Saja Barzan Ibrahim Hasan", "Barzan Ibrahim Hassan Al-Tikriti", false}, // a generation apart
		{"Pak, Pyong Chol", "Ri Pyong Chol", false},
		{"Lukashenko, Alexander", "Alexander Grigorievich Lukashenko", true},
		{"Ul-Haq, Al-Tikriti Amin", "Amin Al-Tikriti Ul-Haq", true}, // a family name after the comma
	})
}

// TestParticlesFirst checks that a name written family name first, with
// the particle of the family name after the given name as catalogues write
// it, meets the name in order: the assimilated Arabic article is read as
// one only before its noun.
func TestParticlesFirst(t *testing.T) {
	checkFoundAlone(t, []foundCase{
		{"Sayed, Kader Es", "Kader Es Sayed", true},
		{"Najjar, Ahmad an", "Ahmad an-Najjar", true},
		{"Sayed, Kader Es", "Kader Es Sayed Hassan", true},
		{"Sayed, Kader Es", "Kader Es Hamid", false},
	})
	for _, c := range []struct{ in, want string }{
		{"Sayed, Kader Es", "Es Sayed Kader"},
		{"Gaulle, Charles de", "de Gaulle Charles"},
		{"Sayed, Es", "Sayed Es"},            // no given name would be left
		{"Kader Es Sayed", "Kader Es Sayed"}, // no comma
		{"Sayed, Es Kader", "Sayed Es Kader"},
	} {
		var got []string
		for _, w := range particlesFirst(splitWords(c.in, maxWords)) {
			got = append(got, w.text)
		}
		if g := strings.Join(got, " "); g != c.want {
			t.Errorf("particlesFirst(%q) = %q, want %q", c.in, g, c.want)
		}
	}
}

// TestPartMask checks that the first and last names of an alias are found
// where the alias writes them, when a word of one reads as a word before
// it (Abdullah and Ahdal both read abd).
func TestPartMask(t *testing.T) {
	ts := tokens("Muhammad Muhammad Abdullah Al-Ahdal", "")
	for _, c := range []struct {
		part string
		last bool
		want uint64
	}{
		{"Al-Ahdal", true, 1 << 5},  // muhamad muhamad abd ala al [abd] al
		{"Muhammad", false, 1 << 0}, // the first Muhammad
		{"Muhammad", true, 1 << 1},  // the last one
		{"Abdullah", false, 3 << 2}, // abd ala
		{"Ahmad", false, 0},         // not in the name
	} {
		if got := partMask(ts, c.part, "", c.last); got != c.want {
			t.Errorf("partMask(%q, last %v) = %b, want %b", c.part, c.last, got, c.want)
		}
	}
}

// TestPairsInOrder checks that a word the query and the alias write twice
// pairs where the words around it pair too.
func TestPairsInOrder(t *testing.T) {
	for _, c := range []struct {
		query string
		name  sanctions.Name
	}{
		{"Abd-al-Baqi A. Abdallah Al-Sa'dun", sanctions.Name{Whole: "Abd-al-Baqi Abd-al-Karim Abdallah Al-Sa'dun"}},
		{"Saifal-Din Al-Mashhadani", sanctions.Name{Whole: "Saif-al-Din Al-Mashhadani"}},
		{"Muhammad Muhammad Abduklah Al-Ahdal", sanctions.Name{Whole: "Muhammad Muhammad Abdullah Al-Ahdal",
			First: "Muhammad", Middle: "Muhammad Abdullah", Last: "Al-Ahdal"}},
	} {
		ix := NewIndex([]*sanctions.Entity{{ID: "X", Type: sanctions.Person, Names: []sanctions.Name{c.name}}})
		q := Query{Name: c.query}
		ms, scan := ix.Search(q, DefaultMin), ix.Scan(q, DefaultMin)
		if len(ms) != 1 || len(scan) != 1 {
			t.Errorf("Search(%q) on %q found %d (Scan %d), want 1", c.query, c.name.Full(), len(ms), len(scan))
		}
	}
}

// A foundCase is a query, the one name of the list it is screened
// against, and whether it finds it.
type foundCase struct {
	query, listed string
	found         bool
}

// checkFoundAlone checks that each query, screened against a list of one
// person named listed, finds it or not as found says, by Search and by
// Scan alike.
func checkFoundAlone(t *testing.T, cases []foundCase) {
	t.Helper()
	checkFoundAloneAs(t, sanctions.Person, cases)
}

// checkFoundAloneAs is checkFoundAlone with a listed entity of type typ.
func checkFoundAloneAs(t *testing.T, typ sanctions.Type, cases []foundCase) {
	t.Helper()
	for _, c := range cases {
		ix := NewIndex([]*sanctions.Entity{{ID: "X", Type: typ, Names: []sanctions.Name{{Whole: c.listed}}}})
		q := Query{Name: c.query}
		ms, scan := ix.Search(q, DefaultMin), ix.Scan(q, DefaultMin)
		if got := len(ms) == 1; got != c.found || len(scan) != len(ms) {
			t.Errorf("Search(%q) on %q (%v) found %v (Scan %d), want %v (%v)", c.query, c.listed, typ, got, len(scan), c.found, ms)
		}
	}
}

// TestVocabularyNear checks that a query word the index finds in its
// vocabulary (vocabOf) meets, through the vocabulary token's precomputed
// neighbours, exactly the words and similarities it meets when looked up
// on its own (reached), as Scan scores it: on the benchmark list, for the
// word each vocabulary token writes (Majid and Majeed share a key) and for
// its key.
func TestVocabularyNear(t *testing.T) {
	ix := NewIndex(benchList(t))
	checked := 0
	for v := range ix.vocab {
		for _, w := range []string{ix.vocab[v].key, ix.vocab[v].plain} {
			ts := tokens(w, "")
			if len(ts) != 1 {
				continue
			}
			qt := &ts[0]
			u, ok := ix.vocabOf(qt)
			if !ok {
				continue
			}
			checked++
			want := map[hit]bool{}
			for _, h := range ix.reached(qt, nil, func(uint32) bool { return true }) {
				want[h] = true
			}
			near := ix.near[ix.nearStart[u]:ix.nearStart[u+1]]
			same := len(near) == len(want)
			for _, h := range near {
				same = same && want[h]
			}
			if !same {
				t.Errorf("%q: its vocabulary token %q (as written %q) has %d neighbours, the word on its own %d", w, ix.vocab[u].key, ix.vocab[u].plain, len(near), len(want))
			}
		}
	}
	if checked < 1000 {
		t.Errorf("only %d words found in the vocabulary: the test proves little", checked)
	}
}

// TestSplitSharedLetter checks that Search splits a query word into two
// words of a name that share the letter where they meet, as the scorer
// does (joinsTo): Jamal is Jamaah Al, jama and al, once folding makes the
// doubled a single, the second word of the split as short as it may be.
func TestSplitSharedLetter(t *testing.T) {
	for _, c := range []struct{ query, listed string }{
		{"Jamal, Qudratullah", "Jamaah Al"},
		{"Jamal", "Jamaah Al"},
	} {
		ix := NewIndex([]*sanctions.Entity{
			{ID: "X", Type: sanctions.Organisation, Names: []sanctions.Name{{Whole: c.listed}}},
			{ID: "Y", Type: sanctions.Person, Names: []sanctions.Name{{Whole: "Jamal Qudratullah"}}},
		})
		q := Query{Name: c.query}
		scan, search := summariseMatches(ix.Scan(q, 0.7)), summariseMatches(ix.Search(q, 0.7))
		if !slices.ContainsFunc(scan, func(m matchSummary) bool { return m.ID == "X" }) {
			t.Errorf("Scan(%q) does not find %q: the case tests nothing", c.query, c.listed)
		}
		if diff := cmp.Diff(scan, search); diff != "" {
			t.Errorf("Search(%q) differs from Scan (-scan +search):\n%s", c.query, diff)
		}
	}
}

// TestSplitOneLetter checks that a word of the query splits into two
// words of a name one of which is a syllable whose key is one letter (Ji,
// Yi: i), by Search and by Scan alike, and that an initial, or a particle,
// is no such word.
func TestSplitOneLetter(t *testing.T) {
	checkFoundAlone(t, []foundCase{
		{"Kim Jihoon", "Kim Ji Hoon", true},
		{"Kim Jihoon", "Kim Ji-hoon", true},
		{"Jisong", "Ji Song", true},
	})
	// A syllable of one letter that the word before ends with is no part
	// of that word alone (Kimi Ji is not Kimi).
	for _, tt := range []struct {
		q, a, b string
		want    bool
	}{
		{"kimi", "kimi", "i", false},
		{"kimii", "kimi", "i", true},
		{"ihun", "i", "hun", true},
		{"abubakar", "abu", "bakr", true},
		{"abubakr", "abu", "bakar", true},
		{"abubakar", "ab", "ubakr", false},
	} {
		if got := joinsTo(tt.q, tt.a, tt.b, weightName, weightName); got != tt.want {
			t.Errorf("joinsTo(%q, %q, %q) = %v, want %v", tt.q, tt.a, tt.b, got, tt.want)
		}
	}
	for _, name := range []string{"Ji", "Yi", "J.", "I", "y"} {
		ts := tokens(name, "")
		if len(ts) != 1 {
			t.Fatalf("tokens(%q): %d tokens, want 1", name, len(ts))
		}
		want := len(name) == 2 && name[1] != '.'
		if got := splitPart(ts[0].key, ts[0].weight); got != want {
			t.Errorf("%q (key %q, weight %v): splitPart %v, want %v", name, ts[0].key, ts[0].weight, got, want)
		}
	}
}

// TestVowelJoin checks that two or three words joined meet one word when
// the second or the first is an Arabic name of the form consonant, vowel
// and two consonants written with or without the vowel transcriptions put
// between the last two (Abu Bakr, Abubakar; Fazal ur Rehman, Fazlur
// Rehman), on either side, by Search and by Scan alike; and that another
// name is still another.
func TestVowelJoin(t *testing.T) {
	checkFoundAlone(t, []foundCase{
		{"Abubakar Shekau", "Abu Bakr Shekau", true},
		{"Abu Bakr Shekau", "Abubakar Shekau", true},
		{"Abubakr Shekau", "Abu Bakar Shekau", true},
		{"Abu Bakar Shekau", "Abubakr Shekau", true},
		{"Abu Bashir Shekau", "Abubakar Shekau", false},
		{"Abusakar Shekau", "Abu Bakr Shekau", false},
	})
	// The first word, as Urdu and Pashto names write it apart (Fazal) and
	// joined (Fazl): with another word, and with Allah.
	checkFoundAlone(t, []foundCase{
		{"Fazal ur Rehman", "Fazlur Rehman", true},
		{"Fazlur Rehman", "Fazal ur Rehman", true},
		{"Nasar Ullah Jamal", "Nasrullah Jamal", true},
		{"Nasrullah Jamal", "Nasar Ullah Jamal", true},
		{"Badar ud Din Haqqani", "Badruddin Haqqani", true},
		{"Badruddin Haqqani", "Badar ud Din Haqqani", true},
		{"Fazal ur Rehman", "Fazlul Haq", false},
		{"Fazal Ullah", "Faizullah", false},
	})
}

// TestSyllables checks that a syllable of a person's name in Han or
// Hangul that no word meets counts as a word of the name, not as a middle
// name left out (李克强 is not Li Qiang), and that a syllable written in
// Latin letters as a function word meets it (Jae-in, En-lai).
func TestSyllables(t *testing.T) {
	checkFoundAlone(t, []foundCase{
		{"Li Keqiang", "李克强", true},
		{"Li Qiang", "李克强", false},
		{"Kim Jong", "김정은", false},
		{"Kim Jong Un", "김정은", true},
		{"Moon Jae-in", "문재인", true},
		{"Chou En-lai", "周恩來", true},
	})
}

// TestStatsBytes checks that Stats estimates the memory of the index of
// the benchmark list within a tenth of the heap it holds, measured after
// garbage collection.
func TestStatsBytes(t *testing.T) {
	es := benchList(t)
	names := 0
	for _, e := range es {
		names += len(e.Names)
	}
	perName, ix := benchMeasureIndex(es)
	heap := perName * float64(names)
	if got := float64(ix.Stats().Bytes); got < 0.9*heap || got > 1.1*heap {
		t.Errorf("Stats().Bytes = %.0f, the heap the index holds %.0f: more than a tenth apart", got, heap)
	}
}

// TestSlips checks that a word of the query that is no name pairs with a
// short name word one typing error away when the rest of the name agrees,
// and only then.
func TestSlips(t *testing.T) {
	ix := NewIndex([]*sanctions.Entity{
		wholePerson("jan", "Jan Ahmad"),
		wholePerson("fuad", "Ahmed Fuad Salim"),
		wholePerson("abu", "Abu Brays"),
		wholePerson("ali", "Ali Salim"),
		{ID: "trading", Type: sanctions.Organisation, Names: []sanctions.Name{{Whole: "Jan Trading"}}},
	})
	checkFinds(t, ix, []findCase{
		{"Jab Ahmad", "jan", "Jab~Jan 0.67, Ahmad~Ahmad 1.00; Jab read as a slip of Jan"},
		{"AHMAD, JAM", "jan", "JAM read as a slip of Jan"},
		{"Ahmed Ruad Salim", "fuad", "Ruad~Fuad 0.62"},
		{"Avu Brays", "abu", "Avu read as a slip of Abu"},
		{"Au Brays", "abu", "Au~Abu 0.67"},
		{"Jab", "", ""},         // a slip counts only beside a pair of name words
		{"Dan Ahmad", "", ""},   // a given name: no slip
		{"Lan Ahmad", "", ""},   // l is far from j
		{"Wali Salim", "", ""},  // a first letter added makes another name
		{"Jab Trading", "", ""}, // the words of a body's name are words, not names
	})
}

// TestSplitForms checks that a word of the query joined from two words of
// an alias with one word between them is read split, and only then: not
// two words of different names, nor two with two words between them, nor
// two neighbours, which a pair joins as one word of the query.
func TestSplitForms(t *testing.T) {
	ix := NewIndex([]*sanctions.Entity{
		wholePerson("putin", "Vladimir Vladimirovich Putin"),
		wholePerson("khamenei", "Ali Hosseini Khamenei"),
		wholePerson("kadyrov", "Ramzan Akhmatovich Kadyrov"),
		wholePerson("long", "Karim Bashir Zahid Qasim"),
		wholePerson("najib", "Najib Ullah"),
	})
	checkFinds(t, ix, []findCase{
		{"VLADIMIRPUTIN", "putin", "the query read with a word split (×0.95), alias \"Vladimir Vladimirovich Putin\" (no language): VLADIMIR~Vladimir 1.00, PUTIN~Putin 1.00"},
		{"vladimirputin", "putin", "vladimir~Vladimir 1.00, putin~Putin 1.00"},
		{"Ali Hosseinikhamenei", "khamenei", ""}, // neighbours, as before
		{"VLADIMIRKHAMENEI", "", ""},             // two words of different names
		{"ABDULZAHID Qasim", "", ""},             // two words between them
	})
	// Not split, at any score: two words of different names, two words
	// with two between them, and two neighbours, which a pair joins as one
	// word of the query (Najibullah Haqani is not Najib Ullah).
	for _, q := range []string{"VLADIMIRKHAMENEI", "KARIMQASIM", "Karimqasim Bashir", "Najibullah Haqani"} {
		for _, m := range ix.Scan(Query{Name: q}, 0) {
			if strings.Contains(m.Reason, "split") {
				t.Errorf("%q: %s: %s", q, m.Entity.ID, m.Reason)
			}
		}
	}
}

// A findCase is a query and the entity Search and Scan find for it at
// DefaultMin ("" for none), with what the reason of its match holds.
type findCase struct {
	query, want string
	reason      string
}

// checkFinds checks that Search and Scan find, for each case's query, its
// entity alone with its reason, or nothing.
func checkFinds(t *testing.T, ix *Index, cases []findCase) {
	t.Helper()
	for _, tt := range cases {
		for _, ms := range [][]Match{ix.Search(Query{Name: tt.query}, DefaultMin), ix.Scan(Query{Name: tt.query}, DefaultMin)} {
			var got []string
			for _, m := range ms {
				got = append(got, m.Entity.ID)
			}
			want := []string{}
			if tt.want != "" {
				want = []string{tt.want}
			}
			if !slices.Equal(got, want) && !(len(got) == 0 && len(want) == 0) {
				t.Errorf("%q: found %v, want %v", tt.query, got, want)
				continue
			}
			if tt.reason != "" && !strings.Contains(ms[0].Reason, tt.reason) {
				t.Errorf("%q: reason %q, want it to hold %q", tt.query, ms[0].Reason, tt.reason)
			}
		}
	}
}

// wholePerson returns a person of the given id with one name, written
// whole.
func wholePerson(id, name string) *sanctions.Entity {
	return &sanctions.Entity{ID: id, Type: sanctions.Person, Names: []sanctions.Name{{Whole: name}}}
}

// TestKanaSplits checks that a word in kana is read split in two where
// katakana writes two Latin words as one, in the query and in the list,
// and that ん ending a syllable reads as ng.
func TestKanaSplits(t *testing.T) {
	ix := NewIndex([]*sanctions.Entity{
		wholePerson("un", "Kim Jong Un"),
		wholePerson("yojong", "Kim Yo Jong"),
		wholePerson("yongnam", "Kim Yong Nam"),
		{ID: "qaida", Type: sanctions.Organisation, Names: []sanctions.Name{{Whole: "Al-Qaida"}}},
		wholePerson("kana", "チェ・リョンヘ"),
	})
	checkFinds(t, ix, []findCase{
		{"キム・ジョンウン", "un", "the query read with a word in kana split (×0.95), alias \"Kim Jong Un\" (no language): キム~Kim 1.00, ジョン~Jong 1.00, ウン~Un 1.00"},
		{"キム・ヨジョン", "yojong", "ヨ~Yo 1.00, ジョン~Jong 1.00"}, // not Kim Yong Nam
		{"アルカイダ", "qaida", "アル~Al 1.00"},
		{"Choe Ryong Hae", "kana", "(no language, a word in kana split: ×0.95): Choe~チェ 0.88, Ryong~リョン 1.00"},
		{"キム・ヨンナム", "yongnam", ""},
	})
	for _, w := range []string{"ヨジョン", "ジョンウン", "キム"} {
		if got := kanaBoundaries([]rune(w)); w == "キム" && got != nil || w != "キム" && len(got) != 1 {
			t.Errorf("kanaBoundaries(%s) = %v", w, got)
		}
	}
}
