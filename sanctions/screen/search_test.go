package screen

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// matchSummary is what a test compares of a match.
type matchSummary struct {
	ID     string
	Score  float64
	Alias  string
	Reason string
}

func summariseMatches(ms []Match) []matchSummary {
	out := make([]matchSummary, len(ms))
	for i, m := range ms {
		out[i] = matchSummary{m.Entity.ID, m.Score, m.Alias.Full(), m.Reason}
	}
	return out
}

// TestSearchIsScan checks, on the benchmark list and a part of its query
// mix, that Search returns exactly what Scan returns, at several
// thresholds: the index loses nothing the plain scan finds.
func TestSearchIsScan(t *testing.T) {
	es := benchList(t)
	ix := NewIndex(es)
	qs := benchQueryMix(es, benchQueries)
	step := 10
	if testing.Short() {
		step = 50
	}
	found := 0
	for k := 0; k < len(qs); k += step {
		q := qs[k]
		for _, th := range []float64{0.7, DefaultMin, 0.9} {
			want := summariseMatches(ix.Scan(q, th))
			got := summariseMatches(ix.Search(q, th))
			found += len(want)
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Search(%+v, %v) differs from Scan (-scan +search):\n%s", q, th, diff)
			}
		}
	}
	if found == 0 {
		t.Error("the scan found nothing: the comparison proves nothing")
	}
	t.Logf("%d matches compared", found)
}

var _ = fmt.Sprint
