package fsf

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"hash/maphash"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/acquis-eu/acquis/internal/limit"
)

// This file is the Decoder's XML tokenizer: a scanner of the XML that the
// Financial Sanctions Files use, which gives the tokens that encoding/xml's
// Decoder.Token gives (in strict mode, with no entity map and no charset
// reader), several times faster and with far fewer allocations.
//
// It reads the XML 1.0 that encoding/xml reads: elements, attributes in
// either quote, character and entity references (XML's five entities
// only), CDATA sections, comments, processing instructions, XML's white
// space and end-of-line rules, and namespaces as encoding/xml translates
// them. It checks that every byte is UTF-8 and every character one that XML
// allows. What it does not read is refused with an *xml.SyntaxError that
// gives its line, never read otherwise:
//
//   - a name of an element or attribute with characters other than ASCII
//     letters, digits, '_', ':', '.' and '-' (the formats have none, so
//     encoding/xml's reading of it fails too, later);
//   - and, where encoding/xml reads on, these, which the scanner marks as
//     refused (see scanner.refused): a processing instruction whose target
//     is not ASCII, or is "xml" in another case; an XML declaration that is
//     not at the start of the input or that is not version="1.0" with,
//     optionally, encoding="UTF-8" (in any case) and standalone="yes" or
//     "no", in that order; a comment or processing instruction that is not
//     UTF-8 or holds a character XML does not allow; a character reference
//     to a surrogate (U+D800 to U+DFFF), which encoding/xml reads as U+FFFD.
//
// Like encoding/xml, it reads a declaration (<!DOCTYPE ...>) as a token,
// which the readers refuse, and expands no entity.

// readSize is the most bytes that a scanner asks of its reader at a time:
// it reads at most that much beyond the token it scans.
const readSize = 4096

// errMore is returned inside the scanner when a token goes on beyond the
// bytes in the buffer.
var errMore = errors.New("fsf: the token goes on beyond the buffer")

// xmlURL is the namespace that the prefix xml stands for.
const xmlURL = "http://www.w3.org/XML/1998/namespace"

// maxInternLen is the longest string that an interner keeps, and
// minInternSlots and internSlots the least and the most strings it keeps.
const (
	maxInternLen   = 256
	minInternSlots = 1 << 6
	internSlots    = 1 << 10
)

// An openElem is an element whose end tag the scanner has not read.
type openElem struct {
	raw  xml.Name // as written: the prefix, if any, in Space
	name xml.Name // in its namespace
	ns   int      // the namespace bindings its attributes made
}

// An nsBinding is the binding of a prefix ("" for the default namespace)
// that an element's xmlns attribute replaced, to restore at its end.
type nsBinding struct {
	prefix, url string
	ok          bool // the prefix was bound
}

// A scanner reads XML tokens from r through a buffer of its own.
type scanner struct {
	r        io.Reader
	buf      []byte
	pos, end int   // the unread bytes: buf[pos:end]
	off      int64 // the input offset of buf[pos]
	ln       int   // the line of buf[pos]
	eof      bool  // r has reported io.EOF
	rerr     error // an error of r other than io.EOF
	empty    int   // successive reads of r that gave nothing

	stack   []openElem
	closing bool              // the last token was the start of an empty element <a/>: its end comes next
	ns      map[string]string // the bound prefixes, "" for the default namespace
	undo    []nsBinding

	attrs   []xml.Attr
	scratch []byte      // the text of a token whose references are replaced
	in      *interner   // makes the strings of names and values
	names   [256]string // the names of elements and attributes, by nameSlot

	// refused is set with an error that refuses input that encoding/xml
	// would read on (see the list above), so that the tests can tell it
	// from a difference between the two.
	refused bool
}

func newScanner(r io.Reader, in *interner) *scanner {
	return &scanner{r: r, buf: make([]byte, 2*readSize), ln: 1, in: in}
}

func (s *scanner) offset() int64 { return s.off }

