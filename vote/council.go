package vote

import (
	"errors"
	"fmt"
	"iter"
	"strings"

	"github.com/acquis-eu/acquis"
	"github.com/acquis-eu/acquis/internal/num"
)

// errZeroCouncil is the error of the zero Council's methods.
var errZeroCouncil = fmt.Errorf("vote: %w: the zero Council has no members; obtain one from CouncilOn", ErrNoComposition)

// The days that bound the Council's rules.
var (
	// councilFrom is the first day this package knows the Council: the day
	// the weights of the Nice Treaty applied to the 25 members, as
	// Council Decision 2004/701/EC, Euratom, whose population table
	// applies from that day, reflects; from 1 May to 31 October 2004 a
	// transitional weighting applied, which this package does not hold.
	councilFrom = acquis.MustParseDate("2004-11-01")
	// lisbonQMV is the first day of the qualified majority of Article 16(4)
	// TEU: "As from 1 November 2014".
	lisbonQMV = acquis.MustParseDate("2014-11-01")
	// niceUntil is the first day the Nice weights could no longer be asked
	// for: Protocol No 36, Article 3(2), "Between 1 November 2014 and 31
	// March 2017".
	niceUntil = acquis.MustParseDate("2017-04-01")
)

// The Nice weights of each member (Protocol No 36, Article 3(3), as adapted
// by the Acts of Accession of 2005 and 2012): 29 for DE, FR, IT and UK; 27
// for ES and PL; 14 for RO; 13 for NL; 12 for BE, CZ, EL, HU and PT; 10 for
// AT, BG and SE; 7 for DK, IE, HR, LT, SK and FI; 4 for CY, EE, LV, LU and
// SI; 3 for MT.
var niceWeight = [memberCount]int{
	acquis.BE: 12, acquis.BG: 10, acquis.CZ: 12, acquis.DK: 7, acquis.DE: 29, acquis.EE: 4, acquis.IE: 7, acquis.EL: 12, acquis.ES: 27, acquis.FR: 29, acquis.HR: 7, acquis.IT: 29, acquis.CY: 4, acquis.LV: 4,
	acquis.LT: 7, acquis.LU: 4, acquis.HU: 12, acquis.MT: 3, acquis.NL: 13, acquis.AT: 10, acquis.PL: 27, acquis.PT: 12, acquis.RO: 14, acquis.SI: 4, acquis.SK: 7, acquis.FI: 7, acquis.SE: 10, acquis.UK: 29,
}

// NiceWeight returns m's weighted votes under the Nice rules (Protocol No
// 36 on transitional provisions, Article 3(3), as adapted by the Acts of
// Accession of 2005 and 2012), or 0 for an invalid Member.
func NiceWeight(m acquis.Member) int {
	if !m.IsValid() {
		return 0
	}
	return niceWeight[m]
}

// NiceQuota returns, for a Council of n members, the weighted votes a
// qualified majority needs under the Nice rules and the votes of all the
// members: 232 of 321 with 25 members, 255 of 345 with 27 and 260 of 352
// with 28. It reports false for any other number of members.
func NiceQuota(n int) (quota, total int, ok bool) {
	switch n {
	case 25:
		return 232, 321, true
	case 27:
		return 255, 345, true
	case 28:
		return 260, 352, true
	}
	return 0, 0, false
}

// Council is the Council of the European Union as composed on one day: its
// members, and the population table in force that day if this package
// embeds one (see TableOn) or the caller gave one (see WithTable).
//
// Council is a small comparable value: == reports the same day, the same
// members and the same table, a table given with WithTable compared by
// identity, so that two Councils given equal tables by two calls differ.
// The zero Council has no members: deciding with it is an error. Obtain
// one from CouncilOn.
type Council struct {
	date  acquis.Date
	set   memberSet
	table *Table // nil when none is known; never modified
}

