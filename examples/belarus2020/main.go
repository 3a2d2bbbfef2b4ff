// Command belarus2020 tells the story of Belarus in 2020 from the acquis
// library: the European Parliament's resolution of 17 September 2020, which
// said Parliament would no longer recognise Alyaksandr Lukashenka as
// president once his term of office expired on 5 November 2020, decided
// under the rule that applies.
//
// Usage:
//
//	belarus2020 [-on 2020-11-06] [-json | -html FILE]
//
// Each part of the story is a section of the output: the text has one
// heading per section, and -json prints one object with one member per
// section ("vote", "recognition", "sanctionActs", "sanctions"). The tallies are those of the public
// record, with their sources; the outcome, the rule, the threshold and the
// margin are computed by the library. The recognition section gives, for
// the day -on names, each actor's position toward Lukashenka as President
// of Belarus and the act behind it, from the library's Belarus 2020
// dataset; for a day after the day that record was checked up to (6
// November 2020), the positions are the acts' answers as recorded up to
// that day, and from the day the mandate they rest on had expired
// (Lukashenka's mandate claimed from 2020, which ended as Minsk reckons it
// on 24 March 2025) each says so, its status unchanged. The sanctions section lists the Council's acts of 2020 against
// Belarus, and who was under the asset freeze and the travel ban on the day
// -on names, listed by which act, from the library's Belarus 2020 list:
// each act with the number of persons and entities it states it lists,
// the entries the data names, and the facts that rest on secondary sources.
// It says how far the data reaches: for a day before the first act the
// data holds, that the data begins there and cannot say what held then;
// for a day after the last, that the answer is the acts' as recorded up to
// it (in -json, the regime's "span" and "record").
//
// -html FILE writes the same story as one self-contained HTML page instead:
// the vote as a hemicycle, the listings over time and the recognition
// timeline (package chart) inline, each with a table that says in words
// what its colours show, and the sources linked. The page runs no script
// and fetches nothing: a Content-Security-Policy forbids it.
//
// Exit status: 0 on success, 1 on failure, 2 for a usage error.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/acquis-eu/acquis"
	"github.com/acquis-eu/acquis/internal/command"
	"github.com/acquis-eu/acquis/internal/standalone"
	"github.com/acquis-eu/acquis/recognition"
	"github.com/acquis-eu/acquis/sanctions"
	"github.com/acquis-eu/acquis/vote"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("belarus2020", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "print the story as one JSON object, one member per section")
	on := command.OnFlag(fs, acquis.MustParseDate("2020-11-06"), "the `day` of the recognition and sanctions sections, YYYY-MM-DD")
	page := fs.String("html", "", "write the story as a self-contained HTML `file` with its pictures, instead of printing it (- for standard output)")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: belarus2020 [-on YYYY-MM-DD] [-json | -html FILE]\n\nTells the story of Belarus in 2020 from the acquis library.\n\n")
		fs.PrintDefaults()
	}
	if status, ok := command.Parse(fs, args, 0); !ok {
		return status
	}
	day := on.Date
	if *page != "" && *asJSON {
		return command.Fail(stderr, "belarus2020", command.Usage(fmt.Errorf("-json and -html exclude each other")))
	}
	s, err := tell(day)
	if err != nil {
		return command.Fail(stderr, "belarus2020", err)
	}
	if *page != "" {
		return command.WriteFile(stdout, stderr, "belarus2020", *page, s.writePage)
	}
	return command.Print(stdout, stderr, "belarus2020", *asJSON, s, s.writeText)
}

// story is the whole output, one field per section.
type story struct {
	Vote        *voteSection      `json:"vote"`
	Recognition []recognitionItem `json:"recognition"`
	// RecognitionRecord is the span of the recognition record: its first
	// and last acts and the day it was checked up to.
	RecognitionRecord acquis.Span `json:"recognitionRecord"`
	On                acquis.Date `json:"on"` // the day of the recognition and sanctions sections
	// SanctionActs are the acts of 2020 against Belarus; Sanctions the
	// entities under a measure on the day, with the acts that listed them.
	SanctionActs []sanctionAct  `json:"sanctionActs"`
	Sanctions    []sanctionItem `json:"sanctions"`
	Regime       *regimeSection `json:"regime"`
}

