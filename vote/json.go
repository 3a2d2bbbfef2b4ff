package vote

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"

	"github.com/acquis-eu/acquis"
)

// The JSON forms of the package's values. Each reads back what it writes,
// as it was written: a Result or a Parliament keeps the composition it
// states, whatever this package holds for its day (Result.Recheck compares
// the two), and a Table keeps its figures, grades and bounds. Reading
// refuses keys it does not know, keys it needs that are missing, and
// figures that disagree with each other, rather than guess.

// decodeStrict decodes the JSON object data into v, refusing unknown keys,
// and then checks that it has each of the keys named: a missing one is an
// error wrapping ErrInconsistent.
func decodeStrict(data []byte, v any, what string, required ...string) error {
	d := json.NewDecoder(bytes.NewReader(data))
	d.DisallowUnknownFields()
	if err := d.Decode(v); err != nil {
		return fmt.Errorf("vote: reading %s: %w", what, err)
	}
	if k := missingKey(data, required...); k != "" {
		return fmt.Errorf("vote: %w: %s has no %s", ErrInconsistent, what, k)
	}
	return nil
}

// missingKey returns the first of keys that the JSON object data lacks, or
// "".
func missingKey(data []byte, keys ...string) string {
	var present map[string]json.RawMessage
	if len(keys) == 0 || json.Unmarshal(data, &present) != nil {
		return ""
	}
	for _, k := range keys {
		if _, ok := present[k]; !ok {
			return k
		}
	}
	return ""
}

// conditionJSON is the JSON form of a Condition.
type conditionJSON struct {
	Threshold Threshold `json:"threshold"`
	Base      int       `json:"base"`
	Required  int       `json:"required"`
	Got       int       `json:"got"`
	Met       bool      `json:"met"`
	Margin    int       `json:"margin"`
}

// MarshalJSON implements json.Marshaler. Besides the fields it writes met
// and margin, which UnmarshalJSON checks.
func (c Condition) MarshalJSON() ([]byte, error) {
	return json.Marshal(conditionJSON{c.Threshold, c.Base, c.Required, c.Got, c.Met(), c.Margin()})
}

// UnmarshalJSON implements json.Unmarshaler, reading what MarshalJSON
// writes. It returns an error wrapping ErrInconsistent if met or margin
// disagree with the counts.
func (c *Condition) UnmarshalJSON(data []byte) error {
	var j conditionJSON
	if err := decodeStrict(data, &j, "condition", "threshold", "base", "required", "got", "met", "margin"); err != nil {
		return err
	}
	v := Condition{j.Threshold, j.Base, j.Required, j.Got}
	if v.Met() != j.Met || v.Margin() != j.Margin {
		return fmt.Errorf("vote: %w: condition %v states met %v and margin %d", ErrInconsistent, v, j.Met, j.Margin)
	}
	*c = v
	return nil
}

// parliamentJSON is the JSON form of a Parliament, and the composition in
// that of a Result.
type parliamentJSON struct {
	Date            acquis.Date   `json:"date"`
	Term            int           `json:"term"`
	Seats           int           `json:"seats"`
	SeatsBasis      string        `json:"seatsBasis"`
	InOffice        int           `json:"inOffice"`
	MembersSource   MembersSource `json:"membersSource"`
	MembersCitation string        `json:"membersCitation,omitempty"`
}

var parliamentKeys = []string{"date", "term", "seats", "seatsBasis", "inOffice", "membersSource"}

func (p Parliament) json() parliamentJSON {
	return parliamentJSON{p.date, p.term, p.seats, p.basis, p.inOffice, p.source, p.citation}
}

// parliament returns the Parliament j states, if it can be one.
func (j parliamentJSON) parliament() (Parliament, error) {
	switch {
	case !j.Date.IsValid():
		return Parliament{}, fmt.Errorf("vote: %w: a composition with no date", ErrInconsistent)
	case j.Term < 1:
		return Parliament{}, fmt.Errorf("vote: %w: the term %d", ErrInconsistent, j.Term)
	case j.InOffice < 1 || j.InOffice > j.Seats:
		return Parliament{}, fmt.Errorf("vote: %w: %d Members in office on %v, want 1 to the %d seats", ErrInvalidCount, j.InOffice, j.Date, j.Seats)
	case (j.MembersSource == MembersRecorded || j.MembersSource == MembersDerived) && j.MembersCitation == "",
		j.MembersSource == MembersGiven && j.MembersCitation != "":
		return Parliament{}, fmt.Errorf("vote: %w: a count of Members %v with the citation %q; a recorded or derived count cites its source, a given count none",
			ErrInconsistent, j.MembersSource, j.MembersCitation)
	}
	return Parliament{date: j.Date, term: j.Term, seats: j.Seats, basis: j.SeatsBasis, inOffice: j.InOffice, source: j.MembersSource, citation: j.MembersCitation}, nil
}

