package screen

import (
	_ "embed"
	"slices"
	"strings"
	"sync"
)

// The kinds of words that weigh less than a name: their weights are in the
// package documentation, under "The score".
const (
	weightName    = 1.0  // a word of a name
	weightMinor   = 0.25 // a particle (al, bin, van), a function word (of, and), an initial
	weightTitle   = 0.1  // a religious or military title that is also part of names (Haji, Mullah)
	weightCompany = 0.1  // a company form (LLC, OOO, GmbH)
)

// Company forms, grouped by the legal form they name, each group written
// as one key: the abbreviations as single words, the spelled-out forms as
// phrases in the languages of the EU's lists and of the countries its
// regimes concern. The canonical keys end in a lone c, which folding never
// writes, so that no name's word can be taken for one.
var companyForms = []struct {
	key     string
	words   []string // abbreviations, matched before folding
	phrases []string // spelled-out forms, matched after folding
}{
	// The free-zone companies of the United Arab Emirates (the Free Zone
	// Establishment and Free Zone Company, FZE and FZCO, of the Jebel Ali
	// Free Zone Companies Implementing Regulations 2016, and the FZC and
	// FZ-LLC of other free zones) are limited liability companies; so are
	// Belarus's ИООО and СООО, ООО (LLC) prefixed for foreign and joint
	// capital, and the Turkish
	// limited şirket (Türk Ticaret Kanunu No. 6102, Article 573: Ltd. Şti.)
	// and Iranian sherkat ba mas'uliyat-e mahdud (Commercial Code, Article
	// 94), and the Chinese youxian zeren gongsi and youxian gongsi (Company
	// Law of the People's Republic of China, Article 2: 有限责任公司; 有限公司,
	// as names write it), in pinyin and in characters, which are read a
	// syllable a word. And, as the company laws of the countries name
	// them: the Czech and Slovak spol. s r.o. (zákon o obchodních
	// korporacích), the Bulgarian sole-owner EOOD (Търговски закон), the
	// private limited companies of Singapore (Pte. Ltd.: Companies Act
	// 1967), India (Pvt. Ltd.: Companies Act 2013) and Malaysia (Sdn.
	// Bhd.: Companies Act 2016), the Indonesian perseroan terbatas (PT: Law
	// No. 40 of 2007), the limitada of Brazil and Portugal (Ltda.), the
	// limited liability partnership; and the spelled-out forms without
	// their diacritics, as lists in Latin letters often write them
	// (drustvo s ogranicenom odgovornoscu).
	{"llc", []string{"llc", "ooo", "tov", "taa", "ood", "eood", "gmbh", "sarl", "srl", "sro", "doo", "ltd", "limited", "kft", "bv", "oy", "uab", "mchj", "too",
		"fze", "fzco", "fzc", "fzllc", "iooo", "sooo", "shti", "ltda", "limitada", "llp", "pt"}, []string{
		"spol s ro", "spol s r o", "pte ltd", "pte limited", "private limited", "private limited company", "pvt ltd", "pvt limited",
		"sdn bhd", "sendirian berhad", "perseroan terbatas",
		"ednolichno druzhestvo s ogranichena otgovornost", "druzhestvo s ogranichena otgovornost",
		"еднолично дружество с ограничена отговорност",
		"drustvo s ogranicenom odgovornoscu", "spolecnost s rucenim omezenym", "spolocnost s rucenim obmedzenym",
		"fz llc", "ltd shti", "ltd sti", "limited shirketi", "limited shirket", "limited sirketi", "limited sirket",
		"sherkat ba masuliyat mahdud", "sherkat ba masouliat mahdoud", "شرکت با مسئولیت محدود",
		"иностранное общество с ограниченной ответственностью", "совместное общество с ограниченной ответственностью",
		"foreign limited liability company", "joint limited liability company",
		"youxian zeren gongsi", "you xian ze ren gong si", "youxian gongsi", "you xian gong si",
		"limited liability company", "limited liability partnership", "general partnership",
		"общество с ограниченной ответственностью", "таварыства з абмежаванай адказнасцю",
		"товариство з обмеженою відповідальністю", "дружество с ограничена отговорност",
		"gesellschaft mit beschränkter haftung", "société à responsabilité limitée",
		"sociedad de responsabilidad limitada", "sociedade de responsabilidade limitada",
		"società a responsabilità limitata", "společnost s ručením omezeným",
		"spoločnosť s ručením obmedzeným", "spółka z ograniczoną odpowiedzialnością", "sp. z o.o.",
		"societatea cu răspundere limitată", "družba z omejeno odgovornostjo",
		"društvo s ograničenom odgovornošću", "εταιρία περιορισμένης ευθύνης",
		"εταιρεία περιορισμένης ευθύνης", "an chuideachta theoranta", "cuideachta theoranta",
		"korlátolt felelősségű társaság", "sabiedrība ar ierobežotu atbildību",
		"besloten vennootschap", "osakeyhtiö", "osaühing", "company limited", "co ltd", "co limited", "company ltd",
	}},
	// The Turkish anonim şirket (Türk Ticaret Kanunu No. 6102, Article
	// 329: A.Ş., which only its dots tell from a word; see dottedForms),
	// and the Chinese gufen youxian gongsi (Company Law of the People's
	// Republic of China, Article 2: 股份有限公司).
	{"jsc", []string{"jsc", "ao", "ag", "akg", "sa", "spa", "nv", "oyj", "plc", "sas", "bhd", "berhad", "tbk"}, []string{
		// And the French société par actions simplifiée (Code de
		// commerce), the Malaysian public company (Berhad: Companies Act
		// 2016) and the Indonesian listed PT (Terbuka: Law No. 40 of 2007).
		"société par actions simplifiée", "societe par actions simplifiee", "perseroan terbatas terbuka",
		"anonim shirketi", "anonim shirket", "anonim sirketi", "anonim sirket",
		"gufen youxian gongsi", "gu fen you xian gong si",
		"joint stock company", "jointstock company", "stock company", "public limited company",
		"акционерное общество", "акцыянернае таварыства", "акціонерне товариство",
		"акционерно дружество", "aktiengesellschaft", "société anonyme", "sociedad anónima",
		"sociedade anónima", "società per azioni", "akciová společnost", "spółka akcyjna",
		"naamloze vennootschap", "aktiebolag", "aktieselskab",
	}},
	// The Iranian sherkat-e sahami-e khass, private joint-stock company
	// (the Act amending the Commercial Code of 1347 (1969), Article 4).
	{"cjsc", []string{"cjsc", "zao", "zat", "prat"}, []string{
		"sherkat sahami khass", "sherkat sahami khas", "sherkate sahamie khass", "sahami khass", "sahami khas",
		"شرکت سهامی خاص", "سهامی خاص",
		"closed joint stock company", "private joint stock company",
		"закрытое акционерное общество", "закрытае акцыянернае таварыства",
		"приватне акціонерне товариство", "непубличное акционерное общество",
	}},
	{"ojsc", []string{"ojsc", "oao", "aat", "vat"}, []string{
		"open joint stock company",
		"открытое акционерное общество", "адкрытае акцыянернае таварыства",
		"відкрите акціонерне товариство",
	}},
	// And the Iranian sherkat-e sahami-e aam, public joint-stock company
	// (the same Article 4).
	{"pjsc", []string{"pjsc", "pao", "pat"}, []string{
		"sherkat sahami aam", "sherkate sahamie aam", "sahami aam", "شرکت سهامی عام", "سهامی عام",
		"public joint stock company",
		"публичное акционерное общество", "публічне акціонерне товариство",
	}},
	// With the private unitary enterprises of Belarus (ЧУП, ЧТУП, ЧПУП:
	// Civil Code of the Republic of Belarus, Article 113).
	{"uec", []string{"uec", "rue", "rup", "fgup", "fsue", "gup", "chup", "chtup", "chpup"}, []string{
		"ch up", "ch tup", "ch pup", // ChUP, ChTUP, ChPUP, which the change of case splits
		"private unitary enterprise", "private trading unitary enterprise", "private production unitary enterprise",
		"частное унитарное предприятие", "частное торговое унитарное предприятие",
		"частное производственное унитарное предприятие", "прыватнае унітарнае прадпрыемства",
		"unitary enterprise", "state unitary enterprise", "federal state unitary enterprise",
		"republican unitary enterprise", "unitary company",
		"унитарное предприятие", "государственное унитарное предприятие",
		"федеральное государственное унитарное предприятие", "республиканское унитарное предприятие",
		"унітарнае прадпрыемства", "рэспубліканскае унітарнае прадпрыемства",
		"дзяржаўнае унітарнае прадпрыемства",
	}},
	// Company in Turkish (şirket, şirketi) and Persian (sherkat, شرکت),
	// and the partnerships whose partners answer in part without limit
	// (LP, KG: limited partnership, Kommanditgesellschaft).
	{"inc", []string{"inc", "corp", "co", "company", "corporation", "incorporated", "lp", "kg",
		"shirket", "shirketi", "sirket", "sirketi", "sherkat", "shrkt"}, []string{"limited partnership"}},
	// The additional liability company of Belarus (ОДО: Civil Code of the
	// Republic of Belarus, Article 94).
	{"alc", []string{"odo"}, []string{"additional liability company", "общество с дополнительной ответственностью"}},
	// The non-commercial forms of Russian law (Federal Law No. 7-FZ of 12
	// January 1996 "On Non-Commercial Organisations"): the autonomous
	// non-commercial organisation (Article 10), the state corporation
	// (Article 7.1), and the budgetary, autonomous and treasury
	// institutions of the state (Article 9.1), universities among them
	// (ФГБОУ ВО: of higher education).
	{"anoc", []string{"ano"}, []string{
		"autonomous non-profit organisation", "autonomous non-profit organization", "autonomous nonprofit organization",
		"autonomous non-commercial organisation", "autonomous non-commercial organization",
		"автономная некоммерческая организация", "автономна некомерційна організація",
	}},
	{"gkc", []string{"goskorporatsiya", "goskorporatsia", "goskorporatsiia"}, []string{
		"state corporation", "государственная корпорация", "госкорпорация",
	}},
	{"buc", []string{"fgbu", "fgbou", "fgbnu", "gbu", "gbou"}, []string{
		"fgbou vo", "federal state budgetary institution", "federal state budgetary educational institution",
		"federal state budgetary educational institution of higher education",
		"federal state budgetary educational institution of higher professional education",
		"federal state budgetary scientific institution", "state budgetary institution",
		"федеральное государственное бюджетное учреждение",
		"федеральное государственное бюджетное образовательное учреждение высшего образования",
		"федеральное государственное бюджетное научное учреждение", "государственное бюджетное учреждение",
	}},
	{"auc", []string{"fgau", "fgaou"}, []string{
		"fgaou vo", "federal state autonomous institution", "federal state autonomous educational institution",
		"federal state autonomous educational institution of higher education",
		"федеральное государственное автономное учреждение",
		"федеральное государственное автономное образовательное учреждение высшего образования",
	}},
	{"tic", []string{"fku", "fgku"}, []string{
		"federal state treasury institution", "federal treasury institution",
		"федеральное казенное учреждение", "федеральное государственное казенное учреждение",
	}},
}

