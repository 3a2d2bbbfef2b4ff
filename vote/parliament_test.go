package vote_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/acquis-eu/acquis"
	"github.com/acquis-eu/acquis/vote"
	"github.com/google/go-cmp/cmp"
)

// chamber returns Parliament on day with n Members in office (n = 0: as
// ParliamentOn gives it).
func chamber(t testing.TB, day string, n int) vote.Parliament {
	t.Helper()
	p, err := vote.ParliamentOn(acquis.MustParseDate(day))
	if err != nil {
		t.Fatal(err)
	}
	if n != 0 {
		if p, err = p.WithInOffice(n); err != nil {
			t.Fatal(err)
		}
	}
	return p
}

// TestRealVotes applies each rule to tallies of real votes, with their
// sources.
func TestRealVotes(t *testing.T) {
	tests := []struct {
		name     string
		source   string
		day      string
		inOffice int // 0: as ParliamentOn gives it
		rule     vote.ParliamentRule
		tally    vote.Tally
		adopted  bool
		want     []vote.Condition
	}{
		{
			name:   "resolution on the situation in Belarus, RC-B9-0271/2020",
			source: "Legislative Observatory 2020/2779(RSP); HowTheyVote.eu vote 117273",
			day:    "2020-09-17", rule: vote.VotesCast,
			tally:   vote.Tally{For: 574, Against: 37, Abstain: 82, DidNotVote: 12},
			adopted: true,
			want:    []vote.Condition{{Threshold: vote.MajorityOfVotesCast, Base: 611, Required: 306, Got: 574}},
		},
		{
			name:   "election of the President of the Commission, 2019",
			source: "minutes of 16 July 2019: 747 Members, majority 374; 383 for, 327 against, 22 abstentions, 1 invalid",
			day:    "2019-07-16", rule: vote.CommissionPresident,
			tally:   vote.Tally{For: 383, Against: 327, Abstain: 22},
			adopted: true,
			want:    []vote.Condition{{Threshold: vote.MajorityOfMembers, Base: 747, Required: 374, Got: 383}},
		},
		{
			name:   "election of the President of the Commission, 2024",
			source: "Parliament's press release of 18 July 2024: 719 Members, majority 360; 401 for, 284 against, 22 blank or invalid",
			day:    "2024-07-18", rule: vote.CommissionPresident,
			tally:   vote.Tally{For: 401, Against: 284},
			adopted: true,
			want:    []vote.Condition{{Threshold: vote.MajorityOfMembers, Base: 719, Required: 360, Got: 401}},
		},
		{
			name:   "amendment to the Rules of Procedure: more for than against, yet rejected",
			source: "HowTheyVote.eu vote 168838, 24 April 2024, A9-0163/2024 Article 21 § 2 Am 3: 341/274/10, 80 not voting, REJECTED",
			day:    "2024-04-24", inOffice: 705, rule: vote.RulesAmendment,
			tally:   vote.Tally{For: 341, Against: 274, Abstain: 10, DidNotVote: 80},
			adopted: false,
			want:    []vote.Condition{{Threshold: vote.MajorityOfMembers, Base: 705, Required: 353, Got: 341}},
		},
		{
			name:   "the same tally under the default rule would pass",
			source: "as above",
			day:    "2024-04-24", inOffice: 705, rule: vote.VotesCast,
			tally:   vote.Tally{For: 341, Against: 274, Abstain: 10, DidNotVote: 80},
			adopted: true,
			want:    []vote.Condition{{Threshold: vote.MajorityOfVotesCast, Base: 615, Required: 308, Got: 341}},
		},
		{
			name:   "request for a proposal on the right to disconnect (Art 225 TFEU)",
			source: "HowTheyVote.eu vote 127169, 21 January 2021, 2019/2181(INL): 472 for, 126 against, 83 abstentions, 22 not voting",
			day:    "2021-01-21", inOffice: 703, rule: vote.LegislativeInitiative,
			tally:   vote.Tally{For: 472, Against: 126, Abstain: 83, DidNotVote: 22},
			adopted: true,
			want:    []vote.Condition{{Threshold: vote.MajorityOfMembers, Base: 703, Required: 352, Got: 472}},
		},
		{
			name:   "consent to the revision of the multiannual financial framework 2021-2027",
			source: "HowTheyVote.eu vote 164815, 27 February 2024, A9-0051/2024: 499 for, 67 against, 31 abstentions, 108 not voting, ADOPTED",
			day:    "2024-02-27", inOffice: 705, rule: vote.FinancialFramework,
			tally:   vote.Tally{For: 499, Against: 67, Abstain: 31, DidNotVote: 108},
			adopted: true,
			want:    []vote.Condition{{Threshold: vote.MajorityOfMembers, Base: 705, Required: 353, Got: 499}},
		},
		{
			name:   "motion of censure on the Commission, 2025",
			source: "HowTheyVote.eu vote 178149, 10 July 2025, B10-0319/2025: 175 for, 360 against, 18 abstentions, 166 not voting, REJECTED",
			day:    "2025-07-10", inOffice: 719, rule: vote.Censure,
			tally:   vote.Tally{For: 175, Against: 360, Abstain: 18, DidNotVote: 166},
			adopted: false,
			want: []vote.Condition{
				{Threshold: vote.TwoThirdsOfVotesCast, Base: 535, Required: 357, Got: 175},
				{Threshold: vote.MajorityOfMembers, Base: 719, Required: 360, Got: 175},
			},
		},
		{
			name:   "Article 7(1) TEU on Hungary (Sargentini report)",
			source: "12 September 2018: 448 for, 197 against, 48 abstentions (press reports; Case C-650/18 upheld not counting abstentions)",
			day:    "2018-09-12", rule: vote.Article7,
			tally:   vote.Tally{For: 448, Against: 197, Abstain: 48},
			adopted: true,
			want: []vote.Condition{
				{Threshold: vote.TwoThirdsOfVotesCast, Base: 645, Required: 430, Got: 448},
				{Threshold: vote.MajorityOfMembers, Base: 751, Required: 376, Got: 448},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := chamber(t, tt.day, tt.inOffice)
			res, err := p.Decide(tt.rule, tt.tally)
			if err != nil {
				t.Fatalf("Decide(%v, %v): %v", tt.rule, tt.tally, err)
			}
			if res.Adopted() != tt.adopted {
				t.Errorf("Decide(%v, %v).Adopted() = %v, want %v (%s)", tt.rule, tt.tally, res.Adopted(), tt.adopted, tt.source)
			}
			if diff := cmp.Diff(tt.want, res.Conditions()); diff != "" {
				t.Errorf("Decide(%v, %v).Conditions() mismatch (-want +got):\n%s", tt.rule, tt.tally, diff)
			}
			if res.Rule() != tt.rule || res.Tally() != tt.tally || res.Parliament() != p {
				t.Errorf("Result does not carry its inputs: %v %v %v", res.Rule(), res.Tally(), res.Parliament())
			}
		})
	}
}

