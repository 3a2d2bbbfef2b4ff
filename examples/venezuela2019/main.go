// Command venezuela2019 tells who recognised whom as President of Venezuela
// on a day, from the acquis library's record of the case (2018 to 2025):
// each actor's status toward Nicolás Maduro and toward Juan Guaidó, with
// the act behind it, and how many member states held each status toward
// Guaidó.
//
// Usage:
//
//	venezuela2019 [-on YYYY-MM-DD] [-json | -html FILE]
//
// The day is 5 February 2019 unless -on gives another, from 1 November 2004
// on. Every actor with an act in the record appears, those whose position is
// unstated included. The member states' count is a view computed from each
// member state's own acts on the day (28 members until 31 January 2020, 27
// from 1 February 2020), never the EU's position, which is the Council's and
// the High Representative's own.
//
// The text has one heading per section; -json prints one object with the
// positions ("recognition") and the count ("memberStates").
//
// -html FILE writes one self-contained HTML page instead: the timelines of
// who recognised Guaidó and Maduro (package chart), the positions on the
// day and the acts behind them, with no script and nothing fetched.
//
// Exit status: 0 on success, 1 on failure, 2 for a usage error (a bad date,
// a day before 1 November 2004, a stray argument).
package main

import (
	"cmp"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/acquis-eu/acquis"
	"github.com/acquis-eu/acquis/internal/cli"
	"github.com/acquis-eu/acquis/recognition"
	"github.com/acquis-eu/acquis/vote"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

const defaultDay = "2019-02-05"

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("venezuela2019", flag.ContinueOnError)
	fs.SetOutput(stderr)
	on := fs.String("on", defaultDay, "the day, YYYY-MM-DD")
	asJSON := fs.Bool("json", false, "print the positions and the member states' count as one JSON object")
	html := fs.String("html", "", "write the story as a self-contained HTML `file` with its timelines, instead of printing it (- for standard output)")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: venezuela2019 [-on YYYY-MM-DD] [-json | -html FILE]\n\nTells who recognised whom as President of Venezuela on a day, from the acquis library.\n\n")
		fs.PrintDefaults()
	}
	if status, ok := cli.Parse(fs, args, 0); !ok {
		return status
	}
	if *html != "" && *asJSON {
		return cli.Fail(stderr, "venezuela2019", cli.Usage(fmt.Errorf("-json and -html exclude each other")))
	}
	r, err := tell(*on)
	if err != nil {
		return cli.Fail(stderr, "venezuela2019", err)
	}
	if *html != "" {
		return cli.WriteFile(stdout, stderr, "venezuela2019", *html, r.writePage)
	}
	return cli.Print(stdout, stderr, "venezuela2019", *asJSON, r, r.writeText)
}

// report is the whole output.
type report struct {
	Recognition  []position   `json:"recognition"`
	MemberStates memberStates `json:"memberStates"`

	day    acquis.Date
	office recognition.Office
	acts   []recognition.Act // behind the positions, by date
}

// position is one actor's status toward one claimant on the day, with the
// act that set it, the standing the actor accorded the claimant apart from
// recognition, and, when another act was the latest about them, that act's
// ID.
type position struct {
	Actor          recognition.Actor        `json:"actor"`
	Claimant       string                   `json:"claimant"`
	ClaimantName   string                   `json:"claimantName"`
	Status         recognition.Status       `json:"status"`
	Cause          recognition.EndCause     `json:"cause,omitzero"`
	Since          acquis.Date              `json:"since,omitzero"`
	Act            string                   `json:"act,omitzero"`
	ActDate        acquis.Date              `json:"actDate,omitzero"`
	Author         string                   `json:"author,omitzero"`
	Kind           recognition.Kind         `json:"kind,omitzero"`
	Binding        *bool                    `json:"binding,omitempty"`
	Verification   recognition.Verification `json:"verification,omitzero"`
	Wording        string                   `json:"wording,omitzero"`
	EndCondition   string                   `json:"endCondition,omitzero"`
	Interpretation bool                     `json:"interpretation,omitzero"`
	Source         string                   `json:"source,omitzero"`
	Standing       recognition.Standing     `json:"standing,omitzero"`
	Latest         string                   `json:"latest,omitzero"`
	LatestDate     acquis.Date              `json:"latestDate,omitzero"`
}

