package vote

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/acquis-eu/acquis"
)

// A Result is the outcome of applying a Rule to a Tally: adopted or not, why,
// and by how much.
//
// A Result is an immutable, comparable value; the zero Result is not an
// outcome. Obtain one from Parliament.Decide. Its JSON form carries every
// count, the rule, the composition and each condition; reading it back with
// json.Unmarshal decides again and fails if the stated outcome disagrees.
type Result struct {
	rule       Rule
	tally      Tally
	parliament Parliament
	adopted    bool
}

// Adopted reports whether the votes for met every threshold of the rule.
func (r Result) Adopted() bool { return r.adopted }

// Rule returns the rule that was applied.
func (r Result) Rule() Rule { return r.rule }

// Tally returns the counts the rule was applied to.
func (r Result) Tally() Tally { return r.tally }

// Parliament returns the composition the rule was applied in.
func (r Result) Parliament() Parliament { return r.parliament }

// Conditions returns each threshold of the rule applied to the tally, in the
// order the rule's provision states them.
func (r Result) Conditions() []Condition {
	if !r.rule.IsValid() {
		return nil
	}
	cs, n := r.rule.conditions(r.tally, r.parliament.inOffice)
	return cs[:n:n]
}

// Margin returns the smallest margin among the conditions (see
// Condition.Margin): zero or more when adopted, negative when rejected.
func (r Result) Margin() int {
	if !r.rule.IsValid() {
		return 0
	}
	cs, n := r.rule.conditions(r.tally, r.parliament.inOffice)
	m := cs[0].Margin()
	for _, c := range cs[1:n] {
		m = min(m, c.Margin())
	}
	return m
}

// String describes the result in words, such as
//
//	adopted by a majority of the votes cast (Art 231 TFEU): 574 for, 37 against, 82 abstentions; majority of the votes cast: 306 needed of 611 votes cast, 574 for, margin 268
func (r Result) String() string {
	if !r.rule.IsValid() {
		return "no result"
	}
	var b strings.Builder
	if r.adopted {
		b.WriteString("adopted by ")
	} else {
		b.WriteString("rejected, needing ")
	}
	fmt.Fprintf(&b, "%s (%s): %v", article(r.rule.Majority()), r.rule.Basis(), r.tally)
	for _, c := range r.Conditions() {
		b.WriteString("; ")
		b.WriteString(c.String())
	}
	if r.parliament.source == MembersAssumed && r.rule.usesMembers() {
		fmt.Fprintf(&b, "; Members in office assumed: all %d seats filled", r.parliament.seats)
	}
	return b.String()
}

// article puts "a" before a majority's name, or nothing before a fraction.
func article(majority string) string {
	if strings.HasPrefix(majority, "majority") {
		return "a " + majority
	}
	return majority
}

// resultJSON is the JSON form of a Result.
type resultJSON struct {
	Rule            Rule          `json:"rule"`
	Majority        string        `json:"majority"`
	Basis           string        `json:"basis"`
	Adopted         bool          `json:"adopted"`
	Tally                         // for, against, abstain, didNotVote
	Date            acquis.Date   `json:"date"`
	Term            int           `json:"term"`
	Seats           int           `json:"seats"`
	SeatsBasis      string        `json:"seatsBasis"`
	InOffice        int           `json:"inOffice"`
	MembersSource   MembersSource `json:"membersSource"`
	MembersCitation string        `json:"membersCitation,omitempty"`
	Conditions      []Condition   `json:"conditions"`
	Margin          int           `json:"margin"`
}

// MarshalJSON implements json.Marshaler. The object has the fields rule,
// majority, basis, adopted, for, against, abstain, didNotVote, date, term,
// seats, seatsBasis, inOffice, membersSource, membersCitation (when
// recorded), conditions (each with threshold, base, required, got, met and
// margin) and margin.
func (r Result) MarshalJSON() ([]byte, error) {
	if !r.rule.IsValid() {
		return nil, fmt.Errorf("vote: cannot marshal the zero Result")
	}
	p := r.parliament
	j := resultJSON{
		Rule: r.rule, Majority: r.rule.Majority(), Basis: r.rule.Basis(), Adopted: r.adopted,
		Tally: r.tally,
		Date:  p.date, Term: p.term, Seats: p.seats, SeatsBasis: p.basis,
		InOffice: p.inOffice, MembersSource: p.source, MembersCitation: p.citation,
		Conditions: r.Conditions(), Margin: r.Margin(),
	}
	return json.Marshal(j)
}

// UnmarshalJSON implements json.Unmarshaler. It reads the rule, the counts,
// the date and the Members in office, decides again, and returns an error if
// the composition or the outcome it finds differs from the one stated.
func (r *Result) UnmarshalJSON(data []byte) error {
	var j resultJSON
	if err := json.Unmarshal(data, &j); err != nil {
		return err
	}
	p, err := ParliamentOn(j.Date)
	if err != nil {
		return err
	}
	switch j.MembersSource {
	case MembersGiven:
		if p, err = p.WithInOffice(j.InOffice); err != nil {
			return err
		}
	case MembersRecorded, MembersAssumed:
		if p.source != j.MembersSource || p.inOffice != j.InOffice {
			return fmt.Errorf("vote: result states %d Members in office (%v) on %v, but this package holds %d (%v)",
				j.InOffice, j.MembersSource, j.Date, p.inOffice, p.source)
		}
	default:
		return fmt.Errorf("vote: result has no membersSource")
	}
	if p.seats != j.Seats || p.term != j.Term {
		return fmt.Errorf("vote: result states %d seats in the %s term on %v, but this package holds %d in the %s",
			j.Seats, ordinal(j.Term), j.Date, p.seats, ordinal(p.term))
	}
	res, err := p.Decide(j.Rule, j.Tally)
	if err != nil {
		return err
	}
	if res.adopted != j.Adopted {
		return fmt.Errorf("vote: result states adopted=%v, but %v gives adopted=%v", j.Adopted, j.Rule, res.adopted)
	}
	*r = res
	return nil
}
