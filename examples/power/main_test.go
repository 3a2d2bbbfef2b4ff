package main

import (
	"bytes"
	"encoding/json"
	"math/big"
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
		{"qmv-2020.txt", []string{"-on", "2020-11-06"}},
		{"qmv-2020.txt", []string{"-date", "2020-11-06"}}, // -date is -on
		{"qmv-2020.json", []string{"-on", "2020-11-06", "-json"}},
		{"qmv-candidate-a.txt", []string{"-on", "2020-11-06", "-table", "testdata/candidate-a.csv"}},
		{"reinforced-candidate-a.json", []string{"-on", "2020-11-06", "-rule", "reinforced-qualified-majority", "-table", "testdata/candidate-a.csv", "-json"}},
		{"qmv-without-dk-ie.txt", []string{"-on", "2020-11-06", "-table", "testdata/candidate-a.csv", "-absent", "DK,IE"}},
		{"nice-2014.txt", []string{"-on", "2014-01-01", "-rule", "nice-weights"}},
		{"nice-reinforced-2015.txt", []string{"-on", "2015-06-01", "-rule", "nice-weights-reinforced"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			if code := run(tt.args, &stdout, &stderr); code != 0 {
				t.Fatalf("run(%q) = %d: %s", tt.args, code, stderr.String())
			}
			golden.Check(t, tt.name, stdout.Bytes())
		})
	}
}

