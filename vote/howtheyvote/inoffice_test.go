package howtheyvote_test

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/acquis-eu/acquis"
	"github.com/acquis-eu/acquis/vote"
	"github.com/acquis-eu/acquis/vote/howtheyvote"
	"github.com/google/go-cmp/cmp"
)

// TestCountInOffice counts Members on memberships written to show each
// case: a change of group, a single day between two memberships, two
// groups at once, a membership that lasts, one that begins before the span.
func TestCountInOffice(t *testing.T) {
	d := acquis.MustParseDate
	ms := []howtheyvote.GroupMembership{
		// Changes group on 11 March: in office throughout, to the span's end.
		{MemberID: 1, Group: "EPP", Term: 9, Start: d("2020-03-01"), End: d("2020-03-10")},
		{MemberID: 1, Group: "RENEW", Term: 9, Start: d("2020-03-11")},
		// From 5 to 7 March, both days counted.
		{MemberID: 2, Group: "SD", Term: 9, Start: d("2020-03-05"), End: d("2020-03-07")},
		// One day, 3 March, between two memberships of one term: bridged.
		{MemberID: 3, Group: "NI", Term: 9, Start: d("2020-03-01"), End: d("2020-03-02")},
		{MemberID: 3, Group: "GREEN_EFA", Term: 9, Start: d("2020-03-04"), End: d("2020-03-05")},
		// In two groups on 3 and 4 March: counted once.
		{MemberID: 4, Group: "ECR", Term: 9, Start: d("2020-03-02"), End: d("2020-03-04")},
		{MemberID: 4, Group: "ID", Term: 9, Start: d("2020-03-03"), End: d("2020-03-06")},
		// Began before the span; two days between memberships: not bridged.
		{MemberID: 5, Group: "NI", Term: 9, Start: d("2020-02-01"), End: d("2020-03-08")},
		{MemberID: 5, Group: "NI", Term: 9, Start: d("2020-03-11"), End: d("2020-03-12")},
	}
	got, err := howtheyvote.CountInOffice(ms, acquis.Span{First: d("2020-03-01"), Last: d("2020-03-12")})
	if err != nil {
		t.Fatal(err)
	}
	//   day:     1  2  3  4  5  6  7  8  9 10 11 12
	//   member 1 x  x  x  x  x  x  x  x  x  x  x  x
	//   member 2             x  x  x
	//   member 3 x  x  b  x  x
	//   member 4    x  x  x  x  x
	//   member 5 x  x  x  x  x  x  x  x        x  x
	want := howtheyvote.InOfficeCount{
		Runs: []vote.InOffice{
			{First: d("2020-03-01"), Last: d("2020-03-01"), Members: 3},
			{First: d("2020-03-02"), Last: d("2020-03-04"), Members: 4},
			{First: d("2020-03-05"), Last: d("2020-03-05"), Members: 5},
			{First: d("2020-03-06"), Last: d("2020-03-06"), Members: 4},
			{First: d("2020-03-07"), Last: d("2020-03-07"), Members: 3},
			{First: d("2020-03-08"), Last: d("2020-03-08"), Members: 2},
			{First: d("2020-03-09"), Last: d("2020-03-10"), Members: 1},
			{First: d("2020-03-11"), Last: d("2020-03-12"), Members: 2},
		},
		Bridged:  1,
		Overlaps: 2,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("CountInOffice mismatch (-want +got):\n%s", diff)
	}

	// More Members than seats on a day: the seats, and the day reported.
	var full []howtheyvote.GroupMembership
	for id := range int64(706) {
		m := howtheyvote.GroupMembership{MemberID: id, Group: "EPP", Term: 9, Start: d("2021-01-01"), End: d("2021-01-02")}
		if id == 0 {
			m.End = d("2021-01-01")
		}
		full = append(full, m)
	}
	got, err = howtheyvote.CountInOffice(full, acquis.Span{First: d("2021-01-01"), Last: d("2021-01-02")})
	if err != nil {
		t.Fatal(err)
	}
	if want := []vote.InOffice{{First: d("2021-01-01"), Last: d("2021-01-02"), Members: 705}}; !cmp.Equal(got.Runs, want) ||
		!cmp.Equal(got.Capped, []acquis.Date{d("2021-01-01")}) {
		t.Errorf("706 Members on 2021-01-01: %+v, want 705 in office, capped that day", got)
	}
}