// sanctionAct is one act of the Belarus 2020 list.
type sanctionAct struct {
	Act           string              `json:"act"`
	Number        string              `json:"number,omitempty"`
	Kind          sanctions.ActKind   `json:"kind"`
	Adopted       acquis.Date         `json:"adopted"`
	InForce       acquis.Date         `json:"inForce"`
	Journal       string              `json:"journal,omitempty"`
	Measures      []sanctions.Measure `json:"measures,omitempty"`
	Persons       int                 `json:"persons"`
	Organisations int                 `json:"organisations"`
	Embedded      int                 `json:"embedded"` // entries the data names
	RenewsLastDay acquis.Date         `json:"renewsLastDay,omitzero"`
	Sources       []string            `json:"sources"`
	Unverified    []string            `json:"unverified,omitempty"`
}

// sanctionItem is one entity in force on the day, with each measure and
// the act that listed it under that measure. Act is the act that listed it
// under its first measure.
type sanctionItem struct {
	Name     string                            `json:"name"`
	Type     sanctions.Type                    `json:"type"`
	Regime   string                            `json:"regime"`
	Measures []sanctions.Measure               `json:"measures"`
	Act      string                            `json:"act"`
	Acts     map[sanctions.Measure]string      `json:"acts"`
	Since    map[sanctions.Measure]acquis.Date `json:"since"`
	LastDay  acquis.Date                       `json:"lastDay,omitzero"`
}

// regimeSection is the regime's state on the day.
type regimeSection struct {
	Code  string            `json:"code"`
	Name  string            `json:"name"`
	Bases []sanctions.Basis `json:"bases"`
	// Span is what the data records of the regime: its first and last
	// acts. Record says where the day lies in it: before the first act
	// (the data cannot say what held then, so LastDay is absent and
	// Stated empty), within it, or after the last act (the acts' answer,
	// as recorded up to the last).
	Span      acquis.Span `json:"span"`
	FirstAct  string      `json:"firstAct"`         // the act that opens Span
	LastAct   string      `json:"lastAct"`          // the act that closes it
	Record    string      `json:"record"`           // "before-first-act", "recorded" or "after-last-act"
	LastDay   acquis.Date `json:"lastDay,omitzero"` // the last day in force, as known on the day
	RenewedBy string      `json:"renewedBy,omitempty"`
	// Stated is, per measure, the number of persons and entities the acts
	// in force on the day state they listed (there is no delisting among
	// them); the data names only some of them.
	Stated map[sanctions.Measure]sanctions.Headcount `json:"stated"`
}

// recognitionItem is one actor's position on the day of the section.
type recognitionItem struct {
	Actor        recognition.Actor        `json:"actor"`
	Claimant     string                   `json:"claimant"`
	Office       recognition.Office       `json:"office"`
	Status       recognition.Status       `json:"status"`
	Since        acquis.Date              `json:"since"`
	Act          string                   `json:"act"` // the act's ID; empty for the default unstated
	Adopted      acquis.Date              `json:"adopted"`
	Form         recognition.Form         `json:"form,omitempty"`
	Binding      bool                     `json:"binding"`
	Verification recognition.Verification `json:"verification,omitempty"`
	Timing       string                   `json:"timing,omitempty"`
	Wording      string                   `json:"wording,omitempty"`
	Source       string                   `json:"source,omitempty"`
	// Latest is the latest act of the actor about Lukashenka by the day,
	// when it is not Act: a reaffirmation, or an act that restated the
	// position on another mandate.
	Latest        string      `json:"latest,omitempty"`
	LatestAdopted acquis.Date `json:"latestAdopted,omitzero"`
	// Basis is the expiry of the mandate the position rests on;
	// BasisExpired the first day it had expired, when not after the day.
	// RecordedFrom and RecordedUpTo are set when the day is before the
	// record's first act or after the day it was checked up to: the status
	// is then the acts' answer as recorded up to that day.
	Basis        recognition.Timing `json:"basis,omitzero"`
	BasisExpired acquis.Date        `json:"basisExpired,omitzero"`
	RecordedFrom acquis.Date        `json:"recordedFrom,omitzero"`
	RecordedUpTo acquis.Date        `json:"recordedUpTo,omitzero"`
}

// voteSection is the Parliament's vote of 17 September 2020.
type voteSection struct {
	Date          acquis.Date         `json:"date"`
	Title         string              `json:"title"`
	Reference     string              `json:"reference"`
	Procedure     string              `json:"procedure"`
	vote.Tally                        // for, against, abstain, didNotVote
	InOffice      int                 `json:"inOffice"`
	MembersSource vote.MembersSource  `json:"membersSource"`
	Rule          vote.ParliamentRule `json:"rule"`
	Majority      string              `json:"majority"`
	Basis         string              `json:"basis"`
	Adopted       bool                `json:"adopted"`
	Conditions    []vote.Condition    `json:"conditions"`
	Margin        int                 `json:"margin"`
	Sources       []string            `json:"sources"`
}

