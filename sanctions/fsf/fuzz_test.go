package fsf_test

import (
	"bytes"
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/acquis-eu/acquis/sanctions"
	"github.com/acquis-eu/acquis/sanctions/fsf"
)

// addXMLSeeds adds as seeds the entities of the hand-written XML files
// and of the real ones, each in a document of its own: the
// fuzzer minimizes each input it finds interesting, for up to a minute, and
// small inputs keep that short. The legacy list gives every 25th entity.
func addXMLSeeds(f *testing.F) {
	root := regexp.MustCompile(`(?s)^.*?<(export|WHOLE)\b[^>]*>`)
	entity := regexp.MustCompile(`(?s)<(sanctionEntity|ENTITY)\b.*?</(sanctionEntity|ENTITY)>`)
	for _, dir := range []string{"testdata", realDir} {
		names, _ := filepath.Glob(filepath.Join(dir, "*.xml"))
		for _, name := range names {
			b, err := os.ReadFile(name)
			if err != nil {
				f.Fatal(err)
			}
			m := root.FindSubmatch(b)
			if m == nil {
				continue
			}
			for i, e := range entity.FindAll(b, -1) {
				if i%25 == 0 || len(b) < 64<<10 {
					f.Add(slices.Concat(m[0], []byte("\n"), e, []byte("\n</"), m[1], []byte(">\n")))
				}
			}
		}
	}
}

// FuzzXML reads arbitrary input as a Financial Sanctions File, seeded with
// XML 1.1 and legacy 1.0 documents: never a panic; an error is a
// *ParseError with a line; whatever reads satisfies the invariants of the
// model, and reads the same again, through a Decoder and through ReadAll.
func FuzzXML(f *testing.F) {
	addXMLSeeds(f)
	f.Add([]byte(doc11(entity11(1, `<nameAlias wholeName="A" strong="false" gender="F"><remark> r </remark></nameAlias>`+
		`<birthdate birthdate="1924-02-21" year="1924" circa="true"/><address><contactInfo key="PHONE" value="1"/></address>`))))
	f.Add([]byte(doc10(entity10(1, `<BIRTH Id="2" Entity_id="1"><DATE>1958 - 1963 (approximative)</DATE></BIRTH>`))))
	f.Add([]byte(billionLaughs))
	f.Fuzz(func(t *testing.T, data []byte) {
		check(t, data)
	})
}

// FuzzCSV reads a CSV 1.1 file whose rows are arbitrary, after the real
// header, with the same checks as FuzzXML.
func FuzzCSV(f *testing.F) {
	fixture := readTestdata(f, "fsf11.csv")
	header := fixture[:bytes.IndexByte(fixture, '\n')+1]
	rows := fixture[len(header):]
	f.Add(rows)
	for line := range bytes.Lines(rows) {
		f.Add(line)
	}
	f.Add([]byte(csvRow(f, map[string]string{"Entity_LogicalId": "1", "Entity_SubjectType": "E",
		"Address_LogicalId": "2", "Address_ContactInfo": "PHONE: 1; FAX: 2", "Address_AsAtListingTime": "true"})))
	f.Fuzz(func(t *testing.T, rows []byte) {
		check(t, append(bytes.Clone(header), rows...))
	})
}

// check reads data and checks what it reads.
func check(t *testing.T, data []byte) {
	h, all, err := fsf.ReadAll(bytes.NewReader(data))
	d := fsf.NewDecoder(bytes.NewReader(data))
	var each []*sanctions.Entity
	for d.Next() {
		each = append(each, d.Entity())
	}
	if (err == nil) != (d.Err() == nil) || err != nil && err.Error() != d.Err().Error() {
		t.Fatalf("ReadAll: %v; Decoder: %v", err, d.Err())
	}
	// Reading twice, the Decoder and ReadAll read the same: reading is
	// deterministic.
	if diff := cmp.Diff(all, each, opts); diff != "" {
		t.Fatalf("ReadAll and Decoder differ (-ReadAll +Decoder):\n%s", diff)
	}
	if d.Header() != h {
		t.Fatalf("ReadAll header %+v, Decoder header %+v", h, d.Header())
	}
	if err != nil {
		var pe *fsf.ParseError
		if !errors.As(err, &pe) || pe.Line < 1 || pe.Entity < 0 || pe.Entity > len(all)+1 {
			t.Fatalf("error %v (%T): want a *ParseError with a line and an entity", err, err)
		}
		return
	}
	if h.Format < fsf.XML11 || h.Format > fsf.CSV11 {
		t.Fatalf("header %+v", h)
	}
	for _, e := range all {
		checkEntity(t, e)
	}
}

