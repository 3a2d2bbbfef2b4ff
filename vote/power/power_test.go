package power_test

import (
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/acquis-eu/acquis"
	"github.com/acquis-eu/acquis/vote"
	"github.com/acquis-eu/acquis/vote/power"
)

// candidateA is section 4.4 of the reference (shared/reference/eu-voting.md):
// the population vector "candidate A" of the EU27, and the indices of the
// qualified majority of Article 16(4) TEU computed on it by exact
// enumeration: member, population, swings, Penrose, normalised Banzhaf,
// Shapley-Shubik (to 8 decimals).
const candidateA = `
DE 83019213 14090807 0.20996939 0.12068028 0.17651539
FR 67012883 11657061 0.17370375 0.09983653 0.13257972
IT 60359546 10546487 0.15715490 0.09032506 0.11803332
ES 46937060 8910413 0.13277550 0.07631295 0.09032921
PL 37972812 7525427 0.11213760 0.06445128 0.06907820
RO 19414458 4633823 0.06904934 0.03968623 0.03898384
NL 17282163 4346971 0.06477492 0.03722950 0.03548254
BE 11467923 3551013 0.05291422 0.03041254 0.02612582
EL 10722287 3447911 0.05137788 0.02952953 0.02491906
CZ 10649800 3437649 0.05122496 0.02944164 0.02480063
PT 10276617 3386029 0.05045576 0.02899954 0.02420634
SE 10230185 3379543 0.05035912 0.02894399 0.02412622
HU 9772756 3315989 0.04941209 0.02839968 0.02339464
AT 8858775 3189347 0.04752497 0.02731506 0.02193139
BG 7000039 2930241 0.04366399 0.02509596 0.01895445
DK 5806081 2763567 0.04118036 0.02366848 0.01708589
FI 5517919 2723551 0.04058407 0.02332577 0.01661533
SK 5450421 2713933 0.04044075 0.02324339 0.01648885
IE 4904226 2637461 0.03930123 0.02258845 0.01561503
HR 4076246 2521525 0.03757365 0.02159552 0.01425547
LT 2794184 2341177 0.03488626 0.02005094 0.01226301
SI 2080908 2240225 0.03338195 0.01918634 0.01108259
LV 1919968 2217807 0.03304790 0.01899434 0.01083500
EE 1324820 2133679 0.03179429 0.01827383 0.00986168
CY 875898 2070329 0.03085031 0.01773127 0.00916077
LU 613894 2033347 0.03029923 0.01741454 0.00873804
MT 493559 2016163 0.03004317 0.01726736 0.00853756
`

// ukPopulation is the United Kingdom's figure added to candidate A for the
// EU28 of section 4.5.
const ukPopulation = 66_647_112

// row is one line of a reference table.
type row struct {
	m                        acquis.Member
	population, swings       int64
	penrose, banzhaf, shapSS string
}

func readRows(t testing.TB, text string) []row {
	t.Helper()
	var rows []row
	for _, line := range strings.Split(strings.TrimSpace(text), "\n") {
		f := strings.Fields(line)
		m, err := acquis.ParseMember(f[0])
		if err != nil {
			t.Fatal(err)
		}
		pop, err1 := strconv.ParseInt(f[1], 10, 64)
		swings, err2 := strconv.ParseInt(f[2], 10, 64)
		if err := errors.Join(err1, err2); err != nil {
			t.Fatal(err)
		}
		rows = append(rows, row{m, pop, swings, f[3], f[4], f[5]})
	}
	return rows
}

