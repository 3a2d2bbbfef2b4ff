package recognition

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"

	"github.com/acquis-eu/acquis"
)

// An Event is what an effect of an act does to a status.
//
// The zero Event is invalid.
type Event uint8

// The events.
const (
	RecognitionGranted     Event = 1 + iota // → Recognized
	ResultsRejected                         // → Contested ("we do not recognise the results")
	LegitimacyDenied                        // → Contested ("lack any democratic legitimacy")
	NonRecognitionDeclared                  // → NotRecognized
	RecognitionWithdrawn                    // Recognized → Withdrawn, cause CauseExplicit
	BasisLapsed                             // Recognized → Withdrawn, cause CauseBasisLapsed
	Reaffirmed                              // the same status again: evidence, no change
	// DeclarationBlocked records an act the actor could not adopt, such as
	// a declaration on behalf of the EU that one member state vetoed. It
	// changes no status.
	DeclarationBlocked
	// ConditionalAnnounced records an act that announces a consequence if a
	// condition is not met by a deadline. It never fires by itself: a later
	// act makes the change.
	ConditionalAnnounced
	// StandingAccorded sets the claimant's Standing on its own axis (the
	// effect's Standing; NoStanding ends it). It changes no status.
	StandingAccorded

	lastEvent = StandingAccorded
)

var eventNames = [...]string{
	RecognitionGranted: "recognition-granted", ResultsRejected: "results-rejected", LegitimacyDenied: "legitimacy-denied",
	NonRecognitionDeclared: "non-recognition-declared", RecognitionWithdrawn: "recognition-withdrawn", BasisLapsed: "basis-lapsed",
	Reaffirmed: "reaffirmed", DeclarationBlocked: "declaration-blocked", ConditionalAnnounced: "conditional-announced",
	StandingAccorded: "standing-accorded",
}

// IsValid reports whether e is one of the events.
func (e Event) IsValid() bool { return e >= RecognitionGranted && e <= lastEvent }

// String returns the event's name, such as "basis-lapsed".
func (e Event) String() string {
	if e.IsValid() {
		return eventNames[e]
	}
	return "%!Event(" + strconv.Itoa(int(e)) + ")"
}

