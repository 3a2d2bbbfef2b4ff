package epxml

import (
	"encoding/xml"
	"io"
	"slices"

	"github.com/acquis-eu/acquis"
	"github.com/acquis-eu/acquis/vote"
)

// A Sitting is what a roll-call list records about the sitting as a whole:
// the attributes of its root element PV.RollCallVoteResults and the blocks
// beside the votes.
//
// A Sitting holds slices and cannot be compared with ==. The zero Sitting
// records nothing.
type Sitting struct {
	ID        string      `json:"id,omitempty"`        // Sitting.Identifier, such as "1413"
	Date      acquis.Date `json:"date,omitzero"`       // Sitting.Date; the zero Date if the list gives none
	Reference string      `json:"reference,omitempty"` // EP.Reference, such as "P9_PV(2020)09-15"
	Number    string      `json:"number,omitempty"`    // EP.Number, the document's number, such as "PE 658.123"
	Language  string      `json:"language,omitempty"`  // Document.Language: "XL" for the multilingual list
	DlvID     string      `json:"dlvId,omitempty"`     // DlvId, where the root has one
	Doctype   string      `json:"doctype,omitempty"`   // the DOCTYPE declaration of the legacy layout, without "<!" and ">"
	Attr      Attrs       `json:"attr,omitempty"`      // the root's other attributes, namespace declarations included, in input order

	Notice     Notice      `json:"notice,omitzero"`      // RollCallVoteResults.PleaseNote (2024 on): corrections do not alter results
	Titles     []Text      `json:"titles,omitempty"`     // RollCallVoteResults.Titles: the document's title in each language
	VoteTitles []VoteTitle `json:"voteTitles,omitempty"` // VoteTitles (2024 on): the title of each agenda item
	Glossary   []Term      `json:"glossary,omitempty"`   // Glossary (2024 on)
	Other      []Node      `json:"other,omitempty"`      // child elements of the root that the reader does not know, kept whole

	// Extras is set by ReadAll only: Extras[i] holds what the i-th roll
	// call it returns records beyond its vote.RollCall.
	Extras []Extra `json:"extras,omitempty"`
}

// TitleOf returns the title that VoteTitles gives the agenda item dlvID, and
// whether it gives one. If it gives several, TitleOf returns the first.
func (s Sitting) TitleOf(dlvID string) (string, bool) {
	for _, t := range s.VoteTitles {
		if t.DlvID == dlvID {
			return t.Title, true
		}
	}
	return "", false
}

// A Notice is the notice that the 2024 layout prints before the votes
// (RollCallVoteResults.PleaseNote), in several languages: corrections to
// votes and voting intentions are published for information only and do
// not alter the result announced in plenary.
type Notice struct {
	Title []Text `json:"title,omitempty"` // RollCallVoteResults.PleaseNote.Title.Content
	Text  []Text `json:"text,omitempty"`  // RollCallVoteResults.PleaseNote.Text.Content
}

// A Text is one language version of a text. A Text is a comparable value.
type Text struct {
	Lang string `json:"lang,omitempty"` // the language, as the document writes it: "FR", "EN"
	Text string `json:"text,omitempty"` // white space collapsed; a line-break element becomes "\n"
}

// A VoteTitle is the title of one agenda item, which the 2024 layout gives
// after the votes (VoteTitles/VoteTitle). A VoteTitle is a comparable value.
type VoteTitle struct {
	DlvID string `json:"dlvId,omitempty"` // the agenda item, as RollCallVote.Result@DlvId names it
	Title string `json:"title,omitempty"`
}

// A Term is one entry of the glossary of the 2024 layout, in several
// languages. Code "100" is the heading of corrections and voting intentions.
type Term struct {
	Code  string `json:"code,omitempty"`
	Texts []Text `json:"texts,omitempty"` // Text elements, with their lang attribute
}