// council returns the Council on day with the candidate A figures, and the
// United Kingdom's if it is a member that day.
func council(t testing.TB, day string) vote.Council {
	t.Helper()
	c, err := vote.CouncilOn(acquis.MustParseDate(day))
	if err != nil {
		t.Fatal(err)
	}
	pop := map[acquis.Member]int64{}
	for _, r := range readRows(t, candidateA) {
		pop[r.m] = r.population
	}
	if c.Has(acquis.UK) {
		pop[acquis.UK] = ukPopulation
	}
	table, err := vote.TableOf("candidate A (shared/reference/eu-voting.md, section 4.4)", pop)
	if err != nil {
		t.Fatal(err)
	}
	c, err = c.WithTable(table)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func game(t testing.TB, c vote.Council, r vote.CouncilRule) power.Game {
	t.Helper()
	g, err := power.GameOf(c, r)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func among(t testing.TB, c vote.Council, r vote.CouncilRule, participating []acquis.Member) power.Game {
	t.Helper()
	g, err := power.GameAmong(c, r, participating)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func weighted(t testing.TB, weights []int, quota, minMembers int) power.Game {
	t.Helper()
	g, err := power.GameFromWeights(weights, quota, minMembers)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// checkSums checks that the normalised Banzhaf and Shapley-Shubik indices
// sum to exactly 1, and the swings to TotalSwings.
func checkSums(t *testing.T, ix power.Indices) {
	t.Helper()
	bz, ss := new(big.Rat), new(big.Rat)
	var swings int64
	for _, p := range ix.Players {
		bz.Add(bz, p.Banzhaf)
		ss.Add(ss, p.ShapleyShubik)
		swings += p.Swings
		var bySize int64
		for _, c := range p.SwingsBySize {
			bySize += c
		}
		if bySize != p.Swings {
			t.Errorf("player %d (%v): swings by size sum to %d, want %d", p.Index, p.Member, bySize, p.Swings)
		}
	}
	one := big.NewRat(1, 1)
	if bz.Cmp(one) != 0 || ss.Cmp(one) != 0 {
		t.Errorf("%v: normalised Banzhaf sums to %v and Shapley-Shubik to %v, want 1 and 1", ix.Game, bz, ss)
	}
	if swings != ix.TotalSwings {
		t.Errorf("%v: swings sum to %d, TotalSwings = %d", ix.Game, swings, ix.TotalSwings)
	}
}

// exact summarises a player's indices as exact fractions.
type exact struct {
	Swings                          int64
	Penrose, Banzhaf, ShapleyShubik string
}

func exacts(ix power.Indices) []exact {
	var out []exact
	for _, p := range ix.Players {
		out = append(out, exact{p.Swings, p.Penrose.RatString(), p.Banzhaf.RatString(), p.ShapleyShubik.RatString()})
	}
	return out
}

// TestWeightedAnchors checks the exact anchors of section 4.3 of the
// reference, which match the published examples of the powerindex and
// votingpower.r packages.
func TestWeightedAnchors(t *testing.T) {
	un := make([]int, 15)
	for i := range un {
		un[i] = 1
		if i < 5 {
			un[i] = 7
		}
	}
	permanent := exact{848, "53/1024", "106/635", "421/2145"} // 848 of 2^14 and of 5,080 swings
	elected := exact{84, "21/4096", "21/1270", "4/2145"}
	tests := []struct {
		name           string
		weights        []int
		quota, members int
		want           []exact
	}{
		{
			// Article 148(2) EEC Treaty: FR, DE, IT 4; BE, NL 2; LU 1; 12 of 17.
			name: "EEC 1958", weights: []int{4, 4, 4, 2, 2, 1}, quota: 12,
			want: []exact{
				{10, "5/16", "5/21", "7/30"}, {10, "5/16", "5/21", "7/30"}, {10, "5/16", "5/21", "7/30"},
				{6, "3/16", "1/7", "3/20"}, {6, "3/16", "1/7", "3/20"},
				{0, "0", "0", "0"},
			},
		},
		{
			// Article 27(3) of the Charter: nine members, the five permanent among them.
			name: "UN Security Council", weights: un, quota: 39,
			want: []exact{permanent, permanent, permanent, permanent, permanent,
				elected, elected, elected, elected, elected, elected, elected, elected, elected, elected},
		},
		{
			// The same as a headcount of nine with a condition on the
			// permanent members' weight: five of weight 1, ten of weight 0
			// would not do, but the minimum number of members does.
			name: "UN Security Council with minimum members", weights: []int{1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}, quota: 5, members: 9,
			want: []exact{permanent, permanent, permanent, permanent, permanent,
				elected, elected, elected, elected, elected, elected, elected, elected, elected, elected},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ix := weighted(t, tt.weights, tt.quota, tt.members).Indices()
			if diff := cmp.Diff(tt.want, exacts(ix)); diff != "" {
				t.Errorf("indices (-want +got):\n%s", diff)
			}
			checkSums(t, ix)
		})
	}
}

// TestCandidateA checks the qualified majority of Article 16(4) TEU for
// the EU27 on candidate A against section 4.4 of the reference, member by
// member.
func TestCandidateA(t *testing.T) {
	g := game(t, council(t, "2020-11-06"), vote.QualifiedMajority)
	if g.MinMembers() != 15 || g.Quota() != 290_442_517 || g.TotalWeight() != 446_834_641 || g.Clause() != 24 {
		t.Errorf("game %v: want 15 members, 290,442,517 of 446,834,641 persons, clause 24", g)
	}
	if !g.Exact() || g.Grade() != vote.Given {
		t.Errorf("game on a caller's table: Exact %v, Grade %v; want true, given", g.Exact(), g.Grade())
	}
	ix := g.Indices()
	if ix.TotalSwings != 116_761_475 {
		t.Errorf("total swings %d, want 116,761,475", ix.TotalSwings)
	}
	checkSums(t, ix)
	type entry struct {
		Member                          acquis.Member
		Swings                          int64
		Penrose, Banzhaf, ShapleyShubik string
	}
	var want, got []entry
	for _, r := range readRows(t, candidateA) {
		want = append(want, entry{r.m, r.swings, r.penrose, r.banzhaf, r.shapSS})
		p, ok := ix.Member(r.m)
		if !ok {
			t.Fatalf("%v is not a player", r.m)
		}
		if p.Population != r.population || p.Weight != r.population {
			t.Errorf("%v: population %d, weight %d; want %d", r.m, p.Population, p.Weight, r.population)
		}
		got = append(got, entry{p.Member, p.Swings, p.Penrose.FloatString(8), p.Banzhaf.FloatString(8), p.ShapleyShubik.FloatString(8)})
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("section 4.4 (-want +got):\n%s", diff)
	}
}

// TestScenarios checks the variants of section 4.5 of the reference.
func TestScenarios(t *testing.T) {
	tests := []struct {
		name   string
		day    string
		rule   vote.CouncilRule
		total  int64
		expect map[acquis.Member]string // Shapley-Shubik to 8 decimals
		bz     map[acquis.Member]string // normalised Banzhaf to 8 decimals
	}{
		{"EU27 QMV", "2020-11-06", vote.QualifiedMajority, 116_761_475,
			map[acquis.Member]string{acquis.DE: "0.17651539", acquis.MT: "0.00853756"}, map[acquis.Member]string{acquis.DE: "0.12068028"}},
		{"EU27 RQMV", "2020-11-06", vote.ReinforcedQualifiedMajority, 14_542_551,
			map[acquis.Member]string{acquis.DE: "0.08988577", acquis.MT: "0.02828513"}, nil},
		{"EU28 QMV", "2019-06-01", vote.QualifiedMajority, 221_858_400,
			map[acquis.Member]string{acquis.DE: "0.14647207", acquis.MT: "0.00883507", acquis.UK: "0.11133184"}, map[acquis.Member]string{acquis.DE: "0.10296891"}},
		{"EU28 RQMV", "2019-06-01", vote.ReinforcedQualifiedMajority, 21_259_922,
			map[acquis.Member]string{acquis.DE: "0.06767024", acquis.MT: "0.02872613"}, nil},
		{"Nice EU28, 260 of 352, at least 15 members", "2014-01-01", vote.NiceWeights, 53_716_926,
			map[acquis.Member]string{acquis.DE: "0.08485227", acquis.FR: "0.08485227", acquis.IT: "0.08485227", acquis.UK: "0.08485227", acquis.MT: "0.00806321"},
			map[acquis.Member]string{acquis.DE: "0.07594256"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ix := game(t, council(t, tt.day), tt.rule).Indices()
			if ix.TotalSwings != tt.total {
				t.Errorf("total swings %d, want %d", ix.TotalSwings, tt.total)
			}
			checkSums(t, ix)
			for want, index := range map[*map[acquis.Member]string]func(power.Player) *big.Rat{
				&tt.expect: func(p power.Player) *big.Rat { return p.ShapleyShubik },
				&tt.bz:     func(p power.Player) *big.Rat { return p.Banzhaf },
			} {
				for m, s := range *want {
					p, ok := ix.Member(m)
					if !ok {
						t.Fatalf("%v is not a player", m)
					}
					if got := index(p).FloatString(8); got != s {
						t.Errorf("%v: %s, want %s", m, got, s)
					}
				}
			}
		})
	}
}

// TestBrexit checks the direction of the change the studies of the United
// Kingdom's withdrawal report (Kirsch 2016; Kóczy 2021): under the qualified
// majority the largest members gain and the smallest lose.
func TestBrexit(t *testing.T) {
	eu28 := game(t, council(t, "2019-06-01"), vote.QualifiedMajority).Indices()
	eu27 := game(t, council(t, "2020-11-06"), vote.QualifiedMajority).Indices()
	for _, tt := range []struct {
		m     acquis.Member
		gains bool
	}{{acquis.DE, true}, {acquis.FR, true}, {acquis.MT, false}, {acquis.LU, false}} {
		before, _ := eu28.Member(tt.m)
		after, _ := eu27.Member(tt.m)
		if gained := after.ShapleyShubik.Cmp(before.ShapleyShubik) > 0; gained != tt.gains {
			_, _, b := before.Float()
			_, _, a := after.Float()
			t.Errorf("%v: Shapley-Shubik %.8f in the EU28, %.8f in the EU27; want a gain %v", tt.m, b, a, tt.gains)
		}
	}
}

// TestEmbeddedTable computes the qualified majority on the table embedded
// for 6 November 2020, whose figures are approximate: the game says so.
func TestEmbeddedTable(t *testing.T) {
	c, err := vote.CouncilOn(acquis.MustParseDate("2020-11-06"))
	if err != nil {
		t.Fatal(err)
	}
	g := game(t, c, vote.QualifiedMajority)
	if g.Exact() || g.Grade() != vote.Approximate {
		t.Errorf("game on the embedded 2020 table: Exact %v, Grade %v; want false, approximate", g.Exact(), g.Grade())
	}
	table, _ := g.Table()
	if table.Source() == "" || g.Basis() != "Art 16(4) TEU" || g.Date() != acquis.MustParseDate("2020-11-06") {
		t.Errorf("provenance: table %q, basis %q, date %v", table.Source(), g.Basis(), g.Date())
	}
	ix := g.Indices()
	checkSums(t, ix)
	de, _ := ix.Member(acquis.DE)
	mt, _ := ix.Member(acquis.MT)
	if _, _, ss := de.Float(); ss < 0.17 || ss > 0.18 {
		t.Errorf("DE Shapley-Shubik %.6f on the embedded table, want about 0.1765 as on candidate A", ss)
	}
	if de.Swings <= mt.Swings {
		t.Errorf("DE has %d swings, MT %d", de.Swings, mt.Swings)
	}
	// A simple majority counts no population: its game is exact whatever
	// the table.
	if g := game(t, c, vote.SimpleMajority); !g.Exact() {
		t.Errorf("%v: Exact false", g)
	}
}

// TestPartialParticipation checks the games of Article 238(3) TFEU.
func TestPartialParticipation(t *testing.T) {
	c := council(t, "2020-11-06")
	var all []acquis.Member
	for m := range c.Members() {
		all = append(all, m)
	}
	without := func(out ...acquis.Member) []acquis.Member {
		var ms []acquis.Member
		for _, m := range all {
			if !slices.Contains(out, m) {
				ms = append(ms, m)
			}
		}
		return ms
	}
	// Naming every member is full participation.
	if g := among(t, c, vote.QualifiedMajority, all); g.Basis() != "Art 16(4) TEU" || g.Clause() != 24 || g.MinMembers() != 15 {
		t.Errorf("every member named: %v", g)
	}
	// Without Denmark and Ireland: 25 participants, 14 of them, 65% of
	// 435,317,253 persons, and a blocking minority of DE, FR, IT (more than
	// 35% of the participants' population) plus one: four, so any 22 win.
	g := among(t, c, vote.QualifiedMajority, without(acquis.DK, acquis.IE))
	if g.Len() != 25 || g.Basis() != "Art 238(3)(a) TFEU" || g.MinMembers() != 14 || g.Clause() != 22 ||
		g.TotalWeight() != 446_834_641-5_806_081-4_904_226 || g.Quota() != (65*g.TotalWeight()+99)/100 {
		t.Errorf("without DK, IE: %v", g)
	}
	ix := g.Indices()
	checkSums(t, ix)
	if _, ok := ix.Member(acquis.DK); ok {
		t.Error("DK, not participating, is a player")
	}
	// A reinforced qualified majority of 25: 18 members, no clause.
	if g := among(t, c, vote.ReinforcedQualifiedMajority, without(acquis.DK, acquis.IE)); g.Basis() != "Art 238(3)(b) TFEU" || g.MinMembers() != 18 || g.Clause() != 0 {
		t.Errorf("reinforced without DK, IE: %v", g)
	}
	// The member concerned by Article 7 TEU leaves the count: 21 of 26.
	if g := among(t, c, vote.Article7Determination, without(acquis.HU)); g.Quota() != 21 || g.Len() != 26 {
		t.Errorf("Article 7(1) TEU without HU: %v", g)
	}
}

// TestSymmetricGames checks the games in which every member counts one.
func TestSymmetricGames(t *testing.T) {
	c := council(t, "2020-11-06")
	for _, tt := range []struct {
		rule  vote.CouncilRule
		quota int64
		// Each of 27 members: swings, and Penrose as a fraction.
		swings  int64
		penrose string
	}{
		// A member decides when exactly 13 of the other 26 vote for:
		// C(26,13) = 10,400,600 swings.
		{vote.SimpleMajority, 14, 10_400_600, "10400600/67108864"},
		// Only when all 26 others vote for.
		{vote.Unanimity, 27, 1, "1/67108864"},
	} {
		g := game(t, c, tt.rule)
		if g.Quota() != tt.quota {
			t.Errorf("%v: quota %d, want %d", tt.rule, g.Quota(), tt.quota)
		}
		ix := g.Indices()
		checkSums(t, ix)
		want, _ := new(big.Rat).SetString(tt.penrose)
		for _, p := range ix.Players {
			if p.Swings != tt.swings || p.Penrose.Cmp(want) != 0 || p.ShapleyShubik.Cmp(big.NewRat(1, 27)) != 0 {
				t.Errorf("%v, %v: %d swings, Penrose %v, Shapley-Shubik %v; want %d, %v, 1/27",
					tt.rule, p.Member, p.Swings, p.Penrose, p.ShapleyShubik, tt.swings, want)
			}
		}
	}
}

func TestGameErrors(t *testing.T) {
	on := func(day string) vote.Council {
		c, err := vote.CouncilOn(acquis.MustParseDate(day))
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	c2020 := on("2020-11-06")
	for _, tt := range []struct {
		name          string
		c             vote.Council
		rule          vote.CouncilRule
		participating []acquis.Member
		is            error
		msg           string
	}{
		{"zero Council", vote.Council{}, vote.QualifiedMajority, nil, vote.ErrNoComposition, "zero Council"},
		{"QMV before 2014", on("2010-06-01"), vote.QualifiedMajority, nil, vote.ErrNotInForce, "applies from 2014-11-01"},
		{"Nice after March 2017", c2020, vote.NiceWeights, nil, vote.ErrNotInForce, "until 2017-03-31"},
		{"no table in 2015", on("2015-06-01"), vote.QualifiedMajority, nil, vote.ErrNoTable, "no population table"},
		{"no table after 2026", on("2031-01-01"), vote.QualifiedMajority, nil, vote.ErrNoTable, "2026-01-01 to 2026-12-31"},
		{"no table after 2026, reinforced", on("2027-01-01"), vote.ReinforcedQualifiedMajority, nil, vote.ErrNoTable, "2026-01-01 to 2026-12-31"},
		{"not a member", c2020, vote.QualifiedMajority, []acquis.Member{acquis.DE, acquis.UK}, vote.ErrNotMember, "UK is not a member of the Council on 2020-11-06"},
		{"not a member state", c2020, vote.QualifiedMajority, []acquis.Member{acquis.DE, 0}, acquis.ErrUnknownMember, "member state 0"},
		{"named twice", c2020, vote.QualifiedMajority, []acquis.Member{acquis.DE, acquis.FR, acquis.DE}, power.ErrInvalidGame, "DE is named twice"},
		{"Nice, partial", on("2014-01-01"), vote.NiceWeights, []acquis.Member{acquis.DE, acquis.FR}, errors.ErrUnsupported, "do not participate"},
		{"Article 7 with every member", c2020, vote.Article7Determination, nil, vote.ErrInvalidBallot, "exactly one member"},
		{"one participant", c2020, vote.QualifiedMajority, []acquis.Member{acquis.DE}, power.ErrInvalidGame, "every coalition wins"},
		{"no participant", c2020, vote.QualifiedMajority, []acquis.Member{}, power.ErrInvalidGame, "no member participates"},
	} {
		var err error
		if tt.participating == nil {
			_, err = power.GameOf(tt.c, tt.rule)
		} else {
			_, err = power.GameAmong(tt.c, tt.rule, tt.participating)
		}
		if err == nil || !strings.Contains(err.Error(), tt.msg) || !errors.Is(err, tt.is) || strings.Contains(err.Error(), "Game") {
			t.Errorf("%s: GameOf error %v; want one mentioning %q, not a function, and matching %v", tt.name, err, tt.msg, tt.is)
		}
	}

	huge := make([]int, 40)
	for i := range huge {
		huge[i] = 1_000_003*(i+1) + i%2
	}
	for _, tt := range []struct {
		weights        []int
		quota, members int
		is             error
		msg            string
	}{
		{nil, 1, 0, power.ErrInvalidGame, "a game of 0 players"},
		{make([]int, 63), 1, 0, power.ErrTooLarge, "a game of 63 players"},
		{[]int{1, -1}, 1, 0, power.ErrInvalidGame, "weight of player 1 is -1"},
		{[]int{1, 1 << 41}, 1, 0, power.ErrInvalidGame, "weight of player 1"},
		{[]int{1, 2}, 0, 0, power.ErrInvalidGame, "quota 0"},
		{[]int{1, 2}, 4, 0, power.ErrInvalidGame, "quota 4, want 1 to the total weight 3"},
		{[]int{1, 2}, 2, 3, power.ErrInvalidGame, "minimum of 3 members"},
		{[]int{1, 2}, 2, -1, power.ErrInvalidGame, "minimum of -1 members"},
		{huge, 1, 0, power.ErrTooLarge, "too large"},
	} {
		_, err := power.GameFromWeights(tt.weights, tt.quota, tt.members)
		if err == nil || !strings.HasPrefix(err.Error(), "power: ") || !strings.Contains(err.Error(), tt.msg) || !errors.Is(err, tt.is) {
			t.Errorf("GameFromWeights(%v, %d, %d) error %v; want one mentioning %q and matching %v", tt.weights, tt.quota, tt.members, err, tt.msg, tt.is)
		}
	}
	// Many players with small weights are computed by dynamic programming.
	many := make([]int, 62)
	for i := range many {
		many[i] = i%3 + 1
	}
	ix := weighted(t, many, 70, 0).Indices()
	checkSums(t, ix)
}

func TestZeroGame(t *testing.T) {
	var g power.Game
	if ix := g.Indices(); len(ix.Players) != 0 || ix.TotalSwings != 0 || g.String() != "no game" || g.Len() != 0 {
		t.Errorf("zero Game: %v, %+v", g, ix)
	}
	if g.Member(0) != 0 || g.Weight(-1) != 0 || g.Population(3) != 0 || g.Grade() != 0 {
		t.Error("zero Game accessors are not zero")
	}
}

func TestString(t *testing.T) {
	for _, tt := range []struct {
		g    power.Game
		want string
	}{
		{game(t, council(t, "2020-11-06"), vote.QualifiedMajority),
			"qualified-majority (Art 16(4) TEU) on 2020-11-06, 27 members: at least 15 members representing at least 290,442,517 of 446,834,641 persons, or any 24 members"},
		{among(t, council(t, "2020-11-06"), vote.ReinforcedQualifiedMajority, []acquis.Member{acquis.DE, acquis.FR, acquis.IT, acquis.ES, acquis.PL}),
			"reinforced-qualified-majority (Art 238(3)(b) TFEU) on 2020-11-06, 5 of 27 members participating: at least 4 members representing at least 191,945,985 of 295,301,514 persons"},
		{game(t, council(t, "2014-01-01"), vote.NiceWeightsReinforced),
			"nice-weights-reinforced (Art 3(3) of Protocol No 36 on transitional provisions) on 2014-01-01, 28 members: at least 260 of 352 weighted votes, cast by at least 19 members"},
		{game(t, council(t, "2020-11-06"), vote.Unanimity), "unanimity (Art 238(4) TFEU) on 2020-11-06, 27 members: at least 27 members"},
		{weighted(t, []int{4, 4, 4, 2, 2, 1}, 12, 0), "weighted game of 6 players: weight 12 of 17"},
		{weighted(t, []int{1, 1, 1}, 2, 3), "weighted game of 3 players: weight 2 of 3, with at least 3 players"},
	} {
		if got := tt.g.String(); got != tt.want {
			t.Errorf("String() = %q\nwant %q", got, tt.want)
		}
	}
}

// BenchmarkQualifiedMajority computes every index of the 27 members under
// the qualified majority of Article 16(4) TEU.
func BenchmarkQualifiedMajority(b *testing.B) {
	g := game(b, council(b, "2020-11-06"), vote.QualifiedMajority)
	b.ReportAllocs()
	for b.Loop() {
		if ix := g.Indices(); ix.TotalSwings != 116_761_475 {
			b.Fatal(ix.TotalSwings)
		}
	}
}

// BenchmarkPlayers shows how the time grows with the players: the first n
// members in protocol order under Article 238(3)(a) TFEU, the 27 under
// Article 16(4) TEU, and the 28 of 2019 with the United Kingdom.
func BenchmarkPlayers(b *testing.B) {
	eu27, eu28 := council(b, "2020-11-06"), council(b, "2019-06-01")
	var members []acquis.Member
	for m := range eu27.Members() {
		members = append(members, m)
	}
	for n := 20; n <= 28; n++ {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			var g power.Game
			switch n {
			case 27:
				g = game(b, eu27, vote.QualifiedMajority)
			case 28:
				g = game(b, eu28, vote.QualifiedMajority)
			default:
				g = among(b, eu27, vote.QualifiedMajority, members[:n])
			}
			for b.Loop() {
				g.Indices()
			}
		})
	}
}

// BenchmarkNice computes the indices of the Nice weights by dynamic
// programming.
func BenchmarkNice(b *testing.B) {
	g := game(b, council(b, "2014-01-01"), vote.NiceWeights)
	b.ReportAllocs()
	for b.Loop() {
		g.Indices()
	}
}
