package cli

import (
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/acquis-eu/acquis"
	"github.com/acquis-eu/acquis/vote"
)

// Council returns the Council of the EU on the day dateText names, with the
// population table of the file tableFile ("member,population" lines) when
// it is not empty, for the tools that take -date and -table. Errors in what
// the user gave are usage errors; a table file that cannot be opened is a
// failure.
func Council(dateText, tableFile string) (vote.Council, error) {
	if dateText == "" {
		return vote.Council{}, Usage(errors.New("-date is required"))
	}
	day, err := acquis.ParseDate(dateText)
	if err != nil {
		return vote.Council{}, Usage(err)
	}
	c, err := vote.CouncilOn(day)
	if err != nil {
		return vote.Council{}, Usage(err)
	}
	if tableFile == "" {
		return c, nil
	}
	f, err := os.Open(tableFile)
	if err != nil {
		return vote.Council{}, err
	}
	defer f.Close()
	t, err := vote.ReadTable(f, tableFile)
	if err != nil {
		return vote.Council{}, Usage(fmt.Errorf("%s: %w", tableFile, err))
	}
	if c, err = c.WithTable(t); err != nil {
		return vote.Council{}, Usage(err)
	}
	return c, nil
}

// Members returns the members a comma-separated list of EU codes names,
// such as "HU,PL", each a member of c and named once; an empty list names
// none. Its errors are usage errors.
func Members(c vote.Council, list string) ([]vote.Member, error) {
	if list == "" {
		return nil, nil
	}
	var ms []vote.Member
	for _, code := range strings.Split(list, ",") {
		code = strings.TrimSpace(code)
		m, err := vote.ParseMember(code)
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
