// Command screen screens names against a sanctions list: for each name, the
// listed entities whose score reaches a threshold, with the alias that
// matched and why. With -batch it screens a file of customers on every
// core, and with -since only against what took effect since a day.
//
// Usage:
//
//	screen [-list FILE | -on DAY [-since DAY]] [-min 0.8] [-birth DATE] [-country COUNTRY] [-id NUMBER] [-type TYPE] [-json] [NAME ...]
//	screen -batch CUSTOMERS [-list FILE | -on DAY [-since DAY]] [-min 0.8] [-workers N]
//	screen -batch CUSTOMERS -list NEW -since-list OLD [-min 0.8] [-workers N]
//
// The names are the arguments or, when there are none, the lines of
// standard input, one name a line (empty lines are skipped). They may be
// written in any script and order: "Лукашэнка Аляксандр", "LUKASHENKO,
// Alexander".
//
// -list reads the list from FILE: a file of the EU's Financial Sanctions
// Files (XML 1.1, the legacy XML 1.0 or CSV 1.1, which package fsf tells
// apart), or FollowTheMoney JSON lines as OpenSanctions publishes them
// (a file whose first character other than a space is "{"). Without it,
// the list is the library's Belarus 2020 data: every entity any act of
// sanctions.Belarus2020 lists, or, with -on DAY, those listed on that day.
// With -since DAY1 -on DAY2, the list is only the entries that acts listed
// or amended in (DAY1, DAY2], DAY1 excluded: what a daily screening must
// add to the day before's (sanctions.List.Changes). A day before the
// data's first act is a usage error, and so is a -on after its last act
// with -since, since the data cannot say what took effect after it; -on
// alone after the last act screens the listings as the data records them,
// and says so on standard error. An act that states it lists more entries
// than the data names is noted on standard error: those entries cannot be
// screened. -on and -since apply to the embedded data only: a list file is
// a snapshot, which says what is listed and not what took effect when. For
// the EU's own files, -list NEW -since-list OLD screens against what the
// snapshot NEW adds or changes over the older OLD (package fsf's Compare:
// a new entity, or a changed one, such as one with a new alias), as NEW
// has them: the daily screening of a customer base against the file of
// the day, when the day before's was screened whole.
// -min is the threshold, in [0, 1] (screen.DefaultMin by default).
//
// -birth, -country, -id and -type say what else is known of the bearers of
// the names, and qualify every name screened (package screen documents
// how): a date of birth ("1954-08-30", "1954", "30/08/1954", "30 August
// 1954"), a country (an ISO 3166-1 code such as BY or BLR, or an English
// name such as Belarus), the number of an identity document (of four
// letters and digits at least), and the type of entity (person or
// organisation). A value that cannot be read with certainty, such as the
// date "02/03/1924" (2 March or 3 February) or the country "Narnia", is a
// usage error.
//
// The text output gives, for each name, its matches, best first (score,
// the entity's main name, its id in the list, then the alias that matched
// and the reason), or "no match". It writes the control and reordering
// characters of the names and of the list's text as escapes (\x1b,
// \u202e), so that no input can send escape sequences to the terminal. -json prints a JSON array with one
// object per name: {"query": NAME, "matches": [{"query", "name", "score",
// "id", "alias", "language", "reason", "qualifiers"}]}, where name is the
// entity's main name, id its id in the list (the EU reference number, or
// the FollowTheMoney id), alias the whole name of the alias that matched
// and language its language, and qualifiers the checks of -birth, -country
// and -id against the entity ({"field", "query", "listed", "agrees",
// "delta"}; absent when there are none); scores are rounded to three
// decimals.
//
// # Batch
//
// -batch CUSTOMERS screens the customers of a CSV file with a header: id
// and name are required, birthDate, country, idNumber and type optional,
// in any order, read as -birth, -country, -id and -type read theirs, and
// any other column refused (a semicolon separates the fields when the
// header holds one and no comma). It writes one JSON object a line for each
// hit, customers in the order of the file and each customer's hits best
// first: {"customer", "query", "id", "name", "score", "alias", "reason"},
// customer being the customer's id, query the name screened, id and name
// the entity's. -workers is the number of names screened at once, every
// core by default. While it runs, a progress bar goes to standard error
// when that is a terminal; at the end, a summary line always does: the
// names screened, the seconds, the names per second and the hits.
//
// The file is read twice: once to check every row, then to screen them.
// A row that cannot be read (no id or no name, a birth date or a country
// that cannot be read with certainty, an identity number too short to
// compare, an unknown type, a broken quote) stops the run before anything
// is written, with the line and the column. So the output is either the
// hits of every customer of the file, with exit status 0, or incomplete
// with exit status 1 and a message that says so after the summary line:
// when the file changed between the two readings, it holds the hits of the
// customers before the row that changed, each line whole; when writing
// failed (a full disk, a closed pipe), what reached the device, which may
// end in part of a line.
//
// Exit status: 0 on success, a name without a match included; 1 on failure
// (a list or a customers file that cannot be read, with the line where it
// went wrong); 2 for a usage error.
package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"runtime"
	"strings"

	"github.com/acquis-eu/acquis"
	"github.com/acquis-eu/acquis/internal/command"
	"github.com/acquis-eu/acquis/internal/screening"
	"github.com/acquis-eu/acquis/sanctions"
	"github.com/acquis-eu/acquis/sanctions/fsf"
	"github.com/acquis-eu/acquis/sanctions/screen"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("screen", flag.ContinueOnError)
	fs.SetOutput(stderr)
	list := fs.String("list", "", "read the list from `FILE` (FSF XML or CSV, or FollowTheMoney JSON lines); default: the Belarus 2020 data")
	threshold := fs.Float64("min", screen.DefaultMin, "report matches whose score is at least `SCORE`, in [0, 1]")
	asJSON := fs.Bool("json", false, "print a JSON array, one object per name")
	birth := fs.String("birth", "", "the date of birth of the bearers of the names: `DATE` such as 1954-08-30, 1954 or 30/08/1954")
	country := fs.String("country", "", "their nationality or country of residence: `COUNTRY`, an ISO 3166-1 code (BY, BLR) or an English name")
	idNumber := fs.String("id", "", "the `NUMBER` of an identity document of theirs")
	kind := fs.String("type", "", "keep the entities of this `TYPE`: person or organisation")
	batch := fs.String("batch", "", "screen the customers of the CSV `FILE` (columns id, name, birthDate, country, idNumber, type) and write a JSON line for each hit")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "with -batch, screen `N` names at once")
	on := command.OnFlag(fs, acquis.Date{}, "screen against the Belarus 2020 data as listed on `DAY` (YYYY-MM-DD)")
	var since command.Day
	fs.Var(&since, "since", "with -on, screen only against the entries listed or amended after `DAY` and up to -on's day")
	sinceList := fs.String("since-list", "", "with -list NEW, screen only against the entities NEW adds or changes over the older FSF snapshot `OLD`")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: screen [-list FILE | -on DAY [-since DAY]] [-min 0.8] [-birth DATE] [-country COUNTRY] [-id NUMBER] [-type TYPE] [-json] [NAME ...]\n"+
			"       screen -batch CUSTOMERS [-list FILE | -on DAY [-since DAY]] [-min 0.8] [-workers N]\n"+
			"       screen -batch CUSTOMERS -list NEW -since-list OLD [-min 0.8] [-workers N]\n\n"+
			"Screens names against a sanctions list; with no NAME, reads one name a line from standard input;\n"+
			"with -batch, screens a CSV file of customers and writes a JSON line for each hit.\n\n")
		fs.PrintDefaults()
	}
	if status, ok := command.Parse(fs, args, -1); !ok {
		return status
	}
	if err := checkFlags(fs, *threshold, *batch, *workers, *list, *sinceList, on, &since); err != nil {
		return command.Fail(stderr, "screen", command.Usage(err))
	}

	q, err := details(*birth, *country, *idNumber, *kind)
	if err != nil {
		return command.Fail(stderr, "screen", command.Usage(err))
	}

	entities, scope, err := load(*list, *sinceList, on, &since, stderr)
	if err != nil {
		return command.Fail(stderr, "screen", err)
	}
	if *batch != "" {
		return runBatch(*batch, entities, scope, *threshold, *workers, stdout, stderr)
	}

	names := fs.Args()
	if len(names) == 0 {
		if names, err = readLines(stdin); err != nil {
			return command.Fail(stderr, "screen", fmt.Errorf("reading names: %w", err))
		}
	}
	results := screenNames(screen.NewIndex(entities), q, names, *threshold)
	w := bufio.NewWriter(stdout)
	status := command.Print(w, stderr, "screen", *asJSON, results, func(w io.Writer) error { return writeText(w, results) })
	if err := w.Flush(); err != nil && status == 0 {
		return command.Fail(stderr, "screen", err)
	}
	return status
}

