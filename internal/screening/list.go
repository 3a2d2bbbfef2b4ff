// Package screening holds what the screening tools share, examples/screen
// and the Apache Beam pipeline of examples/beam, so that both read the same
// files the same way and write the same records: a list file, a file of
// customers, and the record of a hit.
package screening

import (
	"bufio"
	"errors"
	"fmt"
	"io"

	"github.com/acquis-eu/acquis/sanctions"
	"github.com/acquis-eu/acquis/sanctions/fsf"
	"github.com/acquis-eu/acquis/sanctions/ftm"
)

// ReadList returns the entities of a list file read from r: a file of the
// EU's Financial Sanctions Files (XML 1.1, the legacy XML 1.0 or CSV 1.1,
// which package fsf tells apart), or FollowTheMoney JSON lines as
// OpenSanctions publishes them (a file whose first character other than a
// space or a byte order mark is "{"). name names the file in errors.
func ReadList(r io.Reader, name string) ([]*sanctions.Entity, error) {
	br := bufio.NewReader(r)
	first, err := firstByte(br)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if first == '{' {
		es, err := ftm.ReadAll(br)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		entities, err := ftm.ToEntities(es)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		return entities, nil
	}
	_, entities, err := fsf.ReadAll(br)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return entities, nil
}

// firstByte returns the first byte of r that is not white space or a
// byte order mark, without consuming it.
func firstByte(r *bufio.Reader) (byte, error) {
	for n := 1; ; n++ {
		b, err := r.Peek(n)
		if len(b) < n {
			if errors.Is(err, io.EOF) {
				return 0, errors.New("empty file")
			}
			return 0, err
		}
		c := b[n-1]
		switch {
		case c == ' ', c == '\t', c == '\r', c == '\n':
			continue
		case n <= 3 && (c == 0xEF || c == 0xBB || c == 0xBF): // UTF-8 byte order mark
			continue
		}
		return c, nil
	}
}