// MarshalJSON implements json.Marshaler. The object has the fields date,
// term, seats, seatsBasis, inOffice, membersSource and membersCitation
// (for a count recorded, derived or assumed).
func (p Parliament) MarshalJSON() ([]byte, error) {
	if !p.date.IsValid() {
		return nil, fmt.Errorf("vote: cannot marshal: %w", errZeroParliament)
	}
	return json.Marshal(p.json())
}

// UnmarshalJSON implements json.Unmarshaler. It reads the composition as
// stated, whatever this package holds for its day, and returns an error if
// the Members in office are not 1 to the seats (ErrInvalidCount), a key is
// missing, or a citation is missing for a count recorded or derived, or
// given for a count the caller gave (ErrInconsistent). An assumed count may
// cite why it is assumed or not.
func (p *Parliament) UnmarshalJSON(data []byte) error {
	var j parliamentJSON
	if err := decodeStrict(data, &j, "composition", parliamentKeys...); err != nil {
		return err
	}
	v, err := j.parliament()
	if err != nil {
		return err
	}
	*p = v
	return nil
}

// resultJSON is the JSON form of a Result.
type resultJSON struct {
	Rule     ParliamentRule `json:"rule"`
	Majority string         `json:"majority"`
	Basis    string         `json:"basis"`
	Adopted  bool           `json:"adopted"`
	Tally                   // for, against, abstain, didNotVote
	parliamentJSON
	Conditions []Condition `json:"conditions"`
	Margin     int         `json:"margin"`
}

// MarshalJSON implements json.Marshaler. The object has the fields rule,
// majority, basis, adopted, for, against, abstain, didNotVote, date, term,
// seats, seatsBasis, inOffice, membersSource, membersCitation (unless the
// count was given), conditions (each with threshold, base, required, got, met and
// margin) and margin.
func (r Result) MarshalJSON() ([]byte, error) {
	if !r.rule.IsValid() {
		return nil, fmt.Errorf("vote: cannot marshal the zero Result: %w", ErrInconsistent)
	}
	return json.Marshal(resultJSON{
		Rule: r.rule, Majority: r.majority, Basis: r.basis, Adopted: r.adopted, Tally: r.tally,
		parliamentJSON: r.parliament.json(), Conditions: r.Conditions(), Margin: r.Margin(),
	})
}

// UnmarshalJSON implements json.Unmarshaler. It reads a Result as it was
// stored: in the composition it states, with the majority and the basis it
// cites, whatever this package holds for its day; Recheck decides it again
// on this package's data. It returns an error if a key is missing or
// unknown, the rule is not one of Parliament's (ErrUnknownRule), a count
// cannot be (ErrInvalidCount), or the
// outcome, the conditions or the margin stated are not those that the rule
// gives for the counts and the composition stated (ErrInconsistent).
func (r *Result) UnmarshalJSON(data []byte) error {
	var j resultJSON
	if err := decodeStrict(data, &j, "result", append([]string{"rule", "majority", "basis", "adopted", "for", "against", "abstain", "didNotVote",
		"conditions", "margin"}, parliamentKeys...)...); err != nil {
		return err
	}
	p, err := j.parliament()
	if err != nil {
		return err
	}
	if err := j.Tally.check(p); err != nil {
		return err
	}
	res := Result{rule: j.Rule, basis: j.Basis, majority: j.Majority, tally: j.Tally, parliament: p, adopted: j.Adopted}
	cs := res.Conditions()
	if !slices.Equal(cs, j.Conditions) {
		return fmt.Errorf("vote: %w: the result states the conditions %v, but %v gives %v for %v with %d Members in office",
			ErrInconsistent, j.Conditions, j.Rule, cs, j.Tally, p.inOffice)
	}
	met := true
	for _, c := range cs {
		met = met && c.Met()
	}
	if met != j.Adopted || res.Margin() != j.Margin {
		return fmt.Errorf("vote: %w: the result states adopted %v with margin %d, but its conditions give adopted %v with margin %d",
			ErrInconsistent, j.Adopted, j.Margin, met, res.Margin())
	}
	*r = res
	return nil
}

// figureJSON is a Figure in the JSON form of a Table.
type figureJSON struct {
	Member acquis.Member `json:"member"`
	Figure
}

// tableJSON is the JSON form of a Table.
type tableJSON struct {
	Source    string       `json:"source"`
	Note      string       `json:"note,omitempty"`
	From      acquis.Date  `json:"from,omitzero"`
	Until     acquis.Date  `json:"until,omitzero"`
	Figures   []figureJSON `json:"figures"`
	TotalLow  int64        `json:"totalLow"`
	TotalHigh int64        `json:"totalHigh"`
}