// MarshalText implements encoding.TextMarshaler. The zero Event and other
// invalid values are an error matching ErrInvalidValue.
func (e Event) MarshalText() ([]byte, error) {
	if !e.IsValid() {
		return nil, errorf(ErrInvalidValue, "cannot marshal invalid event %d", uint8(e))
	}
	return []byte(eventNames[e]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler, reading what String
// writes, such as "basis-lapsed".
func (e *Event) UnmarshalText(text []byte) error {
	v, err := parseName("event", eventNames[:], text, false)
	if err != nil {
		return err
	}
	*e = Event(v)
	return nil
}

// A TransitionError reports an event that the model does not allow from a
// status, such as a withdrawal of a recognition that was never granted.
// It matches ErrTransition.
type TransitionError struct {
	From  Status
	Event Event
	Act   string // the act's ID, when known
}

func (e *TransitionError) Error() string {
	s := fmt.Sprintf("recognition: %v is not allowed from %v", e.Event, e.From)
	if e.Act != "" {
		s += " (act " + e.Act + ")"
	}
	return s
}

// Unwrap returns ErrTransition, so that errors.Is(err, ErrTransition)
// holds for every *TransitionError.
func (e *TransitionError) Unwrap() error { return ErrTransition }

// Apply returns the status that event e leads to from status s, and the
// end cause when it is Withdrawn. It is the model's transition table:
//
//	from \ event   granted     rejected/denied  non-recognition  withdrawn/lapsed  reaffirmed  blocked/conditional/standing
//	Unstated       Recognized  Contested        NotRecognized    error             error       Unstated
//	Recognized     Recognized  Contested        NotRecognized    Withdrawn         Recognized  Recognized
//	Contested      Recognized  Contested        NotRecognized    error             Contested   Contested
//	NotRecognized  Recognized  NotRecognized    NotRecognized    error             same        NotRecognized
//	Withdrawn      Recognized  Contested        NotRecognized    error             error       Withdrawn
//
// Rejecting results leaves a non-recognition standing; reaffirming is
// allowed only of a position taken; withdrawing only of a recognition.
// Apply returns a *TransitionError for what the table forbids.
func Apply(s Status, e Event) (Status, EndCause, error) {
	if !s.IsValid() || !e.IsValid() {
		return 0, 0, &TransitionError{From: s, Event: e}
	}
	switch e {
	case RecognitionGranted:
		return Recognized, 0, nil
	case ResultsRejected, LegitimacyDenied:
		if s == NotRecognized {
			return NotRecognized, 0, nil
		}
		return Contested, 0, nil
	case NonRecognitionDeclared:
		return NotRecognized, 0, nil
	case RecognitionWithdrawn, BasisLapsed:
		if s != Recognized {
			return 0, 0, &TransitionError{From: s, Event: e}
		}
		if e == BasisLapsed {
			return Withdrawn, CauseBasisLapsed, nil
		}
		return Withdrawn, CauseExplicit, nil
	case Reaffirmed:
		if s == Unstated || s == Withdrawn {
			return 0, 0, &TransitionError{From: s, Event: e}
		}
		return s, 0, nil
	}
	return s, 0, nil // blocked, conditional and standing events change no status
}

// A Convention says which day an effect keyed to the expiry of a mandate
// takes effect. "His term of office expires on 5 November" names the
// mandate's last day; an act that takes effect "once it expires" may mean
// that day or the next, and acts do not say. The convention is therefore
// always explicit: the zero Convention is invalid.
type Convention uint8

// The conventions.
const (
	// ExpiryDayIsLastDay: the mandate's last day is still within it; the
	// effect starts the day after.
	ExpiryDayIsLastDay Convention = 1 + iota
	// ExpiryDayIsFirstDay: the effect starts on the mandate's last day.
	ExpiryDayIsFirstDay
)

var conventionNames = [...]string{ExpiryDayIsLastDay: "last-day", ExpiryDayIsFirstDay: "first-day"}

// String returns "last-day" or "first-day", or a visible fallback such as
// "%!Convention(0)" for an invalid one.
func (c Convention) String() string {
	if c != 0 && int(c) < len(conventionNames) {
		return conventionNames[c]
	}
	return "%!Convention(" + strconv.Itoa(int(c)) + ")"
}

// MarshalText implements encoding.TextMarshaler: "last-day", "first-day",
// or empty text for the zero Convention, which says none was given. Other
// values are an error matching ErrInvalidValue.
func (c Convention) MarshalText() ([]byte, error) {
	if int(c) >= len(conventionNames) {
		return nil, errorf(ErrInvalidValue, "cannot marshal invalid convention %d", uint8(c))
	}
	return []byte(conventionNames[c]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler, reading what
// MarshalText writes.
func (c *Convention) UnmarshalText(text []byte) error {
	v, err := parseName("convention", conventionNames[:], text, true)
	if err != nil {
		return err
	}
	*c = Convention(v)
	return nil
}

// A Timing says when an effect takes effect: on a day (which may be before
// the act's adoption, for a retroactive effect, or after it), at the start
// of a mandate, or at its expiry under a convention.
//
// The zero Timing is invalid as an effect's timing, and means "none" as an
// effect's Basis. Make one with On, OnStart or OnExpiry. Timing is a
// comparable value type.
//
// In JSON a Timing is an object with its kind: {"kind": "day", "day":
// "2019-01-23"}, {"kind": "start", "mandate": {...}} or {"kind":
// "expiry", "mandate": {...}, "convention": "last-day"}; the zero Timing
// is null.
type Timing struct {
	kind       timingKind
	day        acquis.Date
	mandate    Mandate
	convention Convention
}

type timingKind uint8

const (
	onDay timingKind = 1 + iota
	onStart
	onExpiry
)

// On returns the timing of an effect from day d.
func On(d acquis.Date) Timing { return Timing{kind: onDay, day: d} }

// OnStart returns the timing of an effect from the first day of mandate m.
func OnStart(m Mandate) Timing { return Timing{kind: onStart, mandate: m} }

// OnExpiry returns the timing of an effect keyed to the expiry of mandate
// m: from its last day with ExpiryDayIsFirstDay, from the day after with
// ExpiryDayIsLastDay.
func OnExpiry(m Mandate, c Convention) Timing {
	return Timing{kind: onExpiry, mandate: m, convention: c}
}

// IsZero reports whether t is the zero Timing.
func (t Timing) IsZero() bool { return t == Timing{} }

// Day returns the first day of the effect: the zero Date for the zero
// Timing, and for a timing keyed to the expiry of a mandate whose last day
// is not recorded.
func (t Timing) Day() acquis.Date {
	switch t.kind {
	case onDay:
		return t.day
	case onStart:
		return t.mandate.Start
	case onExpiry:
		if t.convention == ExpiryDayIsFirstDay || !t.mandate.LastDay.IsValid() {
			return t.mandate.LastDay
		}
		return t.mandate.LastDay.AddDays(1)
	}
	return acquis.Date{}
}

// Mandate returns the mandate the timing is keyed to, and false for a
// timing on a day.
func (t Timing) Mandate() (Mandate, bool) { return t.mandate, t.kind == onStart || t.kind == onExpiry }

// Convention returns the expiry-day convention of a timing keyed to a
// mandate's expiry, or zero.
func (t Timing) Convention() Convention { return t.convention }

// String describes the timing, such as "on expiry of the mandate ending 2020-11-05 (last-day convention): from 2020-11-06".
func (t Timing) String() string {
	switch t.kind {
	case onDay:
		return "from " + t.day.String()
	case onStart:
		return "from the start of the mandate: " + t.mandate.Start.String()
	case onExpiry:
		if !t.mandate.LastDay.IsValid() {
			return "on expiry of a mandate whose last day is not recorded"
		}
		return fmt.Sprintf("on expiry of the mandate ending %v (%v convention): from %v", t.mandate.LastDay, t.convention, t.Day())
	}
	return "no timing"
}

var timingKinds = [...]string{onDay: "day", onStart: "start", onExpiry: "expiry"}

// timingJSON is the JSON form of a Timing.
type timingJSON struct {
	Kind       string       `json:"kind"`
	Day        *acquis.Date `json:"day,omitempty"`
	Mandate    *Mandate     `json:"mandate,omitempty"`
	Convention Convention   `json:"convention,omitzero"`
}

// MarshalJSON implements json.Marshaler, in the form the type's doc gives.
func (t Timing) MarshalJSON() ([]byte, error) {
	if t.IsZero() {
		return []byte("null"), nil
	}
	if int(t.kind) >= len(timingKinds) {
		return nil, errorf(ErrInvalidValue, "cannot marshal a timing of kind %d", t.kind)
	}
	j := timingJSON{Kind: timingKinds[t.kind]}
	switch t.kind {
	case onDay:
		j.Day = &t.day
	case onStart:
		j.Mandate = &t.mandate
	case onExpiry:
		j.Mandate, j.Convention = &t.mandate, t.convention
	}
	return json.Marshal(j)
}

// UnmarshalJSON implements json.Unmarshaler, reading what MarshalJSON
// writes. A member the kind does not have ("mandate" with kind "day"),
// one that it needs and lacks, an unknown member or an unknown kind is an
// error matching ErrInvalidValue; null leaves t as it is.
func (t *Timing) UnmarshalJSON(b []byte) error {
	if string(bytes.TrimSpace(b)) == "null" {
		return nil
	}
	var j timingJSON
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&j); err != nil {
		return errorf(ErrInvalidValue, "timing: %v", err)
	}
	kind, err := parseName("timing kind", timingKinds[:], []byte(j.Kind), false)
	if err != nil {
		return err
	}
	v := Timing{kind: timingKind(kind)}
	switch v.kind {
	case onDay:
		if j.Day == nil || j.Mandate != nil || j.Convention != 0 {
			return errorf(ErrInvalidValue, `timing of kind "day" needs a day, and no mandate or convention`)
		}
		v.day = *j.Day
	case onStart:
		if j.Mandate == nil || j.Day != nil || j.Convention != 0 {
			return errorf(ErrInvalidValue, `timing of kind "start" needs a mandate, and no day or convention`)
		}
		v.mandate = *j.Mandate
	case onExpiry:
		if j.Mandate == nil || j.Day != nil {
			return errorf(ErrInvalidValue, `timing of kind "expiry" needs a mandate, and no day`)
		}
		v.mandate, v.convention = *j.Mandate, j.Convention
	}
	*t = v
	return nil
}

// check returns what is missing from t as an effect's timing, or "".
func (t Timing) check() string {
	switch t.kind {
	case onDay:
		if !t.day.IsValid() {
			return "effect on no day"
		}
	case onStart:
		if !t.mandate.Start.IsValid() {
			return "effect keyed to a mandate with no start"
		}
	case onExpiry:
		if !t.mandate.LastDay.IsValid() {
			return "effect keyed to the expiry of a mandate with no last day"
		}
		if t.convention != ExpiryDayIsLastDay && t.convention != ExpiryDayIsFirstDay {
			return "effect keyed to a mandate's expiry with no expiry-day convention"
		}
	default:
		return "effect with no timing"
	}
	return ""
}

// checkBasis returns what is wrong with t as an effect's Basis, or "": a
// basis is the zero Timing or keyed to a mandate's expiry, with a
// convention; the mandate's last day may be unknown.
func (t Timing) checkBasis() string {
	switch {
	case t.IsZero():
		return ""
	case t.kind != onExpiry:
		return "basis not keyed to the expiry of a mandate (use OnExpiry)"
	case t.convention != ExpiryDayIsLastDay && t.convention != ExpiryDayIsFirstDay:
		return "basis keyed to a mandate's expiry with no expiry-day convention"
	}
	return ""
}

// A Form is the form an act takes: a resolution, a declaration,
// conclusions, a statement, a legal act or a judgment. It names how an
// actor spoke, not what the act does (its Effects say that), and is not
// package sanctions' kind of a Council act (a decision or a regulation,
// the legal instrument): a sanctions act has the Form LegalAct here. The
// two names differ on purpose, because the Belarus example uses both.
type Form uint8

// The forms of acts.
const (
	Resolution  Form = 1 + iota // a parliament's resolution
	Declaration                 // such as the High Representative's on behalf of the EU
	Conclusions                 // of the European Council or the Council
	Statement                   // of a government, a spokesperson or an official
	LegalAct                    // a binding act, such as a Council decision
	Judgment                    // of a court
)

var formNames = [...]string{Resolution: "resolution", Declaration: "declaration", Conclusions: "conclusions", Statement: "statement", LegalAct: "legal-act", Judgment: "judgment"}

// String returns the form's name, such as "resolution".
func (f Form) String() string {
	if f >= Resolution && f <= Judgment {
		return formNames[f]
	}
	return "%!Form(" + strconv.Itoa(int(f)) + ")"
}

// MarshalText implements encoding.TextMarshaler: the form's name, or empty
// text for the zero Form, which says none was given. Other values are an
// error matching ErrInvalidValue.
func (f Form) MarshalText() ([]byte, error) {
	if int(f) >= len(formNames) {
		return nil, errorf(ErrInvalidValue, "cannot marshal invalid form %d", uint8(f))
	}
	return []byte(formNames[f]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler, reading what
// MarshalText writes.
func (f *Form) UnmarshalText(text []byte) error {
	v, err := parseName("form", formNames[:], text, true)
	if err != nil {
		return err
	}
	*f = Form(v)
	return nil
}

// A Verification says how well an act's date and wording are attested, as
// the reference on recognition grades them.
type Verification uint8

// The grades.
const (
	Verified   Verification = 1 + iota // V: checked against the act or an official copy
	Secondary                          // S: reported by two or more outlets; the act itself not checked
	Unverified                         // U: unverified or inferred
)

var verificationNames = [...]string{Verified: "verified", Secondary: "secondary", Unverified: "unverified"}

// String returns "verified", "secondary" or "unverified".
func (v Verification) String() string {
	if v != 0 && int(v) < len(verificationNames) {
		return verificationNames[v]
	}
	return "%!Verification(" + strconv.Itoa(int(v)) + ")"
}

// MarshalText implements encoding.TextMarshaler: the grade's name, or
// empty text for the zero Verification, which says none was given. Other
// values are an error matching ErrInvalidValue.
func (v Verification) MarshalText() ([]byte, error) {
	if int(v) >= len(verificationNames) {
		return nil, errorf(ErrInvalidValue, "cannot marshal invalid verification %d", uint8(v))
	}
	return []byte(verificationNames[v]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler, reading what
// MarshalText writes.
func (v *Verification) UnmarshalText(text []byte) error {
	n, err := parseName("verification", verificationNames[:], text, true)
	if err != nil {
		return err
	}
	*v = Verification(n)
	return nil
}

// An Effect is, in this package, one change that an act makes to its
// actor's recognition status (or standing) toward one claimant to one
// office, from its Timing: what the act does, as the transition table
// (Apply) reads its Event.
type Effect struct {
	Claimant Claimant `json:"claimant"`
	Office   Office   `json:"office"`
	Event    Event    `json:"event"`
	Timing   Timing   `json:"timing"`
	// Standing is the standing a StandingAccorded effect gives.
	Standing Standing `json:"standing,omitzero"`
	// EndCondition is the condition a recognition states for its end, in
	// its words ("until credible elections can be held"). It ends nothing
	// by itself: an end needs an act or a fact recorded as one.
	EndCondition string `json:"endCondition,omitzero"`
	// Interpretation marks a status read from a change of wording rather
	// than stated, such as the EU's of 6 January 2021.
	Interpretation bool `json:"interpretation,omitzero"`
	// Basis is, for a position that rests on a mandate, the expiry of that
	// mandate: OnExpiry(mandate, convention), keyed like any effect, or the
	// zero Timing when the position rests on none the record gives. A
	// recognition of Juan Guaidó as interim President rests on his claim
	// as President of the National Assembly elected in 2015, so on that
	// Assembly's mandate; a rejection of the results of an election rests
	// on the mandate the election was to confer. Once the mandate has
	// expired, answers say so (Position.BasisExpired); the status stays
	// what the acts say. The mandate's last day may be unknown: no answer
	// then says it expired.
	Basis Timing `json:"basis,omitzero"`
}

// An Act is, in this package, one dated public act by which an actor takes
// a position on a claimant to an office (a resolution, a declaration,
// conclusions, a statement), with its wording, its source, its
// verification grade and its effects. (Package sanctions' Act is a Council
// act that lists persons.)
type Act struct {
	ID           string       `json:"id"`               // a stable key, such as "EP-2020-09-17"
	Actor        Actor        `json:"actor"`            // whose position it states
	Author       string       `json:"author,omitzero"`  // the body that adopted it, when not the actor itself, such as "Foreign Affairs Council"
	Adopted      acquis.Date  `json:"adopted"`          // the day it was adopted or published
	Form         Form         `json:"form,omitzero"`    // how the actor spoke
	Binding      bool         `json:"binding"`          // the European Parliament's resolutions are not
	Wording      string       `json:"wording,omitzero"` // quoted, never paraphrased
	Source       string       `json:"source,omitzero"`  // where the wording was read
	Verification Verification `json:"verification"`     // how well the act is attested
	Effects      []Effect     `json:"effects"`
	// Note is the record's reasoning where the encoding of the act needs
	// one: why an effect is read so, what a source leaves open.
	Note string `json:"note,omitzero"`
}

// check returns an error matching ErrInvalidAct if a is incomplete.
// Effects are counted from 1 in its message.
func (a *Act) check() error {
	bad := func(format string, args ...any) error {
		if a.ID == "" {
			return errorf(ErrInvalidAct, "invalid act: "+format, args...)
		}
		return errorf(ErrInvalidAct, "invalid act %s: "+format, append([]any{a.ID}, args...)...)
	}
	switch {
	case a.ID == "":
		return bad("no ID")
	case a.Actor == "":
		return bad("no actor")
	case !a.Adopted.IsValid():
		return bad("no date of adoption")
	case a.Verification < Verified || a.Verification > Unverified:
		return bad("no verification grade")
	case len(a.Effects) == 0:
		return bad("no effect")
	}
	for i, e := range a.Effects {
		if !e.Event.IsValid() {
			return bad("effect %d: invalid event %d", i+1, uint8(e.Event))
		}
		if e.Claimant.ID == "" || e.Office == "" {
			return bad("effect %d: no claimant or office", i+1)
		}
		if msg := e.Timing.check(); msg != "" {
			return bad("effect %d: %s", i+1, msg)
		}
		if msg := e.Basis.checkBasis(); msg != "" {
			return bad("effect %d: %s", i+1, msg)
		}
	}
	return nil
}
