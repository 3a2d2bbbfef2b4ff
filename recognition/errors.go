package recognition

import (
	"errors"
	"fmt"
	"strings"
)

// The errors a caller may branch on, with errors.Is. Each error the
// package returns wraps one of them (a *TransitionError wraps
// ErrTransition) and says which input it is about.
var (
	// ErrUnknownActor: an actor that is neither one of the EU's
	// institutions, nor a member state, nor the actor of an act in the
	// ledger. Such an actor has no position to report, not even Unstated.
	ErrUnknownActor = errors.New("recognition: unknown actor")
	// ErrUnknownClaimant: a claimant that no act of the ledger, and no
	// claimant its dataset lists, has as its ID.
	ErrUnknownClaimant = errors.New("recognition: unknown claimant")
	// ErrUnknownOffice: an office that no act of the ledger, and not its
	// dataset, names.
	ErrUnknownOffice = errors.New("recognition: unknown office")
	// ErrNoDate: the zero Date where a day is needed.
	ErrNoDate = errors.New("recognition: no day given")
	// ErrTransition: an event that the transition table forbids from a
	// status. Its errors are *TransitionError values.
	ErrTransition = errors.New("recognition: transition not allowed")
	// ErrInvalidAct: an act that lacks what Ledger.Add needs: an ID, an
	// actor, a day of adoption, a verification grade, an effect, or in an
	// effect a valid event, a claimant, an office, a timing or a valid
	// basis.
	ErrInvalidAct = errors.New("recognition: invalid act")
	// ErrDuplicateAct: an act whose ID the ledger holds already.
	ErrDuplicateAct = errors.New("recognition: duplicate act")
	// ErrInvalidDataset: a dataset that is not a complete case (see
	// Dataset.Valid), such as one that does not state the day up to which
	// it was checked or states a day before its last act; in a case file,
	// also a member the schema does not have, a value of the wrong type, a
	// member given twice, or text that is not JSON.
	ErrInvalidDataset = errors.New("recognition: invalid dataset")
	// ErrUnknownDataset: an ID that names no case embedded in the package.
	ErrUnknownDataset = errors.New("recognition: unknown dataset")
	// ErrInvalidValue: text that names no value of a type, such as
	// "recognised" for a Status, or a value that has no name to marshal.
	ErrInvalidValue = errors.New("recognition: invalid value")
)

// A DatasetError reports what is wrong in a case file and where it is:
// the line and the column (both counted from 1, the column in characters)
// of the value or member at fault, or of the object that lacks a member,
// and its JSON path, such as "$.acts[3].effects[0].on". Its Err says what
// is wrong and wraps the package's sentinel: errors.Is and errors.As see
// through a DatasetError to it, and to a *TransitionError or an
// *acquis.ParseError it holds.
type DatasetError struct {
	Line, Column int
	Path         string
	Err          error
}

// Error returns the error as "recognition: line 12, column 7
// ($.acts[3].source): ...".
func (e *DatasetError) Error() string {
	return fmt.Sprintf("recognition: line %d, column %d (%s): %s", e.Line, e.Column, e.Path,
		strings.TrimPrefix(e.Err.Error(), "recognition: "))
}

// Unwrap returns Err.
func (e *DatasetError) Unwrap() error { return e.Err }

// An error is a message that wraps one or more errors, the first of them
// one of the package's sentinels, so that the message can name the input
// in its own words.
type wrapped struct {
	msg  string
	errs []error
}

func (e *wrapped) Error() string   { return e.msg }
func (e *wrapped) Unwrap() []error { return e.errs }

// errorf returns an error whose message is "recognition: " and the
// formatted text, wrapping sentinel.
func errorf(sentinel error, format string, args ...any) error {
	return &wrapped{msg: "recognition: " + fmt.Sprintf(format, args...), errs: []error{sentinel}}
}

// errorWith returns errorf's error, which also wraps cause.
func errorWith(sentinel, cause error, format string, args ...any) error {
	return &wrapped{msg: "recognition: " + fmt.Sprintf(format, args...), errs: []error{sentinel, cause}}
}
