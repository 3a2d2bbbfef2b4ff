package vote

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"unicode/utf8"

	"github.com/acquis-eu/acquis"
	"github.com/acquis-eu/acquis/internal/textpos"
)

// A TablesFileError reports what is wrong in a tables file and where: the
// line and column (from 1, in bytes) of the value or key at fault, or of
// the object that lacks a key, and its JSON path, such as
// "$.tables[3].figures[2].low". Line and Column are 0 in an error of
// WriteTables, whose Path names the table at fault.
//
// errors.Is(err, ErrTablesFile) reports true for a *TablesFileError; Err
// says what is wrong, and wraps ErrInconsistent for a missing key, a
// member named twice or figures that contradict each other,
// acquis.ErrUnknownMember, ErrUnknownGrade, or the *acquis.ParseError of
// a day that is not a date.
type TablesFileError struct {
	Line, Column int
	Path         string
	Err          error
}

// Error describes the problem, such as "vote: tables file: line 12,
// column 7 ($.tables[0].figures[3].low): ...".
func (e *TablesFileError) Error() string {
	if e.Line == 0 {
		return fmt.Sprintf("vote: tables file (%s): %v", e.Path, e.Err)
	}
	return fmt.Sprintf("vote: tables file: line %d, column %d (%s): %v", e.Line, e.Column, e.Path, e.Err)
}

// Is reports whether target is ErrTablesFile.
func (e *TablesFileError) Is(target error) bool { return target == ErrTablesFile }

// Unwrap returns e.Err.
func (e *TablesFileError) Unwrap() error { return e.Err }

// Limits of ReadTables, against hostile input: the embedded file has 22
// tables in less than 100 KiB.
const (
	maxTablesFile = 1 << 20
	maxTables     = 1000
)

// ReadTables reads a tables file: population tables with the periods they
// apply, such as the embedded tables.json that TableOn and Tables give.
// The file is one JSON object whose one key, "tables", holds the tables
// in order of the day they apply from, each in the form Table.MarshalJSON
// writes:
//
//	{
//	  "tables": [
//	    {
//	      "source": "Council Decision 2004/701/EC, Euratom of 11 October 2004 (OJ L 319, 20.10.2004, p. 15)",
//	      "note": "Annex III figures in thousands to one decimal, ...",
//	      "from": "2004-11-01",
//	      "until": "2006-01-01",
//	      "totalLow": 458599000,
//	      "totalHigh": 458599000,
//	      "figures": [
//	        {"member": "BE", "population": 10396400, "low": 10396400, "high": 10396400, "grade": "official"},
//	        ...
//	      ]
//	    },
//	    ...
//	  ]
//	}
//
// source (the act that set the table, with its Official Journal
// reference) may not be empty; note (how the figures were obtained when
// they are not all official) may be left out. from is the first day the
// table applies and until the first day it no longer does (YYYY-MM-DD;
// half-open, as everywhere in this package); a table ends before the next
// begins, but a gap between them is allowed. totalLow and totalHigh bound
// the Council's total: they lie within the sums of the figures' bounds,
// and around the sum of the figures. Each figure gives a member's code
// (acquis.ParseMember), its population in persons, the bounds within
// which the Council's figure lies (1 <= low <= population <= high <= ten
// billion; low == high for an exact grade) and its grade ("given",
// "official", "derived" or "approximate"). Every key is required except
// note; a key the form does not have, a key given twice, null, a value of
// the wrong type, a member named twice, a table with no figures, a file
// with no tables or more than 1,000, text that is not UTF-8, anything
// after the object, and a file larger than 1 MiB are errors. The error is
// a *TablesFileError, with the line, column and JSON path of the fault.
//
// Pass a table read to Council.WithTable to decide on its figures, such
// as on a day for which this package embeds none.
func ReadTables(r io.Reader) ([]Table, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxTablesFile+1))
	if err != nil {
		return nil, fmt.Errorf("vote: reading tables file: %w", err)
	}
	ts, err := readTables(data)
	if err != nil {
		return nil, err
	}
	out := make([]Table, len(ts))
	for i, t := range ts {
		out[i] = *t
	}
	return out, nil
}

