package vote_test

import (
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/acquis-eu/acquis"
	"github.com/acquis-eu/acquis/vote"
)

// TestEmbeddedTables checks every embedded table: it follows the one
// before, lists exactly the Council's members while it applies, keeps each
// figure within its bounds and the figures' sum within the total's, and is
// exact exactly when its grade says so.
func TestEmbeddedTables(t *testing.T) {
	var prev vote.Table
	n := 0
	grades := map[vote.Grade]int{}
	for table := range vote.Tables() {
		n++
		if table.Source() == "" || table.Note() == "" || !strings.Contains(table.Source(), "Council Decision") {
			t.Errorf("table from %v: source %q, note %q", table.Span().First, table.Source(), table.Note())
		}
		if n > 1 && !prev.Span().First.Before(table.Span().First) {
			t.Errorf("table from %v follows the one from %v", table.Span().First, prev.Span().First)
		}
		if n > 1 && !prev.Span().Last.Before(table.Span().First) {
			t.Errorf("table from %v overlaps the one for %v", table.Span().First, prev.Span())
		}
		last := table.Span().Last
		for _, day := range []acquis.Date{table.Span().First, last} {
			c, err := vote.CouncilOn(day)
			if err != nil {
				t.Fatal(err)
			}
			got, ok := c.Table()
			if !ok || got.Span().First != table.Span().First {
				t.Errorf("CouncilOn(%v) has the table from %v, want the one from %v", day, got.Span().First, table.Span().First)
			}
			if _, err := c.WithTable(table); err != nil {
				t.Errorf("table from %v on %v: %v", table.Span().First, day, err)
			}
		}
		var sum int64
		exact := true
		for m := range table.Members() {
			f, ok := table.Figure(m)
			if !ok || f.Low > f.Population || f.Population > f.High || f.Low <= 0 {
				t.Errorf("table from %v: %v has %+v", table.Span().First, m, f)
			}
			if f.Grade.Exact() != (f.Low == f.High) {
				t.Errorf("table from %v: %v is %v with bounds %d..%d", table.Span().First, m, f.Grade, f.Low, f.High)
			}
			exact = exact && f.Grade.Exact()
			sum += f.Population
		}
		low, high := table.TotalBounds()
		if sum != table.Total() || sum < low || sum > high {
			t.Errorf("table from %v: figures sum to %d, total %d, bounds %d..%d", table.Span().First, sum, table.Total(), low, high)
		}
		if exact != table.Exact() || exact != table.Grade().Exact() {
			t.Errorf("table from %v: Exact %v, grade %v", table.Span().First, table.Exact(), table.Grade())
		}
		grades[table.Grade()]++
		prev = table
	}
	if n != 22 || grades[vote.Official] != 11 || grades[vote.Derived] != 3 || grades[vote.Approximate] != 8 {
		t.Errorf("%d tables, grades %v; want 22: 11 official, 3 derived, 8 approximate", n, grades)
	}
	for _, day := range []string{"2004-10-31", "2014-11-01", "2015-12-31", "2017-06-01"} {
		if _, err := vote.TableOn(acquis.MustParseDate(day)); !errors.Is(err, vote.ErrNoTable) {
			t.Errorf("TableOn(%s): %v, want ErrNoTable", day, err)
		}
	}
	// The official 2013 table with Croatia: the act's total and Croatia's row.
	t13, err := vote.TableOn(acquis.MustParseDate("2013-07-01"))
	if err != nil {
		t.Fatal(err)
	}
	if hr, _ := t13.Figure(acquis.HR); t13.Total() != 508_077_900 || hr.Population != 4_398_200 || !t13.Exact() {
		t.Errorf("2013 with Croatia: total %d, Croatia %d", t13.Total(), hr.Population)
	}
	// The 2025 table: total 451,028,881, 65% of which is 293,168,773.
	t25, _ := vote.TableOn(acquis.MustParseDate("2025-06-01"))
	if low, high := t25.TotalBounds(); low != 451_028_881 || high != low || (65*low+99)/100 != 293_168_773 {
		t.Errorf("2025 total bounds %d..%d", low, high)
	}
}

func TestReadTable(t *testing.T) {
	in := "# hypothetical: the figures of 2020 for 27, plus the UK\nDE, 83019213\n\nFR,67012883\n"
	table, err := vote.ReadTable(strings.NewReader(in), "test")
	if err != nil {
		t.Fatal(err)
	}
	if de, _ := table.Figure(acquis.DE); de.Population != 83019213 || de.Grade != vote.Given || table.Total() != 83019213+67012883 || !table.Exact() {
		t.Errorf("ReadTable: DE %+v, total %d", de, table.Total())
	}
	for _, tt := range []struct{ in, msg string }{
		{"DE,1\nDE,2\n", "line 2: DE is named twice"},
		{"XX,1\n", "line 1: unknown member \"XX\""},
		{"GR,1\n", "unknown member \"GR\""},
		{"DE,1.5\n", "line 1: population of DE is \"1.5\""},
		{"DE,-4\n", "population of DE is \"-4\""},
		{"DE,0\n", "population of DE is \"0\""},
		{"DE,99999999999\n", "want a whole number from 1"},
		{"DE 83019213\n", "want member,population"},
		{"", "no figures"},
		{"# nothing\n", "no figures"},
		{"DE," + strings.Repeat("1", 300) + "\n", "line 1: line longer than 256 bytes"},
		{strings.Repeat("\n", 1001), "more than 1000 lines"},
	} {
		_, err := vote.ReadTable(strings.NewReader(tt.in), "test")
		var te *vote.TableError
		if !errors.As(err, &te) || !strings.Contains(err.Error(), tt.msg) {
			t.Errorf("ReadTable(%.30q) = %v, want a *TableError mentioning %q", tt.in, err, tt.msg)
		}
	}
}

