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
// The answers stop where the record stops. The record says up to which day
// it was checked (31 January 2025): for a later day each answer is still
// the acts' answer, "as recorded up to" that day. A position that rests on
// a mandate which has expired by the day (Guaidó's recognitions rest on
// his presidency of the National Assembly elected in 2015, whose term ended
// on 5 January 2021) says so, with the day, whether or not an act withdrew
// it; its status is what the acts say.
//
// The text has one heading per section; -json prints one object with the
// day, the record's span ("record", and "recordedUpTo" or "recordedFrom"
// when the day is outside it), the positions ("recognition", each with the
// mandate it rests on, "basis", and "basisExpired") and the count
// ("memberStates"). Its keys are camelCase.
//
// -html FILE writes one self-contained HTML page instead: the timelines of
// who recognised Guaidó and Maduro (package chart), the positions on the
// day and the acts behind them, with no script and nothing fetched.
//
// Exit status: 0 on success, 1 on failure, 2 for a usage error (a bad date,
// a day before 1 November 2004, a stray argument).
//
// All the text printed comes from the library's embedded record, none from
// a file a user gives, so none of it is escaped (internal/command's Quote);
// a tool that reads a case from a file must escape what it prints.
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
	"unicode"
	"unicode/utf8"

	"github.com/acquis-eu/acquis"
	"github.com/acquis-eu/acquis/internal/command"
	"github.com/acquis-eu/acquis/recognition"
	"github.com/acquis-eu/acquis/vote"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

var defaultDay = acquis.MustParseDate("2019-02-05")

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("venezuela2019", flag.ContinueOnError)
	fs.SetOutput(stderr)
	on := command.OnFlag(fs, defaultDay, "the `day`, YYYY-MM-DD")
	asJSON := fs.Bool("json", false, "print the positions and the member states' count as one JSON object")
	html := fs.String("html", "", "write the story as a self-contained HTML `file` with its timelines, instead of printing it (- for standard output)")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: venezuela2019 [-on YYYY-MM-DD] [-json | -html FILE]\n\nTells who recognised whom as President of Venezuela on a day, from the acquis library.\n\n")
		fs.PrintDefaults()
	}
	if status, ok := command.Parse(fs, args, 0); !ok {
		return status
	}
	if *html != "" && *asJSON {
		return command.Fail(stderr, "venezuela2019", command.Usage(fmt.Errorf("-json and -html exclude each other")))
	}
	r, err := tell(on.Date)
	if err != nil {
		return command.Fail(stderr, "venezuela2019", err)
	}
	if *html != "" {
		return command.WriteFile(stdout, stderr, "venezuela2019", *html, r.writePage)
	}
	return command.Print(stdout, stderr, "venezuela2019", *asJSON, r, r.writeText)
}

// report is the whole output.
type report struct {
	Day acquis.Date `json:"day"`
	// Record is the span of the record; RecordedFrom and RecordedUpTo are
	// set when the day is before its first act or after the day it was
	// checked up to, as each position of the library says.
	Record       acquis.Span  `json:"record"`
	RecordedFrom acquis.Date  `json:"recordedFrom,omitzero"`
	RecordedUpTo acquis.Date  `json:"recordedUpTo,omitzero"`
	Recognition  []position   `json:"recognition"`
	MemberStates memberStates `json:"memberStates"`

	office recognition.Office
	acts   []recognition.Act // behind the positions, by date
	bases  []basis           // the mandates the positions rest on
}

