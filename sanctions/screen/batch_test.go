package screen

import (
	"fmt"
	"iter"
	"runtime"
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestSearchAllIsSearch checks that a batch gives, for every query, what
// Search gives for it alone, in the order of the queries, whatever the
// number of workers.
func TestSearchAllIsSearch(t *testing.T) {
	es := benchList(t)
	ix := NewIndex(es)
	qs := benchQueryMix(es, benchQueries)
	if testing.Short() {
		qs = qs[:200]
	}
	want := make([][]matchSummary, len(qs))
	hits := 0
	for i, q := range qs {
		want[i] = summariseMatches(ix.Search(q, DefaultMin))
		hits += len(want[i])
	}
	if hits == 0 {
		t.Fatal("no query matches: the comparison proves nothing")
	}
	for _, workers := range []int{1, 2, 3, 8, 0} {
		n := 0
		for r := range ix.SearchAll(slices.Values(qs), DefaultMin, workers) {
			if r.N != n {
				t.Fatalf("workers %d: result %d has N %d", workers, n, r.N)
			}
			if r.Query != qs[n] {
				t.Errorf("workers %d: result %d has query %+v, want %+v", workers, n, r.Query, qs[n])
			}
			if diff := cmp.Diff(want[n], summariseMatches(r.Matches)); diff != "" {
				t.Errorf("workers %d: query %d %q (-Search +SearchAll):\n%s", workers, n, qs[n].Name, diff)
			}
			n++
		}
		if n != len(qs) {
			t.Errorf("workers %d: %d results for %d queries", workers, n, len(qs))
		}
	}
}

// TestSearchAllEmpty checks that no query gives no result.
func TestSearchAllEmpty(t *testing.T) {
	ix := NewIndex(screenFixtures(t))
	for r := range ix.SearchAll(slices.Values([]Query(nil)), DefaultMin, 2) {
		t.Errorf("result %+v for no query", r)
	}
}

// countingQueries returns a sequence of n queries that records in *read
// how many it has given and in *ahead the most it has given beyond
// *yielded, which the consumer keeps.
func countingQueries(n int, read, ahead, yielded *int) iter.Seq[Query] {
	names := []string{"Alexander Lukashenko", "Robert Mugabe", "Anna Nowak", "Haji Ahmad Jan", "EMMA LLC"}
	return func(yield func(Query) bool) {
		for i := range n {
			*read++
			*ahead = max(*ahead, *read-*yielded)
			if !yield(Query{Name: names[i%len(names)]}) {
				return
			}
		}
	}
}

// TestSearchAllBounded checks that a batch reads its queries as the
// results are taken, never more than its window ahead, so that its memory
// does not grow with the number of queries.
func TestSearchAllBounded(t *testing.T) {
	ix := NewIndex(screenFixtures(t))
	for _, workers := range []int{1, 2, 5} {
		var read, ahead, yielded int
		const n = 20_000
		for range ix.SearchAll(countingQueries(n, &read, &ahead, &yielded), DefaultMin, workers) {
			yielded++
		}
		if read != n || yielded != n {
			t.Errorf("workers %d: read %d queries and yielded %d results, want %d", workers, read, yielded, n)
		}
		if limit := window*workers + chunkSize; ahead > limit {
			t.Errorf("workers %d: read %d queries ahead of the results, more than %d", workers, ahead, limit)
		}
	}
}

// TestSearchAllStop checks that a range that stops early stops the
// reading of queries and leaves no goroutine behind.
func TestSearchAllStop(t *testing.T) {
	ix := NewIndex(screenFixtures(t))
	before := runtime.NumGoroutine()
	const workers = 3
	var read, ahead, yielded int
	for r := range ix.SearchAll(countingQueries(1_000_000, &read, &ahead, &yielded), DefaultMin, workers) {
		yielded++
		if r.N == 9 {
			break
		}
	}
	if yielded != 10 {
		t.Errorf("yielded %d results before the break, want 10", yielded)
	}
	if read > window*workers+chunkSize {
		t.Errorf("read %d queries for 10 results", read)
	}
	// The workers are done when SearchAll returns; give the runtime a
	// moment to retire them.
	deadline := time.Now().Add(5 * time.Second)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if n := runtime.NumGoroutine(); n > before {
		t.Errorf("%d goroutines after the batch, %d before", n, before)
	}
}

// BenchmarkSearchAll screens the benchmark's query mix against the
// benchmark list (about 6,000 entities and 30,000 names) as a batch, with
// 1 and 2 workers, and, as the baseline, by Search in a plain loop. It
// reports names per second of wall time, and per second of the processor
// time the process used (on Unix), which a machine shared with other work
// changes less. GOMAXPROCS is left as it is: the goroutine that ranges
// over the results runs beside the workers.
func BenchmarkSearchAll(b *testing.B) {
	es := benchList(b)
	ix := NewIndex(es)
	qs := benchQueryMix(es, benchQueries)
	for _, workers := range []int{0, 1, 2} {
		name := fmt.Sprintf("workers=%d", workers)
		if workers == 0 {
			name = "loop" // the baseline: Search in a loop, on the benchmark's goroutine
		}
		b.Run(name, func(b *testing.B) {
			n := 0
			start := time.Now()
			cpu0, ok := cpuTime()
			for b.Loop() {
				if workers == 0 {
					for _, q := range qs {
						ix.Search(q, DefaultMin)
						n++
					}
					continue
				}
				for range ix.SearchAll(slices.Values(qs), DefaultMin, workers) {
					n++
				}
			}
			b.ReportMetric(float64(n)/time.Since(start).Seconds(), "names/s")
			if cpu1, _ := cpuTime(); ok {
				b.ReportMetric(float64(n)/(cpu1-cpu0).Seconds(), "names/cpu-s")
			}
		})
	}
}
