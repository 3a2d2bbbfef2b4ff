// Command beam screens a file of customers against a sanctions list as an
// Apache Beam pipeline: the batch screening of examples/screen -batch,
// with the same scorer, on a runner that spreads it over many machines
// (Dataflow, Flink, Spark) or, by default, on the Go SDK's own local
// runner, prism.
//
// Usage:
//
//	beam -list LIST -customers FILE -output DIR [-min 0.8] [Beam's flags: -runner ...]
//
// -list is the list: a file of the EU's Financial Sanctions Files (XML 1.1,
// the legacy XML 1.0 or CSV 1.1) or FollowTheMoney JSON lines, as
// examples/screen -list reads it. -customers is a CSV file with a header,
// id and name required, birthDate, country, idNumber and type optional, as
// examples/screen -batch reads it. Both are paths that Beam's file systems
// read: a local path, or gs://bucket/object on Google Cloud Storage.
//
// It writes DIR/hits.jsonl: one JSON object a line for each hit,
// {"customer", "query", "id", "name", "score", "alias", "reason"}, the same
// records as examples/screen -batch, in the same order (customers in the
// order of the file, each customer's hits best first), so that the two
// files are equal byte for byte. At the end it writes a summary line on
// standard error: the names screened, the seconds and the hits.
//
// The pipeline reads the customers file in one piece (a CSV row may span
// lines, so the file cannot be split at any line end), checking every row
// as -batch does: a row that cannot be read fails the pipeline, naming
// its line, before any hit is written. It then spreads the rows over the
// workers (a reshuffle), each of which builds the index of the list once
// and screens its rows in chunks on all its cores (screen.Index.SearchAll),
// and gathers the hits on one worker, which sorts and writes them: the
// hits are far fewer than the customers, and one worker holds them all.
//
// Exit status: 0 on success; 1 when the pipeline fails; 2 for a usage
// error.
package main

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"reflect"
	"slices"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	"github.com/acquis-eu/acquis/internal/screening"
	"github.com/acquis-eu/acquis/sanctions/screen"
)

var (
	listFlag      = flag.String("list", "", "the list: FSF XML or CSV, or FollowTheMoney JSON lines (a local path or gs://...)")
	customersFlag = flag.String("customers", "", "the customers: CSV with the columns id, name, birthDate, country, idNumber, type (a local path or gs://...)")
	outputFlag    = flag.String("output", "", "the directory to write hits.jsonl into (a local path or gs://...)")
	minFlag       = flag.Float64("min", screen.DefaultMin, "report matches whose score is at least this, in [0, 1]")
)

// A row is one customer as it travels between the pipeline's steps: the
// details as text, in the forms screen.ParseBirthDate, ParseCountry and
// sanctions.Type read back exactly.
type row struct {
	Line      int
	ID        string
	Name      string
	BirthDate string
	Country   string
	IDNumber  string
	Type      string
}

// A hit is one hit, its JSON line and its place in the output: the line
// of its customer and its rank among the customer's hits.
type hit struct {
	Line int
	Rank int
	JSON string
}

func init() {
	beam.RegisterType(reflect.TypeFor[row]())
	beam.RegisterType(reflect.TypeFor[hit]())
	register.DoFn4x1[context.Context, []byte, func(row), func(int), error](&readFn{})
	register.DoFn3x1[context.Context, row, func(hit), error](&screenFn{})
	register.DoFn4x1[context.Context, []byte, func(*hit) bool, func(*int) bool, error](&writeFn{})
	register.Emitter1[row]()
	register.Emitter1[int]()
	register.Emitter1[hit]()
	register.Iter1[hit]()
	register.Iter1[int]()
}

// The pipeline's counters.
var (
	namesCounter = beam.NewCounter("acquis", "names")
	hitsCounter  = beam.NewCounter("acquis", "hits")
)

