package screen

import (
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/acquis-eu/acquis/sanctions"
	"github.com/acquis-eu/acquis/sanctions/fsf"
)

// The benchmark list: the 595 entities of the EU's legacy list of
// February 2016, each with nine variants whose names recombine the real
// words of the list, about 6,000 entities and 30,000 names in all.
const (
	benchFile     = "../fsf/testdata/real/eu_fsf_v1_0_2016_excerpt_opendatalabcz.xml"
	benchVariants = 10 // the entity itself and nine variants
	benchQueries  = 1000
)

var benchData = sync.OnceValues(func() ([]*sanctions.Entity, error) {
	f, err := os.Open(benchFile)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	_, es, err := fsf.ReadAll(f)
	if err != nil {
		return nil, err
	}
	return benchScaleList(es, benchVariants), nil
})

// readList reads a list of the Financial Sanctions Files and indexes its
// entities by ID.
func readList(tb testing.TB, name string) ([]*sanctions.Entity, map[string]*sanctions.Entity) {
	tb.Helper()
	f, err := os.Open(name)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	_, all, err := fsf.ReadAll(f)
	if err != nil {
		tb.Fatalf("fsf.ReadAll(%s): %v", name, err)
	}
	byID := make(map[string]*sanctions.Entity, len(all))
	for _, e := range all {
		byID[e.ID] = e
	}
	return all, byID
}

// benchList returns the benchmark list.
func benchList(tb testing.TB) []*sanctions.Entity {
	tb.Helper()
	es, err := benchData()
	if err != nil {
		tb.Fatalf("no benchmark list: %v", err)
	}
	return es
}

// benchScaleList returns es and n-1 variants of each entity: a variant maps
// each word of the entity's names, with probability one half, to a word
// of the same script drawn from the words of the entities of the same
// type, each as often as the list writes it, the same way in all the
// variant's aliases. The variants keep the structure of the real entries
// (aliases per entity, words per alias, languages) and the frequencies of
// the real words.
func benchScaleList(es []*sanctions.Entity, n int) []*sanctions.Entity {
	pool := map[string][]string{} // type and script -> every word written, so that a word is drawn as often as it is used
	for _, e := range es {
		for _, nm := range e.Names {
			for _, w := range strings.Fields(nm.Full()) {
				k := benchPoolKey(e.Type, w)
				pool[k] = append(pool[k], w)
			}
		}
	}
	out := slices.Clone(es)
	for v := 1; v < n; v++ {
		for ei, e := range es {
			r := rand.New(rand.NewPCG(uint64(ei), uint64(v)))
			swap := map[string]string{}
			mapWords := func(s string) string {
				ws := strings.Fields(s)
				for i, w := range ws {
					to, ok := swap[w]
					if !ok {
						to = w
						if p := pool[benchPoolKey(e.Type, w)]; len(p) > 0 && r.IntN(2) == 0 {
							to = p[r.IntN(len(p))]
						}
						swap[w] = to
					}
					ws[i] = to
				}
				return strings.Join(ws, " ")
			}
			x := *e
			x.ID = fmt.Sprintf("%s-v%d", e.ID, v)
			x.Names = slices.Clone(e.Names)
			for i := range x.Names {
				nm := &x.Names[i]
				nm.Whole, nm.First, nm.Middle, nm.Last = mapWords(nm.Whole), mapWords(nm.First), mapWords(nm.Middle), mapWords(nm.Last)
			}
			x.BirthDates = slices.Clone(e.BirthDates)
			for i := range x.BirthDates {
				b := &x.BirthDates[i]
				b.Date = b.Date.AddYears(v)
				if b.Year != 0 {
					b.Year += v
				}
			}
			x.Identifications = slices.Clone(e.Identifications)
			for i := range x.Identifications {
				x.Identifications[i].Number += fmt.Sprintf("-%d", v)
			}
			out = append(out, &x)
		}
	}
	return out
}

