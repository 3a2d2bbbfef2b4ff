package screen

import (
	_ "embed"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Transliteration of the scripts read by rule, each by its standard (the
// package documentation names them): Hebrew, Armenian, Georgian,
// Devanagari, Ethiopic, Thai, Khmer, Burmese, Hangul, Kana and Han. Each
// function returns the words a word of the script makes, in lower-case
// ASCII, each with its other readings (alts): the other systems' spellings
// that real data uses for the same letters.

// A script names the scripts read here.
type script uint8

const (
	scriptOther script = iota
	scriptHebrew
	scriptArmenian
	scriptGeorgian
	scriptDevanagari
	scriptEthiopic
	scriptThai
	scriptKhmer
	scriptBurmese
	scriptHangul
	scriptKana
	scriptHan
)

// scriptOf returns the script of r among those read here.
func scriptOf(r rune) script {
	switch {
	case 0x530 <= r && r <= 0x58f:
		return scriptArmenian
	case r < 0x590:
		return scriptOther
	case r <= 0x5ff:
		return scriptHebrew
	case 0x900 <= r && r <= 0x97f:
		return scriptDevanagari
	case 0xe00 <= r && r <= 0xe7f:
		return scriptThai
	case 0x1000 <= r && r <= 0x109f:
		return scriptBurmese
	case 0x10a0 <= r && r <= 0x10ff, 0x1c90 <= r && r <= 0x1cbf, 0x2d00 <= r && r <= 0x2d2f:
		return scriptGeorgian
	case 0x1100 <= r && r <= 0x11ff, 0x3130 <= r && r <= 0x318f, 0xac00 <= r && r <= 0xd7a3:
		return scriptHangul
	case 0x1200 <= r && r <= 0x139f, 0x2d80 <= r && r <= 0x2ddf:
		return scriptEthiopic
	case 0x1780 <= r && r <= 0x17ff:
		return scriptKhmer
	case 0x3040 <= r && r <= 0x30ff, 0x31f0 <= r && r <= 0x31ff:
		return scriptKana
	case 0x4e00 <= r && r <= 0x9fff, 0x3400 <= r && r <= 0x4dbf:
		return scriptHan
	}
	return scriptOther
}

// scriptWord transliterates text, a word whose first letter is in one of
// the scripts read here, and reports whether it did.
func scriptWord(text string) ([]rawWord, bool) {
	first := scriptOther
	for _, r := range text {
		if unicode.IsLetter(r) {
			first = scriptOf(r)
			break
		}
	}
	if first == scriptOther {
		return nil, false
	}
	rs := []rune(strings.ToLower(text))
	switch first {
	case scriptHebrew:
		return hebrewWord(rs), true
	case scriptArmenian:
		return single(armenianWord(rs)), true
	case scriptGeorgian:
		return single(alphabet(rs, georgian)), true
	case scriptDevanagari:
		return single(devanagariWord(rs)), true
	case scriptEthiopic:
		return single(ethiopicWord(rs)), true
	case scriptThai:
		return thaiWords(rs), true
	case scriptKhmer:
		return single(khmerWord(rs)), true
	case scriptBurmese:
		return burmeseWord(rs), true
	case scriptHangul:
		return hangulWord(rs), true
	case scriptKana:
		return kanaWord(rs), true
	case scriptHan:
		return hanWord(rs), true
	}
	return nil, false
}

func single(s string) []rawWord { return []rawWord{{s: s}} }

// alphabet writes each rune by table, dropping what the table lacks.
func alphabet(rs []rune, table map[rune]string) string {
	var b strings.Builder
	for _, r := range rs {
		b.WriteString(table[r])
	}
	return b.String()
}

// Hebrew: the consonants as the Academy of the Hebrew Language's rules of
// transcription of 2006 (simplified) write them, without the vowel points
// that names are seldom written with: a word is compared by its consonant
// skeleton, as a word in Arabic script is. Vav and yod are the consonants v
// and y at the start of a word, else the vowels u and i (matres lectionis);
// alef and ayin are not written, nor he at the end of a word, where it is
// a vowel (משה, Moshe; דניאלה, Daniella); tsadi is tz, as names write it
// (Yitzhak). A geresh after gimel, zayin or tsadi makes them j, zh and ch
// (סמוטריץ', Smotrich), also at the end of a word. Bet, kaf and pe are b,
// k and p. Further readings, each apart, write what unpointed text does not
// show:
//   - bet, kaf and pe without the dagesh after the first letter: v, kh and
//     f (אביגדור, Avigdor), and pe as f at the start of a name from
//     another language too (פילנט, Filant);
//   - tsadi as z, as many names spell it in English (Bezalel, Herzog, Zvi);
//   - a final het not written, as Latin spellings write it h after a
//     vowel, which folding drops (נח, Noah);
//   - tsadi as s, as it writes the sad (ص) of Arabic names, whose Latin
//     spelling is s, with bet as b and a final het not written (צלאח
//     א-דין, Salah al-Din, as he.wikipedia writes Saladin's name; צבח,
//     Sabah); not before het, where s and h would read as shin (צחר is
//     Tzachar, not Shahar);
//   - het and kaf without the dagesh as ch, as English spells them in names
//     (ברוך, Baruch; חי, Chai; אביחי, Avichai);
//   - vav after the first letter as the consonant v, at the end of a word
//     too (לוי, Levi; דוד, David; צו, Tzav);
//   - shin as sin, s, whose dot unpointed text leaves out (ישראל, Yisrael,
//     Israel; שרה, Sarah).
//
// A double quote between two letters is the gershayim (״) that marks an
// abbreviation, as keyboards write it (כ"ץ, Katz), and is left out as the
// gershayim is.
//
// בן and בת are ben and bat.
var hebrew = map[rune]string{
	'א': "", 'ב': "b", 'ג': "g", 'ד': "d", 'ה': "h", 'ו': "u", 'ז': "z", 'ח': "h", 'ט': "t",
	'י': "i", 'כ': "k", 'ך': "kh", 'ל': "l", 'מ': "m", 'ם': "m", 'נ': "n", 'ן': "n", 'ס': "s",
	'ע': "", 'פ': "p", 'ף': "f", 'צ': "tz", 'ץ': "tz", 'ק': "k", 'ר': "r", 'ש': "sh", 'ת': "t",
}

var hebrewSoft = map[rune]string{'ב': "v", 'כ': "kh", 'פ': "f"}

// hebrewReading says how hebrewLetters reads the letters that unpointed
// Hebrew leaves open.
type hebrewReading uint8

const (
	hebrewSoftened  hebrewReading = 1 << iota // bet, kaf and pe without dagesh after the first letter
	hebrewZ                                   // tsadi as z
	hebrewCh                                  // het and kaf without dagesh as ch
	hebrewVav                                 // vav after the first letter as v
	hebrewSin                                 // shin as sin, s
	hebrewTsadiS                              // tsadi as s
	hebrewHetSilent                           // a final het not written
)

// hebrewReadings are the readings of a word after the first, the letters
// without dagesh: those that differ from it are its alts.
var hebrewReadings = [...]hebrewReading{
	hebrewSoftened,
	hebrewSoftened | hebrewZ,
	hebrewSoftened | hebrewCh,
	hebrewSoftened | hebrewVav,
	hebrewSoftened | hebrewSin,
	hebrewSoftened | hebrewHetSilent,
	hebrewTsadiS | hebrewHetSilent,
}

func hebrewWord(rs []rune) []rawWord {
	switch string(rs) {
	case "בן":
		return []rawWord{{s: "ben"}}
	case "בת":
		return []rawWord{{s: "bat"}}
	}
	w := rawWord{s: hebrewLetters(rs, 0), abjad: true}
	for _, r := range hebrewReadings {
		if x := hebrewLetters(rs, r); x != w.s && !slices.Contains(w.alts, x) {
			w.alts = append(w.alts, x)
		}
	}
	return []rawWord{w}
}

// hebrewLetters writes the letters of a Hebrew word as reading r reads
// them.
func hebrewLetters(rs []rune, r hebrewReading) string {
	var b strings.Builder
	letters := 0
	for i, c := range rs {
		geresh := i+1 < len(rs) && (rs[i+1] == '\'' || rs[i+1] == '׳' || rs[i+1] == '’')
		last := i+1 == len(rs) || !unicode.IsLetter(rs[i+1])
		switch {
		case geresh && (c == 'צ' || c == 'ץ'):
			b.WriteString("ch")
		case geresh && c == 'ג':
			b.WriteString("j")
		case geresh && c == 'ז':
			b.WriteString("zh")
		case letters == 0 && c == 'ו':
			b.WriteString("v")
		case letters == 0 && c == 'י':
			b.WriteString("y")
		case c == 'ו' && i+1 < len(rs) && rs[i+1] == 'ו': // a doubled vav is the consonant
			b.WriteString("v")
		case c == 'ו' && r&hebrewVav != 0 && letters > 0:
			b.WriteString("v")
		case c == 'ה' && last && letters > 0: // a final he is a vowel
			b.WriteString("a")
		case c == 'ה' && endsIn(&b, "tdkpgsz"):
			// כהן is k-h-n (Cohen), not kh (see endsIn).
			b.WriteString("eh")
		case r&hebrewZ != 0 && (c == 'צ' || c == 'ץ'):
			b.WriteString("z")
		case r&hebrewTsadiS != 0 && (c == 'צ' || c == 'ץ') && (i+1 == len(rs) || rs[i+1] != 'ח'):
			// Not before het, whose s and h would read as shin (צחר is
			// not שחר, Shahar).
			b.WriteString("s")
		case r&hebrewHetSilent != 0 && c == 'ח' && last && letters > 0:

		case r&hebrewCh != 0 && (c == 'ח' || c == 'ך' || c == 'כ' && letters > 0):
			b.WriteString("ch")
		case r&hebrewSin != 0 && c == 'ש':
			b.WriteString("s")
		case r&hebrewSoftened != 0 && (letters > 0 || c == 'פ') && hebrewSoft[c] != "":
			b.WriteString(hebrewSoft[c])
		default:
			b.WriteString(hebrew[c])
		}
		if unicode.IsLetter(c) {
			letters++
		}
	}
	return b.String()
}

// endsIn reports whether the last letter written to b is one of letters.
// A reading of an abjad writes a letter's consonant next to the next
// one's, and folding reads some pairs as one sound (th, dh, kh, ph, gh, dj:
// see foldPass; sh and zh are one consonant too): where the script has two
// letters, the reading writes a vowel between them, which the skeleton
// drops, as the Latin spellings of the name have one (כהן, Cohen;
// پهلوی, Pahlavi).
func endsIn(b *strings.Builder, letters string) bool {
	s := b.String()
	return s != "" && strings.IndexByte(letters, s[len(s)-1]) >= 0
}

// Armenian: BGN/PCGN 1981 (Eastern Armenian), without the apostrophes of
// the aspirated letters; ե is ye and ո vo at the start of a word, ու u,
// և ev.
var armenian = map[rune]string{
	'ա': "a", 'բ': "b", 'գ': "g", 'դ': "d", 'ե': "e", 'զ': "z", 'է': "e", 'ը': "y", 'թ': "t",
	'ժ': "zh", 'ի': "i", 'լ': "l", 'խ': "kh", 'ծ': "ts", 'կ': "k", 'հ': "h", 'ձ': "dz", 'ղ': "gh",
	'ճ': "ch", 'մ': "m", 'յ': "y", 'ն': "n", 'շ': "sh", 'ո': "o", 'չ': "ch", 'պ': "p", 'ջ': "j",
	'ռ': "r", 'ս': "s", 'վ': "v", 'տ': "t", 'ր': "r", 'ց': "ts", 'ւ': "v", 'փ': "p", 'ք': "k",
	'և': "ev", 'օ': "o", 'ֆ': "f",
}

func armenianWord(rs []rune) string {
	var b strings.Builder
	for i, r := range rs {
		switch {
		case r == 'ո' && i+1 < len(rs) && rs[i+1] == 'ւ':
			b.WriteString("u")
		case r == 'ւ' && i > 0 && rs[i-1] == 'ո':
		case i == 0 && r == 'ե':
			b.WriteString("ye")
		case i == 0 && r == 'ո':
			b.WriteString("vo")
		case i == 0 && r == 'և':
			b.WriteString("yev")
		default:
			b.WriteString(armenian[r])
		}
	}
	return b.String()
}

// Georgian: the national system of 2002, which BGN/PCGN adopted in 2009,
// without the apostrophes of the ejectives.
var georgian = func() map[rune]string {
	m := map[rune]string{
		'ა': "a", 'ბ': "b", 'გ': "g", 'დ': "d", 'ე': "e", 'ვ': "v", 'ზ': "z", 'თ': "t", 'ი': "i",
		'კ': "k", 'ლ': "l", 'მ': "m", 'ნ': "n", 'ო': "o", 'პ': "p", 'ჟ': "zh", 'რ': "r", 'ს': "s",
		'ტ': "t", 'უ': "u", 'ფ': "p", 'ქ': "k", 'ღ': "gh", 'ყ': "q", 'შ': "sh", 'ჩ': "ch", 'ც': "ts",
		'ძ': "dz", 'წ': "ts", 'ჭ': "ch", 'ხ': "kh", 'ჯ': "j", 'ჰ': "h",
	}
	// Mtavruli capitals (U+1C90) read as their Mkhedruli letters.
	for r, s := range m {
		if u := unicode.ToUpper(r); u != r {
			m[u] = s
		}
	}
	return m
}()

// Devanagari: ISO 15919 without diacritics, as Hindi and Nepali names are
// written in English (Hunterian practice): each consonant with its
// inherent a, which a vowel sign replaces and the virama deletes; the
// inherent a of a word's last consonant is not pronounced in Hindi and is
// not written (राहुल, Rahul), unless the consonant closes a conjunct
// (नरेन्द्र, Narendra); a nukta makes ज z, फ f, क q, ख kh, ग gh, ड and ढ r;
// the anusvara and the candrabindu are n, the visarga h.
var devanagariConsonants = map[rune]string{
	'क': "k", 'ख': "kh", 'ग': "g", 'घ': "gh", 'ङ': "n", 'च': "ch", 'छ': "chh", 'ज': "j", 'झ': "jh",
	'ञ': "n", 'ट': "t", 'ठ': "th", 'ड': "d", 'ढ': "dh", 'ण': "n", 'त': "t", 'थ': "th", 'द': "d",
	'ध': "dh", 'न': "n", 'प': "p", 'फ': "ph", 'ब': "b", 'भ': "bh", 'म': "m", 'य': "y", 'र': "r",
	'ल': "l", 'ळ': "l", 'व': "v", 'श': "sh", 'ष': "sh", 'स': "s", 'ह': "h",
}

var devanagariNukta = map[rune]string{'ज': "z", 'फ': "f", 'क': "q", 'ख': "kh", 'ग': "gh", 'ड': "r", 'ढ': "rh"}

var devanagariVowels = map[rune]string{
	'अ': "a", 'आ': "a", 'इ': "i", 'ई': "i", 'उ': "u", 'ऊ': "u", 'ऋ': "ri", 'ए': "e", 'ऐ': "ai",
	'ओ': "o", 'औ': "au", 'ऑ': "o", 'ऍ': "e",
	// vowel signs
	'ा': "a", 'ि': "i", 'ी': "i", 'ु': "u", 'ू': "u", 'ृ': "ri", 'े': "e", 'ै': "ai", 'ो': "o",
	'ौ': "au", 'ॉ': "o", 'ॅ': "e",
}

func devanagariWord(rs []rune) string {
	var b strings.Builder
	pendingA := false // a consonant was written whose inherent a is not yet decided
	conjunct := false // the last consonant closed a conjunct
	flush := func() {
		if pendingA {
			b.WriteString("a")
			pendingA = false
		}
	}
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		switch {
		case devanagariConsonants[r] != "":
			flush()
			s := devanagariConsonants[r]
			if i+1 < len(rs) && rs[i+1] == '़' {
				if n := devanagariNukta[r]; n != "" {
					s = n
				}
				i++
			}
			conjunct = i > 0 && rs[i-1] == '्'
			b.WriteString(s)
			pendingA = true
		case r == '्': // virama: no inherent vowel
			pendingA = false
		case r == 'ं' || r == 'ँ':
			flush()
			b.WriteString("n")
		case r == 'ः':
			flush()
			b.WriteString("h")
		case devanagariVowels[r] != "":
			if isDevanagariSign(r) {
				pendingA = false
			} else {
				flush()
			}
			b.WriteString(devanagariVowels[r])
		case r >= '०' && r <= '९':
			flush()
			b.WriteByte(byte('0' + r - '०'))
		}
	}
	// The inherent a of the last consonant is written only after a
	// conjunct.
	if pendingA && conjunct {
		b.WriteString("a")
	}
	return b.String()
}

func isDevanagariSign(r rune) bool { return 0x93e <= r && r <= 0x94c || r == 'ॅ' || r == 'ॉ' }

// Ethiopic: BGN/PCGN 1967 (Amharic), which Tigrinya names follow too. A
// syllable is a consonant and one of seven vowel orders: ä (written e,
// and a after the glottal letters አ and ዐ), u, i, a, e, ə (not written:
// the sixth order is mostly a consonant alone), o; the eighth order is
// the consonant with wa.
var ethiopicRows = []struct {
	base rune
	cons string
}{
	{0x1200, "h"}, {0x1208, "l"}, {0x1210, "h"}, {0x1218, "m"}, {0x1220, "s"}, {0x1228, "r"},
	{0x1230, "s"}, {0x1238, "sh"}, {0x1240, "q"}, {0x1248, "qw"}, {0x1250, "q"}, {0x1260, "b"},
	{0x1268, "v"}, {0x1270, "t"}, {0x1278, "ch"}, {0x1280, "h"}, {0x1288, "hw"}, {0x1290, "n"},
	{0x1298, "ny"}, {0x12a0, ""}, {0x12a8, "k"}, {0x12b0, "kw"}, {0x12b8, "h"}, {0x12c8, "w"},
	{0x12d0, ""}, {0x12d8, "z"}, {0x12e0, "zh"}, {0x12e8, "y"}, {0x12f0, "d"}, {0x12f8, "d"},
	{0x1300, "j"}, {0x1308, "g"}, {0x1310, "gw"}, {0x1318, "g"}, {0x1320, "t"}, {0x1328, "ch"},
	{0x1330, "p"}, {0x1338, "ts"}, {0x1340, "ts"}, {0x1348, "f"}, {0x1350, "p"},
}

var ethiopicOrders = [8]string{"e", "u", "i", "a", "e", "", "o", "wa"}

func ethiopicWord(rs []rune) string {
	var b strings.Builder
	for _, r := range rs {
		if r < 0x1200 || r >= 0x1358 {
			continue
		}
		k := 0
		for k+1 < len(ethiopicRows) && ethiopicRows[k+1].base <= r {
			k++
		}
		row, order := ethiopicRows[k], int(r-ethiopicRows[k].base)
		if order > 7 {
			continue
		}
		b.WriteString(row.cons)
		v := ethiopicOrders[order]
		if row.cons == "" && order == 0 {
			v = "a" // the glottal letters: አ is a
		}
		if row.cons == "" && order == 5 {
			v = "i" // እ begins a word with a vowel
		}
		b.WriteString(v)
	}
	return b.String()
}

// Thai: the Royal Thai General System of Transcription (Royal Institute,
// 1999): a consonant has one value at the start of a syllable and another
// at its end; the vowels written before their consonant (เ แ โ ใ ไ) are
// read after it; a consonant with no vowel before another is read with the
// inherent a, or o in a closed syllable; the vowels of two or three signs
// are read as one (thaiCompounds); ห or อ before a sonorant gives it its
// tone and is not read (thaiLeadingH); the thanthakhat (์) silences its
// consonant, and when that is ร or ณ the one before it that closes
// nothing; รร is an.
var thaiInitial = map[rune]string{
	'ก': "k", 'ข': "kh", 'ฃ': "kh", 'ค': "kh", 'ฅ': "kh", 'ฆ': "kh", 'ง': "ng", 'จ': "ch", 'ฉ': "ch",
	'ช': "ch", 'ซ': "s", 'ฌ': "ch", 'ญ': "y", 'ฎ': "d", 'ฏ': "t", 'ฐ': "th", 'ฑ': "th", 'ฒ': "th",
	'ณ': "n", 'ด': "d", 'ต': "t", 'ถ': "th", 'ท': "th", 'ธ': "th", 'น': "n", 'บ': "b", 'ป': "p",
	'ผ': "ph", 'ฝ': "f", 'พ': "ph", 'ฟ': "f", 'ภ': "ph", 'ม': "m", 'ย': "y", 'ร': "r", 'ล': "l",
	'ว': "w", 'ศ': "s", 'ษ': "s", 'ส': "s", 'ห': "h", 'ฬ': "l", 'อ': "", 'ฮ': "h",
}

var thaiFinal = map[rune]string{
	'ก': "k", 'ข': "k", 'ค': "k", 'ฆ': "k", 'ง': "ng", 'จ': "t", 'ช': "t", 'ซ': "t", 'ฌ': "t",
	'ญ': "n", 'ฎ': "t", 'ฏ': "t", 'ฐ': "t", 'ฑ': "t", 'ฒ': "t", 'ณ': "n", 'ด': "t", 'ต': "t",
	'ถ': "t", 'ท': "t", 'ธ': "t", 'น': "n", 'บ': "p", 'ป': "p", 'พ': "p", 'ฟ': "p", 'ภ': "p",
	'ม': "m", 'ย': "i", 'ร': "n", 'ล': "n", 'ว': "o", 'ศ': "t", 'ษ': "t", 'ส': "t", 'ฬ': "n", 'อ': "o",
}

var thaiVowel = map[rune]string{
	'ะ': "a", 'ั': "a", 'า': "a", 'ำ': "am", 'ิ': "i", 'ี': "i", 'ึ': "ue", 'ื': "ue", 'ุ': "u",
	'ู': "u", 'เ': "e", 'แ': "ae", 'โ': "o", 'ใ': "ai", 'ไ': "ai", 'ฤ': "rue",
}

func isThaiConsonant(r rune) bool { return 0xe01 <= r && r <= 0xe2e }
func isThaiLeading(r rune) bool   { return 0xe40 <= r && r <= 0xe44 }

// thaiIndic and thaiIndicFinal are the values of the letters that differ
// in the customary spelling of names of Pali and Sanskrit origin, which
// gives a letter its Indic value rather than its Thai sound, as the names
// of Thai persons are usually spelled in English (อภิสิทธิ์ เวชชาชีวะ,
// Abhisit Vejjajiva; ภูมิพล, Bhumibol; กุล, kul): ภ bh, ธ dh, ช j but at
// the start of a word (ชวน, Chuan), ผ and พ p (แพทองธาร, Paetongtarn), and
// a final ล or ร l or r.
var (
	thaiIndic      = map[rune]string{'ภ': "bh", 'ธ': "dh", 'ช': "j", 'ผ': "p", 'พ': "p"}
	thaiIndicFinal = map[rune]string{'ล': "l", 'ร': "r", 'ช': "j", 'ภ': "bh"}
)

// thaiUnaspirated are the values of the aspirated consonants in the
// customary spellings of Thai names, which write them as the unaspirated
// (แพทองธาร, Paetongtarn; อนุพงษ์, Anupong, as en.wikipedia titles its
// articles on them): t, p and k. The Royal Institute's principles of
// romanisation leave personal names their own spellings (Principles of
// Romanization for Thai Script by Transcription Method, submitted by
// Thailand to the Eighth UN Conference on the Standardization of
// Geographical Names, 2002, E/CONF.94/INF.41); these readings are the
// spellings the names are seen with, not a system.
var thaiUnaspirated = map[rune]string{
	'ฐ': "t", 'ฑ': "t", 'ฒ': "t", 'ถ': "t", 'ท': "t", 'ธ': "t", 'ผ': "p", 'พ': "p", 'ภ': "p",
	'ข': "k", 'ฃ': "k", 'ค': "k", 'ฅ': "k", 'ฆ': "k",
}

// The readings of a Thai word: the RTGS, the Indic values of names of
// Pali and Sanskrit origin (thaiIndic), and the customary spelling of
// names in English, which writes the aspirated consonants unaspirated
// (thaiUnaspirated), and an r after a long a or o before a final n or m,
// and oe as er (ชาญ, Charn; แพทองธาร, Paetongtarn; บรรหาร, Banharn; กรณ์,
// Korn; เฉลิม, Chalerm: the spellings of en.wikipedia's titles "Anutin
// Charnvirakul", "Paetongtarn Shinawatra", "Banharn Silpa-archa", "Korn
// Chatikavanij" and "Chalerm Yubamrung"). The r seems to mark a long
// vowel for readers of English whose r before a consonant is silent; no
// source cited here says so: the rule rests on these spellings alone.
type thaiReading uint8

const (
	thaiRTGS thaiReading = iota
	thaiIndicReading
	thaiCustomary
)

// thaiWords reads a Thai word by the RTGS, with its customary Indic
// spelling and its customary English spelling as other readings.
func thaiWords(rs []rune) []rawWord {
	w := rawWord{s: thaiWord(rs, thaiRTGS)}
	for _, m := range [...]thaiReading{thaiIndicReading, thaiCustomary} {
		if x := thaiWord(rs, m); x != w.s && !slices.Contains(w.alts, x) {
			w.alts = append(w.alts, x)
		}
	}
	return []rawWord{w}
}

func thaiWord(rs []rune, mode thaiReading) string {
	indic := mode == thaiIndicReading
	initial := func(r rune, i int) string {
		if s, ok := thaiIndic[r]; ok && indic && (i > 0 || r != 'ช') {
			return s
		}
		if s, ok := thaiUnaspirated[r]; ok && mode == thaiCustomary {
			return s
		}
		return thaiInitial[r]
	}
	long := false // the vowel last written is a long a or o (customary r)
	final := func(r rune) string {
		if s, ok := thaiIndicFinal[r]; ok && indic {
			return s
		}
		if f := thaiFinal[r]; long && mode == thaiCustomary && (f == "n" || f == "m") {
			return "r" + f
		}
		return thaiFinal[r]
	}
	// Move each leading vowel after its consonant (and a cluster's second
	// consonant ร ล ว); drop tone marks; mark silenced consonants.
	var cs []rune
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if isThaiLeading(r) && i+1 < len(rs) && isThaiConsonant(rs[i+1]) {
			j := i + 2
			if thaiLeadingH(rs, i+1) {
				j++ // the silent ห or อ and its consonant (เหมือน, muean)
			} else if j < len(rs) && (rs[j] == 'ร' || rs[j] == 'ล' || rs[j] == 'ว') && j+1 < len(rs) && (!isThaiConsonant(rs[j+1]) ||
				rs[j] == 'ร' && (j+2 == len(rs) || isThaiConsonant(rs[j+2]))) {
				// A cluster: its second consonant, then a vowel or, for ร,
				// a final (เปรม, prem; เศรษฐา, srettha).
				j++
			}
			cs = append(cs, rs[i+1:j]...)
			cs = append(cs, r)
			i = j - 1
			continue
		}
		switch r {
		case '่', '้', '๊', '๋', '็', 'ๆ', 'ฯ':
			continue
		case 'ํ':
			// Sara am (ำ), which NFKC writes as nikhahit and sara aa.
			if i+1 < len(rs) && rs[i+1] == 'า' {
				cs = append(cs, 'ำ')
				i++
			}
			continue
		case '์':
			// Silence the consonant (and a vowel sign on it), and, when
			// it is ร or ณ, the consonant before it when that one follows
			// a closed syllable (จันทร์, chan; ลักษณ์, lak; not พงษ์, phong).
			for len(cs) > 0 && !isThaiConsonant(cs[len(cs)-1]) {
				cs = cs[:len(cs)-1]
			}
			var silenced rune
			if len(cs) > 0 {
				silenced = cs[len(cs)-1]
				cs = cs[:len(cs)-1]
			}
			if n := len(cs); (silenced == 'ร' || silenced == 'ณ') && n >= 3 && isThaiConsonant(cs[n-1]) && isThaiConsonant(cs[n-2]) && !isThaiConsonant(cs[n-3]) {
				cs = cs[:n-1]
			}
			continue
		}
		cs = append(cs, r)
	}
	var b strings.Builder
	vowelNext := func(i int) bool { return i < len(cs) && !isThaiConsonant(cs[i]) && thaiVowel[cs[i]] != "" }
	open := false // the current syllable has a vowel and no final
	for i := 0; i < len(cs); i++ {
		r := cs[i]
		switch {
		case r == 'ร' && i+1 < len(cs) && cs[i+1] == 'ร':
			b.WriteString("a")
			i++
			if i+1 < len(cs) && isThaiConsonant(cs[i+1]) && !vowelNext(i+2) {
				b.WriteString(final(cs[i+1]))
				i++
			} else {
				b.WriteString("n")
			}
			open = false
		case thaiLeadingH(cs, i) && (vowelNext(i+2) || i+2 < len(cs) && isThaiConsonant(cs[i+2])):
			// ห or อ before a sonorant, its tone mark, is not read
			// (หลีก, lik; อยู่, yu).
			continue
		case isThaiConsonant(r) && r != 'อ' && i+1 < len(cs) && cs[i+1] == 'อ' && !vowelNext(i+2):
			// อ after a consonant, with no vowel after it, is the vowel
			// o (ทอง, thong; พ่อ, pho).
			b.WriteString(initial(r, i))
			b.WriteString("o")
			i++
			open, long = true, true
		case isThaiConsonant(r):
			if open && !vowelNext(i+1) && !(i+1 < len(cs) && isThaiConsonant(cs[i+1]) && vowelNext(i+2) && cs[i+1] != 'ร') {
				b.WriteString(final(r))
				open = false
				continue
			}
			if open && !vowelNext(i+1) {
				b.WriteString(final(r))
				open = false
				continue
			}
			b.WriteString(initial(r, i))
			long = false
			switch {
			case vowelNext(i + 1):
			case i+1 < len(cs) && (cs[i+1] == 'ร' || cs[i+1] == 'ล') && vowelNext(i+2) && i == 0:
				// a cluster: pr, kl ...
			case r == 'อ' && i+1 < len(cs):
				b.WriteString("a")
				open = true
			case i+1 < len(cs) && isThaiConsonant(cs[i+1]) && vowelNext(i+2):
				b.WriteString("a")
			case i+1 < len(cs):
				b.WriteString("o")
				open, long = true, true
			}
		default:
			if v, n := thaiCompound(cs[i:]); n > 0 {
				if v == "oe" && mode == thaiCustomary {
					v = "er"
				}
				b.WriteString(v)
				i += n - 1
				open = cs[i] != 'ะ'
			} else if v := thaiVowel[r]; v != "" {
				b.WriteString(v)
				open, long = r != 'ะ', r == 'า'
			}
		}
	}
	return b.String()
}

