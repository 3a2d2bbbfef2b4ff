package vote

import (
	"bufio"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/acquis-eu/acquis"
)

// InOffice is the number of component Members of the European Parliament in
// office on every day from First to Last, both included: one run of days
// with one count.
//
// InOffice is a comparable value.
type InOffice struct {
	First   acquis.Date `json:"first"`
	Last    acquis.Date `json:"last"`
	Members int         `json:"members"`
}

// An InOfficeError reports counts of Members in office that ReadInOffice
// cannot read or WriteInOffice cannot write: a line that is not
// "first,last,members", a day that is not a date, a run that does not
// begin the day after the one before it, or a count that cannot be.
// errors.Is(err, ErrInvalidCount) reports true for a count below 1 or above
// the seats in force on a day of its run, and errors.Is(err,
// ErrNoComposition) for a day for which this package holds no composition
// of the Parliament.
type InOfficeError struct {
	Line int    // 1-based line number in the file (the header is line 1); 0 for the input as a whole
	Msg  string // what is wrong
	Err  error  // ErrInvalidCount, ErrNoComposition, or nil
}

// Error describes the problem, such as "vote: Members in office: line 3:
// 752 Members from 2019-09-05 to 2019-09-05, more than the 751 seats on
// 2019-09-05".
func (e *InOfficeError) Error() string {
	s := "vote: Members in office: "
	if e.Line > 0 {
		s += "line " + strconv.Itoa(e.Line) + ": "
	}
	return s + e.Msg
}

// Unwrap returns e.Err.
func (e *InOfficeError) Unwrap() error { return e.Err }

// inOfficeHeader is the first line of a file of counts.
const inOfficeHeader = "first,last,members"

// maxInOfficeLine bounds a line of ReadInOffice's input, against hostile
// input. The number of lines needs no bound: the runs follow one another
// without a gap over the days of the compositions this package holds, so
// a file has at most one run a day from 1 July 2014 to 31 May 2029.
const maxInOfficeLine = 64

// ReadInOffice reads counts of Members in office, as WriteInOffice writes
// them and as the file this package embeds holds them (see DerivedInOffice):
// a header line "first,last,members", then one run a line, such as
//
//	2020-02-01,2020-02-03,701
//
// in CSV without quotes: the run's first and last days (YYYY-MM-DD, both
// included) and the number of Members in office on each of them. The runs
// are in order of their days, each beginning the day after the one before
// ends, so the file covers one span of days without a gap. Each count is
// at least 1 and at most the seats in force on every day of its run
// (ParliamentOn); every day lies within the compositions this package
// holds, so a file has at most one line a day from 1 July 2014 to 31 May
// 2029. Lines end with "\n" or "\r\n". A line longer than 64 bytes, and
// input with no run, are errors too. Every error is an *InOfficeError that
// names the line, but for an error reading r.
func ReadInOffice(r io.Reader) ([]InOffice, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, maxInOfficeLine+2), maxInOfficeLine+2)
	var runs []InOffice
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimSuffix(sc.Text(), "\r")
		if len(text) > maxInOfficeLine {
			return nil, &InOfficeError{Line: line, Msg: "line longer than " + strconv.Itoa(maxInOfficeLine) + " bytes"}
		}
		if line == 1 {
			if text != inOfficeHeader {
				return nil, &InOfficeError{Line: 1, Msg: fmt.Sprintf("header %q, want %q", text, inOfficeHeader)}
			}
			continue
		}
		run, err := parseInOffice(text)
		if err == nil {
			err = checkRun(run, runs)
		}
		if err != nil {
			err.Line = line
			return nil, err
		}
		runs = append(runs, run)
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return nil, &InOfficeError{Line: line + 1, Msg: "line longer than " + strconv.Itoa(maxInOfficeLine) + " bytes"}
		}
		return nil, fmt.Errorf("vote: reading Members in office: %w", err)
	}
	if line == 0 {
		return nil, &InOfficeError{Msg: "empty input, want the header " + strconv.Quote(inOfficeHeader)}
	}
	if len(runs) == 0 {
		return nil, &InOfficeError{Msg: "no run of days after the header"}
	}
	return runs, nil
}

// parseInOffice reads one line "first,last,members".
func parseInOffice(text string) (InOffice, *InOfficeError) {
	fields := strings.Split(text, ",")
	if len(fields) != 3 {
		return InOffice{}, &InOfficeError{Msg: fmt.Sprintf("%q: %d fields, want first,last,members", text, len(fields))}
	}
	var run InOffice
	for i, d := range []*acquis.Date{&run.First, &run.Last} {
		v, err := acquis.ParseDate(fields[i])
		if err != nil {
			return InOffice{}, &InOfficeError{Msg: fmt.Sprintf("%s day %q is not a date (want YYYY-MM-DD)", [...]string{"first", "last"}[i], fields[i])}
		}
		*d = v
	}
	n, err := strconv.Atoi(fields[2])
	if err != nil || strings.HasPrefix(fields[2], "+") {
		return InOffice{}, &InOfficeError{Msg: fmt.Sprintf("members %q is not a whole number", fields[2]), Err: ErrInvalidCount}
	}
	run.Members = n
	return run, nil
}

