package screen

import (
	"cmp"
	"math"
	"math/bits"
	"slices"
	"strings"
)

// Search returns the entities whose score for q is at least threshold,
// sorted by score, highest first, then by ID: the same matches as Scan,
// found through the index.
//
// The index gives, for each word of the query, the words of the list
// within reach of it, and the names that hold them; for the words of the
// query joined, and split, the words of the list they are. A name is
// scored only when what the index tells of it leaves it a chance to reach
// threshold; the package documentation gives the bound. When threshold is
// so low that a name with no word in common could reach it, Search scans.
func (ix *Index) Search(q Query, threshold float64) []Match {
	p := prepare(q)
	defer p.release()
	t := threshold - p.bonusMax
	switch {
	case threshold > 1 || math.IsNaN(threshold) || len(ix.entities) == 0:
		return nil // no score exceeds 1
	case t <= 0:
		return ix.Scan(q, threshold)
	}
	ix.bind(p)
	sc := ix.getScratch(p.width)
	defer ix.putScratch(sc)
	// The entities with a listed identity number of the query are scored
	// on all their names in every form: every row is needed.
	all := len(ix.ids[p.id]) > 0
	kept := make([][]uint32, len(p.forms))
	for k, f := range p.forms {
		tf := t / f.factor
		if tf > 1 {
			if all {
				ix.lookupTokens(f, sc, math.Inf(-1))
			}
			continue
		}
		need := math.Inf(-1)
		if !all {
			need = needOf(f, tf)
		}
		if ix.lookupTokens(f, sc, need) {
			kept[k] = ix.candidates(f, sc, tf)
		}
		// The acronyms the form is, whose score is acronymFactor (less for
		// a weak alias).
		if len(f.toks) == 1 && f.kind != formAcronym && acronymFactor >= tf {
			for _, ni := range ix.acronyms[acronymLetters(f.toks[0].word)] {
				if !ix.names[ni].weak || acronymFactor*weakFactor >= tf {
					kept[k] = append(kept[k], ni)
				}
			}
			// After the names with words: sort by entity.
			slices.SortFunc(kept[k], func(a, b uint32) int {
				return cmp.Or(cmp.Compare(ix.names[a].entity, ix.names[b].entity), cmp.Compare(a, b))
			})
		}
	}
	return ix.scoreKept(p, kept, threshold, sc)
}

// lookupTokens finds, for each token of form f, the vocabulary tokens
// within reach and alike enough, the most alike first, and fills the rows
// of similarities. It stops, and reports false, as soon as what the
// tokens found and those left can add to the X of a name (see candidates)
// falls below need: no name can then reach the threshold in f. The words
// the vocabulary holds, whose neighbours are at hand, are looked up
// first; then the others, those with fewer readings first. The name words
// each token may be a slip of are looked up before, apart (sc.slips).
func (ix *Index) lookupTokens(f *qform, sc *scratch, need float64) bool {
	m := len(sc.hits)
	// The most X can be: each token at its best hit, 1 until it is looked
	// up, and the entries beside the tokens' own.
	left := f.total + f.besideTokens()
	// The slips, whose words are filed apart.
	for i := range f.toks {
		if f.slips&(1<<i) != 0 {
			c := f.off + i
			sc.slips[c] = ix.slipHits(&f.toks[i], sc.slips[c][:0])
			if hs := sc.slips[c]; len(hs) > 0 {
				left += f.toks[i].weight * hs[0].s
			}
		}
	}
	order := sc.order[:0]
	for i := range f.toks {
		c, qt := f.off+i, &f.toks[i]
		v, ok := ix.vocabOf(qt)
		if !ok {
			order = append(order, i)
			continue
		}
		sc.hits[c] = append(sc.hits[c], ix.near[ix.nearStart[v]:ix.nearStart[v+1]]...)
		left -= qt.weight * (1 - sc.fill(c, m))
	}
	slices.SortStableFunc(order, func(x, y int) int { return cmpInt(readings(&f.toks[x]), readings(&f.toks[y])) })
	sc.order = order
	for _, i := range order {
		if left < need {
			return false
		}
		c, qt := f.off+i, &f.toks[i]
		sc.hits[c] = ix.reached(qt, sc.hits[c], func(v uint32) bool {
			r := sc.row(v, m)
			if r[c] >= 0 {
				return false
			}
			r[c] = 0
			return true
		})
		left -= qt.weight * (1 - sc.fill(c, m))
	}
	return left >= need
}

