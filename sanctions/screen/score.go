package screen

import (
	"cmp"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
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
	// the query meets one only, of an alias whose last name the query
	// does not meet, and of the conflicts the alignment finds (an initial
	// of another given name, gendered forms, a genealogy in another order,
	// another family or tribal name).
	oneWordCap = 0.75
	// weakFactor multiplies the score of a weak alias.
	weakFactor = 0.85
	// joinSim is the similarity of words joined on one side and apart on
	// the other (Goodwill, Good Will); initialSim that of an initial and
	// the given name it stands for.
	joinSim    = 0.95
	initialSim = 0.8
	// numbersFactor multiplies the score when the query and the alias
	// each have a number the other lacks (Sam Jong 1, Sam Jong 2).
	numbersFactor = 0.5
	// idRaise: an identity number match takes the score s to
	// 1 - (1-s)*idRaise.
	idRaise = 1 - idMatchFloor
	// maxJoined bounds the words of the query joined into one.
	maxJoined = 4
)

// maxForms bounds the forms of a query's name (see query.forms).
const maxForms = 8

// A query is a Query made ready for scoring.
type query struct {
	Query
	// forms are the names the query gives: the name as written (without
	// the other names it carries), its former or other names, and its
	// acronyms.
	forms     []*qform
	width     int       // the tokens of all forms: the width of a row of similarities
	acronyms  [2]string // the acronyms of the name, which bind adds as forms (see acronymsOf)
	birth     partialDate
	hasBirth  bool
	country   string
	id        string
	bonusMax  float64 // the most the qualifiers can add
	typeValid bool
	// bufs holds the tokens of the forms read from the name, until
	// release.
	bufs *tokenBuf
}

// release gives back the tokens of p's forms for another query: p is not
// to be used after.
func (p *query) release() {
	b := p.bufs
	clear(b.toks) // let go of the strings
	b.toks = b.toks[:0]
	b.forms, b.formPtrs = [maxForms]qform{}, [maxForms]*qform{}
	b.q = query{} // p itself
	tokenBufs.Put(b)
}

// A formKind tells what a form of a name is.
type formKind uint8

const (
	formName      formKind = iota // the name as written
	formOther                     // a former or other name it carries
	formAcronym                   // its acronym
	formTitled                    // a form before it with its words one typo from a title read as the title
	formSplit                     // a form before it with a word split into two words of the index (see splitForms)
	formKanaSplit                 // a form before it with a word in kana split in two (see kanaSplits)
	formInitials                  // a form before it with a company form of two dotted letters read as two initials (see dottedInitials)
)

// A qform is one form of the name of a query.
type qform struct {
	kind   formKind
	text   string // the form as written, for reasons
	toks   []token
	off    int     // the column of its first token in a row
	total  float64 // the sum of its tokens' weights
	inits  bool    // it has initials
	factor float64 // acronymFactor for an acronym, joinSim for a split, else 1
	// splitAt is, in a form of kind formSplit, the first of the two words
	// split from one (see splitForms), or of the three when split3 is set.
	splitAt int
	split3  bool
	// split and joins are set by the index searched (bind): the tokens
	// whose key may be two words of a name joined, and the joins of its
	// words whose key is a word of a name.
	split uint64
	joins []join
	// slips are the tokens that may be slips of a name word (see bind).
	slips uint64
	// flags are the flags of its tokens, or-ed; nums is set when one
	// writes a number.
	flags uint8
	nums  bool
	// abdAllah is set when it holds Allah after abd (see allahAlone).
	abdAllah bool
}

// A join is a run of words of a query joined into one: two neighbours, or
// three or four joined by hyphens (Chan-o-cha). Its keys are the
// concatenations of its words' keys and readings.
type join struct {
	from, to int // the tokens toks[from:to]
	keys     []string
	weight   float64
}

