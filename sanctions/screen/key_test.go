package screen

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/acquis-eu/acquis/sanctions"
)

func TestNormalize(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"LUKASHENKO, Alexander Grigorievich", "alexander grigorievich lukashenko"},
		{"Hussein Al-Tikriti, Saddam", "saddam hussein al tikriti"},
		{"Łukaszenka", "lukaszenka"},
		{"Straße Ægir Œuvre Đorđe ıi Øre", "strasse aegir oeuvre dorde ii ore"},
		{"O’Brien, Sa'b", "sab obrien"},
		{"S.A.  L.L.C.", "sa llc"},
		{"«Белшина» ОАО", "белшина оао"},
		{"Лукашэнка Аляксандр Рыгоравіч", "лукашэнка аляксандр рыгоравіч"},
		{"Хрущёв Ўладзімір Їжак", "хрущев ўладзімір їжак"},
		{"Μέγα Ισλαµικό Μέτωπο ΤΗΣ", "μεγα ισλαμικο μετωπο τησ"}, // µ MICRO SIGN, final sigma
		{"Αϊμάν", "αϊμαν"},
		{"صدّام حسين", "صدام حسين"},
		{"Ｆｕｌｌ — width", "full width"},
		{"Bank Melli Iran, Hamburg Branch of the bank and more", "bank melli iran hamburg branch of the bank and more"},
		{"", ""},
		{" ,;- ", ""},
	} {
		if got := Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestKey(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want []string
	}{
		{"Лукашэнка", []string{"lukashenka"}},
		{"Łukaszenka", []string{"lukashenka"}},
		{"Lukashenka", []string{"lukashenka"}},
		{"Лукашенко", []string{"lukashenko"}},
		{"Lukaschenko", []string{"lukashenko"}},
		{"Loukachenko", []string{"lukachenko"}}, // French ch, without a language
		{"LUKASHENKO, Alexander Grigorievich", []string{"aleksander", "grigorievich", "lukashenko"}},
		{"Аляксандр Рыгоравіч Лукашэнка", []string{"aliaksandr", "lukashenka", "rihoravich"}},
		{"Yuri Iouri Jurij Juri Юрий", []string{"iuri", "iuri", "iuri", "iuri", "iuri"}},
		{"Khrenin Hrenin Хрэнін Chrenin", []string{"chrenin", "hrenin", "hrenin", "hrenin"}},
		{"Chruschtschow Khrouchtchev Chruszczow Хрущёв", []string{"chrushov", "chrushov", "hrushev", "hrushev"}},
		{"Viktar Uladzimiravitj Sojka", []string{"soika", "uladzimiravich", "viktar"}},
		{"Tatjana", []string{"tatiana"}},
		// One lower-case letter before a capital is a swap, not a word:
		// bAdul is Abdul with its first letters swapped.
		{"bAdul Baqi", []string{"abd", "al", "baki"}},
		// No joined to a number is written apart, and reads as its mark.
		{"Maru No.8", []string{"8", "maru"}},
		{"Maru №8", []string{"8", "maru"}},
		{"Noah Nr.5", []string{"5", "noa"}},
		// A ship's IMO number in its name is no word of it.
		{"Example (IMO 9074729)", []string{"eksample"}},
		{"Example IMO No. 9074729", []string{"eksample"}},
		{"Imo 123", []string{"123", "imo"}}, // not seven digits
		// A percent sign is the word percent (3%ers, Three Percenters).
		{"3%ers", []string{"3", "pertsenters"}},
		{"III%ers 50 %", []string{"50", "i", "pertsent", "pertsenters"}},
		// Company forms, as abbreviations and spelled out, are one key.
		{"EMMA LLC", []string{"ema", "llc"}},
		{"Общество с ограниченной ответственностью “Интер Тобако”", []string{"inter", "llc", "tobako"}},
		{"Таварыства з абмежаванай адказнасцю “Інтэр Табак”", []string{"inter", "llc", "tabak"}},
		{"Inter Tobacco GmbH", []string{"inter", "llc", "tobako"}},
		// Words in camel case: a word of two letters or more, or an
		// initial after three lower-case letters, is a word of its own.
		{"VladimirPutin", []string{"putin", "vladimir"}},
		{"ShafiqA. Wahed", []string{"a", "shafik", "vahed"}},
		{"Kreditanstalt KfW", []string{"kfv", "kreditanstalt"}},
		{"Closed Joint Stock Company Belshina", []string{"belshina", "cjsc"}},
		{"Sp. z o.o. Polimer", []string{"llc", "polimer"}},
		// Titles are kept (weighed down); courtesy titles are dropped.
		{"Mr. John Smith", []string{"iohn", "smit"}},
		{"Dr Haji Ahmad Jan", []string{"ahmad", "hai", "ian"}},
		// The Arabic article and abd.
		{"Izzat Ibrahim ad-Douri", []string{"al", "duri", "ibrahim", "izat"}},
		{"Abdel Hamid, Abd al-Hamid", []string{"abd", "abd", "al", "al", "hamid", "hamid"}},
		{"Abdullah Abd Allah", []string{"abd", "abd", "ala", "ala"}},
		{"Abdjl Qadir", []string{"abd", "al", "kadir"}}, // the article mistyped, dj folded as j
		{"Abdou Diouf", []string{"abdu", "diuf"}},       // a name of its own, not Abd al
		{"Bdul Hakim", []string{"abd", "al", "hakim"}},  // the first letter left out
		{"Adul Manan", []string{"abd", "al", "manan"}},  // the b left out
		{"Abdl Manan", []string{"abd", "al", "manan"}},  // the vowel left out
		{"Adel Abel", []string{"abel", "adel"}},         // names of their own
		{"Ibn Ben bin", []string{"bin", "bin", "bin"}},
		// Arabic, Greek.
		{"صدام حسين التكريتي", []string{"al", "hsin", "sdam", "tkriti"}},
		{"أسامة بن لادن", []string{"asama", "bin", "ladn"}},
		{"Οσάμα Μπιν Λάντεν", []string{"bin", "landen", "osama"}},
		{"Αϊμάν αλ Ζαουάχρι", []string{"aiman", "al", "zavahri"}},
		{"", []string{}},
	} {
		got := Key(tt.in)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Key(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
}

func TestCompanyForms(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"ООО", "llc"}, {"TAA", "llc"}, {"ТАА", "llc"}, {"GmbH", "llc"}, {"SARL", "llc"}, {"Ltd.", "llc"}, {"L.L.C.", "llc"},
		{"Limited liability company", "llc"}, {"Общество с ограниченной ответственностью", "llc"},
		{"Таварыства з абмежаванай адказнасцю", "llc"}, {"société à responsabilité limitée", "llc"},
		{"ЗАО", "cjsc"}, {"CJSC", "cjsc"}, {"ЗАТ", "cjsc"}, {"Закрытое акционерное общество", "cjsc"},
		{"ОАО", "ojsc"}, {"OJSC", "ojsc"}, {"ААТ", "ojsc"}, {"Адкрытае акцыянернае таварыства", "ojsc"},
		{"ПАО", "pjsc"}, {"PJSC", "pjsc"}, {"Публичное акционерное общество", "pjsc"},
		{"АО", "jsc"}, {"JSC", "jsc"}, {"S.A.", "jsc"}, {"AG", "jsc"}, {"joint-stock company", "jsc"},
		{"Inc.", "inc"}, {"Corporation", "inc"},
		{"RUE", "uec"}, {"Республиканское унитарное предприятие", "uec"},
		{"A.Ş.", "jsc"}, {"A.S.", "jsc"}, {"Anonim Şirketi", "jsc"}, {"Ltd. Şti.", "llc"}, {"Limited Şirketi", "llc"},
		{"FZE", "llc"}, {"FZCO", "llc"}, {"FZ-LLC", "llc"}, {"ИООО", "llc"}, {"有限公司", "llc"}, {"Youxian Gongsi", "llc"},
		{"股份有限公司", "jsc"}, {"Sherkat Sahami Khass", "cjsc"}, {"شرکت سهامی خاص", "cjsc"}, {"Sahami Aam", "pjsc"},
		{"ЧУП", "uec"}, {"ChUP", "uec"}, {"Private Unitary Enterprise", "uec"}, {"ОДО", "alc"},
		{"АНО", "anoc"}, {"Autonomous Non-Profit Organisation", "anoc"}, {"Автономная некоммерческая организация", "anoc"},
		{"Госкорпорация", "gkc"}, {"State Corporation", "gkc"}, {"ФГБУ", "buc"}, {"FGBOU VO", "buc"},
		{"Federal State Budgetary Institution", "buc"}, {"ФГАУ", "auc"}, {"ФКУ", "tic"}, {"Sherkat", "inc"},
		{"spol. s r.o.", "llc"}, {"s.r.o.", "llc"}, {"Pte. Ltd.", "llc"}, {"Private Limited", "llc"}, {"Pvt Ltd", "llc"},
		{"Sdn. Bhd.", "llc"}, {"Sendirian Berhad", "llc"}, {"Bhd", "jsc"}, {"Perseroan Terbatas", "llc"}, {"PT", "llc"},
		{"Tbk", "jsc"}, {"Ltda.", "llc"}, {"Limitada", "llc"}, {"LLP", "llc"}, {"Limited Liability Partnership", "llc"},
		{"Limited Partnership", "inc"}, {"LP", "inc"}, {"SAS", "jsc"}, {"Société par actions simplifiée", "jsc"},
		{"Ednolichno druzhestvo s ogranichena otgovornost", "llc"}, {"Еднолично дружество с ограничена отговорност", "llc"},
		{"drustvo s ogranicenom odgovornoscu", "llc"}, {"spolecnost s rucenim omezenym", "llc"},
	} {
		if got := Key(tt.in); len(got) != 1 || got[0] != tt.want {
			t.Errorf("Key(%q) = %q, want [%s]", tt.in, got, tt.want)
		}
	}
	for _, f := range companyForms {
		if w := tables().kinds[f.key].weight(f.key); w != weightCompany {
			t.Errorf("the key %q of a company form weighs %v, want %v", f.key, w, weightCompany)
		}
	}
}

