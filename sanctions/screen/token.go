package screen

import (
	"slices"
	"strconv"
	"strings"
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
	word   string // the word as written, for reasons
	raw    string // the word in lower-case ASCII, before folding
	key    string // the folded key
	skel   string // the key's consonants
	abjad  bool   // written in a script without vowels: compared by skeleton
	hyphen bool   // joined to the next word by a hyphen
	weight float64
}

// A word is a run of letters, digits and marks in a name, with the
// apostrophes and dots inside it.
type word struct {
	text   string
	hyphen bool // the next word follows a single hyphen
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
// L.L.C.), the soft hyphen and the middle dot.
func isJoiner(r rune) bool {
	switch r {
	case '\'', '’', '‘', 'ʼ', 'ʻ', '`', '´', '′', 'ʹ', 'ʺ', 'ˈ', '.', '·', '\u00ad':
		return true
	}
	return false
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// splitWords splits s into at most limit words. Hyphens, commas, quotes
// («» „“ ”), brackets, slashes and every other character are separators.
func splitWords(s string, limit int) []word {
	var ws []word
	start := -1
	flush := func(end int, hyphen bool) {
		if start >= 0 {
			t := strings.TrimFunc(s[start:end], isJoiner)
			if t != "" {
				ws = append(ws, word{text: t, hyphen: hyphen})
			}
			start = -1
		}
	}
	for i, r := range s {
		if isWordRune(r) || isJoiner(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		hyphen := unicode.Is(unicode.Pd, r)
		if hyphen {
			next, _ := utf8.DecodeRuneInString(s[i+utf8.RuneLen(r):])
			hyphen = isWordRune(next)
		}
		flush(i, hyphen)
		if len(ws) >= limit {
			return ws
		}
	}
	flush(len(s), false)
	return ws
}

// scan returns the tokens of s, an alias in language lang ("" when
// unknown), before the rules on whole words: each word transliterated to
// lower-case ASCII and folded.
func scan(s, lang string) []token {
	s = nfkc(s)
	ws := splitWords(s, maxWords)
	cyr := ""
	cyrLang := func() string {
		if cyr == "" {
			cyr = cyrillicLanguage(s, lang)
		}
		return cyr
	}
	ts := make([]token, 0, len(ws)+1)
	for _, w := range ws {
		raws := transliterate(w.text, cyrLang)
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
			ts = append(ts, token{word: w.text, raw: raw, key: key, abjad: rw.abjad, hyphen: w.hyphen && i == len(raws)-1})
		}
	}
	return ts
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
// script's system; a word in Arabic script may give two (the article).
func transliterate(text string, cyrLang func() string) []rawWord {
	if isASCII(text) {
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
		return []rawWord{{string(b), false}}
	}
	rs := make([]rune, 0, len(text))
	abjad := false
	for _, r := range text {
		if isJoiner(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Me, r) || r == 'ـ' {
			continue
		}
		r = unicode.ToLower(r)
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
		return arabicWord(string(rs))
	}
	var b strings.Builder
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case r < utf8.RuneSelf:
			if isWordRune(r) {
				b.WriteRune(r)
			}
		case unicode.Is(unicode.Greek, r):
			j := i
			for j < len(rs) && unicode.Is(unicode.Greek, rs[j]) {
				j++
			}
			greekWord(rs[i:j], &b)
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
			b.WriteString(strconv.Itoa(int(r)))
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
	return []rawWord{{strings.ToLower(s), false}}
}

// sunParticles are the forms of the Arabic article assimilated to the
// "sun letter" that begins the noun (ad-Duri, as-Sattar, az-Zawahiri),
// with that letter.
var sunParticles = map[string]string{
	"ad": "d", "an": "n", "ar": "r", "as": "s", "at": "t", "az": "z", "ash": "sh",
	"ed": "d", "en": "n", "er": "r", "es": "s", "et": "t", "ez": "z", "esh": "sh",
}

// tokens returns the tokens of s, an alias in language lang ("" when
// unknown), with the rules on whole words applied: company forms become
// one canonical key, courtesy titles are dropped, and the Arabic article
// and the names with abd are written one way.
func tokens(s, lang string) []token {
	ts := scan(s, lang)
	t := tables()
	out := make([]token, 0, len(ts)+2)
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
		if k, ok := t.company[tok.raw]; ok {
			tok.key, tok.abjad = k, false
		} else if k, ok := t.company[tok.key]; ok {
			tok.key, tok.abjad = k, false
		}
		switch {
		case t.honorific[tok.key]:
			continue
		case tok.key == "el" || tok.key == "ul" && len(out) > 0 && out[len(out)-1].key == "abd":
			tok.key = "al"
		case tok.key == "ibn" || tok.key == "ben":
			tok.key = "bin"
		case tok.hyphen && i+1 < len(ts) && sunParticles[tok.key] != "" && strings.HasPrefix(ts[i+1].key, sunParticles[tok.key]):
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
				out = append(out, with(tok, "abd"), with(tok, "ala"))
				continue
			case len(rest) >= 3:
				out = append(out, with(tok, "abd"), with(tok, "al"), with(tok, fold(rest)))
				continue
			}
		}
		out = append(out, tok)
	}
	for i := range out {
		out[i].skel = skeleton(out[i].key)
		out[i].weight = t.weightOf(out[i].key)
	}
	return out
}

func with(t token, key string) token {
	t.key = key
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
// gives it back.
func Key(s string) []string {
	ts := tokens(s, "")
	ks := make([]string, len(ts))
	for i, t := range ts {
		ks[i] = t.key
	}
	slices.Sort(ks)
	return ks
}
