package screen

import (
	"cmp"
	"math"
	"math/bits"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/acquis-eu/acquis/sanctions"
)

// The constants of the score; the package documentation explains them.
const (
	// alpha weighs a word of the query that meets no word of the alias;
	// betaPerson and betaOrganisation weigh a word of the alias that meets
	// no word of the query.
	alpha            = 0.35
	betaPerson       = 0.2
	betaOrganisation = 1.0
	// oneWordCap caps the score of an alias of several name words of which
	// the query meets one only, and of an alias whose last name the query
	// does not meet.
	oneWordCap = 0.75
	// weakFactor multiplies the score of a weak alias.
	weakFactor = 0.85
	// idRaise: an identity number match takes the score s to
	// 1 - (1-s)*idRaise.
	idRaise = 1 - idMatchFloor
)

// A query is a Query made ready for scoring.
type query struct {
	Query
	toks      []token
	total     float64 // the sum of the tokens' weights
	birth     partialDate
	hasBirth  bool
	country   string
	id        string
	bonusMax  float64 // the most the qualifiers can add
	typeValid bool
}

func prepare(q Query) *query {
	p := &query{Query: q}
	p.toks = tokens(q.Name, "")
	if len(p.toks) > maxTokens {
		p.toks = p.toks[:maxTokens]
	}
	for _, t := range p.toks {
		p.total += t.weight
	}
	p.birth, p.hasBirth = q.BirthDate.d, !q.BirthDate.IsZero()
	if p.hasBirth {
		p.bonusMax += bonusBirthDay
	}
	p.country = q.Country.code
	if p.country != "" {
		p.bonusMax += bonusCountry
	}
	if id := normalID(q.IDNumber); len(id) >= minIDLength {
		p.id = id
	}
	p.typeValid = q.Type.IsValid()
	return p
}

// A rowFunc returns the similarities of vocabulary token v with each of
// the query's tokens, in their order: 0 or less when they are not within
// reach or alike less than 0.7 (floorTwentieths); nil when none is. The slice is only
// good until the next call.
type rowFunc func(v uint32) []float64

// pairSim is the similarity of two tokens as the scorer counts it: 0 for
// words of different kinds (a particle does not pair with a name word) and
// for words out of reach.
func pairSim(q, v *token) float64 {
	if q.weight != v.weight || !reach(q, v) {
		return 0
	}
	return tokenSim(q, v)
}

type pair struct {
	i, j int // token of the query, token of the name
	s    float64
}

// An alignment is how the words of a query meet those of one name.
type alignment struct {
	pairs        []pair // the pairs taken
	score        float64
	capped, weak bool
	lastMissed   bool   // the alias's last name is not met
	firstMissed  bool   // the alias's first name is not met
	matchedQ     uint64 // bit i: query token i has a pair
	matchedN     uint64 // bit j: name token j has a pair
}

// align pairs the query's tokens with the name's greedily, the most alike
// first, and scores the name:
//
//	score = Σ min(wq, wn)·s / (Σ wq matched + alpha·Σ wq unmatched + beta·Σ wn unmatched)
//
// capped at oneWordCap when the name has two name words or more and the
// query meets only one, or when the query meets none of the name's first
// or last name, and multiplied by weakFactor for a weak alias.
func (ix *Index) align(q *query, n *nameInfo, org bool, rows rowFunc, a *alignment) {
	toks := ix.toks[n.first:n.end]
	a.pairs = a.pairs[:0]
	for j, t := range toks {
		for i, s := range rows(t.vocab) {
			if s > 0 {
				a.pairs = append(a.pairs, pair{i, j, s})
			}
		}
	}
	// Most alike first; ties by position, so that the result is
	// deterministic.
	ps := a.pairs
	for x := 1; x < len(ps); x++ {
		for y := x; y > 0 && pairBefore(ps[y], ps[y-1]); y-- {
			ps[y], ps[y-1] = ps[y-1], ps[y]
		}
	}
	a.matchedQ, a.matchedN = 0, 0
	k := 0
	var num, wqMatched float64
	sigPairs := 0
	for _, p := range ps {
		if a.matchedQ&(1<<p.i) != 0 || a.matchedN&(1<<p.j) != 0 {
			continue
		}
		a.matchedQ |= 1 << p.i
		a.matchedN |= 1 << p.j
		ps[k] = p
		k++
		wq, wn := q.toks[p.i].weight, ix.vocab[toks[p.j].vocab].weight
		num += min(wq, wn) * p.s
		wqMatched += wq
		if wq == weightName && wn == weightName {
			sigPairs++
		}
	}
	a.pairs = ps[:k]
	var wnUnmatched float64
	sigNames := 0
	for j, t := range toks {
		w := ix.vocab[t.vocab].weight
		if w == weightName {
			sigNames++
		}
		if a.matchedN&(1<<j) == 0 {
			wnUnmatched += w
		}
	}
	beta := betaPerson
	if org {
		beta = betaOrganisation
	}
	den := wqMatched + alpha*(q.total-wqMatched) + beta*wnUnmatched
	a.score, a.capped, a.weak = 0, false, n.weak
	if den > 0 {
		a.score = num / den
	}
	a.lastMissed = n.last != 0 && a.matchedN&n.last == 0
	a.firstMissed = n.given != 0 && a.matchedN&n.given == 0
	if (sigNames >= 2 && sigPairs <= 1 || a.lastMissed || a.firstMissed) && a.score > oneWordCap {
		a.score, a.capped = oneWordCap, true
	}
	if n.weak {
		a.score *= weakFactor
	}
}