// An Extra holds what one RollCallVote.Result records that vote.RollCall
// has no field for.
type Extra struct {
	ID     string `json:"id,omitempty"`     // the roll call's Identifier: the vote.RollCall's ID
	DlvID  string `json:"dlvId,omitempty"`  // DlvId (2024 on): the agenda item, whose title VoteTitles gives
	Number string `json:"number,omitempty"` // Number (2019 layout): the vote's rank in the list, such as "1."
	Links  []Link `json:"links,omitempty"`  // the links in the description, in order
	Attr   Attrs  `json:"attr,omitempty"`   // other attributes of RollCallVote.Result, in input order
}

// A Link is an <a> element of a roll call's description, which names the
// document voted on, such as
//
//	<a href="#reds:iPlRp/A-9-2020-0148" data-rel="reds">A9-0148/2020</a>
//
// The description keeps the link's text in place; the Link keeps where.
type Link struct {
	Href   string `json:"href,omitempty"`   // the href attribute, such as "#reds:iPlRp/A-9-2020-0148"
	Text   string `json:"text,omitempty"`   // the link's text, such as "A9-0148/2020"
	Offset int    `json:"offset,omitempty"` // the byte offset of Text in the roll call's Description
	Attr   Attrs  `json:"attr,omitempty"`   // the other attributes, such as data-rel and redmap-uri
}

// Decoder states.
const (
	beforeRoot = iota
	inRoot
	done
)

// A Decoder reads a roll-call list one roll call at a time.
//
//	d := epxml.NewDecoder(r)
//	for d.Next() {
//		rc := d.RollCall()
//		...
//	}
//	if err := d.Err(); err != nil {
//		...
//	}
//
// A Decoder keeps one roll call at a time, and beside the votes only the
// Sitting, whose size MaxItems and MaxKept bound. Make one with NewDecoder:
// the zero Decoder reads nothing.
type Decoder struct {
	p       parser
	state   int
	sitting Sitting
	titles  map[string]string // VoteTitles read so far, by DlvId
	rc      *vote.RollCall
	extra   Extra
	err     error
}

// NewDecoder returns a Decoder that reads the roll-call list in r, which
// must be UTF-8 (as the Parliament publishes it).
func NewDecoder(r io.Reader) *Decoder {
	d := &Decoder{titles: make(map[string]string)}
	d.p.init(r, 0)
	return d
}

// Next reads the next roll call, which RollCall then returns. It returns
// false at the end of the document or on an error, which Err then returns.
func (d *Decoder) Next() bool {
	if d.err != nil || d.state == done || d.p.x == nil {
		return false
	}
	d.rc, d.extra = nil, Extra{}
	if err := d.next(); err != nil {
		d.err = err
		d.rc, d.extra = nil, Extra{}
		return false
	}
	return d.rc != nil
}

// RollCall returns the roll call that the last call to Next read, or nil if
// it read none. Each call to Next makes a new one, which the caller may
// keep and change.
//
// Its Title is set if the document gives the title before the vote; the
// 2024 layout gives titles after all the votes, in Sitting.VoteTitles (see
// [Sitting.TitleOf] and Extra.DlvID), and ReadAll sets them.
func (d *Decoder) RollCall() *vote.RollCall { return d.rc }

// Extra returns what the roll call that the last call to Next read records
// beyond the vote.RollCall.
func (d *Decoder) Extra() Extra { return d.extra }

// Sitting returns what the document records about the sitting. The root's
// attributes are there after the first call to Next; the rest is complete
// once Next has returned false with no error.
func (d *Decoder) Sitting() Sitting { return d.sitting }

// Err returns the error that ended the reading, or nil at the end of the
// document. Errors are of type *ParseError.
func (d *Decoder) Err() error { return d.err }

