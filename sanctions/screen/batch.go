package screen

import (
	"iter"
	"runtime"
	"sync"
	"sync/atomic"
)

// A Result is the outcome of one query of a batch: its position in the
// batch, the query, and its matches as [Index.Search] returns them.
type Result struct {
	// N is the position of the query in the sequence given to
	// SearchAll, counted from 0.
	N       int
	Query   Query
	Matches []Match
}

// window is the number of queries each worker of SearchAll may have in
// hand, given out or done and not yet yielded: enough that a slow query
// does not leave the others idle while the results wait for it to be
// yielded in order, few enough that memory stays small.
const window = 64

// SearchAll searches every query of queries as [Index.Search] does, with
// the given threshold, on several goroutines, and yields a Result for each
// in the order of the queries: the Result of the query at position N is
// the N-th yielded, whatever the order the workers finish in.
//
// workers is the number of goroutines that search; 0 or less means
// runtime.GOMAXPROCS(0), one for each processor Go uses. The queries are
// read as they are needed, never more than 64 per worker ahead of the
// Result yielded last, so that memory is bounded whatever the number of
// queries: a batch of millions, read from a file, never is held whole.
//
// The queries are read on the goroutine that ranges over the sequence
// SearchAll returns (through [iter.Pull]), never on another: a sequence
// that reads a file and remembers its error, as a bufio.Scanner does, can
// be asked for that error once the range is over. When the range stops
// early, SearchAll stops reading queries, lets the workers finish the
// searches in hand, and returns once they have.
//
// Each Result holds what Search returns for its query alone: running a
// batch changes nothing in the matches, their scores or their reasons.
func (ix *Index) SearchAll(queries iter.Seq[Query], threshold float64, workers int) iter.Seq[Result] {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	return func(yield func(Result) bool) {
		next, stop := iter.Pull(queries)
		defer stop()
		size := window * workers
		jobs := make(chan Result, size)
		// done has room for every query in hand, so that a worker never
		// waits to hand a result back.
		done := make(chan Result, size)
		var stopped atomic.Bool
		var wg sync.WaitGroup
		for range workers {
			wg.Go(func() {
				for r := range jobs {
					if !stopped.Load() {
						r.Matches = ix.Search(r.Query, threshold)
					}
					done <- r
				}
			})
		}
		defer func() {
			stopped.Store(true)
			close(jobs)
			wg.Wait()
		}()

		// ring holds the results that came back before their turn, at
		// their position modulo size; have says which slots are full.
		ring := make([]Result, size)
		have := make([]bool, size)
		sent, yielded := 0, 0
		more := true
		for {
			for more && sent-yielded < size {
				q, ok := next()
				if !ok {
					more = false
					break
				}
				jobs <- Result{N: sent, Query: q}
				sent++
			}
			if yielded == sent {
				return
			}
			slot := yielded % size
			for !have[slot] {
				r := <-done
				ring[r.N%size], have[r.N%size] = r, true
			}
			r := ring[slot]
			ring[slot], have[slot] = Result{}, false
			yielded++
			if !yield(r) {
				return
			}
		}
	}
}
