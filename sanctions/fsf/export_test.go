package fsf

import (
	"io"

	"github.com/acquis-eu/acquis/sanctions"
)

// NewStdDecoder returns a Decoder that reads XML with encoding/xml's
// Decoder instead of the scanner, for the tests that check one against the
// other.
func NewStdDecoder(r io.Reader) *Decoder {
	d := NewDecoder(r)
	d.std = true
	return d
}

// ReadAllStd is ReadAll with encoding/xml's Decoder.
func ReadAllStd(r io.Reader) (Header, []*sanctions.Entity, error) {
	return readAll(NewStdDecoder(r))
}

// Refused reports whether the error of d, which reads with the scanner,
// refuses input that encoding/xml reads on (see scan.go).
func Refused(d *Decoder) bool {
	s, ok := d.x.t.(*scanner)
	return ok && s.refused
}
