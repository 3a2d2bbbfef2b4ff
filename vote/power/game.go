package power

import (
	"errors"
	"fmt"
	"math/bits"
	"strings"

	"github.com/acquis-eu/acquis"
	"github.com/acquis-eu/acquis/internal/num"
	"github.com/acquis-eu/acquis/vote"
)

// Errors that this package's errors wrap, to say what kind of problem they
// report. Match them with errors.Is, never with the message. Errors about a
// Council, a rule or a ballot come from package vote and match its
// sentinels (vote.ErrNoTable, vote.ErrNotInForce, vote.ErrNotMember, ...).
var (
	// ErrInvalidGame reports a game that cannot be: no players, a weight,
	// quota or least number of members out of range, a member named twice
	// among those taking part, or a game that even the empty coalition
	// wins.
	ErrInvalidGame = errors.New("invalid game")

	// ErrTooLarge reports a game beyond what this package computes exactly:
	// more than 62 players, or more than 36 whose weights are too large
	// for counting by size and weight.
	ErrTooLarge = errors.New("game too large to compute exactly")
)

// A Game is a simple voting game: a set of players, and which coalitions of
// them win. Every game of this package has the form
//
//	weight(S) >= Quota and |S| >= MinMembers, or |S| >= Clause
//
// where weight(S) sums the players' weights (populations, weighted votes or
// a caller's weights) and the clause, when the game has one, lets any
// coalition of at least Clause players win whatever its weight. The grand
// coalition always wins and the empty one always loses.
//
// A Game is immutable; copies share nothing that can change, and a Game is
// safe for concurrent use. It holds slices, so it is not comparable.
// The zero Game has no players: its Indices are empty. Obtain one from
// GameOf or GameAmong (a rule of the Council of the EU) or GameFromWeights
// (a weighted game). A Game written as JSON reads back as the same game.
type Game struct {
	kind    kind
	members []acquis.Member // each player's member, for the Council's games; nil otherwise
	weight  []int64         // each player's weight in the game
	pop     []int64         // each player's population in the table, when the game has one; nil otherwise
	win     winRule

	// Provenance, for the Council's games.
	rule     vote.CouncilRule
	basis    string
	date     acquis.Date
	size     int // the members of the Council, participating or not
	table    vote.Table
	hasTable bool
}

// kind says what a game's weights are.
type kind uint8

const (
	plainWeights kind = 1 + iota // the caller's weights
	population                   // the members' populations: the qualified majorities since 2014
	niceWeights                  // the weighted votes of Protocol No 36
	headcount                    // one each: simple majority, unanimity, Article 7(1) TEU
)

// winRule is the winning condition of a game of n players: a coalition S
// wins when weight(S) >= quota and |S| >= minSize, or when |S| >= clause
// (clause is n+1 when the game has no clause).
type winRule struct {
	n       int
	quota   int64
	minSize int
	clause  int
}

// wins reports whether a coalition of size players and total weight w wins.
func (r winRule) wins(size int, w int64) bool {
	return size >= r.minSize && w >= r.quota || size >= r.clause
}

// swingRange returns the weights w for which a coalition S of k players,
// not containing a player of weight p, is a swing for that player: S loses
// and S with the player wins. The swings are the S with lo <= weight(S) <
// hi; ok is false when there are none at size k. Weights are not negative,
// so lo <= 0 means no lower bound; hi is math.MaxInt64 when there is no
// upper bound.
//
// With q = minSize, T = quota and c = clause, the player's coalition S+i
// has k+1 members and weight w+p:
//
//   - k >= c: S wins by the clause. No swing.
//   - k = c-1: S+i wins by the clause, and S loses unless k >= q and
//     w >= T. So w < T when k >= q, and any w when k < q.
//   - k+1 < c and k+1 < q: S+i has too few members to win. No swing.
//   - k+1 < c and k+1 = q: S has too few members, and S+i wins when
//     w+p >= T: w >= T-p.
//   - k+1 < c and k >= q: S+i wins when w >= T-p and S loses when w < T.
func (r winRule) swingRange(k int, p int64) (lo, hi int64, ok bool) {
	const none = int64(^uint64(0) >> 1)
	q, c, t := r.minSize, r.clause, r.quota
	switch {
	case k >= c:
		return 0, 0, false
	case k == c-1 && k >= q:
		return 0, t, true
	case k == c-1:
		return 0, none, true
	case k+1 < q:
		return 0, 0, false
	case k+1 == q:
		return t - p, none, true
	default:
		return t - p, t, true
	}
}

