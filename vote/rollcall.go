package vote

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"slices"

	"github.com/acquis-eu/acquis"
)

// An MEP identifies a Member of the European Parliament as a roll-call file
// names them: by PersId where the file gives one (the identifier of the
// Members' directory, from 2020), else by MepId (the older identifier), else
// by the name as printed.
type MEP struct {
	PersID string `json:"persId,omitempty"`
	MepID  string `json:"mepId,omitempty"`
	Name   string `json:"name"`
}

// Key returns the identifier that names m: "pers:" and the PersId, else
// "mep:" and the MepId, else "name:" and the name.
func (m MEP) Key() string {
	switch {
	case m.PersID != "":
		return "pers:" + m.PersID
	case m.MepID != "":
		return "mep:" + m.MepID
	}
	return "name:" + m.Name
}

// A MemberVote is one Member's Choice on one roll call, with the political
// group the file lists them under and, when the caller knows it, the member
// state that elected them.
type MemberVote struct {
	MEP     MEP           `json:"mep"`
	Group   string        `json:"group"`             // as the file writes it: "EPP", "S&D", "NI"
	Country acquis.Member `json:"country,omitempty"` // zero when not known
	Choice  Choice        `json:"choice"`
}

// A RollCall is one roll-call vote of the European Parliament: how each
// Member voted, and the counts the record states.
//
// Corrections of intention, which Members file after the vote and the
// record publishes beside the result, are kept in Corrections and never
// counted: they do not change the result of the vote.
type RollCall struct {
	ID          string       `json:"id"`        // the vote's identifier in the record
	Date        acquis.Date  `json:"date"`      // the day of the vote
	Timestamp   string       `json:"timestamp"` // the time of the vote as the record gives it
	Title       string       `json:"title,omitempty"`
	Description string       `json:"description,omitempty"`
	Stated      Tally        `json:"stated"` // the counts the record states; DidNotVote is not stated
	Votes       []MemberVote `json:"votes"`
	Corrections []MemberVote `json:"corrections,omitempty"`
}

// Tally returns the counts derived from the Members' votes.
func (rc *RollCall) Tally() Tally {
	var t Tally
	for _, v := range rc.Votes {
		t.Add(v.Choice, 1)
	}
	return t
}

// A MismatchError reports a roll call whose Members' votes do not add up to
// the counts its record states. Neither figure is corrected: both are kept.
type MismatchError struct {
	ID      string
	Stated  Tally
	Derived Tally
}

func (e *MismatchError) Error() string {
	return fmt.Sprintf("vote: roll call %s states %d for, %d against, %d abstentions, but its Members' votes add up to %d, %d, %d",
		e.ID, e.Stated.For, e.Stated.Against, e.Stated.Abstain, e.Derived.For, e.Derived.Against, e.Derived.Abstain)
}

// Check returns a *MismatchError if the Members' votes do not add up to the
// stated counts of votes for, against and abstaining, and nil if they do.
func (rc *RollCall) Check() error {
	d := rc.Tally()
	if d.For != rc.Stated.For || d.Against != rc.Stated.Against || d.Abstain != rc.Stated.Abstain {
		return &MismatchError{ID: rc.ID, Stated: rc.Stated, Derived: d}
	}
	return nil
}

// ByGroup returns the tally of each political group, in the order of the
// groups' names.
func (rc *RollCall) ByGroup() iter.Seq2[string, Tally] {
	return sortedTallies(rc.Votes, func(v MemberVote) string { return v.Group })
}

// ByCountry returns the tally of each member state's Members, in protocol
// order, for the votes whose country is known.
func (rc *RollCall) ByCountry() iter.Seq2[acquis.Member, Tally] {
	return sortedTallies(rc.Votes, func(v MemberVote) acquis.Member { return v.Country })
}

func sortedTallies[K cmp.Ordered](votes []MemberVote, key func(MemberVote) K) iter.Seq2[K, Tally] {
	var zero K
	tallies := map[K]*Tally{}
	for _, v := range votes {
		k := key(v)
		if k == zero {
			continue
		}
		if tallies[k] == nil {
			tallies[k] = new(Tally)
		}
		tallies[k].Add(v.Choice, 1)
	}
	return func(yield func(K, Tally) bool) {
		for _, k := range slices.Sorted(maps.Keys(tallies)) {
			if !yield(k, *tallies[k]) {
				return
			}
		}
	}
}
