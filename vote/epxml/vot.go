package epxml

import (
	"encoding/xml"
	"fmt"
	"io"
	"iter"
	"slices"
	"strconv"

	"github.com/acquis-eu/acquis/vote"
)

// Results is a results-of-votes list of one sitting (the VOT document,
// PV-{term}-{date}-VOT_{lang}.xml): each agenda item put to the vote, and
// for each of its votings the official result and the counts announced.
//
// Its root is file, which holds a glossary and a sitting, which holds votes,
// one vote element for each agenda item ([Item]), which holds votings, one
// voting element for each vote taken ([Result]).
type Results struct {
	Language string `json:"language,omitempty"` // file@language, such as "EN"
	Date     string `json:"date,omitempty"`     // file@date as written, such as "2024-01-15+01:00"
	Version  string `json:"version,omitempty"`  // file@version
	Attr     Attrs  `json:"attr,omitempty"`     // other attributes of file, in input order

	Glossary []GlossaryItem `json:"glossary,omitempty"` // glossary/glossaryItem

	SittingDate string `json:"sittingDate,omitempty"` // sitting@date as written
	LastUpdate  string `json:"lastUpdate,omitempty"`  // sitting@lastUpdate, such as "2024-01-15T19:51:05.274+01:00"
	SittingAttr Attrs  `json:"sittingAttr,omitempty"` // other attributes of sitting

	Items []Item `json:"items,omitempty"` // votes/vote, in order
}

// All returns each voting of rs with its agenda item, in document order.
func (rs *Results) All() iter.Seq2[*Item, *Result] {
	return func(yield func(*Item, *Result) bool) {
		for i := range rs.Items {
			it := &rs.Items[i]
			for j := range it.Votings {
				if !yield(it, &it.Votings[j]) {
					return
				}
			}
		}
	}
}

// Result returns the voting whose ID (votingId) is id, or nil if there is
// none. If there are several, Result returns the first.
func (rs *Results) Result(id string) *Result {
	for _, r := range rs.All() {
		if r.ID == id {
			return r
		}
	}
	return nil
}

// A GlossaryItem is an entry of the glossary of a results list: a code the
// list uses and what it means, such as code "refused" with value
// "rejected", or "VOTE_AN" with "roll-call vote".
type GlossaryItem struct {
	Code     string `json:"code,omitempty"`     // code
	Language string `json:"language,omitempty"` // language
	Value    string `json:"value,omitempty"`    // value
	Attr     Attrs  `json:"attr,omitempty"`     // other attributes
	Other    []Node `json:"other,omitempty"`    // other child elements, and a value that is not text only
}

// An Item is one agenda item of a results list (a vote element): a text or
// a request put to the vote, with the votings on it.
type Item struct {
	ListIndex     string   `json:"listIndex,omitempty"`     // listIndex, the item's rank in the list: "0", "1", ...
	DlvID         string   `json:"dlvId,omitempty"`         // dlvId, the item as RollCallVote.Result@DlvId names it
	Type          string   `json:"type,omitempty"`          // type, such as "EUGI" or "ACTES"
	Title         string   `json:"title,omitempty"`         // title
	Label         string   `json:"label,omitempty"`         // label
	DocumentTitle string   `json:"documentTitle,omitempty"` // documentTitle; empty when the list writes xsi:nil="true"
	Votings       []Result `json:"votings,omitempty"`       // votings/voting, in order
	Attr          Attrs    `json:"attr,omitempty"`          // other attributes
	// Other keeps the other child elements whole, in order: remarks,
	// documents, any element of votings other than voting, and a title,
	// label or documentTitle that is not text only or comes twice.
	Other []Node `json:"other,omitempty"`
}

