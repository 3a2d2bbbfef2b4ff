package command

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/acquis-eu/acquis"
	"github.com/acquis-eu/acquis/vote"
)

// Council returns the Council of the EU on the day the flag -on names (on
// must be given), with the population table of the file tableFile when it
// is not empty, for the tools that take -on and -table. The file is either
// a tables file of package vote (JSON, see vote.ReadTables), of which the
// table whose period holds the day is used, or "member,population" lines
// (vote.ReadTable). Errors in what the user gave are usage errors; a table
// file that cannot be opened is a failure.
func Council(on *Day, tableFile string) (vote.Council, error) {
	if !on.Given() {
		return vote.Council{}, Usage(errors.New("-on is required: the day of the vote, YYYY-MM-DD"))
	}
	c, err := vote.CouncilOn(on.Date)
	if err != nil {
		return vote.Council{}, Usage(err)
	}
	if tableFile == "" {
		return c, nil
	}
	t, err := tableOf(tableFile, on.Date)
	if err != nil {
		return vote.Council{}, err
	}
	if c, err = c.WithTable(t); err != nil {
		return vote.Council{}, Usage(err)
	}
	return c, nil
}

// tableOf reads the table for day d from the file name: the table of a
// tables file whose period holds d, or the one table of a CSV file. Each
// reader bounds what it reads, so a file of any size is read no further
// than its limit.
func tableOf(name string, d acquis.Date) (vote.Table, error) {
	f, err := os.Open(name)
	if err != nil {
		return vote.Table{}, err
	}
	defer f.Close()
	r := bufio.NewReader(f)
	if !startsWithObject(r) {
		t, err := vote.ReadTable(r, name)
		if err != nil {
			return vote.Table{}, Usage(err)
		}
		return t, nil
	}
	ts, err := vote.ReadTables(r)
	if err != nil {
		return vote.Table{}, Usage(fmt.Errorf("%s: %w", name, err))
	}
	var spans []string
	for _, t := range ts {
		if t.Span().Contains(d) {
			return t, nil
		}
		spans = append(spans, t.Span().String())
	}
	return vote.Table{}, Usage(fmt.Errorf("%s: no table for %v: its tables cover %s", name, d, strings.Join(spans, ", ")))
}

// startsWithObject reports whether the first byte of r after white space
// opens a JSON object, leaving r unread.
func startsWithObject(r *bufio.Reader) bool {
	for n := 1; ; n++ {
		b, err := r.Peek(n)
		if len(b) < n || n > r.Size() {
			return false
		}
		switch b[n-1] {
		case ' ', '\t', '\r', '\n':
			continue
		}
		return b[n-1] == '{' && err == nil
	}
}

// Refusal returns err, an error of deciding or measuring in a Council, in
// the tools' words: a day without a population table names the nearest
// table's period and -table FILE. A day without a table, a rule not in
// force that day, a ballot the rule cannot take and what the library does
// not apply are usage errors; any other error is returned as it is.
func Refusal(err error) error {
	var nt *vote.NoTableError
	switch {
	case errors.As(err, &nt):
		why := "the embedded tables cover " + nt.Span().String()
		if nt.Span().Contains(nt.Date) {
			why = "no figure of the act in force that day was reachable (the embedded tables cover " + nt.Span().String() + ")"
		}
		return Usage(fmt.Errorf("no population table is embedded for %v: %s; the nearest is the one for %v; give the figures in force that day with -table FILE",
			nt.Date, why, nt.Nearest.Span()))
	case errors.Is(err, vote.ErrNotInForce), errors.Is(err, vote.ErrInvalidBallot), errors.Is(err, vote.ErrNotMember),
		errors.Is(err, errors.ErrUnsupported):
		return Usage(err)
	}
	return err
}

// Members returns the members a comma-separated list of EU codes names,
// such as "HU,PL", each a member of c and named once; an empty list names
// none. Its errors are usage errors.
func Members(c vote.Council, list string) ([]acquis.Member, error) {
	if list == "" {
		return nil, nil
	}
	var ms []acquis.Member
	for _, code := range strings.Split(list, ",") {
		code = strings.TrimSpace(code)
		m, err := acquis.ParseMember(code)
		switch {
		case err != nil:
			return nil, Usage(fmt.Errorf("unknown member %q: want an EU code such as DE, EL or HU", code))
		case !c.Has(m):
			return nil, Usage(fmt.Errorf("%v is not a member of the Council on %v", m, c.Date()))
		case slices.Contains(ms, m):
			return nil, Usage(fmt.Errorf("%v is named twice in %q", m, list))
		}
		ms = append(ms, m)
	}
	return ms, nil
}
