package vote_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/acquis-eu/acquis"
	"github.com/acquis-eu/acquis/vote"
)

// TestTablesFile checks the embedded tables file: it reads, its tables are
// those Tables gives, and WriteTables writes them back as the same bytes,
// which read back to the same tables.
func TestTablesFile(t *testing.T) {
	data, err := os.ReadFile("tables.json")
	if err != nil {
		t.Fatal(err)
	}
	tables, err := vote.ReadTables(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	opt := cmp.AllowUnexported(vote.Table{})
	if diff := cmp.Diff(slices.Collect(vote.Tables()), tables, opt); diff != "" {
		t.Errorf("Tables() and ReadTables(tables.json) differ (-Tables +ReadTables):\n%s", diff)
	}
	var b bytes.Buffer
	if err := vote.WriteTables(&b, tables); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(data), b.String()); diff != "" {
		t.Errorf("WriteTables does not write tables.json as it is (-file +written):\n%s", diff)
	}
	back, err := vote.ReadTables(&b)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(tables, back, opt); diff != "" {
		t.Errorf("tables written and read back differ (-written +read):\n%s", diff)
	}
}

// smallTables is a tables file of two tables, as WriteTables writes it.
const smallTables = `{
  "tables": [
    {
      "source": "Act A",
      "note": "n <&>",
      "from": "2020-02-01",
      "until": "2021-01-01",
      "totalLow": 300,
      "totalHigh": 300,
      "figures": [
        {"member": "BE", "population": 100, "low": 100, "high": 100, "grade": "official"},
        {"member": "DE", "population": 200, "low": 200, "high": 200, "grade": "official"}
      ]
    },
    {
      "source": "Act B",
      "from": "2021-01-01",
      "until": "2022-01-01",
      "totalLow": 296,
      "totalHigh": 304,
      "figures": [
        {"member": "BE", "population": 100, "low": 98, "high": 102, "grade": "approximate"},
        {"member": "DE", "population": 200, "low": 198, "high": 202, "grade": "derived"}
      ]
    }
  ]
}
`

// TestReadTablesSmall checks the tables of smallTables, and that it writes
// back as it is.
func TestReadTablesSmall(t *testing.T) {
	tables, err := vote.ReadTables(strings.NewReader(smallTables))
	if err != nil {
		t.Fatal(err)
	}
	if len(tables) != 2 {
		t.Fatalf("%d tables, want 2", len(tables))
	}
	a, b := tables[0], tables[1]
	be, _ := b.Figure(acquis.BE)
	low, high := b.TotalBounds()
	if a.Source() != "Act A" || a.Note() != "n <&>" || a.Span().String() != "2020-02-01 to 2020-12-31" || a.Total() != 300 || !a.Exact() ||
		b.Note() != "" || be != (vote.Figure{Population: 100, Low: 98, High: 102, Grade: vote.Approximate}) || low != 296 || high != 304 ||
		b.Grade() != vote.Approximate {
		t.Errorf("ReadTables(smallTables) = %+v", tables)
	}
	var w bytes.Buffer
	if err := vote.WriteTables(&w, tables); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(smallTables, w.String()); diff != "" {
		t.Errorf("WriteTables(ReadTables(smallTables)) (-want +got):\n%s", diff)
	}
}

