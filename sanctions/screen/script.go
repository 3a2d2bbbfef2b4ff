package screen

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Transliteration to Latin: each script's letters written as the systems
// used in EU data write them (the package documentation names them). The
// output of every function here is lower-case ASCII, which fold then
// folds.

// cyrillic is the Russian reading of the Cyrillic letters, as ICAO Doc 9303
// (the machine-readable zone of passports) and BGN/PCGN write them, with the
// letters of the other languages written in Cyrillic; cyrillicLang holds the
// letters that another language reads otherwise.
var cyrillic = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'е': "e", 'ё': "e",
	'ж': "zh", 'з': "z", 'и': "i", 'й': "y", 'к': "k", 'л': "l", 'м': "m",
	'н': "n", 'о': "o", 'п': "p", 'р': "r", 'с': "s", 'т': "t", 'у': "u",
	'ф': "f", 'х': "kh", 'ц': "ts", 'ч': "ch", 'ш': "sh", 'щ': "shch",
	'ъ': "", 'ы': "y", 'ь': "", 'э': "e", 'ю': "yu", 'я': "ya",
	// Belarusian and Ukrainian
	'і': "i", 'ў': "u", 'ї': "yi", 'є': "ye", 'ґ': "g",
	// Bulgarian
	'ѝ': "i",
	// Serbian and Macedonian
	'ђ': "dj", 'ј': "j", 'љ': "lj", 'њ': "nj", 'ћ': "ch", 'џ': "dzh",
	'ѓ': "gj", 'ќ': "kj", 'ѕ': "dz",
}

var cyrillicLang = map[string]map[rune]string{
	// Belarusian: the national system of 2007 and BGN/PCGN write г as h and
	// ё as io/yo.
	"BE": {'г': "h", 'ё': "yo"},
	// Ukrainian: the national system of 2010 (г h, и y, ї yi, є ye).
	"UK": {'г': "h", 'и': "y"},
	// Bulgarian: the Streamlined System of 2009 (щ sht, ъ a, х h).
	"BG": {'щ': "sht", 'ъ': "a", 'ь': "y", 'х': "h"},
	// Serbian and Macedonian: х is h.
	"SR": {'х': "h"},
	"MK": {'х': "h"},
}

// cyrillicLanguage returns the language whose Cyrillic reading applies to
// s: lang when it is one that writes Cyrillic, else the one s's letters
// show. Ukrainian writes ї, є, ґ, и and щ, which Belarusian does not;
// Belarusian writes ў, ы and э, which Ukrainian does not; a text with і
// and none of those is taken for Belarusian. Without і, ў is Belarusian,
// ї, є or ґ Ukrainian, ъ inside a word without ы, э or ё Bulgarian, and
// anything else Russian.
func cyrillicLanguage(s, lang string) string {
	switch lang {
	case "RU", "BE", "UK", "BG", "SR", "MK":
		return lang
	}
	var i, be, uk, ukOrRu, hardMid, ru bool
	prev := ' '
	for _, r := range s {
		r = unicode.ToLower(r)
		switch r {
		case 'і':
			i = true
		case 'ў':
			be = true
		case 'ї', 'є', 'ґ':
			uk = true
		case 'и', 'щ':
			ukOrRu = true
		case 'ы', 'э', 'ё':
			ru = true
		}
		if prev == 'ъ' && unicode.IsLetter(r) {
			hardMid = true
		}
		prev = r
	}
	switch {
	case uk || (i && ukOrRu && !be && !ru):
		return "UK"
	case be || i:
		return "BE"
	case hardMid && !ru:
		return "BG"
	}
	return "RU"
}

// cyrillicTable is cyrillic as an array over the Cyrillic block, for
// speed; cyrillicHas marks its entries.
var cyrillicTable, cyrillicHas = func() (t [0x100]string, has [0x100]bool) {
	for r, s := range cyrillic {
		t[r-0x400], has[r-0x400] = s, true
	}
	return t, has
}()

