package recognition

import (
	"fmt"
	"strconv"

	"github.com/acquis-eu/acquis"
	"github.com/acquis-eu/acquis/vote"
)

// An Actor is whoever holds a position toward a claimant: an EU
// institution, a member state, a third state or an international body. It
// is identified by a short code: the constants below for the EU's
// institutions, the EU's two-letter code for a member state ("DE", "EL"),
// the ISO 3166-1 code for a third state ("US"), or a name for another body
// ("UNGA").
type Actor string

// The EU's institutions and their voices. Their positions are their own:
// this package never derives one from another, nor from the member states'.
const (
	EuropeanParliament Actor = "EP"   // resolutions, not binding
	EuropeanCouncil    Actor = "EUCO" // conclusions of the European Council or of its President
	Council            Actor = "Council"
	// HighRepresentative is the High Representative's declarations on
	// behalf of the EU, which the member states agree by unanimity. Its code
	// is that of the High Representative/Vice-President, because "HR" is
	// Croatia's.
	HighRepresentative Actor = "HRVP"
)

// thirdStates names the third states that act in the recorded cases.
var thirdStates = map[Actor]string{"US": "United States", "CA": "Canada"}

// Name returns the actor's name in English: "European Parliament",
// "High Representative", "Germany" (a member state, as package vote names
// it), "United States". An actor this package does not know is named by its
// code.
func (a Actor) Name() string {
	switch a {
	case EuropeanParliament:
		return "European Parliament"
	case EuropeanCouncil:
		return "European Council"
	case Council:
		return "Council of the EU"
	case HighRepresentative:
		return "High Representative"
	}
	if m, err := vote.ParseMember(string(a)); err == nil {
		return m.Name()
	}
	if n, ok := thirdStates[a]; ok {
		return n
	}
	return string(a)
}

// A Claimant is whoever claims, or is said to hold, an office: a person, or
// a body such as the National Assembly of Venezuela elected in 2015.
type Claimant struct {
	ID   string `json:"id"`   // a stable key, such as "lukashenka"
	Name string `json:"name"` // as the sources spell it
	Body bool   `json:"body"` // a body rather than a person
}

// An Office is a public office, such as "President of Belarus".
type Office string

// A Mandate is one term of an office as some actor reckons it: its first
// and last days, each with its source. Actors disagree about mandates (for
// Minsk the 2015 mandate of Belarus's President ended with the inauguration
// of 23 September 2020; for the European Parliament it ended with its five
// years on 5 November 2020), so an act that keys an effect to a mandate
// names the mandate it relies on.
type Mandate struct {
	Claimant    Claimant    `json:"claimant"`
	Office      Office      `json:"office"`
	Start       acquis.Date `json:"start"`
	LastDay     acquis.Date `json:"lastDay"`
	StartSource string      `json:"startSource"`
	EndSource   string      `json:"endSource"`
}

// A Status is an actor's position toward a claimant to an office.
//
// The zero Status is invalid; Unstated is the default position.
type Status uint8

// The statuses.
const (
	// Unstated: no public position. Silence and dealings are not
	// recognition (the UK's policy since 1980; Maduro Board v Guaidó Board
	// [2021] UKSC 57), so this is what an actor holds until an act says
	// otherwise.
	Unstated Status = 1 + iota
	// Recognized: the claimant is recognised in the office, perhaps for a
	// purpose or until a condition (the act's EndCondition).
	Recognized
	// Contested: the results or the mandate are rejected, or the claimant's
	// legitimacy denied, without a declaration of non-recognition; the
	// claimant often keeps control ("we do not recognise the results").
	Contested
	// NotRecognized: the claimant is declared not recognised as the holder
	// of the office.
	NotRecognized
	// Withdrawn: an earlier recognition ended, explicitly or because its
	// basis lapsed (see EndCause).
	Withdrawn
)

var statusNames = [...]string{Unstated: "unstated", Recognized: "recognized", Contested: "contested", NotRecognized: "not-recognized", Withdrawn: "withdrawn"}

// IsValid reports whether s is one of the statuses.
func (s Status) IsValid() bool { return s >= Unstated && s <= Withdrawn }

// String returns the status's name, such as "not-recognized".
func (s Status) String() string {
	if s.IsValid() {
		return statusNames[s]
	}
	return "%!Status(" + strconv.Itoa(int(s)) + ")"
}

// MarshalText implements encoding.TextMarshaler.
func (s Status) MarshalText() ([]byte, error) {
	if !s.IsValid() {
		return nil, fmt.Errorf("recognition: cannot marshal invalid status %d", uint8(s))
	}
	return []byte(statusNames[s]), nil
}

// An EndCause says why a recognition was withdrawn.
type EndCause uint8

// The causes of a withdrawal.
const (
	CauseExplicit    EndCause = 1 + iota // the actor withdrew it
	CauseBasisLapsed                     // what it rested on ended, such as the mandate of the body the claimant presided
)

// String returns "explicit" or "basis-lapsed", or "" for the zero EndCause.
func (c EndCause) String() string {
	switch c {
	case CauseExplicit:
		return "explicit"
	case CauseBasisLapsed:
		return "basis-lapsed"
	}
	return ""
}

// MarshalText implements encoding.TextMarshaler; the zero EndCause is empty.
func (c EndCause) MarshalText() ([]byte, error) { return []byte(c.String()), nil }

// A Standing is the standing an actor grants a body or person apart from
// recognition as head of state or government, such as an opposition body's
// as an interlocutor. It is kept on its own axis: granting it recognises no
// one as holder of an office.
type Standing uint8

// The standings.
const (
	NoStanding             Standing = iota // none, or ended
	InterimRepresentation                  // the European Parliament's words for the Belarusian Coordination Council, 2020
	SupportedInstitution                   // the EU's support of the 2015 National Assembly of Venezuela, 2019
	PrivilegedInterlocutor                 // the Council's words for Guaidó and the 2015 National Assembly, 2021
)

// String returns the standing's name.
func (s Standing) String() string {
	switch s {
	case NoStanding:
		return "none"
	case InterimRepresentation:
		return "interim-representation"
	case SupportedInstitution:
		return "supported-institution"
	case PrivilegedInterlocutor:
		return "privileged-interlocutor"
	}
	return "%!Standing(" + strconv.Itoa(int(s)) + ")"
}

// MarshalText implements encoding.TextMarshaler.
func (s Standing) MarshalText() ([]byte, error) { return []byte(s.String()), nil }