// thaiLeadingH reports whether rs[i] is ห or อ written before a sonorant
// to give it a tone (อักษรนำ), and not read: หล, หม, หน, หง, หญ, หย, หร,
// หว, อย.
func thaiLeadingH(rs []rune, i int) bool {
	if i+1 >= len(rs) {
		return false
	}
	switch rs[i] {
	case 'ห':
		return strings.ContainsRune("งญนมยรลว", rs[i+1])
	case 'อ':
		return rs[i+1] == 'ย'
	}
	return false
}

// thaiCompounds are the vowels written with two or three signs, as the
// signs follow the consonant once the leading vowel is moved after it
// (เ◌ีย, ia; เ◌ือ, uea; เ◌า, ao; เ◌ิ, oe; ◌ัว, ua; ◌ือ, ue), in RTGS.
var thaiCompounds = []struct {
	signs []rune
	v     string
	// consonant is set when the last sign is a consonant before a vowel
	// (◌ัวา: the ว is w; เอ before a vowel is e and the consonant อ).
	consonant bool
}{
	{[]rune("เาะ"), "o", false}, {[]rune("เีย"), "ia", false}, {[]rune("เือ"), "uea", false}, {[]rune("เา"), "ao", false},
	{[]rune("เิ"), "oe", false}, {[]rune("เอ"), "oe", true}, {[]rune("เะ"), "e", false}, {[]rune("แะ"), "ae", false},
	{[]rune("โะ"), "o", false}, {[]rune("ัว"), "ua", true}, {[]rune("ือ"), "ue", false},
}

