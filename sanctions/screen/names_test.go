package screen

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/acquis-eu/acquis/sanctions"
)

// TestMarkersFiltered checks that every marker of another name passes
// mayHaveMarker, the filter that spares most names the search for one.
func TestMarkersFiltered(t *testing.T) {
	for _, mk := range nameMarkers {
		before := []string{" ", ",", ";", "("} // what a marker may follow
		if bracketMarkers[mk] {
			before = before[3:]
		}
		for _, b := range before {
			ms := []string{mk}
			if isASCII(mk) { // nameParts lowers ASCII letters only
				ms = append(ms, strings.ToUpper(mk))
			}
			for _, m := range ms {
				if s := "A" + b + m + " B"; !mayHaveMarker(s) {
					t.Errorf("%q: mayHaveMarker is false, so nameParts never finds its marker", s)
				}
			}
		}
	}
}

// TestMarkersLongestFirst checks that a marker comes before every marker
// that begins it: nameParts takes the first of markersFrom that matches,
// which must be the longest (formerly known as, not formerly).
func TestMarkersLongestFirst(t *testing.T) {
	prefixes := 0
	for i, mk := range nameMarkers {
		for _, longer := range nameMarkers[i+1:] {
			if strings.HasPrefix(longer, mk) {
				t.Errorf("marker %q comes before %q, which begins with it", mk, longer)
			}
		}
		for _, other := range nameMarkers[:i] {
			if strings.HasPrefix(other, mk) {
				prefixes++
			}
		}
	}
	if prefixes == 0 {
		t.Error("no marker begins another: the test checks nothing")
	}
	for c, ms := range markersFrom {
		if !slices.IsSortedFunc(ms, func(a, b string) int {
			return slices.Index(nameMarkers, a) - slices.Index(nameMarkers, b)
		}) {
			t.Errorf("markersFrom[%q] = %q, not in the order of nameMarkers", rune(c), ms)
		}
	}
}

