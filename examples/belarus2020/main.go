// Command belarus2020 tells the story of Belarus in 2020 from the acquis
// library: the European Parliament's resolution of 17 September 2020, which
// said Parliament would no longer recognise Alyaksandr Lukashenka as
// president once his term of office expired on 5 November 2020, decided
// under the rule that applies.
//
// Usage:
//
//	belarus2020 [-on 2020-11-06] [-json]
//
// Each part of the story is a section of the output: the text has one
// heading per section, and -json prints one object with one member per
// section ("vote", "recognition"). The tallies are those of the public
// record, with their sources; the outcome, the rule, the threshold and the
// margin are computed by the library. The recognition section gives, for
// the day -on names, each actor's position toward Lukashenka as President
// of Belarus and the act behind it, from the library's Belarus 2020
// dataset.
//
// Exit status: 0 on success, 1 on failure, 2 for a usage error.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/acquis-eu/acquis"
	"github.com/acquis-eu/acquis/internal/cli"
	"github.com/acquis-eu/acquis/recognition"
	"github.com/acquis-eu/acquis/vote"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("belarus2020", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "print the story as one JSON object, one member per section")
	on := fs.String("on", "2020-11-06", "the day of the recognition section, YYYY-MM-DD")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: belarus2020 [-on YYYY-MM-DD] [-json]\n\nTells the story of Belarus in 2020 from the acquis library.\n\n")
		fs.PrintDefaults()
	}
	if status, ok := cli.Parse(fs, args, 0); !ok {
		return status
	}
	day, err := acquis.ParseDate(*on)
	if err != nil {
		return cli.Fail(stderr, "belarus2020", cli.Usage(fmt.Errorf("-on: %w", err)))
	}
	s, err := tell(day)
	if err != nil {
		return cli.Fail(stderr, "belarus2020", err)
	}
	return cli.Print(stdout, stderr, "belarus2020", *asJSON, s, s.writeText)
}

// story is the whole output, one field per section.
type story struct {
	Vote        *voteSection      `json:"vote"`
	Recognition []recognitionItem `json:"recognition"`
	On          acquis.Date       `json:"on"` // the day of the recognition section
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
	Kind         recognition.Kind         `json:"kind,omitempty"`
	Binding      bool                     `json:"binding"`
	Verification recognition.Verification `json:"verification,omitempty"`
	Timing       string                   `json:"timing,omitempty"`
	Wording      string                   `json:"wording,omitempty"`
	Source       string                   `json:"source,omitempty"`
}

// voteSection is the Parliament's vote of 17 September 2020.
type voteSection struct {
	Date          acquis.Date        `json:"date"`
	Title         string             `json:"title"`
	Reference     string             `json:"reference"`
	Procedure     string             `json:"procedure"`
	vote.Tally                       // for, against, abstain, didNotVote
	InOffice      int                `json:"inOffice"`
	MembersSource vote.MembersSource `json:"membersSource"`
	Rule          vote.Rule          `json:"rule"`
	Majority      string             `json:"majority"`
	Basis         string             `json:"basis"`
	Adopted       bool               `json:"adopted"`
	Conditions    []vote.Condition   `json:"conditions"`
	Margin        int                `json:"margin"`
	Sources       []string           `json:"sources"`
}

// The resolution of 17 September 2020 as the public record gives it.
// The counts of votes for, against and abstaining are in the Legislative
// Observatory's summary of procedure 2020/2779(RSP); the 12 Members who did
// not vote are in the HowTheyVote.eu record of roll-call vote 117273, and
// with them the roll call lists all 705 Members in office.
var (
	resolutionDay = acquis.MustParseDate("2020-09-17")
	resolution    = vote.Tally{For: 574, Against: 37, Abstain: 82, DidNotVote: 12}
	sources       = []string{
		"Legislative Observatory, procedure 2020/2779(RSP), summary of the resolution of 17 September 2020",
		"HowTheyVote.eu, roll-call vote 117273 (RC-B9-0271/2020, Résolution)",
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
	items, err := recognise(on)
	if err != nil {
		return nil, err
	}
	return &story{On: on, Recognition: items, Vote: &voteSection{
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
		Sources:       sources,
	}}, nil
}

// recognise returns each actor's position toward Lukashenka on day, from
// the Belarus 2020 dataset: every actor of the dataset, unstated ones too.
func recognise(day acquis.Date) ([]recognitionItem, error) {
	ds := recognition.Belarus2020()
	l, err := ds.Ledger()
	if err != nil {
		return nil, err
	}
	lukashenka, _ := ds.Claimant("lukashenka")
	var items []recognitionItem
	for _, a := range ds.Actors() {
		p, err := l.StatusAt(a, lukashenka, ds.Office, day)
		if err != nil {
			return nil, err
		}
		it := recognitionItem{Actor: a, Claimant: lukashenka.Name, Office: ds.Office, Status: p.Status, Since: p.Since}
		if p.Act.ID != "" {
			it.Act, it.Adopted, it.Kind, it.Binding = p.Act.ID, p.Act.Adopted, p.Act.Kind, p.Act.Binding
			it.Verification, it.Wording, it.Source = p.Act.Verification, p.Act.Wording, p.Act.Source
			it.Timing = p.Effect.Timing.String()
		}
		items = append(items, it)
	}
	return items, nil
}

var actorNames = map[recognition.Actor]string{
	recognition.EuropeanParliament: "European Parliament",
	recognition.EuropeanCouncil:    "European Council",
	recognition.Council:            "Council of the EU",
	recognition.HighRepresentative: "High Representative, for the EU",
	"DE":                           "Germany",
	"US":                           "United States",
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
		for _, it := range s.Recognition {
			name := actorNames[it.Actor]
			if name == "" {
				name = string(it.Actor)
			}
			if it.Act == "" {
				fmt.Fprintf(&b, "\n%s: %v (no act yet)\n", name, it.Status)
				continue
			}
			fmt.Fprintf(&b, "\n%s: %v since %v\n", name, it.Status, it.Since)
			fmt.Fprintf(&b, "  by %s, %v of %v (%v%s), %s\n", it.Act, it.Kind, it.Adopted, it.Verification, bindingNote(it), it.Timing)
			fmt.Fprintf(&b, "  %q\n  source: %s\n", it.Wording, it.Source)
		}
		b.WriteString("\nParliament keyed its non-recognition to the expiry of the 2015 mandate, whose last day was\n" +
			"2020-11-05; the dataset reads that day as still within the mandate, so non-recognition starts on\n" +
			"2020-11-06. Read the other way, it would start on 2020-11-05. Silence is not recognition: an actor\n" +
			"with no act is unstated.\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func bindingNote(it recognitionItem) string {
	if it.Kind == recognition.Resolution && !it.Binding {
		return ", not binding"
	}
	return ""
}
