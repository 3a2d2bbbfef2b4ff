// Command council is the Council of the EU's voting calculator, built on the
// acquis library: it decides a ballot under any of the Council's rules on
// any day since 1 November 2004, with the population figures in force that
// day, and says how sure the outcome is when those figures are not exact.
//
// Usage:
//
//	council -on 2020-11-06 [-rule qualified-majority] [-no HU,PL] [-abstain BE] [-absent DK] [-table FILE] [-population-check] [-json] [-svg FILE]
//
// -on names the day of the vote (-date is the same flag). Members not named
// vote for. -no names the members voting against, -abstain those
// abstaining, -absent those not participating (which is not abstaining:
// they leave every count). Members are named by the EU's codes (EL for
// Greece). -rule names one of the Council's rules as package vote spells
// them (vote.ParseCouncilRule): qualified-majority (the default),
// reinforced-qualified-majority, simple-majority, unanimity,
// article-7-determination, nice-weights and nice-weights-reinforced.
// article-7-determination, the determination of Article 7(1) TEU, needs
// -absent naming the member concerned, who does not take part (Article 354
// TFEU), and -population-check, the 62% check of Protocol No 36, belongs to
// nice-weights and nice-weights-reinforced only. -table reads a population table of the
// caller's, as lines "member,population", which is then exact, or as a
// tables file of package vote (JSON, vote.ReadTables), of which the table
// whose period holds the day is used; a day
// outside the embedded tables (1 November 2014 to 31 December 2015, 2017,
// and after 31 December 2026) needs one for the rules that count
// population; no day before 1 November 2004 is held. -svg writes the ballot as a picture (package
// chart): each member a block sized by population, with the thresholds and
// the blocking minority marked; -svg - prints only the picture, so it
// cannot go with -json. -json prints the result with camelCase keys.
//
// Exit status: 0 on success, 1 on failure, 2 for a usage error (an unknown
// member, a member named twice with different choices, flags that do not
// go together, a day with no population table for a rule that needs one).
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/acquis-eu/acquis"
	"github.com/acquis-eu/acquis/chart"
	"github.com/acquis-eu/acquis/internal/command"
	"github.com/acquis-eu/acquis/internal/num"
	"github.com/acquis-eu/acquis/vote"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("council", flag.ContinueOnError)
	fs.SetOutput(stderr)
	on := command.OnFlag(fs, acquis.Date{}, "the day of the vote, YYYY-MM-DD (required)", "date")
	rule := fs.String("rule", vote.QualifiedMajority.String(), "the rule: "+ruleNames(allRules()))
	no := fs.String("no", "", "members voting against, as comma-separated codes (HU,PL)")
	abstain := fs.String("abstain", "", "members abstaining")
	absent := fs.String("absent", "", "members not participating; under article-7-determination, the member concerned")
	tableFile := fs.String("table", "", "a `FILE` of population figures to use instead of the embedded table: member,population lines, or a tables file (JSON) of package vote")
	check := fs.Bool("population-check", false, "request the 62% population check of the Nice rules (nice-weights, nice-weights-reinforced)")
	asJSON := fs.Bool("json", false, "print the result as JSON")
	picture := fs.String("svg", "", "also write the ballot as an SVG picture to `file` (- to print only the picture)")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: council -on YYYY-MM-DD [-rule RULE] [-no A,B] [-abstain C] [-absent D] [-table FILE] [-population-check] [-json] [-svg FILE]\n\n")
		fs.PrintDefaults()
	}
	if status, ok := command.Parse(fs, args, 0); !ok {
		return status
	}
	if *asJSON && *picture == "-" {
		return command.Fail(stderr, "council", command.Usage(errors.New("-json and -svg - both write to standard output: give -svg a file")))
	}
	out, err := decide(on, *rule, *no, *abstain, *absent, *tableFile, *check)
	if err != nil {
		return command.Fail(stderr, "council", err)
	}
	if *picture != "" {
		draw := func(w io.Writer) error { return chart.Council(w, out.council, out.Rule, out.ballot, nil) }
		if status := command.WriteFile(stdout, stderr, "council", *picture, draw); status != 0 || *picture == "-" {
			return status
		}
	}
	return command.Print(stdout, stderr, "council", *asJSON, out, out.writeText)
}

