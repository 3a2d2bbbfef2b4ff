// Command rollcall reads a roll-call list of the European Parliament (the
// PV-…-RCV_FR.xml file of a sitting) and prints each vote with its tally by
// political group and each group's cohesion, then each group's cohesion
// over all the votes of the list.
//
// Usage:
//
//	rollcall [-members members.csv[.gz]] [-json] [-svg FILE [-vote ID] [-groups A,B]] FILE.xml
//
// The day of each vote is the list's own: rollcall takes no -on.
//
// -svg writes one roll call as a picture (package chart): the chamber's
// seats by political group, coloured by choice; -svg - prints only the
// picture, so it cannot go with -json. -vote names the roll call by its
// identifier (the first of the list by default), and -groups the order of
// the groups from the left (by name by default), each a group of the list
// named once; both need -svg.
//
// With -members, a members.csv file of the HowTheyVote.eu export, each
// Member's member state is looked up by PersId and the votes are broken
// down by country too. A vote whose Members do not add up to the counts the
// list states is reported with both figures; the list is read all the same.
// Text from the list (identifiers, titles, descriptions, group names) is
// printed with its control and reordering characters escaped; -json prints
// it as it is, with camelCase keys.
//
// Exit status: 0 on success, 1 on failure (an unreadable or malformed file),
// 2 for a usage error.
package main

import (
	"compress/gzip"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/acquis-eu/acquis"
	"github.com/acquis-eu/acquis/chart"
	"github.com/acquis-eu/acquis/internal/command"
	"github.com/acquis-eu/acquis/vote"
	"github.com/acquis-eu/acquis/vote/epxml"
	"github.com/acquis-eu/acquis/vote/howtheyvote"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("rollcall", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "print the votes as JSON")
	membersFile := fs.String("members", "", "a HowTheyVote members.csv (or .csv.gz) giving each Member's country")
	picture := fs.String("svg", "", "also write a roll call as an SVG picture to `file` (- to print only the picture)")
	voteID := fs.String("vote", "", "the `identifier` of the roll call -svg draws (default: the first)")
	groups := fs.String("groups", "", "the order of the political groups from the left in the picture, comma-separated as the file names them")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: rollcall [-members members.csv] [-json] [-svg FILE [-vote ID] [-groups A,B]] FILE.xml\n\n")
		fs.PrintDefaults()
	}
	if status, ok := command.Parse(fs, args, -1); !ok {
		return status
	}
	if fs.NArg() != 1 {
		fmt.Fprintf(stderr, "rollcall: want one roll-call XML file, got %d arguments\n", fs.NArg())
		return 2
	}
	switch {
	case *asJSON && *picture == "-":
		return command.Fail(stderr, "rollcall", command.Usage(errors.New("-json and -svg - both write to standard output: give -svg a file")))
	case *voteID != "" && *picture == "":
		return command.Fail(stderr, "rollcall", command.Usage(errors.New("-vote names the roll call that -svg draws: give -svg")))
	case *groups != "" && *picture == "":
		return command.Fail(stderr, "rollcall", command.Usage(errors.New("-groups orders the groups that -svg draws: give -svg")))
	}
	out, err := read(fs.Arg(0), *membersFile)
	if err != nil {
		return command.Fail(stderr, "rollcall", err)
	}
	if *picture != "" {
		if status := command.WriteFile(stdout, stderr, "rollcall", *picture, func(w io.Writer) error {
			return out.draw(w, *voteID, *groups)
		}); status != 0 || *picture == "-" {
			return status
		}
	}
	return command.Print(stdout, stderr, "rollcall", *asJSON, out, out.writeText)
}

type output struct {
	Sitting   sitting            `json:"sitting"`
	RollCalls []rollCall         `json:"rollCalls"`
	Groups    []vote.GroupRecord `json:"groups"` // each group over all the roll calls

	rcs []*vote.RollCall
}

type sitting struct {
	ID        string `json:"id"`
	Date      string `json:"date"`
	Reference string `json:"reference"`
}

type rollCall struct {
	ID          string      `json:"id"`
	Timestamp   string      `json:"timestamp"`
	Title       string      `json:"title,omitempty"`
	Description string      `json:"description"`
	Stated      vote.Tally  `json:"stated"`
	Derived     vote.Tally  `json:"derived"`
	Matches     bool        `json:"matches"`
	Corrections int         `json:"corrections"`
	Groups      []breakdown `json:"groups"`
	Countries   []breakdown `json:"countries,omitempty"`
}

type breakdown struct {
	Name     string         `json:"name"`
	Tally    vote.Tally     `json:"tally"`
	Cohesion *vote.Cohesion `json:"cohesion,omitempty"` // absent when no one in it took part
}