// ReadAll reads a whole roll-call list from r: at most MaxDocument bytes
// and MaxRollCalls roll calls. It sets each roll call's Title from the
// document's VoteTitles, and keeps in Sitting.Extras what each roll call
// records beyond its vote.RollCall.
//
// On an error, ReadAll returns it with what it read before.
func ReadAll(r io.Reader) (Sitting, []*vote.RollCall, error) {
	d := &Decoder{titles: make(map[string]string)}
	d.p.init(r, MaxDocument)
	var rcs []*vote.RollCall
	var extras []Extra
	for d.Next() {
		if len(rcs) == MaxRollCalls {
			d.err = d.p.errorf("RollCallVote.Result", ErrLimit, "more than %d roll calls", MaxRollCalls)
			break
		}
		rcs = append(rcs, d.rc)
		extras = append(extras, d.extra)
	}
	for i, rc := range rcs {
		if t, ok := d.titles[extras[i].DlvID]; ok && rc.Title == "" && extras[i].DlvID != "" {
			rc.Title = t
		}
	}
	s := d.sitting
	s.Extras = extras
	return s, rcs, d.err
}

// next reads up to the next roll call, or to the end.
func (d *Decoder) next() error {
	p := &d.p
	if d.state == beforeRoot {
		if err := d.readRoot(); err != nil {
			return err
		}
		d.state = inRoot
	}
	for {
		t, ok, err := p.child("PV.RollCallVoteResults")
		if err != nil {
			return err
		}
		if !ok {
			d.state = done
			return d.p.readEnd()
		}
		if t.Name.Space != "" {
			if err := d.readOther(t); err != nil {
				return err
			}
			continue
		}
		switch t.Name.Local {
		case "RollCallVote.Result":
			return d.readResult(t)
		case "RollCallVoteResults.PleaseNote":
			err = d.readNotice(t)
		case "RollCallVoteResults.Titles":
			err = p.noAttr(t)
			if err == nil {
				d.sitting.Titles, err = d.readTexts(d.sitting.Titles, t, "RollCallVoteResults.Title.Text", "Language")
			}
		case "VoteTitles":
			err = d.readVoteTitles(t)
		case "Glossary":
			err = d.readGlossary(t)
		default:
			err = d.readOther(t)
		}
		if err != nil {
			return err
		}
	}
}

// readRoot reads the prolog and the root's start tag.
func (d *Decoder) readRoot() error {
	p := &d.p
	for {
		tok, err := p.token()
		if err == io.EOF {
			return p.errorf("PV.RollCallVoteResults", ErrMissing, "no root element")
		}
		if err != nil {
			return err
		}
		switch tok := tok.(type) {
		case xml.Directive:
			if !isDoctype(tok) {
				continue
			}
			if d.sitting.Doctype != "" {
				return p.errorf("DOCTYPE", ErrElement, "a second DOCTYPE")
			}
			d.sitting.Doctype = string(tok)
		case xml.CharData:
			if !isSpace(tok) {
				return p.errorf("", ErrText, "text %s before the root element", quote(string(tok)))
			}
		case xml.StartElement:
			if !is(tok, "PV.RollCallVoteResults") {
				return p.errorf(attrName(tok.Name), ErrElement, "root element is not PV.RollCallVoteResults")
			}
			return d.readRootAttr(tok)
		}
	}
}

func isDoctype(b []byte) bool {
	return len(b) >= 7 && string(b[:7]) == "DOCTYPE"
}

func (d *Decoder) readRootAttr(t xml.StartElement) error {
	p, s := &d.p, &d.sitting
	var seen [6]bool
	for _, a := range t.Attr {
		i := -1
		if a.Name.Space == "" {
			i = slices.Index(rootAttrs[:], a.Name.Local)
		}
		if i < 0 {
			s.Attr = append(s.Attr, a)
			continue
		}
		if seen[i] {
			return p.repeatedAttr(t, a.Name.Local)
		}
		seen[i] = true
		switch i {
		case 0:
			s.ID = a.Value
		case 1:
			date, err := acquis.ParseDate(a.Value)
			if err != nil {
				return p.errorf(t.Name.Local, ErrValue, "Sitting.Date %s is not a date", quote(a.Value))
			}
			s.Date = date
		case 2:
			s.Reference = a.Value
		case 3:
			s.Number = a.Value
		case 4:
			s.Language = a.Value
		case 5:
			s.DlvID = a.Value
		}
	}
	return nil
}

