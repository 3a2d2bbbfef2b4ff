package epxml

import (
	"errors"
	"strconv"
)

// Limits on what the readers accept, so that hostile input cannot make them
// use unbounded memory. Input beyond a limit is an error wrapping ErrLimit.
// Real documents stay far below each of them.
const (
	// MaxToken is the largest number of bytes one XML token may take in the
	// input: a start tag with its attributes, or a run of character data.
	// The readers see the input through a 4 KiB buffer, so a token may
	// overrun the limit by up to that much before it is refused.
	MaxToken = 64 << 10

	// MaxText is the largest number of bytes of the text of one element,
	// after white space is collapsed: a description, a name, a title.
	MaxText = 16 << 10

	// MaxDepth is the deepest nesting of elements accepted. The formats
	// nest fewer than ten deep.
	MaxDepth = 32

	// MaxMembers is the largest number of Members' votes in one roll call,
	// and separately the largest number of corrections of intention; it
	// also bounds each stated count. The Parliament has never had more
	// than 785 Members.
	MaxMembers = 1000

	// MaxLinks is the largest number of links in one description.
	MaxLinks = 64

	// MaxItems is the largest number of entries a reader keeps beside the
	// votes: the notices, titles, vote titles and glossary texts of a
	// [Sitting] and each element and text of its unknown elements; the
	// glossary items, agenda items, votings and kept elements of a
	// [Results] document.
	// A results list takes some twenty for each agenda item.
	MaxItems = 1 << 16

	// MaxKept is the largest number of bytes of text and attribute values
	// that the entries MaxItems counts may hold together.
	MaxKept = 16 << 20

	// MaxRollCalls is the largest number of roll calls [ReadAll] returns
	// from one document; a day of votes has at most several hundred. A
	// [Decoder] has no such limit: it keeps one roll call at a time.
	MaxRollCalls = 2000

	// MaxDocument is the largest number of bytes [ReadAll] and
	// [ReadResults] read: they keep the whole document in memory. A
	// roll-call list takes some 80 KB for a roll call of 700 Members, so
	// that a day of 700 roll calls would take some 55 MB. A [Decoder] has
	// no such limit.
	MaxDocument = 256 << 20
)

// Errors that a *ParseError wraps, to say what kind of problem it reports.
var (
	// ErrElement reports an element the format does not have at that
	// place, or a second one where the format has one.
	ErrElement = errors.New("unexpected element")
	// ErrAttr reports an attribute that an element of the format does not
	// have and the reader has nowhere to keep, or a repeated attribute.
	ErrAttr = errors.New("unexpected attribute")
	// ErrText reports text where the format has only elements.
	ErrText = errors.New("unexpected text")
	// ErrMissing reports a required attribute or content that is absent.
	ErrMissing = errors.New("missing")
	// ErrValue reports a malformed value: a count that is not a number, a
	// date that is not a date, an unknown result.
	ErrValue = errors.New("malformed value")
	// ErrLimit reports input beyond one of the limits (see [MaxToken]).
	ErrLimit = errors.New("input exceeds a limit")
)

// A ParseError reports a document that a reader cannot read, with where and
// what: the line, the element, the kind of problem and the offending text.
//
// Err is one of ErrElement, ErrAttr, ErrText, ErrMissing, ErrValue and
// ErrLimit; or an *xml.SyntaxError for input that is not well-formed XML; or
// the error of the underlying reader. Use errors.Is and errors.As, never the
// message.
type ParseError struct {
	Line    int    // 1-based line of the input on which the offending token ends
	Element string // the element concerned, such as "Result.For"; empty for XML syntax errors
	Err     error
	Detail  string // what is wrong, in words; may be empty
}

// Error returns the error in the form
// `epxml: line 12: Result.Abstention: malformed value: Number "x" is not a count`.
func (e *ParseError) Error() string {
	b := make([]byte, 0, 80)
	b = append(b, "epxml: line "...)
	b = strconv.AppendInt(b, int64(e.Line), 10)
	b = append(b, ": "...)
	if e.Element != "" {
		b = append(b, e.Element...)
		b = append(b, ": "...)
	}
	if e.Err != nil {
		b = append(b, e.Err.Error()...)
	}
	if e.Detail != "" {
		b = append(b, ": "...)
		b = append(b, e.Detail...)
	}
	return string(b)
}

// Unwrap returns e.Err, so that errors.Is(err, ErrValue) works.
func (e *ParseError) Unwrap() error { return e.Err }

// quote returns s quoted for an error message, shortened to 40 bytes.
func quote(s string) string {
	const max = 40
	if len(s) > max {
		i := max
		for i > 0 && s[i]&0xC0 == 0x80 { // do not split a UTF-8 sequence
			i--
		}
		return strconv.Quote(s[:i]) + "..."
	}
	return strconv.Quote(s)
}