// basis is a mandate that positions rest on, with the rows that rest on
// it on the day.
type basis struct {
	timing recognition.Timing
	rows   []position
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
	Form           recognition.Form         `json:"form,omitzero"`
	Binding        *bool                    `json:"binding,omitempty"`
	Verification   recognition.Verification `json:"verification,omitzero"`
	Wording        string                   `json:"wording,omitzero"`
	EndCondition   string                   `json:"endCondition,omitzero"`
	Interpretation bool                     `json:"interpretation,omitzero"`
	Source         string                   `json:"source,omitzero"`
	Standing       recognition.Standing     `json:"standing,omitzero"`
	Latest         string                   `json:"latest,omitzero"`
	LatestDate     acquis.Date              `json:"latestDate,omitzero"`
	// Basis is the expiry of the mandate the position rests on, and
	// BasisExpired the day from which it had expired, when that is not
	// after the day: the status is still what the acts say.
	Basis        recognition.Timing `json:"basis,omitzero"`
	BasisExpired acquis.Date        `json:"basisExpired,omitzero"`
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
	// ExpiredBasis gives, by status, the members whose position rests on
	// a mandate that had expired by the day; RecordedUpTo is set when the
	// day is after the day the record was checked up to.
	ExpiredBasis map[string][]recognition.Actor `json:"expiredBasis,omitempty"`
	RecordedUpTo acquis.Date                    `json:"recordedUpTo,omitzero"`

	claimantName string
	expired      []recognition.Timing // the mandates behind ExpiredBasis
}

const view = "computed from each member state's own acts; not the EU's position"

func tell(day acquis.Date) (*report, error) {
	council, err := vote.CouncilOn(day)
	if err != nil {
		return nil, command.Usage(fmt.Errorf("no member states known on %v: give a day from 2004-11-01", day))
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
	r := &report{Day: day, Record: l.Span(), office: d.Office}
	if err := r.positions(d, l, maduro, guaido); err != nil {
		return nil, err
	}
	var members []recognition.Actor
	for m := range council.Members() {
		members = append(members, actorOf(m))
	}
	if err := r.countMembers(d, l, members, guaido); err != nil {
		return nil, err
	}
	return r, nil
}

// positions fills in each actor's position toward the claimants on the
// report's day, the mandates they rest on and the acts behind them.
func (r *report) positions(d recognition.Dataset, l *recognition.Ledger, claimants ...recognition.Claimant) error {
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
		for _, c := range claimants {
			p, err := l.StatusAt(a, c, d.Office, r.Day)
			if err != nil {
				return err
			}
			standing, err := l.StandingAt(a, c, d.Office, r.Day)
			if err != nil {
				return err
			}
			row := rowOf(a, c, p, standing)
			r.RecordedFrom, r.RecordedUpTo = p.RecordedFrom, p.RecordedUpTo
			if !p.Basis.IsZero() {
				i := slices.IndexFunc(r.bases, func(b basis) bool { return b.timing == p.Basis })
				if i < 0 {
					i = len(r.bases)
					r.bases = append(r.bases, basis{timing: p.Basis})
				}
				r.bases[i].rows = append(r.bases[i].rows, row)
			}
			mention(p.Act)
			if p.Latest.ID != p.Act.ID {
				mention(p.Latest)
			}
			r.Recognition = append(r.Recognition, row)
		}
	}
	slices.SortStableFunc(r.acts, func(a, b recognition.Act) int {
		return cmp.Or(a.Adopted.Compare(b.Adopted), cmp.Compare(a.ID, b.ID))
	})
	return nil
}

// rowOf returns actor a's position p toward claimant c, and the standing
// it accords, as a row of the report.
func rowOf(a recognition.Actor, c recognition.Claimant, p recognition.Position, standing recognition.Standing) position {
	row := position{Actor: a, Claimant: c.ID, ClaimantName: c.Name, Status: p.Status, Cause: p.Cause, Since: p.Since,
		Standing: standing, Basis: p.Basis, BasisExpired: p.BasisExpired}
	if act := p.Act; act.ID != "" {
		binding := act.Binding
		row.Act, row.ActDate, row.Author, row.Form, row.Binding = act.ID, act.Adopted, act.Author, act.Form, &binding
		row.Verification, row.Wording, row.Source = act.Verification, act.Wording, act.Source
		row.EndCondition, row.Interpretation = p.Effect.EndCondition, p.Effect.Interpretation
	}
	if p.Latest.ID != "" && p.Latest.ID != p.Act.ID {
		row.Latest, row.LatestDate = p.Latest.ID, p.Latest.Adopted
	}
	return row
}

