package screen

import (
	"math/bits"
	"slices"
)

// Phonetic folding: the last step of making a key, applied to every word
// once it is written in lower-case ASCII, whatever script or
// transliteration system it came from. The rules are listed, with their
// sources, in the package documentation; fold applies them.

// maxFoldPasses bounds the passes of fold; the rules reach their fixed
// point in two or three passes, as each pass only shortens a word or
// removes letters (x, q, w, y, j, a lone c) that no rule writes back.
const maxFoldPasses = 8

// fold returns the key of w, a word in lower-case ASCII letters and
// digits: the general folding rules applied until nothing changes, so that
// fold(fold(w)) == fold(w).
func fold(w string) string {
	var bufs [2][maxWordBytes * 2]byte
	b := append(bufs[0][:0], w...)
	for pass := range maxFoldPasses {
		next := foldPass(b, bufs[(pass+1)%2][:0])
		if string(next) == string(b) {
			break
		}
		b = next
	}
	if string(b) == w {
		return w // nothing to fold: no string to allocate
	}
	return string(b)
}

// foldPass applies the rules once to w, left to right, taking at each
// position the first rule that matches, then makes doubled letters single;
// it appends the result to out.
func foldPass(w, out []byte) []byte {
	n := len(w)
	at := func(i int) byte {
		if i < n {
			return w[i]
		}
		return 0
	}
	has := func(i int, s string) bool {
		return i+len(s) <= n && string(w[i:i+len(s)]) == s
	}
	for i := 0; i < n; {
		c := w[i]
		to, size := "", 0 // the rule's output and the length it reads
		switch c {
		case 't':
			switch {
			case has(i, "tsch"): // German ч (Tschernow)
				to, size = "ch", 4
			case has(i, "tch"): // French and English ч (Grigorievitch)
				to, size = "ch", 3
			case has(i, "tsh"): // Arabic تش for ч (لوكاتشينكو)
				to, size = "ch", 3
			case at(i+1) == 'j' && i+2 == n: // Swedish ч at the end (Vladimirovitj), not Tatjana
				to, size = "ch", 2
			case at(i+1) == 'h': // Greek θ, Arabic ث
				to, size = "t", 2
			}
		case 'd':
			switch {
			case has(i, "dsch"): // German дж (Dschochar)
				to, size = "j", 4
			case has(i, "dzh"): // BGN/PCGN дж (Dzhokhar)
				to, size = "j", 3
			case at(i+1) == 'j': // French and Serbo-Croatian дж, ђ (Djokhar)
				to, size = "j", 2
			case at(i+1) == 'h': // Arabic ذ ض
				to, size = "d", 2
			}
		case 's':
			switch {
			case has(i, "shch"), has(i, "szcz"): // English and Polish щ
				to, size = "sh", 4
			case has(i, "sch"): // German ш (Lukaschenko)
				to, size = "sh", 3
			case at(i+1) == 'z', at(i+1) == 'j': // Polish ш; Swedish and Dutch ш (Lukasjenko)
				to, size = "sh", 2
			}
		case 'c':
			switch next := at(i + 1); {
			case has(i, "chch"): // French щ "chtch", once tch is ch
				to, size = "sh", 4
			case next == 'z': // Polish ч
				to, size = "ch", 2
			case next == 'k':
				to, size = "k", 2
			case next == 'h': // ch stays: English ч, French ш, German х (see the costs)
				to, size = "ch", 2
			case next == 'e', next == 'i', next == 'y': // Slavic ц, Latin soft c
				to, size = "ts", 1
			default:
				to, size = "k", 1
			}
		case 'z':
			if at(i+1) == 'j' { // Swedish and Dutch ж (Zjuravleva)
				to, size = "zh", 2
			}
		case 'k':
			if at(i+1) == 'h' { // BGN/PCGN and ICAO х, Arabic خ: the same sound as h
				to, size = "h", 2
			}
		case 'p':
			if at(i+1) == 'h' { // Greek φ as English and French write it
				to, size = "f", 2
			}
		case 'g':
			if at(i+1) == 'h' { // Arabic غ
				to, size = "g", 2
			}
		case 'e':
			if at(i+1) == 'e' { // English long i (Rasheed, Saeed)
				to, size = "i", 2
			}
		case 'o':
			switch at(i + 1) {
			case 'o': // English long u (Wadood)
				to, size = "u", 2
			case 'u': // French and Greek u; before a vowel, French w (Zaouahiri)
				to, size = "u", 2
				if isVowel(at(i+2)) || at(i+2) == 'y' {
					to = "v"
				}
			}
		case 'x':
			to, size = "ks", 1
		case 'q':
			to, size = "k", 1
		case 'w':
			to, size = "v", 1
		case 'y', 'j':
			to, size = "i", 1
		case 'h':
			// A final h after a vowel is silent: Arabic ة (Fatimah),
			// German (Allah, Shah).
			if i == n-1 && i > 0 && isVowel(w[i-1]) {
				size = 1
			}
		}
		if size == 0 {
			out = append(out, c)
			i++
			continue
		}
		out = append(out, to...)
		i += size
	}
	// Russian and Ukrainian е and є at the start of a word: BGN/PCGN "ye",
	// ICAO "e", German "je", French "ie" (Yevgeny, Evgeni, Jewgeni).
	if len(out) > 2 && out[0] == 'i' && out[1] == 'e' {
		out = append(out[:0], out[1:]...)
	}
	return collapse(out)
}