var rootAttrs = [6]string{"Sitting.Identifier", "Sitting.Date", "EP.Reference", "EP.Number", "Document.Language", "DlvId"}

// readOther keeps an unknown child of the root in Sitting.Other.
func (d *Decoder) readOther(t xml.StartElement) error {
	n, err := d.p.readNode(t)
	if err != nil {
		return err
	}
	d.sitting.Other = append(d.sitting.Other, n)
	return nil
}

// position returns the choice whose Members' votes the element local
// lists: Result.For, Result.Against or Result.Abstention, and the same
// under Intentions with the prefix "Intentions.". It returns zero for any
// other element.
func position(local, prefix string) vote.Choice {
	if len(local) < len(prefix) || local[:len(prefix)] != prefix {
		return 0
	}
	switch local[len(prefix):] {
	case "Result.For":
		return vote.For
	case "Result.Against":
		return vote.Against
	case "Result.Abstention":
		return vote.Abstain
	}
	return 0
}

// readResult reads one RollCallVote.Result into d.rc and d.extra.
func (d *Decoder) readResult(t xml.StartElement) error {
	rc := &vote.RollCall{}
	var ex Extra
	if err := d.readResultAttr(t, rc, &ex); err != nil {
		return err
	}
	if err := d.readResultChildren(rc, &ex); err != nil {
		return err
	}
	if t, ok := d.titles[ex.DlvID]; ok && ex.DlvID != "" {
		rc.Title = t
	}
	d.rc, d.extra = rc, ex
	return nil
}

// readResultAttr reads the attributes of RollCallVote.Result t into rc and
// ex: Identifier and Date, which it must have, DlvId and Number, and any
// other into ex.Attr.
func (d *Decoder) readResultAttr(t xml.StartElement, rc *vote.RollCall, ex *Extra) error {
	const elem = "RollCallVote.Result"
	p := &d.p
	var seen [4]bool
	for _, a := range t.Attr {
		i := -1
		if a.Name.Space == "" {
			i = slices.Index(resultAttrs[:], a.Name.Local)
		}
		if i < 0 {
			ex.Attr = append(ex.Attr, a)
			continue
		}
		if seen[i] {
			return p.repeatedAttr(t, a.Name.Local)
		}
		seen[i] = true
		switch i {
		case 0:
			rc.ID = a.Value
		case 1:
			ex.DlvID = a.Value
		case 2:
			date, ok := parseTimestamp(a.Value)
			if !ok {
				return p.errorf(elem, ErrValue, "Date %s is not a date, or a date and time", quote(a.Value))
			}
			rc.Date, rc.Timestamp = date, a.Value
		case 3:
			ex.Number = a.Value
		}
	}
	if rc.ID == "" {
		return p.errorf(elem, ErrMissing, "no Identifier")
	}
	if !seen[2] {
		return p.errorf(elem, ErrMissing, "no Date")
	}
	ex.ID = rc.ID
	return nil
}

