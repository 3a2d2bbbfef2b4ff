package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/acquis-eu/acquis/internal/golden"
	"github.com/acquis-eu/acquis/sanctions/fsf"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// The real excerpt of 2018-12-21, and a copy of it with changes invented
// for the tests (sanctions/fsf/testdata/README.md): an entity added, one
// removed, and for the third a new alias, a new birth date and a new act.
const (
	real2018    = "../../sanctions/fsf/testdata/real/eu_fsf_1_1_excerpt_2018-12-21.xml"
	changed2018 = "../../sanctions/fsf/testdata/changed2018.xml"
)

func TestDiffOutput(t *testing.T) {
	for _, tt := range []struct {
		args   []string
		golden string
	}{
		{[]string{"-diff", real2018, changed2018}, "diff-2018.txt"},
		{[]string{"-diff", "-json", real2018, changed2018}, "diff-2018.json"},
		{[]string{"-diff", xmlFile, xmlFile}, "diff-same.txt"},
	} {
		out, errOut, code := runFSF(t, tt.args...)
		if code != 0 || errOut != "" {
			t.Fatalf("run(%q) = %d, stderr %q", tt.args, code, errOut)
		}
		golden.Check(t, tt.golden, []byte(out))
	}
}

// TestDiffJSON checks that -diff -json prints what fsf.Compare returns,
// with the keys added, removed and changed, each a list of {id, name, ...}.
func TestDiffJSON(t *testing.T) {
	out, _, code := runFSF(t, "-diff", "-json", real2018, changed2018)
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	var got fsf.Diff
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	old, _ := os.ReadFile(real2018)
	new, _ := os.ReadFile(changed2018)
	want, err := fsf.Compare(bytes.NewReader(old), bytes.NewReader(new))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, &got, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("-diff -json (-fsf.Compare +printed):\n%s", diff)
	}
	var keys map[string][]map[string]any
	json.Unmarshal([]byte(out), &keys)
	for _, k := range []string{"added", "removed", "changed"} {
		if len(keys[k]) != 1 || keys[k][0]["id"] == nil || keys[k][0]["name"] == nil {
			t.Errorf("%s: %v", k, keys[k])
		}
	}
}

func TestDiffNotesAndErrors(t *testing.T) {
	dir := t.TempDir()
	b, err := os.ReadFile(changed2018)
	if err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(dir, "bad.xml")
	if err := os.WriteFile(bad, bytes.Replace(b, []byte(`birthdate="1924-02-22"`), []byte(`birthdate="1924-02-30"`), 1), 0o666); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		args   []string
		code   int
		stderr string
	}{
		{[]string{"-diff", changed2018, real2018}, 0, "was generated on 2018-12-21, before"},
		{[]string{"-diff", xmlFile, csvFile}, 0, "is XML 1.1 and " + csvFile + " is CSV 1.1"},
		{[]string{"-diff", real2018, bad}, 1, "fsf: " + bad + ": fsf: line 18: entity 1: birthdate@birthdate: malformed value"},
		{[]string{"-diff", bad, real2018}, 1, "fsf: " + bad + ": "},
		{[]string{"-diff", real2018, filepath.Join(dir, "absent.xml")}, 1, "no such file"},
		{[]string{"-diff", real2018}, 2, "-diff needs two files"},
		{[]string{"-diff", real2018, real2018, real2018}, 2, "unexpected argument"},
		{[]string{"-diff", "-ftm", real2018, real2018}, 2, "-diff can be combined only with -json"},
		{[]string{"-diff", "-on", "2018-12-21", real2018, real2018}, 2, "-diff can be combined only with -json"},
		{[]string{"-diff", "-", "-"}, 2, "cannot both be standard input"},
	} {
		out, errOut, code := runFSF(t, tt.args...)
		if code != tt.code || !strings.Contains(errOut, tt.stderr) {
			t.Errorf("run(%q) = %d, stderr %q; want %d mentioning %q", tt.args, code, errOut, tt.code, tt.stderr)
		}
		if tt.code != 0 && out != "" {
			t.Errorf("run(%q) wrote to stdout: %q", tt.args, out)
		}
	}
}