// The resolution of 17 September 2020 as the public record gives it.
// The counts of votes for, against and abstaining are in the Legislative
// Observatory's summary of procedure 2020/2779(RSP); the 12 Members who did
// not vote are in the HowTheyVote.eu record of roll-call vote 117273, and
// with them the roll call lists all 705 Members in office.
var (
	resolutionDay = acquis.MustParseDate("2020-09-17")
	resolution    = vote.Tally{For: 574, Against: 37, Abstain: 82, DidNotVote: 12}
	voteSources   = []standalone.Link{
		{Text: "Legislative Observatory, procedure 2020/2779(RSP), summary of the resolution of 17 September 2020",
			URL: "https://oeil.secure.europarl.europa.eu/oeil/popups/ficheprocedure.do?lang=en&reference=2020/2779(RSP)"},
		{Text: "HowTheyVote.eu, roll-call vote 117273 (RC-B9-0271/2020, Résolution)", URL: "https://howtheyvote.eu/votes/117273"},
	}
)

func tell(on acquis.Date) (*story, error) {
	p, err := vote.ParliamentOn(resolutionDay)
	if err != nil {
		return nil, err
	}
	res, err := p.Decide(vote.VotesCast, resolution)
	if err != nil {
		return nil, err
	}
	items, span, err := recognise(on)
	if err != nil {
		return nil, err
	}
	acts, listed, regime, err := sanction(on)
	if err != nil {
		return nil, err
	}
	return &story{On: on, Recognition: items, RecognitionRecord: span, SanctionActs: acts, Sanctions: listed, Regime: regime, Vote: &voteSection{
		Date:          p.Date(),
		Title:         "Resolution on the situation in Belarus",
		Reference:     "RC-B9-0271/2020",
		Procedure:     "2020/2779(RSP)",
		Tally:         res.Tally(),
		InOffice:      p.InOffice(),
		MembersSource: p.MembersSource(),
		Rule:          res.Rule(),
		Majority:      res.Rule().Majority(),
		Basis:         res.Rule().Basis(),
		Adopted:       res.Adopted(),
		Conditions:    res.Conditions(),
		Margin:        res.Margin(),
		Sources:       linkTexts(voteSources),
	}}, nil
}

// recognise returns each actor's position toward Lukashenka on day, from
// the Belarus 2020 dataset: every actor of the dataset, unstated ones too,
// and the span of the record.
func recognise(day acquis.Date) ([]recognitionItem, acquis.Span, error) {
	ds := recognition.Belarus2020()
	l, err := ds.Ledger()
	if err != nil {
		return nil, acquis.Span{}, err
	}
	lukashenka, _ := ds.Claimant("lukashenka")
	var items []recognitionItem
	for _, a := range ds.Actors() {
		p, err := l.StatusAt(a, lukashenka, ds.Office, day)
		if err != nil {
			return nil, acquis.Span{}, err
		}
		it := recognitionItem{Actor: a, Claimant: lukashenka.Name, Office: ds.Office, Status: p.Status, Since: p.Since,
			Basis: p.Basis, BasisExpired: p.BasisExpired, RecordedFrom: p.RecordedFrom, RecordedUpTo: p.RecordedUpTo}
		if p.Act.ID != "" {
			it.Act, it.Adopted, it.Form, it.Binding = p.Act.ID, p.Act.Adopted, p.Act.Form, p.Act.Binding
			it.Verification, it.Wording, it.Source = p.Act.Verification, p.Act.Wording, p.Act.Source
			it.Timing = p.Effect.Timing.String()
		}
		if p.Latest.ID != "" && p.Latest.ID != p.Act.ID {
			it.Latest, it.LatestAdopted = p.Latest.ID, p.Latest.Adopted
		}
		items = append(items, it)
	}
	return items, l.Span(), nil
}

// Where the day of the sanctions section lies in the span of the acts the
// data holds.
const (
	beforeFirstAct = "before-first-act"
	recorded       = "recorded"
	afterLastAct   = "after-last-act"
)