func pairBefore(a, b pair) bool {
	if a.s != b.s {
		return a.s > b.s
	}
	if a.i != b.i {
		return a.i < b.i
	}
	return a.j < b.j
}

// scoreEntity returns the best name score among the names of entity ei,
// or among those of names when it is not nil (indexes in ix.names of some
// of the entity's names, in increasing order), and the index of that
// name, -1 if none scores above 0.
func (ix *Index) scoreEntity(q *query, ei int, names []uint32, rows rowFunc, a *alignment) (float64, int) {
	org := ix.entities[ei].Type == sanctions.Organisation
	best, bestName := 0.0, -1
	try := func(ni uint32) {
		n := &ix.names[ni]
		if n.dup {
			return
		}
		ix.align(q, n, org, rows, a)
		if a.score > best {
			best, bestName = a.score, int(ni)
		}
	}
	if names != nil {
		for _, ni := range names {
			try(ni)
		}
		return best, bestName
	}
	info := &ix.ents[ei]
	for ni := info.first; ni < info.end; ni++ {
		try(ni)
	}
	return best, bestName
}

// qualify applies the query's qualifiers to a name score.
func (ix *Index) qualify(q *query, ei int, nameScore float64, qs *[]Qualifier) float64 {
	info := &ix.ents[ei]
	s := nameScore
	if q.hasBirth && len(info.births) > 0 {
		d, with, agrees := compareBirth(q.birth, info.births)
		s += d
		if qs != nil {
			*qs = append(*qs, Qualifier{Field: "birth date", Query: q.birth.String(), Listed: with.String(), Agrees: agrees, Delta: d})
		}
	}
	if q.country != "" && len(info.countries) > 0 {
		agrees := contains(info.countries, q.country)
		d := 0.0
		if agrees {
			d = bonusCountry
		}
		s += d
		if qs != nil {
			listed := q.country
			if !agrees {
				listed = strings.Join(info.countries, ", ")
			}
			*qs = append(*qs, Qualifier{Field: "country", Query: q.country, Listed: listed, Agrees: agrees, Delta: d})
		}
	}
	var hit *idNumber
	if q.id != "" && len(info.ids) > 0 {
		for k := range info.ids {
			if info.ids[k].norm == q.id {
				hit = &info.ids[k]
				break
			}
		}
		if hit == nil {
			s -= malusID
		}
		if qs != nil {
			qual := Qualifier{Field: "id number", Query: q.IDNumber, Agrees: hit != nil}
			if hit != nil {
				qual.Listed = idText(hit.id)
			} else {
				qual.Delta = -malusID
				var ls []string
				for _, x := range info.ids {
					ls = append(ls, x.norm)
				}
				qual.Listed = strings.Join(ls, ", ")
			}
			*qs = append(*qs, qual)
		}
	}
	s = min(max(s, 0), 1)
	if hit != nil {
		s = 1 - (1-s)*idRaise
	}
	return s
}

func idText(x *sanctions.Identification) string {
	s := x.Number
	if t := cmp.Or(x.TypeDescription, x.TypeCode); t != "" {
		s += " (" + t + ")"
	}
	return s
}