// TestHungaryAbstentions shows what Case C-650/18 decided: had abstentions
// counted as votes cast, the 2018 Article 7 resolution would have failed.
func TestHungaryAbstentions(t *testing.T) {
	p := chamber(t, "2018-09-12", 0)
	counted := vote.Tally{For: 448, Against: 197 + 48}
	res, err := p.Decide(vote.Article7, counted)
	if err != nil {
		t.Fatal(err)
	}
	if res.Adopted() || res.Conditions()[0].Required != 462 {
		t.Errorf("with abstentions as votes against: %v; want rejected, 462 needed", res)
	}
}

func TestBoundaries(t *testing.T) {
	p := chamber(t, "2020-09-17", 705) // 353 is the majority of 705; 235 a third
	tests := []struct {
		rule    vote.ParliamentRule
		tally   vote.Tally
		adopted bool
		margin  int
	}{
		// A tie fails; one more vote for carries it.
		{vote.VotesCast, vote.Tally{For: 300, Against: 300}, false, -1},
		{vote.VotesCast, vote.Tally{For: 301, Against: 300}, true, 0},
		{vote.VotesCast, vote.Tally{For: 0, Against: 0, Abstain: 500}, false, -1},
		{vote.VotesCast, vote.Tally{For: 1, Against: 0, Abstain: 500}, true, 0},
		// Abstentions are not votes cast: they never change the outcome.
		{vote.VotesCast, vote.Tally{For: 301, Against: 300, Abstain: 104}, true, 0},
		// Exactly at the absolute majority, and one below.
		{vote.SecondReading, vote.Tally{For: 353, Against: 10}, true, 0},
		{vote.SecondReading, vote.Tally{For: 352, Against: 0}, false, -1},
		{vote.LegislativeInitiative, vote.Tally{For: 353, Against: 352}, true, 0},
		// Two-thirds of 600 cast is 400; of 601, 401 (ceiling of 400.67).
		{vote.Censure, vote.Tally{For: 400, Against: 200}, true, 0},
		{vote.Censure, vote.Tally{For: 399, Against: 201}, false, -1},
		{vote.Censure, vote.Tally{For: 400, Against: 201}, false, -1},
		// Two-thirds met, absolute majority not.
		{vote.Article7, vote.Tally{For: 352, Against: 10}, false, -1},
		// Three-fifths of 600 is 360.
		{vote.BudgetConfirmation, vote.Tally{For: 360, Against: 240}, true, 0},
		{vote.BudgetConfirmation, vote.Tally{For: 359, Against: 241}, false, -1},
		// Three-fifths met, absolute majority not.
		{vote.BudgetConfirmation, vote.Tally{For: 352, Against: 10}, false, -1},
		// No one voted: nothing is adopted.
		{vote.Censure, vote.Tally{}, false, -353},
	}
	for _, tt := range tests {
		res, err := p.Decide(tt.rule, tt.tally)
		if err != nil {
			t.Errorf("Decide(%v, %v): %v", tt.rule, tt.tally, err)
			continue
		}
		if res.Adopted() != tt.adopted || res.Margin() != tt.margin {
			t.Errorf("Decide(%v, %v) = adopted %v margin %d, want %v margin %d\n%v",
				tt.rule, tt.tally, res.Adopted(), res.Margin(), tt.adopted, tt.margin, res)
		}
	}
}

