package howtheyvote

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/acquis-eu/acquis"
	"github.com/acquis-eu/acquis/vote"
)

// A Vote is a row of votes.csv: one roll-call vote in plenary.
type Vote struct {
	ID                 int64       `json:"id"`
	Timestamp          string      `json:"timestamp"` // "2020-09-17 11:38:19"
	Date               acquis.Date `json:"date"`      // the day of Timestamp
	DisplayTitle       string      `json:"displayTitle"`
	Reference          string      `json:"reference"`
	Description        string      `json:"description"`
	IsMain             bool        `json:"isMain"`
	ProcedureReference string      `json:"procedureReference"`
	ProcedureTitle     string      `json:"procedureTitle"`
	ProcedureType      string      `json:"procedureType"`  // COD, RSP, REG, ...
	ProcedureStage     string      `json:"procedureStage"` // OLP_FIRST_READING, ... (from 2024)
	Tally              vote.Tally  `json:"tally"`
	Result             string      `json:"result"` // ADOPTED, REJECTED, LAPSED or "" (recorded from 2024)
}

var voteHeader = []string{"id", "timestamp", "display_title", "reference", "description", "is_main", "procedure_reference",
	"procedure_title", "procedure_type", "procedure_stage", "count_for", "count_against", "count_abstention", "count_did_not_vote", "result"}

// ReadVotes reads votes.csv.
func ReadVotes(r io.Reader) ([]Vote, error) {
	t, err := newTable(r, "votes.csv", voteHeader...)
	if err != nil {
		return nil, err
	}
	var votes []Vote
	for {
		ok, err := t.next()
		if err != nil || !ok {
			return votes, err
		}
		var v Vote
		if v.ID, err = t.int(0); err != nil {
			return nil, err
		}
		v.Timestamp = t.str(1)
		day, _, _ := strings.Cut(v.Timestamp, " ")
		if v.Date, err = acquis.ParseDate(day); err != nil {
			return nil, t.errorf(1, "%v", err)
		}
		v.DisplayTitle, v.Reference, v.Description = t.str(2), t.str(3), t.str(4)
		switch t.rec[5] {
		case "True":
			v.IsMain = true
		case "False":
		default:
			return nil, t.errorf(5, "%q, want True or False", t.rec[5])
		}
		v.ProcedureReference, v.ProcedureTitle, v.ProcedureType, v.ProcedureStage = t.str(6), t.str(7), t.str(8), t.str(9)
		for i, p := range []*int{&v.Tally.For, &v.Tally.Against, &v.Tally.Abstain, &v.Tally.DidNotVote} {
			if *p, err = t.count(10 + i); err != nil {
				return nil, err
			}
		}
		switch v.Result = t.str(14); v.Result {
		case "", "ADOPTED", "REJECTED", "LAPSED":
		default:
			return nil, t.errorf(14, "%q, want ADOPTED, REJECTED, LAPSED or nothing", v.Result)
		}
		votes = append(votes, v)
	}
}

// RuleFor returns the majority that applies to v, from its procedure and
// description:
//
//   - amendments to the Rules of Procedure (procedure type REG) need a
//     majority of the component Members (Article 232 TFEU), except votes on
//     the decision that carries them and on amendments to that decision
//     (described "Proposition de décision"), which are by a majority of the
//     votes cast;
//   - votes at second reading of the ordinary legislative procedure need a
//     majority of the component Members (Article 294(7) TFEU);
//   - every other vote, a majority of the votes cast (Article 231 TFEU).
//
// The procedure type alone does not decide: votes in a budget procedure
// (BUD) on the accompanying resolution are by a majority of the votes cast.
// Over the export of 28 September 2025 these rules reproduce 3,926 of the
// 3,927 recorded results; the other, vote 166769 of 14 March 2024 (264 for,
// 241 against, recorded REJECTED), is not explained by any rule.
func RuleFor(v Vote) vote.ParliamentRule {
	switch {
	case v.ProcedureType == "REG" && !strings.HasPrefix(v.Description, "Proposition de décision"):
		return vote.RulesAmendment
	case v.ProcedureStage == "OLP_SECOND_READING":
		return vote.SecondReading
	}
	return vote.VotesCast
}

