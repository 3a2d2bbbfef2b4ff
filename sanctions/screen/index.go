package screen

import (
	"cmp"
	"hash/maphash"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unsafe"

	"github.com/acquis-eu/acquis/sanctions"
)

// maxTokens bounds the tokens of one name after the word rules.
const maxTokens = 64

// An Index holds the names of a list of entities, built once, for
// screening. Search finds the entities that match a query through an
// inverted index of the names' lookup keys; Scan scores every name. Both
// give the same matches (the package documentation says why).
//
// An Index is immutable and safe for concurrent use. Make one with
// NewIndex; the zero Index holds no entity.
type Index struct {
	// entities holds each entity once, by its first version; versions
	// holds every version of an entity given in several, by its index in
	// entities.
	entities []*sanctions.Entity
	versions map[uint32][]*sanctions.Entity
	ents     []entityInfo
	names    []nameInfo
	origins  []nameOrigin // per name: the alias it comes from
	toks     []nameTok    // the tokens of every name, name by name
	text     string       // the words of the tokens as written, each once (see nameTok)
	vocab    []token      // the distinct tokens, without their words
	hash     hasher
	// kanaWords reports whether the vocabulary holds a word written in
	// kana (see hasher).
	kanaWords bool

	// lookup maps a lookup key to the vocabulary ids lookupVocab[lo:hi]
	// that have it, packed as lo<<32 | hi.
	lookup      map[uint64]uint64
	lookupVocab []uint32
	// The names that hold vocabulary id v are
	// postings[postStart[v]:postStart[v+1]], in increasing order; names
	// marked dup are left out.
	postStart []uint32
	postings  []uint32
	// postMask holds, for each entry of postings, the positions of the
	// vocabulary token in the name, as bits (see positions).
	postMask []uint32
	// ids maps a normalised identity number to the entities that hold it.
	ids map[string][]uint32
	// keyVocab maps a key to the vocabulary ids of that key (tokens of one
	// key may differ in their readings or weight): what the joins and
	// splits of a query's words look up.
	keyVocab map[string][]uint32
	// abjadKeys maps the skeleton of a word in an abjad of the vocabulary
	// (Arabic or Hebrew script), of minJoinSkel letters or more, to its
	// keys: words of the query joined meet it by their skeleton, as a
	// word meets it (میرحسین, Mir Hossein; نصر الله, Nasr Allah).
	abjadKeys map[string][]string
	// joined holds the hashes (seed joinSeed) of the keys that two words
	// of a name give joined (see joinsTo), neighbours or with maxJoinGap
	// words between them: a word of a query is split only when its key is
	// one.
	joined   map[uint64]struct{}
	joinSeed maphash.Seed
	// joined3 holds, sorted, the hashes (seed joinSeed) of the keys that
	// three neighbouring words of a name no longer than a syllable give
	// joined (Chon Ma San): many names have such words, and a slice holds
	// them in less memory than the map would.
	joined3 []uint64
	// alone holds the letters (see acronymLetters) of the names of one
	// word written in capitals (PLA, IRGC): what the acronym of a query may
	// meet.
	alone map[string]struct{}
	// acronyms maps the acronyms of an alias of an organisation, their
	// letters in lower case (see acronymsOf), to its names, which have no
	// tokens and come after the names with words (the first words of
	// names); acrKeys holds their letters.
	acronyms map[string][]uint32
	acrKeys  []string
	words    int
	// The vocabulary tokens within reach of vocabulary id v and alike
	// enough are near[nearStart[v]:nearStart[v+1]], the most alike first:
	// a query word that is a word of the list (see vocabOf) finds them
	// there.
	nearStart []uint32
	near      []hit
	// The name words of persons that a slip may be of (see slipOf), in
	// lower case, are filed under the keys eachSlipKey gives: those of
	// key x are slipWords[lo:hi], slipNear[x] being lo<<32 | hi.
	slipNear  map[uint32]uint64
	slipWords []slipWord

	pool sync.Pool // *scratch
}

type entityInfo struct {
	first, end uint32 // the entity's names, names[first:end]
	// The acronyms of its aliases, names[acrFirst:acrEnd], after the names
	// of every entity.
	acrFirst, acrEnd uint32
	births           []partialDate
	countries        []string
	ids              []idNumber
}

// A nameInfo is a name of the index: 64 bytes, a cache line, so that
// filter and canReach, which read it for each candidate that may reach
// the threshold, read one line of the array. The array of a list of more
// than 512 names (32 KiB) is a large object, which the Go runtime
// allocates apart, on a page boundary (runtime/malloc.go: "Large objects
// (> 32 kB) are allocated straight from the heap"), so that each name is
// one line. Where the name comes from, which only a match needs, is kept
// apart (nameOrigin).
type nameInfo struct {
	entity     uint32 // index in entities
	first, end uint32 // its tokens, toks[first:end]
	sigMask    uint32 // their positions, as bits (all bits beyond 32 tokens)
	minorMask  uint32 // the positions of its tokens of weightMinor
	// initials has a bit for each letter that an initial of a query may
	// stand for in the name (see initialLetters): the first letters, as
	// written and of their keys, of its name words outside its last name,
	// with which pairInitials pairs an initial.
	initials uint32
	weight   float64 // the sum of its tokens' weights
	// last has bit j set when token j is a name word of the alias's last
	// name, for an alias that gives one; given likewise for the first
	// name, when the alias gives it apart from other names.
	last, given uint64
	weak        bool
	acronym     bool  // the name is the acronym of the alias (last is the index of its key in acrKeys)
	part        uint8 // which of the names the alias gives (see nameParts): 0 for the first
	kanaSplit   bool  // the name is the alias with a word in kana split (see kanaSplitNames)
	org         bool  // the entity is an organisation
	sig         uint8 // the number of its tokens that are name words, a name with abd counted once
	abdAllah    bool  // it holds Allah after abd (see allahAlone)
	flags       uint8 // the flags of its tokens, or-ed, as a query form's
	// dup is set when an earlier name of the entity has the same tokens
	// and strength: it cannot score more, and is not scored.
	dup    bool
	quoted bool // the name is the alias's name in quotation marks (see orgNameParts)
}

