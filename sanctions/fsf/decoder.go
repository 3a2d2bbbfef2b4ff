package fsf

import (
	"bufio"
	"fmt"
	"io"
	"strconv"

	"github.com/acquis-eu/acquis"
	"github.com/acquis-eu/acquis/internal/limit"
	"github.com/acquis-eu/acquis/sanctions"
)

// A Format is one of the layouts of the Financial Sanctions Files. The zero
// Format means that the format is not known yet; String prints it as
// "%!Format(0)".
type Format uint8

// The formats a [Decoder] reads.
const (
	XML11 Format = 1 + iota // XML 1.1 (xmlFullSanctionsList_1_1): root export, sanctionEntity elements
	XML10                   // the legacy XML 1.0: root WHOLE, ENTITY elements
	CSV11                   // CSV 1.1 (csvFullSanctionsList_1_1): one row per part of an entity
)

var formatNames = [...]string{XML11: "XML 1.1", XML10: "XML 1.0", CSV11: "CSV 1.1"}

// String returns "XML 1.1", "XML 1.0" or "CSV 1.1".
func (f Format) String() string {
	if f >= XML11 && f <= CSV11 {
		return formatNames[f]
	}
	return "%!Format(" + strconv.Itoa(int(f)) + ")"
}

// MarshalText implements [encoding.TextMarshaler]: String's form, "XML
// 1.1", "XML 1.0" or "CSV 1.1". The zero Format, or another that is none of
// these, is an error wrapping ErrValue.
func (f Format) MarshalText() ([]byte, error) {
	if f < XML11 || f > CSV11 {
		return nil, fmt.Errorf("fsf: format %d: %w", uint8(f), ErrValue)
	}
	return []byte(formatNames[f]), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler]: it reads what
// MarshalText writes, and reports an error wrapping ErrValue for other
// text.
func (f *Format) UnmarshalText(b []byte) error {
	for i, n := range formatNames {
		if n != "" && n == string(b) {
			*f = Format(i)
			return nil
		}
	}
	return fmt.Errorf("fsf: format %s: %w", quote(string(b)), ErrValue)
}

// A Header is what a file records about itself, beside its entities.
// A Header is a comparable value; the zero Header records nothing. Written
// as JSON, with the keys of its json tags, it reads back equal.
type Header struct {
	Format Format `json:"format,omitzero"`
	// Generated is the day the file was generated: the date of
	// export@generationDate as written (in the zone the text gives), of
	// WHOLE@Date, or of the CSV's fileGenerationDate. It is the zero Date
	// when the file does not say.
	Generated acquis.Date `json:"generated,omitzero"`
	// GeneratedAt is the generation date as the file writes it:
	// "2018-12-21T14:39:54.511+01:00" in XML 1.1, "11/02/2016" in the
	// legacy XML and "28/10/2022" in CSV.
	GeneratedAt string `json:"generatedAt,omitempty"`
	// GlobalFileID is export@globalFileId, the number of the export (XML
	// 1.1 only; zero otherwise).
	GlobalFileID int64 `json:"globalFileId,omitempty"`
	// Namespace is the default namespace that the root element declares
	// (xmlns), "http://eu.europa.ec/fpi/fsd/export" in XML 1.1; "" if it
	// declares none.
	Namespace string `json:"namespace,omitempty"`
}

// Namespace is the XML namespace of the elements of XML 1.1. The reader
// accepts them in it or in no namespace.
const Namespace = "http://eu.europa.ec/fpi/fsd/export"

// Decoder states.
const (
	beforeStart = iota
	reading
	finished
)

// A Decoder reads a Financial Sanctions File one entity at a time, in any
// of the three formats, which it tells from the first bytes of the input:
// XML whose root is export (XML 1.1) or WHOLE (legacy 1.0), or CSV 1.1
// starting with its header row.
//
//	d := fsf.NewDecoder(r)
//	for d.Next() {
//		e := d.Entity()
//		...
//	}
//	if err := d.Err(); err != nil {
//		...
//	}
//
// A Decoder keeps one entity at a time (and, for CSV, the logical id of
// each entity read). Make one with NewDecoder: the zero Decoder reads
// nothing. A Decoder is not safe for concurrent use.
type Decoder struct {
	lr     limit.Reader
	br     *bufio.Reader
	base   int64 // bytes skipped before the parser's offset 0: a byte order mark
	state  int
	header Header
	x      xmlReader
	c      csvReader
	ent    *sanctions.Entity
	n      int // entities read
	line   int
	err    error
	std    bool // read XML with encoding/xml, not the scanner (for the tests)
}