func TestThresholdRequired(t *testing.T) {
	tests := []struct {
		th         vote.Threshold
		base, want int
	}{
		{vote.MajorityOfVotesCast, 611, 306},
		{vote.MajorityOfVotesCast, 0, 1},
		{vote.MajorityOfMembers, 751, 376},
		{vote.MajorityOfMembers, 747, 374},
		{vote.MajorityOfMembers, 720, 361},
		{vote.MajorityOfMembers, 719, 360},
		{vote.MajorityOfMembers, 705, 353},
		{vote.MajorityOfMembers, 704, 353},
		{vote.MajorityOfMembers, 703, 352},
		{vote.OneThirdOfMembers, 751, 251},
		{vote.OneThirdOfMembers, 747, 249},
		{vote.OneThirdOfMembers, 720, 240},
		{vote.OneThirdOfMembers, 705, 235},
		{vote.TwoThirdsOfVotesCast, 645, 430},
		{vote.TwoThirdsOfVotesCast, 646, 431},
		{vote.TwoThirdsOfVotesCast, 0, 0},
		{vote.ThreeFifthsOfVotesCast, 600, 360},
		{vote.ThreeFifthsOfVotesCast, 601, 361},
		{0, 100, 0},
		{vote.MajorityOfMembers, -1, 0},
	}
	for _, tt := range tests {
		if got := tt.th.Required(tt.base); got != tt.want {
			t.Errorf("%v.Required(%d) = %d, want %d", tt.th, tt.base, got, tt.want)
		}
	}
	// Required is the least count that meets the share exactly: checked
	// against the definition, in integers, for every base up to 1000.
	for base := 0; base <= 1000; base++ {
		for _, c := range []struct {
			th      vote.Threshold
			meets   func(n int) bool
			nonZero bool
		}{
			{vote.MajorityOfVotesCast, func(n int) bool { return 2*n > base }, true},
			{vote.TwoThirdsOfVotesCast, func(n int) bool { return 3*n >= 2*base }, false},
			{vote.ThreeFifthsOfVotesCast, func(n int) bool { return 5*n >= 3*base }, false},
			{vote.OneThirdOfMembers, func(n int) bool { return 3*n >= base }, false},
		} {
			r := c.th.Required(base)
			if !c.meets(r) || (r > 0 && c.meets(r-1)) {
				t.Fatalf("%v.Required(%d) = %d is not the least count that meets it", c.th, base, r)
			}
		}
	}
}

