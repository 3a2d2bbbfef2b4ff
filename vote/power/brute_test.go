package power

import (
	"fmt"
	"math/bits"
	"math/rand/v2"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/acquis-eu/acquis"
	"github.com/acquis-eu/acquis/vote"
)

// bruteSwings is the reference: it enumerates every coalition S and every
// player i not in S, and counts S as a swing for i at size |S| when S
// loses and S with i wins. It takes n·2^n steps, for small games.
func bruteSwings(g *Game) [][]int64 {
	n := len(g.weight)
	if n > 20 {
		panic("bruteSwings: more than 20 players")
	}
	out := make([][]int64, n)
	for i := range out {
		out[i] = make([]int64, n)
	}
	win := make([]bool, 1<<n)
	for s := range win {
		win[s] = g.wins(uint64(s))
	}
	for s := range win {
		if win[s] {
			continue
		}
		k := bits.OnesCount(uint(s))
		for i := range n {
			if s&(1<<i) == 0 && win[s|1<<i] {
				out[i][k]++
			}
		}
	}
	return out
}

// randomGame returns a game of n players with random weights, drawn from
// 0 to maxWeight, and a random winning condition, with or without a
// clause: always one in which the grand coalition wins and the empty one
// loses.
func randomGame(rng *rand.Rand, n int, maxWeight int64, clause bool) Game {
	g := Game{kind: plainWeights, weight: make([]int64, n)}
	var total int64
	for i := range g.weight {
		g.weight[i] = rng.Int64N(maxWeight + 1)
		total += g.weight[i]
	}
	if total == 0 {
		g.weight[0], total = 1, 1
	}
	g.win = winRule{n: n, quota: 1 + rng.Int64N(total), minSize: rng.IntN(n + 1), clause: n + 1}
	if clause {
		g.win.clause = 1 + rng.IntN(n+1)
	}
	return g
}

// TestMethodsAgainstBruteForce checks both ways of counting swings, the
// dynamic programme and meet in the middle, against the enumeration of
// every coalition, swing for swing and size by size, on random games.
func TestMethodsAgainstBruteForce(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for trial := range 3000 {
		n := 1 + trial%14
		maxWeight := []int64{1, 3, 10, 100, 1_000_000_000}[trial%5]
		g := randomGame(rng, n, maxWeight, trial%3 != 0)
		want := bruteSwings(&g)
		// The dynamic programme runs on weights up to 100; meet in the
		// middle on all.
		if w, r, cells := g.reduced(); cells <= maxCells {
			if diff := cmp.Diff(want, swingsDP(w, r)); diff != "" {
				t.Fatalf("trial %d, weights %v, rule %+v: dynamic programme (-brute +dp):\n%s", trial, g.weight, g.win, diff)
			}
		} else if maxWeight <= 100 {
			t.Fatalf("%v: %d cells", g, cells)
		}
		if diff := cmp.Diff(want, swingsSplit(g.weight, g.win)); diff != "" {
			t.Fatalf("trial %d, weights %v, rule %+v: meet in the middle (-brute +split):\n%s", trial, g.weight, g.win, diff)
		}
	}
}

