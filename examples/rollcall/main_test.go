package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/acquis-eu/acquis/internal/golden"
)

func TestGolden(t *testing.T) {
	for _, tt := range []struct {
		name string
		args []string
	}{
		{"sitting.txt", []string{"testdata/sitting.xml"}},
		{"sitting-countries.txt", []string{"-members", "testdata/members.csv", "testdata/sitting.xml"}},
		{"sitting.json", []string{"-json", "-members", "testdata/members.csv", "testdata/sitting.xml"}},
	} {
		var stdout, stderr bytes.Buffer
		if code := run(tt.args, &stdout, &stderr); code != 0 {
			t.Fatalf("run(%q) = %d: %s", tt.args, code, stderr.String())
		}
		golden.Check(t, tt.name, stdout.Bytes())
	}
}

// TestMismatch reads the fixture of HowTheyVote that is wrong on purpose
// (vote/epxml/testdata/real/README.md): its Members do not add up to its
// stated counts, and the tool says so.
func TestMismatch(t *testing.T) {
	path := filepath.Join("..", "..", "vote", "epxml", "testdata", "real", "rcv_list_incorrect_pv-9-2020-07-23-rcv-fr.xml")
	var stdout, stderr bytes.Buffer
	if code := run([]string{"-json", path}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	var out output
	if err := json.Unmarshal(stdout.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	if len(out.RollCalls) != 1 || out.RollCalls[0].Matches || out.RollCalls[0].Stated.For != 2 || out.RollCalls[0].Derived.For != 1 {
		t.Errorf("the incorrect fixture: %s", stdout.String())
	}
}

func TestErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.xml")
	if err := os.WriteFile(bad, []byte(`<PV.RollCallVoteResults><RollCallVote.Result Identifier="1" Date="2020-09-17 11:00:00"><Result.For Number="x"/></RollCallVote.Result></PV.RollCallVoteResults>`), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		args   []string
		code   int
		stderr string
	}{
		{nil, 2, "want one roll-call XML file, got 0 arguments"},
		{[]string{"a.xml", "b.xml"}, 2, "got 2 arguments"},
		{[]string{"-nope", "a.xml"}, 2, "flag provided but not defined"},
		{[]string{filepath.Join(dir, "missing.xml")}, 1, "missing.xml"},
		{[]string{bad}, 1, "bad.xml"},
		{[]string{"-members", filepath.Join(dir, "none.csv"), "testdata/sitting.xml"}, 1, "none.csv"},
		{[]string{"-json", "-svg", "-", "testdata/sitting.xml"}, 2, "-json and -svg - both write to standard output"},
		{[]string{"-vote", "1", "testdata/sitting.xml"}, 2, "-vote names the roll call that -svg draws: give -svg"},
		{[]string{"-groups", "S&D,PPE", "testdata/sitting.xml"}, 2, "-groups orders the groups that -svg draws: give -svg"},
		{[]string{"-svg", "-", "-groups", "S&D,EPP", "testdata/sitting.xml"}, 2, `-groups: no group "EPP" in the list (its groups: NI, PPE, S&D)`},
		{[]string{"-svg", "-", "-groups", "S&D,PPE,S&D", "testdata/sitting.xml"}, 2, `-groups: "S&D" is named twice`},
	} {
		var stdout, stderr bytes.Buffer
		code := run(tt.args, &stdout, &stderr)
		if code != tt.code || !strings.Contains(stderr.String(), tt.stderr) || stdout.Len() != 0 {
			t.Errorf("run(%q) = %d, stderr %q; want %d mentioning %q", tt.args, code, stderr.String(), tt.code, tt.stderr)
		}
	}
}

// TestSVG checks -svg: the roll call -vote names, drawn by group in the
// order -groups gives.
func TestSVG(t *testing.T) {
	path := filepath.Join(t.TempDir(), "rc.svg")
	var stdout, stderr bytes.Buffer
	if code := run([]string{"-svg", path, "-groups", "S&D,PPE", "testdata/sitting.xml"}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "sitting.svg", b)
	if code := run([]string{"-svg", "-", "-vote", "nosuchvote", "testdata/sitting.xml"}, &stdout, &stderr); code != 2 || !strings.Contains(stderr.String(), `no roll call "nosuchvote"`) {
		t.Errorf("-vote nosuchvote = %d, stderr %q; want 2 naming the vote", code, stderr.String())
	}
}

// TestQuote checks that text from the file reaches the terminal with its
// control and reordering characters escaped: a C1 control that some
// terminals read as the start of an escape sequence, and a mark that
// reverses the text after it.
func TestQuote(t *testing.T) {
	b, err := os.ReadFile("testdata/sitting.xml")
	if err != nil {
		t.Fatal(err)
	}
	hostile := strings.NewReplacer(
		"RC-B9-0000/2000 - Résolution", "RC-B9-0000/2000 - R&#x9B;31mésolution",
		`Identifier="NI"`, `Identifier="NI&#x202E;"`,
		`Sitting.Identifier="9001"`, `Sitting.Identifier="9001&#x9B;2J"`,
	).Replace(string(b))
	path := filepath.Join(t.TempDir(), "hostile.xml")
	if err := os.WriteFile(path, []byte(hostile), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	if code := run([]string{path}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	out := stdout.String()
	for _, raw := range []string{"\u009b", "\u202e"} {
		if strings.Contains(out, raw) {
			t.Errorf("the text output carries %q from the file:\n%s", raw, out)
		}
	}
	for _, escaped := range []string{`Sitting 9001\u009b2J of`, `R\u009b31mésolution`, `NI\u202e`} {
		if !strings.Contains(out, escaped) {
			t.Errorf("no %s in the text output:\n%s", escaped, out)
		}
	}
}
