package fsf

import (
	"errors"
	"strconv"
)

// Limits on what the readers accept, so that hostile input cannot make them
// use unbounded memory or time. Input beyond a limit is an error wrapping
// ErrLimit. Real files stay far below each of them: the whole EU list is
// some 25 MB and 6,000 entities, its largest entity a few tens of kilobytes.
const (
	// MaxToken is the largest number of bytes one XML token may take in the
	// input: a start tag with its attributes, a run of text, a comment.
	MaxToken = 64 << 10

	// MaxText is the largest number of bytes of the text of one element
	// (a remark, a publicationUrl, a legacy NAME's WHOLENAME ...), comments
	// and CDATA sections inside it included.
	MaxText = 64 << 10

	// MaxDepth is the deepest nesting of elements accepted. The formats
	// nest four deep (export, sanctionEntity, nameAlias,
	// regulationSummary); an element the format does not have is refused
	// anyway, so this limit is a second guard.
	MaxDepth = 8

	// MaxEntitySize is the largest number of bytes of input one entity may
	// take: in XML, from the end of the previous entity (or of the root's
	// start tag) to the end of this one, so that what lies between
	// entities, and before the root, counts too; in CSV, its rows.
	MaxEntitySize = 4 << 20

	// MaxRecords is the largest number of parts of one entity: its names,
	// birth dates, citizenships, identifications, addresses, regulations
	// and remarks, and the remarks, cited acts and contact details of
	// those, together.
	MaxRecords = 4096

	// MaxRow is the largest number of bytes of one CSV row, its line breaks
	// and quotes included. A Decoder reads CSV through a 4 KiB buffer, so a
	// row may overrun the limit by up to that much before it is refused.
	MaxRow = 256 << 10

	// MaxField is the largest number of bytes of one CSV field, after its
	// quotes are removed.
	MaxField = 64 << 10

	// MaxEntities is the largest number of entities one file may hold: a
	// Decoder keeps the logical id of each CSV entity it has read, to
	// detect an entity whose rows are not together.
	MaxEntities = 1 << 20

	// MaxDocument is the largest number of bytes ReadAll reads: it keeps
	// the whole list in memory. A Decoder has no such limit: it keeps one
	// entity at a time.
	MaxDocument = 256 << 20
)

// Errors that a *ParseError wraps, to say what kind of problem it reports.
var (
	// ErrFormat reports input that is none of the formats: neither XML
	// whose root is export or WHOLE, nor CSV starting with the header.
	ErrFormat = errors.New("not a Financial Sanctions File")
	// ErrElement reports an element the format does not have at that
	// place, a second one where the format has one, or a DOCTYPE.
	ErrElement = errors.New("unexpected element")
	// ErrAttr reports an attribute the element does not have, or one given
	// twice.
	ErrAttr = errors.New("unexpected attribute")
	// ErrText reports text where the format has only elements.
	ErrText = errors.New("unexpected text")
	// ErrColumn reports a CSV header with a column the format does not
	// have, or without one it has, or a row whose number of fields is not
	// the header's.
	ErrColumn = errors.New("unexpected column")
	// ErrMissing reports a required attribute, element or field that is
	// absent or empty.
	ErrMissing = errors.New("missing")
	// ErrValue reports a malformed value: a date that is not a date, a
	// number that is not a number, a flag that is neither "true" nor
	// "false".
	ErrValue = errors.New("malformed value")
	// ErrConflict reports values that contradict each other: a birth date
	// whose year differs from its year attribute, CSV rows of one entity or
	// one part that disagree, an entity whose CSV rows are not together, a
	// legacy part whose Entity_id is not its entity's Id.
	ErrConflict = errors.New("conflicting values")
	// ErrLimit reports input beyond one of the limits (see [MaxToken]).
	ErrLimit = errors.New("input exceeds a limit")
)

// A ParseError reports input that a reader cannot read, with where and what:
// the line, the entity, the element or column, the kind of problem and the
// offending text.
//
// Err is one of the errors above; or an *xml.SyntaxError for input that is
// not well-formed XML, or not UTF-8, or that the XML reader refuses (see
// the package's documentation); or the error of the underlying reader.
// Use errors.Is and errors.As, never the message.
type ParseError struct {
	// Line is the 1-based line of the input: in XML, the line on which the
	// offending token ends; in CSV, the line on which the offending row or
	// field starts.
	Line int
	// Entity is the 1-based index in the file of the entity being read
	// (sanctionEntity, ENTITY or the CSV rows of one Entity_LogicalId), or
	// 0 outside any entity.
	Entity int
	// Element is the element concerned, such as "nameAlias", with the
	// attribute after an @, such as "birthdate@birthdate"; or, in CSV, the
	// column, such as "BirthDate_BirthDate". It is empty for syntax errors.
	Element string
	Err     error
	Detail  string // what is wrong, in words; may be empty
}

// Error returns the error in the form
// `fsf: line 12: entity 2: birthdate@birthdate: malformed value: "2020-13-01" is not a YYYY-MM-DD date: ...`.
func (e *ParseError) Error() string {
	b := make([]byte, 0, 80)
	b = append(b, "fsf: line "...)
	b = strconv.AppendInt(b, int64(e.Line), 10)
	b = append(b, ": "...)
	if e.Entity > 0 {
		b = append(b, "entity "...)
		b = strconv.AppendInt(b, int64(e.Entity), 10)
		b = append(b, ": "...)
	}
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
