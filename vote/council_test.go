package vote_test

import (
	"errors"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/acquis-eu/acquis"
	"github.com/acquis-eu/acquis/vote"
)

func council(t testing.TB, day string) vote.Council {
	t.Helper()
	c, err := vote.CouncilOn(acquis.MustParseDate(day))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// ballot returns c's ballot with every member for, except those named.
func ballot(c vote.Council, against, abstain, out []acquis.Member) vote.Ballot {
	b := c.Ballot(vote.For)
	for _, m := range against {
		b.Set(m, vote.Against)
	}
	for _, m := range abstain {
		b.Set(m, vote.Abstain)
	}
	for _, m := range out {
		b.Set(m, vote.NotParticipating)
	}
	return b
}

type ms = []acquis.Member

// with returns a copy of b in which m made choice ch.
func with(b vote.Ballot, m acquis.Member, ch vote.Choice) vote.Ballot {
	b.Set(m, ch)
	return b
}

// checked returns a copy of b that requests the 62% check.
func checked(b vote.Ballot) vote.Ballot {
	b.RequestPopulationCheck()
	return b
}

// TestRealCouncilVotes reproduces Council votes whose member-by-member
// result was published. The Council's own voting records were not
// reachable; each list of members rests on at least two independent
// reports, and each published percentage on the source named.
func TestRealCouncilVotes(t *testing.T) {
	tests := []struct {
		name            string
		source          string
		day             string
		against         ms
		abstain         ms
		adopted         bool
		certain         bool
		grade           vote.Grade
		share, tolerate float64 // a published share of the population in favour, and how far the table's figures may be from it
	}{
		{
			name:   "Directive (EU) 2019/790 on copyright in the Digital Single Market",
			source: "create.ac.uk and saveyourinternet.eu, 15 April 2019; 71.26% in favour as SaveYourInternet computed it",
			day:    "2019-04-15", against: ms{acquis.IT, acquis.LU, acquis.NL, acquis.PL, acquis.FI, acquis.SE}, abstain: ms{acquis.BE, acquis.EE, acquis.SI},
			adopted: true, certain: true, grade: vote.Approximate, share: 71.26, tolerate: 0.2,
		},
		{
			name:   "Regulation (EU) 2024/1991 on nature restoration",
			source: "Brussels Times and dpa, 17 June 2024: 20 members representing 66.07% of the population (safefoodadvocacy.eu, Blick)",
			day:    "2024-06-17", against: ms{acquis.IT, acquis.HU, acquis.NL, acquis.PL, acquis.FI, acquis.SE}, abstain: ms{acquis.BE},
			adopted: true, certain: true, grade: vote.Approximate, share: 66.07, tolerate: 0.05,
		},
		{
			name:   "Regulation (EU) 2023/851 on CO2 standards for cars and vans",
			source: "Polskie Radio, wp.pl and Swedish press, 28 March 2023: Poland against; Bulgaria, Italy and Romania abstaining",
			day:    "2023-03-28", against: ms{acquis.PL}, abstain: ms{acquis.BG, acquis.IT, acquis.RO},
			adopted: true, certain: true, grade: vote.Derived,
		},
		{
			name:   "Council Regulation (EU) 2022/1369 on gas demand reduction",
			source: "ANSA, 5 August 2022, and the Council's written-procedure note as reported: Hungary and Poland against",
			day:    "2022-08-05", against: ms{acquis.HU, acquis.PL},
			adopted: true, certain: true, grade: vote.Approximate,
		},
		{
			name:   "Regulation (EU) 2024/1610 on CO2 standards for heavy-duty vehicles",
			source: "ANSA and Italpress, 13 May 2024: Italy, Poland and Slovakia against; Czechia abstaining",
			day:    "2024-05-13", against: ms{acquis.IT, acquis.PL, acquis.SK}, abstain: ms{acquis.CZ},
			adopted: true, certain: true, grade: vote.Approximate,
		},
		{
			name:   "decisions on the signature of the EU-Mercosur agreement",
			source: "Euronews and Lusa, 9 January 2026: France, Poland, Austria, Hungary and Ireland against, Belgium abstaining; no blocking minority",
			day:    "2026-01-09", against: ms{acquis.FR, acquis.PL, acquis.AT, acquis.HU, acquis.IE}, abstain: ms{acquis.BE},
			adopted: true, certain: true, grade: vote.Approximate,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := council(t, tt.day)
			res, err := c.Decide(vote.QualifiedMajority, ballot(c, tt.against, tt.abstain, nil))
			if err != nil {
				t.Fatal(err)
			}
			if res.Adopted() != tt.adopted || res.Certain() != tt.certain || res.Grade() != tt.grade {
				t.Errorf("adopted %v, certain %v, grade %v; want %v, %v, %v (%s)\n%v",
					res.Adopted(), res.Certain(), res.Grade(), tt.adopted, tt.certain, tt.grade, tt.source, res)
			}
			if want := 27 - len(tt.against) - len(tt.abstain); c.Size() == 27 && res.MembersFor() != want {
				t.Errorf("%d members for, want %d", res.MembersFor(), want)
			}
			if _, share, _ := res.Share(); tt.share != 0 && (share < tt.share-tt.tolerate || share > tt.share+tt.tolerate) {
				t.Errorf("population in favour %.2f%%, published %.2f%% (%s)", share, tt.share, tt.source)
			}
		})
	}
}