// NewDecoder returns a Decoder that reads the file in r, which must be UTF-8
// (as the EU publishes all three formats); a UTF-8 byte order mark at the
// start is skipped.
func NewDecoder(r io.Reader) *Decoder {
	d := &Decoder{lr: limit.Reader{R: r, MaxToken: MaxToken}}
	d.br = bufio.NewReaderSize(&d.lr, bufSize)
	return d
}

// bufSize is the size of the Decoder's buffer, which the XML scanner and
// csv.Reader read through: by how much a CSV row may overrun its limit.
const bufSize = 4096

// sniffSize is the number of bytes a Decoder looks at to tell the format.
const sniffSize = 512

// Next reads the next entity, which Entity then returns. It returns false at
// the end of the file or on an error, which Err then returns.
func (d *Decoder) Next() bool {
	if d.err != nil || d.state == finished || d.br == nil {
		return false
	}
	d.ent = nil
	if d.state == beforeStart {
		d.state = reading
		if err := d.start(); err != nil {
			d.err = err
			return false
		}
	}
	var e *sanctions.Entity
	var err error
	if d.header.Format == CSV11 {
		e, err = d.c.next(d.n + 1)
		d.line = d.c.line
	} else {
		e, err = d.x.next(d.n + 1)
		d.line = d.x.line()
	}
	if err == nil && e != nil && d.n == MaxEntities {
		err = &ParseError{Line: d.line, Entity: d.n + 1, Err: ErrLimit, Detail: "more than " + strconv.Itoa(MaxEntities) + " entities"}
	}
	if err != nil {
		d.err = err
		return false
	}
	if e == nil {
		d.state = finished
		return false
	}
	d.n++
	d.ent = e
	return true
}

// Entity returns the entity that the last call to Next read, or nil if it
// read none. Each call to Next makes a new one, which the caller may keep
// and change.
func (d *Decoder) Entity() *sanctions.Entity { return d.ent }

// Header returns what the file records about itself. It is set once Next
// has been called: for XML, by the root's start tag, if it is good; for
// CSV, by the first row (a CSV file gives its generation date on every
// row).
func (d *Decoder) Header() Header { return d.header }

// Line returns the line of the input at which the last entity read ends:
// in XML, the line of its end tag; in CSV, the line of its last row.
func (d *Decoder) Line() int { return d.line }

// Err returns the error that ended the reading, or nil at the end of the
// file. Errors are of type *ParseError.
func (d *Decoder) Err() error { return d.err }

// ReadAll reads a whole file from r, in any of the formats: at most
// MaxDocument bytes and MaxEntities entities. On an error, it returns the
// error with the header and the entities read before it, each complete.
func ReadAll(r io.Reader) (Header, []*sanctions.Entity, error) {
	return readAll(NewDecoder(r))
}

// readAll reads the whole file that d reads, as ReadAll does.
func readAll(d *Decoder) (Header, []*sanctions.Entity, error) {
	d.lr.MaxTotal = MaxDocument
	var all []*sanctions.Entity
	for d.Next() {
		all = append(all, d.ent)
	}
	return d.header, all, d.err
}

// start tells the format from the first bytes and reads the root's start
// tag or the CSV header.
func (d *Decoder) start() error {
	if b, _ := d.br.Peek(3); string(b) == "\xef\xbb\xbf" {
		d.br.Discard(3)
		d.base = 3
	}
	b, err := d.br.Peek(sniffSize)
	if len(b) == 0 {
		if err == nil || err == io.EOF {
			return &ParseError{Line: 1, Err: ErrFormat, Detail: "empty input"}
		}
		return &ParseError{Line: 1, Err: err}
	}
	i := 0
	for i < len(b) && isSpaceByte(b[i]) {
		i++
	}
	switch {
	case i == len(b) || b[i] == '<':
		d.x.init(d)
		return d.x.readRoot(&d.header)
	case hasPrefix(b, csvFirstColumn) || hasPrefix(b, `"`+csvFirstColumn+`"`):
		d.header.Format = CSV11
		d.lr.MaxToken = MaxRow
		d.c.init(d)
		return d.c.readHeader()
	}
	return &ParseError{Line: 1, Err: ErrFormat, Detail: "the input starts with " + quote(string(b)) +
		", neither XML nor a CSV header starting with " + csvFirstColumn}
}

func hasPrefix(b []byte, s string) bool {
	return len(b) >= len(s) && string(b[:len(s)]) == s
}

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r'
}