// sanction returns the acts of the Belarus 2020 list, the entities under a
// measure on day, and the regime's state that day.
func sanction(day acquis.Date) ([]sanctionAct, []sanctionItem, *regimeSection, error) {
	l := sanctions.Belarus2020()
	acts := sanctionActs(l)
	rs, err := regime(l, day)
	if err != nil || rs.Record == beforeFirstAct {
		return acts, []sanctionItem{}, rs, err
	}
	return acts, listedOn(l, day), rs, nil
}

// sanctionActs returns the acts of the list, each with what it states.
func sanctionActs(l *sanctions.List) []sanctionAct {
	var acts []sanctionAct
	for _, a := range l.Acts() {
		p, o := a.Listed()
		sa := sanctionAct{
			Act: a.String(), Number: a.Number, Kind: a.Kind, Adopted: a.Adopted, InForce: a.InForce, Journal: a.Journal,
			Measures: a.Measures, Persons: a.Persons, Organisations: a.Organisations, Embedded: p + o,
			Sources: a.Sources, Unverified: a.Unverified,
		}
		for _, e := range a.Effects {
			if e.Change == sanctions.Renewed {
				sa.RenewsLastDay = e.LastDay
			}
		}
		acts = append(acts, sa)
	}
	return acts
}

// regime returns the Belarus regime as the list records it on day: its
// span, where day lies in it, its last day and the counts its acts state.
func regime(l *sanctions.List, day acquis.Date) (*regimeSection, error) {
	r, _ := l.Regime("BLR")
	rs := &regimeSection{Code: r.Code, Name: r.Name, Bases: r.Bases, Stated: map[sanctions.Measure]sanctions.Headcount{}, Record: recorded}
	sp, err := l.Span("BLR")
	if err != nil {
		return nil, err
	}
	rs.Span = sp
	first, last, err := l.SpanActs("BLR")
	if err != nil {
		return nil, err
	}
	rs.FirstAct, rs.LastAct = first.String(), last.String()
	until, by, err := l.LastDay("BLR", day)
	switch {
	case errors.Is(err, sanctions.ErrBeforeRecord):
		rs.Record = beforeFirstAct
		return rs, nil
	case err != nil:
		return nil, err
	case day.After(sp.Last):
		rs.Record = afterLastAct
	}
	rs.LastDay = until
	if by != nil {
		rs.RenewedBy = by.String()
	}
	stated, err := l.Stated("BLR", day)
	if err != nil {
		return nil, err
	}
	for m, n := range stated {
		rs.Stated[m] = n
	}
	return rs, nil
}

// listedOn returns the entries listed under the Belarus regime on day,
// one item for each entity with the measures it is under.
func listedOn(l *sanctions.List, day acquis.Date) []sanctionItem {
	items := []sanctionItem{}
	byEntity := map[*sanctions.Entity]int{}
	for _, x := range l.At(day).Regime("BLR") {
		i, ok := byEntity[x.Entity]
		if !ok {
			i = len(items)
			byEntity[x.Entity] = i
			items = append(items, sanctionItem{
				Name: x.Entity.Name(), Type: x.Entity.Type, Regime: x.Regime, Act: x.ListedBy.String(),
				Acts: map[sanctions.Measure]string{}, Since: map[sanctions.Measure]acquis.Date{}, LastDay: x.LastDay,
			})
		}
		it := &items[i]
		it.Measures = append(it.Measures, x.Measure)
		it.Acts[x.Measure] = x.ListedBy.String()
		it.Since[x.Measure] = x.Since
	}
	return items
}

