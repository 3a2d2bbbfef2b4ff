// Package num writes numbers as the project's text and pictures print
// them.
package num

import "strconv"

// Thousands writes n with its thousands separated by commas, as English
// text writes them: 83,166,711; -1,000.
func Thousands(n int64) string {
	s := strconv.FormatInt(n, 10)
	start := 0
	if n < 0 {
		start = 1
	}
	for i := len(s) - 3; i > start; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
