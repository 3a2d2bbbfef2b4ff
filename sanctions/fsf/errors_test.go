package fsf_test

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/acquis-eu/acquis/sanctions"
	"github.com/acquis-eu/acquis/sanctions/fsf"
)

// doc11 returns an XML 1.1 list whose root start tag is line 1 and whose
// body starts on line 2.
func doc11(body string) string {
	return `<export xmlns="http://eu.europa.ec/fpi/fsd/export" generationDate="2018-12-21T14:39:54.511+01:00" globalFileId="1">` +
		"\n" + body + "\n</export>\n"
}

// entity11 returns a sanctionEntity with the given inside, on one line
// unless the inside has line breaks.
func entity11(id int, inside string) string {
	return fmt.Sprintf(`<sanctionEntity euReferenceNumber="EU.%d.1" logicalId="%d"><subjectType code="person" classificationCode="P"/>`, id, id) +
		inside + `</sanctionEntity>`
}

// doc10 and entity10 are the same for the legacy format.
func doc10(body string) string {
	return `<WHOLE Date="11/02/2016">` + "\n" + body + "\n</WHOLE>\n"
}

func entity10(id int, inside string) string {
	return fmt.Sprintf(`<ENTITY Id="%d" Type="P">`, id) + inside + `</ENTITY>`
}

// billionLaughs is the classic entity-expansion attack.
const billionLaughs = `<?xml version="1.0"?>
<!DOCTYPE export [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<export><sanctionEntity logicalId="1"><remark>&lol3;</remark></sanctionEntity></export>`