func (s *scanner) line() int { return s.ln }

func (s *scanner) next(t *token) error {
	if s.closing {
		s.closing = false
		top := s.stack[len(s.stack)-1]
		s.pop()
		t.kind, t.end = tokEnd, top.name
		return nil
	}
	for {
		b := s.buf[s.pos:s.end]
		if len(b) == 0 && s.eof {
			if len(s.stack) > 0 {
				return s.syntax(b, 0, "unexpected EOF")
			}
			return io.EOF
		}
		if len(b) > 0 {
			n, err := s.scan(t, b, s.eof)
			if err == nil {
				if n > MaxToken {
					return errTokenLimit
				}
				s.ln += bytes.Count(b[:n], newline)
				s.pos += n
				s.off += int64(n)
				return nil
			}
			if err != errMore {
				return err
			}
			if len(b) > MaxToken {
				return errTokenLimit
			}
		}
		if s.rerr != nil {
			return s.rerr
		}
		s.fill()
	}
}

// errTokenLimit is the error of a token longer than MaxToken bytes: the
// one that limit.Reader gives.
var errTokenLimit = limit.ErrToken

var newline = []byte{'\n'}

// fill reads up to readSize more bytes into the buffer, or sets s.eof or
// s.rerr.
func (s *scanner) fill() {
	if len(s.buf)-s.end < readSize {
		if s.pos > 0 {
			n := copy(s.buf, s.buf[s.pos:s.end])
			s.pos, s.end = 0, n
		}
		if len(s.buf)-s.end < readSize {
			b := make([]byte, max(2*len(s.buf), s.end+readSize))
			copy(b, s.buf[:s.end])
			s.buf = b
		}
	}
	n, err := s.r.Read(s.buf[s.end : s.end+readSize])
	s.end += n
	switch {
	case err == io.EOF:
		s.eof = true
	case err != nil:
		s.rerr = err
	case n == 0:
		if s.empty++; s.empty >= 100 {
			s.rerr = io.ErrNoProgress
		}
		return
	}
	s.empty = 0
}

// syntax returns an *xml.SyntaxError at the line of b[i], b being the
// unread bytes; at the line of the end of b if i is beyond it.
func (s *scanner) syntax(b []byte, i int, msg string) error {
	return &xml.SyntaxError{Msg: msg, Line: s.ln + bytes.Count(b[:min(i+1, len(b))], newline)}
}

// refuse returns s.syntax(b, i, msg) and marks it as refusing what
// encoding/xml would read on.
func (s *scanner) refuse(b []byte, i int, msg string) error {
	s.refused = true
	return s.syntax(b, i, msg)
}

// more returns errMore, or at the end of the input an error: the input
// ends inside a token.
func (s *scanner) more(b []byte, atEOF bool) (int, error) {
	if !atEOF {
		return 0, errMore
	}
	return 0, s.syntax(b, len(b), "unexpected EOF")
}

// scan reads the token at the start of b, the unread bytes, into t and
// returns its length. It returns errMore if the token may go on beyond b;
// atEOF says that it cannot. It changes the scanner's state only when it
// returns a token.
func (s *scanner) scan(t *token, b []byte, atEOF bool) (int, error) {
	if b[0] != '<' {
		return s.scanText(t, b, atEOF)
	}
	if len(b) < 2 {
		return s.more(b, atEOF)
	}
	switch b[1] {
	case '/':
		return s.scanEnd(t, b, atEOF)
	case '?':
		return s.scanPI(t, b, atEOF)
	case '!':
		if len(b) < 3 {
			return s.more(b, atEOF)
		}
		switch b[2] {
		case '-':
			return s.scanComment(t, b, atEOF)
		case '[':
			return s.scanCDATA(t, b, atEOF)
		}
		return s.scanDirective(t, b, atEOF)
	}
	return s.scanStart(t, b, atEOF)
}

