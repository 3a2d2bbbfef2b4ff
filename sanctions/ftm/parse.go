package ftm

import (
	"bytes"
	"encoding/json"
	"fmt"
	"unicode/utf16"
	"unicode/utf8"
)

// maxDepth bounds the nesting of arrays and objects in an Extra value, as
// encoding/json does.
const maxDepth = 10000

// A parser reads one entity from a JSON object in a single pass. It
// accepts the JSON that encoding/json accepts and reads strings as it
// does: invalid UTF-8 and lone surrogates become U+FFFD.
type parser struct {
	b []byte
	i int
}

func (p *parser) syntax(msg string) error {
	return fmt.Errorf("%w at byte %d: %s", ErrSyntax, p.i, msg)
}

func (p *parser) unexpected() error {
	if p.i >= len(p.b) {
		return p.syntax("unexpected end of input")
	}
	return p.syntax("unexpected character " + quoteChar(p.b[p.i]))
}

func quoteChar(c byte) string {
	if c >= 0x20 && c < 0x7f {
		return "'" + string(rune(c)) + "'"
	}
	return fmt.Sprintf("byte %#02x", c)
}

func (p *parser) ws() {
	for p.i < len(p.b) {
		switch p.b[p.i] {
		case ' ', '\t', '\n', '\r':
			p.i++
		default:
			return
		}
	}
}

// peek returns the next byte after white space, or 0 at the end.
func (p *parser) peek() byte {
	p.ws()
	if p.i >= len(p.b) {
		return 0
	}
	return p.b[p.i]
}

func (p *parser) expect(c byte) error {
	if p.peek() != c {
		return p.unexpected()
	}
	p.i++
	return nil
}

func (p *parser) literal(s string) error {
	if !bytes.HasPrefix(p.b[p.i:], []byte(s)) {
		return p.unexpected()
	}
	p.i += len(s)
	return nil
}

// entity reads the whole input as one entity object.
func (p *parser) entity() (Entity, error) {
	var e Entity
	if p.peek() != '{' {
		return e, p.notObject()
	}
	p.i++
	var seen uint16 // the envelope keys met, by bit
	for n := 0; ; n++ {
		c := p.peek()
		if n == 0 && c == '}' {
			p.i++
			break
		}
		if c != '"' {
			return e, p.unexpected()
		}
		key, err := p.str()
		if err != nil {
			return e, err
		}
		if err := p.expect(':'); err != nil {
			return e, err
		}
		p.ws()
		if bit := envelopeBit(key); bit != 0 {
			if seen&bit != 0 {
				return e, fmt.Errorf("%q: %w", key, ErrDuplicateKey)
			}
			seen |= bit
		}
		if err := p.member(&e, key); err != nil {
			return e, err
		}
		if c := p.peek(); c == ',' {
			p.i++
			continue
		} else if c == '}' {
			p.i++
			break
		}
		return e, p.unexpected()
	}
	if p.ws(); p.i < len(p.b) {
		return e, p.syntax("text after the object")
	}
	if e.ID == "" {
		return e, ErrMissingID
	}
	if e.Schema == "" {
		return e, ErrMissingSchema
	}
	if e.Properties == nil {
		e.Properties = map[string][]string{}
	}
	return e, nil
}

// notObject returns the error for an input that is not a JSON object: the
// syntax error of one that is not JSON, else ErrNotObject.
func (p *parser) notObject() error {
	c := p.peek()
	if err := p.skip(0); err != nil {
		return err
	}
	if p.ws(); p.i < len(p.b) {
		return p.syntax("text after the value")
	}
	if c == '[' {
		return fmt.Errorf("%w: a JSON array (ftm reads JSON lines: one object per line)", ErrNotObject)
	}
	return ErrNotObject
}

