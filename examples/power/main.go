// Command power prints the voting power of each member of the Council of
// the EU under one of its rules on a day, built on the acquis library: the
// Penrose (absolute Banzhaf), normalised Banzhaf and Shapley-Shubik
// indices, computed exactly on the population table in force that day.
//
// Usage:
//
//	power -on 2020-11-06 [-rule qualified-majority] [-table FILE] [-absent DK,IE] [-json]
//
// -on names the day (-date is the same flag). -rule names one of the
// Council's rules as package vote spells them (vote.ParseCouncilRule), of
// those under which members differ in power: qualified-majority (Article
// 16(4) TEU, the default), reinforced-qualified-majority (Article 238(2)
// TFEU), nice-weights and nice-weights-reinforced (the weighted votes of
// Protocol No 36, until 31 March 2017). -absent
// names the members that take no part, as in an enhanced cooperation
// (Article 238(3) TFEU); they have no power. Members are named by the EU's
// codes (EL for Greece). -table reads a population table of the caller's
// as lines "member,population", which is then exact; a day outside the
// embedded tables (1 November 2014 to 31 December 2015, 2017, and after 31
// December 2026) needs one for qualified-majority and
// reinforced-qualified-majority; no day before 1 November 2004 is held.
//
// The members are listed by population, largest first, with their share of
// the participating members' population and the three indices to six
// decimals. -json prints the same with camelCase keys and each index also
// as an exact fraction, such as "421/2145".
//
// Exit status: 0 on success, 1 on failure, 2 for a usage error (an unknown
// rule or member, a bad date, a day with no population table for a rule
// that needs one).
package main

import (
	"cmp"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/big"
	"os"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/acquis-eu/acquis"
	"github.com/acquis-eu/acquis/internal/command"
	"github.com/acquis-eu/acquis/internal/num"
	"github.com/acquis-eu/acquis/vote"
	"github.com/acquis-eu/acquis/vote/power"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// rules are the rules power accepts: those under which members differ in
// power. Under the others every participating member has the same.
var rules = []vote.CouncilRule{vote.QualifiedMajority, vote.ReinforcedQualifiedMajority, vote.NiceWeights, vote.NiceWeightsReinforced}

// ruleNames returns the text forms of rules, as "a, b or c".
func ruleNames(rules []vote.CouncilRule) string {
	var names []string
	for _, r := range rules {
		names = append(names, r.String())
	}
	return strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1]
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("power", flag.ContinueOnError)
	fs.SetOutput(stderr)
	on := command.OnFlag(fs, acquis.Date{}, "the day, YYYY-MM-DD (required)", "date")
	rule := fs.String("rule", vote.QualifiedMajority.String(), "the rule: "+ruleNames(rules))
	tableFile := fs.String("table", "", "a CSV file of member,population lines to use instead of the embedded table")
	absent := fs.String("absent", "", "members not participating, as comma-separated codes (DK,IE)")
	asJSON := fs.Bool("json", false, "print the indices as JSON, with exact fractions")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: power -on YYYY-MM-DD [-rule RULE] [-table FILE] [-absent A,B] [-json]\n\n")
		fs.PrintDefaults()
	}
	if status, ok := command.Parse(fs, args, 0); !ok {
		return status
	}
	out, err := measure(on, *rule, *tableFile, *absent)
	if err != nil {
		return command.Fail(stderr, "power", err)
	}
	return command.Print(stdout, stderr, "power", *asJSON, out, out.writeText)
}

// output is what power prints, as text or JSON.
type output struct {
	Date             acquis.Date      `json:"date"`
	Rule             vote.CouncilRule `json:"rule"`
	Basis            string           `json:"basis"`
	Game             string           `json:"game"`
	TableSource      string           `json:"tableSource,omitempty"`
	TableGrade       vote.Grade       `json:"tableGrade,omitempty"`
	Exact            bool             `json:"exact"` // the game is the rule's, not one on approximate figures
	NotParticipating []acquis.Member  `json:"notParticipating,omitempty"`
	TotalSwings      int64            `json:"totalSwings"`
	Members          []memberRow      `json:"members"`

	weights bool // print the weighted votes
}

type memberRow struct {
	Member               acquis.Member `json:"member"`
	Population           int64         `json:"population,omitempty"`
	PopulationShare      float64       `json:"populationShare,omitempty"`
	PopulationShareExact string        `json:"populationShareExact,omitempty"`
	Weight               int64         `json:"weight,omitempty"` // the weighted votes, under the Nice rules
	Swings               int64         `json:"swings"`
	Penrose              float64       `json:"penrose"`
	PenroseExact         string        `json:"penroseExact"`
	Banzhaf              float64       `json:"banzhaf"`
	BanzhafExact         string        `json:"banzhafExact"`
	ShapleyShubik        float64       `json:"shapleyShubik"`
	ShapleyShubikExact   string        `json:"shapleyShubikExact"`
}