func FuzzReadTable(f *testing.F) {
	f.Add("DE,83019213\nFR,67012883\n")
	f.Add("# x\n\nEL , 10\n")
	f.Add("DE,1\nDE,2\n")
	f.Fuzz(func(t *testing.T, in string) {
		table, err := vote.ReadTable(strings.NewReader(in), "fuzz")
		if err != nil {
			return
		}
		var b strings.Builder
		for m := range table.Members() {
			f, _ := table.Figure(m)
			if f.Population <= 0 || f.Grade != vote.Given {
				t.Fatalf("figure %+v for %v", f, m)
			}
			b.WriteString(m.String() + "," + strconv.FormatInt(f.Population, 10) + "\n")
		}
		again, err := vote.ReadTable(strings.NewReader(b.String()), "fuzz")
		if err != nil || again.Total() != table.Total() {
			t.Fatalf("written back as %q: %v", b.String(), err)
		}
	})
}

// TestNoTableOutsideTheData checks that a day outside every embedded table
// has none, with an error that names the period of the nearest table and
// how to give one: each act sets its figures "for the period from 1
// January to 31 December" of its year (Annex III, Article 1, as each
// decision replaces it), so the last table ends on 31 December 2026, and
// the first begins on 1 November 2004.
func TestNoTableOutsideTheData(t *testing.T) {
	for _, tt := range []struct{ day, period string }{
		{"2027-01-01", "2026-01-01 to 2026-12-31"},
		{"2031-01-01", "2026-01-01 to 2026-12-31"},
		{"2004-10-31", "2004-11-01 to 2005-12-31"},
		{"1995-01-01", "2004-11-01 to 2005-12-31"},
		{"2015-06-01", "2014-01-01 to 2014-10-31"},
		{"2017-06-01", "2016-01-01 to 2016-12-31"},
	} {
		day := acquis.MustParseDate(tt.day)
		_, err := vote.TableOn(day)
		if !errors.Is(err, vote.ErrNoTable) || !strings.Contains(err.Error(), tt.period) || !strings.Contains(err.Error(), "Council.WithTable") {
			t.Errorf("TableOn(%s) = %v; want ErrNoTable naming the nearest table's period, %s, and Council.WithTable", tt.day, err, tt.period)
		}
		var nt *vote.NoTableError
		embedded := acquis.Span{First: acquis.MustParseDate("2004-11-01"), Last: acquis.MustParseDate("2026-12-31")}
		if !errors.As(err, &nt) || nt.Date != day || nt.Nearest.Span().String() != tt.period || nt.Span() != embedded {
			t.Errorf("TableOn(%s) = %#v; want a *NoTableError for that day naming %s, within %v", tt.day, err, tt.period, embedded)
		}
		c, err := vote.CouncilOn(day)
		if err != nil {
			if day.Before(acquis.MustParseDate("2004-11-01")) && errors.Is(err, vote.ErrNoComposition) && strings.Contains(err.Error(), tt.period) {
				continue
			}
			t.Fatalf("CouncilOn(%s): %v", tt.day, err)
		}
		if table, ok := c.Table(); ok {
			t.Errorf("CouncilOn(%s) has the table for %v", tt.day, table.Span())
		}
		_, err = c.Decide(vote.QualifiedMajority, with(c.Ballot(vote.For), acquis.HU, vote.Against))
		if !errors.Is(err, vote.ErrNoTable) || !strings.Contains(err.Error(), tt.period) {
			t.Errorf("CouncilOn(%s).Decide(qmv) = %v; want ErrNoTable naming %s", tt.day, err, tt.period)
		}
	}
	last, err := vote.TableOn(acquis.MustParseDate("2026-12-31"))
	if err != nil || last.Span() != (acquis.Span{First: acquis.MustParseDate("2026-01-01"), Last: acquis.MustParseDate("2026-12-31")}) {
		t.Errorf("TableOn(2026-12-31) = table for %v, %v; want the 2026 table, for 2026-01-01 to 2026-12-31", last.Span(), err)
	}
	if given, err := vote.TableOf("mine", map[acquis.Member]int64{acquis.DE: 1}); err != nil || !given.Span().IsZero() {
		t.Errorf("a caller's table has the span %v, %v; want none", given.Span(), err)
	}
}

// BenchmarkTableOn looks up the embedded table of a day late in the data,
// so that the lookup passes most tables.
func BenchmarkTableOn(b *testing.B) {
	day := acquis.MustParseDate("2025-06-01")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := vote.TableOn(day); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCouncilOn builds the Council of a day with its embedded table.
func BenchmarkCouncilOn(b *testing.B) {
	day := acquis.MustParseDate("2020-11-06")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := vote.CouncilOn(day); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkTables walks the embedded tables.
func BenchmarkTables(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		n := 0
		for range vote.Tables() {
			n++
		}
		if n == 0 {
			b.Fatal("no tables")
		}
	}
}
