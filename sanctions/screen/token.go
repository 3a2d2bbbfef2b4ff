package screen

import (
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Bounds on the text of one name, so that hostile input costs little: a
// name is read up to maxNameBytes bytes and maxWords words, a word up to
// maxWordBytes bytes, and a key is at most maxKeyLen bytes.
const (
	maxNameBytes = 1 << 10
	maxWords     = 32
	maxWordBytes = 256
	maxKeyLen    = 48
)

// A token is one word of a name, as the scorer compares it.
type token struct {
	word string // the word as written, for reasons
	raw  string // the word in lower-case ASCII, before folding
	key  string // the folded key
	// rawKey is fold(raw) when known, "" when not: the key the word as
	// written gives by the general rules alone (see finish).
	rawKey string
	skel   string // the key's consonants
	kskel  string // skel with the letters katakana writes alike made one (kanaFold)
	abjad  bool   // written in a script without vowels: compared by skeleton
	kana   bool   // written in kana: compared by kanaFold of the keys
	hyphen bool   // joined to the next word by a hyphen
	weight float64
	// titled is set for a title that weighs as a name after the article
	// (Mohamed El Sayed: a family name): it pairs with the title it is
	// (see titleAsName).
	titled bool
	// alts are the token's other readings, each a key with its skeleton
	// and the factor its similarity is multiplied by: the spellings of
	// other systems (Revised Romanization beside McCune-Reischauer, pinyin
	// for Wade-Giles), the Korean reading of a Han character, the given
	// name a short form stands for (0.9), the number a numeral writes.
	alts []form
	// plain is the word as written, in lower-case ASCII, when it is not
	// its key and a typo of it may break what folding reads as one (see
	// finish and plainFactor); "" for none.
	plain string
	// num is the number the token writes ("3" for 3, III, three, 3rd),
	// "" for none.
	num string
	// flags: tokInitial, tokAfterBin, tokAfterAl.
	flags uint8
	// first is the first letter of the word in lower-case ASCII, before
	// folding: what an initial stands for.
	first byte
	// dot is set when the word was written with a dot after it or
	// between its letters (V.V., S.A.).
	dot bool
}

// A form is a reading of a token: a key, its skeleton and kana skeleton,
// and the factor of its similarity.
type form struct {
	key, skel, kskel string
	f                float64
}

// form returns the token's own reading as a form, of factor 1.
func (t *token) form() form { return form{t.key, t.skel, t.kskel, 1} }

// Token flags.
const (
	tokInitial    = 1 << iota // a given name written as its initial (V., V.V.)
	tokAfterBin               // follows bin or bint: a father's name in a genealogy
	tokAfterAl                // follows the article al: a family, tribal or place name (nisba)
	tokSyllable               // a syllable of Han or Hangul, which weighs as a word
	tokTitleTypo              // a name word of the query read as the title it is one typo from (Muklah, Mullah)
	tokDotted                 // a company form of two letters, each with a dot, that may be two initials (A.G., S.A.)
	tokTheophoric             // a word read by theophoric, whose key is not its own
	tokAfterComma             // the first word after the one comma of a name written family name first
)

// A word is a run of letters, digits and marks in a name, with the
// apostrophes and dots inside it.
type word struct {
	text   string
	hyphen bool // the next word follows a single hyphen
	dot    bool // a dot follows the word, or is inside it
	comma  bool // a comma follows the word
}

// nfkc returns s in Unicode normalisation form NFKC, which also folds
// compatibility characters (the MICRO SIGN µ of the IBDA-C Greek alias is
// μ, a fullwidth Ａ is A).
func nfkc(s string) string {
	if len(s) > maxNameBytes {
		s = s[:maxNameBytes]
		for !utf8.ValidString(s) && len(s) > 0 {
			s = s[:len(s)-1]
		}
	}
	if isASCII(s) || norm.NFKC.IsNormalString(s) {
		return s
	}
	return norm.NFKC.String(s)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// isJoiner reports whether r is deleted inside a word rather than
// separating words: apostrophes and their look-alikes (O’Brien, Qa'ida,
// the Belarusian and Ukrainian apostrophe), dots of abbreviations (S.A.,
// L.L.C.), the soft hyphen and the middle dot, the Hebrew geresh and
// gershayim.
func isJoiner(r rune) bool {
	switch r {
	case '\'', '’', '‘', 'ʼ', 'ʻ', '`', '´', '′', 'ʹ', 'ʺ', 'ˈ', '.', '·', '\u00ad', '׳', '״', zwnj:
		return true
	}
	return false
}

// readingsMerelySimilar reports whether two readings of one word are a
// pair only as merely similar (see merelySimilar).
func readingsMerelySimilar(a, b string) bool {
	s, d, n := similarityOf(a, b, floorTwentieths)
	return s > 0 && merelySimilar(d, n)
}

// gershayim reports whether a double quote after letter prev and before
// rest stands for the Hebrew gershayim (״, U+05F4 HEBREW PUNCTUATION
// GERSHAYIM), which marks a word written as an abbreviation and for which,
// most keyboards having no key for it, a double quote is written
// (en.wikipedia "Gershayim", Computer encoding) (כ"ץ, Katz; ש"ס, Shas):
// between two Hebrew letters.
func gershayim(prev rune, rest string) bool {
	next, _ := utf8.DecodeRuneInString(rest)
	return unicode.Is(unicode.Hebrew, prev) && unicode.IsLetter(prev) && unicode.Is(unicode.Hebrew, next) && unicode.IsLetter(next)
}

// trimJoiners trims the joiners at either end of a word, but for a geresh
// after the Hebrew gimel, zayin or tsadi, which is part of the letter
// (סמוטריץ', Smotrich).
func trimJoiners(raw string) string {
	if raw == "" || asciiWordByte(raw[0]) && asciiWordByte(raw[len(raw)-1]) {
		return raw // most words: no joiner at either end
	}
	lead := len(raw) - len(strings.TrimLeftFunc(raw, isJoiner))
	t := strings.TrimFunc(raw, isJoiner)
	if rest := raw[lead+len(t):]; t != "" && rest != "" {
		last, _ := utf8.DecodeLastRuneInString(t)
		r, _ := utf8.DecodeRuneInString(rest)
		if (last == 'ג' || last == 'ז' || last == 'צ' || last == 'ץ') && (r == '\'' || r == '’' || r == '׳') {
			t += string(r)
		}
	}
	return t
}

// camelRest reports whether s, which begins with an upper-case letter
// after word, which ends with a lower-case one, begins a word of its own:
// two letters or more (SiemensAG, VladimirPutin; not GmbH), or one, an
// initial, after three lower-case letters or more (ShafiqA. for Shafiq
// A., a space left out; not GmbH, KfW, PhD). A word of one lower-case
// letter is no word before it: it is the first two letters of a
// capitalised word swapped (bAdul for Abdul, hAji for Haji).
func camelRest(s, word string) bool {
	if utf8.RuneCountInString(word) == 1 {
		return false
	}
	n := 0
	for _, r := range s {
		if !unicode.IsLetter(r) {
			break
		}
		n++
	}
	if n == 1 {
		lower := 0
		for _, r := range word {
			if unicode.IsLower(r) {
				lower++
			} else {
				lower = 0
			}
		}
		return lower >= 3
	}
	return n >= 2
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiWordByte(byte(r))
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// asciiWordByte reports whether c, an ASCII byte, is a letter or a digit:
// isWordRune of an ASCII character.
func asciiWordByte(c byte) bool {
	return 'a' <= c|0x20 && c|0x20 <= 'z' || '0' <= c && c <= '9'
}

// percentWord returns s with each percent sign written as the word
// percent, a word of its own that the letters after the sign continue:
// 3%ers is 3 percenters, as the Three Percenters write their name. A sign
// is a separator for splitWords, which would leave the number and ers.
func percentWord(s string) string {
	if strings.IndexByte(s, '%') < 0 {
		return s
	}
	return strings.ReplaceAll(s, "%", " percent")
}

// splitNumberMarks returns ws with each word that joins No or Nr to the
// digits of a number (No.8, NO8, Nr.8, and № 8 as NFKC writes it, No8)
// written as the two words, which a name writes apart as often (Maru No.
// 8): the rules on whole words then read No as the mark of the number it
// is.
func splitNumberMarks(ws []word) []word {
	for i := 0; i < len(ws); i++ {
		t := ws[i].text
		if len(t) < 3 || t[0]|0x20 != 'n' || t[1]|0x20 != 'o' && t[1]|0x20 != 'r' {
			continue
		}
		num := strings.TrimPrefix(t[2:], ".")
		if num == "" || !isDigits(num) || len(ws) >= maxWords {
			continue
		}
		ws = slices.Insert(ws, i+1, word{text: num, hyphen: ws[i].hyphen, comma: ws[i].comma})
		ws[i] = word{text: t[:2]}
		i++
	}
	return ws
}

// splitWords splits s into at most limit words. Hyphens, commas, quotes
// («» „“ ”), brackets, slashes and every other character are separators.
// Words written in camel case are split where a lower-case Latin letter
// meets an upper-case one (VladimirPutin, SiemensAG).
func splitWords(s string, limit int) []word {
	ws := make([]word, 0, min(strings.Count(s, " ")+1, limit)) // most words are between spaces
	start := -1
	flush := func(end int, hyphen bool) {
		if start >= 0 {
			raw := s[start:end]
			t := trimJoiners(raw)
			if t != "" {
				dot := strings.ContainsRune(raw, '.')
				ws = append(ws, word{text: t, hyphen: hyphen, dot: dot})
			}
			start = -1
		}
	}
	prev := ' '
	for i, r := range s {
		if isWordRune(r) || isJoiner(r) || r == '"' && start >= 0 && gershayim(prev, s[i+1:]) {
			if start >= 0 && unicode.IsUpper(r) && unicode.IsLower(prev) && unicode.Is(unicode.Latin, prev) && unicode.Is(unicode.Latin, r) && camelRest(s[i:], s[start:i]) {
				flush(i, false)
				if len(ws) >= limit {
					return ws
				}
			}
			if start < 0 {
				start = i
			}
			prev = r
			continue
		}
		prev = r
		hyphen := unicode.Is(unicode.Pd, r)
		if hyphen {
			next, _ := utf8.DecodeRuneInString(s[i+utf8.RuneLen(r):])
			hyphen = isWordRune(next)
		}
		flush(i, hyphen)
		if (r == ',' || r == '،') && len(ws) > 0 { // NFKC has made the fullwidth comma ','
			ws[len(ws)-1].comma = true // a comma after a word, or after the space after it
		}
		if len(ws) >= limit {
			return ws
		}
	}
	flush(len(s), false)
	return ws
}

// particlesFirst returns ws with the particles of the family name of a
// name written family name first with one comma, which that form writes
// after the given name (Gaulle, Charles de; Beethoven, Ludwig van; Sayed,
// Kader Es, as library catalogues invert names with a separately written
// prefix: AACR2 rule 22.5D1, RDA Appendix F.11), moved before the family
// name, where the name written in order has them: the assimilated Arabic
// article reads as one only before its noun (see sunArticle). It moves
// only the last words after the comma, when they are all particles and
// at least one word is left after the comma. It may reorder ws in place.
func particlesFirst(ws []word) []word {
	comma := oneComma(ws)
	if comma < 0 {
		return ws
	}
	n := 0 // the particles at the end
	for k := len(ws) - 1; k > comma+1 && familyParticle(ws[k].text); k-- {
		n++
	}
	if n == 0 {
		return ws
	}
	moved := slices.Clone(ws[len(ws)-n:])
	for i := range moved {
		moved[i].hyphen, moved[i].comma = false, false
	}
	ws[len(ws)-n-1].hyphen = false
	copy(ws[n:], ws[:len(ws)-n])
	copy(ws, moved)
	return ws
}

// oneComma returns the index of the word of ws that a comma follows, when
// one does and no other: a name written family name first (Al-Tikriti,
// Raghad Saddam Hussein); -1 otherwise.
func oneComma(ws []word) int {
	comma := -1
	for k, w := range ws {
		if w.comma {
			if comma >= 0 {
				return -1
			}
			comma = k
		}
	}
	return comma
}

// familyParticle reports whether w, a word as written, is a particle that
// begins a family name: the Arabic article, as written apart or
// assimilated (see sunParticles), and the prefixes of French, Italian,
// Spanish, Portuguese, Dutch and German family names (RDA Appendix F.11).
func familyParticle(w string) bool {
	switch w = strings.ToLower(w); w {
	case "al", "el", "de", "da", "di", "du", "del", "della", "dos", "das", "do", "van", "von", "der", "den",
		"ter", "ten", "le", "la", "les", "des":
		return true
	}
	return sunParticles[w] != ""
}

// scan returns the tokens of s, an alias in language lang ("" when
// unknown), before the rules on whole words: each word transliterated to
// lower-case ASCII and folded, with its other readings.
func scan(s, lang string, buf []token) []token {
	s = percentWord(nfkc(s))
	ws := particlesFirst(joinArabicParts(splitNumberMarks(splitWords(s, maxWords))))
	cyr := ""
	cyrLang := func() string {
		if cyr == "" {
			cyr = cyrillicLanguage(s, lang)
		}
		return cyr
	}
	// Wade-Giles writes the syllables of a given name joined by a hyphen
	// (Mao Tse-tung), and the aspirated initials with an apostrophe
	// (Hsi Chin-p'ing): only the words of a name that has one are read
	// as Wade-Giles.
	wade := false
	for _, w := range ws {
		wade = wade || w.hyphen || strings.IndexByte(w.text, '\'') >= 0 || !isASCII(w.text) && strings.ContainsAny(w.text, "’ʻ")
	}
	ts := buf[:0]
	if ts == nil {
		ts = make([]token, 0, len(ws)+1)
	}
	// A name written with one comma between words is written with its
	// family name first (Al-Tikriti, Raghad Saddam Hussein): the first
	// token after the comma begins the given name (see tokAfterComma).
	given := -1
	if c := oneComma(ws); c >= 0 {
		given = c + 1
	}
	hasRules := len(rulesOf(lang)) > 0
	var rbuf [2]rawWord // most words give one reading: no slice to allocate
	afterComma := false // until a token of the word after the comma, or of the first after it that gives one
	for k, w := range ws {
		afterComma = afterComma || k == given
		raws := transliterate(rbuf[:0], w.text, cyrLang)
		for i, rw := range raws {
			raw := rw.s
			if raw == "" {
				continue
			}
			if len(raw) > maxWordBytes {
				raw = raw[:maxWordBytes]
			}
			key := keyOf(raw, lang)
			if key == "" {
				continue
			}
			t := token{word: w.text, raw: raw, key: key, abjad: rw.abjad, kana: rw.kana, hyphen: w.hyphen && i == len(raws)-1,
				first: raw[0], dot: w.dot && len(raws) == 1}
			if !hasRules && 2*len(raw) <= maxKeyLen {
				// keyOf folds raw as it is, and folding at most doubles a
				// word (x is ks): keyOf cuts nothing, and the key is
				// fold(raw).
				t.rawKey = key
			}
			if rw.syllable {
				t.flags |= tokSyllable
			}
			for _, a := range rw.alts {
				t.addAlt(keyOf(a, lang), 1)
			}
			if hasRules {
				// The word read as a query reads it, without a language:
				// the lists write many names alike in every language
				// (Hassan il Vecchio in Italian, Hassan ix-Xiħ in
				// Maltese), and a query does not say its language. Only
				// when the two readings are out of each other's reach or
				// merely similar (Xellug in Maltese, shelug, and as
				// written, kselug: see wordSimilarity): else the query
				// meets the language's reading already (Loukachenko), and
				// the reading would cost the index and the search without
				// a match more.
				if plain := keyOf(raw, ""); !near1(plain, key, minKeyEdit) || readingsMerelySimilar(plain, key) {
					t.addAlt(plain, 1)
				}
			}
			if wade && rw.alts == nil && !rw.syllable && !rw.abjad && isLatinWord(w.text) {
				// A syllable of Wade-Giles has its pinyin readings.
				for _, p := range wadeGiles(raw, aspirated(w.text)) {
					t.addAlt(keyOf(p, ""), 1)
				}
			}
			if utf8.RuneCountInString(w.text) == 1 && unicode.IsUpper([]rune(w.text)[0]) || len(raw) == 1 && w.dot && isASCII(raw) {
				t.flags |= tokInitial
			}
			if afterComma {
				t.flags |= tokAfterComma
				afterComma = false
			}
			ts = append(ts, t)
		}
	}
	return ts
}

// jAsZh returns raw, a word in lower-case ASCII, with each j read as
// French and Portuguese write ж, zh (Prigojine, Prigozhin; Joukov,
// Zhukov; Brejnev, Brezhnev), and whether it has one: not the j of a
// digraph that folding reads (dj, zj, sj, tj; дж, ж, ш, ч in French,
// Dutch and Swedish spellings).
func jAsZh(raw string) (string, bool) {
	var b []byte
	from := 0
	for i := 0; i < len(raw); i++ {
		if raw[i] != 'j' || i > 0 && strings.IndexByte("dzstc", raw[i-1]) >= 0 {
			continue
		}
		b = append(append(b, raw[from:i]...), "zh"...)
		from = i + 1
	}
	if b == nil {
		return "", false
	}
	return string(append(b, raw[from:]...)), true
}

// germanRussian reports whether raw, a word in lower-case ASCII, ends as
// German writes the endings of Russian names (Duden transliteration): -ow,
// -ew, -owa, -ewa for -ов, -ев, -ова, -ева; -owitsch, -ewitsch, -owna,
// -ewna for the patronymics; -skaja for -ская.
func germanRussian(raw string) bool {
	for _, e := range [...]string{"ow", "ew", "owa", "ewa", "itsch", "owna", "ewna", "skaja"} {
		if len(raw) >= len(e)+3 && strings.HasSuffix(raw, e) {
			return true
		}
	}
	return false
}

// foldedRaw returns fold(t.raw).
func (t *token) foldedRaw() string {
	if t.rawKey != "" {
		return t.rawKey
	}
	return fold(t.raw)
}

// isLatinWord reports whether the first letter of text is Latin.
func isLatinWord(text string) bool {
	for _, r := range text {
		if unicode.IsLetter(r) {
			return unicode.Is(unicode.Latin, r)
		}
	}
	return false
}

// aspirated reports whether a word in Wade-Giles marks its initial as
// aspirated: an apostrophe after its first letters (P'ing, Ch'in).
func aspirated(text string) bool {
	for i, r := range text {
		if isJoiner(r) && r != '.' {
			return i > 0 && i <= 3
		}
	}
	return false
}

// addAlt adds the reading k to t, unless it is t's key or one of its
// readings already.
func (t *token) addAlt(k string, f float64) {
	if k == "" || k == t.key {
		return
	}
	for i := range t.alts {
		if t.alts[i].key == k {
			t.alts[i].f = max(t.alts[i].f, f)
			return
		}
	}
	t.alts = append(t.alts, form{key: k, f: f})
}

// keyOf folds raw, a word of an alias in language lang, to its key.
func keyOf(raw, lang string) string {
	k := fold(langFold(raw, lang))
	if len(k) > maxKeyLen {
		k = fold(k[:maxKeyLen])
	}
	return k
}

// transliterate writes a word in lower-case ASCII, each letter by its
// script's system, and appends its readings to dst; a word in Arabic
// script may give two (the article).
func transliterate(dst []rawWord, text string, cyrLang func() string) []rawWord {
	if isASCII(text) {
		return append(dst, rawWord{s: asciiWord(text)})
	}
	if ws, ok := scriptWord(text); ok {
		return append(dst, ws...)
	}
	rs := make([]rune, 0, len(text))
	abjad := false
	for _, r := range text {
		if n := len(rs); r == zwnj && n > 0 && rs[n-1] == 'ه' {
			rs[n-1] = 'ە' // the silent he of Persian, the vowel e
		}
		if isJoiner(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Me, r) || r == 'ـ' {
			continue
		}
		r = unicode.ToLower(r)
		if u, ok := urduLetters[r]; ok {
			r = u
		}
		if r == '∆' { // INCREMENT, written for Δ in the Greek aliases of the 2016 list
			r = 'δ'
		}
		if g, ok := greekTonos[r]; ok {
			r = g
		}
		if isArabic(r) && !isArabicDigit(r) {
			abjad = true
		}
		rs = append(rs, r)
	}
	if abjad {
		return append(dst, arabicWord(string(rs))...)
	}
	w := rawWord{s: readLetters(rs, cyrLang, false)}
	if slices.ContainsFunc(rs, isGreek) {
		// A Greek word has the reading of a foreign name as Greek writes
		// it beside its ELOT 743 reading, where they differ (see
		// greekWord).
		if f := readLetters(rs, cyrLang, true); f != w.s {
			w.alts = []string{f}
		}
	}
	return append(dst, w)
}

// urduLetters are the letters of Urdu that write letters of Arabic, read
// as those: U+06C1 ARABIC LETTER HEH GOAL, the he of Urdu (اللہ is الله,
// Allah; اظہر, Azhar), U+06C3 ARABIC LETTER TEH MARBUTA GOAL and U+06C2
// ARABIC LETTER HEH GOAL WITH HAMZA ABOVE (The Unicode Standard, the
// Arabic block, whose names say which letter each writes).
var urduLetters = map[rune]rune{'ہ': 'ه', 'ۃ': 'ة', 'ۂ': 'ۀ'}

func isGreek(r rune) bool { return r >= 0x370 && unicode.Is(unicode.Greek, r) }

// readLetters writes the letters rs of a word, in lower case and without
// diacritics, in lower-case ASCII (see transliterate); foreign is
// greekWord's.
func readLetters(rs []rune, cyrLang func() string, foreign bool) string {
	var b strings.Builder
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case r < utf8.RuneSelf:
			if isWordRune(r) {
				b.WriteRune(r)
			}
		case isGreek(r):
			j := i
			for j < len(rs) && isGreek(rs[j]) {
				j++
			}
			greekWord(rs[i:j], &b, foreign)
			i = j
			continue
		case unicode.Is(unicode.Cyrillic, r):
			if s, ok := cyrillicLetter(r, cyrLang()); ok {
				b.WriteString(s)
			} else {
				b.WriteString(stripMarks(r))
			}
		case isArabicDigit(r):
			b.WriteByte(byte('0' + r - 0x660))
		case 0x6f0 <= r && r <= 0x6f9: // extended Arabic-Indic digits
			b.WriteByte(byte('0' + r - 0x6f0))
		case unicode.Is(unicode.Latin, r):
			if s, ok := latinLetter(r); ok {
				b.WriteString(s)
			}
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			// A script without a table here: the letter's code point, so
			// that the same spelling still meets itself.
			b.WriteString(codePoint(r))
		}
		i++
	}
	s := b.String()
	// Cyrillic letters with no table entry are written as their base
	// letter; keep only what is ASCII.
	if !isASCII(s) {
		s = strings.Map(func(r rune) rune {
			if r < utf8.RuneSelf {
				return r
			}
			return -1
		}, s)
	}
	return strings.ToLower(s)
}

// asciiWord returns text, a word in ASCII, in lower case, with its
// letters and digits only.
func asciiWord(text string) string {
	plain := true
	for i := 0; i < len(text) && plain; i++ {
		c := text[i]
		plain = 'a' <= c && c <= 'z' || '0' <= c && c <= '9'
	}
	if plain {
		return text
	}
	b := make([]byte, 0, len(text))
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case 'A' <= c && c <= 'Z':
			b = append(b, c+'a'-'A')
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
			b = append(b, c)
		}
	}
	return string(b)
}

