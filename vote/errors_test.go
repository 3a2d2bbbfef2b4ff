package vote_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/acquis-eu/acquis"
	"github.com/acquis-eu/acquis/vote"
)

// TestErrorsMatch checks that every failure a caller may branch on matches
// its sentinel with errors.Is, and that the message names the input, never
// a function of the package or a line 0.
func TestErrorsMatch(t *testing.T) {
	c := council(t, "2020-11-06")
	all := c.Ballot(vote.For)
	p := chamber(t, "2020-09-17", 0)
	nice := council(t, "2010-06-01")
	t27, _ := vote.TableOn(acquis.MustParseDate("2021-06-01"))
	t28, _ := vote.TableOn(acquis.MustParseDate("2019-06-01"))
	decide := func(c vote.Council, r vote.CouncilRule, b vote.Ballot) error { _, err := c.Decide(r, b); return err }
	for _, tt := range []struct {
		name   string
		err    error
		is     error
		phrase string
	}{
		{"ParseCouncilRule", func() error { _, err := vote.ParseCouncilRule("QMV"); return err }(), vote.ErrUnknownRule, `unknown rule of the Council of the EU "QMV"`},
		{"ParseCouncilRule of a rule of the Parliament", func() error { _, err := vote.ParseCouncilRule("censure"); return err }(), vote.ErrUnknownRule,
			"censure is a rule of the European Parliament"},
		{"ParseParliamentRule", func() error { _, err := vote.ParseParliamentRule("simple"); return err }(), vote.ErrUnknownRule,
			`unknown rule of the European Parliament "simple"`},
		{"ParseParliamentRule of a rule of the Council", func() error { _, err := vote.ParseParliamentRule("qualified-majority"); return err }(),
			vote.ErrUnknownRule, "qualified-majority is a rule of the Council of the EU"},
		{"CouncilRule.UnmarshalText", new(vote.CouncilRule).UnmarshalText([]byte("qmv")), vote.ErrUnknownRule, `"qmv"`},
		{"ParliamentRule.UnmarshalText", new(vote.ParliamentRule).UnmarshalText([]byte("qualified")), vote.ErrUnknownRule, `"qualified"`},
		{"CouncilRule.MarshalText", func() error { _, err := vote.CouncilRule(0).MarshalText(); return err }(), vote.ErrUnknownRule, "rule 0"},
		{"ParliamentRule.MarshalText", func() error { _, err := vote.ParliamentRule(0).MarshalText(); return err }(), vote.ErrUnknownRule, "rule 0"},
		{"Decide with CouncilRule(0)", decide(c, 0, all), vote.ErrUnknownRule, "rule 0"},
		{"Decide with ParliamentRule(0)", func() error { _, err := p.Decide(0, vote.Tally{}); return err }(), vote.ErrUnknownRule, "rule 0"},
		{"ParseChoice", func() error { _, err := vote.ParseChoice("yes"); return err }(), vote.ErrUnknownChoice, `unknown choice "yes"`},
		{"Choice.MarshalText", func() error { _, err := vote.Choice(9).MarshalText(); return err }(), vote.ErrUnknownChoice, "choice 9"},
		{"Threshold.UnmarshalText", new(vote.Threshold).UnmarshalText([]byte("half")), vote.ErrUnknownThreshold, `"half"`},
		{"Grade.UnmarshalText", new(vote.Grade).UnmarshalText([]byte("exact")), vote.ErrUnknownGrade, `"exact"`},
		{"MembersSource.UnmarshalText", new(vote.MembersSource).UnmarshalText([]byte("guessed")), vote.ErrUnknownMembersSource, `"guessed"`},

		{"a former member in a ballot", decide(c, vote.QualifiedMajority, with(all, acquis.UK, vote.For)), vote.ErrInvalidBallot,
			"UK is not a member of the Council on 2020-11-06"},
		{"a former member in a ballot, ErrNotMember", decide(c, vote.QualifiedMajority, with(all, acquis.UK, vote.For)), vote.ErrNotMember, "UK"},
		{"a member without a choice", decide(c, vote.QualifiedMajority, with(all, acquis.DE, 0)), vote.ErrInvalidBallot, "DE"},
		{"did not vote", decide(c, vote.QualifiedMajority, with(all, acquis.DE, vote.DidNotVote)), vote.ErrInvalidBallot, "did-not-vote"},
		{"nobody participates", decide(c, vote.Unanimity, c.Ballot(vote.NotParticipating)), vote.ErrInvalidBallot, "no member"},
		{"Article 7 without the member concerned", decide(c, vote.Article7Determination, all), vote.ErrInvalidBallot, "exactly one member"},
		{"Nice weights with a member out", decide(nice, vote.NiceWeights, with(nice.Ballot(vote.For), acquis.DK, vote.NotParticipating)),
			errors.ErrUnsupported, "do not participate"},

		{"the zero Council", decide(vote.Council{}, vote.QualifiedMajority, all), vote.ErrNoComposition, "zero Council"},
		{"a table for the zero Council", func() error { _, err := (vote.Council{}).WithTable(t27); return err }(), vote.ErrNoComposition, "zero Council"},
		{"the zero Parliament", func() error { _, err := (vote.Parliament{}).Decide(vote.VotesCast, vote.Tally{}); return err }(),
			vote.ErrNoComposition, "zero Parliament"},
		{"quorum of the zero Parliament", func() error { _, err := (vote.Parliament{}).Quorum(vote.Tally{}); return err }(),
			vote.ErrNoComposition, "zero Parliament"},

		{"a negative count", func() error { _, err := p.Decide(vote.VotesCast, vote.Tally{Against: -1}); return err }(), vote.ErrInvalidCount, "-1 against"},
		{"too many members", func() error { _, err := p.Decide(vote.VotesCast, vote.Tally{For: 706}); return err }(), vote.ErrInvalidCount, "706"},
		{"Members in office beyond the seats", func() error { _, err := p.WithInOffice(706); return err }(), vote.ErrInvalidCount, "706 Members in office"},

		{"a table with a former member", func() error { _, err := c.WithTable(t28); return err }(), vote.ErrNotMember, "UK, not a member"},
	} {
		if !errors.Is(tt.err, tt.is) || !strings.Contains(tt.err.Error(), tt.phrase) {
			t.Errorf("%s: %v; want an error matching %v and mentioning %q", tt.name, tt.err, tt.is, tt.phrase)
			continue
		}
		msg := tt.err.Error()
		for _, internal := range []string{"Decide", "WithTable on", "TableOf", "line 0", "GameAmong"} {
			if strings.Contains(msg, internal) {
				t.Errorf("%s: %q names %q, not the input", tt.name, msg, internal)
			}
		}
	}
}

