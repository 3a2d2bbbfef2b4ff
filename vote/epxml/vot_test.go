package epxml_test

import (
	"encoding/xml"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/acquis-eu/acquis/vote"
	"github.com/acquis-eu/acquis/vote/epxml"
)

// TestResultsRealFile reads the Parliament's results list of 15 January 2024.
func TestResultsRealFile(t *testing.T) {
	b := readFixture(t, "vot-list_pv-9-2024-01-15-vot-en.xml")
	rs, err := epxml.ReadResults(strings.NewReader(string(b)))
	if err != nil {
		t.Fatalf("ReadResults: %v", err)
	}
	type row struct {
		DlvID, ID string
		Outcome   epxml.Outcome
		Method    string
		Stated    vote.Tally
		Voters    int
	}
	var got []row
	for it, r := range rs.All() {
		got = append(got, row{it.DlvID, r.ID, r.Outcome, r.Method, r.Stated, r.Voters})
		if r.Counted && r.Voters != r.Stated.Voting() {
			t.Errorf("voting %s: votersCount %d, but %v", r.ID, r.Voters, r.Stated)
		}
	}
	want := []row{
		{"000001", "163199", epxml.Adopted, "ROLL_CALL", vote.Tally{For: 322, Against: 11, Abstain: 7}, 340},
		{"000002", "163200", epxml.Rejected, "ROLL_CALL", vote.Tally{For: 131, Against: 199, Abstain: 8}, 338},
		{"000003", "163201", epxml.Adopted, "ROLL_CALL", vote.Tally{For: 206, Against: 125, Abstain: 4}, 335},
		{"150124", "163207", epxml.Rejected, "RAISE_HAND", vote.Tally{}, 0},
		{"000004", "163202", epxml.Adopted, "ROLL_CALL", vote.Tally{For: 327, Against: 1, Abstain: 9}, 337},
		{"000005", "163203", epxml.Adopted, "ROLL_CALL", vote.Tally{For: 200, Against: 119, Abstain: 8}, 327},
		{"000006", "163204", epxml.Adopted, "ROLL_CALL", vote.Tally{For: 270, Against: 37, Abstain: 19}, 326},
		{"000007", "163205", epxml.Adopted, "ROLL_CALL", vote.Tally{For: 185, Against: 105, Abstain: 36}, 326},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("votings (-want +got):\n%s", diff)
	}
	if rs.Language != "EN" || rs.Date != "2024-01-15+01:00" || rs.Version != "2" || rs.LastUpdate != "2024-01-15T19:51:05.274+01:00" || len(rs.Glossary) != 41 {
		t.Errorf("header = %q %q %q %q, %d glossary items; want EN, 2024-01-15+01:00, 2, 2024-01-15T19:51:05.274+01:00, 41",
			rs.Language, rs.Date, rs.Version, rs.LastUpdate, len(rs.Glossary))
	}
	if g := rs.Glossary[6]; g.Code != "refused" || g.Value != "rejected" {
		t.Errorf("Glossary[6] = %+v, want refused = rejected", g)
	}
	first := rs.Result("163199")
	wantFirst := epxml.Result{
		ID: "163199", Outcome: epxml.Adopted, Method: "ROLL_CALL", Type: "AMENDMENT", ListIndex: "0",
		EugiID: "Metsola Roberta", Timestamp: "2024-01-15T17:40:33.000+01:00",
		Counted: true, Stated: vote.Tally{For: 322, Against: 11, Abstain: 7}, Voters: 340,
		Label: "Monday’s agenda – Request by the PPE and Verts/ALE groups", LabelStatus: "rcv",
		AmendmentSubject: "Request by the PPE and Verts/ALE groups", AmendmentAuthor: "PPE, Verts/ALE",
		RCV: "RCV", RCVType: "RCV", Observations: "322, 11, 7", ObservationsStatus: "verbatim",
	}
	if diff := cmp.Diff(&wantFirst, first, opts); diff != "" {
		t.Errorf("Result(163199) (-want +got):\n%s", diff)
	}
	if rs.Result("1") != nil {
		t.Errorf("Result(1) = %v, want nil", rs.Result("1"))
	}
	it := rs.Items[4]
	if it.Title != "Wednesday’s agenda – Request by the PPE, S&D, Renew and Verts/ALE groups" || it.Type != "EUGI" || len(it.Other) != 2 {
		t.Errorf("Items[4] = %q, %q, %d kept elements; want its title, EUGI and 2 (remarks, documents)", it.Title, it.Type, len(it.Other))
	}
}

