package fsf_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/acquis-eu/acquis/sanctions"
	"github.com/acquis-eu/acquis/sanctions/fsf"
)

// realDir is the folder of the real Financial Sanctions Files, copied
// with their origin and licence (testdata/real/README.md).
var realDir = filepath.Join("testdata", "real")

// The real files, by format.
const (
	real2018     = "eu_fsf_1_1_excerpt_2018-12-21.xml"
	realGSmiguel = "eu_fsf_1_1_excerpt_GSmiguel_2entities.xml"
	realLegacy   = "eu_fsf_v1_0_2016_excerpt_opendatalabcz.xml"
	realHeader   = "eu_fsf_csv_1_1_header_118cols.txt"
)

// readReal returns the content of the real file name.
func readReal(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(realDir, name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// counts are the numbers of the parts of a list.
type counts struct {
	Entities, Persons, Names, BirthDates, Identifications, Addresses, Citizenships, Remarks, Regulations, Sources, Contacts int
}

// countModel counts the parts of the entities that the reader returns.
func countModel(all []*sanctions.Entity) counts {
	var c counts
	record := func(r sanctions.Record) {
		c.Remarks += len(r.Remarks)
		if r.Source != nil {
			c.Sources++
		}
	}
	for _, e := range all {
		c.Entities++
		if e.Type == sanctions.Person {
			c.Persons++
		}
		c.Names += len(e.Names)
		c.BirthDates += len(e.BirthDates)
		c.Identifications += len(e.Identifications)
		c.Addresses += len(e.Addresses)
		c.Citizenships += len(e.Citizenships)
		c.Remarks += len(e.Remarks)
		c.Regulations += len(e.Regulations)
		for _, x := range e.Names {
			record(x.Record)
		}
		for _, x := range e.BirthDates {
			record(x.Record)
		}
		for _, x := range e.Identifications {
			record(x.Record)
		}
		for _, x := range e.Citizenships {
			record(x.Record)
		}
		for _, x := range e.Addresses {
			record(x.Record)
			c.Contacts += len(x.Contacts)
		}
	}
	return c
}

// tags counts the start tags of the element name in b, with a regular
// expression: independently of the reader.
func tags(b []byte, name string) int {
	return len(regexp.MustCompile(`<`+name+`[\s/>]`).FindAllIndex(b, -1))
}

// countXML11 counts the parts of an XML 1.1 file from its start tags.
func countXML11(b []byte) counts {
	return counts{
		Entities:        tags(b, "sanctionEntity"),
		Persons:         strings.Count(string(b), `<subjectType code="person"`),
		Names:           tags(b, "nameAlias"),
		BirthDates:      tags(b, "birthdate"),
		Identifications: tags(b, "identification"),
		Addresses:       tags(b, "address"),
		Citizenships:    tags(b, "citizenship"),
		Remarks:         tags(b, "remark"),
		Regulations:     tags(b, "regulation"),
		Sources:         tags(b, "regulationSummary"),
		Contacts:        tags(b, "contactInfo"),
	}
}

// countXML10 counts the parts of a legacy file from its start tags. Each
// part cites an act; an ENTITY's remark attribute, when not empty, is a
// remark.
func countXML10(b []byte) counts {
	s := string(b)
	parts := tags(b, "NAME") + tags(b, "BIRTH") + tags(b, "PASSPORT") + tags(b, "CITIZEN") + tags(b, "ADDRESS")
	return counts{
		Entities:        tags(b, "ENTITY"),
		Persons:         strings.Count(s, `<ENTITY Id="`) - strings.Count(s, ` Type="E"`),
		Names:           tags(b, "NAME"),
		BirthDates:      tags(b, "BIRTH"),
		Identifications: tags(b, "PASSPORT"),
		Addresses:       tags(b, "ADDRESS"),
		Citizenships:    tags(b, "CITIZEN"),
		Remarks:         strings.Count(s, ` remark="`) - strings.Count(s, ` remark=""`),
		Regulations:     strings.Count(s, `<ENTITY Id="`),
		Sources:         parts,
	}
}

// TestRealCounts reads each real file completely and compares the numbers
// of its parts with a count of its start tags.
func TestRealCounts(t *testing.T) {
	tests := []struct {
		name   string
		format fsf.Format
		count  func([]byte) counts
		want   counts // the counts, as a check of the counting itself
	}{
		{real2018, fsf.XML11, countXML11, counts{Entities: 2, Persons: 1, Names: 20, BirthDates: 1, Identifications: 1, Remarks: 1, Regulations: 2, Sources: 22}},
		{realGSmiguel, fsf.XML11, countXML11, counts{Entities: 2, Persons: 2, Names: 10, BirthDates: 4, Identifications: 1, Citizenships: 1, Remarks: 2, Regulations: 2, Sources: 16}},
		{realLegacy, fsf.XML10, countXML10, counts{Entities: 595, Persons: 319, Names: 2993, BirthDates: 615, Identifications: 137, Addresses: 503, Citizenships: 406, Remarks: 319, Regulations: 595, Sources: 4654}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := readReal(t, tt.name)
			h, all, err := readAll(t, b)
			if err != nil {
				t.Fatal(err)
			}
			if h.Format != tt.format {
				t.Errorf("format %v, want %v", h.Format, tt.format)
			}
			tags := tt.count(b)
			if got := countModel(all); got != tags {
				t.Errorf("read  %+v\nwant %+v (from the start tags)", got, tags)
			}
			if tags != tt.want {
				t.Errorf("start tags %+v\nwant       %+v", tags, tt.want)
			}
			ids := make(map[string]bool)
			for _, e := range all {
				if ids[e.ID] || e.ID == "" || !e.Type.IsValid() {
					t.Errorf("entity %q of type %v: empty, invalid or repeated", e.ID, e.Type)
				}
				ids[e.ID] = true
			}
		})
	}
}

func TestReal2018(t *testing.T) {
	_, all, err := readAll(t, readReal(t, real2018))
	if err != nil {
		t.Fatal(err)
	}
	m := all[0]
	// testdata/fsf11.xml restates this entity: both read the same.
	if diff := cmp.Diff(mugabe, m, opts); diff != "" {
		t.Errorf("Mugabe (-fixture +real):\n%s", diff)
	}
	if m.Name() != "Robert Gabriel Mugabe" || m.Regulations[0].Programme != "ZWE" {
		t.Errorf("first entity: %q, %+v", m.Name(), m.Regulations)
	}
	p := m.Identifications[0]
	if p.Number != "AD001095" || p.TypeCode != "passport" || p.TypeDescription != "National passport" ||
		p.Country.Code != "00" || len(p.Remarks) != 1 || p.Remarks[0] != "(passport)" ||
		p.Source == nil || p.Source.NumberTitle != "151/2012 (OJ L49)" || p.Source.Published != date("2012-02-22") || p.LogicalID != 315 {
		t.Errorf("Mugabe's passport: %+v %+v", p, p.Source)
	}
	if b := m.BirthDates[0]; b.Date != date("1924-02-21") || b.String() != "1924-02-21" || b.Source.NumberTitle != "898/2005 (OJ L153)" {
		t.Errorf("Mugabe's birth date: %+v", b)
	}
	ibdac := all[1]
	if ibdac.ID != "EU.3523.13" || ibdac.Type != sanctions.Organisation || len(ibdac.Names) != 19 {
		t.Fatalf("IBDA-C: %q, %v, %d aliases", ibdac.ID, ibdac.Type, len(ibdac.Names))
	}
	var langs []string
	for _, n := range ibdac.Names {
		langs = append(langs, n.Language)
		if n.Strength != sanctions.Strong || n.Gender != 0 || n.Source == nil {
			t.Errorf("IBDA-C alias %q: %v, %v, %v", n.Whole, n.Strength, n.Gender, n.Source)
		}
	}
	const wantLangs = ",,BG,PT,SL,SK,PL,HU,LT,LV,ET,CS,IT,DE,EL,ES,FR,,RO"
	if got := strings.Join(langs, ","); got != wantLangs {
		t.Errorf("IBDA-C languages %s, want %s", got, wantLangs)
	}
	// The Greek alias writes mu with U+00B5 MICRO SIGN: kept as written.
	if g := ibdac.Names[14].Whole; g != "Μέγα Ισλα\u00b5ικό Μέτωπο των Πολε\u00b5ιστών της Ανατολής" {
		t.Errorf("Greek alias %q (%+q)", g, g)
	}
	if n := ibdac.Names[0]; n.Whole != "İslami Büyük Doğu Akıncılar Cephesi" || n.LogicalID != 6068 {
		t.Errorf("Turkish alias: %+v", n)
	}
	if ibdac.Name() != "İslami Büyük Doğu Akıncılar Cephesi" || ibdac.Names[17].Whole != "IBDA-C" {
		t.Errorf("IBDA-C: Name() %q, alias 18 %q", ibdac.Name(), ibdac.Names[17].Whole)
	}
}

func TestRealGSmiguel(t *testing.T) {
	h, all, err := readAll(t, readReal(t, realGSmiguel))
	if err != nil {
		t.Fatal(err)
	}
	if h.GlobalFileID != 184961 || h.Generated != date("2026-08-05") || h.GeneratedAt != "2026-08-05T16:47:04.449+02:00" {
		t.Errorf("header %+v", h)
	}
	ksm := all[0]
	// Name() is the first strong alias in English or untagged that gives
	// a last name.
	if ksm.ID != "EU.3579.2" || ksm.Name() != "Khalid Sheikh MOHAMMED" || len(ksm.Names) != 7 {
		t.Errorf("Khalid Sheikh MOHAMMED: %q, %q, %d aliases", ksm.ID, ksm.Name(), len(ksm.Names))
	}
	if n := ksm.Names[5]; n.First != "Khalid Sheikh" || n.Last != "MOHAMMED" || n.Language != "EN" || n.Gender != sanctions.Male {
		t.Errorf("alias 6: %+v", n)
	}
	if n := ksm.Names[0]; n.Whole != "Bin Khalid Fahd Bin Adballah" || n.Language != "FR" {
		t.Errorf("alias 1: %+v", n)
	}
	id := ksm.Identifications[0]
	if id.Number != "488555" || id.Source == nil || id.Source.Type != "repealing" || id.Source.NumberTitle != "2015/1325 (OJ L206)" ||
		id.Source.Published != date("2015-08-01") || id.Source.URL != "http://eur-lex.europa.eu/legal-content/EN/TXT/PDF/?uri=CELEX:32015R1325&rid=1" {
		t.Errorf("passport: %+v, cited by %+v", id, id.Source)
	}
	if r := ksm.Regulations[0]; r.NumberTitle != "2025/206 (L 202500206)" || r.Number() != "2025/206" || r.InForce != date("2025-02-01") || r.LogicalID != 207667 {
		t.Errorf("regulation: %+v", r)
	}
	if b := ksm.BirthDates[1]; b.String() != "1964-03-01" || b.City != "-" || b.Country.Code != "PK" || b.Source.NumberTitle != "2005/848/EC (OJ L314)" {
		t.Errorf("second birth date: %+v", b)
	}
	jan := all[1]
	if jan.ID != "EU.502.12" || jan.Designated != date("2001-01-25") || len(jan.Remarks) != 1 ||
		!strings.HasPrefix(jan.Remarks[0], "Believed to be in Afghanistan/ Pakistan border area.") {
		t.Errorf("Haji Ahmad Jan: %q, %v, %q", jan.ID, jan.Designated, jan.Remarks)
	}
	if len(jan.BirthDates) != 2 {
		t.Fatalf("Haji Ahmad Jan: %d birth dates", len(jan.BirthDates))
	}
	for i, city := range []string{"Tirin Kot District, Uruzgan Province", "Kandahar province"} {
		b := jan.BirthDates[i]
		if b.YearFrom != 1953 || b.YearTo != 1958 || !b.Circa || b.Year != 0 || b.Date.IsValid() || b.City != city ||
			b.Calendar != "GREGORIAN" || b.String() != "c. 1953..1958" {
			t.Errorf("birth date %d: %+v", i+1, b)
		}
	}
	if r := jan.BirthDates[0].Remarks; len(r) != 1 || r[0] != "between 1953 and 1958" {
		t.Errorf("birth date remarks %q", r)
	}
	if n := jan.Names[2]; n.Gender != 0 || n.Title != "Maulavi" || n.Function != "Minister of Water and Electricity under the Taliban regime" {
		t.Errorf("alias 3: %+v", n)
	}
	if z := jan.Citizenships[0]; z.Country != (sanctions.Country{Code: "AF", Description: "AFGHANISTAN"}) || z.LogicalID != 101684 {
		t.Errorf("citizenship: %+v", z)
	}
}

func TestRealLegacy(t *testing.T) {
	b := readReal(t, realLegacy)
	h, all, err := readAll(t, b)
	if err != nil {
		t.Fatal(err)
	}
	if h.Generated != date("2016-02-11") || h.GeneratedAt != "11/02/2016" {
		t.Errorf("header %+v", h)
	}
	// Every DATE that is neither a date nor a year is kept as text, as
	// written: count them independently.
	var wantTexts []string
	for _, m := range regexp.MustCompile(`<DATE>([^<]*)</DATE>`).FindAllStringSubmatch(string(b), -1) {
		if !regexp.MustCompile(`^(\d{4}-\d\d-\d\d|\d{4})?$`).MatchString(m[1]) {
			wantTexts = append(wantTexts, m[1])
		}
	}
	var texts []string
	approx1957 := 0
	for _, e := range all {
		for _, d := range e.BirthDates {
			if d.Text != "" {
				texts = append(texts, d.Text)
			}
			if d.Text == "1957 (approximative)" {
				approx1957++
				if d.Year != 1957 || !d.Circa {
					t.Errorf("entity %s: %+v", e.ID, d)
				}
			}
			if d.Text == "" && d.Year == 0 && d.String() != "" {
				t.Errorf("entity %s: an empty date prints %q", e.ID, d)
			}
		}
	}
	if strings.Join(texts, "|") != strings.Join(wantTexts, "|") || len(texts) != 224 {
		t.Errorf("%d dates kept as text, want %d and 224", len(texts), len(wantTexts))
	}
	if approx1957 != 8 {
		t.Errorf("%d dates \"1957 (approximative)\", want 8", approx1957)
	}
	m := all[0]
	if m.ID != "logical-1" || m.Identifications[0].Number != "AD001095 (passport-National passport) ((passport))" ||
		m.Identifications[0].TypeCode != "passport" || len(m.Names) != 2 || m.Names[1].Function != "president" {
		t.Errorf("Mugabe: %+v", m)
	}
	last := all[len(all)-1]
	want := "A 0141062 (travelcardid-Temporary Travel Document) [revoked by issuer](german travel document (‘reiseausweis’) . revoked as at sep.2012.)"
	if last.ID != "logical-3221" || last.Identifications[0].Number != want || last.Identifications[0].Country.Code != "DEU" ||
		last.Addresses[0].City != "[Bavaria]" || last.Regulations[0].Programme != "TAQA" {
		t.Errorf("last entity: %+v", last)
	}
}

// TestRealCSVHeader checks that the real header of CSV 1.1 reads, and is
// the header of the fixture.
func TestRealCSVHeader(t *testing.T) {
	b := readReal(t, realHeader)
	h, all, err := readAll(t, b)
	if err != nil || h.Format != fsf.CSV11 || len(all) != 0 {
		t.Fatalf("ReadAll(header) = %+v, %d entities, %v", h, len(all), err)
	}
	if got, want := strings.Join(csvColumns(t), ";"), strings.TrimSpace(string(b)); got != want {
		t.Errorf("the fixture's header is not the real one:\n%s\n%s", got, want)
	}
}
