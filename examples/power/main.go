// Command power prints the voting power of each member of the Council of
// the EU under one of its rules on a day, built on the acquis library: the
// Penrose (absolute Banzhaf), normalised Banzhaf and Shapley-Shubik
// indices, computed exactly on the population table in force that day.
//
// Usage:
//
//	power -on 2020-11-06 [-rule qmv] [-table FILE] [-absent DK,IE] [-json]
//
// -on names the day (-date is the same flag). -rule is one of qmv (Article
// 16(4) TEU), reinforced (Article 238(2) TFEU), nice and nice-reinforced
// (the weighted votes of Protocol No 36, until 31 March 2017). -absent
// names the members that take no part, as in an enhanced cooperation
// (Article 238(3) TFEU); they have no power. Members are named by the EU's
// codes (EL for Greece). -table reads a population table of the caller's
// as lines "member,population", which is then exact; a day outside the
// embedded tables (1 November 2014 to 31 December 2015, 2017, and after 31
// December 2026) needs one for qmv and reinforced; no day before 1 November
// 2004 is held.
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

// rules are the rules power accepts, by their vote.Rule names.
var rules = []vote.Rule{vote.QualifiedMajority, vote.ReinforcedQualifiedMajority, vote.NiceWeights, vote.NiceWeightsReinforced}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("power", flag.ContinueOnError)
	fs.SetOutput(stderr)
	on := command.OnFlag(fs, acquis.Date{}, "the day, YYYY-MM-DD (required)", "date")
	rule := fs.String("rule", "qmv", "the rule: qmv, reinforced, nice or nice-reinforced")
	tableFile := fs.String("table", "", "a CSV file of member,population lines to use instead of the embedded table")
	absent := fs.String("absent", "", "members not participating, as comma-separated codes (DK,IE)")
	asJSON := fs.Bool("json", false, "print the indices as JSON, with exact fractions")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: power -on YYYY-MM-DD [-rule qmv|reinforced|nice|nice-reinforced] [-table FILE] [-absent A,B] [-json]\n\n")
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
	Date             acquis.Date     `json:"date"`
	Rule             vote.Rule       `json:"rule"`
	Basis            string          `json:"basis"`
	Game             string          `json:"game"`
	TableSource      string          `json:"tableSource,omitempty"`
	TableGrade       vote.Grade      `json:"tableGrade,omitempty"`
	Exact            bool            `json:"exact"` // the game is the rule's, not one on approximate figures
	NotParticipating []acquis.Member `json:"notParticipating,omitempty"`
	TotalSwings      int64           `json:"totalSwings"`
	Members          []memberRow     `json:"members"`

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
	rule, err := vote.ParseRule(ruleText)
	if err != nil || !slices.Contains(rules, rule) {
		return nil, command.Usage(fmt.Errorf("unknown rule %q: want qmv, reinforced, nice or nice-reinforced", ruleText))
	}
	c, err := command.Council(on, tableFile)
	if err != nil {
		return nil, err
	}
	day := c.Date()
	out, err := command.Members(c, absent)
	if err != nil {
		return nil, err
	}
	var g power.Game
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
	if err != nil {
		if errors.Is(err, power.ErrInvalidGame) {
			// Too few members take part: the command line's doing. The
			// command's name says where the message comes from.
			return nil, command.Usage(errors.New(strings.TrimPrefix(err.Error(), "power: ")))
		}
		return nil, command.Refusal(err)
	}

	ix := g.Indices()
	o := &output{
		Date: day, Rule: rule, Basis: g.Basis(), Game: g.String(), Exact: g.Exact(),
		NotParticipating: out, TotalSwings: ix.TotalSwings,
		weights: rule == vote.NiceWeights || rule == vote.NiceWeightsReinforced,
	}
	if t, ok := g.Table(); ok {
		o.TableSource, o.TableGrade = t.Source(), t.Grade()
	}
	var total int64
	for _, p := range ix.Players {
		total += p.Population
	}
	for _, p := range ix.Players {
		row := memberRow{Member: p.Member, Population: p.Population, Swings: p.Swings,
			PenroseExact: p.Penrose.RatString(), BanzhafExact: p.Banzhaf.RatString(), ShapleyShubikExact: p.ShapleyShubik.RatString()}
		row.Penrose, row.Banzhaf, row.ShapleyShubik = p.Float()
		if o.weights {
			row.Weight = p.Weight
		}
		if total > 0 {
			share := big.NewRat(p.Population, total)
			row.PopulationShare, _ = share.Float64()
			row.PopulationShareExact = share.RatString()
		}
		o.Members = append(o.Members, row)
	}
	// Largest first; the rows are in protocol order, which breaks ties.
	slices.SortStableFunc(o.Members, func(a, b memberRow) int {
		if c := cmp.Compare(b.Population, a.Population); c != 0 {
			return c
		}
		return cmp.Compare(b.Weight, a.Weight)
	})
	return o, nil
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