// TestNotCompanyForms checks that a word that only folds to the
// abbreviation of a company form, or that is one only with its dots, is a
// word of the name, not the form (As and Ash before a word they double the
// first letter of are the Arabic article: see TestSunArticle).
func TestNotCompanyForms(t *testing.T) {
	for _, in := range []string{"Shining Path", "Agh Saheb", "As Sahab", "Ash Shabaab", "Sti Trading", "Sti", "As Tayyar"} {
		for _, tok := range tokens(in, "") {
			if tables().isCompany(tok.key) {
				t.Errorf("tokens(%q): %q is the company form %q", in, tok.word, tok.key)
			}
		}
	}
}

// TestDottedInitials checks that two letters each followed by a dot that
// are also a company form are read as well as two initials, and that the
// form written without dots is only the company form.
func TestDottedInitials(t *testing.T) {
	for _, tt := range []struct {
		name     string
		initials []string // the keys of the form read with initials; nil when there is none
	}{
		{"Lukashenko A.G.", []string{"lukashenko", "a", "g"}},
		{"Иванов С.А.", []string{"ivanov", "s", "a"}},
		{"Siemens AG", nil},
		{"Banco Santander S.A.", []string{"banko", "santander", "s", "a"}},
		{"V.V. Putin", nil}, // initials already: no company form
	} {
		p := prepare(Query{Name: tt.name})
		var got []string
		for _, f := range p.forms {
			if f.kind != formInitials {
				continue
			}
			for _, tok := range f.toks {
				got = append(got, tok.key)
				if tok.key != "lukashenko" && tok.key != "ivanov" && tok.key != "banko" && tok.key != "santander" &&
					(tok.flags&tokInitial == 0 || tok.weight != weightMinor) {
					t.Errorf("%q: %q is not an initial (flags %b, weight %v)", tt.name, tok.word, tok.flags, tok.weight)
				}
			}
		}
		p.release()
		if !slices.Equal(got, tt.initials) {
			t.Errorf("%q: read with initials %q, want %q", tt.name, got, tt.initials)
		}
	}
}

