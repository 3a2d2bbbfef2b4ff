package vote

import (
	"fmt"
	"strconv"
)

// A Threshold is one kind of majority: a share of some base (the votes cast,
// or the component Members of Parliament) that a count must reach.
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

// A Condition is one threshold applied to one vote: what was required and
// what was counted.
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

// A Rule is a majority that the Treaties or the Rules of Procedure require
// of the European Parliament for one kind of decision, together with the
// provision that requires it. A Rule is one or two thresholds, every one of
// which the votes for must meet.
//
// Rule is a small comparable value and can be a map key. The zero Rule is
// invalid: deciding with it is an error.
//
// The legal bases were checked against these texts (see also each
// constant): the Treaties in their consolidated version, OJ C 202,
// 7.6.2016; the European Parliament's Rules of
// Procedure, whose rules are cited by title because their numbers change
// from one edition to the next, with the number in the edition where the
// wording was seen.
type Rule uint8

// The rules of the European Parliament, then of the Council. Each names its
// legal basis.
const (
	// VotesCast is Parliament's default: a majority of the votes cast.
	// Article 231 TFEU: "Save as otherwise provided in the Treaties, the
	// European Parliament shall act by a majority of the votes cast." The
	// Rules of Procedure, rule "Voting thresholds" (Rule 178(3) in the
	// edition applied in Case C-650/18), take account only of votes for and
	// against; a tie is not a majority.
	VotesCast Rule = 1 + iota

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

	// QualifiedMajority is the Council's qualified majority: Article 16(4)
	// TEU, "at least 55 % of the members of the Council, comprising at least
	// fifteen of them and representing Member States comprising at least
	// 65 % of the population of the Union. A blocking minority must include
	// at least four Council members, failing which the qualified majority
	// shall be deemed attained"; in force from 1 November 2014. When not all
	// members take part, Article 238(3)(a) TFEU applies instead: 55% of the
	// participating members representing 65% of their population, and a
	// blocking minority of "at least the minimum number of Council members
	// representing more than 35 % of the population of the participating
	// Member States, plus one member".
	QualifiedMajority

	// ReinforcedQualifiedMajority is the qualified majority when the Council
	// does not act on a proposal of the Commission or of the High
	// Representative: Article 238(2) TFEU, "at least 72 % of the members of
	// the Council, representing Member States comprising at least 65 % of
	// the population of the Union", with no four-member clause; Article
	// 238(3)(b) TFEU when not all members take part. In force from 1
	// November 2014.
	ReinforcedQualifiedMajority

	// CouncilMajority is the Council's simple majority: Article 238(1) TFEU,
	// "a majority of its component members". When members do not take part
	// under the Treaties, this package counts the participating members.
	CouncilMajority

	// Unanimity: no participating member votes against. Article 238(4) TFEU:
	// "Abstentions by Members present in person or represented shall not
	// prevent the adoption by the Council of acts which require unanimity";
	// under Article 330 TFEU only the participating members' votes count.
	// This package also requires at least one vote for.
	Unanimity

	// Article7Determination is the Council's determination under Article
	// 7(1) TEU that there is a clear risk of a serious breach of the Union's
	// values: "a majority of four fifths of its members". Under Article 354
	// TFEU, first paragraph, the member concerned "shall not take part in the
	// vote" and is not counted: four fifths of the other members, 21 of 26
	// in a Union of 27. The ballot names the member concerned as
	// NotParticipating.
	Article7Determination

	// NiceWeights is the qualified majority of weighted votes that applied
	// until 31 October 2014, and that any member could ask for until 31
	// March 2017: Article 3(3) and (2) of Protocol No 36 on transitional
	// provisions. On a proposal of the Commission: 260 of the 352 votes of
	// 28 members, cast by a majority of the members (232 of 321 with 25
	// members, 255 of 345 with 27); on request of a member, the qualified
	// majority must also represent at least 62% of the Union's population.
	NiceWeights

	// NiceWeightsReinforced is NiceWeights when the Council does not act on a
	// proposal of the Commission: the votes must be cast by at least two
	// thirds of the members (Protocol No 36, Article 3(3)).
	NiceWeightsReinforced

	lastRule = NiceWeightsReinforced
)

