package screen

import (
	"errors"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzKey checks that Key never panics, writes ASCII only, and gives its
// own output back.
func FuzzKey(f *testing.F) {
	for _, g := range sameNameSpellings {
		for _, s := range g {
			f.Add(s)
		}
	}
	for _, s := range []string{"LUKASHENKO, Alexander Grigorievich", "Общество с ограниченной ответственностью “Интер Тобако”",
		"Abd-al-Tawwab Mullah Huwaysh", "Izzat Ibrahim ad-Douri", "صدام حسين عبد المجيد التكريتي", "Αϊμάν αλ Ζαουάχρι",
		"金正恩", "Mr. S.A. L.L.C.", "ie", "tjtj", "xxxx", "ccch", "ouou", "chtch", "Ъъ", "صا", "م 0 v", "TM",
		"ウラジーミル・プーチン", "ワグナー・グループ", "アル・ムフタール", "อภิสิทธิ์ เวชชาชีวะ", "เศรษฐา", "בצלאל סמוטריץ'", "ג׳"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k := Key(s)
		for _, w := range k {
			if w == "" || !isASCII(w) || strings.Contains(w, " ") {
				t.Fatalf("Key(%q) = %q: a key that is empty, not ASCII or holds a space", s, k)
			}
		}
		if again := Key(strings.Join(k, " ")); !slices.Equal(k, again) {
			t.Fatalf("Key(%q) = %q, but Key of its output = %q", s, k, again)
		}
		// Normalize reads the whole input (it takes linear time, but
		// minimising long inputs would stall the fuzzer); names are short.
		if len(s) <= 1<<12 {
			if n := Normalize(s); !utf8.ValidString(n) && utf8.ValidString(s) {
				t.Fatalf("Normalize(%q) = %q is not UTF-8", s, n)
			}
		}
	})
}

// FuzzSearch checks on a small index that Search never panics, that its
// scores are in [0, 1] and reach the threshold, and that it returns what
// Scan returns.
func FuzzSearch(f *testing.F) {
	f.Add("Лукашэнка Аляксандр", "1954", "BY", "", 0.8)
	f.Add("Robert Mugabe", "1924-02-21", "ZW", "AD001095", 0.5)
	f.Add("Robert Mugabe", "21/02/1924", "ZIMBABWE", "", 0.8)
	f.Add("Robert Mugabe", "02/03/1924", "Narnia", "", 0.8)
	f.Add("EMMA LLC", "", "", "", 0.7)
	f.Add("Haji Ahmad Jan", "1955", "AF", "", 0.9)
	f.Add("", "", "", "MP1234567", 0.8)
	f.Add("Ivan Sidorov\x1b[0m", "", "", "MP\u202e1234567\x1b", 0.5)
	f.Add("ロバート・ムガベ", "", "", "", 0.7)
	f.Add("キム・ジョンウン", "", "", "", 0.7) // a word in kana split
	f.Add("アルカイダ", "", "", "", 0.8)
	f.Add("רוברט מוגאבה", "", "", "", 0.7)
	f.Add("IVANSIDOROV", "", "", "", 0.8) // split around the patronymic
	f.Add("ivanpetrovich Sidorov", "", "", "", 0.7)
	f.Add("روبرتموغابي", "", "", "", 0.7) // a word in Arabic script split by its skeleton
	f.Add("روبرت موغابي", "", "", "", 0.7)
	f.Add("Mugabe S.A.", "", "", "", 0.7)            // initials that are also a company form
	f.Add("Joukov Sergei", "", "", "", 0.7)          // a French j
	f.Add("Ehsan Ullah Ezzedine", "", "", "", 0.7)   // theophoric names with the e of French and Persian
	f.Add("Ehsan Ullah Ehsan", "", "", "", 0.7)      // a word written twice, once joined
	f.Add("Robert Es Sayed Mugabe", "", "", "", 0.7) // the article apart, a title after it
	f.Add("Example Bank of Iran", "", "", "", 0.7)   // another place
	ix := NewIndex(screenFixtures(f))
	f.Fuzz(func(t *testing.T, name, birth, country, id string, threshold float64) {
		// A birth date or country that cannot be read is an error that
		// names it; the search then goes on without it.
		b, err := ParseBirthDate(birth)
		if err != nil {
			checkQueryError(t, err, "birth date", birth)
		}
		c, err := ParseCountry(country)
		if err != nil {
			checkQueryError(t, err, "country", country)
		}
		q := Query{Name: name, BirthDate: b, Country: c, IDNumber: id}
		ms := ix.Search(q, threshold)
		for _, m := range ms {
			if m.Score < 0 || m.Score > 1 || m.Score < threshold || m.NameScore < 0 || m.NameScore > 1 {
				t.Fatalf("Search(%+v, %v): score %v, name score %v", q, threshold, m.Score, m.NameScore)
			}
			if m.Entity == nil || m.Reason == "" {
				t.Fatalf("Search(%+v, %v): a match with no entity or no reason: %+v", q, threshold, m)
			}
			for _, r := range m.Reason {
				if !strconv.IsPrint(r) && r != ' ' && r != '\u00ad' {
					t.Fatalf("Search(%+v, %v): the reason holds %U, which is not printable: %q", q, threshold, r, m.Reason)
				}
			}
		}
		if scan := ix.Scan(q, threshold); !slices.EqualFunc(scan, ms, sameMatchResult) {
			t.Fatalf("Search(%+v, %v) = %v, Scan = %v", q, threshold, summariseMatches(ms), summariseMatches(scan))
		}
	})
}