// fill writes the similarities of the hits of column c in their rows, of
// m columns, and returns the best of them, 0 for none.
func (sc *scratch) fill(c, m int) float64 {
	hs := sc.hits[c]
	for _, h := range hs {
		sc.row(h.v, m)[c] = h.s
	}
	if len(hs) == 0 {
		return 0
	}
	return hs[0].s
}

// readings returns the number of readings of t by which the index looks
// up the words within its reach.
func readings(t *token) int {
	n := 1 + len(t.alts)
	if t.plain != "" {
		n++
	}
	return n
}

// An entryKind tells what an entry of a search stands for.
type entryKind uint8

const (
	entryToken   entryKind = iota // a word of the query
	entrySplit                    // a word of the query, split into two words of the list
	entryJoin                     // words of the query joined into a word of the list
	entrySlip                     // a word of the query that may be a slip of a short name word (see pairSlips)
	entryInitial                  // an initial of the query, which may stand for any given name
)

// An entry is what may add to the numerator of the score of a name: a
// word of the query, or its words split or joined, or an initial, with
// its weight, the best similarity it may count, and the words of the list
// it leads to (none for an initial, which the index cannot follow).
type entry struct {
	kind   entryKind
	tok    int // the query's token, for entryToken
	weight float64
	upper  float64
	hits   []hit
	size   int  // the names the hits lead to
	sig    bool // it may pair a name word with a name word
	// letters are the letters an initial may stand for, as bits (see
	// initialLetters), for entryInitial.
	letters uint32
	// met is the weight of the positions of a name it may meet, and sigs
	// the number of its name words; other is the weight of the positions
	// it meets beyond those its hits give (the other word of a split).
	met   float64
	sigs  int
	other float32
}

// entries returns the entries of form f.
func (ix *Index) entries(f *qform, sc *scratch) []entry {
	es := sc.entries[:0]
	add := func(e entry) {
		for _, h := range e.hits {
			e.size += int(ix.postStart[h.v+1] - ix.postStart[h.v])
		}
		es = append(es, e)
	}
	for i := range f.toks {
		t := &f.toks[i]
		hs := sc.hits[f.off+i]
		// A title may pair a name word: the title read as a family name
		// after the article (titleAsName); and so may a word of a place
		// (see weightPlace). A company form, which weighs as a title does,
		// only makes the bound looser.
		sig := t.weight == weightName || t.weight == weightTitle || t.weight == weightPlace
		e := entry{kind: entryToken, tok: i, weight: t.weight, hits: hs, sig: sig, met: weightName, sigs: 1}
		if len(hs) > 0 {
			e.upper = hs[0].s
		}
		add(e)
		if f.split&(1<<i) != 0 {
			var hs []hit
			if t.abjad {
				hs = ix.abjadSplitHits(t, nil)
			} else {
				hs = ix.splitHits(t.key, nil)
			}
			if len(hs) > 0 {
				add(entry{kind: entrySplit, weight: t.weight, upper: joinSim, hits: hs, sig: t.weight == weightName, met: 2 * weightName, sigs: 2, other: weightName})
			}
		}
		if t.flags&tokInitial != 0 {
			add(entry{kind: entryInitial, weight: t.weight, upper: initialSim, size: math.MaxInt, sig: true, met: weightName, sigs: 1,
				letters: initialLetters(t.first, t.key)})
		}
		if hs := sc.slips[f.off+i]; len(hs) > 0 {
			add(entry{kind: entrySlip, weight: t.weight, upper: hs[0].s, hits: hs, sig: true, met: weightName, sigs: 1})
		}
	}
	for _, jn := range f.joins {
		var hs []hit
		for _, k := range jn.keys {
			for _, v := range ix.keyVocab[k] {
				hs = append(hs, hit{v, joinSim})
			}
		}
		if len(hs) > 0 {
			add(entry{kind: entryJoin, weight: jn.weight, upper: joinSim, hits: hs, sig: true, met: weightName, sigs: 1})
		}
	}
	sc.entries = es
	return es
}

