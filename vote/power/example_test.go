package power_test

import (
	"fmt"
	"log"

	"github.com/acquis-eu/acquis"
	"github.com/acquis-eu/acquis/vote"
	"github.com/acquis-eu/acquis/vote/power"
)

// The Council of the European Economic Community in 1958 (Article 148(2)
// EEC Treaty): France, Germany and Italy 4 votes, Belgium and the
// Netherlands 2, Luxembourg 1, and 12 of the 17 for a qualified majority.
// Luxembourg's vote never decided anything.
func Example() {
	g, err := power.GameFromWeights([]int{4, 4, 4, 2, 2, 1}, 12, 0)
	if err != nil {
		log.Fatal(err)
	}
	for i, p := range g.Indices().Players {
		fmt.Printf("%s: %2d swings, Penrose %-4v Banzhaf %-4v Shapley-Shubik %v\n",
			[]string{"FR", "DE", "IT", "BE", "NL", "LU"}[i], p.Swings,
			p.Penrose.RatString(), p.Banzhaf.RatString(), p.ShapleyShubik.RatString())
	}
	// Output:
	// FR: 10 swings, Penrose 5/16 Banzhaf 5/21 Shapley-Shubik 7/30
	// DE: 10 swings, Penrose 5/16 Banzhaf 5/21 Shapley-Shubik 7/30
	// IT: 10 swings, Penrose 5/16 Banzhaf 5/21 Shapley-Shubik 7/30
	// BE:  6 swings, Penrose 3/16 Banzhaf 1/7  Shapley-Shubik 3/20
	// NL:  6 swings, Penrose 3/16 Banzhaf 1/7  Shapley-Shubik 3/20
	// LU:  0 swings, Penrose 0    Banzhaf 0    Shapley-Shubik 0
}

// The United Nations Security Council: nine votes of fifteen, the five
// permanent members' among them (Article 27(3) of the Charter), as five
// weights of 7 and ten of 1 with a quota of 39.
func ExampleGameFromWeights() {
	weights := []int{7, 7, 7, 7, 7, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1}
	g, err := power.GameFromWeights(weights, 39, 0)
	if err != nil {
		log.Fatal(err)
	}
	ix := g.Indices()
	for _, p := range ix.Players[4:6] {
		_, banzhaf, _ := p.Float()
		fmt.Printf("weight %d: %d swings, normalised Banzhaf %.6f, Shapley-Shubik %v\n", p.Weight, p.Swings, banzhaf, p.ShapleyShubik)
	}
	// Output:
	// weight 7: 848 swings, normalised Banzhaf 0.166929, Shapley-Shubik 421/2145
	// weight 1: 84 swings, normalised Banzhaf 0.016535, Shapley-Shubik 4/2145
}

// The qualified majority of Article 16(4) TEU on 6 November 2020, on the
// population table this package embeds for that day, whose figures are
// approximate: the indices are exact for the table's figures.
func ExampleGameOf() {
	c, err := vote.CouncilOn(acquis.MustParseDate("2020-11-06"))
	if err != nil {
		log.Fatal(err)
	}
	g, err := power.GameOf(c, vote.QualifiedMajority)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(g.Basis(), g.Len(), "members, figures", g.Grade(), "exact:", g.Exact())
	ix := g.Indices()
	for _, m := range []acquis.Member{acquis.DE, acquis.FR, acquis.MT} {
		p, _ := ix.Member(m)
		_, _, ssi := p.Float()
		fmt.Printf("%v Shapley-Shubik %.3f\n", m, ssi)
	}
	// Output:
	// Art 16(4) TEU 27 members, figures approximate exact: false
	// DE Shapley-Shubik 0.177
	// FR Shapley-Shubik 0.133
	// MT Shapley-Shubik 0.009
}

// When not all members take part, Article 238(3)(a) TFEU sets the
// qualified majority among those who do: here the members other than
// Denmark and Ireland, with a blocking minority of the fewest members
// representing more than 35% of the participants' population, plus one.
func ExampleGameAmong() {
	c, err := vote.CouncilOn(acquis.MustParseDate("2020-11-06"))
	if err != nil {
		log.Fatal(err)
	}
	var participating []acquis.Member
	for m := range c.Members() {
		if m != acquis.DK && m != acquis.IE {
			participating = append(participating, m)
		}
	}
	g, err := power.GameAmong(c, vote.QualifiedMajority, participating)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(g.Basis(), "-", g.Len(), "players, at least", g.MinMembers(), "members, or any", g.Clause())
	// Output:
	// Art 238(3)(a) TFEU - 25 players, at least 14 members, or any 22
}
