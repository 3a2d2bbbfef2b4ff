package limit_test

import (
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/acquis-eu/acquis/internal/limit"
)

func TestTotal(t *testing.T) {
	l := &limit.Reader{R: strings.NewReader(strings.Repeat("x", 100)), MaxTotal: 10}
	b, err := io.ReadAll(l)
	if len(b) != 10 || !errors.Is(err, limit.ErrTotal) || l.N() != 10 {
		t.Errorf("ReadAll = %d bytes, %v, N %d; want 10, ErrTotal, 10", len(b), err, l.N())
	}
}

func TestToken(t *testing.T) {
	l := &limit.Reader{R: strings.NewReader(strings.Repeat("x", 100)), MaxToken: 10}
	buf := make([]byte, 8)
	var err error
	n := 0
	for err == nil {
		var k int
		k, err = l.Read(buf)
		n += k
	}
	// Reads go on while at most MaxToken bytes are past the mark: the
	// second read of 8 takes the token to 16, and the third is refused.
	if n != 16 || !errors.Is(err, limit.ErrToken) {
		t.Errorf("read %d bytes then %v; want 16 then ErrToken", n, err)
	}
	l.Mark = 16 // the parser has consumed the token
	if k, err := l.Read(buf); k != 8 || err != nil {
		t.Errorf("after Mark: Read = %d, %v; want 8, nil", k, err)
	}
}

func TestUnbounded(t *testing.T) {
	l := &limit.Reader{R: strings.NewReader(strings.Repeat("x", 1000))}
	b, err := io.ReadAll(l)
	if len(b) != 1000 || err != nil {
		t.Errorf("ReadAll = %d bytes, %v; want 1000, nil", len(b), err)
	}
}
