package vote

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/acquis-eu/acquis"
	"github.com/acquis-eu/acquis/internal/num"
)

// A CouncilResult is the outcome of a vote of the Council of the EU: one of
// its rules applied to a ballot, adopted or not, against which thresholds,
// on which figures, and whether the figures are good enough to be sure.
//
// A CouncilResult is an immutable, comparable value; the zero CouncilResult
// is not an outcome. Obtain one from Council.Decide. Population counts are
// persons, for the participating members only; they are given whenever
// the Council has a table, and PopulationRequired only for a rule with a
// population test. Figures that a rule does not use are zero:
// BlockingMinority for a rule without a blocking-minority clause, the
// weights for rules other than the Nice ones. Its JSON form carries every
// figure; json.Unmarshal reads it back as it was stored, checking that the
// figures agree with each other and with the outcome.
type CouncilResult struct {
	f councilFigures
}

// councilFigures are the figures of a CouncilResult, and its JSON form.
type councilFigures struct {
	Rule    CouncilRule `json:"rule"`
	Basis   string      `json:"basis"` // the provision applied, which depends on who takes part
	Date    acquis.Date `json:"date"`
	Adopted bool        `json:"adopted"`
	Certain bool        `json:"certain"`

	Members           int `json:"members"`
	Participating     int `json:"participating"`
	MembersFor        int `json:"membersFor"`
	MembersAgainst    int `json:"membersAgainst"`
	MembersAbstaining int `json:"membersAbstaining"`
	MembersRequired   int `json:"membersRequired"`

	PopulationFor         int64 `json:"populationFor"`
	PopulationTotal       int64 `json:"populationTotal"`
	PopulationRequired    int64 `json:"populationRequired"`
	PopulationForLow      int64 `json:"populationForLow"`
	PopulationTotalAtLow  int64 `json:"populationTotalAtLow"`
	PopulationForHigh     int64 `json:"populationForHigh"`
	PopulationTotalAtHigh int64 `json:"populationTotalAtHigh"`

	BlockingMinority int  `json:"blockingMinority,omitempty"`
	ClauseDecided    bool `json:"clauseDecided,omitempty"`

	WeightsFor      int  `json:"weightsFor,omitempty"`
	WeightsRequired int  `json:"weightsRequired,omitempty"`
	WeightsTotal    int  `json:"weightsTotal,omitempty"`
	PopulationCheck bool `json:"populationCheck,omitempty"`

	Table string `json:"table,omitempty"`
	Grade Grade  `json:"grade,omitempty"`
}

// Rule returns the rule that was applied.
func (r CouncilResult) Rule() CouncilRule { return r.f.Rule }

// Basis returns the provision applied, which depends on who takes part:
// "Art 16(4) TEU" for a qualified majority of all the members, "Art
// 238(3)(a) TFEU" when some do not take part.
func (r CouncilResult) Basis() string { return r.f.Basis }

// Date returns the day of the Council that decided.
func (r CouncilResult) Date() acquis.Date { return r.f.Date }

// Adopted reports whether the proposal was adopted, on the table's figures.
func (r CouncilResult) Adopted() bool { return r.f.Adopted }

// Certain reports whether the outcome is the same for every population
// vector within the bounds of the table's figures. It is true when the
// table is exact or the rule counts no population.
func (r CouncilResult) Certain() bool { return r.f.Certain }

// ClauseDecided reports that the proposal was adopted only because fewer
// than BlockingMinority members were not in favour: the qualified majority
// "deemed attained".
func (r CouncilResult) ClauseDecided() bool { return r.f.ClauseDecided }

// Members returns the number of members of the Council, participating or
// not.
func (r CouncilResult) Members() int { return r.f.Members }

// Participating returns the number of members taking part in the vote.
func (r CouncilResult) Participating() int { return r.f.Participating }

// MembersFor returns the number of members voting for.
func (r CouncilResult) MembersFor() int { return r.f.MembersFor }

// MembersAgainst returns the number of members voting against.
func (r CouncilResult) MembersAgainst() int { return r.f.MembersAgainst }

// MembersAbstaining returns the number of members abstaining.
func (r CouncilResult) MembersAbstaining() int { return r.f.MembersAbstaining }

// MembersRequired returns the least number of members in favour that the
// rule requires, or 0 under Unanimity.
func (r CouncilResult) MembersRequired() int { return r.f.MembersRequired }

// NotInFavour returns the participating members who did not vote for.
func (r CouncilResult) NotInFavour() int { return r.f.Participating - r.f.MembersFor }

// PopulationFor returns the population of the members in favour, on the
// table's figures, or 0 when the Council has no table.
func (r CouncilResult) PopulationFor() int64 { return r.f.PopulationFor }