// thaiCompound returns the reading of the compound vowel that begins rs,
// and the number of runes it takes; 0 for none, and for a compound whose
// last sign is a consonant where a vowel follows it (see consonant).
func thaiCompound(rs []rune) (string, int) {
	for _, c := range thaiCompounds {
		n := len(c.signs)
		if len(rs) >= n && slices.Equal(rs[:n], c.signs) {
			if c.consonant && n < len(rs) && thaiVowel[rs[n]] != "" {
				continue
			}
			return c.v, n
		}
	}
	return "", 0
}

// Khmer: the UNGEGN system (BGN/PCGN 1972) simplified as names are
// written in English: the consonants by their sounds, the vowel signs by
// their first-series readings, a consonant with no vowel sign before a
// final read with a (first series) or o (second series), the coeng (្)
// joining clusters, the series marks and other diacritics not written.
var khmerConsonants = map[rune]string{
	'ក': "k", 'ខ': "kh", 'គ': "k", 'ឃ': "kh", 'ង': "ng", 'ច': "ch", 'ឆ': "chh", 'ជ': "ch", 'ឈ': "chh",
	'ញ': "nh", 'ដ': "d", 'ឋ': "th", 'ឌ': "d", 'ឍ': "th", 'ណ': "n", 'ត': "t", 'ថ': "th", 'ទ': "t",
	'ធ': "th", 'ន': "n", 'ប': "b", 'ផ': "ph", 'ព': "p", 'ភ': "ph", 'ម': "m", 'យ': "y", 'រ': "r",
	'ល': "l", 'វ': "v", 'ស': "s", 'ហ': "h", 'ឡ': "l", 'អ': "",
}