// besideTokens returns the most that the entries of f beside its tokens'
// own can add to the X of a name, as entries makes them: a split at
// joinSim and an initial at initialSim of its token's weight, a join at
// joinSim of its words'. lookupTokens bounds X with it before the entries
// are made.
func (f *qform) besideTokens() float64 {
	x := 0.0
	for i := range f.toks {
		t := &f.toks[i]
		if f.split&(1<<i) != 0 {
			x += t.weight * joinSim
		}
		if t.flags&tokInitial != 0 {
			x += t.weight * initialSim
		}
	}
	for _, jn := range f.joins {
		x += jn.weight * joinSim
	}
	return x
}

// splitHits appends to hs the vocabulary tokens that key splits into:
// for each way of writing key as two keys joined (see joinsTo) that the
// list has both of, the tokens of the key that leads to fewer names. A
// name that holds both holds that one: following it finds the name, and
// the other key's position is allowed for (entry.other).
func (ix *Index) splitHits(key string, hs []hit) []hit {
	// As joinsTo reads a split: key[:p], each a splitPart, and a word of
	// which key[p:] is one of joinForms: key[p:]; key[p-1:], when the two
	// share the letter at p-1 (the doubled letter folding makes single);
	// key[p:] with or without the vowel of otherVowel, which reads either
	// way.
	// And key[:p] in each of its firstForms, the first word as the list
	// writes it (Fazlur, Fazal ur).
	for p := 1; p < len(key); p++ {
		o, _ := otherVowel(key[p:])
		for _, lk := range firstForms(key[:p]) {
			left := ix.splitVocab(lk)
			if lk == "" || left == nil {
				continue
			}
			for _, right := range [3]string{key[p:], key[p-1:], o} {
				rv := ix.splitVocab(right)
				if rv == nil {
					continue
				}
				l := left
				if ix.postingsOf(rv) < ix.postingsOf(l) {
					l = rv
				}
				for _, v := range l {
					hs = append(hs, hit{v, joinSim})
				}
			}
		}
	}
	// A name and Allah or Ullah written apart (see isAllah), which the key
	// of the word theophoric reads ends with; the name with its i written
	// e too, as theophoricStem reads it i.
	stem, ok := strings.CutSuffix(key, allahKey)
	if !ok {
		return hs
	}
	stems := [3]string{stem}
	if len(stem) >= 2 && stem[0] == 'i' && theophoricStem("e"+stem[1:]) == stem {
		stems[1] = "e" + stem[1:]
	}
	stems[2] = firstForms(stem)[1] // Fazal Ullah, Fazlullah
	for _, a := range stems {
		for _, b := range [2]string{allahKey, ullahKey} {
			left, rv := ix.keyVocab[a], ix.keyVocab[b]
			if a == "" || left == nil || rv == nil || !isAllah(a, b) {
				continue
			}
			if ix.postingsOf(rv) < ix.postingsOf(left) {
				left = rv
			}
			for _, v := range left {
				hs = append(hs, hit{v, joinSim})
			}
		}
	}
	return hs
}

// splitVocab returns the vocabulary tokens of key k that may be one of
// the two words a word of the query is joined from (see splitPart): all
// of them for a key of minPart letters or more, the name words for a key
// of one letter.
func (ix *Index) splitVocab(k string) []uint32 {
	vs := ix.keyVocab[k]
	if len(k) >= minPart || vs == nil {
		return vs
	}
	var out []uint32
	for _, v := range vs {
		if splitPart(k, ix.vocab[v].weight) {
			out = append(out, v)
		}
	}
	return out
}

// postingsOf returns the number of names the vocabulary tokens vs lead
// to.
func (ix *Index) postingsOf(vs []uint32) int {
	n := 0
	for _, v := range vs {
		n += int(ix.postStart[v+1] - ix.postStart[v])
	}
	return n
}

