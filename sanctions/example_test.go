package sanctions_test

import (
	"fmt"

	"github.com/acquis-eu/acquis"
	"github.com/acquis-eu/acquis/sanctions"
)

// Who was under EU restrictive measures against Belarus on 6 November 2020,
// and by which act.
func Example() {
	l := sanctions.Belarus2020()
	for _, x := range l.At(acquis.MustParseDate("2020-11-06")).Regime("BLR") {
		fmt.Printf("%s: %v since %v, by %v, until %v\n", x.Entity.Name(), x.Measure, x.Since, x.ListedBy, x.LastDay)
	}
	// Output:
	// Alexandr Lukashenko: asset-freeze since 2020-11-06, by Council Implementing Regulation (EU) 2020/1648, until 2021-02-28
	// Alexandr Lukashenko: travel-ban since 2020-11-06, by Council Implementing Decision (CFSP) 2020/1650, until 2021-02-28
}

// An act that delists someone the list never held is refused.
func ExampleNewList() {
	regime := sanctions.Regime{Code: "BLR", Name: "Belarus"}
	_, err := sanctions.NewList([]sanctions.Regime{regime}, []*sanctions.Act{{
		Kind:     sanctions.ImplementingRegulation,
		Number:   "2021/1",
		Adopted:  acquis.MustParseDate("2021-01-04"),
		InForce:  acquis.MustParseDate("2021-01-04"),
		Regime:   "BLR",
		Measures: []sanctions.Measure{sanctions.AssetFreeze},
		Effects:  []sanctions.Effect{{Change: sanctions.Delisted, ID: "nobody"}},
	}})
	fmt.Println(err)
	// Output:
	// sanctions: Council Implementing Regulation (EU) 2021/1, effect 1 (entity "nobody"): entity not listed: not under asset-freeze of BLR on 2021-01-04
}