func TestCountInOfficeErrors(t *testing.T) {
	d := acquis.MustParseDate
	one := []howtheyvote.GroupMembership{{MemberID: 1, Group: "NI", Term: 9, Start: d("2020-03-01")}}
	for _, tt := range []struct {
		name   string
		ms     []howtheyvote.GroupMembership
		span   acquis.Span
		is     error
		phrase string
	}{
		{"backwards membership", []howtheyvote.GroupMembership{{MemberID: 7, Group: "SD", Term: 9, Start: d("2020-03-05"), End: d("2020-03-04")}},
			acquis.Span{First: d("2020-03-01"), Last: d("2020-03-12")}, howtheyvote.ErrInvalidMembership, "Member 7 in SD from 2020-03-05 to 2020-03-04 ends before it begins"},
		{"backwards span", one, acquis.Span{First: d("2020-03-12"), Last: d("2020-03-01")}, howtheyvote.ErrInvalidMembership, "the span 2020-03-12 to 2020-03-01"},
		{"no span", one, acquis.Span{}, howtheyvote.ErrInvalidMembership, "the span"},
		{"a day without Members", one, acquis.Span{First: d("2020-02-28"), Last: d("2020-03-02")}, vote.ErrInvalidCount, "no Member in office on 2020-02-28"},
		{"a day without a composition", one, acquis.Span{First: d("2014-06-30"), Last: d("2014-07-02")}, vote.ErrNoComposition, "on 2014-06-30"},
	} {
		_, err := howtheyvote.CountInOffice(tt.ms, tt.span)
		if !errors.Is(err, tt.is) || !strings.Contains(err.Error(), tt.phrase) {
			t.Errorf("%s: CountInOffice = %v, want %v mentioning %q", tt.name, err, tt.is, tt.phrase)
		}
	}
}

// exportDay returns the day of the export, from its last_updated.txt, or
// skips the test when the export is absent.
func exportDay(t *testing.T) acquis.Date {
	t.Helper()
	path := filepath.Join("..", "..", "..", "shared", "data", "vote", "htv-export-2025-09-28", "last_updated.txt")
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		t.Skipf("%s is absent: this test needs the HowTheyVote.eu export of 28 September 2025, which the repository does not ship (README.md, \"Test data\", says how to get it)", path)
	}
	if err != nil {
		t.Fatal(err)
	}
	day, _, _ := strings.Cut(strings.TrimSpace(string(b)), "T")
	return acquis.MustParseDate(day)
}