// candidates returns the names (indexes in ix.names, in increasing order)
// that form f of a query may score t or more in, as far as the index
// tells: all the names but those that cannot.
//
// An alias whose words meet entries of weights w with similarities s
// scores at most X / (alpha·total + (1-alpha)·X), where X = Σ w·s (see the
// package documentation); it reaches t only if X reaches need. Entries
// are left out, those that lead to most names first, while the sum of
// their w·upper stays below need: every name that can reach t then meets
// one of the others, the essential entries. An initial, which the index
// cannot follow, is never essential. A slip, which the index follows,
// leads to few names: it is left out by its size, as a word is, since
// leaving it out first would spend on it the X that lets the words that
// lead to most names be left out.
func (ix *Index) candidates(f *qform, sc *scratch, t float64) []uint32 {
	es := ix.entries(f, sc)
	need := needOf(f, t)
	// Initials are left out first: a name is met through an initial only
	// when a name word of the query meets one of its name words (see
	// score), so that a name that can reach t meets an essential entry
	// even when the initials could give all of need.
	order := sc.order[:0]
	var left float64
	for k := range es {
		if es[k].kind == entryInitial {
			left += es[k].weight * es[k].upper
		} else {
			order = append(order, k)
		}
	}
	slices.SortStableFunc(order, func(x, y int) int { return cmpInt(es[y].size, es[x].size) })
	sc.order = order
	essential := sc.essential(len(es))
	for _, k := range order {
		if f.kind == formTitled {
			// A form read with a title counts only for the names where
			// one of the words so read pairs with a title.
			essential[k] = es[k].kind == entryToken && f.toks[es[k].tok].flags&tokTitleTypo != 0
			continue
		}
		if x := es[k].weight * es[k].upper; left+x < need {
			left += x
		} else {
			essential[k] = true
		}
	}
	sc.cands = sc.cands[:0]
	sc.nextSearch()
	for k := range es {
		if essential[k] {
			ix.follow(&es[k], sc, true)
		}
	}
	return ix.filter(f, es, essential, sc, t, need)
}

func cmpInt(a, b int) int { return a - b }

// needOf returns the X that a name needs to score t or more in form f,
// less a margin for rounding, so that no name that can is left out.
func needOf(f *qform, t float64) float64 {
	need := t * alpha * f.total / (1 - t*(1-alpha))
	return need - 1e-9*(1+need)
}

// follow adds what entry e tells to the names its hits lead to: to every
// one of them when add is set (they become candidates), else to the
// candidates only.
func (ix *Index) follow(e *entry, sc *scratch, add bool) {
	m := meeting{tok: sc.nextEntry()}
	if e.kind == entrySplit {
		m.splits = 1
	}
	names, marks := sc.names, sc.marks
	for _, h := range e.hits {
		m.x = float32(e.weight * h.s)
		m.sig = e.sig && ix.vocab[h.v].weight == weightName
		lo, hi := ix.postStart[h.v], ix.postStart[h.v+1]
		posts := ix.postings[lo:hi]
		masks := ix.postMask[lo:hi]
		masks = masks[:len(posts)]
		if add {
			for k, ni := range posts {
				c := &names[ni]
				if w, b := ni/64, uint64(1)<<(ni%64); marks[w]&b == 0 {
					marks[w] |= b
					*c = candidate{}
					sc.cands = append(sc.cands, ni)
				}
				c.meet(&m, masks[k])
			}
			continue
		}
		for k, ni := range posts {
			if marks[ni/64]&(1<<(ni%64)) != 0 {
				names[ni].meet(&m, masks[k])
			}
		}
	}
}

// A meeting is what a hit of an entry adds to the names it leads to.
type meeting struct {
	tok    uint32  // the entry generation
	x      float32 // weight·similarity
	sig    bool    // it pairs a name word with a name word
	splits uint8   // 1 for a split, whose both words may be name words, else 0
}

// meet adds m to candidate c, met at the positions of mask.
func (c *candidate) meet(m *meeting, mask uint32) {
	if c.tok != m.tok { // else met through a more alike word
		c.tok = m.tok
		c.acc += m.x
		c.sigMet = false
		c.splits += m.splits
	}
	c.pos |= mask
	if m.sig && c.sigs < math.MaxUint16-1 && (m.splits != 0 || !c.sigMet) {
		c.sigMet = true
		c.sigs += 1 + uint16(m.splits)
	}
}

