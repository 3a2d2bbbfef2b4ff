package vote

import (
	"errors"
	"fmt"
	"iter"

	"github.com/acquis-eu/acquis"
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

// niceQuota returns, for a Council of n members, the weighted votes a
// qualified majority needs under the Nice rules and the votes of all the
// members: 232 of 321 with 25 members, 255 of 345 with 27 and 260 of 352
// with 28. It reports false for any other number of members.
func niceQuota(n int) (quota, total int, ok bool) {
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
// before 1 November 2004, and the *TablesFileError of the embedded tables
// should they not read (see TableOn).
func CouncilOn(d acquis.Date) (Council, error) {
	t, ts, err := tableOn(d)
	if err != nil {
		return Council{}, err
	}
	if !d.IsValid() || d.Before(councilFrom) {
		return Council{}, fmt.Errorf("vote: %w on %v: this package holds the Council's compositions from %v, when its first population table "+
			"applies (for %v); from 1 May to 31 October 2004 a transitional weighting applied, which it does not hold",
			ErrNoComposition, d, councilFrom, ts[0].Span())
	}
	return Council{date: d, set: membersOn(d), table: t}, nil
}

// WithTable returns a copy of c with the caller's population table t, which must give
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

// noTable returns the *NoTableError of c's day.
func (c Council) noTable() error {
	ts, err := embedded()
	if err != nil {
		return err
	}
	return noTable(c.date, ts)
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

// Ballot returns a ballot in which every member of c made choice ch, to
// change with Ballot.Set.
func (c Council) Ballot(ch Choice) Ballot {
	var b Ballot
	for m := range c.set.all() {
		b.choice[m] = ch
	}
	return b
}

// Decide applies one of the Council's rules to ballot b. Every member of c
// must have made one of the choices For, Against, Abstain and
// NotParticipating, and no other member a choice. Decide returns an error,
// and no result, for the zero Council (ErrNoComposition), an invalid
// CouncilRule (ErrUnknownRule), a rule not in force on c's day
// (ErrNotInForce), an invalid ballot (a *BallotError, which matches
// ErrInvalidBallot), a rule that needs population figures when c has no
// table (a *NoTableError, which matches ErrNoTable), or the Nice weights
// with a member not participating (errors.ErrUnsupported). A rejected
// proposal is a result, not an error.
//
// Decide allocates nothing.
func (c Council) Decide(r CouncilRule, b Ballot) (CouncilResult, error) {
	if err := c.inForce(r); err != nil {
		return CouncilResult{}, err
	}
	f := councilFigures{Rule: r, Basis: r.Basis(), Date: c.date, Members: c.set.len(), PopulationCheck: isNice(r) && b.populationTest}
	s, err := c.count(&f, b)
	if err != nil {
		return CouncilResult{}, err
	}
	if err := c.applies(&f, s); err != nil {
		return CouncilResult{}, err
	}
	if c.table != nil {
		// Every rule reports the population in favour when a table is known.
		f.Table, f.Grade = c.table.source, c.table.Grade()
		c.population(s).into(&f)
	}
	if isNice(r) {
		for m := range s.yes.all() {
			f.WeightsFor += niceWeight[m]
		}
	}
	f.require()
	if r == QualifiedMajority {
		f.BlockingMinority = 4
		if s.partial() {
			f.BlockingMinority = blockingSize(c.table, s.yes|s.no, nominal) + 1
		}
	}
	f.Adopted, f.ClauseDecided = f.outcome()
	f.Certain = c.certain(&f, s)
	return CouncilResult{f}, nil
}

// inForce returns an error if r is not a rule the Council could apply on
// c's day.
func (c Council) inForce(r CouncilRule) error {
	switch {
	case !c.date.IsValid():
		return errZeroCouncil
	case !r.IsValid():
		return fmt.Errorf("vote: %w %d", ErrUnknownRule, uint8(r))
	case (r == QualifiedMajority || r == ReinforcedQualifiedMajority) && c.date.Before(lisbonQMV):
		return fmt.Errorf("vote: %w: %v applies from %v, not on %v", ErrNotInForce, r, lisbonQMV, c.date)
	case isNice(r) && !c.date.Before(niceUntil):
		return fmt.Errorf("vote: %w: %v could be asked for until %v, not on %v", ErrNotInForce, r, niceUntil.AddDays(-1), c.date)
	}
	return nil
}

// choices are the members of a ballot by what they chose.
type choices struct {
	yes memberSet // for
	no  memberSet // participating and not for
	out memberSet // not participating
}

// partial reports whether some members do not participate.
func (s choices) partial() bool { return s.out != 0 }

// count counts the members of c by their choice in b into f, and returns
// them. It returns a *BallotError if b does not give each member of c, and
// no other state, one of the choices a member of the Council can make, or
// if no member participates.
func (c Council) count(f *councilFigures, b Ballot) (choices, error) {
	var s choices
	for m := range acquis.AllMembers() {
		ch := b.choice[m]
		if !c.set.has(m) {
			if ch != 0 {
				return s, &BallotError{Date: c.date, Member: m, Err: ErrNotMember,
					Msg: fmt.Sprintf("%v is not a member of the Council on %v, but the ballot gives it a choice", m, c.date)}
			}
			continue
		}
		switch ch {
		case For:
			s.yes |= 1 << m
			f.MembersFor++
		case Against:
			s.no |= 1 << m
			f.MembersAgainst++
		case Abstain:
			s.no |= 1 << m
			f.MembersAbstaining++
		case NotParticipating:
			s.out |= 1 << m
		case 0:
			return s, &BallotError{Date: c.date, Member: m,
				Msg: fmt.Sprintf("the ballot gives %v, a member of the Council on %v, no choice", m, c.date)}
		default:
			return s, &BallotError{Date: c.date, Member: m,
				Msg: fmt.Sprintf("the ballot gives %v the choice %v; a member of the Council votes for, against or abstains, or does not participate", m, ch)}
		}
	}
	f.Participating = s.yes.len() + s.no.len()
	if f.Participating == 0 {
		return s, &BallotError{Date: c.date, Msg: fmt.Sprintf("no member of the Council on %v participates", c.date)}
	}
	return s, nil
}

// applies returns an error if f's rule cannot be applied in c to the
// members who take part, s: the member concerned by Article 7 TEU must be
// the only one not taking part, the Nice weights are applied only when
// every member takes part, and the rules that count population need a
// table. It sets the basis that applies to those taking part.
func (c Council) applies(f *councilFigures, s choices) error {
	r := f.Rule
	switch r {
	case Article7Determination:
		if s.out.len() != 1 {
			return &BallotError{Date: c.date,
				Msg: fmt.Sprintf("%v: the ballot must name exactly one member, the member concerned, as not participating (Art 354 TFEU); it names %d", r, s.out.len())}
		}
	case Unanimity:
		if s.partial() {
			f.Basis = "Art 238(4) TFEU; Art 330 TFEU"
		}
	case NiceWeights, NiceWeightsReinforced:
		if s.partial() {
			return fmt.Errorf("vote: %v: %w: this package does not apply the Nice weights when members do not participate", r, errors.ErrUnsupported)
		}
		if _, _, ok := niceQuota(f.Members); !ok {
			return fmt.Errorf("vote: %v: %w: no Nice quota for a Council of %d members", r, errors.ErrUnsupported, f.Members)
		}
		if f.PopulationCheck && c.table == nil {
			return c.noTable()
		}
	case QualifiedMajority, ReinforcedQualifiedMajority:
		if c.table == nil {
			return c.noTable()
		}
		switch {
		case r == ReinforcedQualifiedMajority && s.partial():
			f.Basis = "Art 238(3)(b) TFEU"
		case s.partial():
			f.Basis = "Art 238(3)(a) TFEU"
		}
	}
	return nil
}

// certain reports whether f's outcome is the same for every population
// vector within the bounds of c's figures, and the blocking minority that
// each vector gives under Article 238(3)(a) TFEU.
func (c Council) certain(f *councilFigures, s choices) bool {
	if f.PopulationRequired == 0 {
		return true
	}
	pct := int64(65)
	if isNice(f.Rule) {
		pct = 62
	}
	// The population in favour reaches pct percent at the least share
	// within the bounds (sure) and at the greatest (maybe).
	sure := 100*f.PopulationForLow >= pct*f.PopulationTotalAtLow
	maybe := 100*f.PopulationForHigh >= pct*f.PopulationTotalAtHigh
	if isNice(f.Rule) {
		weighted := f.WeightsFor >= f.WeightsRequired && f.MembersFor >= f.MembersRequired
		return !weighted || sure == maybe
	}
	blockLow, blockHigh := f.BlockingMinority, f.BlockingMinority
	if f.Rule == QualifiedMajority && s.partial() {
		blockLow, blockHigh = blockingSize(c.table, s.yes|s.no, fewest)+1, blockingSize(c.table, s.yes|s.no, most)+1
	}
	membersOK := f.MembersFor >= f.MembersRequired
	for _, popOK := range [2]bool{sure, maybe} {
		for _, block := range [2]int{blockLow, blockHigh} {
			if (membersOK && popOK || block > 0 && f.Participating-f.MembersFor < block) != f.Adopted {
				return false
			}
		}
	}
	return true
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

func (c Council) population(s choices) populations {
	t := c.table
	var p populations
	for m := range c.set.all() {
		f := t.figures[m]
		switch {
		case s.yes.has(m):
			p.yes += f.Population
			p.yesLow += f.Low
			p.yesHigh += f.High
		case s.no.has(m):
			p.no += f.Population
			p.noLow += f.Low
			p.noHigh += f.High
		case s.out.has(m):
			p.outLow += f.Low
			p.outHigh += f.High
		}
	}
	p.totalLow, p.totalHigh = t.totalLow, t.totalHigh
	return p
}

// into sets the population figures of f from p.
func (p populations) into(f *councilFigures) {
	f.PopulationFor, f.PopulationTotal = p.yes, p.yes+p.no
	f.PopulationForLow, f.PopulationTotalAtLow, f.PopulationForHigh, f.PopulationTotalAtHigh = p.extremes()
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
