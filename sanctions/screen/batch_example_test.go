package screen_test

import (
	"fmt"
	"slices"

	"github.com/acquis-eu/acquis"
	"github.com/acquis-eu/acquis/sanctions"
	"github.com/acquis-eu/acquis/sanctions/screen"
)

// A batch of customers screened on every core, the results in the order
// of the customers.
func ExampleIndex_SearchAll() {
	list := sanctions.Belarus2020()
	ix := screen.NewIndex(list.At(acquis.MustParseDate("2020-11-06")).Entities())
	customers := []screen.Query{
		{Name: "Anna Nowak"},
		{Name: "Alexander Lukashenko"},
		{Name: "Лукашэнка Аляксандр"},
	}
	for r := range ix.SearchAll(slices.Values(customers), screen.DefaultMin, 0) {
		fmt.Print(r.N, " ", r.Query.Name, ":")
		for _, m := range r.Matches {
			fmt.Print(" ", m.Entity.ID)
		}
		fmt.Println()
	}
	// Output:
	// 0 Anna Nowak:
	// 1 Alexander Lukashenko: BLR-lukashenko-alexandr
	// 2 Лукашэнка Аляксандр: BLR-lukashenko-alexandr
}