// Limits on the games this package computes.
const (
	// maxPlayers bounds the players of a weighted game: swing counts are
	// int64, and a player can have 2^(n-1) swings.
	maxPlayers = 62
	// maxWeight bounds one weight, so that sums of maxPlayers weights
	// cannot overflow an int64.
	maxWeight = 1 << 40
)

// GameFromWeights returns the weighted game in which a coalition wins when
// the sum of its players' weights reaches quota and it has at least
// minMembers players (0 for no such condition): weights[i] is the weight of
// player i. Weights must be from 0 to 2^40, quota from 1 to the sum of the
// weights, and minMembers from 0 to the number of players, or the error
// wraps ErrInvalidGame. A game has 1 to 62 players; one of more than 36
// players must have small weights, with (n+1)·(W/d+1) at most 2^22 for n
// players whose weights sum to W and have greatest common divisor d, or the
// error wraps ErrTooLarge.
//
// The European Economic Community of 1958 is GameFromWeights([]int{4, 4, 4,
// 2, 2, 1}, 12, 0) (Article 148(2) EEC Treaty): France, Germany and Italy 4,
// Belgium and the Netherlands 2, Luxembourg 1; the United Nations Security
// Council is five players of weight 7 and ten of weight 1 with quota 39
// (Article 27(3) of the Charter: nine members including the five permanent
// ones).
func GameFromWeights(weights []int, quota, minMembers int) (Game, error) {
	n := len(weights)
	switch {
	case n == 0:
		return Game{}, fmt.Errorf("power: %w: a game of 0 players; want 1 to %d", ErrInvalidGame, maxPlayers)
	case n > maxPlayers:
		return Game{}, fmt.Errorf("power: %w: a game of %d players; want 1 to %d", ErrTooLarge, n, maxPlayers)
	}
	g := Game{kind: plainWeights, weight: make([]int64, n)}
	var total int64
	for i, w := range weights {
		if w < 0 || w > maxWeight {
			return Game{}, fmt.Errorf("power: %w: weight of player %d is %d, want 0 to %d", ErrInvalidGame, i, w, maxWeight)
		}
		g.weight[i] = int64(w)
		total += int64(w)
	}
	if quota < 1 || int64(quota) > total {
		return Game{}, fmt.Errorf("power: %w: quota %d, want 1 to the total weight %d", ErrInvalidGame, quota, total)
	}
	if minMembers < 0 || minMembers > n {
		return Game{}, fmt.Errorf("power: %w: minimum of %d members in a game of %d players", ErrInvalidGame, minMembers, n)
	}
	g.win = winRule{n: n, quota: int64(quota), minSize: minMembers, clause: n + 1}
	if !g.computable() {
		return Game{}, fmt.Errorf("power: %w: %d players with weights summing to %d: want at most %d players, or smaller weights", ErrTooLarge, n, total, maxSplit)
	}
	return g, nil
}