// PopulationTotal returns the population of the participating members, on
// the table's figures, or 0 when the Council has no table.
func (r CouncilResult) PopulationTotal() int64 { return r.f.PopulationTotal }

// PopulationRequired returns the least population in favour that the rule
// requires, or 0 for a rule without a population test.
func (r CouncilResult) PopulationRequired() int64 { return r.f.PopulationRequired }

// PopulationBounds returns the least and the greatest population in favour,
// each with the participating population it is a share of, over every
// population vector within the bounds of the table's figures: the extremes
// of the share in favour. They equal PopulationFor and PopulationTotal
// when the table is exact.
func (r CouncilResult) PopulationBounds() (forLow, totalAtLow, forHigh, totalAtHigh int64) {
	return r.f.PopulationForLow, r.f.PopulationTotalAtLow, r.f.PopulationForHigh, r.f.PopulationTotalAtHigh
}

// BlockingMinority returns the least number of members not in favour that
// can block: 4 under Article 16(4) TEU; under Article 238(3)(a) TFEU the
// least number of participating members representing more than 35% of
// their population, plus one; 0 for a rule without the clause.
func (r CouncilResult) BlockingMinority() int { return r.f.BlockingMinority }

// WeightsFor returns the weighted votes in favour under the Nice rules, or
// 0 under the others.
func (r CouncilResult) WeightsFor() int { return r.f.WeightsFor }

// WeightsRequired returns the weighted votes a qualified majority needs
// under the Nice rules: 232 of 321 with 25 members, 255 of 345 with 27
// and 260 of 352 with 28 (Protocol No 36, Article 3(3), as adapted by the
// Acts of Accession of 2005 and 2012); 0 under the other rules.
func (r CouncilResult) WeightsRequired() int { return r.f.WeightsRequired }

// WeightsTotal returns the weighted votes of all the members under the
// Nice rules, or 0 under the others.
func (r CouncilResult) WeightsTotal() int { return r.f.WeightsTotal }

// PopulationCheck reports whether the 62% check of the Nice rules was
// requested and applied (see Ballot.RequestPopulationCheck).
func (r CouncilResult) PopulationCheck() bool { return r.f.PopulationCheck }

// TableSource returns the source of the population table the result
// counted, or "" when the Council had none.
func (r CouncilResult) TableSource() string { return r.f.Table }

// Grade returns the weakest grade of the table's figures, or zero when the
// Council had no table.
func (r CouncilResult) Grade() Grade { return r.f.Grade }

// Share returns the population in favour as a percentage of the
// participating population, on the table's figures, with its least and
// greatest values within the table's bounds. The comparisons that decide
// are exact; these floating-point values are for display.
func (r CouncilResult) Share() (low, share, high float64) {
	pct := func(a, b int64) float64 {
		if b == 0 {
			return 0
		}
		return 100 * float64(a) / float64(b)
	}
	f := &r.f
	return pct(f.PopulationForLow, f.PopulationTotalAtLow), pct(f.PopulationFor, f.PopulationTotal), pct(f.PopulationForHigh, f.PopulationTotalAtHigh)
}

// String describes the result in words.
func (r CouncilResult) String() string {
	f := &r.f
	if !f.Rule.IsValid() {
		return "no result"
	}
	var b strings.Builder
	b.WriteString(outcome(f.Adopted))
	majority := f.Rule.Majority()
	if f.Participating < f.Members {
		switch f.Rule {
		case QualifiedMajority:
			majority = "55% of the participating members representing 65% of their population"
		case ReinforcedQualifiedMajority:
			majority = "72% of the participating members representing 65% of their population"
		}
	}
	fmt.Fprintf(&b, " under %s (%s) on %v: ", majority, f.Basis, f.Date)
	fmt.Fprintf(&b, "%d for, %d against, %d abstaining", f.MembersFor, f.MembersAgainst, f.MembersAbstaining)
	if n := f.Members - f.Participating; n > 0 {
		fmt.Fprintf(&b, ", %d not participating", n)
	}
	if f.MembersRequired > 0 {
		fmt.Fprintf(&b, "; members: %d in favour, %d required", f.MembersFor, f.MembersRequired)
	}
	if f.WeightsRequired > 0 {
		fmt.Fprintf(&b, "; weighted votes: %d in favour of %d, %d required", f.WeightsFor, f.WeightsTotal, f.WeightsRequired)
	}
	if f.PopulationRequired > 0 {
		_, share, _ := r.Share()
		fmt.Fprintf(&b, "; population: %s in favour of %s (%.2f%%), %s required",
			num.Thousands(f.PopulationFor), num.Thousands(f.PopulationTotal), share, num.Thousands(f.PopulationRequired))
	}
	if f.BlockingMinority > 0 {
		fmt.Fprintf(&b, "; %d not in favour, a blocking minority needs %d", r.NotInFavour(), f.BlockingMinority)
		if f.ClauseDecided {
			b.WriteString(", so the qualified majority is deemed attained")
		}
	}
	if f.PopulationRequired > 0 && !f.Grade.Exact() {
		low, _, high := r.Share()
		if f.Certain {
			fmt.Fprintf(&b, "; %s whatever the exact figures (%s table: %.2f%% to %.2f%% in favour)", outcome(f.Adopted), f.Grade, low, high)
		} else {
			fmt.Fprintf(&b, "; too close to call with these figures (%s table: %.2f%% to %.2f%% in favour)", f.Grade, low, high)
		}
	}
	return b.String()
}