// memberStates is the computed view: the member states on the day, by
// their status toward one claimant.
type memberStates struct {
	View     string                         `json:"view"`
	Day      acquis.Date                    `json:"day"`
	Claimant string                         `json:"claimant"`
	Members  int                            `json:"members"`
	Counts   map[string]int                 `json:"counts"`
	ByStatus map[string][]recognition.Actor `json:"byStatus"`

	claimantName string
}

const view = "computed from each member state's own acts; not the EU's position"

func tell(dayText string) (*report, error) {
	day, err := acquis.ParseDate(dayText)
	if err != nil {
		return nil, cli.Usage(err)
	}
	council, err := vote.CouncilOn(day)
	if err != nil {
		return nil, cli.Usage(fmt.Errorf("no member states known on %v: give a day from 2004-11-01", day))
	}
	d := recognition.Venezuela2019()
	l, err := d.Ledger()
	if err != nil {
		return nil, err
	}
	maduro, ok1 := d.Claimant("maduro")
	guaido, ok2 := d.Claimant("guaido")
	if !ok1 || !ok2 {
		return nil, fmt.Errorf("dataset %s lacks Maduro or Guaidó", d.Name)
	}

	r := &report{day: day, office: d.Office}
	seen := map[string]bool{}
	mention := func(a recognition.Act) {
		if a.ID != "" && !seen[a.ID] {
			seen[a.ID] = true
			r.acts = append(r.acts, a)
		}
	}
	actors := d.Actors()
	slices.SortStableFunc(actors, func(a, b recognition.Actor) int { return cmp.Compare(rank(a), rank(b)) })
	for _, a := range actors {
		for _, c := range []recognition.Claimant{maduro, guaido} {
			p, err := l.StatusAt(a, c, d.Office, day)
			if err != nil {
				return nil, err
			}
			standing, err := l.StandingAt(a, c, d.Office, day)
			if err != nil {
				return nil, err
			}
			row := position{Actor: a, Claimant: c.ID, ClaimantName: c.Name, Status: p.Status, Cause: p.Cause, Since: p.Since,
				Standing: standing}
			if act := p.Act; act.ID != "" {
				binding := act.Binding
				row.Act, row.ActDate, row.Author, row.Kind, row.Binding = act.ID, act.Adopted, act.Author, act.Kind, &binding
				row.Verification, row.Wording, row.Source = act.Verification, act.Wording, act.Source
				row.EndCondition, row.Interpretation = p.Effect.EndCondition, p.Effect.Interpretation
				mention(act)
			}
			if p.Latest.ID != "" && p.Latest.ID != p.Act.ID {
				row.Latest, row.LatestDate = p.Latest.ID, p.Latest.Adopted
				mention(p.Latest)
			}
			r.Recognition = append(r.Recognition, row)
		}
	}

	slices.SortStableFunc(r.acts, func(a, b recognition.Act) int {
		return cmp.Or(a.Adopted.Compare(b.Adopted), cmp.Compare(a.ID, b.ID))
	})

	var members []recognition.Actor
	for m := range council.Members() {
		members = append(members, actorOf(m))
	}
	holders, err := l.Holders(members, guaido, d.Office, day)
	if err != nil {
		return nil, err
	}
	r.MemberStates = memberStates{
		View: view, Day: day, Claimant: guaido.ID, Members: len(members),
		Counts: map[string]int{}, ByStatus: map[string][]recognition.Actor{},
		claimantName: guaido.Name,
	}
	for s, as := range holders {
		r.MemberStates.Counts[s.String()] = len(as)
		r.MemberStates.ByStatus[s.String()] = as
	}
	return r, nil
}

// actorOf returns the recognition actor of member state m: its EU code.
func actorOf(m vote.Member) recognition.Actor { return recognition.Actor(m.String()) }

// rank orders actors: the EU's institutions, then the member states in the
// EU's protocol order, then the others by code.
func rank(a recognition.Actor) string {
	if i := slices.Index([]recognition.Actor{recognition.EuropeanParliament, recognition.EuropeanCouncil, recognition.Council, recognition.HighRepresentative}, a); i >= 0 {
		return fmt.Sprintf("0%d", i)
	}
	if m, err := vote.ParseMember(string(a)); err == nil {
		return fmt.Sprintf("1%02d", int(m))
	}
	return "2" + string(a)
}

