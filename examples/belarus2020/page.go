package main

import (
	"bytes"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/acquis-eu/acquis"
	"github.com/acquis-eu/acquis/chart"
	"github.com/acquis-eu/acquis/internal/standalone"
	"github.com/acquis-eu/acquis/recognition"
	"github.com/acquis-eu/acquis/sanctions"
	"github.com/acquis-eu/acquis/vote"
)

// The spans the page's pictures cover: the months of the story, and for
// the listings the lapse of the regime in this data after 28 February
// 2021.
var (
	timelineFrom, timelineUntil = acquis.MustParseDate("2020-08-01"), acquis.MustParseDate("2021-01-01")
	listingsFrom, listingsUntil = acquis.MustParseDate("2020-08-01"), acquis.MustParseDate("2021-04-01")
)

// writePage writes the story of s as one self-contained HTML page, with
// the pictures of package chart inline.
func (s *story) writePage(w io.Writer) error {
	list := sanctions.Belarus2020()
	ds := recognition.Belarus2020()
	voting, err := s.pageVote()
	if err != nil {
		return err
	}
	measures, err := s.pageSanctions(list)
	if err != nil {
		return err
	}
	listed, err := s.pageListed(list)
	if err != nil {
		return err
	}
	positions, err := s.pageRecognition(ds)
	if err != nil {
		return err
	}
	return standalone.Write(w, standalone.Page{
		Title: "Belarus 2020: the vote, the sanctions, the recognition",
		Lead: "On 17 September 2020 the European Parliament resolved that once Alyaksandr Lukashenka's term of office expired on 5 November 2020 it would no longer recognise him as president of Belarus, " +
			"while the Council listed officials under an asset freeze and a travel ban on 2 October, 6 November and 17 December 2020. This page tells that story from the acquis library.",
		Notes:    []string{fmt.Sprintf("The tables of who was listed and of positions are for %v (go run ./examples/belarus2020 -on DAY -html FILE for another day).", s.On)},
		Sections: []standalone.Section{voting, measures, listed, positions},
		Footer: "Written by examples/belarus2020 from the acquis library: the vote from package vote, the acts from sanctions.Belarus2020, the positions from recognition.Belarus2020. " +
			"The page runs no script and fetches nothing; its links lead to the sources.",
	})
}

