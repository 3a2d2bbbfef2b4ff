package recognition

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/acquis-eu/acquis/internal/textpos"
)

// A node is one JSON value of a case file, with the byte offset at which
// it starts, so that an error can say where the value is.
type node struct {
	off  int32
	kind byte // '{', '[', '"' (a string), 'b' (a boolean), '0' (a number) or 'n' (null)
	b    bool
	str  string
	*container
}

// A container is what an object or an array holds.
type container struct {
	keys []string // an object's member names, in order
	koff []int32  // the offsets of the member names
	kids []*node  // an object's member values, or an array's elements
}

// kindName names a node's kind in an error message.
func (n *node) kindName() string {
	switch n.kind {
	case '{':
		return "an object"
	case '[':
		return "an array"
	case '"':
		return "a string"
	case 'b':
		return "a boolean"
	case '0':
		return "a number"
	}
	return "null"
}

// maxDepth bounds the nesting of a case file; the schema needs five.
// maxValues bounds the number of its values, so that the nodes of a file
// within the size ReadDataset reads take memory in proportion to it: the
// largest embedded case has a few thousand.
const (
	maxDepth  = 16
	maxValues = 250_000
)

// A tree is the JSON text of a case file and what parse read of it.
type tree struct {
	data   []byte
	dec    *json.Decoder
	values int
}

// parse reads data, one JSON value, into nodes. It refuses text that is not
// UTF-8 (which encoding/json would change), an object that has a member
// twice, nesting deeper than maxDepth, and anything after the value.
func parse(data []byte) (*node, *tree, error) {
	t := &tree{data: data}
	if !utf8.Valid(data) {
		off := 0
		for off < len(data) {
			r, size := utf8.DecodeRune(data[off:])
			if r == utf8.RuneError && size == 1 {
				break
			}
			off += size
		}
		return nil, t, t.errAt(int32(off), "$", errorf(ErrInvalidDataset, "text that is not UTF-8"))
	}
	t.dec = json.NewDecoder(bytes.NewReader(data))
	t.dec.UseNumber()
	n, err := t.value("$", 0)
	if err != nil {
		return nil, t, err
	}
	off := t.start()
	if _, err := t.dec.Token(); err != io.EOF {
		return nil, t, t.errAt(int32(off), "$", errorf(ErrInvalidDataset, "text after the case's object"))
	}
	return n, t, nil
}

// start returns the offset of the next token: after the last one, and the
// white space, colon or comma that follows it.
func (t *tree) start() int {
	off := int(t.dec.InputOffset())
	for off < len(t.data) && strings.IndexByte(" \t\r\n,:", t.data[off]) >= 0 {
		off++
	}
	return off
}

// token reads the next token, turning a syntax error into one with its
// position.
func (t *tree) token(off int, path string) (json.Token, error) {
	tok, err := t.dec.Token()
	if err == nil {
		return tok, nil
	}
	var se *json.SyntaxError
	switch {
	case errors.As(err, &se):
		off = int(se.Offset)
		if off > 0 {
			off-- // the offset is after the byte at fault
		}
	case err == io.EOF || errors.Is(err, io.ErrUnexpectedEOF):
		off = len(t.data)
		err = errors.New("unexpected end of the text")
	}
	return nil, t.errAt(int32(off), path, errorWith(ErrInvalidDataset, err, "not JSON: %v", err))
}

// value reads one value and what it holds.
func (t *tree) value(path string, depth int) (*node, error) {
	off := t.start()
	tok, err := t.token(off, path)
	if err != nil {
		return nil, err
	}
	if t.values++; t.values > maxValues {
		return nil, t.errAt(int32(off), path, errorf(ErrInvalidDataset, "more than %d values", maxValues))
	}
	n := &node{off: int32(off)}
	switch v := tok.(type) {
	case json.Delim:
		if depth >= maxDepth {
			return nil, t.errAt(int32(off), path, errorf(ErrInvalidDataset, "nested deeper than %d levels", maxDepth))
		}
		n.kind, n.container = byte(v), &container{}
		if v == '{' {
			err = t.members(n, path, depth)
		} else {
			err = t.elements(n, path, depth)
		}
		if err != nil {
			return nil, err
		}
	case string:
		n.kind, n.str = '"', v
	case bool:
		n.kind, n.b = 'b', v
	case json.Number:
		n.kind, n.str = '0', string(v)
	case nil:
		n.kind = 'n'
	}
	return n, nil
}

// members reads an object's members up to its closing brace.
func (t *tree) members(n *node, path string, depth int) error {
	seen := map[string]bool{}
	for t.dec.More() {
		koff := t.start()
		tok, err := t.token(koff, path)
		if err != nil {
			return err
		}
		key, _ := tok.(string)
		if seen[key] {
			return t.errAt(int32(koff), path+"."+key, errorf(ErrInvalidDataset, "member %q given twice", key))
		}
		seen[key] = true
		v, err := t.value(path+"."+key, depth+1)
		if err != nil {
			return err
		}
		n.keys, n.koff, n.kids = append(n.keys, key), append(n.koff, int32(koff)), append(n.kids, v)
	}
	_, err := t.token(t.start(), path) // the closing brace
	return err
}

// elements reads an array's elements up to its closing bracket.
func (t *tree) elements(n *node, path string, depth int) error {
	for i := 0; t.dec.More(); i++ {
		v, err := t.value(path+"["+strconv.Itoa(i)+"]", depth+1)
		if err != nil {
			return err
		}
		n.kids = append(n.kids, v)
	}
	_, err := t.token(t.start(), path)
	return err
}

// errAt returns a *DatasetError for err at byte offset off of the text.
func (t *tree) errAt(off32 int32, path string, err error) error {
	line, col := textpos.LineColumn(t.data, int64(off32))
	return &DatasetError{Line: line, Column: col, Path: path, Err: err}
}