// A Result is one voting of a results list (a voting element): the vote
// taken, its official result and, for a vote by roll call or electronic
// vote, the counts.
//
// Take the outcome from Outcome, not from the counts: the list records the
// result announced in plenary.
type Result struct {
	ID        string  `json:"id,omitempty"`        // votingId: the roll call's Identifier in the roll-call list
	Outcome   Outcome `json:"outcome,omitzero"`    // result; zero if the voting gives none
	Method    string  `json:"method,omitempty"`    // resultType, such as "ROLL_CALL", "RAISE_HAND" or "ELECTRONICAL"
	Type      string  `json:"type,omitempty"`      // type, such as "AMENDMENT"
	ListIndex string  `json:"listIndex,omitempty"` // listIndex
	EugiID    string  `json:"eugiId,omitempty"`    // eugiId, such as "Metsola Roberta"
	Timestamp string  `json:"timestamp,omitempty"` // voteTimestamp as written, such as "2024-01-15T17:40:33.000+01:00"

	// Counted reports whether the voting gives counts. The list gives
	// numberFavor, numberAgainst, numberAbstention and votersCount
	// together or not at all; a vote by show of hands has none.
	Counted bool       `json:"counted"`
	Stated  vote.Tally `json:"stated"` // numberFavor, numberAgainst, numberAbstention
	Voters  int        `json:"voters"` // votersCount: the Members who voted, abstentions included

	Title              string `json:"title,omitempty"`              // title
	Label              string `json:"label,omitempty"`              // label
	LabelStatus        string `json:"labelStatus,omitempty"`        // label@status, such as "rcv"
	AmendmentSubject   string `json:"amendmentSubject,omitempty"`   // amendmentSubject
	AmendmentNumber    string `json:"amendmentNumber,omitempty"`    // amendmentNumber
	AmendmentAuthor    string `json:"amendmentAuthor,omitempty"`    // amendmentAuthor, such as "PPE, Verts/ALE"
	RCV                string `json:"rcv,omitempty"`                // rcv/value, such as "RCV"
	RCVType            string `json:"rcvType,omitempty"`            // rcv@type
	Observations       string `json:"observations,omitempty"`       // observations, such as "322, 11, 7"
	ObservationsStatus string `json:"observationsStatus,omitempty"` // observations@status, such as "verbatim"

	Attr  Attrs  `json:"attr,omitempty"`  // other attributes, in input order
	Other []Node `json:"other,omitempty"` // other child elements, and any of the above that is not text only or comes twice
}

// An Outcome is the result of a voting as a results list records it.
//
// The zero Outcome means that the voting gives no result; it is not valid
// and prints as "%!Outcome(0)".
type Outcome uint8

// The outcomes of a voting.
const (
	Adopted   Outcome = 1 + iota // ADOPTED
	Rejected                     // REJECTED
	Lapsed                       // LAPSED ("fallen" in the list's glossary)
	Withdrawn                    // WITHDRAWN
)

var outcomeNames = [...]string{
	Adopted:   "ADOPTED",
	Rejected:  "REJECTED",
	Lapsed:    "LAPSED",
	Withdrawn: "WITHDRAWN",
}

// IsValid reports whether o is Adopted, Rejected, Lapsed or Withdrawn.
func (o Outcome) IsValid() bool { return o >= Adopted && o <= Withdrawn }

// String returns the outcome as the list writes it: "ADOPTED", "REJECTED",
// "LAPSED" or "WITHDRAWN". An invalid Outcome prints as "%!Outcome(N)".
func (o Outcome) String() string {
	if o.IsValid() {
		return outcomeNames[o]
	}
	return "%!Outcome(" + strconv.Itoa(int(o)) + ")"
}