type ruleInfo struct {
	name       string // the text form, for MarshalText and ParseRule
	basis      string
	scope      string
	thresholds [2]Threshold // Parliament's; the second is zero for single-threshold rules
	council    string       // for the Council's rules, the majority in words
}

var rules = [...]ruleInfo{
	VotesCast: {"votes-cast", "Art 231 TFEU",
		"decisions for which the Treaties lay down no other majority",
		[2]Threshold{MajorityOfVotesCast}, ""},
	SecondReading: {"second-reading", "Art 294(7)(b) and (c) TFEU",
		"rejecting or amending the Council's position at second reading",
		[2]Threshold{MajorityOfMembers}, ""},
	CommissionPresident: {"commission-president", "Art 17(7) TEU",
		"electing the President of the Commission",
		[2]Threshold{MajorityOfMembers}, ""},
	Accession: {"accession", "Art 49 TEU",
		"consent to the accession of a state to the Union",
		[2]Threshold{MajorityOfMembers}, ""},
	FinancialFramework: {"financial-framework", "Art 312(2) TFEU",
		"consent to the multiannual financial framework",
		[2]Threshold{MajorityOfMembers}, ""},
	ElectoralProcedure: {"electoral-procedure", "Art 223(1) TFEU",
		"consent to the provisions on elections to Parliament",
		[2]Threshold{MajorityOfMembers}, ""},
	LegislativeInitiative: {"legislative-initiative", "Art 225 TFEU",
		"requesting the Commission to submit a proposal",
		[2]Threshold{MajorityOfMembers}, ""},
	BudgetAmendment: {"budget-amendment", "Art 314(4)(c) TFEU",
		"amending the Council's position on the draft budget",
		[2]Threshold{MajorityOfMembers}, ""},
	BudgetRejection: {"budget-rejection", "Art 314(7)(b) TFEU",
		"rejecting the Conciliation Committee's joint text on the budget",
		[2]Threshold{MajorityOfMembers}, ""},
	BudgetConfirmation: {"budget-confirmation", "Art 314(7)(d) TFEU",
		"confirming Parliament's budget amendments after the Council rejects the joint text",
		[2]Threshold{MajorityOfMembers, ThreeFifthsOfVotesCast}, ""},
	RulesAmendment: {"rules-amendment", "Art 232 TFEU; Rules of Procedure, Amendments to the Rules of Procedure",
		"amending Parliament's Rules of Procedure",
		[2]Threshold{MajorityOfMembers}, ""},
	Censure: {"censure", "Art 234 TFEU",
		"a motion of censure on the Commission",
		[2]Threshold{TwoThirdsOfVotesCast, MajorityOfMembers}, ""},
	Article7: {"article-7", "Art 354 TFEU, fourth paragraph, for Art 7 TEU",
		"a decision under Article 7 TEU",
		[2]Threshold{TwoThirdsOfVotesCast, MajorityOfMembers}, ""},
	QualifiedMajority: {"qmv", "Art 16(4) TEU",
		"the Council's default for acts on a proposal of the Commission or the High Representative",
		[2]Threshold{}, "55% of the members, at least 15, representing 65% of the population; a blocking minority needs at least four members"},
	ReinforcedQualifiedMajority: {"reinforced", "Art 238(2) TFEU",
		"Council acts not on a proposal of the Commission or the High Representative",
		[2]Threshold{}, "72% of the members representing 65% of the population"},
	CouncilMajority: {"simple", "Art 238(1) TFEU",
		"Council decisions by simple majority, such as procedural ones",
		[2]Threshold{}, "a majority of the component members"},
	Unanimity: {"unanimity", "Art 238(4) TFEU",
		"Council acts that require unanimity",
		[2]Threshold{}, "no member against; abstentions do not prevent adoption"},
	Article7Determination: {"art7", "Art 7(1) TEU; Art 354 TFEU, first paragraph",
		"determining a clear risk of a serious breach of the Union's values by a member",
		[2]Threshold{}, "four fifths of the members, the member concerned not counted"},
	NiceWeights: {"nice", "Art 3(3) of Protocol No 36 on transitional provisions",
		"qualified majority on a proposal of the Commission, until 31 October 2014 (on request until 31 March 2017)",
		[2]Threshold{}, "260 of 352 weighted votes cast by a majority of the members; 62% of the population on request"},
	NiceWeightsReinforced: {"nice-reinforced", "Art 3(3) of Protocol No 36 on transitional provisions",
		"qualified majority not on a proposal of the Commission, until 31 October 2014 (on request until 31 March 2017)",
		[2]Threshold{}, "260 of 352 weighted votes cast by two thirds of the members; 62% of the population on request"},
}

