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
		{nil, "2019-02-05.txt"},
		{[]string{"-on", "2019-01-30"}, "2019-01-30.txt"},
		{[]string{"-on", "2019-02-05"}, "2019-02-05.txt"},
		{[]string{"-on", "2021-02-01"}, "2021-02-01.txt"},
		{[]string{"-on", "2023-06-01"}, "2023-06-01.txt"},
		{[]string{"-json"}, "2019-02-05.json"},
		{[]string{"-on", "2023-06-01", "-json"}, "2023-06-01.json"},
		{[]string{"-on", "2020-06-01"}, "2020-06-01.txt"},
		{[]string{"-on", "2021-01-06"}, "2021-01-06.txt"},
		{[]string{"-on", "2031-01-01"}, "2031-01-01.txt"},
		{[]string{"-on", "2031-01-01", "-json"}, "2031-01-01.json"},
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

// jsonRow is a row of -json's "recognition" member, as a user reads it.
type jsonRow struct {
	Actor, Claimant, Status, Cause, Since, Act, ActDate, Verification, Wording, Source, Latest string
}

type jsonOutput struct {
	Recognition  []jsonRow `json:"recognition"`
	MemberStates struct {
		Day      string              `json:"day"`
		Members  int                 `json:"members"`
		Counts   map[string]int      `json:"counts"`
		ByStatus map[string][]string `json:"byStatus"`
	} `json:"memberStates"`
}

