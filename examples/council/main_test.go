package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/acquis-eu/acquis/internal/golden"
	"github.com/acquis-eu/acquis/vote"
)

func TestGolden(t *testing.T) {
	for _, tt := range []struct {
		name string
		args []string
	}{
		{"qmv-2020.txt", []string{"-on", "2020-11-06", "-rule", "qualified-majority", "-no", "HU,PL", "-abstain", "BE"}},
		{"qmv-2020.txt", []string{"-date", "2020-11-06", "-no", "HU,PL", "-abstain", "BE"}}, // -date is -on; the default rule
		{"qmv-2020.json", []string{"-on", "2020-11-06", "-rule", "qualified-majority", "-no", "HU,PL", "-abstain", "BE", "-json"}},
		{"nature-restoration-without-sk.txt", []string{"-on", "2024-06-17", "-no", "IT,HU,NL,PL,FI,SE", "-abstain", "BE,SK"}},
		{"nice-2010-check.txt", []string{"-on", "2010-06-01", "-rule", "nice-weights", "-no", "DE,FR,UK", "-population-check"}},
		{"art7-2020.txt", []string{"-on", "2020-11-06", "-rule", "article-7-determination", "-absent", "HU", "-no", "PL"}},
		{"unanimity-2015.txt", []string{"-on", "2015-06-01", "-rule", "unanimity", "-abstain", "UK"}},
	} {
		var stdout, stderr bytes.Buffer
		if code := run(tt.args, &stdout, &stderr); code != 0 {
			t.Fatalf("run(%q) = %d: %s", tt.args, code, stderr.String())
		}
		golden.Check(t, tt.name, stdout.Bytes())
	}
}

func TestJSONFields(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run([]string{"-on", "2024-06-17", "-no", "IT,HU,NL,PL,FI,SE", "-abstain", "BE,SK", "-json"}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	var out map[string]any
	if err := json.Unmarshal(stdout.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	for k, want := range map[string]any{"adopted": false, "certain": false, "rule": "qualified-majority", "membersInFavour": 19.0, "membersRequired": 15.0,
		"populationTotal": 450430233.0, "tableGrade": "approximate"} {
		if out[k] != want {
			t.Errorf("%s = %v, want %v", k, out[k], want)
		}
	}
	for _, k := range []string{"populationInFavour", "populationRequired", "tableSource", "shareLow", "shareHigh"} {
		if _, ok := out[k]; !ok {
			t.Errorf("no field %s", k)
		}
	}
	camel := regexp.MustCompile(`^[a-z][a-zA-Z0-9]*$`)
	var keys func(v any)
	keys = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			for k, x := range v {
				if !camel.MatchString(k) {
					t.Errorf("key %q is not camelCase", k)
				}
				keys(x)
			}
		case []any:
			for _, x := range v {
				keys(x)
			}
		}
	}
	keys(out)
}

