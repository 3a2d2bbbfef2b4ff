package screen

import (
	"math"
	"math/rand/v2"
	"slices"
)

// Costs of the edits between two keys, in twentieths, so that the edit
// distance is an exact integer. The package documentation explains them.
const (
	costFull        = 20 // any other edit
	costVowel       = 8  // one vowel for another (Viktor, Viktar)
	costFinalVowel  = 4  // one final vowel for another (Lukashenko, Lukashenka)
	costNear        = 10 // a consonant for its voiced or spelling twin (s z, g h, v f ...)
	costChSh        = 6  // the c of ch for s: ch and sh (Loukachenko, Lukashenko)
	costVowelIndel  = 10 // a vowel inserted or deleted (Aleksandr, Aleksander)
	costFinalIndel  = 5  // a final vowel inserted or deleted (Alexandr, Alexandre)
	costHIndel      = 12 // h inserted or deleted (Lukasenko, Lukashenko)
	costCBeforeH    = 6  // the c of ch inserted or deleted: ch and h (Chrenin, Hrenin)
	costInitialEdit = 20 // the first letter inserted or deleted
	costInitialSub  = 30 // the first consonant for an unrelated one (Kabongo, Lubanga)
	costSwap        = 20 // two neighbours swapped (Adbul, Abdul): one edit

	// floorTwentieths is the least similarity of a pair, 0.7, in
	// twentieths: two words are a pair when their distance is at most
	// costFull - floorTwentieths per letter of the longer.
	floorTwentieths = 14
)

// subCost holds the cost of writing one key letter for another.
var subCost = func() (t [128][128]uint8) {
	for a := range 128 {
		for b := range 128 {
			switch {
			case a == b:
				t[a][b] = 0
			case isVowel(byte(a)) && isVowel(byte(b)):
				t[a][b] = costVowel
			default:
				t[a][b] = costFull
			}
		}
	}
	near := func(a, b byte, c uint8) { t[a][b], t[b][a] = c, c }
	// The c of a key is always the c of ch (fold writes a lone c as k or
	// ts): ch is English ч, French ш and German х.
	near('c', 's', costChSh)
	near('c', 'k', costNear)
	near('c', 'z', costNear)
	near('s', 'z', costNear) // German s for з (Kusmenko), ж sh (Shurawlewa)
	near('g', 'h', costNear) // Russian г g, Belarusian and Ukrainian г h
	near('g', 'k', costNear)
	near('k', 'h', costNear) // Mikail, Mikhail
	near('b', 'p', costNear)
	near('d', 't', costNear)
	near('v', 'f', costNear) // Greek αυ av, af
	near('v', 'u', costNear) // Belarusian ў u, w
	near('v', 'b', costNear) // Greek β, Spanish b
	return t
}()

// indelCost returns the cost of inserting or deleting k[i]: that of the
// letter (indelCosts), but for a c before h, the first letter and a final
// vowel, whose cost depends on where they are.
func indelCost(k string, i int) int32 {
	c := k[i]
	if i > 0 && i < len(k)-1 && c != 'c' {
		return indelCosts[c] // none of the cases below: no branch on the letter
	}
	switch {
	case c == 'c' && i+1 < len(k) && k[i+1] == 'h':
		return costCBeforeH
	case i == 0:
		return costInitialEdit
	case isVowel(c) && i == len(k)-1:
		return costFinalIndel
	}
	return indelCosts[c]
}

// indelCosts holds the cost of inserting or deleting a letter where
// nothing else decides it: a vowel and h cost less than the others.
var indelCosts = func() (t [256]int32) {
	for c := range t {
		switch {
		case isVowel(byte(c)):
			t[c] = costVowelIndel
		case c == 'h':
			t[c] = costHIndel
		default:
			t[c] = costFull
		}
	}
	return t
}()

// A swap of neighbours costs no less than the deletion of any letter:
// distance's early stop relies on it, and the build fails if a cost
// changes against it.
const _ uint = costSwap - max(costFull, costInitialEdit, costVowelIndel, costFinalIndel, costHIndel, costCBeforeH)