// khmerSecond is the second series, whose inherent vowel is o.
const khmerSecond = "គឃងជឈញឌឍទធនពភមយរលវ"

var khmerVowels = map[rune]string{
	'ា': "a", 'ិ': "e", 'ី': "i", 'ឹ': "oe", 'ឺ': "eu", 'ុ': "o", 'ូ': "ou", 'ួ': "uo", 'ើ': "aeu",
	'ឿ': "oea", 'ៀ': "ie", 'េ': "e", 'ែ': "ae", 'ៃ': "ai", 'ោ': "ao", 'ៅ': "au", 'ំ': "m", 'ះ': "h",
	'ឥ': "e", 'ឦ': "ei", 'ឧ': "o", 'ឩ': "ou", 'ឪ': "ov", 'ឫ': "rue", 'ឭ': "lue", 'ឯ': "ae", 'ឰ': "ai",
	'ឱ': "ao", 'ឳ': "au",
}

func khmerWord(rs []rune) string {
	var b strings.Builder
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		c, ok := khmerConsonants[r]
		if !ok {
			if v := khmerVowels[r]; v != "" {
				b.WriteString(v)
			}
			continue
		}
		second := strings.ContainsRune(khmerSecond, r)
		j := i + 1
		for j < len(rs) && (rs[j] == '៉' || rs[j] == '៊' || rs[j] == '៍' || rs[j] == '៌' || rs[j] == '់') {
			switch rs[j] {
			case '៉':
				second = false
				if r == 'ប' {
					c = "p"
				}
			case '៊':
				second = true
			}
			j++
		}
		b.WriteString(c)
		// A subscript consonant joins the cluster.
		for j+1 < len(rs) && rs[j] == '្' {
			b.WriteString(khmerConsonants[rs[j+1]])
			j += 2
		}
		switch {
		case j < len(rs) && khmerVowels[rs[j]] != "":
			v := khmerVowels[rs[j]]
			switch {
			case rs[j] == 'ុ' && second:
				v = "u"
			case rs[j] == 'ា' && second:
				v = "ea"
			case rs[j] == 'ំ':
				v = "am"
				if second {
					v = "um"
				}
			}
			b.WriteString(v)
			i = j
		case r == 'វ' && i > 0 && (j == len(rs) || khmerConsonants[rs[j]] == "" && khmerVowels[rs[j]] == ""):
			// A final vo is u (ខៀវ, Khieu).
			s := b.String()
			b.Reset()
			b.WriteString(strings.TrimSuffix(s, "v") + "u")
			i = j - 1
		case j < len(rs) && khmerConsonants[rs[j]] != "" || j < len(rs) && rs[j] == 'អ':
			// A final follows: the inherent vowel.
			if second {
				b.WriteString("o")
			} else {
				b.WriteString("a")
			}
			i = j - 1
		default:
			i = j - 1
		}
	}
	return b.String()
}

