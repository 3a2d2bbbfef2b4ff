package acquis

import (
	"errors"
	"fmt"
	"strconv"
	"time"
)

// A Date is a calendar day of the proleptic Gregorian calendar, with no clock
// and no time zone: the day an act was adopted, a vote held or a term of
// office expired.
//
// Date is a comparable value type: == reports whether two Dates are the same
// day, and a Date can be a map key. A Date is immutable.
//
// A Date is either a day from 0001-01-01 to 9999-12-31, the range of an
// ISO 8601 calendar date with a four-digit year, or the zero Date. The zero
// Date means "no date": it reports IsValid false, sorts before every valid
// Date, prints as "invalid date" and marshals to empty text. Arithmetic that
// would leave the range returns the zero Date rather than a wrong day.
type Date struct {
	year  int16
	month uint8
	day   uint8
}

// Errors that a *ParseError can wrap, and that DateFrom reports.
var (
	// ErrDateSyntax reports text that is not an ISO 8601 calendar date in
	// the extended format YYYY-MM-DD.
	ErrDateSyntax = errors.New("not a YYYY-MM-DD date")
	// ErrDateRange reports a well-formed date that names no day, such as
	// 2020-02-30, or a year outside 0001 to 9999.
	ErrDateRange = errors.New("no such day")
)

// A ParseError reports text that ParseDate cannot read as a Date.
type ParseError struct {
	Input  string // the text given to ParseDate
	Offset int    // byte offset in Input at which the problem starts
	Err    error  // ErrDateSyntax or ErrDateRange
	Detail string // what is wrong, in words
}

// Error returns the error in the form
// `acquis: parsing date "2020-02-30" at offset 8: no such day: February 2020 has 29 days`.
func (e *ParseError) Error() string {
	in := e.Input
	const max = 40
	if len(in) > max {
		in = in[:max] + "..."
	}
	return "acquis: parsing date " + strconv.Quote(in) + " at offset " + strconv.Itoa(e.Offset) +
		": " + e.Err.Error() + ": " + e.Detail
}

// Unwrap returns e.Err, so that errors.Is(err, ErrDateRange) works.
func (e *ParseError) Unwrap() error { return e.Err }

// ParseDate parses an ISO 8601 calendar date in the extended format
// YYYY-MM-DD, such as "2020-09-17". It is strict: it takes exactly ten bytes,
// a four-digit year from 0001 to 9999, a two-digit month and a two-digit day
// that exist in that month. It rejects "2020-1-5", "2020-02-30", "20200917",
// leading or trailing space and any text after the day. Errors are of type
// *ParseError.
func ParseDate(s string) (Date, error) {
	// The layout, byte by byte: d = digit, '-' = hyphen.
	const layout = "dddd-dd-dd"
	for i := 0; i < len(layout); i++ {
		if i >= len(s) {
			return Date{}, &ParseError{s, i, ErrDateSyntax, "text ends in the " + field(i) + ", want YYYY-MM-DD"}
		}
		c := s[i]
		if layout[i] == '-' {
			if c != '-' {
				return Date{}, &ParseError{s, i, ErrDateSyntax, "want '-' after the " + field(i-1) + ", found " + quoteByte(c)}
			}
			continue
		}
		if c < '0' || c > '9' {
			detail := "want a digit of the " + field(i) + ", found " + quoteByte(c)
			if c == '-' && (i == 6 || i == 9) {
				detail = "the " + field(i) + " must have two digits"
			}
			return Date{}, &ParseError{s, i, ErrDateSyntax, detail}
		}
	}
	if len(s) > len(layout) {
		return Date{}, &ParseError{s, len(layout), ErrDateSyntax, "unexpected text after the day"}
	}
	year := digits(s[0:4])
	month := digits(s[5:7])
	day := digits(s[8:10])
	switch {
	case year < 1:
		return Date{}, &ParseError{s, 0, ErrDateRange, "year 0000 is outside 0001 to 9999"}
	case month < 1 || month > 12:
		return Date{}, &ParseError{s, 5, ErrDateRange, "month " + s[5:7] + " is outside 01 to 12"}
	case day < 1 || day > daysIn(time.Month(month), year):
		return Date{}, &ParseError{s, 8, ErrDateRange, fmt.Sprintf("%s %d has %d days", time.Month(month), year, daysIn(time.Month(month), year))}
	}
	return Date{int16(year), uint8(month), uint8(day)}, nil
}