// Scan returns the entities whose score for q is at least threshold,
// sorted by score, highest first, then by ID; a NaN threshold gives none.
// It scores every name of the index, the plain way: it is the baseline
// that Search equals.
func (ix *Index) Scan(q Query, threshold float64) []Match {
	if math.IsNaN(threshold) {
		return nil
	}
	p := prepare(q)
	row := make([]float64, len(p.toks))
	rows := func(v uint32) []float64 {
		for i := range p.toks {
			row[i] = pairSim(&p.toks[i], &ix.vocab[v])
		}
		return row
	}
	var a alignment
	var ms []Match
	for ei := range ix.entities {
		if m, ok := ix.match(p, ei, nil, threshold, rows, &a); ok {
			ms = append(ms, m)
		}
	}
	sortMatches(ms)
	return ms
}

// match scores entity ei, on the given names as scoreEntity does, and
// returns its Match when the score reaches threshold.
func (ix *Index) match(q *query, ei int, names []uint32, threshold float64, rows rowFunc, a *alignment) (Match, bool) {
	e := ix.entities[ei]
	if q.typeValid && e.Type != q.Type {
		return Match{}, false
	}
	nameScore, best := ix.scoreEntity(q, ei, names, rows, a)
	score := ix.qualify(q, ei, nameScore, nil)
	if score < threshold || (best < 0 && score == 0) {
		return Match{}, false
	}
	m := Match{Entity: e, Score: score, NameScore: nameScore}
	ix.qualify(q, ei, nameScore, &m.Qualifiers)
	if best >= 0 {
		n := &ix.names[best]
		ix.align(q, n, e.Type == sanctions.Organisation, rows, a)
		m.Entity = ix.version(ei, n)
		m.Alias = m.Entity.Names[n.alias]
		m.Tokens = ix.pairs(q, n, a)
	}
	m.Reason = ix.reason(q, &m, best, a)
	return m, true
}

// pairs returns the pairs of an alignment in the order of the query.
func (ix *Index) pairs(q *query, n *nameInfo, a *alignment) []Pair {
	ps := a.pairs
	slices.SortFunc(ps, func(x, y pair) int { return cmp.Or(x.i-y.i, x.j-y.j) })
	out := make([]Pair, len(ps))
	for k, p := range ps {
		out[k] = Pair{Query: q.toks[p.i].word, Name: ix.toks[int(n.first)+p.j].word, Score: p.s}
	}
	return out
}

func (ix *Index) reason(q *query, m *Match, best int, a *alignment) string {
	b := make([]byte, 0, 160)
	num := func(x float64) { b = strconv.AppendFloat(b, x, 'f', 2, 64) }
	signed := func(x float64) {
		if x >= 0 {
			b = append(b, '+')
		}
		num(x)
	}
	if best < 0 {
		b = append(b, "no name in common"...)
	} else {
		n := &ix.names[best]
		b = append(b, "alias "...)
		b = strconv.AppendQuote(b, m.Alias.Full())
		b = append(b, " ("...)
		b = append(b, cmp.Or(m.Alias.Language, "no language")...)
		if n.weak {
			b = append(b, ", weak: ×"...)
			num(weakFactor)
		}
		b = append(b, "): "...)
		for k, p := range m.Tokens {
			if k > 0 {
				b = append(b, ", "...)
			}
			b = append(b, p.Query...)
			b = append(b, '~')
			b = append(b, p.Name...)
			b = append(b, ' ')
			num(p.Score)
		}
		if len(m.Tokens) == 0 {
			b = append(b, "no word in common"...)
		}
		// The words without a pair, each once.
		list := func(label string, words func(int) (string, bool), n int) {
			first, last := true, ""
			for k := range n {
				w, unmatched := words(k)
				if !unmatched || (!first && w == last) {
					continue
				}
				if first {
					b = append(b, label...)
				} else {
					b = append(b, ", "...)
				}
				b = append(b, w...)
				first, last = false, w
			}
		}
		list("; query words unmatched: ", func(i int) (string, bool) { return q.toks[i].word, a.matchedQ&(1<<i) == 0 }, len(q.toks))
		toks := ix.toks[n.first:n.end]
		list("; alias words unmatched: ", func(j int) (string, bool) { return toks[j].word, a.matchedN&(1<<j) == 0 }, len(toks))
		switch {
		case a.capped && a.lastMissed:
			b = append(b, "; last name "...)
			b = strconv.AppendQuote(b, m.Alias.Last)
			b = append(b, " not met: at most "...)
			num(oneWordCap)
		case a.capped && a.firstMissed:
			b = append(b, "; first name "...)
			b = strconv.AppendQuote(b, m.Alias.First)
			b = append(b, " not met: at most "...)
			num(oneWordCap)
		case a.capped:
			b = append(b, "; one name word in common only: at most "...)
			num(oneWordCap)
		}
		b = append(b, "; name score "...)
		num(m.NameScore)
	}
	for _, x := range m.Qualifiers {
		b = append(b, "; "...)
		b = append(b, x.Field...)
		b = append(b, ' ')
		b = appendPrintable(b, x.Query)
		switch {
		case x.Field == "id number" && x.Agrees:
			b = append(b, " is listed: "...)
			b = appendPrintable(b, x.Listed)
			b = append(b, ", score raised to "...)
			num(m.Score)
		case x.Field == "id number":
			b = append(b, " is not among the listed "...)
			b = appendPrintable(b, x.Listed)
			b = append(b, " ("...)
			signed(x.Delta)
			b = append(b, ')')
		default:
			if x.Agrees {
				b = append(b, " agrees with "...)
			} else {
				b = append(b, " differs from "...)
			}
			b = appendPrintable(b, x.Listed)
			b = append(b, " ("...)
			if x.Delta == 0 {
				b = append(b, "no effect"...)
			} else {
				signed(x.Delta)
			}
			b = append(b, ')')
		}
	}
	return string(b)
}

