// Command fsf reads a file of the EU's Financial Sanctions Files (XML 1.1,
// the legacy XML 1.0, or CSV 1.1) and summarises it, or writes it as
// FollowTheMoney entities or as the acquis model in JSON.
//
// Usage:
//
//	fsf [-on DATE] [-summary | -ftm | -json] FILE
//
// With no mode flag, or with -summary, it prints counts: entities by type
// and programme, aliases by language, birth dates, identity documents by
// type, addresses. -summary -json prints the counts as one JSON object
// (fields entities, persons, organisations, aliases, birthdates,
// identifications, addresses, and more). -ftm writes FollowTheMoney JSON
// lines; -json alone writes one JSON object with the file's header and
// every entity in the acquis model. FILE "-" reads standard input. The
// summary writes the control and reordering characters of the file's
// values (programmes, languages, types) as escapes (\u009b, \u202e).
//
// -on keeps the entities the file shows listed on that day. A file is a
// snapshot taken on the day it was generated: it holds no one delisted
// before then, and it cannot say what was in force after it. An entity is
// kept when its designation date, or else the earliest publication date of
// the acts its entry cites (it was on the list by then at the latest), is
// on or before the day; a day after the file's generation date is an
// error. The number of entities left out is printed on standard error.
//
// The file is read as a stream, in bounded memory. Exit status: 0 on
// success, 1 on failure (a file that cannot be read, with the line where
// it went wrong), 2 for a usage error.
package main

import (
	"bufio"
	"cmp"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/acquis-eu/acquis"
	"github.com/acquis-eu/acquis/internal/command"
	"github.com/acquis-eu/acquis/sanctions"
	"github.com/acquis-eu/acquis/sanctions/fsf"
	"github.com/acquis-eu/acquis/sanctions/ftm"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("fsf", flag.ContinueOnError)
	fs.SetOutput(stderr)
	summary := fs.Bool("summary", false, "print counts (the default)")
	toFTM := fs.Bool("ftm", false, "write FollowTheMoney JSON lines")
	asJSON := fs.Bool("json", false, "write the model as JSON; with -summary, the counts as JSON")
	on := command.OnFlag(fs, acquis.Date{}, "keep the entities the file shows listed on that day, YYYY-MM-DD")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: fsf [-on DATE] [-summary | -ftm | -json] FILE\n\n"+
			"Reads an EU Financial Sanctions File (XML 1.1, XML 1.0 or CSV 1.1).\n\n")
		fs.PrintDefaults()
	}
	if status, ok := command.Parse(fs, args, 1); !ok {
		return status
	}
	if fs.NArg() != 1 {
		return command.Fail(stderr, "fsf", command.Usage(errors.New("no FILE given")))
	}
	if *toFTM && (*summary || *asJSON) {
		return command.Fail(stderr, "fsf", command.Usage(errors.New("-ftm cannot be combined with -summary or -json")))
	}
	day := on.Date

	name := fs.Arg(0)
	in := stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return command.Fail(stderr, "fsf", err)
		}
		defer f.Close()
		in = f
	}

	w := bufio.NewWriter(stdout)
	out := newSink(w, name, *toFTM, *asJSON && !*summary, *asJSON)
	d := fsf.NewDecoder(in)
	left, err := pass(d, out, day)
	if err != nil {
		return command.Fail(stderr, "fsf", err)
	}
	if err := d.Err(); err != nil {
		w.Flush()
		return command.Fail(stderr, "fsf", fmt.Errorf("%s: %w", name, err))
	}
	if err := out.end(w, d.Header(), day); err != nil {
		return command.Fail(stderr, "fsf", err)
	}
	if err := w.Flush(); err != nil {
		return command.Fail(stderr, "fsf", err)
	}
	if day.IsValid() {
		fmt.Fprintf(stderr, "fsf: -on %v: left out %d entities the file does not show listed that day\n", day, left)
	}
	return 0
}

// newSink returns the sink of the output the flags ask for, writing to w:
// FollowTheMoney JSON lines (toFTM), the model as JSON (model), or else
// the counts of the file name, as JSON when countsJSON is set.
func newSink(w io.Writer, name string, toFTM, model, countsJSON bool) sink {
	switch {
	case toFTM:
		return &ftmSink{enc: ftm.NewEncoder(w)}
	case model:
		return &jsonSink{w: w}
	}
	return &summarySink{c: newCounts(name), json: countsJSON}
}