// The build fails if a nameInfo is not 64 bytes.
const _, _ uintptr = 64 - unsafe.Sizeof(nameInfo{}), unsafe.Sizeof(nameInfo{}) - 64

// A nameOrigin is the alias a name of the index comes from: its version
// of the entity (see versions) and its index in that version's Names.
type nameOrigin struct {
	version, alias int32
}

// abjadSplitHits appends to hs the vocabulary tokens that token t, a word
// in an abjad, splits into by its skeleton: for each way of writing one of
// its skeletons (its own and its other readings') as the skeletons of two
// words of the vocabulary, each of minSkelPart letters or more, the tokens
// of the one that leads to fewer names, as splitHits takes them (میرحسین,
// Mir Hossein; محمدرضا, Mohammad Reza). abjadJoinsTo is the pair it makes.
func (ix *Index) abjadSplitHits(t *token, hs []hit) []hit {
	for _, sk := range skels(t) {
		for p := minSkelPart; p+minSkelPart <= len(sk); p++ {
			left := ix.skelVocab(sk[:p])
			if left == nil {
				continue
			}
			right := ix.skelVocab(sk[p:])
			if right == nil {
				continue
			}
			if ix.postingsOf(right) < ix.postingsOf(left) {
				left = right
			}
			for _, v := range left {
				if !slices.ContainsFunc(hs, func(h hit) bool { return h.v == v }) {
					hs = append(hs, hit{v, joinSim})
				}
			}
		}
	}
	return hs
}

// minSkelPart is the shortest skeleton of a word that a word in an abjad
// is split into (Mir, mr). A part of one consonant is left out: Ali (l),
// Abu (b) and most short words have one, and a word would split at almost
// every letter; so علیرضا does not meet Ali Reza this way round (the
// other way, Ali Reza joined, it does: see minJoinSkel).
const minSkelPart = 2

// skelVocab returns the vocabulary tokens whose own skeleton is sk, in
// any script, as the index files them (see lookupKeys: the first hash
// neighbourhood gives is that of sk itself): a word in an abjad is
// compared by its skeleton, and abjadJoinsTo pairs what it gives.
func (ix *Index) skelVocab(sk string) []uint32 {
	var vs []uint32
	neighbourhood(ix.hash.skel, sk, len(sk)+1, func(h uint64) {
		span, ok := ix.lookup[h]
		if !ok {
			return
		}
		for _, v := range ix.lookupVocab[span>>32 : span&0xffffffff] {
			if ix.vocab[v].skel == sk {
				vs = append(vs, v)
			}
		}
	})
	return vs
}

// abjadJoinsTo reports whether token q, a word in an abjad, is the words
// of skeletons a and b joined, by one of its skeletons (see
// abjadSplitHits).
func abjadJoinsTo(q *token, a, b string) bool {
	if !q.abjad || len(a) < minSkelPart || len(b) < minSkelPart {
		return false
	}
	return slices.ContainsFunc(skels(q), func(sk string) bool {
		return len(sk) == len(a)+len(b) && strings.HasPrefix(sk, a) && strings.HasSuffix(sk, b)
	})
}

// skels returns the skeletons of the readings of t of factor 1, its own
// first: those a word in an abjad is compared by.
func skels(t *token) []string {
	out := []string{t.skel}
	for _, a := range t.alts {
		if a.f == 1 {
			out = append(out, a.skel)
		}
	}
	return out
}

// A nameTok is a token of a name of the index. It holds no pointer, so
// that the collector never scans the tokens: the word as written, which
// only a match's report shows, is text[woff:woff+wlen] of the Index.
type nameTok struct {
	vocab      uint32
	weight     float32 // the vocabulary token's weight, at hand
	woff, wlen uint32
	flags      uint8 // the token's flags (tokAfterBin ...)
	first      byte  // the first letter of the word, before folding
}

// A slipWord is a name word that a slip may be of: the word in lower
// case, packed (see packSlip), and its vocabulary token.
type slipWord struct {
	word, v uint32
}

// word returns the word of name token t as the list writes it.
func (ix *Index) word(t *nameTok) string { return ix.text[t.woff : t.woff+t.wlen] }

// An indexBuilder holds what NewIndex needs while it adds names.
type indexBuilder struct {
	vocabID map[vocabKey]uint32
	text    strings.Builder
	textAt  map[string]uint32 // the offset in text of each word written there
	slips   []slipEntry       // what slipNear will hold
}

// A slipEntry is a slipWord under one of its keys.
type slipEntry struct {
	key uint32
	w   slipWord
}

// A vocabKey tells vocabulary tokens apart: their key, script, weight,
// readings and word as written (plain): Majid and Majeed, of one key, are
// two tokens, each meeting the words within reach as itself.
type vocabKey struct {
	key    string
	abjad  bool
	kana   bool
	weight float64
	alts   string
	plain  string
	titled bool
}

func vocabKeyOf(t *token) vocabKey {
	k := vocabKey{key: t.key, abjad: t.abjad, kana: t.kana, weight: t.weight, titled: t.titled}
	if len(t.alts) > 0 {
		var b strings.Builder
		for _, a := range t.alts {
			b.WriteString(a.key)
			b.WriteByte(' ')
			b.WriteString(strconv.FormatFloat(a.f, 'g', -1, 64))
			b.WriteByte(' ')
		}
		k.alts = b.String()
	}
	k.plain = t.plain
	return k
}