// dottedForms are company forms that are also words (As-Sahab; Ash
// Shabaab): they are read as forms only when written with their dots
// (A.S., A.Ş.; Şti. as Sti.). Each is written as the key of its legal form.
var dottedForms = map[string]string{"as": "jsc", "ash": "jsc", "sti": "llc"}

// titles are religious, military and honorary titles that the lists also
// write inside names ("Abd-al-Tawwab Mullah Huwaysh", "Haji Ahmad Jan"):
// they weigh weightTitle, so that they neither make nor prevent a match.
var titles = []string{
	"haji", "hajji", "hadji", "hajj", "haj", "alhaj", "alhaji", "alhajj",
	"mullah", "mulla", "molla", "mollah", "mulah",
	"maulavi", "mawlawi", "mowlawi", "maulvi", "mualavi", "moulavi", "mawlavi", "molvi", "maulana", "mawlana",
	"sheikh", "shaikh", "shaykh", "sheik", "shaik", "cheikh", "cheik", "scheich", "szejk", "sjeik", "sejk",
	"qari", "imam", "mufti", "ayatollah", "hojatoleslam", "sayyed",
	"general", "colonel", "col", "lieutenant", "lt", "brigadier", "commander", "admiral", "marshal",
	// The prefixes of the names of ships: motor vessel, motor tanker,
	// fishing vessel (MV, M/V, M.V., MT, M/T, FV).
	"mv", "mt", "fv",
}

