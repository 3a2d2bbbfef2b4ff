package acquis

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	valid := []struct {
		in      string
		y, m, d int
	}{
		{"2020-09-17", 2020, 9, 17},
		{"2020-02-29", 2020, 2, 29}, // leap year
		{"2000-02-29", 2000, 2, 29}, // divisible by 400
		{"0001-01-01", 1, 1, 1},
		{"9999-12-31", 9999, 12, 31},
		{"1958-01-01", 1958, 1, 1},
	}
	for _, tt := range valid {
		d, err := ParseDate(tt.in)
		if err != nil {
			t.Errorf("ParseDate(%q): %v", tt.in, err)
			continue
		}
		if d.Year() != tt.y || int(d.Month()) != tt.m || d.Day() != tt.d {
			t.Errorf("ParseDate(%q) = %d-%d-%d, want %d-%d-%d", tt.in, d.Year(), d.Month(), d.Day(), tt.y, tt.m, tt.d)
		}
		if got := d.String(); got != tt.in {
			t.Errorf("ParseDate(%q).String() = %q", tt.in, got)
		}
	}

	invalid := []struct {
		in     string
		err    error
		offset int
		detail string
	}{
		{"", ErrDateSyntax, 0, "text ends in the year"},
		{"2020-02-30", ErrDateRange, 8, "February 2020 has 29 days"},
		{"2019-02-29", ErrDateRange, 8, "February 2019 has 28 days"},
		{"1900-02-29", ErrDateRange, 8, "February 1900 has 28 days"},
		{"2020-04-31", ErrDateRange, 8, "April 2020 has 30 days"},
		{"2020-00-10", ErrDateRange, 5, "month 00 is outside"},
		{"2020-13-10", ErrDateRange, 5, "month 13 is outside"},
		{"2020-01-00", ErrDateRange, 8, "January 2020 has 31 days"},
		{"0000-01-01", ErrDateRange, 0, "year 0000"},
		{"2020-1-5", ErrDateSyntax, 6, "month must have two digits"},
		{"2020-01-5", ErrDateSyntax, 9, "text ends in the day"},
		{"2020-01-05T10:00:00Z", ErrDateSyntax, 10, "unexpected text"},
		{"2020-01-05 ", ErrDateSyntax, 10, "unexpected text"},
		{" 2020-01-05", ErrDateSyntax, 0, "want a digit of the year"},
		{"20200105", ErrDateSyntax, 4, "want '-' after the year"},
		{"2020/01/05", ErrDateSyntax, 4, "want '-' after the year"},
		{"+2020-01-05", ErrDateSyntax, 0, "want a digit"},
		{"２０２０-01-05", ErrDateSyntax, 0, "byte 0xef"}, // fullwidth digits are not ASCII digits
		{"2020-01-0\x00", ErrDateSyntax, 9, `'\x00'`},
	}
	for _, tt := range invalid {
		d, err := ParseDate(tt.in)
		if err == nil {
			t.Errorf("ParseDate(%q) = %v, want an error", tt.in, d)
			continue
		}
		var pe *ParseError
		if !errors.As(err, &pe) {
			t.Errorf("ParseDate(%q) error %T, want *ParseError", tt.in, err)
			continue
		}
		if !errors.Is(err, tt.err) || pe.Offset != tt.offset || pe.Input != tt.in || !strings.Contains(err.Error(), tt.detail) {
			t.Errorf("ParseDate(%q) error = %v (offset %d), want %v at offset %d mentioning %q", tt.in, err, pe.Offset, tt.err, tt.offset, tt.detail)
		}
		if d != (Date{}) {
			t.Errorf("ParseDate(%q) returned %v with an error, want the zero Date", tt.in, d)
		}
	}
}

func TestParseErrorMessage(t *testing.T) {
	_, err := ParseDate("2020-02-30")
	want := `acquis: parsing date "2020-02-30" at offset 8: no such day: February 2020 has 29 days`
	if err == nil || err.Error() != want {
		t.Errorf("ParseDate(%q) error = %v, want %s", "2020-02-30", err, want)
	}
	long := strings.Repeat("9", 1<<20)
	_, err = ParseDate(long)
	if err == nil || len(err.Error()) > 200 {
		t.Errorf("ParseDate of 1 MiB of digits: error of %d bytes, want a short message", len(err.Error()))
	}
}

func TestMustParseDatePanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("MustParseDate(\"2020-02-30\") did not panic")
		}
	}()
	MustParseDate("2020-02-30")
}

func TestDateFrom(t *testing.T) {
	d, err := DateFrom(2020, time.November, 5)
	if err != nil || d != MustParseDate("2020-11-05") {
		t.Errorf("DateFrom(2020, November, 5) = %v, %v; want 2020-11-05", d, err)
	}
	for _, c := range []struct {
		y int
		m time.Month
		d int
	}{{2020, 2, 30}, {2020, 0, 1}, {2020, 13, 1}, {0, 1, 1}, {10000, 1, 1}, {2020, 1, 0}, {2020, 1, 32}} {
		if d, err := DateFrom(c.y, c.m, c.d); !errors.Is(err, ErrDateRange) {
			t.Errorf("DateFrom(%d, %d, %d) = %v, %v; want ErrDateRange", c.y, c.m, c.d, d, err)
		}
	}
}

