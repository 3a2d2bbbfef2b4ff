package acquis_test

import (
	"encoding/json"
	"testing"

	"github.com/acquis-eu/acquis"
)

func TestSpan(t *testing.T) {
	d := acquis.MustParseDate
	checked := acquis.Span{First: d("2020-08-11"), Last: d("2020-10-12"), Checked: d("2020-11-06")}
	plain := acquis.Span{First: d("2020-02-19"), Last: d("2020-12-17")}
	for _, tt := range []struct {
		s    acquis.Span
		day  string
		in   bool
		upTo string
	}{
		{checked, "2020-08-10", false, "2020-11-06"},
		{checked, "2020-08-11", true, "2020-11-06"},
		{checked, "2020-11-06", true, "2020-11-06"},
		{checked, "2020-11-07", false, "2020-11-06"},
		{plain, "2020-12-17", true, "2020-12-17"},
		{plain, "2020-12-18", false, "2020-12-17"},
		{acquis.Span{}, "2020-12-18", false, "0000-00-00"},
	} {
		if got := tt.s.Contains(d(tt.day)); got != tt.in {
			t.Errorf("%v.Contains(%s) = %v, want %v", tt.s, tt.day, got, tt.in)
		}
		if got := tt.s.UpTo(); !tt.s.IsZero() && got != d(tt.upTo) {
			t.Errorf("%v.UpTo() = %v, want %s", tt.s, got, tt.upTo)
		}
	}
	if got, want := checked.String(), "2020-08-11 to 2020-10-12, checked up to 2020-11-06"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
	if got, want := plain.String(), "2020-02-19 to 2020-12-17"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
	if got := (acquis.Span{}).String(); got != "" {
		t.Errorf("zero Span: String() = %q", got)
	}
	for _, s := range []acquis.Span{checked, plain} {
		b, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		var back acquis.Span
		if err := json.Unmarshal(b, &back); err != nil || back != s {
			t.Errorf("%s read back as %+v, %v", b, back, err)
		}
	}
}
