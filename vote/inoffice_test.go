package vote_test

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/acquis-eu/acquis"
	"github.com/acquis-eu/acquis/vote"
	"github.com/google/go-cmp/cmp"
)

// derivedOn returns the derived count on day, or 0.
func derivedOn(runs []vote.InOffice, day acquis.Date) int {
	for _, r := range runs {
		if !day.Before(r.First) && !day.After(r.Last) {
			return r.Members
		}
	}
	return 0
}

// TestDerivedInOffice checks the embedded counts: one run of days after
// another from the ninth term's first day to the export's, never more
// Members than seats, and ParliamentOn giving them on every day it holds no
// record of.
func TestDerivedInOffice(t *testing.T) {
	runs := vote.DerivedInOffice()
	first, last := acquis.MustParseDate("2019-07-02"), acquis.MustParseDate("2025-09-28")
	if runs[0].First != first || runs[len(runs)-1].Last != last {
		t.Fatalf("derived counts from %v to %v, want %v to %v", runs[0].First, runs[len(runs)-1].Last, first, last)
	}
	for i, r := range runs {
		if i > 0 && (r.First != runs[i-1].Last.AddDays(1) || r.Members == runs[i-1].Members) {
			t.Errorf("run %d %+v does not follow run %+v with another count", i, r, runs[i-1])
		}
	}
	recorded := 0
	for d := first; !d.After(last); d = d.AddDays(1) {
		p, err := vote.ParliamentOn(d)
		if err != nil {
			t.Fatal(err)
		}
		n := derivedOn(runs, d)
		if n > p.Seats() || n < p.Seats()-12 {
			t.Errorf("%v: %d Members derived, %d seats", d, n, p.Seats())
		}
		switch p.MembersSource() {
		case vote.MembersRecorded:
			recorded++
		case vote.MembersDerived:
			if p.InOffice() != n {
				t.Errorf("ParliamentOn(%v) = %v, want the %d derived", d, p, n)
			}
		default:
			t.Errorf("ParliamentOn(%v) = %v, want a recorded or derived count", d, p)
		}
	}
	if recorded != 3 {
		t.Errorf("%d recorded days, want 3", recorded)
	}
	// The recorded days against the derived counts: two agree; on 16 July
	// 2019 the export counts three Catalan Members (and a fourth) whom the
	// minutes of that day did not.
	for _, tt := range []struct {
		day               string
		recorded, derived int
	}{
		{"2019-07-16", 747, 751},
		{"2020-09-17", 705, 705},
		{"2024-07-18", 719, 719},
	} {
		d := acquis.MustParseDate(tt.day)
		p, _ := vote.ParliamentOn(d)
		if p.InOffice() != tt.recorded || p.MembersSource() != vote.MembersRecorded || derivedOn(runs, d) != tt.derived {
			t.Errorf("%s: %v, derived %d; want %d recorded, %d derived", tt.day, p, derivedOn(runs, d), tt.recorded, tt.derived)
		}
	}
	// The slice is the caller's.
	runs[0].Members = 1
	if vote.DerivedInOffice()[0].Members == 1 {
		t.Error("DerivedInOffice shares its slice")
	}
}

// TestInOfficeFile checks that the embedded file is what WriteInOffice
// writes for the counts it holds, and that they read back.
func TestInOfficeFile(t *testing.T) {
	file, err := os.ReadFile("inoffice.csv")
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := vote.WriteInOffice(&b, vote.DerivedInOffice()); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(file), b.String()); diff != "" {
		t.Errorf("inoffice.csv is not what WriteInOffice writes (-file +written):\n%s", diff)
	}
	runs, err := vote.ReadInOffice(bytes.NewReader(file))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(vote.DerivedInOffice(), runs); diff != "" {
		t.Errorf("inoffice.csv read back (-derived +read):\n%s", diff)
	}
	crlf := strings.ReplaceAll(string(file), "\n", "\r\n")
	if back, err := vote.ReadInOffice(strings.NewReader(crlf)); err != nil || !cmp.Equal(back, runs) {
		t.Errorf("the file with CRLF line ends: %v", err)
	}
}