// codePoint writes r as its code point in decimal: how a letter of a
// script without a reading here is keyed, so that the same spelling still
// meets itself.
func codePoint(r rune) string { return strconv.Itoa(int(r)) }

// sunParticles are the forms of the Arabic article assimilated to the
// "sun letter" that begins the noun (ad-Duri, as-Sattar, az-Zawahiri),
// with that letter.
var sunParticles = map[string]string{
	"ad": "d", "an": "n", "ar": "r", "as": "s", "at": "t", "az": "z", "ash": "sh",
	"ed": "d", "en": "n", "er": "r", "es": "s", "et": "t", "ez": "z", "esh": "sh",
}

// sunArticle reports whether tok is the Arabic article assimilated to the
// sun letter that next begins with: joined to it by a hyphen (ad-Duri,
// es-Sayed), or written apart before a word of five letters or more that
// begins with the article's consonant as written and a vowel (An Najaf,
// Es Sayed, Az Zabadani, as the EU's list writes them): the consonant
// doubled says it is the article, as an Arabic word begins with one
// consonant and a vowel (As Sahab, not As Stella); a shorter word may be
// a syllable of a Korean or Chinese name after the surname An (An Nam,
// An Ning).
func sunArticle(tok, next *token) bool {
	sun := sunParticles[tok.key]
	if sun == "" || !strings.HasPrefix(next.key, sun) {
		return false
	}
	if tok.hyphen {
		return true
	}
	c := tok.raw[min(1, len(tok.raw)):] // the consonant as written: n of an, sh of ash
	return len(next.raw) >= 5 && c != "" && strings.HasPrefix(next.raw, c) && isVowel(next.raw[len(c)])
}

