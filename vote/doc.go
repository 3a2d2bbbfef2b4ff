// Package vote answers "did it pass?" for the European Parliament and the
// Council of the EU: the majorities the Treaties and the Rules of Procedure
// require, each carrying its legal basis, applied on the day of the vote to
// the Members in office or the member states and their population.
//
// # Votes cast
//
// In Parliament only votes for and against are votes cast; abstentions are
// not (Article 231 TFEU; Rules of Procedure, rule "Voting thresholds"; Case
// C-650/18 Hungary v Parliament). A [Tally] keeps the four positions apart,
// and [Tally.Cast] is what the rules count.
//
// # Majorities
//
// A [Rule] is one of Parliament's majorities with the provision that
// requires it: [VotesCast] by default (Article 231 TFEU), a majority of the
// component Members for the decisions the Treaties name ([SecondReading],
// [CommissionPresident], [Accession], ...), and the double majorities of
// [Censure], [Article7] and [BudgetConfirmation]. Each is one or two
// [Threshold] values; thresholds are integer comparisons, never rounded
// shares.
//
// # Members in office
//
// Absolute majorities count the component Members in office, not the seats:
// on 16 July 2019 Parliament had 751 seats but 747 Members, and 374 votes
// elected the President of the Commission. [ParliamentOn] gives the
// composition on a day: its seats under the act in force, and its Members in
// office as recorded for that day or, failing a record, assumed equal to the
// seats. [Parliament.WithInOffice] takes the caller's count. Every
// [Result] says which it used.
//
// [Parliament.Decide] returns a [Result]: adopted or not, the rule and its
// legal basis, and each [Condition] with what it required, what it got and
// the margin.
//
// # The Council
//
// [CouncilOn] gives the Council on a day: its members (25 from 1 November
// 2004, 27 from 2007, 28 from 1 July 2013, 27 from 1 February 2020), and the
// population table of Annex III of the Council's Rules of Procedure in force
// that day, where this package embeds one ([TableOn] lists which, each with
// the Council Decision that set it and the period it sets, the last ending
// on 31 December 2026). A [Ballot] gives each [Member] a
// position; [NotParticipating] is not an abstention. [Council.Decide]
// applies [QualifiedMajority] (Article 16(4) TEU, or Article 238(3)(a) TFEU
// when not all members take part), [ReinforcedQualifiedMajority],
// [CouncilMajority], [Unanimity], [Article7Determination] or the Nice
// weights, and returns a [CouncilResult] with the members and the
// population in favour against what is required, and the blocking minority.
//
// # Figures that are not exact
//
// Not every table is official: a [Figure] has a [Grade] and bounds. A result
// on inexact figures says whether its outcome holds for every population
// vector within the bounds (CouncilResult.Certain), by exact interval
// arithmetic: "adopted whatever the exact figures", or "too close to call
// with these figures". [Council.WithTable] takes the caller's table, which
// is exact.
//
// # Roll calls and cohesion
//
// A [RollCall] holds each Member's position on one of Parliament's
// roll-call votes, as package [github.com/acquis-eu/acquis/vote/epxml] reads
// it from the Parliament's own XML; [RollCall.Check] compares the Members'
// votes with the counts the record states, and reports a mismatch with both
// figures. [RollCall.ByGroup] and [RollCall.ByCountry] break it down;
// [CohesionOf] gives a group's Agreement Index (Hix, Noury and Roland), Rice
// and Attinà indices, and [Cohesions] sums them up over many roll calls.
// Package [github.com/acquis-eu/acquis/vote/howtheyvote] reads the
// HowTheyVote.eu export.
//
// # Outcomes and errors
//
// A rejected proposal is a result, not an error. Errors are for input that
// cannot be a vote: a negative count, more votes than Members in office, a
// ballot naming a state that is not a member, a rule of the other
// institution, a day for which no composition or no table is known. Each
// matches one of the package's sentinels with errors.Is ([ErrInvalidCount],
// [ErrInvalidBallot], [ErrNotMember], [ErrWrongInstitution],
// [ErrNoComposition], [ErrNoTable], [ErrUnknownRule], [ErrUnknownMember],
// ...), and the errors about a tally, a ballot, a table or a missing table
// are of a type that carries the input, for errors.As: [*TallyError],
// [*BallotError], [*TableError], [*NoTableError]. Thresholds are integer
// comparisons, such as 100*populationFor >= 65*populationTotal: no share is
// rounded.
package vote