func cyrillicLetter(r rune, lang string) (string, bool) {
	switch r {
	case 'г', 'ё', 'и', 'щ', 'ъ', 'ь', 'х':
		if m := cyrillicLang[lang]; m != nil {
			if s, ok := m[r]; ok {
				return s, true
			}
		}
	}
	if 0x400 <= r && r < 0x500 && cyrillicHas[r-0x400] {
		return cyrillicTable[r-0x400], true
	}
	return "", false
}

// greek is the reading of ELOT 743 (ISO 843), which the EU uses for Greek
// names and ICAO Doc 9303 follows, letter by letter; greekWord handles the
// pairs of letters.
var greek = map[rune]string{
	'α': "a", 'β': "v", 'γ': "g", 'δ': "d", 'ε': "e", 'ζ': "z", 'η': "i",
	'θ': "th", 'ι': "i", 'κ': "k", 'λ': "l", 'μ': "m", 'ν': "n", 'ξ': "x",
	'ο': "o", 'π': "p", 'ρ': "r", 'σ': "s", 'ς': "s", 'τ': "t", 'υ': "y",
	'φ': "f", 'χ': "kh", 'ψ': "ps", 'ω': "o",
	'ϊ': "i", 'ϋ': "y", 'ϐ': "v", 'ϑ': "th", 'ϕ': "f", 'ϰ': "k", 'ϱ': "r", 'ϲ': "s",
}

// greekTonos maps a Greek vowel with tonos to the plain vowel, keeping the
// dialytika, which says that two vowels are not read together.
var greekTonos = map[rune]rune{
	'ά': 'α', 'έ': 'ε', 'ή': 'η', 'ί': 'ι', 'ό': 'ο', 'ύ': 'υ', 'ώ': 'ω',
	'ΐ': 'ϊ', 'ΰ': 'ϋ',
}

func isGreekVowel(r rune) bool { return strings.ContainsRune("αεηιουω", r) }

// greekWord transliterates a lower-case Greek word without tonos: ου is u
// (w before a vowel, as in Ζαουάχρι), αυ, ευ, ηυ are av, ev, iv, μπ and ντ
// are b and d at the start of a word and mb and nd inside it (Μπιν Λάντεν,
// Bin Laden), γγ, γκ, γξ, γχ are ng, g (nk inside), nx, nkh. With foreign
// set, μπ, ντ and γκ are b, d and g inside a word too, and τζ is j, as
// Greek writes those sounds of a foreign name, Greek having no letter for
// them: the EU's Greek aliases write Hizbul Mujahideen Χιζμπουλ
// Μουτζαχεντιν and Al-Qaida Αλ Κάιντα (the list of 2016, entities 3200
// and 329).
func greekWord(rs []rune, b *strings.Builder, foreign bool) {
	at := func(i int) rune {
		if i < len(rs) {
			return rs[i]
		}
		return 0
	}
	for i := 0; i < len(rs); i++ {
		r, next := rs[i], at(i+1)
		switch {
		case r == 'ο' && next == 'υ':
			if isGreekVowel(at(i + 2)) {
				b.WriteString("w")
			} else {
				b.WriteString("ou")
			}
			i++
		case (r == 'α' || r == 'ε' || r == 'η') && next == 'υ':
			b.WriteString(greek[r])
			b.WriteString("v")
			i++
		case r == 'μ' && next == 'π':
			if i == 0 || foreign {
				b.WriteString("b")
			} else {
				b.WriteString("mb")
			}
			i++
		case r == 'τ' && next == 'ζ' && foreign:
			b.WriteString("j")
			i++
		case r == 'ν' && next == 'τ':
			if i == 0 || foreign {
				b.WriteString("d")
			} else {
				b.WriteString("nd")
			}
			i++
		case r == 'γ' && (next == 'γ' || next == 'κ' || next == 'ξ' || next == 'χ'):
			switch {
			case next == 'κ' && (i == 0 || foreign):
				b.WriteString("g")
			case next == 'κ':
				b.WriteString("nk")
			default:
				b.WriteString("n")
				b.WriteString(greek[next])
			}
			i++
		default:
			b.WriteString(greek[r])
		}
	}
}