// Burmese: the spelling of Burmese names in Latin letters that the
// Myanmar government and the EU's lists use, close to BGN/PCGN 1970
// without tones. A Burmese name is a run of syllables, each a word in
// Latin letters (မင်းအောင်လှိုင်, Min Aung Hlaing): each syllable here is a
// word of its own.
var burmeseConsonants = map[rune]string{
	'က': "k", 'ခ': "kh", 'ဂ': "g", 'ဃ': "g", 'င': "ng", 'စ': "s", 'ဆ': "s", 'ဇ': "z", 'ဈ': "z",
	'ည': "ny", 'ဉ': "ny", 'ဋ': "t", 'ဌ': "ht", 'ဍ': "d", 'ဎ': "d", 'ဏ': "n", 'တ': "t", 'ထ': "ht",
	'ဒ': "d", 'ဓ': "d", 'န': "n", 'ပ': "p", 'ဖ': "hp", 'ဗ': "b", 'ဘ': "b", 'မ': "m", 'ယ': "y",
	'ရ': "y", 'လ': "l", 'ဝ': "w", 'သ': "th", 'ဟ': "h", 'ဠ': "l", 'အ': "",
	'ဣ': "i", 'ဤ': "i", 'ဥ': "u", 'ဦ': "u", 'ဧ': "e", 'ဩ': "aw", 'ဪ': "aw",
}