// TestTooCloseToCall takes the nature restoration vote of 17 June 2024 as
// it would have gone had Slovakia abstained too (Euractiv, 16 June 2024,
// reported 64.86% before Slovakia's vote was known): on the 2024 table,
// whose figures are partly approximate, it is too close to call; on an
// exact table it is decided.
func TestTooCloseToCall(t *testing.T) {
	c := council(t, "2024-06-17")
	b := ballot(c, ms{acquis.IT, acquis.HU, acquis.NL, acquis.PL, acquis.FI, acquis.SE}, ms{acquis.BE, acquis.SK}, nil)
	res, err := c.Decide(vote.QualifiedMajority, b)
	if err != nil {
		t.Fatal(err)
	}
	low, share, high := res.Share()
	if res.Certain() || low >= 65 || high < 65 || !strings.Contains(res.String(), "too close to call with these figures") {
		t.Errorf("certain %v, %.3f%% (%.3f%% to %.3f%%); want too close to call\n%v", res.Certain(), share, low, high, res)
	}
	// The same vote on an exact table: the embedded table's figures taken
	// as given.
	table, _ := c.Table()
	exact := map[acquis.Member]int64{}
	for m := range table.Members() {
		f, _ := table.Figure(m)
		exact[m] = f.Population
	}
	given, err := vote.TableOf("the 2024 table's figures, taken as exact", exact)
	if err != nil {
		t.Fatal(err)
	}
	c, err = c.WithTable(given)
	if err != nil {
		t.Fatal(err)
	}
	res, err = c.Decide(vote.QualifiedMajority, b)
	if err != nil {
		t.Fatal(err)
	}
	if !res.Certain() || res.Adopted() != (100*res.PopulationFor() >= 65*res.PopulationTotal()) || res.Grade() != vote.Given {
		t.Errorf("on an exact table: %v", res)
	}
	if strings.Contains(res.String(), "too close") || strings.Contains(res.String(), "whatever") {
		t.Errorf("an exact result speaks of uncertainty: %v", res)
	}
}

