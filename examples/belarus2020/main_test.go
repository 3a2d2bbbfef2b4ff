package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/acquis-eu/acquis/internal/golden"
	"github.com/google/go-cmp/cmp"
)

func TestOutput(t *testing.T) {
	for _, tt := range []struct {
		args   []string
		golden string
	}{
		{nil, "belarus2020.txt"},
		{[]string{"-json"}, "belarus2020.json"},
		{[]string{"-on", "2020-08-01"}, "belarus2020-on-2020-08-01.txt"},
		{[]string{"-on", "2020-09-18"}, "belarus2020-on-2020-09-18.txt"},
		{[]string{"-on", "2020-11-05"}, "belarus2020-on-2020-11-05.txt"},
		{[]string{"-on", "2021-03-01"}, "belarus2020-on-2021-03-01.txt"},
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
		Vote        map[string]any   `json:"vote"`
		Recognition []map[string]any `json:"recognition"`
	}
	if err := json.Unmarshal(stdout.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	for k, want := range map[string]any{"for": 574.0, "against": 37.0, "abstain": 82.0, "adopted": true, "rule": "votes-cast", "inOffice": 705.0} {
		if out.Vote[k] != want {
			t.Errorf("vote.%s = %v, want %v", k, out.Vote[k], want)
		}
	}
	statuses := map[string]string{}
	for _, it := range out.Recognition {
		for _, k := range []string{"actor", "claimant", "status", "since", "act"} {
			if _, ok := it[k]; !ok {
				t.Errorf("recognition item %v has no %q", it, k)
			}
		}
		statuses[it["actor"].(string)] = it["status"].(string) + " " + it["act"].(string)
	}
	for actor, want := range map[string]string{"EP": "not-recognized EP-2020-09-17", "Council": "contested FAC-2020-08-14", "HRVP": "contested HRVP-2020-08-11"} {
		if statuses[actor] != want {
			t.Errorf("recognition of %s on 2020-11-06: %q, want %q", actor, statuses[actor], want)
		}
	}
}

// TestSanctionsJSON checks the sanctions section of -json: Lukashenko is
// under the asset freeze and the travel ban on 6 November 2020, listed by
// that day's acts, and under neither the day before.
func TestSanctionsJSON(t *testing.T) {
	type item struct {
		Name     string            `json:"name"`
		Measures []string          `json:"measures"`
		Act      string            `json:"act"`
		Acts     map[string]string `json:"acts"`
	}
	read := func(day string) []item {
		t.Helper()
		var stdout, stderr bytes.Buffer
		if code := run([]string{"-json", "-on", day}, &stdout, &stderr); code != 0 {
			t.Fatalf("run(-json -on %s) = %d: %s", day, code, stderr.String())
		}
		var out struct {
			Sanctions []item `json:"sanctions"`
		}
		if err := json.Unmarshal(stdout.Bytes(), &out); err != nil {
			t.Fatal(err)
		}
		return out.Sanctions
	}
	want := []item{{
		Name:     "Alexandr Lukashenko",
		Measures: []string{"asset-freeze", "travel-ban"},
		Act:      "Council Implementing Regulation (EU) 2020/1648",
		Acts: map[string]string{
			"asset-freeze": "Council Implementing Regulation (EU) 2020/1648",
			"travel-ban":   "Council Implementing Decision (CFSP) 2020/1650",
		},
	}}
	if diff := cmp.Diff(want, read("2020-11-06")); diff != "" {
		t.Errorf("sanctions on 2020-11-06 (-want +got):\n%s", diff)
	}
	if got := read("2020-11-05"); len(got) != 0 {
		t.Errorf("sanctions on 2020-11-05 = %+v, want none", got)
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
		{[]string{"-on", "2020-11-31"}, 2, "-on: acquis: parsing date"},
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

// TestSanctionsSpan checks that the sanctions section says how far the
// data reaches: before the first act it holds, that the data begins
// there, and not the end date of acts it does not hold; after the last,
// that the answer is the acts' as recorded up to it. Text, JSON and page.
func TestSanctionsSpan(t *testing.T) {
	text := func(day string) string {
		t.Helper()
		var stdout, stderr bytes.Buffer
		if code := run([]string{"-on", day}, &stdout, &stderr); code != 0 {
			t.Fatalf("run(-on %s) = %d: %s", day, code, stderr.String())
		}
		s := stdout.String()
		return s[strings.Index(s, "== Under EU restrictive measures"):]
	}
	for _, tt := range []struct {
		day       string
		says, not []string
	}{
		{"1900-01-01", []string{"The data begins on 2020-02-19, the day Council Decision (CFSP) of 2020-02-17 entered into force"},
			[]string{"runs until", "No entry the data names is listed"}},
		{"2020-02-18", []string{"The data begins on 2020-02-19"}, []string{"runs until"}},
		{"2020-11-06", []string{"The regime runs until 2021-02-28"}, []string{"The data begins", "as recorded up to"}},
		{"2021-01-15", []string{"The regime runs until 2021-02-28", "As recorded up to 2020-12-17, the day the last act the data holds"}, nil},
		{"2021-03-01", []string{"As recorded up to 2020-12-17", "The regime lapsed after 2021-02-28"}, nil},
	} {
		got := text(tt.day)
		for _, s := range tt.says {
			if !strings.Contains(got, s) {
				t.Errorf("-on %s does not say %q:\n%s", tt.day, s, got)
			}
		}
		for _, s := range tt.not {
			if strings.Contains(got, s) {
				t.Errorf("-on %s says %q:\n%s", tt.day, s, got)
			}
		}
	}

	var stdout, stderr bytes.Buffer
	if code := run([]string{"-json", "-on", "1900-01-01"}, &stdout, &stderr); code != 0 {
		t.Fatalf("run(-json -on 1900-01-01) = %d: %s", code, stderr.String())
	}
	var out struct {
		Regime map[string]any `json:"regime"`
	}
	if err := json.Unmarshal(stdout.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	want := map[string]any{"first": "2020-02-19", "last": "2020-12-17"}
	if diff := cmp.Diff(want, out.Regime["span"]); diff != "" {
		t.Errorf("regime.span (-want +got):\n%s", diff)
	}
	if out.Regime["firstAct"] != "Council Decision (CFSP) of 2020-02-17" || out.Regime["lastAct"] != "Council Implementing Regulation (EU) 2020/2129" {
		t.Errorf("regime.firstAct, lastAct = %v, %v", out.Regime["firstAct"], out.Regime["lastAct"])
	}
	if out.Regime["record"] != "before-first-act" {
		t.Errorf("regime.record = %v, want before-first-act", out.Regime["record"])
	}
	if v, ok := out.Regime["lastDay"]; ok {
		t.Errorf("regime.lastDay = %v before the first act, want none", v)
	}

	_, b := page(t, "-on", "1900-01-01")
	if s := "On 1900-01-01 the data says nothing of the regime: it begins on 2020-02-19"; !bytes.Contains(b, []byte(s)) {
		t.Errorf("the page for 1900-01-01 does not say %q", s)
	}
	_, b = page(t, "-on", "2021-01-15")
	if s := "As recorded up to 2020-12-17"; !bytes.Contains(b, []byte(s)) {
		t.Errorf("the page for 2021-01-15 does not say %q", s)
	}
}

// TestRecognitionAtTheEdges checks the recognition section on days that
// matter to the record: within it, on the last day of the mandate claimed
// in 2020, on the inauguration of 2025, after the Parliament restated its
// non-recognition on the new mandate, and after the day the record was
// checked up to. The statuses stay the acts'; each answer says which
// mandate it rests on and whether it has expired.
func TestRecognitionAtTheEdges(t *testing.T) {
	type item struct {
		Actor, Status, Act, Latest, BasisExpired, RecordedUpTo string
	}
	read := func(day string) (map[string]item, map[string]string) {
		t.Helper()
		var stdout, stderr bytes.Buffer
		if code := run([]string{"-json", "-on", day}, &stdout, &stderr); code != 0 {
			t.Fatalf("run(-json -on %s) = %d: %s", day, code, stderr.String())
		}
		var out struct {
			Recognition       []item            `json:"recognition"`
			RecognitionRecord map[string]string `json:"recognitionRecord"`
		}
		if err := json.Unmarshal(stdout.Bytes(), &out); err != nil {
			t.Fatal(err)
		}
		byActor := map[string]item{}
		for _, it := range out.Recognition {
			byActor[it.Actor] = it
		}
		return byActor, out.RecognitionRecord
	}
	_, record := read("2020-11-06")
	if want := map[string]string{"first": "2020-08-11", "last": "2025-04-03", "checked": "2025-09-11"}; !cmp.Equal(record, want) {
		t.Errorf("recognitionRecord = %v, want %v", record, want)
	}
	for _, tt := range []struct {
		day  string
		want []item
	}{
		{"2020-11-06", []item{
			{"EP", "not-recognized", "EP-2020-09-17", "", "", ""},
			{"HRVP", "contested", "HRVP-2020-08-11", "HRVP-2020-09-24", "", ""},
			{"HRVP-own", "unstated", "", "", "", ""},
		}},
		{"2025-03-24", []item{
			{"EP", "not-recognized", "EP-2020-09-17", "EP-2025-01-22", "", ""},
			{"HRVP", "contested", "HRVP-2020-08-11", "HRVP-2025-01-26", "", ""},
			{"HRVP-own", "contested", "HRVP-own-2025-01-26", "", "", ""},
			{"DE", "not-recognized", "DE-2020-09-23", "", "", ""},
		}},
		{"2025-03-25", []item{
			{"EP", "not-recognized", "EP-2020-09-17", "EP-2025-01-22", "2025-03-25", ""},
			{"HRVP", "contested", "HRVP-2020-08-11", "HRVP-2025-01-26", "2025-03-25", ""},
			{"HRVP-own", "contested", "HRVP-own-2025-01-26", "", "", ""},
			{"DE", "not-recognized", "DE-2020-09-23", "", "2025-03-25", ""},
		}},
		{"2025-04-04", []item{
			{"EP", "not-recognized", "EP-2020-09-17", "EP-2025-04-03", "", ""},
			{"PACE", "not-recognized", "PACE-2025-01-30", "", "", ""},
		}},
		{"2026-01-01", []item{
			{"EP", "not-recognized", "EP-2020-09-17", "EP-2025-04-03", "", "2025-09-11"},
			{"HRVP", "contested", "HRVP-2020-08-11", "HRVP-2025-01-26", "2025-03-25", "2025-09-11"},
			{"FR", "", "", "", "", ""}, // no act: no row
		}},
	} {
		got, _ := read(tt.day)
		for _, w := range tt.want {
			g, ok := got[w.Actor]
			switch {
			case w.Status == "" && ok:
				t.Errorf("%s on %s: a row, want none", w.Actor, tt.day)
			case w.Status != "" && g != w:
				t.Errorf("%s on %s: %+v, want %+v", w.Actor, tt.day, g, w)
			}
		}
	}

	var stdout, stderr bytes.Buffer
	if code := run([]string{"-on", "2026-01-01"}, &stdout, &stderr); code != 0 {
		t.Fatalf("run(-on 2026-01-01) = %d: %s", code, stderr.String())
	}
	text := strings.Join(strings.Fields(stdout.String()), " ")
	for _, want := range []string{
		"The record: acts adopted from 2020-08-11 to 2025-04-03, checked up to 2025-09-11. 2026-01-01 is after the day it was checked up to: each position below is the acts' answer as recorded up to 2025-09-11",
		"European Parliament: not-recognized since 2020-11-06",
		"latest act: EP-2025-04-03 of 2025-04-03",
		"rests on the mandate claimed from 2020-09-23, expired from 2025-03-25",
		"whose last day, as Minsk reckons it, was 2025-03-24: on 2026-01-01 it had expired, from 2025-03-25.",
		"The positions of European Parliament, High Representative (own name), Parliamentary Assembly of the Council of Europe rest on the mandate Lukashenka claimed from 2025-03-25, whose last day the record does not give.",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("no %q in the text for 2026-01-01", want)
		}
	}
}
