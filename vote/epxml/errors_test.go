package epxml_test

import (
	"encoding/xml"
	"errors"
	"strings"
	"testing"

	"github.com/acquis-eu/acquis/vote/epxml"
)

// doc returns a roll-call list whose root start tag is line 1 and whose
// body starts on line 2.
func doc(body string) string {
	return `<PV.RollCallVoteResults Sitting.Identifier="1" Sitting.Date="2021-01-01">` + "\n" + body + "\n</PV.RollCallVoteResults>\n"
}

// result returns a roll call with the given inside, starting on its line.
func result(inside string) string {
	return `<RollCallVote.Result Identifier="7" Date="2021-01-01 10:00:00">` + inside + `</RollCallVote.Result>`
}

func TestErrors(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		wantLine int
		wantElem string
		wantErr  error // a sentinel, or nil for an *xml.SyntaxError
	}{
		{"number as in HTV issue 1124", string(readTestdata(t, "rcv-bad-number.xml")), 8, "Result.Abstention", epxml.ErrValue},
		{"unknown position element", string(readTestdata(t, "rcv-bad-position.xml")), 7, "Result.DidNotVote", epxml.ErrElement},
		{"no Identifier", doc(`<RollCallVote.Result Date="2021-01-01 10:00:00"/>`), 2, "RollCallVote.Result", epxml.ErrMissing},
		{"empty Identifier", doc(`<RollCallVote.Result Identifier="" Date="2021-01-01"/>`), 2, "RollCallVote.Result", epxml.ErrMissing},
		{"no Date", doc(`<RollCallVote.Result Identifier="7"/>`), 2, "RollCallVote.Result", epxml.ErrMissing},
		{"no such month", doc(`<RollCallVote.Result Identifier="7" Date="2021-13-01 10:00:00"/>`), 2, "RollCallVote.Result", epxml.ErrValue},
		{"T in the timestamp", doc(`<RollCallVote.Result Identifier="7" Date="2021-01-01T10:00:00"/>`), 2, "RollCallVote.Result", epxml.ErrValue},
		{"no such hour", doc(`<RollCallVote.Result Identifier="7" Date="2021-01-01 24:00:00"/>`), 2, "RollCallVote.Result", epxml.ErrValue},
		{"bad fraction", doc(`<RollCallVote.Result Identifier="7" Date="2021-01-01 10:00:00.x"/>`), 2, "RollCallVote.Result", epxml.ErrValue},
		{"repeated Identifier", doc(`<RollCallVote.Result Identifier="7" Identifier="8" Date="2021-01-01"/>`), 2, "RollCallVote.Result", epxml.ErrAttr},
		{"bad sitting date", `<PV.RollCallVoteResults Sitting.Date="15/09/2020"/>`, 1, "PV.RollCallVoteResults", epxml.ErrValue},
		{"no Number", doc(result("\n<Result.For/>")), 3, "Result.For", epxml.ErrMissing},
		{"negative Number", doc(result(`<Result.For Number="-1"/>`)), 2, "Result.For", epxml.ErrValue},
		{"Number over the limit", doc(result(`<Result.For Number="1001"/>`)), 2, "Result.For", epxml.ErrValue},
		{"Number with space", doc(result(`<Result.For Number=" 1"/>`)), 2, "Result.For", epxml.ErrValue},
		{"unknown attribute of a position", doc(result(`<Result.For Number="0" Kind="x"/>`)), 2, "Result.For", epxml.ErrAttr},
		{"second Result.For", doc(result("<Result.For Number=\"0\"/>\n\n<Result.For Number=\"0\"/>")), 4, "Result.For", epxml.ErrElement},
		{"group without Identifier", doc(result("<Result.For Number=\"1\">\n<Result.PoliticalGroup.List>")), 3, "Result.PoliticalGroup.List", epxml.ErrMissing},
		{"group without members", doc(result("<Result.For Number=\"1\">\n<Result.PoliticalGroup.List Identifier=\"PPE\">\n</Result.PoliticalGroup.List></Result.For>")), 4, "Result.PoliticalGroup.List", epxml.ErrMissing},
		{"member in no group", doc(result("<Result.For Number=\"1\">\n<PoliticalGroup.Member.Name MepId=\"1\">A</PoliticalGroup.Member.Name></Result.For>")), 3, "PoliticalGroup.Member.Name", epxml.ErrElement},
		{"member without identity", doc(result("<Result.For Number=\"1\"><Result.PoliticalGroup.List Identifier=\"PPE\">\n<PoliticalGroup.Member.Name> </PoliticalGroup.Member.Name></Result.PoliticalGroup.List></Result.For>")), 3, "PoliticalGroup.Member.Name", epxml.ErrMissing},
		{"unknown attribute of a member", doc(result("<Result.For Number=\"1\"><Result.PoliticalGroup.List Identifier=\"PPE\">\n<PoliticalGroup.Member.Name Country=\"FR\">A</PoliticalGroup.Member.Name></Result.PoliticalGroup.List></Result.For>")), 3, "PoliticalGroup.Member.Name", epxml.ErrAttr},
		{"repeated MepId", doc(result("<Result.For Number=\"1\"><Result.PoliticalGroup.List Identifier=\"PPE\">\n<PoliticalGroup.Member.Name MepId=\"1\" MepId=\"2\">A</PoliticalGroup.Member.Name></Result.PoliticalGroup.List></Result.For>")), 3, "PoliticalGroup.Member.Name", epxml.ErrAttr},
		{"markup in a name", doc(result("<Result.For Number=\"1\"><Result.PoliticalGroup.List Identifier=\"PPE\">\n<PoliticalGroup.Member.Name MepId=\"1\"><b>A</b></PoliticalGroup.Member.Name></Result.PoliticalGroup.List></Result.For>")), 3, "b", epxml.ErrElement},
		{"text between elements", doc(result("\n\n<Result.For Number=\"0\">stray</Result.For>")), 4, "Result.For", epxml.ErrText},
		{"unknown element in a roll call", doc(result("\n<Result.Remark/>")), 3, "Result.Remark", epxml.ErrElement},
		{"namespaced element in a roll call", doc(result("\n<x:Result.For xmlns:x=\"u\" Number=\"0\"/>")), 3, "u:Result.For", epxml.ErrElement},
		{"markup in a description", doc(result("<RollCallVote.Description.Text>A9-1/2021 <b>bold</b></RollCallVote.Description.Text>")), 2, "b", epxml.ErrElement},
		{"second description", doc(result("<RollCallVote.Description.Text/>\n<RollCallVote.Description.Text/>")), 3, "RollCallVote.Description.Text", epxml.ErrElement},
		{"unknown intention", doc(result("<Intentions>\n<Intentions.Result.Absent/></Intentions>")), 3, "Intentions.Result.Absent", epxml.ErrElement},
		{"Result.For under Intentions", doc(result("<Intentions>\n<Result.For Number=\"0\"/></Intentions>")), 3, "Result.For", epxml.ErrElement},
		{"text in a notice", doc("<RollCallVoteResults.PleaseNote>\nNote</RollCallVoteResults.PleaseNote>"), 3, "RollCallVoteResults.PleaseNote", epxml.ErrText},
		{"line break with an attribute", doc("<RollCallVoteResults.Titles>\n<RollCallVoteResults.Title.Text Language=\"EN\">A<text:line-break n=\"1\"/></RollCallVoteResults.Title.Text></RollCallVoteResults.Titles>"), 3, "line-break", epxml.ErrAttr},
		{"line break with text", doc("<RollCallVoteResults.Titles>\n<RollCallVoteResults.Title.Text>A<text:line-break>B</text:line-break></RollCallVoteResults.Title.Text></RollCallVoteResults.Titles>"), 3, "line-break", epxml.ErrText},
		{"repeated href", doc(result("<RollCallVote.Description.Text>\n<a href=\"x\" href=\"y\">A</a></RollCallVote.Description.Text>")), 3, "a", epxml.ErrAttr},
		{"unknown attribute of a term", doc("<Glossary>\n<Term Code=\"100\" Kind=\"k\"/></Glossary>"), 3, "Term", epxml.ErrAttr},
		{"unknown element in a term", doc("<Glossary><Term Code=\"100\">\n<Note/></Term></Glossary>"), 3, "Note", epxml.ErrElement},
		{"VoteTitle without DlvId", doc("<VoteTitles>\n<VoteTitle>T</VoteTitle></VoteTitles>"), 3, "VoteTitle", epxml.ErrMissing},
		{"unknown root", "<?xml version=\"1.0\"?>\n<file/>", 2, "file", epxml.ErrElement},
		{"no root", "<?xml version=\"1.0\"?>\n", 2, "PV.RollCallVoteResults", epxml.ErrMissing},
		{"text before the root", "junk<PV.RollCallVoteResults/>", 1, "", epxml.ErrText},
		{"element after the root", "<PV.RollCallVoteResults/>\n<PV.RollCallVoteResults/>", 2, "PV.RollCallVoteResults", epxml.ErrElement},
		{"unclosed element", doc(result("<Result.For Number=\"0\">")), 2, "", nil},
		{"input ends", doc(result("<Result.For Number=\"0\">"))[:80], 2, "", nil},
		{"mismatched end", "<PV.RollCallVoteResults>\n</PV.RollCallVoteResult>", 2, "", nil},
		{"unknown entity", doc(result("<RollCallVote.Description.Text>&eacute;</RollCallVote.Description.Text>")), 2, "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := epxml.NewDecoder(strings.NewReader(tt.in))
			for d.Next() {
			}
			err := d.Err()
			var pe *epxml.ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("Err() = %v (%T), want a *ParseError", err, err)
			}
			if pe.Line != tt.wantLine || pe.Element != tt.wantElem {
				t.Errorf("Err() = %v: at line %d in %q, want line %d in %q", err, pe.Line, pe.Element, tt.wantLine, tt.wantElem)
			}
			if tt.wantErr != nil && !errors.Is(err, tt.wantErr) {
				t.Errorf("Err() = %v, want it to wrap %v", err, tt.wantErr)
			}
			var syntax *xml.SyntaxError
			if tt.wantErr == nil && !errors.As(err, &syntax) {
				t.Errorf("Err() = %v, want it to wrap an *xml.SyntaxError", err)
			}
			if d.Next() || d.RollCall() != nil || d.Err() != err {
				t.Errorf("after an error: Next, RollCall, Err = true or %v, %v; want false, nil, the same error", d.RollCall(), d.Err())
			}
			if _, _, err2 := epxml.ReadAll(strings.NewReader(tt.in)); err2 == nil || err2.Error() != err.Error() {
				t.Errorf("ReadAll: %v, want %v", err2, err)
			}
		})
	}
}

