package screen

import (
	"fmt"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/acquis-eu/acquis/sanctions"
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

// TestLookupStops checks that the words of a form are looked up only
// while those looked up leave a name a chance to reach the threshold: in
// Anna Popescu, Popescu, of one reading and not in the list, is looked up
// first, and Anna alone cannot make a name reach DefaultMin, so that Anna
// and its readings (Annette, Hannah ...) are not looked up; in Anna Nowak,
// whose Nowak the list holds, they are, and Hannah Nowak is found.
func TestLookupStops(t *testing.T) {
	ix := NewIndex([]*sanctions.Entity{
		{ID: "A", Type: sanctions.Person, Names: []sanctions.Name{{Whole: "Hannah Nowak"}}},
	})
	for _, c := range []struct {
		query string
		all   bool // every word looked up
	}{
		{"Anna Popescu", false},
		{"Anna Nowak", true},
	} {
		p := prepare(Query{Name: c.query})
		ix.bind(p)
		sc := ix.getScratch(p.width)
		f := p.forms[0]
		all := ix.lookupTokens(f, sc, needOf(f, DefaultMin))
		anna := len(sc.hits[f.off]) > 0 // Anna reaches Hannah
		ix.putScratch(sc)
		p.release()
		if all != c.all || anna != c.all {
			t.Errorf("%s: lookupTokens reports %v, Anna's hits found %v; want %v", c.query, all, anna, c.all)
		}
		q := Query{Name: c.query}
		scan, search := summariseMatches(ix.Scan(q, DefaultMin)), summariseMatches(ix.Search(q, DefaultMin))
		if diff := cmp.Diff(scan, search); diff != "" {
			t.Errorf("Search(%q) differs from Scan (-scan +search):\n%s", c.query, diff)
		}
		if found := len(search) > 0; found != c.all {
			t.Errorf("Search(%q) finds %v, want found %v", c.query, search, c.all)
		}
	}
}

// TestInitialLetters checks that an initial of the query lets through
// only the names with a name word it may stand for, by the word's first
// letter as written or by its key's (Khalid, whose key is halid, for K.
// and H.), and that Search still finds what Scan finds.
func TestInitialLetters(t *testing.T) {
	ix := NewIndex([]*sanctions.Entity{
		{ID: "K", Type: sanctions.Person, Names: []sanctions.Name{{Whole: "Khalid Waliullah"}}},
		{ID: "R", Type: sanctions.Person, Names: []sanctions.Name{{Whole: "Rahim Waliullah"}}},
	})
	for _, c := range []struct {
		query string
		kept  []string // the entities whose names filter keeps
	}{
		{"K. Waliullah", []string{"K"}},
		{"H. Waliullah", []string{"K"}},
		{"R. Waliullah", []string{"R"}},
		{"S. Waliullah", nil},
	} {
		p := prepare(Query{Name: c.query})
		ix.bind(p)
		sc := ix.getScratch(p.width)
		f := p.forms[0]
		var kept []string
		if ix.lookupTokens(f, sc, needOf(f, DefaultMin)) {
			for _, ni := range ix.candidates(f, sc, DefaultMin) {
				kept = append(kept, ix.entities[ix.names[ni].entity].ID)
			}
		}
		ix.putScratch(sc)
		p.release()
		if !slices.Equal(kept, c.kept) {
			t.Errorf("%s: names of %v kept, want %v", c.query, kept, c.kept)
		}
		q := Query{Name: c.query}
		if diff := cmp.Diff(summariseMatches(ix.Scan(q, 0.5)), summariseMatches(ix.Search(q, 0.5))); diff != "" {
			t.Errorf("Search(%q) differs from Scan (-scan +search):\n%s", c.query, diff)
		}
	}
}
