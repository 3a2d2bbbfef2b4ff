package vote_test

import (
	"encoding/json"
	"errors"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/acquis-eu/acquis"
	"github.com/acquis-eu/acquis/vote"
)

// camelKey is the form of every key of the package's JSON that names a
// field: lower camel case.
var camelKey = regexp.MustCompile(`^[a-z][a-zA-Z0-9]*$`)

// checkKeys reports every object key of the JSON text b that is not lower
// camel case, except the keys of the objects at the paths in data, whose
// keys are data (member codes).
func checkKeys(t *testing.T, what string, b []byte, data ...string) {
	t.Helper()
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
	var walk func(path string, v any)
	walk = func(path string, v any) {
		switch v := v.(type) {
		case map[string]any:
			for k, x := range v {
				isData := false
				for _, d := range data {
					isData = isData || d == path
				}
				if !isData && !camelKey.MatchString(k) {
					t.Errorf("%s: key %q at %s is not camelCase", what, k, path)
				}
				walk(path+"."+k, x)
			}
		case []any:
			for _, x := range v {
				walk(path+"[]", x)
			}
		}
	}
	walk("", v)
}

// roundTrip marshals v, checks its keys, and unmarshals it into back.
func roundTrip[T any](t *testing.T, what string, v T, data ...string) (back T, b []byte) {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("%s: json.Marshal: %v", what, err)
	}
	checkKeys(t, what, b, data...)
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatalf("%s: json.Unmarshal(%s): %v", what, b, err)
	}
	return back, b
}

// TestCouncilResultJSON checks that every kind of CouncilResult reads back
// equal, the bounds of inexact figures included.
func TestCouncilResultJSON(t *testing.T) {
	c24 := council(t, "2024-06-17")
	c20 := council(t, "2020-11-06")
	nice := council(t, "2010-06-01")
	for _, tt := range []struct {
		name string
		c    vote.Council
		r    vote.CouncilRule
		b    vote.Ballot
	}{
		{"qmv on approximate figures", c24, vote.QualifiedMajority, ballot(c24, ms{acquis.IT, acquis.HU, acquis.NL, acquis.PL, acquis.FI, acquis.SE}, ms{acquis.BE, acquis.SK}, nil)},
		{"qmv, two members out", c20, vote.QualifiedMajority, ballot(c20, ms{acquis.HU}, nil, ms{acquis.DK, acquis.IE})},
		{"reinforced", c20, vote.ReinforcedQualifiedMajority, ballot(c20, ms{acquis.DE, acquis.FR}, nil, nil)},
		{"clause decided", c20, vote.QualifiedMajority, ballot(c20, ms{acquis.DE, acquis.FR, acquis.IT}, nil, nil)},
		{"Nice with the 62% check", nice, vote.NiceWeights, checked(ballot(nice, ms{acquis.DE, acquis.FR, acquis.UK}, nil, nil))},
		{"Article 7", c20, vote.Article7Determination, ballot(c20, ms{acquis.PL}, nil, ms{acquis.HU})},
		{"unanimity", c20, vote.Unanimity, ballot(c20, nil, ms{acquis.SE}, nil)},
		{"simple majority", c20, vote.SimpleMajority, ballot(c20, ms{acquis.DE}, nil, nil)},
	} {
		res, err := tt.c.Decide(tt.r, tt.b)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		back, b := roundTrip(t, tt.name, res)
		if back != res {
			t.Errorf("%s: read back from %s:\n%s", tt.name, b, cmp.Diff(res, back, cmp.AllowUnexported(vote.CouncilResult{})))
		}
	}
}

