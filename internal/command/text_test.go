package command

import (
	"flag"
	"io"
	"testing"

	"github.com/acquis-eu/acquis"
)

func TestQuote(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"", ""},
		{"LUKASHENKO, Alexander", "LUKASHENKO, Alexander"},
		{"Лукашэнка Аляксандр", "Лукашэнка Аляксандр"},
		{"عبد الله", "عبد الله"},
		{"\x1b[31mred\x1b[0m", `\x1b[31mred\x1b[0m`},
		{"a\tb\nc\r", `a\x09b\x0ac\x0d`},
		{"\x7f", `\x7f`},
		{"\u0085", `\u0085`},
		{"abc\u202edef", `abc\u202edef`},
		{"\u2066x\u2069", `\u2066x\u2069`},
		{"bad \xff byte", `bad \xff byte`},
		{`a\x1b`, `a\\x1b`},
	} {
		if got := Quote(tt.in); got != tt.want {
			t.Errorf("Quote(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestOnFlag(t *testing.T) {
	def := acquis.MustParseDate("2020-11-06")
	for _, tt := range []struct {
		args  []string
		want  acquis.Date
		given bool
		fails bool
	}{
		{nil, def, false, false},
		{[]string{"-on", "2021-01-05"}, acquis.MustParseDate("2021-01-05"), true, false},
		{[]string{"-date", "2021-01-05"}, acquis.MustParseDate("2021-01-05"), true, false},
		{[]string{"-on", "2021-13-05"}, def, false, true},
		{[]string{"-on", ""}, def, false, true},
	} {
		fs := flag.NewFlagSet("test", flag.ContinueOnError)
		fs.SetOutput(io.Discard)
		d := OnFlag(fs, def, "the day", "date")
		err := fs.Parse(tt.args)
		if (err != nil) != tt.fails || d.Date != tt.want || d.Given() != tt.given {
			t.Errorf("%q: -on = %v, given %v, error %v; want %v, %v, error %v",
				tt.args, d.Date, d.Given(), err, tt.want, tt.given, tt.fails)
		}
	}
}