// member reads the value of the object member key into e: an envelope
// key's field, or Extra for any other key, which must not be given twice.
func (p *parser) member(e *Entity, key string) error {
	var err error
	switch key {
	case keyID:
		e.ID, err = p.optString(key)
	case keySchema:
		e.Schema, err = p.optString(key)
	case keyCaption:
		e.Caption, err = p.optString(key)
	case keyFirstSeen:
		e.FirstSeen, err = p.optString(key)
	case keyLastSeen:
		e.LastSeen, err = p.optString(key)
	case keyLastChange:
		e.LastChange, err = p.optString(key)
	case keyDatasets:
		e.Datasets, err = p.optList(key)
	case keyReferents:
		e.Referents, err = p.optList(key)
	case keyTarget:
		e.Target, err = p.optBool(key)
	case keyProperties:
		e.Properties, err = p.properties()
	default:
		if _, dup := e.Extra[key]; dup {
			return fmt.Errorf("%q: %w", key, ErrDuplicateKey)
		}
		start := p.i
		if err := p.skip(0); err != nil {
			return err
		}
		var c bytes.Buffer
		if err := json.Compact(&c, p.b[start:p.i]); err != nil {
			return fmt.Errorf("%w: %v", ErrSyntax, err) // cannot happen: skip checked it
		}
		if e.Extra == nil {
			e.Extra = make(map[string]json.RawMessage)
		}
		e.Extra[key] = json.RawMessage(c.Bytes())
	}
	return err
}

func envelopeBit(k string) uint16 {
	switch k {
	case keyID:
		return 1 << 0
	case keyCaption:
		return 1 << 1
	case keySchema:
		return 1 << 2
	case keyProperties:
		return 1 << 3
	case keyDatasets:
		return 1 << 4
	case keyReferents:
		return 1 << 5
	case keyTarget:
		return 1 << 6
	case keyFirstSeen:
		return 1 << 7
	case keyLastSeen:
		return 1 << 8
	case keyLastChange:
		return 1 << 9
	}
	return 0
}

// wrongType returns err for a value of the wrong type, or the syntax error
// of a value that is not JSON at all.
func (p *parser) wrongType(err error) error {
	if e := p.skip(0); e != nil {
		return e
	}
	return err
}

// optString reads a string or null ("").
func (p *parser) optString(key string) (string, error) {
	switch p.peek() {
	case '"':
		return p.str()
	case 'n':
		return "", p.literal("null")
	}
	return "", p.wrongType(fmt.Errorf("%q: %w: want a string", key, ErrType))
}

// optList reads a list of strings or null (nil).
func (p *parser) optList(key string) ([]string, error) {
	if p.peek() == 'n' {
		return nil, p.literal("null")
	}
	l, err := p.list()
	if err == errNotList {
		return nil, fmt.Errorf("%q: %w", key, err)
	}
	return l, err
}

// optBool reads a boolean or null (nil).
func (p *parser) optBool(key string) (*bool, error) {
	var v bool
	switch p.peek() {
	case 't':
		v = true
		if err := p.literal("true"); err != nil {
			return nil, err
		}
	case 'f':
		if err := p.literal("false"); err != nil {
			return nil, err
		}
	case 'n':
		return nil, p.literal("null")
	default:
		return nil, p.wrongType(fmt.Errorf("%q: %w: want a boolean", key, ErrType))
	}
	return &v, nil
}

// errNotList is list's report of a value that is not a list of strings.
var errNotList = fmt.Errorf("%w: want a list of strings", ErrType)

// list reads a list of strings: never nil, even when empty. A JSON value
// of another form gives errNotList.
func (p *parser) list() ([]string, error) {
	start := p.i
	if p.peek() != '[' {
		return nil, p.wrongType(errNotList)
	}
	p.i++
	l := []string{}
	if p.peek() == ']' {
		p.i++
		return l, nil
	}
	for {
		if p.peek() != '"' {
			p.i = start
			return nil, p.wrongType(errNotList)
		}
		s, err := p.str()
		if err != nil {
			return nil, err
		}
		l = append(l, s)
		switch p.peek() {
		case ',':
			p.i++
		case ']':
			p.i++
			return l, nil
		default:
			return nil, p.unexpected()
		}
	}
}