func TestErrors(t *testing.T) {
	fixture := string(readTestdata(t, "fsf11.xml"))
	truncated := fixture[:strings.Index(fixture, `wholeName="Ahmed Jan`)] // inside the second entity
	header := csvHeader(t)
	row := func(fields map[string]string) string { return csvRow(t, fields) }
	person := func(id string, more ...string) map[string]string {
		m := map[string]string{"fileGenerationDate": "21/12/2018", "Entity_LogicalId": id, "Entity_SubjectType": "P", "Entity_SubjectType_ClassificationCode": "person"}
		for i := 0; i+1 < len(more); i += 2 {
			m[more[i]] = more[i+1]
		}
		return m
	}
	tests := []struct {
		name       string
		in         string
		wantLine   int
		wantEntity int
		wantElem   string
		wantErr    error // a sentinel; nil for an *xml.SyntaxError
		wantBefore int   // entities read before the error
	}{
		// Any format.
		{"empty", "", 1, 0, "", fsf.ErrFormat, 0},
		{"garbage", "\x00\x01garbage\xff\xfe", 1, 0, "", fsf.ErrFormat, 0},
		{"JSON", `{"id": "EU.1.1"}`, 1, 0, "", fsf.ErrFormat, 0},

		// XML, both formats.
		{"truncated XML", truncated, strings.Count(truncated, "\n") + 1, 2, "", nil, 1},
		{"input ends in the root", strings.TrimSuffix(doc11(entity11(1, "")), "</export>\n"), 3, 0, "", nil, 1},
		{"not XML after <", "<<<<", 1, 0, "", nil, 0},
		{"unknown root", "<?xml version=\"1.0\"?>\n<export2/>", 2, 0, "export2", fsf.ErrFormat, 0},
		{"root in another namespace", `<export xmlns="urn:x"/>`, 1, 0, "{urn:x}export", fsf.ErrFormat, 0},
		{"no root", "<?xml version=\"1.0\"?>\n<!-- nothing -->\n", 3, 0, "", fsf.ErrFormat, 0},
		{"billion laughs", billionLaughs, 6, 0, "", fsf.ErrElement, 0},
		{"undeclared entity", doc11(entity11(1, "<remark>&lol;</remark>")), 2, 1, "", nil, 0},
		{"deep nesting", doc11(strings.Repeat("<sanctionEntity>", 10000)), 2, 1, "sanctionEntity", fsf.ErrElement, 0},
		{"text before the root", "junk<export/>", 1, 0, "", fsf.ErrFormat, 0},
		{"element after the root", doc11("") + "<export/>", 4, 0, "export", fsf.ErrElement, 0},
		{"text after the root", doc11("") + "junk", 4, 0, "", fsf.ErrText, 0},
		{"mismatched end", doc11(entity11(1, "") + "\n</sanctionEntity>"), 3, 0, "", nil, 1},

		// XML 1.1.
		{"2020-13-01", doc11(entity11(1, "") + "\n" + entity11(2, `<birthdate birthdate="2020-13-01"/>`)), 3, 2, "birthdate@birthdate", fsf.ErrValue, 1},
		{"2020-02-30 designated", doc11(`<sanctionEntity designationDate="2020-02-30"/>`), 2, 1, "sanctionEntity@designationDate", fsf.ErrValue, 0},
		{"bad publicationDate", doc11(entity11(1, "\n<regulation publicationDate=\"16/02/2018\"/>")), 3, 1, "regulation@publicationDate", fsf.ErrValue, 0},
		{"bad generationDate", `<export generationDate="2018-12-21"/>`, 1, 0, "export@generationDate", fsf.ErrValue, 0},
		{"bad globalFileId", `<export globalFileId="-1"/>`, 1, 0, "export@globalFileId", fsf.ErrValue, 0},
		{"unknown root attribute", `<export version="1.1"/>`, 1, 0, "export", fsf.ErrAttr, 0},
		{"unknown attribute", doc11(entity11(1, "") + "\n" + entity11(2, `<nameAlias wholeName="A" nickName="B"/>`)), 3, 2, "nameAlias", fsf.ErrAttr, 1},
		{"namespaced attribute", doc11(entity11(1, `<nameAlias xmlns:x="urn:x" x:wholeName="A"/>`)), 2, 1, "nameAlias", fsf.ErrAttr, 0},
		{"repeated attribute", doc11(entity11(1, `<nameAlias wholeName="A" wholeName="B"/>`)), 2, 1, "nameAlias", fsf.ErrAttr, 0},
		{"unknown element", doc11(entity11(1, "\n<vessel imo=\"1\"/>")), 3, 1, "vessel", fsf.ErrElement, 0},
		{"element in another namespace", doc11(entity11(1, `<x:remark xmlns:x="urn:x">r</x:remark>`)), 2, 1, "{urn:x}remark", fsf.ErrElement, 0},
		{"markup in a remark", doc11(entity11(1, `<remark>a <b>b</b></remark>`)), 2, 1, "b", fsf.ErrElement, 0},
		{"attribute of a remark", doc11(entity11(1, `<remark lang="en">r</remark>`)), 2, 1, "remark", fsf.ErrAttr, 0},
		{"text in an entity", doc11(entity11(1, "stray")), 2, 1, "sanctionEntity", fsf.ErrText, 0},
		{"flag yes", doc11(entity11(1, `<identification number="1" diplomatic="yes"/>`)), 2, 1, "identification@diplomatic", fsf.ErrValue, 0},
		{"empty strong", doc11(entity11(1, `<nameAlias wholeName="A" strong=""/>`)), 2, 1, "nameAlias@strong", fsf.ErrValue, 0},
		{"gender X", doc11(entity11(1, `<nameAlias wholeName="A" gender="X"/>`)), 2, 1, "nameAlias@gender", fsf.ErrValue, 0},
		{"logicalId not a number", doc11(entity11(1, `<citizenship logicalId="12a"/>`)), 2, 1, "citizenship@logicalId", fsf.ErrValue, 0},
		{"month 13", doc11(entity11(1, `<birthdate monthOfYear="13"/>`)), 2, 1, "birthdate@monthOfYear", fsf.ErrValue, 0},
		{"date and year disagree", doc11(entity11(1, `<birthdate birthdate="1924-02-21" year="1925"/>`)), 2, 1, "birthdate", fsf.ErrConflict, 0},
		{"range backwards", doc11(entity11(1, `<birthdate yearRangeFrom="1958" yearRangeTo="1953"/>`)), 2, 1, "birthdate", fsf.ErrConflict, 0},
		{"subject type contradiction", doc11(`<sanctionEntity logicalId="1"><subjectType code="person" classificationCode="E"/></sanctionEntity>`), 2, 1, "subjectType", fsf.ErrConflict, 0},
		{"subject type unknown", doc11(`<sanctionEntity logicalId="1"><subjectType code="vessel"/></sanctionEntity>`), 2, 1, "subjectType@code", fsf.ErrValue, 0},
		{"no subject type", doc11(`<sanctionEntity logicalId="1">` + "\n</sanctionEntity>"), 3, 1, "sanctionEntity", fsf.ErrMissing, 0},
		{"second subject type", doc11(entity11(1, `<subjectType code="person"/>`)), 2, 1, "subjectType", fsf.ErrElement, 0},
		{"no identity", doc11(`<sanctionEntity><subjectType code="person"/></sanctionEntity>`), 2, 1, "sanctionEntity", fsf.ErrMissing, 0},
		{"second regulationSummary", doc11(entity11(1, `<nameAlias wholeName="A"><regulationSummary/><regulationSummary/></nameAlias>`)), 2, 1, "regulationSummary", fsf.ErrElement, 0},
		{"second publicationUrl", doc11(entity11(1, `<regulation><publicationUrl>a</publicationUrl><publicationUrl>b</publicationUrl></regulation>`)), 2, 1, "publicationUrl", fsf.ErrElement, 0},
		{"publicationUrl attribute of a regulation", doc11(entity11(1, `<regulation publicationUrl="u"/>`)), 2, 1, "regulation", fsf.ErrAttr, 0},
		{"contactInfo outside an address", doc11(entity11(1, `<nameAlias><contactInfo key="PHONE" value="1"/></nameAlias>`)), 2, 1, "contactInfo", fsf.ErrElement, 0},
		{"content in subjectType", `<export><sanctionEntity logicalId="1"><subjectType code="person"><x/></subjectType></sanctionEntity></export>`, 1, 1, "x", fsf.ErrElement, 0},
		{"DOCTYPE", "<!DOCTYPE export>\n<export/>", 1, 0, "", fsf.ErrElement, 0},

		// Legacy XML 1.0.
		{"bad WHOLE Date", `<WHOLE Date="2016-02-11"/>`, 1, 0, "WHOLE@Date", fsf.ErrValue, 0},
		{"Entity_id not the ENTITY's", doc10(entity10(1, "") + "\n" + entity10(2, `<NAME Id="3" Entity_id="1"/>`)), 3, 2, "NAME@Entity_id", fsf.ErrConflict, 1},
		{"no Entity_id", doc10(entity10(1, `<NAME Id="3"/>`)), 2, 1, "NAME", fsf.ErrMissing, 0},
		{"no Id", doc10(`<ENTITY Type="P"/>`), 2, 1, "ENTITY", fsf.ErrMissing, 0},
		{"Type X", doc10(`<ENTITY Id="1" Type="X"/>`), 2, 1, "ENTITY@Type", fsf.ErrValue, 0},
		{"legacy reg_date", doc10(entity10(1, `<BIRTH Id="3" Entity_id="1" reg_date="2020-13-01"/>`)), 2, 1, "BIRTH@reg_date", fsf.ErrValue, 0},
		{"legacy unknown attribute", doc10(`<ENTITY Id="1" Type="P" Kind="x"/>`), 2, 1, "ENTITY", fsf.ErrAttr, 0},
		{"legacy unknown child", doc10(entity10(1, "<CITIZEN Id=\"3\" Entity_id=\"1\">\n<CITY>x</CITY></CITIZEN>")), 3, 1, "CITY", fsf.ErrElement, 0},
		{"legacy second DATE", doc10(entity10(1, `<BIRTH Id="3" Entity_id="1"><DATE>1</DATE><DATE>2</DATE></BIRTH>`)), 2, 1, "DATE", fsf.ErrElement, 0},
		{"legacy gender", doc10(entity10(1, `<NAME Id="3" Entity_id="1"><GENDER>male</GENDER></NAME>`)), 2, 1, "NAME/GENDER", fsf.ErrValue, 0},
		{"legacy VESSEL", doc10(entity10(1, "\n<VESSEL/>")), 3, 1, "VESSEL", fsf.ErrElement, 0},
		{"sanctionEntity in WHOLE", doc10(`<sanctionEntity/>`), 2, 0, "sanctionEntity", fsf.ErrElement, 0},

		// CSV 1.1.
		{"CSV unknown column", strings.Replace(header, "Entity_Remark", "Entity_Note", 1), 1, 0, "Entity_Note", fsf.ErrColumn, 0},
		{"CSV missing column", strings.Replace(header, ";Entity_Remark", "", 1), 1, 0, "Entity_Remark", fsf.ErrColumn, 0},
		{"CSV repeated column", strings.Replace(header, "Entity_Remark", "Entity_DesignationDetails", 1), 1, 0, "Entity_DesignationDetails", fsf.ErrColumn, 0},
		{"CSV wrong column count", header + row(person("1")) + strings.TrimSuffix(row(person("2")), "\n") + ";extra\n", 3, 2, "", fsf.ErrColumn, 1},
		{"CSV short row", header + row(person("1")) + row(person("1"))[:40] + "\n", 3, 1, "", fsf.ErrColumn, 0},
		{"CSV entity reappears", header + row(person("1")) + row(person("2")) + row(person("1")), 4, 3, "Entity_LogicalId", fsf.ErrConflict, 2},
		{"CSV 2020-13-01", header + row(person("1")) + row(person("2", "BirthDate_BirthDate", "2020-13-01", "BirthDate_LogicalId", "5")), 3, 2, "BirthDate_BirthDate", fsf.ErrValue, 1},
		{"CSV no entity id", header + row(person("")), 2, 1, "Entity_LogicalId", fsf.ErrMissing, 0},
		{"CSV subject type contradiction", header + row(person("1", "Entity_SubjectType_ClassificationCode", "enterprise")), 2, 1, "Entity_SubjectType", fsf.ErrConflict, 0},
		{"CSV letter in the word column", header + row(person("1", "Entity_SubjectType_ClassificationCode", "P")), 2, 1, "Entity_SubjectType_ClassificationCode", fsf.ErrValue, 0},
		{"CSV no subject type", header + row(person("1", "Entity_SubjectType", "", "Entity_SubjectType_ClassificationCode", "")), 2, 1, "Entity_SubjectType", fsf.ErrMissing, 0},
		{"CSV rows of an entity disagree", header + row(person("1", "Entity_EU_ReferenceNumber", "EU.1.1")) + row(person("1", "Entity_EU_ReferenceNumber", "EU.1.2")), 3, 1, "Entity_EU_ReferenceNumber", fsf.ErrConflict, 0},
		{"CSV rows of an alias disagree", header +
			row(person("1", "NameAlias_LogicalId", "7", "NameAlias_WholeName", "A", "NameAlias_NameLanguage", "EN")) +
			row(person("1", "NameAlias_LogicalId", "7", "NameAlias_WholeName", "A", "NameAlias_NameLanguage", "FR")), 3, 1, "NameAlias_NameLanguage", fsf.ErrConflict, 0},
		{"CSV generation dates disagree", header + row(person("1")) + row(person("2", "fileGenerationDate", "22/12/2018")), 3, 2, "fileGenerationDate", fsf.ErrConflict, 1},
		{"CSV ISO generation date", header + row(person("1", "fileGenerationDate", "2018-12-21")), 2, 1, "fileGenerationDate", fsf.ErrValue, 0},
		{"CSV flag yes", header + row(person("1", "Address_AsAtListingTime", "yes", "Address_LogicalId", "3")), 2, 1, "Address_AsAtListingTime", fsf.ErrValue, 0},
		{"CSV day 32", header + row(person("1", "BirthDate_Day", "32", "BirthDate_LogicalId", "3")), 2, 1, "BirthDate_Day", fsf.ErrValue, 0},
		{"CSV bad alias id", header + row(person("1", "NameAlias_LogicalId", "x7", "NameAlias_WholeName", "A")), 2, 1, "NameAlias_LogicalId", fsf.ErrValue, 0},
		{"CSV bad regulation date", header + row(person("1", "Citizenship_Regulation_PublicationDate", "2012-3-24", "Citizenship_LogicalId", "3")), 2, 1, "Citizenship_Regulation_PublicationDate", fsf.ErrValue, 0},
		// With lazy quotes, an open quote takes the rest of the input into
		// one field: a row of one field.
		{"CSV open quote", header + row(person("1")) + `"` + row(person("2")), 3, 1, "", fsf.ErrColumn, 0},
	}
	for _, tt := range tests {
		for _, r := range readers {
			t.Run(tt.name+"/"+r.name, func(t *testing.T) {
				d := r.decoder(strings.NewReader(tt.in))
				n := 0
				for d.Next() {
					n++
				}
				err := d.Err()
				var pe *fsf.ParseError
				if !errors.As(err, &pe) {
					t.Fatalf("Err() = %v (%T), want a *ParseError", err, err)
				}
				if pe.Line != tt.wantLine || pe.Entity != tt.wantEntity || pe.Element != tt.wantElem {
					t.Errorf("Err() = %v\nat line %d, entity %d, %q; want line %d, entity %d, %q",
						err, pe.Line, pe.Entity, pe.Element, tt.wantLine, tt.wantEntity, tt.wantElem)
				}
				if tt.wantErr != nil && !errors.Is(err, tt.wantErr) {
					t.Errorf("Err() = %v, want it to wrap %v", err, tt.wantErr)
				}
				var syntax *xml.SyntaxError
				if tt.wantErr == nil && !errors.As(err, &syntax) {
					t.Errorf("Err() = %v, want it to wrap an *xml.SyntaxError", err)
				}
				if !strings.HasPrefix(err.Error(), fmt.Sprintf("fsf: line %d: ", tt.wantLine)) {
					t.Errorf("message %q", err)
				}
				if n != tt.wantBefore {
					t.Errorf("Decoder read %d entities before the error, want %d", n, tt.wantBefore)
				}
				if d.Next() || d.Entity() != nil || d.Err() != err {
					t.Errorf("after an error: Next, Entity, Err = true or %v, %v; want false, nil, the same error", d.Entity(), d.Err())
				}
				_, all, err2 := r.readAll(strings.NewReader(tt.in))
				if err2 == nil || err2.Error() != err.Error() || len(all) != tt.wantBefore {
					t.Errorf("ReadAll: %d entities, %v; want %d, %v", len(all), err2, tt.wantBefore, err)
				}
			})
		}
	}
}