// distance returns the weighted edit distance between keys a and b, in
// twentieths; once it is sure to exceed budget, it stops and returns a
// number above budget.
func distance(a, b string, budget int32) int32 {
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
	bb, in := b[:lb], ins[:lb]
	for i := 1; i <= la; i++ {
		ai := a[i-1]
		sub := &subCost[ai&0x7f]
		del := indelCost(a, i-1)
		last := i == la
		// Two neighbours swapped cost one edit: the letters a[i-2]a[i-1]
		// written b[j-2]b[j-1] the other way round, when they differ.
		canSwap := i > 1 && ai != a[i-2]
		var swap uint16
		if canSwap {
			swap = uint16(ai)<<8 | uint16(a[i-2])
		}
		// The rows resliced to their length, so that the loops below
		// index them without bounds checks.
		pv, cu, p2 := prev[:lb+1], cur[:lb+1], prev2[:lb+1]
		cu[0] = pv[0] + del
		// j == 1, apart: the first letters' cost, and no swap.
		c := int32(sub[bb[0]&0x7f])
		switch {
		case c == costFull && i == 1:
			c = costInitialSub
		case c == costVowel && last && lb == 1:
			c = costFinalVowel
		}
		cu[1] = min(pv[0]+c, pv[1]+del, cu[0]+in[0])
		best := min(cu[0], cu[1])
		if canSwap {
			for j := 2; j < len(cu); j++ {
				bj := bb[j-1]
				d := min(pv[j-1]+int32(sub[bj&0x7f]), pv[j]+del, cu[j-1]+in[j-1])
				if uint16(bb[j-2])<<8|uint16(bj) == swap {
					d = min(d, p2[j-2]+costSwap)
				}
				cu[j] = d
				best = min(best, d)
			}
		} else {
			for j := 2; j < len(cu); j++ {
				d := min(pv[j-1]+int32(sub[bb[j-1]&0x7f]), pv[j]+del, cu[j-1]+in[j-1])
				cu[j] = d
				best = min(best, d)
			}
		}
		if last && lb >= 2 && sub[bb[lb-1]&0x7f] == costVowel {
			// The last letters, vowels: one for the other costs
			// costFinalVowel, less than the loop counted.
			j := lb
			d := min(pv[j-1]+costFinalVowel, cu[j])
			cu[j] = d
			best = min(best, d)
		}
		// No row's least cell is below the row before's: a swap into the
		// next row costs no less than deleting a letter on the way to it
		// through this one (see the assertion above distance). Once a
		// row exceeds budget, so does the distance.
		if best > budget {
			return best
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[lb]
}

// similarityAbove returns how alike two keys are, in [0, 1]: one minus
// their weighted edit distance over the length of the longer, or 0 when
// it is below floor, in twentieths. Below floorTwentieths, 0.7, words are
// not a pair (see wordSimilarity, which pairs read).
func similarityAbove(a, b string, floor int32) float64 {
	s, _, _ := similarityOf(a, b, floor)
	return s
}

// similarityOf returns the similarity of keys a and b with floor, in
// twentieths, as similarityAbove does, their distance d and the length n
// of the longer: 0 and a d above the floor's budget when they are less
// alike.
func similarityOf(a, b string, floor int32) (s float64, d, n int32) {
	if a == b {
		return 1, 0, int32(len(a))
	}
	n = int32(max(len(a), len(b)))
	budget := (costFull - floor) * n
	if d = distance(a, b, budget); d > budget {
		return 0, d, n
	}
	return 1 - float64(d)/float64(costFull*n), d, n
}

// formSim returns the similarity of two readings, keys ak and bk with
// skeletons as and bs, of tokens a and b: of their keys, or of their
// skeletons when one of the tokens is written in a script without vowels;
// 0 when they are not a pair. When it cannot be above above (a similarity
// the caller has), it may return 0 (see wordSimilarityAbove).
func formSim(a, b *token, ak, as, bk, bs string, above float64) float64 {
	if a.abjad || b.abjad {
		if as == "" || bs == "" {
			return 0
		}
		return wordSimilarityAbove(as, bs, above)
	}
	if a.kana || b.kana {
		return wordSimilarityAbove(kanaFold(ak), kanaFold(bk), above)
	}
	return wordSimilarityAbove(ak, bk, above)
}

// wordSimilarity is the similarity of two keys as words of names pair:
// their similarity, squared when they are merely similar (see
// merelySimilar), so that a name two or three edits from another ranks
// below its spellings (Potanin, Putin: 0.73 counts 0.53), while a typo in
// a short word, one edit, keeps its own (Terfi, Rerfi: 0.7), as do the
// spellings of transcriptions, whose differences cost less than an edit.
func wordSimilarity(a, b string) float64 {
	return wordSimilarityAbove(a, b, 0)
}

// wordSimilarityAbove is wordSimilarity of a and b when it is above
// above; else it is 0 or a similarity not above above. The distance is
// computed only as far as a similarity above above allows: a word of the
// query with many readings (the given names a short form stands for)
// compares each with a word of the list only as far as it may beat the
// reading before.
func wordSimilarityAbove(a, b string, above float64) float64 {
	if a == b {
		return 1
	}
	n := int32(max(len(a), len(b)))
	budget := (costFull - floorTwentieths) * n
	if above > 0 {
		// A distance of one more than this leaves the similarity below
		// above by 1/(costFull·n) or more (the squared one, less still).
		budget = min(budget, int32(math.Ceil((1-above)*float64(costFull*n))))
	}
	d := distance(a, b, budget)
	if d > budget {
		return 0
	}
	s := 1 - float64(d)/float64(costFull*n)
	if merelySimilar(d, n) {
		s *= s
	}
	return s
}

// merelySimilar reports whether two keys at distance d, the longer of n
// letters, are merely similar: more than one edit of any kind apart (d
// above costInitialSub, the dearest edit) and alike less than 0.75 (d
// above a quarter of n edits). Both bounds were chosen on the development
// pairs and perturbed names: squaring every pair below 0.75 lost
// perturbed names whose first letter was mistyped (Rerfi, Terfi: one
// edit, 0.7), one of the development seed and three of the held-out;
// squaring every pair more than one edit apart lost the spellings of
// long names in two transcriptions (Tichanowskaja, Tsikhanouskaya: 0.83)
// on the development pairs.
func merelySimilar(d, n int32) bool { return d > costInitialSub && 4*d > costFull*n }

// Reach. Two tokens are compared only when they are within reach of each
// other: their skeletons are equal or one edit apart (when the longer has
// at least minSkelEdit letters), or their keys one edit apart (when the
// longer has at least minKeyEdit letters). "One edit apart" means that
// deleting at most one letter from each gives the same string, which is
// what the index's deletion neighbourhoods find: a substitution, an
// insertion or deletion, or a swap of neighbours. In a string shorter
// than minFirstEdit the edit spares the first letter: a short name with
// another first letter is another name (Ali, Wali; Amir, Samir), while a
// typo inside it is a typo (Hjai, Haji).
const (
	minSkelEdit  = 5
	minKeyEdit   = 4
	minFirstEdit = 5
)

// reach reports whether tokens a and b are within reach of each other: a
// reading of one and a reading of the other are.
func reach(a, b *token) bool {
	kana := a.kana || b.kana
	af, bf := a.form(), b.form()
	if formsReach(kana, af, bf) {
		return true
	}
	for _, x := range a.alts {
		if formsReach(kana, x, bf) {
			return true
		}
		for _, y := range b.alts {
			if formsReach(kana, x, y) {
				return true
			}
		}
	}
	for _, y := range b.alts {
		if formsReach(kana, af, y) {
			return true
		}
	}
	// The words as written are looked up among the keys.
	return a.plain != "" && keyReach(a.plain, b) || b.plain != "" && keyReach(b.plain, a)
}

// keyReach reports whether key x is within reach of a key of t: its key,
// the keys of its other readings, or a plain.
func keyReach(x string, t *token) bool {
	if near1(x, t.key, minKeyEdit) {
		return true
	}
	for _, y := range t.alts {
		if near1(x, y.key, minKeyEdit) {
			return true
		}
	}
	return t.plain != "" && near1(x, t.plain, minKeyEdit)
}

// formsReach reports whether two readings are within reach: their
// skeletons or their keys are (see Reach), or, when one of the words is
// written in kana (kana), their kana skeletons are.
func formsReach(kana bool, a, b form) bool {
	return near1(a.skel, b.skel, minSkelEdit) || near1(a.key, b.key, minKeyEdit) ||
		kana && near1(a.kskel, b.kskel, minSkelEdit)
}

// near1 reports whether x and y share a member of their neighbourhoods:
// the string itself, and the string with one letter deleted when it has
// at least min letters.
func near1(x, y string, min int) bool {
	if x == y {
		return true
	}
	n := max(len(x), len(y))
	if n < min || n < minFirstEdit && (x == "" || y == "" || x[0] != y[0]) {
		return false
	}
	return oneEdit(x, y)
}

// oneEdit reports whether x and y are one edit apart, at any letter.
func oneEdit(x, y string) bool {
	switch len(x) - len(y) {
	case 1:
		return deletes(x, y)
	case -1:
		return deletes(y, x)
	case 0:
		return x != y && swapsOne(x, y)
	}
	return false
}

// deletes reports whether deleting one letter of x gives y.
func deletes(x, y string) bool {
	i := 0
	for i < len(y) && x[i] == y[i] {
		i++
	}
	return x[i+1:] == y[i:]
}

// swapsOne reports whether x and y, of equal length and different, give
// the same string when one letter is deleted from each.
func swapsOne(x, y string) bool {
	n := len(x)
	p := 0
	for p < n && x[p] == y[p] {
		p++
	}
	s := 0
	for s < n-p && x[n-1-s] == y[n-1-s] {
		s++
	}
	// Delete x[p]; then y[j] for the smallest j >= p that leaves a common
	// suffix: x[p+1:j+1] must equal y[p:j]. And the other way round.
	j := max(p, n-1-s)
	return x[p+1:j+1] == y[p:j] || y[p+1:j+1] == x[p:j]
}

// Lookup keys: the members of a token's neighbourhoods, hashed. Two tokens
// within reach share at least one lookup key; tokens that share one by a
// collision of the hash are not within reach, and the index checks reach
// before it compares them.
//
// A word written in kana is also within reach of another by their kana
// skeletons (formsReach), which the neighbourhoods of skeletons do not
// cover: the index files a word, too, by the neighbourhood of each kana
// skeleton of its readings that differs from the skeleton, under a seed
// of its own (kana), and a word in kana by those of all its kana
// skeletons under another (kanaWord). A word in kana is looked up by the
// neighbourhoods of its kana skeletons under the skeletons' seed and the
// kana seed; any other word, when the index holds a word in kana, by
// those of its kana skeletons under the kanaWord seed. So words in Latin
// letters look each other up as they did before kana was read.
type hasher struct{ skel, key, kana, kanaWord uint64 }

// newHasher returns a hasher of random seeds, so that no one can write
// words whose lookup keys collide on purpose.
func newHasher() hasher {
	return hasher{rand.Uint64(), rand.Uint64(), rand.Uint64(), rand.Uint64()}
}

// fileKeys calls f with each key the index files the vocabulary token t
// under.
func (h hasher) fileKeys(t *token, f func(uint64)) {
	h.lookupKeys(t, f)
	h.eachKanaSkeleton(t, func(skel, kskel string) {
		if kskel != skel {
			neighbourhood(h.kana, kskel, minSkelEdit, f)
		}
		if t.kana {
			neighbourhood(h.kanaWord, kskel, minSkelEdit, f)
		}
	})
}

// probeKeys calls f with each key by which the token t, of a query or of
// the vocabulary, looks up the tokens within its reach; kanaWords reports
// whether the index holds a word in kana.
func (h hasher) probeKeys(t *token, kanaWords bool, f func(uint64)) {
	h.lookupKeys(t, f)
	h.eachKanaSkeleton(t, func(skel, kskel string) {
		switch {
		case t.kana:
			if kskel != skel {
				neighbourhood(h.skel, kskel, minSkelEdit, f)
			}
			neighbourhood(h.kana, kskel, minSkelEdit, f)
			neighbourhood(h.kanaWord, kskel, minSkelEdit, f)
		case kanaWords:
			neighbourhood(h.kanaWord, kskel, minSkelEdit, f)
		}
	})
}

// eachKanaSkeleton calls f with the skeleton and the kana skeleton of each
// reading of t.
func (h hasher) eachKanaSkeleton(t *token, f func(skel, kskel string)) {
	f(t.skel, t.kskel)
	for _, a := range t.alts {
		f(a.skel, a.kskel)
	}
}

// lookupKeys calls f with each lookup key of t by its skeletons and keys:
// those of each of its readings.
func (h hasher) lookupKeys(t *token, f func(uint64)) {
	neighbourhood(h.skel, t.skel, minSkelEdit, f)
	neighbourhood(h.key, t.key, minKeyEdit, f)
	for _, a := range t.alts {
		neighbourhood(h.skel, a.skel, minSkelEdit, f)
		neighbourhood(h.key, a.key, minKeyEdit, f)
	}
	if t.plain != "" {
		neighbourhood(h.key, t.plain, minKeyEdit, f)
	}
}

// neighbourhood calls f with the hash of s and, when s has min letters or
// more, the hashes of s with each letter deleted in turn: the neighbourhood
// near1 compares, the first letter kept in a string shorter than
// minFirstEdit and a deletion that gives the one before left out. seed
// tells apart the neighbourhoods of different kinds (keys, skeletons).
//
// A hash is polynomial in the letters, H(s) = Σ (s[k]+1)·m^(n-1-k) modulo
// 2⁶⁴, mixed with seed and the length: H of s with s[i] deleted is
// H(s[:i])·m^(n-1-i) plus the terms of s[i+1:] as they stand in H(s), so
// that the n deletions take O(n) together, with no buffer, and equal
// strings hash equal whichever letter was deleted. H(s[:i]) is taken from
// H(s[:i+1]) by m's inverse, m being odd.
func neighbourhood(seed uint64, s string, min int, f func(uint64)) {
	mix := func(h uint64, n int) uint64 {
		h = (h ^ seed ^ uint64(n)<<32) * hashMul
		return h ^ h>>29
	}
	n := len(s)
	pre := uint64(0)
	for i := range n {
		pre = pre*hashMul + uint64(s[i]) + 1
	}
	f(mix(pre, n))
	if n < min {
		return
	}
	from := 0
	if n < minFirstEdit {
		from = 1 // the first letter kept
	}
	suf, pow := uint64(0), uint64(1) // the terms of s[i+1:]; m^(n-1-i)
	for i := n - 1; i >= from; i-- {
		c := uint64(s[i]) + 1
		pre = (pre - c) * hashMulInverse // H(s[:i])
		if i == from || s[i] != s[i-1] { // else the same deletion as that of s[i-1]
			f(mix(pre*pow+suf, n-1))
		}
		suf += c * pow
		pow *= hashMul
	}
}

// hashMul is the multiplier of neighbourhood's polynomial hash (2⁶⁴ over
// the golden ratio, odd), and hashMulInverse its inverse modulo 2⁶⁴.
const hashMul = 0x9e3779b97f4a7c15

var hashMulInverse = func() uint64 {
	x := uint64(hashMul) // correct to 3 bits; each Newton step doubles them
	for range 5 {
		x *= 2 - hashMul*x
	}
	return x
}()

// Slips. The reach of a short word spares its first letter, and one edit
// in three letters is less alike than a pair needs: a short name with
// another letter is as often another name (Ali, Wali; Jan, Dan) as a
// typo. But a word of the query that is no name, one typing error from a
// short name word of a person's alias, is a slip of it (Jab, Jan; Avu,
// Abu; Ruad, Fuad). A word of the query may be a slip when it is written
// in minSlip-1 to maxSlip+1 letters a to z (maySlip) and its key is not
// that of a given name or short form of the table of nicknames (see
// bind); it is a slip of a name word of minSlip to maxSlip letters when
// one typing error makes the one from the other (slipOf). A slip pairs at
// the similarity of the keys, at most slipSim, after the other pairs (see
// pairSlips); it counts only beside a pair of name words, as an initial
// does (see tally), and only in the name of a person: the short words of
// the names of bodies are words, not names.
const (
	minSlip = 3
	maxSlip = 4
	// slipSim is the least similarity of a pair (floorTwentieths): a slip
	// counts no more than the least alike pair of words within reach.
	slipSim = float64(floorTwentieths) / costFull
)

// maySlip reports whether word, as written, is of the letters and length
// a slip may have: minSlip-1 to maxSlip+1 letters a to z, in either case.
func maySlip(word string) bool {
	if len(word) < minSlip-1 || len(word) > maxSlip+1 {
		return false
	}
	for i := range len(word) {
		if c := word[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// slipOf reports whether word q, as written, is one typing error away
// from name word n, of minSlip to maxSlip letters a to z, without regard
// to case: a letter typed for one whose key touches it (see
// keyboardNeighbours); a letter added, which is the letter beside it or
// touches it; a letter left out; two neighbouring letters swapped. A first
// letter left out or added makes another name (Ali, Wali), and a letter
// for one far from it on the keyboard is another name more often than a
// slip (Jan, Dan).
func slipOf(q, n string) bool {
	if len(n) < minSlip || len(n) > maxSlip || !maySlip(q) || !maySlip(n) {
		return false
	}
	var qb, nb [maxSlip + 1]byte
	return slipBytes(lowerASCII(qb[:0], q), lowerASCII(nb[:0], n))
}

// lowerASCII appends s, of letters a to z in either case, to b in
// lower case.
func lowerASCII(b []byte, s string) []byte {
	for i := range len(s) {
		b = append(b, s[i]|0x20)
	}
	return b
}

// slipBytes is slipOf for words x and y in lower case.
func slipBytes(x, y []byte) bool {
	p := 0 // the first position where they differ
	for p < min(len(x), len(y)) && x[p] == y[p] {
		p++
	}
	switch len(x) - len(y) {
	case 0:
		if p == len(x) {
			return false // the same word
		}
		if string(x[p+1:]) == string(y[p+1:]) {
			return neighbours(x[p], y[p])
		}
		return p+1 < len(x) && x[p] == y[p+1] && x[p+1] == y[p] && string(x[p+2:]) == string(y[p+2:])
	case 1: // a letter of x added: the one before typed twice, or a key that touches one beside it
		if p == 0 || string(x[p+1:]) != string(y[p:]) {
			return false
		}
		c := x[p]
		return c == x[p-1] || neighbours(c, x[p-1]) || p+1 < len(x) && (c == x[p+1] || neighbours(c, x[p+1]))
	case -1: // a letter of y left out
		return p > 0 && string(x[p:]) == string(y[p+1:])
	}
	return false
}

// slipSimilarity returns the similarity of a slip of keys qk and nk: that
// of their keys, whatever the floor of a pair, at most slipSim; 0 when
// they have nothing in common.
func slipSimilarity(qk, nk string) float64 {
	return min(similarityAbove(qk, nk, 0), slipSim)
}

// packSlip returns word, of at most maxSlip+1 letters a to z in lower
// case, as a number: five bits a letter, a to z as 1 to 26, so that words
// of different lengths differ.
func packSlip(word []byte) uint32 {
	var x uint32
	for _, c := range word {
		x = x<<5 | uint32(c-'a'+1)
	}
	return x
}

// unpackSlip appends to b the word that packSlip packed as x.
func unpackSlip(b []byte, x uint32) []byte {
	n := len(b)
	for ; x != 0; x >>= 5 {
		b = append(b, byte(x&31)-1+'a')
	}
	slices.Reverse(b[n:])
	return b
}

// eachSlipKey calls f with the keys under which the index files a word
// of a name that a slip may be of, and looks up a word of a query that may
// be a slip: the word packed, and the word with each letter left out.
// One typing error leaves the two words a key in common: a letter typed
// for another, the words without it; two letters swapped, the words
// without the one and the other of them; a letter added to or left out
// of the one, the one without it and the other.
func eachSlipKey(word []byte, f func(uint32)) {
	f(packSlip(word))
	var b [maxSlip + 1]byte
	for i := range word {
		d := append(append(b[:0], word[:i]...), word[i+1:]...)
		f(packSlip(d))
	}
}

// neighbours reports whether keys a and b, lower-case letters, touch on
// a QWERTY keyboard (see keyboardNeighbours).
func neighbours(a, b byte) bool {
	return keyboardNeighbours[a-'a']>>(b-'a')&1 != 0
}

// keyboardNeighbours holds, for each letter, the letters whose keys touch
// its key on a QWERTY keyboard (the US and UK layouts), as bits: those
// beside it on its row, and those of the rows above and below that share
// an edge with it. A QWERTZ or AZERTY keyboard moves a few letters, whose
// slips it misses.
var keyboardNeighbours = func() (t [26]uint32) {
	rows := [3]string{"qwertyuiop", "asdfghjkl", "zxcvbnm"}
	link := func(a, b byte) {
		t[a-'a'] |= 1 << (b - 'a')
		t[b-'a'] |= 1 << (a - 'a')
	}
	for r, row := range rows {
		for i := range len(row) {
			if i+1 < len(row) {
				link(row[i], row[i+1])
			}
			// Each row is set off half a key to the right of the one
			// above: key i touches keys i and i+1 of the row above.
			if r > 0 {
				above := rows[r-1]
				for _, k := range [2]int{i, i + 1} {
					if k < len(above) {
						link(row[i], above[k])
					}
				}
			}
		}
	}
	return t
}()