// WriteTables writes tables as a tables file that ReadTables reads back to
// the same tables, one figure a line. It writes nothing and returns a
// *TablesFileError if a table cannot be read back: none at all, one with
// no source or no period (a table of TableOf or ReadTable), a period that
// begins before the one before ends, or figures that ReadTables would
// refuse (a Table made by this package never has those).
func WriteTables(w io.Writer, tables []Table) error {
	if len(tables) == 0 {
		return &TablesFileError{Path: "$.tables", Err: fmt.Errorf("%w: no tables", ErrInconsistent)}
	}
	var b bytes.Buffer
	b.WriteString("{\n  \"tables\": [")
	for i, t := range tables {
		path := "$.tables[" + strconv.Itoa(i) + "]"
		j := t.json()
		if _, p := j.fileTable(); p != nil {
			return &TablesFileError{Path: path + p.path(), Err: p.err()}
		}
		if i > 0 && t.from.Before(tables[i-1].until) {
			return &TablesFileError{Path: path + ".from", Err: overlap(tables[i-1].Span(), t.Span())}
		}
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString("\n    {\n      \"source\": ")
		writeString(&b, j.Source)
		if j.Note != "" {
			b.WriteString(",\n      \"note\": ")
			writeString(&b, j.Note)
		}
		fmt.Fprintf(&b, ",\n      \"from\": %q,\n      \"until\": %q,\n      \"totalLow\": %d,\n      \"totalHigh\": %d,\n      \"figures\": [",
			j.From, j.Until, j.TotalLow, j.TotalHigh)
		for k, f := range j.Figures {
			if k > 0 {
				b.WriteByte(',')
			}
			fmt.Fprintf(&b, "\n        {\"member\": %q, \"population\": %d, \"low\": %d, \"high\": %d, \"grade\": %q}",
				f.Member, f.Population, f.Low, f.High, f.Grade)
		}
		b.WriteString("\n      ]\n    }")
	}
	b.WriteString("\n  ]\n}\n")
	_, err := w.Write(b.Bytes())
	return err
}

// writeString writes s as a JSON string, leaving <, > and & as they are.
func writeString(b *bytes.Buffer, s string) {
	enc := json.NewEncoder(b)
	enc.SetEscapeHTML(false)
	enc.Encode(s) // a string always encodes
	b.Truncate(b.Len() - 1)
}

// overlap returns the error of a table for span that begins before the
// one for prev ends.
func overlap(prev, span acquis.Span) error {
	return fmt.Errorf("%w: the table for %v begins before the one for %v ends", ErrInconsistent, span, prev)
}

// A tableProblem is what tableJSON.table finds wrong: in figure figure
// (from 0), or in the table when figure is -1, at key key, or in the
// object as a whole when key is "".
type tableProblem struct {
	figure   int
	key      string
	msg      string
	sentinel error
}

// path returns the JSON path of p within its table, such as
// ".figures[2].low".
func (p *tableProblem) path() string {
	s := ""
	if p.figure >= 0 {
		s = ".figures[" + strconv.Itoa(p.figure) + "]"
	}
	if p.key != "" {
		s += "." + p.key
	}
	return s
}

// err returns p as an error wrapping its sentinel.
func (p *tableProblem) err() error { return fmt.Errorf("%w: %s", p.sentinel, p.msg) }

// json returns the JSON form of t.
func (t Table) json() tableJSON {
	j := tableJSON{Source: t.source, Note: t.note, From: t.from, Until: t.until, TotalLow: t.totalLow, TotalHigh: t.totalHigh,
		Figures: []figureJSON{}}
	for m := range t.set.all() {
		j.Figures = append(j.Figures, figureJSON{m, t.figures[m]})
	}
	return j
}

// table returns the Table j describes, or what is wrong with it: a table
// with no figures, a figure with no member, a member named
// twice, a figure without a grade or outside its bounds, an exact figure
// with bounds, a total outside the figures' bounds, or a period that ends
// before it begins.
func (j *tableJSON) table() (Table, *tableProblem) {
	fail := func(figure int, key, format string, args ...any) (Table, *tableProblem) {
		return Table{}, &tableProblem{figure, key, fmt.Sprintf(format, args...), ErrInconsistent}
	}
	v := Table{source: j.Source, note: j.Note, from: j.From, until: j.Until, totalLow: j.TotalLow, totalHigh: j.TotalHigh}
	if len(j.Figures) == 0 {
		return fail(-1, "figures", "no figures")
	}
	var sumLow, sumHigh int64
	for i, f := range j.Figures {
		switch {
		case !f.Member.IsValid():
			return Table{}, &tableProblem{i, "member", "a figure with no member", acquis.ErrUnknownMember}
		case v.set.has(f.Member):
			return fail(i, "member", "%v is named twice", f.Member)
		case !f.Grade.IsValid():
			return Table{}, &tableProblem{i, "grade", fmt.Sprintf("the figure of %v has no grade", f.Member), ErrUnknownGrade}
		case f.Low < 1 || f.Low > f.Population || f.Population > f.High || f.High > maxPopulation:
			return fail(i, "", "the figure of %v is %d within %d to %d, want 1 <= low <= population <= high <= %d", f.Member, f.Population, f.Low, f.High, int64(maxPopulation))
		case f.Grade.Exact() && f.Low != f.High:
			return fail(i, "", "the %v figure of %v has bounds %d to %d", f.Grade, f.Member, f.Low, f.High)
		}
		v.set |= 1 << f.Member
		v.figures[f.Member] = f.Figure
		sumLow += f.Low
		sumHigh += f.High
	}
	if total := v.Total(); j.TotalLow < sumLow || j.TotalLow > total || total > j.TotalHigh || j.TotalHigh > sumHigh {
		return fail(-1, "totalLow", "the total lies within %d to %d, but the figures sum to %d within %d to %d", j.TotalLow, j.TotalHigh, total, sumLow, sumHigh)
	}
	if j.From.IsZero() != j.Until.IsZero() || !j.From.IsZero() && !j.From.Before(j.Until) {
		return fail(-1, "until", "the period from %v until %v", j.From, j.Until)
	}
	return v, nil
}