// TestNameParts checks the names a name gives, with each kind of marker.
func TestNameParts(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want []string
	}{
		{"Ocean Star (ex-Grand Harmony)", []string{"Ocean Star", "Grand Harmony"}},
		{"Polar Trading, formerly Arctic Supply", []string{"Polar Trading", "Arctic Supply"}},
		{"Nova Shipping (formerly known as Stella Maris)", []string{"Nova Shipping", "Stella Maris"}},
		{"Ocean Star f.k.a. Grand Harmony", []string{"Ocean Star", "Grand Harmony"}},
		{"Acme Ltd f/k/a Beta Ltd", []string{"Acme Ltd", "Beta Ltd"}},
		{"John Smith a/k/a Jack Smith", []string{"John Smith", "Jack Smith"}},
		{"Gamma LLC d/b/a Delta Foods", []string{"Gamma LLC", "Delta Foods"}},
		{"M/V Ocean Star", []string{"M/V Ocean Star"}}, // a slash, no marker
		{"Alexander Kokorin", []string{"Alexander Kokorin"}},
		{"Exxon Mobil", []string{"Exxon Mobil"}}, // ex inside a word
		{"Grace 1 (now Adrian Darya 1)", []string{"Grace 1", "Adrian Darya 1"}},
		{"Grace 1 (renamed Adrian Darya 1)", []string{"Grace 1", "Adrian Darya 1"}},
		{"Grace 1 n.k.a. Adrian Darya 1", []string{"Grace 1", "Adrian Darya 1"}},
		{"Grace 1, now known as Adrian Darya 1", []string{"Grace 1", "Adrian Darya 1"}},
		{"Peace Now Movement", []string{"Peace Now Movement"}}, // now only after a bracket
		{"Renamed Holdings (Now Trading)", []string{"Renamed Holdings", "Trading"}},
		{"Ocean Pioneer (former name: Cape Diamond)", []string{"Ocean Pioneer", "Cape Diamond"}},
		{"Ocean Pioneer (renamed from Cape Diamond)", []string{"Ocean Pioneer", "Cape Diamond"}},
		{"Ocean Pioneer (ex-name Cape Diamond)", []string{"Ocean Pioneer", "Cape Diamond"}},
		{"Ocean Pioneer (ранее Cape Diamond)", []string{"Ocean Pioneer", "Cape Diamond"}},
		{"Ocean Pioneer (ehemals Cape Diamond)", []string{"Ocean Pioneer", "Cape Diamond"}},
		{"Old Name Trading", []string{"Old Name Trading"}}, // old name only after a bracket
		{"Al Qa'ida / Islamska vojska", []string{"Al Qa'ida", "Islamska vojska"}},
		{"Армия/ фронт", []string{"Армия/ фронт"}}, // a slash between spaces only
		{"John Smith t/a Smith's Bakery", []string{"John Smith", "Smith's Bakery"}},
		{"Gamma LLC doing business as Delta Foods", []string{"Gamma LLC", "Delta Foods"}},
		{"Gamma LLC also trading as Delta Foods", []string{"Gamma LLC", "Delta Foods"}},
		{"GAMMA LLC TRADING AS DELTA FOODS", []string{"GAMMA LLC", "DELTA FOODS"}},
		{"Ocean Pioneer (previously named Cape Diamond)", []string{"Ocean Pioneer", "Cape Diamond"}},
		{"Ocean Pioneer (voorheen Cape Diamond)", []string{"Ocean Pioneer", "Cape Diamond"}},
		{"Ocean Pioneer (già Cape Diamond)", []string{"Ocean Pioneer", "Cape Diamond"}},
		{"Ocean Pioneer (πρώην Cape Diamond)", []string{"Ocean Pioneer", "Cape Diamond"}},
		{"Tidigare Invest", []string{"Tidigare Invest"}}, // formerly in another language only after a bracket
		{"Anna Maria Schmidt née Weber", []string{"Anna Maria Schmidt", "Anna Maria Weber"}},
		{"Anna Schmidt (geb. Weber)", []string{"Anna Schmidt", "Anna Weber"}},
		{"SCHMIDT, Anna NEE Weber", []string{"SCHMIDT, Anna", "Weber, Anna"}},
		{"Schmidt née Weber", []string{"Schmidt", "Weber"}},
		{"Patrick Nee", []string{"Patrick Nee"}},         // no name after it
		{"Trading As Such", []string{"Trading As Such"}}, // nothing before it
		// Invalid UTF-8, which strings.ToLower writes longer, before a
		// marker (found by FuzzSearch).
		{"\xda0\x830 AKA A", []string{"0\x830", "A"}},
		{"\u212a AKA B", []string{"\u212a", "B"}}, // the Kelvin sign, which lowers to a byte
	} {
		if got := nameParts(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("nameParts(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestQuotesFiltered checks that every quotation mark quotedName reads
// passes mayHaveQuote, the filter that spares most names the search for
// one.
func TestQuotesFiltered(t *testing.T) {
	for _, r := range "«»„“”\"‹›" {
		if !mayHaveQuote("a" + string(r) + "b") {
			t.Errorf("mayHaveQuote misses %q", r)
		}
	}
	if mayHaveQuote("Лукашенко Łukaszenka") {
		t.Error("mayHaveQuote holds a name without quotation marks")
	}
}

// TestQuotedName checks the company's own name in quotation marks that
// orgNameParts adds to an organisation's names: the innermost, and only
// beside a company form.
func TestQuotedName(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"АО «Концерн ВКО «Алмаз-Антей»", "Алмаз-Антей"},
		{"ПАО «НК «Роснефть»", "Роснефть"},
		{`Joint Stock Company "Concern VKO "Almaz-Antey""`, "Almaz-Antey"},
		{"ОАО „Белавиа“", "Белавиа"},
		{"OOO “Example Trading", "Example Trading"}, // not closed
		{"Армията на „чистите“", ""},                // a word of a translation: no company form
		{`Umar Muhammad "Abdallah Ba" Amar`, ""},    // a nickname
		{"ЧВК «Вагнер»", ""},                        // ЧВК is no company form
		{"ПАО «»", ""},
		{"Sberbank", ""},
	} {
		if got := quotedName(tt.in); got != tt.want {
			t.Errorf("quotedName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	ix := NewIndex([]*sanctions.Entity{{ID: "X", Type: sanctions.Organisation, Names: []sanctions.Name{{Whole: "АО «Концерн ВКО «Алмаз-Антей»"}}}})
	q := Query{Name: "Almaz-Antey"}
	if ms, scan := ix.Search(q, DefaultMin), ix.Scan(q, DefaultMin); len(ms) != 1 || len(scan) != 1 || !strings.Contains(ms[0].Reason, "its name in quotation marks") {
		t.Errorf("Almaz-Antey: Search %v, Scan %v", ms, scan)
	}
	if parts, quoted := orgNameParts("ПАО «Аэрофлот» (ex-Aeroflot Soviet Airlines)"); !quoted ||
		!slices.Equal(parts, []string{"ПАО «Аэрофлот", "Aeroflot Soviet Airlines", "Аэрофлот"}) {
		t.Errorf("orgNameParts = %q, %v", parts, quoted)
	}
}

// TestBracketAcronym checks the acronym in brackets beside an
// organisation's name that orgNameParts reads as another name of it, on
// aliases of the EU's list of 11 February 2016 and of the UN's, and that a
// place or a translation in brackets is not one.
func TestBracketAcronym(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want []string
	}{
		{"Global Relief Foundation (GRF)", []string{"Global Relief Foundation", "GRF"}},
		{"Nuevo Ejército del Pueblo (NEP)", []string{"Nuevo Ejército del Pueblo", "NEP"}}, // del gives nothing
		{"Tarptautinė sikų jaunimo federacija (TSJF)", []string{"Tarptautinė sikų jaunimo federacija", "TSJF"}},
		{"Korea Mining Development Trading Corporation (KOMID)", []string{"Korea Mining Development Trading Corporation", "KOMID"}}, // syllables
		{"Общество с ограниченной ответственностью (ООО)", []string{"Общество с ограниченной ответственностью", "ООО"}},
		{"Al-Haramain Foundation (Indonesia)", []string{"Al-Haramain Foundation (Indonesia)"}},
		{"BANK MELLI (IRAN)", []string{"BANK MELLI (IRAN)"}},
		{"Riyadu-Salikhin Reconnaissance and Sabotage battalion of Shahids (Martyrs)", []string{"Riyadu-Salikhin Reconnaissance and Sabotage battalion of Shahids (Martyrs)"}},
		{"Tanchon Commercial Bank (T)", []string{"Tanchon Commercial Bank (T)"}},         // one letter
		{"Tanchon Commercial Bank (TANCH)", []string{"Tanchon Commercial Bank (TANCH)"}}, // one word gives it
		{"Tanchon Commercial Bank (CB)", []string{"Tanchon Commercial Bank (CB)"}},       // not from the first word
		{"Ocean Star (ex-Grand Harmony)", []string{"Ocean Star", "Grand Harmony"}},       // a former name, as before
		{"(GRF)", []string{"(GRF)"}},
		{"Naftiran Intertrade Co. (NICO) Sàrl", []string{"Naftiran Intertrade Co. Sàrl", "NICO"}}, // before a company form
		{"Naftiran Intertrade Co. (NICO) Geneva", []string{"Naftiran Intertrade Co. (NICO) Geneva"}},
		{"IG (Islamic Group, Gama'a al-Islamiyya)", []string{"IG", "Islamic Group", "Gama'a al-Islamiyya"}}, // the acronym first
		{"IG (Gama'a al-Islamiyya)", []string{"IG (Gama'a al-Islamiyya)"}},
	} {
		if got, _ := orgNameParts(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("orgNameParts(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	ix := NewIndex([]*sanctions.Entity{{ID: "X", Type: sanctions.Organisation, Names: []sanctions.Name{{Whole: "Tanchon Commercial Bank (TCB)"}}}})
	for _, name := range []string{"Tanchon Commercial Bank", "TCB"} {
		q := Query{Name: name}
		if ms, scan := ix.Search(q, DefaultMin), ix.Scan(q, DefaultMin); len(ms) != 1 || len(scan) != 1 || ms[0].Score != 1 {
			t.Errorf("%s: Search %v, Scan %v", name, ms, scan)
		}
	}
}

// TestAcronymLetters checks that acronyms meet names letter for letter,
// not by the keys that folding gives names (IJG and IG, ASQ and ASC fold
// alike), both ways: an organisation's acronym against a query of one
// word, and a query's acronym against a name of one word; that the
// function words of other languages than English give no letter; and that
// the particles inside a name may give theirs or not.
func TestAcronymLetters(t *testing.T) {
	checkFoundAloneAs(t, sanctions.Organisation, []foundCase{
		{"IG", "Islamic Jihad Group", false},
		{"IJG", "Islamic Jihad Group", true},
		{"I.J.G.", "Islamic Jihad Group", true},
		{"Abdul Salyh Qureshi", "ASC", false},
		{"Islamic Jihad Group", "IJG", true},
		{"Islamic Jihad Group", "IG", false},
		{"GSPC", "Groupe Salafiste pour la Prédication et le Combat", true},
		{"TPD", "Tous pour la paix et le développement", true},
		{"PLA", "People's Liberation Army", true},
		// The particles inside a name, with their letters or without.
		{"TTP", "Tehrik-e-Taliban Pakistan", true},
		{"LeT", "Lashkar-e-Tayyiba", true},
		{"JuD", "Jamaat-ud-Dawa", true},
		{"HSM", "Harakat al-Shabaab al-Mujahideen", true},
		{"AQIM", "Al-Qaida in the Islamic Maghreb", true},
		{"QIM", "Al-Qaida in the Islamic Maghreb", false}, // the article that begins it is a letter
		{"Tehrik-e-Taliban Pakistan", "TTP", true},
	})
}

// TestSameLetters checks sameLetters against acronymLetters, which it
// computes without the strings, on random words of letters in either
// case, dots and other bytes.
func TestSameLetters(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	const alphabet = "aAbBcC..1 é"
	word := func() string {
		b := make([]byte, r.IntN(5))
		for i := range b {
			b[i] = alphabet[r.IntN(len(alphabet))]
		}
		return string(b)
	}
	for range 100000 {
		w, acr := word(), word()
		want := acronymLetters(w) != "" && acronymLetters(w) == acronymLetters(acr)
		if got := sameLetters(w, acr); got != want {
			t.Fatalf("sameLetters(%q, %q) = %v, want %v", w, acr, got, want)
		}
	}
}
