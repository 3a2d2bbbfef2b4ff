package screen

import (
	"math/rand/v2"
	"testing"
)

// distanceReference is distance as it was written before its inner loop
// was made branch-free (a cell at a time, every case in the loop), kept to
// check that the faster loop gives the same number for every pair and
// budget.
func distanceReference(a, b string, budget int32) int32 {
	if a == b {
		return 0
	}
	la, lb := len(a), len(b)
	if la == 0 || lb == 0 {
		return costFull * int32(max(la, lb))
	}
	var stack [3 * (maxKeyLen + 1)]int32
	var prev2, prev, cur []int32
	var insB [maxKeyLen]int32
	var ins []int32
	if lb <= maxKeyLen {
		prev2, prev, cur, ins = stack[:lb+1], stack[lb+1:2*(lb+1)], stack[2*(lb+1):3*(lb+1)], insB[:lb]
	} else {
		prev2, prev, cur, ins = make([]int32, lb+1), make([]int32, lb+1), make([]int32, lb+1), make([]int32, lb)
	}
	for j := range lb {
		ins[j] = indelCost(b, j)
	}
	prev[0] = 0
	for j := 1; j <= lb; j++ {
		prev[j] = prev[j-1] + ins[j-1]
	}
	prevBest := int32(0)
	for i := 1; i <= la; i++ {
		ca := a[i-1] & 0x7f
		sub := &subCost[ca]
		del := indelCost(a, i-1)
		cur[0] = prev[0] + del
		best := cur[0]
		for j := 1; j <= lb; j++ {
			c := int32(sub[b[j-1]&0x7f])
			switch {
			case c == costFull && i == 1 && j == 1:
				c = costInitialSub
			case c == costVowel && i == la && j == lb:
				c = costFinalVowel
			}
			d := prev[j-1] + c
			if x := prev[j] + del; x < d {
				d = x
			}
			if x := cur[j-1] + ins[j-1]; x < d {
				d = x
			}
			// Two neighbours swapped cost one edit.
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] && a[i-1] != a[i-2] {
				if x := prev2[j-2] + costSwap; x < d {
					d = x
				}
			}
			cur[j] = d
			best = min(best, d)
		}
		// A row can fall below the one before only through a swap, from
		// the row before that: stop when both last rows exceed budget.
		if best > budget && prevBest > budget {
			return best
		}
		prevBest = best
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[lb]
}

// TestDistanceReference checks distance against distanceReference on
// random keys of the letters whose costs differ (vowels, c and h, the near
// consonants, doubled letters for swaps), at budgets from none to all.
func TestDistanceReference(t *testing.T) {
	const letters = "aeioucshkgzbpdtvfrnml"
	r := rand.New(rand.NewPCG(1, 2))
	word := func() string {
		b := make([]byte, r.IntN(12))
		for i := range b {
			b[i] = letters[r.IntN(len(letters))]
			if i > 0 && r.IntN(6) == 0 {
				b[i] = b[i-1]
			}
		}
		return string(b)
	}
	for range 200000 {
		a, b := word(), word()
		if r.IntN(4) == 0 && len(a) >= 2 { // a swap of neighbours
			k := r.IntN(len(a) - 1)
			bs := []byte(a)
			bs[k], bs[k+1] = bs[k+1], bs[k]
			b = string(bs)
		}
		budget := int32(r.IntN(200))
		if got, want := distance(a, b, budget), distanceReference(a, b, budget); got != want {
			t.Fatalf("distance(%q, %q, %d) = %d, want %d", a, b, budget, got, want)
		}
	}
}

// BenchmarkDistance compares distance and distanceReference on the pairs
// a query word of the benchmark's kind meets: names of five to nine
// letters, alike and not, at the budget similarity gives them.
func BenchmarkDistance(b *testing.B) {
	pairs := [][2]string{{"muhamad", "mohamad"}, {"abdula", "abdala"}, {"ana", "anastasia"}, {"popesku", "popov"},
		{"lukashenko", "lukashenka"}, {"hasan", "husain"}, {"abdul", "adbul"}, {"ahmad", "ahmed"}, {"kurdi", "kurdistan"}}
	for _, f := range []struct {
		name string
		fn   func(a, b string, budget int32) int32
	}{{"distance", distance}, {"reference", distanceReference}} {
		b.Run(f.name, func(b *testing.B) {
			for b.Loop() {
				for _, p := range pairs {
					f.fn(p[0], p[1], (costFull-floorTwentieths)*int32(max(len(p[0]), len(p[1]))))
				}
			}
		})
	}
}

// TestSkeletonReference checks skeleton, which keeps letters without a
// branch, against the plain loop it replaces, on random keys of letters
// and digits, doubled letters and vowels among them, and on keys longer
// than maxKeyLen.
func TestSkeletonReference(t *testing.T) {
	reference := func(key string) string {
		var b []byte
		for i := 0; i < len(key); i++ {
			c := key[i]
			if isVowel(c) || (len(b) > 0 && b[len(b)-1] == c && !isDigit(c)) {
				continue
			}
			b = append(b, c)
		}
		return string(b)
	}
	r := rand.New(rand.NewPCG(3, 4))
	const letters = "aabdeiklmnoossu1122"
	for range 200000 {
		b := make([]byte, r.IntN(2*maxKeyLen))
		for i := range b {
			b[i] = letters[r.IntN(len(letters))]
		}
		key := string(b)
		if got, want := skeleton(key), reference(key); got != want {
			t.Fatalf("skeleton(%q) = %q, want %q", key, got, want)
		}
	}
}

// TestIndelCostReference checks indelCost, which reads the cost of most
// letters from a table, against the rules as a plain switch, at every
// position of random keys of every letter and digit.
func TestIndelCostReference(t *testing.T) {
	reference := func(k string, i int) int32 {
		c := k[i]
		switch {
		case c == 'c' && i+1 < len(k) && k[i+1] == 'h':
			return costCBeforeH
		case i == 0:
			return costInitialEdit
		case isVowel(c) && i == len(k)-1:
			return costFinalIndel
		case isVowel(c):
			return costVowelIndel
		case c == 'h':
			return costHIndel
		}
		return costFull
	}
	r := rand.New(rand.NewPCG(5, 6))
	const letters = "abcdefghijklmnopqrstuvwxyz0123456789chch"
	for range 100000 {
		b := make([]byte, 1+r.IntN(12))
		for i := range b {
			b[i] = letters[r.IntN(len(letters))]
		}
		k := string(b)
		for i := range k {
			if got, want := indelCost(k, i), reference(k, i); got != want {
				t.Fatalf("indelCost(%q, %d) = %d, want %d", k, i, got, want)
			}
		}
	}
}
