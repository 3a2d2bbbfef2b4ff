package epxml

import (
	"errors"
	"io"
	"strings"
	"testing"
)

// TestDocumentLimit checks that the readers that keep a whole document stop
// at their limit, here lowered from MaxDocument to 1 MiB.
func TestDocumentLimit(t *testing.T) {
	const max = 1 << 20
	open := func(root string) io.Reader {
		return io.MultiReader(strings.NewReader(root), &endless{s: "<!-- -->\n"})
	}
	d := &Decoder{titles: make(map[string]string)}
	d.p.init(open("<PV.RollCallVoteResults>"), max)
	for d.Next() {
	}
	if !errors.Is(d.Err(), ErrLimit) {
		t.Errorf("Decoder over an endless document: %v, want ErrLimit", d.Err())
	}
	var p parser
	p.init(open("<file>"), max)
	if err := readResults(&p, &Results{}); !errors.Is(err, ErrLimit) {
		t.Errorf("readResults over an endless document: %v, want ErrLimit", err)
	}
	if p.lr.N() > max {
		t.Errorf("read %d bytes, limit %d", p.lr.N(), max)
	}
}

// endless is a reader that repeats s for ever.
type endless struct {
	s string
	i int // the offset in s of the next byte
}

func (e *endless) Read(b []byte) (int, error) {
	for n := range b {
		b[n] = e.s[e.i]
		e.i = (e.i + 1) % len(e.s)
	}
	return len(b), nil
}