// TestInOfficeAgainstExport counts the Members in office from the export
// and checks that the counts package vote embeds are those (go generate
// in package vote writes them), and checks them against the votes: every
// vote of the export lists as many Members, voting or not, as the count
// of its day, but for the 94 votes of 18 and 19 September 2024, which list
// one fewer: a Member whose mandate the directory dates from 5 September
// 2024 was not yet on the lists.
func TestInOfficeAgainstExport(t *testing.T) {
	last := exportDay(t)
	ms, err := howtheyvote.ReadGroupMemberships(export(t, "group_memberships.csv.gz"))
	if err != nil {
		t.Fatal(err)
	}
	c, err := howtheyvote.CountInOffice(ms, acquis.Span{First: acquis.MustParseDate("2019-07-02"), Last: last})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(vote.DerivedInOffice(), c.Runs); diff != "" {
		t.Errorf("the embedded counts are not the export's; run go generate in package vote (-embedded +export):\n%s", diff)
	}
	if want := []acquis.Date{acquis.MustParseDate("2019-09-05")}; !cmp.Equal(c.Capped, want) || c.Bridged != 0 || c.Overlaps != 0 {
		t.Errorf("capped on %v, %d days bridged, %d in two groups; want capped on %v only", c.Capped, c.Bridged, c.Overlaps, want)
	}

	votes, err := howtheyvote.ReadVotes(export(t, "votes.csv.gz"))
	if err != nil {
		t.Fatal(err)
	}
	differ := map[string]int{}
	for _, v := range votes {
		p, err := vote.ParliamentOn(v.Date)
		if err != nil {
			t.Fatal(err)
		}
		n := inOffice(c.Runs, v.Date)
		if v.Tally.Total() != n {
			differ[fmt.Sprintf("%v: %d listed, %d derived", v.Date, v.Tally.Total(), n)]++
		}
		if v.Tally.Total() > p.InOffice() {
			t.Errorf("vote %d of %v lists %d Members, more than the %d in office in %v", v.ID, v.Date, v.Tally.Total(), p.InOffice(), p)
		}
	}
	want := map[string]int{"2024-09-18: 717 listed, 718 derived": 2, "2024-09-19: 717 listed, 718 derived": 92}
	if diff := cmp.Diff(want, differ); diff != "" {
		t.Errorf("votes whose Members differ from the count of their day (-want +got):\n%s", diff)
	}
}

// inOffice returns the count of runs on day, or 0.
func inOffice(runs []vote.InOffice, day acquis.Date) int {
	for _, r := range runs {
		if !day.Before(r.First) && !day.After(r.Last) {
			return r.Members
		}
	}
	return 0
}

// TestAbsoluteMajoritiesInOffice decides every vote of the export that
// RuleFor puts under a majority of the component Members twice, with every
// seat filled and with the derived count of its day, and lists those whose
// outcome or margin changes. There are none: the 101 votes (amendments to
// the Rules of Procedure, on seven days from 30 January 2020 to 24 April
// 2024) fall on days with 750 Members for 751 seats, 704 or 705 for 705,
// and those give the same majority, 376 or 353.
func TestAbsoluteMajoritiesInOffice(t *testing.T) {
	votes, err := howtheyvote.ReadVotes(export(t, "votes.csv.gz"))
	if err != nil {
		t.Fatal(err)
	}
	runs := vote.DerivedInOffice()
	var checked int
	days := map[string]int{}
	var changed []string
	for _, v := range votes {
		r := howtheyvote.RuleFor(v)
		if r != vote.RulesAmendment && r != vote.SecondReading {
			continue
		}
		p, err := vote.ParliamentOn(v.Date)
		if err != nil {
			t.Fatal(err)
		}
		seats, err := p.WithInOffice(p.Seats())
		if err != nil {
			t.Fatal(err)
		}
		derived, err := p.WithInOffice(inOffice(runs, v.Date))
		if err != nil {
			t.Fatal(err)
		}
		a, err := seats.Decide(r, v.Tally)
		if err != nil {
			t.Fatal(err)
		}
		b, err := derived.Decide(r, v.Tally)
		if err != nil {
			t.Fatal(err)
		}
		checked++
		days[fmt.Sprintf("%v %d of %d", v.Date, derived.InOffice(), p.Seats())]++
		if a.Adopted() != b.Adopted() || a.Margin() != b.Margin() {
			changed = append(changed, fmt.Sprintf("%d (%v, %v): seats %v margin %d; derived %v margin %d", v.ID, v.Date, v.Tally, a.Adopted(), a.Margin(), b.Adopted(), b.Margin()))
		}
	}
	t.Logf("%d votes under a majority of the component Members, by day: %v", checked, days)
	if checked != 101 || len(days) != 7 || len(changed) != 0 {
		t.Errorf("%d votes on %d days checked, %d changed: %v; want 101 on 7 days, none changed", checked, len(days), len(changed), changed)
	}
}