// readers are the two ways to read XML: the Decoder's own scanner, and
// encoding/xml, which the tests check the scanner against. They read CSV
// the same way.
var readers = []struct {
	name    string
	decoder func(io.Reader) *fsf.Decoder
	readAll func(io.Reader) (fsf.Header, []*sanctions.Entity, error)
}{
	{"scanner", fsf.NewDecoder, fsf.ReadAll},
	{"encoding-xml", fsf.NewStdDecoder, fsf.ReadAllStd},
}

func TestErrorMessage(t *testing.T) {
	in := doc11(entity11(1, "") + "\n" + entity11(2, `<birthdate birthdate="2020-13-01"/>`))
	_, _, err := fsf.ReadAll(strings.NewReader(in))
	const want = `fsf: line 3: entity 2: birthdate@birthdate: malformed value: "2020-13-01" is not a YYYY-MM-DD date: no such day: month 13 is outside 01 to 12`
	if err == nil || err.Error() != want {
		t.Errorf("error = %v\nwant    %s", err, want)
	}
}

// TestErrorKeepsEntities checks that the entities before an error come
// back whole: those of the fixture, then an error.
func TestErrorKeepsEntities(t *testing.T) {
	for _, name := range []string{"fsf11.xml", "fsf11.csv"} {
		b := readTestdata(t, name)
		_, want, err := fsf.ReadAll(bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		var bad []byte
		if name == "fsf11.xml" {
			bad = bytes.Replace(b, []byte("</export>"), []byte(entity11(9, `<birthdate birthdate="2020-13-01"/>`)+"</export>"), 1)
		} else {
			bad = append(bytes.Clone(b), b[bytes.IndexByte(b, '\n')+1:]...) // the entities again
		}
		_, got, err := fsf.ReadAll(bytes.NewReader(bad))
		if err == nil || len(got) != len(want) {
			t.Fatalf("%s: %d entities, %v; want %d and an error", name, len(got), err, len(want))
		}
		for i := range want {
			if diff := cmpDiff(want[i], got[i]); diff != "" {
				t.Errorf("%s: entity %d (-want +got):\n%s", name, i+1, diff)
			}
		}
	}
}

func TestLimits(t *testing.T) {
	long := strings.Repeat("x", fsf.MaxToken+5000)
	tests := []struct {
		name string
		in   string
	}{
		{"token", doc11(entity11(1, `<nameAlias wholeName="`+long+`"/>`))},
		{"text", doc11(entity11(1, "<remark>"+strings.Repeat(strings.Repeat("t", 1000)+"<!-- -->", fsf.MaxText/1000+1)+"</remark>"))},
		{"records", doc11(entity11(1, strings.Repeat("<remark/>", fsf.MaxRecords+1)))},
		{"legacy records", doc10(entity10(1, strings.Repeat(`<CITIZEN Id="2" Entity_id="1"/>`, fsf.MaxRecords+1)))},
		{"entity size", doc11(entity11(1, strings.Repeat("<!--"+strings.Repeat(" ", 1000)+"-->", fsf.MaxEntitySize/1000)))},
		{"between entities", doc11(strings.Repeat("<!--"+strings.Repeat(" ", 1000)+"-->", fsf.MaxEntitySize/1000))},
		{"prolog", strings.Repeat("<!--"+strings.Repeat(" ", 1000)+"-->", fsf.MaxEntitySize/1000) + "<export/>"},
		{"CSV header", "fileGenerationDate;" + strings.Repeat("x", fsf.MaxRow+5000)},
		{"CSV row", csvHeader(t) + strings.Repeat("x", fsf.MaxRow+5000)},
		{"CSV field", csvHeader(t) + csvRow(t, map[string]string{"Entity_LogicalId": "1", "Entity_SubjectType": "P", "Entity_Remark": strings.Repeat("r", fsf.MaxField+1)})},
		{"CSV records", csvHeader(t) + csvRows(t, fsf.MaxRecords+1)},
		{"CSV entity size", csvHeader(t) + csvBigEntity(t)},
	}
	for _, tt := range tests {
		for _, r := range readers {
			t.Run(tt.name+"/"+r.name, func(t *testing.T) {
				_, _, err := r.readAll(strings.NewReader(tt.in))
				if !errors.Is(err, fsf.ErrLimit) {
					t.Errorf("ReadAll: %v, want ErrLimit", err)
				}
			})
		}
	}
	t.Run("at the limits", func(t *testing.T) {
		in := doc11(entity11(1, strings.Repeat("<remark/>", fsf.MaxRecords-1)+"<remark>"+strings.Repeat("t", fsf.MaxText)+"</remark>"))
		for _, r := range readers {
			if _, all, err := r.readAll(strings.NewReader(in)); err != nil || len(all[0].Remarks) != fsf.MaxRecords {
				t.Errorf("ReadAll at the limits, %s: %v", r.name, err)
			}
		}
		in = csvHeader(t) + csvRows(t, fsf.MaxRecords)
		if _, all, err := fsf.ReadAll(strings.NewReader(in)); err != nil || len(all[0].Names) != fsf.MaxRecords {
			t.Errorf("ReadAll of CSV at the limits: %v", err)
		}
	})
}

// csvRows returns n rows of one entity, each with its own alias.
func csvRows(t *testing.T, n int) string {
	var b strings.Builder
	for i := range n {
		b.WriteString(csvRow(t, map[string]string{"Entity_LogicalId": "1", "Entity_SubjectType": "P",
			"NameAlias_LogicalId": fmt.Sprint(i + 1), "NameAlias_WholeName": "A"}))
	}
	return b.String()
}

// csvBigEntity returns the rows of an entity of more than MaxEntitySize
// bytes: the same alias again and again, with a long remark.
func csvBigEntity(t *testing.T) string {
	r := csvRow(t, map[string]string{"Entity_LogicalId": "1", "Entity_SubjectType": "P",
		"NameAlias_LogicalId": "1", "NameAlias_WholeName": "A", "NameAlias_Remark": strings.Repeat("r", 60000)})
	return strings.Repeat(r, fsf.MaxEntitySize/len(r)+1)
}

// A garbage reader gives n bytes, the prefix and then fill again and
// again, and counts what it gives.
type garbage struct {
	prefix string
	fill   string
	n, off int64
}

func (g *garbage) Read(b []byte) (int, error) {
	if g.off >= g.n {
		return 0, io.EOF
	}
	if int64(len(b)) > g.n-g.off {
		b = b[:g.n-g.off]
	}
	for i := range b {
		if o := g.off + int64(i); o < int64(len(g.prefix)) {
			b[i] = g.prefix[o]
		} else {
			b[i] = g.fill[(o-int64(len(g.prefix)))%int64(len(g.fill))]
		}
	}
	g.off += int64(len(b))
	return len(b), nil
}

// TestGarbage checks that a gigabyte of garbage fails fast: after the
// first bytes, or at most after one of the limits.
func TestGarbage(t *testing.T) {
	tests := []struct {
		name    string
		prefix  string
		fill    string
		maxRead int64
	}{
		{"binary", "", "\x00\x9c\xff\x13", 4096},
		{"text", "", "lorem ipsum ", 4096},
		{"angle brackets", "", "<<>>", 4096},
		{"a long name", "<", "a", fsf.MaxToken + 8192},
		{"a long comment", "<!--", "-", fsf.MaxToken + 8192},
		{"white space", "", " \n", fsf.MaxToken + 8192},
		{"comments", "", "<!-- -->", fsf.MaxEntitySize + 8192},
		{"an endless entity", doc11(`<sanctionEntity logicalId="1">`), "<remark>r</remark>", fsf.MaxEntitySize + 8192},
		{"an endless CSV header", "fileGenerationDate;", "x;", fsf.MaxRow + 8192},
	}
	for _, tt := range tests {
		for _, r := range readers {
			t.Run(tt.name+"/"+r.name, func(t *testing.T) {
				g := &garbage{prefix: tt.prefix, fill: tt.fill, n: 1 << 30}
				d := r.decoder(g)
				for d.Next() {
				}
				var pe *fsf.ParseError
				if !errors.As(d.Err(), &pe) {
					t.Fatalf("Err() = %v, want a *ParseError", d.Err())
				}
				if g.off > tt.maxRead {
					t.Errorf("read %d bytes before %v; want at most %d", g.off, d.Err(), tt.maxRead)
				}
			})
		}
	}
}

// TestHeaderOfBadRoot checks that a root start tag with a bad attribute
// sets no header: Header is set by a good root only.
func TestHeaderOfBadRoot(t *testing.T) {
	for _, in := range []string{
		`<export xmlns="` + fsf.Namespace + `" generationDate="2018-12-21" globalFileId="1"/>`,
		`<export xmlns="` + fsf.Namespace + `" globalFileId="1" version="1.1"/>`,
		`<WHOLE Date="2016-02-11"/>`,
	} {
		for _, r := range readers {
			d := r.decoder(strings.NewReader(in))
			if d.Next() || d.Err() == nil || d.Header() != (fsf.Header{}) {
				t.Errorf("%s: %s: Err() = %v, Header() = %+v; want an error and no header", r.name, in, d.Err(), d.Header())
			}
		}
	}
}
