package ftm_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/acquis-eu/acquis/sanctions/ftm"
)

// openSanctions gives, for each real OpenSanctions file the tests read, the
// file it is a copy of. Those files are OpenSanctions data under CC BY-NC
// 4.0: the repository does not ship them.
var openSanctions = map[string]string{
	"opensanctions_yente_t1_eu_fsf.ftm.jsonl":    "tests/fixtures/dataset/t1/entities.ftm.json of github.com/opensanctions/yente at 916a474c",
	"opensanctions_yente_zala_cluster.ftm.jsonl": "tests/fixtures/dataset/zala/entities.ftm.json of github.com/opensanctions/yente at 916a474c",
}

// sharedData returns the path of an OpenSanctions file in
// ../shared/data/sanctions beside the repository, or skips the test, saying
// what to fetch and where to put it, when that file is absent.
func sharedData(tb testing.TB, name string) string {
	tb.Helper()
	path := filepath.Join("..", "..", "..", "shared", "data", "sanctions", name)
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		tb.Skipf("%s is absent: this test needs OpenSanctions data (CC BY-NC 4.0), which the repository does not ship; put a copy of %s at that path (README.md, \"Test data\", says how)", path, openSanctions[name])
	}
	return path
}

// realFSF returns the path of a real Financial Sanctions File that package
// fsf keeps in its testdata (../fsf/testdata/real/README.md).
func realFSF(name string) string {
	return filepath.Join("..", "fsf", "testdata", "real", name)
}

// encodeAll writes es as JSON lines.
func encodeAll(tb testing.TB, es []*ftm.Entity) []byte {
	tb.Helper()
	var buf bytes.Buffer
	enc := ftm.NewEncoder(&buf)
	for _, e := range es {
		if err := enc.Encode(e); err != nil {
			tb.Fatalf("Encode(%q): %v", e.ID, err)
		}
	}
	return buf.Bytes()
}

func ptr[T any](v T) *T { return &v }

func TestDecodeLine(t *testing.T) {
	in := `{"id":"p1","caption":"Anna ALPHA","schema":"Person","properties":{"name":["Anna ALPHA"],"alias":[]},` +
		`"referents":[],"datasets":["eu_fsf"],"target":true,"first_seen":"2023-04-20T18:00:25",` +
		`"last_seen":"2024-06-01T10:57:03","last_change":"2023-07-26T20:01:14","score": 0.5 ,"meta":{"b": [1, 2]}}`
	want := &ftm.Entity{
		ID: "p1", Schema: "Person", Caption: "Anna ALPHA",
		Properties: map[string][]string{"name": {"Anna ALPHA"}, "alias": {}},
		Datasets:   []string{"eu_fsf"}, Referents: []string{}, Target: ptr(true),
		FirstSeen: "2023-04-20T18:00:25", LastSeen: "2024-06-01T10:57:03", LastChange: "2023-07-26T20:01:14",
		Extra: map[string]json.RawMessage{"score": json.RawMessage(`0.5`), "meta": json.RawMessage(`{"b":[1,2]}`)},
	}
	es, err := ftm.ReadAll(strings.NewReader("\n  \n" + in + "\r\n\n"))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]*ftm.Entity{want}, es); diff != "" {
		t.Errorf("ReadAll mismatch (-want +got):\n%s", diff)
	}
	got := string(encodeAll(t, es))
	wantLine := `{"id":"p1","caption":"Anna ALPHA","schema":"Person","properties":{"alias":[],"name":["Anna ALPHA"]},` +
		`"datasets":["eu_fsf"],"referents":[],"target":true,"first_seen":"2023-04-20T18:00:25",` +
		`"last_seen":"2024-06-01T10:57:03","last_change":"2023-07-26T20:01:14","meta":{"b":[1,2]},"score":0.5}` + "\n"
	if got != wantLine {
		t.Errorf("Encode =\n%s\nwant\n%s", got, wantLine)
	}
}