// countMembers fills in the computed view of the member states' statuses
// toward c on the report's day.
func (r *report) countMembers(d recognition.Dataset, l *recognition.Ledger, members []recognition.Actor, c recognition.Claimant) error {
	holders, err := l.Holders(members, c, d.Office, r.Day)
	if err != nil {
		return err
	}
	ms := memberStates{
		View: view, Day: r.Day, Claimant: c.ID, Members: len(members),
		Counts: map[string]int{}, ByStatus: map[string][]recognition.Actor{},
		RecordedUpTo: r.RecordedUpTo, claimantName: c.Name,
	}
	for s, as := range holders {
		ms.Counts[s.String()] = len(as)
		ms.ByStatus[s.String()] = as
		for _, a := range as {
			p, err := l.StatusAt(a, c, d.Office, r.Day)
			if err != nil {
				return err
			}
			if !p.BasisExpired.IsValid() {
				continue
			}
			if ms.ExpiredBasis == nil {
				ms.ExpiredBasis = map[string][]recognition.Actor{}
			}
			ms.ExpiredBasis[s.String()] = append(ms.ExpiredBasis[s.String()], a)
			if !slices.Contains(ms.expired, p.Basis) {
				ms.expired = append(ms.expired, p.Basis)
			}
		}
	}
	r.MemberStates = ms
	return nil
}

// actorOf returns the recognition actor of member state m: its EU code.
func actorOf(m acquis.Member) recognition.Actor { return recognition.Actor(m.String()) }

// rank orders actors: the EU's institutions, then the member states in the
// EU's protocol order, then the others by code.
func rank(a recognition.Actor) string {
	if i := slices.Index([]recognition.Actor{recognition.EuropeanParliament, recognition.EuropeanCouncil, recognition.Council, recognition.HighRepresentative}, a); i >= 0 {
		return fmt.Sprintf("0%d", i)
	}
	if m, err := acquis.ParseMember(string(a)); err == nil {
		return fmt.Sprintf("1%02d", int(m))
	}
	return "2" + string(a)
}

// writeText writes r as text. Every string it prints comes from the
// embedded record (see the package doc), so none is escaped.
func (r *report) writeText(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "Venezuela 2019–2025, told by acquis: who recognised whom as %s on %v\n\n", r.office, r.Day)
	b.WriteString(wrapText(r.recordNote(), 100))

	if err := r.writePositions(&b); err != nil {
		return err
	}
	r.writeBases(&b)
	r.writeActs(&b)
	if err := r.MemberStates.writeText(&b); err != nil {
		return err
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// writePositions writes each actor's position toward each claimant.
func (r *report) writePositions(b *strings.Builder) error {
	b.WriteString("\n== Each actor's position, from its own acts\n\n")
	tw := tabwriter.NewWriter(b, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "actor\tclaimant\tstatus\tsince\tstanding\tact\tmandate rested on")
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
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", p.Actor, p.ClaimantName, status, since, standing, act, mandateState(p))
	}
	if err := tw.Flush(); err != nil {
		return err
	}

	return nil
}

// writeBases writes the mandates the positions rest on.
func (r *report) writeBases(b *strings.Builder) {
	if len(r.bases) > 0 {
		fmt.Fprintf(b, "\n== The mandates the positions rest on, on %v\n", r.Day)
		for _, bs := range r.bases {
			b.WriteString("\n" + wrapText(upper(describeMandate(bs.timing, r.Day)), 100))
			m, _ := bs.timing.Mandate()
			if m.EndSource != "" {
				b.WriteString(wrapIndented("  end: ", m.EndSource, 100))
			}
			for _, g := range byStatus(bs.rows) {
				b.WriteString(wrapIndented(fmt.Sprintf("  %v toward %s: ", g[0].Status, g[0].ClaimantName), actorCodes(g), 100))
			}
		}
		b.WriteString("\nA position resting on a mandate that has expired keeps the status its acts give: the expiry\n" +
			"withdraws nothing by itself, and the answer says since when the mandate has expired.\n")
	}

}

