package vote

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestTablesFileEqualsLiteral checks that the embedded tables file holds
// every table of tables_data.go, every field of it.
func TestTablesFileEqualsLiteral(t *testing.T) {
	got, err := readTables(tablesJSON)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(buildTables(), got, cmp.AllowUnexported(Table{})); diff != "" {
		t.Errorf("tables.json differs from tables_data.go (-literal +file):\n%s", diff)
	}
}
