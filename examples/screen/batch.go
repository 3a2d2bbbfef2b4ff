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
	rows, err := checkRows(f)
	if err != nil {
		return command.Fail(stderr, "screen", fmt.Errorf("%s: %w", name, err))
	}
	ix := screen.NewIndex(entities)
	start := time.Now()
	b := screenRows(ix, f, rows, threshold, workers, stdout, newProgress(stderr, rows))
	elapsed := time.Since(start)
	fmt.Fprintf(stderr, "screen: %s in %.2f s (%s names/s) against %s (%s), %s\n",
		plural(b.names, "name", "names"), elapsed.Seconds(), num.Thousands(int64(float64(b.names)/max(elapsed.Seconds(), 1e-9))),
		scope, plural(ix.Len(), "entity", "entities"), plural(b.hits, "hit", "hits"))
	if b.readErr == nil && b.writeErr == nil && b.names != rows {
		b.readErr = fmt.Errorf("%d rows, where the check read %d", b.names, rows)
	}
	switch {
	case b.writeErr != nil:
		return command.Fail(stderr, "screen", fmt.Errorf("writing the hits: %w; the output stops after the hits of the first %d customers, or sooner", b.writeErr, b.names))
	case b.readErr != nil:
		return command.Fail(stderr, "screen", fmt.Errorf("%s changed while it was screened: %w; the output holds the hits of its first %d customers only", name, b.readErr, b.names))
	}
	return 0
}

// checkRows reads every row of the customers file f, and returns their
// number, or the error of the first that cannot be read; it leaves f at
// its start.
func checkRows(f *os.File) (int, error) {
	rows := 0
	cs := screening.NewCustomers(f)
	for cs.Scan() {
		rows++
	}
	if err := cs.Err(); err != nil {
		return 0, err
	}
	_, err := f.Seek(0, io.SeekStart)
	return rows, err
}

// A batch is what screenRows did: the names screened and the hits
// written, and what stopped it, if anything.
type batch struct {
	names, hits       int
	readErr, writeErr error
}

// screenRows screens the customers of the file f, of rows rows, against
// ix, and writes a JSON line for each hit on stdout.
func screenRows(ix *screen.Index, f io.Reader, rows int, threshold float64, workers int, stdout io.Writer, bar *progress) batch {
	var b batch
	w := bufio.NewWriterSize(stdout, 64<<10)
	cs := screening.NewCustomers(f)
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
	for r := range ix.SearchAll(iter.Seq[screen.Query](queries), threshold, workers) {
		id := ids[0]
		ids = ids[1:]
		for _, m := range r.Matches {
			line, err := json.Marshal(screening.HitOf(id, r.Query, m))
			if err == nil {
				_, err = w.Write(append(line, '\n'))
			}
			if err != nil {
				b.writeErr = err
				break
			}
			b.hits++
		}
		if b.writeErr != nil {
			break
		}
		b.names++
		bar.update(b.names)
	}
	if b.writeErr == nil {
		b.writeErr = w.Flush()
	}
	bar.done()
	b.readErr = cs.Err()
	return b
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return num.Thousands(int64(n)) + " " + many
}
