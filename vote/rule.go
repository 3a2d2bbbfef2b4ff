package vote

import (
	"fmt"
	"strconv"
)

// A Threshold is one kind of majority of the European Parliament: a share
// of some base (the votes cast, or the component Members) that a count
// must reach.
// Thresholds are integer comparisons: no share is ever rounded.
//
// The zero Threshold is invalid and prints as "%!Threshold(0)".
type Threshold uint8

// The thresholds of the European Parliament's rules.
const (
	// MajorityOfVotesCast needs more votes for than half the votes cast:
	// For > (For+Against)/2, so a tie fails. Abstentions are not votes cast.
	MajorityOfVotesCast Threshold = 1 + iota
	// MajorityOfMembers needs votes for from more than half the component
	// Members in office: For >= M/2 + 1 (integer division), so 374 of 747
	// and 353 of 705.
	MajorityOfMembers
	// TwoThirdsOfVotesCast needs votes for from at least two thirds of the
	// votes cast: 3*For >= 2*(For+Against).
	TwoThirdsOfVotesCast
	// ThreeFifthsOfVotesCast needs votes for from at least three fifths of
	// the votes cast: 5*For >= 3*(For+Against).
	ThreeFifthsOfVotesCast
	// OneThirdOfMembers is the quorum: at least one third of the component
	// Members present, 3*present >= M.
	OneThirdOfMembers
)

var thresholdNames = [...]string{
	MajorityOfVotesCast:    "majority of the votes cast",
	MajorityOfMembers:      "majority of the component Members",
	TwoThirdsOfVotesCast:   "two-thirds of the votes cast",
	ThreeFifthsOfVotesCast: "three-fifths of the votes cast",
	OneThirdOfMembers:      "one third of the component Members",
}

// String returns the threshold in words, such as
// "majority of the votes cast".
func (t Threshold) String() string {
	if t >= MajorityOfVotesCast && t <= OneThirdOfMembers {
		return thresholdNames[t]
	}
	return "%!Threshold(" + strconv.Itoa(int(t)) + ")"
}

