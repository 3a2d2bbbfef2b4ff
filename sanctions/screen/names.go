package screen

import (
	"bytes"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The names a name gives: a name may carry former names or other names
// ("Ocean Star (ex-Grand Harmony)", "Polar Trading, formerly Arctic
// Supply", "X f.k.a. Y", "X a.k.a. Y", "X f/k/a Y", "X d/b/a Y", the
// trade name of X), each screened as a name of its own; and the name of
// an organisation of three words or more has an acronym (People's
// Liberation Army, PLA), screened with acronymFactor.

// acronymFactor multiplies the score of a name met through its acronym,
// which says less than the words it stands for.
const acronymFactor = 0.85

// nameMarkers are the words that introduce another name of the same
// bearer, in lower case, with the text they must follow: a space or an
// opening bracket. The name a vessel or a body has taken since is one of
// them too ("Grace 1 (now Adrian Darya 1)", "X n.k.a. Y"); now and
// renamed mark it only after an opening bracket (bracketMarkers), as a
// name may hold the word (Peace Now).
var nameMarkers = []string{
	"formerly known as", "previously known as", "also known as", "now known as", "f.k.a.", "a.k.a.", "n.k.a.",
	"f/k/a", "a/k/a", "d/b/a", "fka", "aka", "nka", "former names", "former name", "previous name", "old name",
	"formerly named", "previously named", "formerly called", "previously called",
	"formerly", "previously", "ex-name", "ex-", "ex", "now", "renamed from", "renamed", "/",
	// A trade name: the name a person or a company trades under (John
	// Smith t/a Smith's Bakery, Gamma LLC doing business as Delta Foods).
	"also trading as", "trading as", "doing business as", "operating as", "t/a",
	// Formerly, in languages of the EU's lists, after a bracket only, as
	// the dictionaries give the word (ранее, бывш.: Russian; ehemals,
	// vormals: German; anciennement, précédemment: French; anteriormente:
	// Spanish and Portuguese; precedentemente, già: Italian; voorheen:
	// Dutch; tidigare: Swedish; tidligere: Danish and Norwegian; dříve:
	// Czech; predtým: Slovak; wcześniej, dawniej: Polish; korábban:
	// Hungarian; aiemmin: Finnish; πρώην: Greek; бивш: Bulgarian); the list
	// of 2016 writes none of them, and a record in those languages may.
	"ранее", "бывш.", "ehemals", "vormals", "anciennement", "précédemment", "anteriormente", "precedentemente", "già",
	"voorheen", "tidigare", "tidligere", "dříve", "predtým", "wcześniej", "dawniej", "korábban", "aiemmin", "πρώην", "бивш",
	// A woman's name at birth (Anna Schmidt née Weber, Anna Schmidt geb.
	// Weber): see birthMarkers.
	"née", "nee", "geb.", "geborene",
}

// birthMarkers are the nameMarkers before the family name a person was
// born with, which takes the place of the last word of the name before
// it: Anna Maria Schmidt née Weber gives Anna Maria Schmidt and Anna
// Maria Weber; Schmidt, Anna née Weber gives Weber, Anna.
var birthMarkers = map[string]bool{"née": true, "nee": true, "geb.": true, "geborene": true}

// bracketMarkers are the nameMarkers that mark another name only after an
// opening bracket: words a name may hold (Peace Now), and the words for
// formerly in other languages. A slash marks another name only between
// spaces ("Al Qa'ida / Islamska vojska", as the EU's list writes an
// alias; not Army/Front/Party, which are words of one name).
var bracketMarkers = map[string]bool{
	"now": true, "renamed": true, "renamed from": true, "old name": true, "former name": true, "former names": true, "previous name": true,
	"ранее": true, "бывш.": true, "ehemals": true, "vormals": true, "anciennement": true, "précédemment": true, "anteriormente": true,
	"precedentemente": true, "già": true, "voorheen": true, "tidigare": true, "tidligere": true, "dříve": true, "predtým": true,
	"wcześniej": true, "dawniej": true, "korábban": true, "aiemmin": true, "πρώην": true, "бивш": true,
}

// markersFrom files nameMarkers by their first byte, each in the order of
// nameMarkers (the longer before the shorter it begins with).
var markersFrom = func() (t [256][]string) {
	for _, mk := range nameMarkers {
		t[mk[0]] = append(t[mk[0]], mk)
	}
	return t
}()

// nameParts returns the names that s gives: the name as written without
// the other names it carries, then each of those. A name without a marker
// gives itself alone.
func nameParts(s string) []string {
	if len(s) > maxNameBytes {
		s = s[:maxNameBytes]
	}
	if !mayHaveMarker(s) {
		return []string{s}
	}
	s = dropNameNote(s)
	// The markers are ASCII: only ASCII letters are lowered, so that lower
	// has the byte offsets of s (strings.ToLower changes the length of
	// invalid UTF-8 and of some letters).
	lower := []byte(s)
	for i, c := range lower {
		if 'A' <= c && c <= 'Z' {
			lower[i] = c + 'a' - 'A'
		}
	}
	var parts []string
	birth := -1 // the part that is a family name at birth (see birthMarkers)
	from := 0
	for i := 0; i < len(lower); i++ {
		if i > 0 && lower[i-1] != ' ' && lower[i-1] != '(' && lower[i-1] != ',' && lower[i-1] != ';' {
			continue
		}
		for _, mk := range markersFrom[lower[i]] {
			end := i + len(mk)
			if end >= len(lower) || string(lower[i:end]) != mk {
				continue
			}
			// The marker is a word of its own, followed by a name.
			next := rune(lower[end])
			if !strings.HasSuffix(mk, "-") && !strings.HasSuffix(mk, ".") && next != ' ' && next != ':' {
				continue
			}
			if bracketMarkers[mk] && (i == 0 || lower[i-1] != '(') {
				continue
			}
			if !bytes.ContainsFunc(lower[end:], unicode.IsLetter) || !bytes.ContainsFunc(lower[from:i], isWordRune) {
				continue
			}
			parts = append(parts, s[from:i])
			if birthMarkers[mk] && birth < 0 {
				birth = len(parts)
			}
			from, i = end, end-1
			break
		}
	}
	if len(parts) == 0 {
		return []string{s}
	}
	parts = append(parts, s[from:])
	trim := func(p string) string {
		p = strings.TrimFunc(p, func(r rune) bool { return !isWordRune(r) && r != '.' && r != '\'' })
		return strings.Trim(p, " ")
	}
	if birth > 0 {
		parts[birth] = bornAs(trim(parts[birth-1]), trim(parts[birth]))
	}
	out := parts[:0]
	for _, p := range parts {
		if p = trim(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// bornAs returns the name of a person, written name, with the family name
// born in place of its last word, or of the words before its comma when
// it is written family name first (Schmidt, Anna): the name the person was
// born with (see birthMarkers). A name of one word gives born.
func bornAs(name, born string) string {
	if family, given, ok := strings.Cut(name, ","); ok && strings.TrimSpace(family) != "" {
		return born + "," + given
	}
	if i := strings.LastIndexByte(name, ' '); i > 0 {
		return name[:i+1] + born
	}
	return born
}

// nameNotes are the notes a list writes in brackets after a name to say
// which of the person's names it is, lower case: no words of the name
// (Encep Nurjaman (birth name), as the EU's list of 2016 writes an alias).
var nameNotes = []string{"birth name", "maiden name", "name at birth"}

// dropNameNote returns s without a note of nameNotes in brackets at its
// end.
func dropNameNote(s string) string {
	t := strings.TrimRight(s, " ")
	if !strings.HasSuffix(t, ")") {
		return s
	}
	i := strings.LastIndexByte(t, '(')
	if i <= 0 || !slices.Contains(nameNotes, strings.ToLower(strings.TrimSpace(t[i+1:len(t)-1]))) {
		return s
	}
	return strings.TrimRight(t[:i], " ")
}

// orgNameParts returns the names that s, an organisation's name, gives:
// those of nameParts, and the company's own name in quotation marks, the
// innermost (АО «Концерн ВКО «Алмаз-Антей», Joint Stock Company "Concern
// VKO "Almaz-Antey"": Алмаз-Антей, Almaz-Antey; see quotedName). A
// Russian company's name holds its legal form and its own name (Civil
// Code of the Russian Federation, Article 1473(2): "указание на его
// организационно-правовую форму и собственно наименование"), which names
// write in quotation marks after the form and the words that say the
// company's kind, and which records give alone. It also reports whether
// the last of the names is that one.
func orgNameParts(s string) (parts []string, quoted bool) {
	parts = nameParts(s)
	for i, n := 0, len(parts); i < n; i++ {
		if ns := bracketNames(parts[i]); ns != nil {
			parts[i] = ns[0]
			parts = append(parts, ns[1:]...)
		}
	}
	if q := quotedName(s); q != "" && !slices.Contains(parts, q) {
		return append(parts, q), true
	}
	return parts, false
}

// bracketNames returns the names that s, an organisation's name, gives
// when it is written as lists write a body's name beside its acronym in
// brackets, and nil when it is not so written: the name with the acronym
// after it (Global Relief Foundation (GRF), Nuevo Ejército del Pueblo
// (NEP), Tarptautinė sikų jaunimo federacija (TSJF), as the EU's list of
// 2016 writes them), also before a company form (Naftiran Intertrade Co.
// (NICO) Sàrl), gives the name and the acronym; the acronym with the name
// after it, and maybe other names of the body (IG (Islamic Group, Gama'a
// al-Islamiyya)), gives the acronym and each of those names. The acronym
// is one word of two to twelve letters or digits, its letters upper case,
// that the words of the name make (see acronymFits): not a place or a
// translation in brackets (Al-Haramain Foundation (Indonesia), BANK MELLI
// (IRAN)).
func bracketNames(s string) []string {
	s = strings.TrimSpace(s)
	i, j := strings.LastIndexByte(s, '('), strings.LastIndexByte(s, ')')
	if i <= 0 || j < i {
		return nil
	}
	before := strings.TrimRight(s[:i], " ,;")
	inner := strings.TrimSpace(s[i+1 : j])
	after := strings.TrimSpace(s[j+1:])
	if after != "" {
		t := tables()
		for _, tok := range tokens(after, "") {
			if !t.isCompany(tok.key) {
				return nil
			}
		}
	}
	if acronymWord(inner) && acronymFits(rawLetters(inner), rawWords(before)) {
		if after != "" {
			before += " " + after
		}
		return []string{before, inner}
	}
	if after != "" || !acronymWord(before) {
		return nil
	}
	names := strings.FieldsFunc(inner, func(r rune) bool { return r == ',' || r == ';' })
	for k := range names {
		names[k] = strings.TrimSpace(names[k])
	}
	names = slices.DeleteFunc(names, func(n string) bool { return n == "" })
	if len(names) == 0 || !acronymFits(rawLetters(before), rawWords(names[0])) {
		return nil
	}
	return append([]string{before}, names...)
}

// maxAcronym bounds the letters of an acronym: of one that bracketNames
// reads, and so the work of acronymFits, and of one that acronymsOf makes
// (a name of more words has none). It is a bound, not a rule of the lists
// (the acronyms in brackets of the EU's list of 2016 have three and four
// letters: NEP, GRF, TSJF, INOC).
const maxAcronym = 12

// acronymWord reports whether s may be an acronym as written: one word of
// two to maxAcronym letters, digits, dots, ampersands and hyphens, two of
// them letters or more, every letter upper case.
func acronymWord(s string) bool {
	letters, n := 0, 0
	for _, r := range s {
		n++
		switch {
		case unicode.IsUpper(r):
			letters++
		case unicode.IsDigit(r) || r == '.' || r == '&' || r == '-':
		default:
			return false
		}
	}
	return letters >= 2 && n <= maxAcronym
}

// rawWords returns the words of s as scan reads them, in lower-case ASCII.
func rawWords(s string) []string {
	var ws []string
	for _, t := range scan(s, "", nil) {
		ws = append(ws, t.raw)
	}
	return ws
}

// rawLetters returns the words of s as scan reads them, joined.
func rawLetters(s string) string { return strings.Join(rawWords(s), "") }

// acronymFits reports whether acr, in lower-case ASCII, is made of
// the beginnings of words in order, each word giving its first letter or
// more, or none (Korea Mining Development Trading Corporation, KOMID;
// Nuevo Ejército del Pueblo, NEP), beginning with the first word, and
// two words or more giving some.
func acronymFits(acr string, words []string) bool {
	if len(acr) < 2 || len(words) < 2 || len(acr) > maxAcronym || words[0] == "" || acr[0] != words[0][0] {
		return false
	}
	words = words[:min(len(words), maxWords)]
	// seen[i][k][c]: acr[i:] from words[k:] with c words giving (at most
	// 2) was tried and failed.
	var seen [maxAcronym + 1][maxWords + 1][3]bool
	var fits func(i, k, c int) bool
	fits = func(i, k, c int) bool {
		if i == len(acr) {
			return c >= 2
		}
		if k == len(words) || seen[i][k][c] {
			return false
		}
		seen[i][k][c] = true
		w := words[k]
		for l := 1; l <= len(w) && i+l <= len(acr) && w[l-1] == acr[i+l-1]; l++ {
			if fits(i+l, k+1, min(c+1, 2)) {
				return true
			}
		}
		return k > 0 && fits(i, k+1, c)
	}
	return fits(0, 0, 0)
}

// quotedName returns the innermost text in quotation marks in s when the
// words outside it give a company form (ПАО, АО, JSC, LLC ...), as the
// names of companies are written, and "" else: quotation marks in other
// names mark a word of a translation (Армията на „чистите“, Army of the
// Pure, an alias of Lashkar-e-Tayyiba in the EU's list of 2016) or a
// person's nickname. A quotation mark opens when a letter or digit follows
// it and none precedes it; the text runs to the next quotation mark, or to
// the end.
func quotedName(s string) string {
	if len(s) > maxNameBytes || !mayHaveQuote(s) {
		return ""
	}
	isQuote := func(r rune) bool { return strings.ContainsRune("«»„“”\"‹›", r) }
	open := -1
	var prev rune = ' '
	for i, r := range s {
		if isQuote(r) && !isWordRune(prev) {
			if next, _ := utf8.DecodeRuneInString(s[i+utf8.RuneLen(r):]); isWordRune(next) {
				open = i + utf8.RuneLen(r)
			}
		}
		prev = r
	}
	if open < 0 {
		return ""
	}
	end := strings.IndexFunc(s[open:], isQuote)
	if end < 0 {
		end = len(s) - open
	}
	q := strings.TrimSpace(s[open : open+end])
	if !strings.ContainsFunc(q, unicode.IsLetter) {
		return ""
	}
	t := tables()
	for _, tok := range tokens(s[:open]+" "+s[open+end:], "") {
		if t.isCompany(tok.key) {
			return q
		}
	}
	return ""
}

// mayHaveQuote reports whether s may hold a quotation mark: a double
// quote, or the first byte of the UTF-8 of « » (C2) or „ “ ” ‹ › (E2),
// which names in Latin, Cyrillic and Arabic letters seldom hold, so that
// most names are spared the search for one.
func mayHaveQuote(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '"', 0xc2, 0xe2:
			return true
		}
	}
	return false
}

// mayHaveMarker reports whether s may hold one of nameMarkers: whether it
// has an x, a k, a y ("formerly", "previously"), a slash (d/b/a, t/a) or
// an opening bracket (bracketMarkers), in either case, or a word as, nee,
// née or geb... after a space or a comma (trading as, née). A marker
// follows a space, a bracket, a comma or a semicolon (see nameParts).
// TestMarkersFiltered checks that each marker passes.
func mayHaveMarker(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case 'x', 'X', 'k', 'K', 'y', 'Y', '/', '(':
			return true
		case ' ', ',', ';':
			r := s[i+1:]
			if hasPrefixFold(r, "as ") || hasPrefixFold(r, "nee ") || hasPrefixFold(r, "née ") || hasPrefixFold(r, "geb") {
				return true
			}
		}
	}
	return false
}

