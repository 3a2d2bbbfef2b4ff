package vote

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"iter"
	"strconv"
	"strings"

	"github.com/acquis-eu/acquis"
)

// A Grade says how well a population figure of a Table is known.
//
// The zero Grade is invalid.
type Grade uint8

// The grades of population figures, from the best known to the least.
const (
	// Given is a figure the caller gave (see TableOf and ReadTable). It is
	// taken as exact.
	Given Grade = 1 + iota
	// Official is a figure seen in the Council Decision that set it. It is
	// exact.
	Official
	// Derived is a figure computed from an official or reported total and a
	// share given to two decimals, or bounded by official rows beside such
	// shares: the Council's figure lies within stated bounds.
	Derived
	// Approximate is a figure of Eurostat for the reference date, which the
	// Council's figures follow but not exactly. Its bounds are ±2% of the
	// figure: the largest difference seen between an official row and
	// Eurostat's figure for the same reference date is 1.06% (Italy, 2023:
	// 59,607,184 against 58,983,122).
	Approximate
)

var gradeNames = [...]string{Given: "given", Official: "official", Derived: "derived", Approximate: "approximate"}

// String returns "given", "official", "derived" or "approximate".
func (g Grade) String() string {
	if g >= Given && g <= Approximate {
		return gradeNames[g]
	}
	return "%!Grade(" + strconv.Itoa(int(g)) + ")"
}

// MarshalText implements encoding.TextMarshaler, writing the grade's String.
// It returns an error for an invalid Grade.
func (g Grade) MarshalText() ([]byte, error) {
	if g < Given || g > Approximate {
		return nil, fmt.Errorf("vote: cannot marshal: %w %d", ErrUnknownGrade, uint8(g))
	}
	return []byte(gradeNames[g]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler, accepting a grade's
// String.
func (g *Grade) UnmarshalText(text []byte) error {
	for v := Given; v <= Approximate; v++ {
		if gradeNames[v] == string(text) {
			*g = v
			return nil
		}
	}
	return fmt.Errorf("vote: %w %q (want given, official, derived or approximate)", ErrUnknownGrade, text)
}

// Exact reports whether figures of grade g are exact.
func (g Grade) Exact() bool { return g == Given || g == Official }

// A Figure is one member's population in a Table, in persons, with the
// bounds within which the Council's figure lies. Low == Population == High
// when the figure is exact.
type Figure struct {
	Population int64 `json:"population"`
	Low        int64 `json:"low"`
	High       int64 `json:"high"`
	Grade      Grade `json:"grade"`
}

// A Table gives the population of each member of the Council of the EU, as
// Annex III of the Council's Rules of Procedure does for qualified-majority
// voting (Article 11(6) of those Rules): one table a year, applying from 1
// January, set by a Council Decision on the figures Eurostat had on 30
// September of the year before.
//
// A Table is immutable; copies share nothing that can change. The zero
// Table has no members. Obtain one from TableOn or Tables (the embedded
// tables), or from TableOf, ReadTable or ReadTables (the caller's). A
// Table holds all that a tables file gives of it: WriteTables and
// ReadTables, like MarshalJSON and UnmarshalJSON, lose nothing.
type Table struct {
	source  string
	note    string
	from    acquis.Date
	until   acquis.Date // first day it no longer applies; zero if open
	set     memberSet
	figures [memberCount]Figure
	// The bounds of the Council's total. They may be tighter than the sum
	// of the members' bounds, when the total itself is known.
	totalLow, totalHigh int64
}

// maxPopulation bounds one member's figure, so that sums and the
// percentage comparisons of 28 of them cannot overflow an int64.
const maxPopulation = 10_000_000_000

// TableOf returns a table of the caller's figures, such as an official table
// this package does not embed, or a hypothetical Union. Its figures are
// Given, and so exact. source says where the figures come from. It returns
// a *TableError if there are no figures, a member is invalid (matching
// ErrUnknownMember) or a figure is not positive or above ten billion.
func TableOf(source string, population map[acquis.Member]int64) (Table, error) {
	t := Table{source: source}
	if len(population) == 0 {
		return Table{}, &TableError{Source: source, Msg: "no figures"}
	}
	for m := range population {
		if !m.IsValid() {
			return Table{}, &TableError{Source: source, Msg: fmt.Sprintf("member %d", uint8(m)), Err: acquis.ErrUnknownMember}
		}
	}
	for m := range acquis.AllMembers() {
		p, ok := population[m]
		if !ok {
			continue
		}
		if p <= 0 || p > maxPopulation {
			return Table{}, &TableError{Source: source, Msg: fmt.Sprintf("population of %v is %d, want 1 to %d", m, p, int64(maxPopulation))}
		}
		t.set |= 1 << m
		t.figures[m] = Figure{p, p, p, Given}
	}
	t.totalLow, t.totalHigh = t.sum()
	return t, nil
}

// A TableError reports a table that cannot be used: a line that ReadTable
// cannot read, figures that TableOf refuses, or a table that does not fit
// the Council it is given for (Council.WithTable).
type TableError struct {
	Source string // the table's source, as its reader or maker was given it
	Line   int    // 1-based line number in ReadTable's input; 0 for the table as a whole
	Msg    string // what is wrong
	Err    error  // ErrUnknownMember, ErrNotMember, ErrInconsistent, ErrUnknownGrade, or nil
}

// Error describes the problem, such as
// `vote: table t.csv: line 2: unknown member "XX"`.
func (e *TableError) Error() string {
	s := "vote: table " + e.Source + ": "
	if e.Source == "" {
		s = "vote: table: "
	}
	if e.Line > 0 {
		s += "line " + strconv.Itoa(e.Line) + ": "
	}
	return s + e.Msg
}

// Unwrap returns e.Err.
func (e *TableError) Unwrap() error { return e.Err }

// Limits of ReadTable, against hostile input.
const (
	maxTableLine  = 256
	maxTableLines = 1000
)

// ReadTable reads a table of the caller's figures from r, one member a line
// as "member,population" (such as "DE,83155031"), and returns it as TableOf
// does. Blank lines and lines starting with # are skipped; spaces around
// fields are ignored. A member named twice, an unknown member code, a
// figure that is not a whole positive number, a line longer than 256 bytes
// or more than 1,000 lines, and input with no figures, are errors of type
// *TableError; an unknown code matches ErrUnknownMember.
func ReadTable(r io.Reader, source string) (Table, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, maxTableLine), maxTableLine)
	population := map[acquis.Member]int64{}
	line := 0
	for sc.Scan() {
		line++
		if line > maxTableLines {
			return Table{}, &TableError{Source: source, Line: line, Msg: "more than " + strconv.Itoa(maxTableLines) + " lines"}
		}
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		code, num, ok := strings.Cut(text, ",")
		if !ok {
			return Table{}, &TableError{Source: source, Line: line, Msg: fmt.Sprintf("%q: want member,population", text)}
		}
		m, err := acquis.ParseMember(strings.TrimSpace(code))
		if err != nil {
			return Table{}, &TableError{Source: source, Line: line, Msg: fmt.Sprintf("unknown member %q", strings.TrimSpace(code)), Err: acquis.ErrUnknownMember}
		}
		p, err := strconv.ParseInt(strings.TrimSpace(num), 10, 64)
		if err != nil || p <= 0 || p > maxPopulation {
			return Table{}, &TableError{Source: source, Line: line, Msg: fmt.Sprintf("population of %v is %q, want a whole number from 1 to %d", m, strings.TrimSpace(num), int64(maxPopulation))}
		}
		if _, dup := population[m]; dup {
			return Table{}, &TableError{Source: source, Line: line, Msg: fmt.Sprintf("%v is named twice", m)}
		}
		population[m] = p
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return Table{}, &TableError{Source: source, Line: line + 1, Msg: "line longer than " + strconv.Itoa(maxTableLine) + " bytes"}
		}
		return Table{}, fmt.Errorf("vote: reading table %s: %w", source, err)
	}
	if len(population) == 0 {
		return Table{}, &TableError{Source: source, Msg: "no figures"}
	}
	return TableOf(source, population)
}