// tokens returns the tokens of s, an alias in language lang ("" when
// unknown), with the rules on whole words applied: company forms become
// one canonical key, courtesy titles are dropped, and the Arabic article
// and the names with abd are written one way.
func tokens(s, lang string) []token {
	return appendTokens(nil, nil, s, lang)
}

// appendTokens appends the tokens of s, as tokens returns them, to dst and
// returns the extended slice; buf, when not nil, holds the tokens of s
// before the rules, kept from one call to the next (see tokenBuf).
func appendTokens(dst []token, buf *[]token, s, lang string) []token {
	var ts []token
	if buf != nil {
		ts = scan(s, lang, *buf)
		*buf = ts
	} else {
		ts = scan(s, lang, nil)
	}
	t := tables()
	if dst == nil {
		dst = make([]token, 0, len(ts)+2)
	}
	start := len(dst)
	out := dst
next:
	for i := 0; i < len(ts); i++ {
		tok := ts[i]
		for _, p := range t.phrases[tok.key] {
			if i+len(p.keys) > len(ts) {
				continue
			}
			ok := true
			for j, k := range p.keys {
				if ts[i+j].key != k {
					ok = false
					break
				}
			}
			if !ok {
				continue
			}
			words := make([]string, len(p.keys))
			for j := range p.keys {
				words[j] = ts[i+j].word
			}
			last := ts[i+len(p.keys)-1]
			out = append(out, token{word: strings.Join(words, " "), raw: p.key, key: p.key, hyphen: last.hyphen})
			i += len(p.keys) - 1
			continue next
		}
		k, ok := t.company[tok.raw]
		if !ok && tok.dot {
			k, ok = dottedForms[tok.raw]
		}
		if ok {
			// A company form as written: not a word that folds to one
			// (Path, pat, is not ПАТ; Agh, ag, is not AG).
			tok.key, tok.abjad, tok.kana = k, false, false
			if len(tok.raw) == 2 && tok.dot && letterCount(tok.word) == 2 && isASCIILetters(tok.raw) && isUpperWord(tok.word) {
				tok.flags |= tokDotted
			}
		} else if len(tok.raw) == 2 && letterCount(tok.word) == 2 && (tok.dot || !isVowel(tok.raw[0]) && !isVowel(tok.raw[1]) && tok.raw[0] != tok.raw[1]) && isASCIILetters(tok.raw) && isUpperWord(tok.word) &&
			t.titles[tok.key] == 0 && !t.honorific[tok.key] && !(i > 0 && i == len(ts)-1 && !tok.dot && roman(tok.raw) > 0) {
			// Two initials written together (V.V., A.G., JC); not a Roman
			// numeral that ends a name of several words (Trust XV, Fund
			// XL), which is a number.
			for k, c := range []byte(tok.raw) {
				x := tok
				x.raw, x.key, x.first, x.flags = string(c), fold(string(c)), c, tokInitial
				if k == 0 {
					x.flags |= tok.flags & tokAfterComma // Putin, V.V.
				}
				x.rawKey = x.key
				out = append(out, x)
			}
			continue
		}
		switch {
		case t.honorific[tok.key] && !tok.abjad:
			// A courtesy title as written, not the reading of a word of
			// an abjad that spells its key (סער, Sa'ar: sr, as Sr). The
			// given name after a comma begins after it (Smith, Mr John).
			if i+1 < len(ts) {
				ts[i+1].flags |= tok.flags & tokAfterComma
			}
			continue
		case tok.key == "el" || tok.key == "ul" && len(out) > 0 && out[len(out)-1].key == "abd":
			tok.key = "al"
		case tok.key == "ibn" || tok.key == "ben":
			tok.key = "bin"
		case i+1 < len(ts) && sunArticle(&tok, &ts[i+1]):
			tok.key = "al"
		case len(tok.key) >= 5 && strings.HasPrefix(tok.key, "abd") && isVowel(tok.key[3]) && tok.key[4] == 'l':
			// Abdel, Abdul, Abdal: the article joined to abd (Abdel Hamid,
			// Abd al-Hamid); Abdullah and Abdallah are abd and Allah.
			rest := tok.key[5:]
			switch {
			case rest == "":
				out = append(out, with(tok, "abd"), with(tok, "al"))
				continue
			case rest == "a":
				out = append(out, with(tok, "abd"), compound(tok, "ala"))
				continue
			case len(rest) >= 3:
				out = append(out, with(tok, "abd"), with(tok, "al"), compound(tok, fold(rest)))
				continue
			}
		case abdAssimilated(tok.raw) != "":
			// Abd and the article assimilated to the sun letter the name
			// after it begins with, in one word (Abdurrahman, Abdussalam:
			// Abd al-Rahman, Abd al-Salam).
			out = append(out, with(tok, "abd"), with(tok, "al"), compound(tok, fold(abdAssimilated(tok.raw))))
			continue
		case abdTypo(tok.key) || !strings.HasPrefix(tok.key, "abd") && strings.HasPrefix(tok.raw, "abd") && abdTypo(tok.raw):
			// Abdul with a letter mistyped or two swapped (Adbul, Abdlu),
			// or the article assimilated (Abdur, Abdus); and, as written,
			// abd followed by the article mistyped when folding reads the
			// d of abd with the typo (Abdjl, whose dj folds as j). Not
			// when folding keeps abd, whose key then says what the word
			// is (Abdou, abdu, a name of its own), nor when the word as
			// written does not begin with abd: the letters that folding
			// drops are as often a typo of another name (AAdel, Adel).
			out = append(out, with(tok, "abd"), with(tok, "al"))
			continue
		}
		if key, ok := theophoric(ts, i); ok && key != tok.key {
			// One name, however its parts are linked (Nuruddin,
			// Nureddine, Nur al-Din; Saifullah, Saif Allah), its key as
			// written another reading.
			whole := tok.key
			tok.key = key
			tok.addAlt(whole, 1)
			tok.flags |= tokTheophoric
		}
		out = append(out, tok)
	}
	return out[:start+len(finish(t, out[start:]))]
}