// vesselPhrases are the prefixes of ships' names written in two words
// (M/V, M/T, F/V), each read as its one-word form.
var vesselPhrases = []struct{ phrase, key string }{{"m v", "mv"}, {"m t", "mt"}, {"f v", "fv"}}

// abbreviations are the abbreviated words of the names of organisations,
// with the words they stand for: those of ISO 4 (the ISSN's List of Title
// Word Abbreviations: Assoc., Dev., Eng., Ind., Int., Natl.), and those
// that company names write in their languages (Bros., Engg., F.lli, Cía.,
// Com., Intl., Mfg., Svcs.). An abbreviation has the words as other
// readings; the keys are those of the words before folding.
var abbreviations = map[string][]string{
	"assoc": {"associated", "association"}, "assn": {"association"},
	"bros": {"brothers"}, "cia": {"compania", "companhia"}, "com": {"comercio", "commerce", "commercial"},
	"dev": {"development"}, "eng": {"engineering"}, "engg": {"engineering"}, "flli": {"fratelli"},
	"govt": {"government"}, "grp": {"group"}, "hldgs": {"holdings"},
	"ind": {"industria", "industrie", "industry", "industries", "industrial"}, "inst": {"institute"},
	"int": {"international"}, "intl": {"international"}, "mfg": {"manufacturing"}, "mgmt": {"management"},
	"natl": {"national"}, "svcs": {"services"}, "svc": {"service"}, "tech": {"technology", "technologies"},
	"univ": {"university"},
}

