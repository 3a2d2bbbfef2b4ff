package screen

import (
	"math/rand/v2"
	"testing"
)

// distanceReference is the weighted edit distance of the package
// documentation written as plainly as it reads: the whole matrix, each
// cell the least of a substitution, a deletion, an insertion and a swap
// of neighbours, with no buffer reused and no early stop, so that it
// checks distance, its faster form, rather than repeats it. The costs of
// single edits (subCost, indelCost and the cases of the first and last
// letters) are the package's own; TestIndelCostReference checks
// indelCost.
func distanceReference(a, b string) int32 {
	if a == b {
		return 0
	}
	if len(a) == 0 || len(b) == 0 {
		return costFull * int32(max(len(a), len(b)))
	}
	d := make([][]int32, len(a)+1)
	for i := range d {
		d[i] = make([]int32, len(b)+1)
	}
	for j := 1; j <= len(b); j++ {
		d[0][j] = d[0][j-1] + indelCost(b, j-1)
	}
	for i := 1; i <= len(a); i++ {
		d[i][0] = d[i-1][0] + indelCost(a, i-1)
		for j := 1; j <= len(b); j++ {
			c := int32(subCost[a[i-1]&0x7f][b[j-1]&0x7f])
			switch {
			case c == costFull && i == 1 && j == 1:
				c = costInitialSub
			case c == costVowel && i == len(a) && j == len(b):
				c = costFinalVowel
			}
			d[i][j] = min(d[i-1][j-1]+c, d[i-1][j]+indelCost(a, i-1), d[i][j-1]+indelCost(b, j-1))
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] && a[i-1] != a[i-2] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+costSwap)
			}
		}
	}
	return d[len(a)][len(b)]
}

// TestDistanceReference checks distance against distanceReference on
// random keys of the letters whose costs differ (vowels, c and h, the near
// consonants, doubled letters for swaps), at budgets from none to all:
// exact when the distance is within budget, above budget when it is not.
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
		// distance is exact within budget, and above it when the
		// distance is.
		budget, want := int32(r.IntN(200)), distanceReference(a, b)
		if got := distance(a, b, budget); want <= budget && got != want || want > budget && got <= budget {
			t.Fatalf("distance(%q, %q, %d) = %d, want %d", a, b, budget, got, want)
		}
	}
}

// BenchmarkDistance measures distance on the pairs a query word of the
// benchmark's kind meets: names of five to nine letters, alike and not, at
// the budget similarity gives them.
func BenchmarkDistance(b *testing.B) {
	pairs := [][2]string{{"muhamad", "mohamad"}, {"abdula", "abdala"}, {"ana", "anastasia"}, {"popesku", "popov"},
		{"lukashenko", "lukashenka"}, {"hasan", "husain"}, {"abdul", "adbul"}, {"ahmad", "ahmed"}, {"kurdi", "kurdistan"}}
	for b.Loop() {
		for _, p := range pairs {
			distance(p[0], p[1], (costFull-floorTwentieths)*int32(max(len(p[0]), len(p[1]))))
		}
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

// TestIndelCost checks indelCost on a case of each of its rules, and of
// the order between them: a c before h costs less even as a first letter,
// a first letter costs in full even when it is a final vowel, and a
// letter inside a word costs what its kind does.
func TestIndelCost(t *testing.T) {
	for _, c := range []struct {
		key  string
		i    int
		want int32
	}{
		{"ahmed", 0, costInitialEdit},
		{"ahmed", 1, costHIndel},
		{"ahmed", 2, costFull},
		{"ahmed", 3, costVowelIndel},
		{"ahmed", 4, costFull},
		{"ali", 2, costFinalIndel},
		{"ma", 1, costFinalIndel},
		{"a", 0, costInitialEdit},
		{"ash", 2, costHIndel},
		{"rich", 2, costCBeforeH},
		{"chen", 0, costCBeforeH},
		{"mace", 2, costFull},
		{"marc", 3, costFull},
		{"m5", 1, costFull},
		{"z9z", 1, costFull},
	} {
		if got := indelCost(c.key, c.i); got != c.want {
			t.Errorf("indelCost(%q, %d) = %d, want %d", c.key, c.i, got, c.want)
		}
	}
}