func outcome(adopted bool) string {
	if adopted {
		return "adopted"
	}
	return "rejected"
}

// isNice reports whether r is one of the Nice rules of Protocol No 36.
func isNice(r CouncilRule) bool { return r == NiceWeights || r == NiceWeightsReinforced }

// require sets what f's rule requires for f's members and population:
// the members, the population and the weighted votes in favour. Under the
// Nice rules it reports false for a number of members without a quota.
func (f *councilFigures) require() bool {
	switch f.Rule {
	case SimpleMajority:
		f.MembersRequired = f.Participating/2 + 1
	case Article7Determination:
		f.MembersRequired = (4*f.Participating + 4) / 5
	case NiceWeights, NiceWeightsReinforced:
		var ok bool
		if f.WeightsRequired, f.WeightsTotal, ok = niceQuota(f.Members); !ok {
			return false
		}
		f.MembersRequired = f.Members/2 + 1
		if f.Rule == NiceWeightsReinforced {
			f.MembersRequired = (2*f.Members + 2) / 3
		}
		if f.PopulationCheck {
			f.PopulationRequired = (62*f.PopulationTotal + 99) / 100
		}
	case QualifiedMajority:
		f.PopulationRequired = (65*f.PopulationTotal + 99) / 100
		f.MembersRequired = (55*f.Participating + 99) / 100
		if f.Participating == f.Members {
			f.MembersRequired = max(f.MembersRequired, 15)
		}
	case ReinforcedQualifiedMajority:
		f.PopulationRequired = (65*f.PopulationTotal + 99) / 100
		f.MembersRequired = (72*f.Participating + 99) / 100
	}
	return true
}

// outcome returns the outcome that f's figures give under f's rule, on
// the table's figures, and whether the blocking-minority clause alone gives
// it. A population required of 0 is met by any population.
func (f *councilFigures) outcome() (adopted, byClause bool) {
	switch f.Rule {
	case Unanimity:
		return f.MembersAgainst == 0 && f.MembersFor > 0, false
	case NiceWeights, NiceWeightsReinforced:
		return f.WeightsFor >= f.WeightsRequired && f.MembersFor >= f.MembersRequired && f.PopulationFor >= f.PopulationRequired, false
	case QualifiedMajority, ReinforcedQualifiedMajority:
		majority := f.MembersFor >= f.MembersRequired && f.PopulationFor >= f.PopulationRequired
		clause := f.BlockingMinority > 0 && f.Participating-f.MembersFor < f.BlockingMinority
		return majority || clause, clause && !majority
	}
	return f.MembersFor >= f.MembersRequired, false
}

// MarshalJSON implements json.Marshaler. The object has the fields rule,
// basis, date, adopted, certain, members, participating, membersFor,
// membersAgainst, membersAbstaining, membersRequired, populationFor,
// populationTotal, populationRequired, populationForLow,
// populationTotalAtLow, populationForHigh and populationTotalAtHigh, and
// when they apply blockingMinority, clauseDecided, weightsFor,
// weightsRequired, weightsTotal, populationCheck, table (the table's
// source) and grade. It returns an error for the zero CouncilResult.
func (r CouncilResult) MarshalJSON() ([]byte, error) {
	if !r.f.Rule.IsValid() {
		return nil, fmt.Errorf("vote: cannot marshal the zero CouncilResult: %w", ErrInconsistent)
	}
	return json.Marshal(r.f)
}

// councilResultKeys are the keys the JSON form of a CouncilResult always
// has.
var councilResultKeys = []string{"rule", "basis", "date", "adopted", "certain", "members", "participating", "membersFor", "membersAgainst",
	"membersAbstaining", "membersRequired", "populationFor", "populationTotal", "populationRequired", "populationForLow",
	"populationTotalAtLow", "populationForHigh", "populationTotalAtHigh"}

