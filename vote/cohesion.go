package vote

import (
	"maps"
	"slices"

	"golang.org/x/exp/stats"
)

// Cohesion measures how united a political group of the European
// Parliament voted on one roll call.
// Y, N and A are the group's votes for, against and abstaining; T = Y+N+A
// (members who did not vote are left out) and M = max(Y, N, A).
type Cohesion struct {
	// Agreement is the Agreement Index of Hix, Noury and Roland, "Power to
	// the Parties", British Journal of Political Science 35(2), 2005,
	// 209-234: (M - (T-M)/2) / T, from 0 for an even three-way split to 1
	// when all vote alike.
	Agreement float64 `json:"agreement"`
	// Rice is the index of Rice, "The Identification of Blocs in Small
	// Political Bodies", American Political Science Review 19(3), 1925:
	// |Y-N| / (Y+N), abstentions left out; from 0 to 1.
	Rice float64 `json:"rice"`
	// Attina is the index of Attinà, "The voting behaviour of the European
	// Parliament members and the problem of the Europarties", European
	// Journal of Political Research 18(5), 1990: 100 (M - (T-M)) / T, from
	// -33.3 to 100. Agreement = 0.75 Attina/100 + 0.25.
	Attina float64 `json:"attina"`
}

// CohesionOf returns the cohesion of a group with tally t, and false if no
// member of the group took part in the vote. Rice is 0 when the group only
// abstained.
func CohesionOf(t Tally) (Cohesion, bool) {
	total := t.Voting()
	if total <= 0 {
		return Cohesion{}, false
	}
	m := float64(max(t.For, t.Against, t.Abstain))
	T := float64(total)
	c := Cohesion{
		Agreement: (m - (T-m)/2) / T,
		Attina:    100 * (m - (T - m)) / T,
	}
	if cast := t.Cast(); cast > 0 {
		d := t.For - t.Against
		if d < 0 {
			d = -d
		}
		c.Rice = float64(d) / float64(cast)
	}
	return c, true
}

// Majority returns the choice most of the members of t made: For, Against
// or Abstain, the one with the most votes, or 0 when two tie for the most or
// no one voted.
func (t Tally) Majority() Choice {
	best, choice, tie := -1, Choice(0), false
	for _, c := range [3]Choice{For, Against, Abstain} {
		switch n := t.Count(c); {
		case n > best:
			best, choice, tie = n, c, false
		case n == best:
			tie = true
		}
	}
	if tie || best <= 0 {
		return 0
	}
	return choice
}

// A GroupRecord sums up how one political group voted over a set of roll
// calls: the spread of its Agreement Index, and how often its majority
// choice was the House's.
type GroupRecord struct {
	Group string `json:"group"`
	// Votes counts the roll calls in which at least one member of the group
	// took part; the statistics are over those.
	Votes  int     `json:"votes"`
	Mean   float64 `json:"mean"`   // mean Agreement Index
	StdDev float64 `json:"stdDev"` // its sample standard deviation; 0 with a single vote
	// Quantiles are the minimum, first quartile, median, third quartile and
	// maximum of the Agreement Index.
	Quantiles [5]float64 `json:"quantiles"`
	// WithMajority counts the roll calls in which the group's majority
	// choice (Tally.Majority) was the choice most of the House made.
	// Roll calls where either choice is a tie are not counted, and
	// Decided says how many remained.
	WithMajority int `json:"withMajority"`
	Decided      int `json:"decided"`
}

// Cohesions sums up, for each political group, its cohesion over the roll
// calls rcs, in the order of the groups' names. The descriptive statistics
// come from golang.org/x/exp/stats.
func Cohesions(rcs []*RollCall) []GroupRecord {
	type acc struct {
		agreement          []float64
		withMajority, with int
	}
	groups := map[string]*acc{}
	for _, rc := range rcs {
		house := rc.Tally().Majority()
		for g, t := range rc.ByGroup() {
			c, ok := CohesionOf(t)
			if !ok {
				continue
			}
			a := groups[g]
			if a == nil {
				a = &acc{}
				groups[g] = a
			}
			a.agreement = append(a.agreement, c.Agreement)
			if gm := t.Majority(); gm != 0 && house != 0 {
				a.with++
				if gm == house {
					a.withMajority++
				}
			}
		}
	}
	var out []GroupRecord
	for _, g := range slices.Sorted(maps.Keys(groups)) {
		a := groups[g]
		r := GroupRecord{Group: g, Votes: len(a.agreement), WithMajority: a.withMajority, Decided: a.with}
		if len(a.agreement) > 1 {
			r.Mean, r.StdDev = stats.MeanAndStdDev(a.agreement)
		} else {
			r.Mean = a.agreement[0]
		}
		copy(r.Quantiles[:], stats.Quantiles(a.agreement, 0, 0.25, 0.5, 0.75, 1))
		out = append(out, r)
	}
	return out
}