func (s *story) writeText(w io.Writer) error {
	var b strings.Builder
	b.WriteString("Belarus 2020, told by acquis\n")
	if v := s.Vote; v != nil {
		fmt.Fprintf(&b, "\n== The European Parliament, %s\n\n", v.Date)
		fmt.Fprintf(&b, "%s (%s, procedure %s)\n\n", v.Title, v.Reference, v.Procedure)
		fmt.Fprintf(&b, "  for           %4d\n", v.For)
		fmt.Fprintf(&b, "  against       %4d\n", v.Against)
		fmt.Fprintf(&b, "  abstentions   %4d\n", v.Abstain)
		fmt.Fprintf(&b, "  did not vote  %4d\n", v.DidNotVote)
		fmt.Fprintf(&b, "  in office     %4d (%v)\n\n", v.InOffice, v.MembersSource)
		fmt.Fprintf(&b, "Rule:     %s (%s)\n", v.Majority, v.Basis)
		for _, c := range v.Conditions {
			fmt.Fprintf(&b, "Check:    %v\n", c)
		}
		outcome := "rejected"
		if v.Adopted {
			outcome = "adopted"
		}
		fmt.Fprintf(&b, "Outcome:  %s, margin %d\n", outcome, v.Margin)
		b.WriteString("Sources:\n")
		for _, src := range v.Sources {
			fmt.Fprintf(&b, "  - %s\n", src)
		}
	}
	if len(s.Recognition) > 0 {
		fmt.Fprintf(&b, "\n== Recognition of %s as %s, on %v\n", s.Recognition[0].Claimant, s.Recognition[0].Office, s.On)
		fmt.Fprintf(&b, "\n%s\n", wrap(recordNote(s.RecognitionRecord, s.Recognition[0], s.On), 100))
		for _, it := range s.Recognition {
			name := it.Actor.Name()
			if it.Act == "" {
				fmt.Fprintf(&b, "\n%s: %v (no act yet)\n", name, it.Status)
				continue
			}
			fmt.Fprintf(&b, "\n%s: %v since %v\n", name, it.Status, it.Since)
			fmt.Fprintf(&b, "  by %s, %v of %v (%v%s), %s\n", it.Act, it.Form, it.Adopted, it.Verification, bindingNote(it), it.Timing)
			fmt.Fprintf(&b, "  %q\n  source: %s\n", it.Wording, it.Source)
			if it.Latest != "" {
				fmt.Fprintf(&b, "  latest act: %s of %v\n", it.Latest, it.LatestAdopted)
			}
			if m, _ := it.Basis.Mandate(); it.BasisExpired.IsValid() {
				fmt.Fprintf(&b, "  rests on the mandate claimed from %v, expired from %v\n", m.Start, it.BasisExpired)
			}
		}
		b.WriteString("\nParliament keyed its non-recognition to the expiry of the 2015 mandate, whose last day was\n" +
			"2020-11-05; the dataset reads that day as still within the mandate, so non-recognition starts on\n" +
			"2020-11-06. Read the other way, it would start on 2020-11-05. Silence is not recognition: an actor\n" +
			"with no act is unstated.\n")
		if note := basisNote(s.Recognition, s.On); note != "" {
			fmt.Fprintf(&b, "\n%s\n", wrap(note, 100))
		}
	}
	s.writeSanctions(&b)
	_, err := io.WriteString(w, b.String())
	return err
}

func (s *story) writeSanctions(b *strings.Builder) {
	r := s.Regime
	if r == nil {
		return
	}
	fmt.Fprintf(b, "\n== Sanctions: %s (%s)\n\nLegal bases:\n", r.Name, r.Code)
	for _, basis := range r.Bases {
		fmt.Fprintf(b, "  %v: %s, %s (%s)\n", basis.Measure, basis.Act, basis.Provision, basis.Journal)
	}
	b.WriteString("\nThe acts of 2020, by the day they entered into force:\n")
	for _, a := range s.SanctionActs {
		fmt.Fprintf(b, "\n  %v  %s", a.InForce, a.Act)
		if a.Journal != "" {
			fmt.Fprintf(b, " (%s)", a.Journal)
		}
		b.WriteString("\n")
		if a.RenewsLastDay.IsValid() {
			fmt.Fprintf(b, "      renews the regime until %v\n", a.RenewsLastDay)
		}
		if a.Persons+a.Organisations > 0 {
			fmt.Fprintf(b, "      %s: lists %s; the data names %d\n", measureList(a.Measures), count(a.Persons, a.Organisations), a.Embedded)
		}
		for _, u := range a.Unverified {
			fmt.Fprintf(b, "      unverified: %s\n", u)
		}
	}
	s.writeListed(b)
}

