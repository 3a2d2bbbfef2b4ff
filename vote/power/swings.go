package power

import (
	"math/bits"
	"slices"
)

// Limits of the two methods that count swings.
const (
	// maxCells bounds the table of the dynamic programme: subsets counted by
	// size and weight, 32 MiB of int64.
	maxCells = 1 << 22
	// maxSplit bounds the players of the meet-in-the-middle method: each
	// half enumerates up to 2^18 coalitions.
	maxSplit = 36
)

// computable reports whether swings can count g's swings within the limits.
func (g *Game) computable() bool {
	_, _, cells := g.reduced()
	return cells <= maxCells || len(g.weight) <= maxSplit
}

// swings returns, for each player i, swings[i][k]: the number of
// coalitions of k players, not containing i, that lose without i and win
// with it. It counts them by dynamic programming over (size, weight) when
// the weights are small integers, such as weighted votes, and by meet in
// the middle otherwise, such as for populations. Both count exactly.
func (g *Game) swings() [][]int64 {
	w, r, cells := g.reduced()
	if cells <= maxCells {
		return swingsDP(w, r)
	}
	return swingsSplit(g.weight, g.win)
}

// reduced returns the game's weights and rule divided by the greatest
// common divisor of the weights, which leaves the game unchanged
// (w >= quota exactly when w/d >= ⌈quota/d⌉ for w a multiple of d), and
// the cells of the dynamic programme on them.
func (g *Game) reduced() ([]int64, winRule, int64) {
	var d int64
	for _, w := range g.weight {
		d = gcd(d, w)
	}
	if d == 0 {
		d = 1
	}
	w := make([]int64, len(g.weight))
	var total int64
	for i, x := range g.weight {
		w[i] = x / d
		total += w[i]
	}
	r := g.win
	r.quota = (r.quota + d - 1) / d
	n := int64(len(w))
	if total > maxCells {
		return w, r, maxCells + 1
	}
	return w, r, (n + 1) * (total + 1)
}