// Arabic names made of a name and Allah (Saifullah, Saif Allah: sword of
// God) or al-Din (Nur al-Din, Nuruddin, Nureddine: light of the
// religion) are one name, whose parts the spellings join or write apart,
// linked by vowels of their own. theophoric returns the key that ts[i]
// is read by so that every spelling gives the same key, or the same keys
// joined (see Index.joins): a word that ends with Allah or al-Din, as the
// name's key and allahKey or dinKey joined; al-Din written apart after a
// name, as dinKey (Ullah written apart keeps its key: Index.joins reads
// the name and it joined as one, and alone it is not the Allah of abd
// and Allah, Obaid Ullah not Abdullah); the article before Din written ud,
// ad, ed (Noor ud Din), as al. The name has three letters or more, and is
// not abd, which the rules on abd read (Abdullah). It returns false when
// ts[i] is none of these.
func theophoric(ts []token, i int) (string, bool) {
	s := &ts[i]
	raw := s.raw
	if len(raw) < 2 || s.abjad || s.kana {
		return "", false
	}
	key, ok := "", false
	switch {
	case len(raw) <= 6:
		// A word written apart: Ullah or Uddin after a name, ud before Din.
		named := i > 0 && !particle[ts[i-1].key] && len(ts[i-1].raw) >= 3
		switch {
		case named && dinWord(raw):
			key, ok = dinKey, true
		case dinArticle(raw) && i+1 < len(ts) && (ts[i+1].raw == "din" || ts[i+1].raw == "deen" || ts[i+1].raw == "dine"):
			key, ok = "al", true
		}
	case strings.HasPrefix(s.key, "abd"):
		// The rules on abd read it (Abdullah).
	case strings.HasSuffix(raw, "lah") || strings.HasSuffix(raw, "lla"):
		for _, suf := range allahSuffixes {
			if len(raw) >= len(suf)+3 && strings.HasSuffix(raw, suf) {
				key, ok = theophoricStem(fold(raw[:len(raw)-len(suf)]))+allahKey, true
				break
			}
		}
	case strings.HasSuffix(raw, "in") || strings.HasSuffix(raw, "ine") || strings.HasSuffix(raw, "een"):
		for _, suf := range dinSuffixes {
			if len(raw) >= len(suf)+3 && strings.HasSuffix(raw, suf) {
				key, ok = theophoricStem(fold(raw[:len(raw)-len(suf)]))+dinKey, true
				break
			}
		}
	}
	if !ok || !isASCIILetters(raw) || !isLatinWord(s.word) {
		return "", false
	}
	return key, true
}