// pass gives out each entity that d reads, but, when day is valid, those
// the file does not show listed on day, and returns how many it left out.
// A day after the file's generation date is an error: the file cannot tell
// what is in force then. It stops at d's first error, which d.Err gives.
func pass(d *fsf.Decoder, out sink, day acquis.Date) (left int, err error) {
	for d.Next() {
		e := d.Entity()
		if day.IsValid() {
			h := d.Header()
			if h.Generated.IsValid() && day.After(h.Generated) {
				return left, fmt.Errorf("-on %v is after the file's generation date %v: the file cannot tell what is in force then", day, h.Generated)
			}
			if s := listedBy(e); !s.IsValid() || s.After(day) {
				left++
				continue
			}
		}
		if err := out.entity(d.Header(), e); err != nil {
			return left, err
		}
	}
	return left, nil
}

// listedBy returns the day by which the file shows e listed: its
// designation date, or else the earliest publication or entry into force
// of any act its entry cites; zero when the file gives none.
func listedBy(e *sanctions.Entity) acquis.Date {
	if e.Designated.IsValid() {
		return e.Designated
	}
	var first acquis.Date
	see := func(c *sanctions.Citation) {
		if c == nil {
			return
		}
		for _, d := range []acquis.Date{c.Published, c.InForce} {
			if d.IsValid() && (!first.IsValid() || d.Before(first)) {
				first = d
			}
		}
	}
	for i := range e.Regulations {
		see(&e.Regulations[i])
	}
	for _, n := range e.Names {
		see(n.Source)
	}
	for _, b := range e.BirthDates {
		see(b.Source)
	}
	for _, c := range e.Citizenships {
		see(c.Source)
	}
	for _, x := range e.Identifications {
		see(x.Source)
	}
	for _, a := range e.Addresses {
		see(a.Source)
	}
	return first
}

// A sink takes the entities one at a time and writes its output.
type sink interface {
	entity(fsf.Header, *sanctions.Entity) error
	end(w io.Writer, h fsf.Header, on acquis.Date) error
}

type ftmSink struct{ enc *ftm.Encoder }

func (s *ftmSink) entity(_ fsf.Header, e *sanctions.Entity) error {
	for _, x := range ftm.FromEntity(e) {
		if err := s.enc.Encode(x); err != nil {
			return err
		}
	}
	return nil
}

func (s *ftmSink) end(io.Writer, fsf.Header, acquis.Date) error { return nil }

// jsonSink writes {"header": ..., "entities": [...]} one entity at a time.
type jsonSink struct {
	w io.Writer
	n int
}

func (s *jsonSink) entity(h fsf.Header, e *sanctions.Entity) error {
	if s.n == 0 {
		if err := s.start(h); err != nil {
			return err
		}
	} else if _, err := io.WriteString(s.w, ",\n"); err != nil {
		return err
	}
	s.n++
	b, err := json.Marshal(e)
	if err != nil {
		return err
	}
	_, err = s.w.Write(b)
	return err
}

func (s *jsonSink) start(h fsf.Header) error {
	b, err := json.Marshal(h)
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(s.w, "{\"header\":%s,\"entities\":[\n", b)
	return err
}

func (s *jsonSink) end(w io.Writer, h fsf.Header, _ acquis.Date) error {
	if s.n == 0 {
		if err := s.start(h); err != nil {
			return err
		}
	}
	_, err := io.WriteString(w, "\n]}\n")
	return err
}

