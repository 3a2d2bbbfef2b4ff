package epxml

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"

	"github.com/acquis-eu/acquis/internal/limit"
)

// maxIntern is the number of strings the parser interns before it forgets
// them all and starts again.
const maxIntern = 1 << 13

// A parser is the machinery the readers share: an xml.Decoder over a
// limit.Reader, the depth of the element being read, a text buffer and the
// budget of kept entries.
type parser struct {
	x      *xml.Decoder
	lr     limit.Reader
	depth  int
	text   textBuf
	intern map[string]string
	items  int // entries kept beside the votes, against MaxItems
	kept   int // bytes kept beside the votes, against MaxKept
}

func (p *parser) init(r io.Reader, max int64) {
	p.lr = limit.Reader{R: r, MaxToken: MaxToken, MaxTotal: max}
	p.x = xml.NewDecoder(&p.lr)
	p.intern = make(map[string]string)
}

// line returns the line of the input on which the last token read ends.
func (p *parser) line() int {
	line, _ := p.x.InputPos()
	return line
}

// errorf returns a *ParseError at the current line.
func (p *parser) errorf(elem string, err error, format string, args ...any) *ParseError {
	return &ParseError{Line: p.line(), Element: elem, Err: err, Detail: fmt.Sprintf(format, args...)}
}

// token returns the next token, or an error that is io.EOF at the end of
// the input and a *ParseError otherwise. Character data is valid only until
// the next call.
func (p *parser) token() (xml.Token, error) {
	p.lr.Mark = p.x.InputOffset()
	t, err := p.x.Token()
	if err != nil {
		return nil, p.inputError(err)
	}
	switch t := t.(type) {
	case xml.StartElement:
		p.depth++
		if p.depth > MaxDepth {
			return nil, p.errorf(t.Name.Local, ErrLimit, "elements nested more than %d deep", MaxDepth)
		}
	case xml.EndElement:
		p.depth--
	}
	return t, nil
}

func (p *parser) inputError(err error) error {
	var syntax *xml.SyntaxError
	switch {
	case err == io.EOF:
		return io.EOF
	case errors.Is(err, limit.ErrToken):
		return p.errorf("", ErrLimit, "a token longer than %d bytes", MaxToken)
	case errors.Is(err, limit.ErrTotal):
		return p.errorf("", ErrLimit, "a document longer than %d bytes", p.lr.MaxTotal)
	case errors.As(err, &syntax):
		return &ParseError{Line: syntax.Line, Err: syntax}
	}
	return &ParseError{Line: p.line(), Err: err}
}

