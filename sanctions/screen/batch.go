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
// yielded in order, few enough that memory stays small. The queries go to
// the workers in chunks of chunkSize, so that the goroutines hand work to
// each other, and wake each other, once for a chunk rather than once for
// a query.
const (
	window    = 256
	chunkSize = 32
)

// A chunk is a run of consecutive queries of a batch, the n-th, searched
// by one worker.
type chunk struct {
	n  int
	rs []Result
}

// SearchAll searches every query of queries as [Index.Search] does, with
// the given threshold, on several goroutines, and yields a Result for each
// in the order of the queries: the Result of the query at position N is
// the N-th yielded, whatever the order the workers finish in.
//
// workers is the number of goroutines that search; 0 or less means
// runtime.GOMAXPROCS(0), one for each processor Go uses. The queries are
// read as they are needed, in runs of 32, never more than 256 per worker
// (and a run) ahead of the Result yielded last, so that memory is bounded
// whatever the number of queries: a batch of millions, read from a file,
// never is held whole.
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
		size := window * workers / chunkSize // chunks in hand
		jobs := make(chan *chunk, size)
		// done has room for every chunk in hand, so that a worker never
		// waits to hand one back.
		done := make(chan *chunk, size)
		var stopped atomic.Bool
		var wg sync.WaitGroup
		for range workers {
			wg.Go(func() { ix.searchChunks(jobs, done, threshold, &stopped) })
		}
		defer func() {
			stopped.Store(true)
			close(jobs)
			wg.Wait()
		}()

		// ring holds the chunks that came back before their turn, at
		// their number modulo size.
		ring := make([]*chunk, size)
		sent, yielded, read := 0, 0, 0
		more := true
		for {
			for more && sent-yielded < size {
				var c *chunk
				c, more = readChunk(next, sent, read)
				if len(c.rs) == 0 {
					break
				}
				jobs <- c
				sent++
				read += len(c.rs)
			}
			if yielded == sent {
				return
			}
			slot := yielded % size
			for ring[slot] == nil {
				c := <-done
				ring[c.n%size] = c
			}
			c := ring[slot]
			ring[slot] = nil
			yielded++
			for _, r := range c.rs {
				if !yield(r) {
					return
				}
			}
		}
	}
}

// searchChunks searches the queries of each chunk of jobs and hands it to
// done, until jobs is closed; once stopped is set, it hands the chunks
// back unsearched.
func (ix *Index) searchChunks(jobs <-chan *chunk, done chan<- *chunk, threshold float64, stopped *atomic.Bool) {
	for c := range jobs {
		for i := range c.rs {
			if stopped.Load() {
				break
			}
			c.rs[i].Matches = ix.Search(c.rs[i].Query, threshold)
		}
		done <- c
	}
}

// readChunk reads the n-th chunk, of up to chunkSize queries from next,
// the first of them at position first in the batch; more reports whether
// next may give more.
func readChunk(next func() (Query, bool), n, first int) (c *chunk, more bool) {
	c = &chunk{n: n, rs: make([]Result, 0, chunkSize)}
	for len(c.rs) < chunkSize {
		q, ok := next()
		if !ok {
			return c, false
		}
		c.rs = append(c.rs, Result{N: first + len(c.rs), Query: q})
	}
	return c, true
}