// arabic is a consonant skeleton of the Arabic letters (with those of
// Persian and Urdu), as the EU's English spellings of Arabic names write
// them (the common practice close to ALA-LC without diacritics): the short
// vowels are not written in the script, and alif, waw and ya inside a word
// are read as the long vowels a, u and i.
var arabic = map[rune]string{
	'ا': "a", 'أ': "a", 'إ': "i", 'آ': "a", 'ٱ': "a", 'ء': "", 'ؤ': "", 'ئ': "",
	'ب': "b", 'ت': "t", 'ث': "th", 'ج': "j", 'ح': "h", 'خ': "kh", 'د': "d",
	'ذ': "dh", 'ر': "r", 'ز': "z", 'س': "s", 'ش': "sh", 'ص': "s", 'ض': "d",
	'ط': "t", 'ظ': "z", 'ع': "", 'غ': "gh", 'ف': "f", 'ق': "q", 'ك': "k",
	'ل': "l", 'م': "m", 'ن': "n", 'ه': "h", 'ة': "a", 'و': "u", 'ي': "i",
	'ى': "a", 'پ': "p", 'چ': "ch", 'ژ': "zh", 'گ': "g", 'ک': "k", 'ی': "i",
	'ۀ': "h", 'ے': "e", 'ٹ': "t", 'ڈ': "d", 'ڑ': "r", 'ں': "n", 'ھ': "h",
	'ە': "e",
}

// zwnj is the zero-width non-joiner, which Persian writes inside a word
// between its parts (خامنه‌ای, Khamenei; روح‌الله, Ruhollah): it joins
// them (isJoiner), and a he before it is the silent he that ends a
// Persian word's part, the vowel e, read as ە (transliterate).
const zwnj = '\u200c'

// arabicWords are the words whose usual Latin form the skeleton would not
// give: the particles of a genealogy, and عبد, whose ع begins the Latin
// word.
var arabicWords = map[string]string{
	"بن": "bin", "ابن": "bin", "بنت": "bint", "ابو": "abu", "أبو": "abu", "عبد": "abd",
	"الله": "allah",
}

// A rawWord is a word in lower-case ASCII before folding; abjad is set
// when it comes from a script that does not write short vowels.
type rawWord struct {
	s     string
	abjad bool
	// kana is set for a word written in kana: compared with the letters
	// katakana does not tell apart made one (kanaFold).
	kana bool
	// alts are the word's other readings: another system's spelling of
	// the same letters (Hangul in Revised Romanization beside
	// McCune-Reischauer, the Korean reading of a Han character).
	alts []string
	// syllable is set for a syllable of a script whose words are written
	// syllable by syllable in Latin letters (Han, Hangul): it weighs as a
	// word, however short.
	syllable bool
}

