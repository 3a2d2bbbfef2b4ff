// Command belarus2020 tells the story of Belarus in 2020 from the acquis
// library: the European Parliament's resolution of 17 September 2020, which
// said Parliament would no longer recognise Alyaksandr Lukashenka as
// president once his term of office expired on 5 November 2020, decided
// under the rule that applies.
//
// Usage:
//
//	belarus2020 [-json]
//
// Each part of the story is a section of the output: the text has one
// heading per section, and -json prints one object with one member per
// section ("vote"). The tallies are those of the public record, with their
// sources; the outcome, the rule, the threshold and the margin are computed
// by the library.
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
	"github.com/acquis-eu/acquis/vote"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("belarus2020", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "print the story as one JSON object, one member per section")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: belarus2020 [-json]\n\nTells the story of Belarus in 2020 from the acquis library.\n\n")
		fs.PrintDefaults()
	}
	if status, ok := cli.Parse(fs, args, 0); !ok {
		return status
	}
	s, err := tell()
	if err != nil {
		return cli.Fail(stderr, "belarus2020", err)
	}
	return cli.Print(stdout, stderr, "belarus2020", *asJSON, s, s.writeText)
}

// story is the whole output, one field per section.
type story struct {
	Vote *voteSection `json:"vote"`
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

func tell() (*story, error) {
	p, err := vote.ParliamentOn(resolutionDay)
	if err != nil {
		return nil, err
	}
	res, err := p.Decide(vote.VotesCast, resolution)
	if err != nil {
		return nil, err
	}
	return &story{Vote: &voteSection{
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
	_, err := io.WriteString(w, b.String())
	return err
}
