package recognition

import (
	"errors"
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

// MarshalText implements encoding.TextMarshaler.
func (e Event) MarshalText() ([]byte, error) {
	if !e.IsValid() {
		return nil, fmt.Errorf("recognition: cannot marshal invalid event %d", uint8(e))
	}
	return []byte(eventNames[e]), nil
}

// A TransitionError reports an event that the model does not allow from a
// status, such as a withdrawal of a recognition that was never granted.
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

// String returns "last-day" or "first-day".
func (c Convention) String() string {
	switch c {
	case ExpiryDayIsLastDay:
		return "last-day"
	case ExpiryDayIsFirstDay:
		return "first-day"
	}
	return "%!Convention(" + strconv.Itoa(int(c)) + ")"
}

// A Timing says when an effect takes effect: on a day (which may be before
// the act's adoption, for a retroactive effect, or after it), at the start
// of a mandate, or at its expiry under a convention.
//
// The zero Timing is invalid. Make one with On, OnStart or OnExpiry.
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

// Day returns the first day of the effect.
func (t Timing) Day() acquis.Date {
	switch t.kind {
	case onDay:
		return t.day
	case onStart:
		return t.mandate.Start
	case onExpiry:
		if t.convention == ExpiryDayIsFirstDay {
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
		return fmt.Sprintf("on expiry of the mandate ending %v (%v convention): from %v", t.mandate.LastDay, t.convention, t.Day())
	}
	return "no timing"
}

func (t Timing) check() error {
	switch t.kind {
	case onDay:
		if !t.day.IsValid() {
			return errors.New("effect on no day")
		}
	case onStart:
		if !t.mandate.Start.IsValid() {
			return errors.New("effect keyed to a mandate with no start")
		}
	case onExpiry:
		if !t.mandate.LastDay.IsValid() {
			return errors.New("effect keyed to the expiry of a mandate with no last day")
		}
		if t.convention != ExpiryDayIsLastDay && t.convention != ExpiryDayIsFirstDay {
			return errors.New("effect keyed to a mandate's expiry with no expiry-day convention")
		}
	default:
		return errors.New("effect with no timing")
	}
	return nil
}

// A Kind is the kind of an act.
type Kind uint8

// The kinds of acts.
const (
	Resolution  Kind = 1 + iota // a parliament's resolution
	Declaration                 // such as the High Representative's on behalf of the EU
	Conclusions                 // of the European Council or the Council
	Statement                   // of a government, a spokesperson or an official
	LegalAct                    // a binding act, such as a Council decision
	Judgment                    // of a court
)

var kindNames = [...]string{Resolution: "resolution", Declaration: "declaration", Conclusions: "conclusions", Statement: "statement", LegalAct: "legal-act", Judgment: "judgment"}

// String returns the kind's name.
func (k Kind) String() string {
	if k >= Resolution && k <= Judgment {
		return kindNames[k]
	}
	return "%!Kind(" + strconv.Itoa(int(k)) + ")"
}

// MarshalText implements encoding.TextMarshaler.
func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// A Verification says how well an act's date and wording are attested, as
// the reference on recognition grades them.
type Verification uint8

// The grades.
const (
	Verified   Verification = 1 + iota // V: checked against the act or an official copy
	Secondary                          // S: reported by two or more outlets; the act itself not checked
	Unverified                         // U: unverified or inferred
)

// String returns "verified", "secondary" or "unverified".
func (v Verification) String() string {
	switch v {
	case Verified:
		return "verified"
	case Secondary:
		return "secondary"
	case Unverified:
		return "unverified"
	}
	return "%!Verification(" + strconv.Itoa(int(v)) + ")"
}

// MarshalText implements encoding.TextMarshaler.
func (v Verification) MarshalText() ([]byte, error) { return []byte(v.String()), nil }

// An Effect is one change an act makes to one actor's position toward one
// claimant to one office, from its Timing.
type Effect struct {
	Claimant Claimant
	Office   Office
	Event    Event
	Timing   Timing
	// Standing is the standing a StandingAccorded effect gives.
	Standing Standing
	// EndCondition is the condition a recognition states for its end, in
	// its words ("until credible elections can be held"). It ends nothing
	// by itself: an end needs an act or a fact recorded as one.
	EndCondition string
	// Interpretation marks a status read from a change of wording rather
	// than stated, such as the EU's of 6 January 2021.
	Interpretation bool
}

// An Act is a dated act of an actor, with its wording, its source and its
// effects.
type Act struct {
	ID           string       // a stable key, such as "EP-2020-09-17"
	Actor        Actor        // whose position it states
	Author       string       // the body that adopted it, when not the actor itself, such as "Foreign Affairs Council"
	Adopted      acquis.Date  // the day it was adopted or published
	Kind         Kind         //
	Binding      bool         // the European Parliament's resolutions are not
	Wording      string       // quoted, never paraphrased
	Source       string       // where the wording was read
	Verification Verification // how well the act is attested
	Effects      []Effect
}

func (a *Act) check() error {
	switch {
	case a.ID == "":
		return errors.New("recognition: act with no ID")
	case a.Actor == "":
		return fmt.Errorf("recognition: act %s has no actor", a.ID)
	case !a.Adopted.IsValid():
		return fmt.Errorf("recognition: act %s has no date of adoption", a.ID)
	case a.Verification < Verified || a.Verification > Unverified:
		return fmt.Errorf("recognition: act %s has no verification grade", a.ID)
	case len(a.Effects) == 0:
		return fmt.Errorf("recognition: act %s has no effect", a.ID)
	}
	for i, e := range a.Effects {
		if !e.Event.IsValid() {
			return fmt.Errorf("recognition: act %s, effect %d: invalid event %d", a.ID, i, uint8(e.Event))
		}
		if e.Claimant.ID == "" || e.Office == "" {
			return fmt.Errorf("recognition: act %s, effect %d: no claimant or office", a.ID, i)
		}
		if err := e.Timing.check(); err != nil {
			return fmt.Errorf("recognition: act %s, effect %d: %v", a.ID, i, err)
		}
	}
	return nil
}