// NewIndex indexes the names of entities, every alias in every language:
// for example list.At(day).Entities() of a sanctions.List, or what
// ftm.ToEntities returns. It keeps the pointers, so the entities must not
// be modified afterwards. Nil entities are skipped.
//
// Entities with the same ID are one entity, given in several versions, and
// the index merges them: it screens the names of every version, reports
// the entity once, as the version whose alias matched best (the first
// version when no alias matched), and qualifies a match with the birth
// dates, countries and identity numbers of all its versions; the entity's
// type is its first version's. A [sanctions.List] gives such versions: an
// entity amended under one measure and not yet under the other is listed
// in two versions under one ID, and Listings.Entities returns both, whose
// names must all be screened. Merging them is right for the EU's files
// too: the Financial Sanctions Files give each listing record its own EU
// reference number, so that one person listed under two programmes has
// two IDs (as OpenSanctions found for Hassan Dahir Aweys, EU.315.75 and
// EU.3711.12: opensanctions/opensanctions pull request 5302), and one ID
// never names two records of one file. Refusing an ID given twice would
// refuse the lists the package is meant to screen.
func NewIndex(entities []*sanctions.Entity) *Index {
	// The versions of each ID, in the order of their first appearance.
	var groups [][]*sanctions.Entity
	slot := map[string]int{}
	for _, e := range entities {
		if e == nil {
			continue
		}
		k, ok := slot[e.ID]
		if !ok {
			k = len(groups)
			slot[e.ID] = k
			groups = append(groups, nil)
		}
		if !slices.Contains(groups[k], e) {
			groups[k] = append(groups[k], e)
		}
	}
	ix := &Index{
		entities: make([]*sanctions.Entity, len(groups)),
		ents:     make([]entityInfo, len(groups)),
		hash:     newHasher(),
		ids:      map[string][]uint32{},
	}
	bld := &indexBuilder{vocabID: map[vocabKey]uint32{}, textAt: map[string]uint32{}}
	// The acronyms of the aliases, added after the names with words.
	type pendingAcronym struct {
		entity int
		name   nameInfo
		origin nameOrigin
		key    string
	}
	var acrs []pendingAcronym
	// The organisations' aliases are read first: whether a place tells
	// an entity apart depends on the others (see placeTells).
	orgs := make([][][]aliasName, len(groups))
	for ei, vs := range groups {
		if vs[0].Type == sanctions.Organisation {
			orgs[ei] = readAliases(vs, true)
		}
	}
	tells := placeTells(orgs)
	for ei, vs := range groups {
		ix.entities[ei] = vs[0]
		if len(vs) > 1 {
			if ix.versions == nil {
				ix.versions = map[uint32][]*sanctions.Entity{}
			}
			ix.versions[uint32(ei)] = vs
		}
		info := &ix.ents[ei]
		info.first = uint32(len(ix.names))
		org := vs[0].Type == sanctions.Organisation
		aliases := orgs[ei]
		if !org {
			aliases = readAliases(vs, false)
		}
		orgs[ei] = nil // read, and no longer needed
		for vi, e := range vs {
			for ai, n := range e.Names {
				lang := strings.ToUpper(n.Language)
				an := aliases[vi][ai]
				for pi, ts := range an.toks {
					if org && !tells[ei] {
						markPlace(ts)
					}
					origin := nameOrigin{version: int32(vi), alias: int32(ai)}
					name := nameInfo{entity: uint32(ei), weak: n.Strength == sanctions.Weak, org: org, part: uint8(min(pi, 255)),
						quoted: an.quoted && pi == len(an.toks)-1}
					if len(an.toks) == 1 && n.Last != "" {
						name.last = partMask(ts, n.Last, lang, true)
					}
					if len(an.toks) == 1 && n.First != "" && (n.Last != "" || n.Middle != "") {
						name.given = partMask(ts, n.First, lang, false)
					}
					ix.addName(info, name, origin, ts, bld)
					for _, split := range kanaSplitNames(ts) {
						sn := name
						sn.last, sn.given, sn.kanaSplit = 0, 0, true
						ix.addName(info, sn, origin, split, bld)
					}
					if org && pi == 0 {
						for _, a := range acronymsOf(ts) {
							if a != "" {
								acrs = append(acrs, pendingAcronym{ei, nameInfo{entity: name.entity, weak: name.weak, org: true, acronym: true}, origin, a})
							}
						}
					}
				}
			}
			for _, d := range birthDates(e) {
				if !slices.Contains(info.births, d) {
					info.births = append(info.births, d)
				}
			}
			for _, c := range countries(e) {
				if !slices.Contains(info.countries, c) {
					info.countries = append(info.countries, c)
				}
			}
			for _, x := range idNumbers(e) {
				if !slices.ContainsFunc(info.ids, func(y idNumber) bool { return y.norm == x.norm }) {
					info.ids = append(info.ids, x)
				}
			}
		}
		info.end = uint32(len(ix.names))
		for _, x := range info.ids {
			if l := ix.ids[x.norm]; len(l) == 0 || l[len(l)-1] != uint32(ei) {
				ix.ids[x.norm] = append(l, uint32(ei))
			}
		}
	}
	ix.words = len(ix.names)
	ix.text = bld.text.String()
	for _, a := range acrs {
		ix.addAcronym(&ix.ents[a.entity], a.name, a.origin, a.key)
	}
	ix.keyVocab = make(map[string][]uint32, len(ix.vocab))
	ix.abjadKeys = make(map[string][]string)
	for v := range ix.vocab {
		t := &ix.vocab[v]
		ix.keyVocab[t.key] = append(ix.keyVocab[t.key], uint32(v))
		if !t.abjad {
			continue
		}
		// By its skeleton, and by those of its other readings.
		for _, sk := range skels(t) {
			if len(sk) >= minJoinSkel && !slices.Contains(ix.abjadKeys[sk], t.key) {
				ix.abjadKeys[sk] = append(ix.abjadKeys[sk], t.key)
			}
		}
	}
	ix.buildSlips(bld.slips)
	ix.buildJoined()
	ix.buildLookup()
	ix.buildPostings()
	ix.buildNear()
	// The slices appended to while the names were read hold up to a
	// quarter more than they use once grown; an index lives long, and
	// holds them exactly.
	ix.names, ix.origins = slices.Clone(ix.names), slices.Clone(ix.origins)
	ix.toks, ix.vocab = slices.Clone(ix.toks), slices.Clone(ix.vocab)
	return ix
}

