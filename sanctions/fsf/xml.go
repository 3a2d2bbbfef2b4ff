package fsf

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"

	"github.com/acquis-eu/acquis/internal/limit"
	"github.com/acquis-eu/acquis/sanctions"
)

// An xmlReader is the machinery that reads both XML formats: a tokenizer
// over the Decoder's input, the depth of the element being read, and what
// the entity being read has used of its limits.
type xmlReader struct {
	t      tokenizer
	tok    token // the last token read
	lr     *limit.Reader
	ns     string // the namespace of the format's elements: the root's
	format Format
	depth  int
	budget int64 // the tokenizer's offset from which the entity's bytes count
	entity int   // 1-based index of the entity being read; 0 outside
	parts  int   // parts of the entity read, against MaxRecords
	text   []byte
	// work is the entity being read, whose slices are kept from one entity
	// to the next: finish copies them into the entity returned, each of its
	// length, so that its memory is no more than it needs.
	work sanctions.Entity
	in   interner
}

// begin returns p.work, emptied, to read an entity into.
func (p *xmlReader) begin() *sanctions.Entity {
	w := &p.work
	*w = sanctions.Entity{
		Names: w.Names[:0], BirthDates: w.BirthDates[:0], Citizenships: w.Citizenships[:0],
		Identifications: w.Identifications[:0], Addresses: w.Addresses[:0],
		Remarks: w.Remarks[:0], Regulations: w.Regulations[:0],
	}
	return w
}

// finish returns a new entity with the fields of w, the entity read.
func (p *xmlReader) finish(w *sanctions.Entity) *sanctions.Entity {
	e := *w
	e.Names, e.BirthDates, e.Citizenships = clip(w.Names), clip(w.BirthDates), clip(w.Citizenships)
	e.Identifications, e.Addresses = clip(w.Identifications), clip(w.Addresses)
	e.Remarks, e.Regulations = clip(w.Remarks), clip(w.Regulations)
	return &e
}

// clip returns a copy of s that has no more room than s has elements, or
// nil if s is empty.
func clip[T any](s []T) []T {
	if len(s) == 0 {
		return nil
	}
	return append(make([]T, 0, len(s)), s...)
}

// init makes the tokenizer: the Decoder's scanner, or encoding/xml's
// Decoder if d.std is set (by the tests, which check one against the
// other).
func (p *xmlReader) init(d *Decoder) {
	p.lr = &d.lr
	p.in.init()
	if d.std {
		p.t = newStdTokenizer(d)
		return
	}
	// The scanner bounds its tokens itself, exactly.
	d.lr.MaxToken = 0
	p.t = newScanner(d.br, &p.in)
}

// line returns the line of the input on which the last token read ends.
func (p *xmlReader) line() int {
	if p.t == nil {
		return 0
	}
	return p.t.line()
}

// errorf returns a *ParseError at the current line and entity.
func (p *xmlReader) errorf(elem string, err error, format string, args ...any) *ParseError {
	return &ParseError{Line: p.line(), Entity: p.entity, Element: elem, Err: err, Detail: fmt.Sprintf(format, args...)}
}

// valueError returns a *ParseError wrapping ErrValue for the attribute a
// of the element elem.
func (p *xmlReader) valueError(elem string, a xml.Attr, err error) *ParseError {
	return &ParseError{Line: p.line(), Entity: p.entity, Element: elem + "@" + a.Name.Local, Err: ErrValue, Detail: err.Error()}
}

// token reads the next token, or returns an error that is io.EOF at the
// end of the input and a *ParseError otherwise. The token is valid only
// until the next call.
func (p *xmlReader) token() (*token, error) {
	t := &p.tok
	if err := p.t.next(t); err != nil {
		return nil, p.inputError(err)
	}
	if p.t.offset()-p.budget > MaxEntitySize {
		return nil, p.errorf("", ErrLimit, "an entity, with what precedes it, longer than %d bytes", MaxEntitySize)
	}
	switch t.kind {
	case tokStart:
		p.depth++
		if p.depth > MaxDepth {
			return nil, p.errorf(qualified(t.start.Name), ErrLimit, "elements nested more than %d deep", MaxDepth)
		}
	case tokEnd:
		p.depth--
	case tokDirective:
		return nil, p.errorf("", ErrElement, "a declaration <!%s>: the format has no DTD", firstWord(t.data))
	}
	return t, nil
}

// firstWord returns the first word of a directive, such as "DOCTYPE".
func firstWord(b []byte) string {
	if i := bytes.IndexAny(b, " \t\r\n["); i >= 0 {
		b = b[:i]
	}
	if len(b) > 20 {
		b = b[:20]
	}
	return string(b)
}