// theophoricStem returns the key of the name in a theophoric name, k,
// with an e before a consonant that begins it as i: the i of the Arabic
// names as French and Persian transcriptions write it (en.wikipedia.org
// "Al-Qassam Brigades": the Izz ad-Din al-Qassam Brigades, "also spelt
// Izzedine or Ezzedeen"; Ehsanullah, Ihsan). The names written apart and
// joined read it so too (see allahJoin).
func theophoricStem(k string) string {
	if len(k) >= 2 && k[0] == 'e' && !strings.ContainsRune("aeiouy", rune(k[1])) {
		return "i" + k[1:]
	}
	return k
}

// dinWord reports whether raw, a word written apart after a name, is
// al-Din as the endings of dinSuffixes write it (Salah Uddin, Salah
// Eddine).
func dinWord(raw string) bool { return slices.Contains(dinSuffixes, raw) }

func dinArticle(raw string) bool {
	switch raw {
	case "ud", "ad", "ed", "ul", "id":
		return true
	}
	return false
}

// The keys of the parts of theophoric names, and their spellings: the
// endings of one word, and the words written apart.
const (
	allahKey = "ala"
	ullahKey = "ula" // Ullah written apart (Saif Ullah)
	dinKey   = "aldin"
)

var (
	allahSuffixes = []string{"ullah", "allah", "ollah", "illah", "ellah", "ulah", "ulla", "alla", "olla"}
	dinSuffixes   = []string{"uddin", "uddine", "uddeen", "eddine", "eddeen", "eddin", "iddin", "addin", "aldine", "aldin", "uldin", "eldin", "udin", "edine", "edeen", "edin"}
	// particle holds the keys of words that begin no theophoric name.
	particle = map[string]bool{"al": true, "abu": true, "bin": true, "bint": true, "abd": true, "ibn": true, "ben": true, "el": true}
)