func gcd(a, b int64) int64 {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

// swingsDP counts swings by dynamic programming: all[k][x] is the number of
// coalitions of k players of total weight x, built one player at a time
// (the generating functions of Mann and Shapley 1962 and Brams and Affuso
// 1976, with the coalition's size as a second variable). The coalitions without player i follow by removing i
// again: without[k][x] = all[k][x] − without[k−1][x−w_i], since every
// coalition either lacks i or is one that lacks i plus i.
func swingsDP(w []int64, r winRule) [][]int64 {
	n := len(w)
	var total int64
	for _, x := range w {
		total += x
	}
	cols := int(total) + 1
	all := make([]int64, (n+1)*cols)
	all[0] = 1
	var reach int // the greatest weight so far
	for i, wi := range w {
		reach += int(wi)
		for k := i + 1; k >= 1; k-- {
			row, prev := all[k*cols:(k+1)*cols], all[(k-1)*cols:k*cols]
			for x := reach; x >= int(wi); x-- {
				row[x] += prev[x-int(wi)]
			}
		}
	}

	out := make([][]int64, n)
	without := make([]int64, n*cols)
	for i, wi := range w {
		out[i] = make([]int64, n)
		d := int(wi)
		for k := range n {
			row, src := without[k*cols:(k+1)*cols], all[k*cols:(k+1)*cols]
			copy(row, src)
			if k > 0 {
				prev := without[(k-1)*cols : k*cols]
				for x := d; x < cols; x++ {
					row[x] -= prev[x-d]
				}
			}
			lo, hi, ok := r.swingRange(k, wi)
			if !ok {
				continue
			}
			lo, hi = max(lo, 0), min(hi, total+1)
			var c int64
			for x := lo; x < hi; x++ {
				c += row[x]
			}
			out[i][k] = c
		}
	}
	return out
}

// A half is the coalitions of one half of the players, grouped by size
// and sorted by weight: sums[k] are the weights of the coalitions of k
// players, in increasing order, and masks[k] the coalitions, one bit per
// player of the half.
type half struct {
	sums  [][]int64
	masks [][]uint32
}

func newHalf(w []int64) half {
	m := len(w)
	sum := make([]int64, 1<<m)
	for s := 1; s < len(sum); s++ {
		sum[s] = sum[s&(s-1)] + w[bits.TrailingZeros(uint(s))]
	}
	h := half{sums: make([][]int64, m+1), masks: make([][]uint32, m+1)}
	for s := range sum {
		k := bits.OnesCount(uint(s))
		h.masks[k] = append(h.masks[k], uint32(s))
	}
	for k, ms := range h.masks {
		slices.SortFunc(ms, func(a, b uint32) int {
			switch {
			case sum[a] < sum[b]:
				return -1
			case sum[a] > sum[b]:
				return 1
			}
			return 0
		})
		h.sums[k] = make([]int64, len(ms))
		for j, s := range ms {
			h.sums[k][j] = sum[s]
		}
	}
	return h
}

// without returns h's weights of the coalitions that do not contain the
// half's player b, grouped and sorted as h's, in buf.
func (h half) without(b int, buf []int64) [][]int64 {
	lists := make([][]int64, len(h.sums))
	buf = buf[:0]
	for k, ms := range h.masks {
		start := len(buf)
		for j, s := range ms {
			if s&(1<<b) == 0 {
				buf = append(buf, h.sums[k][j])
			}
		}
		lists[k] = buf[start:len(buf):len(buf)]
	}
	return lists
}

// swingsSplit counts swings by meet in the middle (Horowitz and Sahni
// 1974): the players are split once into two halves, A and B, and each
// half's coalitions are enumerated once, grouped by size and sorted by
// weight. A coalition S not containing player i is a pair of a coalition
// of A and one of B without i; for each size k of S, the swings of i are
// the pairs whose summed weight lies in the range that r.swingRange gives,
// counted for each split of k by two pointers over the sorted lists.
func swingsSplit(w []int64, r winRule) [][]int64 {
	return swingsSplitWith(w, r, countRange)
}

// swingsSplitWith is swingsSplit with the function that counts the pairs
// in a range, so that a benchmark can measure another.
func swingsSplitWith(w []int64, r winRule, count func(xs, ys []int64, lo, hi int64) int64) [][]int64 {
	n := len(w)
	mid := n / 2
	a, b := newHalf(w[:mid]), newHalf(w[mid:])
	buf := make([]int64, 0, 1<<max(mid, n-mid))
	out := make([][]int64, n)
	for i := range n {
		var left, right [][]int64
		if i < mid {
			left, right = a.without(i, buf), b.sums
		} else {
			left, right = a.sums, b.without(i-mid, buf)
		}
		out[i] = make([]int64, n)
		for k := range n {
			lo, hi, ok := r.swingRange(k, w[i])
			if !ok {
				continue
			}
			var c int64
			for kl := max(0, k-len(right)+1); kl <= k && kl < len(left); kl++ {
				c += count(left[kl], right[k-kl], lo, hi)
			}
			out[i][k] = c
		}
	}
	return out
}

// countRange returns the number of pairs (x, y) of xs and ys, both sorted
// in increasing order, with lo <= x+y < hi. As x grows, the number of y
// with x+y < hi, and with x+y < lo, can only fall: two pointers walk down
// ys once, so the count takes linear time.
func countRange(xs, ys []int64, lo, hi int64) int64 {
	if lo >= hi || len(xs) == 0 || len(ys) == 0 {
		return 0
	}
	var c int64
	below, under := len(ys), len(ys) // the y with x+y < hi, and with x+y < lo
	for _, x := range xs {
		for below > 0 && x+ys[below-1] >= hi {
			below--
		}
		if below == 0 {
			break
		}
		for under > 0 && x+ys[under-1] >= lo {
			under--
		}
		c += int64(below - under)
	}
	return c
}
