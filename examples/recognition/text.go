package main

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"github.com/acquis-eu/acquis/recognition"
)

// statuses is the order in which counts are given.
var statuses = []recognition.Status{recognition.Recognized, recognition.Contested, recognition.NotRecognized, recognition.Withdrawn, recognition.Unstated}

// writeText writes the list of cases.
func (l caseList) writeText(w io.Writer) error {
	var b strings.Builder
	b.WriteString("The cases of the acquis library's record of recognition (go run ./examples/recognition -case ID):\n")
	for _, e := range l {
		fmt.Fprintf(&b, "\n%s  %s\n", e.ID, e.Name)
		fmt.Fprintf(&b, "  office:  %s\n", e.Office)
		fmt.Fprintf(&b, "  record:  acts adopted from %v to %v, checked up to %v\n", e.Record.First, e.Record.Last, e.Record.Checked)
		fmt.Fprintf(&b, "  acts:    %d (%d verified, %d secondary, %d unverified); %d claimants, %d mandates\n",
			e.Acts, e.Verified, e.Secondary, e.Unverified, e.Claimants, e.Mandates)
		if e.Summary != "" {
			b.WriteString(wrap("  ", e.Summary, 100))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// writeText writes the report as text, each part under its heading.
func (r *report) writeText(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s (%s): who recognised whom as %s on %v\n\n", r.Case.Name, r.Case.ID, r.Case.Office, r.Day)
	b.WriteString(wrap("", r.recordNote(), 100))
	b.WriteString(wrap("", "Checked against "+strings.TrimSuffix(r.Case.CheckedAgainst, ".")+".", 100))
	if r.Case.Summary != "" {
		b.WriteString("\n" + wrap("", r.Case.Summary, 100))
	}
	r.writeMandates(&b)
	for _, c := range r.Claims {
		if err := r.writeClaim(&b, c); err != nil {
			return err
		}
	}
	r.writeActs(&b)
	if len(r.NotRecorded) > 0 {
		b.WriteString("\n== Not recorded\n\n")
		for _, s := range r.NotRecorded {
			b.WriteString(wrap("- ", s, 100))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// recordNote says how far the record reaches, and what that means for the
// day's answers.
func (r *report) recordNote() string {
	s := fmt.Sprintf("The record: acts adopted from %v to %v, checked up to %v.", r.Case.Record.First, r.Case.Record.Last, r.Case.Record.Checked)
	switch {
	case r.RecordedUpTo.IsValid():
		s += fmt.Sprintf(" %v is after the day it was checked up to: each answer below is the acts' answer as recorded up to %v, and an act the record lacks may have changed it.", r.Day, r.RecordedUpTo)
	case r.RecordedFrom.IsValid():
		s += fmt.Sprintf(" %v is before its first act: the record had not begun, and \"unstated\" says only that it holds no act.", r.Day)
	}
	return s
}

func (r *report) writeMandates(b *strings.Builder) {
	if len(r.Mandates) == 0 {
		return
	}
	fmt.Fprintf(b, "\n== The mandates, on %v\n", r.Day)
	for _, m := range r.Mandates {
		fmt.Fprintf(b, "\n%s: %s, %s: %s\n", m.ID, m.Claimant.Name, string(m.Office), r.mandateState(m))
		if m.Start.IsValid() {
			b.WriteString(hang(fmt.Sprintf("  first day %v, %v: ", m.Start, m.StartVerification), "      ", m.StartSource, 100))
		}
		switch {
		case m.LastDay.IsValid():
			b.WriteString(hang(fmt.Sprintf("  last day %v, %v: ", m.LastDay, m.EndVerification), "      ", m.EndSource, 100))
		case m.EndSource != "":
			b.WriteString(hang("  last day: ", "      ", m.EndSource, 100))
		}
	}
}

// mandateState says where m stands on the report's day.
func (r *report) mandateState(m mandate) string {
	switch m.State {
	case "not-begun":
		return fmt.Sprintf("begins on %v", m.Start)
	case "open":
		return "in its term; the record gives no last day"
	case "expired":
		return fmt.Sprintf("expired from %v", m.Expired)
	}
	return fmt.Sprintf("in its term, last day %v", m.LastDay)
}

// writeClaim writes each actor's position toward one claimant, and the
// member states' count.
func (r *report) writeClaim(b *strings.Builder, c claim) error {
	fmt.Fprintf(b, "\n== Toward %s as %s, on %v: each actor's position from its own acts\n\n", c.ClaimantName, c.Office, r.Day)
	tw := tabwriter.NewWriter(b, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "actor\tstatus\tsince\tstanding\tact (latest)\trests on")
	for _, p := range c.Positions {
		status := p.Status.String()
		if p.Cause != 0 {
			status += " (" + p.Cause.String() + ")"
		}
		if p.Interpretation {
			status += " (read from the wording)"
		}
		act := dash(p.Act)
		if p.Latest != "" {
			act += " (" + p.Latest + ")"
		}
		standing := "-"
		if p.Standing != recognition.NoStanding {
			standing = p.Standing.String()
		}
		since := "-"
		if p.Since.IsValid() {
			since = p.Since.String()
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", string(p.Actor), status, since, standing, act, r.restsOn(p))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if ms := c.MemberStates; ms != nil {
		fmt.Fprintf(b, "\nMember states toward %s: %d, counted by their own acts; not the EU's position.\n", c.ClaimantName, ms.Members)
		for _, s := range statuses {
			if as := ms.ByStatus[s.String()]; len(as) > 0 {
				codes := make([]string, len(as))
				for i, a := range as {
					codes[i] = string(a)
				}
				b.WriteString(wrap(fmt.Sprintf("  %-15s %2d  ", s, len(as)), strings.Join(codes, " "), 100))
			}
		}
	}
	return nil
}

// restsOn says which mandate p rests on and whether it had expired.
func (r *report) restsOn(p position) string {
	if p.Basis == "" {
		return "-"
	}
	if p.BasisExpired.IsValid() {
		return p.Basis + ", expired from " + p.BasisExpired.String()
	}
	return p.Basis
}

func (r *report) writeActs(b *strings.Builder) {
	b.WriteString("\n== The acts behind the answers, by date\n")
	for _, a := range r.Acts {
		by := a.ActorName
		if a.Author != "" {
			by += " (" + a.Author + ")"
		}
		binding := "not binding"
		if a.Binding {
			binding = "binding"
		}
		fmt.Fprintf(b, "\n%s\n  %s, %v: %v, %s, %v\n", a.ID, by, a.Adopted, a.Form, binding, a.Verification)
		b.WriteString(wrap("  wording: ", quoted(a.Wording), 100))
		for _, e := range a.Effects {
			b.WriteString(wrap("  effect:  ", r.effectWords(e), 100))
		}
		b.WriteString(wrap("  source:  ", a.Source, 100))
		if a.Note != "" {
			b.WriteString(wrap("  note:    ", a.Note, 100))
		}
	}
}

// effectWords says what an effect does, in words.
func (r *report) effectWords(e effect) string {
	s := fmt.Sprintf("%v toward %s", e.Event, e.ClaimantName)
	if e.Office != r.Case.Office {
		s += " as " + string(e.Office)
	}
	s += ", " + e.Timing
	if e.Event == recognition.StandingAccorded {
		s += ", standing " + e.Standing.String()
	}
	if e.EndCondition != "" {
		s += ", end condition \"" + e.EndCondition + "\""
	}
	if e.Interpretation {
		s += ", read from the wording (interpretation)"
	}
	if e.Basis != "" {
		s += ", resting on " + e.Basis
	}
	return s
}

// quoted returns wording in double quotes, or as it is when it is an
// act's name in square brackets.
func quoted(s string) string {
	if strings.HasPrefix(s, "[") {
		return s
	}
	return "\"" + s + "\""
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// wrap wraps s at width columns after the first line's prefix, indenting
// the following lines as deep as the prefix, with a final newline.
func wrap(prefix, s string, width int) string {
	return hang(prefix, strings.Repeat(" ", utf8.RuneCountInString(prefix)), s, width)
}

// hang wraps s at width columns after the first line's prefix, indenting
// the following lines by indent, with a final newline. A word longer than
// the width, such as an address, has a line of its own.
func hang(prefix, indent, s string, width int) string {
	var b strings.Builder
	line := prefix
	for _, word := range strings.Fields(s) {
		if n := utf8.RuneCountInString(line); n > len(indent) && n+1+utf8.RuneCountInString(word) > width {
			b.WriteString(strings.TrimRight(line, " ") + "\n")
			line = indent
		}
		if utf8.RuneCountInString(line) > len(indent) && !strings.HasSuffix(line, " ") {
			line += " "
		}
		line += word
	}
	b.WriteString(line + "\n")
	return b.String()
}