func prepare(q Query) *query {
	b := tokenBufs.Get().(*tokenBuf)
	p := &b.q
	*p = query{Query: q, bufs: b, forms: b.formPtrs[:0]}
	// A query that is not a person's may name an organisation: it may
	// give a name in quotation marks and end with a place.
	mayBeOrg := q.Type != sanctions.Person
	var parts []string
	if mayBeOrg {
		parts, _ = orgNameParts(q.Name)
	} else {
		parts = nameParts(q.Name)
	}
	for k, part := range parts {
		kind := formName
		if k > 0 {
			kind = formOther
		}
		start := len(p.bufs.toks)
		p.bufs.toks = appendTokens(p.bufs.toks, &p.bufs.scan, part, "")
		end := len(p.bufs.toks)
		if mayBeOrg {
			markPlace(p.bufs.toks[start:end])
		}
		p.addForm(kind, part, p.bufs.toks[start:end:end])
	}
	for _, f := range p.forms {
		if ts, ok := titled(f.toks); ok {
			p.addForm(formTitled, f.text, ts)
		}
	}
	for _, f := range p.forms[:len(p.forms)] { // not the forms it adds
		if ts, ok := dottedInitials(f.toks); ok {
			p.addForm(formInitials, f.text, ts)
		}
	}
	for _, f := range p.forms[:len(p.forms)] { // not the forms it adds
		if f.kind == formName || f.kind == formOther {
			p.kanaSplits(f)
		}
	}
	if len(p.forms) > 0 && p.forms[0].kind == formName {
		p.acronyms = acronymsOf(p.forms[0].toks)
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

// kanaSplits adds to p, for each way kanaSplitNames splits form f, a
// form of kind formKanaSplit.
func (p *query) kanaSplits(f *qform) {
	for _, ts := range kanaSplitNames(f.toks) {
		p.addForm(formKanaSplit, f.text, ts)
	}
}

// dottedInitials returns ts with each company form of two letters written
// with a dot after each (A.G., S.A., A.O.) read as the two initials it
// may as well be, and whether there is one: a name written as a surname
// and the initials of its given name and patronymic (Lukashenko A.G.,
// Иванов С.А.) is not a company.
func dottedInitials(ts []token) ([]token, bool) {
	k := slices.IndexFunc(ts, func(t token) bool { return t.flags&tokDotted != 0 })
	if k < 0 {
		return nil, false
	}
	out := make([]token, 0, len(ts)+2)
	for _, t := range ts {
		if t.flags&tokDotted == 0 {
			out = append(out, t)
			continue
		}
		for _, c := range []byte(t.raw) {
			x := tokens(string(c)+".", "")[0]
			x.word = t.word
			out = append(out, x)
		}
	}
	return out, true
}

// kanaSplitNames returns the names that a name of tokens ts gives with
// one of its words in kana split in two: katakana writes as one word what
// the Latin letters of a list may write as two. In a name of two words or
// more, a word splits at each boundary of its morae (see kanaBoundaries),
// as katakana writes the syllables of a Korean given name as one word
// (キム・ヨジョン, Kim Yo Jong; ジョンウン, Jong Un); a name of one word
// splits only after アル, the Arabic article it begins with (アルカイダ,
// Al-Qaida).
func kanaSplitNames(ts []token) [][]token {
	var out [][]token
	for i := range ts {
		t := &ts[i]
		if !t.kana {
			continue
		}
		rs := []rune(t.word)
		for _, k := range kanaBoundaries(rs) {
			if len(ts) == 1 && (k != 2 || string(rs[:2]) != "アル") {
				continue
			}
			a, b := tokens(string(rs[:k]), ""), tokens(string(rs[k:]), "")
			if len(a) != 1 || len(b) != 1 {
				continue
			}
			split := make([]token, 0, len(ts)+1)
			out = append(out, append(append(append(split, ts[:i]...), a[0], b[0]), ts[i+1:]...))
		}
	}
	return out
}

// maxKanaMorae bounds the morae of a word in kana that kanaSplitNames
// splits: a bound on the forms of a query and the names of the index that
// one word gives (7 at most), not a rule of the script. The Korean given
// names of pairs.tsv are three and four morae (ヨジョン, ジョンウン).
const maxKanaMorae = 8

// kanaBoundaries returns the positions in rs, a word in kana, where one
// syllable may end and the next begin: before a mora that is not a small
// kana, the long vowel mark or ン, and not after ッ, which belongs to the
// mora after it. A small kana and the long vowel mark are no mora of
// their own, and ン and ッ end a syllable, as the Cabinet's notices on the
// writing of kana and of loanwords (現代仮名遣い, 1986; 外来語の表記, 1991)
// write them. A word of fewer than three morae or more than maxKanaMorae
// has none.
func kanaBoundaries(rs []rune) []int {
	var at []int
	morae := 0
	for k, r := range rs {
		if isSmallKana(r) || r == 'ー' {
			continue
		}
		morae++
		if k == 0 || r == 'ン' || r == 'ん' || rs[k-1] == 'ッ' || rs[k-1] == 'っ' {
			continue
		}
		at = append(at, k)
	}
	if morae < 3 || morae > maxKanaMorae {
		return nil
	}
	return at
}

// addForm adds a form of the query's name, unless it has no token or its
// tokens are those of a form before it.
func (p *query) addForm(kind formKind, text string, ts []token) {
	if len(ts) > maxTokens {
		ts = ts[:maxTokens]
	}
	if len(ts) == 0 || len(p.forms) >= maxForms {
		return
	}
	for _, f := range p.forms {
		if slices.EqualFunc(f.toks, ts, func(a, b token) bool { return a.key == b.key && a.weight == b.weight }) {
			return
		}
	}
	f := &p.bufs.forms[len(p.forms)]
	*f = qform{kind: kind, text: text, toks: ts, off: p.width, factor: 1}
	switch kind {
	case formAcronym:
		f.factor = acronymFactor
	case formSplit, formKanaSplit:
		f.factor = joinSim
	}
	for _, t := range ts {
		f.total += t.weight
		f.inits = f.inits || t.flags&tokInitial != 0
		f.flags |= t.flags
		f.nums = f.nums || t.num != ""
	}
	f.abdAllah = abdAllah(ts)
	p.forms = append(p.forms, f)
	p.width += len(ts)
}

// joins returns the runs of ts that a query joins, each two neighbours and
// each run of three or four words joined by hyphens, whose keys joined
// (with the words' readings) is a word of the index; each
// with those keys.
func (ix *Index) joins(ts []token) []join {
	var out []join
	var buf [maxJoined * maxKeyLen]byte
	add := func(from, to int) {
		alts := false
		b := buf[:0]
		for _, t := range ts[from:to] {
			b = append(b, t.key...)
			alts = alts || len(t.alts) > 0
		}
		if !alts {
			j := join{from: from, to: to, weight: weightOf(ts[from:to])}
			if len(b) <= maxKeyLen && ix.keyVocab[string(b)] != nil {
				j.keys = []string{string(b)}
			}
			j.keys = ix.doubleJoin(j.keys, ts, from, to)
			j.keys = ix.allahJoin(j.keys, ts, from, to)
			j.keys = ix.vowelJoin(j.keys, ts, from, to)
			j.keys = abjadJoins(ix, j.keys, b)
			if len(j.keys) > 0 {
				out = append(out, j)
			}
			return
		}
		// The readings of the words, joined in every way (at most 16).
		keys := []string{""}
		for _, t := range ts[from:to] {
			var next []string
			for _, k := range keys {
				next = append(next, k+t.key)
				for _, a := range t.alts {
					if a.f == 1 && len(next) < 16 {
						next = append(next, k+a.key)
					}
				}
			}
			keys = next
		}
		j := join{from: from, to: to, weight: weightOf(ts[from:to])}
		for _, k := range keys {
			if len(k) <= maxKeyLen && ix.keyVocab[k] != nil && !contains(j.keys, k) {
				j.keys = append(j.keys, k)
			}
			j.keys = abjadJoins(ix, j.keys, k)
		}
		j.keys = ix.doubleJoin(j.keys, ts, from, to)
		j.keys = ix.allahJoin(j.keys, ts, from, to)
		j.keys = ix.vowelJoin(j.keys, ts, from, to)
		if len(j.keys) > 0 {
			out = append(out, j)
		}
	}
	for i := 0; i+1 < len(ts); i++ {
		add(i, i+2)
		// A run of words joined by hyphens that begins at i.
		if i > 0 && ts[i-1].hyphen {
			continue
		}
		last := i
		for last < len(ts)-1 && ts[last].hyphen {
			last++
		}
		if n := last + 1 - i; n >= 3 && n <= maxJoined {
			add(i, last+1)
		}
		if i+3 <= len(ts) && last+1 != i+3 && syllables(ts[i:i+3]) {
			// Three syllables written apart, as a Korean name may write
			// them (Chon Ma San, Chonmasan).
			add(i, i+3)
		}
	}
	return out
}

// doubleJoin appends to keys the key of the word of the index that the
// words ts[from:to] make joined as folding reads a word (see
// appendJoined), when it differs from their keys joined as they are.
func (ix *Index) doubleJoin(keys []string, ts []token, from, to int) []string {
	var buf [maxJoined * maxKeyLen]byte
	b, plain, prev := buf[:0], 0, 0
	for _, t := range ts[from:to] {
		b = appendJoined(b, prev, t.key)
		plain += len(t.key)
		prev = len(t.key)
	}
	if len(b) == plain || len(b) > maxKeyLen || ix.keyVocab[string(b)] == nil || contains(keys, string(b)) {
		return keys
	}
	return append(keys, string(b))
}

// appendJoined appends key k to b, the keys of the words before it
// joined, the last of them prev letters long, as folding reads the word
// they make: a letter that b ends with and k begins with is written
// once, as folding makes doubled letters single (Shams ur Rahman,
// Shamsurrahman: shamsurahman), as joinForms reads two neighbours of the
// index. Not after or before
// a word of one letter, an initial, which would vanish into the word
// beside it (A. Al Kurdi).
func appendJoined(b []byte, prev int, k string) []byte {
	if prev >= 2 && len(k) >= 2 && b[len(b)-1] == k[0] {
		k = k[1:]
	}
	return append(b, k...)
}

// syllables reports whether the keys of ts are each as long as a syllable
// of Revised Romanization or pinyin may be, at most maxSyllable letters:
// words that are joined three at a time.
func syllables(ts []token) bool {
	for _, t := range ts {
		if len(t.key) > maxSyllable {
			return false
		}
	}
	return true
}

// maxSyllable is the length of the longest syllable of pinyin and Revised
// Romanization (zhuang, chuang).
const maxSyllable = 6

// abjadJoins appends to keys the keys of the words in an abjad of the
// vocabulary of ix whose skeleton is that of joined, words of the query
// joined: a word in Arabic or Hebrew script is compared by its skeleton
// (see formSim), and so is what words joined make of it.
func abjadJoins[S ~string | ~[]byte](ix *Index, keys []string, joined S) []string {
	if len(ix.abjadKeys) == 0 || len(joined) > maxKeyLen {
		return keys
	}
	var buf [maxKeyLen]byte
	sk := appendSkeleton(buf[:0], joined)
	if len(sk) < minJoinSkel {
		return keys
	}
	for _, k := range ix.abjadKeys[string(sk)] {
		if !contains(keys, k) {
			keys = append(keys, k)
		}
	}
	return keys
}

// minJoinSkel is the shortest skeleton of a word in an abjad that words of
// the query joined meet by their skeleton: three consonants, those of
// علیرضا (lrz, Ali Reza), the shortest compound given name of the tests.
// Two consonants would join most pairs of short words (Al Ali); with 3
// rather than 4, pairs.tsv, eval.tsv and the perturbed names score the
// same.
const minJoinSkel = 3

// weightOf returns the sum of the weights of ts.
func weightOf(ts []token) float64 {
	w := 0.0
	for _, t := range ts {
		w += t.weight
	}
	return w
}

// A rowFunc returns the similarities of vocabulary token v with each of
// the query's tokens, all forms in turn: 0 or less when they are not
// within reach or alike less than 0.7 (floorTwentieths); nil when none is.
// The slice is only good until the next call.
type rowFunc func(v uint32) []float64

// pairSim is the similarity of two tokens as the scorer counts it: 0 for
// words of different kinds (a particle does not pair with a name word) and
// for words out of reach; else the best of their readings, each pair of
// readings counted with the product of their factors.
func pairSim(q, v *token) float64 {
	if q.weight != v.weight && q.weight != weightPlace && v.weight != weightPlace {
		// A word of a place is compared with the word it is written as
		// where the other name does not end with it (see weightPlace).
		if syllableAsMinor(q, v) || syllableAsMinor(v, q) || titleAsName(q, v) || titleAsName(v, q) {
			return 1
		}
		return 0
	}
	best := 0.0
	kana := q.kana || v.kana
	qf, vf := q.form(), v.form()
	if formsReach(kana, qf, vf) {
		best = formSim(q, v, q.key, q.skel, v.key, v.skel, 0)
	}
	if best == 1 {
		return best
	}
	if len(q.alts) > 0 || len(v.alts) > 0 {
		try := func(a, b form) {
			if f := a.f * b.f; f > best && formsReach(kana, a, b) {
				best = max(best, f*formSim(q, v, a.key, a.skel, b.key, b.skel, best/f))
			}
		}
		for _, a := range q.alts {
			try(a, vf)
			for _, b := range v.alts {
				try(a, b)
			}
		}
		for _, b := range v.alts {
			try(qf, b)
		}
	}
	if (q.plain != "" || v.plain != "") && !q.abjad && !v.abjad && best < plainFactor {
		// A word as written meets a word as written: the other's plain, or
		// its key when it has none (it is written as its key).
		x, y, f := q.plain, v.plain, plainFactor*plainFactor
		if x == "" {
			x, f = q.key, plainFactor
		}
		if y == "" {
			y, f = v.key, plainFactor
		}
		if neighboursSwapped(x, y) {
			// Two neighbours swapped as written cost one edit, as they
			// do in keys, though folding reads the letters otherwise in
			// the other order (Lakhal, Lakahl: lahal, lakahl; Innocent,
			// Innocnet: inotsent, inoknet).
			f = 1
		}
		// Within reach, one edit keeps the first letter or the last.
		if d := len(x) - len(y); d <= 1 && d >= -1 && (x[0] == y[0] || x[len(x)-1] == y[len(y)-1]) &&
			f > best && near1(x, y, minKeyEdit) {
			best = max(best, f*wordSimilarityAbove(x, y, best/f))
		}
	}
	return best
}

// neighboursSwapped reports whether x and y differ only in two
// neighbouring letters, swapped.
func neighboursSwapped(x, y string) bool {
	if len(x) != len(y) {
		return false
	}
	i := 0
	for i < len(x) && x[i] == y[i] {
		i++
	}
	return i+1 < len(x) && x[i] == y[i+1] && x[i+1] == y[i] && x[i+2:] == y[i+2:]
}

// titleAsName reports whether title t is name word n, a title read as a
// name after the article (El Sayed, Sayed): one word, whatever their
// weights.
func titleAsName(t, n *token) bool {
	return n.titled && t.weight == weightTitle && t.key == n.key
}

// syllableAsMinor reports whether minor word m is written as name word s,
// whose key is that of a minor word: a syllable of Han or Hangul, which
// weighs as a name word, written in Latin letters where it spells a
// function word (문재인, Moon Jae-in: in; 周恩來, Chou En-lai: en). They
// are one word, whatever their weights.
func syllableAsMinor(m, s *token) bool {
	return m.weight == weightMinor && s.weight == weightName && m.key == s.key && len(m.key) >= 2 &&
		!m.abjad && !s.abjad && tables().minor[s.key]
}

// A pairKind tells how the words of a pair meet.
type pairKind uint8

const (
	pairWords     pairKind = iota // a word of the query and a word of the alias
	pairJoinQuery                 // words of the query joined, and a word of the alias
	pairJoinName                  // a word of the query, and two words of the alias joined
	pairInitial                   // an initial of the query, and a given name of the alias
	pairSlip                      // a word of the query that is no name, and a short name word it may be a slip of (see slipOf)
)

type pair struct {
	i, j int // token of the query, token of the name
	// to is the end of the query's tokens joined (pairJoinQuery), or the
	// second token of the name (pairJoinName).
	to   int
	kind pairKind
	// adj is set, for a pair of single words, when the next word of the
	// query may pair with the next word of the name, or the word before
	// with the word before.
	adj    bool
	s      float64
	qm, nm uint64 // the query's and the name's tokens it takes, as bits
}

// A conflict is what the alignment finds that the query and the alias
// disagree on, which caps the score.
type conflict uint8

const (
	noConflict conflict = iota
	conflictOneWord
	conflictLast
	conflictFirst
	conflictInitial
	conflictGender
	conflictOrder
	conflictFamily
	conflictCompound
	conflictGiven
	conflictGeneration
	conflictPlace
	conflictPlaceWord
)

// An alignment is how the words of a query meet those of one name.
type alignment struct {
	pairs    []pair   // the pairs taken
	byQuery  []uint64 // pairWords' masks, for a query of many words
	alt      []pair   // pairWords' pairs in another order
	score    float64
	weak     bool
	conflict conflict // the reason of a cap, if any
	qx, nx   int      // the tokens of the conflict, for reasons
	numbers  bool     // the query and the alias have numbers that differ
	matchedQ uint64   // bit i: query token i has a pair
	matchedN uint64   // bit j: name token j has a pair
}

// set makes a a copy of b, in a's own slices.
func (a *alignment) set(b *alignment) {
	pairs, byQuery, alt := append(a.pairs[:0], b.pairs...), a.byQuery, a.alt
	*a = *b
	a.pairs, a.byQuery, a.alt = pairs, byQuery, alt
}

// alignments are the alignment a match works in, the best one it found,
// and the buffer its reason is written in: kept from one match to the
// next.
type alignments struct {
	cur, best alignment
	reason    []byte
}

// align pairs the words of form f with those of name n and scores the
// name:
//
//	score = Σ wq·s / (Σ wq matched + alpha·Σ wq unmatched + beta·Σ wn unmatched)
//
// capped at oneWordCap on a conflict, multiplied by numbersFactor when
// their numbers differ, by weakFactor for a weak alias and by
// acronymFactor for an acronym (whose form meets names of one word only).
// Words pair first, one to one or joined
// on one side, the most alike first (the joins first too, when a single
// pair takes a word one needs, and the heavier pairs kept); then the query's initials with the
// alias's given names left, in order.
func (ix *Index) align(f *qform, n *nameInfo, org bool, rows rowFunc, a *alignment) {
	toks := ix.toks[n.first:n.end]
	a.pairs, a.matchedQ, a.matchedN = a.pairs[:0], 0, 0
	a.conflict, a.numbers, a.score = noConflict, false, 0
	if f.kind == formAcronym && !ix.isAcronym(f, n) {
		return // an acronym meets a name of one word only, the same letters (see bind)
	}
	if n.acronym {
		// The acronym of an alias meets a query of one word that is it,
		// letter for letter.
		if len(f.toks) == 1 && f.kind != formAcronym && sameLetters(f.toks[0].word, ix.acronymKey(n)) {
			a.pairs = append(a.pairs, pair{kind: pairWords, s: 1, qm: 1})
			a.matchedQ, a.score = 1, acronymFactor*f.factor
			if n.weak {
				a.score *= weakFactor
			}
		}
		return
	}
	ix.pairWords(f, toks, rows, a)
	if f.inits {
		ix.pairInitials(f, n, toks, a)
	}
	if !org && f.slips&^a.matchedQ != 0 {
		ix.pairSlips(f, toks, a)
	}
	ix.score(f, n, toks, org, a)
}

// pairWords takes the pairs, the most alike first (see pairBefore), each
// word in one pair at most: pairs of single words, and pairs of words
// joined on one side, which are equal: a word of the query with two
// neighbouring words of the alias whose keys joined give its key
// (VLADIMIRPUTIN, Vladimir Putin), and words of the query joined with a
// word of the alias (Good Will, Goodwill). The index finds joined words
// by splitting and joining keys.
func (ix *Index) pairWords(f *qform, toks []nameTok, rows rowFunc, a *alignment) {
	m := len(f.toks)
	// byQuery[i] has bit j set when query word i and name word j may pair:
	// what tells the pairs whose neighbours pair too. Most queries have
	// few words: an array of a few is cheaper to clear than one of
	// maxTokens, and one of the alignment serves the others.
	var few [8]uint64
	byQuery := few[:]
	if m > len(few) {
		if cap(a.byQuery) < m {
			a.byQuery = make([]uint64, m)
		}
		byQuery = a.byQuery[:m]
		clear(byQuery)
	}
	for j, t := range toks {
		r := rows(t.vocab)
		if r == nil {
			continue
		}
		for i, s := range r[f.off : f.off+m] {
			if s > 0 {
				a.pairs = append(a.pairs, pair{i: i, j: j, s: s, qm: 1 << i, nm: 1 << j})
				byQuery[i] |= 1 << j
			}
		}
	}
	for x := range a.pairs {
		p := &a.pairs[x]
		p.adj = p.i+1 < m && byQuery[p.i+1]&(p.nm<<1) != 0 || p.i > 0 && byQuery[p.i-1]&(p.nm>>1) != 0
	}
	single := len(a.pairs)
	for i := range f.toks {
		if f.split&(1<<i) == 0 {
			continue
		}
		for j := 0; j+1 < len(toks); j++ {
			u, w := &ix.vocab[toks[j].vocab], &ix.vocab[toks[j+1].vocab]
			if !f.toks[i].abjad && joinsToNeighbours(f.toks[i].key, u.key, w.key, u.weight, w.weight) ||
				abjadJoinsTo(&f.toks[i], u.skel, w.skel) {
				a.pairs = append(a.pairs, pair{i: i, j: j, to: j + 1, kind: pairJoinName, s: joinSim, qm: 1 << i, nm: 3 << j})
			}
		}
	}
	for _, jn := range f.joins {
		for j := range toks {
			if contains(jn.keys, ix.vocab[toks[j].vocab].key) {
				a.pairs = append(a.pairs, pair{i: jn.from, j: j, to: jn.to, kind: pairJoinQuery, s: joinSim,
					qm: uint64(1)<<jn.to - uint64(1)<<jn.from, nm: 1 << j})
			}
		}
	}
	ps := a.pairs
	for x := 1; x < len(ps); x++ {
		for y := x; y > 0 && pairBefore(&ps[y], &ps[y-1]); y-- {
			ps[y], ps[y-1] = ps[y-1], ps[y]
		}
	}
	if single == len(ps) {
		a.pairs, a.matchedQ, a.matchedN = takePairs(ps)
		return
	}
	// Words joined on one side pair after the single words as alike: when
	// a single pair takes a word a join needs (Ehsan Ullah Ehsan, Ehsan
	// Ehsanullah: the first Ehsan with Ehsan), the joins are also taken
	// first, and the pairs that weigh more are kept.
	a.alt = append(a.alt[:0], ps...)
	taken, qm, nm := takePairs(ps)
	if joinsIn(taken) == len(a.alt)-single {
		a.pairs, a.matchedQ, a.matchedN = taken, qm, nm
		return
	}
	alt := a.alt
	slices.SortStableFunc(alt, func(x, y pair) int { return cmpInt(y.joinRank(), x.joinRank()) })
	byJoins, qm2, nm2 := takePairs(alt)
	if ix.pairsWeight(f, toks, byJoins) > ix.pairsWeight(f, toks, taken) {
		taken, qm, nm = append(ps[:0], byJoins...), qm2, nm2
	}
	a.pairs, a.matchedQ, a.matchedN = taken, qm, nm
}

// takePairs takes the pairs of ps in order, each word in one pair at
// most, and returns them, in ps, with the words of the query and of the
// name they take.
func takePairs(ps []pair) (taken []pair, qm, nm uint64) {
	k := 0
	for _, p := range ps {
		if qm&p.qm != 0 || nm&p.nm != 0 {
			continue
		}
		qm |= p.qm
		nm |= p.nm
		ps[k] = p
		k++
	}
	return ps[:k], qm, nm
}

// joinsIn returns the pairs of ps that pair words joined on one side.
func joinsIn(ps []pair) int {
	n := 0
	for _, p := range ps {
		n += p.joinRank()
	}
	return n
}

// joinRank is 1 for a pair of words joined on one side, else 0.
func (p *pair) joinRank() int {
	if p.kind == pairJoinQuery || p.kind == pairJoinName {
		return 1
	}
	return 0
}

// pairsWeight returns what the pairs ps weigh: the weights of the words
// they pair, on both sides, times their similarity.
func (ix *Index) pairsWeight(f *qform, toks []nameTok, ps []pair) float64 {
	w := 0.0
	for _, p := range ps {
		q0, q1, n0, n1 := p.span()
		for i := q0; i <= q1; i++ {
			w += p.s * f.toks[i].weight
		}
		for j := n0; j <= n1; j++ {
			w += p.s * ix.vocab[toks[j].vocab].weight
		}
	}
	return w
}

// span returns the first and last words of the query and of the name
// that p pairs.
func (p *pair) span() (q0, q1, n0, n1 int) {
	switch p.kind {
	case pairJoinQuery:
		return p.i, p.to - 1, p.j, p.j
	case pairJoinName:
		return p.i, p.i, p.j, p.to
	}
	return p.i, p.i, p.j, p.j
}

// pairBefore reports whether pair a is taken before pair b: the more
// alike first; of pairs as alike, one whose neighbours pair too, so that
// a word the query and the name write twice pairs where the words around
// it agree (the second Abd of Abd-al-Baqi A. Abdallah with that of
// Abdallah, not of Abd-al-Karim); then by kind and position, so that the
// result is deterministic.
func pairBefore(a, b *pair) bool {
	switch {
	case a.s != b.s:
		return a.s > b.s
	case a.adj != b.adj:
		return a.adj
	case a.kind != b.kind:
		return a.kind < b.kind
	case a.i != b.i:
		return a.i < b.i
	case a.j != b.j:
		return a.j < b.j
	}
	return a.to < b.to
}

// minSplitLen is the least length of a key that the alias's words joined
// may give, and minPart that of each of those words; minGapPart that of
// each of two words with words between them, as particles joined to a
// name far from them (al, bin) would split words that are no join (with
// 2, 19 of the benchmark's 1,000 queries had a split form, with 3, 6; the
// pairs, eval and perturbed names found the same). maxJoinGap is the most
// words of the alias that may stand between the two that a word of the
// query joins: a field or a handle without spaces often joins the given
// name and the family name and leaves out what stands between them, a
// patronymic or a middle name (VLADIMIRPUTIN, Vladimir Vladimirovich
// Putin).
const (
	minSplitLen = 4
	minPart     = 2
	minGapPart  = 3
	maxJoinGap  = 1
)

// allahJoin appends to keys the key of the word that ts[from:to] are, a
// name and Allah or Ullah written apart, in the index as one word, as
// theophoric reads it (Saif Ullah, Saifullah: saifala), the name in each
// of its firstForms (Fazal Ullah, Fazlullah: fazlala).
func (ix *Index) allahJoin(keys []string, ts []token, from, to int) []string {
	if to != from+2 {
		return keys
	}
	for _, a := range firstForms(ts[from].key) {
		if a == "" || !isAllah(a, ts[from+1].key) {
			continue
		}
		if k := theophoricStem(a) + allahKey; len(k) <= maxKeyLen && ix.keyVocab[k] != nil && !contains(keys, k) {
			keys = append(keys, k)
		}
	}
	return keys
}

// vowelJoin appends to keys the key of the word of the index that the
// words ts[from:to] are when the second of two is written with or without
// the vowel that transcriptions put into the last two consonants of an
// Arabic name (see otherVowel: Abu Bakr, Abubakar), or the first in its
// other firstForms (Fazal ur Rehman, Fazlur Rehman; Badar ud Din,
// Badruddin).
func (ix *Index) vowelJoin(keys []string, ts []token, from, to int) []string {
	add := func(k string) {
		if len(k) <= maxKeyLen && ix.keyVocab[k] != nil && !contains(keys, k) {
			keys = append(keys, k)
		}
	}
	if to == from+2 {
		if o, ok := otherVowel(ts[from+1].key); ok {
			add(ts[from].key + o)
		}
	}
	if o := firstForms(ts[from].key)[1]; o != "" {
		var b strings.Builder
		b.WriteString(o)
		for _, t := range ts[from+1 : to] {
			b.WriteString(t.key)
		}
		add(b.String())
	}
	return keys
}

// firstForms returns the keys that a word of key k may have as the first
// of the words a joined word is made of: k, and k with or without the
// vowel of otherVowel ("" when that does not apply), as Urdu and Pashto
// names write a name apart with the vowel and joined without it
// (odishanewsinsight.in writes Maulana Fazlullah Moulvi Fazal ullah; Fazal
// ur Rehman, Fazlur Rehman). joinsTo, allahJoin, vowelJoin, buildJoined,
// splitForms and splitHits read a join so.
func firstForms(k string) [2]string {
	o, _ := otherVowel(k)
	return [2]string{k, o}
}

// otherVowel returns key k of a word of four letters, consonant, vowel and
// two consonants (Bakr, Nasr, Fahd), with a inserted between the last two
// (Bakar, Nasar, Fahad), as transcriptions of Arabic names write it or
// not (the EU's list of 11 February 2016 gives one person, entity 533, as
// Saqr Al-Jaddawi and Saqar Al Jadawi; Malay writes Abu Bakar, Hausa
// Abubakar); or k of five letters of that form with the a written,
// without it; and whether k is of either form. The consonants are not w
// or y, which are vowels as often (Sayf, Sayyaf).
func otherVowel(k string) (string, bool) {
	consonant := func(c byte) bool { return 'a' <= c && c <= 'z' && !isVowel(c) && c != 'w' && c != 'y' }
	switch {
	case len(k) == 4 && consonant(k[0]) && isVowel(k[1]) && consonant(k[2]) && consonant(k[3]):
		return k[:3] + "a" + k[3:], true
	case len(k) == 5 && consonant(k[0]) && isVowel(k[1]) && consonant(k[2]) && k[3] == 'a' && consonant(k[4]):
		return k[:3] + k[4:], true
	}
	return "", false
}

// isAllah reports whether keys a and b are a name and Allah or Ullah
// written apart, which theophoric reads joined as a, allahKey: not abd
// and Allah, which the rules on abd read.
func isAllah(a, b string) bool {
	return (b == allahKey || b == ullahKey) && len(a) >= 3 && !particle[a]
}

// splitPart reports whether a word of key k and weight w may be one of
// the two words that a word of the query is joined from: a key of minPart
// letters or more, or a name word whose key is one letter, which is
// written with two (Ji and Yi, i: Jihoon, Ji-hoon; Oh, o).
func splitPart(k string, w float64) bool {
	return len(k) >= minPart || len(k) == 1 && w == weightName && 'a' <= k[0] && k[0] <= 'z'
}

// joinsToNeighbours reports whether the neighbouring words of keys a and
// b, of weights wa and wb, joined give q: as joinsTo reads them, or as
// theophoric reads a name and Allah, the name in each of its firstForms
// (Fazal Ullah, Fazlullah; see allahJoin).
func joinsToNeighbours(q, a, b string, wa, wb float64) bool {
	if joinsTo(q, a, b, wa, wb) {
		return true
	}
	for _, f := range firstForms(a) {
		if f != "" && isAllah(f, b) && q == theophoricStem(f)+allahKey {
			return true
		}
	}
	return false
}

// joinsTo reports whether the neighbouring words of keys a and b, of
// weights wa and wb, each a splitPart, joined give q: one of firstForms
// of a, then one of joinForms of b.
func joinsTo(q, a, b string, wa, wb float64) bool {
	if !splitPart(a, wa) || !splitPart(b, wb) {
		return false
	}
	for _, f := range firstForms(a) {
		if f == "" || !strings.HasPrefix(q, f) {
			continue
		}
		fs := joinForms(f, b, true)
		if rest := q[len(f):]; rest != "" && slices.Contains(fs[:], rest) {
			return true
		}
	}
	return false
}

// joinForms returns the keys that b, the second of two words joined after
// a word of key a, may have in the joined word: b; b without its first
// letter when a ends with it (the doubled letter that folding makes
// single); and, for neighbours, b with or without the vowel of otherVowel
// (Abu Bakr, Abubakar). A form that does not apply is "".
func joinForms(a, b string, neighbours bool) [3]string {
	fs := [3]string{b}
	if a != "" && b != "" && a[len(a)-1] == b[0] {
		fs[1] = b[1:]
	}
	if o, ok := otherVowel(b); ok && neighbours {
		fs[2] = o
	}
	return fs
}

// pairInitials pairs the initials of the query, in order, with the given
// names of the alias that no word of the query met, in order (the last
// name left out): an initial stands for the first of them, the next
// initial for the next. An initial that is not the first letter of the
// given name it would stand for is a conflict: it never stands for
// another given name.
func (ix *Index) pairInitials(f *qform, n *nameInfo, toks []nameTok, a *alignment) {
	j := 0
	for i, t := range f.toks {
		if t.flags&tokInitial == 0 || a.matchedQ&(1<<i) != 0 {
			continue
		}
		for j < len(toks) && (a.matchedN&(1<<j) != 0 || ix.vocab[toks[j].vocab].weight != weightName || n.last&(1<<j) != 0) {
			j++
		}
		if j == len(toks) {
			return
		}
		nk := ix.vocab[toks[j].vocab].key
		if t.first != toks[j].first && t.key[0] != nk[0] {
			a.conflict, a.qx, a.nx = conflictInitial, i, j
			return
		}
		nm := uint64(1) << j
		if nk == "abd" {
			// Abd and the name after it, with or without the article, are
			// one given name (Abd al-Karim, Abdelhalim, Abdallah): the
			// initial stands for all of it.
			k := j + 1
			if k < len(toks) && ix.vocab[toks[k].vocab].key == "al" {
				k++
			}
			if k < len(toks) && ix.vocab[toks[k].vocab].weight == weightName && (a.matchedN|n.last)&(1<<k) == 0 {
				nm |= uint64(1)<<(k+1) - uint64(1)<<(j+1)
				j = k
			}
		}
		a.pairs = append(a.pairs, pair{i: i, j: j, kind: pairInitial, s: initialSim, qm: 1 << i, nm: nm})
		a.matchedQ |= 1 << i
		a.matchedN |= nm
		j++
	}
}

// pairSlips pairs each word of the query that may be a slip (see bind),
// left without a pair, with the first name word of the alias left without
// one that it may be a slip of (see slipOf), at the similarity of their
// keys, at most slipSim.
func (ix *Index) pairSlips(f *qform, toks []nameTok, a *alignment) {
	for i := range f.toks {
		if (f.slips&^a.matchedQ)&(1<<i) == 0 {
			continue
		}
		q := &f.toks[i]
		for j := range toks {
			t := &toks[j]
			if a.matchedN&(1<<j) != 0 || t.weight != weightName || !slipOf(q.word, ix.word(t)) {
				continue
			}
			s := slipSimilarity(q.key, ix.vocab[t.vocab].key)
			if s <= 0 {
				continue
			}
			a.pairs = append(a.pairs, pair{i: i, j: j, kind: pairSlip, s: s, qm: 1 << i, nm: 1 << j})
			a.matchedQ |= 1 << i
			a.matchedN |= 1 << j
			break
		}
	}
}

// score scores the pairs of alignment a, and applies the caps and
// factors.
func (ix *Index) score(f *qform, n *nameInfo, toks []nameTok, org bool, a *alignment) {
	num, wqMatched, sigPairs, found := ix.tally(f, n, toks, org, a)
	// wsUnmatched: the syllables of a person's name in Han or Hangul that
	// no word met. A syllable is part of a name, not a name of its own:
	// the romanizations write a given name of two syllables as one word
	// (GB/T 16159-2012, Basic rules of the Chinese phonetic alphabet
	// orthography: Wang Jianguo; the Revised Romanization of Korean,
	// section 3, article 4: Hong Gildong), so that 李克强, Li Keqiang, is
	// not Li Qiang. It counts as a word of an organisation's name does.
	var wnUnmatched, wsUnmatched float64
	sigNames := 0
	for j, t := range toks {
		w := ix.vocab[t.vocab].weight
		if w == weightName && !ix.afterAbd(toks, j) {
			sigNames++
		}
		if a.matchedN&(1<<j) == 0 {
			if !org && t.flags&tokSyllable != 0 {
				wsUnmatched += w
			} else {
				wnUnmatched += w
			}
		}
	}
	beta := betaPerson
	if org {
		beta = betaOrganisation
	}
	den := wqMatched + alpha*(f.total-wqMatched) + beta*wnUnmatched + betaOrganisation*wsUnmatched
	for i, t := range f.toks {
		// A word read as a title counts as one only when it pairs: else it
		// is the name word it is written as.
		if t.flags&tokTitleTypo != 0 && a.matchedQ&(1<<i) == 0 {
			den += alpha * (weightName - weightTitle)
		}
	}
	a.score, a.weak = 0, n.weak
	if den > 0 {
		a.score = num / den
	}
	if found == noConflict {
		found = ix.unmatchedConflict(f, toks, a)
	}
	if found == noConflict && !org {
		found = ix.otherGiven(f, toks, a)
	}
	if found == noConflict && org {
		found = ix.otherPlace(f, toks, a)
	}
	switch {
	case n.last != 0 && a.matchedN&n.last == 0:
		a.conflict = conflictLast
	case n.given != 0 && a.matchedN&n.given == 0:
		a.conflict = conflictFirst
	case sigNames >= 2 && sigPairs <= 1:
		a.conflict = conflictOneWord
	default:
		a.conflict = found
	}
	if a.conflict != noConflict && a.score > oneWordCap {
		a.score = oneWordCap
	} else {
		a.conflict = noConflict
	}
	a.numbers = ix.numbersDiffer(f, toks, a)
	if a.numbers {
		a.score *= numbersFactor
	}
	if n.weak {
		a.score *= weakFactor
	}
	if n.acronym {
		a.score *= acronymFactor
	}
	if n.kanaSplit {
		a.score *= joinSim
	}
	a.score *= f.factor
	if f.kind == formTitled && !titlePaired(f, a) || f.kind == formSplit && !splitPaired(f, a) {
		a.score = 0
	}
}

// splitPaired reports whether the two words of form f split from one
// pair, in alignment a, with two words of the alias in order, with one to
// maxJoinGap words between them: else the form does not count. Two
// neighbours are pairJoinName's, in the form the word was split from,
// which counts the word as one word of the query.
//
// The three words of a word split in three pair with three neighbours of
// the alias, in order.
func splitPaired(f *qform, a *alignment) bool {
	j := [3]int{-1, -1, -1}
	parts := 2
	if f.split3 {
		parts = 3
	}
	for _, p := range a.pairs {
		if k := p.i - f.splitAt; p.kind == pairWords && k >= 0 && k < parts {
			j[k] = p.j
		}
	}
	if f.split3 {
		return j[0] >= 0 && j[1] == j[0]+1 && j[2] == j[0]+2
	}
	return j[0] >= 0 && j[1] >= j[0]+2 && j[1] <= j[0]+1+maxJoinGap
}

// titlePaired reports whether a word of form f read as a title pairs with
// a word of the alias in alignment a: else the form does not count.
func titlePaired(f *qform, a *alignment) bool {
	for _, p := range a.pairs {
		if p.kind == pairWords && f.toks[p.i].flags&tokTitleTypo != 0 {
			return true
		}
	}
	return false
}

// tally returns the numerator of the score of alignment a, the weight of
// the query's words paired, the pairs of name words, and the conflict
// the pairs show (or the one pairInitials found). Initials count only
// beside a pair of name words: initials alone (C. L.) name no one. The
// words of an organisation's name have no gender: a word with a added is
// a form of it (Grupa Wagnera, Wagner Group), not a feminine.
func (ix *Index) tally(f *qform, n *nameInfo, toks []nameTok, org bool, a *alignment) (num, wqMatched float64, sigPairs int, found conflict) {
	found = a.conflict
	if f.abdAllah || n.abdAllah || (f.flags|n.flags)&tokTheophoric != 0 {
		ix.dropPartPairs(f, toks, a)
	}
	named := false
	for _, p := range a.pairs {
		named = named || p.kind < pairInitial && f.toks[p.i].weight == weightName && ix.vocab[toks[p.j].vocab].weight == weightName
	}
	if !named {
		a.pairs = slices.DeleteFunc(a.pairs, func(p pair) bool {
			if p.kind >= pairInitial {
				a.matchedQ &^= p.qm
				a.matchedN &^= p.nm
				return true
			}
			return false
		})
	}
	for _, p := range a.pairs {
		wq := f.toks[p.i].weight
		wn := ix.vocab[toks[p.j].vocab].weight
		switch p.kind {
		case pairWords:
			// A title pairs a name word as titleAsName, and a word of a
			// place the word it is written as.
			if wn == weightName && (wq == weightName || wq == weightTitle || wq == weightPlace) && !ix.abdPaired(toks, p.j, a) {
				sigPairs++
				if q, n := &f.toks[p.i], &ix.vocab[toks[p.j].vocab]; found == noConflict && !org && genderedForms(q, n) {
					found, a.qx, a.nx = conflictGender, p.i, p.j
				}
			}
		case pairJoinQuery:
			wq = 0
			for k := p.i; k < p.to; k++ {
				wq += f.toks[k].weight
			}
			if wn == weightName {
				sigPairs++
			}
		case pairJoinName:
			if wq == weightName {
				for _, j := range [2]int{p.j, p.to} {
					if ix.vocab[toks[j].vocab].weight == weightName {
						sigPairs++
					}
				}
			}
		case pairInitial, pairSlip:
			sigPairs++
		}
		num += wq * p.s
		wqMatched += wq
	}
	return num, wqMatched, sigPairs, found
}

// gendered reports whether keys x and y are the masculine and feminine
// forms of one name (Ivan, Ivana; Sidorov, Sidorova; Viktor, Viktoria): the longer is the shorter with a (after a consonant
// or i) or ia added, the way Slavic and Romance feminines are formed.
func gendered(x, y string) bool {
	if len(x) < len(y) {
		x, y = y, x
	}
	if len(y) < 3 || x[len(x)-1] != 'a' { // every feminine below ends in a
		return false
	}
	if strings.HasPrefix(x, y) {
		switch x[len(y):] {
		case "a":
			c := y[len(y)-1]
			return !isVowel(c) || c == 'i'
		case "ia":
			return !isVowel(y[len(y)-1])
		}
	}
	// Slavic surnames: -ova, -eva, -ina, -ska against -ov, -ev, -in, -ski,
	// whatever else their spellings differ in (Barynova, Baranov).
	for _, s := range [...][2]string{{"ova", "ov"}, {"eva", "ev"}, {"ina", "in"}, {"ska", "ski"}, {"aia", "ii"}} {
		if strings.HasSuffix(x, s[0]) && strings.HasSuffix(y, s[1]) && len(x) > len(s[0])+2 {
			return true
		}
	}
	return false
}

// genderedForms reports whether tokens a and b are the masculine and
// feminine forms of one name: by their keys (see gendered), or, for a word
// in Hebrew or Arabic letters, whose skeleton they are compared by, by the
// letter that writes the feminine ending: a word in those letters whose
// reading ends in a written a (a final he, ta marbuta, alif or alif
// maqsura), against a word in Latin letters of the same last consonant
// that ends in it (דניאלה, Daniella, against Daniel; عزيزة, Aziza,
// against Aziz). The other way round does not tell: a final vowel is
// often not written (אלישע, Elisha).
func genderedForms(a, b *token) bool {
	if a.abjad == b.abjad {
		return gendered(a.key, b.key)
	}
	if b.abjad {
		a, b = b, a
	}
	x, y := a.key, b.key
	if len(x) < 3 || len(y) < 3 || x[len(x)-1] != 'a' || isVowel(y[len(y)-1]) {
		return false
	}
	return x[len(x)-2] == y[len(y)-1]
}

// unmatchedConflict returns the conflict of the words left unmatched: a
// genealogy in another order, or a family, tribal or place name (a word
// after the article al, a nisba) of the query and another of the alias.
func (ix *Index) unmatchedConflict(f *qform, toks []nameTok, a *alignment) conflict {
	if f.flags&(tokAfterBin|tokAfterAl) == 0 {
		return noConflict
	}
	if qx, nx, ok := ix.otherCompound(f, toks, a); ok {
		a.qx, a.nx = qx, nx
		return conflictCompound
	}
	if f.flags&tokAfterBin != 0 && ix.hasFlag(toks, tokAfterBin) {
		// Two words of the alias's genealogy (a name before or after bin)
		// that the query names in the other order: the father is named
		// as the son (Ahmad bin Hasan, Hasan bin Ahmad). A word left out,
		// a word moved that is not in the genealogy (the surname first)
		// or a particle mistyped keep the order of the others; a name
		// the genealogy repeats may pair either way.
		for x, p := range a.pairs {
			if !ix.inGenealogy(toks, p.j) {
				continue
			}
			for _, o := range a.pairs[x+1:] {
				if (p.i < o.i) != (p.j < o.j) && ix.inGenealogy(toks, o.j) && toks[p.j].vocab != toks[o.j].vocab {
					a.qx, a.nx = o.i, o.j
					return conflictOrder
				}
			}
		}
	}
	qx, nx := -1, -1
	for i, t := range f.toks {
		if a.matchedQ&(1<<i) == 0 && t.flags&tokAfterAl != 0 && t.weight == weightName {
			qx = i
		}
	}
	for j, t := range toks {
		if a.matchedN&(1<<j) == 0 && t.flags&tokAfterAl != 0 && ix.vocab[t.vocab].weight == weightName {
			nx = j
		}
	}
	if qx >= 0 && nx >= 0 {
		a.qx, a.nx = qx, nx
		return conflictFamily
	}
	return noConflict
}

// otherGiven reports whether the first name words of the query and of
// the alias, a person's, both pair with nothing: the name each begins
// with is another (Qusay Saddam Hussein Al-Tikriti is not his sister
// Raghad Saddam Hussein Al-Tikriti; Ri Pyong Chol is not Pak Pyong Chol),
// however many of the names after it, a father's and a family's, they
// share. Not when the two words are one edit apart, at any letter: a
// typo, which the reach of a short word does not pair when it takes the
// first letter (Saqr, aqr), is not another name. It sets the words in a.
func (ix *Index) otherGiven(f *qform, toks []nameTok, a *alignment) conflict {
	// The first name word, and in a name written with its family name
	// first and a comma, the first after the comma that is not a family
	// or tribal name after al, which begins the given name: the first as
	// written may be a family name before its given name (Kim Jong Un;
	// Pak, Pyong Chol), and is compared too.
	q0 := slices.IndexFunc(f.toks, func(t token) bool { return t.weight == weightName })
	n0 := slices.IndexFunc(toks, func(t nameTok) bool { return ix.vocab[t.vocab].weight == weightName })
	if q0 < 0 || n0 < 0 || q0 >= 64 || n0 >= 64 {
		return noConflict
	}
	qx, nx := q0, n0
	if c := slices.IndexFunc(f.toks, func(t token) bool { return t.flags&tokAfterComma != 0 }); c > 0 {
		if i := slices.IndexFunc(f.toks[c:], func(t token) bool { return t.weight == weightName && t.flags&tokAfterAl == 0 }); i >= 0 && c+i < 64 {
			qx = c + i
		}
	}
	if c := slices.IndexFunc(toks, func(t nameTok) bool { return t.flags&tokAfterComma != 0 }); c > 0 {
		if j := slices.IndexFunc(toks[c:], func(t nameTok) bool { return ix.vocab[t.vocab].weight == weightName && t.flags&tokAfterAl == 0 }); j >= 0 && c+j < 64 {
			nx = c + j
		}
	}
	for _, q := range [2]int{qx, q0} {
		for _, n := range [2]int{nx, n0} {
			if a.matchedQ&(1<<q) == 0 && a.matchedN&(1<<n) == 0 && !oneEdit(f.toks[q].key, ix.vocab[toks[n].vocab].key) {
				a.qx, a.nx = q, n
				return conflictGiven
			}
		}
	}
	qMet, nMet := a.matchedQ&(1<<qx) != 0, a.matchedN&(1<<nx) != 0
	qk, nk := f.toks[qx].key, ix.vocab[toks[nx].vocab].key
	if !qMet && !nMet {
		return noConflict // one edit apart: a typo
	}
	if qMet == nMet || !ix.hasFlag(toks, tokAfterAl|tokAfterBin) || qk == "abd" || nk == "abd" || muhammadKeys()[qk] || muhammadKeys()[nk] {
		// A name with abd is abd and the name after it, one name (Abdul
		// Rauf): the word after abd is not a father's name. Muhammad
		// before a name is often left out of it (Mohd Ismail, Ismail).
		return noConflict
	}
	// One side's first name pairs with the other's second: a genealogy
	// one generation apart (Barzan Ibrahim Hassan Al-Tikriti and his
	// daughter Saja Barzan Ibrahim Hasan Al-Tikriti).
	for _, p := range a.pairs {
		if p.kind != pairWords {
			continue
		}
		if qMet && p.i == qx && p.j == ix.nextName(toks, nx) || nMet && p.j == nx && p.i == nextName(f.toks, qx) {
			a.qx, a.nx = qx, nx
			return conflictGeneration
		}
	}
	return noConflict
}

// muhammadKeys are the keys of the spellings of Muhammad, which South
// Asian and Malay names put before the given name and records often
// leave out (Shaikh Mohd Ismail Abdul Rehman, Shaikh Ismail Abdul, aliases
// of one person in the EU's list of 2016).
var muhammadKeys = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, s := range []string{"Muhammad", "Muhammed", "Mohammed", "Mohammad", "Mohamed", "Mohamad", "Muhamad", "Mohd", "Muhd", "Md"} {
		m[keyOf(strings.ToLower(s), "")] = true
	}
	return m
})