// scanText reads text up to the next '<' or the end of the input.
func (s *scanner) scanText(t *token, b []byte, atEOF bool) (int, error) {
	n := bytes.IndexByte(b, '<')
	if n < 0 {
		if !atEOF {
			return 0, errMore
		}
		n = len(b)
	}
	data, err := s.chars(b, 0, n, modeText)
	if err != nil {
		return 0, err
	}
	t.kind, t.data = tokText, data
	return n, nil
}

// scanStart reads a start tag.
func (s *scanner) scanStart(t *token, b []byte, atEOF bool) (int, error) {
	name, i, err := s.nsname(b, 1, atEOF, "expected element name after <")
	if err != nil {
		return 0, err
	}
	s.attrs = s.attrs[:0]
	empty := false
	for {
		i = skipSpace(b, i)
		if i >= len(b) {
			return s.more(b, atEOF)
		}
		if c := b[i]; c == '/' {
			if i+1 >= len(b) {
				return s.more(b, atEOF)
			}
			if b[i+1] != '>' {
				return 0, s.syntax(b, i+1, "expected /> in element")
			}
			empty = true
			i += 2
			break
		} else if c == '>' {
			i++
			break
		}
		var a xml.Attr
		if a, i, err = s.scanAttr(b, i, atEOF); err != nil {
			return 0, err
		}
		s.attrs = append(s.attrs, a)
	}

	// Namespaces, as encoding/xml's Decoder.Token translates them: the
	// element's own declarations apply to it and its attributes.
	bound := 0
	for _, a := range s.attrs {
		switch {
		case a.Name.Space == "xmlns":
			s.bind(a.Name.Local, a.Value)
			bound++
		case a.Name.Space == "" && a.Name.Local == "xmlns":
			s.bind("", a.Value)
			bound++
		}
	}
	raw := name
	s.translate(&name, true)
	for j := range s.attrs {
		s.translate(&s.attrs[j].Name, false)
	}
	s.stack = append(s.stack, openElem{raw: raw, name: name, ns: bound})
	s.closing = empty
	t.kind, t.start = tokStart, xml.StartElement{Name: name, Attr: s.attrs}
	return i, nil
}

// scanAttr reads the attribute at b[i], in a start tag, and returns it
// and the index that follows it.
func (s *scanner) scanAttr(b []byte, i int, atEOF bool) (xml.Attr, int, error) {
	var a xml.Attr
	var err error
	if a.Name, i, err = s.nsname(b, i, atEOF, "expected attribute name in element"); err != nil {
		return a, 0, err
	}
	if i = skipSpace(b, i); i >= len(b) {
		_, err = s.more(b, atEOF)
		return a, 0, err
	}
	if b[i] != '=' {
		return a, 0, s.syntax(b, i, "attribute name without = in element")
	}
	if i = skipSpace(b, i+1); i >= len(b) {
		_, err = s.more(b, atEOF)
		return a, 0, err
	}
	q := b[i]
	if q != '"' && q != '\'' {
		return a, 0, s.syntax(b, i, "unquoted or missing attribute value in element")
	}
	i++
	k := bytes.IndexByte(b[i:], q)
	if k < 0 {
		if lt := bytes.IndexByte(b[i:], '<'); lt >= 0 {
			return a, 0, s.syntax(b, i+lt, "unescaped < inside quoted string")
		}
		_, err = s.more(b, atEOF)
		return a, 0, err
	}
	v, err := s.chars(b, i, i+k, modeAttr)
	if err != nil {
		return a, 0, err
	}
	a.Value = s.str(v)
	return a, i + k + 1, nil
}

