package vote

import (
	"errors"

	"github.com/acquis-eu/acquis"
)

// Errors that the package's errors wrap, to say what kind of problem they
// report. Match them with errors.Is, never with the message. Errors about a
// ballot, a table, a tables file, a tally or a missing table are also of a
// type that carries the input: *BallotError, *TableError,
// *TablesFileError, *TallyError and *NoTableError.
var (
	// ErrNoComposition reports a day for which this package knows no
	// composition of the European Parliament or of the Council, and the
	// zero Parliament or Council, which has none.
	ErrNoComposition = errors.New("no composition known")

	// ErrNoTable reports a day for which this package embeds no population
	// table and the caller gave none, when the rule needs one. The error
	// is a *NoTableError, which names the nearest table's period.
	ErrNoTable = errors.New("no population table")

	// ErrNotInForce reports a rule applied on a day it did not apply.
	ErrNotInForce = errors.New("rule not in force")

	// ErrUnknownRule reports a ParliamentRule or a CouncilRule that is not
	// one of this package's rules, or a name that ParseParliamentRule or
	// ParseCouncilRule does not know, such as the name of a rule of the
	// other institution.
	ErrUnknownRule = errors.New("unknown rule")

	// ErrNotMember reports a member state named where only the members of
	// the Council on its day may be: in a ballot, a table or a list of
	// members taking part.
	ErrNotMember = errors.New("not a member of the Council")

	// ErrUnknownChoice reports a Choice that is not one of this package's,
	// or a name that ParseChoice does not know.
	ErrUnknownChoice = errors.New("unknown choice")

	// ErrUnknownThreshold reports a Threshold that is not one of this
	// package's, or a name that Threshold.UnmarshalText does not know.
	ErrUnknownThreshold = errors.New("unknown threshold")

	// ErrUnknownGrade reports a Grade that is not one of this package's,
	// or a name that Grade.UnmarshalText does not know.
	ErrUnknownGrade = errors.New("unknown grade")

	// ErrUnknownMembersSource reports a MembersSource that is not one of
	// this package's, or a name that MembersSource.UnmarshalText does not
	// know.
	ErrUnknownMembersSource = errors.New("unknown source of Members in office")

	// ErrInvalidBallot reports a ballot that the Council cannot decide: see
	// BallotError.
	ErrInvalidBallot = errors.New("invalid ballot")

	// ErrInvalidCount reports a count that cannot be: a negative count in a
	// tally, a tally of more members than are in office (see TallyError),
	// or Members in office outside 1 to the seats.
	ErrInvalidCount = errors.New("invalid count")

	// ErrInconsistent reports a value read from JSON that cannot be as
	// stated: a result whose outcome, conditions or margin are not those
	// its rule gives for the counts and the composition it states, a
	// condition whose met or margin disagree with its counts, a key that
	// the value needs and is missing, a member named twice.
	ErrInconsistent = errors.New("inconsistent value")

	// ErrTablesFile reports a tables file that ReadTables does not accept,
	// or tables that WriteTables cannot write. The error is a
	// *TablesFileError, which says where.
	ErrTablesFile = errors.New("invalid tables file")
)

// A BallotError reports a ballot that Council.Decide cannot apply to its
// Council and rule: a choice for a state that is not a member that day, a
// member without a choice, a choice that a member of the Council cannot
// make (DidNotVote), no member taking part, or, under Article7Determination,
// not exactly one member concerned.
//
// errors.Is(err, ErrInvalidBallot) reports true for a *BallotError, and
// errors.Is(err, ErrNotMember) when it names a state that is not a member.
type BallotError struct {
	Date   acquis.Date   // the Council's day
	Member acquis.Member // the member concerned; zero when the problem is the ballot as a whole
	Msg    string        // what is wrong, in words
	Err    error         // ErrNotMember, or nil
}

// Error describes the problem, such as "vote: invalid ballot: UK is not a
// member of the Council on 2020-11-06, but the ballot gives it a choice".
func (e *BallotError) Error() string { return "vote: invalid ballot: " + e.Msg }

// Is reports whether target is ErrInvalidBallot.
func (e *BallotError) Is(target error) bool { return target == ErrInvalidBallot }

// Unwrap returns e.Err.
func (e *BallotError) Unwrap() error { return e.Err }