// counts is the summary of a file.
type counts struct {
	File            string         `json:"file"`
	Format          string         `json:"format"`
	Generated       acquis.Date    `json:"generated,omitzero"`
	GlobalFileID    int64          `json:"globalFileId,omitempty"`
	On              acquis.Date    `json:"on,omitzero"`
	Entities        int            `json:"entities"`
	Persons         int            `json:"persons"`
	Organisations   int            `json:"organisations"`
	Programmes      map[string]int `json:"programmes"`
	Aliases         int            `json:"aliases"`
	WeakAliases     int            `json:"weakAliases"`
	Languages       map[string]int `json:"aliasesByLanguage"`
	Birthdates      int            `json:"birthdates"`
	PartialBirth    int            `json:"partialBirthdates"`
	Citizenships    int            `json:"citizenships"`
	Identifications int            `json:"identifications"`
	IDTypes         map[string]int `json:"identificationsByType"`
	Addresses       int            `json:"addresses"`
	Contacts        int            `json:"contacts"`
	Remarks         int            `json:"remarks"`
}

func newCounts(file string) *counts {
	return &counts{File: file, Programmes: map[string]int{}, Languages: map[string]int{}, IDTypes: map[string]int{}}
}

type summarySink struct {
	c    *counts
	json bool
}

func (s *summarySink) entity(_ fsf.Header, e *sanctions.Entity) error {
	c := s.c
	c.Entities++
	switch e.Type {
	case sanctions.Person:
		c.Persons++
	case sanctions.Organisation:
		c.Organisations++
	}
	progs := map[string]bool{}
	for _, r := range e.Regulations {
		progs[r.Programme] = true
	}
	for p := range progs {
		c.Programmes[cmp.Or(p, "unspecified")]++
	}
	for _, n := range e.Names {
		c.Aliases++
		if n.Strength == sanctions.Weak {
			c.WeakAliases++
		}
		c.Languages[cmp.Or(n.Language, "unspecified")]++
	}
	for _, b := range e.BirthDates {
		c.Birthdates++
		if !b.Date.IsValid() {
			c.PartialBirth++
		}
	}
	c.Citizenships += len(e.Citizenships)
	for _, x := range e.Identifications {
		c.Identifications++
		c.IDTypes[cmp.Or(x.TypeCode, "unspecified")]++
	}
	for _, a := range e.Addresses {
		c.Addresses++
		c.Contacts += len(a.Contacts)
	}
	c.Remarks += len(e.Remarks)
	return nil
}

func (s *summarySink) end(w io.Writer, h fsf.Header, on acquis.Date) error {
	c := s.c
	c.Format, c.Generated, c.GlobalFileID, c.On = h.Format.String(), h.Generated, h.GlobalFileID, on
	if s.json {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(c)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %s", command.Quote(c.File), c.Format)
	if c.Generated.IsValid() {
		fmt.Fprintf(&b, ", generated %v", c.Generated)
	}
	if c.GlobalFileID != 0 {
		fmt.Fprintf(&b, ", file %d", c.GlobalFileID)
	}
	b.WriteString("\n")
	if on.IsValid() {
		fmt.Fprintf(&b, "entities the file shows listed on %v\n", on)
	}
	fmt.Fprintf(&b, "\nentities         %6d\n  persons        %6d\n  organisations  %6d\n", c.Entities, c.Persons, c.Organisations)
	writeMap(&b, "  by programme", c.Programmes)
	fmt.Fprintf(&b, "aliases          %6d (%d weak)\n", c.Aliases, c.WeakAliases)
	writeMap(&b, "  by language", c.Languages)
	fmt.Fprintf(&b, "birth dates      %6d (%d partial)\n", c.Birthdates, c.PartialBirth)
	fmt.Fprintf(&b, "citizenships     %6d\n", c.Citizenships)
	fmt.Fprintf(&b, "identifications  %6d\n", c.Identifications)
	writeMap(&b, "  by type", c.IDTypes)
	fmt.Fprintf(&b, "addresses        %6d (%d contact details)\n", c.Addresses, c.Contacts)
	fmt.Fprintf(&b, "remarks          %6d\n", c.Remarks)
	_, err := io.WriteString(w, b.String())
	return err
}

// writeMap writes the counts of m, largest first, on one line, its keys
// (values of the file) quoted as command.Quote does.
func writeMap(b *strings.Builder, label string, m map[string]int) {
	if len(m) == 0 {
		return
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(x, y string) int { return cmp.Or(cmp.Compare(m[y], m[x]), cmp.Compare(x, y)) })
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s %d", command.Quote(k), m[k])
	}
	fmt.Fprintf(b, "%s: %s\n", label, strings.Join(parts, ", "))
}
