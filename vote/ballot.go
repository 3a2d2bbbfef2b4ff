package vote

import (
	"iter"
	"math/bits"

	"github.com/acquis-eu/acquis"
)

// memberCount is the length of arrays indexed by Member.
const memberCount = int(acquis.UK) + 1

// memberSet is a set of Members, one bit each.
type memberSet uint32

func (s memberSet) has(m acquis.Member) bool { return s&(1<<m) != 0 }
func (s memberSet) len() int                 { return bits.OnesCount32(uint32(s)) }

// all returns the members of s in protocol order.
func (s memberSet) all() iter.Seq[acquis.Member] {
	return func(yield func(acquis.Member) bool) {
		for m := range acquis.AllMembers() {
			if s.has(m) && !yield(m) {
				return
			}
		}
	}
}

// membersOn returns the members of the Union on day d.
func membersOn(d acquis.Date) memberSet {
	var s memberSet
	for m := range acquis.MembersOn(d) {
		s |= 1 << m
	}
	return s
}

// A Ballot is each Council member's Choice on one vote of the Council of
// the EU: For, Against, Abstain, or NotParticipating for a member that
// takes no part under the Treaties (a member not taking part in enhanced
// cooperation, or the member concerned by Article 7 TEU). A member who is
// present or represented and does not vote for is not in favour.
//
// A Ballot is what the caller fills in: Set and RequestPopulationCheck
// change it in place, so that no change can be lost by not keeping a
// returned copy. It is a comparable value, copied when passed: Decide
// decides the ballot as it was at the call. The zero Ballot gives no
// member a choice; Council.Ballot gives every member the same choice to
// start from.
type Ballot struct {
	choice         [memberCount]Choice
	populationTest bool
}

// Set records that member m made choice c. It does nothing if m is not a
// valid Member.
func (b *Ballot) Set(m acquis.Member, c Choice) {
	if m.IsValid() {
		b.choice[m] = c
	}
}

// Choice returns m's choice in b, or zero if b gives m none.
func (b Ballot) Choice(m acquis.Member) Choice {
	if !m.IsValid() {
		return 0
	}
	return b.choice[m]
}

// RequestPopulationCheck requests the check that a qualified majority under
// the Nice weights represents at least 62% of the Union's population. Any
// member could request it (Protocol No 36 on transitional provisions,
// Article 3(3)); other rules ignore it.
func (b *Ballot) RequestPopulationCheck() { b.populationTest = true }

// PopulationCheckRequested reports whether b requests the 62% check.
func (b Ballot) PopulationCheckRequested() bool { return b.populationTest }
