package ftm_test

import (
	"bytes"
	"encoding/json"
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/acquis-eu/acquis/sanctions/ftm"
)

// The real OpenSanctions files (CC BY-NC: read from ../shared/data, never
// copied into the repository), with the number of entities of each schema
// that ../shared/reference/eu-sanctions.md §12 gives for them.
var realFiles = []struct {
	name    string
	schemas map[string]int
}{
	{"opensanctions_yente_t1_eu_fsf.ftm.jsonl", map[string]int{"Person": 4, "Organization": 2, "Address": 1}},
	{"opensanctions_yente_zala_cluster.ftm.jsonl", map[string]int{
		"Sanction": 41, "Ownership": 14, "Company": 11, "Address": 11, "Person": 6,
		"Family": 4, "Directorship": 3, "Passport": 1,
	}},
}

// nonBlankLines returns the lines of b that hold more than white space.
func nonBlankLines(b []byte) [][]byte {
	var out [][]byte
	for _, l := range bytes.Split(b, []byte("\n")) {
		if len(bytes.TrimSpace(l)) > 0 {
			out = append(out, l)
		}
	}
	return out
}

// TestRealFiles reads the real files completely, counts the entities of
// each schema against an independent count, writes them back, reads them
// again, and checks that every written line means the same JSON as the
// original line.
func TestRealFiles(t *testing.T) {
	for _, f := range realFiles {
		t.Run(f.name, func(t *testing.T) {
			orig, err := os.ReadFile(sharedData(t, f.name))
			if err != nil {
				t.Fatal(err)
			}
			es, err := ftm.ReadAll(bytes.NewReader(orig))
			if err != nil {
				t.Fatal(err)
			}

			// An independent count: each line decoded as generic JSON.
			lines := nonBlankLines(orig)
			independent := make(map[string]int)
			for i, l := range lines {
				var m map[string]any
				if err := json.Unmarshal(l, &m); err != nil {
					t.Fatalf("line %d: %v", i+1, err)
				}
				s, _ := m["schema"].(string)
				independent[s]++
			}
			got := make(map[string]int)
			for _, e := range es {
				got[e.Schema]++
			}
			if diff := cmp.Diff(independent, got); diff != "" {
				t.Errorf("entities per schema, decoded as JSON vs ReadAll (-json +ReadAll):\n%s", diff)
			}
			if diff := cmp.Diff(f.schemas, got); diff != "" {
				t.Errorf("entities per schema (-reference +ReadAll):\n%s", diff)
			}
			t.Logf("%d entities: %v", len(es), got)

			written := encodeAll(t, es)
			again, err := ftm.ReadAll(bytes.NewReader(written))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(es, again); diff != "" {
				t.Errorf("read, written, read again (-first +second):\n%s", diff)
			}

			out := nonBlankLines(written)
			if len(out) != len(lines) {
				t.Fatalf("wrote %d lines for %d", len(out), len(lines))
			}
			for i := range lines {
				var want, got any
				if err := json.Unmarshal(lines[i], &want); err != nil {
					t.Fatal(err)
				}
				if err := json.Unmarshal(out[i], &got); err != nil {
					t.Fatalf("written line %d: %v", i+1, err)
				}
				if diff := cmp.Diff(want, got); diff != "" {
					t.Errorf("line %d as JSON (-original +written):\n%s", i+1, diff)
				}
			}

			// Writing is deterministic.
			if !bytes.Equal(written, encodeAll(t, again)) {
				t.Error("writing the same entities twice gives different bytes")
			}
		})
	}
}