func TestErrorMessage(t *testing.T) {
	_, _, err := epxml.ReadAll(strings.NewReader(string(readTestdata(t, "rcv-bad-number.xml"))))
	const want = `epxml: line 8: Result.Abstention: malformed value: Number "ПОПРАВКИ КЪМ ПОДАДЕНИ"... is not a count from 0 to 1000`
	if err == nil || err.Error() != want {
		t.Errorf("error = %v, want %s", err, want)
	}
}

// TestErrorAfterVotes checks that a Decoder yields the roll calls before
// an error, and ReadAll returns them with the error.
func TestErrorAfterVotes(t *testing.T) {
	in := doc(result("") + "\n" + `<RollCallVote.Result Identifier="8" Date="2021-02-30"/>`)
	d := epxml.NewDecoder(strings.NewReader(in))
	var ids []string
	for d.Next() {
		ids = append(ids, d.RollCall().ID)
	}
	if len(ids) != 1 || ids[0] != "7" || !errors.Is(d.Err(), epxml.ErrValue) {
		t.Errorf("read %v then %v, want [7] then a malformed Date", ids, d.Err())
	}
	_, rcs, err := epxml.ReadAll(strings.NewReader(in))
	if len(rcs) != 1 || !errors.Is(err, epxml.ErrValue) {
		t.Errorf("ReadAll = %d roll calls, %v; want 1 and a malformed Date", len(rcs), err)
	}
}

