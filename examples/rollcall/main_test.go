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