// picture returns the SVG that draw writes.
func picture(draw func(io.Writer) error) ([]byte, error) {
	var b bytes.Buffer
	if err := draw(&b); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// pageVote returns the page's section on the European Parliament's vote:
// the result in words, the hemicycle, and the tally as a table.
func (s *story) pageVote() (standalone.Section, error) {
	p, err := vote.ParliamentOn(resolutionDay)
	if err != nil {
		return standalone.Section{}, err
	}
	res, err := p.Decide(vote.VotesCast, resolution)
	if err != nil {
		return standalone.Section{}, err
	}
	hemi, err := picture(func(w io.Writer) error { return chart.Hemicycle(w, res, &chart.Options{ID: "vote-picture"}) })
	if err != nil {
		return standalone.Section{}, err
	}
	v := s.Vote
	return standalone.Section{
		ID: "vote", Heading: "The European Parliament's vote of 17 September 2020",
		Paragraphs: []string{
			fmt.Sprintf("%s (%s, procedure %s).", v.Title, v.Reference, v.Procedure),
			"The library decides the tally under the rule that applies: " + res.String() + ".",
		},
		Figures: []standalone.Figure{{SVG: hemi, Caption: fmt.Sprintf(
			"The %d seats of the chamber on %v, coloured by position from the left; the dashed line is the seat the votes for had to reach.", p.Seats(), p.Date())}},
		Tables: []standalone.Table{{
			Caption: "The tally, as the picture shows it",
			Head:    []string{"Position", "Members"},
			Rows: [][]standalone.Cell{
				{standalone.T("for"), standalone.T(fmt.Sprint(v.For))},
				{standalone.T("against"), standalone.T(fmt.Sprint(v.Against))},
				{standalone.T("abstained"), standalone.T(fmt.Sprint(v.Abstain))},
				{standalone.T("did not vote"), standalone.T(fmt.Sprint(v.DidNotVote))},
				{standalone.T("in office"), standalone.T(fmt.Sprintf("%d (%v)", v.InOffice, v.MembersSource))},
				{standalone.T("needed"), standalone.T(conditions(v.Conditions))},
			},
		}},
		Sources: voteSources,
	}, nil
}

// pageSanctions returns the page's section on the sanctions packages: the
// regime's legal bases and span, the listings over time, and the acts.
func (s *story) pageSanctions(list *sanctions.List) (standalone.Section, error) {
	listings, err := picture(func(w io.Writer) error {
		return chart.Listings(w, list, "BLR", listingsFrom, listingsUntil, &chart.Options{ID: "listings-picture"})
	})
	if err != nil {
		return standalone.Section{}, err
	}
	r := s.Regime
	lapse, _, err := list.LastDay("BLR", listingsUntil)
	if err != nil {
		return standalone.Section{}, err
	}
	var bases []string
	for _, b := range r.Bases {
		bases = append(bases, fmt.Sprintf("%s: %s, %s (%s)", b.Measure.Name(), b.Act, b.Provision, b.Journal))
	}
	rows, sources := actRows(list)
	return standalone.Section{
		ID: "sanctions", Heading: "The sanctions packages: " + r.Name,
		Paragraphs: []string{
			"The regime's legal bases: " + strings.Join(bases, "; ") + ".",
			"Each act states how many persons and entities it lists; the data names only the entries whose text could be read, so the picture draws both. " +
				fmt.Sprintf("The regime's renewal of 2021 is not among the acts, so in this data it lapses after %v.", lapse),
			fmt.Sprintf("The data holds the regime's acts from %v (%s) to %v (%s): before the first it says nothing of the regime, and after the last it answers as recorded up to it.", r.Span.First, r.FirstAct, r.Span.Last, r.LastAct),
		},
		Figures: []standalone.Figure{{SVG: listings, Caption: "Persons and entities under each measure, as the acts state and as the data names them, with the acts on the days they entered into force."}},
		Tables: []standalone.Table{{
			Caption: "The acts, by the day they entered into force (each number links to the act in the Official Journal)",
			Head:    []string{"Act", "Adopted", "In force", "What it does", "Unverified"},
			Rows:    rows,
		}},
		Sources: sources,
	}, nil
}

// actRows returns a row for each act of the list, linked to the act, with
// what it does; and the acts' sources, each once.
func actRows(list *sanctions.List) ([][]standalone.Cell, []standalone.Link) {
	rows := [][]standalone.Cell{}
	var sources []standalone.Link
	seen := map[string]bool{}
	for _, a := range list.Acts() {
		cell := standalone.Cell{Text: strings.TrimPrefix(a.String(), "Council "), URL: a.ELI()}
		what := ""
		switch {
		case a.Persons+a.Organisations > 0:
			p, o := a.Listed()
			what = fmt.Sprintf("lists %s (%s); the data names %d", count(a.Persons, a.Organisations), measureNames(a.Measures), p+o)
		default:
			for _, e := range a.Effects {
				if e.Change == sanctions.Renewed {
					what = fmt.Sprintf("renews the regime until %v", e.LastDay)
				}
			}
		}
		rows = append(rows, []standalone.Cell{cell, standalone.D(a.Adopted), standalone.D(a.InForce), standalone.T(what), standalone.T(strings.Join(a.Unverified, "; "))})
		for _, src := range a.Sources {
			if !seen[src] {
				seen[src] = true
				sources = append(sources, standalone.Link{Text: src})
			}
		}
	}
	return rows, sources
}

// pageListed returns the page's section on who was listed: on the story's
// day, and every listing over time.
func (s *story) pageListed(list *sanctions.List) (standalone.Section, error) {
	history, err := histories(list)
	if err != nil {
		return standalone.Section{}, err
	}
	return standalone.Section{
		ID: "listed", Heading: fmt.Sprintf("Who was listed when, and on %v", s.On),
		Paragraphs: s.listedParagraphs(),
		Tables: []standalone.Table{{
			Caption: fmt.Sprintf("Entries named in the data and listed on %v", s.On),
			Head:    []string{"Name", "Measure", "Since", "Listed by", "Regime's last day"},
			Rows:    s.listedRows(list),
		}, {
			Caption: "Every listing of the entries named in the data, over time (the regime's last day as set when the listing began)",
			Head:    []string{"Name", "Measure", "From", "Until", "Listed by"},
			Rows:    history,
		}},
	}, nil
}

// listedRows returns a row for each entry listed on the story's day under
// each measure, or one row that says why there is none.
func (s *story) listedRows(list *sanctions.List) [][]standalone.Cell {
	rows := [][]standalone.Cell{}
	for _, it := range s.Sanctions {
		for _, m := range it.Measures {
			act, _ := list.Act(it.Acts[m])
			url := ""
			if act != nil {
				url = act.ELI()
			}
			rows = append(rows, []standalone.Cell{standalone.T(it.Name), standalone.T(m.Name()), standalone.D(it.Since[m]),
				{Text: it.Acts[m], URL: url}, standalone.T(it.LastDay.String())})
		}
	}
	if len(rows) == 0 {
		none := "no entry the data names was listed that day"
		if s.Regime.Record == beforeFirstAct {
			none = fmt.Sprintf("the data begins on %v", s.Regime.Span.First)
		}
		rows = append(rows, []standalone.Cell{standalone.T(none), standalone.T(""), standalone.T(""), standalone.T(""), standalone.T("")})
	}
	return rows
}

// listedParagraphs says where the story's day stands in the record, and
// how many persons and entities the acts in force state they listed.
func (s *story) listedParagraphs() []string {
	r := s.Regime
	var stated []string
	for _, m := range []sanctions.Measure{sanctions.AssetFreeze, sanctions.TravelBan} {
		if n := r.Stated[m]; n.Persons+n.Organisations > 0 {
			stated = append(stated, fmt.Sprintf("%s under the %s", count(n.Persons, n.Organisations), m.Name()))
		}
	}
	paras := []string{}
	if r.Record == afterLastAct {
		paras = append(paras, fmt.Sprintf("As recorded up to %v, the day the last act the data holds (%s) entered into force: a later act may have changed what follows.", r.Span.Last, r.LastAct))
	}
	switch {
	case r.Record == beforeFirstAct:
		paras = append(paras, fmt.Sprintf("On %v the data says nothing of the regime: it begins on %v, the day %s entered into force, and holds no act before.", s.On, r.Span.First, r.FirstAct))
	case r.LastDay.IsValid() && s.On.After(r.LastDay):
		paras = append(paras, fmt.Sprintf("On %v the regime had lapsed in this data, after %v: its later renewals are not among the acts.", s.On, r.LastDay))
	case len(stated) > 0:
		paras = append(paras, fmt.Sprintf("On %v the acts in force state that they listed %s. The table gives the entries the data names.", s.On, strings.Join(stated, ", and ")))
	default:
		paras = append(paras, fmt.Sprintf("On %v no act of 2020 listing anyone was in force.", s.On))
	}
	return paras
}

// pageRecognition returns the page's section on who recognised
// Lukashenka: the timelines of his status and of the Coordination
// Council's standing, and the positions on the story's day.
func (s *story) pageRecognition(ds recognition.Dataset) (standalone.Section, error) {
	// The pictures are of 2020: they draw the record as it stood at the
	// end of the months they show, so that the actors whose first act came
	// later have no row.
	of2020 := ds
	of2020.Acts = slices.DeleteFunc(slices.Clone(ds.Acts), func(a recognition.Act) bool { return !a.Adopted.Before(timelineUntil) })
	timeline, err := picture(func(w io.Writer) error {
		return chart.Timeline(w, of2020, "lukashenka", timelineFrom, timelineUntil, &chart.Options{ID: "timeline-picture"})
	})
	if err != nil {
		return standalone.Section{}, err
	}
	council, err := picture(func(w io.Writer) error {
		return chart.Timeline(w, of2020, "coordination-council", timelineFrom, timelineUntil, &chart.Options{ID: "standing-picture"})
	})
	if err != nil {
		return standalone.Section{}, err
	}
	paras := []string{
		"Each actor's position comes from its own acts: silence is not recognition, and the EU's position is never derived from the member states'.",
		expiry(ds),
	}
	if len(s.Recognition) > 0 {
		paras = append(paras, recordNote(s.RecognitionRecord, s.Recognition[0], s.On))
	}
	if note := basisNote(s.Recognition, s.On); note != "" {
		paras = append(paras, note)
	}
	var sources []standalone.Link
	for _, a := range ds.Acts {
		sources = append(sources, standalone.Link{Text: fmt.Sprintf("%s (%v): %s", a.ID, a.Verification, a.Source)})
	}
	return standalone.Section{
		ID: "recognition", Heading: "Who recognised Lukashenka, as what, and when",
		Paragraphs: paras,
		Figures: []standalone.Figure{
			{SVG: timeline, Caption: "Each actor's status toward Lukashenka as President of Belarus in 2020, with its acts and the mandates' last days (the acts of 2025 are in go run ./examples/recognition -case belarus2020)."},
			{SVG: council, Caption: "The same resolution accorded the opposition's Coordination Council a standing \"as an interim representation of the people\" (the resolution's words, as Parliament's press summary quotes them), which is not recognition as holder of an office: it is kept on its own axis."},
		},
		Tables: []standalone.Table{{
			Caption: fmt.Sprintf("Positions on %v", s.On),
			Head:    []string{"Actor", "Status", "Since", "Act", "Wording", "The mandate it rests on"},
			Rows:    s.recognitionRows(),
		}},
		Sources: sources,
	}, nil
}

// recognitionRows returns a row for each actor's position on the story's
// day, with the act behind it and the mandate it rests on.
func (s *story) recognitionRows() [][]standalone.Cell {
	rows := [][]standalone.Cell{}
	for _, it := range s.Recognition {
		name := it.Actor.Name()
		if it.Act == "" {
			rows = append(rows, []standalone.Cell{standalone.T(name), standalone.T("unstated"), standalone.T(""), standalone.T("no act yet"), standalone.T(""), standalone.T("")})
			continue
		}
		mandate := ""
		if m, ok := it.Basis.Mandate(); ok {
			switch {
			case it.BasisExpired.IsValid():
				mandate = fmt.Sprintf("claimed from %v; expired from %v", m.Start, it.BasisExpired)
			case m.LastDay.IsValid():
				mandate = fmt.Sprintf("claimed from %v; last day %v", m.Start, m.LastDay)
			default:
				mandate = fmt.Sprintf("claimed from %v; last day not recorded", m.Start)
			}
		}
		act := fmt.Sprintf("%s, %v of %v (%v%s)", it.Act, it.Form, it.Adopted, it.Verification, bindingNote(it))
		if it.Latest != "" {
			act += fmt.Sprintf("; latest: %s of %v", it.Latest, it.LatestAdopted)
		}
		rows = append(rows, []standalone.Cell{standalone.T(name), standalone.T(it.Status.String()), standalone.D(it.Since),
			standalone.T(act), standalone.T(it.Wording), standalone.T(mandate)})
	}
	return rows
}

// conditions writes each condition in words.
func conditions(cs []vote.Condition) string {
	var parts []string
	for _, c := range cs {
		parts = append(parts, c.String())
	}
	return strings.Join(parts, "; ")
}

// histories returns a row for each period of each entry the list names,
// in the order the acts list them: its measure, its first day, the day it
// ended (or the regime's last day as known on its first day) and the act
// that listed it.
func histories(l *sanctions.List) ([][]standalone.Cell, error) {
	rows := [][]standalone.Cell{}
	seen := map[string]bool{}
	for _, a := range l.Acts() {
		for _, e := range a.Effects {
			if e.Change != sanctions.Listed || e.Entity == nil || seen[e.Entity.ID] {
				continue
			}
			seen[e.Entity.ID] = true
			ps, err := l.History(e.Entity.ID)
			if err != nil {
				return nil, err
			}
			for _, p := range ps {
				until := "—"
				switch last, _, _ := l.LastDay(p.Listing.Regime, p.From); {
				case p.To.IsValid():
					until = p.To.AddDays(-1).String()
				case last.IsValid():
					until = last.String() + " (the regime's last day)"
				}
				by := p.Listing.ListedBy
				rows = append(rows, []standalone.Cell{standalone.T(p.Listing.Entity.Name()), standalone.T(p.Listing.Measure.Name()),
					standalone.D(p.From), standalone.T(until), {Text: strings.TrimPrefix(by.String(), "Council "), URL: by.ELI()}})
			}
		}
	}
	return rows, nil
}

// measureNames writes measures in words: "asset freeze, travel ban".
func measureNames(ms []sanctions.Measure) string {
	var parts []string
	for _, m := range ms {
		parts = append(parts, m.Name())
	}
	return strings.Join(parts, ", ")
}

// expiry says in words how the dataset dates the European Parliament's
// non-recognition keyed to the expiry of a mandate, and the day it would
// start under the other convention.
func expiry(ds recognition.Dataset) string {
	for _, a := range ds.Acts {
		for _, e := range a.Effects {
			m, keyed := e.Timing.Mandate()
			if a.Actor != recognition.EuropeanParliament || !keyed || e.Timing.Convention() == 0 {
				continue
			}
			other := recognition.ExpiryDayIsFirstDay
			if e.Timing.Convention() == other {
				other = recognition.ExpiryDayIsLastDay
			}
			return fmt.Sprintf("Parliament keyed an effect of its resolution (%v) to the expiry of the mandate whose last day was %v. The dataset reads it under the %v convention, so it takes effect on %v; under the %v convention it would take effect on %v. The picture shows both.",
				e.Event, m.LastDay, e.Timing.Convention(), e.Timing.Day(), other, recognition.OnExpiry(m, other).Day())
		}
	}
	return ""
}