// output is what council prints, as text or JSON.
type output struct {
	Date                 acquis.Date      `json:"date"`
	Rule                 vote.CouncilRule `json:"rule"`
	Majority             string           `json:"majority"`
	Basis                string           `json:"basis"`
	Adopted              bool             `json:"adopted"`
	Certain              bool             `json:"certain"`
	MembersInFavour      int              `json:"membersInFavour"`
	MembersAgainst       int              `json:"membersAgainst"`
	MembersAbstaining    int              `json:"membersAbstaining"`
	MembersParticipating int              `json:"membersParticipating"`
	MembersRequired      int              `json:"membersRequired"`
	PopulationInFavour   int64            `json:"populationInFavour"`
	PopulationTotal      int64            `json:"populationTotal"`
	PopulationRequired   int64            `json:"populationRequired"`
	PopulationCheck      bool             `json:"populationCheck,omitempty"`
	ShareInFavour        float64          `json:"shareInFavour,omitempty"`
	ShareLow             float64          `json:"shareLow,omitempty"`
	ShareHigh            float64          `json:"shareHigh,omitempty"`
	BlockingMinority     int              `json:"blockingMinority,omitempty"`
	ClauseDecided        bool             `json:"clauseDecided,omitempty"`
	WeightsInFavour      int              `json:"weightsInFavour,omitempty"`
	WeightsRequired      int              `json:"weightsRequired,omitempty"`
	WeightsTotal         int              `json:"weightsTotal,omitempty"`
	TableSource          string           `json:"tableSource,omitempty"`
	TableGrade           vote.Grade       `json:"tableGrade,omitempty"`
	TableNote            string           `json:"tableNote,omitempty"`
	Members              []memberRow      `json:"members"`
	Verdict              string           `json:"verdict"`

	result  vote.CouncilResult
	council vote.Council
	ballot  vote.Ballot
}

type memberRow struct {
	Member     acquis.Member `json:"member"`
	Choice     vote.Choice   `json:"choice"`
	Population int64         `json:"population,omitempty"`
	Share      float64       `json:"share,omitempty"` // percent of the table's total
	Grade      vote.Grade    `json:"grade,omitempty"`
}

// allRules returns the Council's rules, in the order package vote lists
// them.
func allRules() []vote.CouncilRule {
	var rules []vote.CouncilRule
	for r := vote.QualifiedMajority; r.IsValid(); r++ {
		rules = append(rules, r)
	}
	return rules
}

// ruleNames returns the text forms of rules, as "a, b or c".
func ruleNames(rules []vote.CouncilRule) string {
	var names []string
	for _, r := range rules {
		names = append(names, r.String())
	}
	return strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1]
}

// checks are the rules that have the 62% population check.
var checks = []vote.CouncilRule{vote.NiceWeights, vote.NiceWeightsReinforced}

func decide(on *command.Day, ruleText, no, abstain, absent, tableFile string, check bool) (*output, error) {
	rule, err := vote.ParseCouncilRule(ruleText)
	if err != nil {
		return nil, command.Usage(fmt.Errorf("unknown rule %q: want %s", ruleText, ruleNames(allRules())))
	}
	if check && !slices.Contains(checks, rule) {
		return nil, command.Usage(fmt.Errorf("-population-check: the 62%% check is one of the Nice weights (Protocol No 36, Art 3(3)), for -rule %s; -rule %v has none",
			ruleNames(checks), rule))
	}
	c, err := command.Council(on, tableFile)
	if err != nil {
		return nil, err
	}
	day := c.Date()
	b, err := ballot(c, map[vote.Choice]string{vote.Against: no, vote.Abstain: abstain, vote.NotParticipating: absent})
	if err != nil {
		return nil, err
	}
	if rule == vote.Article7Determination {
		if out, _ := command.Members(c, absent); len(out) != 1 {
			return nil, command.Usage(fmt.Errorf("-rule %v needs -absent naming the member concerned, and only that member: it does not take part in the vote (Art 7(1) TEU, Art 354 TFEU)", rule))
		}
	}
	if check {
		b.RequestPopulationCheck()
	}
	res, err := c.Decide(rule, b)
	if err != nil {
		return nil, command.Refusal(err)
	}

	low, share, high := res.Share()
	out := &output{
		Date: day, Rule: rule, Majority: rule.Majority(), Basis: res.Basis(), Adopted: res.Adopted(), Certain: res.Certain(),
		MembersInFavour: res.MembersFor(), MembersAgainst: res.MembersAgainst(), MembersAbstaining: res.MembersAbstaining(),
		MembersParticipating: res.Participating(), MembersRequired: res.MembersRequired(),
		PopulationInFavour: res.PopulationFor(), PopulationTotal: res.PopulationTotal(), PopulationRequired: res.PopulationRequired(),
		BlockingMinority: res.BlockingMinority(), ClauseDecided: res.ClauseDecided(),
		WeightsInFavour: res.WeightsFor(), WeightsRequired: res.WeightsRequired(), WeightsTotal: res.WeightsTotal(),
		PopulationCheck: res.PopulationCheck(), Verdict: res.String(), result: res, council: c, ballot: b,
	}
	if res.PopulationTotal() > 0 {
		out.ShareInFavour, out.ShareLow, out.ShareHigh = share, low, high
	}
	t, hasTable := c.Table()
	if hasTable {
		out.TableSource, out.TableGrade, out.TableNote = t.Source(), t.Grade(), t.Note()
	}
	for m := range c.Members() {
		row := memberRow{Member: m, Choice: b.Choice(m)}
		if f, ok := t.Figure(m); ok {
			row.Population, row.Grade = f.Population, f.Grade
			row.Share = 100 * float64(f.Population) / float64(t.Total())
		}
		out.Members = append(out.Members, row)
	}
	return out, nil
}

