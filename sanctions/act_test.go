package sanctions

import "testing"

func TestELI(t *testing.T) {
	for _, c := range []struct {
		kind   ActKind
		number string
		want   string
	}{
		{ImplementingRegulation, "2020/1648", "http://data.europa.eu/eli/reg_impl/2020/1648/oj"},
		{ImplementingDecision, "2020/1650", "http://data.europa.eu/eli/dec_impl/2020/1650/oj"},
		{Decision, "2012/642/CFSP", "http://data.europa.eu/eli/dec/2012/642/oj"},
		{Regulation, "765/2006", "http://data.europa.eu/eli/reg/2006/765/oj"},
		{Decision, "", ""},
		{Decision, "2020/x", ""},
		{Regulation, "2020/1648/1", ""},
		{Regulation, "20/16", ""},
		{Regulation, "2020/0", ""},
		{0, "2020/1648", ""},
	} {
		a := &Act{Kind: c.kind, Number: c.number}
		if got := a.ELI(); got != c.want {
			t.Errorf("ELI of %v %q = %q, want %q", c.kind, c.number, got, c.want)
		}
	}
}

func TestMeasureName(t *testing.T) {
	for m, want := range map[Measure]string{AssetFreeze: "asset freeze", TravelBan: "travel ban", 0: "%!Measure(0)"} {
		if got := m.Name(); got != want {
			t.Errorf("Measure(%d).Name() = %q, want %q", m, got, want)
		}
	}
}

func TestRegimeBasis(t *testing.T) {
	r := testRegime()
	if b, ok := r.Basis(TravelBan); !ok || b.Act != "Decision" || b.Provision != "Article 3" {
		t.Errorf("Basis(TravelBan) = %+v, %v; want the Decision's Article 3", b, ok)
	}
	if b, ok := r.Basis(Measure(0)); ok {
		t.Errorf("Basis(Measure(0)) = %+v, true; want none", b)
	}
}