// TestTypedErrors checks the structured errors: the member a ballot error
// concerns, the line and source of a table's error.
func TestTypedErrors(t *testing.T) {
	c := council(t, "2020-11-06")
	_, err := c.Decide(vote.QualifiedMajority, with(c.Ballot(vote.For), acquis.UK, vote.Against))
	var be *vote.BallotError
	if !errors.As(err, &be) || be.Member != acquis.UK || be.Date != c.Date() {
		t.Errorf("a former member in a ballot: %#v, want a *BallotError naming UK on 2020-11-06", err)
	}
	_, err = c.Decide(vote.Article7Determination, c.Ballot(vote.For))
	if !errors.As(err, &be) || be.Member != 0 {
		t.Errorf("Article 7 with no member concerned: %#v, want a *BallotError naming no member", err)
	}

	var te *vote.TableError
	for _, tt := range []struct {
		name   string
		err    error
		line   int
		is     error
		phrase string
	}{
		{"unknown member", func() error { _, err := vote.ReadTable(strings.NewReader("DE,1\nXX,2\n"), "t.csv"); return err }(),
			2, acquis.ErrUnknownMember, `vote: table t.csv: line 2: unknown member "XX"`},
		{"empty table", func() error { _, err := vote.ReadTable(strings.NewReader(""), "t.csv"); return err }(),
			0, nil, "vote: table t.csv: no figures"},
		{"TableOf with no figures", func() error { _, err := vote.TableOf("mine", nil); return err }(), 0, nil, "vote: table mine: no figures"},
		{"TableOf with an invalid member", func() error { _, err := vote.TableOf("mine", map[acquis.Member]int64{0: 1}); return err }(),
			0, acquis.ErrUnknownMember, "member 0"},
		{"TableOf with a figure of 0", func() error { _, err := vote.TableOf("mine", map[acquis.Member]int64{acquis.DE: 0}); return err }(),
			0, nil, "population of DE is 0"},
	} {
		if !errors.As(tt.err, &te) || te.Line != tt.line || (tt.is != nil && !errors.Is(tt.err, tt.is)) || !strings.Contains(tt.err.Error(), tt.phrase) {
			t.Errorf("%s: %v; want a *TableError of line %d matching %v and mentioning %q", tt.name, tt.err, tt.line, tt.is, tt.phrase)
		}
	}

	var nt *vote.NoTableError
	if _, err := council(t, "2031-01-01").Decide(vote.QualifiedMajority, council(t, "2031-01-01").Ballot(vote.For)); !errors.As(err, &nt) ||
		nt.Nearest.Span().First != acquis.MustParseDate("2026-01-01") {
		t.Errorf("QMV on 2031-01-01: %#v, want a *NoTableError naming the 2026 table", err)
	}

	var tally *vote.TallyError
	if _, err := chamber(t, "2020-09-17", 0).Decide(vote.VotesCast, vote.Tally{Abstain: -3}); !errors.As(err, &tally) || tally.Choice != vote.Abstain {
		t.Errorf("negative abstentions: %#v, want a *TallyError naming abstain", err)
	}

	// An unknown member in JSON reaches the caller through json.Unmarshal.
	var mv vote.MemberVote
	if err := json.Unmarshal([]byte(`{"country":"GR"}`), &mv); !errors.Is(err, acquis.ErrUnknownMember) {
		t.Errorf("json.Unmarshal of country GR: %v, want ErrUnknownMember", err)
	}
}