func TestQuorum(t *testing.T) {
	p := chamber(t, "2020-09-17", 0)
	c, err := p.Quorum(vote.Tally{For: 574, Against: 37, Abstain: 82, DidNotVote: 12})
	if err != nil {
		t.Fatal(err)
	}
	if want := (vote.Condition{Threshold: vote.OneThirdOfMembers, Base: 705, Required: 235, Got: 693}); c != want || !c.Met() {
		t.Errorf("Quorum = %+v, want %+v", c, want)
	}
	c, _ = p.Quorum(vote.Tally{For: 200, Against: 30, Abstain: 4})
	if c.Met() || c.Margin() != -1 {
		t.Errorf("Quorum of 234 voting = %v, want one short", c)
	}
	if _, err := (vote.Parliament{}).Quorum(vote.Tally{}); err == nil {
		t.Error("Quorum on the zero Parliament: no error")
	}
	if _, err := p.Quorum(vote.Tally{For: -1}); err == nil {
		t.Error("Quorum of a negative tally: no error")
	}
}

func TestComposition(t *testing.T) {
	tests := []struct {
		day      string
		term     int
		seats    int
		inOffice int
		source   vote.MembersSource
		basis    string
	}{
		{"2014-07-01", 8, 751, 751, vote.MembersAssumed, "2013/312/EU"},
		{"2019-07-01", 8, 751, 751, vote.MembersAssumed, "2013/312/EU"},
		{"2019-07-02", 9, 751, 751, vote.MembersAssumed, "2018/937"},
		{"2019-07-16", 9, 751, 747, vote.MembersRecorded, "2013/312/EU"},
		{"2020-01-31", 9, 751, 751, vote.MembersAssumed, "2013/312/EU"},
		{"2020-02-01", 9, 705, 705, vote.MembersAssumed, "OJ L 165 I, 2.7.2018, p. 1"},
		{"2020-09-17", 9, 705, 705, vote.MembersRecorded, "2018/937"},
		{"2024-07-15", 9, 705, 705, vote.MembersAssumed, "2018/937"},
		{"2024-07-16", 10, 720, 720, vote.MembersAssumed, "OJ L 238, 27.9.2023, p. 114"},
		{"2024-07-18", 10, 720, 719, vote.MembersRecorded, "2023/2061"},
		{"2029-05-31", 10, 720, 720, vote.MembersAssumed, "2023/2061"},
	}
	for _, tt := range tests {
		p, err := vote.ParliamentOn(acquis.MustParseDate(tt.day))
		if err != nil {
			t.Errorf("ParliamentOn(%s): %v", tt.day, err)
			continue
		}
		if p.Term() != tt.term || p.Seats() != tt.seats || p.InOffice() != tt.inOffice || p.MembersSource() != tt.source ||
			!strings.Contains(p.SeatsBasis(), tt.basis) || p.Date() != acquis.MustParseDate(tt.day) {
			t.Errorf("ParliamentOn(%s) = %v, basis %q; want term %d, %d seats, %d in office (%v), basis with %q",
				tt.day, p, p.SeatsBasis(), tt.term, tt.seats, tt.inOffice, tt.source, tt.basis)
		}
		if (p.MembersSource() == vote.MembersRecorded) != (p.MembersCitation() != "") {
			t.Errorf("ParliamentOn(%s): members %v with citation %q", tt.day, p.MembersSource(), p.MembersCitation())
		}
	}
	p := chamber(t, "2019-07-16", 0)
	if got, want := p.String(), "European Parliament on 2019-07-16 (9th term): 751 seats, 747 Members in office (recorded)"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
	q, err := p.WithInOffice(750)
	if err != nil || q.InOffice() != 750 || q.MembersSource() != vote.MembersGiven || q.MembersCitation() != "" || q.Seats() != 751 {
		t.Errorf("WithInOffice(750) = %v, %v", q, err)
	}
}

