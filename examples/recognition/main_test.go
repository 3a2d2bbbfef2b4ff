package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"unicode"

	"github.com/acquis-eu/acquis/internal/golden"
)

func TestOutput(t *testing.T) {
	for _, tt := range []struct {
		args   []string
		golden string
	}{
		{[]string{"-list"}, "list.txt"},
		{[]string{"-list", "-json"}, "list.json"},
		{[]string{"-case", "georgia2024"}, "georgia2024.txt"}, // the day it was checked up to
		{[]string{"-case", "georgia2024", "-on", "2025-02-14"}, "georgia2024-2025-02-14.txt"},
		{[]string{"-case", "belarus2020", "-on", "2025-03-26"}, "belarus2020-2025-03-26.txt"},
		{[]string{"-case", "ukraine2024", "-on", "2024-05-22"}, "ukraine2024-2024-05-22.txt"},
		{[]string{"-case", "ukraine2024", "-on", "2024-05-22", "-json"}, "ukraine2024-2024-05-22.json"},
		{[]string{"-case", "myanmar2021", "-on", "2021-10-08"}, "myanmar2021-2021-10-08.txt"},
		{[]string{"-case", "venezuela2019", "-on", "2025-01-24"}, "venezuela2019-2025-01-24.txt"},
		{[]string{"-case", "myanmar2021", "-on", "2021-01-31"}, "myanmar2021-2021-01-31.txt"}, // before the record
		{[]string{"-case", "ukraine2024", "-on", "2026-01-01"}, "ukraine2024-2026-01-01.txt"}, // after it
		{[]string{"-file", "testdata/hostile.json"}, "hostile.txt"},
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

func TestUsage(t *testing.T) {
	for _, tt := range []struct {
		args   []string
		code   int
		stderr string
	}{
		{nil, 2, "recognition: give -list, -case ID or -file FILE\n"},
		{[]string{"-list", "-case", "georgia2024"}, 2, "-list, -case and -file exclude each other"},
		{[]string{"-case", "georgia2024", "-file", "x.json"}, 2, "-list, -case and -file exclude each other"},
		{[]string{"-list", "-on", "2025-01-01"}, 2, "-list takes no -on and no -html"},
		{[]string{"-case", "georgia2024", "-json", "-html", "x.html"}, 2, "-json and -html exclude each other"},
		{[]string{"-case", "georgia"}, 2, `recognition: no embedded case "georgia" (the package has belarus2020, georgia2024, myanmar2021, ukraine2024, venezuela2019)`},
		{[]string{"-case", "georgia2024", "-on", "2025-02-30"}, 2, "February 2025 has 28 days"},
		{[]string{"-case", "georgia2024", "extra"}, 2, `unexpected argument "extra"`},
		{[]string{"-file", "testdata/no-such-file.json"}, 1, "no-such-file.json"},
		{[]string{"-file", "testdata/bad.json"}, 1, `recognition: testdata/bad.json: line 12, column 23 ($.acts[0].sorce): unknown member "sorce"`},
		{[]string{"-h"}, 0, "usage: recognition -list [-json]"},
	} {
		var stdout, stderr bytes.Buffer
		code := run(tt.args, &stdout, &stderr)
		if code != tt.code || !strings.Contains(stderr.String(), tt.stderr) {
			t.Errorf("run(%q) = %d, stderr %q; want %d with %q", tt.args, code, stderr.String(), tt.code, tt.stderr)
		}
		if stdout.Len() != 0 {
			t.Errorf("run(%q) wrote to stdout: %q", tt.args, stdout.String())
		}
	}
}

// TestFileQuoted: no text of a user's case file reaches the terminal as it
// is: no escape, no bell, no mark that reorders the line.
func TestFileQuoted(t *testing.T) {
	for i, args := range [][]string{{"-file", "testdata/hostile.json"}, {"-file", "testdata/hostile.json", "-on", "2020-01-01"}} {
		var stdout, stderr bytes.Buffer
		if code := run(args, &stdout, &stderr); code != 0 {
			t.Fatalf("run(%q) = %d: %s", args, code, stderr.String())
		}
		for _, r := range stdout.String() {
			if r != '\n' && (unicode.IsControl(r) || r == 0x202e || r == 0x2066 || r == 0x2069) {
				t.Errorf("run(%q) printed %U", args, r)
			}
		}
		wants := []string{`\x1b[31mcolour`, `President of \u202eElbonia`, `Elbonia's \x1b]0;title\x07neighbour`, `a back\\slash`}
		if i == 1 {
			wants = wants[:2] // before the first act no act is cited
		}
		for _, want := range wants {
			if !strings.Contains(stdout.String(), want) {
				t.Errorf("run(%q): no %s in the output", args, want)
			}
		}
	}
}

// TestFileJSON: -json gives a user's text as it is, escaped as JSON
// escapes it.
func TestFileJSON(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run([]string{"-file", "testdata/hostile.json", "-json"}, &stdout, &stderr); code != 0 {
		t.Fatalf("%d: %s", code, stderr.String())
	}
	if !strings.Contains(stdout.String(), `"name": "A case whose text would \u001b[31mcolour\u001b[0m a terminal"`) {
		t.Errorf("-json does not give the case's name as the file has it:\n%s", stdout.String())
	}
}

// answer is a position as -json gives it.
type answer struct {
	Actor, Status, Since, Act, Latest, Standing, Basis, BasisExpired string
}

func runJSON(t *testing.T, args ...string) (out struct {
	Day, RecordedFrom, RecordedUpTo string
	Claims                          []struct {
		Claimant, Office string
		Positions        []answer
		MemberStates     *struct{ Counts map[string]int }
	}
}) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	if code := run(append(args, "-json"), &stdout, &stderr); code != 0 {
		t.Fatalf("run(%q) = %d: %s", args, code, stderr.String())
	}
	if err := json.Unmarshal(stdout.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestTellingDays asks each new case about its telling days, and checks
// the act behind each answer.
func TestTellingDays(t *testing.T) {
	for _, tt := range []struct {
		id, day, claimant string
		want              answer
	}{
		{"georgia2024", "2024-12-30", "kavelashvili", answer{Actor: "EP", Status: "unstated"}},
		{"georgia2024", "2025-01-23", "zourabichvili", answer{Actor: "EE-Riigikogu", Status: "recognized", Since: "2025-01-22", Act: "EE-Riigikogu-2025-01-22", Basis: "zourabichvili-claim"}},
		{"georgia2024", "2025-02-14", "zourabichvili", answer{Actor: "EP", Status: "recognized", Since: "2025-02-13", Act: "EP-2025-02-13", Basis: "zourabichvili-claim"}},
		{"georgia2024", "2025-02-14", "kavelashvili", answer{Actor: "EP", Status: "not-recognized", Since: "2025-02-13", Act: "EP-2025-02-13", Basis: "kavelashvili2024"}},
		{"belarus2020", "2025-01-23", "lukashenka", answer{Actor: "EP", Status: "not-recognized", Since: "2020-11-06", Act: "EP-2020-09-17", Latest: "EP-2025-01-22", Basis: "lukashenka2020"}},
		{"belarus2020", "2025-03-26", "lukashenka", answer{Actor: "EP", Status: "not-recognized", Since: "2020-11-06", Act: "EP-2020-09-17", Latest: "EP-2025-01-22", Basis: "lukashenka2020", BasisExpired: "2025-03-25"}},
		{"belarus2020", "2025-03-26", "lukashenka", answer{Actor: "HRVP", Status: "contested", Since: "2020-08-11", Act: "HRVP-2020-08-11", Latest: "HRVP-2025-01-26", Basis: "lukashenka2020", BasisExpired: "2025-03-25"}},
		{"belarus2020", "2025-04-04", "lukashenka", answer{Actor: "EP", Status: "not-recognized", Since: "2020-11-06", Act: "EP-2020-09-17", Latest: "EP-2025-04-03", Basis: "lukashenka2025"}},
		{"venezuela2019", "2025-01-09", "gonzalez", answer{Actor: "EP", Status: "unstated"}}, // adopted, not yet in effect
		{"venezuela2019", "2025-01-10", "gonzalez", answer{Actor: "EP", Status: "recognized", Since: "2025-01-10", Act: "EP-2024-09-19"}},
		{"venezuela2019", "2025-01-10", "maduro", answer{Actor: "HRVP", Status: "contested", Since: "2019-01-10", Act: "HRVP-2019-01-10", Latest: "HRVP-2025-01-10", Basis: "maduro2025"}},
		{"venezuela2019", "2025-01-24", "maduro", answer{Actor: "EP", Status: "not-recognized", Since: "2025-01-23", Act: "EP-2025-01-23", Basis: "maduro2025"}},
		{"ukraine2024", "2024-05-20", "zelensky", answer{Actor: "RU", Status: "unstated", Latest: ""}},
		{"ukraine2024", "2024-05-22", "zelensky", answer{Actor: "RU", Status: "contested", Since: "2024-05-21", Act: "RU-2024-05-24"}},
		{"ukraine2024", "2024-05-22", "zelensky", answer{Actor: "EEAS", Status: "recognized", Since: "2024-05-21", Act: "EEAS-2024-05-21", Basis: "zelensky2019-continuing"}},
		{"ukraine2024", "2025-02-21", "zelensky", answer{Actor: "COM", Status: "recognized", Since: "2025-02-20", Act: "COM-2025-02-20", Basis: "zelensky2019-continuing"}},
		{"myanmar2021", "2021-02-02", "military", answer{Actor: "HRVP-own", Status: "contested", Since: "2021-02-01", Act: "HRVP-own-2021-02-01"}},
		{"myanmar2021", "2021-02-02", "military", answer{Actor: "EP", Status: "unstated"}},
		{"myanmar2021", "2021-10-08", "nug", answer{Actor: "EP", Status: "unstated", Latest: "EP-2021-10-07", Standing: "legitimate-representative"}},
	} {
		out := runJSON(t, "-case", tt.id, "-on", tt.day)
		var got *answer
		for _, c := range out.Claims {
			for i, p := range c.Positions {
				if c.Claimant == tt.claimant && p.Actor == tt.want.Actor {
					got = &c.Positions[i]
				}
			}
		}
		switch {
		case got == nil:
			t.Errorf("%s on %s: no position of %s toward %s", tt.id, tt.day, tt.want.Actor, tt.claimant)
		case *got != tt.want:
			t.Errorf("%s on %s, %s toward %s: %+v, want %+v", tt.id, tt.day, tt.want.Actor, tt.claimant, *got, tt.want)
		}
	}
}

// TestRecordEdges: a day before the first act or after the day the case
// was checked up to is said to be so, in -json.
func TestRecordEdges(t *testing.T) {
	if out := runJSON(t, "-case", "myanmar2021", "-on", "2021-01-31"); out.RecordedFrom != "2021-02-01" || out.RecordedUpTo != "" {
		t.Errorf("myanmar2021 on 2021-01-31: recordedFrom %q, recordedUpTo %q; want 2021-02-01 and none", out.RecordedFrom, out.RecordedUpTo)
	}
	if out := runJSON(t, "-case", "ukraine2024", "-on", "2026-01-01"); out.RecordedUpTo != "2025-02-28" || out.RecordedFrom != "" {
		t.Errorf("ukraine2024 on 2026-01-01: recordedFrom %q, recordedUpTo %q; want none and 2025-02-28", out.RecordedFrom, out.RecordedUpTo)
	}
	if out := runJSON(t, "-case", "georgia2024"); out.Day != "2025-06-18" {
		t.Errorf("georgia2024 with no -on: day %s, want the day it was checked up to, 2025-06-18", out.Day)
	}
	out := runJSON(t, "-case", "venezuela2019", "-on", "2019-02-05")
	for _, c := range out.Claims {
		if c.Claimant == "guaido" && (c.MemberStates == nil || c.MemberStates.Counts["recognized"] != 20) {
			t.Errorf("venezuela2019 on 2019-02-05: member states toward Guaidó %+v, want 20 recognized", c.MemberStates)
		}
	}
}

// TestJSONCamelCase checks every key of -json's output and -list's.
func TestJSONCamelCase(t *testing.T) {
	for _, args := range [][]string{{"-case", "belarus2020", "-on", "2025-03-26", "-json"}, {"-list", "-json"}} {
		var stdout, stderr bytes.Buffer
		if code := run(args, &stdout, &stderr); code != 0 {
			t.Fatalf("%d, %s", code, stderr.String())
		}
		var v any
		if err := json.Unmarshal(stdout.Bytes(), &v); err != nil {
			t.Fatal(err)
		}
		var walk func(v any, status bool)
		walk = func(v any, status bool) {
			switch v := v.(type) {
			case map[string]any:
				for k, x := range v {
					// counts and byStatus are keyed by status names, values.
					if !status && (k == "" || k[0] < 'a' || k[0] > 'z' || strings.ContainsAny(k, "_-")) {
						t.Errorf("%q: key %q is not camelCase", args, k)
					}
					walk(x, k == "counts" || k == "byStatus")
				}
			case []any:
				for _, x := range v {
					walk(x, false)
				}
			}
		}
		walk(v, false)
	}
}
