package ftm_test

import (
	"bytes"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/acquis-eu/acquis/sanctions/ftm"
)

// FuzzDecode reads arbitrary input as JSON lines: never a panic, an error is
// a *ParseError, and what reads writes, reads back equal, and writes again
// to the same bytes.
func FuzzDecode(f *testing.F) {
	for _, seed := range []string{
		`{"id":"a","schema":"Person","properties":{"name":["Anna ALPHA"],"birthDate":["1971-07"]}}`,
		`{"id": "b", "caption": "B", "schema": "Sanction", "properties": {"entity": ["a"], "provisions": []}, "datasets": ["eu_fsf"], "referents": [], "target": false, "first_seen": "2025-02-25T18:57:02"}`,
		`{"id":"c","schema":"Thing","x":{"y":[1,2.5e3,null,true]},"z":"\u2028<&>"}` + "\n\n" + `{"id":"d","schema":"Address"}`,
		"\uFEFF" + `{"id":"e","schema":"Person","caption":null,"target":null,"properties":null}` + "\r\n",
		`{"id":"f","schema":"Person","properties":{"name":"F"}}`,
		`{"id":"g","schema":"Person","properties":{"name":["G",null]}}`,
		`[{"id":"h","schema":"Person"}]`,
		`{"id":"i","schema":"Person","id":"j"}`,
		`{"id":"\ud800","schema":"P\u00e9rson","properties":{"":["\\\"\u0001"]}}`,
		"{\"id\":\"k\",\"schema\":\"Person\",\"properties\":{\"notes\":[\"\xff\xfe\"]}}",
		`null`,
		`{"schema":"Person"}`,
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		es, err := ftm.ReadAll(bytes.NewReader(data))
		if err != nil {
			var pe *ftm.ParseError
			if !errors.As(err, &pe) || pe.Line < 1 {
				t.Fatalf("error %v (%T) is not a *ParseError with a line", err, err)
			}
		}
		var buf bytes.Buffer
		enc := ftm.NewEncoder(&buf)
		for _, e := range es {
			if e.ID == "" || e.Schema == "" || e.Properties == nil {
				t.Fatalf("read an entity with no id, schema or properties: %+v", e)
			}
			if err := enc.Encode(e); err != nil {
				if errors.Is(err, ftm.ErrLineTooLong) {
					return // escaping may lengthen a line that was just short enough
				}
				t.Fatalf("Encode(%+v): %v", e, err)
			}
		}
		again, err := ftm.ReadAll(bytes.NewReader(buf.Bytes()))
		if err != nil {
			t.Fatalf("reading back %q: %v", buf.Bytes(), err)
		}
		if diff := cmp.Diff(es, again); diff != "" {
			t.Fatalf("read, written and read back (-first +second):\n%s", diff)
		}
		var buf2 bytes.Buffer
		enc2 := ftm.NewEncoder(&buf2)
		for _, e := range again {
			if err := enc2.Encode(e); err != nil {
				t.Fatal(err)
			}
		}
		if !bytes.Equal(buf.Bytes(), buf2.Bytes()) {
			t.Fatalf("writing twice differs:\n%q\n%q", buf.Bytes(), buf2.Bytes())
		}
	})
}