// burmeseRhymes are the vowels and finals of a syllable, by their signs
// (vowel signs, then the final consonant with its asat, "-" for none).
var burmeseRhymes = map[string]string{
	"":     "a",
	"ာ":    "a",
	"ါ":    "a",
	"ိ":    "i",
	"ီ":    "i",
	"ု":    "u",
	"ူ":    "u",
	"ေ":    "e",
	"ဲ":    "e",
	"ော":   "aw",
	"ေါ":   "aw",
	"ို":   "o",
	"ံ":    "an",
	"ိံ":   "ein",
	"ုံ":   "on",
	"င်":   "in",
	"ိုင်": "aing",
	"ောင်": "aung",
	"ေါင်": "aung",
	"ာင်":  "ang",
	"န်":   "an",
	"ိန်":  "ein",
	"ုန်":  "on",
	"မ်":   "an",
	"ိမ်":  "ein",
	"ုမ်":  "on",
	"တ်":   "at",
	"ိတ်":  "eik",
	"ုတ်":  "ok",
	"က်":   "et",
	"ိုက်": "aik",
	"ောက်": "auk",
	"ပ်":   "at",
	"ိပ်":  "eik",
	"ုပ်":  "ok",
	"စ်":   "it",
	"ည်":   "i",
	"ဉ်":   "in",
}

// burmeseFinals are the letters that close a syllable as another letter
// does, whose rhyme burmeseRhymes gives: "cerebrals, when final, are the
// same as dentals", and "the third letter of each class is the same as
// the first" (Judson, A Grammar of the Burmese Language, revised by
// Stevenson, 1883, §33): ဋ, ဍ and ဒ as တ (ထွဋ်, htut: Soe Htut), ဏ as န,
// ဂ as က, ဇ as စ, ဗ as ပ. The second and fourth letters of a class,
// burmeseMuteFinals, which that section says are mute as finals in the
// words from Pali they close (မိုဃ်း, mo), are left out of the rhyme.
var burmeseFinals = map[rune]rune{'ဋ': 'တ', 'ဍ': 'တ', 'ဒ': 'တ', 'ဏ': 'န', 'ဂ': 'က', 'ဇ': 'စ', 'ဗ': 'ပ'}

const burmeseMuteFinals = "ခဃဆဈဌဎထဓဖဘ"

func isBurmeseConsonant(r rune) bool { return 0x1000 <= r && r <= 0x102a }

// isBurmeseVowel reports whether r is an independent vowel (ဣ to ဪ), which
// burmeseWord reads as a syllable's first letter.
func isBurmeseVowel(r rune) bool { return 0x1023 <= r && r <= 0x102a }

// Other spellings of Burmese syllables that names use beside the table's,
// as the names of Myanmar's officials on the EU's list write them:
//   - ထ and ဌ (ht) as t (ထွန်း, Tun beside Htun);
//   - ဆ (s) as hs (ဆန်း, San or Hsan);
//   - ေ with no final as ay, aye with no consonant (ဌေး, Htay; နေ, Nay
//     beside Ne; အေး, Aye);
//   - ို as oe (စိုး, Soe; မိုး, Moe).
var (
	burmeseInitialAlts = map[rune]string{'ထ': "t", 'ဌ': "t", 'ဆ': "hs"}
	burmeseRhymeAlts   = map[string]string{"ေ": "ay", "ို": "oe"}
)

func burmeseWord(rs []rune) []rawWord {
	var out []rawWord
	for i := 0; i < len(rs); {
		r := rs[i]
		if !isBurmeseConsonant(r) {
			i++
			continue
		}
		// The syllable: its initial, medials, vowel signs, and a final
		// consonant with its asat.
		initial := burmeseConsonants[r]
		j := i + 1
		var medial strings.Builder
		for j < len(rs) && (rs[j] == 'ျ' || rs[j] == 'ြ' || rs[j] == 'ွ' || rs[j] == 'ှ') {
			medial.WriteRune(rs[j])
			j++
		}
		m := medial.String()
		h := strings.ContainsRune(m, 'ှ')
		switch {
		case h && (r == 'ရ' || r == 'ယ'):
			initial = "sh"
		case h && (r == 'လ' || r == 'မ' || r == 'န' || r == 'ဝ' || r == 'ည'):
			initial = "h" + initial
		}
		if strings.ContainsAny(m, "ျြ") {
			if r == 'က' || r == 'ခ' || r == 'ဂ' {
				initial = map[rune]string{'က': "ky", 'ခ': "ch", 'ဂ': "gy"}[r]
			} else {
				initial += "y"
			}
		}
		medialW := strings.ContainsRune(m, 'ွ')
		var sign strings.Builder
		creaky := false
		for j < len(rs) {
			c := rs[j]
			if isBurmeseConsonant(c) && j+1 < len(rs) && (rs[j+1] == '်' || rs[j+1] == '့' && j+2 < len(rs) && rs[j+2] == '်') {
				if f, ok := burmeseFinals[c]; ok {
					c = f
				}
				if !strings.ContainsRune(burmeseMuteFinals, c) {
					sign.WriteRune(c)
					sign.WriteRune('်')
				}
				if rs[j+1] == '့' {
					creaky = true
					j++
				}
				j += 2
				continue
			}
			if isBurmeseConsonant(c) || c == ' ' {
				break
			}
			switch c {
			case '့':
				creaky = true
			case 'း', '်', '္':
			default:
				sign.WriteRune(c)
			}
			j++
		}
		rhyme, ok := burmeseRhymes[sign.String()]
		if !ok {
			rhyme = alphabet([]rune(sign.String()), map[rune]string{'ာ': "a", 'ါ': "a", 'ိ': "i", 'ီ': "i", 'ု': "u", 'ူ': "u", 'ေ': "e", 'ဲ': "e"})
		}
		switch {
		case medialW && (rhyme == "an" || rhyme == "at"):
			// The medial wa with a final is u (ညွန့်, Nyunt; ကွတ်, kut).
			rhyme = "u" + rhyme[1:]
		case medialW:
			initial += "w"
		}
		if isBurmeseVowel(r) {
			// An independent vowel is the syllable's vowel (ဦး, U or Oo;
			// ဧ, E), unless a sign follows it.
			if rhyme == "a" {
				rhyme = initial
			}
			initial = ""
		}
		// A creaky nasal final is written nt (မြင့်, Myint; ညွန့်, Nyunt).
		if creaky && strings.HasSuffix(rhyme, "n") {
			rhyme += "t"
		}
		w := rawWord{s: initial + rhyme, syllable: true}
		// The other spellings names use (burmeseInitialAlts,
		// burmeseRhymeAlts), each with the other part as read.
		initials, rhymes := []string{initial}, []string{rhyme}
		if a, ok := burmeseInitialAlts[r]; ok && strings.HasPrefix(initial, burmeseConsonants[r]) {
			initials = append(initials, a+initial[len(burmeseConsonants[r]):])
		}
		if a, ok := burmeseRhymeAlts[sign.String()]; ok && rhyme == burmeseRhymes[sign.String()] {
			rhymes = append(rhymes, a)
		}
		for _, x := range initials {
			for _, y := range rhymes {
				if x == "" && y == "ay" {
					y = "aye" // အေး, Aye
				}
				if v := x + y; v != w.s && !slices.Contains(w.alts, v) {
					w.alts = append(w.alts, v)
				}
			}
		}
		out = append(out, w)
		i = j
	}
	return out
}

