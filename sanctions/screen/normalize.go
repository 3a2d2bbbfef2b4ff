package screen

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Normalize returns the name s in a canonical form for display and
// comparison, in its own script: in Unicode form NFKC, case-folded, with
// the diacritics of Latin and Greek letters dropped (é is e, ά is α) and the
// letters that have no decomposition written plainly (ł l, ø o, ß ss, đ d,
// ı i, æ ae, œ oe), apostrophes and the dots of abbreviations deleted
// (O’Brien is obrien, S.A. is sa), every other punctuation mark a space,
// and the words separated by single spaces. A name written "SURNAME,
// Given names", with one comma, is turned round: "LUKASHENKO, Alexander
// Grigorievich" is "alexander grigorievich lukashenko".
//
// Cyrillic keeps й, ў and ї, which are letters of their own (ё is е, as
// Russian writes it), and Greek keeps the dialytika, which says that two
// vowels are read apart (ϊ). Normalize does not transliterate, drop titles
// nor recognise company forms: Key does, for matching.
func Normalize(s string) string {
	if !isASCII(s) {
		s = norm.NFKC.String(s)
	}
	s = reorder(s)
	var b strings.Builder
	for _, w := range splitWords(s, len(s)+1) {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		for _, r := range w.text {
			if isJoiner(r) {
				continue
			}
			b.WriteString(normalRune(unicode.ToLower(r)))
		}
	}
	return strings.TrimSuffix(b.String(), " ")
}

// reorder turns round a name written "SURNAME, Given names": one comma,
// with letters before it and at most four words after it.
func reorder(s string) string {
	before, after, ok := strings.Cut(s, ",")
	if !ok || strings.Contains(after, ",") || !strings.ContainsFunc(before, unicode.IsLetter) ||
		!strings.ContainsFunc(after, unicode.IsLetter) || len(strings.Fields(after)) > 4 {
		return s
	}
	return strings.TrimSpace(after) + " " + strings.TrimSpace(before)
}

// normalRune returns the lower-case letter r as Normalize writes it.
func normalRune(r rune) string {
	if r < 0x80 {
		return string(r)
	}
	if s, ok := normalSpecial[r]; ok {
		return s
	}
	switch r {
	case 'й', 'ў', 'ї', 'ϊ', 'ϋ':
		return string(r)
	case 'ё':
		return "е"
	case 'ς':
		return "σ"
	case '∆':
		return "δ"
	case 'ـ': // Arabic tatweel, a stretch of the line
		return ""
	}
	if g, ok := greekTonos[r]; ok {
		return string(g)
	}
	if unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Me, r) {
		return ""
	}
	return stripMarks(r)
}
