package power

import (
	"math/big"

	"github.com/acquis-eu/acquis"
)

// Indices are the voting power of every player of a game, in the a priori
// model: every player votes for or against, each way as likely.
//
// The Players share no memory with other Indices; their big.Rat values must
// not be modified. The zero Indices have no players.
type Indices struct {
	Game    Game     `json:"game"`    // the game measured
	Players []Player `json:"players"` // in the game's order: protocol order for the Council's games
	// TotalSwings is the sum of the players' swings, the denominator of the
	// normalised Banzhaf index.
	TotalSwings int64 `json:"totalSwings"`
}

// A Player is one player's voting power in a game. A swing for player i is
// a coalition S not containing i that loses, while S with i wins.
//
// The indices are exact rationals; Float gives them as float64 for
// printing. Their big.Rat values must not be modified. In JSON they are
// fractions in strings, such as "421/2145", as big.Rat writes them.
type Player struct {
	Index      int           `json:"index"`                // the player's position in the game, from 0
	Member     acquis.Member `json:"member,omitzero"`      // the member, in the Council's games; zero otherwise
	Weight     int64         `json:"weight"`               // the player's weight in the game (see Game.Weight)
	Population int64         `json:"population,omitempty"` // the member's figure in the game's table, or 0

	// Swings is the number of swings η_i.
	Swings int64 `json:"swings"`
	// SwingsBySize[k] is the number of swings of k players, for k from 0 to
	// n−1.
	SwingsBySize []int64 `json:"swingsBySize"`

	// Penrose is the absolute Banzhaf index, η_i / 2^(n−1): the probability
	// that the player decides the outcome when every other player votes for
	// or against at random (Penrose 1946; Banzhaf 1965).
	Penrose *big.Rat `json:"penrose"`
	// Banzhaf is the normalised Banzhaf index, η_i / Σ_j η_j: the
	// player's share of all swings (Banzhaf 1965). The players' indices sum
	// to exactly 1.
	Banzhaf *big.Rat `json:"banzhaf"`
	// ShapleyShubik is the Shapley-Shubik index, Σ over the swings S of
	// |S|!·(n−|S|−1)!/n!: the probability that the player is pivotal when
	// the players join in a random order (Shapley and Shubik 1954). The
	// players' indices sum to exactly 1.
	ShapleyShubik *big.Rat `json:"shapleyShubik"`
}

// Float returns p's indices as float64 values, the nearest to the exact
// ones.
func (p Player) Float() (penrose, banzhaf, shapleyShubik float64) {
	f := func(r *big.Rat) float64 {
		if r == nil {
			return 0
		}
		v, _ := r.Float64()
		return v
	}
	return f(p.Penrose), f(p.Banzhaf), f(p.ShapleyShubik)
}

// Indices returns the Penrose, normalised Banzhaf and Shapley-Shubik
// indices of every player of g, exactly. It counts each player's swings by
// coalition size: for the qualified majorities, whose weights are
// populations, by meet in the middle, which for the 27 members of the
// Council takes about 10 ms on one core and grows about 1.5 times with
// each further player; for weighted votes by dynamic programming over size
// and weight, which takes well under a millisecond for the Nice weights.
func (g Game) Indices() Indices {
	n := len(g.weight)
	ix := Indices{Game: g}
	if n == 0 {
		return ix
	}
	bySize := g.swings()

	// Shapley-Shubik: the swings of size k weigh k!(n−k−1)!/n!.
	fact := make([]*big.Int, n+1)
	fact[0] = big.NewInt(1)
	for k := 1; k <= n; k++ {
		fact[k] = new(big.Int).Mul(fact[k-1], big.NewInt(int64(k)))
	}
	weight := make([]*big.Int, n)
	for k := range n {
		weight[k] = new(big.Int).Mul(fact[k], fact[n-k-1])
	}
	half := new(big.Int).Lsh(big.NewInt(1), uint(n-1)) // 2^(n−1)

	ix.Players = make([]Player, n)
	for i := range n {
		p := Player{Index: i, Member: g.Member(i), Weight: g.weight[i], Population: g.Population(i), SwingsBySize: bySize[i]}
		num, term := new(big.Int), new(big.Int)
		for k, c := range bySize[i] {
			p.Swings += c
			if c != 0 {
				num.Add(num, term.Mul(weight[k], big.NewInt(c)))
			}
		}
		p.Penrose = new(big.Rat).SetFrac(big.NewInt(p.Swings), half)
		p.ShapleyShubik = new(big.Rat).SetFrac(num, fact[n])
		ix.TotalSwings += p.Swings
		ix.Players[i] = p
	}
	for i := range ix.Players {
		ix.Players[i].Banzhaf = big.NewRat(ix.Players[i].Swings, ix.TotalSwings)
	}
	return ix
}

// Member returns the power of member m, and whether m is a player.
func (ix Indices) Member(m acquis.Member) (Player, bool) {
	for _, p := range ix.Players {
		if p.Member == m && m != 0 {
			return p, true
		}
	}
	return Player{}, false
}