func (p *xmlReader) inputError(err error) error {
	var syntax *xml.SyntaxError
	switch {
	case err == io.EOF:
		return io.EOF
	case errors.Is(err, limit.ErrToken):
		return p.errorf("", ErrLimit, "a token longer than %d bytes", MaxToken)
	case errors.Is(err, limit.ErrTotal):
		return p.errorf("", ErrLimit, "a document longer than %d bytes", p.lr.MaxTotal)
	case errors.As(err, &syntax):
		return &ParseError{Line: syntax.Line, Entity: p.entity, Err: syntax}
	}
	return &ParseError{Line: p.line(), Entity: p.entity, Err: err}
}

// noEOF turns io.EOF into an error: the input ended inside an element.
func (p *xmlReader) noEOF(err error) error {
	if err == io.EOF {
		return p.errorf("", ErrMissing, "the input ends inside an element")
	}
	return err
}

// child returns the next start element inside the element parent, or ok
// false at its end. White space between elements, comments and processing
// instructions are skipped; other text is an error.
func (p *xmlReader) child(parent string) (t xml.StartElement, ok bool, err error) {
	for {
		tok, err := p.token()
		if err != nil {
			return t, false, p.noEOF(err)
		}
		switch tok.kind {
		case tokStart:
			return tok.start, true, nil
		case tokEnd:
			return t, false, nil
		case tokText:
			if !isSpace(tok.data) {
				return t, false, p.errorf(parent, ErrText, "text %s between elements", quote(string(tok.data)))
			}
		}
	}
}

// name returns the local name of t if t is in the format's namespace, and
// "" otherwise.
func (p *xmlReader) name(t xml.StartElement) string {
	if t.Name.Space != p.ns {
		return ""
	}
	return t.Name.Local
}

// qualified returns n as an error names it: the namespace, if any, in
// braces, and the local name.
func qualified(n xml.Name) string {
	if n.Space == "" {
		return n.Local
	}
	return "{" + n.Space + "}" + n.Local
}

// qname returns n as an error names it: the local name if n is in the
// format's namespace, and else qualified(n).
func (p *xmlReader) qname(n xml.Name) string {
	if n.Space == p.ns {
		return n.Local
	}
	return qualified(n)
}

func (p *xmlReader) unknownElement(t xml.StartElement, parent string) error {
	return p.errorf(p.qname(t.Name), ErrElement, "unknown element in %s", parent)
}

func (p *xmlReader) repeatedElement(t xml.StartElement, parent string) error {
	return p.errorf(t.Name.Local, ErrElement, "a second %s in %s", t.Name.Local, parent)
}

func (p *xmlReader) unknownAttr(elem string, a xml.Attr) error {
	return p.errorf(elem, ErrAttr, "unknown attribute %s", qualified(a.Name))
}

// checkAttrs checks that t has no attribute twice and none in a namespace,
// so that its readers can switch on the local names.
func (p *xmlReader) checkAttrs(t xml.StartElement) error {
	for i, a := range t.Attr {
		if a.Name.Space != "" {
			return p.unknownAttr(t.Name.Local, a)
		}
		for _, b := range t.Attr[:i] {
			if b.Name.Local == a.Name.Local {
				return p.errorf(t.Name.Local, ErrAttr, "attribute %s given twice", a.Name.Local)
			}
		}
	}
	return nil
}

// part counts one more part of the entity being read, against MaxRecords.
func (p *xmlReader) part(elem string) error {
	p.parts++
	if p.parts > MaxRecords {
		return p.errorf(elem, ErrLimit, "more than %d parts in one entity", MaxRecords)
	}
	return nil
}

// readText reads the text of the element that t starts, which must have no
// attributes and no child elements, and returns it trimmed of XML white
// space at both ends. Comments and processing instructions inside it are
// skipped.
func (p *xmlReader) readText(t xml.StartElement) (string, error) {
	elem := t.Name.Local
	if len(t.Attr) > 0 {
		return "", p.unknownAttr(elem, t.Attr[0])
	}
	p.text = p.text[:0]
	for {
		tok, err := p.token()
		if err != nil {
			return "", p.noEOF(err)
		}
		switch tok.kind {
		case tokText:
			p.text = append(p.text, tok.data...)
			if len(p.text) > MaxText {
				return "", p.errorf(elem, ErrLimit, "text longer than %d bytes", MaxText)
			}
		case tokStart:
			return "", p.errorf(p.qname(tok.start.Name), ErrElement, "markup in the text of %s", elem)
		case tokEnd:
			return p.in.str(trimSpace(p.text)), nil
		}
	}
}