// TestCouncilGamesAgainstBruteForce checks the Council's games of up to 16
// participants against the enumeration of every coalition.
func TestCouncilGamesAgainstBruteForce(t *testing.T) {
	c, err := vote.CouncilOn(acquis.MustParseDate("2020-11-06"))
	if err != nil {
		t.Fatal(err)
	}
	var members []acquis.Member
	for m := range c.Members() {
		members = append(members, m)
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for trial := range 40 {
		n := 2 + trial%15
		perm := rng.Perm(len(members))
		var part []acquis.Member
		for _, j := range perm[:n] {
			part = append(part, members[j])
		}
		for _, r := range []vote.CouncilRule{vote.QualifiedMajority, vote.ReinforcedQualifiedMajority, vote.SimpleMajority, vote.Unanimity} {
			g, err := GameAmong(c, r, part)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(bruteSwings(&g), g.swings()); diff != "" {
				t.Fatalf("%v: (-brute +got):\n%s", g, diff)
			}
		}
	}
}

// TestGameIsDecide checks that a Council game's coalitions win exactly
// when vote.Council.Decide adopts the ballot on which the coalition votes
// for and the other participants against, and that the game's thresholds
// are those Decide reports.
func TestGameIsDecide(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for _, tt := range []struct {
		day   string
		rules []vote.CouncilRule
		table bool // a caller's table of random figures
	}{
		{"2020-11-06", []vote.CouncilRule{vote.QualifiedMajority, vote.ReinforcedQualifiedMajority, vote.SimpleMajority, vote.Unanimity, vote.Article7Determination}, false},
		{"2020-11-06", []vote.CouncilRule{vote.QualifiedMajority, vote.ReinforcedQualifiedMajority}, true},
		{"2019-06-01", []vote.CouncilRule{vote.QualifiedMajority, vote.ReinforcedQualifiedMajority}, false},
		{"2014-01-01", []vote.CouncilRule{vote.NiceWeights, vote.NiceWeightsReinforced, vote.SimpleMajority}, false},
		{"2007-06-01", []vote.CouncilRule{vote.NiceWeights, vote.NiceWeightsReinforced}, false},
		{"2005-06-01", []vote.CouncilRule{vote.NiceWeights}, false},
	} {
		c, err := vote.CouncilOn(acquis.MustParseDate(tt.day))
		if err != nil {
			t.Fatal(err)
		}
		var members []acquis.Member
		for m := range c.Members() {
			members = append(members, m)
		}
		if tt.table {
			pop := map[acquis.Member]int64{}
			for _, m := range members {
				pop[m] = 1 + rng.Int64N(90_000_000)
			}
			table, err := vote.TableOf("random", pop)
			if err != nil {
				t.Fatal(err)
			}
			if c, err = c.WithTable(table); err != nil {
				t.Fatal(err)
			}
		}
		for _, r := range tt.rules {
			for trial := range 40 {
				// Every member, or a random half or more; for Article 7, all
				// but one.
				var part []acquis.Member
				switch {
				case r == vote.Article7Determination:
					out := rng.IntN(len(members))
					part = append(append(part, members[:out]...), members[out+1:]...)
				case trial > 0 && r != vote.NiceWeights && r != vote.NiceWeightsReinforced:
					for _, m := range members {
						if rng.IntN(3) > 0 {
							part = append(part, m)
						}
					}
					if len(part) < 2 {
						part = members[:2]
					}
				}
				g, err := GameOf(c, r)
				if part != nil {
					g, err = GameAmong(c, r, part)
				}
				if err != nil {
					t.Fatalf("%s, %v, %v: %v", tt.day, r, part, err)
				}
				checkDecide(t, c, g, rng)
			}
		}
	}
}

func checkDecide(t *testing.T, c vote.Council, g Game, rng *rand.Rand) {
	t.Helper()
	ballot := func(s uint64) vote.Ballot {
		b := c.Ballot(vote.NotParticipating)
		for i, m := range g.members {
			p := vote.Against
			if s&(1<<i) != 0 {
				p = vote.For
			} else if g.rule != vote.Unanimity && rng.IntN(2) == 0 {
				p = vote.Abstain // not in favour, as against; except under unanimity
			}
			b.Set(m, p)
		}
		return b
	}
	n := g.Len()
	all := uint64(1)<<n - 1
	res, err := c.Decide(g.rule, ballot(all))
	if err != nil {
		t.Fatal(err)
	}
	switch g.kind {
	case population:
		block := 0
		if g.Clause() > 0 {
			block = n - g.Clause() + 1
		}
		if res.MembersRequired() != g.MinMembers() || res.PopulationRequired() != g.Quota() || res.BlockingMinority() != block {
			t.Errorf("%v: Decide requires %d members, %d persons, blocking minority %d; game %d, %d, %d",
				g, res.MembersRequired(), res.PopulationRequired(), res.BlockingMinority(), g.MinMembers(), g.Quota(), block)
		}
	case niceWeights:
		if res.WeightsRequired() != int(g.Quota()) || res.WeightsTotal() != int(g.TotalWeight()) || res.MembersRequired() != g.MinMembers() {
			t.Errorf("%v: Decide requires %d of %d weighted votes and %d members", g, res.WeightsRequired(), res.WeightsTotal(), res.MembersRequired())
		}
	}
	for trial := range 400 {
		// Coalitions of every size, and near the thresholds.
		var s uint64
		switch trial % 4 {
		case 0:
			s = rng.Uint64() & all
		default:
			want := max(0, g.MinMembers()-2+rng.IntN(5))
			for _, i := range rng.Perm(n)[:min(n, want)] {
				s |= 1 << i
			}
		}
		res, err := c.Decide(g.rule, ballot(s))
		if err != nil {
			t.Fatal(err)
		}
		if got := g.wins(s); got != res.Adopted() {
			t.Fatalf("%v: coalition %s wins %v, Decide adopts %v: %v", g, g.coalition(s), got, res.Adopted(), res)
		}
	}
}

func (g *Game) coalition(s uint64) string {
	var ms []acquis.Member
	for i, m := range g.members {
		if s&(1<<i) != 0 {
			ms = append(ms, m)
		}
	}
	return fmt.Sprint(ms)
}

// TestNiceWeights checks that the Nice weights the games use are the
// weighted votes Council.Decide counts for each member alone.
func TestNiceWeights(t *testing.T) {
	c, err := vote.CouncilOn(acquis.MustParseDate("2014-01-01"))
	if err != nil {
		t.Fatal(err)
	}
	for m := range c.Members() {
		b := c.Ballot(vote.Against)
		b.Set(m, vote.For)
		res, err := c.Decide(vote.NiceWeights, b)
		if err != nil {
			t.Fatal(err)
		}
		if res.WeightsFor() != vote.NiceWeight(m) {
			t.Errorf("%v: weight %d, Decide counts %d", m, vote.NiceWeight(m), res.WeightsFor())
		}
	}
}

func TestCountRange(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	for range 2000 {
		xs, ys := sortedRandom(rng), sortedRandom(rng)
		lo, hi := rng.Int64N(25)-2, rng.Int64N(25)-2
		var want int64
		for _, x := range xs {
			for _, y := range ys {
				if lo <= x+y && x+y < hi {
					want++
				}
			}
		}
		if got := countRange(xs, ys, lo, hi); got != want {
			t.Fatalf("countRange(%v, %v, %d, %d) = %d, want %d", xs, ys, lo, hi, got, want)
		}
	}
}

func sortedRandom(rng *rand.Rand) []int64 {
	s := make([]int64, rng.IntN(8))
	var v int64
	for i := range s {
		v += rng.Int64N(4)
		s[i] = v
	}
	return s
}
