// Package vote answers "did it pass?" for the European Parliament and the
// Council of the EU: the majorities the Treaties and the Rules of Procedure
// require, each carrying its legal basis, applied on the day of the vote to
// the Members in office or the member states and their population.
//
// # Votes cast
//
// Each member makes a [Choice] on a vote: [For], [Against], [Abstain], and
// also [DidNotVote] in Parliament and [NotParticipating] in the Council. In
// Parliament only votes for and against are votes cast; abstentions are
// not (Article 231 TFEU; Rules of Procedure, rule "Voting thresholds"; Case
// C-650/18 Hungary v Parliament). A [Tally] keeps the four choices of the
// Members of Parliament apart, and [Tally.Cast] is what the rules count.
//
// # Majorities
//
// A [ParliamentRule] is one of Parliament's majorities with the provision
// that requires it: [VotesCast] by default (Article 231 TFEU), a majority
// of the component Members for the decisions the Treaties name
// ([SecondReading], [CommissionPresident], [Accession], ...), and the
// double majorities of [Censure], [Article7] and [BudgetConfirmation]. Each
// is one or two [Threshold] values; thresholds are integer comparisons,
// never rounded shares. A [CouncilRule] is one of the Council's. The two
// are distinct types: Parliament.Decide takes only a ParliamentRule and
// Council.Decide only a CouncilRule, so a rule handed to the wrong
// institution does not compile.
//
// # Names of the rules
//
// Each rule has one text form: the constant's name in lower case, with a
// hyphen between the words. String writes it, ParseParliamentRule and
// ParseCouncilRule read it, MarshalText and UnmarshalText use it in JSON,
// and the example commands take it as -rule. No other spelling is
// accepted.
//
//	Parliament (ParliamentRule)    text form                      basis
//	VotesCast                      votes-cast                     Art 231 TFEU
//	SecondReading                  second-reading                 Art 294(7)(b) and (c) TFEU
//	CommissionPresident            commission-president           Art 17(7) TEU
//	Accession                      accession                      Art 49 TEU
//	FinancialFramework             financial-framework            Art 312(2) TFEU
//	ElectoralProcedure             electoral-procedure            Art 223(1) TFEU
//	LegislativeInitiative          legislative-initiative         Art 225 TFEU
//	BudgetAmendment                budget-amendment               Art 314(4)(c) TFEU
//	BudgetRejection                budget-rejection               Art 314(7)(b) TFEU
//	BudgetConfirmation             budget-confirmation            Art 314(7)(d) TFEU
//	RulesAmendment                 rules-amendment                Art 232 TFEU; Rules of Procedure, Amendments to the Rules of Procedure
//	Censure                        censure                        Art 234 TFEU
//	Article7                       article-7                      Art 354 TFEU, fourth paragraph, for Art 7 TEU
//
//	Council (CouncilRule)          text form                      basis
//	QualifiedMajority              qualified-majority             Art 16(4) TEU
//	ReinforcedQualifiedMajority    reinforced-qualified-majority  Art 238(2) TFEU
//	SimpleMajority                 simple-majority                Art 238(1) TFEU
//	Unanimity                      unanimity                      Art 238(4) TFEU
//	Article7Determination          article-7-determination        Art 7(1) TEU; Art 354 TFEU, first paragraph
//	NiceWeights                    nice-weights                   Art 3(3) of Protocol No 36 on transitional provisions
//	NiceWeightsReinforced          nice-weights-reinforced        Art 3(3) of Protocol No 36 on transitional provisions
//
// The choices follow the same scheme: "for", "against", "abstain",
// "did-not-vote" and "not-participating".
//
// # Members in office
//
// Absolute majorities count the component Members in office, not the seats:
// on 16 July 2019 Parliament had 751 seats but 747 Members, and 374 votes
// elected the President of the Commission. [ParliamentOn] gives the
// composition on a day: its seats under the act in force, and its Members in
// office as recorded for that day ([MembersRecorded]), or derived for every
// day from 2 July 2019 to 28 September 2025 from the HowTheyVote.eu export
// of that day ([MembersDerived], [DerivedInOffice]), or, outside those days,
// assumed equal to the seats ([MembersAssumed]).
// [Parliament.MembersCitation] gives the source, or why the count is
// assumed. [Parliament.WithInOffice] takes the caller's count. Every
// [Result] says which it used. [ReadInOffice] and [WriteInOffice] read and
// write counts of Members in office, such as the embedded ones.
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
// on 31 December 2026). A [Ballot] gives each member of the Council
// ([github.com/acquis-eu/acquis.Member]) a choice; [NotParticipating] is
// not an abstention. [Ballot.Set] changes a ballot in place.
// [Council.Decide] applies [QualifiedMajority] (Article 16(4) TEU, or
// Article 238(3)(a) TFEU when not all members take part),
// [ReinforcedQualifiedMajority], [SimpleMajority], [Unanimity],
// [Article7Determination] or the Nice weights, and returns a
// [CouncilResult] with the members and the population in favour against
// what is required, and the blocking minority.
//
// # Figures that are not exact
//
// Not every table is official: a [Figure] has a [Grade] and bounds. A result
// on inexact figures says whether its outcome holds for every population
// vector within the bounds ([CouncilResult.Certain]), by exact interval
// arithmetic: "adopted whatever the exact figures", or "too close to call
// with these figures". [Council.WithTable] takes the caller's table, which
// is exact.
//
// # Tables files
//
// The embedded tables are data, not code: the file tables.json, embedded
// in the package and read on first use, which [Tables] and [TableOn] give.
// It is a tables file: one JSON object whose key "tables" holds the
// tables, each with its source (the act and its Official Journal
// reference), its note, its period (from and until, half-open), the
// bounds of its total and each member's figure with its bounds and grade
// ([ReadTables] gives the schema). [ReadTables] reads such a file,
// refusing with a [*TablesFileError] (line, column and JSON path) anything
// the schema does not allow or whose figures contradict each other;
// [WriteTables] writes one, which reads back the same. A caller's file,
// such as one with the tables of 2015 or 2017, gives tables to pass to
// [Council.WithTable]; [ReadTable] and [TableOf] take a single table of
// given figures.
//
// # Outcomes
//
// Both outcomes, the Parliament's [Result] and the Council's
// [CouncilResult], are immutable values read through methods: Adopted,
// Rule, Basis and the figures behind them. Only Decide makes one, or
// json.Unmarshal from JSON whose figures agree with its outcome, so a
// result in hand always says what its figures give.
//
// # Roll calls and cohesion
//
// A [RollCall] holds each Member's choice on one of Parliament's
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
// ballot naming a state that is not a member, a day for which no
// composition or no table is known. Each matches one of the package's
// sentinels with errors.Is ([ErrInvalidCount], [ErrInvalidBallot],
// [ErrNotMember], [ErrNoComposition], [ErrNoTable], [ErrUnknownRule],
// [ErrUnknownChoice], [github.com/acquis-eu/acquis.ErrUnknownMember], ...),
// and the errors about a tally, a ballot, a table, a tables file or a
// missing table are of a type that carries the input, for errors.As:
// [*TallyError], [*BallotError], [*TableError], [*TablesFileError],
// [*NoTableError]. Thresholds are integer
// comparisons, such as 100*populationFor >= 65*populationTotal: no share is
// rounded.
package vote