// child returns the next start element inside the element being read, or
// ok false at its end. Space between elements, comments, processing
// instructions and directives are skipped; other text is an error.
func (p *parser) child(parent string) (t xml.StartElement, ok bool, err error) {
	for {
		tok, err := p.token()
		if err != nil {
			return t, false, p.noEOF(err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			return tok, true, nil
		case xml.EndElement:
			return t, false, nil
		case xml.CharData:
			if !isSpace(tok) {
				return t, false, p.errorf(parent, ErrText, "text %s between elements", quote(string(tok)))
			}
		}
	}
}

// noEOF turns io.EOF into an error: the input ended inside an element.
func (p *parser) noEOF(err error) error {
	if err == io.EOF {
		return p.errorf("", ErrMissing, "the input ends inside an element")
	}
	return err
}

// noAttr returns an error if t has attributes.
func (p *parser) noAttr(t xml.StartElement) error {
	if len(t.Attr) > 0 {
		return p.unknownAttr(t, t.Attr[0])
	}
	return nil
}

func (p *parser) unknownAttr(t xml.StartElement, a xml.Attr) error {
	return p.errorf(t.Name.Local, ErrAttr, "unknown attribute %s", attrName(a.Name))
}

func (p *parser) repeatedAttr(t xml.StartElement, name string) error {
	return p.errorf(t.Name.Local, ErrAttr, "attribute %s given twice", name)
}

func (p *parser) unknownElement(t xml.StartElement, parent string) error {
	return p.errorf(attrName(t.Name), ErrElement, "unknown element in %s", parent)
}

func (p *parser) repeatedElement(t xml.StartElement, parent string) error {
	return p.errorf(t.Name.Local, ErrElement, "second %s in %s", t.Name.Local, parent)
}

// attrName returns n as the input may write it: the namespace, if any, and
// the local name.
func attrName(n xml.Name) string {
	if n.Space == "" {
		return n.Local
	}
	return n.Space + ":" + n.Local
}

// is reports whether t is the element of the format named local (the
// format's elements have no namespace).
func is(t xml.StartElement, local string) bool {
	return t.Name.Space == "" && t.Name.Local == local
}

// The namespace of the line-break element that the 2024 layout puts in
// titles (<text:line-break/>).
const textNS = "http://openoffice.org/2000/text"

func isLineBreak(n xml.Name) bool {
	return n.Local == "line-break" && (n.Space == textNS || n.Space == "text")
}

// readText reads the text of the element that t starts, up to its end,
// into p.text, collapsing white space. A line-break element becomes a
// newline. If links is not nil, <a> elements are read as Links whose
// offsets index p.text; otherwise any element is an error.
func (p *parser) readText(t xml.StartElement, links *[]Link) error {
	p.text.reset()
	for {
		tok, err := p.token()
		if err != nil {
			return p.noEOF(err)
		}
		switch tok := tok.(type) {
		case xml.CharData:
			p.text.write(tok)
			if len(p.text.b) > MaxText {
				return p.errorf(t.Name.Local, ErrLimit, "text longer than %d bytes", MaxText)
			}
		case xml.StartElement:
			switch {
			case isLineBreak(tok.Name):
				if err := p.empty(tok); err != nil {
					return err
				}
				p.text.newline()
			case links != nil && is(tok, "a"):
				if len(*links) == MaxLinks {
					return p.errorf(t.Name.Local, ErrLimit, "more than %d links", MaxLinks)
				}
				l, err := p.readLink(tok)
				if err != nil {
					return err
				}
				*links = append(*links, l)
			default:
				return p.unknownElement(tok, t.Name.Local)
			}
		case xml.EndElement:
			return nil
		}
	}
}

// readLink reads an <a> element into p.text and returns it as a Link.
func (p *parser) readLink(t xml.StartElement) (Link, error) {
	var l Link
	var href bool
	for _, a := range t.Attr {
		if a.Name.Space == "" && a.Name.Local == "href" {
			if href {
				return l, p.repeatedAttr(t, "href")
			}
			l.Href, href = a.Value, true
			continue
		}
		l.Attr = append(l.Attr, a)
	}
	p.text.flush()
	start := len(p.text.b)
	for {
		tok, err := p.token()
		if err != nil {
			return l, p.noEOF(err)
		}
		switch tok := tok.(type) {
		case xml.CharData:
			p.text.write(tok)
			if len(p.text.b) > MaxText {
				return l, p.errorf("a", ErrLimit, "text longer than %d bytes", MaxText)
			}
		case xml.StartElement:
			if !isLineBreak(tok.Name) {
				return l, p.unknownElement(tok, "a")
			}
			if err := p.empty(tok); err != nil {
				return l, err
			}
			p.text.newline()
		case xml.EndElement:
			seg := p.text.b[start:]
			for len(seg) > 0 && (seg[0] == ' ' || seg[0] == '\n') {
				seg = seg[1:]
				start++
			}
			for len(seg) > 0 && (seg[len(seg)-1] == ' ' || seg[len(seg)-1] == '\n') {
				seg = seg[:len(seg)-1]
			}
			l.Text, l.Offset = string(seg), start
			return l, nil
		}
	}
}

// empty reads the end of the element that t starts, which must have no
// attributes and no content.
func (p *parser) empty(t xml.StartElement) error {
	if err := p.noAttr(t); err != nil {
		return err
	}
	if _, ok, err := p.child(t.Name.Local); err != nil {
		return err
	} else if ok {
		return p.errorf(t.Name.Local, ErrElement, "content in an empty element")
	}
	return nil
}

// keep counts one more entry of n bytes kept beside the votes.
func (p *parser) keep(elem string, n int) error {
	p.items++
	p.kept += n
	if p.items > MaxItems {
		return p.errorf(elem, ErrLimit, "more than %d entries beside the votes", MaxItems)
	}
	if p.kept > MaxKept {
		return p.errorf(elem, ErrLimit, "more than %d bytes beside the votes", MaxKept)
	}
	return nil
}

// readNode reads the element that t starts, with everything inside it, as
// a Node.
func (p *parser) readNode(t xml.StartElement) (Node, error) {
	n := Node{Name: t.Name, Attr: t.Attr}
	size := len(t.Name.Space) + len(t.Name.Local)
	for _, a := range t.Attr {
		size += len(a.Name.Space) + len(a.Name.Local) + len(a.Value)
	}
	if err := p.keep(t.Name.Local, size); err != nil {
		return n, err
	}
	p.text.reset()
	for {
		tok, err := p.token()
		if err != nil {
			return n, p.noEOF(err)
		}
		switch tok := tok.(type) {
		case xml.CharData:
			p.text.write(tok)
			if len(p.text.b) > MaxText {
				return n, p.errorf(t.Name.Local, ErrLimit, "text longer than %d bytes", MaxText)
			}
		case xml.StartElement:
			if err := p.flushNode(&n); err != nil {
				return n, err
			}
			c, err := p.readNode(tok)
			if err != nil {
				return n, err
			}
			n.Children = append(n.Children, c)
			p.text.reset()
		case xml.EndElement:
			return n, p.flushNode(&n)
		}
	}
}

// flushNode appends the text read so far, if any, to n as a text node.
func (p *parser) flushNode(n *Node) error {
	b := p.text.bytes()
	if len(b) == 0 {
		return nil
	}
	if err := p.keep(n.Name.Local, len(b)); err != nil {
		return err
	}
	n.Children = append(n.Children, Node{Data: string(b)})
	p.text.reset()
	return nil
}

// internBytes returns b as a string, the same string for the same bytes,
// allocating only the first time.
func (p *parser) internBytes(b []byte) string {
	if s, ok := p.intern[string(b)]; ok {
		return s
	}
	return p.add(string(b))
}

// internString returns the string equal to s that the parser has kept, so
// that equal strings share memory.
func (p *parser) internString(s string) string {
	if k, ok := p.intern[s]; ok {
		return k
	}
	return p.add(s)
}

func (p *parser) add(s string) string {
	if len(p.intern) >= maxIntern {
		clear(p.intern)
	}
	p.intern[s] = s
	return s
}

// A textBuf collects the text of an element, collapsing each run of XML
// white space into one space and dropping it at the start, at the end and
// around line breaks.
type textBuf struct {
	b     []byte
	space bool // white space seen since the last byte written
}

func (t *textBuf) reset() {
	t.b = t.b[:0]
	t.space = false
}

func (t *textBuf) write(s []byte) {
	for _, c := range s {
		switch c {
		case ' ', '\t', '\n', '\r':
			t.space = true
		default:
			if t.space {
				t.flush()
			}
			t.b = append(t.b, c)
		}
	}
}

// flush writes the pending space, if any, unless it would start the text
// or follow a space or a line break.
func (t *textBuf) flush() {
	if t.space && len(t.b) > 0 {
		if c := t.b[len(t.b)-1]; c != ' ' && c != '\n' {
			t.b = append(t.b, ' ')
		}
	}
	t.space = false
}

// newline writes a line break, dropping the space before it; a line break
// at the start of the text is dropped.
func (t *textBuf) newline() {
	t.space = false
	for len(t.b) > 0 && t.b[len(t.b)-1] == ' ' {
		t.b = t.b[:len(t.b)-1]
	}
	if len(t.b) > 0 {
		t.b = append(t.b, '\n')
	}
}

// bytes returns the text, without space or line breaks at its end.
func (t *textBuf) bytes() []byte {
	b := t.b
	for len(b) > 0 && (b[len(b)-1] == ' ' || b[len(b)-1] == '\n') {
		b = b[:len(b)-1]
	}
	return b
}

// isSpace reports whether b is XML white space only.
func isSpace(b []byte) bool {
	for _, c := range b {
		switch c {
		case ' ', '\t', '\n', '\r':
		default:
			return false
		}
	}
	return true
}

// parseCount parses a count of Members: decimal digits only, at most
// MaxMembers.
func parseCount(s string) (int, bool) {
	if s == "" || len(s) > 4 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, n <= MaxMembers
}

// readEnd reads what follows the root element: nothing but space,
// comments and processing instructions.
func (p *parser) readEnd() error {
	for {
		tok, err := p.token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			return p.errorf(attrName(tok.Name), ErrElement, "element after the root element")
		case xml.CharData:
			if !isSpace(tok) {
				return p.errorf("", ErrText, "text %s after the root element", quote(string(tok)))
			}
		}
	}
}

// onlyAttr returns the value of t's attribute name, which t must carry
// once and with no other attribute beside it.
func (p *parser) onlyAttr(t xml.StartElement, name string) (string, error) {
	value, have := "", false
	for _, a := range t.Attr {
		if a.Name.Space != "" || a.Name.Local != name {
			return "", p.unknownAttr(t, a)
		}
		if have {
			return "", p.repeatedAttr(t, name)
		}
		value, have = a.Value, true
	}
	if !have {
		return "", p.errorf(t.Name.Local, ErrMissing, "no %s", name)
	}
	return value, nil
}