// field names the part of YYYY-MM-DD at byte offset i.
func field(i int) string {
	switch {
	case i < 4:
		return "year"
	case i < 7:
		return "month"
	default:
		return "day"
	}
}

func quoteByte(c byte) string {
	if c < 0x80 {
		return strconv.QuoteRune(rune(c))
	}
	return fmt.Sprintf("byte %#x", c)
}

// digits returns the value of s, which holds only ASCII digits.
func digits(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// MustParseDate is like ParseDate but panics if s is not a valid date. It is
// meant for tests and for dates written in the program's own source.
func MustParseDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// DateFrom returns the Date of the given year, month and day. Unlike
// time.Date it does not normalise: DateFrom(2020, time.February, 30) is an
// error wrapping ErrDateRange, not 1 March.
func DateFrom(year int, month time.Month, day int) (Date, error) {
	if year < 1 || year > 9999 || month < time.January || month > time.December || day < 1 || day > daysIn(month, year) {
		return Date{}, fmt.Errorf("acquis: DateFrom(%d, %d, %d): %w", year, month, day, ErrDateRange)
	}
	return Date{int16(year), uint8(month), uint8(day)}, nil
}

// DateOf returns the calendar day of t in t's location. It returns the zero
// Date if that day's year is outside 0001 to 9999.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	if y < 1 || y > 9999 {
		return Date{}
	}
	return Date{int16(y), uint8(m), uint8(d)}
}

// Year returns the year of d, or 0 for the zero Date.
func (d Date) Year() int { return int(d.year) }

// Month returns the month of d, or 0 for the zero Date.
func (d Date) Month() time.Month { return time.Month(d.month) }

// Day returns the day of the month of d, or 0 for the zero Date.
func (d Date) Day() int { return int(d.day) }

// Weekday returns the day of the week of d. It returns time.Sunday for the
// zero Date.
func (d Date) Weekday() time.Weekday {
	if !d.IsValid() {
		return time.Sunday
	}
	// 1970-01-01, day 0, was a Thursday.
	return time.Weekday(((d.unixDays()+4)%7 + 7) % 7)
}

// IsValid reports whether d is a day, that is, whether it is not the zero
// Date.
func (d Date) IsValid() bool { return d.month != 0 }

// IsZero reports whether d is the zero Date.
func (d Date) IsZero() bool { return d == Date{} }

// Compare returns -1 if d is before e, 0 if they are the same day and +1 if
// d is after e. The zero Date is before every valid Date.
func (d Date) Compare(e Date) int {
	switch {
	case d.year != e.year:
		return cmp3(int(d.year), int(e.year))
	case d.month != e.month:
		return cmp3(int(d.month), int(e.month))
	default:
		return cmp3(int(d.day), int(e.day))
	}
}

func cmp3(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return +1
	}
	return 0
}

// Equal reports whether d and e are the same day, as d == e does. It lets
// comparison libraries such as go-cmp compare Dates.
func (d Date) Equal(e Date) bool { return d == e }

// Before reports whether d is before e.
func (d Date) Before(e Date) bool { return d.Compare(e) < 0 }

// After reports whether d is after e.
func (d Date) After(e Date) bool { return d.Compare(e) > 0 }

// The range of a Date in days since 1970-01-01.
var (
	minDays = Date{1, 1, 1}.unixDays()
	maxDays = Date{9999, 12, 31}.unixDays()
)

// AddDays returns the day n days after d (before d if n is negative). It
// returns the zero Date if d is the zero Date or the result is outside
// 0001-01-01 to 9999-12-31.
func (d Date) AddDays(n int) Date {
	if !d.IsValid() {
		return Date{}
	}
	u := d.unixDays()
	if n > maxDays-u || n < minDays-u {
		return Date{}
	}
	return dateOfUnixDays(u + n)
}

// Sub returns the number of days from e to d: d.Sub(e) is n when
// e.AddDays(n) == d. It returns 0 if d or e is the zero Date.
func (d Date) Sub(e Date) int {
	if !d.IsValid() || !e.IsValid() {
		return 0
	}
	return d.unixDays() - e.unixDays()
}