func TestZeroDate(t *testing.T) {
	var z Date
	if z.IsValid() || !z.IsZero() {
		t.Errorf("zero Date: IsValid %v, IsZero %v", z.IsValid(), z.IsZero())
	}
	if got := z.String(); got != "invalid date" {
		t.Errorf("zero Date String = %q", got)
	}
	if !z.Before(MustParseDate("0001-01-01")) {
		t.Error("zero Date is not before 0001-01-01")
	}
	if z.AddDays(1) != z || z.AddMonths(1) != z || z.AddYears(1) != z {
		t.Error("arithmetic on the zero Date returned a valid Date")
	}
	if got := z.In(time.UTC); !got.IsZero() {
		t.Errorf("zero Date In(UTC) = %v, want the zero time", got)
	}
	if got := z.Sub(MustParseDate("2020-01-01")); got != 0 {
		t.Errorf("zero Date Sub = %d, want 0", got)
	}
}

// TestDayArithmeticAgainstTime walks every day from 1600 to 2400 and checks
// AddDays, Sub, Weekday, DateOf and In against package time.
func TestDayArithmeticAgainstTime(t *testing.T) {
	start := MustParseDate("1600-01-01")
	tm := time.Date(1600, 1, 1, 0, 0, 0, 0, time.UTC)
	d := start
	for i := 0; i < 800*366; i++ {
		if got := DateOf(tm); got != d {
			t.Fatalf("day %d: DateOf(%v) = %v, want %v", i, tm, got, d)
		}
		if got := d.In(time.UTC); !got.Equal(tm) {
			t.Fatalf("%v.In(UTC) = %v, want %v", d, got, tm)
		}
		if d.Weekday() != tm.Weekday() {
			t.Fatalf("%v.Weekday() = %v, want %v", d, d.Weekday(), tm.Weekday())
		}
		if got := d.Sub(start); got != i {
			t.Fatalf("%v.Sub(%v) = %d, want %d", d, start, got, i)
		}
		if got := start.AddDays(i); got != d {
			t.Fatalf("%v.AddDays(%d) = %v, want %v", start, i, got, d)
		}
		next := d.AddDays(1)
		if !next.After(d) || next.AddDays(-1) != d {
			t.Fatalf("%v.AddDays(1) = %v", d, next)
		}
		d = next
		tm = tm.AddDate(0, 0, 1)
	}
}

func TestAddDaysRange(t *testing.T) {
	first, last := MustParseDate("0001-01-01"), MustParseDate("9999-12-31")
	tests := []struct {
		d    Date
		n    int
		want Date
	}{
		{first, -1, Date{}},
		{last, 1, Date{}},
		{last, -last.Sub(first), first},
		{first, last.Sub(first), last},
		{first, int(^uint(0) >> 1), Date{}},
		{last, -int(^uint(0)>>1) - 1, Date{}},
	}
	for _, tt := range tests {
		if got := tt.d.AddDays(tt.n); got != tt.want {
			t.Errorf("%v.AddDays(%d) = %v, want %v", tt.d, tt.n, got, tt.want)
		}
	}
}

func TestAddMonthsAndYears(t *testing.T) {
	tests := []struct {
		d      string
		months int
		want   string
	}{
		{"2020-01-31", 1, "2020-02-29"},
		{"2021-01-31", 1, "2021-02-28"},
		{"2020-03-31", -1, "2020-02-29"},
		{"2020-03-31", 1, "2020-04-30"},
		{"2020-01-15", 13, "2021-02-15"},
		{"2020-01-15", -13, "2018-12-15"},
		{"2020-12-31", 2, "2021-02-28"},
		{"2020-11-05", 0, "2020-11-05"},
		{"9999-12-01", 1, ""},
		{"0001-01-31", -1, ""},
		{"2020-01-01", 1 << 40, ""},
		{"2020-01-01", -(1 << 40), ""},
	}
	for _, tt := range tests {
		got := MustParseDate(tt.d).AddMonths(tt.months)
		if want := parseOrZero(tt.want); got != want {
			t.Errorf("%s.AddMonths(%d) = %v, want %v", tt.d, tt.months, got, want)
		}
	}
	years := []struct {
		d     string
		years int
		want  string
	}{
		{"2020-02-29", 1, "2021-02-28"},
		{"2020-02-29", 4, "2024-02-29"},
		{"2020-02-29", -100, "1920-02-29"},
		{"2000-02-29", 100, "2100-02-28"},
		{"2021-02-28", 1, "2022-02-28"},
		{"9999-01-01", 1, ""},
		{"2020-01-01", 1 << 40, ""},
	}
	for _, tt := range years {
		got := MustParseDate(tt.d).AddYears(tt.years)
		if want := parseOrZero(tt.want); got != want {
			t.Errorf("%s.AddYears(%d) = %v, want %v", tt.d, tt.years, got, want)
		}
	}
}