// The spellings of one name in the scripts and transliteration systems of
// EU data, which must meet: every two of a group, both ways, are within
// reach and alike at least spellingsMinMeet.
var sameNameSpellings = [][]string{
	{"Лукашэнка", "Лукашенко", "Lukashenka", "Lukashenko", "Loukachenko", "Łukaszenka", "Lukaschenko", "Lukašenka", "Lukasjenko"},
	{"Aliaksandr", "Alyaksandr", "Aleksandr", "Alexandr", "Alexander", "Aleksander", "Alexandre", "Александр", "Аляксандр", "Oleksandr", "Олександр"},
	{"Viktor", "Wiktor", "Віктар", "Victor", "Виктор"},
	{"Yuri", "Iouri", "Jurij", "Juri", "Юрий", "Yury", "Iurii"},
	{"Khrenin", "Chrenin", "Hrenin", "Хренин", "Хрэнін"},
	{"Grigorievich", "Grigoryevich", "Grigorjewitsch", "Григорьевич"},
	{"Tsikhanouskaya", "Cichanoŭskaja", "Ціханоўская", "Tsikhanovskaya"},
	{"Zhuravleva", "Żurawlewa", "Shurawlewa", "Журавлева", "Zjuravleva"},
	{"Hussein", "Husein", "Hussain", "Husayn", "حسين", "Хусейн"},
	{"Mohammed", "Muhammad", "Mohamed", "Mohammad", "محمد"},
	{"Zawahiri", "Zawahri", "Zaouahiri", "Ζαουάχρι", "ظواهري"},
	{"Osama", "Usama", "Oussama", "أسامة", "Οσάμα"},
	{"Khrushchev", "Chruschtschow", "Khrouchtchev", "Chruszczow", "Хрущёв"},
	{"Zhukov", "Joukov", "Schukow", "Żukow", "Жуков"},
	{"Prigozhin", "Prigojine", "Prigoschin", "Пригожин"},
	{"Brezhnev", "Brejnev", "Breschnew", "Брежнев"},
	{"Zhirinovsky", "Jirinovski", "Schirinowski", "Жириновский"},
	{"Zakharova", "Sacharowa", "Zacharowa", "Захарова"},
	{"Kuznetsov", "Kusnezow", "Kouznetsov", "Кузнецов"},
}

const spellingsMinMeet = 0.8

func TestSpellingsMeet(t *testing.T) {
	for _, group := range sameNameSpellings {
		for _, a := range group {
			for _, b := range group {
				ta, tb := tokens(a, ""), tokens(b, "")
				if len(ta) != 1 || len(tb) != 1 {
					t.Fatalf("tokens(%q), tokens(%q): want one token each, got %d and %d", a, b, len(ta), len(tb))
				}
				if s := pairSim(&ta[0], &tb[0]); s < spellingsMinMeet {
					t.Errorf("%q (%s) and %q (%s): similarity %.2f, want at least %.2f (within reach: %v)",
						a, ta[0].key, b, tb[0].key, s, spellingsMinMeet, reach(&ta[0], &tb[0]))
				}
			}
		}
	}
}

// TestSpellingsApart checks names that must not meet.
func TestSpellingsApart(t *testing.T) {
	for _, tt := range [][2]string{
		{"Bush", "Habbash"}, {"Kabongo", "Lubanga"}, {"Tatiana", "Natalia"}, {"Viktor", "Vitaly"},
	} {
		ta, tb := tokens(tt[0], ""), tokens(tt[1], "")
		if s := pairSim(&ta[0], &tb[0]); s > 0 {
			t.Errorf("%q and %q: similarity %.2f, want 0 (not a pair)", tt[0], tt[1], s)
		}
	}
}

// TestLanguageReadings checks that an alias's language chooses how its
// Latin letters read.
func TestLanguageReadings(t *testing.T) {
	for _, tt := range []struct{ word, lang, want string }{
		{"Loukachenko", "FR", "lukashenko"},
		{"Chrenin", "DE", "hrenin"},
		{"Lukaschenko", "DE", "lukashenko"},
		{"Tschernow", "DE", "chernov"},
		{"Zypern", "DE", "tsipern"},
		{"Lukašenko", "CS", "lukashenko"},
		{"Čechov", "CS", "chehov"},
		{"Chrenin", "PL", "hrenin"},
		{"Żurawlewa", "PL", "zhuravleva"},
		{"Hamász", "HU", "hamas"},
		{"Michele", "IT", "mikele"},
		{"Mijaíl", "ES", "mihail"},
		{"Рыгор", "BE", "rihor"},
		{"Рыгор", "RU", "rigor"},
		{"Щука", "BG", "shtuka"},
	} {
		ts := tokens(tt.word, tt.lang)
		if len(ts) != 1 || ts[0].key != tt.want {
			t.Errorf("tokens(%q, %q) = %+v, want key %q", tt.word, tt.lang, ts, tt.want)
		}
	}
}

// TestReadWithoutLanguage checks that a word of an alias in a language is
// also read as a query without one reads it, when the two readings are out
// of each other's reach, and only then.
func TestReadWithoutLanguage(t *testing.T) {
	for _, tt := range []struct {
		word, lang string
		want       bool // the reading without the language is one of its readings
	}{
		{"Vecchio", "IT", true},      // vekio, vekchio
		{"Xiħ", "MT", true},          // shi, ksi
		{"Loukachenko", "FR", false}, // lukashenko, lukachenko: one edit apart
		{"Hassan", "IT", false},      // the same either way
	} {
		plain := tokens(tt.word, "")[0].key
		ts := tokens(tt.word, tt.lang)
		got := slices.ContainsFunc(ts[0].alts, func(a form) bool { return a.key == plain })
		if got != tt.want {
			t.Errorf("tokens(%q, %q) has the reading %q: %v, want %v", tt.word, tt.lang, plain, got, tt.want)
		}
	}
	ix := NewIndex([]*sanctions.Entity{{ID: "X", Type: sanctions.Person, Names: []sanctions.Name{{Whole: "Hassan il Vecchio", Language: "IT"}}}})
	q := Query{Name: "Hassan il Vecchio"}
	if ms, scan := ix.Search(q, DefaultMin), ix.Scan(q, DefaultMin); len(ms) != 1 || len(scan) != 1 || ms[0].Score != 1 {
		t.Errorf("Search(%q) on its alias in Italian = %v (Scan %d), want it at 1", q.Name, ms, len(scan))
	}
}