// TestResultsTestdata reads the hand-written results list.
func TestResultsTestdata(t *testing.T) {
	rs, err := epxml.ReadResults(strings.NewReader(string(readTestdata(t, "vot.xml"))))
	if err != nil {
		t.Fatalf("ReadResults: %v", err)
	}
	el := func(name string, attrs []xml.Attr, children ...epxml.Node) epxml.Node {
		if attrs == nil {
			attrs = []xml.Attr{}
		}
		return epxml.Node{Name: xml.Name{Local: name}, Attr: attrs, Children: children}
	}
	text := func(s string) epxml.Node { return epxml.Node{Data: s} }
	want := &epxml.Results{
		Language: "EN", Date: "2024-03-13+01:00", Version: "3",
		Glossary: []epxml.GlossaryItem{
			{Code: "adopted", Language: "FR", Value: "adopted"},
			{Code: "fallen", Language: "FR", Value: "lapsed"},
		},
		SittingDate: "2024-03-13+01:00", LastUpdate: "2024-03-13T20:00:00.000+01:00",
		Items: []epxml.Item{{
			ListIndex: "0", DlvID: "700001", Type: "EUGI",
			Title: "Example directive ***I", Label: "Report: Jane Example (A9-0050/2024)",
			Votings: []epxml.Result{{
				ID: "900601", Outcome: epxml.Adopted, Method: "ROLL_CALL", Type: "AMENDMENT", ListIndex: "0",
				Timestamp: "2024-03-13T12:15:00.000+01:00",
				Counted:   true, Stated: vote.Tally{For: 480, Against: 101, Abstain: 12}, Voters: 593,
				Label: "Provisional agreement", LabelStatus: "rcv", AmendmentSubject: "Provisional agreement",
				AmendmentNumber: "40", AmendmentAuthor: "committee", RCV: "RCV", RCVType: "RCV",
				Observations: "480, 101, 12", ObservationsStatus: "verbatim",
			}, {
				ID: "900602", Outcome: epxml.Lapsed, Method: "RAISE_HAND", Type: "AMENDMENT", ListIndex: "1",
				Timestamp:        "2024-03-13T12:16:00.000+01:00",
				AmendmentSubject: "§ 3", AmendmentNumber: "2", AmendmentAuthor: "ECR", ObservationsStatus: "verbatim",
			}},
			Attr: []xml.Attr{attr("author", "Committee on Examples")},
			Other: []epxml.Node{
				el("remarks", nil, el("remarkRollCalls", nil, el("RemarkRollCallSeparated", nil,
					el("politicalGroup", []xml.Attr{attr("code", "ECR")}),
					el("translation", nil, text("final vote"))))),
				el("documents", nil, el("document", []xml.Attr{attr("reference", "A9-0050/2024")}, text("Report"))),
			},
		}, {
			ListIndex: "1", DlvID: "700002", Type: "ACTES",
			Votings: []epxml.Result{{ID: "900603", Outcome: epxml.Withdrawn, Method: "RAISE_HAND", Type: "AMENDMENT", ListIndex: "0"}},
			Other: []epxml.Node{
				el("title", nil, text("Agenda – request by the"), el("b", nil, text("ID")), text("Group")),
			},
		}},
	}
	if diff := cmp.Diff(want, rs, opts); diff != "" {
		t.Errorf("ReadResults (-want +got):\n%s", diff)
	}
}