func TestReadInOfficeErrors(t *testing.T) {
	const h = "first,last,members\n"
	for _, tt := range []struct {
		name, in string
		line     int
		is       error
		phrase   string
	}{
		{"empty", "", 0, nil, "empty input"},
		{"header only", h, 0, nil, "no run"},
		{"wrong header", "from,to,members\n2020-01-01,2020-01-02,700\n", 1, nil, `header "from,to,members"`},
		{"two fields", h + "2020-02-01,700\n", 2, nil, "2 fields"},
		{"bad day", h + "2020-02-30,2020-03-01,700\n", 2, nil, `first day "2020-02-30" is not a date`},
		{"bad last day", h + "2020-02-01,2020-3-01,700\n", 2, nil, `last day "2020-3-01"`},
		{"not a number", h + "2020-02-01,2020-03-01,seven\n", 2, vote.ErrInvalidCount, `members "seven"`},
		{"a sign", h + "2020-02-01,2020-03-01,+700\n", 2, vote.ErrInvalidCount, `members "+700"`},
		{"no Member", h + "2020-02-01,2020-03-01,0\n", 2, vote.ErrInvalidCount, "0 Members from 2020-02-01 to 2020-03-01, want at least 1"},
		{"backwards", h + "2020-03-01,2020-02-01,700\n", 2, nil, "ends before it begins"},
		{"more than the seats", h + "2020-01-30,2020-02-02,706\n", 2, vote.ErrInvalidCount,
			"706 Members from 2020-01-30 to 2020-02-02, more than the 705 seats on 2020-02-01"},
		{"more than the seats of a later term", h + "2024-07-10,2024-07-20,706\n", 2, vote.ErrInvalidCount, "more than the 705 seats on 2024-07-10"},
		{"a gap", h + "2020-02-01,2020-02-03,700\n2020-02-05,2020-02-06,701\n", 3, nil, "run begins on 2020-02-05, want 2020-02-04"},
		{"an overlap", h + "2020-02-01,2020-02-03,700\n2020-02-03,2020-02-06,701\n", 3, nil, "run begins on 2020-02-03, want 2020-02-04"},
		{"before the compositions", h + "2014-06-30,2014-07-02,700\n", 2, vote.ErrNoComposition, "from 2014-07-01 until 2029-05-31"},
		{"after the compositions", h + "2029-05-01,2029-06-01,700\n", 2, vote.ErrNoComposition, "run from 2029-05-01 to 2029-06-01"},
		{"a blank line", h + "2020-02-01,2020-02-03,700\n\n", 3, nil, `"": 1 fields`},
		{"a long line", h + strings.Repeat("9", 100) + "\n", 2, nil, "longer than 64 bytes"},
	} {
		_, err := vote.ReadInOffice(strings.NewReader(tt.in))
		var e *vote.InOfficeError
		if !errors.As(err, &e) || e.Line != tt.line || !strings.Contains(err.Error(), tt.phrase) || !strings.HasPrefix(err.Error(), "vote: Members in office: ") {
			t.Errorf("%s: ReadInOffice = %v, want an *InOfficeError on line %d mentioning %q", tt.name, err, tt.line, tt.phrase)
			continue
		}
		if tt.is != nil && !errors.Is(err, tt.is) {
			t.Errorf("%s: %v, want one matching %v", tt.name, err, tt.is)
		}
		if tt.is == nil && (errors.Is(err, vote.ErrInvalidCount) || errors.Is(err, vote.ErrNoComposition)) {
			t.Errorf("%s: %v matches a sentinel it should not", tt.name, err)
		}
	}
}

func TestWriteInOfficeErrors(t *testing.T) {
	d := acquis.MustParseDate
	for _, tt := range []struct {
		name   string
		runs   []vote.InOffice
		line   int
		is     error
		phrase string
	}{
		{"no run", nil, 0, nil, "no run"},
		{"zero days", []vote.InOffice{{Members: 700}}, 2, nil, "without its first or last day"},
		{"a gap", []vote.InOffice{{d("2021-01-01"), d("2021-01-31"), 700}, {d("2021-02-02"), d("2021-02-28"), 701}}, 3, nil, "want 2021-02-01"},
		{"more than the seats", []vote.InOffice{{d("2021-01-01"), d("2021-01-31"), 751}}, 2, vote.ErrInvalidCount, "more than the 705 seats"},
	} {
		var b bytes.Buffer
		err := vote.WriteInOffice(&b, tt.runs)
		var e *vote.InOfficeError
		if !errors.As(err, &e) || e.Line != tt.line || !strings.Contains(err.Error(), tt.phrase) || (tt.is != nil && !errors.Is(err, tt.is)) {
			t.Errorf("%s: WriteInOffice = %v, want an *InOfficeError on line %d mentioning %q", tt.name, err, tt.line, tt.phrase)
		}
		if b.Len() != 0 {
			t.Errorf("%s: WriteInOffice wrote %q before its error", tt.name, b.String())
		}
	}
}