// filter adds the entries that are not essential to the candidates, and
// returns the candidates that may reach t, in increasing order. An entry
// that leads to many more names than there are candidates is not
// followed: it counts first as meeting every candidate once, at its best;
// the candidates that cannot reach t even so are dropped, and for the
// others the name's own words say what a word of the query really meets.
func (ix *Index) filter(f *qform, es []entry, essential []bool, sc *scratch, t, need float64) []uint32 {
	skipped := sc.skipped[:0]
	var other, allow allowance // skipped words, and what the other skipped entries may add
	// The initials, which no name can meet but by a name word that begins
	// with the letter (see pairInitials): what they may add is allowed to
	// a name only when it has one (nameInfo.initials).
	inits := sc.inits[:0]
	for k := range es {
		e := &es[k]
		if essential[k] || e.upper == 0 {
			continue
		}
		if e.kind != entryInitial && e.size <= 4*len(sc.cands)+256 {
			ix.follow(e, sc, false)
			continue
		}
		a := &allow
		switch e.kind {
		case entryToken:
			skipped = append(skipped, e.tok)
			a = &other
		case entryInitial:
			inits = append(inits, k)
			continue
		}
		a.add(e)
	}
	sc.skipped, sc.inits = skipped, inits
	var allInits allowance
	for _, k := range inits {
		allInits.add(&es[k])
	}
	// Every entry that is followed has been: the marks of the candidates
	// are cleared for the next form, before keep writes over them.
	for _, ni := range sc.cands {
		sc.marks[ni/64] = 0
	}
	keep := sc.cands[:0]
	names := sc.names
	for _, ni := range sc.cands {
		c := &names[ni]
		if c.x()+other.x+allow.x+allInits.x < need { // canReach's first test, which most candidates fail
			continue
		}
		n := &ix.names[ni]
		rest := allow // the skipped entries but words, and the initials the name may meet
		if len(inits) > 0 {
			if n.initials == ^uint32(0) {
				rest.plus(allInits)
			} else {
				for _, k := range inits {
					if es[k].letters&n.initials != 0 {
						rest.add(&es[k])
					}
				}
			}
		}
		all := rest
		all.plus(other)
		if !ix.canReach(f, n, c, all.x, all.met, all.sig, t, need) {
			continue
		}
		if len(skipped) > 0 {
			ix.addSkipped(f, n, c, skipped, sc)
			if !ix.canReach(f, n, c, rest.x, rest.met, rest.sig, t, need) {
				continue
			}
		}
		keep = append(keep, ni)
	}
	slices.Sort(keep)
	return slices.Clone(keep)
}

// An allowance is what entries not followed may add to a candidate.
type allowance struct {
	x, met float64
	sig    int
}

// add adds to a what entry e may add.
func (a *allowance) add(e *entry) {
	a.x += e.weight * e.upper
	a.met += e.met
	if e.sig {
		a.sig += e.sigs
	}
}

// plus adds b to a.
func (a *allowance) plus(b allowance) {
	a.x += b.x
	a.met += b.met
	a.sig += b.sig
}

// addSkipped adds to candidate c what the skipped words of the query
// meet in name n, read from the name's own words.
func (ix *Index) addSkipped(f *qform, n *nameInfo, c *candidate, skipped []int, sc *scratch) {
	bestS := sc.best(len(f.toks))
	for _, i := range skipped {
		bestS[i] = 0
	}
	sigHit := uint64(0)
	for j, tk := range ix.toks[n.first:n.end] {
		r := sc.rowOf(tk.vocab, len(sc.hits))
		if r == nil {
			continue
		}
		r = r[f.off : f.off+len(f.toks)]
		for _, i := range skipped {
			if s := r[i]; s > 0 {
				bestS[i] = max(bestS[i], s)
				c.pos |= 1 << min(j, 31)
				if f.toks[i].weight == weightName && tk.weight == weightName {
					sigHit |= 1 << i
				}
			}
		}
	}
	for _, i := range skipped {
		c.acc += float32(f.toks[i].weight * bestS[i])
	}
	c.addSigs(bits.OnesCount64(sigHit))
}

// scoreKept scores the entities of the names kept for each form, and of
// the identity number of the query, and returns those that reach
// threshold.
func (ix *Index) scoreKept(p *query, kept [][]uint32, threshold float64, sc *scratch) []Match {
	a := &sc.align
	var mt Match
	rows := func(v uint32) []float64 { return sc.rowOf(v, p.width) }
	ms := sc.matches[:0]
	// An identity number match may raise any score: those entities are
	// scored on all their names.
	byID := ix.ids[p.id]
	for _, e := range byID {
		if ix.match(p, int(e), nil, threshold, rows, a, &mt) {
			ms = append(ms, mt)
		}
	}
	pos := make([]int, len(kept))
	names := make([][]uint32, len(kept))
	for {
		// The next entity of the names kept, over all forms.
		e := uint32(math.MaxUint32)
		for k, ns := range kept {
			if pos[k] < len(ns) {
				e = min(e, ix.names[ns[pos[k]]].entity)
			}
		}
		if e == math.MaxUint32 {
			break
		}
		for k, ns := range kept {
			j := pos[k]
			for j < len(ns) && ix.names[ns[j]].entity == e {
				j++
			}
			names[k] = ns[pos[k]:j]
			pos[k] = j
		}
		if !slices.Contains(byID, e) {
			if ix.match(p, int(e), names, threshold, rows, a, &mt) {
				ms = append(ms, mt)
			}
		}
	}
	out := sortedMatches(ms, &sc.sorted)
	clear(ms) // let go of the entities and strings
	sc.matches = ms[:0]
	return out
}

