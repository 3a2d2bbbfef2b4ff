package recognition

import (
	"strconv"
	"strings"

	"github.com/acquis-eu/acquis"
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
	// HighRepresentativeOwn is the High Representative speaking in their
	// own name: a "Statement by the High Representative", alone or with a
	// Commissioner, which the member states have not agreed. It is used
	// when a declaration on behalf of the EU was blocked (Belarus, January
	// 2025) or not sought, so that the words are not put in 27 mouths.
	HighRepresentativeOwn Actor = "HRVP-own"
	// Commission is the European Commission, as its spokespersons speak
	// for it at the midday briefing.
	Commission Actor = "COM"
	// ExternalAction is the European External Action Service, as its
	// spokespersons speak for it.
	ExternalAction Actor = "EEAS"
)

// Institutions returns the EU's institutions and voices, the constants
// above, in the order in which tools list them: the Parliament, the
// European Council, the Council, the High Representative on behalf of the
// EU and in their own name, the Commission, the External Action Service.
func Institutions() []Actor {
	return []Actor{EuropeanParliament, EuropeanCouncil, Council, HighRepresentative, HighRepresentativeOwn, Commission, ExternalAction}
}

var institutionNames = map[Actor]string{
	EuropeanParliament: "European Parliament", EuropeanCouncil: "European Council", Council: "Council of the EU",
	HighRepresentative: "High Representative", HighRepresentativeOwn: "High Representative (own name)",
	Commission: "European Commission", ExternalAction: "European External Action Service",
}

// otherActors names the actors of the recorded cases that are neither
// institutions of the EU nor member states: third states by their ISO
// 3166-1 codes, international bodies, and bodies of a member state that
// speak apart from its government, which never count as the member state.
var otherActors = map[Actor]string{
	"US":           "United States",
	"CA":           "Canada",
	"RU":           "Russia",
	"PACE":         "Parliamentary Assembly of the Council of Europe",
	"EE-Riigikogu": "Riigikogu (Estonia's parliament)",
}

// Name returns the actor's name in English: "European Parliament",
// "High Representative", "Germany" (a member state, as package acquis
// names it), "United States". An actor this package does not know is named
// by its code; a dataset may name it (Dataset.ActorName).
func (a Actor) Name() string {
	if n, ok := institutionNames[a]; ok {
		return n
	}
	if m, err := acquis.ParseMember(string(a)); err == nil && m.String() == string(a) {
		return m.Name()
	}
	if n, ok := otherActors[a]; ok {
		return n
	}
	return string(a)
}

// IsInstitution reports whether a is one of the EU's institutions or
// voices: the constants above.
func (a Actor) IsInstitution() bool {
	_, ok := institutionNames[a]
	return ok
}

// IsMember reports whether a is the code of a member state of the Union,
// past or present, as package acquis gives it ("EL", "UK").
func (a Actor) IsMember() bool {
	m, err := acquis.ParseMember(string(a))
	return err == nil && m.String() == string(a)
}

// isKnown reports whether a is an actor this package knows without an act
// about it: one of the EU's institutions, or a member state of the Union,
// past or present.
func (a Actor) isKnown() bool { return a.IsInstitution() || a.IsMember() }

