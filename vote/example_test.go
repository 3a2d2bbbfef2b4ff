package vote_test

import (
	"bytes"
	"errors"
	"fmt"
	"log"
	"slices"
	"strings"

	"github.com/acquis-eu/acquis"
	"github.com/acquis-eu/acquis/vote"
)

// Example decides the European Parliament's resolution of 17 September 2020
// on the situation in Belarus. README.md shows the same code.
func Example() {
	ep, err := vote.ParliamentOn(acquis.MustParseDate("2020-09-17"))
	if err != nil {
		log.Fatal(err)
	}
	res, err := ep.Decide(vote.VotesCast, vote.Tally{For: 574, Against: 37, Abstain: 82})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(res.Adopted(), res.Margin(), res.Rule().Basis())
	fmt.Println(res)
	// Output:
	// true 268 Art 231 TFEU
	// adopted by a majority of the votes cast (Art 231 TFEU): 574 for, 37 against, 82 abstentions; majority of the votes cast: 306 needed of 611 votes cast, 574 for, margin 268
}

// More votes for than against is not enough where the Treaties require a
// majority of the component Members.
func ExampleParliament_Decide() {
	ep, err := vote.ParliamentOn(acquis.MustParseDate("2024-04-24"))
	if err != nil {
		log.Fatal(err)
	}
	ep, err = ep.WithInOffice(705)
	if err != nil {
		log.Fatal(err)
	}
	res, err := ep.Decide(vote.RulesAmendment, vote.Tally{For: 341, Against: 274, Abstain: 10})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(res.Adopted())
	for _, c := range res.Conditions() {
		fmt.Println(c)
	}
	// Output:
	// false
	// majority of the component Members: 353 needed of 705 Members in office, 341 for, 12 short
}

// Censure needs two thresholds at once.
func ExampleParliamentRule_Thresholds() {
	fmt.Println(vote.Censure.Majority())
	for _, th := range vote.Censure.Thresholds() {
		fmt.Println("-", th)
	}
	fmt.Println(vote.Censure.Basis())
	// Output:
	// two-thirds of the votes cast, representing a majority of the component Members
	// - two-thirds of the votes cast
	// - majority of the component Members
	// Art 234 TFEU
}

// Absolute majorities count the Members in office, not the seats.
func ExampleParliamentOn() {
	ep, err := vote.ParliamentOn(acquis.MustParseDate("2019-07-16"))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(ep)
	fmt.Println(vote.MajorityOfMembers.Required(ep.Seats()), "of the seats;", vote.MajorityOfMembers.Required(ep.InOffice()), "of the Members")
	// Output:
	// European Parliament on 2019-07-16 (9th term): 751 seats, 747 Members in office (recorded)
	// 376 of the seats; 374 of the Members
}

// On a day without a record, the Members in office are derived from the
// HowTheyVote.eu export of 28 September 2025; after its last day, every
// seat is assumed filled, and the citation says why.
func ExampleDerivedInOffice() {
	runs := vote.DerivedInOffice()
	fmt.Println(len(runs), "runs from", runs[0].First, "to", runs[len(runs)-1].Last)
	for _, day := range []string{"2022-10-13", "2025-10-08"} {
		ep, err := vote.ParliamentOn(acquis.MustParseDate(day))
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(ep)
	}
	ep, _ := vote.ParliamentOn(acquis.MustParseDate("2025-10-08"))
	fmt.Println(ep.MembersCitation())
	// Output:
	// 101 runs from 2019-07-02 to 2025-09-28
	// European Parliament on 2022-10-13 (9th term): 705 seats, 696 Members in office (derived)
	// European Parliament on 2025-10-08 (10th term): 720 seats, 720 Members in office (assumed)
	// no count of the Members in office is known after 2025-09-28, the last day the HowTheyVote.eu export of 28 September 2025 covers: every seat is assumed filled
}

// Counts of Members in office, one run of days a line, read and checked
// against the seats.
func ExampleReadInOffice() {
	const counts = "first,last,members\n2020-01-31,2020-01-31,750\n2020-02-01,2020-02-03,701\n"
	runs, err := vote.ReadInOffice(strings.NewReader(counts))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(runs)
	_, err = vote.ReadInOffice(strings.NewReader("first,last,members\n2020-01-31,2020-02-01,750\n"))
	fmt.Println(errors.Is(err, vote.ErrInvalidCount), err)
	// Output:
	// [{2020-01-31 2020-01-31 750} {2020-02-01 2020-02-03 701}]
	// true vote: Members in office: line 2: 750 Members from 2020-01-31 to 2020-02-01, more than the 705 seats on 2020-02-01
}