// CouncilOn returns the Council as composed on day d, from 1 November 2004,
// with the population table in force that day when this package embeds one.
// The members are the member states on day d: 25 from 1 November 2004, 27
// from 1 January 2007, 28 from 1 July 2013 and 27 from 1 February 2020.
//
// It returns an error wrapping ErrNoComposition for the zero Date or a day
// before 1 November 2004.
func CouncilOn(d acquis.Date) (Council, error) {
	if !d.IsValid() || d.Before(councilFrom) {
		first := embedded[0]
		return Council{}, fmt.Errorf("vote: %w on %v: this package holds the Council's compositions from %v, when its first population table "+
			"applies (from %v to %v); from 1 May to 31 October 2004 a transitional weighting applied, which it does not hold",
			ErrNoComposition, d, councilFrom, first.from, first.until.AddDays(-1))
	}
	c := Council{date: d, set: membersOn(d)}
	if t := tableOn(d); t != nil {
		c.table = t
	}
	return c, nil
}

// WithTable returns c with the caller's population table t, which must give
// a figure for every member of c and for no other member: it returns a
// *TableError if t does not, which matches ErrNotMember when t names a state
// that is not a member of c.
func (c Council) WithTable(t Table) (Council, error) {
	if !c.date.IsValid() {
		return Council{}, errZeroCouncil
	}
	for m := range acquis.AllMembers() {
		switch {
		case c.set.has(m) && !t.set.has(m):
			return Council{}, &TableError{Source: t.source, Msg: fmt.Sprintf("no figure for %v, a member of the Council on %v", m, c.date)}
		case !c.set.has(m) && t.set.has(m):
			return Council{}, &TableError{Source: t.source, Msg: fmt.Sprintf("a figure for %v, not a member of the Council on %v", m, c.date), Err: ErrNotMember}
		}
	}
	c.table = &t
	return c, nil
}

// Date returns the day c describes.
func (c Council) Date() acquis.Date { return c.date }

// Members returns the members of c in protocol order.
func (c Council) Members() iter.Seq[acquis.Member] { return c.set.all() }

// Size returns the number of members of c.
func (c Council) Size() int { return c.set.len() }

// Has reports whether m is a member of c.
func (c Council) Has(m acquis.Member) bool { return m.IsValid() && c.set.has(m) }

// Table returns c's population table, and whether it has one.
func (c Council) Table() (Table, bool) {
	if c.table == nil {
		return Table{}, false
	}
	return *c.table, true
}

// Ballot returns a ballot with every member of c in position p, to change
// with Ballot.Set.
func (c Council) Ballot(p Position) Ballot {
	var b Ballot
	for m := range c.set.all() {
		b.pos[m] = p
	}
	return b
}

// A CouncilResult is the outcome of applying one of the Council's rules to
// a ballot: adopted or not, against which thresholds, on which figures, and
// whether the figures are good enough to be sure.
//
// Population counts are persons, for the participating members only; they
// are given whenever the Council has a table, and PopulationRequired only
// for a rule with a population test. Fields that a rule does not use are
// zero: BlockingMinority for a rule without a blocking-minority clause, the
// weights for rules other than the Nice ones.
type CouncilResult struct {
	Rule  Rule        `json:"rule"`
	Basis string      `json:"basis"` // the provision applied, which depends on who takes part
	Date  acquis.Date `json:"date"`
	// Adopted is the outcome on the table's figures.
	Adopted bool `json:"adopted"`
	// Certain reports whether the outcome is the same for every population
	// vector within the bounds of the table's figures. It is true when the
	// table is exact or the rule counts no population.
	Certain bool `json:"certain"`

	Members           int `json:"members"`           // members of the Council
	Participating     int `json:"participating"`     // members taking part
	MembersFor        int `json:"membersFor"`        // members voting for
	MembersAgainst    int `json:"membersAgainst"`    // members voting against
	MembersAbstaining int `json:"membersAbstaining"` // members abstaining
	MembersRequired   int `json:"membersRequired"`   // the least number of members for

	PopulationFor      int64 `json:"populationFor"`
	PopulationTotal    int64 `json:"populationTotal"`
	PopulationRequired int64 `json:"populationRequired"`
	// The least and greatest population in favour, and the participating
	// total with each, over every vector within the bounds: the extremes of
	// the share in favour. Equal to the figures above when the table is
	// exact.
	PopulationForLow      int64 `json:"populationForLow"`
	PopulationTotalAtLow  int64 `json:"populationTotalAtLow"`
	PopulationForHigh     int64 `json:"populationForHigh"`
	PopulationTotalAtHigh int64 `json:"populationTotalAtHigh"`

	// BlockingMinority is the least number of members not in favour that
	// can block: 4 under Article 16(4) TEU; under Article 238(3)(a) TFEU the
	// least number of participating members representing more than 35% of
	// their population, plus one.
	BlockingMinority int `json:"blockingMinority,omitempty"`
	// ClauseDecided reports that the proposal was adopted only because
	// fewer than BlockingMinority members were not in favour: the qualified
	// majority "deemed attained".
	ClauseDecided bool `json:"clauseDecided,omitempty"`

	WeightsFor      int  `json:"weightsFor,omitempty"`
	WeightsRequired int  `json:"weightsRequired,omitempty"`
	WeightsTotal    int  `json:"weightsTotal,omitempty"`
	PopulationCheck bool `json:"populationCheck,omitempty"` // the 62% check of the Nice rules was requested

	Table string `json:"table,omitempty"` // the population table's source
	Grade Grade  `json:"grade,omitempty"` // its weakest grade
}

