package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/acquis-eu/acquis/internal/golden"
)

func TestOutput(t *testing.T) {
	for _, tt := range []struct {
		args   []string
		golden string
	}{
		{nil, "belarus2020.txt"},
		{[]string{"-json"}, "belarus2020.json"},
	} {
		var stdout, stderr bytes.Buffer
		if code := run(tt.args, &stdout, &stderr); code != 0 {
			t.Fatalf("run(%q) = %d, stderr %q", tt.args, code, stderr.String())
		}
		if stderr.Len() != 0 {
			t.Errorf("run(%q) wrote to stderr: %q", tt.args, stderr.String())
		}
		golden.Check(t, tt.golden, stdout.Bytes())
	}
}

// TestJSONFields checks the fields that users of -json rely on.
func TestJSONFields(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run([]string{"-json"}, &stdout, &stderr); code != 0 {
		t.Fatalf("run(-json) = %d: %s", code, stderr.String())
	}
	var out struct {
		Vote map[string]any `json:"vote"`
	}
	if err := json.Unmarshal(stdout.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	for k, want := range map[string]any{"for": 574.0, "against": 37.0, "abstain": 82.0, "adopted": true, "rule": "votes-cast", "inOffice": 705.0} {
		if out.Vote[k] != want {
			t.Errorf("vote.%s = %v, want %v", k, out.Vote[k], want)
		}
	}
}

func TestUsage(t *testing.T) {
	for _, tt := range []struct {
		args   []string
		code   int
		stderr string
	}{
		{[]string{"extra"}, 2, `unexpected argument "extra"`},
		{[]string{"-nosuchflag"}, 2, "flag provided but not defined"},
		{[]string{"-h"}, 0, "usage: belarus2020"},
	} {
		var stdout, stderr bytes.Buffer
		if code := run(tt.args, &stdout, &stderr); code != tt.code || !strings.Contains(stderr.String(), tt.stderr) {
			t.Errorf("run(%q) = %d, stderr %q; want %d mentioning %q", tt.args, code, stderr.String(), tt.code, tt.stderr)
		}
		if stdout.Len() != 0 {
			t.Errorf("run(%q) wrote to stdout: %q", tt.args, stdout.String())
		}
	}
}