// TestCouncilResultJSONChecked checks that a stored Council result whose
// figures disagree with each other, with what its rule requires of them or
// with its outcome is refused, and that the zero CouncilResult is not
// written.
func TestCouncilResultJSONChecked(t *testing.T) {
	c := council(t, "2020-11-06")
	res, err := c.Decide(vote.QualifiedMajority, ballot(c, ms{acquis.DE, acquis.FR, acquis.IT}, nil, nil))
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(res)
	if err != nil {
		t.Fatal(err)
	}
	stored := string(b)
	for _, tt := range []struct{ name, old, new string }{
		{"outcome", `"adopted":true`, `"adopted":false`},
		{"not by the clause", `"clauseDecided":true`, `"clauseDecided":false`},
		{"members required", `"membersRequired":15`, `"membersRequired":14`},
		{"members that do not add up", `"membersFor":24`, `"membersFor":23`},
		{"more participating than members", `"participating":27`, `"participating":28`},
		{"a blocking minority of three", `"blockingMinority":4`, `"blockingMinority":3`},
		{"weights under the qualified majority", `"blockingMinority":4`, `"blockingMinority":4,"weightsTotal":352`},
		{"the 62% check under the qualified majority", `"blockingMinority":4`, `"blockingMinority":4,"populationCheck":true`},
		{"population required", `"populationRequired":`, `"populationRequired":1`},
		{"a table without a grade", `,"grade":"approximate"`, ``},
		{"no date", `"date":"2020-11-06",`, ``},
		{"no outcome", `"adopted":true,`, ``},
	} {
		in := strings.Replace(stored, tt.old, tt.new, 1)
		if in == stored {
			t.Fatalf("%s: %q not in %s", tt.name, tt.old, stored)
		}
		if err := json.Unmarshal([]byte(in), new(vote.CouncilResult)); !errors.Is(err, vote.ErrInconsistent) {
			t.Errorf("%s: json.Unmarshal = %v, want ErrInconsistent", tt.name, err)
		}
	}
	// Figures whose products could overflow are refused before any is
	// computed.
	huge := strings.NewReplacer(`"populationTotal":`, `"populationTotal":9999999`, `"populationTotalAtLow":`, `"populationTotalAtLow":9999999`,
		`"populationTotalAtHigh":`, `"populationTotalAtHigh":9999999`).Replace(stored)
	if err := json.Unmarshal([]byte(huge), new(vote.CouncilResult)); !errors.Is(err, vote.ErrInconsistent) || !strings.Contains(err.Error(), "a population of more than") {
		t.Errorf("a population beyond any Union: json.Unmarshal = %v, want ErrInconsistent naming the bound", err)
	}
	in := strings.Replace(stored, `"rule":"qualified-majority"`, `"rule":"qmv"`, 1)
	if err := json.Unmarshal([]byte(in), new(vote.CouncilResult)); !errors.Is(err, vote.ErrUnknownRule) {
		t.Errorf("a rule spelled qmv: json.Unmarshal = %v, want ErrUnknownRule", err)
	}
	if _, err := json.Marshal(vote.CouncilResult{}); err == nil {
		t.Error("json.Marshal of the zero CouncilResult: no error")
	}
}