// appendPrintable appends s, or s as a Go string literal when it holds a
// character that is not printable (a control character, a mark that
// reorders text, invalid UTF-8), so that a Reason is safe to print: the
// identity numbers of a list or a query are copied into it.
func appendPrintable(b []byte, s string) []byte {
	for _, r := range s {
		if !strconv.IsPrint(r) || r == utf8.RuneError {
			return strconv.AppendQuote(b, s)
		}
	}
	return append(b, s...)
}

func sortMatches(ms []Match) {
	slices.SortStableFunc(ms, func(a, b Match) int {
		return cmp.Or(cmp.Compare(b.Score, a.Score), cmp.Compare(a.Entity.ID, b.Entity.ID))
	})
}

// Search returns the entities whose score for q is at least threshold,
// sorted by score, highest first, then by ID: the same matches as Scan,
// found through the index.
//
// The index gives, for each word of the query, the words of the list
// within reach of it, and the names that hold them. A name is scored only
// when what the index tells of it leaves it a chance to reach threshold;
// the package documentation gives the bound. When threshold is so low that
// a name with no word in common could reach it, Search scans.
func (ix *Index) Search(q Query, threshold float64) []Match {
	p := prepare(q)
	t := threshold - p.bonusMax
	switch {
	case threshold > 1 || math.IsNaN(threshold) || len(ix.entities) == 0:
		return nil // no score exceeds 1
	case t <= 0:
		return ix.Scan(q, threshold)
	}
	m := len(p.toks)
	sc := ix.getScratch(m)
	defer ix.putScratch(sc)

	// For each query token, the vocabulary within reach and alike enough,
	// the most alike first, and the number of names they lead to.
	upper, size, order, essential := sc.perToken(m)
	for i := range p.toks {
		qt := &p.toks[i]
		if v, ok := ix.vocabID[vocabKey{qt.key, qt.abjad}]; ok {
			sc.hits[i] = append(sc.hits[i], ix.near[ix.nearStart[v]:ix.nearStart[v+1]]...)
		} else {
			sc.hits[i] = ix.reached(qt, sc.hits[i], func(v uint32) bool {
				r := sc.row(v, m)
				if r[i] >= 0 {
					return false
				}
				r[i] = 0
				return true
			})
		}
		for _, h := range sc.hits[i] {
			sc.row(h.v, m)[i] = h.s
			size[i] += int(ix.postStart[h.v+1] - ix.postStart[h.v])
		}
		if len(sc.hits[i]) > 0 {
			upper[i] = sc.hits[i][0].s
		}
	}

	// An alias whose words meet query tokens of weights w with
	// similarities s scores at most X / (alpha·total + (1-alpha)·X), where
	// X = Σ w·s (see the package documentation); it reaches t only if X
	// reaches need. Tokens are left out, the largest postings first, while
	// the sum of their w·upper stays below need: every entity that can
	// reach t then meets one of the others, the essential tokens.
	need := t * alpha * p.total / (1 - t*(1-alpha))
	need -= 1e-9 * (1 + need) // a margin for rounding: never too few candidates
	slices.SortStableFunc(order, func(x, y int) int { return size[y] - size[x] })
	var left float64
	for _, i := range order {
		if x := p.toks[i].weight * upper[i]; left+x < need {
			left += x
		} else {
			essential[i] = true
		}
	}

	// The candidates: the names the essential tokens lead to, each with
	// its X and the number of query tokens that meet one of its name
	// words with a name word, to which the other tokens then add.
	meet := func(i int, h hit, c *candidate, tg uint32, mask uint32) {
		if c.tok != tg { // else met through a more alike word
			c.tok = tg
			c.acc += p.toks[i].weight * h.s
		}
		c.pos |= mask
		if p.toks[i].weight == weightName && ix.vocab[h.v].weight == weightName && c.sigTok != tg {
			c.sigTok = tg
			c.sigs++
		}
	}
	for i := range p.toks {
		if !essential[i] {
			continue
		}
		tg := sc.nextToken()
		for _, h := range sc.hits[i] {
			for k := ix.postStart[h.v]; k < ix.postStart[h.v+1]; k++ {
				ni := ix.postings[k]
				c := &sc.names[ni]
				if c.stamp != sc.gen {
					*c = candidate{stamp: sc.gen}
					sc.cands = append(sc.cands, ni)
				}
				meet(i, h, c, tg, ix.postMask[k])
			}
		}
	}
	// The other tokens add to the candidates they meet. A token that leads
	// to many more names than there are candidates is not followed: it
	// counts first as meeting every candidate once, at its best; the
	// candidates that cannot reach t even so are dropped, and for the
	// others the name's own words say what it really meets.
	skipped := sc.skipped[:0]
	var skipX, skipSig float64
	for i := range p.toks {
		if essential[i] || upper[i] == 0 {
			continue
		}
		if size[i] > 8*len(sc.cands)+256 {
			skipped = append(skipped, i)
			skipX += p.toks[i].weight * upper[i]
			if p.toks[i].weight == weightName {
				skipSig++
			}
			continue
		}
		tg := sc.nextToken()
		for _, h := range sc.hits[i] {
			for k := ix.postStart[h.v]; k < ix.postStart[h.v+1]; k++ {
				if c := &sc.names[ix.postings[k]]; c.stamp == sc.gen {
					meet(i, h, c, tg, ix.postMask[k])
				}
			}
		}
	}
	sc.skipped = skipped
	keep := sc.cands[:0]
	bestS := sc.best(m)
	for _, ni := range sc.cands {
		c := &sc.names[ni]
		n := &ix.names[ni]
		if !ix.canReach(p, n, c, skipX, float64(len(skipped)), int(skipSig), t, need) {
			continue
		}
		if len(skipped) > 0 {
			for _, i := range skipped {
				bestS[i] = 0
			}
			sigHit := uint64(0)
			for j, tk := range ix.toks[n.first:n.end] {
				r := sc.rowOf(tk.vocab, m)
				if r == nil {
					continue
				}
				for _, i := range skipped {
					if s := r[i]; s > 0 {
						bestS[i] = max(bestS[i], s)
						c.pos |= 1 << min(j, 31)
						if p.toks[i].weight == weightName && tk.weight == weightName {
							sigHit |= 1 << i
						}
					}
				}
			}
			for _, i := range skipped {
				c.acc += p.toks[i].weight * bestS[i]
			}
			c.sigs += int32(bits.OnesCount64(sigHit))
			if !ix.canReach(p, n, c, 0, 0, 0, t, need) {
				continue
			}
		}
		keep = append(keep, ni)
	}
	slices.Sort(keep)

	var a alignment
	rows := func(v uint32) []float64 { return sc.rowOf(v, m) }
	var ms []Match
	// An identity number match may raise any score: those entities are
	// scored on all their names.
	byID := ix.ids[p.id]
	for _, e := range byID {
		if mt, ok := ix.match(p, int(e), nil, threshold, rows, &a); ok {
			ms = append(ms, mt)
		}
	}
	for k := 0; k < len(keep); {
		e := ix.names[keep[k]].entity
		j := k + 1
		for j < len(keep) && ix.names[keep[j]].entity == e {
			j++
		}
		if !slices.Contains(byID, e) {
			if mt, ok := ix.match(p, int(e), keep[k:j], threshold, rows, &a); ok {
				ms = append(ms, mt)
			}
		}
		k = j
	}
	sortMatches(ms)
	return ms
}