// readResultChildren reads the elements of a RollCallVote.Result into rc
// and ex: its description, its lists of votes for, against and abstaining,
// each at most once, and the corrections of intention.
func (d *Decoder) readResultChildren(rc *vote.RollCall, ex *Extra) error {
	const elem = "RollCallVote.Result"
	p := &d.p
	var desc bool
	var listed [vote.Abstain + 1]bool
	for {
		c, ok, err := p.child(elem)
		if err != nil || !ok {
			return err
		}
		if c.Name.Space != "" {
			return p.unknownElement(c, elem)
		}
		switch local := c.Name.Local; local {
		case "RollCallVote.Description.Text":
			if desc {
				return p.repeatedElement(c, elem)
			}
			desc = true
			if err := p.noAttr(c); err != nil {
				return err
			}
			if err := p.readText(c, &ex.Links); err != nil {
				return err
			}
			rc.Description = string(p.text.bytes())
			for i := range ex.Links {
				ex.Links[i].Offset = min(ex.Links[i].Offset, len(rc.Description))
			}
		case "Result.For", "Result.Against", "Result.Abstention":
			pos := position(local, "")
			if listed[pos] {
				return p.repeatedElement(c, elem)
			}
			listed[pos] = true
			if err := d.readPosition(rc, c, pos); err != nil {
				return err
			}
		case "Intentions":
			if err := d.readIntentions(rc, c); err != nil {
				return err
			}
		default:
			return p.unknownElement(c, elem)
		}
	}
}

var resultAttrs = [4]string{"Identifier", "DlvId", "Date", "Number"}

// parseTimestamp parses the Date of a roll call: "2020-09-15 12:51:17",
// with or without a fraction of a second, or "2019-07-15".
func parseTimestamp(s string) (acquis.Date, bool) {
	if len(s) < 10 {
		return acquis.Date{}, false
	}
	date, err := acquis.ParseDate(s[:10])
	if err != nil {
		return acquis.Date{}, false
	}
	rest := s[10:]
	if rest == "" {
		return date, true
	}
	// " hh:mm:ss" and an optional ".fff".
	if len(rest) < 9 || rest[0] != ' ' || rest[3] != ':' || rest[6] != ':' {
		return acquis.Date{}, false
	}
	hh, ok1 := twoDigits(rest[1:3])
	mm, ok2 := twoDigits(rest[4:6])
	ss, ok3 := twoDigits(rest[7:9])
	if !ok1 || !ok2 || !ok3 || hh > 23 || mm > 59 || ss > 59 {
		return acquis.Date{}, false
	}
	if frac := rest[9:]; frac != "" {
		if len(frac) < 2 || len(frac) > 10 || frac[0] != '.' {
			return acquis.Date{}, false
		}
		for i := 1; i < len(frac); i++ {
			if frac[i] < '0' || frac[i] > '9' {
				return acquis.Date{}, false
			}
		}
	}
	return date, true
}

func twoDigits(s string) (int, bool) {
	if s[0] < '0' || s[0] > '9' || s[1] < '0' || s[1] > '9' {
		return 0, false
	}
	return int(s[0]-'0')*10 + int(s[1]-'0'), true
}

// readPosition reads a Result.For, Result.Against or Result.Abstention: its
// stated count and its groups' Members.
func (d *Decoder) readPosition(rc *vote.RollCall, t xml.StartElement, pos vote.Choice) error {
	p := &d.p
	elem := t.Name.Local
	number, err := p.onlyAttr(t, "Number")
	if err != nil {
		return err
	}
	n, ok := parseCount(number)
	if !ok {
		return p.errorf(elem, ErrValue, "Number %s is not a count from 0 to %d", quote(number), MaxMembers)
	}
	rc.Stated.Add(pos, n)
	rc.Votes = slices.Grow(rc.Votes, min(n, MaxMembers-len(rc.Votes)))
	for {
		c, ok, err := p.child(elem)
		if err != nil {
			return err
		}
		if !ok {
			return nil
		}
		if !is(c, "Result.PoliticalGroup.List") {
			return p.unknownElement(c, elem)
		}
		if err := d.readGroup(&rc.Votes, c, pos, "votes"); err != nil {
			return err
		}
	}
}