// checkRun reports what is wrong with run as the next after runs, or nil.
func checkRun(run InOffice, runs []InOffice) *InOfficeError {
	switch {
	case !run.First.IsValid() || !run.Last.IsValid():
		return &InOfficeError{Msg: "a run without its first or last day"}
	case run.Last.Before(run.First):
		return &InOfficeError{Msg: fmt.Sprintf("run from %v to %v ends before it begins", run.First, run.Last)}
	case len(runs) > 0 && run.First != runs[len(runs)-1].Last.AddDays(1):
		prev := runs[len(runs)-1].Last
		return &InOfficeError{Msg: fmt.Sprintf("run begins on %v, want %v, the day after the run before it ends", run.First, prev.AddDays(1))}
	case run.Members < 1:
		return &InOfficeError{Msg: fmt.Sprintf("%d Members from %v to %v, want at least 1", run.Members, run.First, run.Last), Err: ErrInvalidCount}
	}
	if run.First.Before(compositions[0].from) || !run.Last.Before(lastKnown) {
		return &InOfficeError{Msg: fmt.Sprintf("run from %v to %v: this package holds the European Parliament's compositions from %v until %v",
			run.First, run.Last, compositions[0].from, lastKnown.AddDays(-1)), Err: ErrNoComposition}
	}
	for i, c := range compositions {
		until := lastKnown
		if i+1 < len(compositions) {
			until = compositions[i+1].from
		}
		if run.First.Before(until) && !run.Last.Before(c.from) && run.Members > c.seats {
			on := c.from // the first day of the run under these seats
			if run.First.After(c.from) {
				on = run.First
			}
			return &InOfficeError{Msg: fmt.Sprintf("%d Members from %v to %v, more than the %d seats on %v", run.Members, run.First, run.Last, c.seats, on),
				Err: ErrInvalidCount}
		}
	}
	return nil
}

// WriteInOffice writes runs in the format ReadInOffice reads, and returns
// an *InOfficeError, writing nothing, if they are not what ReadInOffice
// accepts: no run, runs out of order or with a gap between them, a count
// below 1 or above the seats (the error's Line is the line the run would
// have had). Reading what it writes gives runs back.
func WriteInOffice(w io.Writer, runs []InOffice) error {
	if len(runs) == 0 {
		return &InOfficeError{Msg: "no run of days"}
	}
	var b strings.Builder
	b.Grow(len(inOfficeHeader) + 1 + len(runs)*26)
	b.WriteString(inOfficeHeader + "\n")
	for i, run := range runs {
		if err := checkRun(run, runs[:i]); err != nil {
			err.Line = i + 2
			return err
		}
		b.WriteString(run.First.String())
		b.WriteByte(',')
		b.WriteString(run.Last.String())
		b.WriteByte(',')
		b.WriteString(strconv.Itoa(run.Members))
		b.WriteByte('\n')
	}
	_, err := io.WriteString(w, b.String())
	return err
}

//go:generate go run gen_inoffice.go

// inOfficeCSV holds the counts of Members in office derived from the
// HowTheyVote.eu export of 28 September 2025 (see DerivedInOffice).
// gen_inoffice.go writes it; TestInOfficeAgainstExport checks it.
//
//go:embed inoffice.csv
var inOfficeCSV string

// derived holds the embedded counts. They never change after they are
// read, so sharing them is safe.
var derived = mustReadInOffice(inOfficeCSV)

func mustReadInOffice(s string) []InOffice {
	runs, err := ReadInOffice(strings.NewReader(s))
	if err != nil {
		panic("vote: embedded inoffice.csv: " + err.Error())
	}
	return runs
}

// derivedSource is the citation of a derived count of Members in office.
const derivedSource = "derived from the HowTheyVote.eu export of 28 September 2025 (group_memberships.csv, from Parliament's directory of Members): " +
	"every Member in a political group or non-attached on that day (secondary source; data source: HowTheyVote.eu, Open Database License)"

// Why a count is assumed: no count is known before the first derived day
// (the eighth term) or after the last day the export covers.
var (
	assumedBefore = fmt.Sprintf("no count of the Members in office is known before %v, the first day of the counts derived from the HowTheyVote.eu export of 28 September 2025: every seat is assumed filled",
		derived[0].First)
	assumedAfter = fmt.Sprintf("no count of the Members in office is known after %v, the last day the HowTheyVote.eu export of 28 September 2025 covers: every seat is assumed filled",
		derived[len(derived)-1].Last)
)

// DerivedInOffice returns the counts of Members in office that ParliamentOn
// gives (as MembersDerived) on the days it holds no record of, from 2 July
// 2019, the first day of the ninth term, to 28 September 2025, the day of
// the export they are derived from. They are derived from the
// HowTheyVote.eu export of that day (group_memberships.csv, which
// HowTheyVote.eu takes from the history of each Member's service in the
// Parliament's directory of Members): a Member is in office on every day
// from the first to the last day of a membership of a political group,
// non-attached Members included, both days counted; a Member in two groups
// on one day counts once. On a day on which a mandate ends and another
// begins the export lists both, and the count is capped at the seats: this
// happens once, on 5 September 2019. The counts are a secondary source;
// where they differ from a count the Parliament stated (16 July 2019: 751
// derived, 747 in the minutes) the record prevails.
//
// The runs are in order and cover every day from the first to the last;
// the slice is the caller's. ReadInOffice documents the format of the
// embedded file, inoffice.csv, which go generate rebuilds from the export
// (gen_inoffice.go). It contains information from the HowTheyVote.eu
// database, made available under the Open Database License (ODbL 1.0), and
// is offered under that licence (see NOTICE).
func DerivedInOffice() []InOffice { return slices.Clone(derived) }

// derivedOn returns the derived count on day d, and whether d has one.
func derivedOn(d acquis.Date) (int, bool) {
	i, found := slices.BinarySearchFunc(derived, d, func(run InOffice, d acquis.Date) int {
		switch {
		case run.Last.Before(d):
			return -1
		case run.First.After(d):
			return 1
		}
		return 0
	})
	if !found {
		return 0, false
	}
	return derived[i].Members, true
}
