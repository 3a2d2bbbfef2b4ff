package vote

import (
	_ "embed"
	"fmt"
	"iter"
	"sync"

	"github.com/acquis-eu/acquis"
)

// tablesJSON is the tables file of the embedded tables (see ReadTables for
// its form). Each table cites the act that set it and says, in its note,
// where its figures come from; shared_test.go checks them against the
// evidence in testdata and in ../shared/data. A table's period is the one
// its act sets: each decision replaces Article 1 of Annex III with the
// figures "for the period from 1 January" to "31 December" of its year (as
// Council Decision 2011/900/EU does for 2012, and Council Decision
// 2014/900/EU for 2015), since Article 11(6) of the Council's Rules of
// Procedure (before 1 December 2009, Article 2(2) of Annex III) has the
// Council amend the figures "with effect from 1 January each year"; a
// table ends earlier when a later act replaced it within the year (the
// accession of Croatia, the Rules of 1 December 2009, the withdrawal of
// the United Kingdom, the end of the 62% check on 31 October 2014).
//
//go:embed tables.json
var tablesJSON []byte

// embedded returns the embedded tables, read from tablesJSON on first use,
// in order of the day they apply from, or the error of reading them: a
// file that does not read is a fault of the build, which the package's
// tests report, and which TableOn and CouncilOn return rather than panic.
// The tables never change after they are read, so sharing them is safe.
var embedded = sync.OnceValues(func() ([]*Table, error) {
	ts, err := readTables(tablesJSON)
	if err != nil {
		return nil, fmt.Errorf("vote: the embedded tables.json does not read: %w", err)
	}
	return ts, nil
})

// tableOn returns the embedded table in force on day d, or nil, and the
// embedded tables; or the error of reading them.
func tableOn(d acquis.Date) (*Table, []*Table, error) {
	ts, err := embedded()
	if err != nil {
		return nil, nil, err
	}
	for _, t := range ts {
		if !d.Before(t.from) && d.Before(t.until) {
			return t, ts, nil
		}
	}
	return nil, ts, nil
}

// TableOn returns the population table this package embeds for day d. The
// tables are those of Annex III of the Council's Rules of Procedure, each
// citing the Council Decision that set it, from 1 November 2004:
//
//   - 1 November 2004 to 31 October 2014: the official tables, eleven of
//     them, exact.
//   - 2016 and 2025: derived from the shares and totals the Council
//     published, within half a hundredth of a percentage point.
//   - 2018, 2019, 2020 (for 28 members until 31 January, for 27 from 1
//     February) and 2026: approximate, from Eurostat's figures for the
//     reference day, within 2%.
//   - 2021: Germany official, the others approximate, scaled to the total
//     that Germany's row and share bound; 2022 and 2024: the six largest
//     members official, the others approximate; 2023: the twelve largest
//     official, the others derived.
//
// Each table applies for the period its act sets: the calendar year, or the
// part of it before a later act replaced the table. No table is embedded for
// 1 November 2014 to 31 December 2015 or for 2017, since no figure of those
// acts was reachable; none before 1 November 2004; and none after 31
// December 2026, the end of the last period known. For those days TableOn
// returns a *NoTableError, which matches ErrNoTable; give the figures in
// force that day with TableOf, ReadTable or ReadTables and
// Council.WithTable.
//
// The tables are read from the embedded file tables.json on first use;
// should it not read, TableOn returns the *TablesFileError.
func TableOn(d acquis.Date) (Table, error) {
	t, ts, err := tableOn(d)
	switch {
	case err != nil:
		return Table{}, err
	case t == nil:
		return Table{}, noTable(d, ts)
	}
	return *t, nil
}

// A NoTableError reports a day for which this package embeds no population
// table: a day before the first table, after the last, or in a period whose
// act's figures were not reachable. It names the embedded table whose period
// is nearest to the day, and Span gives the days the embedded tables
// cover. errors.Is(err, ErrNoTable) reports true for it.
type NoTableError struct {
	Date    acquis.Date // the day asked for
	Nearest Table       // the embedded table whose period is nearest to Date
}

// noTable returns the *NoTableError for day d, given the embedded tables.
func noTable(d acquis.Date, embedded []*Table) *NoTableError {
	nearest, best := embedded[0], -1
	for _, t := range embedded {
		dist := t.from.Sub(d)
		if !d.Before(t.until) {
			dist = d.Sub(t.until.AddDays(-1))
		}
		if best < 0 || dist < best {
			nearest, best = t, dist
		}
	}
	return &NoTableError{Date: d, Nearest: *nearest}
}

// Span returns the days the embedded tables cover, from the first day of
// the first to the last day of the last: 1 November 2004 to 31 December
// 2026. Not every day within it has a table (see TableOn).
func (e *NoTableError) Span() acquis.Span {
	embedded, err := embedded()
	if err != nil {
		return acquis.Span{}
	}
	return acquis.Span{First: embedded[0].from, Last: embedded[len(embedded)-1].until.AddDays(-1)}
}

// Error describes the problem, such as "vote: no population table for
// 2031-01-01: the embedded tables cover 2004-11-01 to 2026-12-31, and end
// with the one for 2026-01-01 to 2026-12-31; give the figures in force that
// day with Council.WithTable".
func (e *NoTableError) Error() string {
	span, nearest := e.Span(), e.Nearest.Span()
	var where string
	switch {
	case e.Date.Before(span.First):
		where = ", and begin with the one for " + nearest.String()
	case e.Date.After(span.Last):
		where = ", and end with the one for " + nearest.String()
	default:
		where = ", but no figure of the act in force that day was reachable; the nearest embedded table is the one for " + nearest.String()
	}
	return "vote: no population table for " + e.Date.String() + ": the embedded tables cover " + span.String() + where +
		"; give the figures in force that day with Council.WithTable"
}

// Unwrap returns ErrNoTable.
func (e *NoTableError) Unwrap() error { return ErrNoTable }

// Tables returns the embedded tables in order of the day they apply from,
// as the embedded file tables.json holds them (see ReadTables). Should that
// file not read, it yields none, and TableOn returns the error.
func Tables() iter.Seq[Table] {
	return func(yield func(Table) bool) {
		ts, _ := embedded()
		for _, t := range ts {
			if !yield(*t) {
				return
			}
		}
	}
}
