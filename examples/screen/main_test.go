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

// The fixtures are the hand-written files of package fsf's tests, and the
// FollowTheMoney lines the fsf example writes from them.
const (
	xmlFile = "../../sanctions/fsf/testdata/fsf11.xml"
	csvFile = "../../sanctions/fsf/testdata/fsf11.csv"
	ftmFile = "../fsf/testdata/fsf11.ftm.jsonl"
)

func runScreen(t *testing.T, stdin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var o, e bytes.Buffer
	code = run(args, strings.NewReader(stdin), &o, &e)
	return o.String(), e.String(), code
}

func TestOutput(t *testing.T) {
	for _, tt := range []struct {
		args   []string
		stdin  string
		golden string
	}{
		{[]string{"Лукашэнка Аляксандр", "LUKASHENKO, Alexander Grigorievich", "Loukachenko", "EMMA LLC"}, "", "belarus2020.txt"},
		{[]string{"-json", "Лукашэнка Аляксандр", "Lukashenko"}, "", "belarus2020.json"},
		{[]string{"-list", xmlFile, "-min", "0.7"}, "Robert Mugabe\n\n  Haji Ahmad Jan  \nПример Трейдинг\nExample\nMugabe\n", "fsf11.txt"},
		{[]string{"-list", csvFile, "-json", "Robert G. Mugabe", "EXAMPLE TRADING"}, "", "fsf11-csv.json"},
		{[]string{"-list", ftmFile, "Ahmed Jan Akhundzada", "ПРИМЕР ТРЕЙДИНГ LLC"}, "", "fsf11-ftm.txt"},
	} {
		out, errOut, code := runScreen(t, tt.stdin, tt.args...)
		if code != 0 || errOut != "" {
			t.Fatalf("run(%q) = %d, stderr %q", tt.args, code, errOut)
		}
		golden.Check(t, tt.golden, []byte(out))
	}
}

// TestJSON checks the fields of -json, one object per name, with the
// matches as an empty array when there are none.
func TestJSON(t *testing.T) {
	out, _, code := runScreen(t, "", "-json", "Alexander Lukashenko", "Nobody Atall")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	var results []struct {
		Query   string            `json:"query"`
		Matches []json.RawMessage `json:"matches"`
	}
	if err := json.Unmarshal([]byte(out), &results); err != nil {
		t.Fatal(err)
	}
	if len(results) != 2 || results[0].Query != "Alexander Lukashenko" || len(results[0].Matches) != 1 ||
		results[1].Matches == nil || len(results[1].Matches) != 0 {
		t.Fatalf("results = %s", out)
	}
	var m map[string]any
	if err := json.Unmarshal(results[0].Matches[0], &m); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"query", "name", "score", "id", "alias", "language", "reason"} {
		if _, ok := m[k]; !ok {
			t.Errorf("a match has no %q: %v", k, m)
		}
	}
	if m["id"] != "BLR-lukashenko-alexandr" || m["name"] != "Alexandr Lukashenko" || m["language"] != "EN" {
		t.Errorf("match = %v", m)
	}
}

func TestErrors(t *testing.T) {
	dir := t.TempDir()
	b, err := os.ReadFile(xmlFile)
	if err != nil {
		t.Fatal(err)
	}
	truncated := filepath.Join(dir, "truncated.xml")
	if err := os.WriteFile(truncated, b[:len(b)/2], 0o666); err != nil {
		t.Fatal(err)
	}
	badFTM := filepath.Join(dir, "bad.jsonl")
	if err := os.WriteFile(badFTM, []byte("{\"id\":\"a\",\"schema\":\"Person\",\"properties\":{\"name\":[\"A\"]}}\n{\"id\": 3}\n"), 0o666); err != nil {
		t.Fatal(err)
	}
	empty := filepath.Join(dir, "empty")
	if err := os.WriteFile(empty, []byte(" \n"), 0o666); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		args   []string
		code   int
		stderr string
	}{
		{[]string{"-min", "x", "A"}, 2, "invalid value"},
		{[]string{"-min", "1.5", "A"}, 2, "-min 1.5 is not in [0, 1]"},
		{[]string{"-min", "NaN", "A"}, 2, "is not in [0, 1]"},
		{[]string{"-nosuchflag"}, 2, "flag provided but not defined"},
		{[]string{"-list", filepath.Join(dir, "absent.xml"), "A"}, 1, "no such file"},
		{[]string{"-list", truncated, "A"}, 1, "truncated.xml: fsf: line"},
		{[]string{"-list", badFTM, "A"}, 1, "bad.jsonl: ftm: line 2"},
		{[]string{"-list", empty, "A"}, 1, "empty file"},
		{[]string{"-h"}, 0, "usage: screen"},
	} {
		out, errOut, code := runScreen(t, "", tt.args...)
		if code != tt.code || !strings.Contains(errOut, tt.stderr) {
			t.Errorf("run(%q) = %d, stderr %q; want %d mentioning %q", tt.args, code, errOut, tt.code, tt.stderr)
		}
		if tt.code != 0 && out != "" {
			t.Errorf("run(%q) wrote to stdout: %q", tt.args, out)
		}
	}
}