// NotInFavour returns the participating members who did not vote for.
func (r CouncilResult) NotInFavour() int { return r.Participating - r.MembersFor }

// MembersShort returns how many more members in favour the rule needed, or
// 0.
func (r CouncilResult) MembersShort() int { return max(0, r.MembersRequired-r.MembersFor) }

// PopulationShort returns how many more persons in favour the rule needed on
// the table's figures, or 0.
func (r CouncilResult) PopulationShort() int64 { return max(0, r.PopulationRequired-r.PopulationFor) }

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
	return pct(r.PopulationForLow, r.PopulationTotalAtLow), pct(r.PopulationFor, r.PopulationTotal), pct(r.PopulationForHigh, r.PopulationTotalAtHigh)
}

// String describes the result in words.
func (r CouncilResult) String() string {
	if !r.Rule.IsValid() {
		return "no result"
	}
	var b strings.Builder
	if r.Adopted {
		b.WriteString("adopted")
	} else {
		b.WriteString("rejected")
	}
	majority := r.Rule.Majority()
	if r.Participating < r.Members {
		switch r.Rule {
		case QualifiedMajority:
			majority = "55% of the participating members representing 65% of their population"
		case ReinforcedQualifiedMajority:
			majority = "72% of the participating members representing 65% of their population"
		}
	}
	fmt.Fprintf(&b, " under %s (%s) on %v: ", majority, r.Basis, r.Date)
	fmt.Fprintf(&b, "%d for, %d against, %d abstaining", r.MembersFor, r.MembersAgainst, r.MembersAbstaining)
	if n := r.Members - r.Participating; n > 0 {
		fmt.Fprintf(&b, ", %d not participating", n)
	}
	if r.MembersRequired > 0 {
		fmt.Fprintf(&b, "; members: %d in favour, %d required", r.MembersFor, r.MembersRequired)
	}
	if r.WeightsRequired > 0 {
		fmt.Fprintf(&b, "; weighted votes: %d in favour of %d, %d required", r.WeightsFor, r.WeightsTotal, r.WeightsRequired)
	}
	if r.PopulationRequired > 0 {
		_, share, _ := r.Share()
		fmt.Fprintf(&b, "; population: %s in favour of %s (%.2f%%), %s required",
			num.Thousands(r.PopulationFor), num.Thousands(r.PopulationTotal), share, num.Thousands(r.PopulationRequired))
	}
	if r.BlockingMinority > 0 {
		fmt.Fprintf(&b, "; %d not in favour, a blocking minority needs %d", r.NotInFavour(), r.BlockingMinority)
		if r.ClauseDecided {
			b.WriteString(", so the qualified majority is deemed attained")
		}
	}
	if r.PopulationRequired > 0 && !r.Grade.Exact() {
		low, _, high := r.Share()
		if r.Certain {
			fmt.Fprintf(&b, "; %s whatever the exact figures (%s table: %.2f%% to %.2f%% in favour)", outcome(r.Adopted), r.Grade, low, high)
		} else {
			fmt.Fprintf(&b, "; too close to call with these figures (%s table: %.2f%% to %.2f%% in favour)", r.Grade, low, high)
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

// Decide applies one of the Council's rules to ballot b. Every member of c
// must have one of For, Against, Abstain and NotParticipating, and no
// other member a position. Decide returns an error, and no result, for the
// zero Council (ErrNoComposition), an invalid Rule (ErrUnknownRule), a rule
// of the Parliament (ErrWrongInstitution), a rule not in force on c's day
// (ErrNotInForce), an invalid ballot (a *BallotError, which matches
// ErrInvalidBallot), a rule that needs population figures when c has no
// table (a *NoTableError, which matches ErrNoTable), or the Nice weights
// with a member not participating (errors.ErrUnsupported). A rejected
// proposal is a result, not an error.
//
// Decide allocates nothing.
func (c Council) Decide(r Rule, b Ballot) (CouncilResult, error) {
	if !c.date.IsValid() {
		return CouncilResult{}, errZeroCouncil
	}
	if !r.IsValid() {
		return CouncilResult{}, fmt.Errorf("vote: %w %d", ErrUnknownRule, uint8(r))
	}
	if !r.Council() {
		return CouncilResult{}, fmt.Errorf("vote: %w: %v is a rule of the European Parliament, not of the Council of the EU", ErrWrongInstitution, r)
	}
	switch {
	case (r == QualifiedMajority || r == ReinforcedQualifiedMajority) && c.date.Before(lisbonQMV):
		return CouncilResult{}, fmt.Errorf("vote: %w: %v applies from %v, not on %v", ErrNotInForce, r, lisbonQMV, c.date)
	case (r == NiceWeights || r == NiceWeightsReinforced) && !c.date.Before(niceUntil):
		return CouncilResult{}, fmt.Errorf("vote: %w: %v could be asked for until %v, not on %v", ErrNotInForce, r, niceUntil.AddDays(-1), c.date)
	}

	res := CouncilResult{Rule: r, Basis: r.Basis(), Date: c.date, Members: c.set.len()}
	var yes, no, out memberSet // for; participating and not for; not participating
	for m := range acquis.AllMembers() {
		p := b.pos[m]
		if !c.set.has(m) {
			if p != 0 {
				return CouncilResult{}, &BallotError{Date: c.date, Member: m, Err: ErrNotMember,
					Msg: fmt.Sprintf("%v is not a member of the Council on %v, but the ballot gives it a position", m, c.date)}
			}
			continue
		}
		switch p {
		case For:
			yes |= 1 << m
			res.MembersFor++
		case Against:
			no |= 1 << m
			res.MembersAgainst++
		case Abstain:
			no |= 1 << m
			res.MembersAbstaining++
		case NotParticipating:
			out |= 1 << m
		case 0:
			return CouncilResult{}, &BallotError{Date: c.date, Member: m,
				Msg: fmt.Sprintf("the ballot gives %v, a member of the Council on %v, no position", m, c.date)}
		default:
			return CouncilResult{}, &BallotError{Date: c.date, Member: m,
				Msg: fmt.Sprintf("the ballot gives %v the position %v; a member of the Council votes for, against or abstains, or does not participate", m, p)}
		}
	}
	res.Participating = yes.len() + no.len()
	if res.Participating == 0 {
		return CouncilResult{}, &BallotError{Date: c.date, Msg: fmt.Sprintf("no member of the Council on %v participates", c.date)}
	}
	partial := out != 0

	if c.table != nil {
		// Every rule reports the population in favour when a table is known.
		res.Table, res.Grade = c.table.source, c.table.Grade()
		pop := c.population(yes, no, out)
		res.PopulationFor, res.PopulationTotal = pop.yes, pop.yes+pop.no
		res.PopulationForLow, res.PopulationTotalAtLow, res.PopulationForHigh, res.PopulationTotalAtHigh = pop.extremes()
	}
	// meets reports whether the population in favour reaches pct percent of
	// the participating population on the table's figures, at the least
	// share within the bounds (sure) and at the greatest (maybe).
	meets := func(pct int64) (nominal, sure, maybe bool) {
		return 100*res.PopulationFor >= pct*res.PopulationTotal,
			100*res.PopulationForLow >= pct*res.PopulationTotalAtLow,
			100*res.PopulationForHigh >= pct*res.PopulationTotalAtHigh
	}
	switch r {
	case CouncilMajority:
		res.MembersRequired = res.Participating/2 + 1
		res.Adopted, res.Certain = res.MembersFor >= res.MembersRequired, true
		return res, nil
	case Unanimity:
		if partial {
			res.Basis = "Art 238(4) TFEU; Art 330 TFEU"
		}
		res.Adopted, res.Certain = res.MembersAgainst == 0 && res.MembersFor > 0, true
		return res, nil
	case Article7Determination:
		if out.len() != 1 {
			return CouncilResult{}, &BallotError{Date: c.date,
				Msg: fmt.Sprintf("%v: the ballot must name exactly one member, the member concerned, as not participating (Art 354 TFEU); it names %d", r, out.len())}
		}
		res.MembersRequired = (4*res.Participating + 4) / 5
		res.Adopted, res.Certain = res.MembersFor >= res.MembersRequired, true
		return res, nil
	case NiceWeights, NiceWeightsReinforced:
		return c.decideNice(res, r, b, yes, partial, meets)
	}

	// The qualified majorities of Article 16(4) TEU and Article 238 TFEU.
	if c.table == nil {
		return CouncilResult{}, noTable(c.date)
	}
	t := c.table
	res.PopulationRequired = (65*res.PopulationTotal + 99) / 100
	popOK, popSure, popMaybe := meets(65)

	reinforced := r == ReinforcedQualifiedMajority
	switch {
	case reinforced && partial:
		res.Basis = "Art 238(3)(b) TFEU"
	case partial:
		res.Basis = "Art 238(3)(a) TFEU"
	}
	if reinforced {
		res.MembersRequired = (72*res.Participating + 99) / 100
	} else {
		res.MembersRequired = (55*res.Participating + 99) / 100
		if !partial {
			res.MembersRequired = max(res.MembersRequired, 15)
		}
	}
	membersOK := res.MembersFor >= res.MembersRequired

	// The blocking-minority clause: the qualified majority is deemed
	// attained when fewer members than a blocking minority are not in
	// favour. Its size under partial participation depends on the figures.
	clause := func(block int) bool { return block > 0 && res.NotInFavour() < block }
	blockLow, blockHigh := 0, 0
	switch {
	case reinforced:
	case partial:
		res.BlockingMinority = blockingSize(t, yes|no, nominal) + 1
		blockLow, blockHigh = blockingSize(t, yes|no, fewest)+1, blockingSize(t, yes|no, most)+1
	default:
		res.BlockingMinority, blockLow, blockHigh = 4, 4, 4
	}

	decide := func(popOK bool, block int) bool { return membersOK && popOK || clause(block) }
	res.Adopted = decide(popOK, res.BlockingMinority)
	res.ClauseDecided = res.Adopted && !(membersOK && popOK)
	res.Certain = true
	for _, p := range [2]bool{popSure, popMaybe} {
		for _, k := range [2]int{blockLow, blockHigh} {
			if decide(p, k) != res.Adopted {
				res.Certain = false
			}
		}
	}
	return res, nil
}

// decideNice applies the Nice weights of Protocol No 36.
func (c Council) decideNice(res CouncilResult, r Rule, b Ballot, yes memberSet, partial bool, meets func(int64) (bool, bool, bool)) (CouncilResult, error) {
	if partial {
		return CouncilResult{}, fmt.Errorf("vote: %v: %w: this package does not apply the Nice weights when members do not participate", r, errors.ErrUnsupported)
	}
	quota, total, ok := NiceQuota(res.Members)
	if !ok {
		return CouncilResult{}, fmt.Errorf("vote: %v: %w: no Nice quota for a Council of %d members", r, errors.ErrUnsupported, res.Members)
	}
	for m := range yes.all() {
		res.WeightsFor += niceWeight[m]
	}
	res.WeightsRequired, res.WeightsTotal = quota, total
	if r == NiceWeights {
		res.MembersRequired = res.Members/2 + 1
	} else {
		res.MembersRequired = (2*res.Members + 2) / 3
	}
	adopted := res.WeightsFor >= quota && res.MembersFor >= res.MembersRequired
	res.Adopted, res.Certain = adopted, true
	if !b.populationTest {
		return res, nil
	}
	if c.table == nil {
		return CouncilResult{}, noTable(c.date)
	}
	res.PopulationCheck = true
	res.PopulationRequired = (62*res.PopulationTotal + 99) / 100
	popOK, sure, maybe := meets(62)
	res.Adopted = adopted && popOK
	res.Certain = !adopted || sure == maybe
	return res, nil
}

// populations holds the populations of the members for, of the
// participating members not for, and of the members not participating,
// each on the table's figures and with its bounds, and the bounds of the
// table's total.
type populations struct {
	yes, no                              int64
	yesLow, yesHigh, noLow, noHigh       int64
	outLow, outHigh, totalLow, totalHigh int64
}

func (c Council) population(yes, no, out memberSet) populations {
	t := c.table
	var p populations
	for m := range c.set.all() {
		f := t.figures[m]
		switch {
		case yes.has(m):
			p.yes += f.Population
			p.yesLow += f.Low
			p.yesHigh += f.High
		case no.has(m):
			p.no += f.Population
			p.noLow += f.Low
			p.noHigh += f.High
		case out.has(m):
			p.outLow += f.Low
			p.outHigh += f.High
		}
	}
	p.totalLow, p.totalHigh = t.totalLow, t.totalHigh
	return p
}

// extremes returns the population in favour and the participating total at
// the least share in favour, and at the greatest, over every vector whose
// figures lie within their bounds and whose total lies within the table's.
//
// The share y/(y+n) grows with y and falls with n. With P = y+n bounded by
// [pLow, pHigh], the least share takes the least y that leaves room for
// the greatest n, and the greatest share the reverse.
func (p populations) extremes() (yLow, pAtLow, yHigh, pAtHigh int64) {
	pLow := max(p.yesLow+p.noLow, p.totalLow-p.outHigh)
	pHigh := min(p.yesHigh+p.noHigh, p.totalHigh-p.outLow)
	y := max(p.yesLow, pLow-p.noHigh)
	n := min(p.noHigh, pHigh-y)
	yLow, pAtLow = y, y+n
	y = min(p.yesHigh, pHigh-p.noLow)
	n = max(p.noLow, pLow-y)
	yHigh, pAtHigh = y, y+n
	return
}

// Which figures blockingSize counts on.
const (
	nominal = iota // the table's figures
	fewest         // the bounds that let the fewest members pass 35%
	most           // the bounds that make it take the most
)

// blockingSize returns the least number of the participating members s
// whose population exceeds 35% of the population of s (Article 238(3)(a)
// TFEU), counting the largest first. With fewest, the members counted are
// at their upper bounds and the others at their lower bounds, which gives
// the least number any vector within the bounds can give; with most, the
// reverse, which gives the greatest.
func blockingSize(t *Table, s memberSet, which int) int {
	var top, rest [memberCount]int64 // figures for the counted members and for the rest
	var order [memberCount]acquis.Member
	n := 0
	for m := range s.all() {
		f := t.figures[m]
		switch which {
		case fewest:
			top[m], rest[m] = f.High, f.Low
		case most:
			top[m], rest[m] = f.Low, f.High
		default:
			top[m], rest[m] = f.Population, f.Population
		}
		// Insertion sort by top figure, largest first: at most 28 members.
		i := n
		for i > 0 && top[order[i-1]] < top[m] {
			order[i] = order[i-1]
			i--
		}
		order[i] = m
		n++
	}
	var restSum int64
	for _, m := range order[:n] {
		restSum += rest[m]
	}
	var counted int64
	for k, m := range order[:n] {
		counted += top[m]
		restSum -= rest[m]
		if 100*counted > 35*(counted+restSum) {
			return k + 1
		}
	}
	return n
}
