package vote

import (
	"fmt"
	"iter"

	"github.com/acquis-eu/acquis"
)

// A tableSpec is an embedded table as tables_data.go writes it.
type tableSpec struct {
	from, until         string // YYYY-MM-DD; until is empty for the last table
	source, note        string
	totalLow, totalHigh int64
	rows                []figureSpec
}

type figureSpec struct {
	m                     Member
	grade                 Grade
	population, low, high int64
}

// embedded holds the tables of tableSpecs, built once. Tables never change
// after they are built, so sharing them is safe.
var embedded = buildTables()

func buildTables() []*Table {
	ts := make([]*Table, len(tableSpecs))
	for i, spec := range tableSpecs {
		t := &Table{source: spec.source, note: spec.note, from: acquis.MustParseDate(spec.from),
			totalLow: spec.totalLow, totalHigh: spec.totalHigh}
		if spec.until != "" {
			t.until = acquis.MustParseDate(spec.until)
		}
		for _, r := range spec.rows {
			t.set |= 1 << r.m
			t.figures[r.m] = Figure{r.population, r.low, r.high, r.grade}
		}
		ts[i] = t
	}
	return ts
}

// tableOn returns the embedded table in force on day d, or nil.
func tableOn(d acquis.Date) *Table {
	for _, t := range embedded {
		if !d.Before(t.from) && (t.until.IsZero() || d.Before(t.until)) {
			return t
		}
	}
	return nil
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
//     February), 2021 and 2026: approximate, from Eurostat's figures for the
//     reference day, within 2%.
//   - 2022 and 2024: the six largest members official, the others
//     approximate; 2023: the twelve largest official, the others derived.
//
// No table is embedded for 1 November 2014 to 31 December 2015 or for 2017:
// no figure of those acts was reachable. TableOn returns an error wrapping
// ErrNoTable for those days and for days before 1 November 2004; give the
// act's figures with TableOf or ReadTable.
func TableOn(d acquis.Date) (Table, error) {
	t := tableOn(d)
	if t == nil {
		return Table{}, fmt.Errorf("vote: %w embedded for %v", ErrNoTable, d)
	}
	return *t, nil
}

// Tables returns the embedded tables in order of the day they apply from.
func Tables() iter.Seq[Table] {
	return func(yield func(Table) bool) {
		for _, t := range embedded {
			if !yield(*t) {
				return
			}
		}
	}
}