// ErrNoResult reports a vote whose export records no result.
var ErrNoResult = errors.New("howtheyvote: no result recorded")

// Check decides v under RuleFor(v), with the Members the export lists for
// it (voting or not) as the Members in office, and reports whether the
// outcome agrees with the recorded result. It returns ErrNoResult for a vote
// without an ADOPTED or REJECTED result.
func Check(v Vote) (res vote.Result, agrees bool, err error) {
	if v.Result != "ADOPTED" && v.Result != "REJECTED" {
		return vote.Result{}, false, fmt.Errorf("%w for vote %d", ErrNoResult, v.ID)
	}
	p, err := vote.ParliamentOn(v.Date)
	if err != nil {
		return vote.Result{}, false, err
	}
	if p, err = p.WithInOffice(v.Tally.Total()); err != nil {
		return vote.Result{}, false, fmt.Errorf("vote %d: %w", v.ID, err)
	}
	res, err = p.Decide(RuleFor(v), v.Tally)
	if err != nil {
		return vote.Result{}, false, fmt.Errorf("vote %d: %w", v.ID, err)
	}
	return res, res.Adopted() == (v.Result == "ADOPTED"), nil
}

// A Member is a row of members.csv: a Member of the European Parliament.
type Member struct {
	ID          int64         `json:"id"` // as in the Members' directory
	FirstName   string        `json:"firstName"`
	LastName    string        `json:"lastName"`
	Country     acquis.Member `json:"country"`
	DateOfBirth acquis.Date   `json:"dateOfBirth"` // zero when not given
	Email       string        `json:"email"`
	Facebook    string        `json:"facebook"`
	Twitter     string        `json:"twitter"`
}

// ReadMembers reads members.csv.
func ReadMembers(r io.Reader) ([]Member, error) {
	t, err := newTable(r, "members.csv", "id", "first_name", "last_name", "country_code", "date_of_birth", "email", "facebook", "twitter")
	if err != nil {
		return nil, err
	}
	var members []Member
	for {
		ok, err := t.next()
		if err != nil || !ok {
			return members, err
		}
		var m Member
		if m.ID, err = t.int(0); err != nil {
			return nil, err
		}
		m.FirstName, m.LastName = t.str(1), t.str(2)
		if m.Country, err = t.country(3); err != nil {
			return nil, err
		}
		if m.DateOfBirth, err = t.date(4); err != nil {
			return nil, err
		}
		m.Email, m.Facebook, m.Twitter = t.str(5), t.str(6), t.str(7)
		members = append(members, m)
	}
}

// A Group is a row of groups.csv: a political group.
type Group struct {
	Code          string `json:"code"`
	OfficialLabel string `json:"officialLabel"`
	Label         string `json:"label"`
	ShortLabel    string `json:"shortLabel"`
}

// ReadGroups reads groups.csv.
func ReadGroups(r io.Reader) ([]Group, error) {
	t, err := newTable(r, "groups.csv", "code", "official_label", "label", "short_label")
	if err != nil {
		return nil, err
	}
	var groups []Group
	for {
		ok, err := t.next()
		if err != nil || !ok {
			return groups, err
		}
		groups = append(groups, Group{t.str(0), t.str(1), t.str(2), t.str(3)})
	}
}

// A GroupMembership is a row of group_memberships.csv: a Member in a group
// from Start, until End (the last day; zero while it lasts).
type GroupMembership struct {
	MemberID int64       `json:"memberId"`
	Group    string      `json:"group"`
	Term     int         `json:"term"`
	Start    acquis.Date `json:"start"`
	End      acquis.Date `json:"end"`
}