// arabicWord transliterates a word in Arabic script, and reports the words
// it makes: the article ال, written joined to its noun, is a word of its
// own ("al"), as the Latin spellings write it (al-Tikriti, التكريتي). The
// article and the words of arabicWords are written with their vowels.
func arabicWord(w string) []rawWord {
	if s, ok := arabicWords[w]; ok {
		return []rawWord{{s: s}}
	}
	if stem, ok := strings.CutSuffix(w, "الله"); ok {
		if stem = strings.TrimRight(stem, " "); utf8.RuneCountInString(stem) >= 2 {
			return allahCompound(stem)
		}
	}
	var out []rawWord
	if rest, ok := strings.CutPrefix(w, "ال"); ok && utf8.RuneCountInString(rest) >= 2 {
		out = append(out, rawWord{s: "al"})
		w = rest
	}
	var b, fa strings.Builder // fa: the Persian reading (arabicPersian)
	rs := []rune(w)
	for i, r := range rs {
		n := b.Len()
		// Waw and ya are the consonants w and y at the start of a word and
		// next to an alif (الظواهري, al-Zawahiri), else the long vowels u
		// and i (لوكاشينكو, Lukashenko).
		glide := i == 0 || (i+1 < len(rs) && isAlif(rs[i+1])) || (i > 0 && isAlif(rs[i-1]))
		switch {
		case r == 'و' && (glide || i > 0 && i == len(rs)-2 && (rs[i+1] == 'ي' || rs[i+1] == 'ی')):
			// Also before a final ya: the nisba -awi (موسوی, Mousavi;
			// علوي, Alawi).
			b.WriteString("w")
		case (r == 'ه' || r == 'ح') && endsIn(&b, "pd"):
			// Pe or dal before he or ha is p-h or d-h (پهلوی, Pahlavi;
			// محمدحسین, Mohammad Hossein), not ph or dh (see endsIn). Not
			// ta, kaf or ghain: the Latin spellings write ت ح as th too
			// (فتحي, Fathi), which folding reads alike.
			b.WriteString("eh")
		case r == 'ج' && endsIn(&b, "d"):
			// Dal before jim is d-j (محمدجواد, Mohammad Javad), not dj.
			b.WriteString("ej")
		case (r == 'ي' || r == 'ی') && glide:
			b.WriteString("y")
		case isArabicDigit(r):
			b.WriteByte(byte('0' + r - 0x660))
		default:
			b.WriteString(arabic[r])
		}
		if x, ok := arabicPersian[r]; ok {
			fa.WriteString(x)
		} else {
			fa.WriteString(b.String()[n:])
		}
	}
	word := rawWord{s: b.String(), abjad: true}
	if x := fa.String(); x != word.s {
		word.alts = append(word.alts, x)
	}
	if strings.ContainsRune(w, 'ژ') {
		// Persian zhe, zh, is j in the French spellings of Persian names
		// (نژاد, Nezhad or Nejad; Ahmadinejad).
		word.alts = append(word.alts, strings.ReplaceAll(word.s, "zh", "j"))
	}
	return append(out, word)
}

// arabicPersian are the letters that Persian, Dari, Pashto and Urdu read
// otherwise than Arabic, as the Latin spellings of names from Iran,
// Afghanistan and Pakistan write them (BGN/PCGN 1958 for Persian): ث s,
// ذ z, ض z (ثناء الله, Sanaullah; ذبيح الله, Zabihullah; رضا, Reza), and
// ق gh, as Persian says it like غ (قالیباف, Ghalibaf; باقر, Bagher). A word
// with one of them has this reading beside the Arabic one.
var arabicPersian = map[rune]string{'ث': "s", 'ذ': "z", 'ض': "z", 'ق': "gh"}

// allahCompound reads a name joined to Allah, written as one word or
// apart (نصرالله, نصر الله; see joinArabicParts): as one word, as the Latin
// spellings write it (Nasrallah, Nasrullah, Hezbollah), the name's reading
// and allah. A ta marbuta ending the name is read t, as it is said before
// Allah (هبة الله, Hibatullah). عبد الله reads abdallah, which the rules on
// abd read as Abdullah.
func allahCompound(stem string) []rawWord {
	ws := arabicWord(stem)
	last := &ws[len(ws)-1]
	ta := strings.HasSuffix(stem, "ة")
	join := func(s string) string {
		if ta && strings.HasSuffix(s, "a") {
			s += "t"
		}
		return s + "allah"
	}
	last.s = join(last.s)
	for k := range last.alts {
		last.alts[k] = join(last.alts[k])
	}
	return ws
}

