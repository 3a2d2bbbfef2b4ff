// Package textpos turns a byte offset into a text into the line and column
// an editor shows, for the errors of the readers of JSON files (package
// recognition's case files, package sanctions' list files, package vote's
// tables files).
package textpos

import (
	"bytes"
	"unicode/utf8"
)

// LineColumn returns the line and the column, both counted from 1, of byte
// offset off of data. Columns count characters (UTF-8 sequences; a byte
// that begins none counts as one), not bytes, so that "é" is one column.
// An offset outside data is taken as its nearest end.
func LineColumn(data []byte, off int64) (line, col int) {
	off = min(max(off, 0), int64(len(data)))
	before := data[:off]
	line = bytes.Count(before, []byte("\n")) + 1
	return line, utf8.RuneCount(before[bytes.LastIndexByte(before, '\n')+1:]) + 1
}
