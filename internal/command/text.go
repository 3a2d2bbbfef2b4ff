package command

import (
	"flag"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/acquis-eu/acquis"
)

// A Day is the value of a flag that names a day as YYYY-MM-DD, such as -on.
type Day struct {
	acquis.Date
	set bool // given on the command line
}

// String returns the day as YYYY-MM-DD, or "" for none.
func (d *Day) String() string {
	if d == nil || d.Date.IsZero() {
		return ""
	}
	return d.Date.String()
}

// Set parses s as YYYY-MM-DD.
func (d *Day) Set(s string) error {
	day, err := acquis.ParseDate(s)
	if err != nil {
		return err
	}
	d.Date, d.set = day, true
	return nil
}

// Given reports whether the day was named on the command line.
func (d *Day) Given() bool { return d.set }

// OnFlag defines the flag -on on fs, the one name of the day in every tool,
// with def as its default (the zero Date for none) and usage as its help.
// Each alias names the same flag, for a name that a tool had before -on
// ("-date"); the help shows it as "the same as -on".
func OnFlag(fs *flag.FlagSet, def acquis.Date, usage string, aliases ...string) *Day {
	d := &Day{Date: def}
	fs.Var(d, "on", usage)
	for _, a := range aliases {
		fs.Var(d, a, "the same as -on")
	}
	return d
}

// Quote returns s as it may be shown on a terminal: every control
// character (C0, DEL and C1, such as the escape that starts a terminal's
// escape sequence), every mark that reorders the text around it (U+200E,
// U+200F, U+202A to U+202E, U+2066 to U+2069) and every byte that is not
// UTF-8 is written as a Go escape (\x1b, \u202e, \xff); a backslash is
// doubled, so that the escapes can be told from the text. Other characters,
// of any script, are kept. Tools quote text that comes from an input file
// before they print it.
func Quote(s string) string {
	if !needsQuote(s) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case r == '\\':
			b.WriteString(`\\`)
		case r < 0x80 && unicode.IsControl(r):
			fmt.Fprintf(&b, `\x%02x`, r)
		case unicode.IsControl(r) || reorders(r):
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// needsQuote reports whether Quote changes s.
func needsQuote(s string) bool {
	for _, r := range s {
		if r == utf8.RuneError || r == '\\' || unicode.IsControl(r) || reorders(r) {
			return true
		}
	}
	return false
}

// reorders reports whether r is a bidirectional formatting character, which
// reorders the text around it on a terminal.
func reorders(r rune) bool {
	return r == 0x200e || r == 0x200f || (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069)
}