func parseOrZero(s string) Date {
	if s == "" {
		return Date{}
	}
	return MustParseDate(s)
}

func TestCompare(t *testing.T) {
	dates := []Date{{}, MustParseDate("0001-01-01"), MustParseDate("2019-12-31"), MustParseDate("2020-01-01"),
		MustParseDate("2020-01-02"), MustParseDate("2020-02-01"), MustParseDate("9999-12-31")}
	for i, a := range dates {
		for j, b := range dates {
			want := cmp3(i, j)
			if got := a.Compare(b); got != want {
				t.Errorf("%v.Compare(%v) = %d, want %d", a, b, got, want)
			}
			if a.Before(b) != (want < 0) || a.After(b) != (want > 0) || (a == b) != (want == 0) || a.Equal(b) != (want == 0) {
				t.Errorf("Before/After/== disagree with Compare for %v and %v", a, b)
			}
		}
	}
}

func TestDateAsMapKey(t *testing.T) {
	m := map[Date]string{MustParseDate("2020-11-05"): "term expires"}
	if m[MustParseDate("2020-10-06").AddDays(30)] != "term expires" {
		t.Error("a Date computed by AddDays does not find the same map entry")
	}
}

func TestDateJSON(t *testing.T) {
	type event struct {
		On   Date `json:"on"`
		Till Date `json:"till"`
	}
	in := event{On: MustParseDate("2020-11-05")}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"on":"2020-11-05","till":""}`; string(b) != want {
		t.Errorf("json.Marshal = %s, want %s", b, want)
	}
	var out event
	if err := json.Unmarshal(b, &out); err != nil || out != in {
		t.Errorf("json.Unmarshal(%s) = %+v, %v; want %+v", b, out, err, in)
	}
	if err := json.Unmarshal([]byte(`{"on":"2020-11-31"}`), &out); !errors.Is(err, ErrDateRange) {
		t.Errorf("json.Unmarshal of 2020-11-31: %v, want ErrDateRange", err)
	}
	if b, err := MustParseDate("2020-01-02").AppendText([]byte("on ")); err != nil || string(b) != "on 2020-01-02" {
		t.Errorf("AppendText = %q, %v", b, err)
	}
}

func TestInLocation(t *testing.T) {
	brussels, err := time.LoadLocation("Europe/Brussels")
	if err != nil {
		t.Skipf("no time zone database: %v", err)
	}
	got := MustParseDate("2020-09-17").In(brussels)
	if want := time.Date(2020, 9, 16, 22, 0, 0, 0, time.UTC); !got.Equal(want) {
		t.Errorf("2020-09-17 In(Europe/Brussels) = %v, want %v", got, want)
	}
	if d := DateOf(got); d != MustParseDate("2020-09-17") {
		t.Errorf("DateOf(%v) = %v", got, d)
	}
	if d := DateOf(got.UTC()); d != MustParseDate("2020-09-16") {
		t.Errorf("DateOf(%v) = %v: the day depends on the zone of the time", got.UTC(), d)
	}
	if d := DateOf(time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC)); d.IsValid() {
		t.Errorf("DateOf(year 10000) = %v, want the zero Date", d)
	}
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2020-09-17", "2020-02-30", "2020-1-5", "", "9999-12-31", "0000-01-01", "2020-09-17x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		if err != nil {
			if d != (Date{}) {
				t.Fatalf("ParseDate(%q) = %v with error %v", s, d, err)
			}
			var pe *ParseError
			if !errors.As(err, &pe) || pe.Offset < 0 || pe.Offset > len(s) {
				t.Fatalf("ParseDate(%q) error %v: not a *ParseError with an offset within the input", s, err)
			}
			return
		}
		if !d.IsValid() {
			t.Fatalf("ParseDate(%q) = the zero Date without an error", s)
		}
		if d.String() != s {
			t.Fatalf("ParseDate(%q).String() = %q", s, d.String())
		}
		again, err := ParseDate(d.String())
		if err != nil || again != d {
			t.Fatalf("ParseDate(%q) = %v, %v after printing %v", d.String(), again, err, d)
		}
		var u Date
		if b, _ := d.MarshalText(); u.UnmarshalText(b) != nil || u != d {
			t.Fatalf("MarshalText/UnmarshalText of %v gave %v", d, u)
		}
		if d.AddDays(1).IsValid() && d.AddDays(1).AddDays(-1) != d {
			t.Fatalf("%v.AddDays(1).AddDays(-1) != %v", d, d)
		}
	})
}

func BenchmarkParseDate(b *testing.B) {
	for b.Loop() {
		if _, err := ParseDate("2020-09-17"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkAddDays(b *testing.B) {
	d := MustParseDate("2020-09-17")
	for b.Loop() {
		d = d.AddDays(1)
		if !d.IsValid() {
			d = MustParseDate("2020-09-17")
		}
	}
}
