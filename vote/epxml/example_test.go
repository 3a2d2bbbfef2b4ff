package epxml_test

import (
	"errors"
	"fmt"
	"log"
	"strings"

	"github.com/acquis-eu/acquis/vote"
	"github.com/acquis-eu/acquis/vote/epxml"
)

// A roll-call list in the layout of 2020, shortened to one roll call with
// three Members and a correction of intention. The names are invented.
const list = `<?xml version="1.0" encoding="UTF-8"?>
<PV.RollCallVoteResults Sitting.Identifier="1413" Sitting.Date="2020-09-15" EP.Reference="P9_PV(2020)09-15" EP.Number="PE 658.123" Document.Language="XL">
  <RollCallVote.Result Identifier="116461" Date="2020-09-15 12:51:17">
    <RollCallVote.Description.Text>
      <a href="#reds:iPlRp/A-9-2020-0148">A9-0148/2020</a> - Am 1
    </RollCallVote.Description.Text>
    <Result.For Number="2">
      <Result.PoliticalGroup.List Identifier="PPE">
        <PoliticalGroup.Member.Name MepId="1" PersId="101">Alpha</PoliticalGroup.Member.Name>
        <PoliticalGroup.Member.Name MepId="2" PersId="102">Beta</PoliticalGroup.Member.Name>
      </Result.PoliticalGroup.List>
    </Result.For>
    <Result.Against Number="1">
      <Result.PoliticalGroup.List Identifier="S&amp;D">
        <PoliticalGroup.Member.Name MepId="3" PersId="103">Gamma</PoliticalGroup.Member.Name>
      </Result.PoliticalGroup.List>
    </Result.Against>
    <Result.Abstention Number="0"/>
    <Intentions>
      <Intentions.Result.Abstention>
        <Member.Name MepId="3" PersId="103">Gamma</Member.Name>
      </Intentions.Result.Abstention>
    </Intentions>
  </RollCallVote.Result>
</PV.RollCallVoteResults>`

func ExampleDecoder() {
	d := epxml.NewDecoder(strings.NewReader(list))
	for d.Next() {
		rc := d.RollCall()
		fmt.Printf("%s on %v: %s\n", rc.ID, rc.Date, rc.Description)
		fmt.Println("stated: ", rc.Stated)
		fmt.Println("derived:", rc.Tally())
		for group, t := range rc.ByGroup() {
			fmt.Printf("  %s: %v\n", group, t)
		}
		for _, c := range rc.Corrections {
			fmt.Printf("correction: %s intended %v\n", c.MEP.Name, c.Choice)
		}
		fmt.Println("link:", d.Extra().Links[0].Href)
	}
	if err := d.Err(); err != nil {
		log.Fatal(err)
	}
	fmt.Println("sitting:", d.Sitting().Reference)
	// Output:
	// 116461 on 2020-09-15: A9-0148/2020 - Am 1
	// stated:  2 for, 1 against, 0 abstentions
	// derived: 2 for, 1 against, 0 abstentions
	//   PPE: 2 for, 0 against, 0 abstentions
	//   S&D: 0 for, 1 against, 0 abstentions
	// correction: Gamma intended abstain
	// link: #reds:iPlRp/A-9-2020-0148
	// sitting: P9_PV(2020)09-15
}

func ExampleReadAll() {
	in := strings.Replace(list, `Result.For Number="2"`, `Result.For Number="3"`, 1)
	_, rcs, err := epxml.ReadAll(strings.NewReader(in))
	if err != nil {
		log.Fatal(err)
	}
	var m *vote.MismatchError
	if err := rcs[0].Check(); errors.As(err, &m) {
		fmt.Printf("roll call %s states %d for but lists %d\n", m.ID, m.Stated.For, m.Derived.For)
	}
	// Output:
	// roll call 116461 states 3 for but lists 2
}

func ExampleReadResults() {
	const results = `<file language="EN" date="2024-01-15+01:00" version="2">
<sitting date="2024-01-15+01:00"><votes>
<vote listIndex="0" dlvId="000002" type="EUGI"><title>Monday’s agenda – Request by the ECR Group</title>
<votings><voting type="AMENDMENT" votingId="163200" result="REJECTED" resultType="ROLL_CALL" numberFavor="131" numberAgainst="199" numberAbstention="8" votersCount="338"/></votings>
</vote></votes></sitting></file>`
	rs, err := epxml.ReadResults(strings.NewReader(results))
	if err != nil {
		log.Fatal(err)
	}
	for item, r := range rs.All() {
		fmt.Printf("%s (%s): %v, %v, %d voters\n", item.Title, r.ID, r.Outcome, r.Stated, r.Voters)
	}
	// Output:
	// Monday’s agenda – Request by the ECR Group (163200): REJECTED, 131 for, 199 against, 8 abstentions, 338 voters
}