// canReach reports whether name n, as far as candidate c tells, with
// other tokens that may add otherX to its X, meet otherMet more of its
// positions and otherSig more of its name words, may score t or more.
//
// X bounds the numerator of the score; the positions met bound the weight
// of the name's matched words, so that the others are unmatched and add
// beta times their weight to the denominator; and when the query meets one
// name word only of a name of several, or none of its last name, the score
// is capped.
func (ix *Index) canReach(p *query, n *nameInfo, c *candidate, otherX, otherMet float64, otherSig int, t, need float64) bool {
	x := c.acc + otherX
	if x < need {
		return false
	}
	pm := c.pos
	ceiling := 1.0
	if n.weak {
		ceiling = weakFactor
	}
	sig, minor := bits.OnesCount32(pm&n.sigMask), bits.OnesCount32(pm&n.minorMask)
	sigPairs := min(int(c.sigs), sig) + otherSig
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
	bound := x / (alpha*p.total + (1-alpha)*x + beta*max(n.weight-met, 0))
	if n.weak {
		bound *= weakFactor
	}
	return min(bound, ceiling) >= t-1e-9
}

// A candidate is what a search knows of a name that the query's tokens
// lead to.
type candidate struct {
	stamp  uint32  // the search's gen when a candidate of this search
	tok    uint32  // the last token generation that met it
	sigTok uint32  // the last token generation that met a name word of it
	pos    uint32  // the positions the query's tokens meet, as bits
	acc    float64 // X: the sum of weight·similarity of the query tokens it meets
	sigs   int32   // the query's name words that meet one of its name words
}

