package sanctions

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestListingsFiltersCopy checks that the filters of Listings are queries:
// each returns listings of its own and leaves its receiver as it was, so
// that a call whose result is not used changes nothing, and a change to
// the result does not reach the listings it was taken from.
func TestListingsFiltersCopy(t *testing.T) {
	ls := Belarus2020().At(d("2020-12-17"))
	if len(ls) == 0 {
		t.Fatal("no listings on 2020-12-17")
	}
	want := append(Listings(nil), ls...)
	id := ls[0].Entity.ID
	for name, filter := range map[string]func() Listings{
		"Regime":  func() Listings { return ls.Regime("BLR") },
		"Measure": func() Listings { return ls.Measure(TravelBan) },
		"Named":   func() Listings { return ls.Named("lukashenko") },
		"Entity":  func() Listings { return ls.Entity(id) },
	} {
		got := filter()
		if len(got) == 0 {
			t.Errorf("%s: no listings", name)
			continue
		}
		got[0].Reasons = "changed"
		_ = append(got[:0], Listing{Regime: "XXX"})
		if diff := cmp.Diff(want, ls); diff != "" {
			t.Errorf("%s changed the listings it filtered (-want +got):\n%s", name, diff)
		}
	}
}