func (r *report) writeText(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "Venezuela 2019–2025, told by acquis: who recognised whom as %s on %v\n", r.office, r.day)

	b.WriteString("\n== Each actor's position, from its own acts\n\n")
	tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "actor\tclaimant\tstatus\tsince\tstanding\tact")
	for _, p := range r.Recognition {
		status := p.Status.String()
		if p.Cause != 0 {
			status += " (" + p.Cause.String() + ")"
		}
		since, standing, act := "-", "-", "-"
		if p.Since.IsValid() {
			since = p.Since.String()
		}
		if p.Standing != recognition.NoStanding {
			standing = p.Standing.String()
		}
		if p.Act != "" {
			act = p.Act
		}
		if p.Latest != "" {
			act += " (latest: " + p.Latest + ")"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", p.Actor, p.ClaimantName, status, since, standing, act)
	}
	if err := tw.Flush(); err != nil {
		return err
	}

	b.WriteString("\n== The acts behind them, by date\n")
	for _, g := range groupActs(r.acts) {
		a := g[0]
		ids := make([]string, len(g))
		for i, x := range g {
			ids[i] = x.ID
		}
		b.WriteString("\n")
		if len(g) > 1 {
			fmt.Fprintf(&b, "%s (%d acts, one per actor)\n", strings.Join(ids, ", "), len(g))
		} else {
			fmt.Fprintf(&b, "%s\n", a.ID)
		}
		by := string(a.Actor)
		if len(g) > 1 {
			by = "each of the above"
		}
		if a.Author != "" {
			by += " (" + a.Author + ")"
		}
		binding := "not binding"
		if a.Binding {
			binding = "binding"
		}
		fmt.Fprintf(&b, "  %s, %v: %v, %s, %v\n", by, a.Adopted, a.Kind, binding, a.Verification)
		fmt.Fprintf(&b, "  wording: %s\n", quote(a.Wording))
		for _, e := range a.Effects {
			fmt.Fprintf(&b, "  effect:  %v toward %s, %v", e.Event, e.Claimant.Name, e.Timing)
			if e.Standing != recognition.NoStanding || e.Event == recognition.StandingAccorded {
				fmt.Fprintf(&b, ", standing %v", e.Standing)
			}
			if e.EndCondition != "" {
				fmt.Fprintf(&b, ", end condition %q", e.EndCondition)
			}
			if e.Interpretation {
				b.WriteString(", read from the wording (interpretation)")
			}
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "  source:  %s\n", a.Source)
	}

	m := r.MemberStates
	fmt.Fprintf(&b, "\n== Member states toward %s on %v: a computed view\n\n", m.claimantName, m.Day)
	fmt.Fprintf(&b, "%d member states, counted by their own acts; not the EU's position.\n", m.Members)
	tw = tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
	for _, s := range []recognition.Status{recognition.Recognized, recognition.Contested, recognition.NotRecognized, recognition.Withdrawn, recognition.Unstated} {
		as, ok := m.ByStatus[s.String()]
		if !ok {
			continue
		}
		codes := make([]string, len(as))
		for i, a := range as {
			codes[i] = string(a)
		}
		fmt.Fprintf(tw, "%s\t%d\t%s\n", s, len(as), strings.Join(codes, " "))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// groupActs groups acts that differ only in their actor and ID, such as the
// nineteen member states' joint declaration, in the order of each group's
// first act.
func groupActs(acts []recognition.Act) [][]recognition.Act {
	var groups [][]recognition.Act
	same := func(a, b recognition.Act) bool {
		return a.Adopted == b.Adopted && a.Author == b.Author && a.Kind == b.Kind && a.Binding == b.Binding &&
			a.Wording == b.Wording && a.Source == b.Source && a.Verification == b.Verification &&
			slices.EqualFunc(a.Effects, b.Effects, func(x, y recognition.Effect) bool {
				return x.Claimant == y.Claimant && x.Event == y.Event && x.Timing.Day() == y.Timing.Day() &&
					x.Standing == y.Standing && x.EndCondition == y.EndCondition && x.Interpretation == y.Interpretation
			})
	}
	for _, a := range acts {
		i := slices.IndexFunc(groups, func(g []recognition.Act) bool { return same(g[0], a) })
		if i < 0 {
			groups = append(groups, []recognition.Act{a})
			continue
		}
		groups[i] = append(groups[i], a)
	}
	return groups
}

// quote returns wording in double quotes, or as it is when it is an act's
// name in square brackets, which the dataset gives when it has no quote.
func quote(s string) string {
	if strings.HasPrefix(s, "[") {
		return s
	}
	return `"` + s + `"`
}
