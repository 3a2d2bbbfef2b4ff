package acquis_test

import (
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/acquis-eu/acquis"
)

func TestParseMember(t *testing.T) {
	for _, code := range []string{"BE", "EL", "UK", "DE", "SE"} {
		m, err := acquis.ParseMember(code)
		if err != nil || m.String() != code || m.Name() == "" || !m.IsValid() {
			t.Errorf("ParseMember(%q) = %v (%q), %v", code, m, m.Name(), err)
		}
	}
	for _, code := range []string{"GR", "GB", "de", "", " DE", "EU"} {
		_, err := acquis.ParseMember(code)
		if !errors.Is(err, acquis.ErrUnknownMember) || !strings.Contains(err.Error(), `"`+code+`"`) {
			t.Errorf("ParseMember(%q): error %v, want one wrapping ErrUnknownMember and naming the input", code, err)
		}
	}
}

func TestMemberText(t *testing.T) {
	for m := range acquis.AllMembers() {
		b, err := json.Marshal(m)
		if err != nil {
			t.Fatalf("Marshal(%v): %v", m, err)
		}
		var back acquis.Member
		if err := json.Unmarshal(b, &back); err != nil || back != m {
			t.Errorf("%s read back as %v, %v", b, back, err)
		}
	}
	if _, err := acquis.Member(40).MarshalText(); !errors.Is(err, acquis.ErrUnknownMember) {
		t.Errorf("Member(40).MarshalText: error %v, want ErrUnknownMember", err)
	}
	if err := new(acquis.Member).UnmarshalText([]byte("XX")); !errors.Is(err, acquis.ErrUnknownMember) {
		t.Errorf("UnmarshalText(XX): error %v, want ErrUnknownMember", err)
	}
	if got := acquis.Member(0).String(); got != "%!Member(0)" {
		t.Errorf("Member(0).String() = %q", got)
	}
}

func TestMembersOn(t *testing.T) {
	for _, tt := range []struct {
		day  string
		n    int
		uk   bool
		last acquis.Member
	}{
		{"1957-12-31", 0, false, 0},
		{"1958-01-01", 6, false, acquis.NL},
		{"1973-01-01", 9, true, acquis.UK},
		{"2004-05-01", 25, true, acquis.UK},
		{"2007-01-01", 27, true, acquis.UK},
		{"2013-07-01", 28, true, acquis.UK},
		{"2020-01-31", 28, true, acquis.UK},
		{"2020-02-01", 27, false, acquis.SE},
	} {
		day := acquis.MustParseDate(tt.day)
		ms := slices.Collect(acquis.MembersOn(day))
		var last acquis.Member
		if len(ms) > 0 {
			last = ms[len(ms)-1]
		}
		if len(ms) != tt.n || acquis.UK.MemberOn(day) != tt.uk || last != tt.last {
			t.Errorf("MembersOn(%s) = %v (%d), UK %v; want %d, UK %v, last %v", tt.day, ms, len(ms), acquis.UK.MemberOn(day), tt.n, tt.uk, tt.last)
		}
	}
	if left, ok := acquis.UK.Left(); !ok || left != acquis.MustParseDate("2020-02-01") {
		t.Errorf("UK.Left() = %v, %v", left, ok)
	}
	if _, ok := acquis.DE.Left(); ok {
		t.Error("DE.Left() reports a withdrawal")
	}
	if got := acquis.HR.Joined(); got != acquis.MustParseDate("2013-07-01") {
		t.Errorf("HR.Joined() = %v", got)
	}
	if acquis.Member(0).MemberOn(acquis.MustParseDate("2020-01-01")) {
		t.Error("Member(0) is a member")
	}
}