// An aliasName is an alias as NewIndex reads it: the tokens of each of
// the names it gives (see nameParts and orgNameParts), and whether the
// last of them is the organisation's name in quotation marks.
type aliasName struct {
	toks   [][]token
	quoted bool
}

// readAliases reads the aliases of the versions vs of one entity, an
// organisation's when org is set: [version][alias].
func readAliases(vs []*sanctions.Entity, org bool) [][]aliasName {
	out := make([][]aliasName, len(vs))
	for vi, e := range vs {
		out[vi] = make([]aliasName, len(e.Names))
		for ai, n := range e.Names {
			parts, quoted := nameParts(n.Full()), false
			if org {
				parts, quoted = orgNameParts(n.Full())
			}
			lang := strings.ToUpper(n.Language)
			an := &out[vi][ai]
			an.quoted = quoted
			for _, part := range parts {
				an.toks = append(an.toks, tokens(part, lang))
			}
		}
	}
	return out
}

// addName adds a name of tokens ts to the index, and to the names of the
// entity of info.
func (ix *Index) addName(info *entityInfo, name nameInfo, origin nameOrigin, ts []token, bld *indexBuilder) {
	if len(ts) == 0 {
		return
	}
	if len(ts) > maxTokens {
		ts = ts[:maxTokens]
	}
	name.first = uint32(len(ix.toks))
	for i := range ts {
		t := &ts[i]
		vk := vocabKeyOf(t)
		id, ok := bld.vocabID[vk]
		if !ok {
			id = uint32(len(ix.vocab))
			bld.vocabID[vk] = id
			ix.vocab = append(ix.vocab, vocabToken(t))
		}
		off, ok := bld.textAt[t.word]
		if !ok {
			off = uint32(bld.text.Len())
			bld.textAt[t.word] = off
			bld.text.WriteString(t.word)
		}
		ix.toks = append(ix.toks, nameTok{vocab: id, weight: float32(t.weight), woff: off, wlen: uint32(len(t.word)), flags: t.flags, first: t.first})
		if !name.org && t.weight == weightName && len(t.word) >= minSlip && len(t.word) <= maxSlip && maySlip(t.word) {
			var b [maxSlip]byte
			w := lowerASCII(b[:0], t.word)
			sw := slipWord{word: packSlip(w), v: id}
			eachSlipKey(w, func(k uint32) { bld.slips = append(bld.slips, slipEntry{k, sw}) })
		}
	}
	name.end = uint32(len(ix.toks))
	name.abdAllah = abdAllah(ts)
	for j, t := range ts {
		name.flags |= t.flags
		name.weight += t.weight
		if t.weight == weightName && (j >= 64 || name.last&(1<<j) == 0) {
			name.initials |= initialLetters(t.first, t.key)
		}
		switch {
		case t.weight == weightName:
			if !afterAbd(ts, j) { // one name with abd (Abd al-Rahman): see score
				name.sig++
			}
			name.sigMask |= 1 << min(j, 31)
		case t.weight == weightMinor:
			name.minorMask |= 1 << min(j, 31)
		}
	}
	if len(ts) > 32 {
		name.sigMask, name.minorMask = ^uint32(0), ^uint32(0)
	}
	for _, o := range ix.names[info.first:] {
		if o.weak == name.weak && !o.acronym && o.last == name.last && o.given == name.given && !o.dup &&
			sameVocab(ix.toks[o.first:o.end], ix.toks[name.first:name.end]) {
			name.dup = true
			break
		}
	}
	ix.names = append(ix.names, name)
	ix.origins = append(ix.origins, origin)
}

// initialLetters returns, as bits (a is bit 0), the letters first and
// the first of key, which are lower-case: what an initial is and what a
// name word begins with (see pairInitials). Any other letter gives all
// bits, so that it allows every name.
func initialLetters(first byte, key string) uint32 {
	if key == "" || !isLetter(first) || !isLetter(key[0]) {
		return ^uint32(0)
	}
	return 1<<(first-'a') | 1<<(key[0]-'a')
}

// buildSlips fills ix.slipNear and ix.slipWords with the entries es.
func (ix *Index) buildSlips(es []slipEntry) {
	slices.SortFunc(es, func(a, b slipEntry) int {
		return cmp.Or(cmp.Compare(a.key, b.key), cmp.Compare(a.w.word, b.w.word), cmp.Compare(a.w.v, b.w.v))
	})
	es = slices.Compact(es)
	ix.slipNear = make(map[uint32]uint64)
	ix.slipWords = make([]slipWord, len(es))
	lo := 0
	for i, e := range es {
		ix.slipWords[i] = e.w
		if i+1 == len(es) || es[i+1].key != e.key {
			ix.slipNear[e.key] = uint64(lo)<<32 | uint64(i+1)
			lo = i + 1
		}
	}
}

