package screen

import (
	"slices"
	"strings"
	"sync"
)

// Places. The name of an organisation often ends with the country it
// belongs to, after a word for of: Sberbank of Russia, Export Development
// Bank of Iran, Petróleos de Venezuela. Records write it or leave it out
// for one body. The words of a country's name that end the name of an
// organisation after a word for of (placeOf), with the minor words
// between (of the), and after at least one name word, are its place:
// each weighs weightPlace, so that a name written without its place still
// meets it (Sberbank, PJSC Sberbank of Russia: 0.83), while a query that
// names another place, or another word in its stead, does not (Central
// Bank of Syria, Central Bank of Iran; Egyptian Islamic Movement, Islamic
// Movement of Uzbekistan: otherPlace). A word of a place pairs with the
// word it is written as in a name that does not end with it, as a name
// word or a minor word does.
//
// A country written without of does not mark a place: it names a
// subsidiary or a branch as often as the body itself (Sberbank
// Kazakhstan, a subsidiary of Sberbank of Russia; Al-Haramain Foundation
// (Indonesia) and Al-Qaida in Iraq, other entities than Al-Haramain
// Islamic Foundation and Al-Qaida in the EU's list of 11 February 2016),
// so that Bank Melli Iran keeps the weight of Iran. And a place keeps its
// weights in the names of an entity that it tells apart from another of
// the index (placeTells). A query's name has a place on the same terms,
// unless the query is a person's.
//
// The names of countries are those of countryTable (ISO 3166-1 and the
// Unicode CLDR), without those written with a comma (Korea, Republic of),
// whose words are those of another. Not the adjectives (Russian, Iranian),
// of which the package has no table: Aeroflot Russian Airlines keeps the
// weight of Russian.
//
// weightPlace is chosen so that a name of one word still meets its
// company's whole name when the query leaves out both its legal form and
// its place (Sberbank, Public Joint Stock Company Sberbank of Russia: 1 /
// (1 + weightCompany + 2 × 0.05) = 0.83, above DefaultMin): at
// weightCompany, 0.1, it would be 0.77, and at weightMinor 0.63.
const weightPlace = 0.05

// placeTable maps the last key of each name of a country to the keys of
// the names that end with it, the longest first.
var placeTable = sync.OnceValue(func() map[string][][]string {
	m := map[string][][]string{}
	for _, e := range countryTable {
		for _, n := range strings.Split(e.names, "|") {
			if strings.Contains(n, ",") {
				continue
			}
			var ks []string
			for _, t := range tokens(n, "") {
				ks = append(ks, t.key)
			}
			if len(ks) == 0 || slices.ContainsFunc(m[ks[len(ks)-1]], func(o []string) bool { return slices.Equal(o, ks) }) {
				continue
			}
			last := ks[len(ks)-1]
			m[last] = append(m[last], ks)
		}
	}
	for _, ps := range m {
		slices.SortStableFunc(ps, func(a, b []string) int { return len(b) - len(a) })
	}
	return m
})

// isPlaceWord reports whether key k is a word of a country's name that
// a place may end with or be (Syria, Iran).
func isPlaceWord(k string) bool { return len(placeTable()[k]) > 0 }

// placeStart returns the index of the first word of the place that ends
// tokens ts (see weightPlace), the minor words before the country's name
// included, or -1 when ts ends with none.
func placeStart(ts []token) int {
	if len(ts) < 2 {
		return -1
	}
	start := -1
	for _, p := range placeTable()[ts[len(ts)-1].key] {
		if k := len(ts) - len(p); k >= 1 && slices.EqualFunc(ts[k:], p, func(t token, key string) bool { return t.key == key }) {
			start = k
			break
		}
	}
	if start < 0 {
		return -1
	}
	for start > 0 && placeArticles[ts[start-1].key] && ts[start-1].weight == weightMinor {
		start-- // of the Philippines
	}
	if start == 0 || !placeOf[ts[start-1].key] || ts[start-1].weight != weightMinor {
		return -1
	}
	start--
	if !slices.ContainsFunc(ts[:start], func(t token) bool { return t.weight == weightName }) {
		return -1
	}
	return start
}