func TestInvalidInput(t *testing.T) {
	p := chamber(t, "2020-09-17", 0)
	tests := []struct {
		name   string
		do     func() error
		is     error
		phrase string
	}{
		{"negative count", func() error { _, err := p.Decide(vote.VotesCast, vote.Tally{For: 574, Against: -1}); return err },
			nil, "negative count: -1 against"},
		{"more votes than Members", func() error {
			_, err := p.Decide(vote.VotesCast, vote.Tally{For: 600, Against: 100, Abstain: 6})
			return err
		}, nil, "tally counts 706 members but 705 are in office on 2020-09-17"},
		{"did-not-vote counts towards the members", func() error {
			_, err := p.Decide(vote.VotesCast, vote.Tally{For: 574, Against: 37, Abstain: 82, DidNotVote: 13})
			return err
		}, nil, "706 members"},
		{"one huge count", func() error {
			_, err := p.Decide(vote.VotesCast, vote.Tally{For: 1 << 62, Against: 1 << 62})
			return err
		}, nil, "but 705 are in office"},
		{"unknown rule", func() error { _, err := p.Decide(0, vote.Tally{}); return err }, vote.ErrUnknownRule, "unknown rule 0"},
		{"rule out of range", func() error { _, err := p.Decide(200, vote.Tally{}); return err }, vote.ErrUnknownRule, "unknown rule 200"},
		{"zero Parliament", func() error { _, err := (vote.Parliament{}).Decide(vote.VotesCast, vote.Tally{}); return err },
			nil, "zero Parliament"},
		{"before the eighth term", func() error { _, err := vote.ParliamentOn(acquis.MustParseDate("2014-06-30")); return err },
			vote.ErrNoComposition, "on 2014-06-30"},
		{"zero Date", func() error { _, err := vote.ParliamentOn(acquis.Date{}); return err }, vote.ErrNoComposition, "invalid date"},
		{"after the tenth term's known days", func() error { _, err := vote.ParliamentOn(acquis.MustParseDate("2029-06-01")); return err },
			vote.ErrNoComposition, "until 2029-05-31"},
		{"more Members in office than seats", func() error { _, err := p.WithInOffice(706); return err }, nil, "706 Members in office on 2020-09-17, want 1 to the 705 seats of the 9th term"},
		{"no Members in office", func() error { _, err := p.WithInOffice(0); return err }, nil, "want 1 to the 705 seats"},
		{"members for the zero Parliament", func() error { _, err := (vote.Parliament{}).WithInOffice(1); return err }, nil, "zero Parliament"},
	}
	for _, tt := range tests {
		err := tt.do()
		if err == nil {
			t.Errorf("%s: no error", tt.name)
			continue
		}
		if tt.is != nil && !errors.Is(err, tt.is) {
			t.Errorf("%s: error %v, want one wrapping %v", tt.name, err, tt.is)
		}
		if !strings.Contains(err.Error(), tt.phrase) || !strings.HasPrefix(err.Error(), "vote: ") {
			t.Errorf("%s: error %q, want it to start with \"vote: \" and mention %q", tt.name, err, tt.phrase)
		}
	}
	var te *vote.TallyError
	_, err := p.Decide(vote.VotesCast, vote.Tally{Abstain: -3})
	if !errors.As(err, &te) || te.Choice != vote.Abstain || te.Parliament != p {
		t.Errorf("negative abstentions: error %#v, want a *TallyError naming abstain", err)
	}
}

// TestMonotone checks laws of the domain for every rule on a grid of
// tallies: one more vote for never turns an adopted text into a rejected
// one, nor does one vote moving from against to for; and abstentions never
// change the outcome, because no rule counts them.
func TestMonotone(t *testing.T) {
	p := chamber(t, "2020-09-17", 0)
	decide := func(r vote.ParliamentRule, tl vote.Tally) bool {
		res, err := p.Decide(r, tl)
		if err != nil {
			t.Fatalf("Decide(%v, %v): %v", r, tl, err)
		}
		return res.Adopted()
	}
	for r := vote.VotesCast; r.IsValid(); r++ {
		for f := 0; f <= 705; f += 11 {
			for a := 0; f+a <= 699; a += 13 {
				tl := vote.Tally{For: f, Against: a, Abstain: 3, DidNotVote: 705 - f - a - 3 - 2}
				adopted := decide(r, tl)
				if adopted && !decide(r, vote.Tally{For: f + 1, Against: a, Abstain: 3, DidNotVote: tl.DidNotVote - 1}) {
					t.Fatalf("%v: %v adopted, but not with one more vote for", r, tl)
				}
				if a > 0 && adopted && !decide(r, vote.Tally{For: f + 1, Against: a - 1, Abstain: 3, DidNotVote: tl.DidNotVote}) {
					t.Fatalf("%v: %v adopted, but not with one vote moved from against to for", r, tl)
				}
				if adopted != decide(r, vote.Tally{For: f, Against: a, Abstain: 0, DidNotVote: tl.DidNotVote + 3}) {
					t.Fatalf("%v: %v: abstentions changed the outcome", r, tl)
				}
			}
		}
	}
}