// slipHits appends to hs the vocabulary tokens of the name words that
// query token t may be a slip of, with the similarity of the slip, the
// most alike first.
func (ix *Index) slipHits(t *token, hs []hit) []hit {
	var qb, nb [maxSlip + 1]byte
	q := lowerASCII(qb[:0], t.word)
	n := len(hs)
	eachSlipKey(q, func(k uint32) {
		r, ok := ix.slipNear[k]
		if !ok {
			return
		}
		for _, w := range ix.slipWords[r>>32 : uint32(r)] {
			if !slipBytes(q, unpackSlip(nb[:0], w.word)) || slices.ContainsFunc(hs[n:], func(h hit) bool { return h.v == w.v }) {
				continue
			}
			if s := slipSimilarity(t.key, ix.vocab[w.v].key); s > 0 {
				hs = append(hs, hit{w.v, s})
			}
		}
	})
	slices.SortStableFunc(hs[n:], func(a, b hit) int { return cmp.Compare(b.s, a.s) })
	return hs
}

// buildJoined fills ix.joined.
func (ix *Index) buildJoined() {
	ix.joinSeed = maphash.MakeSeed()
	ix.joined = map[uint64]struct{}{}
	ix.alone = map[string]struct{}{}
	var h maphash.Hash
	for _, n := range ix.names {
		if n.dup {
			continue
		}
		ts := ix.toks[n.first:n.end]
		if len(ts) == 1 {
			if w := ix.word(&ts[0]); len(w) <= maxAcronym && isUpperWord(w) && isLatinWord(w) {
				if a := acronymLetters(w); a != "" {
					ix.alone[a] = struct{}{}
				}
			}
		}
		for j := range ts {
			if j+2 < len(ts) {
				// Three neighbours joined, each of minPart letters or more
				// and no longer than a syllable (Chon Ma San, Chonmasan).
				a, b, c := ix.vocab[ts[j].vocab].key, ix.vocab[ts[j+1].vocab].key, ix.vocab[ts[j+2].vocab].key
				if min(len(a), len(b), len(c)) >= minPart && max(len(a), len(b), len(c)) <= maxSyllable {
					// As written, and as folding reads the word they make
					// (see appendJoined).
					// The first word in each of its firstForms (Badar ud
					// Din, Badruddin).
					for _, a := range firstForms(a) {
						if a == "" {
							continue
						}
						var buf [3 * maxSyllable]byte
						ix.joined3 = append(ix.joined3, maphash.Bytes(ix.joinSeed, append(append(append(buf[:0], a...), b...), c...)))
						if j := appendJoined(appendJoined(append(buf[:0], a...), len(a), b), len(b), c); len(j) < len(a)+len(b)+len(c) {
							ix.joined3 = append(ix.joined3, maphash.Bytes(ix.joinSeed, j))
						}
					}
				}
			}
			for k := j + 1; k < len(ts) && k <= j+1+maxJoinGap; k++ {
				u, w := &ix.vocab[ts[j].vocab], &ix.vocab[ts[k].vocab]
				a, b := u.key, w.key
				if !splitPart(a, u.weight) || !splitPart(b, w.weight) || k > j+1 && min(len(a), len(b)) < minGapPart {
					continue
				}
				// Neighbours with the first word in each of its
				// firstForms, as joinsToNeighbours reads them (Fazal ur
				// Rehman, Fazlur Rehman); words apart as written.
				firsts := firstForms(a)
				if k > j+1 {
					firsts[1] = ""
				}
				for _, a := range firsts {
					if a == "" {
						continue
					}
					for _, rest := range joinForms(a, b, k == j+1) {
						if rest == "" {
							continue
						}
						h.SetSeed(ix.joinSeed)
						h.WriteString(a)
						h.WriteString(rest)
						ix.joined[h.Sum64()] = struct{}{}
					}
					if k == j+1 && isAllah(a, b) {
						// As theophoric reads the name and Allah joined
						// (Saif Ullah, Saifullah: saifala).
						ix.joined[maphash.String(ix.joinSeed, theophoricStem(a)+allahKey)] = struct{}{}
					}
				}
			}
		}
	}
	slices.Sort(ix.joined3)
	ix.joined3 = slices.Clip(slices.Compact(ix.joined3))
}

// bind makes query p ready for the index: it adds the form of the
// acronym of its name when the acronym is a name of one word written in
// capitals in the index (an acronym meets only a name of one word: PLA,
// IRGC); marks, in each form, the words whose key two words of a name of
// the index may give joined (see maxJoinGap), and the joins of its words
// that are a word of the index: the others need not be tried; and adds,
// for each word so marked in a form of the name as written or another
// name, a form with the word split into the two words of the index it
// may be (see splitForms).
func (ix *Index) bind(p *query) {
	for _, a := range p.acronyms {
		if _, ok := ix.alone[a]; ok && a != "" {
			p.addForm(formAcronym, strings.ToUpper(a), tokens(a, ""))
		}
	}
	p.acronyms = [2]string{}
	for _, f := range p.forms[:len(p.forms)] { // not the forms splitForms adds
		f.split = 0
		for i := range f.toks {
			t := &f.toks[i]
			if k := t.key; len(k) >= minSplitLen && !t.abjad {
				h := maphash.String(ix.joinSeed, k)
				if _, ok := ix.joined[h]; ok {
					f.split |= 1 << i
				} else if _, ok := slices.BinarySearch(ix.joined3, h); ok {
					f.split |= 1 << i
				}
			}
			if t.abjad && len(ix.abjadSplitHits(t, nil)) > 0 {
				f.split |= 1 << i
			}
		}
		if f.split != 0 && (f.kind == formName || f.kind == formOther) {
			ix.splitForms(p, f)
		}
	}
	for _, f := range p.forms {
		f.joins = ix.joins(f.toks)
		f.slips = 0
		for i := range f.toks {
			t := &f.toks[i]
			if t.weight == weightName && t.num == "" && t.flags&tokInitial == 0 && maySlip(t.word) && !tables().names[t.key] {
				f.slips |= 1 << i
			}
		}
	}
}