// TestResultJSONIsStored checks that a stored Result reads back as stored,
// whatever this package holds for its day, and that Recheck, a separate
// call, decides it again on this package's data.
func TestResultJSONIsStored(t *testing.T) {
	// A count of Members in office recorded for a day this package holds
	// no record of, and a seats basis worded otherwise: a result written by
	// another version of this package, or by hand from the minutes.
	stored := `{"rule":"second-reading","majority":"majority of the component Members","basis":"Art 294(7)(b) and (c) TFEU",` +
		`"adopted":true,"for":353,"against":300,"abstain":20,"didNotVote":30,"date":"2021-03-10","term":9,"seats":705,` +
		`"seatsBasis":"European Council Decision (EU) 2018/937","inOffice":703,"membersSource":"recorded",` +
		`"membersCitation":"minutes of the sitting of 10 March 2021","conditions":[{"threshold":"majority of the component Members",` +
		`"base":703,"required":352,"got":353,"met":true,"margin":1}],"margin":1}`
	var res vote.Result
	if err := json.Unmarshal([]byte(stored), &res); err != nil {
		t.Fatalf("json.Unmarshal of a stored result: %v", err)
	}
	p := res.Parliament()
	if !res.Adopted() || res.Margin() != 1 || p.InOffice() != 703 || p.MembersSource() != vote.MembersRecorded ||
		p.MembersCitation() != "minutes of the sitting of 10 March 2021" || p.SeatsBasis() != "European Council Decision (EU) 2018/937" {
		t.Errorf("stored result read back as %v in %v (%q, %q)", res, p, p.MembersCitation(), p.SeatsBasis())
	}
	b, err := json.Marshal(res)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(stored, string(b)); diff != "" {
		t.Errorf("stored result written back differently (-stored +written):\n%s", diff)
	}

	// Recheck decides again in the Parliament this package holds for the
	// day: all 705 seats assumed filled, which needs 353 of 705.
	again, err := res.Recheck()
	if err != nil {
		t.Fatal(err)
	}
	if again == res || again.Parliament().InOffice() != 705 || again.Parliament().MembersSource() != vote.MembersAssumed || again.Margin() != 0 {
		t.Errorf("Recheck() = %v in %v; want a result on 705 Members assumed, margin 0", again, again.Parliament())
	}
	// A result decided by this package rechecks to itself.
	fresh, _ := chamber(t, "2020-09-17", 0).Decide(vote.VotesCast, vote.Tally{For: 574, Against: 37, Abstain: 82, DidNotVote: 12})
	if again, err := fresh.Recheck(); err != nil || again != fresh {
		t.Errorf("Recheck of a fresh result = %v, %v; want %v", again, err, fresh)
	}
	given, _ := chamber(t, "2024-04-24", 703).Decide(vote.RulesAmendment, vote.Tally{For: 341, Against: 274, Abstain: 10})
	if again, err := given.Recheck(); err != nil || again != given {
		t.Errorf("Recheck of a result with a given count = %v, %v; want %v", again, err, given)
	}

	// A day this package holds no composition for reads as stored, and
	// Recheck says so.
	future := strings.NewReplacer(`"date":"2021-03-10"`, `"date":"2031-03-10"`, `"term":9`, `"term":11`).Replace(stored)
	if err := json.Unmarshal([]byte(future), &res); err != nil || res.Parliament().Term() != 11 {
		t.Errorf("json.Unmarshal of a result of 2031: %v, term %d", err, res.Parliament().Term())
	}
	if _, err := res.Recheck(); !errors.Is(err, vote.ErrNoComposition) {
		t.Errorf("Recheck of a result of 2031: %v, want ErrNoComposition", err)
	}

	// What a stored result states must agree with itself.
	for _, tt := range []struct {
		name, old, new string
		is             error
	}{
		{"outcome", `"adopted":true`, `"adopted":false`, vote.ErrInconsistent},
		{"margin", `"margin":1}]`, `"margin":2}]`, vote.ErrInconsistent},
		{"condition", `"required":352`, `"required":351`, vote.ErrInconsistent},
		{"no conditions", `"conditions":[{"threshold":"majority of the component Members","base":703,"required":352,"got":353,"met":true,"margin":1}],`, ``, vote.ErrInconsistent},
		{"more members than seats", `"inOffice":703`, `"inOffice":706`, vote.ErrInvalidCount},
		{"more votes than members", `"for":353`, `"for":800`, vote.ErrInvalidCount},
		{"a Council rule", `"rule":"second-reading"`, `"rule":"qualified-majority"`, vote.ErrUnknownRule},
		{"an unknown rule", `"rule":"second-reading"`, `"rule":"third-reading"`, vote.ErrUnknownRule},
		{"no source of the count", `"membersSource":"recorded",`, ``, vote.ErrInconsistent},
		{"a citation of a count given", `"membersSource":"recorded"`, `"membersSource":"given"`, vote.ErrInconsistent},
		{"no date", `"date":"2021-03-10",`, ``, vote.ErrInconsistent},
	} {
		in := strings.Replace(stored, tt.old, tt.new, 1)
		if in == stored {
			t.Fatalf("%s: %q not in the stored result", tt.name, tt.old)
		}
		if err := json.Unmarshal([]byte(in), new(vote.Result)); !errors.Is(err, tt.is) {
			t.Errorf("%s: json.Unmarshal = %v, want %v", tt.name, err, tt.is)
		}
	}
}