// IsValid reports whether r is one of the rules this package defines.
func (r Rule) IsValid() bool { return r >= VotesCast && r <= lastRule }

// String returns the rule's short name, such as "votes-cast" or "censure",
// which ParseRule reads back. An invalid Rule prints as "%!Rule(N)".
func (r Rule) String() string {
	if !r.IsValid() {
		return "%!Rule(" + strconv.Itoa(int(r)) + ")"
	}
	return rules[r].name
}

// Basis returns the provision that requires the rule's majority, such as
// "Art 231 TFEU", or "" for an invalid Rule.
func (r Rule) Basis() string {
	if !r.IsValid() {
		return ""
	}
	return rules[r].basis
}

// Scope returns what the rule decides, in words, or "" for an invalid Rule.
func (r Rule) Scope() string {
	if !r.IsValid() {
		return ""
	}
	return rules[r].scope
}

// Majority returns the majority the rule requires, in words, such as
// "two-thirds of the votes cast, representing a majority of the component
// Members", or "" for an invalid Rule.
func (r Rule) Majority() string {
	if !r.IsValid() {
		return ""
	}
	return majorities[r]
}

// majorityOf returns r's majority in words, for Rule.Majority.
func majorityOf(r Rule) string {
	if rules[r].council != "" {
		return rules[r].council
	}
	th := rules[r].thresholds
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
var majorities = func() (m [lastRule + 1]string) {
	for r := VotesCast; r <= lastRule; r++ {
		m[r] = majorityOf(r)
	}
	return m
}()

// Council reports whether r is one of the Council's rules, decided with
// Council.Decide, rather than one of the European Parliament's.
func (r Rule) Council() bool { return r.IsValid() && rules[r].council != "" }

// Thresholds returns the thresholds of one of Parliament's rules, which the
// votes for must all meet, in the order the provision states them. It
// returns nil for the Council's rules and for an invalid Rule.
func (r Rule) Thresholds() []Threshold {
	if !r.IsValid() || r.Council() {
		return nil
	}
	th := rules[r].thresholds
	if th[1] == 0 {
		return th[:1]
	}
	return th[:]
}

// ParseRule returns the Rule whose String is s. It returns an error
// wrapping ErrUnknownRule for any other s.
func ParseRule(s string) (Rule, error) {
	for r := VotesCast; r <= lastRule; r++ {
		if rules[r].name == s {
			return r, nil
		}
	}
	return 0, fmt.Errorf("vote: %w %q", ErrUnknownRule, s)
}

// MarshalText implements encoding.TextMarshaler, writing the rule's String.
// It returns an error for an invalid Rule.
func (r Rule) MarshalText() ([]byte, error) {
	if !r.IsValid() {
		return nil, fmt.Errorf("vote: cannot marshal: %w %d", ErrUnknownRule, uint8(r))
	}
	return []byte(rules[r].name), nil
}

// UnmarshalText implements encoding.TextUnmarshaler, accepting what
// ParseRule accepts.
func (r *Rule) UnmarshalText(text []byte) error {
	v, err := ParseRule(string(text))
	if err != nil {
		return err
	}
	*r = v
	return nil
}

// usesMembers reports whether any of r's thresholds counts Members in
// office.
func (r Rule) usesMembers() bool {
	for _, th := range rules[r].thresholds {
		if th.ofMembers() {
			return true
		}
	}
	return false
}

// conditions applies r's thresholds to t with members in office. It returns
// the conditions in a fixed array, so that deciding allocates nothing, and
// how many of them there are.
func (r Rule) conditions(t Tally, members int) (cs [2]Condition, n int) {
	for _, th := range rules[r].thresholds {
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
