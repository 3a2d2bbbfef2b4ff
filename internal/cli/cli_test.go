package cli

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	for _, tt := range []struct {
		args       []string
		max        int
		status     int
		ok         bool
		diagnostic string
	}{
		{[]string{"-json"}, 0, 0, true, ""},
		{[]string{"-h"}, 0, 0, false, "Usage"},
		{[]string{"-nope"}, 0, 2, false, "flag provided but not defined"},
		{[]string{"a", "b"}, 1, 2, false, `tool: unexpected argument "b"`},
		{[]string{"a", "b"}, -1, 0, true, ""},
	} {
		var stderr bytes.Buffer
		fs := flag.NewFlagSet("tool", flag.ContinueOnError)
		fs.SetOutput(&stderr)
		fs.Bool("json", false, "")
		status, ok := Parse(fs, tt.args, tt.max)
		if status != tt.status || ok != tt.ok || !strings.Contains(stderr.String(), tt.diagnostic) {
			t.Errorf("Parse(%q, %d) = %d, %v, stderr %q; want %d, %v, %q", tt.args, tt.max, status, ok, stderr.String(), tt.status, tt.ok, tt.diagnostic)
		}
	}
}

func TestFailAndPrint(t *testing.T) {
	var stderr bytes.Buffer
	if got := Fail(&stderr, "tool", Usage(errors.New("unknown member \"XX\""))); got != 2 || stderr.String() != "tool: unknown member \"XX\"\n" {
		t.Errorf("Fail(usage) = %d, %q", got, stderr.String())
	}
	if got := Fail(io.Discard, "tool", fmt.Errorf("wrapped: %w", Usage(errors.New("x")))); got != 2 {
		t.Errorf("Fail(wrapped usage) = %d", got)
	}
	if got := Fail(io.Discard, "tool", errors.New("disk full")); got != 1 {
		t.Errorf("Fail(other) = %d", got)
	}
	var stdout bytes.Buffer
	text := func(w io.Writer) error { _, err := io.WriteString(w, "text\n"); return err }
	if got := Print(&stdout, io.Discard, "tool", true, map[string]int{"a": 1}, text); got != 0 || stdout.String() != "{\n  \"a\": 1\n}\n" {
		t.Errorf("Print(json) = %d, %q", got, stdout.String())
	}
	stdout.Reset()
	if got := Print(&stdout, io.Discard, "tool", false, nil, text); got != 0 || stdout.String() != "text\n" {
		t.Errorf("Print(text) = %d, %q", got, stdout.String())
	}
	if got := Print(io.Discard, io.Discard, "tool", false, nil, func(io.Writer) error { return errors.New("broken pipe") }); got != 1 {
		t.Errorf("Print with a failing writer = %d", got)
	}
}
