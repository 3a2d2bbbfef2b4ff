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

// What took effect between two daily screenings, and whom the second must
// screen against; the data says nothing after its last act.
func ExampleList_Changes() {
	l := sanctions.Belarus2020()
	delta, err := l.Changes(acquis.MustParseDate("2020-11-05"), acquis.MustParseDate("2020-11-06"))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, u := range delta.Updates {
		fmt.Printf("%v: %s %v under the %s by %v\n", u.Day, u.Entity.Name(), u.Change, u.Measure.Name(), u.Act)
	}
	for _, e := range delta.Entities() {
		fmt.Println("screen against", e.Name())
	}
	_, err = l.Changes(acquis.MustParseDate("2020-12-17"), acquis.MustParseDate("2020-12-18"))
	fmt.Println(err)
	// Output:
	// 2020-11-06: Alexandr Lukashenko listed under the asset freeze by Council Implementing Regulation (EU) 2020/1648
	// 2020-11-06: Alexandr Lukashenko listed under the travel ban by Council Implementing Decision (CFSP) 2020/1650
	// screen against Alexandr Lukashenko
	// sanctions: BLR on 2020-12-18: after the last act the list records: the list records the regime's acts from 2020-02-19 (Council Decision (CFSP) of 2020-02-17) to 2020-12-17 (Council Implementing Regulation (EU) 2020/2129)
}