// GameOf returns the game that rule r of the Council of the EU makes of
// Council c when every member takes part, in the a priori model where every
// member votes for or against. The players are the members of c, in
// protocol order. GameAmong gives the game when not all members take part.
//
// The games, with the provisions that set them (see also
// [vote.CouncilRule.Basis]), and the thresholds that [vote.Council.Decide]
// applies to a ballot on which every member votes for:
//
//   - [vote.QualifiedMajority] (Article 16(4) TEU): at least 55% of the
//     members, and at least 15 of them, representing at least 65% of the
//     population (100·pop(S) >= 65·P, so the quota is ⌈0.65·P⌉ persons); a
//     blocking minority must include at least four members, failing which
//     the qualified majority is deemed attained, so any n−3 members win.
//   - [vote.ReinforcedQualifiedMajority] (Article 238(2) TFEU): 72% of the
//     members representing 65% of the population, with no clause.
//   - [vote.NiceWeights] and [vote.NiceWeightsReinforced] (Protocol No 36,
//     Article 3(3)): the weighted votes, 260 of 352 with 28 members (255
//     of 345 with 27, 232 of 321 with 25), cast by a majority of the
//     members, or by two thirds of them when the Council does not act on a
//     proposal of the Commission. The 62% population check, which a member
//     had to request, is not part of the game.
//   - [vote.SimpleMajority] (Article 238(1) TFEU): a majority of the
//     members; [vote.Unanimity] (Article 238(4) TFEU): every member. In
//     these games every player has the same power.
//
// The qualified majorities count each member's Figure.Population in c's
// table. When the table's figures are not exact (see [vote.Grade]) the game
// is that of the table's nominal figures, and Game.Exact reports false: the
// Council's own figures may make a slightly different game.
//
// GameOf returns the errors of [vote.Council.Decide] as they are: for the
// zero Council ([vote.ErrNoComposition]), an invalid rule
// ([vote.ErrUnknownRule]), a rule not in force on c's day
// ([vote.ErrNotInForce]), and a rule that needs population figures when c
// has no table ([vote.ErrNoTable]). A game that even the empty coalition
// wins is an error wrapping ErrInvalidGame.
func GameOf(c vote.Council, r vote.CouncilRule) (Game, error) {
	return gameOf(c, r, c.Ballot(vote.For))
}

// GameAmong returns the game that rule r of the Council of the EU makes of
// Council c when only the members named in participating take part, as
// GameOf does for all. A member outside an enhanced cooperation (Article
// 20 TEU and Article 330 TFEU), or the member concerned by Article 7 TEU
// (Article 354 TFEU), takes no part: it has no power and is not a player.
// The players are the participating members, in protocol order.
//
//   - [vote.QualifiedMajority]: Article 238(3)(a) TFEU, 55% of the
//     participating members representing 65% of their population, without
//     the minimum of 15, and a blocking minority of "at least the minimum
//     number of Council members representing more than 35 % of the
//     population of the participating Member States, plus one member",
//     failing which the qualified majority is deemed attained. That number
//     is counted on the table's figures, the largest first, as package vote
//     counts it.
//   - [vote.ReinforcedQualifiedMajority]: Article 238(3)(b) TFEU, 72% of the
//     participating members representing 65% of their population.
//   - [vote.SimpleMajority] and [vote.Unanimity]: a majority of the
//     participating members, and all of them (Article 330 TFEU).
//   - [vote.Article7Determination]: Article 7(1) TEU with Article 354 TFEU,
//     four fifths of the members other than the member concerned, whom
//     participating must leave out, and only that member.
//
// Naming every member of c gives the game of GameOf. GameAmong returns an
// error wrapping ErrInvalidGame for an empty participating or a member named
// twice, [acquis.ErrUnknownMember] for an invalid Member,
// [vote.ErrNotMember] for a member state that is not a member of c,
// [errors.ErrUnsupported] for the Nice weights with a member not
// participating, and the errors of GameOf.
func GameAmong(c vote.Council, r vote.CouncilRule, participating []acquis.Member) (Game, error) {
	if len(participating) == 0 {
		return Game{}, fmt.Errorf("power: %w: no member participates", ErrInvalidGame)
	}
	b := c.Ballot(vote.NotParticipating)
	for _, m := range participating {
		switch {
		case !m.IsValid():
			return Game{}, fmt.Errorf("power: %w %d among the members taking part", acquis.ErrUnknownMember, uint8(m))
		case !c.Has(m):
			return Game{}, fmt.Errorf("power: %v is %w on %v", m, vote.ErrNotMember, c.Date())
		case b.Choice(m) == vote.For:
			return Game{}, fmt.Errorf("power: %w: %v is named twice as participating", ErrInvalidGame, m)
		}
		b.Set(m, vote.For)
	}
	return gameOf(c, r, b)
}