func TestLimits(t *testing.T) {
	members := func(n int) string {
		var b strings.Builder
		b.WriteString(`<Result.For Number="0"><Result.PoliticalGroup.List Identifier="PPE">`)
		for range n {
			b.WriteString(`<PoliticalGroup.Member.Name MepId="1">A</PoliticalGroup.Member.Name>`)
		}
		b.WriteString(`</Result.PoliticalGroup.List></Result.For>`)
		return b.String()
	}
	tests := []struct {
		name string
		in   string
	}{
		{"members", doc(result(members(epxml.MaxMembers + 1)))},
		{"corrections", doc(result("<Intentions><Intentions.Result.For>" +
			strings.Repeat(`<Member.Name MepId="1">A</Member.Name>`, epxml.MaxMembers+1) +
			"</Intentions.Result.For></Intentions>"))},
		{"depth", doc(strings.Repeat("<x>", epxml.MaxDepth) + strings.Repeat("</x>", epxml.MaxDepth))},
		{"token", doc(`<x a="` + strings.Repeat("a", epxml.MaxToken+5000) + `"/>`)},
		{"text", doc(result("<RollCallVote.Description.Text>" +
			strings.Repeat(strings.Repeat("b", 1000)+"<!-- -->", epxml.MaxText/1000+1) + "</RollCallVote.Description.Text>"))},
		{"links", doc(result("<RollCallVote.Description.Text>" +
			strings.Repeat("<a>x</a>", epxml.MaxLinks+1) + "</RollCallVote.Description.Text>"))},
		{"items", doc("<VoteTitles>" + strings.Repeat(`<VoteTitle DlvId="1">T</VoteTitle>`, epxml.MaxItems+1) + "</VoteTitles>")},
		{"kept", doc(strings.Repeat("<x>"+strings.Repeat("y", epxml.MaxText)+"</x>", epxml.MaxKept/epxml.MaxText+1))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := epxml.NewDecoder(strings.NewReader(tt.in))
			for d.Next() {
			}
			if !errors.Is(d.Err(), epxml.ErrLimit) {
				t.Errorf("Err() = %v, want ErrLimit", d.Err())
			}
		})
	}
	t.Run("at the limits", func(t *testing.T) {
		in := doc(result(members(epxml.MaxMembers)) + strings.Repeat("<x>", epxml.MaxDepth-2) + strings.Repeat("</x>", epxml.MaxDepth-2))
		s, rcs, err := epxml.ReadAll(strings.NewReader(in))
		if err != nil || len(rcs[0].Votes) != epxml.MaxMembers || len(s.Other) != 1 {
			t.Errorf("ReadAll at the limits: %v", err)
		}
	})
	t.Run("roll calls", func(t *testing.T) {
		in := doc(strings.Repeat(result(""), epxml.MaxRollCalls+1))
		_, rcs, err := epxml.ReadAll(strings.NewReader(in))
		if !errors.Is(err, epxml.ErrLimit) || len(rcs) != epxml.MaxRollCalls {
			t.Errorf("ReadAll of %d roll calls: %d, %v; want %d and ErrLimit", epxml.MaxRollCalls+1, len(rcs), err, epxml.MaxRollCalls)
		}
		d := epxml.NewDecoder(strings.NewReader(in))
		n := 0
		for d.Next() {
			n++
		}
		if n != epxml.MaxRollCalls+1 || d.Err() != nil {
			t.Errorf("Decoder read %d roll calls, %v; want %d and no error", n, d.Err(), epxml.MaxRollCalls+1)
		}
	})
}