// MarshalText implements encoding.TextMarshaler, writing the threshold's
// String. It returns an error for an invalid Threshold.
func (t Threshold) MarshalText() ([]byte, error) {
	if t < MajorityOfVotesCast || t > OneThirdOfMembers {
		return nil, fmt.Errorf("vote: cannot marshal: %w %d", ErrUnknownThreshold, uint8(t))
	}
	return []byte(thresholdNames[t]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler, accepting a
// threshold's String.
func (t *Threshold) UnmarshalText(text []byte) error {
	for v := MajorityOfVotesCast; v <= OneThirdOfMembers; v++ {
		if thresholdNames[v] == string(text) {
			*t = v
			return nil
		}
	}
	return fmt.Errorf("vote: %w %q", ErrUnknownThreshold, text)
}

// Required returns the least count that meets t when the threshold is a
// share of base: base/2+1 for a majority, the ceiling of 2*base/3 for
// two-thirds, of 3*base/5 for three-fifths and of base/3 for one third. It
// returns 0 for an invalid Threshold or a negative base.
func (t Threshold) Required(base int) int {
	if base < 0 {
		return 0
	}
	switch t {
	case MajorityOfVotesCast, MajorityOfMembers:
		return base/2 + 1
	case TwoThirdsOfVotesCast:
		return (2*base + 2) / 3
	case ThreeFifthsOfVotesCast:
		return (3*base + 4) / 5
	case OneThirdOfMembers:
		return (base + 2) / 3
	}
	return 0
}

// ofMembers reports whether t is a share of the component Members rather
// than of the votes cast.
func (t Threshold) ofMembers() bool {
	return t == MajorityOfMembers || t == OneThirdOfMembers
}

// A Condition is one Threshold applied to one vote of the European
// Parliament: what was required and what was counted.
//
// A Condition is a comparable value. The zero Condition is not meaningful.
type Condition struct {
	Threshold Threshold `json:"threshold"`
	// Base is what the threshold is a share of: the votes cast (for and
	// against), or the component Members in office.
	Base int `json:"base"`
	// Required is the least count that meets the threshold.
	Required int `json:"required"`
	// Got is the count measured against Required: the votes for, or for the
	// quorum the members who took part in the vote.
	Got int `json:"got"`
}

// Met reports whether the count reaches the threshold.
func (c Condition) Met() bool { return c.Got >= c.Required }

// Margin returns Got minus Required: zero when the count is exactly at the
// threshold, negative when it falls short. For a share of the votes cast,
// Required itself depends on the votes cast, so a negative margin is not
// always the number of further votes that would have carried it: 300 for
// and 301 against falls one short of 301, and 301 for against 301 still
// falls short, of 302.
func (c Condition) Margin() int { return c.Got - c.Required }

// String returns the condition in words, such as
// "majority of the votes cast: 306 needed of 611 votes cast, 574 for, margin 268".
func (c Condition) String() string {
	base, got := "votes cast", "for"
	if c.Threshold.ofMembers() {
		base = "Members in office"
	}
	if c.Threshold == OneThirdOfMembers {
		got = "took part in the vote"
	}
	s := fmt.Sprintf("%v: %d needed of %d %s, %d %s, ", c.Threshold, c.Required, c.Base, base, c.Got, got)
	if m := c.Margin(); m < 0 {
		return s + strconv.Itoa(-m) + " short"
	}
	return s + "margin " + strconv.Itoa(c.Margin())
}

// A ParliamentRule is a majority that the Treaties or the Rules of
// Procedure require of the European Parliament for one kind of decision,
// together with the provision that requires it. A ParliamentRule is one or
// two thresholds, every one of which the votes for must meet. The Council's
// rules are of another type, CouncilRule, so that a rule of one institution
// cannot be handed to the other.
//
// ParliamentRule is a small comparable value and can be a map key. The zero
// ParliamentRule is invalid: deciding with it is an error. Its text form,
// which String, ParseParliamentRule, MarshalText and UnmarshalText share,
// is the constant's name in lower case with hyphens between the words, as
// the package documentation's table lists them.
//
// The legal bases were checked against these texts (see also each
// constant): the Treaties in their consolidated version, OJ C 202,
// 7.6.2016; the European Parliament's Rules of
// Procedure, whose rules are cited by title because their numbers change
// from one edition to the next, with the number in the edition where the
// wording was seen.
type ParliamentRule uint8

// The rules of the European Parliament. Each names its legal basis.
const (
	// VotesCast is Parliament's default: a majority of the votes cast.
	// Article 231 TFEU: "Save as otherwise provided in the Treaties, the
	// European Parliament shall act by a majority of the votes cast." The
	// Rules of Procedure, rule "Voting thresholds" (Rule 178(3) in the
	// edition applied in Case C-650/18), take account only of votes for and
	// against; a tie is not a majority.
	VotesCast ParliamentRule = 1 + iota

	// SecondReading rejects, or proposes amendments to, the Council's
	// position at first reading in the ordinary legislative procedure:
	// Article 294(7)(b) and (c) TFEU, "by a majority of its component
	// members".
	SecondReading

	// CommissionPresident elects the President of the Commission: Article
	// 17(7) TEU, "elected by the European Parliament by a majority of its
	// component members"; Rules of Procedure, rule "Election of the
	// President of the Commission" (Rule 128(2), 2024 edition).
	CommissionPresident

	// Accession gives Parliament's consent to an application for membership
	// of the Union: Article 49 TEU, "the consent of the European Parliament,
	// which shall act by a majority of its component members".
	Accession

	// FinancialFramework gives Parliament's consent to the regulation laying
	// down the multiannual financial framework: Article 312(2) TFEU, "the
	// consent of the European Parliament, which shall be given by a majority
	// of its component members".
	FinancialFramework

	// ElectoralProcedure gives Parliament's consent to the provisions for
	// elections by a uniform procedure: Article 223(1) TFEU, second
	// subparagraph, "the consent of the European Parliament, which shall act
	// by a majority of its component Members". (Article 223(2), on the
	// Statute for Members, sets no such majority for Parliament.)
	ElectoralProcedure

	// LegislativeInitiative requests the Commission to submit a proposal:
	// Article 225 TFEU, "acting by a majority of its component Members".
	LegislativeInitiative

	// BudgetAmendment adopts amendments to the Council's position on the
	// draft annual budget: Article 314(4)(c) TFEU, "by a majority of its
	// component members".
	BudgetAmendment

	// BudgetRejection rejects the joint text of the Conciliation Committee on
	// the annual budget: Article 314(7)(b) TFEU, acting by a majority of its
	// component Members. The English wording of Article 314(7) was not seen
	// in a copy reachable when this was written; the Danish text of Article
	// 314 and the same rule in Article III-404 of the Constitutional Treaty
	// were.
	BudgetRejection

	// BudgetConfirmation confirms Parliament's amendments after the Council
	// rejects a joint text that Parliament approved: Article 314(7)(d) TFEU,
	// "acting by a majority of its component members and three-fifths of the
	// votes cast". The same double majority stood in Article 272(9), fifth
	// subparagraph, of the EC Treaty before Lisbon, as the 2006
	// Interinstitutional Agreement on budgetary discipline recalls; the
	// English wording of Article 314(7)(d) itself was not seen in a copy
	// reachable when this was written.
	BudgetConfirmation

	// RulesAmendment amends Parliament's Rules of Procedure: Article 232
	// TFEU, "acting by a majority of its Members"; Rules of Procedure, rule
	// "Amendments to the Rules of Procedure" (Rule 237(2), November 2023
	// edition). The majority applies to the amendments to the text of the
	// Rules; votes on the accompanying decision may follow VotesCast.
	RulesAmendment

	// Censure carries a motion of censure on the Commission: Article 234
	// TFEU, "a two-thirds majority of the votes cast, representing a majority
	// of the component Members of the European Parliament"; Rules of
	// Procedure, rule "Motion of censure on the Commission" (Rule 119(7),
	// 2015 edition; Rule 131(7), 2025 edition).
	Censure

	// Article7 is Parliament's vote under Article 7 TEU (a reasoned proposal
	// under Article 7(1), consent under Article 7(1) and (2)): Article 354
	// TFEU, fourth paragraph, "a two-thirds majority of the votes cast,
	// representing the majority of its component Members". Abstentions are
	// not votes cast here either: Case C-650/18 Hungary v Parliament,
	// judgment of 3 June 2021, ECLI:EU:C:2021:426.
	Article7

	lastParliamentRule = Article7
)

type parliamentRuleInfo struct {
	name       string // the text form
	basis      string
	scope      string
	thresholds [2]Threshold // the second is zero for single-threshold rules
}

var parliamentRules = [...]parliamentRuleInfo{
	VotesCast: {"votes-cast", "Art 231 TFEU",
		"decisions for which the Treaties lay down no other majority",
		[2]Threshold{MajorityOfVotesCast}},
	SecondReading: {"second-reading", "Art 294(7)(b) and (c) TFEU",
		"rejecting or amending the Council's position at second reading",
		[2]Threshold{MajorityOfMembers}},
	CommissionPresident: {"commission-president", "Art 17(7) TEU",
		"electing the President of the Commission",
		[2]Threshold{MajorityOfMembers}},
	Accession: {"accession", "Art 49 TEU",
		"consent to the accession of a state to the Union",
		[2]Threshold{MajorityOfMembers}},
	FinancialFramework: {"financial-framework", "Art 312(2) TFEU",
		"consent to the multiannual financial framework",
		[2]Threshold{MajorityOfMembers}},
	ElectoralProcedure: {"electoral-procedure", "Art 223(1) TFEU",
		"consent to the provisions on elections to Parliament",
		[2]Threshold{MajorityOfMembers}},
	LegislativeInitiative: {"legislative-initiative", "Art 225 TFEU",
		"requesting the Commission to submit a proposal",
		[2]Threshold{MajorityOfMembers}},
	BudgetAmendment: {"budget-amendment", "Art 314(4)(c) TFEU",
		"amending the Council's position on the draft budget",
		[2]Threshold{MajorityOfMembers}},
	BudgetRejection: {"budget-rejection", "Art 314(7)(b) TFEU",
		"rejecting the Conciliation Committee's joint text on the budget",
		[2]Threshold{MajorityOfMembers}},
	BudgetConfirmation: {"budget-confirmation", "Art 314(7)(d) TFEU",
		"confirming Parliament's budget amendments after the Council rejects the joint text",
		[2]Threshold{MajorityOfMembers, ThreeFifthsOfVotesCast}},
	RulesAmendment: {"rules-amendment", "Art 232 TFEU; Rules of Procedure, Amendments to the Rules of Procedure",
		"amending Parliament's Rules of Procedure",
		[2]Threshold{MajorityOfMembers}},
	Censure: {"censure", "Art 234 TFEU",
		"a motion of censure on the Commission",
		[2]Threshold{TwoThirdsOfVotesCast, MajorityOfMembers}},
	Article7: {"article-7", "Art 354 TFEU, fourth paragraph, for Art 7 TEU",
		"a decision under Article 7 TEU",
		[2]Threshold{TwoThirdsOfVotesCast, MajorityOfMembers}},
}

// IsValid reports whether r is one of the rules this package defines.
func (r ParliamentRule) IsValid() bool { return r >= VotesCast && r <= lastParliamentRule }

// String returns the rule's text form, such as "votes-cast" or "censure",
// which ParseParliamentRule reads back. An invalid ParliamentRule prints as
// "%!ParliamentRule(N)".
func (r ParliamentRule) String() string {
	if !r.IsValid() {
		return "%!ParliamentRule(" + strconv.Itoa(int(r)) + ")"
	}
	return parliamentRules[r].name
}

// Basis returns the provision that requires the rule's majority, such as
// "Art 231 TFEU", or "" for an invalid ParliamentRule.
func (r ParliamentRule) Basis() string {
	if !r.IsValid() {
		return ""
	}
	return parliamentRules[r].basis
}

// Scope returns what the rule decides, in words, or "" for an invalid
// ParliamentRule.
func (r ParliamentRule) Scope() string {
	if !r.IsValid() {
		return ""
	}
	return parliamentRules[r].scope
}

// Majority returns the majority the rule requires, in words, such as
// "two-thirds of the votes cast, representing a majority of the component
// Members", or "" for an invalid ParliamentRule.
func (r ParliamentRule) Majority() string {
	if !r.IsValid() {
		return ""
	}
	return majorities[r]
}

// majorityOf returns r's majority in words, for ParliamentRule.Majority.
func majorityOf(r ParliamentRule) string {
	th := parliamentRules[r].thresholds
	switch {
	case th[1] == 0:
		return th[0].String()
	case th[0] == TwoThirdsOfVotesCast:
		return "two-thirds of the votes cast, representing a majority of the component Members"
	default:
		return th[0].String() + " and " + th[1].String()
	}
}

// majorities holds each rule's majority in words, so that Decide, which
// copies it into a Result, allocates nothing.
var majorities = func() (m [lastParliamentRule + 1]string) {
	for r := VotesCast; r <= lastParliamentRule; r++ {
		m[r] = majorityOf(r)
	}
	return m
}()

// Thresholds returns the thresholds of the rule, which the votes for must
// all meet, in the order the provision states them, or nil for an invalid
// ParliamentRule.
func (r ParliamentRule) Thresholds() []Threshold {
	if !r.IsValid() {
		return nil
	}
	th := parliamentRules[r].thresholds
	if th[1] == 0 {
		return th[:1]
	}
	return th[:]
}

// ParseParliamentRule returns the ParliamentRule whose String is s. It
// returns an error wrapping ErrUnknownRule for any other s, saying so when
// s names one of the Council's rules.
func ParseParliamentRule(s string) (ParliamentRule, error) {
	for r := VotesCast; r <= lastParliamentRule; r++ {
		if parliamentRules[r].name == s {
			return r, nil
		}
	}
	for r := QualifiedMajority; r <= lastCouncilRule; r++ {
		if councilRules[r].name == s {
			return 0, fmt.Errorf("vote: %w of the European Parliament %q: %s is a rule of the Council of the EU", ErrUnknownRule, s, s)
		}
	}
	return 0, fmt.Errorf("vote: %w of the European Parliament %q", ErrUnknownRule, s)
}

// MarshalText implements encoding.TextMarshaler, writing the rule's String.
// It returns an error for an invalid ParliamentRule.
func (r ParliamentRule) MarshalText() ([]byte, error) {
	if !r.IsValid() {
		return nil, fmt.Errorf("vote: cannot marshal: %w %d", ErrUnknownRule, uint8(r))
	}
	return []byte(parliamentRules[r].name), nil
}

// UnmarshalText implements encoding.TextUnmarshaler, accepting what
// ParseParliamentRule accepts.
func (r *ParliamentRule) UnmarshalText(text []byte) error {
	v, err := ParseParliamentRule(string(text))
	if err != nil {
		return err
	}
	*r = v
	return nil
}

// usesMembers reports whether any of r's thresholds counts Members in
// office.
func (r ParliamentRule) usesMembers() bool {
	for _, th := range parliamentRules[r].thresholds {
		if th.ofMembers() {
			return true
		}
	}
	return false
}

// conditions applies r's thresholds to t with members in office. It returns
// the conditions in a fixed array, so that deciding allocates nothing, and
// how many of them there are.
func (r ParliamentRule) conditions(t Tally, members int) (cs [2]Condition, n int) {
	for _, th := range parliamentRules[r].thresholds {
		if th == 0 {
			break
		}
		base := t.Cast()
		if th.ofMembers() {
			base = members
		}
		cs[n] = Condition{Threshold: th, Base: base, Required: th.Required(base), Got: t.For}
		n++
	}
	return cs, n
}