func sameMatchResult(a, b Match) bool {
	return a.Entity == b.Entity && a.Score == b.Score && a.Reason == b.Reason
}

// checkQueryError checks that err is a *QueryError for the field and value.
func checkQueryError(t *testing.T, err error, field, value string) {
	t.Helper()
	var qe *QueryError
	if !errors.As(err, &qe) || qe.Field != field || qe.Value != value ||
		!(errors.Is(err, ErrAmbiguousDate) || errors.Is(err, ErrInvalidDate) || errors.Is(err, ErrUnknownCountry)) {
		t.Fatalf("the %s %q: %v, want a *QueryError naming it, with one of the package's errors", field, value, err)
	}
}

// FuzzParseBirthDate checks that ParseBirthDate never panics, refuses with
// a *QueryError, and reads its own output back as the same date.
func FuzzParseBirthDate(f *testing.F) {
	for _, s := range []string{"1924", "1924-02", "1924-02-21", "21/02/1924", "02/03/1924", "21.2.1924", "February 21, 1924",
		"21-Feb-1924", "02/1924", "30/02/1924", "21/02/24", "c. 1960", "", "Sept 1960", "1924/2/21"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		b, err := ParseBirthDate(s)
		if err != nil {
			checkQueryError(t, err, "birth date", s)
			return
		}
		again, err := ParseBirthDate(b.String())
		if err != nil || again != b {
			t.Fatalf("ParseBirthDate(%q) = %v, but ParseBirthDate(%q) = %v, %v", s, b, b.String(), again, err)
		}
	})
}

// FuzzParseCountry checks that ParseCountry never panics, refuses with a
// *QueryError, and reads its own output back as the same country.
func FuzzParseCountry(f *testing.F) {
	for _, s := range []string{"BY", "blr", "Zimbabwe", "IRAN (ISLAMIC REPUBLIC OF)", "Côte d'Ivoire", "UK", "EL", "XK", "00", "UNKNOWN", "Narnia", "", "the the"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := ParseCountry(s)
		if err != nil {
			checkQueryError(t, err, "country", s)
			return
		}
		again, err := ParseCountry(c.String())
		if err != nil || again != c {
			t.Fatalf("ParseCountry(%q) = %v, but ParseCountry(%q) = %v, %v", s, c, c.String(), again, err)
		}
	})
}

// FuzzOrgNameParts checks that the names an organisation's name gives are
// text of it, trimmed, and that the name in quotation marks is one.
func FuzzOrgNameParts(f *testing.F) {
	for _, s := range []string{"АО «Концерн ВКО «Алмаз-Антей»", `JSC "A "B""`, "Ocean Star (ex-Grand Harmony)", "«", "ООО «", `"`, "a.k.a. «x»", "Anna Schmidt née Weber", "Schmidt, Anna geb. Weber", "Global Relief Foundation (GRF)", "Korea Mining Development Trading Corporation (KOMID)", "A (B)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		parts, quoted := orgNameParts(s)
		for _, p := range parts {
			// A part is text of s; a name at birth (bornAs), words of it.
			if !strings.Contains(s, p) && len(s) <= maxNameBytes &&
				slices.ContainsFunc(strings.FieldsFunc(p, func(r rune) bool { return r == ' ' || r == ',' }), func(w string) bool { return !strings.Contains(s, w) }) {
				t.Fatalf("orgNameParts(%q) = %q: %q is not text of it", s, parts, p)
			}
		}
		if quoted && (len(parts) < 2 || parts[len(parts)-1] != quotedName(s)) {
			t.Fatalf("orgNameParts(%q) = %q, %v", s, parts, quoted)
		}
	})
}