func read(file, membersFile string) (*output, error) {
	countries := map[string]acquis.Member{}
	if membersFile != "" {
		var err error
		if countries, err = readCountries(membersFile); err != nil {
			return nil, err
		}
	}
	f, err := os.Open(file)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	s, rcs, err := epxml.ReadAll(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	out := &output{Sitting: sitting{ID: s.ID, Date: s.Date.String(), Reference: s.Reference}}
	if !s.Date.IsValid() {
		out.Sitting.Date = ""
	}
	for _, rc := range rcs {
		for i, v := range rc.Votes {
			if c, ok := countries[v.MEP.PersID]; ok {
				rc.Votes[i].Country = c
			}
		}
		r := rollCall{ID: rc.ID, Timestamp: rc.Timestamp, Title: rc.Title, Description: rc.Description,
			Stated: rc.Stated, Derived: rc.Tally(), Matches: rc.Check() == nil, Corrections: len(rc.Corrections)}
		for g, t := range rc.ByGroup() {
			r.Groups = append(r.Groups, breakdownOf(g, t))
		}
		for c, t := range rc.ByCountry() {
			r.Countries = append(r.Countries, breakdownOf(c.String(), t))
		}
		out.RollCalls = append(out.RollCalls, r)
	}
	out.Groups = vote.Cohesions(rcs)
	out.rcs = rcs
	return out, nil
}

// draw writes the roll call with the given identifier, or the first, as a
// picture, with the groups in the given order.
func (o *output) draw(w io.Writer, id, groups string) error {
	if len(o.rcs) == 0 {
		return fmt.Errorf("the list has no roll call to draw")
	}
	rc := o.rcs[0]
	if id != "" {
		i := slices.IndexFunc(o.rcs, func(rc *vote.RollCall) bool { return rc.ID == id })
		if i < 0 {
			return command.Usage(fmt.Errorf("-vote: no roll call %q in the list", id))
		}
		rc = o.rcs[i]
	}
	p, err := vote.ParliamentOn(rc.Date)
	if err != nil {
		return fmt.Errorf("roll call %s: %w", command.Quote(rc.ID), err)
	}
	order, err := o.order(groups)
	if err != nil {
		return err
	}
	return chart.RollCall(w, rc, p, order, nil)
}

// order returns the groups a comma-separated list names, each a group of
// the list named once, or nil for an empty list.
func (o *output) order(list string) ([]string, error) {
	if list == "" {
		return nil, nil
	}
	known := map[string]bool{}
	for _, g := range o.Groups {
		known[g.Group] = true
	}
	var order []string
	for _, g := range strings.Split(list, ",") {
		switch {
		case !known[g]:
			names := make([]string, len(o.Groups))
			for i, r := range o.Groups {
				names[i] = command.Quote(r.Group)
			}
			return nil, command.Usage(fmt.Errorf("-groups: no group %q in the list (its groups: %s)", g, strings.Join(names, ", ")))
		case slices.Contains(order, g):
			return nil, command.Usage(fmt.Errorf("-groups: %q is named twice", g))
		}
		order = append(order, g)
	}
	return order, nil
}

func breakdownOf(name string, t vote.Tally) breakdown {
	b := breakdown{Name: name, Tally: t}
	if c, ok := vote.CohesionOf(t); ok {
		b.Cohesion = &c
	}
	return b
}

// readCountries reads a HowTheyVote members.csv, gzipped or not, into a map
// from PersId to member state.
func readCountries(file string) (map[string]acquis.Member, error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(file, ".gz") {
		zr, err := gzip.NewReader(f)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", file, err)
		}
		r = zr
	}
	members, err := howtheyvote.ReadMembers(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	m := make(map[string]acquis.Member, len(members))
	for _, mem := range members {
		m[strconv.FormatInt(mem.ID, 10)] = mem.Country
	}
	return m, nil
}

func (o *output) writeText(w io.Writer) error {
	var b strings.Builder
	q := command.Quote
	fmt.Fprintf(&b, "Sitting %s of %s (%s): %s\n", q(o.Sitting.ID), o.Sitting.Date, q(o.Sitting.Reference), count(len(o.RollCalls), "roll call"))
	for _, r := range o.RollCalls {
		fmt.Fprintf(&b, "\n%s  %s\n", q(r.ID), q(r.Timestamp))
		if r.Title != "" {
			fmt.Fprintf(&b, "%s\n", q(r.Title))
		}
		fmt.Fprintf(&b, "%s\n", q(r.Description))
		if r.Matches {
			fmt.Fprintf(&b, "%v; the Members listed add up to the same\n", r.Stated)
		} else {
			fmt.Fprintf(&b, "MISMATCH: the list states %v, but the Members listed add up to %v\n", r.Stated, r.Derived)
		}
		if r.Corrections > 0 {
			fmt.Fprintf(&b, "%d corrections of intention, not counted\n", r.Corrections)
		}
		if err := table(&b, "group", r.Groups); err != nil {
			return err
		}
		if len(r.Countries) > 0 {
			if err := table(&b, "country", r.Countries); err != nil {
				return err
			}
		}
	}
	fmt.Fprintf(&b, "\nCohesion over %s (Agreement Index of Hix, Noury and Roland)\n", count(len(o.RollCalls), "roll call"))
	tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "group\tvotes\tmean\tstd dev\tmin\tmedian\tmax\twith the House\t")
	for _, g := range o.Groups {
		fmt.Fprintf(tw, "%s\t%d\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%d of %d\t\n",
			command.Quote(g.Group), g.Votes, g.Mean, g.StdDev, g.Quantiles[0], g.Quantiles[2], g.Quantiles[4], g.WithMajority, g.Decided)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// count returns "1 roll call" or "2 roll calls".
func count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

func table(b *strings.Builder, kind string, rows []breakdown) error {
	tw := tabwriter.NewWriter(b, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "%s\tfor\tagainst\tabstain\tagreement\tRice\tAttinà\t\n", kind)
	for _, r := range rows {
		name := command.Quote(r.Name)
		if r.Cohesion == nil {
			fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t\t\t\t\n", name, r.Tally.For, r.Tally.Against, r.Tally.Abstain)
			continue
		}
		c := r.Cohesion
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%.3f\t%.3f\t%.1f\t\n", name, r.Tally.For, r.Tally.Against, r.Tally.Abstain, c.Agreement, c.Rice, c.Attina)
	}
	return tw.Flush()
}