// properties reads the properties object, or null (an empty map).
func (p *parser) properties() (map[string][]string, error) {
	switch p.peek() {
	case 'n':
		return map[string][]string{}, p.literal("null")
	case '{':
	default:
		return nil, p.wrongType(fmt.Errorf("%q: %w: want an object", keyProperties, ErrType))
	}
	p.i++
	ps := make(map[string][]string)
	if p.peek() == '}' {
		p.i++
		return ps, nil
	}
	for {
		if p.peek() != '"' {
			return nil, p.unexpected()
		}
		k, err := p.str()
		if err != nil {
			return nil, err
		}
		if err := p.expect(':'); err != nil {
			return nil, err
		}
		if _, dup := ps[k]; dup {
			return nil, fmt.Errorf("property %q: %w", k, ErrDuplicateKey)
		}
		l, err := p.list()
		if err == errNotList {
			return nil, fmt.Errorf("property %q: %w", k, err)
		}
		if err != nil {
			return nil, err
		}
		ps[k] = l
		switch p.peek() {
		case ',':
			p.i++
		case '}':
			p.i++
			return ps, nil
		default:
			return nil, p.unexpected()
		}
	}
}

// scanString scans the string at p.i, which starts with '"', to its end.
// It reports the string's contents and whether they hold an escape or a
// byte outside ASCII.
func (p *parser) scanString() (seg []byte, plain bool, err error) {
	start := p.i + 1
	plain = true
	for i := start; i < len(p.b); i++ {
		switch c := p.b[i]; {
		case c == '"':
			p.i = i + 1
			return p.b[start:i], plain, nil
		case c == '\\':
			plain = false
			i++
		case c < 0x20:
			p.i = i
			return nil, false, p.syntax("control character " + quoteChar(c) + " in string")
		case c >= utf8.RuneSelf:
			plain = false
		}
	}
	p.i = len(p.b)
	return nil, false, p.syntax("unterminated string")
}

// str reads the string at p.i.
func (p *parser) str() (string, error) {
	at := p.i
	seg, plain, err := p.scanString()
	if err != nil {
		return "", err
	}
	if plain || (bytes.IndexByte(seg, '\\') < 0 && utf8.Valid(seg)) {
		return string(seg), nil
	}
	s, ok := unquote(seg)
	if !ok {
		p.i = at
		return "", p.syntax("invalid escape in string")
	}
	return s, nil
}

// unquote decodes the contents of a JSON string as encoding/json does.
func unquote(s []byte) (string, bool) {
	b := make([]byte, 0, len(s)+2*utf8.UTFMax)
	for r := 0; r < len(s); {
		c := s[r]
		switch {
		case c == '\\':
			r++
			if r >= len(s) {
				return "", false
			}
			switch s[r] {
			case '"', '\\', '/':
				b = append(b, s[r])
				r++
			case 'b':
				b = append(b, '\b')
				r++
			case 'f':
				b = append(b, '\f')
				r++
			case 'n':
				b = append(b, '\n')
				r++
			case 'r':
				b = append(b, '\r')
				r++
			case 't':
				b = append(b, '\t')
				r++
			case 'u':
				rr := hex4(s[r+1:])
				if rr < 0 {
					return "", false
				}
				r += 5
				if utf16.IsSurrogate(rr) {
					if len(s) >= r+6 && s[r] == '\\' && s[r+1] == 'u' {
						if dec := utf16.DecodeRune(rr, hex4(s[r+2:])); dec != utf8.RuneError {
							b = utf8.AppendRune(b, dec)
							r += 6
							break
						}
					}
					rr = utf8.RuneError
				}
				b = utf8.AppendRune(b, rr)
			default:
				return "", false
			}
		case c < utf8.RuneSelf:
			b = append(b, c)
			r++
		default:
			rr, size := utf8.DecodeRune(s[r:])
			b = utf8.AppendRune(b, rr) // an invalid byte becomes U+FFFD
			r += size
		}
	}
	return string(b), true
}