// MarshalText implements encoding.TextMarshaler. It returns an error for an
// invalid Outcome.
func (o Outcome) MarshalText() ([]byte, error) {
	if !o.IsValid() {
		return nil, fmt.Errorf("epxml: cannot marshal: %w: outcome %d", ErrValue, uint8(o))
	}
	return []byte(outcomeNames[o]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler, accepting what String
// returns for a valid Outcome. Other text is an error wrapping ErrValue.
func (o *Outcome) UnmarshalText(text []byte) error {
	v, ok := parseOutcome(string(text))
	if !ok {
		return fmt.Errorf("epxml: %w: unknown outcome %s (want ADOPTED, REJECTED, LAPSED or WITHDRAWN)", ErrValue, quote(string(text)))
	}
	*o = v
	return nil
}

func parseOutcome(s string) (Outcome, bool) {
	for v := Adopted; v <= Withdrawn; v++ {
		if outcomeNames[v] == s {
			return v, true
		}
	}
	return 0, false
}

// ReadResults reads a results list from r: at most MaxDocument bytes, and
// at most MaxItems glossary items, agenda items, votings and kept elements
// in all. Errors are of type *ParseError.
//
// The outline of the document (file, glossary, sitting, votes, vote,
// votings, voting) is strict: an unknown element there is an error. Inside
// a glossary item, an agenda item and a voting, what the reader does not
// know is kept in Other and Attr.
func ReadResults(r io.Reader) (*Results, error) {
	var p parser
	p.init(r, MaxDocument)
	rs := &Results{}
	if err := readResults(&p, rs); err != nil {
		return nil, err
	}
	return rs, nil
}

func readResults(p *parser, rs *Results) error {
	var root xml.StartElement
	for {
		tok, err := p.token()
		if err == io.EOF {
			return p.errorf("file", ErrMissing, "no root element")
		}
		if err != nil {
			return err
		}
		if t, ok := tok.(xml.StartElement); ok {
			root = t
			break
		}
		if t, ok := tok.(xml.CharData); ok && !isSpace(t) {
			return p.errorf("", ErrText, "text %s before the root element", quote(string(t)))
		}
	}
	if !is(root, "file") {
		return p.errorf(attrName(root.Name), ErrElement, "root element is not file")
	}
	var err error
	if rs.Attr, err = p.attrs(root, rs.Attr, &rs.Language, "language", &rs.Date, "date", &rs.Version, "version"); err != nil {
		return err
	}
	for {
		c, ok, err := p.child("file")
		if err != nil {
			return err
		}
		if !ok {
			break
		}
		switch {
		case is(c, "glossary"):
			err = readGlossary(p, rs, c)
		case is(c, "sitting"):
			err = readSitting(p, rs, c)
		default:
			err = p.unknownElement(c, "file")
		}
		if err != nil {
			return err
		}
	}
	return p.readEnd()
}

// attrs reads the attributes of t that have no namespace into the strings
// that pairs of (*string, name) name, and appends the others to rest. A
// repeated known attribute is an error.
func (p *parser) attrs(t xml.StartElement, rest []xml.Attr, pairs ...any) ([]xml.Attr, error) {
	var seen uint32
	for _, a := range t.Attr {
		i := -1
		if a.Name.Space == "" {
			for j := 1; j < len(pairs); j += 2 {
				if pairs[j].(string) == a.Name.Local {
					i = j
					break
				}
			}
		}
		if i < 0 {
			rest = append(rest, a)
			continue
		}
		if seen&(1<<i) != 0 {
			return rest, p.repeatedAttr(t, a.Name.Local)
		}
		seen |= 1 << i
		*pairs[i-1].(*string) = a.Value
	}
	return rest, nil
}

func readGlossary(p *parser, rs *Results, t xml.StartElement) error {
	if err := p.noAttr(t); err != nil {
		return err
	}
	for {
		c, ok, err := p.child("glossary")
		if err != nil {
			return err
		}
		if !ok {
			return nil
		}
		if !is(c, "glossaryItem") {
			return p.unknownElement(c, "glossary")
		}
		var g GlossaryItem
		if g.Attr, err = p.attrs(c, nil, &g.Code, "code", &g.Language, "language"); err != nil {
			return err
		}
		if err := p.keep("glossaryItem", len(g.Code)+len(g.Language)); err != nil {
			return err
		}
		for {
			cc, ok, err := p.child("glossaryItem")
			if err != nil {
				return err
			}
			if !ok {
				break
			}
			n, err := p.readNode(cc)
			if err != nil {
				return err
			}
			if !takeText(n, "value", &g.Value, nil) {
				g.Other = append(g.Other, n)
			}
		}
		rs.Glossary = append(rs.Glossary, g)
	}
}

func readSitting(p *parser, rs *Results, t xml.StartElement) error {
	var err error
	if rs.SittingAttr, err = p.attrs(t, rs.SittingAttr, &rs.SittingDate, "date", &rs.LastUpdate, "lastUpdate"); err != nil {
		return err
	}
	for {
		c, ok, err := p.child("sitting")
		if err != nil {
			return err
		}
		if !ok {
			return nil
		}
		if !is(c, "votes") {
			return p.unknownElement(c, "sitting")
		}
		if err := p.noAttr(c); err != nil {
			return err
		}
		for {
			cc, ok, err := p.child("votes")
			if err != nil {
				return err
			}
			if !ok {
				break
			}
			if !is(cc, "vote") {
				return p.unknownElement(cc, "votes")
			}
			it, err := readItem(p, cc)
			if err != nil {
				return err
			}
			rs.Items = append(rs.Items, it)
		}
	}
}

func readItem(p *parser, t xml.StartElement) (Item, error) {
	var it Item
	var err error
	if it.Attr, err = p.attrs(t, nil, &it.ListIndex, "listIndex", &it.DlvID, "dlvId", &it.Type, "type"); err != nil {
		return it, err
	}
	if err := p.keep("vote", len(it.ListIndex)+len(it.DlvID)+len(it.Type)); err != nil {
		return it, err
	}
	var title, label, docTitle bool
	for {
		c, ok, err := p.child("vote")
		if err != nil {
			return it, err
		}
		if !ok {
			return it, nil
		}
		if is(c, "votings") {
			if err := readVotings(p, &it, c); err != nil {
				return it, err
			}
			continue
		}
		n, err := p.readNode(c)
		if err != nil {
			return it, err
		}
		switch {
		case !title && takeText(n, "title", &it.Title, nil):
			title = true
		case !label && takeText(n, "label", &it.Label, nil):
			label = true
		case !docTitle && takeNilText(n, "documentTitle", &it.DocumentTitle):
			docTitle = true
		default:
			it.Other = append(it.Other, n)
		}
	}
}

// readVotings reads the votings element t of agenda item it: each voting
// into it.Votings, and any other element into it.Other.
func readVotings(p *parser, it *Item, t xml.StartElement) error {
	if err := p.noAttr(t); err != nil {
		return err
	}
	for {
		c, ok, err := p.child("votings")
		if err != nil {
			return err
		}
		if !ok {
			return nil
		}
		if !is(c, "voting") {
			n, err := p.readNode(c)
			if err != nil {
				return err
			}
			it.Other = append(it.Other, n)
			continue
		}
		r, err := readVoting(p, c)
		if err != nil {
			return err
		}
		it.Votings = append(it.Votings, r)
	}
}

// countAttrs are the attributes of a voting that give its counts.
var countAttrs = [4]string{"numberFavor", "numberAgainst", "numberAbstention", "votersCount"}

// readVoting reads a voting element t: its attributes, the counts it
// gives, and its child elements.
func readVoting(p *parser, t xml.StartElement) (Result, error) {
	var r Result
	var outcome string
	var counts [4]string
	var err error
	r.Attr, err = p.attrs(t, nil,
		&r.ID, "votingId", &outcome, "result", &r.Method, "resultType", &r.Type, "type",
		&r.ListIndex, "listIndex", &r.EugiID, "eugiId", &r.Timestamp, "voteTimestamp",
		&counts[0], countAttrs[0], &counts[1], countAttrs[1], &counts[2], countAttrs[2], &counts[3], countAttrs[3])
	if err != nil {
		return r, err
	}
	size := len(r.ID) + len(outcome) + len(r.Method) + len(r.Type) + len(r.ListIndex) + len(r.EugiID) + len(r.Timestamp)
	if err := p.keep("voting", size); err != nil {
		return r, err
	}
	if slices.ContainsFunc(t.Attr, func(a xml.Attr) bool { return a.Name.Space == "" && a.Name.Local == "result" }) {
		o, ok := parseOutcome(outcome)
		if !ok {
			return r, p.errorf("voting", ErrValue, "result %s is not ADOPTED, REJECTED, LAPSED or WITHDRAWN", quote(outcome))
		}
		r.Outcome = o
	}
	if err := readCounts(p, t, counts, &r); err != nil {
		return r, err
	}
	return r, readVotingChildren(p, &r)
}

// readCounts sets r's counts from the values of the count attributes of
// voting t, which gives all four or none.
func readCounts(p *parser, t xml.StartElement, counts [4]string, r *Result) error {
	given := 0
	for _, a := range t.Attr {
		if a.Name.Space == "" && slices.Contains(countAttrs[:], a.Name.Local) {
			given++
		}
	}
	switch given {
	case 0:
		return nil
	case len(countAttrs):
		var n [4]int
		for i, s := range counts {
			v, ok := parseCount(s)
			if !ok {
				return p.errorf("voting", ErrValue, "%s %s is not a count from 0 to %d", countAttrs[i], quote(s), MaxMembers)
			}
			n[i] = v
		}
		r.Counted = true
		r.Stated = vote.Tally{For: n[0], Against: n[1], Abstain: n[2]}
		r.Voters = n[3]
		return nil
	}
	return p.errorf("voting", ErrMissing, "some of numberFavor, numberAgainst, numberAbstention and votersCount but not all")
}

// readVotingChildren reads the child elements of a voting into r: each
// text it maps, once and as text only, into its field, and any other
// element into r.Other.
func readVotingChildren(p *parser, r *Result) error {
	var seen [7]bool
	for {
		c, ok, err := p.child("voting")
		if err != nil || !ok {
			return err
		}
		n, err := p.readNode(c)
		if err != nil {
			return err
		}
		var took bool
		switch i := slices.Index(votingTexts[:], n.Name.Local); {
		case i < 0 || seen[i]:
		case i == 0:
			took = takeText(n, "title", &r.Title, nil)
		case i == 1:
			took = takeText(n, "label", &r.Label, &r.LabelStatus, "status")
		case i == 2:
			took = takeText(n, "amendmentSubject", &r.AmendmentSubject, nil)
		case i == 3:
			took = takeText(n, "amendmentNumber", &r.AmendmentNumber, nil)
		case i == 4:
			took = takeText(n, "amendmentAuthor", &r.AmendmentAuthor, nil)
		case i == 5:
			took = takeRCV(n, r)
		case i == 6:
			took = takeText(n, "observations", &r.Observations, &r.ObservationsStatus, "status")
		}
		if took {
			seen[slices.Index(votingTexts[:], n.Name.Local)] = true
		} else {
			r.Other = append(r.Other, n)
		}
	}
}

var votingTexts = [7]string{"title", "label", "amendmentSubject", "amendmentNumber", "amendmentAuthor", "rcv", "observations"}

// takeText sets *dst to the text of n if n is the element local with text
// only and no attributes but the optional one named by attr, whose value it
// sets in *attrDst. It reports whether it did.
func takeText(n Node, local string, dst, attrDst *string, attr ...string) bool {
	if n.Name.Space != "" || n.Name.Local != local || !textOnly(n) {
		return false
	}
	var val string
	var have bool
	for _, a := range n.Attr {
		if attrDst == nil || a.Name.Space != "" || a.Name.Local != attr[0] || have {
			return false
		}
		val, have = a.Value, true
	}
	if attrDst != nil {
		*attrDst = val
	}
	*dst = text(n)
	return true
}

// takeNilText is takeText for an element that may be empty with
// xsi:nil="true" and the declaration of the xsi namespace.
func takeNilText(n Node, local string, dst *string) bool {
	const xsi = "http://www.w3.org/2001/XMLSchema-instance"
	if n.Name.Space != "" || n.Name.Local != local || !textOnly(n) {
		return false
	}
	var isNil bool
	for _, a := range n.Attr {
		switch {
		case a.Name.Space == xsi && a.Name.Local == "nil" && a.Value == "true":
			isNil = true
		case a.Name.Space == "xmlns" && a.Name.Local == "xsi" && a.Value == xsi:
		default:
			return false
		}
	}
	if isNil && len(n.Children) > 0 {
		return false
	}
	*dst = text(n)
	return true
}

// takeRCV sets r.RCV and r.RCVType from an rcv element holding one value
// element with text only.
func takeRCV(n Node, r *Result) bool {
	if n.Name.Space != "" || n.Name.Local != "rcv" || len(n.Children) > 1 {
		return false
	}
	var typ string
	for i, a := range n.Attr {
		if i > 0 || a.Name.Space != "" || a.Name.Local != "type" {
			return false
		}
		typ = a.Value
	}
	var val string
	if len(n.Children) == 1 && !takeText(n.Children[0], "value", &val, nil) {
		return false
	}
	r.RCV, r.RCVType = val, typ
	return true
}

// textOnly reports whether n holds at most one text node and no elements.
func textOnly(n Node) bool {
	return len(n.Children) == 0 || len(n.Children) == 1 && n.Children[0].Name.Local == ""
}

// text returns the text of a textOnly node.
func text(n Node) string {
	if len(n.Children) == 0 {
		return ""
	}
	return n.Children[0].Data
}