// nextName returns the index of the first name word of the query's
// tokens ts after the i-th, or -1.
func nextName(ts []token, i int) int {
	for k := i + 1; k < len(ts); k++ {
		if ts[k].weight == weightName {
			return k
		}
	}
	return -1
}

// nextName returns the index of the first name word of the alias's
// tokens toks after the j-th, or -1.
func (ix *Index) nextName(toks []nameTok, j int) int {
	for k := j + 1; k < len(toks); k++ {
		if ix.vocab[toks[k].vocab].weight == weightName {
			return k
		}
	}
	return -1
}

// afterAbd reports whether token j of an alias is the name after abd
// (Abd al-Rahman, Abdullah): with abd, one name, which the one-word cap
// counts once, so that Abdullah alone does not meet Kamal Mustafa
// Abdallah as two of its names.
func (ix *Index) afterAbd(toks []nameTok, j int) bool {
	// As afterAbd reads a name's tokens, on the index's.
	return j >= 1 && followsAbd(ix.vocab[toks[j-1].vocab].key, j >= 2 && ix.vocab[toks[j-2].vocab].key == "abd")
}

// dropPartPairs drops from alignment a the pairs of single words in which
// a word meets a part of a name with God's that is no name alone:
//
//   - Allah after abd. Abd Allah (Abdullah, Abdallah) is one name, which
//     the rules on abd read as abd and Allah (see compound): Allah is no
//     name alone, so a word that meets it while abd pairs with nothing is
//     another name (Ali, Alaa: Mohammed Ali is not Mohammed Abdullah, 0.88
//     before) and pairs with nothing (see allahAlone, meetsAllah);
//   - a name with Allah or al-Din joined against its first name alone
//     (Fazal, Fazlullah: see nameWithoutGod).
func (ix *Index) dropPartPairs(f *qform, toks []nameTok, a *alignment) {
	a.pairs = slices.DeleteFunc(a.pairs, func(p pair) bool {
		if p.kind != pairWords {
			return false
		}
		q, n := &f.toks[p.i], &ix.vocab[toks[p.j].vocab]
		if f.allahAlone(p.i, a) && meetsAllah(n, p.s) || ix.allahAlone(toks, p.j, a) && meetsAllah(q, p.s) ||
			(q.flags^toks[p.j].flags)&tokTheophoric != 0 && nameWithoutGod(q, q.flags&tokTheophoric != 0, ix.word(&toks[p.j])) {
			a.matchedQ &^= p.qm
			a.matchedN &^= p.nm
			return true
		}
		return false
	})
}