// fileTable returns the Table j describes, as table does, or what is
// wrong with it as a table of a tables file, which also needs a source
// and a period.
func (j *tableJSON) fileTable() (Table, *tableProblem) {
	switch {
	case j.Source == "":
		return Table{}, &tableProblem{-1, "source", "a table with no source", ErrInconsistent}
	case j.From.IsZero():
		return Table{}, &tableProblem{-1, "from", "a table with no period", ErrInconsistent}
	}
	return j.table()
}

// A tablesReader reads a tables file token by token, so that an error can
// say where it is.
type tablesReader struct {
	data []byte
	dec  *json.Decoder
}

// readTables reads the tables file data.
func readTables(data []byte) ([]*Table, error) {
	r := &tablesReader{data: data}
	if len(data) > maxTablesFile {
		return nil, r.errAt(0, "$", fmt.Errorf("larger than %d bytes", maxTablesFile))
	}
	if !utf8.Valid(data) {
		off := 0
		for off < len(data) {
			c, size := utf8.DecodeRune(data[off:])
			if c == utf8.RuneError && size == 1 {
				break
			}
			off += size
		}
		return nil, r.errAt(int64(off), "$", errors.New("text that is not UTF-8"))
	}
	r.dec = json.NewDecoder(bytes.NewReader(data))
	var tables []*Table
	var tablesAt int64 = -1
	start, err := r.object("$", func(key string, at int64, path string) error {
		if key != "tables" {
			return r.errAt(at, path, fmt.Errorf("unknown key %q", key))
		}
		tablesAt = r.next()
		return r.array(path, func(i int, path string) error {
			if i == maxTables {
				return r.errAt(r.next(), path, fmt.Errorf("more than %d tables", maxTables))
			}
			t, fromAt, err := r.table(path)
			if err != nil {
				return err
			}
			if i > 0 && t.from.Before(tables[i-1].until) {
				return r.errAt(fromAt, path+".from", overlap(tables[i-1].Span(), t.Span()))
			}
			tables = append(tables, t)
			return nil
		})
	})
	if err != nil {
		return nil, err
	}
	if tablesAt < 0 {
		return nil, r.errAt(start, "$", fmt.Errorf("%w: no key \"tables\"", ErrInconsistent))
	}
	if len(tables) == 0 {
		return nil, r.errAt(tablesAt, "$.tables", fmt.Errorf("%w: no tables", ErrInconsistent))
	}
	if off := r.next(); off < int64(len(data)) {
		return nil, r.errAt(off, "$", errors.New("text after the object"))
	}
	return tables, nil
}

// table reads the table at path, and returns it with where its from is.
func (r *tablesReader) table(path string) (*Table, int64, error) {
	var j tableJSON
	keys := map[string]int64{}
	var figures []map[string]int64
	start, err := r.object(path, func(key string, at int64, kpath string) error {
		keys[key] = r.next()
		switch key {
		case "source":
			return r.value(kpath, &j.Source)
		case "note":
			return r.value(kpath, &j.Note)
		case "from":
			return r.value(kpath, &j.From)
		case "until":
			return r.value(kpath, &j.Until)
		case "totalLow":
			return r.value(kpath, &j.TotalLow)
		case "totalHigh":
			return r.value(kpath, &j.TotalHigh)
		case "figures":
			return r.array(kpath, func(i int, fpath string) error {
				if i == memberCount {
					return r.errAt(r.next(), fpath, fmt.Errorf("%w: more than %d figures", ErrInconsistent, memberCount))
				}
				var f figureJSON
				fkeys := map[string]int64{}
				fstart, err := r.object(fpath, func(key string, at int64, kpath string) error {
					fkeys[key] = r.next()
					switch key {
					case "member":
						return r.value(kpath, &f.Member)
					case "population":
						return r.value(kpath, &f.Population)
					case "low":
						return r.value(kpath, &f.Low)
					case "high":
						return r.value(kpath, &f.High)
					case "grade":
						return r.value(kpath, &f.Grade)
					}
					return r.errAt(at, kpath, fmt.Errorf("unknown key %q", key))
				})
				if err != nil {
					return err
				}
				if k := missing(fkeys, "member", "population", "low", "high", "grade"); k != "" {
					return r.errAt(fstart, fpath, fmt.Errorf("%w: no key %q", ErrInconsistent, k))
				}
				fkeys[""] = fstart
				figures = append(figures, fkeys)
				j.Figures = append(j.Figures, f)
				return nil
			})
		}
		return r.errAt(at, kpath, fmt.Errorf("unknown key %q", key))
	})
	if err != nil {
		return nil, 0, err
	}
	if k := missing(keys, "source", "from", "until", "totalLow", "totalHigh", "figures"); k != "" {
		return nil, 0, r.errAt(start, path, fmt.Errorf("%w: no key %q", ErrInconsistent, k))
	}
	t, p := j.fileTable()
	if p != nil {
		at := keys[p.key]
		if p.figure >= 0 {
			at = figures[p.figure][p.key]
		}
		return nil, 0, r.errAt(at, path+p.path(), p.err())
	}
	return &t, keys["from"], nil
}

