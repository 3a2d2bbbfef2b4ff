// Package vote answers "did it pass?" for the European Parliament: the
// majorities the Treaties and Parliament's Rules of Procedure require, each
// carrying its legal basis, applied to a tally of votes against the
// component Members in office on the day of the vote.
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
// # Outcomes and errors
//
// [Parliament.Decide] returns a [Result]: adopted or not, the rule and its
// legal basis, and each [Condition] with what it required, what it got and
// the margin. A rejected proposal is a Result, not an error; errors are for
// input that cannot be a vote: a negative count, more votes than Members in
// office, a day for which no composition is known.
package vote