// scanEnd reads an end tag.
func (s *scanner) scanEnd(t *token, b []byte, atEOF bool) (int, error) {
	name, i, err := s.nsname(b, 2, atEOF, "expected element name after </")
	if err != nil {
		return 0, err
	}
	if i = skipSpace(b, i); i >= len(b) {
		return s.more(b, atEOF)
	}
	if b[i] != '>' {
		return 0, s.syntax(b, i, "invalid characters between </"+name.Local+" and >")
	}
	if len(s.stack) == 0 {
		return 0, s.syntax(b, i, "unexpected end element </"+name.Local+">")
	}
	top := s.stack[len(s.stack)-1]
	switch {
	case top.raw.Local != name.Local:
		return 0, s.syntax(b, i, "element <"+top.raw.Local+"> closed by </"+name.Local+">")
	case top.raw.Space != name.Space:
		space := name.Space
		if space == "" {
			space = `""`
		}
		return 0, s.syntax(b, i, "element <"+top.raw.Local+"> in space "+top.raw.Space+
			" closed by </"+name.Local+"> in space "+space)
	}
	s.pop()
	t.kind, t.end = tokEnd, top.name
	return i + 1, nil
}

// pop ends the innermost open element, restoring the namespace bindings
// its attributes replaced.
func (s *scanner) pop() {
	top := s.stack[len(s.stack)-1]
	s.stack = s.stack[:len(s.stack)-1]
	for range top.ns {
		u := s.undo[len(s.undo)-1]
		s.undo = s.undo[:len(s.undo)-1]
		if u.ok {
			s.ns[u.prefix] = u.url
		} else {
			delete(s.ns, u.prefix)
		}
	}
}

// bind binds prefix ("" for the default namespace) to url.
func (s *scanner) bind(prefix, url string) {
	if s.ns == nil {
		s.ns = make(map[string]string)
	}
	old, ok := s.ns[prefix]
	s.undo = append(s.undo, nsBinding{prefix, old, ok})
	s.ns[prefix] = url
}

// translate puts n in its namespace, as encoding/xml does: the default
// namespace applies to element names only; the prefixes xmlns and xml are
// XML's own.
func (s *scanner) translate(n *xml.Name, elem bool) {
	switch {
	case n.Space == "xmlns":
		return
	case n.Space == "" && !elem:
		return
	case n.Space == "xml":
		n.Space = xmlURL
	case n.Space == "" && n.Local == "xmlns":
		return
	}
	if v, ok := s.ns[n.Space]; ok {
		n.Space = v
	}
}

// nsname reads the name at b[i] and splits it at its colon, as
// encoding/xml does. The error for a missing name is missing.
func (s *scanner) nsname(b []byte, i int, atEOF bool, missing string) (xml.Name, int, error) {
	var n xml.Name
	j, err := s.name(b, i, atEOF)
	switch {
	case err != nil:
		return n, 0, err
	case j == i:
		return n, 0, s.syntax(b, i, missing)
	}
	raw := b[i:j]
	if !isNameStart(raw[0]) {
		return n, 0, s.syntax(b, j-1, "invalid XML name: "+string(raw))
	}
	switch k := bytes.IndexByte(raw, ':'); {
	case k < 0:
		slot := &s.names[nameSlot(raw)]
		if *slot != string(raw) {
			*slot = s.str(raw)
		}
		n.Local = *slot
	case bytes.IndexByte(raw[k+1:], ':') >= 0:
		return n, 0, s.syntax(b, j-1, missing)
	case k == 0 || k == len(raw)-1:
		n.Local = s.str(raw)
	default:
		n.Space, n.Local = s.str(raw[:k]), s.str(raw[k+1:])
	}
	return n, j, nil
}

// name returns the end of the name that starts at b[i] (i itself if none
// does): ASCII letters, digits, '_', ':', '.' and '-'. A name with other
// characters is an error.
func (s *scanner) name(b []byte, i int, atEOF bool) (int, error) {
	j := i
	for j < len(b) && isNameByte(b[j]) {
		j++
	}
	if j == len(b) {
		return s.more(b, atEOF)
	}
	if b[j] >= utf8.RuneSelf {
		return 0, s.syntax(b, j, "a name with a character other than ASCII letters, digits, '_', ':', '.' and '-'")
	}
	return j, nil
}

