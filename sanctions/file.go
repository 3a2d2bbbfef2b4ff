package sanctions

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/acquis-eu/acquis/internal/textpos"
)

// listFile is the form of a list file: see ReadList.
type listFile struct {
	Regimes []Regime `json:"regimes"`
	Acts    []*Act   `json:"acts"`
}

// maxListFile is the largest list file ReadList reads, in bytes.
const maxListFile = 64 << 20

// ErrListFile reports a list file that ReadList cannot read: text that is
// not JSON, a key it does not know, a value of the wrong type, or a file
// larger than 64 MiB.
var ErrListFile = errors.New("invalid list file")

// A FileError reports where in a list file ReadList failed: the line and
// column (from 1, in bytes) at or just after which the error was found:
// the key, or the end of the value, that could not be read. Err
// wraps [ErrListFile] for a file that cannot be read, or is the error of
// [NewList] (an *[ActError], or an error wrapping [ErrInvalidRegime]) for
// acts that do not replay, with no position.
type FileError struct {
	Line, Column int // 0 when the error is in the acts, not the text
	Err          error
}

func (e *FileError) Error() string {
	if e.Line == 0 {
		return "sanctions: list file: " + e.Err.Error()
	}
	return fmt.Sprintf("sanctions: list file: line %d, column %d: %v", e.Line, e.Column, e.Err)
}

func (e *FileError) Unwrap() error { return e.Err }

// ReadList reads a list file and replays its acts into a List, as NewList
// does. A list file holds what a [List] replays, as JSON: its regimes and its
// acts, each in the form their JSON methods write (camelCase keys, dates as
// YYYY-MM-DD, enumerations by name):
//
//	{
//	  "regimes": [{"code": "BLR", "name": "...", "bases": [...], "lastDay": "2020-02-28", ...}],
//	  "acts": [{"kind": "implementing-regulation", "number": "2020/1648", "inForce": "2020-11-06",
//	            "regime": "BLR", "measures": ["asset-freeze"], "persons": 15,
//	            "effects": [{"change": "listed", "entity": {"id": "...", ...}}], "sources": [...]}, ...]
//	}
//
// An entity listed by several acts is written whole in each; [ReadList]
// gives the acts one entity for the copies that are the same. The
// embedded data of [Belarus2020] is such a file.
//
// A key the form does not have, a value of the wrong type, or anything
// after the one object is an error, a *[FileError] with its line and
// column.
func ReadList(r io.Reader) (*List, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxListFile+1))
	if err != nil {
		return nil, err
	}
	if len(data) > maxListFile {
		return nil, &FileError{Line: 1, Column: 1, Err: fmt.Errorf("%w: larger than %d bytes", ErrListFile, maxListFile)}
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var f listFile
	if err := dec.Decode(&f); err != nil {
		return nil, fileError(data, offset(data, err, dec), err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, fileError(data, dec.InputOffset(), errors.New("text after the list's object"))
	}
	f.Acts = shareEntities(f.Acts)
	l, err := NewList(f.Regimes, f.Acts)
	if err != nil {
		return nil, &FileError{Err: err}
	}
	return l, nil
}

// offset returns where in data the decoding error err arose: encoding/json
// gives the offset just after the value it could not read, and none for
// an unknown key, which is then the first place the key is written as one.
func offset(data []byte, err error, dec *json.Decoder) int64 {
	var syntax *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syntax):
		return syntax.Offset
	case errors.As(err, &typ):
		return typ.Offset
	}
	if key, ok := strings.CutPrefix(err.Error(), "json: unknown field "); ok {
		if i := keyAt(data, key); i >= 0 {
			return int64(i)
		}
	}
	return dec.InputOffset()
}

// keyAt returns the offset in data of the first string quoted, as key is
// (with its quotes), that is followed by a colon, or -1.
func keyAt(data []byte, quoted string) int {
	for i := 0; i < len(data); {
		j := bytes.Index(data[i:], []byte(quoted))
		if j < 0 {
			return -1
		}
		at := i + j
		rest := bytes.TrimLeft(data[at+len(quoted):], " \t\r\n")
		if len(rest) > 0 && rest[0] == ':' {
			return at
		}
		i = at + 1
	}
	return -1
}

// fileError returns the *FileError of err at byte offset off of data.
func fileError(data []byte, off int64, err error) *FileError {
	line, col := textpos.LineColumn(data, off)
	return &FileError{Line: line, Column: col, Err: fmt.Errorf("%w: %w", ErrListFile, err)}
}

// shareEntities gives the effects of acts one *Entity for the copies of an
// entity that are the same (the same ID and the same JSON), as a List built
// in Go shares one value among the acts that list it.
func shareEntities(acts []*Act) []*Act {
	seen := map[string][]*Entity{}
	for _, a := range acts {
		if a == nil {
			continue
		}
		for i := range a.Effects {
			e := a.Effects[i].Entity
			if e == nil {
				continue
			}
			if same := sameEntity(seen[e.ID], e); same != nil {
				a.Effects[i].Entity = same
				continue
			}
			seen[e.ID] = append(seen[e.ID], e)
		}
	}
	return acts
}

// sameEntity returns the entity of es written as e is, or nil.
func sameEntity(es []*Entity, e *Entity) *Entity {
	b, err := json.Marshal(e)
	if err != nil {
		return nil
	}
	for _, x := range es {
		if bx, err := json.Marshal(x); err == nil && bytes.Equal(b, bx) {
			return x
		}
	}
	return nil
}

// WriteList writes the regimes and acts of l as a list file, indented,
// which ReadList reads back into a List with the same regimes and acts.
func WriteList(w io.Writer, l *List) error {
	b, err := json.MarshalIndent(listFile{Regimes: l.Regimes(), Acts: l.Acts()}, "", "  ")
	if err != nil {
		return fmt.Errorf("sanctions: write list: %w", err)
	}
	_, err = w.Write(append(b, '\n'))
	return err
}