// The short forms of given names: nicknames.txt, made by gen_tables.go
// from the table of carltonnorthern/nicknames (Apache License 2.0). A
// short form has the names it stands for as other readings, whose
// similarity counts nicknameFactor: Bob meets Robert at 0.95. A short form
// is read so when a name word is written as it (not when it only folds to
// the same key: Allah is not Allie); short forms of fewer than three
// letters are left out, and those that are names of their own in the
// populations the lists concern: Ali, which the table gives for Alison,
// and the Korean surnames Kim and Lee.
//
//go:embed nicknames.txt
var nicknamesText string

const nicknameFactor = 0.95

// compoundFactor multiplies the similarity of the whole of a word that
// the rules on abd split (see compound) with another word: it is the word
// as written, as a plain is.
const compoundFactor = plainFactor

// plainFactor multiplies the similarity of a word as written (a reading of
// a word besides its key) with another.
const plainFactor = 0.95

var notNicknames = map[string]bool{"ali": true, "kim": true, "lee": true}

// honorifics are the courtesy titles that are never part of a name: Key
// drops them.
var honorifics = []string{
	"mr", "mrs", "ms", "miss", "mister", "mme", "mlle", "madame", "monsieur", "dr", "prof", "herr", "frau",
	"sr", "sra", "srta", "sig", "sgra",
}

// minorWords are the particles of names and the function words of the
// names of organisations, in the languages of the lists. Not the Slavic
// iz (из, from), whose key Izz, the name of Izz al-Din, folds to.
var minorWords = []string{
	"al", "bin", "bint", "ould", "ul", "van", "von", "der", "den", "de", "da", "di", "du", "del", "della",
	"dela", "le", "la", "les", "des", "dos", "das", "do", "dei", "degli", "tal",
	"of", "the", "and", "for", "in", "on", "at", "to", "by", "et", "und", "y", "e", "i", "o", "u", "a",
	"en", "het", "voor", "fur", "für", "pour", "para", "per", "por", "con", "ja", "och",
	"na", "za", "po", "pri", "ot", "dlia", "dlya", "v", "s", "z", "k",
	"tou", "tis", "ton", "ta", "to", "kai", "ston", "stin",
}