// ReadGroupMemberships reads group_memberships.csv.
func ReadGroupMemberships(r io.Reader) ([]GroupMembership, error) {
	t, err := newTable(r, "group_memberships.csv", "member_id", "group_code", "term", "start_date", "end_date")
	if err != nil {
		return nil, err
	}
	var ms []GroupMembership
	for {
		ok, err := t.next()
		if err != nil || !ok {
			return ms, err
		}
		var m GroupMembership
		if m.MemberID, err = t.int(0); err != nil {
			return nil, err
		}
		m.Group = t.str(1)
		term, err := t.count(2)
		if err != nil {
			return nil, err
		}
		m.Term = term
		if m.Start, err = t.date(3); err != nil {
			return nil, err
		}
		if m.End, err = t.date(4); err != nil {
			return nil, err
		}
		if !m.Start.IsValid() {
			return nil, t.errorf(3, "no start date")
		}
		ms = append(ms, m)
	}
}

// A Country is a row of countries.csv.
type Country struct {
	Code       string        `json:"code"` // ISO 3166-1 alpha-3, as in the export
	ISOAlpha2  string        `json:"isoAlpha2"`
	Label      string        `json:"label"`
	MemberCode acquis.Member `json:"member"` // the EU's code
}

// ReadCountries reads countries.csv.
func ReadCountries(r io.Reader) ([]Country, error) {
	t, err := newTable(r, "countries.csv", "code", "iso_alpha_2", "label")
	if err != nil {
		return nil, err
	}
	var cs []Country
	for {
		ok, err := t.next()
		if err != nil || !ok {
			return cs, err
		}
		m, err := t.country(0)
		if err != nil {
			return nil, err
		}
		cs = append(cs, Country{t.str(0), t.str(1), t.str(2), m})
	}
}

// A MemberVote is a row of member_votes.csv: one Member's choice on one
// vote (the column position), with their country and their group on the
// day of the vote.
type MemberVote struct {
	VoteID   int64         `json:"voteId"`
	MemberID int64         `json:"memberId"`
	Choice   vote.Choice   `json:"choice"`
	Country  acquis.Member `json:"country"`
	Group    string        `json:"group"`
}

// A MemberVoteReader reads member_votes.csv row by row: the file holds
// millions of rows.
type MemberVoteReader struct {
	t   *table
	v   MemberVote
	err error
}

// NewMemberVoteReader returns a reader of member_votes.csv from r. It reads
// the header at once and returns an error if it is not the documented one.
func NewMemberVoteReader(r io.Reader) (*MemberVoteReader, error) {
	t, err := newTable(r, "member_votes.csv", "vote_id", "member_id", "position", "country_code", "group_code")
	if err != nil {
		return nil, err
	}
	return &MemberVoteReader{t: t}, nil
}

// Next reads the next row, and reports false at the end of the file or on
// an error (see Err).
func (mr *MemberVoteReader) Next() bool {
	if mr.err != nil {
		return false
	}
	ok, err := mr.t.next()
	if err != nil || !ok {
		mr.err = err
		return false
	}
	t := mr.t
	var v MemberVote
	if v.VoteID, err = t.int(0); err == nil {
		v.MemberID, err = t.int(1)
	}
	if err == nil {
		switch t.rec[2] {
		case "FOR":
			v.Choice = vote.For
		case "AGAINST":
			v.Choice = vote.Against
		case "ABSTENTION":
			v.Choice = vote.Abstain
		case "DID_NOT_VOTE":
			v.Choice = vote.DidNotVote
		default:
			err = t.errorf(2, "%q, want FOR, AGAINST, ABSTENTION or DID_NOT_VOTE", t.rec[2])
		}
	}
	if err == nil {
		v.Country, err = t.country(3)
	}
	if err != nil {
		mr.err = err
		return false
	}
	v.Group = t.str(4)
	mr.v = v
	return true
}

// Vote returns the row Next read.
func (mr *MemberVoteReader) Vote() MemberVote { return mr.v }

// Err returns the error that stopped Next, or nil at the end of the file.
func (mr *MemberVoteReader) Err() error { return mr.err }
