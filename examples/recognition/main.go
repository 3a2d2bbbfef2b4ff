// Command recognition tells who recognised whom, as what, on a day, from
// a case of the acquis library's record, or from a case file of one's own.
//
// Usage:
//
//	recognition -list [-json]
//	recognition -case ID [-on YYYY-MM-DD] [-json | -html FILE]
//	recognition -file FILE [-on YYYY-MM-DD] [-json | -html FILE]
//
// -list lists the embedded cases (recognition.Datasets): each with its
// office, the span of its record (its first and last acts, and the day up
// to which it was checked), its acts by grade, and what it records.
//
// -case ID tells one of them on the day -on names, and -file FILE a case
// file of one's own, in the schema the package recognition documents; a
// file that does not read is refused with the line, the column and the
// path of what is wrong. The day is the one up to which the case was
// checked unless -on gives another. The answer has the case's span and
// says when the day is outside it: before the first act "unstated" says
// only that the record holds no act; after the day it was checked up to
// each answer is the acts' answer as recorded up to that day. It gives
// the mandates the case records and where each stands on the day; for
// each claimant, each actor's position from its own acts, with the act
// that set it, the latest act, the standing the actor accords, and the
// mandate the position rests on (and whether it has expired); the member
// states' positions counted, a computed view that is never the EU's
// position; the acts behind the answers, with their wording, source,
// grade and the record's notes; and what the record leaves out.
//
// -json prints the same as one object with camelCase keys; -html FILE
// writes one self-contained page with a timeline (package chart) for each
// claimant, and no script; "-" is standard output.
//
// Every text a case file gives, in the text and on the page, is written
// through internal/cli's Quote, so that a file cannot send escape
// sequences to the terminal, nor put a control character in the page;
// -json gives the file's text as it is, escaped as JSON escapes it.
//
// Exit status: 0 on success, 1 on failure (a case file that does not read
// included), 2 for a usage error (no -list, -case or -file, or more than
// one; an unknown case; a bad day; -json with -html; a stray argument).
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/acquis-eu/acquis"
	"github.com/acquis-eu/acquis/internal/command"
	"github.com/acquis-eu/acquis/recognition"
)

const name = "recognition"

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	list := fs.Bool("list", false, "list the embedded cases")
	id := fs.String("case", "", "tell the embedded case with this `ID` (see -list)")
	file := fs.String("file", "", "tell the case in this case `file`, in the schema of package recognition")
	on := command.OnFlag(fs, acquis.Date{}, "the `day`, YYYY-MM-DD (default: the day up to which the case was checked)")
	asJSON := fs.Bool("json", false, "print one JSON object (with -list, an array)")
	html := fs.String("html", "", "write a self-contained HTML `file` with the timelines, instead of printing (- for standard output)")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: %[1]s -list [-json]\n       %[1]s -case ID [-on YYYY-MM-DD] [-json | -html FILE]\n       %[1]s -file FILE [-on YYYY-MM-DD] [-json | -html FILE]\n\n"+
			"Tells who recognised whom, as what, on a day, from a case of the acquis library or a case file of one's own.\n\n", name)
		fs.PrintDefaults()
	}
	if status, ok := command.Parse(fs, args, 0); !ok {
		return status
	}
	if err := checkFlags(*list, *id, *file, on.Given(), *asJSON, *html); err != nil {
		return command.Fail(stderr, name, err)
	}
	if *list {
		l := listCases()
		return command.Print(stdout, stderr, name, *asJSON, l, l.writeText)
	}
	ds, err := load(*id, *file)
	if err != nil {
		return command.Fail(stderr, name, err)
	}
	day := on.Date
	if !on.Given() {
		day = ds.Span().UpTo()
	}
	if *file != "" && !*asJSON {
		// The text and the page show a user's file quoted; JSON escapes
		// what it must.
		ds = displayed(ds)
	}
	r, err := tell(ds, day)
	if err != nil {
		return command.Fail(stderr, name, err)
	}
	if *html != "" {
		return command.WriteFile(stdout, stderr, name, *html, r.writePage)
	}
	return command.Print(stdout, stderr, name, *asJSON, r, r.writeText)
}

// checkFlags returns a usage error for flags that do not go together.
func checkFlags(list bool, id, file string, on, asJSON bool, html string) error {
	n := 0
	for _, given := range []bool{list, id != "", file != ""} {
		if given {
			n++
		}
	}
	switch {
	case n == 0:
		return command.Usage(errors.New("give -list, -case ID or -file FILE"))
	case n > 1:
		return command.Usage(errors.New("-list, -case and -file exclude each other"))
	case list && (on || html != ""):
		return command.Usage(errors.New("-list takes no -on and no -html"))
	case asJSON && html != "":
		return command.Usage(errors.New("-json and -html exclude each other"))
	}
	return nil
}

// load returns the embedded case id, or the case in file.
func load(id, file string) (recognition.Dataset, error) {
	if id != "" {
		ds, err := recognition.DatasetByID(id)
		if errors.Is(err, recognition.ErrUnknownDataset) {
			return ds, command.Usage(err)
		}
		return ds, err
	}
	f, err := os.Open(file)
	if err != nil {
		return recognition.Dataset{}, err
	}
	defer f.Close()
	ds, err := recognition.ReadDataset(f)
	if err != nil {
		// The error quotes the file's text; the path names its members.
		return ds, fmt.Errorf("%s: %s", command.Quote(file), command.Quote(strings.TrimPrefix(err.Error(), "recognition: ")))
	}
	return ds, nil
}