// empty reads up to the end of the element that t starts, which must have
// no content but white space, comments and processing instructions.
func (p *xmlReader) empty(t xml.StartElement) error {
	c, ok, err := p.child(t.Name.Local)
	if err != nil {
		return err
	}
	if ok {
		return p.errorf(p.qname(c.Name), ErrElement, "content in %s, which has none", t.Name.Local)
	}
	return nil
}

// readEnd reads what follows the root element: nothing but white space,
// comments and processing instructions.
func (p *xmlReader) readEnd() error {
	for {
		tok, err := p.token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		switch tok.kind {
		case tokStart:
			return p.errorf(p.qname(tok.start.Name), ErrElement, "element after the root element")
		case tokText:
			if !isSpace(tok.data) {
				return p.errorf("", ErrText, "text %s after the root element", quote(string(tok.data)))
			}
		}
	}
}

// readRoot reads the prolog and the root's start tag into h.
func (p *xmlReader) readRoot(h *Header) error {
	for {
		tok, err := p.token()
		if err == io.EOF {
			return p.errorf("", ErrFormat, "no root element")
		}
		if err != nil {
			return err
		}
		switch tok.kind {
		case tokText:
			if !isSpace(tok.data) {
				return p.errorf("", ErrFormat, "text %s before the root element", quote(string(tok.data)))
			}
		case tokStart:
			if err := p.checkRoot(tok.start, h); err != nil {
				return err
			}
			p.budget = p.t.offset()
			return nil
		}
	}
}

// checkRoot reads the root's start tag t into *out, which it leaves as it
// is if the tag is bad.
func (p *xmlReader) checkRoot(t xml.StartElement, out *Header) error {
	var h Header
	switch {
	case t.Name.Local == "export" && (t.Name.Space == "" || t.Name.Space == Namespace):
		p.format, p.ns = XML11, t.Name.Space
	case t.Name.Local == "WHOLE" && t.Name.Space == "":
		p.format = XML10
	default:
		return p.errorf(qualified(t.Name), ErrFormat, "the root element is neither export nor WHOLE")
	}
	h.Format = p.format
	elem := t.Name.Local
	for i, a := range t.Attr {
		for _, b := range t.Attr[:i] {
			if a.Name == b.Name {
				return p.errorf(elem, ErrAttr, "attribute %s given twice", qualified(a.Name))
			}
		}
		var err error
		switch {
		case a.Name.Space == "" && a.Name.Local == "xmlns":
			h.Namespace = a.Value
		case a.Name.Space != "":
			return p.unknownAttr(elem, a)
		case p.format == XML11 && a.Name.Local == "generationDate":
			h.Generated, err = parseDateTime(a.Value)
			h.GeneratedAt = a.Value
		case p.format == XML11 && a.Name.Local == "globalFileId":
			if a.Value != "" {
				h.GlobalFileID, err = parseID(a.Value)
			}
		case p.format == XML10 && a.Name.Local == "Date":
			h.Generated, err = parseDMY(a.Value)
			h.GeneratedAt = a.Value
		default:
			return p.unknownAttr(elem, a)
		}
		if err != nil {
			return p.valueError(elem, a, err)
		}
	}
	*out = h
	return nil
}

// next reads up to the next entity, or to the end of the file.
func (p *xmlReader) next(index int) (*sanctions.Entity, error) {
	root := "export"
	if p.format == XML10 {
		root = "WHOLE"
	}
	t, ok, err := p.child(root)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, p.readEnd()
	}
	name := p.name(t)
	if p.format == XML11 && name != "sanctionEntity" || p.format == XML10 && name != "ENTITY" {
		return nil, p.unknownElement(t, root)
	}
	p.entity, p.parts = index, 0
	var e *sanctions.Entity
	if p.format == XML11 {
		e, err = p.readEntity(t)
	} else {
		e, err = p.readLegacyEntity(t)
	}
	if err != nil {
		return nil, err
	}
	p.entity = 0
	p.budget = p.t.offset()
	return e, nil
}

// isSpace reports whether b is XML white space only.
func isSpace(b []byte) bool {
	for _, c := range b {
		if !isSpaceByte(c) {
			return false
		}
	}
	return true
}

// trimSpace returns b without XML white space at either end.
func trimSpace(b []byte) []byte {
	for len(b) > 0 && isSpaceByte(b[0]) {
		b = b[1:]
	}
	for len(b) > 0 && isSpaceByte(b[len(b)-1]) {
		b = b[:len(b)-1]
	}
	return b
}

// logicalID parses the logical id of an element; "" is 0.
func (p *xmlReader) logicalID(elem string, a xml.Attr) (int64, error) {
	if a.Value == "" {
		return 0, nil
	}
	n, err := parseID(a.Value)
	if err != nil {
		return 0, p.valueError(elem, a, err)
	}
	return n, nil
}