func benchPoolKey(t sanctions.Type, w string) string {
	r, _ := utf8.DecodeRuneInString(w)
	script := "latin"
	switch {
	case r >= 0x370 && r < 0x400:
		script = "greek"
	case r >= 0x400 && r < 0x530:
		script = "cyrillic"
	case r >= 0x600 && r < 0x700:
		script = "arabic"
	}
	return t.String() + "/" + script
}

// Names that are not in the list, for the unlisted queries.
var (
	benchFirst = []string{"Anna", "Peter", "Maria", "Jan", "Sophie", "Lukas", "Elena", "Marco", "Ingrid", "Tomasz",
		"Claire", "Jens", "Katarzyna", "Pieter", "Giulia", "Oskar", "Nina", "Hugo", "Zofia", "Matteo"}
	benchLast = []string{"Müller", "Nowak", "Novák", "Rossi", "García", "Dubois", "Jensen", "Horvath", "De Vries",
		"Andersson", "Popescu", "Kowalski", "Papadopoulos", "Schmidt", "Martin", "Silva", "Nieminen", "Kask", "Berzins", "Murphy"}
)

// benchQueryMix returns the benchmark's queries, the same on every run:
// listed names as written (30%), in another order or with a word left out
// (15%), with a typo (20%), respelled by the variations of transliteration
// (15%), and unlisted names (20%); one query in ten gives a birth date.
func benchQueryMix(es []*sanctions.Entity, n int) []Query {
	r := rand.New(rand.NewPCG(2016, 2))
	var qs []Query
	for len(qs) < n {
		e := es[r.IntN(len(es))]
		if len(e.Names) == 0 {
			continue
		}
		name := e.Names[r.IntN(len(e.Names))].Full()
		ws := strings.Fields(name)
		var q Query
		switch k := r.IntN(100); {
		case k < 30:
			q.Name = name
		case k < 45:
			if len(ws) > 2 && r.IntN(2) == 0 {
				ws = slices.Delete(ws, 1, 2)
				q.Name = strings.Join(ws, " ")
			} else {
				q.Name = ws[len(ws)-1] + ", " + strings.Join(ws[:len(ws)-1], " ")
			}
		case k < 65:
			q.Name = benchTypo(r, name)
		case k < 80:
			q.Name = benchRespell(r, name)
		default:
			q.Name = benchFirst[r.IntN(len(benchFirst))] + " " + benchLast[r.IntN(len(benchLast))]
		}
		if r.IntN(10) == 0 && len(e.BirthDates) > 0 {
			// A listed date a query can give (not a range nor free text).
			q.BirthDate, _ = ParseBirthDate(e.BirthDates[0].String())
		}
		qs = append(qs, q)
	}
	return qs
}

// benchTypo makes one typing error in s: a letter deleted, doubled, replaced
// or swapped with the next.
func benchTypo(r *rand.Rand, s string) string {
	rs := []rune(s)
	if len(rs) < 3 {
		return s
	}
	i := 1 + r.IntN(len(rs)-2)
	switch r.IntN(4) {
	case 0:
		rs = slices.Delete(rs, i, i+1)
	case 1:
		rs = slices.Insert(rs, i, rs[i])
	case 2:
		rs[i] = rune('a' + r.IntN(26))
	default:
		rs[i], rs[i+1] = rs[i+1], rs[i]
	}
	return string(rs)
}

// benchRespell writes s as another transliteration system might.
func benchRespell(r *rand.Rand, s string) string {
	pairs := [][2]string{{"sh", "sch"}, {"u", "ou"}, {"v", "w"}, {"y", "j"}, {"ks", "x"}, {"i", "y"}, {"kh", "ch"},
		{"ch", "tch"}, {"ee", "i"}, {"ou", "u"}, {"x", "ks"}, {"a", "e"}}
	for range 2 {
		p := pairs[r.IntN(len(pairs))]
		s = strings.Replace(s, p[0], p[1], 1)
	}
	return s
}
