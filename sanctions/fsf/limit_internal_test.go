package fsf

import (
	"errors"
	"io"
	"strconv"
	"strings"
	"testing"
)

// TestDepth checks the second guard on nesting, which the readers never
// reach on their own: they refuse an unknown element first.
func TestDepth(t *testing.T) {
	d := NewDecoder(strings.NewReader(strings.Repeat("<a>", MaxDepth+1)))
	d.x.init(d)
	var err error
	for n := 0; err == nil && n <= MaxDepth; n++ {
		_, err = d.x.token()
	}
	if !errors.Is(err, ErrLimit) {
		t.Errorf("%d nested elements: %v, want ErrLimit", MaxDepth+1, err)
	}
}

// TestDocumentLimit checks that ReadAll's limit on the document stops the
// reading, here lowered from MaxDocument to 1 MiB.
func TestDocumentLimit(t *testing.T) {
	const max = 1 << 20
	for _, tt := range []struct {
		name string
		in   io.Reader
	}{
		{"XML", io.MultiReader(strings.NewReader("<export>"),
			&endless{s: `<sanctionEntity logicalId="1"><subjectType code="person"/></sanctionEntity>` + "\n"})},
		{"CSV", io.MultiReader(strings.NewReader(strings.Join(csvColumns[:], ";")+"\n"), &csvRows{})},
	} {
		in := tt.in
		d := NewDecoder(in)
		d.lr.MaxTotal = max
		n := 0
		for d.Next() {
			n++
		}
		if !errors.Is(d.Err(), ErrLimit) || n == 0 || d.lr.N() > max {
			t.Errorf("%s: %d entities, %d bytes read, then %v; want ErrLimit within %d bytes", tt.name, n, d.lr.N(), d.Err(), max)
		}
	}
}

// endless is a reader that repeats s for ever.
type endless struct {
	s string
	i int // the offset in s of the next byte
}

func (e *endless) Read(b []byte) (int, error) {
	for n := range b {
		b[n] = e.s[e.i]
		e.i = (e.i + 1) % len(e.s)
	}
	return len(b), nil
}

// csvRows is a reader of endless CSV rows, each of its own entity.
type csvRows struct {
	n   int
	buf []byte
}

func (c *csvRows) Read(b []byte) (int, error) {
	if len(c.buf) == 0 {
		c.n++
		row := make([]string, numColumns)
		row[colEntityLogicalID] = strconv.Itoa(c.n)
		row[colEntitySubjectType] = "P"
		c.buf = []byte(strings.Join(row, ";") + "\n")
	}
	n := copy(b, c.buf)
	c.buf = c.buf[n:]
	return n, nil
}

// TestCSVColumns checks the groups of columns against the names of the
// columns.
func TestCSVColumns(t *testing.T) {
	if numColumns != 118 || csvColumns[0] != csvFirstColumn {
		t.Fatalf("%d columns, the first %q", numColumns, csvColumns[0])
	}
	lo := colNameAliasLastName
	for _, g := range csvGroups {
		if g.lo != lo {
			t.Errorf("group %s starts at %d, want %d", g.name, g.lo, lo)
		}
		lo = g.hi
		for col := g.lo; col < g.hi; col++ {
			if !strings.HasPrefix(csvColumns[col], g.name+"_") {
				t.Errorf("column %s in group %s", csvColumns[col], g.name)
			}
		}
		for col, want := range map[int]string{
			g.logicalID: "_LogicalId", g.remark: "_Remark", g.remark - 1: "_RegulationLanguage",
			g.reg: "_Regulation_Type", g.reg + 6: "_Regulation_PublicationUrl",
		} {
			if csvColumns[col] != g.name+want {
				t.Errorf("group %s: column %s, want %s", g.name, csvColumns[col], g.name+want)
			}
		}
		if g.reg+7 != g.hi {
			t.Errorf("group %s: the regulation is not last", g.name)
		}
	}
	if lo != numColumns {
		t.Errorf("the groups end at %d", lo)
	}
}
