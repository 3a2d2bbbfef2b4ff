package fsf_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/acquis-eu/acquis"
	"github.com/acquis-eu/acquis/sanctions"
	"github.com/acquis-eu/acquis/sanctions/fsf"
)

var opts = cmp.Options{cmpopts.EquateEmpty()}

func readTestdata(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// readAll reads b with ReadAll and with a Decoder, checks that both agree,
// and returns what ReadAll returns.
func readAll(t testing.TB, b []byte) (fsf.Header, []*sanctions.Entity, error) {
	t.Helper()
	h, all, err := fsf.ReadAll(bytes.NewReader(b))
	d := fsf.NewDecoder(bytes.NewReader(b))
	var each []*sanctions.Entity
	for d.Next() {
		each = append(each, d.Entity())
	}
	if (err == nil) != (d.Err() == nil) || err != nil && err.Error() != d.Err().Error() {
		t.Fatalf("ReadAll: %v; Decoder: %v", err, d.Err())
	}
	if diff := cmp.Diff(all, each, opts); diff != "" {
		t.Fatalf("ReadAll and Decoder differ (-ReadAll +Decoder):\n%s", diff)
	}
	if d.Header() != h {
		t.Fatalf("ReadAll header %+v, Decoder header %+v", h, d.Header())
	}
	return h, all, err
}

func date(s string) acquis.Date { return acquis.MustParseDate(s) }

// The acts that the fixtures cite, as the XML 1.1 regulationSummary
// elements cite them.
var (
	reg2018x223 = &sanctions.Citation{Type: "amendment", Published: date("2018-02-16"), NumberTitle: "2018/223 (OJ L43)",
		URL: "http://eur-lex.europa.eu/legal-content/EN/TXT/PDF/?uri=CELEX:32018R0223&from=EN"}
	reg2005x898 = &sanctions.Citation{Type: "amendment", Published: date("2005-06-16"), NumberTitle: "898/2005 (OJ L153)",
		URL: "http://eur-lex.europa.eu/LexUriServ/LexUriServ.do?uri=OJ:L:2005:153:0009:0014:EN:PDF"}
	reg2012x151 = &sanctions.Citation{Type: "amendment", Published: date("2012-02-22"), NumberTitle: "151/2012 (OJ L49)",
		URL: "http://eur-lex.europa.eu/LexUriServ/LexUriServ.do?uri=OJ:L:2012:049:0002:0016:EN:PDF"}
)

// mugabe is the first entity of testdata/fsf11.xml, which restates the
// listing of Robert Gabriel Mugabe in the list of 2018-12-21.
var mugabe = &sanctions.Entity{
	ID: "EU.36.64", Type: sanctions.Person, LogicalID: 1, EUReference: "EU.36.64",
	Regulations: []sanctions.Citation{{
		Type: "amendment", Organisation: "commission", Published: date("2018-02-16"), InForce: date("2018-02-16"),
		NumberTitle: "2018/223 (OJ L43)", Programme: "ZWE", LogicalID: 110201,
		URL: "http://eur-lex.europa.eu/legal-content/EN/TXT/PDF/?uri=CELEX:32018R0223&from=EN",
	}},
	Names: []sanctions.Name{{
		Whole: "Robert Gabriel Mugabe", First: "Robert", Middle: "Gabriel", Last: "Mugabe",
		Gender: sanctions.Male, Function: "Former President", Strength: sanctions.Strong,
		Record: sanctions.Record{LogicalID: 1, RegulationLanguage: "en", Source: reg2018x223},
	}},
	BirthDates: []sanctions.BirthDate{{
		Date: date("1924-02-21"), Day: 21, Month: 2, Year: 1924, Calendar: "GREGORIAN",
		Country: sanctions.Country{Code: "00", Description: "UNKNOWN"},
		Record:  sanctions.Record{LogicalID: 1, RegulationLanguage: "en", Source: reg2005x898},
	}},
	Identifications: []sanctions.Identification{{
		Number: "AD001095", TypeCode: "passport", TypeDescription: "National passport",
		Country: sanctions.Country{Code: "00", Description: "UNKNOWN"},
		Record:  sanctions.Record{LogicalID: 315, RegulationLanguage: "en", Remarks: []string{"(passport)"}, Source: reg2012x151},
	}},
}

func TestXML11Fixture(t *testing.T) {
	h, all, err := readAll(t, readTestdata(t, "fsf11.xml"))
	if err != nil {
		t.Fatal(err)
	}
	wantHeader := fsf.Header{Format: fsf.XML11, Generated: date("2018-12-21"), GeneratedAt: "2018-12-21T14:39:54.511+01:00",
		GlobalFileID: 118887, Namespace: fsf.Namespace}
	if h != wantHeader {
		t.Errorf("header = %+v, want %+v", h, wantHeader)
	}
	if len(all) != 3 {
		t.Fatalf("read %d entities, want 3", len(all))
	}
	if diff := cmp.Diff(mugabe, all[0], opts); diff != "" {
		t.Errorf("Mugabe (-want +got):\n%s", diff)
	}
	jan := all[1]
	if jan.ID != "EU.502.12" || jan.Designated != date("2001-01-25") || len(jan.Remarks) != 1 {
		t.Errorf("Haji Ahmad Jan: ID %q, designated %v, remarks %q", jan.ID, jan.Designated, jan.Remarks)
	}
	if n := jan.Names[1]; n.Title != "Maulavi" || n.Function != "Minister of Water and Electricity under the Taliban regime" || n.Gender != 0 {
		t.Errorf("Haji Ahmad Jan's second alias: %+v", n)
	}
	ex := all[2]
	if ex.ID != "logical-990001" || ex.EUReference != "" || ex.Type != sanctions.Organisation {
		t.Errorf("invented entity: ID %q, EU reference %q, type %v", ex.ID, ex.EUReference, ex.Type)
	}
	wantRemarks := []string{"First remark; with a semicolon.", "Second remark,\non two lines, with \"quotes\"."}
	if diff := cmp.Diff(wantRemarks, ex.Remarks); diff != "" {
		t.Errorf("remarks (-want +got):\n%s", diff)
	}
	if n := ex.Names[2]; n.Strength != sanctions.Weak || n.Gender != sanctions.Female || len(n.Remarks) != 1 {
		t.Errorf("weak alias: %+v", n)
	}
	wantID := sanctions.Identification{
		Number: "123456789", TypeCode: "regnumber", TypeDescription: "Registration Number", IssuedBy: "Registry of Examples",
		Issued: date("2010-05-04"), ValidFrom: date("2010-05-04"), ValidTo: date("2030-05-03"),
		NameOnDocument: "EXAMPLE TRADING LLC", Region: "Minsk", Country: sanctions.Country{Code: "BY", Description: "BELARUS"},
		KnownFalse: true, Record: sanctions.Record{LogicalID: 990005, RegulationLanguage: "en"},
	}
	if diff := cmp.Diff([]sanctions.Identification{wantID}, ex.Identifications, opts); diff != "" {
		t.Errorf("identification (-want +got):\n%s", diff)
	}
	if a := ex.Addresses[0]; a.POBox != "PO Box 1" || !a.AsAtListingTime || a.Remarks[0] != "Head Office." || a.Source == nil {
		t.Errorf("address: %+v", a)
	}
}

// TestCSVFixture checks that testdata/fsf11.csv, the entities of
// testdata/fsf11.xml as CSV 1.1 rows, reads to the same entities but for
// what CSV does not carry.
func TestCSVFixture(t *testing.T) {
	_, fromXML, err := readAll(t, readTestdata(t, "fsf11.xml"))
	if err != nil {
		t.Fatal(err)
	}
	h, fromCSV, err := readAll(t, readTestdata(t, "fsf11.csv"))
	if err != nil {
		t.Fatal(err)
	}
	wantHeader := fsf.Header{Format: fsf.CSV11, Generated: date("2018-12-21"), GeneratedAt: "21/12/2018"}
	if h != wantHeader {
		t.Errorf("header = %+v, want %+v", h, wantHeader)
	}
	// CSV has no column for an alias's strength nor for the logical id of
	// the entity's regulation.
	for _, e := range fromXML {
		for i := range e.Names {
			e.Names[i].Strength = 0
		}
		for i := range e.Regulations {
			e.Regulations[i].LogicalID = 0
		}
	}
	if diff := cmp.Diff(fromXML, fromCSV, opts); diff != "" {
		t.Errorf("CSV and XML differ (-XML +CSV):\n%s", diff)
	}
	// Each alias keeps its own language and gender.
	var got []string
	for _, n := range fromCSV[2].Names {
		got = append(got, n.Whole+"/"+n.Language+"/"+n.Gender.String())
	}
	want := []string{"EXAMPLE TRADING LLC/EN/", "ПРИМЕР ТРЕЙДИНГ/RU/", "Example//F"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("aliases (-want +got):\n%s", diff)
	}
}

func TestXML10Fixture(t *testing.T) {
	h, all, err := readAll(t, readTestdata(t, "fsf10.xml"))
	if err != nil {
		t.Fatal(err)
	}
	wantHeader := fsf.Header{Format: fsf.XML10, Generated: date("2016-02-11"), GeneratedAt: "11/02/2016"}
	if h != wantHeader {
		t.Errorf("header = %+v, want %+v", h, wantHeader)
	}
	const oj2012x49 = "http://eur-lex.europa.eu/LexUriServ/LexUriServ.do?uri=OJ:L:2012:049:0002:0016:EN:PDF"
	want := &sanctions.Entity{
		ID: "logical-1", Type: sanctions.Person, LogicalID: 1,
		Remarks:     []string{"(Entity is sanctioned in regime 310/2002 (OJ L50) of programme ZWE, in regime 314/2004 (OJ L55) of programme ZWE)"},
		Regulations: []sanctions.Citation{{NumberTitle: "151/2012 (OJ L49)", Published: date("2012-02-21"), URL: oj2012x49, Programme: "ZWE"}},
		Names: []sanctions.Name{{
			Whole: "Robert Gabriel Mugabe", First: "Robert", Middle: "Gabriel", Last: "Mugabe", Gender: sanctions.Male, Function: "President",
			Record: sanctions.Record{LogicalID: 1, Source: &sanctions.Citation{NumberTitle: "898/2005 (OJ L153)", Published: date("2005-06-16"),
				URL: "http://eur-lex.europa.eu/LexUriServ/LexUriServ.do?uri=OJ:L:2005:153:0009:0014:EN:PDF", Programme: "ZWE"}},
		}},
		BirthDates: []sanctions.BirthDate{{
			Date: date("1924-02-21"), Year: 1924, Month: 2, Day: 21, Place: "Kutama",
			Record: sanctions.Record{LogicalID: 101395, Source: &sanctions.Citation{NumberTitle: "1643/2002 (OJ L247)", Published: date("2002-09-13"),
				URL: "http://eur-lex.europa.eu/LexUriServ/LexUriServ.do?uri=OJ:L:2002:247:0022:0024:EN:PDF", Programme: "ZWE"}},
		}},
		Identifications: []sanctions.Identification{{
			Number: "AD001095 (passport-National passport) ((passport))", TypeCode: "passport",
			Record: sanctions.Record{LogicalID: 315, Source: &sanctions.Citation{NumberTitle: "151/2012 (OJ L49)", Published: date("2012-02-22"),
				URL: oj2012x49, Programme: "ZWE"}},
		}},
	}
	if diff := cmp.Diff(want, all[0], opts); diff != "" {
		t.Errorf("Mugabe (-want +got):\n%s", diff)
	}
	b := all[1].BirthDates[0]
	if b.Text != "1957 (approximative)" || b.Year != 1957 || !b.Circa || b.String() != "c. 1957" || all[1].Citizenships[0].Country.Code != "IRQ" {
		t.Errorf("approximate birth date: %+v", b)
	}
	if all[2].Type != sanctions.Organisation || len(all[2].Remarks) != 0 {
		t.Errorf("entity 330: type %v, remarks %q", all[2].Type, all[2].Remarks)
	}
	a := all[2].Addresses[0]
	if a.Other != "PHONE[0300-820 91 99, 668 33 01]\nFAX[662 38 14]" || a.Country.Code != "PAK" || a.Number != "" || a.City != "Karachi" {
		t.Errorf("address: %+v", a)
	}
	b = all[3].BirthDates[0]
	if b.Text != "1958 - 1963 (approximative)" || b.YearFrom != 1958 || b.YearTo != 1963 || !b.Circa || b.Country.Code != "AFG" {
		t.Errorf("range of birth years: %+v", b)
	}
}

// TestLegacyBirthDates checks how the reader reads the free text of a
// legacy BIRTH/DATE: it never loses the text.
func TestLegacyBirthDates(t *testing.T) {
	tests := []struct {
		in   string
		want sanctions.BirthDate
	}{
		{"", sanctions.BirthDate{}},
		{"1937-04-28", sanctions.BirthDate{Date: date("1937-04-28"), Year: 1937, Month: 4, Day: 28}},
		{"1965", sanctions.BirthDate{Year: 1965}},
		{"1963 (approximative)", sanctions.BirthDate{Year: 1963, Circa: true, Text: "1963 (approximative)"}},
		{"1968 - 1973 (approximative)", sanctions.BirthDate{YearFrom: 1968, YearTo: 1973, Circa: true, Text: "1968 - 1973 (approximative)"}},
		{"1968 - 1973", sanctions.BirthDate{YearFrom: 1968, YearTo: 1973, Text: "1968 - 1973"}},
		{"1973 - 1968", sanctions.BirthDate{Text: "1973 - 1968"}},
		{"1965-00-00", sanctions.BirthDate{Text: "1965-00-00"}},
		{"2020-13-01", sanctions.BirthDate{Text: "2020-13-01"}},
		{"early 1960s", sanctions.BirthDate{Text: "early 1960s"}},
	}
	for _, tt := range tests {
		in := `<WHOLE Date="11/02/2016"><ENTITY Id="1" Type="P"><BIRTH Id="2" Entity_id="1"><DATE>` + tt.in + `</DATE></BIRTH></ENTITY></WHOLE>`
		_, all, err := fsf.ReadAll(strings.NewReader(in))
		if err != nil {
			t.Errorf("DATE %q: %v", tt.in, err)
			continue
		}
		tt.want.LogicalID = 2
		if diff := cmp.Diff(tt.want, all[0].BirthDates[0], opts); diff != "" {
			t.Errorf("DATE %q (-want +got):\n%s", tt.in, diff)
		}
	}
}

// TestContacts checks the contact details of an address: one Contact per
// contactInfo in XML, and the one ContactInfo column kept whole in CSV.
func TestContacts(t *testing.T) {
	in := `<export><sanctionEntity logicalId="7"><subjectType code="enterprise"/>` +
		`<address city="Minsk"><contactInfo key="PHONE" value="+375 17 000 00 00; +375 17 000 00 01"/><contactInfo key="WEB" value="example.org"/></address>` +
		`</sanctionEntity></export>`
	_, all, err := fsf.ReadAll(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	want := []sanctions.Contact{{Key: "PHONE", Value: "+375 17 000 00 00; +375 17 000 00 01"}, {Key: "WEB", Value: "example.org"}}
	if diff := cmp.Diff(want, all[0].Addresses[0].Contacts); diff != "" {
		t.Errorf("XML contacts (-want +got):\n%s", diff)
	}
	row := csvRow(t, map[string]string{
		"Entity_LogicalId": "7", "Entity_SubjectType": "E",
		"Address_City": "Minsk", "Address_ContactInfo": "PHONE:+375 17 000 00 00; WEB:example.org", "Address_LogicalId": "8",
	})
	_, all, err = fsf.ReadAll(strings.NewReader(csvHeader(t) + row))
	if err != nil {
		t.Fatal(err)
	}
	want = []sanctions.Contact{{Key: "", Value: "PHONE:+375 17 000 00 00; WEB:example.org"}}
	if diff := cmp.Diff(want, all[0].Addresses[0].Contacts); diff != "" {
		t.Errorf("CSV contacts (-want +got):\n%s", diff)
	}
}

// TestNoNamespace checks that XML 1.1 reads the same with its elements in
// no namespace, as some republished copies have them.
func TestNoNamespace(t *testing.T) {
	b := readTestdata(t, "fsf11.xml")
	_, want, err := fsf.ReadAll(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	h, got, err := fsf.ReadAll(bytes.NewReader(bytes.Replace(b, []byte(` xmlns="`+fsf.Namespace+`"`), nil, 1)))
	if err != nil || h.Namespace != "" {
		t.Fatalf("ReadAll: namespace %q, %v", h.Namespace, err)
	}
	if diff := cmp.Diff(want, got, opts); diff != "" {
		t.Errorf("without a namespace (-with +without):\n%s", diff)
	}
}

// TestByteOrderMark checks that a UTF-8 byte order mark is skipped.
func TestByteOrderMark(t *testing.T) {
	for _, name := range []string{"fsf11.xml", "fsf10.xml", "fsf11.csv"} {
		b := readTestdata(t, name)
		_, want, _ := fsf.ReadAll(bytes.NewReader(b))
		_, got, err := fsf.ReadAll(bytes.NewReader(append([]byte("\xef\xbb\xbf"), b...)))
		if err != nil || len(got) != len(want) {
			t.Errorf("%s with a byte order mark: %d entities, %v; want %d", name, len(got), err, len(want))
		}
	}
}

func TestFormatString(t *testing.T) {
	for f, want := range map[fsf.Format]string{fsf.XML11: "XML 1.1", fsf.XML10: "XML 1.0", fsf.CSV11: "CSV 1.1", 0: "%!Format(0)", 9: "%!Format(9)"} {
		if got := f.String(); got != want {
			t.Errorf("Format(%d).String() = %q, want %q", f, got, want)
		}
	}
}

// TestDecoderLine checks that Line gives the line of each entity's end.
func TestDecoderLine(t *testing.T) {
	for _, tt := range []struct {
		name string
		want []int
	}{
		{"fsf11.xml", []int{25, 45, 64}},
		{"fsf11.csv", []int{2, 5, 9}}, // the line on which the last row starts
	} {
		d := fsf.NewDecoder(bytes.NewReader(readTestdata(t, tt.name)))
		var got []int
		for d.Next() {
			got = append(got, d.Line())
		}
		if d.Err() != nil || !cmp.Equal(got, tt.want) {
			t.Errorf("%s: lines %v, %v; want %v", tt.name, got, d.Err(), tt.want)
		}
	}
}

func TestZeroDecoder(t *testing.T) {
	var d fsf.Decoder
	if d.Next() || d.Entity() != nil || d.Err() != nil {
		t.Errorf("zero Decoder: Next true or %v, %v", d.Entity(), d.Err())
	}
}

// csvColumns returns the columns of CSV 1.1, from the header of
// testdata/fsf11.csv.
func csvColumns(t testing.TB) []string {
	t.Helper()
	line, _, _ := strings.Cut(string(readTestdata(t, "fsf11.csv")), "\n")
	return strings.Split(line, ";")
}

// csvHeader returns the header row of CSV 1.1, with its line break.
func csvHeader(t testing.TB) string {
	return strings.Join(csvColumns(t), ";") + "\n"
}

// csvRow returns a CSV 1.1 row with the given fields, by column name, and
// the others empty.
func csvRow(t testing.TB, fields map[string]string) string {
	t.Helper()
	cols := csvColumns(t)
	row := make([]string, len(cols))
	for i, c := range cols {
		row[i] = fields[c]
		if strings.ContainsAny(row[i], ";\"\n") {
			row[i] = `"` + strings.ReplaceAll(row[i], `"`, `""`) + `"`
		}
	}
	for c := range fields {
		if !slices.Contains(cols, c) {
			t.Fatalf("csvRow: unknown column %q", c)
		}
	}
	return strings.Join(row, ";") + "\n"
}

// cmpDiff returns the differences between two entities, (-want +got).
func cmpDiff(want, got *sanctions.Entity) string { return cmp.Diff(want, got, opts) }

// TestCSVPartRemarks checks that a later row of a part adds its remark to
// that part, however many parts come between.
func TestCSVPartRemarks(t *testing.T) {
	alias := func(id, name, remark string) string {
		return csvRow(t, map[string]string{"Entity_LogicalId": "1", "Entity_SubjectType": "P",
			"NameAlias_LogicalId": id, "NameAlias_WholeName": name, "NameAlias_Remark": remark,
			"Citizenship_LogicalId": "9", "Citizenship_CountryIso2Code": "AF"})
	}
	in := csvHeader(t) + alias("1", "A", "good quality alias") + alias("2", "B", "") + alias("3", "C", "") +
		alias("1", "A", "") + alias("1", "A", "good quality alias") + alias("1", "A", "second remark") + alias("2", "B", "remark of B")
	_, all, err := fsf.ReadAll(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, n := range all[0].Names {
		got = append(got, n.Whole+": "+strings.Join(n.Remarks, ", "))
	}
	want := []string{"A: good quality alias, second remark", "B: remark of B", "C: "}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("remarks (-want +got):\n%s", diff)
	}
	if len(all[0].Citizenships) != 1 {
		t.Errorf("%d citizenships, want 1", len(all[0].Citizenships))
	}
}

// TestJSON checks that a Header and the entities of each fixture read back
// equal from JSON, with camelCase keys: what examples/fsf -json writes.
func TestJSON(t *testing.T) {
	for _, name := range []string{"fsf11.xml", "fsf11.csv", "fsf10.xml"} {
		h, es, err := fsf.ReadAll(bytes.NewReader(readTestdata(t, name)))
		if err != nil {
			t.Fatal(err)
		}
		b, err := json.Marshal(struct {
			Header   fsf.Header          `json:"header"`
			Entities []*sanctions.Entity `json:"entities"`
		}{h, es})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for _, k := range regexp.MustCompile(`"([^"\\]+)":`).FindAllStringSubmatch(string(b), -1) {
			if !regexp.MustCompile(`^[a-z][a-zA-Z0-9]*$`).MatchString(k[1]) {
				t.Errorf("%s: key %q is not camelCase", name, k[1])
			}
		}
		var back struct {
			Header   fsf.Header          `json:"header"`
			Entities []*sanctions.Entity `json:"entities"`
		}
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if back.Header != h {
			t.Errorf("%s: Header round trip = %+v, want %+v", name, back.Header, h)
		}
		if diff := cmp.Diff(es, back.Entities, opts); diff != "" {
			t.Errorf("%s: entities round trip (-want +got):\n%s", name, diff)
		}
	}
	var f fsf.Format
	if err := f.UnmarshalText([]byte("XML 2.0")); !errors.Is(err, fsf.ErrValue) {
		t.Errorf("Format.UnmarshalText(XML 2.0): %v, want ErrValue", err)
	}
	if _, err := fsf.Format(9).MarshalText(); !errors.Is(err, fsf.ErrValue) {
		t.Errorf("Format(9).MarshalText: %v, want ErrValue", err)
	}
}