// TestRules checks that each rule of either institution has a text form
// that its Parse function reads back, a basis, a scope and a majority, and
// that the text form of one institution's rule is refused by the other's.
func TestRules(t *testing.T) {
	seen := map[string]bool{}
	n := 0
	for r := vote.VotesCast; r.IsValid(); r++ {
		n++
		name := r.String()
		if seen[name] || r.Basis() == "" || r.Scope() == "" || r.Majority() == "" || len(r.Thresholds()) == 0 {
			t.Errorf("rule %d (%q) lacks a unique name, a basis, a scope, a majority or thresholds", uint8(r), name)
		}
		seen[name] = true
		if back, err := vote.ParseParliamentRule(name); err != nil || back != r {
			t.Errorf("ParseParliamentRule(%q) = %v, %v; want %v", name, back, err, r)
		}
		if _, err := vote.ParseCouncilRule(name); !errors.Is(err, vote.ErrUnknownRule) {
			t.Errorf("ParseCouncilRule(%q) = %v, want ErrUnknownRule", name, err)
		}
	}
	parliament := n
	for r := vote.QualifiedMajority; r.IsValid(); r++ {
		n++
		name := r.String()
		if seen[name] || r.Basis() == "" || r.Scope() == "" || r.Majority() == "" {
			t.Errorf("rule %d (%q) lacks a unique name, a basis, a scope or a majority", uint8(r), name)
		}
		seen[name] = true
		if back, err := vote.ParseCouncilRule(name); err != nil || back != r {
			t.Errorf("ParseCouncilRule(%q) = %v, %v; want %v", name, back, err, r)
		}
		if _, err := vote.ParseParliamentRule(name); !errors.Is(err, vote.ErrUnknownRule) {
			t.Errorf("ParseParliamentRule(%q) = %v, want ErrUnknownRule", name, err)
		}
	}
	if n != 20 || parliament != 13 {
		t.Errorf("%d rules, %d of Parliament; want the 13 of Parliament and 7 of the Council this package documents", n, parliament)
	}
	if got := vote.Censure.Majority(); got != "two-thirds of the votes cast, representing a majority of the component Members" {
		t.Errorf("Censure.Majority() = %q", got)
	}
	if got := vote.BudgetConfirmation.Majority(); got != "majority of the component Members and three-fifths of the votes cast" {
		t.Errorf("BudgetConfirmation.Majority() = %q", got)
	}
	var zero vote.ParliamentRule
	if zero.IsValid() || zero.String() != "%!ParliamentRule(0)" || zero.Basis() != "" || zero.Thresholds() != nil {
		t.Errorf("zero ParliamentRule: valid %v, %q", zero.IsValid(), zero.String())
	}
	var zeroC vote.CouncilRule
	if zeroC.IsValid() || zeroC.String() != "%!CouncilRule(0)" || zeroC.Basis() != "" || zeroC.Majority() != "" {
		t.Errorf("zero CouncilRule: valid %v, %q", zeroC.IsValid(), zeroC.String())
	}
}

func TestChoices(t *testing.T) {
	var tl vote.Tally
	for c := vote.For; c.IsValid(); c++ {
		tl.Add(c, int(c)*10)
		back, err := vote.ParseChoice(c.String())
		if err != nil || back != c {
			t.Errorf("ParseChoice(%q) = %v, %v", c.String(), back, err)
		}
	}
	if want := (vote.Tally{For: 10, Against: 20, Abstain: 30, DidNotVote: 40}); tl != want {
		t.Errorf("Add over every choice = %+v, want %+v", tl, want)
	}
	if tl.Cast() != 30 || tl.Voting() != 60 || tl.Total() != 100 || tl.Count(vote.Abstain) != 30 || tl.Count(0) != 0 {
		t.Errorf("%+v: Cast %d, Voting %d, Total %d", tl, tl.Cast(), tl.Voting(), tl.Total())
	}
	before := tl
	if tl.Add(0, 5); tl != before {
		t.Error("Add with the zero Choice changed the tally")
	}
	if got := vote.Choice(0).String(); got != "%!Choice(0)" {
		t.Errorf("Choice(0).String() = %q", got)
	}
	if got := (vote.Tally{For: 1, Abstain: 1}).String(); got != "1 for, 0 against, 1 abstention" {
		t.Errorf("Tally.String() = %q", got)
	}
	b, err := json.Marshal(map[vote.Choice]int{vote.DidNotVote: 12})
	if err != nil || string(b) != `{"did-not-vote":12}` {
		t.Errorf("Choice as a JSON key: %s, %v", b, err)
	}
	if _, err := json.Marshal(vote.Choice(9)); err == nil {
		t.Error("marshalling Choice(9): no error")
	}
}