// placeOf are the keys of the words for of in the languages of the lists,
// which mark a place as the body's own: English of, French de, du and
// des, Spanish and Portuguese de, del, do and da, Italian di and del.
// placeArticles are the keys of the articles that may follow them: the,
// la, le, les, and el, whose key is al's.
var (
	placeOf       = map[string]bool{"of": true, "de": true, "du": true, "des": true, "del": true, "do": true, "da": true, "di": true}
	placeArticles = map[string]bool{"te": true, "la": true, "le": true, "les": true, "al": true}
)

// keysOf returns the keys of tokens ts, joined by spaces.
func keysOf(ts []token) string {
	var b strings.Builder
	for i, t := range ts {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.key)
	}
	return b.String()
}

// placeTells returns the entities whose places tell them apart from
// others, and that keep the weights of their places: another entity has
// one of their names before its place with another place or none, in any
// of their aliases (Islamic Jihad Group of Uzbekistan, beside an entity
// named Islamic Jihad Group). orgs holds the aliases of the
// organisations, by entity, as readAliases reads them; nil for an entity
// that is not one.
func placeTells(orgs [][][]aliasName) map[int]bool {
	before := map[string][]int{} // the keys of a name before its place -> its entities
	firsts := map[string]bool{}  // their first keys
	for ei, vs := range orgs {
		for _, ns := range vs {
			for _, n := range ns {
				for _, ts := range n.toks {
					if k := placeStart(ts); k >= 0 {
						b := keysOf(ts[:k])
						if !slices.Contains(before[b], ei) {
							before[b] = append(before[b], ei)
						}
						firsts[ts[0].key] = true
					}
				}
			}
		}
	}
	tells := map[int]bool{}
	tell := func(es []int) {
		for _, e := range es {
			tells[e] = true
		}
	}
	for _, es := range before {
		if len(es) > 1 {
			tell(es)
		}
	}
	if len(firsts) == 0 {
		return tells
	}
	for ei, vs := range orgs {
		for _, ns := range vs {
			for _, n := range ns {
				for _, ts := range n.toks {
					// Another entity's whole name that is the name before a
					// place.
					if len(ts) > 0 && firsts[ts[0].key] {
						if es := before[keysOf(ts)]; len(es) > 0 && (len(es) > 1 || es[0] != ei) {
							tell(es)
						}
					}
				}
			}
		}
	}
	return tells
}

// markPlace gives the words of the place that ends tokens ts, a name of
// an organisation, weightPlace.
func markPlace(ts []token) {
	if k := placeStart(ts); k >= 0 {
		for i := k; i < len(ts); i++ {
			ts[i].weight = weightPlace
		}
	}
}

// otherPlace reports whether an organisation's alias ends with a place
// the query does not name, while the query has a word the alias does not:
// a country's name, another place (Central Bank of Iran, Central Bank of
// Syria), or a name word, which may name the place otherwise (Egyptian
// Islamic Movement, Islamic Movement of Uzbekistan), and is at least a
// word the alias lacks. It sets the words in a.
func (ix *Index) otherPlace(f *qform, toks []nameTok, a *alignment) conflict {
	if len(toks) == 0 || toks[len(toks)-1].weight != weightPlace {
		return noConflict // a place ends a name, or there is none
	}
	nx := -1
	for j, t := range toks {
		if v := &ix.vocab[t.vocab]; a.matchedN&(1<<j) == 0 && v.weight == weightPlace && isPlaceWord(v.key) {
			nx = j
		}
	}
	if nx < 0 {
		return noConflict
	}
	found, qx := noConflict, -1
	for i := range f.toks {
		switch t := &f.toks[i]; {
		case a.matchedQ&(1<<i) != 0:
		case isPlaceWord(t.key):
			a.qx, a.nx = i, nx
			return conflictPlace
		case t.weight == weightName && qx < 0:
			found, qx = conflictPlaceWord, i
		}
	}
	if found != noConflict {
		a.qx, a.nx = qx, nx
	}
	return found
}