// nameSlot returns the slot of the name b in scanner.names: a hash that
// is cheap, and good enough for the few names of a format.
func nameSlot(b []byte) uint8 {
	return uint8(len(b)*31) ^ b[0] ^ b[len(b)-1]<<1 ^ b[len(b)/2]<<2 ^ b[len(b)*3/4]<<3
}

func isNameByte(c byte) bool {
	return 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || '0' <= c && c <= '9' ||
		c == '_' || c == ':' || c == '.' || c == '-'
}

func isNameStart(c byte) bool {
	return 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || c == '_' || c == ':'
}

func skipSpace(b []byte, i int) int {
	for i < len(b) && isSpaceByte(b[i]) {
		i++
	}
	return i
}

// scanComment reads a comment: b starts with "<!-".
func (s *scanner) scanComment(t *token, b []byte, atEOF bool) (int, error) {
	if len(b) < 4 {
		return s.more(b, atEOF)
	}
	if b[3] != '-' {
		return 0, s.syntax(b, 3, "invalid sequence <!- not part of <!--")
	}
	k := bytes.Index(b[4:], []byte("--"))
	if k < 0 || 4+k+2 >= len(b) {
		return s.more(b, atEOF)
	}
	end := 4 + k
	if b[end+2] != '>' {
		return 0, s.syntax(b, end+2, `invalid sequence "--" not allowed in comments`)
	}
	if _, err := s.chars(b, 4, end, modeRaw); err != nil {
		return 0, err
	}
	t.kind, t.data = tokOther, nil
	return end + 3, nil
}

// scanCDATA reads a CDATA section: b starts with "<![".
func (s *scanner) scanCDATA(t *token, b []byte, atEOF bool) (int, error) {
	const open = "<![CDATA["
	for i := 3; i < len(open); i++ {
		if i >= len(b) {
			return s.more(b, atEOF)
		}
		if b[i] != open[i] {
			return 0, s.syntax(b, i, "invalid <![ sequence")
		}
	}
	k := bytes.Index(b[len(open):], []byte("]]>"))
	if k < 0 {
		if !atEOF {
			return 0, errMore
		}
		return 0, s.syntax(b, len(b), "unexpected EOF in CDATA section")
	}
	data, err := s.chars(b, len(open), len(open)+k, modeCDATA)
	if err != nil {
		return 0, err
	}
	t.kind, t.data = tokText, data
	return len(open) + k + 3, nil
}

// scanPI reads a processing instruction: b starts with "<?". Its target
// "xml" is the XML declaration, which it checks.
func (s *scanner) scanPI(t *token, b []byte, atEOF bool) (int, error) {
	j := 2
	for j < len(b) && isNameByte(b[j]) {
		j++
	}
	if j == len(b) {
		return s.more(b, atEOF)
	}
	if b[j] >= utf8.RuneSelf {
		return 0, s.refuse(b, j, "a processing instruction whose target is not ASCII")
	}
	if j == 2 {
		return 0, s.syntax(b, j, "expected target name after <?")
	}
	target := b[2:j]
	if !isNameStart(target[0]) {
		return 0, s.syntax(b, j-1, "invalid XML name: "+string(target))
	}
	i := skipSpace(b, j)
	k := bytes.Index(b[i:], []byte("?>"))
	if k < 0 {
		return s.more(b, atEOF)
	}
	if _, err := s.chars(b, i, i+k, modeRaw); err != nil {
		return 0, err
	}
	switch {
	case string(target) == "xml":
		if err := s.checkDecl(b, j, i+k); err != nil {
			return 0, err
		}
	case strings.EqualFold(string(target), "xml"):
		return 0, s.refuse(b, j-1, "a processing instruction whose target is "+string(target)+": names that are xml in any case are XML's own")
	}
	t.kind, t.data = tokOther, nil
	return i + k + 2, nil
}