// sum returns the sums of the members' lower and upper bounds.
func (t *Table) sum() (low, high int64) {
	for m := range t.set.all() {
		low += t.figures[m].Low
		high += t.figures[m].High
	}
	return low, high
}

// Source returns the act that set the table, with its Official Journal
// reference, or the caller's description of a given table.
func (t Table) Source() string { return t.source }

// Note says how the figures were obtained when they are not all official:
// which shares, which Eurostat vintage, which rows were seen.
func (t Table) Note() string { return t.note }

// Span returns the days the table applies, the period its act sets, from
// its first day to its last, or the zero Span for a caller's table.
func (t Table) Span() acquis.Span {
	if t.from.IsZero() {
		return acquis.Span{}
	}
	return acquis.Span{First: t.from, Last: t.until.AddDays(-1)}
}

// Grade returns the weakest grade of the table's figures.
func (t Table) Grade() Grade {
	var g Grade
	for m := range t.set.all() {
		g = max(g, t.figures[m].Grade)
	}
	return g
}

// Exact reports whether every figure and the total are known exactly.
func (t Table) Exact() bool {
	for m := range t.set.all() {
		if !t.figures[m].Grade.Exact() {
			return false
		}
	}
	return t.totalLow == t.totalHigh
}

// Figure returns m's figure, and whether the table has one.
func (t Table) Figure(m acquis.Member) (Figure, bool) {
	if !m.IsValid() || !t.set.has(m) {
		return Figure{}, false
	}
	return t.figures[m], true
}

// Members returns the table's members in protocol order.
func (t Table) Members() iter.Seq[acquis.Member] { return t.set.all() }

// Total returns the sum of the members' figures.
func (t Table) Total() int64 {
	var sum int64
	for m := range t.set.all() {
		sum += t.figures[m].Population
	}
	return sum
}

// TotalBounds returns the bounds within which the Council's total lies.
// They are equal when the total is known exactly.
func (t Table) TotalBounds() (low, high int64) { return t.totalLow, t.totalHigh }