func TestCyrillicLanguage(t *testing.T) {
	for _, tt := range []struct{ s, want string }{
		{"Лукашэнка Аляксандр Рыгоравіч", "BE"},
		{"Аўтушка", "BE"},
		{"Олександр Їжак", "UK"},
		{"Віктор Ющенко", "UK"},
		{"Александър Лукашенко", "BG"},
		{"Віктар Сойка", "BE"},
		{"Александр Лукашенко", "RU"},
	} {
		if got := cyrillicLanguage(tt.s, ""); got != tt.want {
			t.Errorf("cyrillicLanguage(%q) = %s, want %s", tt.s, got, tt.want)
		}
	}
	if got := cyrillicLanguage("Лукашенко", "BE"); got != "BE" {
		t.Errorf("the alias's language must win: got %s", got)
	}
}

func TestKeyIsIdempotent(t *testing.T) {
	// The fuzzer found the last: م reads m, and sorted beside v the two
	// letters read as the vessel prefix MV.
	groups := append(slices.Clone(sameNameSpellings), []string{"م 0 v", "s 1 a", "M. 2 V.", "TM"})
	for _, group := range groups {
		for _, s := range group {
			k := Key(s)
			if again := Key(strings.Join(k, " ")); !cmp.Equal(k, again) {
				t.Errorf("Key(%q) = %q, but Key of that = %q", s, k, again)
			}
		}
	}
}

// TestScriptReadings checks the readings of words in scripts whose Latin
// spellings katakana, Thai and Hebrew write differently: one of the
// word's readings must be the key given.
func TestScriptReadings(t *testing.T) {
	for _, tt := range []struct{ word, want string }{
		{"ラブロフ", "rabrof"},          // loanword: no added vowels
		{"ワグナー", "vagnar"},          // a final long a is -er, -ar
		{"グループ", "grup"},            // a vowel made long stays
		{"プーチン", "putin"},           // チ for ti
		{"メドヴェージェフ", "medvede"},     // the row of ジ for d (and フ hu, its h final)
		{"ムフタール", "mhtar"},          // フ hu
		{"アル", "al"},                // the article
		{"ジューコフ", "zhukof"},         // ジ for the Russian ж
		{"さとう", "sato"},             // a long o spelled ou, as passports write it (Sato)
		{"おおの", "ono"},              // spelled oo (Ono)
		{"しんぞう", "shinzo"},          // Shinzo
		{"いのうえ", "inve"},            // not before a vowel: Inoue, as its Latin spelling folds
		{"シンボル", "shimbor"},         // ん m before b
		{"อภิสิทธิ์", "abhisit"},    // the customary Indic spelling
		{"เวชชาชีวะ", "veiaiva"},    // Vejjajiva
		{"เศรษฐา", "sreta"},         // Srettha: the cluster sr
		{"เมือง", "mueang"},         // the compound vowel uea
		{"เชียง", "chiang"},         // ia
		{"ตัว", "tua"},              // ua
		{"เดิน", "doen"},            // oe
		{"หลีก", "lik"},             // a leading ห, not read (Leekpai)
		{"อยู่", "iu"},              // a leading อ (yu)
		{"พงษ์", "fong"},            // the thanthakhat silences ษ only (phong)
		{"ลักษณ์", "lak"},           // and ษ before ณ (Yingluck)
		{"บำรุง", "bamrung"},        // sara am, which NFKC splits
		{"בצלאל", "bzl"},            // tsadi z
		{"סמוטריץ'", "smutrich"},    // a final geresh
		{"סמוטריץ׳", "smutrich"},    // the Hebrew geresh
		{"ברוך", "bruch"},           // kaf without dagesh as ch (Baruch)
		{"אביחי", "vichi"},          // het as ch, bet without dagesh v (Avichai)
		{"לוי", "lvi"},              // vav inside a word as v (Levi)
		{"דוד", "dvd"},              // David
		{"כהן", "kehn"},             // k-h, not kh (Cohen)
		{"דניאלה", "dnila"},         // a final he is a vowel (Daniella)
		{"פילנט", "filnt"},          // pe at the start as f (Filant)
		{"ישראל", "isrl"},           // shin as sin (Israel)
		{"כ\"ץ", "ktz"},             // a double quote for the gershayim (Katz)
		{"כ״ץ", "ktz"},              // the gershayim
		{"סער", "sr"},               // not the courtesy title Sr (Sa'ar)
		{"ဦး", "u"},                 // an independent vowel (U, Oo)
		{"ထွန်း", "tun"},            // ht as t (Tun)
		{"ဌေး", "tai"},              // ht as t, e as ay (Htay, Tay)
		{"အေး", "aie"},              // Aye
		{"စိုး", "soe"},             // Soe
		{"ဆန်း", "hsan"},            // San, Hsan
		{"ထွဋ်", "htut"},            // a final cerebral read as the dental (Htut)
		{"ဂုဏ်", "gon"},             // ဏ as န
		{"မိုဃ်း", "mo"},            // a final fourth letter, mute
		{"نصر الله", "nsrala"},      // a name and Allah, read as one word (Nasrallah)
		{"نصرالله", "nsrala"},       // written joined
		{"روح\u200cالله", "ruhala"}, // after a zero-width non-joiner (Ruhollah)
		{"هبة الله", "hbatala"},     // ta marbuta before Allah (Hibatullah)
	} {
		ts := tokens(tt.word, "")
		if len(ts) != 1 {
			t.Errorf("%s: %d tokens, want 1", tt.word, len(ts))
			continue
		}
		got := []string{ts[0].key}
		for _, a := range ts[0].alts {
			got = append(got, a.key)
		}
		if !slices.Contains(got, tt.want) {
			t.Errorf("%s: readings %q, want %q among them", tt.word, got, tt.want)
		}
	}
	checkFoundAlone(t, []foundCase{
		{"Israel Katz", "ישראל כ\"ץ", true},
		{"Gideon Sa'ar", "גדעון סער", true},
		{"Israel Katz", "ישראל כהן", false},
		{"Abe Shinzo", "あべしんぞう", true},
		{"Shinzo Abe", "アベ シンゾウ", true},
		{"Kaori Inoue", "いのうえ かおり", true},
	})
	// A word in kana meets a Latin word through the letters katakana does
	// not tell apart (l r, b v f).
	lav, kana := tokens("Lavrov", ""), tokens("ラブロフ", "")
	if s := pairSim(&lav[0], &kana[0]); s < 0.9 {
		t.Errorf("pairSim(Lavrov, ラブロフ) = %.3f, want at least 0.9", s)
	}
}