// canReach reports whether name n, as far as candidate c tells, with
// other entries that may add otherX to its X, meet otherMet more of its
// positions and otherSig more of its name words, may score t or more in
// form f.
//
// X bounds the numerator of the score; the positions met bound the weight
// of the name's matched words, so that the others are unmatched and add
// beta times their weight to the denominator; and when the query meets one
// name word only of a name of several, or none of its last name, the score
// is capped.
func (ix *Index) canReach(f *qform, n *nameInfo, c *candidate, otherX, otherMet float64, otherSig int, t, need float64) bool {
	x := c.x() + otherX
	if x < need || f.kind == formAcronym && !ix.isAcronym(f, n) {
		return false
	}
	pm := c.pos
	factor := 1.0
	if n.weak {
		factor = weakFactor
	}
	ceiling := factor
	sig, minor := bits.OnesCount32(pm&n.sigMask), bits.OnesCount32(pm&n.minorMask)
	// The other word of a split is a name word whose position pm does
	// not hold.
	splitWords := int(c.splits)
	otherMet += float64(splitWords) * weightName
	sigPairs := min(int(c.sigs), sig+splitWords) + otherSig
	short := otherMet == 0 && n.end-n.first <= 32 // pm tells every position met
	lastMissed := short && n.last != 0 && pm&uint32(n.last) == 0
	firstMissed := short && n.given != 0 && pm&uint32(n.given) == 0
	if n.sig >= 2 && sigPairs <= 1 || lastMissed || firstMissed {
		ceiling *= oneWordCap
	}
	if ceiling < t-1e-9 {
		return false
	}
	// The weight of the positions met: name words, minor words, and
	// titles or company forms (weight 0.1) for the rest.
	met := otherMet + float64(sig)*weightName + float64(minor)*weightMinor +
		float64(bits.OnesCount32(pm)-sig-minor)*max(weightTitle, weightCompany)
	if n.end-n.first > 32 {
		met = n.weight
	}
	beta := betaPerson
	if n.org {
		beta = betaOrganisation
	}
	bound := factor * x / (alpha*f.total + (1-alpha)*x + beta*max(n.weight-met, 0))
	return min(bound, ceiling) >= t-1e-9
}

// A candidate is what a search knows of a name that the query's tokens
// lead to. It takes 16 bytes, so that the candidates of every name of a
// list of 40,000 names fit in a core's second-level cache: following the
// postings of a word writes candidates all over them.
type candidate struct {
	// tok is the last entry generation that met it, 0 when none: a
	// candidate is made anew when its name is marked (see scratch.marks).
	tok uint32
	pos uint32 // the positions the query's entries meet, as bits
	// acc is X, the sum of weight·similarity of the entries it meets, in
	// single precision: x bounds it from above.
	acc    float32
	sigs   uint16 // the query's name words that meet one of its name words (at most MaxUint16: more allows no more)
	splits uint8  // the splits of a query's word it meets (see canReach): at most maxTokens
	sigMet bool   // entry tok met a name word of it
}

// accSlack bounds the rounding of a candidate's acc: it sums at most
// maxEntrySums terms in single precision, each term and each sum rounded
// by at most 2⁻²⁴ of itself (the terms are not negative), so that
// acc·accSlack is never less than the exact sum and the bounds that use it
// never leave out a name that can reach the threshold. A form of at most
// maxTokens words has fewer entries (a word, its split and its initial,
// and joins of two to four words: at most 378) and skipped words.
const (
	maxEntrySums = 1 << 10
	accSlack     = 1 + 2*2*maxEntrySums*0x1p-24
)

// A form's entries (three per word and three joins per word at most) and
// its skipped words (one per word) are at most maxEntrySums.
const _ uint = maxEntrySums - 7*maxTokens

// x returns an upper bound of the candidate's X.
func (c *candidate) x() float64 { return float64(c.acc) * accSlack }

