package howtheyvote

import (
	"errors"
	"fmt"
	"slices"

	"github.com/acquis-eu/acquis"
	"github.com/acquis-eu/acquis/vote"
)

// ErrInvalidMembership reports group memberships that cannot be counted: a
// membership that ends before it begins, or a span of days that is not one.
var ErrInvalidMembership = errors.New("howtheyvote: invalid group membership")

// An InOfficeCount is the number of Members in office on every day of a
// span, counted from group memberships, with what the count had to settle.
type InOfficeCount struct {
	// Runs gives the count on every day of the span, one run of days per
	// count, in order, as package vote reads and writes them.
	Runs []vote.InOffice
	// Capped lists the days on which the memberships put more Members in
	// office than there are seats; the count on those days is the seats.
	// The export lists both Members on a day on which one mandate ends and
	// another begins.
	Capped []acquis.Date
	// Bridged counts the days, Member by Member, that lie alone between two
	// memberships of one Member in one term: a change of group does not
	// interrupt a mandate, so the Member is counted in office on them.
	Bridged int
	// Overlaps counts the days, Member by Member, on which one Member is in
	// two groups at once; the Member counts once.
	Overlaps int
}

// CountInOffice counts the Members in office on every day of span (from
// span.First to span.Last; span.Checked is not used) from the group
// memberships of an export.
//
// A Member is in office on every day from the start to the end of one of
// their memberships, both days included (the export's end is the last day:
// a Member who changes group on a day starts the new membership the day
// after the old one ends, and the ninth term's memberships end on 15 July
// 2024, the eve of the tenth term's first sitting). A membership without an
// end lasts to span.Last. Non-attached Members are members of the group
// "NI". A single day between two memberships of one Member in one term is
// counted as a day in office (InOfficeCount.Bridged); a day on which a
// Member is in two groups counts once (InOfficeCount.Overlaps). A day with
// more Members than seats (vote.ParliamentOn) counts the seats
// (InOfficeCount.Capped).
//
// CountInOffice returns an error wrapping ErrInvalidMembership if a
// membership ends before it begins or span.Last is before span.First, one
// wrapping vote.ErrNoComposition if a day of span has no composition in
// package vote, and one wrapping vote.ErrInvalidCount if a day of span has
// no Member in office.
func CountInOffice(ms []GroupMembership, span acquis.Span) (InOfficeCount, error) {
	if !span.First.IsValid() || !span.Last.IsValid() || span.Last.Before(span.First) {
		return InOfficeCount{}, fmt.Errorf("%w: the span %v to %v", ErrInvalidMembership, span.First, span.Last)
	}
	days := span.Last.Sub(span.First) + 1
	var c InOfficeCount
	counts := make([]int, days)
	for _, m := range byMember(ms) {
		in, err := c.days(m, span, days)
		if err != nil {
			return InOfficeCount{}, err
		}
		for i, ok := range in {
			if ok {
				counts[i]++
			}
		}
	}
	for i, n := range counts {
		day := span.First.AddDays(i)
		p, err := vote.ParliamentOn(day)
		if err != nil {
			return InOfficeCount{}, err
		}
		if n > p.Seats() {
			c.Capped = append(c.Capped, day)
			n = p.Seats()
		}
		if n < 1 {
			return InOfficeCount{}, fmt.Errorf("howtheyvote: %w: no Member in office on %v", vote.ErrInvalidCount, day)
		}
		if len(c.Runs) > 0 && c.Runs[len(c.Runs)-1].Members == n {
			c.Runs[len(c.Runs)-1].Last = day
			continue
		}
		c.Runs = append(c.Runs, vote.InOffice{First: day, Last: day, Members: n})
	}
	return c, nil
}

// byMember groups the memberships by Member, each Member's in order of
// their start.
func byMember(ms []GroupMembership) [][]GroupMembership {
	sorted := slices.Clone(ms)
	slices.SortStableFunc(sorted, func(a, b GroupMembership) int {
		if a.MemberID != b.MemberID {
			if a.MemberID < b.MemberID {
				return -1
			}
			return 1
		}
		return a.Start.Compare(b.Start)
	})
	var groups [][]GroupMembership
	for i := 0; i < len(sorted); {
		j := i + 1
		for j < len(sorted) && sorted[j].MemberID == sorted[i].MemberID {
			j++
		}
		groups = append(groups, sorted[i:j])
		i = j
	}
	return groups
}

// days marks the days of span on which the Member of memberships ms (in
// order of their start) is in office, counting c's bridged and overlapping
// days.
func (c *InOfficeCount) days(ms []GroupMembership, span acquis.Span, n int) ([]bool, error) {
	in := make([]bool, n)
	for k, m := range ms {
		end := m.End
		if end.IsZero() || end.After(span.Last) {
			end = span.Last
		}
		if m.End.IsValid() && m.End.Before(m.Start) {
			return nil, fmt.Errorf("%w: Member %d in %s from %v to %v ends before it begins", ErrInvalidMembership, m.MemberID, m.Group, m.Start, m.End)
		}
		if k > 0 {
			prev := ms[k-1]
			if prev.Term == m.Term && prev.End.IsValid() && m.Start.Sub(prev.End) == 2 {
				if g := prev.End.AddDays(1).Sub(span.First); g >= 0 && g < n {
					in[g] = true
					c.Bridged++
				}
			}
		}
		for d := max(m.Start.Sub(span.First), 0); d <= end.Sub(span.First); d++ {
			if in[d] {
				c.Overlaps++
			}
			in[d] = true
		}
	}
	return in, nil
}