func ExampleParliament_Quorum() {
	ep, err := vote.ParliamentOn(acquis.MustParseDate("2020-09-17"))
	if err != nil {
		log.Fatal(err)
	}
	q, err := ep.Quorum(vote.Tally{For: 574, Against: 37, Abstain: 82})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(q.Met(), q)
	// Output:
	// true one third of the component Members: 235 needed of 705 Members in office, 693 took part in the vote, margin 458
}

// The nature restoration regulation, adopted by the Council on 17 June
// 2024: six members against, one abstaining.
func ExampleCouncil_Decide() {
	c, err := vote.CouncilOn(acquis.MustParseDate("2024-06-17"))
	if err != nil {
		log.Fatal(err)
	}
	b := c.Ballot(vote.For)
	for _, m := range []acquis.Member{acquis.IT, acquis.HU, acquis.NL, acquis.PL, acquis.FI, acquis.SE} {
		b.Set(m, vote.Against)
	}
	b.Set(acquis.BE, vote.Abstain)
	res, err := c.Decide(vote.QualifiedMajority, b)
	if err != nil {
		log.Fatal(err)
	}
	low, share, high := res.Share()
	fmt.Printf("adopted %v, %d of %d members (%d required)\n", res.Adopted(), res.MembersFor(), res.Members(), res.MembersRequired())
	fmt.Printf("%.2f%% of the population (65%% required), %.2f%% to %.2f%% within the %v table's bounds\n", share, low, high, res.Grade())
	fmt.Println("certain:", res.Certain())
	// Output:
	// adopted true, 20 of 27 members (15 required)
	// 66.10% of the population (65% required), 65.86% to 66.36% within the approximate table's bounds
	// certain: true
}

// Three members against can never block a qualified majority of the whole
// Council, however large they are.
func ExampleCouncilResult_ClauseDecided() {
	c, err := vote.CouncilOn(acquis.MustParseDate("2020-11-06"))
	if err != nil {
		log.Fatal(err)
	}
	b := c.Ballot(vote.For)
	b.Set(acquis.DE, vote.Against)
	b.Set(acquis.FR, vote.Against)
	b.Set(acquis.IT, vote.Against)
	res, err := c.Decide(vote.QualifiedMajority, b)
	if err != nil {
		log.Fatal(err)
	}
	_, share, _ := res.Share()
	fmt.Printf("%.1f%% in favour; adopted %v; by the four-member clause %v\n", share, res.Adopted(), res.ClauseDecided())
	// Output:
	// 52.9% in favour; adopted true; by the four-member clause true
}

// A day after the last population table this package embeds is refused
// for the rules that count population, with the nearest table's period;
// the figures in force that day, given with Council.WithTable, decide it.
func ExampleNoTableError() {
	c, err := vote.CouncilOn(acquis.MustParseDate("2027-03-01"))
	if err != nil {
		log.Fatal(err)
	}
	b := c.Ballot(vote.For)
	b.Set(acquis.HU, vote.Against)
	_, err = c.Decide(vote.QualifiedMajority, b)
	var nt *vote.NoTableError
	if errors.As(err, &nt) {
		fmt.Println("embedded:", nt.Span())
		fmt.Println("nearest:", nt.Nearest.Span())
	}
	// Output:
	// embedded: 2004-11-01 to 2026-12-31
	// nearest: 2026-01-01 to 2026-12-31
}

// ExampleReadTables reads a tables file and decides on a day this package
// embeds no table for, with the figures the file gives. The file here is
// the embedded tables written out; a file of the caller's own tables
// reads the same way.
func ExampleReadTables() {
	var file bytes.Buffer
	if err := vote.WriteTables(&file, slices.Collect(vote.Tables())); err != nil {
		log.Fatal(err)
	}
	tables, err := vote.ReadTables(&file)
	if err != nil {
		log.Fatal(err)
	}
	last := tables[len(tables)-1]
	c, err := vote.CouncilOn(acquis.MustParseDate("2027-03-01"))
	if err != nil {
		log.Fatal(err)
	}
	if c, err = c.WithTable(last); err != nil {
		log.Fatal(err)
	}
	b := c.Ballot(vote.For)
	b.Set(acquis.DE, vote.Against)
	b.Set(acquis.FR, vote.Against)
	b.Set(acquis.IT, vote.Against)
	b.Set(acquis.ES, vote.Against)
	res, err := c.Decide(vote.QualifiedMajority, b)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(len(tables), "tables; the last for", last.Span())
	fmt.Println("adopted:", res.Adopted())
	// Output:
	// 22 tables; the last for 2026-01-01 to 2026-12-31
	// adopted: false
}
