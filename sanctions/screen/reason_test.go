package screen

import (
	"math"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"github.com/acquis-eu/acquis/sanctions"
)

// TestAppendFixed2 checks appendFixed2 against strconv on the numbers a
// reason writes, on the halves of hundredths and their neighbours, where
// rounding is decided, and on random numbers of every magnitude.
func TestAppendFixed2(t *testing.T) {
	xs := []float64{0, math.Copysign(0, -1), 1, -1, 0.8, 0.85, 0.95, 0.75, 0.005, 0.015, 0.125, 0.375, 2.675, 1.005,
		-0.001, -0.005, -0.1, 0.995, 0.9999, 1 << 26, 1<<26 - 0.005, 1e300, -1e300, math.Inf(1), math.Inf(-1), math.NaN(),
		math.SmallestNonzeroFloat64, math.MaxFloat64}
	for k := range 200000 {
		h := float64(k) / 200 // the halves of hundredths up to 1000, and their neighbours
		xs = append(xs, h, -h, math.Nextafter(h, 0), math.Nextafter(h, 2000), -math.Nextafter(h, 2000))
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 200000 {
		xs = append(xs, r.Float64(), r.NormFloat64()*1000, math.Ldexp(r.Float64(), r.IntN(80)-40))
	}
	for _, x := range xs {
		want := strconv.AppendFloat(nil, x, 'f', 2, 64)
		if got := appendFixed2(nil, x); string(got) != string(want) {
			t.Errorf("appendFixed2(%v) = %s, want %s", x, got, want)
		}
	}
}

// TestAppendQuote checks appendQuote against strconv.
func TestAppendQuote(t *testing.T) {
	for _, s := range []string{"", "Abdul Rahman", `a "b"`, `a\b`, "tab\there", "Лукашенко", "\x7f", "~ !", "\u202e", "\xff"} {
		if got, want := string(appendQuote([]byte("x"), s)), string(strconv.AppendQuote([]byte("x"), s)); got != want {
			t.Errorf("appendQuote(%q) = %s, want %s", s, got, want)
		}
	}
}

// TestConflictReasons checks that the reason of a score capped by a
// conflict names the conflict and the words it found it in.
func TestConflictReasons(t *testing.T) {
	for _, tt := range []struct {
		query, alias, want string
	}{
		{"Putin", "Vladimir Putin", "one name word in common only"},
		{"Abdallah", "Kamal Mustafa Abdallah", "one name word in common only"}, // abd and its name, one name
		{"Abdul Rahman", "Shaikh Mohd Ismail Abdul Rehman", "one name word in common only"},
		{"R. B. Kadyrov", "Ramzan Akhmatovich Kadyrov", "the initial stands for another given name: B, Akhmatovich"},
		{"Olga Barynova", "Oleg Baranov", "masculine and feminine forms"},
		{"Hasan bin Ahmad al-Ubaidi", "Ahmad bin Hasan al-Ubaidi", "the genealogy is in another order"},
		{"Ahmad Hasan al-Dulaimi", "Ahmad Hasan al-Tikriti", "another family or tribal name: Dulaimi, Tikriti"},
		{"Nur al-Din Haqqani", "Jalal al-Din Haqqani", "another name before al-Din: Nur, Jalal"},
		{"Qusay Saddam Hussein Al-Tikriti", "Raghad Saddam Hussein Al-Tikriti", "another first name: Qusay, Raghad"},
		{"Ri Pyong Chol", "Pak Pyong Chol", "another first name: Ri, Pak"},
		{"Barzan Ibrahim Hassan Al-Tikriti", "Saja Barzan Ibrahim Hasan Al-Tikriti", "a genealogy one generation apart: Barzan, Saja"},
		{"Ali Saddam Hussein Al-Tikriti", "Saddam Hussein Al-Tikriti", "a genealogy one generation apart: Ali, Saddam"},
		{"Central Bank of Syria", "Central Bank of Iran", "another place: Syria, Iran"},
		{"Egyptian Islamic Movement", "Islamic Movement of Uzbekistan", "a word of the query's beside the alias's place: Egyptian, Uzbekistan"},
	} {
		typ := sanctions.Person
		if strings.Contains(tt.want, "place") {
			typ = sanctions.Organisation
		}
		ix := NewIndex([]*sanctions.Entity{{ID: "X", Type: typ, Names: []sanctions.Name{{Whole: tt.alias}}}})
		ms := ix.Scan(Query{Name: tt.query}, 0)
		if len(ms) != 1 || ms[0].Score > oneWordCap || !strings.Contains(ms[0].Reason, tt.want) {
			t.Errorf("%q ~ %q: %v, want a score of at most %v and a reason with %q", tt.query, tt.alias, ms, oneWordCap, tt.want)
		}
	}
	// No conflict: one name with abd, Muhammad left out before a given
	// name, and a first name mistyped (its first letter left out, which
	// the reach of a short word spares).
	checkFoundAlone(t, []foundCase{
		{"aqr al-Kabisi Abd Aqala", "Saqr al-Kabisi Abd Aqala", true},
		{"Qusai Saddam Hussein Al-Tikriti", "Qusay Saddam Hussein Al-Tikriti", true},
		{"Mullah Rauf Aliza", "Mullah Abdul Rauf Aliza", true},
		{"Shaikh Ismail Abdul Rehman", "Shaikh Mohd Ismail Abdul Rehman", true},
		{"Saddam Hussein Al-Tikriti", "Saddam Hussein Abd al-Majid Al-Tikriti", true},
		{"Khalid Wadood", "Khalid Abdul Wadood", true}, // the name after abd alone is a name
		{"Abdelrahmman", "Abdul Rahman", true},
	})
}
