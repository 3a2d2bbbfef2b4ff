package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/acquis-eu/acquis/internal/golden"
	"github.com/acquis-eu/acquis/sanctions"
	"github.com/acquis-eu/acquis/sanctions/fsf"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// The fixtures are the hand-written files of package fsf's tests.
const (
	xmlFile = "../../sanctions/fsf/testdata/fsf11.xml"
	csvFile = "../../sanctions/fsf/testdata/fsf11.csv"
	xml10   = "../../sanctions/fsf/testdata/fsf10.xml"
)

func runFSF(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var o, e bytes.Buffer
	code = run(args, strings.NewReader(""), &o, &e)
	return o.String(), e.String(), code
}

func TestOutput(t *testing.T) {
	for _, tt := range []struct {
		args   []string
		golden string
	}{
		{[]string{xmlFile}, "summary.txt"},
		{[]string{"-summary", "-json", xmlFile}, "summary.json"},
		{[]string{xml10}, "summary-1.0.txt"},
		{[]string{"-ftm", xmlFile}, "fsf11.ftm.jsonl"},
		{[]string{"-json", xmlFile}, "fsf11.json"},
	} {
		out, errOut, code := runFSF(t, tt.args...)
		if code != 0 || errOut != "" {
			t.Fatalf("run(%q) = %d, stderr %q", tt.args, code, errOut)
		}
		golden.Check(t, tt.golden, []byte(out))
	}
}

// TestJSONOutputs checks that -json and -summary -json print valid JSON
// with the fields users rely on, and that -ftm prints one JSON object per
// line.
func TestJSONOutputs(t *testing.T) {
	out, _, code := runFSF(t, "-summary", "-json", xmlFile)
	if code != 0 {
		t.Fatalf("-summary -json: exit %d", code)
	}
	var sum map[string]any
	if err := json.Unmarshal([]byte(out), &sum); err != nil {
		t.Fatalf("-summary -json: %v", err)
	}
	for _, k := range []string{"entities", "persons", "organisations", "aliases", "birthdates", "identifications", "addresses"} {
		if _, ok := sum[k].(float64); !ok {
			t.Errorf("-summary -json: no number %q in %v", k, sum)
		}
	}

	out, _, _ = runFSF(t, "-json", xmlFile)
	var model struct {
		Header   map[string]any   `json:"header"`
		Entities []map[string]any `json:"entities"`
	}
	if err := json.Unmarshal([]byte(out), &model); err != nil {
		t.Fatalf("-json: %v", err)
	}
	if len(model.Entities) != int(sum["entities"].(float64)) {
		t.Errorf("-json wrote %d entities, the summary counts %v", len(model.Entities), sum["entities"])
	}

	out, _, _ = runFSF(t, "-ftm", xmlFile)
	for i, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		var v map[string]any
		if err := json.Unmarshal([]byte(line), &v); err != nil || v["id"] == nil || v["schema"] == nil {
			t.Errorf("-ftm line %d is not an entity: %v %q", i+1, err, line)
		}
	}
}

// TestCSVSameAsXML checks that the CSV fixture, which holds the same
// entities as the XML one, gives the same counts.
func TestCSVSameAsXML(t *testing.T) {
	read := func(file string) map[string]any {
		out, errOut, code := runFSF(t, "-summary", "-json", file)
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", file, code, errOut)
		}
		var m map[string]any
		if err := json.Unmarshal([]byte(out), &m); err != nil {
			t.Fatal(err)
		}
		// The CSV 1.1 has no column for an alias's strength.
		for _, k := range []string{"file", "format", "generated", "globalFileId", "weakAliases"} {
			delete(m, k)
		}
		return m
	}
	if diff := cmp.Diff(read(xmlFile), read(csvFile)); diff != "" {
		t.Errorf("counts of the XML and CSV fixtures differ (-xml +csv):\n%s", diff)
	}
}

func TestOn(t *testing.T) {
	count := func(day string) (int, string) {
		out, errOut, code := runFSF(t, "-on", day, "-summary", "-json", xmlFile)
		if code != 0 {
			t.Fatalf("-on %s: exit %d: %s", day, code, errOut)
		}
		var m struct{ Entities int }
		if err := json.Unmarshal([]byte(out), &m); err != nil {
			t.Fatal(err)
		}
		return m.Entities, errOut
	}
	all, _, _ := runFSF(t, "-summary", "-json", xmlFile)
	var m struct{ Entities int }
	if err := json.Unmarshal([]byte(all), &m); err != nil || m.Entities == 0 {
		t.Fatalf("-summary -json: %v, %d entities", err, m.Entities)
	}
	n, note := count("2018-12-21")
	if n != m.Entities || !strings.Contains(note, "left out 0 entities") {
		t.Errorf("-on 2018-12-21 (the generation date) keeps %d of %d entities, note %q; want all", n, m.Entities, note)
	}
	if n, note := count("1990-01-01"); n != 0 || !strings.Contains(note, "left out") {
		t.Errorf("-on 1990-01-01 keeps %d entities, note %q; want none", n, note)
	}
	_, errOut, code := runFSF(t, "-on", "2019-01-01", xmlFile)
	if code != 1 || !strings.Contains(errOut, "after the file's generation date 2018-12-21") {
		t.Errorf("-on after the generation date: exit %d, stderr %q; want 1 and an explanation", code, errOut)
	}
}