// bodyWords are the nouns that say what kind of body an organisation is
// rather than which: lists and registers write the same body with one or
// another, or none (the EU's list of 11 February 2016 gives MOSUL SUGAR
// STATE COMPANY and MOSUL SUGAR STATE ENTERPRISE, Usama Bin Laden Network
// and Usama Bin Laden Organisation, Al Wafa and Al Wafa Organisation,
// Al-Furqan Welfare Foundation and Al-Furqan Foundation Welfare Trust,
// Taibah International Aid Agency and Taibah International Aid
// Association as aliases of one entity each; and writes a branch of a
// body and a non-governmental organisation so: Al-Haramain (Afghanistan
// branch), TOUS POUR LA PAIX ET LE DEVELOPPEMENT (NGO)). They weigh as
// minor words, so that they neither make a match of two bodies that share
// only the kind (Alfa Group is not Alfa Holding: 0.75) nor prevent one of
// a body written without it (Kalashnikov, Kalashnikov Concern). Company
// and corporation are company forms (companyForms).
var bodyWords = []string{
	"group", "groupe", "grupo", "gruppe", "gruppa", "группа", "grp",
	"holding", "holdings", "hldgs", "холдинг",
	"concern", "konzern", "kontsern", "концерн",
	"enterprise", "enterprises", "entreprise", "empresa", "predpriyatiye", "predpriyatie", "предприятие",
	"establishment", "organisation", "organization", "organizatsiya", "организация", "network",
	"foundation", "trust", "association", "society", "agency", "institute", "institution",
	"branch", "ngo",
	"グループ", "ホールディングス", "コンツェルン", // as Japanese writes them (ワグナー・グループ, Wagner Group)
}

// englishFunctionWords are the words of minorWords that are English
// function words only, which no name written in an abjad carries (see
// finish).
var englishFunctionWords = []string{"of", "the", "and", "for", "in", "on", "at", "by"}

// wordTables are the tables above as keys, made once.
type wordTables struct {
	abbrev    map[string][]string // abbreviation (before folding) -> the keys of the words it stands for
	fullNames map[string][]string // a short form in lower-case ASCII -> the keys of the given names it stands for
	company   map[string]string   // abbreviation (before folding) -> canonical key
	phrases   map[string][]phrase // first key of a phrase -> phrases, longest first
	titles    map[string]int      // key of a title -> the length of its shortest spelling in titles
	honorific map[string]bool
	minor     map[string]bool
	english   map[string]bool // the keys of englishFunctionWords
	names     map[string]bool // the keys of the given names and short forms of the table of nicknames
	// kinds holds, for each key of a company form, a title or a minor
	// word, which of them it is: what the weight of a token needs, in one
	// lookup (see keyKind.weight).
	kinds map[string]keyKind
}

// A keyKind tells what tables a key is in, as bits.
type keyKind uint8

const (
	kindCompany keyKind = 1 << iota // a key of a legal form of companyForms (company maps it to itself)
	kindTitle                       // the key of a title
	kindMinor                       // a minor word
)

type phrase struct {
	keys []string
	key  string
}