// gameOf returns the game of rule r in Council c among the members for
// which ballot b is For; the others do not participate.
func gameOf(c vote.Council, r vote.CouncilRule, b vote.Ballot) (Game, error) {
	// Deciding the ballot on which every player votes for checks that r
	// applies to c on its day, with the figures it needs, and gives the
	// provision and the thresholds that apply to these participants.
	res, err := c.Decide(r, b)
	if err != nil {
		return Game{}, err
	}
	g := Game{rule: r, basis: res.Basis(), date: c.Date(), size: c.Size()}
	g.table, g.hasTable = c.Table()
	for m := range c.Members() {
		if b.Choice(m) == vote.For {
			g.members = append(g.members, m)
		}
	}
	n := len(g.members)
	g.weight = make([]int64, n)
	if g.hasTable {
		g.pop = make([]int64, n)
		for i, m := range g.members {
			f, _ := g.table.Figure(m)
			g.pop[i] = f.Population
		}
	}
	g.win = winRule{n: n, minSize: res.MembersRequired(), clause: n + 1}
	switch r {
	case vote.QualifiedMajority, vote.ReinforcedQualifiedMajority:
		g.kind = population
		copy(g.weight, g.pop)
		g.win.quota = res.PopulationRequired()
		// The blocking minority is the one Council.Decide counted: four,
		// or under Article 238(3)(a) TFEU the least number of participating
		// members representing more than 35% of their population, plus one.
		// Fewer than that many members not in favour cannot block: a
		// coalition of n-block+1 members or more wins.
		if block := res.BlockingMinority(); block > 0 {
			g.win.clause = n - block + 1
		}
	case vote.NiceWeights, vote.NiceWeightsReinforced:
		g.kind = niceWeights
		for i, m := range g.members {
			g.weight[i] = int64(vote.NiceWeight(m))
		}
		g.win.quota = int64(res.WeightsRequired())
	default: // vote.SimpleMajority, vote.Unanimity, vote.Article7Determination
		g.kind = headcount
		for i := range g.weight {
			g.weight[i] = 1
		}
		g.win.quota, g.win.minSize = int64(res.MembersRequired()), 0
		if r == vote.Unanimity {
			g.win.quota = int64(n)
		}
	}
	if g.win.wins(0, 0) {
		return Game{}, fmt.Errorf("power: %w: under %v with %d participating, every coalition wins, even the empty one: no member has power", ErrInvalidGame, r, n)
	}
	return g, nil
}

// Len returns the number of players.
func (g Game) Len() int { return len(g.weight) }

// Member returns the member that player i is, in a game of the Council, or
// the zero Member in a game of plain weights or for an i out of range.
func (g Game) Member(i int) acquis.Member {
	if i < 0 || i >= len(g.members) {
		return 0
	}
	return g.members[i]
}

// Weight returns player i's weight in the game: its population in a
// qualified-majority game, its weighted votes under the Nice rules, 1 in
// the games that count members only, or the caller's weight. It returns 0
// for an i out of range.
func (g Game) Weight(i int) int64 {
	if i < 0 || i >= len(g.weight) {
		return 0
	}
	return g.weight[i]
}

// Quota returns the least total weight that wins, with MinMembers players
// at least.
func (g Game) Quota() int64 { return g.win.quota }