// collapse makes every run of one letter a single letter, in place.
func collapse(b []byte) []byte {
	out := b[:0]
	for i, c := range b {
		if i > 0 && c == b[i-1] && !isDigit(c) {
			continue
		}
		out = append(out, c)
	}
	return out
}

func isVowel(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return true
	}
	return false
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// skeleton returns the consonants of a key, doubled ones made single and
// the c of ch written s (see skelLetter): what a script that writes no
// vowels (Arabic) keeps of a name, and the first part of the index's
// lookup keys.
func skeleton(key string) string {
	var buf [maxKeyLen]byte // a key's length: a longer word makes its own
	b := appendSkeleton(buf[:0], key)
	if len(b) == len(key) && string(b) == key {
		return key // nothing left out nor written otherwise: no string to allocate
	}
	return string(b)
}

// appendSkeleton appends the skeleton of key to dst (see skeleton).
func appendSkeleton[S ~string | ~[]byte](dst []byte, key S) []byte {
	n0 := len(dst)
	dst = slices.Grow(dst, len(key))[:n0+len(key)]
	b := dst[n0:]
	// Each letter is written, and kept by counting it, without a branch:
	// whether the next letter of a name is kept follows no pattern the
	// processor could learn. A letter is kept when it is not a vowel and
	// is not the letter kept last, unless it is a digit.
	n, last := 0, byte(0)
	for i := 0; i < len(key); i++ {
		c := skelLetter[key[i]]
		b[n] = c
		same := (uint(c^last) - 1) >> (bits.UintSize - 1) // 1 when c is last
		keep := uint(skelClass[c]&skelConsonant) & (same ^ 1 | uint(skelClass[c]>>1))
		n += int(keep)
		last ^= (c ^ last) & -byte(keep)
	}
	return dst[:n0+n]
}

// skelLetter is the letter a skeleton writes for a letter of a key: the
// c of ch (a key has no other c) as s, as the edit costs put ch close to
// sh: ch is French ш and ش (Béchir, Bashir; Chaabane, Shaaban), English
// ч, German х, and a short name with it would else be out of reach of its
// spelling with sh when it differs in a vowel as well (Mechaal, Mashal).
var skelLetter = func() (t [256]byte) {
	for c := range t {
		t[c] = byte(c)
	}
	t['c'] = 's'
	return t
}()

// skelClass tells skeleton what a byte of a key is: skelConsonant for
// any but a vowel, and skelDigit for a digit as well.
var skelClass = func() (t [256]uint8) {
	for c := range t {
		if !isVowel(byte(c)) {
			t[c] = skelConsonant
		}
		if isDigit(byte(c)) {
			t[c] |= skelDigit
		}
	}
	return t
}()

const (
	skelConsonant = 1
	skelDigit     = 2
)

// kanaLetter returns the letter that stands for c among the letters
// katakana writes alike.
func kanaLetter(c byte) byte {
	switch c {
	case 'l':
		return 'r'
	case 'b', 'f':
		return 'v'
	}
	return c
}