// AddMonths returns the same day of the month n months after d (before d if
// n is negative). When that month is too short, it returns the month's last
// day: 2020-01-31 plus one month is 2020-02-29, and 2020-03-31 minus one
// month is 2020-02-29. This is how Article 3(2)(c) of Regulation (EEC,
// Euratom) No 1182/71 (OJ L 124, 8.6.1971, p. 1) ends a period expressed in
// months when "the day on which it should expire does not occur in the last
// month". Because of that clamping, adding one month twice can differ from
// adding two months once.
//
// AddMonths returns the zero Date if d is the zero Date or the result is
// outside 0001 to 9999.
func (d Date) AddMonths(n int) Date {
	if !d.IsValid() || n > 12*10000 || n < -12*10000 {
		return Date{}
	}
	m := int(d.year)*12 + int(d.month) - 1 + n
	if m < 12*1 || m > 12*9999+11 {
		return Date{}
	}
	year, month := m/12, time.Month(m%12+1)
	day := min(int(d.day), daysIn(month, year))
	return Date{int16(year), uint8(month), uint8(day)}
}

// AddYears returns the same day n years after d (before d if n is negative),
// clamped to the month's last day as AddMonths does: 2020-02-29 plus one year
// is 2021-02-28. It returns the zero Date if d is the zero Date or the result
// is outside 0001 to 9999.
func (d Date) AddYears(n int) Date {
	if n > 10000 || n < -10000 {
		return Date{}
	}
	return d.AddMonths(12 * n)
}

// In returns the first instant of d in loc, as time.Date(year, month, day,
// 0, 0, 0, 0, loc) computes it: where a clock change skips midnight, that is
// the first instant of the day that exists. In of the zero Date is the zero
// time.Time. In panics if loc is nil, as time.Date does.
func (d Date) In(loc *time.Location) time.Time {
	if !d.IsValid() {
		if loc == nil {
			panic("acquis: Date.In: nil location")
		}
		return time.Time{}
	}
	return time.Date(int(d.year), time.Month(d.month), int(d.day), 0, 0, 0, 0, loc)
}

// String returns d in the form YYYY-MM-DD, or "invalid date" for the zero
// Date.
func (d Date) String() string {
	if !d.IsValid() {
		return "invalid date"
	}
	var buf [10]byte
	return string(d.appendTo(buf[:0]))
}

// AppendText implements encoding.TextAppender. It appends d in the form
// YYYY-MM-DD, or nothing for the zero Date.
func (d Date) AppendText(b []byte) ([]byte, error) {
	if !d.IsValid() {
		return b, nil
	}
	return d.appendTo(b), nil
}

// MarshalText implements encoding.TextMarshaler. It returns d in the form
// YYYY-MM-DD, or empty text for the zero Date, so that a Date field becomes
// a JSON string.
func (d Date) MarshalText() ([]byte, error) {
	return d.AppendText(make([]byte, 0, 10))
}

// UnmarshalText implements encoding.TextUnmarshaler. It accepts what
// ParseDate accepts, and empty text as the zero Date.
func (d *Date) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*d = Date{}
		return nil
	}
	v, err := ParseDate(string(text))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

func (d Date) appendTo(b []byte) []byte {
	y, m, dd := int(d.year), int(d.month), int(d.day)
	return append(b,
		byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10), '-',
		byte('0'+m/10), byte('0'+m%10), '-',
		byte('0'+dd/10), byte('0'+dd%10))
}

// isLeap reports whether year is a leap year of the Gregorian calendar.
func isLeap(year int) bool {
	return year%4 == 0 && (year%100 != 0 || year%400 == 0)
}

// daysIn returns the number of days in month of year.
func daysIn(month time.Month, year int) int {
	switch month {
	case time.February:
		if isLeap(year) {
			return 29
		}
		return 28
	case time.April, time.June, time.September, time.November:
		return 30
	}
	return 31
}

// unixDays returns the number of days from 1970-01-01 to the valid Date d,
// by Howard Hinnant's days_from_civil algorithm
// (https://howardhinnant.github.io/date_algorithms.html).
func (d Date) unixDays() int {
	y, m, day := int(d.year), int(d.month), int(d.day)
	if m <= 2 {
		y--
	}
	era := y / 400 // y >= 0 for every valid Date
	yoe := y - era*400
	mp := (m + 9) % 12 // March is 0
	doy := (153*mp+2)/5 + day - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// dateOfUnixDays is the inverse of unixDays, for z within [minDays, maxDays].
func dateOfUnixDays(z int) Date {
	z += 719468 // positive for every valid Date
	era := z / 146097
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	day := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if m > 12 {
		m -= 12
		y++
	}
	return Date{int16(y), uint8(m), uint8(day)}
}
