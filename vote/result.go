package vote

import (
	"fmt"
	"strings"
)

// A Result is the outcome of a vote of the European Parliament: a
// ParliamentRule applied to a Tally, adopted or not, why, and by how much.
//
// A Result is an immutable, comparable value; the zero Result is not an
// outcome. Obtain one from Parliament.Decide. Its JSON form carries every
// count, the rule with its majority and basis, the composition and each
// condition; json.Unmarshal reads it back as it was stored, checking only
// that its figures agree with each other, and Recheck decides it again on
// this package's data.
type Result struct {
	rule       ParliamentRule
	basis      string // the rule's basis as cited when decided
	majority   string // the rule's majority in words, as when decided
	tally      Tally
	parliament Parliament
	adopted    bool
}

// Adopted reports whether the votes for met every threshold of the rule.
func (r Result) Adopted() bool { return r.adopted }

// Rule returns the rule that was applied.
func (r Result) Rule() ParliamentRule { return r.rule }

// Basis returns the provision that requires the rule's majority, as cited
// when the result was decided: r.Rule().Basis() for a result of this
// package, and the stored citation for one read from JSON.
func (r Result) Basis() string { return r.basis }

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
	fmt.Fprintf(&b, "%s (%s): %v", article(r.majority), r.basis, r.tally)
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

// Recheck decides r's tally again under r's rule in the European Parliament
// that this package holds for r's day (ParliamentOn), keeping a count of
// Members in office that r states as given (MembersGiven). A result this
// package decided rechecks to itself (==); one read from JSON may not, when
// this package holds another composition for its day, or cites the rule
// otherwise: compare the two. Recheck returns the errors of ParliamentOn,
// Parliament.WithInOffice and Parliament.Decide, such as ErrNoComposition
// for a day this package holds no composition for.
func (r Result) Recheck() (Result, error) {
	if !r.rule.IsValid() {
		return Result{}, fmt.Errorf("vote: %w: the zero Result has no rule", ErrInconsistent)
	}
	p, err := ParliamentOn(r.parliament.date)
	if err != nil {
		return Result{}, err
	}
	if r.parliament.source == MembersGiven {
		if p, err = p.WithInOffice(r.parliament.inOffice); err != nil {
			return Result{}, err
		}
	}
	return p.Decide(r.rule, r.tally)
}