// ballot returns c's ballot with every member for but those the lists name.
// A member named in two lists is an error.
func ballot(c vote.Council, lists map[vote.Choice]string) (vote.Ballot, error) {
	b := c.Ballot(vote.For)
	named := map[acquis.Member]vote.Choice{}
	for _, p := range []vote.Choice{vote.Against, vote.Abstain, vote.NotParticipating} {
		ms, err := command.Members(c, lists[p])
		if err != nil {
			return vote.Ballot{}, err
		}
		for _, m := range ms {
			if prev, ok := named[m]; ok {
				return vote.Ballot{}, command.Usage(fmt.Errorf("%v is named twice, as %v and as %v", m, prev, p))
			}
			named[m] = p
			b.Set(m, p)
		}
	}
	return b, nil
}

func (o *output) writeText(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "Council of the EU, %v: %s (%s)\n", o.Date, o.Majority, o.Basis)
	if o.TableSource != "" {
		fmt.Fprintf(&b, "Population table: %s; %s figures\n", command.Quote(o.TableSource), o.TableGrade)
	}
	b.WriteString("\n")
	tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "member\tchoice\tpopulation\tshare\t")
	for _, r := range o.Members {
		if r.Population == 0 {
			fmt.Fprintf(tw, "%v\t%v\t\t\t\n", r.Member, r.Choice)
			continue
		}
		fmt.Fprintf(tw, "%v\t%v\t%s\t%.2f%%\t\n", r.Member, r.Choice, num.Thousands(r.Population), r.Share)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	b.WriteString("\n")
	res := o.result
	if res.Rule() == vote.Unanimity {
		fmt.Fprintf(&b, "members      %d for, %d against, %d abstaining; unanimity needs no member against  %s\n",
			res.MembersFor(), res.MembersAgainst(), res.MembersAbstaining(), mark(res.MembersAgainst() == 0 && res.MembersFor() > 0))
	} else {
		fmt.Fprintf(&b, "members      %d of %d participating in favour; %d required  %s\n",
			res.MembersFor(), res.Participating(), res.MembersRequired(), mark(res.MembersFor() >= res.MembersRequired()))
	}
	if res.WeightsRequired() > 0 {
		fmt.Fprintf(&b, "weights      %d of %d in favour; %d required  %s\n", res.WeightsFor(), res.WeightsTotal(), res.WeightsRequired(), mark(res.WeightsFor() >= res.WeightsRequired()))
	}
	switch {
	case res.PopulationRequired() > 0:
		fmt.Fprintf(&b, "population   %s of %s in favour (%.2f%%); %s required  %s\n",
			num.Thousands(res.PopulationFor()), num.Thousands(res.PopulationTotal()), o.ShareInFavour, num.Thousands(res.PopulationRequired()),
			mark(res.PopulationFor() >= res.PopulationRequired()))
	case res.PopulationTotal() > 0:
		fmt.Fprintf(&b, "population   %s of %s in favour (%.2f%%); no population test under this rule\n",
			num.Thousands(res.PopulationFor()), num.Thousands(res.PopulationTotal()), o.ShareInFavour)
	}
	if res.BlockingMinority() > 0 {
		fmt.Fprintf(&b, "blocking     %d members not in favour; a blocking minority needs %d\n", res.NotInFavour(), res.BlockingMinority())
	}
	fmt.Fprintf(&b, "\n%s\n", strings.ToUpper(outcome(o)))
	if res.PopulationRequired() > 0 && !res.Grade().Exact() {
		if res.Certain() {
			fmt.Fprintf(&b, "%s whatever the exact figures: within the %s table's bounds, %.2f%% to %.2f%% in favour\n",
				outcomeWord(o.Adopted), res.Grade(), o.ShareLow, o.ShareHigh)
		} else {
			fmt.Fprintf(&b, "too close to call with these figures: within the %s table's bounds, %.2f%% to %.2f%% in favour; give the official figures with -table\n",
				res.Grade(), o.ShareLow, o.ShareHigh)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func outcome(o *output) string {
	s := outcomeWord(o.Adopted)
	if o.ClauseDecided {
		s += ": fewer members than a blocking minority were not in favour, so the qualified majority is deemed attained"
	}
	return s
}

func outcomeWord(adopted bool) string {
	if adopted {
		return "adopted"
	}
	return "rejected"
}

func mark(ok bool) string {
	if ok {
		return "met"
	}
	return "NOT MET"
}