// TotalWeight returns the sum of the players' weights.
func (g Game) TotalWeight() int64 {
	var sum int64
	for _, w := range g.weight {
		sum += w
	}
	return sum
}

// MinMembers returns the least number of players a coalition needs to win
// with the quota, or 0 when the game has no such condition.
func (g Game) MinMembers() int { return g.win.minSize }

// Clause returns the least number of players that win whatever their
// weight, or 0 when the game has no such clause. Under Article 16(4) TEU it
// is n−3: a blocking minority must include at least four members.
func (g Game) Clause() int {
	if g.win.clause > g.win.n {
		return 0
	}
	return g.win.clause
}

// Rule returns the Council's rule the game models, or the zero CouncilRule
// for a game of plain weights.
func (g Game) Rule() vote.CouncilRule { return g.rule }

// Basis returns the provision that sets the game's rule for its
// participants, such as "Art 16(4) TEU" or, when not all members take part,
// "Art 238(3)(a) TFEU"; "" for a game of plain weights.
func (g Game) Basis() string { return g.basis }

// Date returns the day of the Council the game models, or the zero Date.
func (g Game) Date() acquis.Date { return g.date }

// Table returns the population table of the Council the game models, and
// whether it has one.
func (g Game) Table() (vote.Table, bool) { return g.table, g.hasTable }

// Grade returns the weakest grade of the figures of the game's table, or
// the zero Grade when it has none.
func (g Game) Grade() vote.Grade {
	if !g.hasTable {
		return 0
	}
	return g.table.Grade()
}

// Exact reports whether the game is exactly the rule's: true when the rule
// counts no population, or when the table's figures are exact (Given or
// Official). When it is false the indices are exact for the game on the
// table's nominal figures, which approximate the Council's.
func (g Game) Exact() bool {
	return g.kind != population || g.table.Exact()
}

// Population returns player i's figure in the game's table, or 0 when the
// game has no table or i is out of range.
func (g Game) Population(i int) int64 {
	if i < 0 || i >= len(g.pop) {
		return 0
	}
	return g.pop[i]
}

// String describes the game, such as "qualified-majority (Art 16(4) TEU) on 2020-11-06,
// 27 members: at least 15 members representing at least 290,442,517 of
// 446,834,641 persons, or any 24 members".
func (g Game) String() string {
	if len(g.weight) == 0 {
		return "no game"
	}
	var b strings.Builder
	n := len(g.weight)
	if g.kind == plainWeights {
		fmt.Fprintf(&b, "weighted game of %d players: weight %d of %d", n, g.win.quota, g.TotalWeight())
		if g.win.minSize > 0 {
			fmt.Fprintf(&b, ", with at least %d players", g.win.minSize)
		}
		return b.String()
	}
	fmt.Fprintf(&b, "%v (%s) on %v, %d ", g.rule, g.basis, g.date, n)
	if n < g.size {
		fmt.Fprintf(&b, "of %d members participating: ", g.size)
	} else {
		b.WriteString("members: ")
	}
	switch g.kind {
	case population:
		fmt.Fprintf(&b, "at least %d members representing at least %s of %s persons", g.win.minSize, num.Thousands(g.win.quota), num.Thousands(g.TotalWeight()))
		if c := g.Clause(); c > 0 {
			fmt.Fprintf(&b, ", or any %d members", c)
		}
	case niceWeights:
		fmt.Fprintf(&b, "at least %d of %d weighted votes, cast by at least %d members", g.win.quota, g.TotalWeight(), g.win.minSize)
	case headcount:
		fmt.Fprintf(&b, "at least %d members", g.win.quota)
	}
	return b.String()
}

// wins reports whether the coalition whose players are the bits of s wins.
func (g *Game) wins(s uint64) bool {
	var w int64
	for t := s; t != 0; t &= t - 1 {
		w += g.weight[bits.TrailingZeros64(t)]
	}
	return g.win.wins(bits.OnesCount64(s), w)
}
