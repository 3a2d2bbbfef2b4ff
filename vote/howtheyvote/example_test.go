package howtheyvote_test

import (
	"errors"
	"fmt"
	"log"
	"strings"

	"github.com/acquis-eu/acquis/vote"
	"github.com/acquis-eu/acquis/vote/howtheyvote"
)

// The row of votes.csv for the European Parliament's resolution of 17
// September 2020 on Belarus (HowTheyVote.eu vote 117273), read and
// decided under the majority that applies.
func Example() {
	const votes = "id,timestamp,display_title,reference,description,is_main,procedure_reference,procedure_title,procedure_type,procedure_stage,count_for,count_against,count_abstention,count_did_not_vote,result\n" +
		"117273,2020-09-17 11:38:19,The situation in Belarus,RC-B9-0271/2020,Résolution,True,2020/2779(RSP),The situation in Belarus,RSP,,574,37,82,12,\n"
	vs, err := howtheyvote.ReadVotes(strings.NewReader(votes))
	if err != nil {
		log.Fatal(err)
	}
	v := vs[0]
	fmt.Println(v.Date, v.DisplayTitle, v.ProcedureReference)
	fmt.Println(v.Tally)

	// The export records results only from 2024: Check says so, and the
	// vote is decided under the rule that applies to it.
	if _, _, err := howtheyvote.Check(v); errors.Is(err, howtheyvote.ErrNoResult) {
		fmt.Println(err)
	}
	p, err := vote.ParliamentOn(v.Date)
	if err != nil {
		log.Fatal(err)
	}
	res, err := p.Decide(howtheyvote.RuleFor(v), v.Tally)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(res)
	// Output:
	// 2020-09-17 The situation in Belarus 2020/2779(RSP)
	// 574 for, 37 against, 82 abstentions, 12 did not vote
	// howtheyvote: no result recorded for vote 117273
	// adopted by a majority of the votes cast (Art 231 TFEU): 574 for, 37 against, 82 abstentions, 12 did not vote; majority of the votes cast: 306 needed of 611 votes cast, 574 for, margin 268
}