// TestJSONExact checks the exact fractions of -json against the reference's
// candidate A (shared/reference/eu-voting.md, section 4.4): they sum to 1.
func TestJSONExact(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run([]string{"-on", "2020-11-06", "-table", "testdata/candidate-a.csv", "-json"}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	var out struct {
		Exact       bool   `json:"exact"`
		TableGrade  string `json:"tableGrade"`
		TotalSwings int64  `json:"totalSwings"`
		Members     []struct {
			Member             string  `json:"member"`
			Swings             int64   `json:"swings"`
			ShapleyShubik      float64 `json:"shapleyShubik"`
			ShapleyShubikExact string  `json:"shapleyShubikExact"`
			BanzhafExact       string  `json:"banzhafExact"`
		} `json:"members"`
	}
	d := json.NewDecoder(bytes.NewReader(stdout.Bytes()))
	d.DisallowUnknownFields()
	var all struct {
		Date, Rule, Basis, Game, TableSource string
		NotParticipating                     []string
		Exact                                bool
		TableGrade                           string
		TotalSwings                          int64
		Members                              []struct {
			Member                                         string
			Population                                     int64
			PopulationShare                                float64
			PopulationShareExact                           string
			Weight, Swings                                 int64
			Penrose, Banzhaf, ShapleyShubik                float64
			PenroseExact, BanzhafExact, ShapleyShubikExact string
		}
	}
	if err := d.Decode(&all); err != nil {
		t.Errorf("-json has a key that is not camelCase: %v", err)
	}
	if err := json.Unmarshal(stdout.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	if !out.Exact || out.TableGrade != "given" || out.TotalSwings != 116_761_475 || len(out.Members) != 27 {
		t.Fatalf("exact %v, grade %q, total swings %d, %d members; want true, given, 116,761,475, 27",
			out.Exact, out.TableGrade, out.TotalSwings, len(out.Members))
	}
	if m := out.Members[0]; m.Member != "DE" || m.Swings != 14_090_807 || m.ShapleyShubik < 0.176515 || m.ShapleyShubik > 0.176516 {
		t.Errorf("first member %+v, want DE with 14,090,807 swings and Shapley-Shubik 0.17651539", m)
	}
	ss, bz := new(big.Rat), new(big.Rat)
	for _, m := range out.Members {
		for sum, s := range map[*big.Rat]string{ss: m.ShapleyShubikExact, bz: m.BanzhafExact} {
			r, ok := new(big.Rat).SetString(s)
			if !ok {
				t.Fatalf("%s: not a fraction: %q", m.Member, s)
			}
			sum.Add(sum, r)
		}
	}
	if ss.Cmp(big.NewRat(1, 1)) != 0 || bz.Cmp(big.NewRat(1, 1)) != 0 {
		t.Errorf("Shapley-Shubik sums to %v, normalised Banzhaf to %v; want 1", ss, bz)
	}
}

func TestErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.csv")
	if err := os.WriteFile(bad, []byte("DE,1\nXX,2\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	short := filepath.Join(dir, "short.csv")
	if err := os.WriteFile(short, []byte("DE,83019213\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	all := "BE,BG,CZ,DK,DE,EE,IE,EL,ES,FR,HR,IT,CY,LV,LT,LU,HU,MT,NL,AT,PL,PT,RO,SI,SK,FI,SE"
	for _, tt := range []struct {
		args   []string
		code   int
		stderr string
	}{
		{[]string{}, 2, "-on is required"},
		{[]string{"-on", "2020-13-01"}, 2, "parsing date"},
		{[]string{"-on", "2001-01-01"}, 2, "no composition known"},
		{[]string{"-on", "2031-01-01"}, 2, "no population table is embedded for 2031-01-01: the embedded tables cover 2004-11-01 to 2026-12-31; " +
			"the nearest is the one for 2026-01-01 to 2026-12-31; give the figures in force that day with -table FILE"},
		{[]string{"-date", "2031-01-01", "-rule", "reinforced-qualified-majority"}, 2, "no population table is embedded for 2031-01-01"},
		{[]string{"-on", "2020-11-06", "-rule", "simple-majority"}, 2,
			`unknown rule "simple-majority": want qualified-majority, reinforced-qualified-majority, nice-weights or nice-weights-reinforced`},
		{[]string{"-on", "2020-11-06", "-rule", "qmv"}, 2, `unknown rule "qmv"`},
		{[]string{"-on", "2020-11-06", "-rule", "censure"}, 2, `unknown rule "censure"`},
		{[]string{"-on", "2020-11-06", "-absent", "XX"}, 2, `unknown member "XX"`},
		{[]string{"-on", "2020-11-06", "-absent", "GR"}, 2, `unknown member "GR"`},
		{[]string{"-on", "2020-11-06", "-absent", "UK"}, 2, "UK is not a member of the Council on 2020-11-06"},
		{[]string{"-on", "2020-11-06", "-absent", "DK,DK"}, 2, "DK is named twice"},
		{[]string{"-on", "2020-11-06", "-absent", all}, 2, "no member participates"},
		{[]string{"-on", "2015-06-01"}, 2, "no population table is embedded for 2015-06-01: no figure of the act in force that day was reachable"},
		{[]string{"-on", "2010-06-01"}, 2, "applies from 2014-11-01"},
		{[]string{"-on", "2020-11-06", "-rule", "nice-weights"}, 2, "until 2017-03-31"},
		{[]string{"-on", "2014-01-01", "-rule", "nice-weights", "-absent", "DE"}, 2, "does not apply the Nice weights when members do not participate"},
		{[]string{"-on", "2020-11-06", "-table", bad}, 2, "line 2: unknown member"},
		{[]string{"-on", "2020-11-06", "-table", short}, 2, "no figure for BE"},
		{[]string{"-on", "2020-11-06", "-table", filepath.Join(dir, "missing.csv")}, 1, "missing.csv"},
		{[]string{"-on", "2020-11-06", "stray"}, 2, `unexpected argument "stray"`},
		{[]string{"-bogus"}, 2, "flag provided but not defined"},
	} {
		var stdout, stderr bytes.Buffer
		code := run(tt.args, &stdout, &stderr)
		// The flag package prints the usage after an error of its own.
		flagError := strings.Contains(tt.stderr, "flag provided") || strings.Contains(tt.stderr, "parsing date")
		if code != tt.code || !strings.Contains(stderr.String(), tt.stderr) || stdout.Len() != 0 {
			t.Errorf("run(%q) = %d, stderr %q; want %d mentioning %q", tt.args, code, stderr.String(), tt.code, tt.stderr)
		}
		if !flagError && !strings.HasPrefix(stderr.String(), "power: ") || strings.HasPrefix(stderr.String(), "power: power: ") {
			t.Errorf("run(%q): stderr %q, want one line starting \"power: \" once", tt.args, stderr.String())
		}
		if !flagError && strings.Count(strings.TrimSpace(stderr.String()), "\n") != 0 {
			t.Errorf("run(%q): error of more than one line: %q", tt.args, stderr.String())
		}
	}
}

func TestHelp(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run([]string{"-h"}, &stdout, &stderr); code != 0 || !strings.Contains(stderr.String(), "usage: power -on YYYY-MM-DD") || !strings.Contains(stderr.String(), "the same as -on") {
		t.Errorf("-h: exit %d, stderr %q", code, stderr.String())
	}
}
