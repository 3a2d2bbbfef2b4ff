package screen

import (
	"slices"
	"strings"
	"testing"

	"github.com/acquis-eu/acquis/sanctions"
)

// TestPlaces checks that an organisation's name that ends with a country
// after a word for of meets the name written without it, by Search and by
// Scan alike, and not a name with another place or another word in its
// stead; that a country without of, and a person's name, are no place;
// and that a query that is a person's has no place.
func TestPlaces(t *testing.T) {
	checkFoundAloneAs(t, sanctions.Organisation, []foundCase{
		{"Sberbank", "Sberbank of Russia", true},
		{"Sberbank", "Public Joint Stock Company Sberbank of Russia", true},
		{"Sberbank of Russia", "Sberbank", true},
		{"Export Development Bank", "Export Development Bank of Iran", true},
		{"Petroleos de Venezuela S.A.", "Petróleos de Venezuela", true},
		{"Central Bank of the Islamic Republic of Iran", "Central Bank of Iran", true},
		{"Revolutionary Armed Forces of Columbia", "Revolutionary Armed Forces of Colombia", true}, // a place mistyped
		{"Sberbank of Russia", "ПАО «Сбербанк России»", true},                                      // a place that meets a name word
		{"Central Bank of Syria", "Central Bank of Iran", false},
		{"Central Bank Syria", "Central Bank of Iran", false},
		{"Egyptian Islamic Movement", "Islamic Movement of Uzbekistan", false},
		{"Sberbank", "Sberbank Kazakhstan", false}, // no of: a subsidiary as often
		{"Al-Qaida", "Al-Qaida in Iraq", false},
		{"Bank", "Syria", false}, // a place after a name word only
	})
	// A person's name has no place, in the index or in a query.
	ix := NewIndex([]*sanctions.Entity{{ID: "P", Type: sanctions.Person, Names: []sanctions.Name{{Whole: "Ali Hassan of Iraq"}}}})
	for _, tk := range ix.toks {
		if tk.weight == weightPlace {
			t.Errorf("a person's name has a place: %v", ix.toks)
		}
	}
	for _, typ := range []sanctions.Type{0, sanctions.Person} {
		p := prepare(Query{Name: "Sberbank of Russia", Type: typ})
		marked := slices.ContainsFunc(p.forms[0].toks, func(t token) bool { return t.weight == weightPlace })
		p.release()
		if marked != (typ != sanctions.Person) {
			t.Errorf("query of type %v: place marked %v", typ, marked)
		}
	}
}

// TestPlaceStart checks the place that ends a name's tokens.
func TestPlaceStart(t *testing.T) {
	for _, tt := range []struct {
		name, place string
	}{
		{"Sberbank of Russia", "of Russia"},
		{"Foreign Trade Bank of the Democratic People's Republic of Korea", "of the Democratic People's Republic of Korea"},
		{"Banco de Venezuela", "de Venezuela"},
		{"Development Bank of the Philippines", "of the Philippines"},
		{"Bank Melli Iran", ""},
		{"Al-Qaida in Iraq", ""},
		{"Syria", ""},
		{"of Syria", ""}, // no name word before
		{"Islamic Jihad Group of Uzbekistan", "of Uzbekistan"},
		{"Grupo Islámico de la Libia", "de la Libia"},
		{"Bank of Moscow", ""},
	} {
		ts := tokens(tt.name, "")
		got := ""
		if k := placeStart(ts); k >= 0 {
			var ws []string
			for _, t := range ts[k:] {
				ws = append(ws, t.word)
			}
			got = strings.Join(ws, " ")
		}
		if got != tt.place {
			t.Errorf("place of %q = %q, want %q", tt.name, got, tt.place)
		}
	}
}

// TestPlaceTells checks that a place that tells an entity apart from
// another of the index keeps its weights: Islamic Jihad Group of
// Uzbekistan, beside an entity named Islamic Jihad Group, or beside the
// Islamic Jihad Group of another country, is not met by the name without
// its place, as it is alone.
func TestPlaceTells(t *testing.T) {
	uz := &sanctions.Entity{ID: "UZ", Type: sanctions.Organisation, Names: []sanctions.Name{{Whole: "Islamic Jihad Group of Uzbekistan"}}}
	other := &sanctions.Entity{ID: "O", Type: sanctions.Organisation, Names: []sanctions.Name{{Whole: "Islamic Jihad Group"}}}
	q := Query{Name: "Islamic Jihad Group"}
	for _, tt := range []struct {
		list []*sanctions.Entity
		want []string
	}{
		{[]*sanctions.Entity{uz}, []string{"UZ"}},
		{[]*sanctions.Entity{uz, other}, []string{"O"}},
		// Two bodies of one name in two countries.
		{[]*sanctions.Entity{uz, {ID: "TJ", Type: sanctions.Organisation, Names: []sanctions.Name{{Whole: "Islamic Jihad Group of Tajikistan"}}}}, nil},
	} {
		ix := NewIndex(tt.list)
		var got []string
		for _, m := range ix.Search(q, DefaultMin) {
			got = append(got, m.Entity.ID)
		}
		if strings.Join(got, " ") != strings.Join(tt.want, " ") {
			t.Errorf("%q among %d entities found %v, want %v", q.Name, len(tt.list), got, tt.want)
		}
	}
}
