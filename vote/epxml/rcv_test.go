package epxml_test

import (
	"encoding/xml"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/acquis-eu/acquis"
	"github.com/acquis-eu/acquis/vote"
	"github.com/acquis-eu/acquis/vote/epxml"
)

// fixtures is the folder of the European Parliament's own files that
// HowTheyVote tests its scrapers with, copied with their origin and licence
// (testdata/real/README.md).
var fixtures = filepath.Join("testdata", "real")

// readFixture returns the content of the real file name.
func readFixture(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(fixtures, name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func readTestdata(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

var opts = cmp.Options{cmpopts.EquateEmpty()}

func xmlns(prefix, uri string) xml.Attr {
	return xml.Attr{Name: xml.Name{Space: "xmlns", Local: prefix}, Value: uri}
}

func attr(name, value string) xml.Attr {
	return xml.Attr{Name: xml.Name{Local: name}, Value: value}
}

// The namespace declarations of the root of the real files before 2024.
var oldNamespaces = []xml.Attr{
	xmlns("chart", "http://openoffice.org/2000/chart"),
	xmlns("dr3d", "http://openoffice.org/2000/dr3d"),
	xmlns("draw", "http://openoffice.org/2000/drawing"),
	xmlns("fo", "http://www.w3.org/1999/XSL/Format"),
	xmlns("form", "http://openoffice.org/2000/form"),
	xmlns("ino", "http://namespaces.softwareag.com/tamino/response2"),
	xmlns("math", "http://www.w3.org/1998/Math/MathML"),
	xmlns("number", "http://openoffice.org/2000/datastyle"),
	xmlns("office", "http://openoffice.org/2000/office"),
	xmlns("script", "http://openoffice.org/2000/script"),
	xmlns("style", "http://openoffice.org/2000/style"),
	xmlns("svg", "http://www.w3.org/2000/svg"),
	xmlns("table", "http://openoffice.org/2000/table"),
	xmlns("text", "http://openoffice.org/2000/text"),
	xmlns("xlink", "http://www.w3.org/1999/xlink"),
	xmlns("xql", "http://metalab.unc.edu/xql/"),
}

func mv(persID, mepID, name, group string, pos vote.Choice) vote.MemberVote {
	return vote.MemberVote{MEP: vote.MEP{PersID: persID, MepID: mepID, Name: name}, Group: group, Choice: pos}
}

// A summary is what a test of a real file checks about all of it.
type summary struct {
	Sitting     string // ID, date, reference, number, language
	Doctype     string
	Namespaces  int // root attributes kept
	Titles      int
	VoteTitles  int
	Terms       int
	RollCalls   int
	Members     int
	Corrections int
	Mismatches  []vote.MismatchError
}

func summarize(s epxml.Sitting, rcs []*vote.RollCall) summary {
	sum := summary{
		Sitting:    strings.Join([]string{s.ID, s.Date.String(), s.Reference, s.Number, s.Language}, " "),
		Doctype:    s.Doctype,
		Namespaces: len(s.Attr),
		Titles:     len(s.Titles),
		VoteTitles: len(s.VoteTitles),
		Terms:      len(s.Glossary),
		RollCalls:  len(rcs),
	}
	for _, rc := range rcs {
		sum.Members += len(rc.Votes)
		sum.Corrections += len(rc.Corrections)
		if err := rc.Check(); err != nil {
			var m *vote.MismatchError
			if !errors.As(err, &m) {
				panic(err)
			}
			sum.Mismatches = append(sum.Mismatches, *m)
		}
	}
	return sum
}

// TestRealFiles reads every roll-call list of the real fixtures and
// checks what each yields; every roll call's Members' votes add up to its
// stated counts except in the file that HowTheyVote altered on purpose.
func TestRealFiles(t *testing.T) {
	tests := []struct {
		file string
		want summary
	}{
		{"rcv_list_pv-9-2019-07-15-rcv-fr.xml", summary{
			Sitting: "1333 2019-07-15 P9_PV(2019)07-15(RCV) PE 640.124 XL", Namespaces: 16, RollCalls: 1,
		}},
		{"rcv_list_pv-9-2020-07-23-rcv-fr.xml", summary{
			Sitting: "1602 2020-07-23 P9_PV(2020)07-23 PE 656.397 XL", Namespaces: 16, RollCalls: 1, Members: 3,
		}},
		{"rcv_list_incorrect_pv-9-2020-07-23-rcv-fr.xml", summary{
			Sitting: "1602 2020-07-23 P9_PV(2020)07-23 PE 656.397 XL", Namespaces: 16, RollCalls: 1, Members: 3,
			Mismatches: []vote.MismatchError{{
				ID:      "116365",
				Stated:  vote.Tally{For: 2, Against: 1, Abstain: 1},
				Derived: vote.Tally{For: 1, Against: 1, Abstain: 1},
			}},
		}},
		{"rcv_list_p9-pv(2020)07-23(rcv)_xc.xml", summary{
			Sitting: "1602 2020-07-23 P9_PV(2020)07-23 PE 656.397 XL", Namespaces: 16, RollCalls: 1, Members: 3,
			Doctype: `DOCTYPE PV.RollCallVoteResults SYSTEM "http://www2.europarl.ep.ec/pv/RCV.dtd"`,
		}},
		{"rcv_list_pv-9-2020-09-15-rcv-fr.xml", summary{
			Sitting: "1413 2020-09-15 P9_PV(2020)09-15 PE 658.123 XL", Namespaces: 16, RollCalls: 1, Members: 2,
		}},
		{"rcv_list_pv-9-2023-12-12-rcv-fr.xml", summary{
			Sitting: "2165 2023-07-13 P9_PV(2023)07-13(RCV) PE 751.379 XL", Namespaces: 16, RollCalls: 1, Members: 1,
		}},
		{"rcv-list_pv-9-2024-04-24-rcv-fr-noon.xml", summary{
			Sitting: "2255 2024-04-24 P9_PV(2024)04-24 PE 762.483 XL", Namespaces: 16, Titles: 24, VoteTitles: 1, Terms: 1,
			RollCalls: 1, Members: 1,
		}},
		{"rcv-list_pv-9-2024-04-24-rcv-fr-evening.xml", summary{
			Sitting: "2255 2024-04-24 P9_PV(2024)04-24 PE 762.483 XL", Namespaces: 16, Titles: 24, VoteTitles: 2, Terms: 1,
			RollCalls: 2, Members: 2,
		}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			b := readFixture(t, tt.file)
			s, rcs, err := epxml.ReadAll(strings.NewReader(string(b)))
			if err != nil {
				t.Fatalf("ReadAll: %v", err)
			}
			if diff := cmp.Diff(tt.want, summarize(s, rcs), opts); diff != "" {
				t.Errorf("ReadAll(%s) (-want +got):\n%s", tt.file, diff)
			}
			checkStream(t, b, s, rcs)
		})
	}
}

// checkStream checks that a Decoder reads what ReadAll read, but for the
// titles that the 2024 layout gives after the votes.
func checkStream(t *testing.T, b []byte, s epxml.Sitting, rcs []*vote.RollCall) {
	t.Helper()
	d := epxml.NewDecoder(strings.NewReader(string(b)))
	var got []*vote.RollCall
	var extras []epxml.Extra
	for d.Next() {
		rc := d.RollCall()
		if rc.Title == "" {
			rc.Title, _ = d.Sitting().TitleOf(d.Extra().DlvID)
		}
		got = append(got, rc)
		extras = append(extras, d.Extra())
	}
	if err := d.Err(); err != nil {
		t.Fatalf("Decoder: %v", err)
	}
	if d.Next() || d.RollCall() != nil {
		t.Errorf("Next after the end = true or RollCall = %v, want false and nil", d.RollCall())
	}
	gs := d.Sitting()
	gs.Extras = extras
	if diff := cmp.Diff(s, gs, opts); diff != "" {
		t.Errorf("Decoder's Sitting (-ReadAll +Decoder):\n%s", diff)
	}
	for i, rc := range got {
		if rc.Title == "" {
			if title, ok := gs.TitleOf(extras[i].DlvID); ok {
				rc.Title = title
			}
		}
	}
	if diff := cmp.Diff(rcs, got, opts); diff != "" {
		t.Errorf("Decoder's roll calls (-ReadAll +Decoder):\n%s", diff)
	}
}

// TestRealFileDetail pins everything read from two real files, one of each
// current layout.
func TestRealFileDetail(t *testing.T) {
	tests := []struct {
		file        string
		wantSitting epxml.Sitting
		want        []*vote.RollCall
	}{
		{
			file: "rcv_list_pv-9-2020-09-15-rcv-fr.xml",
			wantSitting: epxml.Sitting{
				ID: "1413", Date: acquis.MustParseDate("2020-09-15"), Reference: "P9_PV(2020)09-15", Number: "PE 658.123",
				Language: "XL", Attr: oldNamespaces,
				Extras: []epxml.Extra{{ID: "116461", Links: []epxml.Link{{
					Href: "#reds:iPlRp/A-9-2020-0148", Text: "A9-0148/2020", Offset: 0,
					Attr: []xml.Attr{attr("data-rel", "reds"), attr("redmap-uri", "/reds:iPlRp/A-9-2020-0148")},
				}}}},
			},
			want: []*vote.RollCall{{
				ID: "116461", Date: acquis.MustParseDate("2020-09-15"), Timestamp: "2020-09-15 12:51:17",
				Description: "A9-0148/2020 - Nikos Androulakis - Am 1-9, 11-16, 18-52, 55-87",
				Stated:      vote.Tally{For: 2},
				Votes: []vote.MemberVote{
					mv("", "7211", "Adinolfi Matteo", "ID", vote.For),
					mv("", "6468", "Adinolfi Isabella", "NI", vote.For),
				},
			}},
		},
		{
			file: "rcv-list_pv-9-2024-04-24-rcv-fr-evening.xml",
			want: []*vote.RollCall{{
				ID: "168834", Date: acquis.MustParseDate("2024-04-24"), Timestamp: "2024-04-24 12:24:12",
				Title:       "Amendments to Parliament’s Rules of Procedure concerning the training on preventing conflict and harassment in the workplace and on good office management",
				Description: "A9-0163/2024 - Gabriele Bischoff - Article 10, § 6, alinéa 2 - Am 1",
				Stated:      vote.Tally{For: 1},
				Votes:       []vote.MemberVote{mv("197490", "6883", "Adamowicz", "PPE", vote.For)},
			}, {
				ID: "168864", Date: acquis.MustParseDate("2024-04-24"), Timestamp: "2024-04-24 17:18:07",
				Title:       "Good agricultural and environmental condition standards, schemes for climate, environment and animal welfare",
				Description: "C9-0120/2024 - Rejet - Am 13= 23=",
				Stated:      vote.Tally{Against: 1},
				Votes:       []vote.MemberVote{mv("197490", "6883", "Adamowicz", "PPE", vote.Against)},
			}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			s, rcs, err := epxml.ReadAll(strings.NewReader(string(readFixture(t, tt.file))))
			if err != nil {
				t.Fatalf("ReadAll: %v", err)
			}
			if tt.wantSitting.ID != "" {
				if diff := cmp.Diff(tt.wantSitting, s, opts); diff != "" {
					t.Errorf("Sitting (-want +got):\n%s", diff)
				}
			}
			if diff := cmp.Diff(tt.want, rcs, opts); diff != "" {
				t.Errorf("roll calls (-want +got):\n%s", diff)
			}
		})
	}
	t.Run("2024 boilerplate", func(t *testing.T) {
		s, _, err := epxml.ReadAll(strings.NewReader(string(readFixture(t, "rcv-list_pv-9-2024-04-24-rcv-fr-noon.xml"))))
		if err != nil {
			t.Fatal(err)
		}
		if got, want := s.Titles[5], (epxml.Text{Lang: "EN", Text: "MINUTES\nResult of roll-call votes - Annex 2"}); got != want {
			t.Errorf("Titles[5] = %q, want %q", got, want)
		}
		if got, want := s.Notice.Title, []epxml.Text{{"FR", "AVERTISSEMENT"}, {"EN", "NOTICE"}, {"DE", "HINWEIS"}}; !cmp.Equal(got, want) {
			t.Errorf("Notice.Title = %q, want %q", got, want)
		}
		if n := len(s.Notice.Text); n != 3 || !strings.HasSuffix(s.Notice.Text[1].Text, "0 (abstentions)") {
			t.Errorf("Notice.Text = %q, want 3 texts, the English one ending in %q", s.Notice.Text, "0 (abstentions)")
		}
		if g := s.Glossary[0]; g.Code != "100" || len(g.Texts) != 24 || g.Texts[8] != (epxml.Text{"EN", "CORRECTIONS TO VOTES AND VOTING INTENTIONS"}) {
			t.Errorf("Glossary[0] = %v, want code 100 in 24 languages, the ninth English", g)
		}
	})
}

// TestTestdata reads the hand-written files of each layout.
func TestTestdata(t *testing.T) {
	d := acquis.MustParseDate
	tests := []struct {
		file        string
		wantSitting epxml.Sitting
		want        []*vote.RollCall
		mismatches  []string // IDs of roll calls whose votes do not add up
	}{
		{
			file: "rcv-2020.xml",
			wantSitting: epxml.Sitting{
				ID: "9001", Date: d("2021-03-10"), Reference: "P9_PV(2021)03-10", Number: "PE 000.001", Language: "XL",
				Attr: []xml.Attr{xmlns("text", "http://openoffice.org/2000/text"), xmlns("xlink", "http://www.w3.org/1999/xlink")},
				Extras: []epxml.Extra{{
					ID: "900001",
					Links: []epxml.Link{{Href: "#reds:iPlRp/A-9-2021-0001", Text: "A9-0001/2021", Offset: 0,
						Attr: []xml.Attr{attr("data-rel", "reds"), attr("redmap-uri", "/reds:iPlRp/A-9-2021-0001")}}},
				}, {
					ID: "900002",
					Links: []epxml.Link{{Href: "#reds:iPlRc/RC-9-2021-0002", Text: "RC-B9-0002/2021", Offset: 33,
						Attr: []xml.Attr{attr("data-rel", "reds")}}},
				}},
			},
			want: []*vote.RollCall{{
				ID: "900001", Date: d("2021-03-10"), Timestamp: "2021-03-10 12:05:31",
				Description: "A9-0001/2021 - Jane Example - Am 3",
				Stated:      vote.Tally{For: 3, Against: 1},
				Votes: []vote.MemberVote{
					mv("", "1001", "Alpha", "PPE", vote.For),
					mv("", "1002", "Beta Gamma", "PPE", vote.For),
					mv("", "1003", "Delta", "S&D", vote.For),
					mv("", "1004", "Epsilon", "ID", vote.Against),
				},
			}, {
				ID: "900002", Date: d("2021-03-10"), Timestamp: "2021-03-10 12:06:02",
				Description: "The situation in Examplestan – RC-B9-0002/2021 – Motion for a resolution (as a whole)",
				Stated:      vote.Tally{For: 1, Abstain: 1},
				Votes: []vote.MemberVote{
					mv("200005", "1005", "Zeta", "Renew", vote.For),
					mv("200006", "1006", "Eta", "NI", vote.Abstain),
				},
			}},
		},
		{
			file: "rcv-2024.xml",
			wantSitting: epxml.Sitting{
				ID: "9002", Date: d("2024-02-28"), Reference: "P9_PV(2024)02-28", Number: "PE 000.002", Language: "XL",
				Attr: []xml.Attr{xmlns("text", "http://openoffice.org/2000/text")},
				Notice: epxml.Notice{
					Title: []epxml.Text{{"FR", "AVERTISSEMENT"}, {"EN", "NOTICE"}},
					Text:  []epxml.Text{{"EN", "Corrections to votes are published for information only. Key to symbols: + (in favour), - (against), 0 (abstentions)"}},
				},
				Titles: []epxml.Text{
					{"EN", "MINUTES\nResult of roll-call votes - Annex 2"},
					{"FR", "PROCÈS-VERBAL\nRésultat des votes par appel nominal - Annexe 2"},
				},
				VoteTitles: []epxml.VoteTitle{{"800001", "Example regulation on widgets"}, {"800002", "Example objection on gadgets"}},
				Glossary: []epxml.Term{{Code: "100", Texts: []epxml.Text{
					{"EN", "CORRECTIONS TO VOTES AND VOTING INTENTIONS"}, {"FR", "CORRECTIONS ET INTENTIONS DE VOTE"},
				}}},
				Extras: []epxml.Extra{{ID: "900101", DlvID: "800001"}, {ID: "900102", DlvID: "800002"}},
			},
			want: []*vote.RollCall{{
				ID: "900101", Date: d("2024-02-28"), Timestamp: "2024-02-28 12:31:40",
				Title:       "Example regulation on widgets",
				Description: "A9-0010/2024 - John Example - Article 2 - Am 5",
				Stated:      vote.Tally{For: 2},
				Votes: []vote.MemberVote{
					mv("300001", "2001", "Theta", "PPE", vote.For),
					mv("300002", "2002", "Iota", "Verts/ALE", vote.For),
				},
			}, {
				ID: "900102", Date: d("2024-02-28"), Timestamp: "2024-02-28 12:33:05",
				Title:       "Example objection on gadgets",
				Description: "C9-0020/2024 - Rejet - Am 7= 9=",
				Stated:      vote.Tally{Against: 1},
				Votes:       []vote.MemberVote{mv("300003", "2003", "Kappa", "GUE/NGL", vote.Against)},
			}},
		},
		{
			file: "rcv-legacy.xml",
			wantSitting: epxml.Sitting{
				ID: "9003", Date: d("2019-07-16"), Reference: "P9_PV(2019)07-16(RCV)", Number: "PE 000.003", Language: "XL",
				Doctype: `DOCTYPE PV.RollCallVoteResults SYSTEM "http://www2.europarl.ep.ec/pv/RCV.dtd"`,
				Extras:  []epxml.Extra{{ID: "900201", Number: "1."}, {ID: "900202", Number: "2."}},
			},
			want: []*vote.RollCall{{
				ID: "900201", Date: d("2019-07-16"), Timestamp: "2019-07-16",
				Description: "Mercredi - demande du groupe Verts/ALE 16/07/2019 17:02:11.000",
			}, {
				ID: "900202", Date: d("2019-07-16"), Timestamp: "2019-07-16",
				Description: "Ordre du jour 16/07/2019 17:04:50.000",
				Stated:      vote.Tally{For: 1, Against: 2},
				Votes: []vote.MemberVote{
					mv("400001", "3001", "Lambda", "ECR", vote.For),
					mv("400002", "3002", "Mu", "PPE", vote.Against),
				},
			}},
			mismatches: []string{"900202"},
		},
		{
			file: "rcv-intentions.xml",
			wantSitting: epxml.Sitting{
				ID: "9004", Date: d("2022-05-04"), Reference: "P9_PV(2022)05-04", Number: "PE 000.004", Language: "XL",
				Extras: []epxml.Extra{{ID: "900301"}},
			},
			want: []*vote.RollCall{{
				ID: "900301", Date: d("2022-05-04"), Timestamp: "2022-05-04 12:40:00",
				Description: "B9-0100/2022 - § 4",
				Stated:      vote.Tally{For: 1, Against: 1},
				Votes: []vote.MemberVote{
					mv("500001", "4001", "Nu", "S&D", vote.For),
					mv("500002", "4002", "Xi", "ECR", vote.Against),
				},
				Corrections: []vote.MemberVote{
					mv("500002", "4002", "Xi", "", vote.For),
					mv("500003", "4003", "Omicron", "", vote.Abstain),
					mv("500004", "4004", "Pi", "Renew", vote.Abstain),
				},
			}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			b := readTestdata(t, tt.file)
			s, rcs, err := epxml.ReadAll(strings.NewReader(string(b)))
			if err != nil {
				t.Fatalf("ReadAll: %v", err)
			}
			if diff := cmp.Diff(tt.wantSitting, s, opts); diff != "" {
				t.Errorf("Sitting (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.want, rcs, opts); diff != "" {
				t.Errorf("roll calls (-want +got):\n%s", diff)
			}
			var mismatches []string
			for _, rc := range rcs {
				if err := rc.Check(); err != nil {
					mismatches = append(mismatches, rc.ID)
				}
			}
			if diff := cmp.Diff(tt.mismatches, mismatches, opts); diff != "" {
				t.Errorf("roll calls that fail Check (-want +got):\n%s", diff)
			}
			for i, ex := range s.Extras {
				for _, l := range ex.Links {
					if desc := rcs[i].Description; desc[l.Offset:l.Offset+len(l.Text)] != l.Text {
						t.Errorf("link %q at offset %d of %q", l.Text, l.Offset, desc)
					}
				}
			}
			checkStream(t, b, s, rcs)
		})
	}
}

// TestKept checks that what the model has no field for is kept: unknown
// attributes of a roll call, unknown blocks beside the votes.
func TestKept(t *testing.T) {
	const doc = `<PV.RollCallVoteResults Sitting.Identifier="1" Sitting.Date="2021-01-01" Extra.Root="r">
<Future.Block Kind="k">Some <em>new</em> text<Empty/></Future.Block>
<RollCallVote.Result Identifier="5" Date="2021-01-01 10:00:00" Future.Attr="x">
<RollCallVote.Description.Text>Vote</RollCallVote.Description.Text>
</RollCallVote.Result>
</PV.RollCallVoteResults>`
	s, rcs, err := epxml.ReadAll(strings.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	want := epxml.Sitting{
		ID: "1", Date: acquis.MustParseDate("2021-01-01"),
		Attr: []xml.Attr{attr("Extra.Root", "r")},
		Other: []epxml.Node{{
			Name: xml.Name{Local: "Future.Block"}, Attr: []xml.Attr{attr("Kind", "k")},
			Children: []epxml.Node{
				{Data: "Some"},
				{Name: xml.Name{Local: "em"}, Attr: []xml.Attr{}, Children: []epxml.Node{{Data: "new"}}},
				{Data: "text"},
				{Name: xml.Name{Local: "Empty"}, Attr: []xml.Attr{}},
			},
		}},
		Extras: []epxml.Extra{{ID: "5", Attr: []xml.Attr{attr("Future.Attr", "x")}}},
	}
	if diff := cmp.Diff(want, s, opts); diff != "" {
		t.Errorf("Sitting (-want +got):\n%s", diff)
	}
	if got := s.Other[0].Text(); got != "Some new text" {
		t.Errorf("Other[0].Text() = %q, want %q", got, "Some new text")
	}
	if len(rcs) != 1 || rcs[0].Description != "Vote" {
		t.Errorf("roll calls = %v, want one described %q", rcs, "Vote")
	}
}

// TestWhiteSpace checks how descriptions, names and links are collapsed.
func TestWhiteSpace(t *testing.T) {
	tests := []struct {
		desc      string // inside RollCallVote.Description.Text
		want      string
		wantLinks []epxml.Link
	}{
		{"", "", nil},
		{"  \n\t ", "", nil},
		{" a \r\n  b\tc ", "a b c", nil},
		{"x<a href='h'> y </a>z", "x y z", []epxml.Link{{Href: "h", Text: "y", Offset: 2}}},
		{"x<a href='h'>y</a>z", "xyz", []epxml.Link{{Href: "h", Text: "y", Offset: 1}}},
		{" <a>A</a> - <a>B</a> ", "A - B", []epxml.Link{{Text: "A"}, {Text: "B", Offset: 4}}},
		{"end <a> </a>", "end", []epxml.Link{{Offset: 3}}},
		{"one<text:line-break/> two", "one\ntwo", nil},
		{"<text:line-break/>one <text:line-break/><text:line-break/>", "one", nil},
		{"a&amp;b &#233; <![CDATA[<c>]]>", "a&b é <c>", nil},
		{"<!-- note --> kept <?pi x?>text", "kept text", nil},
	}
	for _, tt := range tests {
		doc := `<PV.RollCallVoteResults xmlns:text="http://openoffice.org/2000/text"><RollCallVote.Result Identifier="1" Date="2021-01-01"><RollCallVote.Description.Text>` +
			tt.desc + `</RollCallVote.Description.Text></RollCallVote.Result></PV.RollCallVoteResults>`
		s, rcs, err := epxml.ReadAll(strings.NewReader(doc))
		if err != nil {
			t.Errorf("description %q: %v", tt.desc, err)
			continue
		}
		if got := rcs[0].Description; got != tt.want {
			t.Errorf("description %q reads as %q, want %q", tt.desc, got, tt.want)
		}
		if diff := cmp.Diff(tt.wantLinks, s.Extras[0].Links, opts); diff != "" {
			t.Errorf("description %q: links (-want +got):\n%s", tt.desc, diff)
		}
	}
}

func TestZeroDecoder(t *testing.T) {
	var d epxml.Decoder
	if d.Next() || d.RollCall() != nil || d.Err() != nil {
		t.Errorf("zero Decoder: Next = true, or RollCall %v, Err %v", d.RollCall(), d.Err())
	}
}