func runJSON(t *testing.T, args ...string) jsonOutput {
	t.Helper()
	var stdout, stderr bytes.Buffer
	if code := run(append(args, "-json"), &stdout, &stderr); code != 0 {
		t.Fatalf("run(%q) = %d: %s", args, code, stderr.String())
	}
	var out jsonOutput
	if err := json.Unmarshal(stdout.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestJSONFields checks the fields that users of -json rely on.
func TestJSONFields(t *testing.T) {
	for _, tt := range []struct {
		on              string
		actor, claimant string
		want            jsonRow // only its non-empty fields are checked
	}{
		{"2019-01-30", "EP", "guaido", jsonRow{Status: "unstated", Act: "-"}},
		{"2019-02-05", "EP", "guaido", jsonRow{Status: "recognized", Since: "2019-01-31", Act: "EP-2019-01-31", ActDate: "2019-01-31", Verification: "verified", Source: "EP press release 20190125IPR24303"}},
		{"2019-02-05", "US", "maduro", jsonRow{Status: "not-recognized", Since: "2019-01-23", Act: "US-2019-01-23"}},
		{"2019-02-05", "HRVP", "guaido", jsonRow{Status: "unstated", Act: "-", Latest: "HRVP-2019-02-04"}},
		{"2019-02-05", "HR", "guaido", jsonRow{Status: "recognized", Since: "2019-02-04", Act: "HR-2019-02-04"}},
		{"2019-02-05", "CA", "maduro", jsonRow{Status: "not-recognized", Verification: "secondary"}},
		{"2023-06-01", "US", "guaido", jsonRow{Status: "withdrawn", Cause: "basis-lapsed", Since: "2023-01-05", Act: "US-2023-01-03", ActDate: "2023-01-03"}},
	} {
		out := runJSON(t, "-on", tt.on)
		i := -1
		for j, r := range out.Recognition {
			if r.Actor == tt.actor && r.Claimant == tt.claimant {
				i = j
			}
		}
		if i < 0 {
			t.Errorf("-on %s: no row for %s toward %s", tt.on, tt.actor, tt.claimant)
			continue
		}
		got := out.Recognition[i]
		for _, f := range []struct{ name, got, want string }{
			{"status", got.Status, tt.want.Status}, {"cause", got.Cause, tt.want.Cause}, {"since", got.Since, tt.want.Since},
			{"actDate", got.ActDate, tt.want.ActDate}, {"verification", got.Verification, tt.want.Verification},
			{"source", got.Source, tt.want.Source}, {"latest", got.Latest, tt.want.Latest},
		} {
			if f.want != "" && f.got != f.want {
				t.Errorf("-on %s, %s toward %s: %s = %q, want %q", tt.on, tt.actor, tt.claimant, f.name, f.got, f.want)
			}
		}
		switch {
		case tt.want.Act == "-" && got.Act != "":
			t.Errorf("-on %s, %s toward %s: act = %q, want none", tt.on, tt.actor, tt.claimant, got.Act)
		case tt.want.Act != "-" && tt.want.Act != "" && got.Act != tt.want.Act:
			t.Errorf("-on %s, %s toward %s: act = %q, want %q", tt.on, tt.actor, tt.claimant, got.Act, tt.want.Act)
		}
	}
}

// TestEveryActor checks that every actor appears toward both claimants,
// those with no position included.
func TestEveryActor(t *testing.T) {
	out := runJSON(t)
	rows := map[string]int{}
	for _, r := range out.Recognition {
		rows[r.Actor]++
	}
	for _, a := range []string{"EP", "Council", "HR", "US", "CA", "UK", "ES", "HR"} {
		if rows[a] != 2 {
			t.Errorf("actor %s has %d rows, want 2 (Maduro and Guaidó)", a, rows[a])
		}
	}
	if rows["IT"] != 0 {
		t.Errorf("actor IT has %d rows, want none: Italy has no act", rows["IT"])
	}
}

func TestMemberStates(t *testing.T) {
	for _, tt := range []struct {
		on                   string
		members              int
		recognized, unstated int
	}{
		{"2019-01-30", 28, 0, 28},
		{"2019-02-05", 28, 20, 8},
		{"2021-02-01", 27, 25, 2},
		{"2023-06-01", 27, 25, 2},
	} {
		m := runJSON(t, "-on", tt.on).MemberStates
		if m.Day != tt.on || m.Members != tt.members || m.Counts["recognized"] != tt.recognized || m.Counts["unstated"] != tt.unstated {
			t.Errorf("-on %s: memberStates day %s, %d members, counts %v; want %d members, %d recognized, %d unstated",
				tt.on, m.Day, m.Members, m.Counts, tt.members, tt.recognized, tt.unstated)
		}
		italy := false
		for _, a := range m.ByStatus["unstated"] {
			italy = italy || a == "IT"
		}
		if !italy {
			t.Errorf("-on %s: memberStates.byStatus.unstated = %v, want IT among them", tt.on, m.ByStatus["unstated"])
		}
	}
}

func TestUsage(t *testing.T) {
	for _, tt := range []struct {
		args   []string
		code   int
		stderr string
	}{
		{[]string{"extra"}, 2, `venezuela2019: unexpected argument "extra"` + "\n"},
		{[]string{"-on", "2019-02-30"}, 2, `invalid value "2019-02-30" for flag -on: acquis: parsing date "2019-02-30" at offset 8: no such day: February 2019 has 28 days` + "\n"},
		{[]string{"-on", "5 Feb 2019"}, 2, `invalid value "5 Feb 2019" for flag -on: acquis: parsing date "5 Feb 2019"`},
		{[]string{"-on", "2000-01-01"}, 2, "venezuela2019: no member states known on 2000-01-01: give a day from 2004-11-01\n"},
		{[]string{"-nosuchflag"}, 2, "flag provided but not defined"},
		{[]string{"-h"}, 0, "usage: venezuela2019"},
	} {
		var stdout, stderr bytes.Buffer
		code := run(tt.args, &stdout, &stderr)
		if code != tt.code || !strings.Contains(stderr.String(), tt.stderr) {
			t.Errorf("run(%q) = %d, stderr %q; want %d with %q", tt.args, code, stderr.String(), tt.code, tt.stderr)
		}
		if tt.code == 2 && tt.args[0] != "-on" && !strings.HasPrefix(tt.args[0], "-nosuch") && strings.Count(stderr.String(), "\n") != 1 {
			t.Errorf("run(%q) wrote %q on stderr, want one line", tt.args, stderr.String())
		}
		if stdout.Len() != 0 {
			t.Errorf("run(%q) wrote to stdout: %q", tt.args, stdout.String())
		}
	}
}

// TestRecordEdges checks what -json says at the edges of the record: after
// the day it was checked up to, and after the mandate Guaidó's
// recognitions rest on had expired. The statuses stay the acts'.
func TestRecordEdges(t *testing.T) {
	type row struct {
		Actor, Claimant, Status, BasisExpired string
		Basis                                 map[string]any
	}
	type output struct {
		Record       map[string]string `json:"record"`
		RecordedUpTo string            `json:"recordedUpTo"`
		Recognition  []row             `json:"recognition"`
		MemberStates struct {
			Counts       map[string]int      `json:"counts"`
			ExpiredBasis map[string][]string `json:"expiredBasis"`
			RecordedUpTo string              `json:"recordedUpTo"`
		} `json:"memberStates"`
	}
	for _, tt := range []struct {
		on                    string
		upTo                  string
		guaidoExpired         string // for each member state that recognised him
		maduroExpired         string // for the Council's contest
		recognized, onExpired int
	}{
		{"2020-06-01", "", "", "", 24, 0},
		{"2021-01-04", "", "", "", 25, 0},
		{"2021-01-05", "", "2021-01-05", "", 25, 25},
		{"2021-01-06", "", "2021-01-05", "", 25, 25},
		{"2025-01-10", "", "2021-01-05", "2025-01-10", 25, 25},
		{"2031-01-01", "2025-01-31", "2021-01-05", "2025-01-10", 25, 25},
	} {
		var stdout, stderr bytes.Buffer
		if code := run([]string{"-json", "-on", tt.on}, &stdout, &stderr); code != 0 {
			t.Fatalf("-on %s: %d, %s", tt.on, code, stderr.String())
		}
		var out output
		if err := json.Unmarshal(stdout.Bytes(), &out); err != nil {
			t.Fatal(err)
		}
		if out.Record["checked"] != "2025-01-31" || out.Record["first"] != "2018-05-28" || out.Record["last"] != "2025-01-23" {
			t.Errorf("-on %s: record = %v", tt.on, out.Record)
		}
		if out.RecordedUpTo != tt.upTo || out.MemberStates.RecordedUpTo != tt.upTo {
			t.Errorf("-on %s: recordedUpTo = %q, memberStates.recordedUpTo = %q; want %q", tt.on, out.RecordedUpTo, out.MemberStates.RecordedUpTo, tt.upTo)
		}
		ms := out.MemberStates
		if ms.Counts["recognized"] != tt.recognized || len(ms.ExpiredBasis["recognized"]) != tt.onExpired {
			t.Errorf("-on %s: %d recognized, %d of them on an expired mandate; want %d, %d", tt.on, ms.Counts["recognized"], len(ms.ExpiredBasis["recognized"]), tt.recognized, tt.onExpired)
		}
		for _, r := range out.Recognition {
			switch {
			case r.Claimant == "guaido" && r.Status == "recognized":
				if r.BasisExpired != tt.guaidoExpired || r.Basis["kind"] != "expiry" {
					t.Errorf("-on %s, %s toward Guaidó: basisExpired %q, basis %v; want %q, keyed to an expiry", tt.on, r.Actor, r.BasisExpired, r.Basis, tt.guaidoExpired)
				}
			case r.Claimant == "maduro" && r.Actor == "Council":
				if r.BasisExpired != tt.maduroExpired || r.Status != "contested" {
					t.Errorf("-on %s, the Council toward Maduro: %s, basisExpired %q; want contested, %q", tt.on, r.Status, r.BasisExpired, tt.maduroExpired)
				}
			case r.Status == "unstated" && (r.BasisExpired != "" || r.Basis != nil):
				t.Errorf("-on %s, %s toward %s: unstated with a basis %v, %q", tt.on, r.Actor, r.Claimant, r.Basis, r.BasisExpired)
			}
		}
	}
}

// TestJSONCamelCase checks every key of -json's output.
func TestJSONCamelCase(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run([]string{"-json", "-on", "2031-01-01"}, &stdout, &stderr); code != 0 {
		t.Fatalf("%d, %s", code, stderr.String())
	}
	var v any
	if err := json.Unmarshal(stdout.Bytes(), &v); err != nil {
		t.Fatal(err)
	}
	var walk func(v any)
	walk = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			for k, x := range v {
				// byStatus, counts and expiredBasis are keyed by status
				// names, which are values, not field names.
				if k == "" || k[0] < 'a' || k[0] > 'z' || strings.Contains(k, "_") {
					t.Errorf("key %q is not camelCase", k)
				}
				walk(x)
			}
		case []any:
			for _, x := range v {
				walk(x)
			}
		}
	}
	walk(v)
}