func TestDecodeMinimal(t *testing.T) {
	// A byte order mark, no properties, null envelope values: all read.
	in := "\uFEFF" + `{"id":"x","schema":"Thing","caption":null,"datasets":null,"target":null}` + "\n" +
		`{"id":"y","schema":"Vessel","properties":null}`
	es, err := ftm.ReadAll(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	want := []*ftm.Entity{
		{ID: "x", Schema: "Thing", Properties: map[string][]string{}},
		{ID: "y", Schema: "Vessel", Properties: map[string][]string{}},
	}
	if diff := cmp.Diff(want, es); diff != "" {
		t.Errorf("ReadAll mismatch (-want +got):\n%s", diff)
	}
	if got, want := string(encodeAll(t, es)), `{"id":"x","schema":"Thing","properties":{}}`+"\n"+`{"id":"y","schema":"Vessel","properties":{}}`+"\n"; got != want {
		t.Errorf("Encode = %q, want %q", got, want)
	}
}

func TestEncodeEscaping(t *testing.T) {
	e := &ftm.Entity{ID: "a&b", Schema: "Sanction", Properties: map[string][]string{
		"sourceUrl": {"https://eur-lex.europa.eu/?uri=OJ:L_202500206&qid=1 <x>"},
		"notes":     {"line\none\ttab \"q\" \\ \u2028 \x01 \xff Κύπρος"},
	}}
	b := encodeAll(t, []*ftm.Entity{e})
	if !bytes.Contains(b, []byte(`&qid=1 <x>`)) {
		t.Errorf("Encode escapes HTML: %s", b)
	}
	es, err := ftm.ReadAll(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	e.Properties["notes"][0] = strings.ToValidUTF8(e.Properties["notes"][0], "\uFFFD")
	if diff := cmp.Diff([]*ftm.Entity{e}, es); diff != "" {
		t.Errorf("round trip mismatch (-want +got):\n%s", diff)
	}
	// encoding/json reads what MarshalJSON writes, and the same.
	var back ftm.Entity
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(e, &back); diff != "" {
		t.Errorf("json.Unmarshal mismatch (-want +got):\n%s", diff)
	}
	m, err := json.Marshal(back)
	if err != nil {
		t.Fatal(err)
	}
	if !json.Valid(m) {
		t.Errorf("json.Marshal gives invalid JSON: %s", m)
	}
}

func TestEncodeErrors(t *testing.T) {
	for _, tc := range []struct {
		name string
		e    *ftm.Entity
		want error
	}{
		{"nil", nil, ftm.ErrNilEntity},
		{"no id", &ftm.Entity{Schema: "Person"}, ftm.ErrMissingID},
		{"no schema", &ftm.Entity{ID: "x"}, ftm.ErrMissingSchema},
		{"envelope key in Extra", &ftm.Entity{ID: "x", Schema: "Person", Extra: map[string]json.RawMessage{"id": json.RawMessage(`"y"`)}}, ftm.ErrExtraKey},
		{"invalid extra", &ftm.Entity{ID: "x", Schema: "Person", Extra: map[string]json.RawMessage{"k": json.RawMessage(`{`)}}, ftm.ErrSyntax},
		{"too long", &ftm.Entity{ID: "x", Schema: "Person", Properties: map[string][]string{"notes": {strings.Repeat("a", ftm.MaxLine)}}}, ftm.ErrLineTooLong},
	} {
		var buf bytes.Buffer
		err := ftm.NewEncoder(&buf).Encode(tc.e)
		if !errors.Is(err, tc.want) {
			t.Errorf("%s: Encode error = %v, want %v", tc.name, err, tc.want)
		}
		if err != nil && strings.Contains(err.Error(), "Encode") {
			t.Errorf("%s: Encode error %q names the method, not the input", tc.name, err)
		}
		if buf.Len() != 0 {
			t.Errorf("%s: Encode wrote %d bytes on error", tc.name, buf.Len())
		}
	}
}

func TestDecodeErrors(t *testing.T) {
	good := `{"id":"a","schema":"Person","properties":{"name":["A"]}}`
	good2 := `{"id":"b","schema":"Organization","properties":{}}`
	long := `{"id":"c","schema":"Person","properties":{"notes":["` + strings.Repeat("x", 5<<20) + `"]}}`
	for _, tc := range []struct {
		name  string
		in    string
		line  int
		id    string
		err   error // the sentinel the error wraps
		count int   // entities read before the error
	}{
		{"invalid JSON", good + "\n" + `{"id":"b","schema":`, 2, "b", ftm.ErrSyntax, 1},
		{"invalid JSON in a property", `{"id":"b","schema":"Person","properties":{"name":["B",}}`, 1, "b", ftm.ErrSyntax, 0},
		{"invalid JSON after a wrong type", `{"id":"b","schema":"Person","properties":{"name":{"x":}}}`, 1, "b", ftm.ErrSyntax, 0},
		{"trailing garbage", good + "\n" + good2 + "}", 2, "b", ftm.ErrSyntax, 1},
		{"garbage", "\x00\xff\xfe garbage", 1, "", ftm.ErrSyntax, 0},
		{"duplicate key", `{"id":"b","schema":"Person","id":"c"}`, 1, "b", ftm.ErrDuplicateKey, 0},
		{"duplicate extra key", `{"id":"b","schema":"Person","x":1,"x":2}`, 1, "b", ftm.ErrDuplicateKey, 0},
		{"duplicate property", `{"id":"b","schema":"Person","properties":{"name":["B"],"name":["C"]}}`, 1, "b", ftm.ErrDuplicateKey, 0},
		{"too deep", `{"id":"b","schema":"Person","x":` + strings.Repeat("[", 10002) + strings.Repeat("]", 10002) + `}`, 1, "b", ftm.ErrSyntax, 0},
		{"non-list property", good + "\n\n" + `{"id":"b","schema":"Person","properties":{"name":"B"}}`, 3, "b", ftm.ErrType, 1},
		{"null property", `{"id":"b","schema":"Person","properties":{"name":null}}`, 1, "b", ftm.ErrType, 0},
		{"number in list", `{"id":"b","schema":"Person","properties":{"name":["B",1]}}`, 1, "b", ftm.ErrType, 0},
		{"null in list", `{"id":"b","schema":"Person","properties":{"name":["B",null]}}`, 1, "b", ftm.ErrType, 0},
		{"properties not object", `{"id":"b","schema":"Person","properties":[]}`, 1, "b", ftm.ErrType, 0},
		{"missing id", good + "\n" + `{"schema":"Person","properties":{}}`, 2, "", ftm.ErrMissingID, 1},
		{"empty id", `{"id":"","schema":"Person"}`, 1, "", ftm.ErrMissingID, 0},
		{"numeric id", `{"id":7,"schema":"Person"}`, 1, "", ftm.ErrType, 0},
		{"missing schema", `{"id":"b","properties":{}}`, 1, "b", ftm.ErrMissingSchema, 0},
		{"empty schema", `{"id":"b","schema":""}`, 1, "b", ftm.ErrMissingSchema, 0},
		{"target not bool", `{"id":"b","schema":"Person","target":"yes"}`, 1, "b", ftm.ErrType, 0},
		{"referents not list", `{"id":"b","schema":"Person","referents":"r"}`, 1, "b", ftm.ErrType, 0},
		{"caption not string", `{"id":"b","schema":"Person","caption":["c"]}`, 1, "b", ftm.ErrType, 0},
		{"array", `[` + good + `]`, 1, "", ftm.ErrNotObject, 0},
		{"null", good + "\nnull", 2, "", ftm.ErrNotObject, 1},
		{"string", `"x"`, 1, "", ftm.ErrNotObject, 0},
		{"pretty-printed", "{\n" + `"id":"a","schema":"Person"` + "\n}", 1, "", ftm.ErrSyntax, 0},
		{"5 MiB line", good + "\n" + good2 + "\n" + long + "\n" + good, 3, "", ftm.ErrLineTooLong, 2},
		{"5 MiB last line", good + "\n" + long, 2, "", ftm.ErrLineTooLong, 1},
	} {
		es, err := ftm.ReadAll(strings.NewReader(tc.in))
		var pe *ftm.ParseError
		if !errors.As(err, &pe) {
			t.Errorf("%s: ReadAll error = %v (%T), want a *ParseError", tc.name, err, err)
			continue
		}
		if pe.Line != tc.line || pe.ID != tc.id {
			t.Errorf("%s: error at line %d, entity %q (%v); want line %d, entity %q", tc.name, pe.Line, pe.ID, err, tc.line, tc.id)
		}
		if !errors.Is(err, tc.err) {
			t.Errorf("%s: error %v does not wrap %v", tc.name, err, tc.err)
		}
		if !strings.HasPrefix(err.Error(), "ftm: line ") {
			t.Errorf("%s: error %q does not start with \"ftm: line \"", tc.name, err)
		}
		if len(es) != tc.count {
			t.Errorf("%s: ReadAll kept %d entities, want %d", tc.name, len(es), tc.count)
		}
	}
}

func TestParseErrorMessage(t *testing.T) {
	_, err := ftm.ReadAll(strings.NewReader("\n\n" + `{"id":"x","schema":"Person","properties":{"b":"B","a":{}}}`))
	const want = `ftm: line 3: entity "x": property "b": wrong type: want a list of strings`
	if err == nil || err.Error() != want {
		t.Errorf("error = %v, want %s", err, want)
	}
}

// errReader fails after its data.
type errReader struct {
	data []byte
	err  error
}

func (r *errReader) Read(p []byte) (int, error) {
	if len(r.data) == 0 {
		return 0, r.err
	}
	n := copy(p, r.data)
	r.data = r.data[n:]
	return n, nil
}

func TestDecodeReaderError(t *testing.T) {
	fail := errors.New("disk on fire")
	d := ftm.NewDecoder(&errReader{data: []byte(`{"id":"a","schema":"Person"}` + "\n"), err: fail})
	n := 0
	for d.Next() {
		n++
	}
	if n != 1 || !errors.Is(d.Err(), fail) {
		t.Errorf("read %d entities, error %v; want 1, %v", n, d.Err(), fail)
	}
	if d.Next() || d.Entity() != nil {
		t.Error("Next after an error reports an entity")
	}
	if es, err := ftm.ReadAll(strings.NewReader("")); len(es) != 0 || err != nil {
		t.Errorf("ReadAll(\"\") = %v, %v; want none, nil", es, err)
	}
	if _, err := ftm.ReadAll(io.MultiReader(strings.NewReader("\n \t\n"))); err != nil {
		t.Errorf("ReadAll of blank lines: %v", err)
	}
}