// kanaFold returns key with the letters katakana writes alike made one
// (kanaLetter), key itself when it has none of them: how a word written
// in kana is compared with another. Of a skeleton it gives the kana
// skeleton (ラブロフ, rabrof, and Lavrov are rvrv), by which two words are
// within reach when one of them is written in kana (formsReach); the
// index files a word by it where it differs from the skeleton
// (hasher.fileKeys).
func kanaFold(key string) string {
	if !hasKanaLetter(key) {
		return key
	}
	var buf [maxKeyLen]byte
	b := append(buf[:0], key...)
	for i, c := range b {
		b[i] = kanaLetter(c)
	}
	return string(collapse(b))
}

// hasKanaLetter reports whether key has a letter that kanaLetter writes
// otherwise.
func hasKanaLetter(key string) bool {
	for i := 0; i < len(key); i++ {
		if kanaLetter(key[i]) != key[i] {
			return true
		}
	}
	return false
}

// A language's own reading of Latin letters, applied to a listed name whose
// alias carries the language before the general rules: the same letters
// spell different sounds in French, German or Hungarian. The letters with
// a diacritic have been written in ASCII before (č is tsh, which folds to
// ch), so that a rule on ch leaves them alone.
type langRule struct {
	from, to string
	// before, if set, lists the letters one of which must follow.
	before string
}

var langRules = map[string][]langRule{
	// French and Portuguese ch is ш (Loukachenko, Chicherin → Tchitcherine).
	"FR": {{from: "ch", to: "sh"}, {from: "gue", to: "ge"}, {from: "gui", to: "gi"}},
	"PT": {{from: "ch", to: "sh"}, {from: "lh", to: "li"}, {from: "nh", to: "ni"}},
	// German, Dutch, Polish and Czech ch is х (Chrenin, Chruschtschow),
	// but German sch is ш and tsch ч; German z is ц; Polish rz is ж.
	// German j is й, and the glide of я, ю, е: never a digraph with the
	// letter before it, as Dutch and Swedish sj, zj and tj are (Nebensja,
	// Nebenzya; Tatjana).
	"DE": {{from: "tsch", to: "tsh"}, {from: "sch", to: "sh"}, {from: "ch", to: "kh"}, {from: "tz", to: "ts"}, {from: "z", to: "ts"}, {from: "j", to: "y"}},
	"NL": {{from: "ch", to: "kh"}, {from: "oe", to: "u"}},
	"PL": {{from: "ch", to: "kh"}, {from: "rz", to: "zh"}, {from: "c", to: "ts", before: "aou"}},
	"CS": {{from: "ch", to: "kh"}, {from: "c", to: "ts", before: "aou"}},
	"SK": {{from: "ch", to: "kh"}, {from: "c", to: "ts", before: "aou"}},
	// Italian and Romanian ch is k.
	"IT": {{from: "ch", to: "k"}},
	"RO": {{from: "ch", to: "k"}},
	// Spanish j is х (Mijaíl).
	"ES": {{from: "j", to: "kh"}},
	// Hungarian sz is s, s is ш, cs is ч, zs is ж.
	"HU": {{from: "sz", to: "s"}, {from: "cs", to: "ch"}, {from: "zs", to: "zh"}, {from: "s", to: "sh"}},
	// Maltese x is ш.
	"MT": {{from: "x", to: "sh"}},
}

// rulesOf returns the rules of language lang: none for "", a name of no
// language, without looking it up (langRules files none for it, as
// TestKeyKinds checks), since most names are read so.
func rulesOf(lang string) []langRule {
	if lang == "" {
		return nil
	}
	return langRules[lang]
}

// langFold rewrites w, a lower-case ASCII word of an alias in language
// lang, by that language's rules, before the general folding.
func langFold(w, lang string) string {
	rules := rulesOf(lang)
	if len(rules) == 0 {
		return w
	}
	out := make([]byte, 0, len(w)+4)
next:
	for i := 0; i < len(w); {
		for _, r := range rules {
			end := i + len(r.from)
			if end > len(w) || w[i:end] != r.from {
				continue
			}
			if r.before != "" && (end == len(w) || !containsByte(r.before, w[end])) {
				continue
			}
			out = append(out, r.to...)
			i = end
			continue next
		}
		out = append(out, w[i])
		i++
	}
	return string(out)
}

func containsByte(s string, c byte) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return true
		}
	}
	return false
}