// TestTextRecordNote checks the sentences of the text on the record's
// span and the mandates.
func TestTextRecordNote(t *testing.T) {
	for _, tt := range []struct {
		on   string
		want []string
		not  []string
	}{
		{"2031-01-01", []string{
			"each answer below is the acts' answer as recorded up to\n2025-01-31",
			"As recorded up to 2025-01-31.",
			"Of these, 25 of the 25 recognized rest on a mandate that had expired by 2031-01-01",
			"  recognized toward Juan Guaidó: EP BE BG CZ DK DE EE IE EL ES FR HR LV LT LU HU MT NL AT PL PT RO\n                                 SI SK FI SE UK CA\n",
		}, nil},
		{"2020-06-01", []string{"The record: acts adopted from 2018-05-28 to 2025-01-23, checked up to 2025-01-31.\n"},
			[]string{"as recorded up to", "had expired"}},
		{"2010-01-01", []string{"before its first act: the record had not begun"}, nil},
	} {
		var stdout, stderr bytes.Buffer
		if code := run([]string{"-on", tt.on}, &stdout, &stderr); code != 0 {
			t.Fatalf("-on %s: %d, %s", tt.on, code, stderr.String())
		}
		for _, w := range tt.want {
			if !strings.Contains(stdout.String(), w) {
				t.Errorf("-on %s: no %q in the text", tt.on, w)
			}
		}
		for _, w := range tt.not {
			if strings.Contains(stdout.String(), w) {
				t.Errorf("-on %s: %q in the text", tt.on, w)
			}
		}
	}
}
