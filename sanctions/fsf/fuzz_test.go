package fsf_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"slices"
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