// screenNames screens each name with the details of q.
func screenNames(ix *screen.Index, q screen.Query, names []string, threshold float64) []result {
	results := make([]result, len(names))
	for i, name := range names {
		results[i] = result{Query: name, Matches: []match{}}
		q.Name = name
		for _, m := range ix.Search(q, threshold) {
			results[i].Matches = append(results[i].Matches, match{
				Query: name, Name: m.Entity.Name(), Score: math.Round(m.Score*1000) / 1000, ID: m.Entity.ID,
				Alias: m.Alias.Full(), Language: m.Alias.Language, Reason: m.Reason, Qualifiers: m.Qualifiers,
			})
		}
	}
	return results
}

// checkFlags returns an error for flags that do not go together, or whose
// value is out of range.
func checkFlags(fs *flag.FlagSet, threshold float64, batch string, workers int, list, sinceList string, on, since *command.Day) error {
	given := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { given[f.Name] = true })
	switch {
	case math.IsNaN(threshold) || threshold < 0 || threshold > 1:
		return fmt.Errorf("-min %v is not in [0, 1]", threshold)
	case since.Given() && !on.Given():
		return errors.New("-since needs -on: screen against what took effect after -since's day and up to -on's")
	case list != "" && on.Given():
		return errors.New("-on and -since apply to the Belarus 2020 data, not to -list: a list file is a snapshot, which does not say what took effect on which day")
	case sinceList != "" && list == "":
		return errors.New("-since-list OLD needs -list NEW: it screens against what the newer snapshot adds or changes over the older")
	case batch == "" && given["workers"]:
		return errors.New("-workers goes with -batch")
	case batch != "" && workers < 1:
		return fmt.Errorf("-workers %d: at least one", workers)
	case batch != "" && fs.NArg() > 0:
		return fmt.Errorf("-batch reads the names from its file, not from arguments such as %q", fs.Arg(0))
	}
	if batch != "" {
		for _, f := range []string{"json", "birth", "country", "id", "type"} {
			if given[f] {
				return fmt.Errorf("-%s does not go with -batch: the batch writes JSON lines, and the customers file gives each customer's details in its columns", f)
			}
		}
	}
	return nil
}

