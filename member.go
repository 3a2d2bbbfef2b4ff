package acquis

import (
	"errors"
	"fmt"
	"iter"
	"strconv"
)

// ErrUnknownMember reports a code that names no member state: ParseMember
// and Member.UnmarshalText wrap it.
var ErrUnknownMember = errors.New("unknown member state")

// A Member is a member state of the Union, identified by the code the EU's
// Interinstitutional Style Guide gives it: EL for Greece, UK for the United
// Kingdom. The Council's members, the member states in the Parliament's
// seat allocation and the member states whose positions package recognition
// records are all Members.
//
// Member is a comparable value, usable as a map key. The zero Member is
// invalid and prints as "%!Member(0)".
type Member uint8

// The member states since 2004, in the EU's protocol order.
const (
	BE Member = 1 + iota // Belgium
	BG                   // Bulgaria
	CZ                   // Czechia
	DK                   // Denmark
	DE                   // Germany
	EE                   // Estonia
	IE                   // Ireland
	EL                   // Greece
	ES                   // Spain
	FR                   // France
	HR                   // Croatia
	IT                   // Italy
	CY                   // Cyprus
	LV                   // Latvia
	LT                   // Lithuania
	LU                   // Luxembourg
	HU                   // Hungary
	MT                   // Malta
	NL                   // Netherlands
	AT                   // Austria
	PL                   // Poland
	PT                   // Portugal
	RO                   // Romania
	SI                   // Slovenia
	SK                   // Slovakia
	FI                   // Finland
	SE                   // Sweden
	UK                   // United Kingdom, a member until 31 January 2020

	lastMember = UK
)

type memberInfo struct {
	code, name string
	joined     Date // first day of membership
	left       Date // first day no longer a member; zero if still one
}

// members holds each member's dates of accession (the Accession Treaties'
// dates of entry into force; 1 January 1958 for the founding members, the
// entry into force of the Treaty of Rome) and, for the United Kingdom, the
// first day after its withdrawal took effect: the Withdrawal Agreement,
// concluded by Council Decision (EU) 2020/135, entered into force on
// 1 February 2020 under its Article 185, the Treaties having ceased to apply
// to the United Kingdom at the end of 31 January 2020.
var members = [lastMember + 1]memberInfo{
	BE: {"BE", "Belgium", MustParseDate("1958-01-01"), Date{}},
	BG: {"BG", "Bulgaria", MustParseDate("2007-01-01"), Date{}},
	CZ: {"CZ", "Czechia", MustParseDate("2004-05-01"), Date{}},
	DK: {"DK", "Denmark", MustParseDate("1973-01-01"), Date{}},
	DE: {"DE", "Germany", MustParseDate("1958-01-01"), Date{}},
	EE: {"EE", "Estonia", MustParseDate("2004-05-01"), Date{}},
	IE: {"IE", "Ireland", MustParseDate("1973-01-01"), Date{}},
	EL: {"EL", "Greece", MustParseDate("1981-01-01"), Date{}},
	ES: {"ES", "Spain", MustParseDate("1986-01-01"), Date{}},
	FR: {"FR", "France", MustParseDate("1958-01-01"), Date{}},
	HR: {"HR", "Croatia", MustParseDate("2013-07-01"), Date{}},
	IT: {"IT", "Italy", MustParseDate("1958-01-01"), Date{}},
	CY: {"CY", "Cyprus", MustParseDate("2004-05-01"), Date{}},
	LV: {"LV", "Latvia", MustParseDate("2004-05-01"), Date{}},
	LT: {"LT", "Lithuania", MustParseDate("2004-05-01"), Date{}},
	LU: {"LU", "Luxembourg", MustParseDate("1958-01-01"), Date{}},
	HU: {"HU", "Hungary", MustParseDate("2004-05-01"), Date{}},
	MT: {"MT", "Malta", MustParseDate("2004-05-01"), Date{}},
	NL: {"NL", "Netherlands", MustParseDate("1958-01-01"), Date{}},
	AT: {"AT", "Austria", MustParseDate("1995-01-01"), Date{}},
	PL: {"PL", "Poland", MustParseDate("2004-05-01"), Date{}},
	PT: {"PT", "Portugal", MustParseDate("1986-01-01"), Date{}},
	RO: {"RO", "Romania", MustParseDate("2007-01-01"), Date{}},
	SI: {"SI", "Slovenia", MustParseDate("2004-05-01"), Date{}},
	SK: {"SK", "Slovakia", MustParseDate("2004-05-01"), Date{}},
	FI: {"FI", "Finland", MustParseDate("1995-01-01"), Date{}},
	SE: {"SE", "Sweden", MustParseDate("1995-01-01"), Date{}},
	UK: {"UK", "United Kingdom", MustParseDate("1973-01-01"), MustParseDate("2020-02-01")},
}