func measure(on *command.Day, ruleText, tableFile, absent string) (*output, error) {
	rule, err := vote.ParseCouncilRule(ruleText)
	if err != nil || !slices.Contains(rules, rule) {
		return nil, command.Usage(fmt.Errorf("unknown rule %q: want %s", ruleText, ruleNames(rules)))
	}
	c, err := command.Council(on, tableFile)
	if err != nil {
		return nil, err
	}
	out, err := command.Members(c, absent)
	if err != nil {
		return nil, err
	}
	g, err := game(c, rule, out)
	if err != nil {
		return nil, err
	}
	ix := g.Indices()
	o := &output{
		Date: c.Date(), Rule: rule, Basis: g.Basis(), Game: g.String(), Exact: g.Exact(),
		NotParticipating: out, TotalSwings: ix.TotalSwings,
		weights: rule == vote.NiceWeights || rule == vote.NiceWeightsReinforced,
	}
	if t, ok := g.Table(); ok {
		o.TableSource, o.TableGrade = t.Source(), t.Grade()
	}
	o.Members = rows(ix.Players, o.weights)
	return o, nil
}

// game returns the game of rule in Council c, the members out taking no
// part, in the tool's words when it cannot be.
func game(c vote.Council, rule vote.CouncilRule, out []acquis.Member) (power.Game, error) {
	var g power.Game
	var err error
	if len(out) == 0 {
		g, err = power.GameOf(c, rule)
	} else {
		var in []acquis.Member
		for m := range c.Members() {
			if !slices.Contains(out, m) {
				in = append(in, m)
			}
		}
		g, err = power.GameAmong(c, rule, in)
	}
	if errors.Is(err, power.ErrInvalidGame) {
		// Too few members take part: the command line's doing. The
		// command's name says where the message comes from.
		return g, command.Usage(errors.New(strings.TrimPrefix(err.Error(), "power: ")))
	}
	if err != nil {
		return g, command.Refusal(err)
	}
	return g, nil
}

// rows returns a row for each player, largest population first, with the
// weighted votes when weights is true.
func rows(players []power.Player, weights bool) []memberRow {
	var total int64
	for _, p := range players {
		total += p.Population
	}
	var rs []memberRow
	for _, p := range players {
		row := memberRow{Member: p.Member, Population: p.Population, Swings: p.Swings,
			PenroseExact: p.Penrose.RatString(), BanzhafExact: p.Banzhaf.RatString(), ShapleyShubikExact: p.ShapleyShubik.RatString()}
		row.Penrose, row.Banzhaf, row.ShapleyShubik = p.Float()
		if weights {
			row.Weight = p.Weight
		}
		if total > 0 {
			share := big.NewRat(p.Population, total)
			row.PopulationShare, _ = share.Float64()
			row.PopulationShareExact = share.RatString()
		}
		rs = append(rs, row)
	}
	// Largest first; the rows are in protocol order, which breaks ties.
	slices.SortStableFunc(rs, func(a, b memberRow) int {
		if c := cmp.Compare(b.Population, a.Population); c != 0 {
			return c
		}
		return cmp.Compare(b.Weight, a.Weight)
	})
	return rs
}

func (o *output) writeText(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "Voting power in the Council of the EU: %s\n", o.Game)
	if o.TableSource != "" {
		fmt.Fprintf(&b, "Population table: %s; %s figures\n", command.Quote(o.TableSource), o.TableGrade)
	}
	if !o.Exact {
		fmt.Fprintf(&b, "The indices are exact for the table's %s figures; the Council's own figures may make a slightly different game. Give them with -table.\n", o.TableGrade)
	}
	if len(o.NotParticipating) > 0 {
		codes := make([]string, len(o.NotParticipating))
		for i, m := range o.NotParticipating {
			codes[i] = m.String()
		}
		fmt.Fprintf(&b, "Not participating, without power: %s\n", strings.Join(codes, ", "))
	}
	fmt.Fprintf(&b, "Total swings: %s\n\n", num.Thousands(o.TotalSwings))

	tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprint(tw, "member\tpopulation\tshare\t")
	if o.weights {
		fmt.Fprint(tw, "votes\t")
	}
	fmt.Fprintln(tw, "swings\tPenrose\tBanzhaf\tShapley-Shubik\t")
	for _, r := range o.Members {
		if r.Population > 0 {
			fmt.Fprintf(tw, "%v\t%s\t%.6f\t", r.Member, num.Thousands(r.Population), r.PopulationShare)
		} else {
			fmt.Fprintf(tw, "%v\t-\t-\t", r.Member)
		}
		if o.weights {
			fmt.Fprintf(tw, "%d\t", r.Weight)
		}
		fmt.Fprintf(tw, "%s\t%.6f\t%.6f\t%.6f\t\n", num.Thousands(r.Swings), r.Penrose, r.Banzhaf, r.ShapleyShubik)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	b.WriteString("\nPenrose: the probability that the member's vote decides, η/2^(n−1). Banzhaf: its share of all swings.\n" +
		"Shapley-Shubik: the probability that it is pivotal when the members join in a random order.\n")
	_, err := io.WriteString(w, b.String())
	return err
}