// result is the output for one name.
type result struct {
	Query   string  `json:"query"`
	Matches []match `json:"matches"`
}

type match struct {
	Query      string             `json:"query"`
	Name       string             `json:"name"`
	Score      float64            `json:"score"`
	ID         string             `json:"id"`
	Alias      string             `json:"alias"`
	Language   string             `json:"language"`
	Reason     string             `json:"reason"`
	Qualifiers []screen.Qualifier `json:"qualifiers,omitempty"`
}

// details returns the query that -birth, -country, -id and -type make, or
// an error that names the flag whose value cannot be read.
func details(birth, country, id, kind string) (screen.Query, error) {
	var q screen.Query
	var err error
	if q.BirthDate, err = screen.ParseBirthDate(birth); err != nil {
		return q, fmt.Errorf("-birth: %w", err)
	}
	if q.Country, err = screen.ParseCountry(country); err != nil {
		return q, fmt.Errorf("-country: %w", err)
	}
	if id != "" {
		if err := screening.CheckIDNumber(id); err != nil {
			return q, fmt.Errorf("-id: %w", err)
		}
	}
	q.IDNumber = id
	if kind != "" {
		if err := q.Type.UnmarshalText([]byte(kind)); err != nil {
			return q, fmt.Errorf("-type: %q is neither person nor organisation", kind)
		}
	}
	return q, nil
}

func writeText(w io.Writer, results []result) error {
	for i, r := range results {
		if i > 0 {
			fmt.Fprintln(w)
		}
		fmt.Fprintln(w, command.Quote(r.Query))
		if len(r.Matches) == 0 {
			fmt.Fprintln(w, "  no match")
		}
		for _, m := range r.Matches {
			fmt.Fprintf(w, "  %.3f  %s  [%s]\n", m.Score, command.Quote(m.Name), command.Quote(m.ID))
			// The library's reason quotes the list's text it holds.
			if _, err := fmt.Fprintf(w, "         %s\n", m.Reason); err != nil {
				return err
			}
		}
	}
	return nil
}

// readLines returns the lines of r that are not blank, trimmed.
func readLines(r io.Reader) ([]string, error) {
	var lines []string
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for sc.Scan() {
		if s := strings.TrimSpace(sc.Text()); s != "" {
			lines = append(lines, s)
		}
	}
	return lines, sc.Err()
}