// TestReadTablesErrors checks each error of ReadTables: the input is
// smallTables with old replaced by new (the first time it appears), and
// the error must be a *TablesFileError at the first byte of at (unique in
// the input), with the path given, matching want.
func TestReadTablesErrors(t *testing.T) {
	var parseErr *acquis.ParseError
	tests := []struct {
		name, old, new, at, path string
		want                     error // besides ErrTablesFile; nil for none
		as                       any   // a target for errors.As, or nil
	}{
		{"not JSON", `"tables": [`, `"tables": [;`, `;`, "$.tables[0]", nil, nil},
		{"cut short", smallTables, smallTables[:200], "", "$.tables[0].figures", nil, nil},
		{"not an object", smallTables, `[]`, `[]`, "$", nil, nil},
		{"unknown key", `"tables"`, `"tablez"`, `"tablez"`, "$.tablez", nil, nil},
		{"no tables key", `"tables": [`, `"x": 1, "tables": [`, `"x"`, "$.x", nil, nil},
		{"unknown table key", `"note": "n <&>"`, `"notes": "n <&>"`, `"notes"`, "$.tables[0].notes", nil, nil},
		{"unknown figure key", `"grade": "derived"`, `"grade": "derived", "colour": 1`, `"colour"`, "$.tables[1].figures[1].colour", nil, nil},
		{"key twice", `"source": "Act B",`, `"source": "Act B", "source": "Act C",`, `"source": "Act C"`, "$.tables[1].source", vote.ErrInconsistent, nil},
		{"null", `"note": "n <&>"`, `"note": null`, `null`, "$.tables[0].note", nil, nil},
		{"wrong type", `"population": 200, "low": 198`, `"population": "200", "low": 198`, `"200"`, "$.tables[1].figures[1].population", nil, nil},
		{"not a whole number", `"population": 200, "low": 198`, `"population": 200.5, "low": 198`, `200.5`, "$.tables[1].figures[1].population", nil, nil},
		{"too large a number", `"totalHigh": 304`, `"totalHigh": 1e30`, `1e30`, "$.tables[1].totalHigh", nil, nil},
		{"unknown member", `"member": "DE", "population": 200, "low": 198`, `"member": "XX", "population": 200, "low": 198`, `"XX"`, "$.tables[1].figures[1].member", acquis.ErrUnknownMember, nil},
		{"unknown grade", `"grade": "derived"`, `"grade": "guessed"`, `"guessed"`, "$.tables[1].figures[1].grade", vote.ErrUnknownGrade, nil},
		{"bad day", `"until": "2022-01-01"`, `"until": "2022-13-01"`, `"2022-13-01"`, "$.tables[1].until", nil, &parseErr},
		{"no source key", "\"source\": \"Act B\",\n      ", ``, "{\n      \"from\": \"2021", "$.tables[1]", vote.ErrInconsistent, nil},
		{"empty source", `"source": "Act B"`, `"source": ""`, `""`, "$.tables[1].source", vote.ErrInconsistent, nil},
		{"no period", `"from": "2021-01-01",`, `"from": "",`, `"",`, "$.tables[1].from", vote.ErrInconsistent, nil},
		{"no until key", `"until": "2022-01-01",`, ``, "{\n      \"source\": \"Act B\"", "$.tables[1]", vote.ErrInconsistent, nil},
		{"no member key", `{"member": "DE", "population": 200, "low": 198`, `{"population": 200, "low": 198`, `{"population": 200, "low": 198`, "$.tables[1].figures[1]", vote.ErrInconsistent, nil},
		{"no grade key", `, "grade": "derived"`, ``, `{"member": "DE", "population": 200, "low": 198, "high": 202}`, "$.tables[1].figures[1]", vote.ErrInconsistent, nil},
		{"member twice", `"member": "DE", "population": 200, "low": 198`, `"member": "BE", "population": 200, "low": 198`, `"BE", "population": 200`, "$.tables[1].figures[1].member", vote.ErrInconsistent, nil},
		{"negative figure", `{"member": "BE", "population": 100, "low": 100, "high": 100`, `{"member": "BE", "population": -100, "low": -100, "high": -100`, `{"member": "BE", "population": -100`, "$.tables[0].figures[0]", vote.ErrInconsistent, nil},
		{"figure outside its bounds", `"population": 100, "low": 98`, `"population": 97, "low": 98`, `{"member": "BE", "population": 97`, "$.tables[1].figures[0]", vote.ErrInconsistent, nil},
		{"exact figure with bounds", `"population": 100, "low": 98, "high": 102, "grade": "approximate"`, `"population": 100, "low": 98, "high": 102, "grade": "official"`, `{"member": "BE", "population": 100, "low": 98`, "$.tables[1].figures[0]", vote.ErrInconsistent, nil},
		{"total outside the figures", `"totalLow": 300`, `"totalLow": 299`, `299`, "$.tables[0].totalLow", vote.ErrInconsistent, nil},
		{"total beyond the bounds", `"totalHigh": 304`, `"totalHigh": 305`, `296`, "$.tables[1].totalLow", vote.ErrInconsistent, nil},
		{"no figures", "[\n        {\"member\": \"BE\", \"population\": 100, \"low\": 100, \"high\": 100, \"grade\": \"official\"},\n        {\"member\": \"DE\", \"population\": 200, \"low\": 200, \"high\": 200, \"grade\": \"official\"}\n      ]", `[]`, `[]`, "$.tables[0].figures", vote.ErrInconsistent, nil},
		{"period ends before it begins", `"until": "2021-01-01"`, `"until": "2020-02-01"`, `"2020-02-01",
      "totalLow"`, "$.tables[0].until", vote.ErrInconsistent, nil},
		{"periods overlap", `"from": "2021-01-01"`, `"from": "2020-12-31"`, `"2020-12-31"`, "$.tables[1].from", vote.ErrInconsistent, nil},
		{"periods out of order", `"from": "2021-01-01",
      "until": "2022-01-01"`, `"from": "2019-01-01",
      "until": "2020-01-01"`, `"2019-01-01"`, "$.tables[1].from", vote.ErrInconsistent, nil},
		{"no tables", smallTables, `{"tables": []}`, `[]`, "$.tables", vote.ErrInconsistent, nil},
		{"no tables key", smallTables, ` {}`, `{}`, "$", vote.ErrInconsistent, nil},
		{"text after the object", smallTables, smallTables + `{}`, `{}`, "$", nil, nil},
		{"not UTF-8", `"Act B"`, "\"Act \xff\"", "\xff", "$", nil, nil},
		{"too large", smallTables, smallTables + strings.Repeat(" ", 1<<20), "{\n  \"tables\"", "$", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !strings.Contains(smallTables, tt.old) {
				t.Fatalf("%q is not in smallTables", tt.old)
			}
			input := strings.Replace(smallTables, tt.old, tt.new, 1)
			off := len(input) // the end, for input cut short
			if tt.at != "" {
				if n := strings.Count(input, tt.at); n != 1 {
					t.Fatalf("%q is %d times in the input, want once", tt.at, n)
				}
				off = strings.Index(input, tt.at)
			}
			line := strings.Count(input[:off], "\n") + 1
			col := off - strings.LastIndex(input[:off], "\n")
			tables, err := vote.ReadTables(strings.NewReader(input))
			var fe *vote.TablesFileError
			if !errors.As(err, &fe) || !errors.Is(err, vote.ErrTablesFile) {
				t.Fatalf("ReadTables = %d tables, %v; want a *TablesFileError", len(tables), err)
			}
			if fe.Line != line || fe.Column != col || fe.Path != tt.path {
				t.Errorf("ReadTables: %v; want line %d, column %d (%s)", err, line, col, tt.path)
			}
			if tt.want != nil && !errors.Is(err, tt.want) {
				t.Errorf("ReadTables: %v; want it to match %v", err, tt.want)
			}
			if tt.as != nil && !errors.As(err, tt.as) {
				t.Errorf("ReadTables: %v; want it to hold a %T", err, tt.as)
			}
		})
	}
}