// splitForms adds to p, for each word of form f marked split and each way
// of reading its key as two keys of the index joined (see joinsTo), a
// form of kind formSplit: f with the word written as the two words. A
// word joined from two words of an alias with a word between them
// (VLADIMIRPUTIN, Vladimir Vladimirovich Putin) is scored as the two
// words, each in its place, and the word between as unmatched, as a query
// that wrote them apart would be, at joinSim of that score. The form
// counts only where its two words pair so (see splitPaired): two
// neighbours are pairJoinName's, within f.
func (ix *Index) splitForms(p *query, f *qform) {
	for i := range f.toks {
		if len(p.forms) == maxForms {
			return // no form more: splitToken's tokenizing would be lost
		}
		if f.split&(1<<i) == 0 {
			continue
		}
		t := &f.toks[i]
		key := t.key
		for at := minGapPart; at <= len(key)-minGapPart+1; at++ {
			if ix.keyVocab[key[:at]] == nil {
				continue
			}
			for _, right := range [2]string{key[at:], key[at-1:]} {
				if len(right) < minGapPart || ix.keyVocab[right] == nil {
					continue
				}
				a, b, ok := splitToken(t, key[:at], right)
				if !ok {
					continue
				}
				ts := make([]token, 0, len(f.toks)+1)
				ts = append(append(append(ts, f.toks[:i]...), a, b), f.toks[i+1:]...)
				n := len(p.forms)
				p.addForm(formSplit, f.text, ts)
				if len(p.forms) > n {
					p.forms[n].splitAt = i
				}
			}
		}
		// Three words of the index, neighbours in a name (see
		// buildJoined), each written as its key. A word after the first
		// may begin with the letter the word before it ends with, which
		// the joined word writes once (see appendJoined: Shamsurrahman,
		// Shams ur Rahman).
		// The first word in each of its firstForms (Badruddin, Badar ud
		// Din).
		for at := minPart; at+2*minPart <= len(key) && len(p.forms) < maxForms; at++ {
			for _, first := range firstForms(key[:at]) {
				if first == "" || ix.keyVocab[first] == nil {
					continue
				}
				for to := at + minPart - 1; to+minPart <= len(key)+1 && len(p.forms) < maxForms; to++ {
					for _, parts := range [...][3]string{
						{first, key[at:to], key[to:]},
						{first, key[at-1 : to], key[to:]},
						{first, key[at:to], key[to-1:]},
						{first, key[at-1 : to], key[to-1:]},
					} {
						if len(parts[1]) >= minPart && len(parts[2]) >= minPart && len(p.forms) < maxForms {
							ix.split3Form(p, f, i, parts)
						}
					}
				}
			}
		}
	}
}

// split3Form adds to p the form of f with its word i written as the
// three words of keys parts, when they are words of the index and each
// reads as one word of its key.
func (ix *Index) split3Form(p *query, f *qform, i int, parts [3]string) {
	if ix.keyVocab[parts[1]] == nil || ix.keyVocab[parts[2]] == nil {
		return
	}
	ts := make([]token, 0, len(f.toks)+2)
	ts = append(ts, f.toks[:i]...)
	for _, k := range parts {
		pt := tokens(k, "")
		if len(pt) != 1 || pt[0].key != k {
			return
		}
		ts = append(ts, pt[0])
	}
	ts = append(ts, f.toks[i+1:]...)
	n := len(p.forms)
	p.addForm(formSplit, f.text, ts)
	if len(p.forms) > n {
		p.forms[n].splitAt, p.forms[n].split3 = i, true
	}
}

// splitToken returns token t, whose key is keys left and right joined
// (right's first letter dropped when left ends with it), as the two
// tokens of those keys: the word as written cut where they meet, when
// the word is in ASCII and a cut gives them, else the keys themselves;
// false when a part does not read as one word of its key.
func splitToken(t *token, left, right string) (token, token, bool) {
	one := func(s, key string) (token, bool) {
		ts := tokens(s, "")
		if len(ts) != 1 || ts[0].key != key {
			return token{}, false
		}
		return ts[0], true
	}
	if w := t.word; isASCII(w) {
		for c := 1; c < len(w); c++ {
			a, ok := one(w[:c], left)
			if !ok {
				continue
			}
			for _, r := range [2]string{w[c:], w[c-1:]} {
				if b, ok := one(r, right); ok {
					return a, b, true
				}
			}
		}
	}
	a, ok := one(left, left)
	if !ok {
		return token{}, token{}, false
	}
	b, ok := one(right, right)
	return a, b, ok
}

// vocabOf returns the vocabulary id of the token of the list that query
// token t is, and whether there is one: the same key, script, weight,
// readings and spellings as written (what vocabKeyOf tells apart), so
// that t meets the words within reach as the vocabulary token does.
func (ix *Index) vocabOf(t *token) (uint32, bool) {
	for _, v := range ix.keyVocab[t.key] {
		if u := &ix.vocab[v]; u.abjad == t.abjad && u.kana == t.kana && u.weight == t.weight &&
			slices.EqualFunc(u.alts, t.alts, func(a, b form) bool { return a.key == b.key && a.f == b.f }) &&
			u.plain == t.plain {
			return v, true
		}
	}
	return 0, false
}

// addAcronym adds the acronym key of an alias as a name of the entity
// of info: a name without words, which a query of one word that is the
// acronym meets.
func (ix *Index) addAcronym(info *entityInfo, name nameInfo, origin nameOrigin, key string) {
	if info.acrEnd == 0 {
		info.acrFirst, info.acrEnd = uint32(len(ix.names)), uint32(len(ix.names))
	}
	name.first, name.end = uint32(len(ix.toks)), uint32(len(ix.toks))
	for k := info.acrFirst; k < info.acrEnd; k++ {
		if o := ix.names[k]; !o.dup && o.weak == name.weak && ix.acrKeys[o.last] == key {
			name.dup = true
			break
		}
	}
	name.last = uint64(len(ix.acrKeys))
	ix.acrKeys = append(ix.acrKeys, key)
	if !name.dup {
		if ix.acronyms == nil {
			ix.acronyms = map[string][]uint32{}
		}
		ix.acronyms[key] = append(ix.acronyms[key], uint32(len(ix.names)))
	}
	ix.names = append(ix.names, name)
	ix.origins = append(ix.origins, origin)
	info.acrEnd = uint32(len(ix.names))
}