// checkDecl checks the XML declaration, whose pseudo-attributes are
// b[lo:hi]: at the start of the input, version 1.0, then optionally
// encoding UTF-8, then optionally standalone yes or no.
func (s *scanner) checkDecl(b []byte, lo, hi int) error {
	if s.off != 0 {
		return s.refuse(b, 1, "an XML declaration that is not at the start of the input")
	}
	names := [...]string{"version", "encoding", "standalone"}
	next := 0 // the index in names of the next pseudo-attribute allowed
	i := lo
	for {
		j := skipSpace(b[:hi], i)
		if j == hi {
			break
		}
		if j == i {
			return s.refuse(b, i, "XML declaration: want white space before "+quote(string(b[i:hi])))
		}
		i = j
		for j < hi && 'a' <= b[j] && b[j] <= 'z' {
			j++
		}
		name := string(b[i:j])
		k := next
		for k < len(names) && names[k] != name {
			k++
		}
		if k == len(names) || k > 0 && next == 0 {
			return s.refuse(b, i, "XML declaration: want version, then encoding and standalone, at "+quote(string(b[i:hi])))
		}
		next = k + 1
		j = skipSpace(b[:hi], j)
		if j == hi || b[j] != '=' {
			return s.refuse(b, j, "XML declaration: want = after "+name)
		}
		j = skipSpace(b[:hi], j+1)
		if j == hi || b[j] != '"' && b[j] != '\'' {
			return s.refuse(b, j, "XML declaration: want a quoted value of "+name)
		}
		e := bytes.IndexByte(b[j+1:hi], b[j])
		if e < 0 {
			return s.refuse(b, hi, "XML declaration: the value of "+name+" has no closing quote")
		}
		v := string(b[j+1 : j+1+e])
		i = j + 1 + e + 1
		var ok bool
		switch name {
		case "version":
			ok = v == "1.0"
		case "encoding":
			ok = strings.EqualFold(v, "utf-8")
		case "standalone":
			ok = v == "yes" || v == "no"
		}
		if !ok {
			return s.refuse(b, i-1, "XML declaration: "+name+" "+quote(v)+": the reader takes version 1.0, encoding UTF-8 and standalone yes or no")
		}
	}
	if next == 0 {
		return s.refuse(b, hi, "XML declaration without a version")
	}
	return nil
}

// scanDirective reads a declaration such as <!DOCTYPE ...>, up to its end
// as encoding/xml finds it: quoted '>' and those of nested declarations
// do not end it, and comments inside it are skipped. Its data, as
// encoding/xml gives it, goes to t.data.
func (s *scanner) scanDirective(t *token, b []byte, atEOF bool) (int, error) {
	out := append(s.scratch[:0], b[2])
	var inquote byte
	depth := 0
	i := 3
	for {
		if i >= len(b) {
			return s.more(b, atEOF)
		}
		c := b[i]
		i++
		if inquote == 0 && c == '>' && depth == 0 {
			break
		}
	handle:
		out = append(out, c)
		switch {
		case c == inquote:
			inquote = 0
		case inquote != 0:
		case c == '\'' || c == '"':
			inquote = c
		case c == '>':
			depth--
		case c == '<':
			const open = "!--"
			for k := range len(open) {
				if i >= len(b) {
					return s.more(b, atEOF)
				}
				c = b[i]
				i++
				if c != open[k] {
					out = append(out, open[:k]...)
					depth++
					goto handle
				}
			}
			out = out[:len(out)-1] // the '<'
			var b0, b1 byte
			for {
				if i >= len(b) {
					return s.more(b, atEOF)
				}
				c = b[i]
				i++
				if b0 == '-' && b1 == '-' && c == '>' {
					break
				}
				b0, b1 = b1, c
			}
			out = append(out, ' ')
		}
	}
	s.scratch = out
	t.kind, t.data = tokDirective, out
	return i, nil
}

// The ways chars reads characters.
const (
	modeText  = iota // text: references replaced; "]]>" is an error
	modeAttr         // an attribute value: references replaced; '<' is an error
	modeCDATA        // a CDATA section: as written
	modeRaw          // a comment or processing instruction: checked only
)

