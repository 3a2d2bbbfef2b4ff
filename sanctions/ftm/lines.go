package ftm

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strconv"
)

// MaxLine is the longest line, in bytes and without its line ending, that a
// [Decoder] reads and an [Encoder] writes: 4 MiB. The largest entities in
// OpenSanctions' files are some tens of kilobytes.
const MaxLine = 4 << 20

// A ParseError reports a line that a [Decoder] cannot read as an entity.
type ParseError struct {
	Line int    // the line number, from 1
	ID   string // the entity's id, when the line gives one
	Err  error  // what is wrong: ErrLineTooLong, ErrType ... or a JSON syntax error
}

// Error returns the error in the form
// `ftm: line 3: entity "x": property "name": wrong type: want a list of strings`.
func (e *ParseError) Error() string {
	s := "ftm: line " + strconv.Itoa(e.Line) + ": "
	if e.ID != "" {
		s += "entity " + strconv.Quote(e.ID) + ": "
	}
	return s + e.Err.Error()
}

// Unwrap returns e.Err.
func (e *ParseError) Unwrap() error { return e.Err }

// A Decoder reads entities from FollowTheMoney JSON lines: one JSON object
// per line, as OpenSanctions publishes entities.ftm.json. Blank lines are
// skipped, and a UTF-8 byte order mark at the start is ignored. A file that
// is one JSON array of entities is not JSON lines, and is refused at its
// first line.
//
// A Decoder works like a [bufio.Scanner]:
//
//	d := ftm.NewDecoder(r)
//	for d.Next() {
//		e := d.Entity()
//		...
//	}
//	if err := d.Err(); err != nil {
//		...
//	}
//
// It stops at the first error: a line longer than [MaxLine], or one that is
// not an entity as [Entity.UnmarshalJSON] reads it, is a *[ParseError]
// naming the line; an error of the reader is returned as it is.
type Decoder struct {
	s    *bufio.Scanner
	line int
	e    *Entity
	err  error
}

// NewDecoder returns a Decoder that reads from r.
func NewDecoder(r io.Reader) *Decoder {
	s := bufio.NewScanner(r)
	// Room for MaxLine bytes and a "\r\n" ending; longer lines fail with
	// bufio.ErrTooLong.
	s.Buffer(make([]byte, 0, 64<<10), MaxLine+2)
	return &Decoder{s: s}
}

// Next reads the next entity, reporting false at the end of the input or on
// an error.
func (d *Decoder) Next() bool {
	d.e = nil
	if d.err != nil {
		return false
	}
	for d.s.Scan() {
		d.line++
		b := d.s.Bytes()
		if d.line == 1 {
			b = bytes.TrimPrefix(b, []byte("\uFEFF"))
		}
		if len(b) > MaxLine {
			d.err = &ParseError{Line: d.line, Err: fmt.Errorf("%w: more than %d bytes", ErrLineTooLong, MaxLine)}
			return false
		}
		if len(bytes.TrimSpace(b)) == 0 {
			continue
		}
		e := new(Entity)
		if err := e.UnmarshalJSON(b); err != nil {
			d.err = &ParseError{Line: d.line, ID: idOf(b), Err: err}
			return false
		}
		d.e = e
		return true
	}
	if err := d.s.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			err = &ParseError{Line: d.line + 1, Err: fmt.Errorf("%w: more than %d bytes", ErrLineTooLong, MaxLine)}
		}
		d.err = err
	}
	return false
}

// Entity returns the entity that the last call to Next read. The Decoder
// does not keep it: each call to Next reads a new Entity.
func (d *Decoder) Entity() *Entity { return d.e }

// Err returns the first error met, or nil at the end of the input.
func (d *Decoder) Err() error { return d.err }

// ReadAll reads every entity from r. On error it returns the entities of
// the lines before the bad one, with the error.
func ReadAll(r io.Reader) ([]*Entity, error) {
	var es []*Entity
	d := NewDecoder(r)
	for d.Next() {
		es = append(es, d.Entity())
	}
	return es, d.Err()
}

// An Encoder writes entities as FollowTheMoney JSON lines, one line per
// entity in the form of [Entity.MarshalJSON], ended by "\n". Its output is
// deterministic: the same entities give the same bytes.
type Encoder struct {
	w   io.Writer
	buf []byte
}

// NewEncoder returns an Encoder that writes to w, one Write call per
// entity. Wrap w in a [bufio.Writer] for many small writes.
func NewEncoder(w io.Writer) *Encoder { return &Encoder{w: w} }

// Encode writes e as one line. It refuses, writing nothing, an entity that
// [Entity.MarshalJSON] refuses, and one whose line would be longer than
// [MaxLine], which a Decoder could not read back.
func (enc *Encoder) Encode(e *Entity) error {
	if e == nil {
		return fmt.Errorf("ftm: %w", ErrNilEntity)
	}
	b, err := e.appendJSON(enc.buf[:0])
	if err != nil {
		return err
	}
	if len(b) > MaxLine {
		return fmt.Errorf("ftm: entity %q: %w: %d bytes, more than %d", e.ID, ErrLineTooLong, len(b), MaxLine)
	}
	b = append(b, '\n')
	if cap(b) <= 1<<20 {
		enc.buf = b
	}
	_, err = enc.w.Write(b)
	return err
}
