package screening

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/acquis-eu/acquis/internal/limit"
	"github.com/acquis-eu/acquis/sanctions"
	"github.com/acquis-eu/acquis/sanctions/screen"
)

// The columns of a customers file. id and name are required.
var columns = []string{"id", "name", "birthDate", "country", "idNumber", "type"}

// maxRow bounds the bytes of one row of a customers file, so that a file
// without line ends is refused instead of read whole into memory.
const maxRow = 64 << 10

// A Customer is one row of a customers file: the customer's id, the line
// the row starts on, and the query it makes.
type Customer struct {
	ID    string
	Line  int
	Query screen.Query
}

// A RowError reports a row of a customers file that cannot be read: the
// line it starts on, the column, and why.
type RowError struct {
	Line   int
	Column string // "" for an error of the row as a whole
	Err    error
}

func (e *RowError) Error() string {
	if e.Column == "" {
		return fmt.Sprintf("line %d: %v", e.Line, e.Err)
	}
	return fmt.Sprintf("line %d, column %s: %v", e.Line, e.Column, e.Err)
}

func (e *RowError) Unwrap() error { return e.Err }

// ErrHeader reports a header that is not that of a customers file.
var ErrHeader = errors.New("bad header")

// A Customers reads the rows of a customers file: CSV with a header row
// whose columns are id and name, required, and birthDate, country,
// idNumber and type, optional, in any order. A header's names are matched
// without regard to case, spaces, hyphens and underscores (birth_date is
// birthDate); any other column is refused, so that a detail is never
// dropped because its column was misspelt. The fields are separated by
// commas, or by semicolons when the header holds a semicolon and no comma,
// as spreadsheets write CSV in much of Europe; a byte order mark at the
// start is skipped.
//
// Each row must give an id and a name; a birth date and a country are read
// by screen.ParseBirthDate and screen.ParseCountry, which refuse what they
// cannot read with certainty; an identity number must have four letters
// and digits at least, the fewest the library compares; the type is
// person or organisation (organization), in any case. An empty optional
// field is unknown. A row that breaks a rule is a *RowError naming its
// line.
//
// Use it as a bufio.Scanner: Scan, then Customer, then Err once Scan
// returns false.
type Customers struct {
	lr     *limit.Reader
	cr     *csv.Reader
	col    [6]int // the index of each of columns in a row, -1 when absent
	cur    Customer
	err    error
	header bool
	// last is the line of the last field of the row read last (the
	// header's is 1), for an error of the next that csv cannot place.
	last int
}

// NewCustomers returns a Customers that reads from r.
func NewCustomers(r io.Reader) *Customers {
	lr := &limit.Reader{R: r, MaxToken: maxRow}
	br := bufio.NewReader(lr)
	if b, _ := br.Peek(3); bytes.Equal(b, []byte("\xEF\xBB\xBF")) {
		br.Discard(3)
	}
	cr := csv.NewReader(br)
	cr.ReuseRecord = true
	// The header's separator: a semicolon when its first line holds one
	// and no comma.
	if b, err := br.Peek(br.Size()); len(b) > 0 && (err == nil || errors.Is(err, io.EOF) || errors.Is(err, bufio.ErrBufferFull)) {
		line, _, _ := bytes.Cut(b, []byte("\n"))
		if bytes.IndexByte(line, ';') >= 0 && bytes.IndexByte(line, ',') < 0 {
			cr.Comma = ';'
		}
	}
	return &Customers{lr: lr, cr: cr}
}

// Scan reads the next row, and reports whether there is one; it returns
// false at the end of the input or at the first error, which Err returns.
func (c *Customers) Scan() bool {
	if c.err != nil {
		return false
	}
	if !c.header {
		c.header = true
		if c.err = c.readHeader(); c.err != nil {
			return false
		}
	}
	c.lr.Mark = c.cr.InputOffset()
	rec, err := c.cr.Read()
	if err != nil {
		if !errors.Is(err, io.EOF) {
			c.err = c.readError(err)
		}
		return false
	}
	line, _ := c.cr.FieldPos(0)
	c.last, _ = c.cr.FieldPos(len(rec) - 1)
	cust, err := c.row(rec, line)
	if err != nil {
		c.err = err
		return false
	}
	c.cur = cust
	return true
}

// Customer returns the row that Scan read last.
func (c *Customers) Customer() Customer { return c.cur }

// Err returns the error that stopped Scan, nil at the end of the input.
func (c *Customers) Err() error { return c.err }

