package power

import (
	"math/bits"
	"sort"
	"testing"

	"github.com/acquis-eu/acquis"
	"github.com/acquis-eu/acquis/vote"
)

// The baselines the issue names for the EU27 qualified majority, measured
// beside the method this package uses (BenchmarkQualifiedMajority):
// enumerating every coalition, and a meet in the middle that counts by
// binary search rather than two pointers.

// baselineBruteForce counts each player's swings by enumerating, in Gray
// code order, every coalition of the other players: n·2^(n−1) steps.
func baselineBruteForce(g *Game) []int64 {
	n := len(g.weight)
	out := make([]int64, n)
	for i := range n {
		others := make([]int64, 0, n-1)
		for j, w := range g.weight {
			if j != i {
				others = append(others, w)
			}
		}
		var size int
		var weight int64
		var mask uint64
		var c int64
		for step := uint64(0); step < 1<<len(others); step++ {
			if step > 0 {
				bit := bits.TrailingZeros64(step)
				mask ^= 1 << bit
				if mask&(1<<bit) != 0 {
					size++
					weight += others[bit]
				} else {
					size--
					weight -= others[bit]
				}
			}
			if !g.win.wins(size, weight) && g.win.wins(size+1, weight+g.weight[i]) {
				c++
			}
		}
		out[i] = c
	}
	return out
}

// countRangeBinary is countRange by binary search: O(len(xs)·log len(ys)).
func countRangeBinary(xs, ys []int64, lo, hi int64) int64 {
	var c int64
	for _, x := range xs {
		below := sort.Search(len(ys), func(j int) bool { return x+ys[j] >= hi })
		under := sort.Search(len(ys), func(j int) bool { return x+ys[j] >= lo })
		if below > under {
			c += int64(below - under)
		}
	}
	return c
}

// eu27CandidateA returns the EU27 qualified-majority game on the
// population vector "candidate A" of the reference's section 4.4, the one
// power_test.go checks row by row.
func eu27CandidateA(tb testing.TB) *Game {
	tb.Helper()
	table, err := vote.TableOf("candidate A", map[acquis.Member]int64{
		acquis.DE: 83019213,
		acquis.FR: 67012883,
		acquis.IT: 60359546,
		acquis.ES: 46937060,
		acquis.PL: 37972812,
		acquis.RO: 19414458,
		acquis.NL: 17282163,
		acquis.BE: 11467923,
		acquis.EL: 10722287,
		acquis.CZ: 10649800,
		acquis.PT: 10276617,
		acquis.SE: 10230185,
		acquis.HU: 9772756,
		acquis.AT: 8858775,
		acquis.BG: 7000039,
		acquis.DK: 5806081,
		acquis.FI: 5517919,
		acquis.SK: 5450421,
		acquis.IE: 4904226,
		acquis.HR: 4076246,
		acquis.LT: 2794184,
		acquis.SI: 2080908,
		acquis.LV: 1919968,
		acquis.EE: 1324820,
		acquis.CY: 875898,
		acquis.LU: 613894,
		acquis.MT: 493559,
	})
	if err != nil {
		tb.Fatal(err)
	}
	c, err := vote.CouncilOn(acquis.MustParseDate("2020-11-06"))
	if err == nil {
		c, err = c.WithTable(table)
	}
	if err != nil {
		tb.Fatal(err)
	}
	g, err := GameOf(c, vote.QualifiedMajority)
	if err != nil {
		tb.Fatal(err)
	}
	return &g
}

// TestBaselines checks that the baselines count what the package counts,
// on the EU27 (the brute force only where it is quick: random small games
// are checked against brute force in brute_test.go).
func TestBaselines(t *testing.T) {
	g := eu27CandidateA(t)
	want := g.swings()
	got := swingsSplitWith(g.weight, g.win, countRangeBinary)
	for i := range want {
		for k := range want[i] {
			if got[i][k] != want[i][k] {
				t.Fatalf("binary search: player %d, size %d: %d, want %d", i, k, got[i][k], want[i][k])
			}
		}
	}
}

func BenchmarkBaselineBruteForce(b *testing.B) {
	g := eu27CandidateA(b)
	for b.Loop() {
		var total int64
		for _, c := range baselineBruteForce(g) {
			total += c
		}
		if total != 116_761_475 {
			b.Fatal(total)
		}
	}
}

func BenchmarkBaselineBinarySearch(b *testing.B) {
	g := eu27CandidateA(b)
	for b.Loop() {
		swingsSplitWith(g.weight, g.win, countRangeBinary)
	}
}