// vocabToken is t as the vocabulary keeps it: without its word and flags,
// which each name keeps.
func vocabToken(t *token) token {
	return token{key: t.key, skel: t.skel, kskel: t.kskel, abjad: t.abjad, kana: t.kana, weight: t.weight, titled: t.titled, alts: t.alts, plain: t.plain, num: t.num}
}

func (ix *Index) buildNear() {
	ix.nearStart = make([]uint32, len(ix.vocab)+1)
	seen := make([]uint32, len(ix.vocab)) // v+1 when met for the current token
	var hs []hit
	for v := range ix.vocab {
		hs = ix.reached(&ix.vocab[v], hs[:0], func(w uint32) bool {
			if seen[w] == uint32(v)+1 {
				return false
			}
			seen[w] = uint32(v) + 1
			return true
		})
		ix.near = append(ix.near, hs...)
		ix.nearStart[v+1] = uint32(len(ix.near))
	}
}

// reached appends to hs the vocabulary tokens within reach of t and alike
// enough, the most alike first (then by id); first reports whether a
// vocabulary token is met for the first time.
func (ix *Index) reached(t *token, hs []hit, first func(v uint32) bool) []hit {
	start := len(hs)
	ix.hash.probeKeys(t, ix.kanaWords, func(h uint64) {
		span, ok := ix.lookup[h]
		if !ok {
			return
		}
		for _, v := range ix.lookupVocab[span>>32 : span&0xffffffff] {
			if !first(v) {
				continue
			}
			if s := pairSim(t, &ix.vocab[v]); s > 0 {
				hs = append(hs, hit{v, s})
			}
		}
	})
	slices.SortFunc(hs[start:], func(x, y hit) int { return cmp.Or(cmp.Compare(y.s, x.s), cmp.Compare(x.v, y.v)) })
	return hs
}

// partMask returns the bits of the tokens of a name that are name words of
// part, its first or last name (last): the tokens of the part where the
// name writes them in a row, the last such run for a last name and the
// first for a first name, as a word may be written in both (Muhammad
// Muhammad Abdullah Al-Ahdal, whose Abdullah and Ahdal both read abd);
// else, word by word, the first token of each word's key.
func partMask(ts []token, part, lang string, last bool) uint64 {
	pt := tokens(part, lang)
	run := -1
	for k := 0; k+len(pt) <= len(ts) && len(pt) > 0; k++ {
		if slices.EqualFunc(ts[k:k+len(pt)], pt, func(a, b token) bool { return a.key == b.key }) {
			run = k
			if !last {
				break
			}
		}
	}
	var m uint64
	if run >= 0 {
		for j := run; j < run+len(pt) && j < 64; j++ {
			if ts[j].weight == weightName {
				m |= 1 << j
			}
		}
		return m
	}
	for _, l := range pt {
		if l.weight != weightName {
			continue
		}
		for j, t := range ts {
			if t.key == l.key && m&(1<<j) == 0 {
				m |= 1 << j
				break
			}
		}
	}
	return m
}

func sameVocab(a, b []nameTok) bool {
	return slices.EqualFunc(a, b, func(x, y nameTok) bool { return x.vocab == y.vocab })
}

func (ix *Index) buildLookup() {
	type entry struct {
		h uint64
		v uint32
	}
	var es []entry
	for v := range ix.vocab {
		ix.kanaWords = ix.kanaWords || ix.vocab[v].kana
		ix.hash.fileKeys(&ix.vocab[v], func(h uint64) { es = append(es, entry{h, uint32(v)}) })
	}
	slices.SortFunc(es, func(a, b entry) int {
		switch {
		case a.h < b.h:
			return -1
		case a.h > b.h:
			return 1
		}
		return int(a.v) - int(b.v)
	})
	es = slices.Compact(es)
	ix.lookup = make(map[uint64]uint64, len(es)/2)
	ix.lookupVocab = make([]uint32, len(es))
	for i := 0; i < len(es); {
		j := i
		for j < len(es) && es[j].h == es[i].h {
			ix.lookupVocab[j] = es[j].v
			j++
		}
		ix.lookup[es[i].h] = uint64(i)<<32 | uint64(j)
		i = j
	}
}

func (ix *Index) buildPostings() {
	counts := make([]uint32, len(ix.vocab)+1)
	last := make([]int32, len(ix.vocab))
	for i := range last {
		last[i] = -1
	}
	// each calls f once for each name and each vocabulary token in it.
	each := func(f func(v uint32, ni int32)) {
		for ni, n := range ix.names {
			if n.dup {
				continue
			}
			for _, t := range ix.toks[n.first:n.end] {
				if last[t.vocab] != int32(ni) {
					last[t.vocab] = int32(ni)
					f(t.vocab, int32(ni))
				}
			}
		}
	}
	each(func(v uint32, _ int32) { counts[v+1]++ })
	for v := 1; v < len(counts); v++ {
		counts[v] += counts[v-1]
	}
	ix.postStart = counts
	ix.postings = make([]uint32, counts[len(counts)-1])
	ix.postMask = make([]uint32, counts[len(counts)-1])
	fill := slices.Clone(counts[:len(ix.vocab)])
	for i := range last {
		last[i] = -1
	}
	each(func(v uint32, ni int32) {
		ix.postings[fill[v]] = uint32(ni)
		ix.postMask[fill[v]] = ix.positions(&ix.names[ni], v)
		fill[v]++
	})
}