func TestResultsErrors(t *testing.T) {
	voting := func(attrs string) string {
		return "<file>\n<sitting><votes><vote>\n<votings>\n<voting " + attrs + "/></votings></vote></votes></sitting></file>"
	}
	tests := []struct {
		name     string
		in       string
		wantLine int
		wantElem string
		wantErr  error
	}{
		{"unknown result", voting(`result="PASSED"`), 4, "voting", epxml.ErrValue},
		{"empty result", voting(`result=""`), 4, "voting", epxml.ErrValue},
		{"counts in part", voting(`numberFavor="1" numberAgainst="2"`), 4, "voting", epxml.ErrMissing},
		{"bad count", voting(`numberFavor="1" numberAgainst="2" numberAbstention="x" votersCount="3"`), 4, "voting", epxml.ErrValue},
		{"repeated votingId", voting(`votingId="1" votingId="2"`), 4, "voting", epxml.ErrAttr},
		{"unknown root", "<results/>", 1, "results", epxml.ErrElement},
		{"unknown element in file", "<file>\n<annex/></file>", 2, "annex", epxml.ErrElement},
		{"unknown element in votes", "<file><sitting><votes>\n<item/></votes></sitting></file>", 2, "item", epxml.ErrElement},
		{"attribute of votes", "<file><sitting>\n<votes n=\"1\"/></sitting></file>", 2, "votes", epxml.ErrAttr},
		{"text in votings", "<file><sitting><votes><vote><votings>\nx</votings></vote></votes></sitting></file>", 2, "votings", epxml.ErrText},
		{"no root", "", 1, "file", epxml.ErrMissing},
		{"too deep", "<file><sitting><votes><vote>" + strings.Repeat("<x>", epxml.MaxDepth) + strings.Repeat("</x>", epxml.MaxDepth) + "</vote></votes></sitting></file>", 1, "x", epxml.ErrLimit},
		{"too many items", "<file><sitting><votes>" + strings.Repeat("<vote/>", epxml.MaxItems+1) + "</votes></sitting></file>", 1, "vote", epxml.ErrLimit},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs, err := epxml.ReadResults(strings.NewReader(tt.in))
			var pe *epxml.ParseError
			if !errors.As(err, &pe) || rs != nil {
				t.Fatalf("ReadResults = %v, %v (%T), want nil and a *ParseError", rs, err, err)
			}
			if pe.Line != tt.wantLine || pe.Element != tt.wantElem || !errors.Is(err, tt.wantErr) {
				t.Errorf("ReadResults: %v: at line %d in %q, want line %d in %q, wrapping %v", err, pe.Line, pe.Element, tt.wantLine, tt.wantElem, tt.wantErr)
			}
		})
	}
}

func TestOutcome(t *testing.T) {
	for o := epxml.Adopted; o <= epxml.Withdrawn; o++ {
		b, err := o.MarshalText()
		if err != nil {
			t.Errorf("%v.MarshalText: %v", o, err)
		}
		var back epxml.Outcome
		if err := back.UnmarshalText(b); err != nil || back != o {
			t.Errorf("UnmarshalText(%s) = %v, %v; want %v", b, back, err, o)
		}
	}
	if got := epxml.Outcome(0).String(); got != "%!Outcome(0)" {
		t.Errorf("Outcome(0).String() = %q", got)
	}
	if _, err := epxml.Outcome(9).MarshalText(); err == nil {
		t.Error("Outcome(9).MarshalText: no error")
	}
	var o epxml.Outcome
	if err := o.UnmarshalText([]byte("adopted")); !errors.Is(err, epxml.ErrValue) {
		t.Errorf(`UnmarshalText("adopted"): %v, want ErrValue: the list writes ADOPTED`, err)
	}
}
