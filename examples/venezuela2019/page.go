package main

import (
	"bytes"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/acquis-eu/acquis"
	"github.com/acquis-eu/acquis/chart"
	page "github.com/acquis-eu/acquis/internal/standalone"
	"github.com/acquis-eu/acquis/recognition"
)

// The spans of the page's timelines: Guaidó's claim from January 2019 to
// the end of the interim government (the note's last act about him is of
// January 2023), and Maduro's second and third mandates.
var (
	guaidoFrom, guaidoUntil = acquis.MustParseDate("2019-01-01"), acquis.MustParseDate("2023-07-01")
	maduroFrom, maduroUntil = acquis.MustParseDate("2018-05-01"), acquis.MustParseDate("2025-07-01")
)

// writePage writes r as one self-contained HTML page with the timelines
// of package chart inline.
func (r *report) writePage(w io.Writer) error {
	ds := recognition.Venezuela2019()
	var guaido, maduro bytes.Buffer
	if err := chart.Timeline(&guaido, ds, "guaido", guaidoFrom, guaidoUntil, &chart.Options{ID: "guaido-picture"}); err != nil {
		return err
	}
	if err := chart.Timeline(&maduro, ds, "maduro", maduroFrom, maduroUntil, &chart.Options{ID: "maduro-picture"}); err != nil {
		return err
	}
	recognisers, read, err := everRecognised(ds, "guaido")
	if err != nil {
		return err
	}
	acts, sources := r.actRows()
	return page.Write(w, page.Page{
		Title: "Venezuela 2019–2025: who recognised whom as President",
		Lead: "From January 2019 the presidency of Venezuela had two claimants: Nicolás Maduro, whose second mandate began on 10 January 2019 after an election many actors rejected, " +
			"and Juan Guaidó, president of the National Assembly elected in 2015, who claimed the office as interim president. This page shows each actor's position toward both, from the acquis library's record of the case.",
		Notes: []string{
			fmt.Sprintf("The tables are for %v (go run ./examples/venezuela2019 -on DAY -html FILE for another day). Each position comes from the actor's own acts; silence is not recognition.", r.Day),
			r.recordNote(),
		},
		Sections: []page.Section{
			{
				ID: "guaido", Heading: "Juan Guaidó as interim president",
				Paragraphs: r.guaidoParagraphs(len(recognisers), read),
				Figures:    []page.Figure{{SVG: guaido.Bytes(), Caption: "Each actor's status toward Guaidó, with its acts."}},
				Tables:     []page.Table{{Caption: fmt.Sprintf("Positions toward Guaidó on %v", r.Day), Head: positionHead, Rows: r.positionRows("guaido")}},
			},
			{
				ID: "maduro", Heading: "Nicolás Maduro",
				Figures: []page.Figure{{SVG: maduro.Bytes(), Caption: "Each actor's status toward Maduro, with its acts and the mandates."}},
				Tables:  []page.Table{{Caption: fmt.Sprintf("Positions toward Maduro on %v", r.Day), Head: positionHead, Rows: r.positionRows("maduro")}},
			},
			{
				ID: "mandates", Heading: fmt.Sprintf("The mandates the positions rest on, on %v", r.Day),
				Paragraphs: []string{"A position resting on a mandate that has expired keeps the status its acts give: the expiry withdraws nothing by itself, and the answer says since when the mandate has expired."},
				Tables:     []page.Table{{Caption: "Each mandate, where it stands on the day, and the positions that rest on it", Head: []string{"Mandate", "Positions resting on it", "Its end, and the source"}, Rows: r.mandateRows()}},
			},
			{
				ID: "acts", Heading: fmt.Sprintf("The acts behind the positions on %v", r.Day),
				Tables:  []page.Table{{Caption: "Acts by date; a row with several IDs is one declaration that several actors made", Head: []string{"Acts", "Adopted", "Form", "Verification", "Wording"}, Rows: acts}},
				Sources: sources,
			},
		},
		Footer: "Written by examples/venezuela2019 from the acquis library's record recognition.Venezuela2019, each act graded verified, secondary or unverified as its source allows. " +
			"The page runs no script and fetches nothing.",
	})
}

// positionHead is the head of the tables of positions.
var positionHead = []string{"Actor", "Status", "Since", "Standing", "Act", "Mandate it rests on"}

// positionRows returns a row for each actor's position toward the
// claimant on the report's day: its status and why, its standing, the act
// behind it, and the mandate it rests on.
func (r *report) positionRows(claimant string) [][]page.Cell {
	rows := [][]page.Cell{}
	for _, p := range r.Recognition {
		if p.Claimant != claimant {
			continue
		}
		status := p.Status.String()
		if p.Cause != 0 {
			status += " (" + p.Cause.String() + ")"
		}
		standing, act := "", "no act yet"
		if p.Standing != recognition.NoStanding {
			standing = p.Standing.String()
		}
		if p.Act != "" {
			act = fmt.Sprintf("%s of %v (%v)", p.Act, p.ActDate, p.Verification)
		}
		if p.Latest != "" {
			act += "; latest: " + p.Latest
		}
		mandate := ""
		if m, ok := p.Basis.Mandate(); ok {
			mandate = theName(m.Claimant) + ": " + mandateState(p)
		}
		rows = append(rows, []page.Cell{page.T(p.Actor.Name()), page.T(status), page.D(p.Since), page.T(standing), page.T(act), page.T(mandate)})
	}
	return rows
}