// named reports whether this package has a name for a: an institution, a
// member state or one of the other actors of the recorded cases.
func (a Actor) named() bool {
	_, ok := otherActors[a]
	return ok || a.isKnown()
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
//
// A Mandate is a comparable value: a Timing holds a copy, and two timings
// keyed to the same mandate are equal.
type Mandate struct {
	ID          string      `json:"id,omitzero"` // a stable key, such as "maduro2019"
	Claimant    Claimant    `json:"claimant"`
	Office      Office      `json:"office"`
	Start       acquis.Date `json:"start,omitzero"`   // zero when the record does not give it
	LastDay     acquis.Date `json:"lastDay,omitzero"` // zero when the record does not give it
	StartSource string      `json:"startSource,omitzero"`
	// EndSource says where the last day was read, or how it was computed;
	// it may say why the record gives none.
	EndSource string `json:"endSource,omitzero"`
	// StartVerification and EndVerification grade the first and last
	// days, when the record gives them, as an act's Verification grades
	// the act: a day computed from a constitution's term is Unverified
	// until a source states it.
	StartVerification Verification `json:"startVerification,omitzero"`
	EndVerification   Verification `json:"endVerification,omitzero"`
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

// MarshalText implements encoding.TextMarshaler. The zero Status and
// other invalid values have no text: they are an error matching
// ErrInvalidValue.
func (s Status) MarshalText() ([]byte, error) {
	if !s.IsValid() {
		return nil, errorf(ErrInvalidValue, "cannot marshal invalid status %d", uint8(s))
	}
	return []byte(statusNames[s]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler, reading what String
// writes, such as "not-recognized".
func (s *Status) UnmarshalText(text []byte) error {
	v, err := parseName("status", statusNames[:], text, false)
	if err != nil {
		return err
	}
	*s = Status(v)
	return nil
}

// An EndCause says why a recognition was withdrawn.
type EndCause uint8

// The causes of a withdrawal.
const (
	CauseExplicit    EndCause = 1 + iota // the actor withdrew it
	CauseBasisLapsed                     // what it rested on ended, such as the mandate of the body the claimant presided
)

var causeNames = [...]string{CauseExplicit: "explicit", CauseBasisLapsed: "basis-lapsed"}

// String returns "explicit" or "basis-lapsed", "" for the zero EndCause,
// or a visible fallback such as "%!EndCause(7)" for an invalid one.
func (c EndCause) String() string {
	if int(c) < len(causeNames) {
		return causeNames[c]
	}
	return "%!EndCause(" + strconv.Itoa(int(c)) + ")"
}

// MarshalText implements encoding.TextMarshaler; the zero EndCause is
// empty text, and an invalid one an error matching ErrInvalidValue.
func (c EndCause) MarshalText() ([]byte, error) {
	if int(c) >= len(causeNames) {
		return nil, errorf(ErrInvalidValue, "cannot marshal invalid end cause %d", uint8(c))
	}
	return []byte(causeNames[c]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler, reading what
// MarshalText writes; empty text is the zero EndCause.
func (c *EndCause) UnmarshalText(text []byte) error {
	v, err := parseName("end cause", causeNames[:], text, true)
	if err != nil {
		return err
	}
	*c = EndCause(v)
	return nil
}

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
	// LegitimateRepresentative: the European Parliament's words for
	// Myanmar's CRPH and National Unity Government in 2021, "the only
	// legitimate representatives of the democratic wishes of the people":
	// a standing as the people's representative, not recognition as a
	// government.
	LegitimateRepresentative
)

var standingNames = [...]string{NoStanding: "none", InterimRepresentation: "interim-representation",
	SupportedInstitution: "supported-institution", PrivilegedInterlocutor: "privileged-interlocutor",
	LegitimateRepresentative: "legitimate-representative"}

// String returns the standing's name, such as "privileged-interlocutor"
// or "none".
func (s Standing) String() string {
	if int(s) < len(standingNames) {
		return standingNames[s]
	}
	return "%!Standing(" + strconv.Itoa(int(s)) + ")"
}

// MarshalText implements encoding.TextMarshaler. An invalid Standing is
// an error matching ErrInvalidValue.
func (s Standing) MarshalText() ([]byte, error) {
	if int(s) >= len(standingNames) {
		return nil, errorf(ErrInvalidValue, "cannot marshal invalid standing %d", uint8(s))
	}
	return []byte(standingNames[s]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler, reading what String
// writes.
func (s *Standing) UnmarshalText(text []byte) error {
	v, err := parseName("standing", standingNames[:], text, false)
	if err != nil {
		return err
	}
	*s = Standing(v)
	return nil
}

// parseName returns the index of text among names, for the type named
// typ. Empty text is index 0 when empty is set; otherwise an empty name
// (that of an invalid zero value) matches nothing.
func parseName(typ string, names []string, text []byte, empty bool) (int, error) {
	if len(text) == 0 && empty {
		return 0, nil
	}
	for i, n := range names {
		if n != "" && n == string(text) {
			return i, nil
		}
	}
	var valid []string
	for _, n := range names {
		if n != "" {
			valid = append(valid, n)
		}
	}
	return 0, errorf(ErrInvalidValue, "unknown %s %q (want one of %s)", typ, text, strings.Join(valid, ", "))
}