// missing returns the first of keys that has no place in at, or "".
func missing(at map[string]int64, keys ...string) string {
	for _, k := range keys {
		if _, ok := at[k]; !ok {
			return k
		}
	}
	return ""
}

// skip returns the offset of the first byte from off that is not white
// space, a comma or a colon.
func (r *tablesReader) skip(off int64) int64 {
	for off < int64(len(r.data)) {
		switch r.data[off] {
		case ' ', '\t', '\r', '\n', ',', ':':
			off++
			continue
		}
		break
	}
	return off
}

// next returns the offset at which the next value or key starts.
func (r *tablesReader) next() int64 { return r.skip(r.dec.InputOffset()) }

// object reads the object at path, calling member for each of its keys
// with the key's offset and path; member must read the key's value. A key
// given twice is an error. It returns where the object starts.
func (r *tablesReader) object(path string, member func(key string, at int64, path string) error) (int64, error) {
	start := r.next()
	if err := r.delim(path, '{', "an object"); err != nil {
		return start, err
	}
	seen := map[string]bool{}
	for r.dec.More() {
		at := r.next()
		tok, err := r.dec.Token()
		if err != nil {
			return start, r.syntax(path, err)
		}
		key, _ := tok.(string) // within an object, the decoder gives keys as strings
		kpath := path + "." + key
		if seen[key] {
			return start, r.errAt(at, kpath, fmt.Errorf("%w: key %q given twice", ErrInconsistent, key))
		}
		seen[key] = true
		if err := member(key, at, kpath); err != nil {
			return start, err
		}
	}
	return start, r.delim(path, '}', "the end of the object")
}

// array reads the array at path, calling elem for each element with its
// index and path; elem must read the element.
func (r *tablesReader) array(path string, elem func(i int, path string) error) error {
	if err := r.delim(path, '[', "an array"); err != nil {
		return err
	}
	for i := 0; r.dec.More(); i++ {
		if err := elem(i, path+"["+strconv.Itoa(i)+"]"); err != nil {
			return err
		}
	}
	return r.delim(path, ']', "the end of the array")
}

// delim reads the delimiter want at path, described as what.
func (r *tablesReader) delim(path string, want json.Delim, what string) error {
	at := r.next()
	tok, err := r.dec.Token()
	if err != nil {
		return r.syntax(path, err)
	}
	if tok != want {
		return r.errAt(at, path, fmt.Errorf("want %s", what))
	}
	return nil
}

// value reads the scalar at path into v, refusing null, which encoding/json
// would take as no value.
func (r *tablesReader) value(path string, v any) error {
	at := r.next()
	if at < int64(len(r.data)) && r.data[at] == 'n' {
		return r.errAt(at, path, errors.New("null"))
	}
	if err := r.dec.Decode(v); err != nil {
		var syntax *json.SyntaxError
		if errors.As(err, &syntax) || errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
			return r.syntax(path, err)
		}
		return r.errAt(at, path, err)
	}
	return nil
}

// syntax returns the error of text that is not JSON, at the value or
// token that the decoder could not read. (The offset of a
// *json.SyntaxError of a Decoder does not count from the start of the
// input.)
func (r *tablesReader) syntax(path string, err error) error {
	off := r.next()
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		off, err = int64(len(r.data)), io.ErrUnexpectedEOF
	}
	return r.errAt(off, path, err)
}

// errAt returns the *TablesFileError of err at byte offset off.
func (r *tablesReader) errAt(off int64, path string, err error) *TablesFileError {
	line, col := textpos.LineColumn(r.data, off)
	return &TablesFileError{Line: line, Column: col, Path: path, Err: err}
}
