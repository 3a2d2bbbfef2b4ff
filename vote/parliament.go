package vote

import (
	"fmt"
	"strconv"

	"github.com/acquis-eu/acquis"
)

// errZeroParliament is the error of the zero Parliament's methods.
var errZeroParliament = fmt.Errorf("vote: %w: the zero Parliament has no Members; obtain one from ParliamentOn", ErrNoComposition)

// A composition is the number of seats in force from one day on.
type composition struct {
	from  acquis.Date
	term  int
	seats int
	basis string
}

// compositions lists the seats of the European Parliament, each from the
// opening of a term or the day a new allocation took effect, until the next
// entry. The terms began at the constituent sittings of 1 July 2014, 2 July
// 2019 and 16 July 2024 (Parliament's announcements of those sittings).
var compositions = [...]composition{
	{acquis.MustParseDate("2014-07-01"), 8, 751,
		"European Council Decision 2013/312/EU of 28 June 2013 establishing the composition of the European Parliament (OJ L 181, 29.6.2013, p. 57): 750 Members plus the President"},
	{acquis.MustParseDate("2019-07-02"), 9, 751,
		"European Council Decision 2013/312/EU (OJ L 181, 29.6.2013, p. 57), which European Council Decision (EU) 2018/937 kept in force until the withdrawal of the United Kingdom took effect"},
	{acquis.MustParseDate("2020-02-01"), 9, 705,
		"European Council Decision (EU) 2018/937 of 28 June 2018 establishing the composition of the European Parliament (OJ L 165 I, 2.7.2018, p. 1), from the day after the United Kingdom's withdrawal"},
	{acquis.MustParseDate("2024-07-16"), 10, 720,
		"European Council Decision (EU) 2023/2061 of 22 September 2023 establishing the composition of the European Parliament (OJ L 238, 27.9.2023, p. 114)"},
}

// lastKnown is the first day for which ParliamentOn refuses to answer: the
// tenth term ends at the first sitting after the 2029 elections, a day that
// was not fixed when these figures were recorded. Refusing is better than
// answering with the tenth term's seats for a day of the eleventh.
var lastKnown = acquis.MustParseDate("2029-06-01")

// A record is the number of component Members in office on one day, as an
// official count for a vote on that day stated it.
type record struct {
	date     acquis.Date
	inOffice int
	source   string
}

// records are the counts of Members in office that this package knows. A
// count holds only for its own day: Members leave and arrive between
// sittings.
var records = [...]record{
	{acquis.MustParseDate("2019-07-16"), 747,
		"minutes of the sitting of 16 July 2019, election of the President of the Commission: 747 Members, majority 374"},
	{acquis.MustParseDate("2020-09-17"), 705,
		"HowTheyVote.eu export of 28 September 2025, roll-call vote 117273: 574 for, 37 against, 82 abstentions and 12 not voting of 705 Members (secondary source)"},
	{acquis.MustParseDate("2024-07-18"), 719,
		"Parliament's press release of 18 July 2024 on the election of the President of the Commission: 719 Members, majority 360 (as reproduced in secondary sources)"},
}

// A MembersSource says where a Parliament's count of Members in office
// comes from.
//
// The zero MembersSource is invalid: it belongs to the zero Parliament.
type MembersSource uint8

// The sources of a count of Members in office.
const (
	// MembersRecorded is a count this package holds for that very day, with
	// its source (see Parliament.MembersCitation).
	MembersRecorded MembersSource = 1 + iota
	// MembersGiven is a count the caller gave with Parliament.WithInOffice.
	MembersGiven
	// MembersAssumed is no count at all: every seat is assumed filled. An
	// absolute majority computed on it may be one or two votes too high when
	// seats are vacant, as on 16 July 2019, when 747 of 751 seats were
	// filled and 374 votes, not 376, elected the President of the
	// Commission.
	MembersAssumed
)

// String returns "recorded", "given" or "assumed".
func (s MembersSource) String() string {
	switch s {
	case MembersRecorded:
		return "recorded"
	case MembersGiven:
		return "given"
	case MembersAssumed:
		return "assumed"
	}
	return "%!MembersSource(" + strconv.Itoa(int(s)) + ")"
}