// writeListed writes who was under the Belarus regime on the story's day,
// and where the day lies in the record.
func (s *story) writeListed(b *strings.Builder) {
	r := s.Regime
	fmt.Fprintf(b, "\n== Under EU restrictive measures against Belarus on %v\n\n", s.On)
	switch r.Record {
	case beforeFirstAct:
		fmt.Fprintf(b, "The data begins on %v, the day %s entered into force: it holds no act of the regime\n"+
			"before, so it cannot say who was listed on %v, nor until when the regime ran.\n", r.Span.First, r.FirstAct, s.On)
		return
	case afterLastAct:
		fmt.Fprintf(b, "As recorded up to %v, the day the last act the data holds (%s)\n"+
			"entered into force: a later act may have changed what follows.\n", r.Span.Last, r.LastAct)
	}
	switch {
	case !r.LastDay.IsValid():
	case s.On.After(r.LastDay):
		fmt.Fprintf(b, "The regime lapsed after %v in this data: its later renewals are not among the acts.\n", r.LastDay)
		return
	case r.RenewedBy != "":
		fmt.Fprintf(b, "The regime runs until %v, as renewed by %s.\n", r.LastDay, r.RenewedBy)
	default:
		fmt.Fprintf(b, "The regime runs until %v.\n", r.LastDay)
	}
	for _, m := range []sanctions.Measure{sanctions.AssetFreeze, sanctions.TravelBan} {
		if n := r.Stated[m]; n.Persons+n.Organisations > 0 {
			fmt.Fprintf(b, "The acts of 2020 in force state that they listed %s under the %s.\n", count(n.Persons, n.Organisations), m.Name())
		}
	}
	if len(s.Sanctions) == 0 {
		b.WriteString("\nNo entry the data names is listed that day.\n")
		return
	}
	b.WriteString("The entries the data names:\n")
	for _, it := range s.Sanctions {
		fmt.Fprintf(b, "\n  %s (%v)\n", it.Name, it.Type)
		for _, m := range it.Measures {
			fmt.Fprintf(b, "    %-12v since %v, listed by %s\n", m, it.Since[m], it.Acts[m])
		}
	}
}

func measureList(ms []sanctions.Measure) string {
	var parts []string
	for _, m := range ms {
		parts = append(parts, m.String())
	}
	return strings.Join(parts, ", ")
}

func count(persons, organisations int) string {
	s := fmt.Sprintf("%d persons", persons)
	if organisations > 0 {
		s += fmt.Sprintf(" and %d entities", organisations)
	}
	return s
}

// recordNote says how far the recognition record reaches, and what that
// means for the answers on day, as the library's answer it (an item's
// RecordedFrom, RecordedUpTo).
func recordNote(span acquis.Span, it recognitionItem, day acquis.Date) string {
	s := fmt.Sprintf("The record: acts adopted from %v to %v, checked up to %v.", span.First, span.Last, span.Checked)
	switch {
	case it.RecordedUpTo.IsValid():
		s += fmt.Sprintf(" %v is after the day it was checked up to: each position below is the acts' answer as recorded up to %v, and an act the record lacks may have changed it.", day, it.RecordedUpTo)
	case it.RecordedFrom.IsValid():
		s += fmt.Sprintf(" %v is before its first act: the record had not begun, and \"unstated\" says only that it holds no act.", day)
	}
	return s
}

// basisNote says which mandates the positions rest on and, on day, since
// when each has expired, from the data; "" if no position rests on one.
func basisNote(items []recognitionItem, day acquis.Date) string {
	var mandates []recognition.Timing
	on := map[recognition.Timing][]string{}
	for _, it := range items {
		if it.Basis.IsZero() {
			continue
		}
		if _, seen := on[it.Basis]; !seen {
			mandates = append(mandates, it.Basis)
		}
		on[it.Basis] = append(on[it.Basis], it.Actor.Name())
	}
	var parts []string
	expired := false
	for _, t := range mandates {
		m, _ := t.Mandate()
		s := fmt.Sprintf("The positions of %s rest on the mandate Lukashenka claimed from %v", strings.Join(on[t], ", "), m.Start)
		switch bx := t.Day(); {
		case !bx.IsValid():
			s += ", whose last day the record does not give."
		case !day.Before(bx):
			s += fmt.Sprintf(", whose last day, as Minsk reckons it, was %v: on %v it had expired, from %v.", m.LastDay, day, bx)
			expired = true
		default:
			s += fmt.Sprintf(", whose last day, as Minsk reckons it, was %v.", m.LastDay)
		}
		parts = append(parts, s)
	}
	if expired {
		parts = append(parts, "A position resting on a mandate that has expired keeps the status its acts give, until an act restates it on another.")
	}
	return strings.Join(parts, " ")
}

// wrap wraps s at width columns.
func wrap(s string, width int) string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(s) {
		if line != "" && len([]rune(line))+1+len([]rune(w)) > width {
			lines, line = append(lines, line), ""
		}
		if line != "" {
			line += " "
		}
		line += w
	}
	return strings.Join(append(lines, line), "\n")
}

func bindingNote(it recognitionItem) string {
	if it.Form == recognition.Resolution && !it.Binding {
		return ", not binding"
	}
	return ""
}

// linkTexts returns the words of each link.
func linkTexts(ls []standalone.Link) []string {
	var out []string
	for _, l := range ls {
		out = append(out, l.Text)
	}
	return out
}