// UnmarshalJSON implements json.Unmarshaler, reading what MarshalJSON
// writes as it was stored, with the basis and the table it cites. It
// returns an error wrapping ErrInconsistent if a key is missing or
// unknown, if the counts of members do not add up, if what the figures
// require is not what the rule requires of them, or if the outcome stated
// is not the one the figures give; an unknown rule matches ErrUnknownRule.
func (r *CouncilResult) UnmarshalJSON(data []byte) error {
	var f councilFigures
	if err := decodeStrict(data, &f, "Council result", councilResultKeys...); err != nil {
		return err
	}
	if err := f.check(); err != nil {
		return fmt.Errorf("vote: %w: Council result of %v under %v: %s", ErrInconsistent, f.Date, f.Rule, err)
	}
	*r = CouncilResult{f}
	return nil
}

// check returns an error saying what in f, read from JSON, cannot be.
func (f *councilFigures) check() error {
	negative := min(f.Members, f.Participating, f.MembersFor, f.MembersAgainst, f.MembersAbstaining, f.MembersRequired, f.BlockingMinority,
		f.WeightsFor, f.WeightsRequired, f.WeightsTotal) < 0 ||
		min(f.PopulationFor, f.PopulationTotal, f.PopulationRequired, f.PopulationForLow, f.PopulationTotalAtLow,
			f.PopulationForHigh, f.PopulationTotalAtHigh) < 0
	switch {
	case !f.Date.IsValid():
		return fmt.Errorf("no date")
	case !f.Rule.IsValid():
		return fmt.Errorf("no rule")
	case negative:
		return fmt.Errorf("a negative count")
	case max(f.PopulationTotal, f.PopulationTotalAtLow, f.PopulationTotalAtHigh) > int64(memberCount)*maxPopulation:
		return fmt.Errorf("a population of more than %d persons", int64(memberCount)*maxPopulation)
	case f.Members >= memberCount || f.Participating < 1 || f.Participating > f.Members:
		return fmt.Errorf("%d of %d members participating", f.Participating, f.Members)
	case f.MembersFor+f.MembersAgainst+f.MembersAbstaining != f.Participating:
		return fmt.Errorf("%d for, %d against and %d abstaining of %d participating", f.MembersFor, f.MembersAgainst, f.MembersAbstaining, f.Participating)
	case f.PopulationFor > f.PopulationTotal || f.PopulationForLow > f.PopulationTotalAtLow || f.PopulationForHigh > f.PopulationTotalAtHigh:
		return fmt.Errorf("more population in favour than participating")
	case (f.Table == "") != (f.Grade == 0) || f.Grade != 0 && !f.Grade.IsValid():
		return fmt.Errorf("the table %q with the grade %v", f.Table, f.Grade)
	case f.Table == "" && f.PopulationTotal != 0:
		return fmt.Errorf("a population with no table")
	case f.PopulationCheck && !isNice(f.Rule):
		return fmt.Errorf("the 62%% check under %v", f.Rule)
	case isNice(f.Rule) && f.Participating < f.Members:
		return fmt.Errorf("members not participating under %v", f.Rule)
	}
	want := *f
	want.MembersRequired, want.PopulationRequired, want.WeightsRequired, want.WeightsTotal = 0, 0, 0, 0
	if !want.require() {
		return fmt.Errorf("no Nice quota for a Council of %d members", f.Members)
	}
	switch {
	case want.MembersRequired != f.MembersRequired || want.PopulationRequired != f.PopulationRequired ||
		want.WeightsRequired != f.WeightsRequired || want.WeightsTotal != f.WeightsTotal:
		return fmt.Errorf("the figures state %d members, %d persons and %d of %d weighted votes required; the rule requires %d, %d and %d of %d",
			f.MembersRequired, f.PopulationRequired, f.WeightsRequired, f.WeightsTotal,
			want.MembersRequired, want.PopulationRequired, want.WeightsRequired, want.WeightsTotal)
	case f.WeightsFor > f.WeightsTotal:
		return fmt.Errorf("%d of %d weighted votes in favour", f.WeightsFor, f.WeightsTotal)
	case f.BlockingMinority != 0 && f.Rule != QualifiedMajority,
		f.Rule == QualifiedMajority && f.Participating == f.Members && f.BlockingMinority != 4,
		f.Rule == QualifiedMajority && (f.BlockingMinority < 1 || f.BlockingMinority > f.Participating+1):
		return fmt.Errorf("a blocking minority of %d under %v with %d of %d members participating", f.BlockingMinority, f.Rule, f.Participating, f.Members)
	}
	if adopted, byClause := f.outcome(); adopted != f.Adopted || byClause != f.ClauseDecided {
		return fmt.Errorf("the result states adopted %v (by the clause %v), but its figures give adopted %v (by the clause %v)",
			f.Adopted, f.ClauseDecided, adopted, byClause)
	}
	if !f.Certain && (f.PopulationRequired == 0 || f.Grade.Exact()) {
		return fmt.Errorf("an uncertain outcome on exact figures, or without a population test")
	}
	return nil
}