// TestQueryDetails checks -birth, -country, -id and -type: what can be
// read qualifies every name screened, and what cannot is a usage error
// that names the flag and the value, before any result.
func TestQueryDetails(t *testing.T) {
	out, errOut, code := runScreen(t, "", "-list", xmlFile, "-birth", "21/02/1924", "-country", "ZWE", "Robert Mugabe")
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	for _, s := range []string{"birth date 1924-02-21 agrees with 1924-02-21 (+0.05)", "EU.36.64"} {
		if !strings.Contains(out, s) {
			t.Errorf("the output does not say %q:\n%s", s, out)
		}
	}
	// Another birth year rules a namesake out.
	if out, _, _ := runScreen(t, "", "-list", xmlFile, "-birth", "1990", "Robert Mugabe"); !strings.Contains(out, "no match") {
		t.Errorf("-birth 1990: %s, want no match", out)
	}
	if out, _, _ := runScreen(t, "", "-list", xmlFile, "-type", "organisation", "Robert Mugabe"); !strings.Contains(out, "no match") {
		t.Errorf("-type organisation: %s, want no match", out)
	}
	out, _, _ = runScreen(t, "", "-json", "-list", xmlFile, "-country", "Zimbabwe", "Robert Mugabe")
	var results []struct {
		Matches []struct {
			Qualifiers []map[string]any `json:"qualifiers"`
		} `json:"matches"`
	}
	if err := json.Unmarshal([]byte(out), &results); err != nil {
		t.Fatal(err)
	}
	if len(results) != 1 || len(results[0].Matches) != 1 || len(results[0].Matches[0].Qualifiers) != 0 {
		// Mugabe's entry lists no country but the placeholder 00: the
		// country cannot qualify him.
		t.Errorf("-json -country Zimbabwe: %s", out)
	}

	for _, tt := range []struct {
		args   []string
		stderr string
	}{
		{[]string{"-birth", "02/03/1924", "A"}, `-birth: screen: birth date "02/03/1924": ambiguous date: 2 March or 3 February 1924`},
		{[]string{"-birth", "21/02/24", "A"}, `-birth: screen: birth date "21/02/24": not a date`},
		{[]string{"-country", "Narnia", "A"}, `-country: screen: country "Narnia": unknown country`},
		{[]string{"-type", "vessel", "A"}, `-type: "vessel" is neither person nor organisation`},
		{[]string{"-id", "X-1", "A"}, `-id: "X-1" has fewer than four letters and digits`},
	} {
		out, errOut, code := runScreen(t, "", tt.args...)
		if code != 2 || !strings.Contains(errOut, tt.stderr) || out != "" {
			t.Errorf("run(%q) = %d, stdout %q, stderr %q; want 2 and %q", tt.args, code, out, errOut, tt.stderr)
		}
	}
}

// TestQuote checks that the text output escapes the control and
// reordering characters of the names of a list and of a query read from
// standard input, rather than copy escape sequences to the terminal.
func TestQuote(t *testing.T) {
	list := filepath.Join(t.TempDir(), "evil.jsonl")
	line := `{"id":"evil\u001b[2J","schema":"Person","properties":{"name":["Ivan SIDOROV\u001b[0m\u202e"],"passportNumber":["MP1234567\u001b"]}}` + "\n"
	if err := os.WriteFile(list, []byte(line), 0o666); err != nil {
		t.Fatal(err)
	}
	out, errOut, code := runScreen(t, "Ivan Sidorov\u001b[0m\u0007\n", "-list", list, "-id", "MP 1234567\u202e")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if strings.ContainsAny(out, "\x1b\x07\u202e") {
		t.Errorf("the output copies control or reordering characters:\n%q", out)
	}
	for _, want := range []string{`Ivan Sidorov\x1b[0m\x07`, `Ivan SIDOROV\x1b[0m\u202e  [evil\x1b[2J]`,
		`alias "Ivan SIDOROV\x1b[0m\u202e"`, `id number "MP 1234567\u202e" is listed: "MP1234567\x1b (passport)"`} {
		if !strings.Contains(out, want) {
			t.Errorf("the output does not say %s:\n%s", want, out)
		}
	}
}