// hasPrefixFold reports whether s begins with prefix, in lower case, with
// its ASCII letters in either case.
func hasPrefixFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i := range len(prefix) {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[i] {
			return false
		}
	}
	return true
}

// acronymSkip are the words an acronym leaves out: the articles,
// prepositions and conjunctions of English, French, Spanish, Portuguese,
// Italian, German and Dutch names (Groupe Salafiste pour la Prédication et
// le Combat, GSPC; Tous pour la paix et le développement, TPD).
var acronymSkip = map[string]bool{
	"of": true, "the": true, "and": true, "in": true, "for": true, "on": true, "at": true, "to": true, "by": true,
	"de": true, "du": true, "des": true, "la": true, "le": true, "les": true, "et": true, "i": true, "und": true,
	"del": true, "della": true, "di": true, "da": true, "do": true, "dos": true, "das": true, "a": true, "an": true,
	"pour": true, "par": true, "sur": true, "au": true, "aux": true, "en": true, "para": true, "por": true, "con": true,
	"y": true, "com": true, "per": true, "fur": true, "zu": true, "zur": true, "zum": true, "voor": true, "het": true,
}

// acronymsOf returns the acronyms of a name of tokens ts ("" for none):
// the first letters of its words, the function words left out, when the
// name has three such words or more, all written in Latin letters; and,
// when it differs, the same without the particles after its first word.
// The lists write the acronyms of names with the particles of Arabic,
// Persian and Urdu inside them either way: Lashkar-e-Tayyiba, LeT;
// Jamaat-ud-Dawa, JuD; Tehrik-e-Taliban Pakistan, TTP; Harakat
// al-Shabaab al-Mujahideen, HSM. The article that begins a name is a
// letter of its acronym (Al-Qaida in the Islamic Maghreb, AQIM).
func acronymsOf(ts []token) [2]string {
	if len(ts) < 3 || len(ts) > maxAcronym {
		return [2]string{}
	}
	// The letters with and without the particles, one a token at most.
	var with, without [maxAcronym]byte
	n, m := 0, 0
	okWith, okWithout := true, true
	for k, t := range ts {
		if k > 0 && t.word == ts[k-1].word {
			continue // a word the rules made several tokens of (Abdul)
		}
		if acronymSkip[t.raw] || strings.Contains(t.word, " ") {
			continue // a function word, or a legal form of several words
		}
		latin := isLatinWord(t.word) && isLetter(t.first)
		okWith = okWith && latin
		if okWith {
			with[n], n = t.first, n+1
		}
		if k > 0 && acronymParticle(t.raw) {
			continue
		}
		okWithout = okWithout && latin
		if okWithout {
			without[m], m = t.first, m+1
		}
	}
	var out [2]string
	if okWith {
		out[0] = acronymString(with[:n])
	}
	if okWithout {
		out[1] = acronymString(without[:m])
	}
	if out[1] == out[0] {
		out[1] = ""
	}
	return out
}

// acronymString returns the acronym of letters b, or "" when it has fewer
// than three or one letter only (AAA).
func acronymString(b []byte) string {
	if len(b) < 3 || bytes.Count(b, b[:1]) == len(b) {
		return ""
	}
	return string(b)
}

// acronymParticle reports whether raw is a particle that an acronym may
// leave out or keep (see acronymsOf): the Persian and Urdu ezafe (e, i),
// the Arabic article as written alone (al, el, ul) or assimilated to a sun
// letter (ud, ur, us, and sunParticles: ad, ar, as ...), and wa, and.
func acronymParticle(raw string) bool {
	switch raw {
	case "e", "i", "al", "el", "ul", "ud", "ur", "us", "wa":
		return true
	}
	return sunParticles[raw] != ""
}

func isLetter(c byte) bool { return 'a' <= c && c <= 'z' }