func TestErrors(t *testing.T) {
	dir := t.TempDir()
	truncated := filepath.Join(dir, "truncated.xml")
	b, err := os.ReadFile(xmlFile)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(truncated, b[:len(b)/2], 0o666); err != nil {
		t.Fatal(err)
	}
	badDate := filepath.Join(dir, "baddate.xml")
	if err := os.WriteFile(badDate, bytes.Replace(b, []byte(`publicationDate="2018-02-16"`), []byte(`publicationDate="2020-13-01"`), 1), 0o666); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		args   []string
		code   int
		stderr string
	}{
		{nil, 2, "no FILE given"},
		{[]string{"a", "b"}, 2, "unexpected argument"},
		{[]string{"-ftm", "-json", xmlFile}, 2, "-ftm cannot be combined"},
		{[]string{"-on", "2020-13-01", xmlFile}, 2, "-on: acquis: parsing date"},
		{[]string{"-nosuchflag"}, 2, "flag provided but not defined"},
		{[]string{filepath.Join(dir, "absent.xml")}, 1, "no such file"},
		{[]string{truncated}, 1, "truncated.xml: fsf: line"},
		{[]string{badDate}, 1, `"2020-13-01"`},
		{[]string{"-h"}, 0, "usage: fsf"},
	} {
		out, errOut, code := runFSF(t, tt.args...)
		if code != tt.code || !strings.Contains(errOut, tt.stderr) {
			t.Errorf("run(%q) = %d, stderr %q; want %d mentioning %q", tt.args, code, errOut, tt.code, tt.stderr)
		}
		if tt.code == 2 && out != "" {
			t.Errorf("run(%q) wrote to stdout: %q", tt.args, out)
		}
	}
}

// TestSharedFiles reads the real files that package fsf keeps in its
// testdata (sanctions/fsf/testdata/real/README.md) and checks the counts
// against an independent count of their elements.
func TestSharedFiles(t *testing.T) {
	dir := "../../sanctions/fsf/testdata/real"
	for _, tt := range []struct {
		file string
		tags map[string]string // summary field: start tag to count
	}{
		{"eu_fsf_1_1_excerpt_2018-12-21.xml", map[string]string{"entities": "<sanctionEntity ", "aliases": "<nameAlias ", "birthdates": "<birthdate ", "identifications": "<identification ", "addresses": "<address ", "citizenships": "<citizenship "}},
		{"eu_fsf_1_1_excerpt_GSmiguel_2entities.xml", map[string]string{"entities": "<sanctionEntity ", "aliases": "<nameAlias ", "birthdates": "<birthdate ", "identifications": "<identification ", "addresses": "<address ", "citizenships": "<citizenship "}},
		{"eu_fsf_v1_0_2016_excerpt_opendatalabcz.xml", map[string]string{"entities": "<ENTITY ", "aliases": "<NAME ", "birthdates": "<BIRTH ", "identifications": "<PASSPORT ", "addresses": "<ADDRESS ", "citizenships": "<CITIZEN "}},
	} {
		path := filepath.Join(dir, tt.file)
		raw, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		out, errOut, code := runFSF(t, "-summary", "-json", path)
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", tt.file, code, errOut)
		}
		var m map[string]any
		if err := json.Unmarshal([]byte(out), &m); err != nil {
			t.Fatal(err)
		}
		for field, tag := range tt.tags {
			if want := bytes.Count(raw, []byte(tag)); int(m[field].(float64)) != want {
				t.Errorf("%s: %s = %v, the file has %d %q", tt.file, field, m[field], want, tag)
			}
		}
	}
}

// TestJSONReadsBack checks that -json writes the file's header and entities
// so that they read back as the library reads the file.
func TestJSONReadsBack(t *testing.T) {
	for _, file := range []string{xmlFile, csvFile, xml10} {
		out, errOut, code := runFSF(t, "-json", file)
		if code != 0 {
			t.Fatalf("-json %s: exit %d: %s", file, code, errOut)
		}
		var got struct {
			Header   fsf.Header          `json:"header"`
			Entities []*sanctions.Entity `json:"entities"`
		}
		if err := json.Unmarshal([]byte(out), &got); err != nil {
			t.Fatalf("-json %s: %v", file, err)
		}
		f, err := os.Open(file)
		if err != nil {
			t.Fatal(err)
		}
		h, es, err := fsf.ReadAll(f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		if got.Header != h {
			t.Errorf("-json %s: header %+v, want %+v", file, got.Header, h)
		}
		if diff := cmp.Diff(es, got.Entities, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("-json %s: entities (-read +written):\n%s", file, diff)
		}
	}
}

// TestQuote checks that the summary escapes the control and reordering
// characters that a file's values carry, rather than copy them to the
// terminal: a C1 control (U+009B, which starts an escape sequence on some
// terminals) and a right-to-left override are valid XML.
func TestQuote(t *testing.T) {
	b, err := os.ReadFile(xmlFile)
	if err != nil {
		t.Fatal(err)
	}
	s := strings.Replace(string(b), `programme="TST"`, "programme=\"T\u009b2JST\"", 1)
	s = strings.Replace(s, `nameLanguage="RU"`, "nameLanguage=\"R\u202eU\"", 1)
	s = strings.Replace(s, `identificationTypeCode="regnumber"`, "identificationTypeCode=\"reg\u202enumber\"", 1)
	evil := filepath.Join(t.TempDir(), "evil\u202e.xml")
	if err := os.WriteFile(evil, []byte(s), 0o666); err != nil {
		t.Fatal(err)
	}
	out, errOut, code := runFSF(t, evil)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if strings.ContainsAny(out, "\u009b\u202e") {
		t.Errorf("the summary copies control or reordering characters:\n%q", out)
	}
	for _, want := range []string{`T\u009b2JST 1`, `R\u202eU 1`, `reg\u202enumber 1`, `evil\u202e.xml: XML 1.1`} {
		if !strings.Contains(out, want) {
			t.Errorf("the summary does not say %s:\n%s", want, out)
		}
	}
}