func (c *Customers) readHeader() error {
	rec, err := c.cr.Read()
	if errors.Is(err, io.EOF) {
		return &RowError{Line: 1, Err: fmt.Errorf("%w: the file is empty; the first line names the columns: %s", ErrHeader, strings.Join(columns, ","))}
	}
	if err != nil {
		return c.readError(err)
	}
	c.last, _ = c.cr.FieldPos(len(rec) - 1)
	for i := range c.col {
		c.col[i] = -1
	}
	for i, name := range rec {
		k := -1
		for j, want := range columns {
			if headerKey(name) == strings.ToLower(want) {
				k = j
			}
		}
		switch {
		case k < 0:
			return &RowError{Line: 1, Err: fmt.Errorf("%w: column %d, %s, is none of %s", ErrHeader, i+1, strconv.Quote(name), strings.Join(columns, ", "))}
		case c.col[k] >= 0:
			return &RowError{Line: 1, Err: fmt.Errorf("%w: columns %d and %d are both %s", ErrHeader, c.col[k]+1, i+1, columns[k])}
		}
		c.col[k] = i
	}
	for k := range 2 {
		if c.col[k] < 0 {
			return &RowError{Line: 1, Err: fmt.Errorf("%w: no column %s: the first line names the columns, id and name at least", ErrHeader, columns[k])}
		}
	}
	return nil
}

// headerKey returns a column's name in lower case without spaces,
// hyphens and underscores.
func headerKey(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case ' ', '-', '_', '\t', '\uFEFF':
			return -1
		}
		return r
	}, strings.ToLower(s))
}

// readError returns the error of reading a row, with its line.
func (c *Customers) readError(err error) error {
	var pe *csv.ParseError
	switch {
	case errors.As(err, &pe):
		return &RowError{Line: pe.StartLine, Err: pe.Err}
	case errors.Is(err, limit.ErrToken):
		return &RowError{Line: c.last + 1, Err: fmt.Errorf("a row longer than %d KiB", maxRow>>10)}
	}
	return err
}

func (c *Customers) row(rec []string, line int) (Customer, error) {
	field := func(k int) string {
		if c.col[k] < 0 {
			return ""
		}
		return strings.TrimSpace(rec[c.col[k]])
	}
	fail := func(k int, err error) (Customer, error) {
		return Customer{}, &RowError{Line: line, Column: columns[k], Err: err}
	}
	cust := Customer{ID: field(0), Line: line, Query: screen.Query{Name: field(1)}}
	if cust.ID == "" {
		return fail(0, errors.New("no id"))
	}
	if cust.Query.Name == "" {
		return fail(1, errors.New("no name"))
	}
	var err error
	if cust.Query.BirthDate, err = screen.ParseBirthDate(field(2)); err != nil {
		return fail(2, err)
	}
	if cust.Query.Country, err = screen.ParseCountry(field(3)); err != nil {
		return fail(3, err)
	}
	if id := field(4); id != "" {
		if err := CheckIDNumber(id); err != nil {
			return fail(4, err)
		}
		cust.Query.IDNumber = id
	}
	switch t := strings.ToLower(field(5)); t {
	case "":
	case "person":
		cust.Query.Type = sanctions.Person
	case "organisation", "organization":
		cust.Query.Type = sanctions.Organisation
	default:
		return fail(5, fmt.Errorf("%s is neither person nor organisation", strconv.Quote(field(5))))
	}
	return cust, nil
}

// CheckIDNumber returns an error for an identity number with fewer than
// four letters and digits: the library compares only the letters and
// digits of a number, and only from four of them on, so that a shorter one
// would be silently ignored.
func CheckIDNumber(id string) error {
	n := 0
	for _, c := range id {
		if '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
			n++
		}
	}
	if n < 4 {
		return fmt.Errorf("%s has fewer than four letters and digits, too few to compare", strconv.Quote(id))
	}
	return nil
}

// A Hit is one match of one customer: the record the screening tools
// write, one JSON object a line.
type Hit struct {
	Customer string `json:"customer"` // the customer's id
	Query    string `json:"query"`    // the name screened
	ID       string `json:"id"`       // the entity's id in the list
	Name     string `json:"name"`     // the entity's main name
	// Score is rounded to three decimals.
	Score  float64 `json:"score"`
	Alias  string  `json:"alias"`  // the alias that matched
	Reason string  `json:"reason"` // why, in words
}

// HitOf returns the Hit of match m of the customer with the given id,
// screened with query q.
func HitOf(customer string, q screen.Query, m screen.Match) Hit {
	return Hit{
		Customer: customer, Query: q.Name, ID: m.Entity.ID, Name: m.Entity.Name(),
		Score: math.Round(m.Score*1000) / 1000, Alias: m.Alias.Full(), Reason: m.Reason,
	}
}
