package power

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/acquis-eu/acquis"
	"github.com/acquis-eu/acquis/vote"
)

// playerJSON is one player in the JSON form of a Game.
type playerJSON struct {
	Member     acquis.Member `json:"member,omitzero"`
	Weight     int64         `json:"weight"`
	Population int64         `json:"population,omitempty"`
}

// gameJSON is the JSON form of a Game.
type gameJSON struct {
	Rule        vote.CouncilRule `json:"rule,omitzero"`
	Basis       string           `json:"basis,omitempty"`
	Date        acquis.Date      `json:"date,omitzero"`
	CouncilSize int              `json:"councilSize,omitempty"`
	Players     []playerJSON     `json:"players"`
	Quota       int64            `json:"quota"`
	MinMembers  int              `json:"minMembers"`
	Clause      int              `json:"clause,omitempty"`
	Table       *vote.Table      `json:"table,omitempty"`
}

// MarshalJSON implements json.Marshaler. The object has the fields players
// (each with its weight, and in a game of the Council its member and
// population), quota, minMembers and clause (when the game has one), and
// for a game of the Council rule, basis, date, councilSize (the members of
// the Council, participating or not) and table (when it has one). It
// returns an error for the zero Game.
func (g Game) MarshalJSON() ([]byte, error) {
	if len(g.weight) == 0 {
		return nil, fmt.Errorf("power: cannot marshal: %w: the zero Game has no players", ErrInvalidGame)
	}
	j := gameJSON{Rule: g.rule, Basis: g.basis, Date: g.date, CouncilSize: g.size,
		Quota: g.win.quota, MinMembers: g.win.minSize, Clause: g.Clause()}
	for i := range g.weight {
		j.Players = append(j.Players, playerJSON{g.Member(i), g.weight[i], g.Population(i)})
	}
	if g.hasTable {
		j.Table = &g.table
	}
	return json.Marshal(j)
}

// UnmarshalJSON implements json.Unmarshaler, reading what MarshalJSON
// writes, as stored. It holds the game to the limits of GameFromWeights
// (ErrInvalidGame, ErrTooLarge), and a game of the Council to its own
// form: a rule of the Council (vote.ErrUnknownRule for another), its players
// members of the Council named once, their weights their populations in the
// table, their weighted votes or 1 as the rule counts them, and their
// populations those of the table (ErrInvalidGame).
func (g *Game) UnmarshalJSON(data []byte) error {
	var j gameJSON
	d := json.NewDecoder(bytes.NewReader(data))
	d.DisallowUnknownFields()
	if err := d.Decode(&j); err != nil {
		return fmt.Errorf("power: reading a game: %w", err)
	}
	invalid := func(format string, args ...any) error {
		return fmt.Errorf("power: %w: %s", ErrInvalidGame, fmt.Sprintf(format, args...))
	}
	n := len(j.Players)
	switch {
	case n == 0:
		return invalid("a game of 0 players")
	case n > maxPlayers:
		return fmt.Errorf("power: %w: a game of %d players; want 1 to %d", ErrTooLarge, n, maxPlayers)
	}
	v := Game{kind: plainWeights, weight: make([]int64, n), rule: j.Rule, basis: j.Basis, date: j.Date, size: j.CouncilSize}
	var total int64
	for i, p := range j.Players {
		if p.Weight < 0 || p.Weight > maxWeight {
			return invalid("weight of player %d is %d, want 0 to %d", i, p.Weight, int64(maxWeight))
		}
		v.weight[i] = p.Weight
		total += p.Weight
	}
	if j.Rule == 0 {
		if j.Basis != "" || !j.Date.IsZero() || j.CouncilSize != 0 || j.Table != nil {
			return invalid("a weighted game with a basis, a date, a Council or a table, but no rule")
		}
		for i, p := range j.Players {
			if p.Member != 0 || p.Population != 0 {
				return invalid("player %d of a weighted game has a member or a population", i)
			}
		}
	} else if err := v.council(j); err != nil {
		return err
	}
	switch {
	case j.Quota < 1 || j.Quota > total:
		return invalid("quota %d, want 1 to the total weight %d", j.Quota, total)
	case j.MinMembers < 0 || j.MinMembers > n:
		return invalid("minimum of %d members in a game of %d players", j.MinMembers, n)
	case j.Clause < 0 || j.Clause > n:
		return invalid("any %d members win in a game of %d players", j.Clause, n)
	}
	v.win = winRule{n: n, quota: j.Quota, minSize: j.MinMembers, clause: n + 1}
	if j.Clause > 0 {
		v.win.clause = j.Clause
	}
	if v.win.wins(0, 0) {
		return invalid("every coalition wins, even the empty one")
	}
	if !v.computable() {
		return fmt.Errorf("power: %w: %d players with weights summing to %d: want at most %d players, or smaller weights", ErrTooLarge, n, total, maxSplit)
	}
	*g = v
	return nil
}

// council sets g's members, populations and kind from the game of the
// Council j states, and checks them.
func (g *Game) council(j gameJSON) error {
	invalid := func(format string, args ...any) error {
		return fmt.Errorf("power: %w: %s", ErrInvalidGame, fmt.Sprintf(format, args...))
	}
	n := len(j.Players)
	if !j.Date.IsValid() || j.CouncilSize < n {
		return invalid("a game of the Council on %v of %d members, with %d players", j.Date, j.CouncilSize, n)
	}
	switch j.Rule {
	case vote.QualifiedMajority, vote.ReinforcedQualifiedMajority:
		g.kind = population
		if j.Table == nil {
			return invalid("a game of %v without a population table", j.Rule)
		}
	case vote.NiceWeights, vote.NiceWeightsReinforced:
		g.kind = niceWeights
	default:
		g.kind = headcount
	}
	g.members = make([]acquis.Member, n)
	if j.Table != nil {
		g.table, g.hasTable = *j.Table, true
		g.pop = make([]int64, n)
	}
	seen := map[acquis.Member]bool{}
	for i, p := range j.Players {
		if !p.Member.IsValid() || seen[p.Member] {
			return invalid("player %d is %v, want a member of the Council named once", i, p.Member)
		}
		seen[p.Member] = true
		g.members[i] = p.Member
		var want int64
		switch g.kind {
		case niceWeights:
			want = int64(vote.NiceWeight(p.Member))
		case headcount:
			want = 1
		}
		if j.Table != nil {
			f, ok := j.Table.Figure(p.Member)
			if !ok || f.Population != p.Population {
				return invalid("%v's population is %d, and the table's %d", p.Member, p.Population, f.Population)
			}
			g.pop[i] = p.Population
			if g.kind == population {
				want = p.Population
			}
		} else if p.Population != 0 {
			return invalid("%v has a population, and the game no table", p.Member)
		}
		if g.weight[i] != want {
			return invalid("%v's weight is %d, want %d under %v", p.Member, g.weight[i], want, j.Rule)
		}
	}
	return nil
}