// nameWithoutGod reports whether query token q and the word n of an alias
// it pairs with, one of them a name with Allah or al-Din joined (see
// theophoric: the query's when theo is set), the other written in Latin
// letters three letters or more shorter, are that name and its first name
// alone, which is another name (Fazal, Fazlullah: 0.91 before, as fazal and
// fazlala are alike; Nur, Nuruddin).
func nameWithoutGod(q *token, theo bool, n string) bool {
	long, short := q.word, n
	if !theo {
		long, short = n, q.word
	}
	return len(short)+3 <= len(long) && isASCIILetters(long) && isASCIILetters(short)
}

// meetsAllah reports whether token t, paired at s with Allah after abd,
// meets Allah itself at s: not the whole word Abd Allah, the reading that
// a typo of it meets (Abdullan, Abudllah: see compound).
func meetsAllah(t *token, s float64) bool {
	return wordSimilarity(t.key, allahKey) >= s
}

// abdAllah reports whether tokens ts hold Allah after abd.
func abdAllah(ts []token) bool {
	for i := 1; i < len(ts); i++ {
		if ts[i].key == allahKey && ts[i-1].key == "abd" {
			return true
		}
	}
	return false
}

// allahAlone reports whether token i of form f is Allah after abd, and
// that abd pairs with nothing in alignment a.
func (f *qform) allahAlone(i int, a *alignment) bool {
	return i >= 1 && f.toks[i].key == allahKey && f.toks[i-1].key == "abd" && a.matchedQ&(1<<(i-1)) == 0
}