// readFn reads the customers file and emits its rows, then the number of
// rows once all are read (done); or it fails at the first row that cannot
// be read, and done is never emitted.
type readFn struct {
	Path string
}

func (f *readFn) ProcessElement(ctx context.Context, _ []byte, emit func(row), done func(int)) error {
	r, err := open(ctx, f.Path)
	if err != nil {
		return err
	}
	defer r.Close()
	cs := screening.NewCustomers(r)
	n := 0
	for cs.Scan() {
		n++
		c := cs.Customer()
		q := c.Query
		x := row{Line: c.Line, ID: c.ID, Name: q.Name, BirthDate: q.BirthDate.String(), Country: q.Country.String(), IDNumber: q.IDNumber}
		if q.Type.IsValid() {
			x.Type = q.Type.String()
		}
		emit(x)
	}
	if err := cs.Err(); err != nil {
		return fmt.Errorf("%s: %w", f.Path, err)
	}
	done(n)
	return nil
}

// chunk is the number of rows a worker screens at once, on all its cores.
const chunk = 4096

// screenFn screens rows against the list, which each worker reads and
// indexes once.
type screenFn struct {
	List string
	Min  float64

	ix   *screen.Index
	rows []row
}

func (f *screenFn) Setup(ctx context.Context) error {
	r, err := open(ctx, f.List)
	if err != nil {
		return err
	}
	defer r.Close()
	es, err := screening.ReadList(r, f.List)
	if err != nil {
		return err
	}
	f.ix = screen.NewIndex(es)
	return nil
}

func (f *screenFn) StartBundle(context.Context, func(hit)) {
	f.rows = f.rows[:0]
}

func (f *screenFn) ProcessElement(ctx context.Context, x row, emit func(hit)) error {
	f.rows = append(f.rows, x)
	if len(f.rows) < chunk {
		return nil
	}
	return f.flush(ctx, emit)
}

func (f *screenFn) FinishBundle(ctx context.Context, emit func(hit)) error {
	return f.flush(ctx, emit)
}

// flush screens the rows held and emits their hits.
func (f *screenFn) flush(ctx context.Context, emit func(hit)) error {
	queries := make([]screen.Query, len(f.rows))
	for i, x := range f.rows {
		q, err := query(x)
		if err != nil {
			return fmt.Errorf("customer %q on line %d: %w", x.ID, x.Line, err)
		}
		queries[i] = q
	}
	for r := range f.ix.SearchAll(slices.Values(queries), f.Min, 0) {
		x := f.rows[r.N]
		for rank, m := range r.Matches {
			b, err := json.Marshal(screening.HitOf(x.ID, r.Query, m))
			if err != nil {
				return err
			}
			emit(hit{Line: x.Line, Rank: rank, JSON: string(b)})
		}
		hitsCounter.Inc(ctx, int64(len(r.Matches)))
	}
	namesCounter.Inc(ctx, int64(len(f.rows)))
	f.rows = f.rows[:0]
	return nil
}

// query returns the query of a row, reading back its details.
func query(x row) (screen.Query, error) {
	q := screen.Query{Name: x.Name, IDNumber: x.IDNumber}
	var err error
	if q.BirthDate, err = screen.ParseBirthDate(x.BirthDate); err != nil {
		return q, err
	}
	if q.Country, err = screen.ParseCountry(x.Country); err != nil {
		return q, err
	}
	if x.Type != "" {
		if err := q.Type.UnmarshalText([]byte(x.Type)); err != nil {
			return q, err
		}
	}
	return q, nil
}

// writeFn writes every hit, in the order of the customers file, to
// hits.jsonl in the output directory, once all are screened.
type writeFn struct {
	Output string
}