// joinArabicParts joins the word Allah in Arabic script to the word in Arabic
// script before it, where a name is written apart from it (نصر الله, روح
// الله after a zero-width non-joiner), so that arabicWord reads them as
// one word, as Latin spellings write the name (see allahCompound). It
// also joins the Persian ending ای, written apart where a zero-width
// non-joiner belongs, to a word that ends in he (خامنه ای, Khamenei), as
// the non-joiner joins them.
func joinArabicParts(ws []word) []word {
	for k := 1; k < len(ws); k++ {
		sep := ""
		switch prev := ws[k-1].text; {
		case !isArabicWord(prev):
			continue
		case ws[k].text == "الله" || ws[k].text == "اللہ": // Allah, and as Urdu writes it (see urduLetters)
			sep = " "
		case ws[k].text == "ای" && strings.HasSuffix(prev, "ه"):
			sep = string(zwnj)
		default:
			continue
		}
		ws[k-1].text += sep + ws[k].text
		ws[k-1].hyphen, ws[k-1].dot, ws[k-1].comma = ws[k].hyphen, ws[k].dot, ws[k].comma
		ws = slices.Delete(ws, k, k+1)
		k--
	}
	return ws
}

// isArabicWord reports whether w is written in Arabic script, by its first
// letter.
func isArabicWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return isArabic(r) && !isArabicDigit(r)
}

func isAlif(r rune) bool { return r == 'ا' || r == 'أ' || r == 'إ' || r == 'آ' }

func isArabic(r rune) bool {
	return unicode.Is(unicode.Arabic, r)
}

func isArabicDigit(r rune) bool { return 0x660 <= r && r <= 0x669 }

// latinSpecial holds the Latin letters folded otherwise than by dropping
// their diacritics: those with no decomposition (ł, ø, ß ...) and those
// whose diacritic changes the sound the way another spelling writes it
// (š is sh, č is ch, ž is zh, as English and ICAO transliterations write
// them). normalSpecial is the subset Normalize applies.
var latinSpecial = map[rune]string{
	'ł': "l", 'ø': "o", 'ß': "ss", 'đ': "d", 'ð': "d", 'þ': "th", 'ı': "i",
	'æ': "ae", 'œ': "oe", 'ŋ': "ng", 'ħ': "h", 'ə': "e", 'ĸ': "k", 'ɛ': "e",
	'ɔ': "o", 'ʒ': "zh",
	// Czech, Slovak, Baltic, Slovene, Croatian, Belarusian Łacinka; Turkish
	// ş and ç; Romanian ș and ț.
	// č, ć and ç are written tsh, which folds to ch, so that the readings
	// of ch in one language or another leave them alone.
	'š': "sh", 'č': "tsh", 'ž': "zh", 'ş': "sh", 'ș': "sh", 'ç': "tsh",
	'ţ': "ts", 'ț': "ts", 'ć': "tsh",
	// Polish ż is ж; ź and ś are soft z and s (Kuźmienko, Кузьменко).
	'ż': "zh",
}

var normalSpecial = map[rune]string{
	'ł': "l", 'ø': "o", 'ß': "ss", 'đ': "d", 'ð': "d", 'þ': "th", 'ı': "i",
	'æ': "ae", 'œ': "oe", 'ŋ': "ng", 'ħ': "h", 'ə': "e", 'ĸ': "k", 'ɛ': "e",
	'ɔ': "o", 'ʒ': "zh",
}

// stripMarks returns the letters of r's canonical decomposition without
// their combining marks: é gives e, ǖ gives u.
func stripMarks(r rune) string {
	var buf [16]byte
	d := norm.NFD.Append(buf[:0], []byte(string(r))...)
	out := d[:0]
	for len(d) > 0 {
		c, size := utf8.DecodeRune(d)
		if !unicode.Is(unicode.Mn, c) {
			out = utf8.AppendRune(out, c)
		}
		d = d[size:]
	}
	return string(out)
}

// latinLetter writes a lower-case Latin letter in ASCII for a key; ok is
// false when the letter has no ASCII reading.
func latinLetter(r rune) (string, bool) {
	if r < utf8.RuneSelf {
		return string(rune(r)), true
	}
	if s, ok := latinSpecial[r]; ok {
		return s, true
	}
	s := stripMarks(r)
	if s != "" && isASCIILetters(s) {
		return strings.ToLower(s), true
	}
	return "", false
}

func isASCIILetters(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i] | 0x20
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}