// A tokenBuf holds the tokens of the names of a query, and those of one
// name before the rules, from one search to the next (see tokenBufs): a
// token is large, and a search reads a few of them.
type tokenBuf struct {
	toks, scan []token
	// The query and its forms (at most maxForms), which are only read
	// during its search.
	q        query
	forms    [maxForms]qform
	formPtrs [maxForms]*qform
}

var tokenBufs = sync.Pool{New: func() any { return new(tokenBuf) }}

// finish gives the tokens of a name their numbers, other readings,
// flags, skeletons and weights.
func finish(t *wordTables, ts []token) []token {
	out := ts[:0]
	for i := 0; i < len(ts); i++ {
		tok := ts[i]
		// "No." before a number (Maru No. 8, №8) says nothing.
		if (tok.key == "no" || tok.key == "nr") && i+1 < len(ts) && numberOf(&ts[i+1]) != "" {
			continue
		}
		// A ship's IMO number written in its name (Ocean Star (IMO
		// 9074729)) is an identifier, not a word of the name.
		if tok.raw == "imo" {
			j := i + 1
			if j < len(ts) && (ts[j].key == "no" || ts[j].key == "nr") {
				j++
			}
			if j < len(ts) && isIMONumber(ts[j].raw) {
				i = j
				continue
			}
		}
		out = append(out, tok)
	}
	for i := range out {
		tok := &out[i]
		if n := numberOf(tok); n != "" {
			tok.num = n
			tok.addAlt(n, 1)
		}
		kind := t.kinds[tok.key]
		tok.weight = kind.weight(tok.key)
		if kind.isTitle() {
			// A title's key read as a name where the word is not the
			// title (a company form weighs as a title does, and is not
			// one).
			switch {
			case isASCIILetters(tok.raw) && len(tok.raw) < t.titles[tok.key]-1:
				// A word two letters or more shorter than every spelling
				// of the title whose key it folds to is a name: Shai and
				// Shay fold to shai as Shaikh and Shaykh do, whose kh
				// folding drops.
				tok.weight = weightName
			case afterAbd(out, i):
				// The name after abd is one of the names of God (Abd
				// al-Hayy, Abdulhai), never a title, whatever its key
				// reads as (hai, Haji): it weighs as a name word.
				tok.weight = weightName
			case i > 1 && out[i-1].key == "al":
				// A title after the article, after the first word, is a
				// name, the family name a title became (Mohamed El
				// Sayed, Hasan Al-Sheikh), not a title that says
				// nothing: Mohamed El Sayed is not every Mohamed. First,
				// it is the title with the article Arabic gives it before
				// a name (El-Sayed Hasan, El Hadj Omar).
				tok.weight, tok.titled = weightName, true
			}
		}
		if tok.flags&tokInitial != 0 && (len(tok.raw) == 1 || letterCount(tok.word) == 1) && tok.weight == weightName {
			// An initial, one letter as written or one of two written
			// together, weighs as one whatever its key: X folds to ks,
			// Cyrillic Ю to iu.
			tok.weight = weightMinor
		}
		if tok.weight == weightName && len(tok.raw) >= minKeyEdit && len(tok.raw) <= maxKeyLen && tok.raw != tok.key &&
			(len(tok.alts) == 0 && tok.foldedRaw() == tok.key || tok.flags&tokTheophoric != 0) && isASCIILetters(tok.raw) {
			// The word as written, read beside its key: a typo that
			// breaks what folding reads as one (Khawa, Kahwa; Lounic,
			// Lounici) is one edit of the word as written, not of the key.
			tok.plain = tok.raw
		}
		if tok.weight == weightName && len(tok.raw) >= minFirstEdit && tok.flags&tokSyllable == 0 &&
			strings.IndexByte(tok.raw, 'j') >= 0 && isLatinWord(tok.word) {
			// A j that French and Portuguese write for ж (Prigojine,
			// Joukov) is read zh beside the j of German and the Slavic
			// languages (Jewgeni, Marija) that folding reads. Not in a
			// shorter word, whose reach spares its first letter: its zh
			// would make it long enough to lose that (Jan, Jab).
			if zh, ok := jAsZh(tok.raw); ok {
				tok.addAlt(keyOf(zh, ""), 1)
			}
		}
		if tok.weight == weightName && tok.flags&tokSyllable == 0 && strings.Contains(tok.raw, "dh") && isLatinWord(tok.word) {
			// The dh with which transcriptions of Arabic write ذ, ض and
			// ظ is read z beside, as Persian, Urdu, Pashto and Turkish
			// say those letters and their spellings write them (Kadhim,
			// Kazem; Dhabihullah, Zabiullah; Hafidh, Hafiz), as the
			// Persian reading of ذ in Arabic script (BGN/PCGN 1958 for
			// Persian) does; at plainFactor,
			// as d and h may be two letters (Adham is not Azam, which
			// the reading meets at 0.95, not as the name itself).
			tok.addAlt(keyOf(strings.ReplaceAll(tok.raw, "dh", "z"), ""), plainFactor)
		}
		if tok.weight == weightName && tok.flags&tokSyllable == 0 && germanRussian(tok.raw) && isLatinWord(tok.word) {
			// A Russian name as German writes it (Sacharowa, Kusnezow,
			// Tichanowskaja) is also read by the German rules, as an
			// alias in German is: its ch is х, z ц, s before a vowel
			// may be з.
			tok.addAlt(keyOf(tok.raw, "DE"), 1)
		}
		if len(tok.raw) >= 3 && len(tok.raw) <= 12 {
			for _, full := range t.abbrev[tok.raw] {
				tok.addAlt(full, 1)
			}
			if tok.weight == weightName {
				for _, full := range t.fullNames[tok.raw] {
					tok.addAlt(full, nicknameFactor)
				}
			}
		}
		if i > 0 {
			switch out[i-1].key {
			case "bin", "bint":
				tok.flags |= tokAfterBin
			case "al":
				tok.flags |= tokAfterAl
			}
		}
		tok.skel = skeleton(tok.key)
		tok.kskel = kanaFold(tok.skel)
		for k := range tok.alts {
			a := &tok.alts[k]
			a.skel = skeleton(a.key)
			a.kskel = kanaFold(a.skel)
		}
		switch {
		case tok.weight == weightMinor && (tok.flags&tokSyllable != 0 || tok.num != "" || isDigits(tok.key)):
			tok.weight = weightName
		case tok.weight == weightMinor && len(tok.key) == 1 && len(tok.raw) >= 2 && !t.minor[tok.raw]:
			tok.weight = weightName // a name that folds to one letter (Yi)
		case tok.weight == weightMinor && tok.abjad && t.english[tok.key]:
			// A word in Hebrew or Arabic letters that reads as an English
			// function word is a name (עינן, Einan, reads in): a name in
			// those letters carries the particles of its own language (al,
			// bin) or of a European one (de, van), never these.
			tok.weight = weightName
		case tok.flags&tokInitial != 0 && tok.weight != weightMinor:
			tok.flags &^= tokInitial
		}
		if i == 0 && len(out) > 1 && burmeseHonorific(tok) {
			tok.weight = weightTitle
		}
	}
	return out
}

