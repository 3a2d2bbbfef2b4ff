package fsf_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/acquis-eu/acquis/sanctions"
	"github.com/acquis-eu/acquis/sanctions/fsf"
)

// changed2018 is the real excerpt of 2018-12-21 with changes invented for
// the tests (testdata/README.md): one entity removed, one added, and the
// other given a new alias, a new birth date and a new act.
const changed2018 = "changed2018.xml"

// compareFiles compares the files old and new, each in testdata or in
// testdata/real.
func compareFiles(t *testing.T, old, new string) *fsf.Diff {
	t.Helper()
	d, err := fsf.Compare(bytes.NewReader(readAny(t, old)), bytes.NewReader(readAny(t, new)))
	if err != nil {
		t.Fatalf("Compare(%s, %s): %v", old, new, err)
	}
	return d
}

func readAny(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if errors.Is(err, os.ErrNotExist) {
		return readReal(t, name)
	}
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestCompare2018(t *testing.T) {
	d := compareFiles(t, real2018, changed2018)
	_, old, _ := fsf.ReadAll(bytes.NewReader(readReal(t, real2018)))
	_, new, _ := fsf.ReadAll(bytes.NewReader(readTestdata(t, changed2018)))
	mugabe, ibdac := old[0], old[1]
	mugabe2, jan := new[0], new[1]
	act := sanctions.Citation{Type: "amendment", Organisation: "council", Published: date("2018-12-22"), InForce: date("2018-12-22"),
		NumberTitle: "9999/2 (OJ L1)", Programme: "ZWE", LogicalID: 999001, URL: "https://eur-lex.europa.eu/example/9999-2"}
	want := &fsf.Diff{
		Old: fsf.Header{Format: fsf.XML11, Generated: date("2018-12-21"), GeneratedAt: "2018-12-21T14:39:54.511+01:00",
			GlobalFileID: 118887, Namespace: fsf.Namespace},
		New: fsf.Header{Format: fsf.XML11, Generated: date("2018-12-22"), GeneratedAt: "2018-12-22T14:39:54.511+01:00",
			GlobalFileID: 118888, Namespace: fsf.Namespace},
		Added:   []fsf.Entry{{ID: "EU.502.12", Name: "Haji Ahmad Jan", Entity: jan}},
		Removed: []fsf.Entry{{ID: "EU.3523.13", Name: "İslami Büyük Doğu Akıncılar Cephesi", Entity: ibdac}},
		Changed: []fsf.Changed{{
			ID: "EU.36.64", Name: "Robert Gabriel Mugabe",
			Parts: []string{"names", "birthDates", "regulations"},
			Names: fsf.PartDiff[sanctions.Name]{Added: []sanctions.Name{{
				Whole: "Robert Mugabe", First: "Robert", Last: "Mugabe", Language: "EN", Gender: sanctions.Male, Strength: sanctions.Strong,
				Record: sanctions.Record{LogicalID: 999002, RegulationLanguage: "en", Source: &sanctions.Citation{
					Type: "amendment", Published: date("2018-12-22"), NumberTitle: "9999/2 (OJ L1)", URL: "https://eur-lex.europa.eu/example/9999-2"}},
			}}},
			BirthDates: fsf.PartDiff[sanctions.BirthDate]{Changed: []fsf.PartChange[sanctions.BirthDate]{{
				Old: mugabe.BirthDates[0], New: mugabe2.BirthDates[0], Fields: []string{"date", "day"},
			}}},
			Regulations: fsf.PartDiff[sanctions.Citation]{Added: []sanctions.Citation{act}},
			Old:         mugabe, New: mugabe2,
		}},
	}
	if diff := cmp.Diff(want, d, opts); diff != "" {
		t.Errorf("Compare (-want +got):\n%s", diff)
	}
	if got := mugabe2.BirthDates[0].Date; got != date("1924-02-22") {
		t.Errorf("new birth date %v", got)
	}

	// The diff reads back from its JSON.
	b, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	var back fsf.Diff
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(d, &back, opts); diff != "" {
		t.Errorf("JSON round trip (-want +got):\n%s", diff)
	}
	var keys map[string]any
	json.Unmarshal(b, &keys)
	for _, k := range []string{"added", "removed", "changed"} {
		l, _ := keys[k].([]any)
		if len(l) != 1 || l[0].(map[string]any)["id"] == nil || l[0].(map[string]any)["name"] == nil {
			t.Errorf("JSON %s = %v, want one {id, name, ...}", k, keys[k])
		}
	}

	// And the other way round.
	d = compareFiles(t, changed2018, real2018)
	if len(d.Added) != 1 || d.Added[0].ID != "EU.3523.13" || len(d.Removed) != 1 || d.Removed[0].ID != "EU.502.12" ||
		len(d.Changed) != 1 || len(d.Changed[0].Names.Removed) != 1 || len(d.Changed[0].Regulations.Removed) != 1 ||
		d.Changed[0].BirthDates.Changed[0].New.Day != 21 {
		t.Errorf("Compare(new, old) = %+v", d)
	}
}

// TestCompareSame checks that a list compared with itself has no change,
// in each format.
func TestCompareSame(t *testing.T) {
	for _, name := range []string{"fsf11.xml", "fsf11.csv", "fsf10.xml", changed2018, real2018, realGSmiguel, realLegacy} {
		d := compareFiles(t, name, name)
		if !d.IsZero() || d.Old != d.New {
			t.Errorf("%s with itself: %d added, %d removed, %d changed", name, len(d.Added), len(d.Removed), len(d.Changed))
		}
	}
}

// TestCompareOrder checks that the order of entities, of the parts of an
// entity and of the remarks and contact details of a part is no change.
func TestCompareOrder(t *testing.T) {
	old := doc11(entity11(1, `<nameAlias wholeName="A" logicalId="1"><remark>r1</remark><remark>r2</remark></nameAlias>`+
		`<nameAlias wholeName="B" logicalId="2"/><remark>x</remark><remark>y</remark>`+
		`<address city="C" logicalId="3"><contactInfo key="PHONE" value="1"/><contactInfo key="FAX" value="2"/></address>`) +
		"\n" + entity11(2, ""))
	new := doc11(entity11(2, "") + "\n" + entity11(1, `<remark>y</remark>`+
		`<address city="C" logicalId="3"><contactInfo key="FAX" value="2"/><contactInfo key="PHONE" value="1"/></address>`+
		`<nameAlias wholeName="B" logicalId="2"/><remark>x</remark>`+
		`<nameAlias wholeName="A" logicalId="1"><remark>r2</remark><remark>r1</remark></nameAlias>`))
	d, err := fsf.Compare(strings.NewReader(old), strings.NewReader(new))
	if err != nil || !d.IsZero() {
		t.Errorf("Compare = %+v, %v; want no change", d, err)
	}

	// But a part twice is not the part once.
	twice := strings.Replace(new, `<remark>x</remark>`, `<remark>x</remark><remark>x</remark>`, 1)
	d, err = fsf.Compare(strings.NewReader(old), strings.NewReader(twice))
	if err != nil || len(d.Changed) != 1 || !slicesEqual(d.Changed[0].Remarks.Added, []string{"x"}) {
		t.Errorf("Compare = %+v, %v; want the remark x added", d, err)
	}
}

func slicesEqual(a, b []string) bool { return strings.Join(a, "\x00") == strings.Join(b, "\x00") }

// TestCompareParts checks what a change of each kind reports.
func TestCompareParts(t *testing.T) {
	base := `<nameAlias wholeName="A" nameLanguage="EN" logicalId="1"/><birthdate year="1960" logicalId="2"/>` +
		`<regulation numberTitle="1/2020" logicalId="3"/><citizenship countryIso2Code="BY" logicalId="4"/>`
	tests := []struct {
		name      string
		old, new  string // entity 1, with its EU reference number EU.1.1
		wantParts []string
		check     func(c fsf.Changed) bool
	}{
		{"alias spelled anew", base, strings.Replace(base, `wholeName="A"`, `wholeName="a"`, 1), []string{"names"},
			func(c fsf.Changed) bool {
				return len(c.Names.Changed) == 1 && slicesEqual(c.Names.Changed[0].Fields, []string{"whole"})
			}},
		{"alias without a logical id spelled anew", strings.Replace(base, `logicalId="1"`, ``, 1),
			strings.Replace(strings.Replace(base, `logicalId="1"`, ``, 1), `wholeName="A"`, `wholeName="a"`, 1), []string{"names"},
			func(c fsf.Changed) bool { return len(c.Names.Added) == 1 && len(c.Names.Removed) == 1 }},
		{"alias with a new logical id", base, strings.Replace(base, `logicalId="1"`, `logicalId="9"`, 1), []string{"names"},
			func(c fsf.Changed) bool { return len(c.Names.Added) == 1 && len(c.Names.Removed) == 1 }},
		{"alias's remark", base, strings.Replace(base, `logicalId="1"/>`, `logicalId="1"><remark>low quality alias</remark></nameAlias>`, 1),
			[]string{"names"},
			func(c fsf.Changed) bool { return slicesEqual(c.Names.Changed[0].Fields, []string{"remarks"}) }},
		{"alias's act", base, strings.Replace(base, `logicalId="1"/>`, `logicalId="1"><regulationSummary numberTitle="2/2021"/></nameAlias>`, 1),
			[]string{"names"},
			func(c fsf.Changed) bool { return slicesEqual(c.Names.Changed[0].Fields, []string{"source"}) }},
		{"birth year", base, strings.Replace(base, `1960`, `1961`, 1), []string{"birthDates"},
			func(c fsf.Changed) bool { return slicesEqual(c.BirthDates.Changed[0].Fields, []string{"year"}) }},
		{"act removed", base, strings.Replace(base, `<regulation numberTitle="1/2020" logicalId="3"/>`, ``, 1), []string{"regulations"},
			func(c fsf.Changed) bool { return len(c.Regulations.Removed) == 1 }},
		{"citizenship", base, strings.Replace(base, `BY`, `RU`, 1), []string{"citizenships"},
			func(c fsf.Changed) bool { return slicesEqual(c.Citizenships.Changed[0].Fields, []string{"country"}) }},
		{"identification", base, base + `<identification number="1" logicalId="5"/>`, []string{"identifications"},
			func(c fsf.Changed) bool { return len(c.Identifications.Added) == 1 }},
		{"address", base + `<address city="Minsk" logicalId="6"/>`, base, []string{"addresses"},
			func(c fsf.Changed) bool { return len(c.Addresses.Removed) == 1 }},
		{"remark", base, base + `<remark>r</remark>`, []string{"remarks"},
			func(c fsf.Changed) bool { return slicesEqual(c.Remarks.Added, []string{"r"}) }},
		{"several", base, strings.Replace(base, `1960`, `1961`, 1) + `<remark>r</remark>`, []string{"birthDates", "remarks"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := fsf.Compare(strings.NewReader(doc11(entity11(1, tt.old))), strings.NewReader(doc11(entity11(1, tt.new))))
			if err != nil || len(d.Changed) != 1 || len(d.Added)+len(d.Removed) != 0 {
				t.Fatalf("Compare = %+v, %v; want one entity changed", d, err)
			}
			c := d.Changed[0]
			if !slicesEqual(c.Parts, tt.wantParts) || tt.check != nil && !tt.check(c) {
				t.Errorf("changed %v: %+v", c.Parts, c)
			}
		})
	}
}

// TestCompareEntityFields checks that a change of the entity's own fields
// is reported, and that an entity that gains an EU reference number, or
// changes it, is the same entity, by its logical id.
func TestCompareEntityFields(t *testing.T) {
	const person = `<subjectType code="person"/>`
	for _, tt := range []struct {
		old, new  string
		wantParts []string
	}{
		{`<sanctionEntity euReferenceNumber="EU.1.1" logicalId="1">` + person, `<sanctionEntity euReferenceNumber="EU.1.1" logicalId="1" designationDate="2020-11-06">` + person,
			[]string{"designated"}},
		{`<sanctionEntity euReferenceNumber="EU.1.1" logicalId="1">` + person, `<sanctionEntity euReferenceNumber="EU.1.1" logicalId="2"><subjectType code="enterprise"/>`,
			[]string{"type", "logicalId"}},
		{`<sanctionEntity logicalId="7">` + person, `<sanctionEntity euReferenceNumber="EU.7.1" logicalId="7">` + person,
			[]string{"id", "euReference"}},
		{`<sanctionEntity euReferenceNumber="EU.7.1" logicalId="7">` + person, `<sanctionEntity euReferenceNumber="EU.7.2" logicalId="7" unitedNationId="X">` + person,
			[]string{"id", "euReference", "unReference"}},
	} {
		d, err := fsf.Compare(strings.NewReader(doc11(tt.old+"</sanctionEntity>")), strings.NewReader(doc11(tt.new+"</sanctionEntity>")))
		if err != nil || len(d.Changed) != 1 || len(d.Added)+len(d.Removed) != 0 || !slicesEqual(d.Changed[0].Parts, tt.wantParts) {
			t.Errorf("Compare(%s, %s) = %+v, %v; want %v changed", tt.old, tt.new, d, err, tt.wantParts)
		}
	}

	// A logical id that another entity of the list has too does not
	// match: one removed, one added.
	old := doc11(`<sanctionEntity logicalId="7">` + person + `</sanctionEntity>`)
	new := doc11(`<sanctionEntity euReferenceNumber="EU.7.1" logicalId="7">` + person + `</sanctionEntity>` +
		`<sanctionEntity euReferenceNumber="EU.7.2" logicalId="7">` + person + `</sanctionEntity>`)
	d, err := fsf.Compare(strings.NewReader(old), strings.NewReader(new))
	if err != nil || len(d.Changed) != 0 || len(d.Added) != 2 || len(d.Removed) != 1 {
		t.Errorf("Compare = %+v, %v; want 2 added, 1 removed", d, err)
	}
}

// TestCompareErrors checks that an error says which list and wraps the
// reader's *ParseError; and that an ID given twice is an error.
func TestCompareErrors(t *testing.T) {
	good := doc11(entity11(1, ""))
	bad := doc11(entity11(1, "") + "\n" + entity11(2, `<birthdate birthdate="2020-13-01"/>`))
	twice := doc11(entity11(1, "") + "\n" + entity11(2, "") + "\n" + entity11(1, ""))
	for _, tt := range []struct {
		old, new string
		list     string
		line     int
		want     error
		msg      string
	}{
		{bad, good, "old", 3, fsf.ErrValue, "fsf: the old list: line 3: entity 2: birthdate@birthdate: malformed value: "},
		{good, bad, "new", 3, fsf.ErrValue, "fsf: the new list: line 3: entity 2: birthdate@birthdate: "},
		{good, twice, "new", 4, fsf.ErrConflict, `fsf: the new list: line 4: entity 3: conflicting values: a second entity "EU.1.1": entity 1 has the same ID`},
		{twice, good, "old", 4, fsf.ErrConflict, `fsf: the old list: line 4: entity 3: `},
		{good, "garbage", "new", 1, fsf.ErrFormat, `fsf: the new list: line 1: `},
	} {
		_, err := fsf.Compare(strings.NewReader(tt.old), strings.NewReader(tt.new))
		var ce *fsf.CompareError
		var pe *fsf.ParseError
		if !errors.As(err, &ce) || ce.List != tt.list || !errors.As(err, &pe) || pe.Line != tt.line || !errors.Is(err, tt.want) ||
			!strings.HasPrefix(err.Error(), tt.msg) {
			t.Errorf("Compare: %v; want the %s list, line %d, %v, %q", err, tt.list, tt.line, tt.want, tt.msg)
		}
	}
}
