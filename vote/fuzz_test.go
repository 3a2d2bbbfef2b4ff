package vote_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/acquis-eu/acquis"
	"github.com/acquis-eu/acquis/vote"
)

// FuzzResultJSON reads arbitrary JSON as a Result: it never panics, and what
// it accepts writes back to JSON that reads as the same Result, whose
// outcome agrees with its conditions.
func FuzzResultJSON(f *testing.F) {
	p, err := vote.ParliamentOn(acquis.MustParseDate("2020-09-17"))
	if err != nil {
		f.Fatal(err)
	}
	for _, r := range []vote.ParliamentRule{vote.VotesCast, vote.Censure, vote.BudgetConfirmation} {
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
	f.Add([]byte(`{"rule":"second-reading","majority":"m","basis":"b","adopted":true,"for":353,"against":300,"abstain":20,"didNotVote":30,` +
		`"date":"2031-03-10","term":11,"seats":705,"seatsBasis":"s","inOffice":703,"membersSource":"recorded","membersCitation":"c",` +
		`"conditions":[{"threshold":"majority of the component Members","base":703,"required":352,"got":353,"met":true,"margin":1}],"margin":1}`))
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
		met := true
		for _, c := range res.Conditions() {
			met = met && c.Met()
		}
		if met != res.Adopted() {
			t.Fatalf("accepted %s: adopted %v, conditions met %v", data, res.Adopted(), met)
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
		res, err := p.Decide(vote.ParliamentRule(rule), tally)
		if err != nil {
			if vote.ParliamentRule(rule).IsValid() && tally.For >= 0 && tally.Against >= 0 &&
				tally.Abstain >= 0 && absent >= 0 && tally.Total() <= members && tally.Total() >= 0 && yes <= members && no <= members && abstain <= members && absent <= members {
				t.Fatalf("Decide(%v, %v) with %d in office: %v", vote.ParliamentRule(rule), tally, members, err)
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
			t.Fatalf("%v under %v: adopted %v, margin %d, conditions met %v", tally, vote.ParliamentRule(rule), res.Adopted(), res.Margin(), met)
		}
	})
}

// FuzzValueJSON reads arbitrary JSON as a Table, a Ballot, a Council, a
// Parliament and a CouncilResult: never a panic, and what each accepts
// writes back to JSON that reads as the same value.
func FuzzValueJSON(f *testing.F) {
	c, err := vote.CouncilOn(acquis.MustParseDate("2024-06-17"))
	if err != nil {
		f.Fatal(err)
	}
	table, _ := c.Table()
	p, err := vote.ParliamentOn(acquis.MustParseDate("2019-07-16"))
	if err != nil {
		f.Fatal(err)
	}
	qmv, err := c.Decide(vote.QualifiedMajority, with(with(c.Ballot(vote.For), acquis.HU, vote.Against), acquis.DK, vote.NotParticipating))
	if err != nil {
		f.Fatal(err)
	}
	nice, err := vote.CouncilOn(acquis.MustParseDate("2010-06-01"))
	if err != nil {
		f.Fatal(err)
	}
	weights, err := nice.Decide(vote.NiceWeights, checked(with(nice.Ballot(vote.For), acquis.DE, vote.Against)))
	if err != nil {
		f.Fatal(err)
	}
	for _, v := range []any{table, c, checked(with(c.Ballot(vote.For), acquis.HU, vote.Against)), p, qmv, weights} {
		b, err := json.Marshal(v)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`{"source":"x","figures":[{"member":"DE","population":5,"low":5,"high":5,"grade":"given"}],"totalLow":5,"totalHigh":5}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzRoundTrip(t, data, func(a, b vote.Table) bool { return a == b })
		fuzzRoundTrip(t, data, func(a, b vote.Ballot) bool { return a == b })
		fuzzRoundTrip(t, data, sameCouncil)
		fuzzRoundTrip(t, data, func(a, b vote.Parliament) bool { return a == b })
		fuzzRoundTrip(t, data, func(a, b vote.CouncilResult) bool { return a == b })
	})
}

// sameCouncil reports whether a and b are of the same day, with the same
// members and equal tables. (== compares a table given with WithTable by
// identity.)
func sameCouncil(a, b vote.Council) bool {
	ta, oka := a.Table()
	tb, okb := b.Table()
	return a.Date() == b.Date() && slices.Equal(slices.Collect(a.Members()), slices.Collect(b.Members())) && oka == okb && ta == tb
}

func fuzzRoundTrip[T any](t *testing.T, data []byte, equal func(a, b T) bool) {
	var v T
	if err := json.Unmarshal(data, &v); err != nil {
		return
	}
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("Marshal of an accepted %T: %v", v, err)
	}
	var back T
	if err := json.Unmarshal(b, &back); err != nil || !equal(back, v) {
		t.Fatalf("round trip of %s as %T: %v; want the value read from %s", b, v, err, data)
	}
}

// FuzzReadInOffice reads arbitrary text as counts of Members in office:
// never a panic; what it accepts is never more Members than seats, and
// writes back to text that reads as the same counts.
func FuzzReadInOffice(f *testing.F) {
	f.Add([]byte("first,last,members\n2019-07-02,2019-07-03,750\n2019-07-04,2019-07-06,751\n"))
	f.Add([]byte("first,last,members\r\n2020-01-31,2020-02-01,705\r\n"))
	f.Add([]byte("first,last,members\n2029-05-31,2029-05-31,720\n"))
	f.Add([]byte("first,last,members\n2020-02-01,2020-02-03,0\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		runs, err := vote.ReadInOffice(bytes.NewReader(data))
		if err != nil {
			return
		}
		for _, r := range runs {
			for _, d := range []acquis.Date{r.First, r.Last} {
				p, err := vote.ParliamentOn(d)
				if err != nil || r.Members < 1 || r.Members > p.Seats() {
					t.Fatalf("accepted %+v: %v, %v", r, p, err)
				}
			}
		}
		var b bytes.Buffer
		if err := vote.WriteInOffice(&b, runs); err != nil {
			t.Fatalf("WriteInOffice of accepted counts: %v", err)
		}
		back, err := vote.ReadInOffice(&b)
		if err != nil || !slices.Equal(back, runs) {
			t.Fatalf("round trip of %q: %v, %v", data, back, err)
		}
	})
}

// FuzzReadTables reads arbitrary bytes as a tables file: it never panics,
// and tables it reads write back as a file that reads as the same tables.
// The reader bounds its memory: it reads at most 1 MiB, and at most 1,000
// tables of at most 28 figures.
func FuzzReadTables(f *testing.F) {
	data, err := os.ReadFile("tables.json")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(data)
	f.Add([]byte(smallTables))
	f.Add([]byte(`{"tables": [{"source": "s", "from": "2020-01-01", "until": "2020-01-02", "totalLow": 1, "totalHigh": 1, ` +
		`"figures": [{"member": "BE", "population": 1, "low": 1, "high": 1, "grade": "given"}]}]}`))
	f.Add([]byte(`{"tables": []}`))
	f.Add([]byte(`{"tables": [{"source": "\u00e9\ud800", "source": null}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		tables, err := vote.ReadTables(bytes.NewReader(data))
		if err != nil {
			var fe *vote.TablesFileError
			if !errors.As(err, &fe) || fe.Line < 1 || fe.Column < 1 || !strings.HasPrefix(fe.Path, "$") {
				t.Fatalf("ReadTables: %v, not a *TablesFileError with a position and a path", err)
			}
			return
		}
		var b bytes.Buffer
		if err := vote.WriteTables(&b, tables); err != nil {
			t.Fatalf("WriteTables of tables read: %v", err)
		}
		back, err := vote.ReadTables(&b)
		if err != nil {
			t.Fatalf("ReadTables of tables written: %v\n%s", err, b.String())
		}
		if !slices.Equal(tables, back) {
			t.Fatalf("tables written and read back differ:\n%+v\n%+v", tables, back)
		}
	})
}
