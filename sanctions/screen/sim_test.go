package screen

import (
	"math"
	"math/rand/v2"
	"os"
	"strings"
	"testing"

	"github.com/acquis-eu/acquis/sanctions"
)

func TestSimilarity(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want float64
	}{
		{"lukashenko", "lukashenko", 1},
		{"lukashenka", "lukashenko", 1 - 4.0/200}, // a final vowel
		{"aleksander", "aleksandr", 1 - 10.0/200}, // a vowel deleted
		{"aleksandre", "aleksandr", 1 - 5.0/200},  // a final vowel deleted
		{"chrenin", "hrenin", 1 - 6.0/140},        // the c of ch
		{"lukachenko", "lukashenko", 1 - 6.0/200}, // French ch, sh
		{"viktar", "viktor", 1 - 8.0/120},         // a vowel
		{"kuzmenko", "kusmenko", 1 - 10.0/160},    // z, s
		{"kabongo", "lubanga", 0},                 // not a pair
		{"ab", "", 0},                             // one empty
	} {
		if got := similarityAbove(tt.a, tt.b, floorTwentieths); got != tt.want {
			t.Errorf("similarityAbove(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
		if got, back := similarityAbove(tt.a, tt.b, floorTwentieths), similarityAbove(tt.b, tt.a, floorTwentieths); got != back {
			t.Errorf("similarityAbove(%q, %q) = %v, but %v the other way", tt.a, tt.b, got, back)
		}
	}
}

// neighbourhoodMembers returns the members of the neighbourhoods of t as strings: what
// the lookup keys hash.
func neighbourhoodMembers(t *token) map[string]bool {
	m := map[string]bool{}
	add := func(prefix, s string, min int) {
		m[prefix+s] = true
		if len(s) >= min {
			for i := range len(s) {
				if i == 0 && len(s) < minFirstEdit {
					continue
				}
				m[prefix+s[:i]+s[i+1:]] = true
			}
		}
	}
	add("s:", t.skel, minSkelEdit)
	add("k:", t.key, minKeyEdit)
	for _, a := range t.alts {
		add("s:", a.skel, minSkelEdit)
		add("k:", a.key, minKeyEdit)
	}
	if t.plain != "" {
		add("k:", t.plain, minKeyEdit)
	}
	return m
}

// TestReachIsLookup checks that two tokens are within reach exactly when
// their neighbourhoods share a member, and then share a lookup key: the
// index finds every word the scan would pair.
func TestReachIsLookup(t *testing.T) {
	var words []string
	for _, g := range sameNameSpellings {
		words = append(words, g...)
	}
	r := rand.New(rand.NewPCG(1, 2))
	const letters = "aeioubcdhkszvnrlt"
	edit := func(s string) string {
		b := []byte(s)
		i := r.IntN(len(b) + 1)
		switch r.IntN(4) {
		case 0:
			if i < len(b) {
				b = append(b[:i], b[i+1:]...)
			}
		case 1:
			b = append(b[:i], append([]byte{letters[r.IntN(len(letters))]}, b[i:]...)...)
		case 2:
			if i < len(b) {
				b[i] = letters[r.IntN(len(letters))]
			}
		default:
			if i+1 < len(b) {
				b[i], b[i+1] = b[i+1], b[i]
			}
		}
		return string(b)
	}
	h := newHasher()
	reached := 0
	for range 20000 {
		a := tokens(words[r.IntN(len(words))], "")
		if len(a) == 0 {
			continue
		}
		b := a[0].key
		for range 1 + r.IntN(3) {
			b = edit(b)
		}
		tb := tokens(b, "")
		if len(tb) != 1 {
			continue
		}
		ta := &a[0]
		shared := false
		ma := neighbourhoodMembers(ta)
		for k := range neighbourhoodMembers(&tb[0]) {
			shared = shared || ma[k]
		}
		within := reach(ta, &tb[0])
		if within != shared {
			t.Fatalf("reach(%q, %q) = %v, but their neighbourhoods share a member: %v", ta.key, tb[0].key, within, shared)
		}
		if reach(&tb[0], ta) != within {
			t.Fatalf("reach(%q, %q) is not symmetric", ta.key, tb[0].key)
		}
		if !within {
			continue
		}
		reached++
		if !sharesKey(h, ta, &tb[0], false) || !sharesKey(h, &tb[0], ta, false) {
			t.Fatalf("%q and %q are within reach but share no lookup key", ta.key, tb[0].key)
		}
	}
	if reached < 1000 {
		t.Errorf("only %d pairs within reach: the test proves little", reached)
	}
}

func TestNearOne(t *testing.T) {
	for _, tt := range []struct {
		x, y string
		want bool
	}{
		{"abcde", "abcde", true},
		{"abcde", "abde", true},   // a deletion
		{"abcde", "abxde", true},  // a substitution
		{"abcde", "abdce", true},  // neighbours swapped
		{"abcde", "bcdea", true},  // one deleted at each end
		{"abcde", "axcxe", false}, // two substitutions
		{"abc", "abd", false},     // too short for an edit
		{"abcd", "abc", false},    // too short for an edit
		{"abcdef", "abc", false},
	} {
		if got := near1(tt.x, tt.y, 5); got != tt.want {
			t.Errorf("near1(%q, %q) = %v, want %v", tt.x, tt.y, got, tt.want)
		}
		if got := near1(tt.y, tt.x, 5); got != tt.want {
			t.Errorf("near1(%q, %q) = %v, want %v", tt.y, tt.x, got, tt.want)
		}
	}
}

// TestReachShort checks that a typo inside a word of four letters is within
// reach, and another first letter is not unless the word is longer.
func TestReachShort(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Haji", "Hjai", true}, {"Amin", "Amir", true}, {"Jan", "Jab", false},
		{"Ali", "Wali", false}, {"Amir", "Samir", true}, {"Kabir", "Abir", true}, {"Bashir", "Bahsir", true},
	} {
		ta, tb := tokens(c.a, ""), tokens(c.b, "")
		if got := reach(&ta[0], &tb[0]); got != c.want {
			t.Errorf("reach(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// sharesKey reports whether the index, having filed b, finds it by a key
// that a probes with.
func sharesKey(h hasher, a, b *token, kanaWords bool) bool {
	filed := map[uint64]bool{}
	h.fileKeys(b, func(k uint64) { filed[k] = true })
	found := false
	h.probeKeys(a, kanaWords || b.kana, func(k uint64) { found = found || filed[k] })
	return found
}

// TestKanaReachIsLookup checks, on the katakana names of pairs.tsv and
// their Latin spellings, and on each name with its letters l, r, b, f, v
// changed, that words within reach by their kana skeletons share a lookup
// key both ways: the index finds what the scan pairs when one of the
// words is written in kana.
func TestKanaReachIsLookup(t *testing.T) {
	f, err := os.ReadFile("testdata/pairs.tsv")
	if err != nil {
		t.Fatal(err)
	}
	var kana, latin []token
	for _, line := range strings.Split(string(f), "\n") {
		fs := strings.Split(line, "\t")
		if len(fs) != 7 || fs[5] != "JA" {
			continue
		}
		for _, tk := range tokens(fs[4], "") {
			if tk.kana {
				kana = append(kana, tk)
			}
		}
		for _, w := range []string{fs[3], strings.NewReplacer("l", "r", "b", "v", "f", "v").Replace(fs[3])} {
			for _, tk := range tokens(w, "") {
				if !tk.kana {
					latin = append(latin, tk)
				}
			}
		}
	}
	if len(kana) < 50 || len(latin) < 50 {
		t.Fatalf("%d kana and %d Latin words: the test proves little", len(kana), len(latin))
	}
	h := newHasher()
	within := 0
	for i := range kana {
		for j := range latin {
			a, b := &kana[i], &latin[j]
			if !reach(a, b) {
				continue
			}
			within++
			if !sharesKey(h, a, b, false) || !sharesKey(h, b, a, false) {
				t.Errorf("%q (kana) and %q are within reach but share no lookup key", a.key, b.key)
			}
		}
	}
	if within < 40 {
		t.Errorf("only %d kana and Latin words within reach: the test proves little", within)
	}
	t.Logf("%d pairs of a kana and a Latin word within reach", within)
}

// TestNeighbourhoodHashes checks that neighbourhood gives, for each letter
// it deletes, the hash of the string that deletion leaves, computed on its
// own (a string shorter than min gives its hash alone), for strings of
// every length up to beyond a key's.
func TestNeighbourhoodHashes(t *testing.T) {
	const seed = 12345
	hashOf := func(s string) uint64 {
		var hs []uint64
		neighbourhood(seed, s, len(s)+1, func(h uint64) { hs = append(hs, h) })
		if len(hs) != 1 {
			t.Fatalf("neighbourhood(%q) below min gave %d hashes, want 1", s, len(hs))
		}
		return hs[0]
	}
	r := rand.New(rand.NewPCG(3, 4))
	for range 2000 {
		b := make([]byte, r.IntN(maxKeyLen+8))
		for i := range b {
			b[i] = "abcdeabcxyz"[r.IntN(11)]
		}
		s := string(b)
		var got []uint64
		neighbourhood(seed, s, minKeyEdit, func(h uint64) { got = append(got, h) })
		want := map[uint64]bool{hashOf(s): true}
		if len(s) >= minKeyEdit {
			for i := range len(s) {
				if i > 0 || len(s) >= minFirstEdit {
					want[hashOf(s[:i]+s[i+1:])] = true
				}
			}
		}
		gotSet := map[uint64]bool{}
		for _, h := range got {
			gotSet[h] = true
		}
		if len(got) != len(want) || len(gotSet) != len(want) {
			t.Fatalf("neighbourhood(%q) gave %d hashes (%d distinct), want the %d of its distinct deletions", s, len(got), len(gotSet), len(want))
		}
		for h := range want {
			if !gotSet[h] {
				t.Fatalf("neighbourhood(%q) lacks the hash of a deletion", s)
			}
		}
	}
}

func TestSlipOf(t *testing.T) {
	for _, tt := range []struct {
		q, n string
		want bool
	}{
		{"Jab", "Jan", true},     // b beside n
		{"JAM", "jan", true},     // m beside n, either case
		{"Ruad", "Fuad", true},   // the first letter, r beside f
		{"Avu", "Abu", true},     // v beside b
		{"Dan", "Jan", false},    // d is far from j: another name
		{"Au", "Abu", true},      // a letter left out
		{"Abuu", "Abu", true},    // a letter typed twice
		{"Abvu", "Abu", true},    // a letter added, v beside b
		{"Abxu", "Abu", false},   // x touches neither b nor u
		{"Abuy", "Abu", true},    // y beside u
		{"li", "Ali", false},     // the first letter left out: another name
		{"Wali", "Ali", false},   // the first letter added
		{"Hjai", "Haji", true},   // neighbours swapped
		{"aHji", "Haji", true},   // the first two swapped
		{"Hiaj", "Haji", false},  // two swaps
		{"Jan", "Jan", false},    // the same word
		{"Jbn", "Jan", false},    // b is not beside a
		{"Fatm", "Fatma", false}, // a name word of five letters is within reach
		{"Mullah", "Mulla", false},
		{"Jäb", "Jan", false}, // letters a to z only
		{"J4n", "Jan", false},
		{"Ja", "Jan", true},
		{"J", "Ja", false},
	} {
		if got := slipOf(tt.q, tt.n); got != tt.want {
			t.Errorf("slipOf(%q, %q) = %v, want %v", tt.q, tt.n, got, tt.want)
		}
	}
}

func TestKeyboardNeighbours(t *testing.T) {
	want := map[byte]string{
		'q': "wa", 'a': "qwsz", 'g': "ftyhvb", 'p': "ol", 'm': "njk", 'z': "asx", 'l': "kop", 'k': "jliom",
	}
	for c, ns := range want {
		for b := byte('a'); b <= 'z'; b++ {
			if got := neighbours(c, b); got != (strings.IndexByte(ns, b) >= 0) {
				t.Errorf("neighbours(%c, %c) = %v, want %v", c, b, got, !got)
			}
		}
	}
	for a := byte('a'); a <= 'z'; a++ {
		for b := byte('a'); b <= 'z'; b++ {
			if neighbours(a, b) != neighbours(b, a) {
				t.Errorf("neighbours(%c, %c) is not neighbours(%c, %c)", a, b, b, a)
			}
		}
	}
}

// TestMerelySimilar checks that two names more than one edit apart and
// alike less than 0.75 count their similarity squared, that one edit keeps
// its own, and that a word an alias's language reads otherwise than a
// query does still meets itself as written.
func TestMerelySimilar(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want float64
	}{
		{"potanin", "putin", (1 - 38.0/140) * (1 - 38.0/140)}, // o u, a, n: three edits
		{"terfi", "rerfi", 0.7},                               // the first letter: one edit
		{"abdul", "adbul", 0.8},                               // two neighbours swapped: one edit
		{"svetlana", "sviatlana", 1 - 18.0/180},               // the spellings of transcriptions
	} {
		if got := wordSimilarity(tt.a, tt.b); math.Abs(got-tt.want) > 1e-9 {
			t.Errorf("wordSimilarity(%q, %q) = %.4f, want %.4f", tt.a, tt.b, got, tt.want)
		}
	}
	checkFoundAlone(t, []foundCase{
		{"Vladimir Potanin", "Vladimir Putin", false},
		{"Sergei Ivanov", "Sergei Ivanko", false},
		{"Rerfi Farid", "Terfi Farid", true},
		{"Swetlana Tichanowskaja", "Sviatlana Tsikhanouskaya", true},
	})
	ix := NewIndex([]*sanctions.Entity{{ID: "X", Type: sanctions.Organisation, Names: []sanctions.Name{{Whole: "Xellug Rivoluzzjonarju", Language: "MT"}}}})
	if ms := ix.Search(Query{Name: "Xellug Rivoluzzjonarju"}, DefaultMin); len(ms) != 1 || ms[0].Score != 1 {
		t.Errorf("Search(Xellug Rivoluzzjonarju) against the Maltese alias = %v, want one match of 1", ms)
	}
}
