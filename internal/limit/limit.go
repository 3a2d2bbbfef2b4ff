// Package limit bounds how much input a streaming parser reads: the bytes of
// the token being decoded (an XML start tag or run of text, a CSV row) and
// the bytes of the whole input. The readers of package vote/epxml and
// sanctions/fsf share it.
package limit

import (
	"errors"
	"io"
)

// Errors that a Reader returns in place of reading on.
var (
	// ErrToken reports a token that has taken more than Reader.MaxToken
	// bytes.
	ErrToken = errors.New("token too long")
	// ErrTotal reports an input longer than Reader.MaxTotal bytes.
	ErrTotal = errors.New("input too long")
)

// A Reader reads from R, and refuses to read on when the token being decoded
// has taken more than MaxToken bytes, or the input more than MaxTotal bytes.
//
// The parser sets Mark, before it decodes each token, to the input offset at
// which the token starts (such as xml.Decoder.InputOffset). A parser reads
// through a buffer, so the Reader sees a token's bytes some time after the
// parser's offset: a token may overrun MaxToken by up to the size of that
// buffer before the Reader refuses it.
//
// The zero Reader has no R and must not be used; a Reader with zero limits
// reads R unbounded.
type Reader struct {
	R        io.Reader
	MaxToken int64 // the most bytes to read past Mark; 0 for no limit
	MaxTotal int64 // the most bytes to read in all; 0 for no limit
	Mark     int64 // the input offset at which the token being decoded starts

	n int64 // bytes read from R
}

// Read reads from R, or returns ErrToken or ErrTotal once a limit is reached.
// It never reads more than MaxTotal bytes from R.
func (l *Reader) Read(b []byte) (int, error) {
	if l.MaxToken > 0 && l.n-l.Mark > l.MaxToken {
		return 0, ErrToken
	}
	if l.MaxTotal > 0 {
		if l.n >= l.MaxTotal {
			return 0, ErrTotal
		}
		if rest := l.MaxTotal - l.n; int64(len(b)) > rest {
			b = b[:rest]
		}
	}
	n, err := l.R.Read(b)
	l.n += int64(n)
	return n, err
}

// N returns the number of bytes read from R.
func (l *Reader) N() int64 { return l.n }
