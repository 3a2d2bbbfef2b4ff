package vote

import (
	"errors"
	"sync"
	"testing"

	"github.com/acquis-eu/acquis"
)

// TestBrokenEmbeddedTables checks that an embedded tables file that does
// not read is an error of TableOn and CouncilOn, not a panic, and that
// Tables then yields nothing.
func TestBrokenEmbeddedTables(t *testing.T) {
	saved := embedded
	defer func() { embedded = saved }()
	embedded = sync.OnceValues(func() ([]*Table, error) {
		ts, err := readTables([]byte(`{"tables": [{"source": "x"}]}`))
		if err != nil {
			return nil, err
		}
		return ts, nil
	})
	day := acquis.MustParseDate("2020-11-06")
	if _, err := TableOn(day); !errors.Is(err, ErrTablesFile) {
		t.Errorf("TableOn(%v) with a broken file: %v, want ErrTablesFile", day, err)
	}
	if _, err := CouncilOn(day); !errors.Is(err, ErrTablesFile) {
		t.Errorf("CouncilOn(%v) with a broken file: %v, want ErrTablesFile", day, err)
	}
	for table := range Tables() {
		t.Errorf("Tables with a broken file yields the table for %v", table.Span())
	}
}
