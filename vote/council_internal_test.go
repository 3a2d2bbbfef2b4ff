package vote

import (
	"testing"

	"github.com/acquis-eu/acquis"
)

// TestBlockingSize checks the count of Article 238(3)(a) TFEU, the least
// number of members whose population exceeds 35% of the participants', on
// small cases, with exact and with bounded figures.
func TestBlockingSize(t *testing.T) {
	for _, tt := range []struct {
		pop  []int64
		want int
	}{
		{[]int64{1}, 1},
		{[]int64{35, 65}, 1},
		{[]int64{35, 35, 30}, 2}, // 35 is not more than 35%
		{[]int64{30, 36, 34}, 1},
		{[]int64{10, 10, 10, 10, 10, 10, 10, 10, 10, 10}, 4},
	} {
		figures := map[acquis.Member]int64{}
		for i, p := range tt.pop {
			figures[acquis.Member(i+1)] = p
		}
		table, err := TableOf("test", figures)
		if err != nil {
			t.Fatal(err)
		}
		for _, which := range []int{nominal, fewest, most} {
			if got := blockingSize(&table, table.set, which); got != tt.want {
				t.Errorf("blockingSize(%v, %d) = %d, want %d", tt.pop, which, got, tt.want)
			}
		}
	}
	// With bounds, the fewest and the most members that can exceed 35%.
	table, err := TableOf("test", map[acquis.Member]int64{acquis.BE: 34, acquis.BG: 33, acquis.CZ: 33})
	if err != nil {
		t.Fatal(err)
	}
	table.figures[acquis.BE] = Figure{34, 30, 36, Approximate}
	if lo, hi := blockingSize(&table, table.set, fewest), blockingSize(&table, table.set, most); lo != 1 || hi != 2 {
		t.Errorf("bounded: fewest %d, most %d; want 1 and 2", lo, hi)
	}
}