// writeActs writes the acts behind the positions, those that several
// actors made alike together.
func (r *report) writeActs(b *strings.Builder) {
	b.WriteString("\n== The acts behind them, by date\n")
	for _, g := range groupActs(r.acts) {
		a := g[0]
		ids := make([]string, len(g))
		for i, x := range g {
			ids[i] = x.ID
		}
		b.WriteString("\n")
		if len(g) > 1 {
			fmt.Fprintf(b, "%s (%d acts, one per actor)\n", strings.Join(ids, ", "), len(g))
		} else {
			fmt.Fprintf(b, "%s\n", a.ID)
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
		fmt.Fprintf(b, "  %s, %v: %v, %s, %v\n", by, a.Adopted, a.Form, binding, a.Verification)
		fmt.Fprintf(b, "  wording: %s\n", quote(a.Wording))
		for _, e := range a.Effects {
			fmt.Fprintf(b, "  effect:  %v toward %s, %v", e.Event, e.Claimant.Name, e.Timing)
			if e.Standing != recognition.NoStanding || e.Event == recognition.StandingAccorded {
				fmt.Fprintf(b, ", standing %v", e.Standing)
			}
			if e.EndCondition != "" {
				fmt.Fprintf(b, ", end condition %q", e.EndCondition)
			}
			if e.Interpretation {
				b.WriteString(", read from the wording (interpretation)")
			}
			if m, ok := e.Basis.Mandate(); ok {
				fmt.Fprintf(b, ", resting on the mandate of %s", theName(m.Claimant))
				if m.LastDay.IsValid() {
					fmt.Fprintf(b, " ending %v", m.LastDay)
				}
			}
			b.WriteString("\n")
		}
		fmt.Fprintf(b, "  source:  %s\n", a.Source)
	}

}

// writeText writes the member states' count.
func (m memberStates) writeText(b *strings.Builder) error {
	fmt.Fprintf(b, "\n== Member states toward %s on %v: a computed view\n\n", m.claimantName, m.Day)
	fmt.Fprintf(b, "%d member states, counted by their own acts; not the EU's position.", m.Members)
	if m.RecordedUpTo.IsValid() {
		fmt.Fprintf(b, " As recorded up to %v.", m.RecordedUpTo)
	}
	b.WriteString("\n")
	tw := tabwriter.NewWriter(b, 0, 0, 2, ' ', 0)
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
	if note := m.expiredNote(); note != "" {
		b.WriteString(wrapText(note, 100))
	}
	return nil
}

// recordNote says how far the record reaches, and what that means for the
// day's answers.
func (r *report) recordNote() string {
	s := fmt.Sprintf("The record: acts adopted from %v to %v, checked up to %v.", r.Record.First, r.Record.Last, r.Record.Checked)
	switch {
	case r.RecordedUpTo.IsValid():
		s += fmt.Sprintf(" %v is after the day it was checked up to: each answer below is the acts' answer as recorded up to %v, and an act the record lacks may have changed it.", r.Day, r.RecordedUpTo)
	case r.RecordedFrom.IsValid():
		s += fmt.Sprintf(" %v is before its first act: the record had not begun, and \"unstated\" says only that it holds no act.", r.Day)
	}
	return s
}

// expiredNote says how many members held each status on a mandate that
// had expired, and which mandates, or "" if none did.
func (m memberStates) expiredNote() string {
	if len(m.ExpiredBasis) == 0 {
		return ""
	}
	var parts []string
	for _, s := range []recognition.Status{recognition.Recognized, recognition.Contested, recognition.NotRecognized, recognition.Withdrawn} {
		if as := m.ExpiredBasis[s.String()]; len(as) > 0 {
			parts = append(parts, fmt.Sprintf("%d of the %d %s", len(as), m.Counts[s.String()], s))
		}
	}
	var mandates []string
	for _, t := range m.expired {
		mandates = append(mandates, describeMandate(t, m.Day))
	}
	return fmt.Sprintf("Of these, %s rest on a mandate that had expired by %v: %s. Their statuses are the acts' own.",
		strings.Join(parts, ", "), m.Day, strings.Join(mandates, "; "))
}

// describeMandate describes the mandate whose expiry t keys, and where it
// stands on day: "the mandate of the National Assembly of Venezuela
// elected in 2015 (National Assembly of Venezuela), last day 2021-01-05,
// expired from 2021-01-05 (first-day convention)".
func describeMandate(t recognition.Timing, day acquis.Date) string {
	m, _ := t.Mandate()
	s := fmt.Sprintf("the mandate of %s (%s)", theName(m.Claimant), m.Office)
	if m.Start.IsValid() {
		s += fmt.Sprintf(", from %v", m.Start)
	}
	switch bx := t.Day(); {
	case !bx.IsValid():
		s += ", last day not recorded"
	case day.Before(bx):
		s += fmt.Sprintf(", last day %v, expires from %v (%v convention)", m.LastDay, bx, t.Convention())
	default:
		s += fmt.Sprintf(", last day %v, expired from %v (%v convention)", m.LastDay, bx, t.Convention())
	}
	return s
}

// byStatus groups rows by claimant and status, in the order of each
// group's first row.
func byStatus(rows []position) [][]position {
	var groups [][]position
	for _, p := range rows {
		i := slices.IndexFunc(groups, func(g []position) bool { return g[0].Claimant == p.Claimant && g[0].Status == p.Status })
		if i < 0 {
			groups = append(groups, []position{p})
			continue
		}
		groups[i] = append(groups[i], p)
	}
	return groups
}

// actorCodes returns the actors of rows, separated by spaces.
func actorCodes(rows []position) string {
	codes := make([]string, len(rows))
	for i, p := range rows {
		codes[i] = string(p.Actor)
	}
	return strings.Join(codes, " ")
}

// upper returns s with its first letter in upper case.
func upper(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// theName returns the claimant's name, after "the" for a body.
func theName(c recognition.Claimant) string {
	if c.Body {
		return "the " + c.Name
	}
	return c.Name
}

// mandateState is a row's note on the mandate its position rests on, by
// the first day on which it has expired: "expired from 2021-01-05",
// "expires from 2025-01-10", "end not recorded" or "-".
func mandateState(p position) string {
	_, ok := p.Basis.Mandate()
	switch {
	case p.BasisExpired.IsValid():
		return "expired from " + p.BasisExpired.String()
	case !ok:
		return "-"
	case p.Basis.Day().IsValid():
		return "expires from " + p.Basis.Day().String()
	}
	return "end not recorded"
}

// wrapText wraps s at width columns, with a final newline.
func wrapText(s string, width int) string { return wrapIndented("", s, width) }

// wrapIndented wraps s at width columns after the first line's prefix,
// indenting the following lines as deep as the prefix.
func wrapIndented(prefix, s string, width int) string {
	var b strings.Builder
	line := prefix
	indent := strings.Repeat(" ", utf8.RuneCountInString(prefix))
	for _, word := range strings.Fields(s) {
		if n := utf8.RuneCountInString(line); n > len(indent) && n+1+utf8.RuneCountInString(word) > width {
			b.WriteString(strings.TrimRight(line, " ") + "\n")
			line = indent
		}
		if utf8.RuneCountInString(line) > len(indent) {
			line += " "
		}
		line += word
	}
	b.WriteString(line + "\n")
	return b.String()
}

// groupActs groups acts that differ only in their actor and ID, such as the
// nineteen member states' joint declaration, in the order of each group's
// first act.
func groupActs(acts []recognition.Act) [][]recognition.Act {
	var groups [][]recognition.Act
	same := func(a, b recognition.Act) bool {
		return a.Adopted == b.Adopted && a.Author == b.Author && a.Form == b.Form && a.Binding == b.Binding &&
			a.Wording == b.Wording && a.Source == b.Source && a.Verification == b.Verification &&
			slices.EqualFunc(a.Effects, b.Effects, func(x, y recognition.Effect) bool {
				return x.Claimant == y.Claimant && x.Event == y.Event && x.Timing.Day() == y.Timing.Day() &&
					x.Standing == y.Standing && x.EndCondition == y.EndCondition && x.Interpretation == y.Interpretation &&
					x.Basis == y.Basis
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