// addSigs adds n to c.sigs, stopping at the largest uint16: sigs only
// ever allows a name more (see canReach).
func (c *candidate) addSigs(n int) {
	c.sigs = uint16(min(int(c.sigs)+n, math.MaxUint16))
}

// A hit is a vocabulary token within reach of a query token, and their
// similarity.
type hit struct {
	v uint32
	s float64
}

// A scratch holds what one search needs per vocabulary token and per
// name; the Index keeps them in a pool.
type scratch struct {
	slot    []int32     // per vocabulary token: 1 + its row in rows, 0 for none
	touched []uint32    // the vocabulary tokens with a row
	rows    []float64   // rows of similarities with each token of the query, -1 when not computed
	hits    [][]hit     // per query token
	slips   [][]hit     // per query token: the name words it may be a slip of
	names   []candidate // per name
	// marks has a bit per name, set while it is a candidate of the form
	// searched: a name that is not is told by it without reading the
	// candidate, whose array is much larger than a core's first-level
	// cache, when entries not essential are followed (see follow).
	marks   []uint64
	cands   []uint32
	skipped []int
	inits   []int // the entries of initials not followed (see filter)
	entries []entry
	matches []Match    // the matches of a search, before they are sorted
	align   alignments // the alignments of a search, whose slices serve the next
	sorted  []int32
	order   []int
	ess     []bool
	bestS   []float64
	tgen    uint32 // the last entry generation
}

func (ix *Index) getScratch(m int) *scratch {
	sc, _ := ix.pool.Get().(*scratch)
	if sc == nil {
		sc = &scratch{slot: make([]int32, len(ix.vocab)), names: make([]candidate, ix.words), marks: make([]uint64, (ix.words+63)/64)}
	}
	sc.hits, sc.slips = growHits(sc.hits, m), growHits(sc.slips, m)
	return sc
}

// nextSearch begins the candidates of a search. The generations of its
// entries begin again from 1 when those of a search might not fit: a
// candidate made anew has none (see candidate.tok).
func (sc *scratch) nextSearch() {
	if sc.tgen > math.MaxUint32-maxEntrySums {
		sc.tgen = 0
	}
}

// essential returns n false values.
func (sc *scratch) essential(n int) []bool {
	if cap(sc.ess) < n {
		sc.ess = make([]bool, n)
	}
	sc.ess = sc.ess[:n]
	clear(sc.ess)
	return sc.ess
}

// best returns a slice of m numbers.
func (sc *scratch) best(m int) []float64 {
	if cap(sc.bestS) < m {
		sc.bestS = make([]float64, m)
	}
	return sc.bestS[:m]
}

// nextEntry returns a new entry generation. A search has at most
// maxEntrySums entries (see accSlack), so that the generations of a
// search never wrap (see nextSearch).
func (sc *scratch) nextEntry() uint32 {
	sc.tgen++
	return sc.tgen
}

func (ix *Index) putScratch(sc *scratch) {
	for _, v := range sc.touched {
		sc.slot[v] = 0
	}
	sc.touched = sc.touched[:0]
	sc.rows = sc.rows[:0]
	sc.cands = sc.cands[:0]
	for i := range sc.hits {
		sc.hits[i] = sc.hits[i][:0]
	}
	for i := range sc.slips {
		sc.slips[i] = sc.slips[i][:0]
	}
	ix.pool.Put(sc)
}

// row returns the row of vocabulary token v, making it if needed.
func (sc *scratch) row(v uint32, m int) []float64 {
	if k := sc.slot[v]; k > 0 {
		off := int(k-1) * m
		return sc.rows[off : off+m]
	}
	sc.touched = append(sc.touched, v)
	sc.slot[v] = int32(len(sc.touched))
	off := len(sc.rows)
	for range m {
		sc.rows = append(sc.rows, -1)
	}
	return sc.rows[off : off+m]
}

// rowOf returns the similarities of vocabulary token v with the query's
// tokens (negative for none), or nil when no query token reaches it.
func (sc *scratch) rowOf(v uint32, m int) []float64 {
	k := sc.slot[v]
	if k == 0 {
		return nil
	}
	off := int(k-1) * m
	return sc.rows[off : off+m]
}

// growHits returns hs with m lists of hits at least, the lists it had
// kept, so that their arrays serve again.
func growHits(hs [][]hit, m int) [][]hit {
	for len(hs) < m {
		hs = append(hs, nil)
	}
	return hs[:m]
}
