package screening

import (
	"encoding/csv"
	"errors"
	"strings"
	"testing"

	"github.com/acquis-eu/acquis/sanctions"
	"github.com/acquis-eu/acquis/sanctions/screen"
	"github.com/google/go-cmp/cmp"
)

func readAll(s string) ([]Customer, error) {
	c := NewCustomers(strings.NewReader(s))
	var out []Customer
	for c.Scan() {
		out = append(out, c.Customer())
	}
	return out, c.Err()
}

func TestCustomers(t *testing.T) {
	q := func(name, birth, country, id string, typ sanctions.Type) screen.Query {
		return screen.Query{Name: name, BirthDate: screen.MustParseBirthDate(birth), Country: screen.MustParseCountry(country), IDNumber: id, Type: typ}
	}
	for _, tc := range []struct {
		name, in string
		want     []Customer
	}{
		{"required columns", "id,name\nc1,Alexander Lukashenko\nc2,  Anna Nowak  \n", []Customer{
			{"c1", 2, q("Alexander Lukashenko", "", "", "", 0)},
			{"c2", 3, q("Anna Nowak", "", "", "", 0)},
		}},
		{"every column, in another order", "type,idNumber,country,birthDate,name,id\n" +
			"person,MP 1234567,Belarus,30/08/1954,\"LUKASHENKO, Alexander\",c1\n" +
			"Organisation,,,,Example Trading,c2\n" +
			"ORGANIZATION,,,,Other,c3\n", []Customer{
			{"c1", 2, q("LUKASHENKO, Alexander", "1954-08-30", "BY", "MP 1234567", sanctions.Person)},
			{"c2", 3, q("Example Trading", "", "", "", sanctions.Organisation)},
			{"c3", 4, q("Other", "", "", "", sanctions.Organisation)},
		}},
		{"semicolons, a byte order mark, CRLF, names of columns as people write them",
			"\xEF\xBB\xBFID;Name;Birth Date;country\r\nc1;Lukashenko, Alexander;1954;BLR\r\n", []Customer{
				{"c1", 2, q("Lukashenko, Alexander", "1954", "BY", "", 0)},
			}},
		{"a quoted name over two lines, and blank lines", "id,name\n\nc1,\"Anna\nNowak\"\n\nc2,Jan\n", []Customer{
			{"c1", 3, q("Anna\nNowak", "", "", "", 0)},
			{"c2", 6, q("Jan", "", "", "", 0)},
		}},
		{"no rows", "id,name\n", nil},
	} {
		got, err := readAll(tc.in)
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		if diff := cmp.Diff(tc.want, got, cmp.Comparer(func(a, b screen.Query) bool { return a == b })); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tc.name, diff)
		}
	}
}

func TestCustomersErrors(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		line     int
		is       error
		msg      string
	}{
		{"empty", "", 1, ErrHeader, "line 1: bad header: the file is empty; the first line names the columns: id,name,birthDate,country,idNumber,type"},
		{"no name column", "id,nom\nc1,x\n", 1, ErrHeader, `line 1: bad header: column 2, "nom", is none of id, name, birthDate, country, idNumber, type`},
		{"no id column", "name\nx\n", 1, ErrHeader, "line 1: bad header: no column id: the first line names the columns, id and name at least"},
		{"a column twice", "id,name,birth_date,birthdate\n", 1, ErrHeader, "line 1: bad header: columns 3 and 4 are both birthDate"},
		{"ambiguous date", "id,name,birthDate\nc1,Anna,1960\nc2,Jan,02/03/1924\n", 3, screen.ErrAmbiguousDate,
			`line 3, column birthDate: screen: birth date "02/03/1924": ambiguous date: 2 March or 3 February 1924: write it 1924-03-02 or 1924-02-03`},
		{"unknown country", "id,name,country\nc1,Anna,Narnia\n", 2, screen.ErrUnknownCountry, ""},
		{"no id", "id,name\n ,Anna\n", 2, nil, "line 2, column id: no id"},
		{"no name", "id,name\nc1,\n", 2, nil, "line 2, column name: no name"},
		{"short id number", "id,name,idNumber\nc1,Anna,n/a\n", 2, nil, `line 2, column idNumber: "n/a" has fewer than four letters and digits, too few to compare`},
		{"unknown type", "id,name,type\nc1,Anna,vessel\n", 2, nil, `line 2, column type: "vessel" is neither person nor organisation`},
		{"a field too many", "id,name\nc1,Anna\nc2,Jan,x\n", 3, csv.ErrFieldCount, "line 3: wrong number of fields"},
		{"a bare quote", "id,name\nc1,An\"na\n", 2, csv.ErrBareQuote, ""},
		{"a row too long", "id,name\nc1,Anna\nc2," + strings.Repeat("x", 200<<10) + "\n", 3, nil, "line 3: a row longer than 64 KiB"},
	} {
		_, err := readAll(tc.in)
		var re *RowError
		if !errors.As(err, &re) || re.Line != tc.line {
			t.Errorf("%s: %v, want a *RowError on line %d", tc.name, err, tc.line)
			continue
		}
		if tc.is != nil && !errors.Is(err, tc.is) {
			t.Errorf("%s: %v, want it to wrap %v", tc.name, err, tc.is)
		}
		if tc.msg != "" && err.Error() != tc.msg {
			t.Errorf("%s: %q, want %q", tc.name, err, tc.msg)
		}
	}
}

// FuzzCustomers checks that no input makes the reader panic, that every
// row it gives has an id and a name, and that it stops at the first error.
func FuzzCustomers(f *testing.F) {
	f.Add("id,name,birthDate,country,idNumber,type\nc1,Anna,1960,BY,MP 1234567,person\n")
	f.Add("\xEF\xBB\xBFid;name\nc1;\"A\nB\"\n")
	f.Add("id,name\nc1,An\"na\n")
	f.Fuzz(func(t *testing.T, in string) {
		c := NewCustomers(strings.NewReader(in))
		n := 0
		for c.Scan() {
			cust := c.Customer()
			if cust.ID == "" || cust.Query.Name == "" || cust.Line < 2 {
				t.Fatalf("row %+v", cust)
			}
			n++
			if n > len(in) {
				t.Fatalf("more rows than bytes")
			}
		}
		if c.Scan() {
			t.Fatal("Scan after the end")
		}
	})
}