// A hit is a vocabulary token within reach of a query token, and their
// similarity.
type hit struct {
	v uint32
	s float64
}

// A scratch holds what one search needs per vocabulary token and per
// entity; the Index keeps them in a pool.
type scratch struct {
	slot    []int32     // per vocabulary token: 1 + its row in rows, 0 for none
	touched []uint32    // the vocabulary tokens with a row
	rows    []float64   // rows of m similarities, -1 when not computed
	hits    [][]hit     // per query token
	names   []candidate // per name
	cands   []uint32
	skipped []int
	// per query token
	bestS, upper []float64
	size, order  []int
	essential    []bool
	gen          uint32
	tgen         uint32
}

func (ix *Index) getScratch(m int) *scratch {
	sc, _ := ix.pool.Get().(*scratch)
	if sc == nil {
		sc = &scratch{slot: make([]int32, len(ix.vocab)), names: make([]candidate, len(ix.names))}
	}
	sc.gen++
	if sc.gen == 0 { // wrapped: forget every stamp
		for i := range sc.names {
			sc.names[i].stamp = 0
		}
		sc.gen = 1
	}
	for len(sc.hits) < m {
		sc.hits = append(sc.hits, nil)
	}
	return sc
}

// perToken returns the search's slices per query token: zeros, the
// token indexes in order, and false.
func (sc *scratch) perToken(m int) (upper []float64, size, order []int, essential []bool) {
	if cap(sc.upper) < m {
		sc.upper, sc.size, sc.order, sc.essential = make([]float64, m), make([]int, m), make([]int, m), make([]bool, m)
	}
	upper, size, order, essential = sc.upper[:m], sc.size[:m], sc.order[:m], sc.essential[:m]
	for i := range m {
		upper[i], size[i], order[i], essential[i] = 0, 0, i, false
	}
	return upper, size, order, essential
}

// best returns a slice of m numbers.
func (sc *scratch) best(m int) []float64 {
	if cap(sc.bestS) < m {
		sc.bestS = make([]float64, m)
	}
	return sc.bestS[:m]
}

// nextToken returns a new token generation.
func (sc *scratch) nextToken() uint32 {
	sc.tgen++
	if sc.tgen == 0 {
		for i := range sc.names {
			sc.names[i].tok, sc.names[i].sigTok = 0, 0
		}
		sc.tgen = 1
	}
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