// burmeseHonorific reports whether tok, a syllable, is the honorific a
// Burmese name is written after: ဦး (U) for a man, ဒေါ် (Daw) for a
// woman (en.wikipedia "Burmese names", Honorifics: "U" and "Daw" for
// adults; ဦးသိန်းစိန်, U Thein Sein; ဒေါ်အောင်ဆန်းစုကြည်, Daw Aung San Suu
// Kyi). It weighs as a title, which neither makes nor prevents a match:
// records in Latin letters leave it out. Not the honorifics that are also
// names (Maung Maung Kyaw, Ko Ko Gyi).
func burmeseHonorific(tok *token) bool {
	return tok.flags&tokSyllable != 0 && (tok.raw == "u" && strings.HasPrefix(tok.word, "ဦး") || tok.raw == "daw" && strings.HasPrefix(tok.word, "ဒေါ်"))
}

// isIMONumber reports whether s is a ship's IMO number as names write it
// after the letters IMO: seven digits (en.wikipedia "IMO number": "the
// three letters IMO followed by a unique seven-digit number"). The check
// digit is not asked for: many ships' numbers fail it (python-stdnum,
// stdnum.imo: "a large number of ships with an IMO that does not have a
// valid check digit").
func isIMONumber(s string) bool { return len(s) == 7 && isDigits(s) }

// abdTypo reports whether s, of five letters, is one substitution or one
// swap of neighbours from Abdul, Abdel or Abdal; or is one of them with a
// letter left out that leaves no name of its own: the first (Bdul), as no
// name begins with bd; the b of Abdul (Adul); the vowel (Abdl). The other
// deletions give names of their own (Adel, Abel, Abul for Abu al, Abdu).
// Adul is also a Thai given name (อดุลย์); a Thai name seldom meets
// the rest of an Arabic one.
func abdTypo(s string) bool {
	switch s {
	case "bdul", "bdel", "bdal", "adul", "abdl":
		return true
	}
	return len(s) == 5 && (near1(s, "abdul", 5) || near1(s, "abdel", 5) || near1(s, "abdal", 5))
}

