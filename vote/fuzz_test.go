package vote_test

import (
	"encoding/json"
	"testing"

	"github.com/acquis-eu/acquis"
	"github.com/acquis-eu/acquis/vote"
)

// FuzzResultJSON reads arbitrary JSON as a Result: it never panics, and what
// it accepts writes back to JSON that reads as the same Result.
func FuzzResultJSON(f *testing.F) {
	p, err := vote.ParliamentOn(acquis.MustParseDate("2020-09-17"))
	if err != nil {
		f.Fatal(err)
	}
	for _, r := range []vote.Rule{vote.VotesCast, vote.Censure, vote.BudgetConfirmation} {
		res, err := p.Decide(r, vote.Tally{For: 574, Against: 37, Abstain: 82, DidNotVote: 12})
		if err != nil {
			f.Fatal(err)
		}
		b, err := json.Marshal(res)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`{"rule":"censure","date":"2019-07-16","membersSource":"given","inOffice":3,"seats":751,"term":9,"for":2}`))
	f.Add([]byte(`{}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var res vote.Result
		if err := json.Unmarshal(data, &res); err != nil {
			return
		}
		b, err := json.Marshal(res)
		if err != nil {
			t.Fatalf("Marshal of an accepted Result %v: %v", res, err)
		}
		var back vote.Result
		if err := json.Unmarshal(b, &back); err != nil || back != res {
			t.Fatalf("round trip of %s: %v, %v; want %v", b, back, err, res)
		}
	})
}

// FuzzDecide decides arbitrary tallies under every rule: never a panic; an
// error or a Result whose outcome agrees with its conditions.
func FuzzDecide(f *testing.F) {
	f.Add(uint8(1), 574, 37, 82, 12, 705)
	f.Add(uint8(12), 448, 197, 48, 0, 751)
	f.Add(uint8(0), -1, 1<<62, 1<<62, 0, 0)
	ep, err := vote.ParliamentOn(acquis.MustParseDate("2019-07-16"))
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, rule uint8, yes, no, abstain, absent, members int) {
		p, err := ep.WithInOffice(members)
		if err != nil {
			return
		}
		tally := vote.Tally{For: yes, Against: no, Abstain: abstain, DidNotVote: absent}
		res, err := p.Decide(vote.Rule(rule), tally)
		if err != nil {
			if vote.Rule(rule).IsValid() && !vote.Rule(rule).Council() && tally.For >= 0 && tally.Against >= 0 &&
				tally.Abstain >= 0 && absent >= 0 && tally.Total() <= members && tally.Total() >= 0 && yes <= members && no <= members && abstain <= members && absent <= members {
				t.Fatalf("Decide(%v, %v) with %d in office: %v", vote.Rule(rule), tally, members, err)
			}
			return
		}
		met := true
		for _, c := range res.Conditions() {
			met = met && c.Met()
			if c.Required < 0 || c.Required > c.Base+1 {
				t.Fatalf("%v: condition %v requires a count outside 0 to base+1", tally, c)
			}
		}
		if res.Adopted() != met || (res.Margin() >= 0) != met {
			t.Fatalf("%v under %v: adopted %v, margin %d, conditions met %v", tally, vote.Rule(rule), res.Adopted(), res.Margin(), met)
		}
	})
}