// readGroup reads a Result.PoliticalGroup.List, appending its Members'
// votes to *dst.
func (d *Decoder) readGroup(dst *[]vote.MemberVote, t xml.StartElement, pos vote.Choice, what string) error {
	const elem = "Result.PoliticalGroup.List"
	p := &d.p
	group, err := p.onlyAttr(t, "Identifier")
	if err != nil {
		return err
	}
	if group == "" {
		return p.errorf(elem, ErrMissing, "no Identifier")
	}
	group = p.internString(group)
	members := 0
	for {
		c, ok, err := p.child(elem)
		if err != nil {
			return err
		}
		if !ok {
			break
		}
		if !is(c, "PoliticalGroup.Member.Name") {
			return p.unknownElement(c, elem)
		}
		if err := d.appendMember(dst, c, group, pos, what); err != nil {
			return err
		}
		members++
	}
	if members == 0 {
		return p.errorf(elem, ErrMissing, "group %s lists no Members", quote(group))
	}
	return nil
}

// appendMember reads a Member's name element and appends their vote to
// *dst.
func (d *Decoder) appendMember(dst *[]vote.MemberVote, t xml.StartElement, group string, pos vote.Choice, what string) error {
	p := &d.p
	if len(*dst) == MaxMembers {
		return p.errorf(t.Name.Local, ErrLimit, "more than %d Members' %s in one roll call", MaxMembers, what)
	}
	var m vote.MEP
	var mep, pers bool
	for _, a := range t.Attr {
		switch {
		case a.Name.Space != "":
			return p.unknownAttr(t, a)
		case a.Name.Local == "MepId":
			if mep {
				return p.repeatedAttr(t, "MepId")
			}
			m.MepID, mep = p.internString(a.Value), true
		case a.Name.Local == "PersId":
			if pers {
				return p.repeatedAttr(t, "PersId")
			}
			m.PersID, pers = p.internString(a.Value), true
		default:
			return p.unknownAttr(t, a)
		}
	}
	if err := p.readText(t, nil); err != nil {
		return err
	}
	m.Name = p.internBytes(p.text.bytes())
	if m.Name == "" && m.MepID == "" && m.PersID == "" {
		return p.errorf(t.Name.Local, ErrMissing, "a Member with no name, MepId or PersId")
	}
	*dst = append(*dst, vote.MemberVote{MEP: m, Group: group, Choice: pos})
	return nil
}

// readIntentions reads an Intentions element: corrections of intention,
// which go to rc.Corrections.
func (d *Decoder) readIntentions(rc *vote.RollCall, t xml.StartElement) error {
	p := &d.p
	if err := p.noAttr(t); err != nil {
		return err
	}
	for {
		c, ok, err := p.child("Intentions")
		if err != nil {
			return err
		}
		if !ok {
			return nil
		}
		pos := position(c.Name.Local, "Intentions.")
		if c.Name.Space != "" || pos == 0 {
			return p.unknownElement(c, "Intentions")
		}
		if err := p.noAttr(c); err != nil {
			return err
		}
		if err := d.readIntentionList(rc, c, pos); err != nil {
			return err
		}
	}
}

// readIntentionList reads an Intentions.Result.For, .Against or
// .Abstention: Members' names, or groups of them.
func (d *Decoder) readIntentionList(rc *vote.RollCall, t xml.StartElement, pos vote.Choice) error {
	p := &d.p
	for {
		c, ok, err := p.child(t.Name.Local)
		if err != nil {
			return err
		}
		if !ok {
			return nil
		}
		switch {
		case is(c, "Member.Name"), is(c, "PoliticalGroup.Member.Name"):
			err = d.appendMember(&rc.Corrections, c, "", pos, "corrections")
		case is(c, "Result.PoliticalGroup.List"):
			err = d.readGroup(&rc.Corrections, c, pos, "corrections")
		default:
			err = p.unknownElement(c, t.Name.Local)
		}
		if err != nil {
			return err
		}
	}
}