// allahAlone reports whether token j of an alias is Allah after abd, and
// that abd pairs with nothing in alignment a.
func (ix *Index) allahAlone(toks []nameTok, j int, a *alignment) bool {
	return j >= 1 && ix.vocab[toks[j].vocab].key == allahKey && ix.vocab[toks[j-1].vocab].key == "abd" && a.matchedN&(1<<(j-1)) == 0
}

// abdPaired reports whether token j of an alias is the name after an abd
// that pairs too: abd and the name, one name, count as one pair of name
// words. The name alone (Wadood, Abdul Wadood) counts as a name.
func (ix *Index) abdPaired(toks []nameTok, j int, a *alignment) bool {
	if !ix.afterAbd(toks, j) {
		return false
	}
	k := j - 1
	if ix.vocab[toks[k].vocab].key != "abd" {
		k--
	}
	return a.matchedN&(1<<k) != 0
}

// otherCompound reports whether the query and the alias write apart two
// names with al-Din whose first words differ (Nur al-Din, Jalal al-Din):
// Din pairs, and the name word before the article pairs with nothing on
// either side. Two such names share the article and Din, not a name. It
// returns the two first words.
func (ix *Index) otherCompound(f *qform, toks []nameTok, a *alignment) (qx, nx int, ok bool) {
	for _, p := range a.pairs {
		i, j := p.i, p.j
		if p.kind != pairWords || i < 2 || j < 2 || f.toks[i].key != "din" || ix.vocab[toks[j].vocab].key != "din" {
			continue
		}
		q, n := &f.toks[i-2], &ix.vocab[toks[j-2].vocab]
		if f.toks[i-1].key == "al" && ix.vocab[toks[j-1].vocab].key == "al" && q.weight == weightName && n.weight == weightName &&
			a.matchedQ&(1<<(i-2)) == 0 && a.matchedN&(1<<(j-2)) == 0 {
			return i - 2, j - 2, true
		}
	}
	return 0, 0, false
}