// TestJSONRoundTrips checks that every type of the package that marshals
// reads back equal, with camelCase keys.
func TestJSONRoundTrips(t *testing.T) {
	for _, p := range []vote.Parliament{chamber(t, "2020-09-17", 0), chamber(t, "2024-04-24", 703), chamber(t, "2018-09-12", 0)} {
		if back, b := roundTrip(t, "Parliament", p); back != p {
			t.Errorf("Parliament %v read back from %s as %v", p, b, back)
		}
		res, err := p.Decide(vote.Censure, vote.Tally{For: 448, Against: 197, Abstain: 48, DidNotVote: 7})
		if err != nil {
			t.Fatal(err)
		}
		if back, b := roundTrip(t, "Result", res); back != res {
			t.Errorf("Result %v read back from %s as %v", res, b, back)
		}
		q, err := p.Quorum(vote.Tally{For: 448, Against: 197, Abstain: 48})
		if err != nil {
			t.Fatal(err)
		}
		if back, b := roundTrip(t, "Condition", q); back != q {
			t.Errorf("Condition %v read back from %s as %v", q, b, back)
		}
	}

	for table := range vote.Tables() {
		if back, b := roundTrip(t, "Table", table); back != table {
			t.Errorf("table for %v read back from %.200s… as another", table.Span(), b)
		}
		f, _ := table.Figure(acquis.DE)
		if back, _ := roundTrip(t, "Figure", f); back != f {
			t.Errorf("Figure %+v read back as %+v", f, back)
		}
	}
	given, err := vote.TableOf("a hypothetical Union", map[acquis.Member]int64{acquis.DE: 83_000_000, acquis.FR: 68_000_000, acquis.MT: 500_000})
	if err != nil {
		t.Fatal(err)
	}
	if back, _ := roundTrip(t, "Table", given); back != given {
		t.Errorf("a caller's table read back as another: %+v", back)
	}

	c := council(t, "2020-11-06")
	for _, b := range []vote.Ballot{{}, c.Ballot(vote.For), checked(ballot(c, ms{acquis.HU, acquis.PL}, ms{acquis.BE}, ms{acquis.DK}))} {
		if back, js := roundTrip(t, "Ballot", b, ".choices"); back != b {
			t.Errorf("Ballot read back from %s as another", js)
		}
	}
	for _, c := range []vote.Council{c, council(t, "2015-06-01"), council(t, "2031-01-01"), council(t, "2013-07-01")} {
		if back, js := roundTrip(t, "Council", c); back != c {
			t.Errorf("Council of %v read back from %.200s… as another", c.Date(), js)
		}
	}
	withTable, err := council(t, "2015-06-01").WithTable(tableOf(t, council(t, "2015-06-01"), 10_000_000))
	if err != nil {
		t.Fatal(err)
	}
	if back, _ := roundTrip(t, "Council", withTable); !sameCouncil(back, withTable) {
		t.Errorf("Council with a given table read back as another")
	}

	rc := vote.RollCall{ID: "117273", Date: acquis.MustParseDate("2020-09-17"), Timestamp: "2020-09-17 11:38:19", Title: "Belarus",
		Description: "Résolution", Stated: vote.Tally{For: 2, Against: 1},
		Votes: []vote.MemberVote{{MEP: vote.MEP{PersID: "197490", MepID: "7211", Name: "Auštrevičius"}, Group: "Renew", Country: acquis.LT, Choice: vote.For},
			{MEP: vote.MEP{Name: "Nobody"}, Group: "NI", Choice: vote.Against}, {MEP: vote.MEP{MepID: "1"}, Group: "PPE", Choice: vote.For}},
		Corrections: []vote.MemberVote{{MEP: vote.MEP{PersID: "1"}, Group: "PPE", Choice: vote.Abstain}}}
	backRC, _ := roundTrip(t, "RollCall", rc)
	if diff := cmp.Diff(rc, backRC); diff != "" {
		t.Errorf("RollCall read back (-want +got):\n%s", diff)
	}
	records := vote.Cohesions([]*vote.RollCall{&rc, &rc})
	backRecords, _ := roundTrip(t, "[]GroupRecord", records)
	if diff := cmp.Diff(records, backRecords); diff != "" {
		t.Errorf("GroupRecord read back (-want +got):\n%s", diff)
	}
	co, _ := vote.CohesionOf(vote.Tally{For: 5, Against: 2, Abstain: 1})
	if back, _ := roundTrip(t, "Cohesion", co); back != co {
		t.Errorf("Cohesion %+v read back as %+v", co, back)
	}
}

