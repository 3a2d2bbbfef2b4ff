package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/acquis-eu/acquis"
	"github.com/acquis-eu/acquis/chart"
	page "github.com/acquis-eu/acquis/internal/standalone"
	"github.com/acquis-eu/acquis/recognition"
)

// writePage writes the report as one self-contained HTML page: for each
// claimant to the case's office a timeline of package chart, and for
// every claim a table of the positions on the day; the mandates, the acts
// with their sources, and what the record leaves out.
func (r *report) writePage(w io.Writer) error {
	from, until := r.window()
	var sections []page.Section
	for i, c := range r.Claims {
		s, err := r.claimSection(i, c, from, until)
		if err != nil {
			return err
		}
		sections = append(sections, s)
	}
	sections = append(sections, r.mandatesSection(), r.actsSection())
	if len(r.NotRecorded) > 0 {
		sections = append(sections, page.Section{ID: "not-recorded", Heading: "What the record leaves out", Paragraphs: r.NotRecorded})
	}
	lead := r.Case.Summary
	if lead == "" {
		lead = fmt.Sprintf("Who recognised whom as %s, from the case %s.", r.Case.Office, r.Case.ID)
	}
	return page.Write(w, page.Page{
		Title: fmt.Sprintf("%s: who recognised whom as %s", r.Case.Name, r.Case.Office),
		Lead:  lead,
		Notes: []string{
			fmt.Sprintf("The tables are for %v (go run ./examples/recognition -case %s -on DAY -html FILE for another day). Each position comes from the actor's own acts; silence is not recognition.", r.Day, r.Case.ID),
			r.recordNote(),
			"Checked against " + strings.TrimSuffix(r.Case.CheckedAgainst, ".") + ".",
		},
		Sections: sections,
		Footer: fmt.Sprintf("Written by examples/recognition from the case %s, each act graded verified, secondary or unverified as its source allows. ", r.Case.ID) +
			"The page runs no script and fetches nothing.",
	})
}

// window returns the days the timelines show: from the first of the
// month of the record's first act, or of an earlier effect, to the first
// of the month after the day the record was checked up to.
func (r *report) window() (from, until acquis.Date) {
	first := r.Case.Record.First
	for _, a := range r.ds.Acts {
		for _, e := range a.Effects {
			if d := e.Timing.Day(); d.IsValid() && d.Before(first) {
				first = d
			}
		}
	}
	upTo := r.Case.Record.UpTo()
	from, _ = acquis.DateFrom(first.Year(), first.Month(), 1)
	until, _ = acquis.DateFrom(upTo.Year(), upTo.Month(), 1)
	return from, until.AddMonths(1)
}

// claimSection returns the section of claim number i: a timeline when the
// claim is to the case's office, and the positions on the day.
func (r *report) claimSection(i int, c claim, from, until acquis.Date) (page.Section, error) {
	s := page.Section{ID: fmt.Sprintf("claim-%d", i+1), Heading: fmt.Sprintf("%s as %s", c.ClaimantName, c.Office)}
	if c.Office == r.Case.Office {
		var svg bytes.Buffer
		if err := chart.Timeline(&svg, r.ds, c.Claimant, from, until, &chart.Options{ID: "timeline-" + c.Claimant}); err != nil {
			return s, err
		}
		s.Figures = []page.Figure{{SVG: svg.Bytes(), Caption: fmt.Sprintf("Each actor's status toward %s, with its acts and the mandates, %s to %s.",
			c.ClaimantName, from.In(time.UTC).Format("January 2006"), until.AddDays(-1).In(time.UTC).Format("January 2006"))}}
	}
	rows := [][]page.Cell{}
	for _, p := range c.Positions {
		status := p.Status.String()
		if p.Cause != 0 {
			status += " (" + p.Cause.String() + ")"
		}
		if p.Interpretation {
			status += ", read from the wording"
		}
		standing, act := "", "no act yet"
		if p.Standing != recognition.NoStanding {
			standing = p.Standing.String()
		}
		if p.Act != "" {
			act = p.Act
		}
		if p.Latest != "" {
			act += "; latest: " + p.Latest
		}
		rests := ""
		if p.Basis != "" {
			rests = r.restsOn(p)
		}
		rows = append(rows, []page.Cell{page.T(p.ActorName), page.T(status), page.D(p.Since), page.T(standing), page.T(act), page.T(rests)})
	}
	s.Tables = []page.Table{{Caption: fmt.Sprintf("Positions toward %s on %v", c.ClaimantName, r.Day),
		Head: []string{"Actor", "Status", "Since", "Standing", "Act", "Mandate it rests on"}, Rows: rows}}
	if ms := c.MemberStates; ms != nil {
		var counts []string
		for _, st := range statuses {
			if as := ms.ByStatus[st.String()]; len(as) > 0 {
				names := make([]string, len(as))
				for i, a := range as {
					names[i] = a.Name()
				}
				counts = append(counts, fmt.Sprintf("%s: %d (%s)", st, len(as), strings.Join(names, ", ")))
			}
		}
		s.Paragraphs = append(s.Paragraphs, fmt.Sprintf("On %v, of the %d member states, counted by their own acts (a view, not the EU's position): %s.", r.Day, ms.Members, strings.Join(counts, "; ")))
	}
	return s, nil
}

func (r *report) mandatesSection() page.Section {
	rows := [][]page.Cell{}
	for _, m := range r.Mandates {
		first, last := "", m.EndSource
		if m.Start.IsValid() {
			first = fmt.Sprintf("%v (%v): %s", m.Start, m.StartVerification, m.StartSource)
		}
		if m.LastDay.IsValid() {
			last = fmt.Sprintf("%v (%v): %s", m.LastDay, m.EndVerification, m.EndSource)
		}
		rows = append(rows, []page.Cell{page.T(m.ID), page.T(m.Claimant.Name + ", " + string(m.Office)), page.T(r.mandateState(m)), page.T(first), page.T(last)})
	}
	return page.Section{ID: "mandates", Heading: fmt.Sprintf("The mandates, on %v", r.Day),
		Paragraphs: []string{"A position resting on a mandate that has expired keeps the status its acts give: the expiry withdraws nothing by itself, and the answer says since when the mandate has expired."},
		Tables: []page.Table{{Caption: "Each mandate the case records, where it stands on the day, and the sources of its days",
			Head: []string{"Mandate", "Claimant and office", "On the day", "First day", "Last day"}, Rows: rows}}}
}

func (r *report) actsSection() page.Section {
	rows := [][]page.Cell{}
	var sources []page.Link
	for _, a := range r.Acts {
		var effects []string
		for _, e := range a.Effects {
			effects = append(effects, r.effectWords(e))
		}
		rows = append(rows, []page.Cell{page.T(a.ID), page.T(a.ActorName), page.D(a.Adopted), page.T(fmt.Sprintf("%v, %v", a.Form, a.Verification)),
			page.T(quoted(a.Wording)), page.T(strings.Join(effects, "; ")), page.T(a.Note)})
		sources = append(sources, page.Link{Text: a.ID + ": " + a.Source})
	}
	return page.Section{ID: "acts", Heading: fmt.Sprintf("The acts behind the positions on %v", r.Day),
		Tables:  []page.Table{{Caption: "Acts by date", Head: []string{"Act", "Actor", "Adopted", "Form, grade", "Wording", "Effects", "Note"}, Rows: rows}},
		Sources: sources}
}