// inGenealogy reports whether name word toks[j] is a name of a genealogy:
// it follows bin or bint, or bin or bint follows it.
func (ix *Index) inGenealogy(toks []nameTok, j int) bool {
	if ix.vocab[toks[j].vocab].weight != weightName {
		return false
	}
	if toks[j].flags&tokAfterBin != 0 {
		return true
	}
	if j+1 < len(toks) {
		k := ix.vocab[toks[j+1].vocab].key
		return k == "bin" || k == "bint"
	}
	return false
}

func (ix *Index) hasFlag(toks []nameTok, flag uint8) bool {
	for _, t := range toks {
		if t.flags&flag != 0 {
			return true
		}
	}
	return false
}

// numbersDiffer reports whether the query and the alias each have a
// number among their words left unmatched, and the numbers differ.
func (ix *Index) numbersDiffer(f *qform, toks []nameTok, a *alignment) bool {
	if !f.nums {
		return false
	}
	for i, t := range f.toks {
		if t.num == "" || a.matchedQ&(1<<i) != 0 {
			continue
		}
		for j, u := range toks {
			if num := ix.vocab[u.vocab].num; num != "" && num != t.num && a.matchedN&(1<<j) == 0 {
				return true
			}
		}
	}
	return false
}

// scoreEntity returns the best name score of entity ei over the forms of
// q and the entity's names, or, when names is not nil, over the names
// names[k] gives for form k (indexes in ix.names of some of the entity's
// names, in increasing order); and the form and name of the best, -1 if
// none scores above 0. It aligns in a, and keeps the best alignment in
// bestA.
func (ix *Index) scoreEntity(q *query, ei int, names [][]uint32, rows rowFunc, a, bestA *alignment) (float64, int, int) {
	org := ix.entities[ei].Type == sanctions.Organisation
	best, bestForm, bestName := 0.0, -1, -1
	try := func(k int, ni uint32) {
		n := &ix.names[ni]
		if n.dup {
			return
		}
		ix.align(q.forms[k], n, org, rows, a)
		if a.score > best {
			best, bestForm, bestName = a.score, k, int(ni)
			bestA.set(a)
		}
	}
	info := &ix.ents[ei]
	for k := range q.forms {
		if names != nil {
			for _, ni := range names[k] {
				try(k, ni)
			}
			continue
		}
		for ni := info.first; ni < info.end; ni++ {
			try(k, ni)
		}
		for ni := info.acrFirst; ni < info.acrEnd; ni++ {
			try(k, ni)
		}
	}
	return best, bestForm, bestName
}