// The classes of the bytes, for chars.
const (
	classPlain   = iota // a character XML allows, as itself
	classBad            // a control character XML does not allow
	classMulti          // the first byte of a multi-byte UTF-8 sequence, or not UTF-8
	classCR             // '\r', which end-of-line handling changes
	classAmp            // '&'
	classLT             // '<'
	classBracket        // ']'
)

var byteClass = func() (c [256]uint8) {
	for i := range c {
		switch {
		case i >= utf8.RuneSelf:
			c[i] = classMulti
		case i < 0x20 && i != '\t' && i != '\n' && i != '\r':
			c[i] = classBad
		}
	}
	c['\r'], c['&'], c['<'], c[']'] = classCR, classAmp, classLT, classBracket
	return c
}()

// chars checks b[lo:hi] as character data read in the given mode, and
// returns it with end-of-line handling done and references replaced: b
// itself if there is nothing to change, or s.scratch. In modeRaw it
// returns nil.
func (s *scanner) chars(b []byte, lo, hi int, mode int) ([]byte, error) {
	change := -1 // the index of the first byte to change
	for i := lo; i < hi; {
		switch byteClass[b[i]] {
		case classPlain:
			i++
			continue
		case classMulti:
			r, n := utf8.DecodeRune(b[i:hi])
			if r == utf8.RuneError && n == 1 {
				return nil, s.badChar(b, hi, mode, "invalid UTF-8")
			}
			if !isChar(r) {
				return nil, s.badChar(b, hi, mode, fmt.Sprintf("illegal character code %U", r))
			}
			i += n
			continue
		case classBad:
			return nil, s.badChar(b, hi, mode, fmt.Sprintf("illegal character code %U", rune(b[i])))
		case classCR:
			if change < 0 && mode != modeRaw {
				change = i
			}
		case classAmp:
			if change < 0 && (mode == modeText || mode == modeAttr) {
				change = i
			}
		case classLT:
			if mode == modeAttr {
				return nil, s.syntax(b, i, "unescaped < inside quoted string")
			}
		case classBracket:
			if mode == modeText && i+2 < hi && b[i+1] == ']' && b[i+2] == '>' {
				return nil, s.syntax(b, i+2, "unescaped ]]> not in CDATA section")
			}
		}
		i++
	}
	switch {
	case mode == modeRaw:
		return nil, nil
	case change < 0:
		return b[lo:hi], nil
	}
	return s.replace(b, lo, hi, change, mode)
}

// badChar returns the error of a byte that is not UTF-8 or of a character
// that XML does not allow, at the end of the text (where encoding/xml
// finds it); in a comment or processing instruction, which encoding/xml
// does not check, a refusal.
func (s *scanner) badChar(b []byte, hi, mode int, msg string) error {
	if mode == modeRaw {
		return s.refuse(b, hi, msg+" in a comment or processing instruction")
	}
	return s.syntax(b, hi-1, msg)
}

// replace returns b[lo:hi] in s.scratch with CR LF and lone CR made LF and,
// but in a CDATA section, references replaced; b[lo:from] needs neither.
func (s *scanner) replace(b []byte, lo, hi, from, mode int) ([]byte, error) {
	out := append(s.scratch[:0], b[lo:from]...)
	for i := from; i < hi; {
		switch c := b[i]; {
		case c == '\r':
			out = append(out, '\n')
			i++
			if i < hi && b[i] == '\n' {
				i++
			}
		case c == '&' && mode != modeCDATA:
			r, n, err := s.ref(b, i, hi)
			if err != nil {
				return nil, err
			}
			out = utf8.AppendRune(out, r)
			i += n
		default:
			j := i + 1
			for j < hi && b[j] != '\r' && b[j] != '&' {
				j++
			}
			out = append(out, b[i:j]...)
			i = j
		}
	}
	s.scratch = out
	return out, nil
}