// MarshalText implements encoding.TextMarshaler.
func (s MembersSource) MarshalText() ([]byte, error) {
	if s < MembersRecorded || s > MembersAssumed {
		return nil, fmt.Errorf("vote: cannot marshal: %w %d", ErrUnknownMembersSource, uint8(s))
	}
	return []byte(s.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (s *MembersSource) UnmarshalText(text []byte) error {
	for v := MembersRecorded; v <= MembersAssumed; v++ {
		if v.String() == string(text) {
			*s = v
			return nil
		}
	}
	return fmt.Errorf("vote: %w %q (want recorded, given or assumed)", ErrUnknownMembersSource, text)
}

// Parliament is the European Parliament as composed on one day: its term,
// its seats under the act in force, and the component Members in office,
// which are what its absolute majorities count.
//
// Parliament is a small comparable value. The zero Parliament has no date
// and no Members: deciding with it is an error. Obtain one from
// ParliamentOn.
type Parliament struct {
	date     acquis.Date
	term     int
	seats    int
	basis    string
	inOffice int
	source   MembersSource
	citation string
}

// ParliamentOn returns the European Parliament as composed on day d, from
// the first day of the eighth term, 1 July 2014, to the end of May 2029.
//
// Its Members in office are those this package holds a record of for day d
// (MembersRecorded); failing a record, every seat is assumed filled
// (MembersAssumed), which can overstate an absolute majority when seats are
// vacant. Give the real count with WithInOffice when it is known: for a roll
// call it is the number of Members listed, voting or not.
//
// ParliamentOn returns an error wrapping ErrNoComposition for the zero Date,
// a day before 1 July 2014 or a day from 1 June 2029.
func ParliamentOn(d acquis.Date) (Parliament, error) {
	if !d.IsValid() || d.Before(compositions[0].from) || !d.Before(lastKnown) {
		return Parliament{}, fmt.Errorf("vote: %w on %v: this package holds the European Parliament's compositions from %v until %v",
			ErrNoComposition, d, compositions[0].from, lastKnown.AddDays(-1))
	}
	c := compositions[0]
	for _, next := range compositions[1:] {
		if d.Before(next.from) {
			break
		}
		c = next
	}
	p := Parliament{date: d, term: c.term, seats: c.seats, basis: c.basis, inOffice: c.seats, source: MembersAssumed}
	for _, r := range records {
		if r.date == d {
			p.inOffice, p.source, p.citation = r.inOffice, MembersRecorded, r.source
		}
	}
	return p, nil
}

// WithInOffice returns a copy of p with n component Members in office, as the caller
// knows them: from the minutes, or from a roll call that lists every Member.
// It returns an error wrapping ErrInvalidCount if n is less than 1 or more
// than p's seats.
func (p Parliament) WithInOffice(n int) (Parliament, error) {
	if !p.date.IsValid() {
		return Parliament{}, errZeroParliament
	}
	if n < 1 || n > p.seats {
		return Parliament{}, fmt.Errorf("vote: %w: %d Members in office on %v, want 1 to the %d seats of the %s term", ErrInvalidCount, n, p.date, p.seats, ordinal(p.term))
	}
	p.inOffice, p.source, p.citation = n, MembersGiven, ""
	return p, nil
}

// Date returns the day p describes.
func (p Parliament) Date() acquis.Date { return p.date }

// Term returns the parliamentary term: 8 for 2014-2019, 9 for 2019-2024, 10
// from 2024.
func (p Parliament) Term() int { return p.term }

// Seats returns the number of seats under the act in force on p's day,
// President included.
func (p Parliament) Seats() int { return p.seats }

// SeatsBasis returns the act that fixes p's seats, with its Official Journal
// reference.
func (p Parliament) SeatsBasis() string { return p.basis }

// InOffice returns the number of component Members in office.
func (p Parliament) InOffice() int { return p.inOffice }

// MembersSource returns where InOffice comes from.
func (p Parliament) MembersSource() MembersSource { return p.source }

// MembersCitation returns the source of a recorded count of Members in
// office, and "" when the count was given or assumed.
func (p Parliament) MembersCitation() string { return p.citation }

// String describes p, such as
// "European Parliament on 2020-09-17 (9th term): 705 seats, 705 Members in office (recorded)".
func (p Parliament) String() string {
	if !p.date.IsValid() {
		return "European Parliament on no date"
	}
	return fmt.Sprintf("European Parliament on %v (%s term): %d seats, %d Members in office (%v)",
		p.date, ordinal(p.term), p.seats, p.inOffice, p.source)
}

func ordinal(n int) string {
	suffix := "th"
	switch {
	case n%100 >= 11 && n%100 <= 13:
	case n%10 == 1:
		suffix = "st"
	case n%10 == 2:
		suffix = "nd"
	case n%10 == 3:
		suffix = "rd"
	}
	return strconv.Itoa(n) + suffix
}

// Decide applies rule r to tally t in p. It returns an error, and no
// Result, if p is the zero Parliament (ErrNoComposition), r is not a valid
// ParliamentRule (ErrUnknownRule), or t has a negative count or counts more
// members than are in office (a *TallyError, which matches
// ErrInvalidCount). A rejected proposal is a Result, not an error.
//
// Decide allocates nothing.
func (p Parliament) Decide(r ParliamentRule, t Tally) (Result, error) {
	if !p.date.IsValid() {
		return Result{}, errZeroParliament
	}
	if !r.IsValid() {
		return Result{}, fmt.Errorf("vote: %w %d", ErrUnknownRule, uint8(r))
	}
	if err := t.check(p); err != nil {
		return Result{}, err
	}
	cs, n := r.conditions(t, p.inOffice)
	adopted := true
	for _, c := range cs[:n] {
		adopted = adopted && c.Met()
	}
	return Result{rule: r, basis: parliamentRules[r].basis, majority: majorities[r], tally: t, parliament: p, adopted: adopted}, nil
}

// Quorum reports whether tally t shows the quorum: one third of the
// component Members present (Rules of Procedure, rule "Quorum": Rule 168 in
// the 2019 edition of the eighth term, Rule 178 in the 2020 edition of the
// ninth; Article 231 TFEU leaves the quorum to the Rules). It is a separate
// check: under the same rule a vote is valid whatever the number of voters
// unless, at the request of a number of Members made before the vote, the
// President establishes that the quorum is not present.
//
// The Condition counts as present the members who took part in the vote
// (for, against and abstaining); members present who did not vote are not
// in a tally, so a condition that is not met shows only that the tally does
// not prove a quorum. Quorum returns the same errors as Decide.
func (p Parliament) Quorum(t Tally) (Condition, error) {
	if !p.date.IsValid() {
		return Condition{}, errZeroParliament
	}
	if err := t.check(p); err != nil {
		return Condition{}, err
	}
	return Condition{
		Threshold: OneThirdOfMembers,
		Base:      p.inOffice,
		Required:  OneThirdOfMembers.Required(p.inOffice),
		Got:       t.Voting(),
	}, nil
}