// tableOf returns a table giving each member of c the same figure n.
func tableOf(t *testing.T, c vote.Council, n int64) vote.Table {
	t.Helper()
	pop := map[acquis.Member]int64{}
	for m := range c.Members() {
		pop[m] = n
	}
	table, err := vote.TableOf("uniform", pop)
	if err != nil {
		t.Fatal(err)
	}
	return table
}

// TestJSONInvalid checks that JSON a type cannot hold is refused with the
// error a caller can match.
func TestJSONInvalid(t *testing.T) {
	var te *vote.TableError
	for _, in := range []string{
		`{"source":"x","figures":[]}`,
		`{"source":"x","figures":[{"member":"DE","population":5,"low":5,"high":5,"grade":"given"},{"member":"DE","population":5,"low":5,"high":5,"grade":"given"}],"totalLow":10,"totalHigh":10}`,
		`{"source":"x","figures":[{"member":"DE","population":5,"low":6,"high":7,"grade":"approximate"}],"totalLow":6,"totalHigh":7}`,
		`{"source":"x","figures":[{"member":"DE","population":5,"low":4,"high":7,"grade":"official"}],"totalLow":4,"totalHigh":7}`,
		`{"source":"x","figures":[{"member":"DE","population":5,"low":5,"high":5,"grade":"given"}],"totalLow":5,"totalHigh":6}`,
		`{"source":"x","figures":[{"member":"DE","population":0,"low":0,"high":0,"grade":"given"}],"totalLow":0,"totalHigh":0}`,
		`{"source":"x","from":"2020-01-01","until":"2019-01-01","figures":[{"member":"DE","population":5,"low":5,"high":5,"grade":"given"}],"totalLow":5,"totalHigh":5}`,
	} {
		if err := json.Unmarshal([]byte(in), new(vote.Table)); !errors.As(err, &te) {
			t.Errorf("json.Unmarshal(%s) into a Table = %v, want a *TableError", in, err)
		}
	}
	if err := json.Unmarshal([]byte(`{"source":"x","figures":[{"member":"GR","population":5,"low":5,"high":5,"grade":"given"}]}`), new(vote.Table)); !errors.Is(err, acquis.ErrUnknownMember) {
		t.Errorf("a table with GR: %v, want ErrUnknownMember", err)
	}
	for in, is := range map[string]error{
		`{"choices":{"GR":"for"}}`: acquis.ErrUnknownMember,
		`{"choices":{"DE":"yes"}}`: vote.ErrUnknownChoice,
	} {
		if err := json.Unmarshal([]byte(in), new(vote.Ballot)); !errors.Is(err, is) {
			t.Errorf("json.Unmarshal(%s) into a Ballot = %v, want %v", in, err, is)
		}
	}
	for in, is := range map[string]error{
		`{"members":["DE"]}`:                                              vote.ErrInconsistent,
		`{"date":"2020-11-06","members":["DE","DE"]}`:                     vote.ErrInconsistent,
		`{"date":"2020-11-06","members":["GR"]}`:                          acquis.ErrUnknownMember,
		`{"date":"2020-11-06","members":["DE","FR"],"table":` + tjs + `}`: vote.ErrNotMember,
	} {
		if err := json.Unmarshal([]byte(in), new(vote.Council)); !errors.Is(err, is) {
			t.Errorf("json.Unmarshal(%s) into a Council = %v, want %v", in, err, is)
		}
	}
	// Unknown keys are refused, not dropped.
	for _, v := range []any{new(vote.Result), new(vote.Parliament), new(vote.Table), new(vote.Ballot), new(vote.Council), new(vote.CouncilResult)} {
		if err := json.Unmarshal([]byte(`{"surprise":1}`), v); err == nil || !strings.Contains(err.Error(), "surprise") {
			t.Errorf("json.Unmarshal of an unknown key into %T = %v, want an error naming it", v, err)
		}
	}
}

// tjs is a table of Germany, France and Italy.
const tjs = `{"source":"x","figures":[{"member":"DE","population":5,"low":5,"high":5,"grade":"given"},{"member":"FR","population":4,"low":4,"high":4,"grade":"given"},{"member":"IT","population":3,"low":3,"high":3,"grade":"given"}],"totalLow":12,"totalHigh":12}`