// positions returns the bits of the positions of vocabulary token v in
// name n; a name of more than 32 tokens gives all bits.
func (ix *Index) positions(n *nameInfo, v uint32) uint32 {
	if n.end-n.first > 32 {
		return ^uint32(0)
	}
	var m uint32
	for j, t := range ix.toks[n.first:n.end] {
		if t.vocab == v {
			m |= 1 << j
		}
	}
	return m
}

// version returns the version of entity ei that name ni comes from.
func (ix *Index) version(ei, ni int) *sanctions.Entity {
	if v := ix.origins[ni].version; v > 0 {
		return ix.versions[uint32(ei)][v]
	}
	return ix.entities[ei]
}

// Len returns the number of entities in the index: the entities given to
// NewIndex, nil ones left out and the versions of one ID counted once.
func (ix *Index) Len() int { return len(ix.entities) }

// Stats describes the size of an Index.
type Stats struct {
	Entities int `json:"entities"` // entities indexed, as Len counts them
	Names    int `json:"names"`    // names indexed, each name given twice to one entity counted once
	Tokens   int `json:"tokens"`   // words of those names
	Words    int `json:"words"`    // distinct keys among them (the vocabulary)
	Keys     int `json:"keys"`     // distinct lookup keys of the inverted index
	// Bytes estimates the memory the index holds, the entities it points to
	// left out: its arrays, maps and strings, with the maps' overhead. On
	// the benchmark list it is within a tenth of the heap the index holds.
	Bytes int64 `json:"bytes"`
}

// readingSize returns the bytes of a reading's skeletons that are not its
// key's: a skeleton equal to the key, or a kana skeleton equal to the
// skeleton, is the same string.
func readingSize(key, skel, kskel string) int64 {
	var n int64
	if skel != key {
		n += int64(len(skel))
	}
	if kskel != skel {
		n += int64(len(kskel))
	}
	return n
}

// Stats returns the size of the index.
func (ix *Index) Stats() Stats {
	s := Stats{Entities: len(ix.entities), Words: len(ix.vocab), Keys: len(ix.lookup)}
	for _, n := range ix.names {
		if !n.dup {
			s.Names++
			s.Tokens += int(n.end - n.first)
		}
	}
	size := func(n int, each uintptr) int64 { return int64(n) * int64(each) }
	// A Go map fills its groups of 8 slots to 7 at most before it doubles
	// (maxAvgGroupLoad in Go's internal/runtime/maps), so that it holds
	// between 8/7 slots per entry, before it grows, and 16/7 after: about
	// 3/2, each slot with a control byte.
	mapSize := func(n int, slot uintptr) int64 { return int64(n) * int64(slot+1) * 3 / 2 }
	const str, slice = 16, 24 // the headers of a string and a slice
	b := size(cap(ix.entities), unsafe.Sizeof((*sanctions.Entity)(nil)))
	b += size(cap(ix.ents), unsafe.Sizeof(entityInfo{}))
	b += mapSize(len(ix.versions), 4+slice)
	for _, vs := range ix.versions {
		b += size(cap(vs), unsafe.Sizeof((*sanctions.Entity)(nil)))
	}
	for _, e := range ix.ents {
		b += size(cap(e.births), unsafe.Sizeof(partialDate{})) + size(cap(e.countries), str+2) + size(cap(e.ids), unsafe.Sizeof(idNumber{}))
		for _, x := range e.ids {
			b += int64(len(x.norm))
		}
	}
	b += size(cap(ix.names), unsafe.Sizeof(nameInfo{})) + size(cap(ix.origins), unsafe.Sizeof(nameOrigin{}))
	b += size(cap(ix.toks), unsafe.Sizeof(nameTok{})) + int64(len(ix.text))
	b += size(cap(ix.vocab), unsafe.Sizeof(token{}))
	for _, v := range ix.vocab {
		b += int64(len(v.key) + len(v.plain) + len(v.num))
		b += readingSize(v.key, v.skel, v.kskel)
		b += size(cap(v.alts), unsafe.Sizeof(form{}))
		for _, a := range v.alts {
			b += int64(len(a.key)) + readingSize(a.key, a.skel, a.kskel)
		}
	}
	b += mapSize(len(ix.lookup), 8+8)
	b += size(cap(ix.lookupVocab), 4) + size(cap(ix.postStart), 4) + size(cap(ix.postings), 4) + size(cap(ix.postMask), 4)
	b += size(cap(ix.nearStart), 4) + size(cap(ix.near), unsafe.Sizeof(hit{}))
	b += mapSize(len(ix.ids), str+slice)
	for k, v := range ix.ids {
		b += int64(len(k)) + size(cap(v), 4)
	}
	// The keys of keyVocab are the vocabulary's; those of alone and
	// acronyms are made apart.
	b += mapSize(len(ix.keyVocab), str+slice)
	for _, v := range ix.keyVocab {
		b += size(cap(v), 4)
	}
	b += mapSize(len(ix.abjadKeys), str+slice)
	for k, v := range ix.abjadKeys {
		b += int64(len(k)) + size(cap(v), str)
	}
	b += mapSize(len(ix.joined), 8) + size(cap(ix.joined3), 8) + mapSize(len(ix.alone), str)
	for k := range ix.alone {
		b += int64(len(k))
	}
	b += mapSize(len(ix.acronyms), str+slice)
	for k, v := range ix.acronyms {
		b += int64(len(k)) + size(cap(v), 4)
	}
	b += size(cap(ix.acrKeys), str)
	b += mapSize(len(ix.slipNear), 4+8) + size(cap(ix.slipWords), unsafe.Sizeof(slipWord{}))
	s.Bytes = b
	return s
}