var tables = sync.OnceValue(func() *wordTables {
	t := &wordTables{
		company:   map[string]string{},
		phrases:   map[string][]phrase{},
		titles:    map[string]int{},
		honorific: map[string]bool{},
		minor:     map[string]bool{},
		english:   map[string]bool{},
		abbrev:    map[string][]string{},
		fullNames: map[string][]string{},
		names:     map[string]bool{},
	}
	for a, ws := range abbreviations {
		for _, w := range ws {
			t.abbrev[a] = append(t.abbrev[a], rawKeys(w, "")...)
		}
	}
	for line := range strings.Lines(nicknamesText) {
		if strings.HasPrefix(line, "#") {
			continue
		}
		fs := strings.Fields(line)
		if len(fs) < 2 {
			continue
		}
		for _, w := range fs {
			for _, k := range rawKeys(w, "") {
				t.names[k] = true
			}
		}
		full := rawKeys(fs[0], "")
		if len(full) != 1 {
			continue
		}
		for _, short := range fs[1:] {
			ks := rawKeys(short, "")
			if notNicknames[short] || len(short) < 3 || len(ks) != 1 || ks[0] == full[0] || contains(t.fullNames[short], full[0]) {
				continue
			}
			t.fullNames[short] = append(t.fullNames[short], full[0])
		}
	}
	for _, v := range vesselPhrases {
		ks := rawKeys(v.phrase, "")
		t.phrases[ks[0]] = append(t.phrases[ks[0]], phrase{keys: ks, key: v.key})
	}
	langs := []string{"", "RU", "BE", "UK", "BG", "FR", "DE", "PL", "CS", "SK", "IT", "ES", "PT", "RO", "HU", "NL"}
	for _, f := range companyForms {
		t.company[f.key] = f.key
		for _, w := range f.words {
			t.company[w] = f.key
		}
		for _, p := range f.phrases {
			seen := map[string]bool{}
			for _, lang := range langs {
				ks := rawKeys(p, lang)
				id := strings.Join(ks, " ")
				if len(ks) == 0 || seen[id] {
					continue
				}
				seen[id] = true
				t.phrases[ks[0]] = append(t.phrases[ks[0]], phrase{keys: ks, key: f.key})
			}
		}
	}
	for first, ps := range t.phrases {
		// Longest first, so that "closed joint stock company" wins over
		// "joint stock company" ... and ties in a fixed order.
		sortPhrases(ps)
		t.phrases[first] = ps
	}
	add := func(m map[string]bool, ws []string) {
		for _, w := range ws {
			for _, k := range rawKeys(w, "") {
				m[k] = true
			}
		}
	}
	for _, w := range titles {
		for _, k := range rawKeys(w, "") {
			if n := t.titles[k]; n == 0 || len(w) < n {
				t.titles[k] = len(w)
			}
		}
	}
	add(t.honorific, honorifics)
	add(t.minor, minorWords)
	add(t.minor, bodyWords)
	add(t.english, englishFunctionWords)
	t.kinds = map[string]keyKind{}
	for k, v := range t.company {
		if k == v {
			t.kinds[k] |= kindCompany
		}
	}
	for k, n := range t.titles {
		if n > 0 {
			t.kinds[k] |= kindTitle
		}
	}
	for k := range t.minor {
		t.kinds[k] |= kindMinor
	}
	return t
})

// titleIndex holds the titles of four letters or more, as tokens, filed
// by the neighbourhoods of their keys and skeletons (see neighbourhood),
// with the titles of each: two words within reach share a member of their
// neighbourhoods (see near1).
type titleIndex struct {
	toks  []token
	near  map[uint64][]uint8
	bloom [1 << 10]uint64 // the hashes of near, by their top 16 bits
	// swapped holds the titles of four letters or more as written with
	// two neighbours swapped (Hjai, aHji: Haji), which folding may read
	// farther from the title than one edit, with the title's reading.
	swapped map[string]form
}

// The seeds of the neighbourhoods of the titles' keys and skeletons.
const (
	titleKeySeed  = 0
	titleSkelSeed = 1 << 40
)

var titleTable = sync.OnceValue(func() *titleIndex {
	ti := &titleIndex{near: map[uint64][]uint8{}, swapped: map[string]form{}}
	for _, w := range titles {
		ts := tokens(w, "")
		for i := 0; i+1 < len(w); i++ {
			if len(w) >= minKeyEdit && w[i] != w[i+1] && len(ts) == 1 {
				b := []byte(w)
				b[i], b[i+1] = b[i+1], b[i]
				ti.swapped[string(b)] = form{key: ts[0].key, skel: ts[0].skel, kskel: ts[0].kskel, f: plainFactor}
			}
		}
		for _, tok := range ts {
			if tok.weight == weightTitle && len(tok.key) >= minKeyEdit && len(ti.toks) < 256 {
				ti.toks = append(ti.toks, tok)
			}
		}
	}
	for k, tok := range ti.toks {
		file := func(h uint64) {
			if !slices.Contains(ti.near[h], uint8(k)) {
				ti.near[h] = append(ti.near[h], uint8(k))
			}
			ti.bloom[h>>54] |= 1 << (h >> 48 & 63)
		}
		neighbourhood(titleKeySeed, tok.key, minKeyEdit, file)
		neighbourhood(titleSkelSeed, tok.skel, minSkelEdit, file)
	}
	return ti
})