// MarshalJSON implements json.Marshaler. The object has the fields source,
// note (when there is one), from and until (for an embedded table), figures
// (each with member, population, low, high and grade, in protocol order),
// totalLow and totalHigh.
func (t Table) MarshalJSON() ([]byte, error) { return json.Marshal(t.json()) }

// UnmarshalJSON implements json.Unmarshaler, reading what MarshalJSON
// writes. A table with no figures, a figure with no member, a member named
// twice, a figure without a grade or outside its bounds, an exact figure
// with bounds, a total outside the figures' bounds, or a period that ends
// before it begins is a *TableError matching ErrInconsistent (a figure
// with no member matches ErrUnknownMember, one with no grade
// ErrUnknownGrade); an unknown member code matches ErrUnknownMember.
// ReadTables reads a file of such tables, saying where an error is.
func (t *Table) UnmarshalJSON(data []byte) error {
	var j tableJSON
	if err := decodeStrict(data, &j, "table"); err != nil {
		return err
	}
	if k := missingKey(data, "source", "figures", "totalLow", "totalHigh"); k != "" {
		return &TableError{Source: j.Source, Msg: "no " + k, Err: ErrInconsistent}
	}
	v, p := j.table()
	if p != nil {
		return &TableError{Source: j.Source, Msg: p.msg, Err: p.sentinel}
	}
	*t = v
	return nil
}

// IsValid reports whether g is one of Given, Official, Derived and
// Approximate.
func (g Grade) IsValid() bool { return g >= Given && g <= Approximate }

// ballotJSON is the JSON form of a Ballot.
type ballotJSON struct {
	Choices         map[acquis.Member]Choice `json:"choices"`
	PopulationCheck bool                     `json:"populationCheck,omitempty"`
}

// MarshalJSON implements json.Marshaler. The object has the fields
// choices, from each member's code to its choice, and populationCheck when
// the 62% check is requested.
func (b Ballot) MarshalJSON() ([]byte, error) {
	j := ballotJSON{Choices: map[acquis.Member]Choice{}, PopulationCheck: b.populationTest}
	for m := range acquis.AllMembers() {
		if b.choice[m] != 0 {
			j.Choices[m] = b.choice[m]
		}
	}
	return json.Marshal(j)
}

// UnmarshalJSON implements json.Unmarshaler, reading what MarshalJSON
// writes. An unknown member code is an error wrapping ErrUnknownMember, an
// unknown choice one wrapping ErrUnknownChoice.
func (b *Ballot) UnmarshalJSON(data []byte) error {
	var j ballotJSON
	if err := decodeStrict(data, &j, "ballot", "choices"); err != nil {
		return err
	}
	v := Ballot{populationTest: j.PopulationCheck}
	for m, c := range j.Choices {
		v.choice[m] = c
	}
	*b = v
	return nil
}

// councilJSON is the JSON form of a Council.
type councilJSON struct {
	Date    acquis.Date     `json:"date"`
	Members []acquis.Member `json:"members"`
	Table   *Table          `json:"table,omitempty"`
}

// MarshalJSON implements json.Marshaler. The object has the fields date,
// members (their codes, in protocol order) and table (when c has one).
func (c Council) MarshalJSON() ([]byte, error) {
	if !c.date.IsValid() {
		return nil, fmt.Errorf("vote: cannot marshal: %w", errZeroCouncil)
	}
	return json.Marshal(councilJSON{Date: c.date, Members: slices.Collect(c.set.all()), Table: c.table})
}

// UnmarshalJSON implements json.Unmarshaler. It reads the Council as
// stated, whatever this package holds for its day: a table must give a
// figure for each of its members and for no other (a *TableError, as
// WithTable returns), a member may be named once (ErrInconsistent), and a
// code must be a member's (ErrUnknownMember).
func (c *Council) UnmarshalJSON(data []byte) error {
	var j councilJSON
	if err := decodeStrict(data, &j, "Council", "date", "members"); err != nil {
		return err
	}
	if !j.Date.IsValid() {
		return fmt.Errorf("vote: %w: a Council with no date", ErrInconsistent)
	}
	v := Council{date: j.Date}
	for _, m := range j.Members {
		if v.set.has(m) {
			return fmt.Errorf("vote: %w: %v is named twice among the members of the Council on %v", ErrInconsistent, m, j.Date)
		}
		v.set |= 1 << m
	}
	if len(j.Members) == 0 {
		return fmt.Errorf("vote: %w: a Council of no members on %v", ErrInconsistent, j.Date)
	}
	if j.Table != nil {
		var err error
		if v, err = v.WithTable(*j.Table); err != nil {
			return err
		}
		// An embedded table is shared, so that a Council read back is the
		// Council written (==).
		ts, _ := embedded()
		for _, e := range ts {
			if *e == *j.Table {
				v.table = e
			}
		}
	}
	*c = v
	return nil
}
