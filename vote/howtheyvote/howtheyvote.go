// Package howtheyvote reads the CSV export of HowTheyVote.eu, which
// republishes the European Parliament's roll-call votes since July 2019 with
// each Member's choice (the export's position), group and country: votes.csv, members.csv,
// groups.csv, group_memberships.csv, countries.csv and member_votes.csv, as
// the export's README describes them.
//
// Readers are lossless: every column of a file becomes a field, and a file
// whose header differs from the one documented is an error rather than a
// guess. Errors give the line and the column.
//
// [RuleFor] says which of Parliament's majorities applies to a vote of the
// export, and [Check] decides it and compares with the result the export
// records (for votes from 2024).
package howtheyvote

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/acquis-eu/acquis"
)

// A ParseError reports a line of an export file that cannot be read.
type ParseError struct {
	File   string // the file's name, such as "votes.csv"
	Line   int    // 1-based line number
	Column string // the column's name, or "" for the line as a whole
	Err    error
}

func (e *ParseError) Error() string {
	where := e.File + ":" + strconv.Itoa(e.Line)
	if e.Column != "" {
		where += ": " + e.Column
	}
	return "howtheyvote: " + where + ": " + e.Err.Error()
}

func (e *ParseError) Unwrap() error { return e.Err }

// maxField bounds a field's length, against hostile input.
const maxField = 64 << 10

// table reads one CSV file with a known header.
type table struct {
	file   string
	header []string
	r      *csv.Reader
	rec    []string
	line   int
}

func newTable(r io.Reader, file string, header ...string) (*table, error) {
	cr := csv.NewReader(r)
	cr.ReuseRecord = true
	cr.FieldsPerRecord = -1 // checked in next, with a clearer message
	got, err := cr.Read()
	if err != nil {
		if err == io.EOF {
			err = errors.New("empty file, want a header line")
		}
		return nil, &ParseError{File: file, Line: 1, Err: err}
	}
	got = slices.Clone(got)
	if len(got) > 0 {
		got[0] = strings.TrimPrefix(got[0], "\ufeff")
	}
	if !slices.Equal(got, header) {
		return nil, &ParseError{File: file, Line: 1, Err: fmt.Errorf("header %q, want %q", strings.Join(got, ","), strings.Join(header, ","))}
	}
	return &table{file: file, header: header, r: cr}, nil
}

// next reads the next record, returning false at the end of the file.
func (t *table) next() (bool, error) {
	rec, err := t.r.Read()
	if err == io.EOF {
		return false, nil
	}
	if err != nil {
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			return false, &ParseError{File: t.file, Line: pe.Line, Err: pe.Err}
		}
		return false, &ParseError{File: t.file, Line: t.line + 1, Err: err}
	}
	t.line, _ = t.r.FieldPos(0)
	if len(rec) != len(t.header) {
		return false, &ParseError{File: t.file, Line: t.line, Err: fmt.Errorf("%d fields, want %d", len(rec), len(t.header))}
	}
	for i, f := range rec {
		if len(f) > maxField {
			return false, t.errorf(i, "field of %d bytes, more than %d", len(f), maxField)
		}
	}
	t.rec = rec
	return true, nil
}

func (t *table) errorf(col int, format string, args ...any) error {
	return &ParseError{File: t.file, Line: t.line, Column: t.header[col], Err: fmt.Errorf(format, args...)}
}

func (t *table) str(col int) string { return strings.Clone(t.rec[col]) }

func (t *table) int(col int) (int64, error) {
	n, err := strconv.ParseInt(t.rec[col], 10, 64)
	if err != nil {
		return 0, t.errorf(col, "%q is not a whole number", t.rec[col])
	}
	return n, nil
}

func (t *table) count(col int) (int, error) {
	n, err := t.int(col)
	if err == nil && (n < 0 || n > 10000) {
		err = t.errorf(col, "count %d outside 0 to 10000", n)
	}
	return int(n), err
}

// date reads an optional date: empty text is the zero Date.
func (t *table) date(col int) (acquis.Date, error) {
	var d acquis.Date
	if err := d.UnmarshalText([]byte(t.rec[col])); err != nil {
		return acquis.Date{}, t.errorf(col, "%v", err)
	}
	return d, nil
}

// countries maps the export's ISO 3166-1 alpha-3 codes to the EU's.
var countries = map[string]acquis.Member{
	"BEL": acquis.BE, "BGR": acquis.BG, "CZE": acquis.CZ, "DNK": acquis.DK, "DEU": acquis.DE, "EST": acquis.EE, "IRL": acquis.IE,
	"GRC": acquis.EL, "ESP": acquis.ES, "FRA": acquis.FR, "HRV": acquis.HR, "ITA": acquis.IT, "CYP": acquis.CY, "LVA": acquis.LV,
	"LTU": acquis.LT, "LUX": acquis.LU, "HUN": acquis.HU, "MLT": acquis.MT, "NLD": acquis.NL, "AUT": acquis.AT, "POL": acquis.PL,
	"PRT": acquis.PT, "ROU": acquis.RO, "SVN": acquis.SI, "SVK": acquis.SK, "FIN": acquis.FI, "SWE": acquis.SE, "GBR": acquis.UK,
}

func (t *table) country(col int) (acquis.Member, error) {
	m, ok := countries[t.rec[col]]
	if !ok {
		return 0, t.errorf(col, "unknown country %q (want an ISO 3166-1 alpha-3 code of a member state)", t.rec[col])
	}
	return m, nil
}
