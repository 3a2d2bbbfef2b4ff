package vote

import (
	"fmt"
	"strconv"
)

// A Choice is how one member voted on one vote: for, against or abstain,
// or, in the European Parliament, did not vote and, in the Council of the
// EU, did not participate.
//
// Choice is a small comparable value and can be a map key. The zero Choice
// is not a choice: it is invalid and prints as "%!Choice(0)". Its text
// form, which String, ParseChoice, MarshalText and UnmarshalText share, is
// the constant's name in lower case with hyphens between the words: "for",
// "against", "abstain", "did-not-vote" and "not-participating".
type Choice uint8

// The choices a member can make. In the European Parliament only For and
// Against are votes cast: abstentions are not (see [Tally.Cast]).
const (
	For        Choice = 1 + iota // voted in favour
	Against                      // voted against
	Abstain                      // took part in the vote and abstained
	DidNotVote                   // in office but did not take part in the vote
	// NotParticipating is a Council member that takes no part in the vote
	// under the Treaties: a member outside an enhanced cooperation, or the
	// member concerned by Article 7 TEU (Article 238(3) and Article 354
	// TFEU). It is not an abstention: it leaves every count and every
	// denominator. A Tally does not count it.
	NotParticipating
)

var choiceNames = [...]string{
	For:              "for",
	Against:          "against",
	Abstain:          "abstain",
	DidNotVote:       "did-not-vote",
	NotParticipating: "not-participating",
}

// String returns the choice's text form: "for", "against", "abstain",
// "did-not-vote" or "not-participating". An invalid Choice prints as
// "%!Choice(N)".
func (c Choice) String() string {
	if c.IsValid() {
		return choiceNames[c]
	}
	return "%!Choice(" + strconv.Itoa(int(c)) + ")"
}

// IsValid reports whether c is one of For, Against, Abstain, DidNotVote and
// NotParticipating.
func (c Choice) IsValid() bool { return c >= For && c <= NotParticipating }

// ParseChoice returns the Choice whose String is s. It returns an error
// wrapping ErrUnknownChoice for any other s.
func ParseChoice(s string) (Choice, error) {
	for c := For; c <= NotParticipating; c++ {
		if choiceNames[c] == s {
			return c, nil
		}
	}
	return 0, fmt.Errorf("vote: %w %q (want for, against, abstain, did-not-vote or not-participating)", ErrUnknownChoice, s)
}

// MarshalText implements encoding.TextMarshaler. It returns an error for an
// invalid Choice.
func (c Choice) MarshalText() ([]byte, error) {
	if !c.IsValid() {
		return nil, fmt.Errorf("vote: cannot marshal: %w %d", ErrUnknownChoice, uint8(c))
	}
	return []byte(choiceNames[c]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler, accepting what
// ParseChoice accepts.
func (c *Choice) UnmarshalText(text []byte) error {
	v, err := ParseChoice(string(text))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// A Tally counts the Members of the European Parliament by their Choice on
// one vote: for, against, abstaining, and in office but not voting.
//
// A Tally is a comparable value. The zero Tally counts no one. DidNotVote
// may be left at zero when it is not known: rules never count it, and it
// serves only to check a tally against the Members in office.
type Tally struct {
	For        int `json:"for"`
	Against    int `json:"against"`
	Abstain    int `json:"abstain"`
	DidNotVote int `json:"didNotVote"`
}

// Count returns the number of members who made choice c, or 0 for
// NotParticipating and an invalid Choice.
func (t Tally) Count(c Choice) int {
	switch c {
	case For:
		return t.For
	case Against:
		return t.Against
	case Abstain:
		return t.Abstain
	case DidNotVote:
		return t.DidNotVote
	}
	return 0
}

// Add counts n more members with choice c in t (n fewer if n is negative).
// It leaves t unchanged for NotParticipating and an invalid Choice.
func (t *Tally) Add(c Choice, n int) {
	switch c {
	case For:
		t.For += n
	case Against:
		t.Against += n
	case Abstain:
		t.Abstain += n
	case DidNotVote:
		t.DidNotVote += n
	}
}

// Cast returns the votes cast as the European Parliament counts them: votes
// for and against. Abstentions are not votes cast: the Rules of Procedure
// take account "only of votes cast for and against" save where the Treaties
// lay down a specific majority, and the Court of Justice held that the same
// holds for the two-thirds "of the votes cast" of Article 354 TFEU
// (Case C-650/18 Hungary v Parliament, ECLI:EU:C:2021:426).
func (t Tally) Cast() int { return t.For + t.Against }

// Voting returns the members who took part in the vote: votes for, against
// and abstentions.
func (t Tally) Voting() int { return t.For + t.Against + t.Abstain }

// Total returns every member the tally counts, including those who did not
// vote.
func (t Tally) Total() int { return t.Voting() + t.DidNotVote }

// String returns the tally in words, such as
// "574 for, 37 against, 82 abstentions". Members who did not vote are named
// only when there are some.
func (t Tally) String() string {
	b := make([]byte, 0, 64)
	b = strconv.AppendInt(b, int64(t.For), 10)
	b = append(b, " for, "...)
	b = strconv.AppendInt(b, int64(t.Against), 10)
	b = append(b, " against, "...)
	b = strconv.AppendInt(b, int64(t.Abstain), 10)
	if t.Abstain == 1 {
		b = append(b, " abstention"...)
	} else {
		b = append(b, " abstentions"...)
	}
	if t.DidNotVote != 0 {
		b = append(b, ", "...)
		b = strconv.AppendInt(b, int64(t.DidNotVote), 10)
		b = append(b, " did not vote"...)
	}
	return string(b)
}

// check returns an error if t has a negative count or counts more members
// than the members in office.
func (t Tally) check(p Parliament) error {
	for c := For; c <= DidNotVote; c++ {
		if n := t.Count(c); n < 0 {
			return &TallyError{Tally: t, Parliament: p, Choice: c}
		}
		if n := t.Count(c); n > p.inOffice {
			return &TallyError{Tally: t, Parliament: p}
		}
	}
	// Each count is at most inOffice, so the sum cannot overflow.
	if t.Total() > p.inOffice {
		return &TallyError{Tally: t, Parliament: p}
	}
	return nil
}

// A TallyError reports a Tally that cannot be a vote of the chamber it was
// given for: a negative count, or more members than are in office.
// errors.Is(err, ErrInvalidCount) reports true for it.
type TallyError struct {
	Tally      Tally
	Parliament Parliament
	Choice     Choice // the choice whose count is negative; zero when the tally counts too many members
}

// Error describes the problem, such as
// "vote: tally counts 706 members but 705 are in office on 2020-09-17".
func (e *TallyError) Error() string {
	if e.Choice != 0 {
		return fmt.Sprintf("vote: tally has a negative count: %d %s", e.Tally.Count(e.Choice), e.Choice)
	}
	total := e.Tally.Total()
	for c := For; c <= DidNotVote; c++ {
		if n := e.Tally.Count(c); n > e.Parliament.inOffice {
			total = n // the sum may overflow; the largest count says enough
		}
	}
	return fmt.Sprintf("vote: tally counts %d members but %d are in office on %v", total, e.Parliament.inOffice, e.Parliament.date)
}

// Unwrap returns ErrInvalidCount.
func (e *TallyError) Unwrap() error { return ErrInvalidCount }
