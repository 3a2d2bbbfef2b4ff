// Package epxml reads the European Parliament's roll-call XML: the list of
// roll-call votes of a sitting, as values of package
// [github.com/acquis-eu/acquis/vote], and the list of the results of votes.
//
// # Roll-call lists
//
// The Parliament publishes, for each sitting, the Members' votes of each
// roll call in one multilingual file (root element PV.RollCallVoteResults):
//
//	https://www.europarl.europa.eu/doceo/document/PV-{term}-{YYYY-MM-DD}-RCV_FR.xml
//
// and, for older sittings, under the legacy address (the _XC suffix is
// required):
//
//	https://www.europarl.europa.eu/RegData/seance_pleniere/proces_verbal/{YYYY}/{MM-DD}/liste_presence/P{term}_PV({YYYY}){MM-DD}(RCV)_XC.xml
//
// The English address redirects to the French one: the file is the same.
// A [Decoder] reads one roll call at a time; [ReadAll] reads a whole list.
// Both read the three layouts that the Parliament has used:
//
//   - 2019 to 2023 (PV-9-…-RCV_FR.xml): RollCallVote.Result with
//     Identifier and Date ("2020-09-15 12:51:17"), a description that may
//     link the document voted on, and Result.For, Result.Against and
//     Result.Abstention, each with its Number and, by political group
//     (Result.PoliticalGroup.List), the Members' names with MepId and,
//     from 2020, PersId. The lists of 2019 give the day only, a Number
//     attribute (the vote's rank) and the time at the end of the
//     description, which the reader leaves there.
//   - 2024 on: the same, with DlvId (the agenda item), a notice and the
//     document's titles in each language before the votes, and the title
//     of each agenda item (VoteTitles) and a glossary after them. A
//     position with no Member voting may be left out; its count is zero.
//   - legacy (…(RCV)_XC.xml): the same elements, after a DOCTYPE naming
//     RCV.dtd, which the reader keeps and does not fetch.
//
// Each RollCallVote.Result becomes a [vote.RollCall]: Identifier is its
// ID, Date its Timestamp as written and its Date the day, the description
// its Description, the Number attributes its Stated counts, and each Member
// listed a [vote.MemberVote] in Votes, with the group's Identifier as
// written ("PPE", "S&D", "Verts/ALE"). The lists do not give the Members'
// member state: Country is left zero. Corrections of intention, which
// Members file after the vote and which do not alter its result (Intentions,
// with Intentions.Result.For, .Against and .Abstention), go to Corrections,
// never to Votes. [vote.RollCall.Check] then compares the Members' votes
// with the stated counts; the lists are not always consistent, and the
// reader keeps both figures rather than fail.
//
// The 2024 layout gives the titles after all the votes: a Decoder returns
// each roll call before its title is known, and [Sitting.TitleOf] gives it
// once Next has returned false; ReadAll sets Title itself.
//
// # Results of votes
//
// The results-of-votes list of a sitting (PV-{term}-{YYYY-MM-DD}-VOT_EN.xml,
// root element file) gives each voting's official result (ADOPTED,
// REJECTED, LAPSED, WITHDRAWN), how it was taken and, for a roll call, the
// counts announced and the number of voters, abstentions included. Its
// votingId is the roll call's Identifier. Take the outcome of a vote from
// this list, not from the counts of its last roll call. [ReadResults] reads
// it as [Results].
//
// # Nothing is dropped
//
// The readers are lossless: what the formats carry is either read into the
// model, kept in this package's own types, or refused with an error naming
// the element and the line. Per element:
//
//   - The root's attributes are fields of [Sitting]; others, namespace
//     declarations included, are kept in Sitting.Attr. The notice, titles,
//     vote titles and glossary of the 2024 layout are fields of Sitting; an
//     unknown element beside the votes is kept whole as a [Node] in
//     Sitting.Other.
//   - What a RollCallVote.Result carries beyond vote.RollCall is kept in an
//     [Extra]: DlvId, Number, the links of its description (href, text,
//     offset and other attributes) and unknown attributes. A Decoder
//     returns it with each roll call; ReadAll in Sitting.Extras.
//   - Inside a roll call, the reader knows every element and attribute or
//     fails: an unknown element (such as a new position), an unknown
//     attribute of a position, a group or a Member, a repeated attribute or
//     position, a group list with no Members and markup in a name are
//     errors, so that no vote is ever misread.
//   - In a results list, the outline (file, glossary, sitting, votes, vote,
//     votings, voting) is strict in the same way; inside a glossary item,
//     an agenda item and a voting, the elements and attributes the reader
//     does not map are kept in Other and Attr.
//
// Comments, processing instructions and the XML declaration carry no data
// in these formats and are skipped. Text is kept with its white space
// collapsed: each run of XML white space becomes one space, none is kept at
// the start or the end, and a <text:line-break/> becomes a newline. That is
// the only change the readers make to the text.
//
// What the readers return writes JSON with camelCase keys and reads back
// equal: the attributes kept ([Attrs]) and the elements kept ([Node]) too.
//
// # Hostile input
//
// The readers never panic, and they bound their memory: a token may take
// [MaxToken] bytes, an element's text [MaxText], elements nest [MaxDepth]
// deep, a roll call lists [MaxMembers] votes and as many corrections, a
// description [MaxLinks] links, and what is kept beside the votes is at
// most [MaxItems] entries and [MaxKept] bytes. ReadAll and ReadResults,
// which keep a whole document, read at most [MaxDocument] bytes, and ReadAll
// at most [MaxRollCalls] roll calls. Input must be UTF-8; entities other
// than XML's own are errors. Errors are of type [*ParseError], with the
// line and the element.
package epxml
