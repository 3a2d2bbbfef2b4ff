package command

import (
	"bufio"
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/acquis-eu/acquis"
	"github.com/acquis-eu/acquis/vote"
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

func TestCouncilAndMembers(t *testing.T) {
	day := func(s string) *Day {
		d := &Day{}
		if s != "" {
			if err := d.Set(s); err != nil {
				t.Fatal(err)
			}
		}
		return d
	}
	c, err := Council(day("2020-11-06"), "")
	if err != nil || c.Size() != 27 {
		t.Fatalf("Council(2020-11-06) = %d members, %v", c.Size(), err)
	}
	for _, tt := range []struct {
		date, table string
		usage       bool
		want        string
	}{
		{"", "", true, "-on is required"},
		{"2004-10-31", "", true, "no composition known"},
		{"2020-11-06", "/nonexistent/table.csv", false, "table.csv"},
	} {
		_, err := Council(day(tt.date), tt.table)
		if err == nil || !strings.Contains(err.Error(), tt.want) || errors.As(err, new(UsageError)) != tt.usage {
			t.Errorf("Council(%q, %q) = %v; want a usage error %v mentioning %q", tt.date, tt.table, err, tt.usage, tt.want)
		}
	}
	ms, err := Members(c, "HU, PL")
	if err != nil || len(ms) != 2 || ms[0].String() != "HU" || ms[1].String() != "PL" {
		t.Errorf("Members(HU, PL) = %v, %v", ms, err)
	}
	if ms, err := Members(c, ""); err != nil || ms != nil {
		t.Errorf("Members(\"\") = %v, %v", ms, err)
	}
	for list, want := range map[string]string{"XX": `unknown member "XX"`, "UK": "UK is not a member", "DK,DK": "DK is named twice"} {
		if _, err := Members(c, list); err == nil || !strings.Contains(err.Error(), want) || !errors.As(err, new(UsageError)) {
			t.Errorf("Members(%q) = %v, want a usage error mentioning %q", list, err, want)
		}
	}
}

func TestRefusal(t *testing.T) {
	c, err := vote.CouncilOn(acquis.MustParseDate("2031-01-01"))
	if err != nil {
		t.Fatal(err)
	}
	_, noTable := c.Decide(vote.QualifiedMajority, c.Ballot(vote.For))
	_, ballot := c.Decide(vote.Article7Determination, c.Ballot(vote.For))
	other := errors.New("disk full")
	for _, tt := range []struct {
		err   error
		usage bool
		want  string
	}{
		{noTable, true, "no population table is embedded for 2031-01-01: the embedded tables cover 2004-11-01 to 2026-12-31; the nearest is the one for 2026-01-01 to 2026-12-31; give the figures in force that day with -table FILE"},
		{ballot, true, "exactly one member"},
		{other, false, "disk full"},
	} {
		err := Refusal(tt.err)
		if err.Error() != tt.want && !strings.Contains(err.Error(), tt.want) || errors.As(err, new(UsageError)) != tt.usage {
			t.Errorf("Refusal(%v) = %v; want a usage error %v mentioning %q", tt.err, err, tt.usage, tt.want)
		}
	}
}

func TestStartsWithObject(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want bool
	}{
		{`{"tables": []}`, true},
		{" \n\t{", true},
		{"DE,83100961\n", false},
		{"", false},
		{"   ", false},
		{strings.Repeat(" ", 5000) + "{", false}, // past the buffer: read as CSV, which refuses it
	} {
		r := bufio.NewReader(strings.NewReader(tt.in))
		if got := startsWithObject(r); got != tt.want {
			t.Errorf("startsWithObject(%.20q) = %v, want %v", tt.in, got, tt.want)
		}
		if rest, _ := io.ReadAll(r); string(rest) != tt.in {
			t.Errorf("startsWithObject(%.20q) consumed input", tt.in)
		}
	}
}
