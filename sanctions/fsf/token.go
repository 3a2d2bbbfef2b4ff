package fsf

import (
	"encoding/xml"

	"github.com/acquis-eu/acquis/internal/limit"
)

// This file defines the tokens the XML readers take, and the two
// tokenizers that make them: a scanner of its own (scan.go), which the
// Decoder uses, and encoding/xml's Decoder, which the tests use to check
// the scanner against.

// A tokKind is the kind of an XML token.
type tokKind uint8

const (
	tokStart     tokKind = 1 + iota // a start tag; an empty element <a/> gives a start then an end
	tokEnd                          // an end tag
	tokText                         // character data: text or a CDATA section
	tokDirective                    // a declaration such as <!DOCTYPE ...>
	tokOther                        // a comment or a processing instruction, which carry no data
)

// A token is an XML token, as encoding/xml's Decoder.Token gives it: names
// in their namespace, references replaced, line ends made LF.
type token struct {
	kind  tokKind
	start xml.StartElement // tokStart; its Attr are valid until the next token
	end   xml.Name         // tokEnd
	data  []byte           // tokText, tokDirective; valid until the next token
}

// A tokenizer reads tokens.
type tokenizer interface {
	// next reads the next token into t. At the end of the input, with no
	// element open, it returns io.EOF; on bad input, an *xml.SyntaxError,
	// or another error of the input (limit.ErrToken, limit.ErrTotal ...).
	next(t *token) error
	// offset returns the input offset of the end of the last token, from
	// the tokenizer's start.
	offset() int64
	// line returns the 1-based line on which the last token ends.
	line() int
}

// A stdTokenizer reads tokens with encoding/xml.
type stdTokenizer struct {
	x    *xml.Decoder
	lr   *limit.Reader
	base int64 // input bytes before the xml.Decoder's offset 0
}

func newStdTokenizer(d *Decoder) *stdTokenizer {
	x := xml.NewDecoder(d.br)
	// Strict is the default, and with no Entity map the decoder knows only
	// XML's own five entities: a DTD's entities are never expanded. With
	// no CharsetReader, any encoding but UTF-8 is refused.
	x.Strict = true
	return &stdTokenizer{x: x, lr: &d.lr, base: d.base}
}

func (s *stdTokenizer) next(t *token) error {
	s.lr.Mark = s.base + s.x.InputOffset()
	tok, err := s.x.Token()
	if err != nil {
		return err
	}
	switch tok := tok.(type) {
	case xml.StartElement:
		t.kind, t.start = tokStart, tok
	case xml.EndElement:
		t.kind, t.end = tokEnd, tok.Name
	case xml.CharData:
		t.kind, t.data = tokText, tok
	case xml.Directive:
		t.kind, t.data = tokDirective, tok
	default:
		t.kind, t.data = tokOther, nil
	}
	return nil
}

func (s *stdTokenizer) offset() int64 { return s.x.InputOffset() }

func (s *stdTokenizer) line() int {
	line, _ := s.x.InputPos()
	return line
}