// hex4 returns the value of the four hexadecimal digits at the start of
// s, or -1.
func hex4(s []byte) rune {
	if len(s) < 4 {
		return -1
	}
	var r rune
	for _, c := range s[:4] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c -= 'a' - 10
		case 'A' <= c && c <= 'F':
			c -= 'A' - 10
		default:
			return -1
		}
		r = r*16 + rune(c)
	}
	return r
}

// skip reads past any JSON value, checking its syntax.
func (p *parser) skip(depth int) error {
	if depth > maxDepth {
		return p.syntax("nested too deeply")
	}
	switch p.peek() {
	case '{':
		return p.skipObject(depth)
	case '[':
		return p.skipArray(depth)
	case '"':
		_, err := p.str()
		return err
	case 't':
		return p.literal("true")
	case 'f':
		return p.literal("false")
	case 'n':
		return p.literal("null")
	}
	return p.number()
}

// skipObject reads past a JSON object, at depth, checking its syntax.
func (p *parser) skipObject(depth int) error {
	p.i++ // {
	if p.peek() == '}' {
		p.i++
		return nil
	}
	for {
		if p.peek() != '"' {
			return p.unexpected()
		}
		if _, err := p.str(); err != nil {
			return err
		}
		if err := p.expect(':'); err != nil {
			return err
		}
		if err := p.skip(depth + 1); err != nil {
			return err
		}
		switch p.peek() {
		case ',':
			p.i++
		case '}':
			p.i++
			return nil
		default:
			return p.unexpected()
		}
	}
}

// skipArray reads past a JSON array, at depth, checking its syntax.
func (p *parser) skipArray(depth int) error {
	p.i++ // [
	if p.peek() == ']' {
		p.i++
		return nil
	}
	for {
		if err := p.skip(depth + 1); err != nil {
			return err
		}
		switch p.peek() {
		case ',':
			p.i++
		case ']':
			p.i++
			return nil
		default:
			return p.unexpected()
		}
	}
}

// number reads a JSON number.
func (p *parser) number() error {
	digits := func() int {
		n := 0
		for p.i < len(p.b) && '0' <= p.b[p.i] && p.b[p.i] <= '9' {
			p.i++
			n++
		}
		return n
	}
	if p.i < len(p.b) && p.b[p.i] == '-' {
		p.i++
	}
	switch {
	case p.i < len(p.b) && p.b[p.i] == '0':
		p.i++
	case digits() == 0:
		return p.unexpected()
	}
	if p.i < len(p.b) && p.b[p.i] == '.' {
		p.i++
		if digits() == 0 {
			return p.unexpected()
		}
	}
	if p.i < len(p.b) && (p.b[p.i] == 'e' || p.b[p.i] == 'E') {
		p.i++
		if p.i < len(p.b) && (p.b[p.i] == '+' || p.b[p.i] == '-') {
			p.i++
		}
		if digits() == 0 {
			return p.unexpected()
		}
	}
	return nil
}

// idOf returns the id of a line that failed to read, when its top-level
// object gives one as a string before any syntax error.
func idOf(b []byte) string {
	p := &parser{b: b}
	if p.peek() != '{' {
		return ""
	}
	p.i++
	if p.peek() == '}' {
		return ""
	}
	for {
		if p.peek() != '"' {
			return ""
		}
		key, err := p.str()
		if err != nil || p.expect(':') != nil {
			return ""
		}
		if key == keyID && p.peek() == '"' {
			id, _ := p.str()
			return id
		}
		if p.skip(0) != nil {
			return ""
		}
		if p.peek() != ',' {
			return ""
		}
		p.i++
	}
}