// uniform returns a caller's table for c with every member at n persons,
// except those given.
func uniform(t *testing.T, c vote.Council, n int64, except map[acquis.Member]int64) vote.Council {
	t.Helper()
	pop := map[acquis.Member]int64{}
	for m := range c.Members() {
		pop[m] = n
		if p, ok := except[m]; ok {
			pop[m] = p
		}
	}
	table, err := vote.TableOf("constructed for a test", pop)
	if err != nil {
		t.Fatal(err)
	}
	c, err = c.WithTable(table)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestQualifiedMajorityEdges(t *testing.T) {
	c27 := council(t, "2020-11-06")
	// 20 members of 13,000,000 and 7 of 20,000,000: 400,000,000 in all, 65%
	// is 260,000,000 exactly.
	big := map[acquis.Member]int64{acquis.DE: 20e6, acquis.FR: 20e6, acquis.IT: 20e6, acquis.ES: 20e6, acquis.PL: 20e6, acquis.RO: 20e6, acquis.NL: 20e6}
	c := uniform(t, c27, 13e6, big)
	bigs := ms{acquis.DE, acquis.FR, acquis.IT, acquis.ES, acquis.PL, acquis.RO, acquis.NL}

	t.Run("exactly 65%", func(t *testing.T) {
		res, err := c.Decide(vote.QualifiedMajority, ballot(c, bigs, nil, nil))
		if err != nil {
			t.Fatal(err)
		}
		if !res.Adopted() || res.PopulationFor() != 260e6 || res.PopulationRequired() != 260e6 || res.ClauseDecided() || !res.Certain() {
			t.Errorf("%v", res)
		}
	})
	t.Run("one person short of 65%", func(t *testing.T) {
		c := uniform(t, c27, 13e6, map[acquis.Member]int64{acquis.DE: 20e6 + 1, acquis.FR: 20e6, acquis.IT: 20e6, acquis.ES: 20e6, acquis.PL: 20e6, acquis.RO: 20e6, acquis.NL: 20e6})
		res, err := c.Decide(vote.QualifiedMajority, ballot(c, bigs, nil, nil))
		if err != nil {
			t.Fatal(err)
		}
		// 260,000,000 for of 400,000,001: 65% is 260,000,000.65, so
		// 260,000,001 persons are required.
		if res.Adopted() || res.PopulationRequired() != 260_000_001 || res.PopulationFor() != 260_000_000 || res.MembersFor() < res.MembersRequired() {
			t.Errorf("%v; want one person short", res)
		}
	})
	t.Run("the four-member clause decides", func(t *testing.T) {
		// Three members of 20,000,000 against: 60,000,000 of 400,000,000 is
		// only 15%. Take three with more than 35% instead.
		c := uniform(t, c27, 10e6, map[acquis.Member]int64{acquis.DE: 80e6, acquis.FR: 70e6, acquis.IT: 60e6})
		res, err := c.Decide(vote.QualifiedMajority, ballot(c, ms{acquis.DE, acquis.FR, acquis.IT}, nil, nil))
		if err != nil {
			t.Fatal(err)
		}
		if !res.Adopted() || !res.ClauseDecided() || res.BlockingMinority() != 4 || 100*res.PopulationFor() >= 65*res.PopulationTotal() {
			t.Errorf("three large members against: %v", res)
		}
		res, _ = c.Decide(vote.QualifiedMajority, ballot(c, ms{acquis.DE, acquis.FR, acquis.IT}, ms{acquis.MT}, nil))
		if res.Adopted() || res.ClauseDecided() {
			t.Errorf("a fourth member abstaining: %v", res)
		}
	})
	t.Run("exactly 55% under partial participation", func(t *testing.T) {
		// 20 participating members: 55% is exactly 11.
		out := ms{acquis.BE, acquis.BG, acquis.CZ, acquis.DK, acquis.EE, acquis.IE, acquis.EL}
		var against ms
		for m := range c27.Members() {
			if len(against) < 9 && !contains(out, m) && m != acquis.DE {
				against = append(against, m)
			}
		}
		flat := uniform(t, c27, 10e6, map[acquis.Member]int64{acquis.DE: 100e6})
		res, err := flat.Decide(vote.QualifiedMajority, ballot(flat, against, nil, out))
		if err != nil {
			t.Fatal(err)
		}
		if !res.Adopted() || res.MembersFor() != 11 || res.MembersRequired() != 11 || res.Participating() != 20 || res.Basis() != "Art 238(3)(a) TFEU" {
			t.Errorf("11 of 20: %v", res)
		}
		res, _ = flat.Decide(vote.QualifiedMajority, ballot(flat, append(against, acquis.DE), nil, out))
		if res.Adopted() || res.MembersFor() != res.MembersRequired()-1 {
			t.Errorf("10 of 20: %v", res)
		}
	})
	t.Run("partial participation: the blocking minority of Article 238(3)(a)", func(t *testing.T) {
		// Participating: DE 90M, FR 70M, and 22 members of 10M (UK is not a
		// member; BE, BG and CZ do not participate): 380M. 35% is 133M:
		// DE and FR exceed it, so a blocking minority needs 3 members.
		c := uniform(t, c27, 10e6, map[acquis.Member]int64{acquis.DE: 90e6, acquis.FR: 70e6})
		out := ms{acquis.BE, acquis.BG, acquis.CZ}
		res, err := c.Decide(vote.QualifiedMajority, ballot(c, ms{acquis.DE, acquis.FR}, nil, out))
		if err != nil {
			t.Fatal(err)
		}
		if res.BlockingMinority() != 3 || !res.Adopted() || !res.ClauseDecided() {
			t.Errorf("DE and FR against: %v", res)
		}
		res, _ = c.Decide(vote.QualifiedMajority, ballot(c, ms{acquis.DE, acquis.FR, acquis.LU}, nil, out))
		if res.Adopted() {
			t.Errorf("DE, FR and LU against: %v", res)
		}
	})
}

func contains(list ms, m acquis.Member) bool {
	for _, x := range list {
		if x == m {
			return true
		}
	}
	return false
}

// TestPlatformWorkScenario replays the Coreper vote of 16 February 2024 on
// the platform work directive as if it were the Council's (BraveNewEurope:
// France against; Germany, Estonia and Greece abstaining), on the 2024
// table, then without Estonia's abstention, where the four-member clause
// decides.
func TestPlatformWorkScenario(t *testing.T) {
	c := council(t, "2024-02-16")
	res, err := c.Decide(vote.QualifiedMajority, ballot(c, ms{acquis.FR}, ms{acquis.DE, acquis.EE, acquis.EL}, nil))
	if err != nil {
		t.Fatal(err)
	}
	if res.Adopted() || !res.Certain() || res.NotInFavour() != 4 {
		t.Errorf("FR against, DE, EE, EL abstaining: %v", res)
	}
	res, _ = c.Decide(vote.QualifiedMajority, ballot(c, ms{acquis.FR}, ms{acquis.DE, acquis.EL}, nil))
	if !res.Adopted() || !res.ClauseDecided() || !res.Certain() {
		t.Errorf("FR against, DE, EL abstaining: %v", res)
	}
}

func TestOtherCouncilRules(t *testing.T) {
	c := council(t, "2020-11-06")
	tests := []struct {
		name     string
		rule     vote.CouncilRule
		b        vote.Ballot
		adopted  bool
		required int
		basis    string
	}{
		{"reinforced: 20 of 27", vote.ReinforcedQualifiedMajority, ballot(c, ms{acquis.MT, acquis.LU, acquis.CY, acquis.EE, acquis.LV, acquis.SI, acquis.LT}, nil, nil), true, 20, "Art 238(2) TFEU"},
		{"reinforced: 19 of 27", vote.ReinforcedQualifiedMajority, ballot(c, ms{acquis.MT, acquis.LU, acquis.CY, acquis.EE, acquis.LV, acquis.SI, acquis.LT, acquis.HR}, nil, nil), false, 20, "Art 238(2) TFEU"},
		{"reinforced, partial: 18 of 25", vote.ReinforcedQualifiedMajority, ballot(c, ms{acquis.MT, acquis.LU, acquis.CY, acquis.EE, acquis.LV, acquis.SI, acquis.LT}, nil, ms{acquis.HU, acquis.PL}), true, 18, "Art 238(3)(b) TFEU"},
		{"simple majority: 14 of 27", vote.SimpleMajority, ballot(c, ms{acquis.MT, acquis.LU, acquis.CY, acquis.EE, acquis.LV, acquis.SI, acquis.LT, acquis.HR, acquis.SK, acquis.FI, acquis.DK, acquis.IE}, ms{acquis.AT}, nil), true, 14, "Art 238(1) TFEU"},
		{"simple majority: 13 of 27", vote.SimpleMajority, ballot(c, ms{acquis.MT, acquis.LU, acquis.CY, acquis.EE, acquis.LV, acquis.SI, acquis.LT, acquis.HR, acquis.SK, acquis.FI, acquis.DK, acquis.IE}, ms{acquis.AT, acquis.SE}, nil), false, 14, "Art 238(1) TFEU"},
		{"unanimity: abstentions do not prevent it", vote.Unanimity, ballot(c, nil, ms{acquis.HU, acquis.PL}, nil), true, 0, "Art 238(4) TFEU"},
		{"unanimity: one member against", vote.Unanimity, ballot(c, ms{acquis.HU}, nil, nil), false, 0, "Art 238(4) TFEU"},
		{"unanimity of the participating members", vote.Unanimity, ballot(c, nil, nil, ms{acquis.DK}), true, 0, "Art 238(4) TFEU; Art 330 TFEU"},
		{"Article 7(1): 21 of 26", vote.Article7Determination, ballot(c, ms{acquis.PL, acquis.CZ}, ms{acquis.SK, acquis.SI, acquis.HR}, ms{acquis.HU}), true, 21, "Art 7(1) TEU; Art 354 TFEU, first paragraph"},
		{"Article 7(1): 20 of 26", vote.Article7Determination, ballot(c, ms{acquis.PL, acquis.CZ}, ms{acquis.SK, acquis.SI, acquis.HR, acquis.BG}, ms{acquis.HU}), false, 21, "Art 7(1) TEU; Art 354 TFEU, first paragraph"},
	}
	for _, tt := range tests {
		res, err := c.Decide(tt.rule, tt.b)
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if res.Adopted() != tt.adopted || res.MembersRequired() != tt.required || res.Basis() != tt.basis || !res.Certain() {
			t.Errorf("%s: %v", tt.name, res)
		}
	}
}

// TestNice applies the Nice weights with the official table of 2010
// (Decision 2009/937/EU): Germany, France and the United Kingdom against
// leave 258 of 345 votes, enough, but 58.39% of the population, short of
// the 62% a member may ask to check.
func TestNice(t *testing.T) {
	c := council(t, "2010-06-01")
	b := ballot(c, ms{acquis.DE, acquis.FR, acquis.UK}, nil, nil)
	res, err := c.Decide(vote.NiceWeights, b)
	if err != nil {
		t.Fatal(err)
	}
	if !res.Adopted() || res.WeightsFor() != 258 || res.WeightsRequired() != 255 || res.WeightsTotal() != 345 || res.MembersRequired() != 14 || res.PopulationCheck() {
		t.Errorf("without the check: %v", res)
	}
	res, err = c.Decide(vote.NiceWeights, checked(b))
	if err != nil {
		t.Fatal(err)
	}
	if res.Adopted() || !res.PopulationCheck() || res.Grade() != vote.Official || !res.Certain() || res.PopulationTotal() != 499_665_400 {
		t.Errorf("with the check: %v", res)
	}
	if _, share, _ := res.Share(); share < 58.38 || share > 58.40 {
		t.Errorf("share %.3f%%, want 58.39%%", share)
	}
	// Italy against too: 229 votes, short of 255.
	res, _ = c.Decide(vote.NiceWeights, ballot(c, ms{acquis.DE, acquis.FR, acquis.UK, acquis.IT}, nil, nil))
	if res.Adopted() || res.WeightsFor() != 229 {
		t.Errorf("four large members against: %v", res)
	}
	// Not on a Commission proposal: two thirds of the members, 18 of 27.
	res, _ = c.Decide(vote.NiceWeightsReinforced, ballot(c, ms{acquis.MT, acquis.LU, acquis.CY, acquis.EE, acquis.LV, acquis.SI, acquis.LT, acquis.IE, acquis.DK, acquis.FI}, nil, nil))
	if res.Adopted() || res.MembersRequired() != 18 || res.WeightsFor() < 255 {
		t.Errorf("17 members with %d votes, not on a proposal: %v", res.WeightsFor(), res)
	}
	// With 28 members in 2016, on request: 260 of 352.
	res, err = council(t, "2016-05-01").Decide(vote.NiceWeights, council(t, "2016-05-01").Ballot(vote.For))
	if err != nil || res.WeightsRequired() != 260 || res.WeightsTotal() != 352 || res.MembersRequired() != 15 {
		t.Errorf("2016: %v, %v", res, err)
	}
}

func TestCouncilComposition(t *testing.T) {
	for _, tt := range []struct {
		day  string
		size int
		uk   bool
	}{
		{"2004-11-01", 25, true}, {"2006-12-31", 25, true}, {"2007-01-01", 27, true}, {"2013-06-30", 27, true},
		{"2013-07-01", 28, true}, {"2020-01-31", 28, true}, {"2020-02-01", 27, false}, {"2026-11-27", 27, false},
	} {
		c := council(t, tt.day)
		if c.Size() != tt.size || c.Has(acquis.UK) != tt.uk || c.Date() != acquis.MustParseDate(tt.day) {
			t.Errorf("CouncilOn(%s): %d members, UK %v", tt.day, c.Size(), c.Has(acquis.UK))
		}
	}
	if _, err := vote.CouncilOn(acquis.MustParseDate("2004-10-31")); !errors.Is(err, vote.ErrNoComposition) {
		t.Errorf("CouncilOn(2004-10-31): %v", err)
	}
}

func TestCouncilErrors(t *testing.T) {
	c := council(t, "2020-11-06")
	all := c.Ballot(vote.For)
	tests := []struct {
		name   string
		c      vote.Council
		rule   vote.CouncilRule
		b      vote.Ballot
		is     error
		phrase string
	}{
		{"zero Council", vote.Council{}, vote.QualifiedMajority, all, nil, "zero Council"},
		{"invalid rule", c, 0, all, vote.ErrUnknownRule, "unknown rule"},
		{"a former member", c, vote.QualifiedMajority, with(all, acquis.UK, vote.For), nil, "UK is not a member of the Council on 2020-11-06"},
		{"a member with no choice", c, vote.QualifiedMajority, with(all, acquis.DE, 0), nil, "gives DE, a member of the Council on 2020-11-06, no choice"},
		{"did not vote", c, vote.QualifiedMajority, with(all, acquis.DE, vote.DidNotVote), nil, "did-not-vote"},
		{"nobody participates", c, vote.Unanimity, c.Ballot(vote.NotParticipating), nil, "no member"},
		{"QMV before 1 November 2014", council(t, "2014-10-31"), vote.QualifiedMajority, council(t, "2014-10-31").Ballot(vote.For), vote.ErrNotInForce, "applies from 2014-11-01"},
		{"Nice after 31 March 2017", council(t, "2017-04-01"), vote.NiceWeights, council(t, "2017-04-01").Ballot(vote.For), vote.ErrNotInForce, "until 2017-03-31"},
		{"no table in 2015", council(t, "2015-06-01"), vote.QualifiedMajority, council(t, "2015-06-01").Ballot(vote.For), vote.ErrNoTable, "2015-06-01"},
		{"Article 7 without the member concerned", c, vote.Article7Determination, all, nil, "exactly one member"},
		{"Nice with members not participating", council(t, "2010-06-01"), vote.NiceWeights, with(council(t, "2010-06-01").Ballot(vote.For), acquis.DK, vote.NotParticipating), nil, "do not participate"},
	}
	for _, tt := range tests {
		_, err := tt.c.Decide(tt.rule, tt.b)
		if err == nil {
			t.Errorf("%s: no error", tt.name)
			continue
		}
		if (tt.is != nil && !errors.Is(err, tt.is)) || !strings.Contains(err.Error(), tt.phrase) || !strings.HasPrefix(err.Error(), "vote: ") {
			t.Errorf("%s: %v; want %v mentioning %q", tt.name, err, tt.is, tt.phrase)
		}
	}
	// Simple majority and unanimity need no table.
	if res, err := council(t, "2015-06-01").Decide(vote.Unanimity, council(t, "2015-06-01").Ballot(vote.For)); err != nil || !res.Adopted() {
		t.Errorf("unanimity in 2015: %v, %v", res, err)
	}
	// A table must fit the Council.
	t28, _ := vote.TableOn(acquis.MustParseDate("2019-06-01"))
	if _, err := c.WithTable(t28); err == nil || !strings.Contains(err.Error(), "UK, not a member") {
		t.Errorf("WithTable of a table with the UK in 2020: %v", err)
	}
	t27, _ := vote.TableOn(acquis.MustParseDate("2021-06-01"))
	if _, err := council(t, "2019-06-01").WithTable(t27); err == nil || !strings.Contains(err.Error(), "no figure for UK") {
		t.Errorf("WithTable of a table without the UK in 2019: %v", err)
	}
}

// TestCouncilProperties checks laws of the domain on random ballots: a
// member turning from against to for never turns an adopted proposal into
// a rejected one; a ballot adopted by reinforced qualified majority is
// adopted by qualified majority; a ballot adopted by unanimity with every
// member taking part and voting is adopted by qualified majority.
func TestCouncilProperties(t *testing.T) {
	rng := rand.New(rand.NewPCG(2020, 1106))
	days := []string{"2016-05-01", "2019-04-15", "2020-11-06", "2023-03-28", "2024-06-17", "2025-03-01"}
	choices := []vote.Choice{vote.For, vote.For, vote.For, vote.Against, vote.Abstain, vote.NotParticipating}
	for _, day := range days {
		c := council(t, day)
		if _, ok := c.Table(); !ok {
			t.Fatalf("no table on %s", day)
		}
		for range 2000 {
			b := c.Ballot(vote.For)
			full := rng.IntN(2) == 0
			for m := range c.Members() {
				p := choices[rng.IntN(len(choices))]
				if full && p == vote.NotParticipating {
					p = vote.Against
				}
				b.Set(m, p)
			}
			decide := func(r vote.CouncilRule, b vote.Ballot) vote.CouncilResult {
				res, err := c.Decide(r, b)
				if err != nil {
					t.Fatalf("%s %v: %v", day, r, err)
				}
				return res
			}
			for _, r := range []vote.CouncilRule{vote.QualifiedMajority, vote.ReinforcedQualifiedMajority, vote.SimpleMajority, vote.Unanimity} {
				if !participates(c, b) {
					break
				}
				res := decide(r, b)
				for m := range c.Members() {
					if b.Choice(m) == vote.Against {
						if res.Adopted() && !decide(r, with(b, m, vote.For)).Adopted() {
							t.Fatalf("%s %v: adopted, but not with %v turning from against to for\n%v", day, r, m, res)
						}
					}
				}
			}
			if !participates(c, b) {
				continue
			}
			qmv := decide(vote.QualifiedMajority, b)
			if decide(vote.ReinforcedQualifiedMajority, b).Adopted() && !qmv.Adopted() {
				t.Fatalf("%s: adopted by reinforced qualified majority, not by qualified majority\n%v", day, qmv)
			}
			if full && qmv.MembersAbstaining() == 0 && decide(vote.Unanimity, b).Adopted() && !qmv.Adopted() {
				t.Fatalf("%s: adopted by unanimity with every member voting, not by qualified majority\n%v", day, qmv)
			}
		}
	}
}

func participates(c vote.Council, b vote.Ballot) bool {
	for m := range c.Members() {
		if b.Choice(m) != vote.NotParticipating {
			return true
		}
	}
	return false
}

// TestUnanimityWithAbstentions shows why the property above needs every
// member voting: under Article 238(4) TFEU abstentions do not prevent
// unanimity, while under qualified majority they count as not in favour.
func TestUnanimityWithAbstentions(t *testing.T) {
	c := council(t, "2020-11-06")
	b := with(c.Ballot(vote.Abstain), acquis.LU, vote.For)
	u, err := c.Decide(vote.Unanimity, b)
	if err != nil {
		t.Fatal(err)
	}
	q, err := c.Decide(vote.QualifiedMajority, b)
	if err != nil {
		t.Fatal(err)
	}
	if !u.Adopted() || q.Adopted() {
		t.Errorf("one for, 26 abstaining: unanimity %v, qualified majority %v", u.Adopted(), q.Adopted())
	}
}

func BenchmarkQualifiedMajority(b *testing.B) {
	c := council(b, "2020-11-06")
	ballot := ballot(c, ms{acquis.HU, acquis.PL}, ms{acquis.BE}, nil)
	b.ReportAllocs()
	for b.Loop() {
		res, err := c.Decide(vote.QualifiedMajority, ballot)
		if err != nil || !res.Adopted() {
			b.Fatal(res, err)
		}
	}
}

func BenchmarkQualifiedMajorityPartial(b *testing.B) {
	c := council(b, "2020-11-06")
	ballot := ballot(c, ms{acquis.HU, acquis.PL}, ms{acquis.BE}, ms{acquis.DK, acquis.IE})
	b.ReportAllocs()
	for b.Loop() {
		if _, err := c.Decide(vote.QualifiedMajority, ballot); err != nil {
			b.Fatal(err)
		}
	}
}