// TestRomanOrInitials checks that two capitals that are a Roman numeral
// read as a number where they end a name of several words, and as two
// initials elsewhere; and that a letter written alone is one initial,
// whatever its transliteration.
func TestRomanOrInitials(t *testing.T) {
	for _, tt := range []struct {
		name  string
		num   string // the number read, "" for none
		inits int    // the initials read
	}{
		{"Trust XV", "15", 0},
		{"Fund XL", "40", 0},
		{"JC Juncker", "", 2},
		{"CL Smith", "", 2},     // first: initials
		{"Smith C.L.", "", 2},   // written with dots: initials
		{"Juncker JC", "", 2},   // not a Roman numeral
		{"CL", "", 2},           // a name of one word
		{"XV Smith", "", 2},     // X folds to ks, and is an initial still
		{"Ю. Тимошенко", "", 1}, // iu: one initial, not two
		{"Ж. Алфёров", "", 1},
	} {
		num, inits := "", 0
		for _, tok := range tokens(tt.name, "") {
			if tok.num != "" {
				num = tok.num
			}
			if tok.flags&tokInitial != 0 || tok.weight == weightMinor && len(tok.raw) == 1 {
				inits++
			}
		}
		if num != tt.num || inits != tt.inits {
			t.Errorf("%q: number %q and %d initials, want %q and %d", tt.name, num, inits, tt.num, tt.inits)
		}
	}
}

// TestAbjadFunctionWords checks that a word in Hebrew or Arabic letters
// that reads as an English function word weighs as a name, while the
// particles of those languages stay minor words, and that every word of
// englishFunctionWords is a minor word of Latin text.
func TestAbjadFunctionWords(t *testing.T) {
	for _, w := range englishFunctionWords {
		if !slices.Contains(minorWords, w) {
			t.Errorf("%q is not among minorWords", w)
		}
	}
	for _, tt := range []struct {
		name, word string
		want       float64
	}{
		{"עינן טנג'יל", "עינן", weightName}, // Einan: reads in
		{"עבד אל נאצר", "אל", weightMinor},
		{"محمد بن علي", "بن", weightMinor},
		{"Einan in Tanjil", "in", weightMinor},
	} {
		found := false
		for _, tok := range tokens(tt.name, "") {
			if tok.word == tt.word {
				found = true
				if tok.weight != tt.want {
					t.Errorf("%s: %s weighs %v, want %v", tt.name, tt.word, tok.weight, tt.want)
				}
			}
		}
		if !found {
			t.Errorf("%s: no token %s", tt.name, tt.word)
		}
	}
}

// TestOrganisationNotGendered checks that a word of an organisation's name
// with a added, a Slavic genitive, is the same word, while a person's is
// the feminine form.
func TestOrganisationNotGendered(t *testing.T) {
	for _, tt := range []struct {
		typ   sanctions.Type
		found bool
	}{{sanctions.Organisation, true}, {sanctions.Person, false}} {
		ix := NewIndex([]*sanctions.Entity{{ID: "X", Type: tt.typ, Names: []sanctions.Name{{Whole: "Wagner Group"}}}})
		q := Query{Name: "Grupa Wagnera"}
		if got := len(ix.Search(q, DefaultMin)) == 1; got != tt.found || len(ix.Scan(q, DefaultMin)) != len(ix.Search(q, DefaultMin)) {
			t.Errorf("%v: Grupa Wagnera found %v, want %v", tt.typ, got, tt.found)
		}
	}
}

