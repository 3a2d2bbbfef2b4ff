package epxml_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/acquis-eu/acquis/vote"
	"github.com/acquis-eu/acquis/vote/epxml"
)

// addSeeds adds the hand-written files and the real files whose names
// match pattern.
func addSeeds(f *testing.F, pattern string) {
	for _, dir := range []string{"testdata", fixtures} {
		names, _ := filepath.Glob(filepath.Join(dir, pattern))
		for _, name := range names {
			b, err := os.ReadFile(name)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(b)
		}
	}
}

// FuzzDecode reads arbitrary input as a roll-call list: never a panic, and
// whatever reads without error satisfies the invariants of the format and
// reads the same through a Decoder and through ReadAll.
func FuzzDecode(f *testing.F) {
	addSeeds(f, "rcv*.xml")
	f.Add([]byte(doc(result(`<RollCallVote.Description.Text> x <a href="h">y</a> <text:line-break/> z</RollCallVote.Description.Text>`))))
	f.Add([]byte(doc(`<X a="1">t<Y/>u</X>`)))
	f.Fuzz(func(t *testing.T, data []byte) {
		d := epxml.NewDecoder(bytes.NewReader(data))
		var rcs []*vote.RollCall
		var extras []epxml.Extra
		for d.Next() {
			rc, ex := d.RollCall(), d.Extra()
			checkRollCall(t, rc, ex)
			rcs = append(rcs, rc)
			extras = append(extras, ex)
		}
		for i, rc := range rcs {
			if rc.Title == "" && extras[i].DlvID != "" {
				rc.Title, _ = d.Sitting().TitleOf(extras[i].DlvID)
			}
		}
		s, all, err := epxml.ReadAll(bytes.NewReader(data))
		if (err == nil) != (d.Err() == nil) || err != nil && err.Error() != d.Err().Error() {
			t.Fatalf("ReadAll: %v; Decoder: %v", err, d.Err())
		}
		if err != nil {
			if _, ok := err.(*epxml.ParseError); !ok {
				t.Fatalf("error %v is a %T, want a *ParseError", err, err)
			}
			return
		}
		if len(s.Extras) != len(all) {
			t.Fatalf("%d Extras for %d roll calls", len(s.Extras), len(all))
		}
		if len(all) <= epxml.MaxRollCalls {
			if diff := cmp.Diff(rcs, all, opts); diff != "" {
				t.Fatalf("Decoder and ReadAll differ (-Decoder +ReadAll):\n%s", diff)
			}
		}
		for _, x := range s.Titles {
			checkText(t, x.Text)
		}
		for _, x := range s.VoteTitles {
			checkText(t, x.Title)
		}
		for _, n := range s.Other {
			checkNode(t, n)
		}
	})
}

func checkRollCall(t *testing.T, rc *vote.RollCall, ex epxml.Extra) {
	t.Helper()
	if rc.ID == "" || ex.ID != rc.ID {
		t.Fatalf("roll call ID %q, Extra ID %q", rc.ID, ex.ID)
	}
	if !rc.Date.IsValid() || len(rc.Timestamp) < 10 || rc.Timestamp[:10] != rc.Date.String() {
		t.Fatalf("roll call %s: Date %v, Timestamp %q", rc.ID, rc.Date, rc.Timestamp)
	}
	if len(rc.Votes) > epxml.MaxMembers || len(rc.Corrections) > epxml.MaxMembers {
		t.Fatalf("roll call %s: %d votes, %d corrections", rc.ID, len(rc.Votes), len(rc.Corrections))
	}
	for _, n := range []int{rc.Stated.For, rc.Stated.Against, rc.Stated.Abstain} {
		if n < 0 || n > epxml.MaxMembers {
			t.Fatalf("roll call %s: stated %v", rc.ID, rc.Stated)
		}
	}
	if rc.Stated.DidNotVote != 0 {
		t.Fatalf("roll call %s: stated %v", rc.ID, rc.Stated)
	}
	for i, list := range [][]vote.MemberVote{rc.Votes, rc.Corrections} {
		for _, v := range list {
			if v.Choice != vote.For && v.Choice != vote.Against && v.Choice != vote.Abstain {
				t.Fatalf("roll call %s: choice %v", rc.ID, v.Choice)
			}
			if v.MEP.Name == "" && v.MEP.MepID == "" && v.MEP.PersID == "" {
				t.Fatalf("roll call %s: a Member with no name or identifier", rc.ID)
			}
			if i == 0 && v.Group == "" || v.Country != 0 {
				t.Fatalf("roll call %s: %+v", rc.ID, v)
			}
			checkText(t, v.MEP.Name)
		}
	}
	checkText(t, rc.Description)
	for _, l := range ex.Links {
		if l.Offset < 0 || l.Offset+len(l.Text) > len(rc.Description) || rc.Description[l.Offset:l.Offset+len(l.Text)] != l.Text {
			t.Fatalf("roll call %s: link %q at %d in %q", rc.ID, l.Text, l.Offset, rc.Description)
		}
		checkText(t, l.Text)
	}
}