// The entities XML defines, with their ';'.
var entities = [...]struct {
	name string
	r    rune
}{{"lt;", '<'}, {"gt;", '>'}, {"amp;", '&'}, {"apos;", '\''}, {"quot;", '"'}}

// ref reads the reference at b[i] ('&'), within b[:hi], and returns the
// character it stands for and its length.
func (s *scanner) ref(b []byte, i, hi int) (rune, int, error) {
	j := i + 1
	if j < hi && b[j] == '#' {
		j++
		base := rune(10)
		if j < hi && b[j] == 'x' {
			base = 16
			j++
		}
		start := j
		var r rune
		for ; j < hi; j++ {
			d := digit(b[j], base)
			if d < 0 {
				break
			}
			if r <= unicode.MaxRune {
				r = r*base + d
			}
		}
		if j == hi || b[j] != ';' {
			return 0, 0, s.syntax(b, j, "invalid character entity "+quote(string(b[i:j]))+" (no semicolon)")
		}
		if j == start || r > unicode.MaxRune {
			return 0, 0, s.syntax(b, j, "invalid character entity "+quote(string(b[i:j+1])))
		}
		if !isChar(r) {
			msg := fmt.Sprintf("illegal character code %U in the character reference %s", r, b[i:j+1])
			if 0xD800 <= r && r <= 0xDFFF {
				return 0, 0, s.refuse(b, j, msg)
			}
			return 0, 0, s.syntax(b, j, msg)
		}
		return r, j + 1 - i, nil
	}
	for _, e := range entities {
		if bytes.HasPrefix(b[j:hi], []byte(e.name)) {
			return e.r, 1 + len(e.name), nil
		}
	}
	k := j
	for k < hi && (isNameByte(b[k]) || b[k] >= utf8.RuneSelf) {
		k++
	}
	if k < hi && b[k] == ';' {
		return 0, 0, s.syntax(b, k, "invalid character entity "+quote(string(b[i:k+1])))
	}
	return 0, 0, s.syntax(b, k, "invalid character entity "+quote(string(b[i:k]))+" (no semicolon)")
}

// digit returns the value of the digit c in base 10 or 16, or -1.
func digit(c byte, base rune) rune {
	switch {
	case '0' <= c && c <= '9':
		return rune(c - '0')
	case base == 16 && 'a' <= c && c <= 'f':
		return rune(c-'a') + 10
	case base == 16 && 'A' <= c && c <= 'F':
		return rune(c-'A') + 10
	}
	return -1
}

// isChar reports whether XML allows the character r (the Char production
// of XML 1.0, section 2.2).
func isChar(r rune) bool {
	return r == 0x09 || r == 0x0A || r == 0x0D ||
		r >= 0x20 && r <= 0xD7FF || r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF
}

// str returns b as a string.
func (s *scanner) str(b []byte) string { return s.in.str(b) }

// An interner makes strings of bytes, and keeps the last string it made of
// short bytes with each hash, to give it again for the same bytes: so that
// repeated names and values (an act's URL, a country's name) take no new
// memory. Its table starts small, for small files, and grows as it misses.
// Make one with init.
type interner struct {
	seed   maphash.Seed
	slots  []string // a power of two of them
	misses int      // since the table last grew
}

func (in *interner) init() {
	in.seed, in.slots, in.misses = maphash.MakeSeed(), make([]string, minInternSlots), 0
}

// str returns b as a string: for short bytes, the string it last made of
// the same bytes, if it still keeps it.
func (in *interner) str(b []byte) string {
	if len(b) == 0 || len(b) > maxInternLen {
		return string(b)
	}
	slot := &in.slots[maphash.Bytes(in.seed, b)&uint64(len(in.slots)-1)]
	if *slot == string(b) {
		return *slot
	}
	*slot = string(b)
	if in.misses++; in.misses > 4*len(in.slots) && len(in.slots) < internSlots {
		in.slots, in.misses = make([]string, 2*len(in.slots)), 0
	}
	return *slot
}