// TestAbjadNames checks, rule by rule, names in Arabic or Hebrew script
// against their Latin spellings, each found or not by Search and Scan
// alike (checkFoundAlone).
func TestAbjadNames(t *testing.T) {
	for _, rule := range []struct {
		name  string
		cases []foundCase
	}{
		// The feminine ending written (he, ta marbuta) against a Latin
		// name without it is another person; the same name, and a
		// masculine name whose final vowel is written (Moshe, Mustafa) or
		// not (Elisha), is found.
		{"gendered", []foundCase{
			{"Daniel Weiss", "דניאלה וייס", false},
			{"Aziz Hamdan", "عزيزة حمدان", false},
			{"Daniella Weiss", "דניאלה וייס", true},
			{"Aziza Hamdan", "عزيزة حمدان", true},
			{"Moshe Sharvit", "משה שרביט", true},
			{"Elisha Yered", "אלישע ירד", true},
			{"Mustafa Ali", "مصطفى علي", true},
			{"Hamzah Ali", "حمزة علي", true},
		}},
		// Allah and the name before it are one word, written joined or
		// apart, and the name alone (Najib) is not the name joined to
		// Allah (Najibullah).
		{"allah", []foundCase{
			{"Hassan Nasrallah", "حسن نصر الله", true},
			{"حسن نصر الله", "Hassan Nasrullah", true},
			{"Hezbollah", "حزب الله", true},
			{"Hibatullah Akhundzada", "هبة الله أخوندزاده", true},
			{"Ruhollah Khomeini", "روح\u200cالله خمینی", true},
			{"Abdullah Azzam", "عبد الله عزام", true},
			{"عبدالله عزام", "Abd Allah Azzam", true},
			{"Najib Haqqani", "نجيب الله حقاني", false},
			{"Hassan Nasr", "حسن نصر الله", false},
		}},
		// The parts of a Persian word joined by a zero-width non-joiner,
		// or the ending ای written apart; zhe read j.
		{"persian words", []foundCase{
			{"Ali Khamenei", "علی خامنه\u200cای", true},
			{"علی خامنه\u200cای", "Ali Khamenei", true},
			{"Ali Khamenei", "علی خامنه ای", true},
			{"Mahmoud Ahmadinejad", "محمود احمدی\u200cنژاد", true},
			{"Mahmoud Ahmadinezhad", "محمود احمدی\u200cنژاد", true},
		}},
		// The letters Persian, Dari, Pashto and Urdu read otherwise than
		// Arabic (ث s, ذ z, ض z), waw before a final ya, pe before he.
		{"persian letters", []foundCase{
			{"Sanaullah Ghafari", "ثناء الله غفاري", true},
			{"Zabihullah Mujahid", "ذبيح الله مجاهد", true},
			{"Reza Pahlavi", "رضا پهلوی", true},
			{"Rida Pahlavi", "رضا پهلوی", true},
			{"Hossein Mousavi", "حسین موسوی", true},
		}},
		// Words of the query joined meet a word in Arabic script by its
		// skeleton, as one word does.
		{"joins", []foundCase{
			{"Mir Hossein Mousavi", "میرحسین موسوی", true},
			{"Mohammad Javad Zarif", "محمدجواد ظریف", true},
			{"Ali Reza Tangsiri", "علیرضا تنگسیری", true},
			{"Hassan Nasr Allah", "حسن نصر الله", true},
			{"Mahmoud Ahmadi Nejad", "محمود احمدی\u200cنژاد", true},
			{"Hassan Nasr Khan", "حسن نصر الله", false},
		}},
		// A word of the query in Arabic script is two words of the alias
		// joined, by its skeleton, only where the two make it.
		{"splits", []foundCase{
			{"محمدرضا نقدی", "Mohammad Reza Naqdi", true},
			{"میرحسین موسوی", "Mir Hossein Mousavi", true},
			{"محمدباقر قالیباف", "Mohammad Bagher Ghalibaf", true},
			{"محمدرضا", "محمد رضا", true},
			{"روبرتموغابي", "Robert Mugabe", true},
			{"محمدرضا نقدی", "Mohammad Ali Naqdi", false},
		}},
		// Names with Allah or al-Din, and abd with the article assimilated,
		// in Latin letters: one name however its parts are joined or
		// linked; another name with the same ending is not it.
		// Urdu writes he as heh goal (ہ): the letters of Arabic it writes
		// otherwise are read as those.
		{"urdu", []foundCase{
			{"مسعود اظہر", "Masood Azhar", true},
			{"احسان اللہ خان", "Ehsanullah Khan", true},
			{"شاہ محمود قریشی", "Shah Mahmood Qureshi", true},
			{"مسعود اظہر", "Masood Anwar", false},
		}},
		{"theophoric", []foundCase{
			{"Saifullah Hasan", "Saif Allah Hasan", true},
			{"Saif Ullah Hasan", "Saifallah Hasan", true},
			{"Inamullah Hasan", "Inam Ullah Hasan", true},
			{"Hezbollah", "Hizballah", true},
			{"Nuruddin Hasan", "Nur al-Din Hasan", true},
			{"Nureddine Hasan", "Nur ud Din Hasan", true},
			{"Salah Eddine Hasan", "Salahuddin Hasan", true},
			{"Salah Eddeen Hasan", "Salahuddin Hasan", true}, // every ending of dinSuffixes, written apart
			{"Mustafa Badreddine", "Mustafa Badr al-Din", true},
			{"Abdurrahman Ali", "Abd al-Rahman Ali", true},
			{"Abdussalam Hasan", "Abdul Salam Hasan", true},
			{"Aminullan Amin", "Aminullah Amin", true}, // a typo in the ending
			// The i of the name written e, as French and Persian write it.
			{"Ehsan Ullah Khan", "Ihsanullah Khan", true},
			{"Ihsanullah Khan", "Ehsan Ullah Khan", true},
			{"Ezzedine Hasan", "Izz al-Din Hasan", true},
			{"Izz al-Din Hasan", "Ezzedeen Hasan", true},
			{"Hassan Izzaldine", "Hasan Izz-al-Din", true},
			// A name written twice, once joined to Ullah: the join pairs
			// with the alias's name, the other with its other word.
			{"Ehsan Ullah Ehsan", "Ehsanullah Ehsan", true},
			{"Ehsan Ullah Ehsan", "Ehsan Ehsanullah", true},
			{"Ehsan Ullah Ehsan", "Ehsan Hamdullah", false},
			{"Ezzedine Hasan", "Nasreddine Hasan", false},
			// Two names with al-Din written apart that share Din only.
			{"Nur al-Din Haqqani", "Jalal al-Din Haqqani", false},
			{"Nur ud Din Haqqani", "Nur al-Din Haqqani", true},
			{"Saif Hasan", "Saifullah Hasan", false},
			{"Inamullah Hasan", "Hamdullah Hasan", false},
			{"Nuruddin Hasan", "Salahuddin Hasan", false},
		}},
	} {
		t.Run(rule.name, func(t *testing.T) { checkFoundAlone(t, rule.cases) })
	}
}