// acronymKey returns the letters of acronym name n, in lower case.
func (ix *Index) acronymKey(n *nameInfo) string { return ix.acrKeys[n.last] }

// isAcronym reports whether name n may meet form f, the acronym of a
// query: n is one word, written with the acronym's letters. Acronyms are
// compared letter for letter, not by the keys of names, whose folding
// merges letters (IJG and IG both fold to ig).
func (ix *Index) isAcronym(f *qform, n *nameInfo) bool {
	return n.end-n.first == 1 && sameLetters(ix.word(&ix.toks[n.first]), f.text)
}

// sameLetters reports whether words w and acr, written in Latin letters a
// to z, write the same letters, one or more, in either case, the dots of
// an abbreviation left out: whether acronymLetters(w) ==
// acronymLetters(acr) != "", without the strings.
func sameLetters(w, acr string) bool {
	i, j, n := 0, 0, 0
	for {
		for i < len(w) && w[i] == '.' {
			i++
		}
		for j < len(acr) && acr[j] == '.' {
			j++
		}
		if i == len(w) || j == len(acr) {
			return i == len(w) && j == len(acr) && n > 0
		}
		c, d := w[i]|0x20, acr[j]|0x20
		if c != d || c < 'a' || c > 'z' {
			return false
		}
		i, j, n = i+1, j+1, n+1
	}
}

// acronymLetters returns the letters of w, a word written in Latin
// letters a to z (the dots of an abbreviation left out), in lower case;
// "" for a word with any other letter.
func acronymLetters(w string) string {
	b := make([]byte, 0, len(w))
	for i := 0; i < len(w); i++ {
		switch c := w[i] | 0x20; {
		case 'a' <= c && c <= 'z':
			b = append(b, c)
		case w[i] == '.':
		default:
			return ""
		}
	}
	return string(b)
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
	defer p.release()
	ix.bind(p)
	var toks []*token
	for _, f := range p.forms {
		for i := range f.toks {
			toks = append(toks, &f.toks[i])
		}
	}
	row := make([]float64, len(toks))
	rows := func(v uint32) []float64 {
		for i, t := range toks {
			row[i] = pairSim(t, &ix.vocab[v])
		}
		return row
	}
	var a alignments
	var ms []Match
	var m Match
	for ei := range ix.entities {
		if ix.match(p, ei, nil, threshold, rows, &a, &m) {
			ms = append(ms, m)
		}
	}
	return sortedMatches(ms, nil)
}

