package vote

import (
	"fmt"
	"iter"
	"math/bits"
	"strconv"

	"github.com/acquis-eu/acquis"
)

// A Member is a member state of the Union, as the Council's members
// represent it, identified by the code the EU's Interinstitutional Style
// Guide gives it: EL for Greece, UK for the United Kingdom.
//
// The zero Member is invalid and prints as "%!Member(0)".
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

// memberCount is the length of arrays indexed by Member.
const memberCount = int(lastMember) + 1

type memberInfo struct {
	code, name string
	joined     acquis.Date // first day of membership
	left       acquis.Date // first day no longer a member; zero if still one
}

// members holds each member's dates of accession (the Accession Treaties'
// dates of entry into force) and, for the United Kingdom, the first day
// after its withdrawal took effect: the Withdrawal Agreement, concluded by
// Council Decision (EU) 2020/135, entered into force on 1 February 2020
// under its Article 185, the Treaties having ceased to apply to the United
// Kingdom at the end of 31 January 2020.
var members = [memberCount]memberInfo{
	BE: {"BE", "Belgium", acquis.MustParseDate("1958-01-01"), acquis.Date{}},
	BG: {"BG", "Bulgaria", acquis.MustParseDate("2007-01-01"), acquis.Date{}},
	CZ: {"CZ", "Czechia", acquis.MustParseDate("2004-05-01"), acquis.Date{}},
	DK: {"DK", "Denmark", acquis.MustParseDate("1973-01-01"), acquis.Date{}},
	DE: {"DE", "Germany", acquis.MustParseDate("1958-01-01"), acquis.Date{}},
	EE: {"EE", "Estonia", acquis.MustParseDate("2004-05-01"), acquis.Date{}},
	IE: {"IE", "Ireland", acquis.MustParseDate("1973-01-01"), acquis.Date{}},
	EL: {"EL", "Greece", acquis.MustParseDate("1981-01-01"), acquis.Date{}},
	ES: {"ES", "Spain", acquis.MustParseDate("1986-01-01"), acquis.Date{}},
	FR: {"FR", "France", acquis.MustParseDate("1958-01-01"), acquis.Date{}},
	HR: {"HR", "Croatia", acquis.MustParseDate("2013-07-01"), acquis.Date{}},
	IT: {"IT", "Italy", acquis.MustParseDate("1958-01-01"), acquis.Date{}},
	CY: {"CY", "Cyprus", acquis.MustParseDate("2004-05-01"), acquis.Date{}},
	LV: {"LV", "Latvia", acquis.MustParseDate("2004-05-01"), acquis.Date{}},
	LT: {"LT", "Lithuania", acquis.MustParseDate("2004-05-01"), acquis.Date{}},
	LU: {"LU", "Luxembourg", acquis.MustParseDate("1958-01-01"), acquis.Date{}},
	HU: {"HU", "Hungary", acquis.MustParseDate("2004-05-01"), acquis.Date{}},
	MT: {"MT", "Malta", acquis.MustParseDate("2004-05-01"), acquis.Date{}},
	NL: {"NL", "Netherlands", acquis.MustParseDate("1958-01-01"), acquis.Date{}},
	AT: {"AT", "Austria", acquis.MustParseDate("1995-01-01"), acquis.Date{}},
	PL: {"PL", "Poland", acquis.MustParseDate("2004-05-01"), acquis.Date{}},
	PT: {"PT", "Portugal", acquis.MustParseDate("1986-01-01"), acquis.Date{}},
	RO: {"RO", "Romania", acquis.MustParseDate("2007-01-01"), acquis.Date{}},
	SI: {"SI", "Slovenia", acquis.MustParseDate("2004-05-01"), acquis.Date{}},
	SK: {"SK", "Slovakia", acquis.MustParseDate("2004-05-01"), acquis.Date{}},
	FI: {"FI", "Finland", acquis.MustParseDate("1995-01-01"), acquis.Date{}},
	SE: {"SE", "Sweden", acquis.MustParseDate("1995-01-01"), acquis.Date{}},
	UK: {"UK", "United Kingdom", acquis.MustParseDate("1973-01-01"), acquis.MustParseDate("2020-02-01")},
}

// IsValid reports whether m is one of the members this package knows.
func (m Member) IsValid() bool { return m >= BE && m <= lastMember }

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
	return 0, fmt.Errorf("vote: %w %q (want an EU code such as DE or EL)", ErrUnknownMember, s)
}

// MarshalText implements encoding.TextMarshaler, writing the member's code.
func (m Member) MarshalText() ([]byte, error) {
	if !m.IsValid() {
		return nil, fmt.Errorf("vote: cannot marshal: %w %d", ErrUnknownMember, uint8(m))
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

// memberSet is a set of Members, one bit each.
type memberSet uint32

func (s memberSet) has(m Member) bool { return s&(1<<m) != 0 }
func (s memberSet) len() int          { return bits.OnesCount32(uint32(s)) }

// all returns the members of s in protocol order.
func (s memberSet) all() iter.Seq[Member] {
	return func(yield func(Member) bool) {
		for m := BE; m <= lastMember; m++ {
			if s.has(m) && !yield(m) {
				return
			}
		}
	}
}

// membersOn returns the members of the Union on day d.
func membersOn(d acquis.Date) memberSet {
	var s memberSet
	for m := BE; m <= lastMember; m++ {
		info := members[m]
		if !d.Before(info.joined) && (info.left.IsZero() || d.Before(info.left)) {
			s |= 1 << m
		}
	}
	return s
}

// A Ballot is each Council member's position on one vote: For, Against,
// Abstain, or NotParticipating for a member that takes no part under the
// Treaties (a member not taking part in enhanced cooperation, or the member
// concerned by Article 7 TEU). A member who is present or represented and
// does not vote for is not in favour.
//
// Ballot is a comparable value. The zero Ballot gives no member a position;
// Council.Ballot gives every member the same position to start from.
type Ballot struct {
	pos            [memberCount]Position
	populationTest bool
}

// Set returns b with member m in position p.
func (b Ballot) Set(m Member, p Position) Ballot {
	if m.IsValid() {
		b.pos[m] = p
	}
	return b
}

// Position returns m's position in b, or zero if b gives m none.
func (b Ballot) Position(m Member) Position {
	if !m.IsValid() {
		return 0
	}
	return b.pos[m]
}

// RequestPopulationCheck returns b with the check requested that a qualified
// majority under the Nice weights represents at least 62% of the Union's
// population. Any member could request it (Protocol No 36 on transitional
// provisions, Article 3(3)); other rules ignore it.
func (b Ballot) RequestPopulationCheck() Ballot {
	b.populationTest = true
	return b
}

// PopulationCheckRequested reports whether b requests the 62% check.
func (b Ballot) PopulationCheckRequested() bool { return b.populationTest }