// checkText checks that s is collapsed: no white space but single spaces
// and line breaks between other text.
func checkText(t *testing.T, s string) {
	t.Helper()
	if len(s) > epxml.MaxText {
		t.Fatalf("text of %d bytes", len(s))
	}
	if s != strings.TrimSpace(s) || strings.ContainsAny(s, "\t\r") ||
		strings.Contains(s, "  ") || strings.Contains(s, " \n") || strings.Contains(s, "\n ") {
		t.Fatalf("text %q is not collapsed", s)
	}
}

func checkNode(t *testing.T, n epxml.Node) {
	t.Helper()
	if (n.Name.Local == "") == (n.Data == "") {
		t.Fatalf("node %+v is neither an element nor a text", n)
	}
	checkText(t, n.Data)
	for _, c := range n.Children {
		checkNode(t, c)
	}
}

// FuzzReadResults reads arbitrary input as a results list: never a panic,
// and whatever reads without error satisfies the invariants of the format.
func FuzzReadResults(f *testing.F) {
	addSeeds(f, "vot*.xml")
	f.Add([]byte(`<file><sitting><votes><vote><votings><voting result="ADOPTED" numberFavor="1" numberAgainst="0" numberAbstention="0" votersCount="1"/></votings></vote></votes></sitting></file>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		rs, err := epxml.ReadResults(bytes.NewReader(data))
		if err != nil {
			if _, ok := err.(*epxml.ParseError); !ok || rs != nil {
				t.Fatalf("ReadResults = %v, %v (%T); want nil and a *ParseError", rs, err, err)
			}
			return
		}
		for _, g := range rs.Glossary {
			checkText(t, g.Value)
			for _, n := range g.Other {
				checkNode(t, n)
			}
		}
		for it, r := range rs.All() {
			if r.Outcome != 0 && !r.Outcome.IsValid() {
				t.Fatalf("voting %s: outcome %v", r.ID, r.Outcome)
			}
			if !r.Counted && (r.Stated != vote.Tally{} || r.Voters != 0) {
				t.Fatalf("voting %s: not counted, but %v and %d voters", r.ID, r.Stated, r.Voters)
			}
			for _, n := range []int{r.Stated.For, r.Stated.Against, r.Stated.Abstain, r.Voters} {
				if n < 0 || n > epxml.MaxMembers {
					t.Fatalf("voting %s: %v and %d voters", r.ID, r.Stated, r.Voters)
				}
			}
			for _, n := range append(it.Other, r.Other...) {
				if n.Name.Local == "" {
					t.Fatalf("a text node %q kept as an element", n.Data)
				}
				checkNode(t, n)
			}
			if rs.Result(r.ID) == nil {
				t.Fatalf("Result(%q) = nil", r.ID)
			}
		}
	})
}