// abdAssimilated returns, of raw, a word in lower-case ASCII that writes
// abd, a vowel and the article assimilated to a sun letter (Abdurrahman,
// Abdussalam, Abdurashid), the name after the article, and "" for another
// word: the sun letter doubled, as the article assimilated writes it,
// before a name of three letters or more, or written once before a name
// of five or more.
func abdAssimilated(raw string) string {
	if len(raw) < 8 || !strings.HasPrefix(raw, "abd") || !isVowel(raw[3]) || strings.IndexByte("tdrzsn", raw[4]) < 0 {
		return ""
	}
	if raw[5] == raw[4] {
		return raw[5:]
	}
	if len(raw) >= 9 {
		return raw[4:]
	}
	return ""
}

// afterAbd reports whether ts[i] follows abd, or abd and the article.
func afterAbd(ts []token, i int) bool {
	return i >= 1 && followsAbd(ts[i-1].key, i >= 2 && ts[i-2].key == "abd")
}

// followsAbd reports whether a word after a word of key prev, itself
// after abd when abdBefore is set, is the name after abd: abd, or abd and
// the article, come before it.
func followsAbd(prev string, abdBefore bool) bool {
	return prev == "abd" || prev == "al" && abdBefore
}

func with(t token, key string) token {
	t.key = key
	return t
}

// compound returns t, a word that the rules on abd split (Abdullah,
// Abdulkadir), as the name after abd and the article, of key rest, with
// the key of the whole word as another reading (compoundFactor): a typo
// inside the word breaks the rule that splits it (Abudllah, Abdallan,
// Adulkadir), and leaves a word one edit from the whole word, not from
// its parts. The reading is the last part's, which tells the compounds
// apart (the vocabulary keeps a token of each), and not abd's, which every
// compound shares. Abdul, Abdel and Abdal alone have no such reading: one
// letter deleted gives names of their own (Adel, Adil).
func compound(t token, rest string) token {
	whole := t.key
	t.key = rest
	t.addAlt(whole, compoundFactor)
	return t
}

// Key returns the keys of the words of the name s: each word written in
// Latin letters by the transliteration of its script, folded by the
// phonetic rules, with company forms made one canonical key ("llc", "jsc",
// "cjsc", "ojsc", "pjsc", "uec", "inc") and courtesy titles (Mr, Dr ...)
// dropped, in sorted order. Spellings of a name in other scripts and
// systems give the same keys, or keys a few cheap edits apart: Key of
// "Лукашэнка", "Łukaszenka" and "Lukashenka" is [lukashenka], of
// "Лукашенко", "Lukashenko" and "Lukaschenko" [lukashenko], and of
// "Loukachenko" [lukachenko], one cheap edit away (an alias in French
// reads its ch as sh). The package documentation lists the rules.
//
// Keys are lower-case ASCII, and Key of its own output joined by spaces
// gives it back: where sorting brings together words that read as one
// (the letters M and V of a vessel's prefix), Key reads its sorted keys
// again until they stay the same.
func Key(s string) []string {
	ks := keys(s)
	for range maxWords {
		again := keys(strings.Join(ks, " "))
		if slices.Equal(ks, again) {
			break
		}
		ks = again
	}
	return ks
}

// keys returns the sorted keys of the words of s, read once.
func keys(s string) []string {
	ts := tokens(s, "")
	if len(ts) > maxWords {
		// The word rules may make several keys of a word: keep as many
		// keys as a name is read words, so that Key of its output gives
		// it back.
		ts = ts[:maxWords]
	}
	ks := make([]string, len(ts))
	for i, t := range ts {
		ks[i] = t.key
	}
	slices.Sort(ks)
	return ks
}

// letterCount returns the number of letters of s, as written.
func letterCount(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// isUpperWord reports whether the letters of s are all upper case.
func isUpperWord(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) && !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

// numberWords are the English numerals and ordinals that names of
// organisations and vessels write in words (Three Percenters, Fifth
// Fleet), by value.
var numberWords = func() map[string]string {
	m := map[string]string{}
	for i, w := range []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"} {
		m[w] = strconv.Itoa(i)
	}
	for i, w := range []string{"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
		"eleventh", "twelfth"} {
		if w != "" {
			m[w] = strconv.Itoa(i)
		}
	}
	return m
}()

// numberOf returns the number a token writes, in digits without leading
// zeros: digits (8, 08), an ordinal (3rd), a numeral in words (three,
// third), or a Roman numeral of two letters or more written in capitals
// (III, XV); "" for none.
func numberOf(t *token) string {
	k := t.raw
	switch {
	case isDigits(k):
		k = strings.TrimLeft(k, "0")
		if k == "" {
			k = "0"
		}
		return k
	case len(k) > 2 && isDigits(k[:len(k)-2]) && (strings.HasSuffix(k, "st") || strings.HasSuffix(k, "nd") || strings.HasSuffix(k, "rd") || strings.HasSuffix(k, "th")):
		return strings.TrimLeft(k[:len(k)-2], "0")
	}
	if n, ok := numberWords[k]; ok {
		return n
	}
	if len(k) >= 2 {
		if v := roman(k); v > 0 && isUpperWord(t.word) {
			return strconv.Itoa(v)
		}
	}
	return ""
}

// roman returns the value of s, a Roman numeral in lower case of the
// letters i, v, x, l and c written in the standard way, or 0.
func roman(s string) int {
	val := func(c byte) int {
		switch c {
		case 'i':
			return 1
		case 'v':
			return 5
		case 'x':
			return 10
		case 'l':
			return 50
		case 'c':
			return 100
		}
		return 0
	}
	n := 0
	for i := 0; i < len(s); i++ {
		v := val(s[i])
		if v == 0 {
			return 0
		}
		if i+1 < len(s) && val(s[i+1]) > v {
			n -= v
		} else {
			n += v
		}
	}
	if n <= 0 || n >= 400 || toRoman(n) != s {
		return 0
	}
	return n
}

func toRoman(n int) string {
	var b strings.Builder
	for _, p := range []struct {
		v int
		s string
	}{{100, "c"}, {90, "xc"}, {50, "l"}, {40, "xl"}, {10, "x"}, {9, "ix"}, {5, "v"}, {4, "iv"}, {1, "i"}} {
		for n >= p.v {
			b.WriteString(p.s)
			n -= p.v
		}
	}
	return b.String()
}