// titled returns ts with each name word that is one typo from a title
// (within reach of it: Muklah, Mullah; Alhj, Alhaj; or a title of four
// letters or more with two neighbours swapped as written: Hjai, Haji)
// read as a title and flagged tokTitleTypo, and whether there is one.
// Titles of fewer than four letters, like words of three letters, are
// left out: one edit gives another word as often as a typo.
func titled(ts []token) ([]token, bool) {
	var out []token
	ti := titleTable()
	for i := range ts {
		tok := &ts[i]
		if tok.weight != weightName || tok.flags&tokInitial != 0 || len(tok.key) < minKeyEdit-1 {
			continue
		}
		title, swapped := ti.swapped[tok.raw]
		if swapped || ti.reaches(tok) {
			if out == nil {
				out = slices.Clone(ts)
			}
			if swapped {
				// The title as another reading, at plainFactor, as a typo
				// costs: a swap that takes the first letter (aHji) is out
				// of the reach of a short word.
				out[i].alts = append(slices.Clip(out[i].alts), title)
			}
			out[i].weight = weightTitle
			out[i].flags |= tokTitleTypo
		}
	}
	return out, out != nil
}

// reaches reports whether a title is within reach of name word tok read
// as a title, by its key or its skeleton, the length of their keys one
// apart at most.
func (ti *titleIndex) reaches(tok *token) bool {
	found := false
	probe := func(h uint64) {
		if found || ti.bloom[h>>54]&(1<<(h>>48&63)) == 0 {
			return
		}
		for _, k := range ti.near[h] {
			tt := &ti.toks[k]
			if d := len(tt.key) - len(tok.key); d < -1 || d > 1 ||
				!near1(tok.key, tt.key, minKeyEdit) && !near1(tok.skel, tt.skel, minSkelEdit) {
				continue
			}
			x := *tok
			x.weight = weightTitle
			if pairSim(&x, tt) > 0 {
				found = true
				return
			}
		}
	}
	neighbourhood(titleKeySeed, tok.key, minKeyEdit, probe)
	neighbourhood(titleSkelSeed, tok.skel, minSkelEdit, probe)
	return found
}

func sortPhrases(ps []phrase) {
	for i := 1; i < len(ps); i++ {
		for j := i; j > 0 && (len(ps[j].keys) > len(ps[j-1].keys) ||
			len(ps[j].keys) == len(ps[j-1].keys) && strings.Join(ps[j].keys, " ") < strings.Join(ps[j-1].keys, " ")); j-- {
			ps[j], ps[j-1] = ps[j-1], ps[j]
		}
	}
}

// rawKeys returns the keys of the words of s without the word rules:
// what the tables are matched against.
func rawKeys(s, lang string) []string {
	var ks []string
	for _, t := range scan(s, lang, nil) {
		ks = append(ks, t.key)
	}
	return ks
}

// isTitle reports whether a key of kind kind is the key of a title, and
// not of a company form, which weighs as much (weightCompany is
// weightTitle).
func (kind keyKind) isTitle() bool { return kind&(kindTitle|kindCompany) == kindTitle }

// weight returns the weight of a token whose key, k, is of kind kind.
func (kind keyKind) weight(k string) float64 {
	switch {
	case kind&kindCompany != 0:
		return weightCompany
	case kind&kindTitle != 0:
		return weightTitle
	case kind&kindMinor != 0 || len(k) == 1:
		return weightMinor
	}
	return weightName
}

// isCompany reports whether k is the key of a legal form of companyForms,
// which t.company maps to itself.
func (t *wordTables) isCompany(k string) bool { return t.kinds[k]&kindCompany != 0 }