// AllMembers returns every Member this package knows, past and present, in
// protocol order.
func AllMembers() iter.Seq[Member] {
	return func(yield func(Member) bool) {
		for m := BE; m <= lastMember; m++ {
			if !yield(m) {
				return
			}
		}
	}
}

// MembersOn returns the member states of the Union on day d, in protocol
// order.
func MembersOn(d Date) iter.Seq[Member] {
	return func(yield func(Member) bool) {
		for m := BE; m <= lastMember; m++ {
			if m.MemberOn(d) && !yield(m) {
				return
			}
		}
	}
}

// IsValid reports whether m is one of the members this package knows.
func (m Member) IsValid() bool { return m >= BE && m <= lastMember }

// MemberOn reports whether m is a member state of the Union on day d: on or
// after its accession, and before its withdrawal took effect.
func (m Member) MemberOn(d Date) bool {
	if !m.IsValid() {
		return false
	}
	info := members[m]
	return !d.Before(info.joined) && (info.left.IsZero() || d.Before(info.left))
}

// Joined returns the first day of m's membership, or the zero Date for an
// invalid Member.
func (m Member) Joined() Date {
	if !m.IsValid() {
		return Date{}
	}
	return members[m].joined
}

// Left returns the first day on which m was no longer a member state, and
// false if it still is one (or m is invalid).
func (m Member) Left() (Date, bool) {
	if !m.IsValid() || members[m].left.IsZero() {
		return Date{}, false
	}
	return members[m].left, true
}

// String returns the member's code, such as "EL".
func (m Member) String() string {
	if !m.IsValid() {
		return "%!Member(" + strconv.Itoa(int(m)) + ")"
	}
	return members[m].code
}

// Name returns the member's short name in English, such as "Greece", or ""
// for an invalid Member.
func (m Member) Name() string {
	if !m.IsValid() {
		return ""
	}
	return members[m].name
}

// ParseMember returns the Member whose code is s. It accepts the EU's codes
// only: "EL", not "GR"; "UK", not "GB". It returns an error wrapping
// ErrUnknownMember for any other s.
func ParseMember(s string) (Member, error) {
	for m := BE; m <= lastMember; m++ {
		if members[m].code == s {
			return m, nil
		}
	}
	return 0, fmt.Errorf("acquis: %w %q (want an EU code such as DE or EL)", ErrUnknownMember, s)
}

// MarshalText implements encoding.TextMarshaler, writing the member's code.
func (m Member) MarshalText() ([]byte, error) {
	if !m.IsValid() {
		return nil, fmt.Errorf("acquis: cannot marshal: %w %d", ErrUnknownMember, uint8(m))
	}
	return []byte(members[m].code), nil
}

// UnmarshalText implements encoding.TextUnmarshaler, accepting what
// ParseMember accepts.
func (m *Member) UnmarshalText(text []byte) error {
	v, err := ParseMember(string(text))
	if err != nil {
		return err
	}
	*m = v
	return nil
}
