package screen

import (
	"fmt"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
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

// TestSearchIsScan checks, on the benchmark list and its query mix of a
// thousand queries, that Search returns exactly what Scan returns, at
// three thresholds: the index loses nothing the plain scan finds. With
// -short, and with the race detector, it takes one query in fifty, or in
// ten: the scans take most of a minute.
func TestSearchIsScan(t *testing.T) {
	es := benchList(t)
	ix := NewIndex(es)
	qs := benchQueryMix(es, benchQueries)
	step := 1
	switch {
	case testing.Short():
		step = 50
	case raceEnabled:
		step = 10
	}
	// The queries are compared on every core (an Index is safe for
	// concurrent use), their differences reported in order.
	var diffs []string
	var found atomic.Int64
	var mu sync.Mutex
	var wg sync.WaitGroup
	next := atomic.Int64{}
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for k := int(next.Add(int64(step))) - step; k < len(qs); k = int(next.Add(int64(step))) - step {
				q := qs[k]
				for _, th := range []float64{0.7, DefaultMin, 0.9} {
					want := summariseMatches(ix.Scan(q, th))
					got := summariseMatches(ix.Search(q, th))
					found.Add(int64(len(want)))
					if diff := cmp.Diff(want, got); diff != "" {
						mu.Lock()
						diffs = append(diffs, fmt.Sprintf("%04d Search(%+v, %v) differs from Scan (-scan +search):\n%s", k, q, th, diff))
						mu.Unlock()
					}
				}
			}
		})
	}
	wg.Wait()
	slices.Sort(diffs)
	for _, d := range diffs {
		t.Error(d)
	}
	if found.Load() == 0 {
		t.Error("the scan found nothing: the comparison proves nothing")
	}
	t.Logf("%d matches compared", found.Load())
}
