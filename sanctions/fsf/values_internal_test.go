package fsf

import (
	"testing"

	"github.com/acquis-eu/acquis"
)

func TestParseDateTime(t *testing.T) {
	tests := []struct {
		in   string
		want string // the day, or "" for an error
	}{
		{"2018-12-21T14:39:54.511+01:00", "2018-12-21"},
		{"2026-08-05T16:47:04.449+02:00", "2026-08-05"},
		{"2026-08-05T23:59:59Z", "2026-08-05"},
		{"2026-08-05T00:00:00", "2026-08-05"},
		{"2026-08-05T00:00:00-14:00", "2026-08-05"},
		{"2026-08-05", ""},
		{"2026-08-05 16:47:04", ""},
		{"2026-08-05T24:00:00", ""},
		{"2026-08-05T16:60:00", ""},
		{"2026-08-05T16:47:04.+02:00", ""},
		{"2026-08-05T16:47:04+2:00", ""},
		{"2026-08-05T16:47:04+15:00", ""},
		{"2026-02-30T16:47:04", ""},
		{"2026-08-05T16:47:04.449+02:00 ", ""},
	}
	for _, tt := range tests {
		d, err := parseDateTime(tt.in)
		if tt.want == "" {
			if err == nil {
				t.Errorf("parseDateTime(%q) = %v, want an error", tt.in, d)
			}
			continue
		}
		if err != nil || d != acquis.MustParseDate(tt.want) {
			t.Errorf("parseDateTime(%q) = %v, %v; want %s", tt.in, d, err, tt.want)
		}
	}
}

func TestParseNumbers(t *testing.T) {
	for _, tt := range []struct {
		in   string
		hi   int
		want int
		ok   bool
	}{
		{"", 31, 0, true}, {"0", 31, 0, true}, {"31", 31, 31, true}, {"032", 31, 0, false}, {"07", 31, 7, true},
		{"-1", 31, 0, false}, {"+1", 31, 0, false}, {" 1", 31, 0, false}, {"1e3", 9999, 0, false},
		{"9999", 9999, 9999, true}, {"99999999999999999999", 9999, 0, false},
	} {
		n, err := parseInt(tt.in, tt.hi)
		if n != tt.want || (err == nil) != tt.ok {
			t.Errorf("parseInt(%q, %d) = %d, %v; want %d, ok %v", tt.in, tt.hi, n, err, tt.want, tt.ok)
		}
	}
	for _, tt := range []struct {
		in   string
		want int64
		ok   bool
	}{
		{"0", 0, true}, {"184961", 184961, true}, {"999999999999999999", 999999999999999999, true},
		{"", 0, false}, {"1000000000000000000", 0, false}, {"-5", 0, false}, {"5 ", 0, false}, {"٣", 0, false},
	} {
		n, err := parseID(tt.in)
		if n != tt.want || (err == nil) != tt.ok {
			t.Errorf("parseID(%q) = %d, %v; want %d, ok %v", tt.in, n, err, tt.want, tt.ok)
		}
	}
	for _, tt := range []struct {
		in, want string
	}{
		{"11/02/2016", "2016-02-11"}, {"28/10/2022", "2022-10-28"}, {"29/02/2023", ""}, {"2016-02-11", ""}, {"1/2/2016", ""}, {"11.02.2016", ""},
	} {
		d, err := parseDMY(tt.in)
		if tt.want == "" && err == nil || tt.want != "" && (err != nil || d != acquis.MustParseDate(tt.want)) {
			t.Errorf("parseDMY(%q) = %v, %v; want %q", tt.in, d, err, tt.want)
		}
	}
}