// TestAbjadSplitIsScan checks that Search finds, as Scan does, the names
// a word in Arabic script splits into whatever their script: an alias in
// Latin letters and one in Arabic script both hold the two words.
func TestAbjadSplitIsScan(t *testing.T) {
	ix := NewIndex([]*sanctions.Entity{
		{ID: "A", Type: sanctions.Person, Names: []sanctions.Name{{Whole: "محمد رضا"}}},
		{ID: "B", Type: sanctions.Person, Names: []sanctions.Name{{Whole: "Mohammad Reza Naqdi"}}},
	})
	q := Query{Name: "محمدرضا"}
	search, scan := ix.Search(q, 0.7), ix.Scan(q, 0.7)
	if len(scan) != 2 || len(search) != len(scan) {
		t.Errorf("Search found %d, Scan %d, want 2 each", len(search), len(scan))
	}
}

// TestBodyWords checks that every noun of the kind of a body weighs as a
// minor word, in every script it is written in.
func TestBodyWords(t *testing.T) {
	for _, w := range bodyWords {
		ts := tokens(w, "")
		if len(ts) != 1 {
			t.Errorf("tokens(%q) = %d tokens, want 1", w, len(ts))
		} else if ts[0].weight != weightMinor {
			t.Errorf("tokens(%q) weighs %v (key %q), want %v", w, ts[0].weight, ts[0].key, weightMinor)
		}
	}
	// Aliases of one entity each in the EU's list of 11 February 2016,
	// and two bodies that share only the kind (UN list QDe.005, QDe.121).
	checkFoundAloneAs(t, sanctions.Organisation, []foundCase{
		{"Al-Furqan Welfare Foundation", "Al-Furqan Foundation Welfare Trust", true},
		{"Taibah International Aid Agency", "Taibah International Aid Association", true},
		{"Al Rashid Trust", "Al-Akhtar Trust International", false},
		{"Tous pour la paix et le développement", "TOUS POUR LA PAIX ET LE DEVELOPPEMENT (NGO)", true},
		{"Al-Haramain Afghanistan", "Al-Haramain (Afghanistan branch)", true},
		{"Al-Haramain Albania", "Al-Haramain (Afghanistan branch)", false},
	})
}