func TestResultJSON(t *testing.T) {
	for _, p := range []vote.Parliament{chamber(t, "2020-09-17", 0), chamber(t, "2024-04-24", 703), chamber(t, "2018-09-12", 0)} {
		res, err := p.Decide(vote.Censure, vote.Tally{For: 448, Against: 197, Abstain: 48, DidNotVote: 7})
		if err != nil {
			t.Fatal(err)
		}
		b, err := json.Marshal(res)
		if err != nil {
			t.Fatal(err)
		}
		var back vote.Result
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("json.Unmarshal(%s): %v", b, err)
		}
		if back != res {
			t.Errorf("round trip of %s gave %v, want %v", b, back, res)
		}
	}
	res, _ := chamber(t, "2020-09-17", 0).Decide(vote.VotesCast, vote.Tally{For: 574, Against: 37, Abstain: 82, DidNotVote: 12})
	b, _ := json.Marshal(res)
	var fields map[string]any
	if err := json.Unmarshal(b, &fields); err != nil {
		t.Fatal(err)
	}
	for k, want := range map[string]any{"rule": "votes-cast", "adopted": true, "for": 574.0, "against": 37.0, "abstain": 82.0,
		"basis": "Art 231 TFEU", "inOffice": 705.0, "membersSource": "recorded", "margin": 268.0, "date": "2020-09-17"} {
		if fields[k] != want {
			t.Errorf("JSON field %q = %v, want %v", k, fields[k], want)
		}
	}
	// A result whose stated outcome disagrees with its conditions is
	// refused (see also TestResultJSONIsStored).
	tampered := strings.Replace(string(b), `"adopted":true`, `"adopted":false`, 1)
	if err := json.Unmarshal([]byte(tampered), new(vote.Result)); !errors.Is(err, vote.ErrInconsistent) {
		t.Errorf("json.Unmarshal of a result with a false outcome: %v, want ErrInconsistent", err)
	}
	if _, err := json.Marshal(vote.Result{}); err == nil {
		t.Error("json.Marshal of the zero Result: no error")
	}
}

func TestResultString(t *testing.T) {
	res, _ := chamber(t, "2020-09-17", 0).Decide(vote.VotesCast, vote.Tally{For: 574, Against: 37, Abstain: 82, DidNotVote: 12})
	want := "adopted by a majority of the votes cast (Art 231 TFEU): 574 for, 37 against, 82 abstentions, 12 did not vote; " +
		"majority of the votes cast: 306 needed of 611 votes cast, 574 for, margin 268"
	if got := res.String(); got != want {
		t.Errorf("String() =\n%s\nwant\n%s", got, want)
	}
	res, _ = chamber(t, "2024-04-24", 0).Decide(vote.RulesAmendment, vote.Tally{For: 341, Against: 274, Abstain: 10})
	want = "rejected, needing a majority of the component Members (Art 232 TFEU; Rules of Procedure, Amendments to the Rules of Procedure): " +
		"341 for, 274 against, 10 abstentions; majority of the component Members: 353 needed of 705 Members in office, 341 for, 12 short; " +
		"Members in office assumed: all 705 seats filled"
	if got := res.String(); got != want {
		t.Errorf("String() =\n%s\nwant\n%s", got, want)
	}
	if got := (vote.Result{}).String(); got != "no result" {
		t.Errorf("zero Result String() = %q", got)
	}
}

func BenchmarkDecide(b *testing.B) {
	p := chamber(b, "2020-09-17", 0)
	tl := vote.Tally{For: 574, Against: 37, Abstain: 82, DidNotVote: 12}
	b.ReportAllocs()
	for b.Loop() {
		res, err := p.Decide(vote.VotesCast, tl)
		if err != nil || !res.Adopted() {
			b.Fatal(res, err)
		}
	}
}

func BenchmarkDecideCensure(b *testing.B) {
	p := chamber(b, "2020-09-17", 0)
	tl := vote.Tally{For: 448, Against: 197, Abstain: 48}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := p.Decide(vote.Censure, tl); err != nil {
			b.Fatal(err)
		}
	}
}