// checkEntity checks what the model promises of an entity the reader
// returns.
func checkEntity(t *testing.T, e *sanctions.Entity) {
	t.Helper()
	if e.ID == "" || !e.Type.IsValid() {
		t.Fatalf("entity %q of type %v", e.ID, e.Type)
	}
	if e.EUReference != "" && e.ID != e.EUReference || e.EUReference == "" && e.ID[:min(len(e.ID), 8)] != "logical-" {
		t.Fatalf("entity %q, EU reference %q", e.ID, e.EUReference)
	}
	parts := len(e.Names) + len(e.BirthDates) + len(e.Citizenships) + len(e.Identifications) + len(e.Addresses) + len(e.Remarks) + len(e.Regulations)
	if parts > fsf.MaxRecords {
		t.Fatalf("entity %q: %d parts", e.ID, parts)
	}
	for _, n := range e.Names {
		if n.Strength > sanctions.Weak || n.Gender > sanctions.Female {
			t.Fatalf("entity %q: alias %+v", e.ID, n)
		}
	}
	for _, b := range e.BirthDates {
		if b.Day < 0 || b.Day > 31 || b.Month < 0 || b.Month > 12 || b.Year < 0 || b.Year > 9999 ||
			b.YearFrom != 0 && b.YearTo != 0 && b.YearFrom > b.YearTo ||
			b.Date.IsValid() && b.Year != 0 && b.Year != b.Date.Year() {
			t.Fatalf("entity %q: birth date %+v", e.ID, b)
		}
		_ = b.String()
	}
}

// FuzzScanner reads arbitrary input, seeded as FuzzXML, with the Decoder's
// own XML scanner and with encoding/xml's Decoder, and checks that the two
// read the same, entity for entity: the same header, the same entities,
// each ending on the same line; and an error from both, or from neither.
// The scanner may refuse what encoding/xml reads only where the scanner
// says that it does so on purpose (fsf.Refused; see scan.go).
func FuzzScanner(f *testing.F) {
	addXMLSeeds(f)
	for _, s := range scannerSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		differ(t, data)
	})
}

// differ reads data with both XML readers and checks that they agree.
func differ(t *testing.T, data []byte) {
	type result struct {
		h     fsf.Header
		all   []*sanctions.Entity
		lines []int
		err   error
	}
	read := func(d *fsf.Decoder) result {
		var r result
		for d.Next() {
			r.all = append(r.all, d.Entity())
			r.lines = append(r.lines, d.Line())
		}
		r.h, r.err = d.Header(), d.Err()
		return r
	}
	fast := fsf.NewDecoder(bytes.NewReader(data))
	got := read(fast)
	want := read(fsf.NewStdDecoder(bytes.NewReader(data)))
	switch {
	case got.err != nil && fsf.Refused(fast):
		// The scanner stops where it refuses; what it read before agrees.
		want.all, want.lines = want.all[:min(len(want.all), len(got.all))], want.lines[:min(len(want.lines), len(got.lines))]
		if got.h == (fsf.Header{}) {
			want.h = got.h // it refused before the root
		}
	case got.err != nil && want.err == nil:
		t.Fatalf("the scanner fails, encoding/xml does not: %v", got.err)
	}
	if got.err == nil && want.err != nil {
		t.Fatalf("encoding/xml fails, the scanner does not: %v", want.err)
	}
	if got.h != want.h {
		t.Errorf("header %+v, encoding/xml %+v", got.h, want.h)
	}
	if diff := cmp.Diff(want.all, got.all, opts); diff != "" {
		t.Fatalf("entities differ (-encoding/xml +scanner):\n%s\nerrors: %v; %v", diff, want.err, got.err)
	}
	if !slices.Equal(got.lines, want.lines) {
		t.Errorf("entities end on lines %v, with encoding/xml %v", got.lines, want.lines)
	}
	var pe *fsf.ParseError
	if got.err != nil && !errors.As(got.err, &pe) {
		t.Fatalf("error %v (%T), want a *fsf.ParseError", got.err, got.err)
	}
}