// TestNameNote checks that a note in brackets that says which of a
// person's names an alias is gives no words of the name, and that other
// words in brackets are kept.
func TestNameNote(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Encep Nurjaman (birth name)", "Encep Nurjaman"}, // the EU's list of 2016
		{"Anna Weber (Maiden Name) ", "Anna Weber"},
		{"Al-Maghribi, Rashid (The Moroccan)", "Al-Maghribi, Rashid (The Moroccan)"},
		{"(birth name)", "(birth name)"},
		{"birth name)", "birth name)"},
	} {
		if got := dropNameNote(tt.in); got != tt.want {
			t.Errorf("dropNameNote(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	ix := NewIndex([]*sanctions.Entity{{ID: "X", Type: sanctions.Person, Names: []sanctions.Name{{Whole: "Encep Nurjaman (birth name)"}}}})
	if ms := ix.Search(Query{Name: "Encep Nurjaman"}, DefaultMin); len(ms) != 1 || ms[0].Score != 1 {
		t.Errorf("Encep Nurjaman: %v, want one match at 1", ms)
	}
}

// TestSunArticle checks that the Arabic article assimilated to a sun
// letter is the article joined by a hyphen or written apart before a word
// of five letters or more whose first letter doubles its consonant, and
// not a surname before a syllable or a word that does not begin so.
func TestSunArticle(t *testing.T) {
	for _, tt := range []struct {
		name string
		keys string
	}{
		{"An Najaf", "al naiaf"},
		{"an-Najaf", "al naiaf"},
		{"Kader Es Sayed", "kader al saied"},
		{"Az Zabadani", "al zabadani"},
		{"Ash Shabaab", "al shabab"},
		{"An Ning", "an ning"},
		{"As Stella", "as stela"},
		{"Es Tahir", "es tahir"},
		{"Sayed Es", "saied es"},
	} {
		var keys []string
		for _, tok := range tokens(tt.name, "") {
			keys = append(keys, tok.key)
		}
		if got := strings.Join(keys, " "); got != tt.keys {
			t.Errorf("tokens(%q) = %q, want %q", tt.name, got, tt.keys)
		}
	}
	checkFoundAlone(t, []foundCase{
		{"An Najaf", "Al-Najaf", true},
		{"Kader Sayed", "Kader Es Sayed", true},
		{"Az Zabadani Hasan", "Hasan al-Zabadani", true},
		{"An Nasser Hasan", "Hasan al-Zabadani", false},
	})
}

// TestTitleAfterArticle checks that a title after the article, after the
// first word, is a name (a family name), which the title without the
// article still meets, and that first it is the title.
func TestTitleAfterArticle(t *testing.T) {
	for _, tt := range []struct {
		name    string
		weights []float64
	}{
		{"Mohamed El Sayed", []float64{weightName, weightMinor, weightName}},
		{"Hasan Al-Sheikh", []float64{weightName, weightMinor, weightName}},
		{"Kader Es Sayed", []float64{weightName, weightMinor, weightName}},
		{"El-Sayed Hasan", []float64{weightMinor, weightTitle, weightName}},
		{"Mohamed Sayed", []float64{weightName, weightTitle}},
		{"Masjed Al Company", []float64{weightName, weightMinor, weightCompany}},
	} {
		var got []float64
		for _, tok := range tokens(tt.name, "") {
			got = append(got, tok.weight)
		}
		if !slices.Equal(got, tt.weights) {
			t.Errorf("tokens(%q) weigh %v, want %v", tt.name, got, tt.weights)
		}
	}
	checkFoundAlone(t, []foundCase{
		{"Mohamed", "Mohamed El Sayed", false},
		{"Hasan", "Hasan Al-Sheikh", false},
		{"Mohamed Sayed", "Mohamed El Sayed", true},
		{"Mohamed El Sayed", "Mohamed Sayed", true},
		{"Kader Sayed", "Kader Es Sayed", true},
		{"Hasan Ali", "El-Sayed Hasan Ali", true},
	})
}

// TestNamesNotTitles checks that a name that folds to the key of a title
// only as a much longer spelling of the title does is a name, and that the
// spellings of titles are titles.
func TestNamesNotTitles(t *testing.T) {
	for _, tt := range []struct {
		word string
		want float64
	}{
		{"Shai", weightName}, {"Shay", weightName},
		{"Shaikh", weightTitle}, {"Shaykh", weightTitle}, {"Haji", weightTitle}, {"Hajj", weightTitle}, {"Col", weightTitle},
	} {
		ts := tokens(tt.word, "")
		if len(ts) != 1 || ts[0].weight != tt.want {
			t.Errorf("tokens(%q) = %+v, want one token of weight %v", tt.word, ts, tt.want)
		}
	}
}

// TestBurmeseHonorific checks that ဦး (U) and ဒေါ် (Daw) before a Burmese
// name weigh as titles, which records in Latin letters leave out, and
// that ဦး ending a name is the name Oo.
func TestBurmeseHonorific(t *testing.T) {
	checkFoundAlone(t, []foundCase{
		{"Thein Sein", "ဦးသိန်းစိန်", true},
		{"Thein Sein", "ဦး သိန်းစိန်", true},
		{"Aung San Suu Kyi", "ဒေါ်အောင်ဆန်းစုကြည်", true},
		{"Mya Tun", "မြထွန်းဦး", false}, // Oo, a name
	})
	for _, tt := range []struct {
		name   string
		at     int // the syllable ဦး, from the end when negative
		weight float64
	}{{"ဦးသိန်းစိန်", 0, weightTitle}, {"ဦး", 0, weightName}, {"မြထွန်းဦး", -1, weightName}} {
		ts := tokens(tt.name, "")
		k := tt.at
		if k < 0 {
			k += len(ts)
		}
		if ts[k].raw != "u" || ts[k].weight != tt.weight {
			t.Errorf("tokens(%q)[%d] = %+v, want u weighing %v", tt.name, k, ts[k], tt.weight)
		}
	}
}

// TestHebrewReadings checks the readings of Hebrew words that find names
// written in Latin letters: a final het not written (Noah), tsadi as the s
// of Arabic names (Salah), and not before het (Tzachar is not Shahar),
// and a final vav as v (Tzav).
func TestHebrewReadings(t *testing.T) {
	checkFoundAlone(t, []foundCase{
		{"Noah Levi", "נח לוי", true},
		{"Salah al-Din", "צלאח א-דין", true},
		{"Zohar Sabah", "זוהר צבח", true},
		{"Tzachar Levi", "צחר לוי", true},
		{"Shahar Levi", "צחר לוי", false},
		{"Tzav 9", "צו 9", true}, // a final vav as v
	})
}

// TestThaiCustomary checks the customary English spelling of Thai names,
// a reading beside the RTGS: unaspirated consonants, an r after a long
// vowel before a final n or m, oe as er.
func TestThaiCustomary(t *testing.T) {
	checkFoundAlone(t, []foundCase{
		{"Paetongtarn Shinawatra", "แพทองธาร ชินวัตร", true},
		{"Chalerm Yubamrung", "เฉลิม อยู่บำรุง", true},
		{"Phaethongthan Chinnawat", "แพทองธาร ชินวัตร", true}, // the RTGS
		{"Yingluck Shinawatra", "แพทองธาร ชินวัตร", false},
	})
}

// TestDhAsZ checks that the dh of a transcription of Arabic meets the z
// of Persian and Urdu spellings, below the name itself.
func TestDhAsZ(t *testing.T) {
	checkFoundAlone(t, []foundCase{
		{"Kadhim Ali", "Kazem Ali", true},
		{"Ramadhan Khan", "Ramazan Khan", true},
		{"Kadhim Ali", "Kasem Ali", false},
	})
	ts, ns := tokens("Hafidh", ""), tokens("Hafiz", "")
	if s := pairSim(&ts[0], &ns[0]); s != plainFactor {
		t.Errorf("pairSim(Hafidh, Hafiz) = %.3f, want %.2f", s, plainFactor)
	}
}

// TestKeyKinds checks that the kinds of the word tables say what their
// maps do, for every key of them, and that no rules are filed for the
// empty language, which rulesOf does not look up.
func TestKeyKinds(t *testing.T) {
	tb := tables()
	keys := map[string]bool{"": true, "x": true, "ltd": true}
	for k := range tb.company {
		keys[k] = true
	}
	for k := range tb.titles {
		keys[k] = true
	}
	for k := range tb.minor {
		keys[k] = true
	}
	for k := range keys {
		company := k != "" && tb.company[k] == k
		title := tb.titles[k] > 0 && !company
		if got := tb.isCompany(k); got != company {
			t.Errorf("isCompany(%q) = %v, want %v", k, got, company)
		}
		if got := tb.kinds[k].isTitle(); got != title {
			t.Errorf("kinds[%q].isTitle() = %v, want %v", k, got, title)
		}
		want := weightName
		switch {
		case company:
			want = weightCompany
		case title:
			want = weightTitle
		case tb.minor[k] || len(k) == 1:
			want = weightMinor
		}
		if got := tb.kinds[k].weight(k); got != want {
			t.Errorf("kinds[%q].weight = %v, want %v", k, got, want)
		}
	}
	if len(keys) < 100 {
		t.Errorf("%d keys in the tables, want 100 or more", len(keys))
	}
	if _, ok := langRules[""]; ok {
		t.Error(`langRules has rules for "", which rulesOf never returns`)
	}
}

// TestASCIIWordByte checks asciiWordByte against the Unicode tests that
// isWordRune makes on other characters, for every ASCII byte.
func TestASCIIWordByte(t *testing.T) {
	n := 0
	for c := range utf8.RuneSelf {
		want := unicode.IsLetter(rune(c)) || unicode.IsDigit(rune(c)) || unicode.IsMark(rune(c))
		if got := asciiWordByte(byte(c)); got != want {
			t.Errorf("asciiWordByte(%q) = %v, want %v", rune(c), got, want)
		}
		if want {
			n++
		}
	}
	if n != 62 {
		t.Errorf("%d ASCII word bytes, want 62", n)
	}
}