// load returns the entities of the list in the named file; or, when name
// is empty, of the Belarus 2020 data: every entity an act lists, those
// listed on -on's day, or those listed or amended in (-since, -on]. It
// writes on stderr what the data cannot answer for, and returns in scope
// what the list is, for the summary line of -batch.
func load(name, sinceList string, on, since *command.Day, stderr io.Writer) (entities []*sanctions.Entity, scope string, err error) {
	if sinceList != "" {
		return changedSince(sinceList, name)
	}
	if name != "" {
		f, err := os.Open(name)
		if err != nil {
			return nil, "", err
		}
		defer f.Close()
		es, err := screening.ReadList(f, name)
		return es, "the entities of " + name, err
	}
	l := sanctions.Belarus2020()
	switch {
	case !on.Given():
		return belarus2020(l), "every entity of the Belarus 2020 data", nil
	case !since.Given():
		return listedOn(l, on.Date, stderr)
	}
	delta, err := l.Changes(since.Date, on.Date)
	if err != nil {
		var se *sanctions.SpanError
		if errors.As(err, &se) || errors.Is(err, sanctions.ErrInvalidInterval) {
			err = command.Usage(fmt.Errorf("-since %v -on %v: %w", since.Date, on.Date, err))
		}
		return nil, "", err
	}
	for _, a := range delta.Acts {
		p, o := a.Missing()
		switch {
		case p+o == 0:
		case p+o == a.Persons+a.Organisations:
			fmt.Fprintf(stderr, "screen: note: %v (in force %v) states that it lists %s; the data names none of them: they cannot be screened\n",
				a, a.InForce, entries(a.Persons, a.Organisations))
		default:
			fmt.Fprintf(stderr, "screen: note: %v (in force %v) states that it lists %s; the data names %s: the others cannot be screened\n",
				a, a.InForce, entries(a.Persons, a.Organisations), entries(a.Persons-p, a.Organisations-o))
		}
	}
	return delta.Entities(), fmt.Sprintf("the entries listed or amended in (%v, %v]", since.Date, on.Date), nil
}

// changedSince returns the entities that the FSF snapshot in the file
// newer adds or changes over the one in the file older (fsf.Compare), as
// they are in newer.
func changedSince(older, newer string) ([]*sanctions.Entity, string, error) {
	o, err := os.Open(older)
	if err != nil {
		return nil, "", err
	}
	defer o.Close()
	n, err := os.Open(newer)
	if err != nil {
		return nil, "", err
	}
	defer n.Close()
	d, err := fsf.Compare(o, n)
	if err != nil {
		return nil, "", fmt.Errorf("-since-list %s -list %s: %w", older, newer, err)
	}
	var es []*sanctions.Entity
	for _, e := range d.Added {
		es = append(es, e.Entity)
	}
	for _, c := range d.Changed {
		es = append(es, c.New)
	}
	scope := fmt.Sprintf("the entities %s adds (%d) or changes (%d) over %s", newer, len(d.Added), len(d.Changed), older)
	return es, scope, nil
}

// listedOn returns the entities l lists on day d, refusing a day before
// its record and noting a day after it.
func listedOn(l *sanctions.List, d acquis.Date, stderr io.Writer) ([]*sanctions.Entity, string, error) {
	for _, r := range l.Regimes() {
		sp, _ := l.Span(r.Code)
		_, last, _ := l.SpanActs(r.Code)
		switch {
		case sp.IsZero() || d.Before(sp.First):
			return nil, "", command.Usage(fmt.Errorf("-on %v: the data records %s from %v only: it cannot say who was listed before", d, r.Code, sp.First))
		case d.After(sp.UpTo()):
			fmt.Fprintf(stderr, "screen: note: the data records %s's acts up to %v (%v): the listings of %v are as recorded then\n", r.Code, sp.UpTo(), last, d)
		}
	}
	return l.At(d).Entities(), "the entities listed on " + d.String(), nil
}

// entries writes a number of persons and organisations in words.
func entries(persons, organisations int) string {
	plural := func(n int, one, many string) string {
		if n == 1 {
			return "1 " + one
		}
		return fmt.Sprintf("%d %s", n, many)
	}
	switch {
	case organisations == 0:
		return plural(persons, "person", "persons")
	case persons == 0:
		return plural(organisations, "organisation", "organisations")
	}
	return plural(persons, "person", "persons") + " and " + plural(organisations, "organisation", "organisations")
}

// belarus2020 returns every entity an act of the Belarus 2020 data lists,
// each once, in the order of the acts.
func belarus2020(l *sanctions.List) []*sanctions.Entity {
	var es []*sanctions.Entity
	seen := map[string]bool{}
	for _, a := range l.Acts() {
		for _, e := range a.Effects {
			if e.Change == sanctions.Listed && e.Entity != nil && !seen[e.Entity.ID] {
				seen[e.Entity.ID] = true
				es = append(es, e.Entity)
			}
		}
	}
	return es
}