// scannerSeeds are small documents of the XML that the scanner reads
// differently from plain text: references, CDATA, comments, processing
// instructions, white space, quotes, line ends, namespaces.
var scannerSeeds = []string{
	doc11(entity11(1, `<remark>a &amp; b &lt;&gt; &apos;&quot; &#65;&#x42;&#x1F600; <![CDATA[<c> & ]]> d<!-- e --><?pi f?></remark>`)),
	doc11(entity11(1, "<remark>\r\nline\rline\r\n</remark><nameAlias wholeName='a \"b\"' firstName = \"c&#13;\r\nd\" />")),
	doc11(entity11(1, "<nameAlias wholeName=\"&#xD800;\"/>")),
	doc11(entity11(1, "<nameAlias wholeName=\"a]]>b\"/><remark>]]></remark>")),
	"<?xml version=\"1.0\" encoding=\"utf-8\" standalone='no'?>\n" + doc11(entity11(1, "")),
	"<?xml version=\"1.1\"?>\n" + doc11(entity11(1, "")),
	"<?xml encoding=\"UTF-8\"?>\n" + doc11(entity11(1, "")),
	"\n<?xml version=\"1.0\"?>" + doc11(entity11(1, "")),
	"<?XML version=\"1.0\"?>" + doc11(entity11(1, "")),
	`<export xmlns="` + fsf.Namespace + `"><sanctionEntity xmlns="urn:x" logicalId="1"><subjectType code="P"/></sanctionEntity></export>`,
	`<x:export xmlns:x="` + fsf.Namespace + `"><x:sanctionEntity logicalId="1"/></x:export>`,
	`<export><sanctionEntity logicalId="1" xml:lang="en"/></export>`,
	`<export><!-- a -- b --></export>`,
	`<export><!-- ` + "\xff" + ` --></export>`,
	`<export><?t ` + "\x01" + `?></export>`,
	`<!DOCTYPE export [<!ENTITY a "<b>"> <!-- c --> ]><export/>`,
	`<export><sanctionEntity logicalId="1"><remark>&#0;</remark></sanctionEntity></export>`,
	`<export><sanctionEntity logicalId="1"><remark>` + "\xed\xa0\x80" + `</remark></sanctionEntity></export>`,
}

// TestScannerFiles checks that the two XML readers read each XML file of
// the tests the same, the real legacy list of 595 entities among them.
func TestScannerFiles(t *testing.T) {
	for _, dir := range []string{"testdata", realDir} {
		names, _ := filepath.Glob(filepath.Join(dir, "*.xml"))
		for _, name := range names {
			t.Run(filepath.Base(name), func(t *testing.T) {
				b, err := os.ReadFile(name)
				if err != nil {
					t.Fatal(err)
				}
				differ(t, b)
			})
		}
	}
}

// TestScannerMutations runs the check of FuzzScanner on the real XML 1.1
// excerpts and the hand-written fixtures, each mutated again and again at
// random (with a fixed seed) by bytes that matter to XML: so that every
// run of the tests, not only fuzzing, compares the two readers on a few
// thousand inputs near real ones.
func TestScannerMutations(t *testing.T) {
	var docs [][]byte
	for _, name := range []string{real2018, realGSmiguel} {
		docs = append(docs, readReal(t, name))
	}
	docs = append(docs, readTestdata(t, "fsf11.xml"), readTestdata(t, "fsf10.xml"))
	for _, s := range scannerSeeds {
		docs = append(docs, []byte(s))
	}
	pieces := []string{"<", ">", "&", ";", "#", "x", "\"", "'", "=", "/", "!", "?", "-", "[", "]", "\r", "\n", "\t", " ",
		"a", "0", ":", "é", "\xff", "\x00", "&amp;", "&#x", "<!--", "-->", "<![CDATA[", "]]>", "<?", "?>", "</", "/>",
		"xmlns=\"urn:x\"", "xmlns:x=\"urn:x\"", "x:", "&#xD800;", "&lt", "<!DOCTYPE x>", "\xef\xbb\xbf"}
	rng := rand.New(rand.NewPCG(16, 4))
	n := 3000
	if testing.Short() {
		n = 300
	}
	for i := range n {
		doc := slices.Clone(docs[i%len(docs)])
		for range 1 + rng.IntN(3) {
			at := rng.IntN(len(doc) + 1)
			p := []byte(pieces[rng.IntN(len(pieces))])
			switch rng.IntN(3) {
			case 0: // insert
				doc = slices.Insert(doc, at, p...)
			case 1: // replace
				doc = slices.Replace(doc, at, min(at+len(p), len(doc)), p...)
			default: // delete
				doc = slices.Delete(doc, at, min(at+1+rng.IntN(8), len(doc)))
			}
		}
		t.Run(strconv.Itoa(i), func(t *testing.T) {
			differ(t, doc)
			if t.Failed() {
				t.Logf("input: %q", doc)
			}
		})
	}
}
