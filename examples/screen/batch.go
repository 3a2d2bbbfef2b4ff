package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"iter"
	"os"
	"time"

	"github.com/acquis-eu/acquis/internal/command"
	"github.com/acquis-eu/acquis/internal/num"
	"github.com/acquis-eu/acquis/internal/screening"
	"github.com/acquis-eu/acquis/sanctions"
	"github.com/acquis-eu/acquis/sanctions/screen"
)

// runBatch screens the customers of the named file against entities and
// writes a JSON line for each hit on stdout, and the summary on stderr. It
// returns the exit status.
func runBatch(name string, entities []*sanctions.Entity, scope string, threshold float64, workers int, stdout, stderr io.Writer) int {
	f, err := os.Open(name)
	if err != nil {
		return command.Fail(stderr, "screen", err)
	}
	defer f.Close()
	// The first reading checks every row, so that a bad row stops the
	// run before anything is written.
	rows := 0
	cs := screening.NewCustomers(f)
	for cs.Scan() {
		rows++
	}
	if err := cs.Err(); err != nil {
		return command.Fail(stderr, "screen", fmt.Errorf("%s: %w", name, err))
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return command.Fail(stderr, "screen", err)
	}

	ix := screen.NewIndex(entities)
	bar := newProgress(stderr, rows)
	w := bufio.NewWriterSize(stdout, 64<<10)
	cs = screening.NewCustomers(f)
	// ids holds the ids of the customers whose queries SearchAll has
	// read and whose results it has not yet yielded, in order: it reads
	// them on this goroutine, and at most a window ahead.
	var ids []string
	queries := func(yield func(screen.Query) bool) {
		for cs.Scan() {
			c := cs.Customer()
			ids = append(ids, c.ID)
			if !yield(c.Query) {
				return
			}
		}
	}
	start := time.Now()
	names, hits := 0, 0
	var werr error
	for r := range ix.SearchAll(iter.Seq[screen.Query](queries), threshold, workers) {
		id := ids[0]
		ids = ids[1:]
		for _, m := range r.Matches {
			b, err := json.Marshal(screening.HitOf(id, r.Query, m))
			if err == nil {
				b = append(b, '\n')
				_, err = w.Write(b)
			}
			if err != nil {
				werr = err
				break
			}
			hits++
		}
		if werr != nil {
			break
		}
		names++
		bar.update(names)
	}
	if werr == nil {
		werr = w.Flush()
	}
	bar.done()
	elapsed := time.Since(start)
	summary := fmt.Sprintf("%s in %.2f s (%s names/s) against %s (%s), %s",
		plural(names, "name", "names"), elapsed.Seconds(), num.Thousands(int64(float64(names)/max(elapsed.Seconds(), 1e-9))),
		scope, plural(ix.Len(), "entity", "entities"), plural(hits, "hit", "hits"))
	rerr := cs.Err()
	if rerr == nil && werr == nil && names != rows {
		rerr = fmt.Errorf("%d rows, where the check read %d", names, rows)
	}
	switch {
	case werr != nil:
		fmt.Fprintf(stderr, "screen: %s\n", summary)
		return command.Fail(stderr, "screen", fmt.Errorf("writing the hits: %w; the output stops after the hits of the first %d customers, or sooner", werr, names))
	case rerr != nil:
		fmt.Fprintf(stderr, "screen: %s\n", summary)
		return command.Fail(stderr, "screen", fmt.Errorf("%s changed while it was screened: %w; the output holds the hits of its first %d customers only", name, rerr, names))
	}
	fmt.Fprintf(stderr, "screen: %s\n", summary)
	return 0
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return num.Thousands(int64(n)) + " " + many
}