// match scores entity ei, on the given names as scoreEntity does, and
// reports whether the score reaches threshold; it then writes the Match in
// *m (a Match is large: it is written once, where the caller keeps it).
func (ix *Index) match(q *query, ei int, names [][]uint32, threshold float64, rows rowFunc, a *alignments, m *Match) bool {
	e := ix.entities[ei]
	if q.typeValid && e.Type != q.Type {
		return false
	}
	nameScore, form, best := ix.scoreEntity(q, ei, names, rows, &a.cur, &a.best)
	score := ix.qualify(q, ei, nameScore, nil)
	if score < threshold || (best < 0 && score == 0) {
		return false
	}
	*m = Match{Entity: e, Score: score, NameScore: nameScore}
	ix.qualify(q, ei, nameScore, &m.Qualifiers)
	var f *qform
	if best >= 0 {
		n := &ix.names[best]
		f = q.forms[form]
		m.Entity = ix.version(ei, best)
		m.Alias = m.Entity.Names[ix.origins[best].alias]
		m.Tokens = ix.pairs(f, n, &a.best)
	}
	a.reason = ix.appendReason(a.reason[:0], q, f, m, best, &a.best)
	m.Reason = string(a.reason)
	return true
}

// pairs returns the pairs of an alignment in the order of the query. The
// words of a join are written joined by "+".
func (ix *Index) pairs(f *qform, n *nameInfo, a *alignment) []Pair {
	ps := a.pairs
	slices.SortFunc(ps, func(x, y pair) int { return cmp.Or(x.i-y.i, x.j-y.j) })
	out := make([]Pair, len(ps))
	if n.acronym {
		for k := range ps {
			out[k] = Pair{Query: f.toks[0].word, Name: strings.ToUpper(ix.acronymKey(n)), Score: 1}
		}
		return out
	}
	for k, p := range ps {
		q, nw := f.toks[p.i].word, ix.word(&ix.toks[int(n.first)+p.j])
		switch p.kind {
		case pairJoinQuery:
			for i := p.i + 1; i < p.to; i++ {
				q += "+" + f.toks[i].word
			}
		case pairJoinName:
			nw += "+" + ix.word(&ix.toks[int(n.first)+p.to])
		}
		out[k] = Pair{Query: q, Name: nw, Score: p.s}
	}
	return out
}

// appendReason appends to b the Reason of match m, whose best name, in
// form f of q, is names[best] (-1 for none) with alignment a.
func (ix *Index) appendReason(b []byte, q *query, f *qform, m *Match, best int, a *alignment) []byte {
	num := func(x float64) { b = appendFixed2(b, x) }
	if best < 0 {
		b = append(b, "no name in common"...)
	} else {
		b = ix.reasonName(b, q, f, m, best, a)
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
			b = appendDelta(b, x.Delta)
		default:
			if x.Agrees {
				b = append(b, " agrees with "...)
			} else {
				b = append(b, " differs from "...)
			}
			b = appendPrintable(b, x.Listed)
			b = appendDelta(b, x.Delta)
		}
	}
	return b
}

// appendDelta appends " (+0.05)", " (-0.10)" or " (no effect)".
func appendDelta(b []byte, d float64) []byte {
	b = append(b, " ("...)
	switch {
	case d == 0:
		b = append(b, "no effect"...)
	case d > 0:
		b = append(b, '+')
		fallthrough
	default:
		b = appendFixed2(b, d)
	}
	return append(b, ')')
}

// reasonName writes how the name of form f met the alias of name best.
func (ix *Index) reasonName(b []byte, q *query, f *qform, m *Match, best int, a *alignment) []byte {
	num := func(x float64) { b = appendFixed2(b, x) }
	n := &ix.names[best]
	switch f.kind {
	case formOther:
		b = append(b, "the query's other name "...)
		b = appendQuote(b, f.text)
		b = append(b, ", "...)
	case formTitled:
		b = append(b, "the query read with a title mistyped, "...)
	case formInitials:
		b = append(b, "the query read with initials for a company form, "...)
	case formSplit, formKanaSplit:
		b = append(b, "the query read with a word "...)
		if f.kind == formKanaSplit {
			b = append(b, "in kana "...)
		}
		b = append(b, "split (×"...)
		num(f.factor)
		b = append(b, "), "...)
	case formAcronym:
		b = append(b, "the query's acronym "...)
		b = appendQuote(b, f.text)
		b = append(b, " (×"...)
		num(acronymFactor)
		b = append(b, "), "...)
	}
	b = append(b, "alias "...)
	b = appendQuote(b, m.Alias.Full())
	b = append(b, " ("...)
	b = append(b, cmp.Or(m.Alias.Language, "no language")...)
	if n.weak {
		b = append(b, ", weak: ×"...)
		num(weakFactor)
	}
	switch {
	case n.acronym:
		b = append(b, ", its acronym: ×"...)
		num(acronymFactor)
	case n.kanaSplit:
		b = append(b, ", a word in kana split: ×"...)
		num(joinSim)
	case n.quoted:
		b = append(b, ", its name in quotation marks"...)
	case n.part > 0:
		b = append(b, ", the other name it gives"...)
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
	list("; query words unmatched: ", func(i int) (string, bool) { return f.toks[i].word, a.matchedQ&(1<<i) == 0 }, len(f.toks))
	toks := ix.toks[n.first:n.end]
	list("; alias words unmatched: ", func(j int) (string, bool) { return ix.word(&toks[j]), a.matchedN&(1<<j) == 0 }, len(toks))
	for _, p := range a.pairs {
		if p.kind == pairSlip {
			b = append(b, "; "...)
			b = append(b, f.toks[p.i].word...)
			b = append(b, " read as a slip of "...)
			b = append(b, ix.word(&toks[p.j])...)
		}
	}
	b = ix.reasonConflict(b, f, m, toks, a)
	if a.numbers {
		b = append(b, "; the numbers differ: ×"...)
		num(numbersFactor)
	}
	b = append(b, "; name score "...)
	num(m.NameScore)
	return b
}

// reasonConflict writes the conflict that capped the score, if any.
func (ix *Index) reasonConflict(b []byte, f *qform, m *Match, toks []nameTok, a *alignment) []byte {
	words := func(what string) {
		b = append(b, what...)
		b = append(b, ' ')
		b = append(b, f.toks[a.qx].word...)
		b = append(b, ", "...)
		b = append(b, ix.word(&toks[a.nx])...)
	}
	switch a.conflict {
	case noConflict:
		return b
	case conflictLast:
		b = append(b, "; last name "...)
		b = appendQuote(b, m.Alias.Last)
		b = append(b, " not met"...)
	case conflictFirst:
		b = append(b, "; first name "...)
		b = appendQuote(b, m.Alias.First)
		b = append(b, " not met"...)
	case conflictOneWord:
		b = append(b, "; one name word in common only"...)
	case conflictInitial:
		words("; the initial stands for another given name:")
	case conflictGender:
		words("; masculine and feminine forms:")
	case conflictOrder:
		words("; the genealogy is in another order:")
	case conflictFamily:
		words("; another family or tribal name:")
	case conflictCompound:
		words("; another name before al-Din:")
	case conflictGiven:
		words("; another first name:")
	case conflictGeneration:
		words("; a genealogy one generation apart:")
	case conflictPlace:
		words("; another place:")
	case conflictPlaceWord:
		words("; a word of the query's beside the alias's place:")
	}
	b = append(b, ": at most "...)
	return appendFixed2(b, oneWordCap)
}

// appendFixed2 appends x with two decimals, as strconv.AppendFloat(b, x,
// 'f', 2, 64) does: a reason writes a few numbers for each match, and most
// are written here without strconv's exact decimal conversion. |x|·100 is
// rounded to the nearest integer, which is the nearest to the exact product
// too unless the float product lies within 2⁻²⁰ of a half: below 2²⁶ it is
// within 2⁻²⁷ of the exact one. Those, and larger numbers, are left to
// strconv.
func appendFixed2(b []byte, x float64) []byte {
	y := math.Abs(x) * 100
	if !(y < 1<<26) { // NaN, infinities and large numbers
		return strconv.AppendFloat(b, x, 'f', 2, 64)
	}
	r := math.Floor(y)
	switch frac := y - r; {
	case math.Abs(frac-0.5) < 0x1p-20:
		return strconv.AppendFloat(b, x, 'f', 2, 64)
	case frac > 0.5:
		r++
	}
	if math.Signbit(x) {
		b = append(b, '-')
	}
	n := int64(r)
	b = strconv.AppendInt(b, n/100, 10)
	return append(b, '.', byte('0'+n%100/10), byte('0'+n%10))
}

// appendQuote appends s as a Go string literal, as strconv.AppendQuote
// does: a string of printable ASCII letters without quote or backslash,
// the alias of most matches, is written as it is between quotes.
func appendQuote(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < ' ' || c > '~' || c == '"' || c == '\\' {
			return strconv.AppendQuote(b, s)
		}
	}
	b = append(b, '"')
	b = append(b, s...)
	return append(b, '"')
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

// sortedMatches returns ms sorted by score, highest first, then by ID,
// equal ones in the order they are in, in a new slice of their number. It
// sorts their indexes, in *buf when buf is not nil (kept for the next
// call): a Match is large to compare by value and to move.
func sortedMatches(ms []Match, buf *[]int32) []Match {
	if len(ms) == 0 {
		return nil
	}
	var order []int32
	if buf != nil {
		order = (*buf)[:0]
	}
	for i := range ms {
		order = append(order, int32(i))
	}
	slices.SortStableFunc(order, func(i, j int32) int {
		a, b := &ms[i], &ms[j]
		return cmp.Or(cmp.Compare(b.Score, a.Score), cmp.Compare(a.Entity.ID, b.Entity.ID))
	})
	if buf != nil {
		*buf = order
	}
	out := make([]Match, len(ms))
	for k, i := range order {
		out[k] = ms[i]
	}
	return out
}