// TestReadTablesTooMany checks that a file of more than 1,000 tables is
// refused at the 1,001st.
func TestReadTablesTooMany(t *testing.T) {
	var b strings.Builder
	b.WriteString(`{"tables": [`)
	day := acquis.MustParseDate("2000-01-01")
	for i := range 1001 {
		if i > 0 {
			b.WriteString(",\n")
		}
		b.WriteString(`{"source": "s", "from": "` + day.String() + `", "until": "` + day.AddDays(1).String() +
			`", "totalLow": 1, "totalHigh": 1, "figures": [{"member": "BE", "population": 1, "low": 1, "high": 1, "grade": "given"}]}`)
		day = day.AddDays(1)
	}
	b.WriteString("]}")
	_, err := vote.ReadTables(strings.NewReader(b.String()))
	var fe *vote.TablesFileError
	if !errors.As(err, &fe) || fe.Line != 1001 || fe.Column != 1 || fe.Path != "$.tables[1000]" {
		t.Errorf("ReadTables of 1,001 tables: %v; want an error at line 1001, column 1 ($.tables[1000])", err)
	}
	// 1,000 are read.
	s := b.String()
	s = s[:strings.LastIndex(s, ",\n")] + "]}"
	if tables, err := vote.ReadTables(strings.NewReader(s)); err != nil || len(tables) != 1000 {
		t.Errorf("ReadTables of 1,000 tables: %d tables, %v", len(tables), err)
	}
}

// TestWriteTablesErrors checks that WriteTables refuses what ReadTables
// would: a table with no period, and periods out of order.
func TestWriteTablesErrors(t *testing.T) {
	given, err := vote.TableOf("mine", map[acquis.Member]int64{acquis.BE: 1})
	if err != nil {
		t.Fatal(err)
	}
	t20, _ := vote.TableOn(acquis.MustParseDate("2020-06-01"))
	t21, _ := vote.TableOn(acquis.MustParseDate("2021-06-01"))
	tests := []struct {
		tables []vote.Table
		path   string
	}{
		{nil, "$.tables"},
		{[]vote.Table{t20, given}, "$.tables[1].from"},
		{[]vote.Table{t21, t20}, "$.tables[1].from"},
		{[]vote.Table{t20, t20}, "$.tables[1].from"},
	}
	for _, tt := range tests {
		var b bytes.Buffer
		err := vote.WriteTables(&b, tt.tables)
		var fe *vote.TablesFileError
		if !errors.As(err, &fe) || fe.Path != tt.path || fe.Line != 0 || !errors.Is(err, vote.ErrInconsistent) || b.Len() != 0 {
			t.Errorf("WriteTables(%d tables) = %v, wrote %d bytes; want an error at %s, nothing written", len(tt.tables), err, b.Len(), tt.path)
		}
	}
	var b bytes.Buffer
	if err := vote.WriteTables(&b, []vote.Table{t20, t21}); err != nil {
		t.Errorf("WriteTables(2020, 2021): %v", err)
	}
}

// TestTableJSONNoMember checks that Table.UnmarshalJSON, which shares
// ReadTables' checks, refuses a figure with no member.
func TestTableJSONNoMember(t *testing.T) {
	var table vote.Table
	err := json.Unmarshal([]byte(`{"source": "s", "totalLow": 1, "totalHigh": 1, "figures": [{"population": 1, "low": 1, "high": 1, "grade": "given"}]}`), &table)
	var te *vote.TableError
	if !errors.As(err, &te) || !errors.Is(err, acquis.ErrUnknownMember) {
		t.Errorf("json.Unmarshal of a table whose figure has no member: %v, want a *TableError matching ErrUnknownMember", err)
	}
}
