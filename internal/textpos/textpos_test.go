package textpos

import "testing"

func TestLineColumn(t *testing.T) {
	data := []byte("{\n  \"é\": x\n}")
	for _, tt := range []struct {
		off       int64
		line, col int
	}{
		{-5, 1, 1},
		{0, 1, 1},
		{1, 1, 2},
		{2, 2, 1},
		{4, 2, 3},  // the opening quote
		{8, 2, 6},  // the colon: é is two bytes, one column
		{12, 3, 1}, // }
		{99, 3, 2}, // past the end: the end
	} {
		if line, col := LineColumn(data, tt.off); line != tt.line || col != tt.col {
			t.Errorf("LineColumn(%d) = %d:%d, want %d:%d", tt.off, line, col, tt.line, tt.col)
		}
	}
}