func TestCallerTable(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "t.csv")
	var b strings.Builder
	for _, m := range strings.Split("BE BG CZ DK DE EE IE EL ES FR HR IT CY LV LT LU HU MT NL AT PL PT RO SI SK FI SE", " ") {
		b.WriteString(m + ",10000000\n")
	}
	if err := os.WriteFile(file, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	// 18 of 27 equal members: 66.67% of the population; exact, so certain.
	args := []string{"-on", "2021-06-01", "-table", file, "-no", "DE,FR,IT,ES,PL,RO,NL,BE,CZ", "-json"}
	if code := run(args, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	var out map[string]any
	if err := json.Unmarshal(stdout.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	if out["adopted"] != true || out["certain"] != true || out["tableGrade"] != "given" || out["populationInFavour"] != 180000000.0 {
		t.Errorf("caller's table: %s", stdout.String())
	}
}

func TestErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.csv")
	if err := os.WriteFile(bad, []byte("DE,1\nXX,2\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		args   []string
		code   int
		stderr string
	}{
		{[]string{"-on", "2020-11-06", "-no", "XX"}, 2, `unknown member "XX"`},
		{[]string{"-on", "2020-11-06", "-no", "GR"}, 2, `unknown member "GR"`},
		{[]string{"-on", "2020-11-06", "-no", "HU", "-abstain", "HU"}, 2, "HU is named twice, as against and as abstain"},
		{[]string{"-on", "2020-11-06", "-no", "UK"}, 2, "UK is not a member of the Council on 2020-11-06"},
		{[]string{"-on", "2015-06-01"}, 2, "no population table is embedded for 2015-06-01: no figure of the act in force that day was reachable " +
			"(the embedded tables cover 2004-11-01 to 2026-12-31); the nearest is the one for 2014-01-01 to 2014-10-31; give the figures in force that day with -table FILE"},
		{[]string{"-on", "2031-01-01", "-no", "HU"}, 2, "no population table is embedded for 2031-01-01: the embedded tables cover 2004-11-01 to 2026-12-31; " +
			"the nearest is the one for 2026-01-01 to 2026-12-31; give the figures in force that day with -table FILE"},
		{[]string{"-date", "2031-01-01", "-no", "HU"}, 2, "no population table is embedded for 2031-01-01"},
		{[]string{"-on", "2004-10-31", "-no", "HU"}, 2, "no composition known on 2004-10-31: this package holds the Council's compositions from 2004-11-01"},
		{[]string{"-on", "2020-13-01"}, 2, "parsing date"},
		{[]string{}, 2, "-on is required"},
		{[]string{"-on", "2020-11-06", "-rule", "votes-cast"}, 2, `unknown rule "votes-cast": want qualified-majority, reinforced-qualified-majority, ` +
			"simple-majority, unanimity, article-7-determination, nice-weights or nice-weights-reinforced"},
		{[]string{"-on", "2020-11-06", "-rule", "qmv"}, 2, `unknown rule "qmv"`},
		{[]string{"-on", "2020-11-06", "-rule", "nice-weights"}, 2, "until 2017-03-31"},
		{[]string{"-on", "2010-06-01", "-rule", "nice-weights", "-absent", "DK"}, 2, "does not apply the Nice weights when members do not participate"},
		{[]string{"-on", "2020-11-06", "-rule", "article-7-determination", "-no", "HU"}, 2, "-rule article-7-determination needs -absent naming the member concerned"},
		{[]string{"-on", "2020-11-06", "-rule", "article-7-determination", "-absent", "HU,PL"}, 2, "-rule article-7-determination needs -absent naming the member concerned"},
		{[]string{"-on", "2020-11-06", "-population-check"}, 2, "-population-check: the 62% check is one of the Nice weights (Protocol No 36, Art 3(3)), " +
			"for -rule nice-weights or nice-weights-reinforced; -rule qualified-majority has none"},
		{[]string{"-on", "2020-11-06", "-json", "-svg", "-"}, 2, "-json and -svg - both write to standard output"},
		{[]string{"-on", "2020-11-06", "-table", bad}, 2, "line 2: unknown member"},
		{[]string{"-on", "2020-11-06", "-table", filepath.Join(dir, "missing.csv")}, 1, "missing.csv"},
		{[]string{"-on", "2020-11-06", "stray"}, 2, `unexpected argument "stray"`},
		{[]string{"-bogus"}, 2, "flag provided but not defined"},
	} {
		var stdout, stderr bytes.Buffer
		code := run(tt.args, &stdout, &stderr)
		if code != tt.code || !strings.Contains(stderr.String(), tt.stderr) || stdout.Len() != 0 {
			t.Errorf("run(%q) = %d, stderr %q; want %d mentioning %q", tt.args, code, stderr.String(), tt.code, tt.stderr)
		}
		// The flag package prints the usage after an error of its own.
		flagError := strings.Contains(tt.stderr, "flag provided") || strings.Contains(tt.stderr, "parsing date")
		if tt.code == 2 && !flagError && strings.Count(strings.TrimSpace(stderr.String()), "\n") != 0 {
			t.Errorf("run(%q): error of more than one line: %q", tt.args, stderr.String())
		}
	}
}

// TestSVG checks -svg: the picture is written beside the usual output, or
// alone to standard output with -svg -.
func TestSVG(t *testing.T) {
	path := filepath.Join(t.TempDir(), "council.svg")
	args := []string{"-on", "2024-06-17", "-no", "IT,HU,NL,PL,FI,SE", "-abstain", "BE,SK"}
	var stdout, stderr bytes.Buffer
	if code := run(append(args, "-svg", path), &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	if !strings.Contains(stdout.String(), "REJECTED") {
		t.Errorf("-svg FILE does not print the result too:\n%s", stdout.String())
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "nature-restoration-without-sk.svg", b)
	for _, want := range []string{"Council of the EU, 17 Jun 2024: not adopted", "Italy (IT): against", "for: 19 (64.9%)", "not certain"} {
		if !bytes.Contains(b, []byte(want)) {
			t.Errorf("no %q in the picture", want)
		}
	}
	stdout.Reset()
	if code := run(append(args, "-svg", "-"), &stdout, &stderr); code != 0 || !bytes.Equal(stdout.Bytes(), b) {
		t.Errorf("-svg - = %d, printed %d bytes; want only the picture's %d", code, stdout.Len(), len(b))
	}
	if code := run(append(args, "-svg", filepath.Join(t.TempDir(), "no", "x.svg")), &stdout, &stderr); code != 1 {
		t.Errorf("-svg into a missing directory = %d, want 1", code)
	}
}

func TestHelp(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run([]string{"-h"}, &stdout, &stderr); code != 0 || !strings.Contains(stderr.String(), "usage: council -on YYYY-MM-DD") ||
		!strings.Contains(stderr.String(), "the same as -on") {
		t.Errorf("-h: exit %d, stderr %q", code, stderr.String())
	}
	// The help and the command's documentation name every rule as package
	// vote spells it.
	doc, err := os.ReadFile("main.go")
	if err != nil {
		t.Fatal(err)
	}
	for r := vote.QualifiedMajority; r.IsValid(); r++ {
		if !strings.Contains(stderr.String(), r.String()) || !strings.Contains(string(doc), "// "+r.String()) && !strings.Contains(string(doc), " "+r.String()) {
			t.Errorf("-h or the documentation does not name the rule %v", r)
		}
	}
}

// TestTablesFile gives -table a tables file of package vote: the table
// whose period holds the day is used, and a day none holds is refused,
// naming the periods the file covers.
func TestTablesFile(t *testing.T) {
	var b bytes.Buffer
	if err := vote.WriteTables(&b, slices.Collect(vote.Tables())); err != nil {
		t.Fatal(err)
	}
	// The 2026 table, moved to 2027 as a caller might until the act of 2027
	// is embedded.
	old := `"from": "2026-01-01",
      "until": "2027-01-01"`
	if !strings.Contains(b.String(), old) {
		t.Fatalf("the written tables have no %s", old)
	}
	moved := strings.Replace(b.String(), old, `"from": "2027-01-01",
      "until": "2028-01-01"`, 1)
	dir := t.TempDir()
	file := filepath.Join(dir, "tables.json")
	if err := os.WriteFile(file, []byte(moved), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		on     string
		source string // of the table used, "" for a refusal
	}{
		{"2027-03-01", "Council Decision (EU, Euratom) of December 2025"},
		{"2020-11-06", "Council Decision (EU, Euratom) 2019/2209"},
		{"2026-06-01", ""},
	} {
		var stdout, stderr bytes.Buffer
		code := run([]string{"-on", tt.on, "-table", file, "-no", "DE,FR,IT,ES", "-json"}, &stdout, &stderr)
		if tt.source == "" {
			want := "no table for " + tt.on + ": its tables cover 2004-11-01 to 2005-12-31, "
			if code != 2 || !strings.Contains(stderr.String(), want) || !strings.Contains(stderr.String(), "2027-01-01 to 2027-12-31") {
				t.Errorf("-on %s: exit %d, stderr %q; want 2 and %q", tt.on, code, stderr.String(), want)
			}
			continue
		}
		var out map[string]any
		if code != 0 || json.Unmarshal(stdout.Bytes(), &out) != nil {
			t.Fatalf("-on %s: exit %d, stderr %s", tt.on, code, stderr.String())
		}
		if src, _ := out["tableSource"].(string); !strings.HasPrefix(src, tt.source) {
			t.Errorf("-on %s: table %q, want the one of %s", tt.on, src, tt.source)
		}
	}
}