// readNotice reads RollCallVoteResults.PleaseNote into Sitting.Notice.
func (d *Decoder) readNotice(t xml.StartElement) error {
	p, n := &d.p, &d.sitting.Notice
	if err := p.noAttr(t); err != nil {
		return err
	}
	for {
		c, ok, err := p.child(t.Name.Local)
		if err != nil {
			return err
		}
		if !ok {
			return nil
		}
		if err := p.noAttr(c); err != nil {
			return err
		}
		switch {
		case is(c, "RollCallVoteResults.PleaseNote.Title"):
			n.Title, err = d.readTexts(n.Title, c, "RollCallVoteResults.PleaseNote.Title.Content", "Language")
		case is(c, "RollCallVoteResults.PleaseNote.Text"):
			n.Text, err = d.readTexts(n.Text, c, "RollCallVoteResults.PleaseNote.Text.Content", "Language")
		default:
			err = p.unknownElement(c, t.Name.Local)
		}
		if err != nil {
			return err
		}
	}
}

// readTexts reads the children named child of the element t starts, each a
// text with its language in the attribute lang, appending them to texts.
func (d *Decoder) readTexts(texts []Text, t xml.StartElement, child, lang string) ([]Text, error) {
	p := &d.p
	for {
		c, ok, err := p.child(t.Name.Local)
		if err != nil {
			return texts, err
		}
		if !ok {
			return texts, nil
		}
		if !is(c, child) {
			return texts, p.unknownElement(c, t.Name.Local)
		}
		var x Text
		var have bool
		for _, a := range c.Attr {
			if a.Name.Space != "" || a.Name.Local != lang {
				return texts, p.unknownAttr(c, a)
			}
			if have {
				return texts, p.repeatedAttr(c, lang)
			}
			x.Lang, have = a.Value, true
		}
		if err := p.readText(c, nil); err != nil {
			return texts, err
		}
		x.Text = string(p.text.bytes())
		if err := p.keep(child, len(x.Lang)+len(x.Text)); err != nil {
			return texts, err
		}
		texts = append(texts, x)
	}
}

// readVoteTitles reads VoteTitles into Sitting.VoteTitles.
func (d *Decoder) readVoteTitles(t xml.StartElement) error {
	p := &d.p
	if err := p.noAttr(t); err != nil {
		return err
	}
	for {
		c, ok, err := p.child(t.Name.Local)
		if err != nil {
			return err
		}
		if !ok {
			return nil
		}
		if !is(c, "VoteTitle") {
			return p.unknownElement(c, t.Name.Local)
		}
		var vt VoteTitle
		if vt.DlvID, err = p.onlyAttr(c, "DlvId"); err != nil {
			return err
		}
		if err := p.readText(c, nil); err != nil {
			return err
		}
		vt.Title = string(p.text.bytes())
		if err := p.keep(c.Name.Local, len(vt.DlvID)+len(vt.Title)); err != nil {
			return err
		}
		d.sitting.VoteTitles = append(d.sitting.VoteTitles, vt)
		if _, ok := d.titles[vt.DlvID]; !ok {
			d.titles[vt.DlvID] = vt.Title
		}
	}
}

// readGlossary reads Glossary into Sitting.Glossary.
func (d *Decoder) readGlossary(t xml.StartElement) error {
	p := &d.p
	if err := p.noAttr(t); err != nil {
		return err
	}
	for {
		c, ok, err := p.child(t.Name.Local)
		if err != nil {
			return err
		}
		if !ok {
			return nil
		}
		if !is(c, "Term") {
			return p.unknownElement(c, t.Name.Local)
		}
		var term Term
		var have bool
		for _, a := range c.Attr {
			if a.Name.Space != "" || a.Name.Local != "Code" {
				return p.unknownAttr(c, a)
			}
			if have {
				return p.repeatedAttr(c, "Code")
			}
			term.Code, have = a.Value, true
		}
		if err := p.keep(c.Name.Local, len(term.Code)); err != nil {
			return err
		}
		if term.Texts, err = d.readTexts(nil, c, "Text", "lang"); err != nil {
			return err
		}
		d.sitting.Glossary = append(d.sitting.Glossary, term)
	}
}