// Hangul: each syllable a word of its own, as Korean names are written in
// Latin letters (김정은, Kim Jong Un), read by McCune-Reischauer (1939)
// without its breves and apostrophes, with the readings of the Revised
// Romanization of Korean (Ministry of Culture and Tourism, 2000) and of
// the DPRK's system of 1992, which the lists' spellings of North Korean
// names follow, as alts.
var (
	hangulInitialsRR   = [19]string{"g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"}
	hangulInitialsMR   = [19]string{"k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "ch", "tch", "ch", "k", "t", "p", "h"}
	hangulInitialsDPRK = [19]string{"k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "j", "jj", "ch", "kh", "th", "ph", "h"}
	hangulVowelsRR     = [21]string{"a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"}
	hangulVowelsMR     = [21]string{"a", "ae", "ya", "yae", "o", "e", "yo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "u", "ui", "i"}
	hangulFinals       = [28]string{"", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"}
)

// hangulReadings returns the readings of a Hangul syllable: McCune-
// Reischauer first, then the others that differ.
func hangulReadings(s rune) []string {
	k := int(s - 0xac00)
	l, v, t := k/588, k%588/28, k%28
	rs := []string{
		hangulInitialsMR[l] + hangulVowelsMR[v] + hangulFinals[t],
		hangulInitialsRR[l] + hangulVowelsRR[v] + hangulFinals[t],
		hangulInitialsDPRK[l] + hangulVowelsMR[v] + hangulFinals[t],
	}
	out := rs[:1]
	for _, r := range rs[1:] {
		if !contains(out, r) {
			out = append(out, r)
		}
	}
	return out
}

func hangulWord(rs []rune) []rawWord {
	var out []rawWord
	for _, r := range rs {
		if r < 0xac00 || r > 0xd7a3 {
			continue
		}
		rd := hangulReadings(r)
		out = append(out, rawWord{s: rd[0], alts: rd[1:], syllable: true})
	}
	return out
}

// Kana: Hepburn, as Japanese passports write it (long vowels not marked,
// ん n), with a second reading for words borrowed from other languages,
// which katakana writes with vowels the source has not: u after a
// consonant, and o after t and d, are not written before another
// consonant or at the end (ルカシェンコ, rukashenko; アレクサンドル,
// areksandr).
var kana = func() map[rune]string {
	m := map[rune]string{}
	rows := []struct {
		hira string
		lat  []string
	}{
		{"あいうえお", []string{"a", "i", "u", "e", "o"}},
		{"かきくけこ", []string{"ka", "ki", "ku", "ke", "ko"}},
		{"がぎぐげご", []string{"ga", "gi", "gu", "ge", "go"}},
		{"さしすせそ", []string{"sa", "shi", "su", "se", "so"}},
		{"ざじずぜぞ", []string{"za", "ji", "zu", "ze", "zo"}},
		{"たちつてと", []string{"ta", "chi", "tsu", "te", "to"}},
		{"だぢづでど", []string{"da", "ji", "zu", "de", "do"}},
		{"なにぬねの", []string{"na", "ni", "nu", "ne", "no"}},
		{"はひふへほ", []string{"ha", "hi", "fu", "he", "ho"}},
		{"ばびぶべぼ", []string{"ba", "bi", "bu", "be", "bo"}},
		{"ぱぴぷぺぽ", []string{"pa", "pi", "pu", "pe", "po"}},
		{"まみむめも", []string{"ma", "mi", "mu", "me", "mo"}},
		{"やゆよ", []string{"ya", "yu", "yo"}},
		{"らりるれろ", []string{"ra", "ri", "ru", "re", "ro"}},
		{"わゐゑをん", []string{"wa", "i", "e", "o", "n"}},
		{"ぁぃぅぇぉ", []string{"a", "i", "u", "e", "o"}},
		{"ゃゅょゎ", []string{"ya", "yu", "yo", "wa"}},
		{"ゔ", []string{"vu"}},
	}
	for _, row := range rows {
		for i, h := range []rune(row.hira) {
			m[h] = row.lat[i]
			m[h+0x60] = row.lat[i] // katakana
		}
	}
	m['ヷ'], m['ヸ'], m['ヹ'], m['ヺ'] = "va", "vi", "ve", "vo"
	return m
}()

func isSmallKana(r rune) bool {
	switch r {
	case 'ゃ', 'ゅ', 'ょ', 'ャ', 'ュ', 'ョ', 'ぁ', 'ぃ', 'ぅ', 'ぇ', 'ぉ', 'ァ', 'ィ', 'ゥ', 'ェ', 'ォ', 'ゎ', 'ヮ':
		return true
	}
	return false
}

func kanaWord(rs []rune) []rawWord {
	if s := string(rs); s == "アル" || s == "あル" {
		// The Arabic article, written apart (アル・シャバーブ).
		return []rawWord{{s: "al"}}
	}
	var morae []string
	var long []bool // the mora is followed by the long vowel mark
	double := false
	for _, r := range rs {
		switch {
		case r == 'っ' || r == 'ッ':
			double = true
			continue
		case r == 'ー':
			if len(long) > 0 {
				long[len(long)-1] = true
			}
			continue // a long vowel, not marked
		case isSmallKana(r) && len(morae) > 0:
			prev := morae[len(morae)-1]
			small := kana[r]
			switch {
			case small[0] == 'y' && strings.HasSuffix(prev, "i"):
				// kya, sha, cha, ja
				base := strings.TrimSuffix(prev, "i")
				if base == "sh" || base == "ch" || base == "j" {
					morae[len(morae)-1] = base + small[1:]
				} else {
					morae[len(morae)-1] = base + small
				}
			default:
				// ファ fa, ティ ti, シェ she, ウィ wi
				base := prev[:len(prev)-1]
				if prev == "u" {
					base = "w"
				}
				morae[len(morae)-1] = base + small
			}
			continue
		}
		m, ok := kana[r]
		if !ok {
			continue
		}
		if double && m != "" {
			if strings.HasPrefix(m, "ch") {
				m = "t" + m
			} else {
				m = m[:1] + m
			}
		}
		double = false
		morae = append(morae, m)
		long = append(long, false)
	}
	// ん is m before b, m and p, as passports write it (シンボル, shimboru).
	for i := 0; i+1 < len(morae); i++ {
		if morae[i] == "n" && strings.ContainsAny(morae[i+1][:1], "bmp") {
			morae[i] = "m"
		}
	}
	spelled := strings.Join(morae, "")
	morae, long = passportVowels(morae, long)
	hepburn := strings.Join(morae, "")
	w := rawWord{s: hepburn, kana: true}
	if spelled != hepburn {
		w.alts = append(w.alts, spelled)
	}
	loan := loanReading(morae, long, loanPlain)
	if loan != hepburn && loan != "" {
		w.alts = append(w.alts, loan)
	}
	if ti := loanReading(morae, long, loanTD); ti != loan && ti != "" {
		w.alts = append(w.alts, ti)
	}
	if zh := loanReading(morae, long, loanZh); zh != loan && zh != "" {
		w.alts = append(w.alts, zh)
	}
	// ん ending a word of one syllable (two morae at most) is also ng, as
	// katakana writes the final ㅇ of a Korean syllable (ja.wikipedia reads
	// 金正恩, 김정은, キム・ジョンウン: 정, Jong, is ジョン), which
	// kanaSplitNames gives as a word of its own; in a longer word, the
	// reading brought other names nearer (Kim Yong Nam met キム・ヨジョン at
	// 0.83).
	if len(morae) <= 2 && slices.Contains(morae, "n") {
		ng := make([]string, len(morae))
		for i, m := range morae {
			if m == "n" {
				m = "ng"
			}
			ng[i] = m
		}
		if r := loanReading(ng, long, loanPlain); r != "" && r != loan {
			w.alts = append(w.alts, r)
		}
	}
	return []rawWord{w}
}

// passportVowels leaves out the second vowel of a long o or u that kana
// spell with a vowel, as the Hepburn of Japanese passports does (Ministry
// of Foreign Affairs, ヘボン式ローマ字綴方表, the table of the passport's
// spellings: long vowels are not marked; おう, おお and うう are o
// and u: さとう, Sato; おおの, Ono; ゆうこ, Yuko): o or u followed by u,
// or o by o, not before a vowel, where it begins the next syllable of the
// name (いのうえ, Inoue). The mark of the long vowel goes with the mora
// before.
func passportVowels(morae []string, long []bool) ([]string, []bool) {
	out, outLong := morae[:0:0], long[:0:0]
	for i := 0; i < len(morae); i++ {
		m := morae[i]
		out, outLong = append(out, m), append(outLong, long[i])
		if i+1 < len(morae) && m != "" && (morae[i+1] == "u" && (m[len(m)-1] == 'o' || m[len(m)-1] == 'u') || morae[i+1] == "o" && m[len(m)-1] == 'o') &&
			(i+2 == len(morae) || morae[i+2] == "" || !isVowel(morae[i+2][0])) {
			outLong[len(outLong)-1] = outLong[len(outLong)-1] || long[i+1]
			i++
		}
	}
	return out, outLong
}

// A loanMode chooses how loanReading writes the rows that katakana uses
// for several sounds of the source language.
type loanMode uint8

const (
	loanPlain loanMode = iota // Hepburn
	loanTD                    // チ ジ as t d, フ シ as hu si
	loanZh                    // ジ as zh
)

// loanReading writes the morae of a word in katakana as the word it
// borrows is spelled: without the vowels katakana adds after a consonant
// (u, o after t and d, i after a final ch), but for a vowel made long
// (グループ, group); a final a made long is ar, as katakana writes English
// -er, -or, -ar (ワグナー, Wagner); in mode loanTD, with t and d for the
// rows of チ and ジ (プーチン, Putin; メドヴェージェフ, Medvedev), and フ and
// シ as Kunrei-shiki (ISO 3602) writes them, hu and si (ムフタール,
// Mukhtar); in mode loanZh, with zh for the row of ジ, as katakana writes
// the Russian ж (クジュゲトヴィチ, Kuzhugetovich). long tells
// which morae the long vowel mark follows.
func loanReading(morae []string, long []bool, mode loanMode) string {
	var loan strings.Builder
	for i, m := range morae {
		last := i == len(morae)-1
		nextCons := !last && !isVowel(morae[i+1][0])
		if mode == loanZh && strings.HasPrefix(m, "j") {
			m = "zh" + strings.TrimLeft(m, "j")
		}
		if mode == loanTD {
			switch {
			case strings.HasPrefix(m, "tch"):
				m = "tt" + m[3:]
			case strings.HasPrefix(m, "ch"):
				m = "t" + m[2:]
			case strings.HasPrefix(m, "jj"):
				m = "dd" + m[2:]
			case strings.HasPrefix(m, "j"):
				m = "d" + m[1:]
			case m == "fu":
				m = "hu"
			case m == "shi":
				m = "si"
			}
		}
		switch {
		case long[i]:
			loan.WriteString(m)
			if last && m != "a" && strings.HasSuffix(m, "a") {
				loan.WriteByte('r')
			}
		case len(m) >= 2 && (last || nextCons) && m != "tsu" && strings.HasSuffix(m, "u") && !isVowel(m[len(m)-2]):
			loan.WriteString(m[:len(m)-1])
		case (m == "to" || m == "do") && (last || nextCons):
			loan.WriteString(m[:1])
		case last && strings.HasSuffix(m, "chi") && i > 0:
			loan.WriteString(m[:len(m)-1])
		default:
			loan.WriteString(m)
		}
	}
	return loan.String()
}

// Han: each character a word of its own, as names in Han characters are
// written in Latin letters syllable by syllable (or their given names
// joined, which the join of words finds): its Mandarin reading in Hanyu
// Pinyin, with its Korean readings (Hanja) as alts, from Unihan (han.txt).
// A character without a reading there is written as its code point.

//go:embed han.txt
var hanText string

type hanReading struct {
	pinyin string
	korean []rune
}

var hanTable = sync.OnceValues(func() (map[rune]hanReading, map[string]bool) {
	m := make(map[rune]hanReading, 21000)
	syllables := map[string]bool{}
	for line := range strings.Lines(hanText) {
		line = strings.TrimSuffix(line, "\n")
		if line == "" || line[0] == '#' {
			continue
		}
		kind, rest, _ := strings.Cut(line, " ")
		reading, chars, _ := strings.Cut(rest, " ")
		for _, c := range chars {
			h := m[c]
			switch kind {
			case "m":
				h.pinyin = strings.ReplaceAll(reading, "v", "u")
				syllables[h.pinyin] = true
			case "k":
				r, _ := utf8.DecodeRuneInString(reading)
				h.korean = append(h.korean, r)
			}
			m[c] = h
		}
	}
	return m, syllables
})

func hanWord(rs []rune) []rawWord {
	table, _ := hanTable()
	var out []rawWord
	for _, r := range rs {
		if scriptOf(r) != scriptHan {
			continue
		}
		h, ok := table[r]
		if !ok || h.pinyin == "" && len(h.korean) == 0 {
			out = append(out, rawWord{s: codePoint(r), syllable: true})
			continue
		}
		w := rawWord{s: h.pinyin, syllable: true}
		for _, k := range h.korean {
			for _, rd := range hangulReadings(k) {
				if w.s == "" {
					w.s = rd
				} else if rd != w.s && !contains(w.alts, rd) {
					w.alts = append(w.alts, rd)
				}
			}
		}
		out = append(out, w)
	}
	return out
}

// Wade-Giles: a Latin word that is a syllable of Mandarin in Wade-Giles
// (Hsi, Chin, T'ao) has the pinyin syllables it may stand for as alts.
// The apostrophe of the aspirated initials is often left out: without it,
// both readings are given. Only readings that are syllables of pinyin
// (those of han.txt) are kept.
var wadeInitials = []struct{ wg, aspirated, plain string }{
	{"ch", "ch", "zh"}, // before i and ü: q and j, below
	{"hs", "x", "x"},
	{"ts", "c", "z"}, {"tz", "c", "z"},
	{"k", "k", "g"}, {"p", "p", "b"}, {"t", "t", "d"},
	{"j", "r", "r"},
}

// wadeGiles returns the pinyin syllables the Wade-Giles syllable w (lower
// case, without its apostrophe) may stand for; aspirated tells that it
// was written with the apostrophe.
func wadeGiles(w string, aspirated bool) []string {
	if len(w) < 2 || len(w) > 6 {
		return nil
	}
	_, syllables := hanTable()
	initial, final := "", w
	var outs []string
	for _, in := range wadeInitials {
		if strings.HasPrefix(w, in.wg) {
			initial, final = in.wg, w[len(in.wg):]
			break
		}
	}
	// Finals written otherwise.
	switch {
	case final == "ih" || final == "u" && (initial == "ts" || initial == "tz") || final == "ŭ":
		final = "i"
	case strings.HasSuffix(final, "ieh"):
		final = strings.TrimSuffix(final, "ieh") + "ie"
	case strings.HasSuffix(final, "ueh"):
		final = strings.TrimSuffix(final, "ueh") + "ue"
	case final == "ung":
		final = "ong"
	case final == "iung":
		final = "iong"
	case strings.HasSuffix(final, "ien"):
		final = strings.TrimSuffix(final, "ien") + "ian"
	case final == "uei":
		final = "ui"
	case final == "erh":
		final = "er"
	case final == "o" && (initial == "k" || initial == "h"):
		final = "e"
	}
	if strings.HasPrefix(w, "ss") || strings.HasPrefix(w, "sz") {
		initial, final = "", "si"
	}
	var cands []string
	switch initial {
	case "":
		cands = []string{final}
	case "ch":
		if strings.HasPrefix(final, "i") || strings.HasPrefix(final, "ü") {
			cands = []string{"q" + final, "j" + final}
		} else {
			cands = []string{"ch" + final, "zh" + final}
		}
	case "hs":
		cands = []string{"x" + final}
	default:
		for _, in := range wadeInitials {
			if in.wg == initial {
				cands = []string{in.aspirated + final, in.plain + final}
				break
			}
		}
	}
	if aspirated {
		cands = cands[:1]
	}
	for _, c := range cands {
		if c != w && syllables[c] && !contains(outs, c) {
			outs = append(outs, c)
		}
	}
	return outs
}