// guaidoParagraphs says how many member states ever recognised Guaidó,
// where the member states stood on the report's day, and what the
// recognitions rest on.
func (r *report) guaidoParagraphs(recognisers int, read []recognition.Actor) []string {
	m := r.MemberStates
	var counts []string
	for _, s := range []recognition.Status{recognition.Recognized, recognition.Contested, recognition.NotRecognized, recognition.Withdrawn, recognition.Unstated} {
		if as, ok := m.ByStatus[s.String()]; ok {
			names := make([]string, len(as))
			for i, a := range as {
				names[i] = a.Name()
			}
			counts = append(counts, fmt.Sprintf("%s: %d (%s)", s, len(as), strings.Join(names, ", ")))
		}
	}
	return []string{
		fmt.Sprintf("%d member states recognised Guaidó at some time, each by its own act%s; the EU's own voices, the Council and the High Representative, never did, and accorded standing on a separate axis, which the tables give.", recognisers, readNote(read)),
		fmt.Sprintf("On %v, of the %d member states, counted by their own acts (a view, not the EU's position): %s.", m.Day, m.Members, strings.Join(counts, "; ")) + recordedUpTo(m.RecordedUpTo),
		"A recognition of Guaidó as interim President rests on his presidency of the National Assembly elected in 2015: Article 233 of the Constitution of Venezuela puts the President of the National Assembly in charge of the Presidency when the President-elect is absolutely absent. " +
			guaidoBasis(r) + " From the day that mandate expired, the tables and the picture say so (the picture fades the bars); the statuses stay what the acts say.",
	}
}

// mandateRows returns a row for each mandate positions rest on: where it
// stands on the report's day, the positions resting on it, and its end.
func (r *report) mandateRows() [][]page.Cell {
	rows := [][]page.Cell{}
	for _, bs := range r.bases {
		m, _ := bs.timing.Mandate()
		var who []string
		for _, g := range byStatus(bs.rows) {
			who = append(who, fmt.Sprintf("%v toward %s: %s", g[0].Status, g[0].ClaimantName, actorCodes(g)))
		}
		rows = append(rows, []page.Cell{page.T(upper(describeMandate(bs.timing, r.Day))), page.T(strings.Join(who, "; ")), page.T(m.EndSource)})
	}
	return rows
}

// actRows returns a row for each act behind the positions, one for the
// acts of a joint declaration, and their sources.
func (r *report) actRows() ([][]page.Cell, []page.Link) {
	rows := [][]page.Cell{}
	var sources []page.Link
	for _, g := range groupActs(r.acts) {
		a := g[0]
		var ids []string
		for _, x := range g {
			ids = append(ids, x.ID)
		}
		rows = append(rows, []page.Cell{page.T(strings.Join(ids, ", ")), page.D(a.Adopted), page.T(a.Form.String()),
			page.T(a.Verification.String()), page.T(quote(a.Wording))})
		sources = append(sources, page.Link{Text: strings.Join(ids, ", ") + ": " + a.Source})
	}
	return rows, sources
}

// recordedUpTo returns a sentence that says the count is as recorded up
// to day, or "" for the zero Date.
func recordedUpTo(day acquis.Date) string {
	if !day.IsValid() {
		return ""
	}
	return fmt.Sprintf(" This is the count as recorded up to %v, the day the record was checked up to.", day)
}

// guaidoBasis describes the mandate the recognitions of Guaidó rest on
// and where it stands on the report's day, from the data.
func guaidoBasis(r *report) string {
	for _, bs := range r.bases {
		if slices.ContainsFunc(bs.rows, func(p position) bool { return p.Claimant == "guaido" }) {
			return "The record dates that mandate so: " + describeMandate(bs.timing, r.Day) + "."
		}
	}
	return "No recognition of him rests on it on this day."
}

// everRecognised returns the member states (of any day) that recognised
// the claimant at some time, each from its own acts, and those of them
// whose recognition the record reads from the wording of their act.
func everRecognised(ds recognition.Dataset, claimant string) (all, read []recognition.Actor, err error) {
	l, err := ds.Ledger()
	if err != nil {
		return nil, nil, err
	}
	c, _ := ds.Claimant(claimant)
	for _, a := range ds.Actors() {
		if !a.IsMember() {
			continue
		}
		iv, err := l.Timeline(a, c, ds.Office)
		if err != nil {
			return nil, nil, err
		}
		i := slices.IndexFunc(iv, func(i recognition.Interval) bool { return i.Position.Status == recognition.Recognized })
		if i < 0 {
			continue
		}
		all = append(all, a)
		if iv[i].Position.Effect.Interpretation {
			read = append(read, a)
		}
	}
	return all, read, nil
}

// readNote says which recognitions are read from the wording of their
// act, or "" if none is.
func readNote(read []recognition.Actor) string {
	if len(read) == 0 {
		return ""
	}
	names := make([]string, len(read))
	for i, a := range read {
		names[i] = a.Name()
	}
	if len(read) == 1 {
		return fmt.Sprintf(" (one of them, %s, by a decision that the record reads as a recognition from its wording)", names[0])
	}
	return fmt.Sprintf(" (%d of them, %s, by decisions that the record reads as recognitions from their wording)", len(read), strings.Join(names, ", "))
}