func (f *writeFn) ProcessElement(ctx context.Context, _ []byte, values func(*hit) bool, read func(*int) bool) error {
	// The file is written only when the customers were read in full: a
	// runner may run this stage though a bundle of the reading failed,
	// and the hits of the rows before a bad one are not the output.
	var n int
	if !read(&n) {
		return errors.New("the customers file was not read in full: no hits written")
	}
	var hs []hit
	var h hit
	for values(&h) {
		hs = append(hs, h)
	}
	slices.SortFunc(hs, func(a, b hit) int { return cmp.Or(cmp.Compare(a.Line, b.Line), cmp.Compare(a.Rank, b.Rank)) })
	path := f.Output + "/hits.jsonl"
	fs, err := filesystem.New(ctx, path)
	if err != nil {
		return err
	}
	defer fs.Close()
	w, err := fs.OpenWrite(ctx, path)
	if err != nil {
		return err
	}
	for _, h := range hs {
		if _, err := io.WriteString(w, h.JSON+"\n"); err != nil {
			w.Close()
			return fmt.Errorf("%s: %w", path, err)
		}
	}
	if err := w.Close(); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// open opens a file on any of Beam's file systems.
func open(ctx context.Context, path string) (io.ReadCloser, error) {
	fs, err := filesystem.New(ctx, path)
	if err != nil {
		return nil, err
	}
	defer fs.Close()
	return fs.OpenRead(ctx, path)
}

// pipeline builds the pipeline that screens the customers file against
// the list and writes the hits into the output directory.
func pipeline(list, customers, output string, threshold float64) *beam.Pipeline {
	p, s := beam.NewPipelineWithRoot()
	rows, read := beam.ParDo2(s.Scope("ReadCustomers"), &readFn{Path: customers}, beam.Impulse(s))
	spread := beam.Reshuffle(s, rows)
	hits := beam.ParDo(s.Scope("Screen"), &screenFn{List: list, Min: threshold}, spread)
	// The hits are a side input of one element, so that the file is
	// written once, and written empty when there is no hit; the number
	// of rows read is one too, so that nothing is written unless every
	// row was read.
	beam.ParDo0(s.Scope("WriteHits"), &writeFn{Output: output}, beam.Impulse(s), beam.SideInput{Input: hits}, beam.SideInput{Input: read})
	return p
}

func main() {
	flag.Usage = func() {
		fmt.Fprintf(os.Stderr, "usage: beam -list LIST -customers FILE -output DIR [-min 0.8] [-runner RUNNER ...]\n\n"+
			"Screens a CSV file of customers against a sanctions list as an Apache Beam pipeline,\n"+
			"and writes DIR/hits.jsonl, a JSON line for each hit.\n\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	switch {
	case *listFlag == "" || *customersFlag == "" || *outputFlag == "":
		fmt.Fprintln(os.Stderr, "beam: -list, -customers and -output are required")
		os.Exit(2)
	case math.IsNaN(*minFlag) || *minFlag < 0 || *minFlag > 1:
		fmt.Fprintf(os.Stderr, "beam: -min %v is not in [0, 1]\n", *minFlag)
		os.Exit(2)
	case flag.NArg() > 0:
		fmt.Fprintf(os.Stderr, "beam: unexpected argument %q\n", flag.Arg(0))
		os.Exit(2)
	}
	beam.Init()
	ctx := context.Background()
	start := time.Now()
	res, err := beamx.RunWithMetrics(ctx, pipeline(*listFlag, *customersFlag, *outputFlag, *minFlag))
	if err != nil {
		fmt.Fprintf(os.Stderr, "beam: %v\n", err)
		os.Exit(1)
	}
	elapsed := time.Since(start).Seconds()
	var names, hits int64
	if res != nil {
		for _, c := range res.Metrics().AllMetrics().Counters() {
			switch c.Name() {
			case "names":
				names += c.Result()
			case "hits":
				hits += c.Result()
			}
		}
	}
	fmt.Fprintf(os.Stderr, "beam: %d names in %.2f s (%.0f names/s), %d hits, in %s/hits.jsonl\n", names, elapsed, float64(names)/elapsed, hits, *outputFlag)
}
