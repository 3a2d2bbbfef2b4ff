package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/acquis-eu/acquis/internal/golden"
	"github.com/acquis-eu/acquis/internal/headless"
	page "github.com/acquis-eu/acquis/internal/standalone"
)

// writePageFile runs the program with -html and returns the page it wrote.
func writePageFile(t *testing.T, args ...string) (string, []byte) {
	t.Helper()
	return golden.WriteFile(t, run, "-html", "venezuela2019.html", args...)
}

// TestMain closes the browser the tests share.
func TestMain(m *testing.M) { headless.Main(m) }

func TestPage(t *testing.T) {
	_, b := writePageFile(t)
	if err := page.Check(b); err != nil {
		t.Errorf("the page is not self-contained: %v", err)
	}
	golden.Check(t, "venezuela2019.html", b)
	s := string(b)
	for _, want := range []string{
		`aria-labelledby="guaido-picture-title guaido-picture-desc"`,
		`aria-labelledby="maduro-picture-title maduro-picture-desc"`,
		"recognized: 20 (",
		"26 member states recognised Guaidó at some time, each by its own act (one of them, Bulgaria, by a decision that the record reads as a recognition from its wording)",
		`<td>European Parliament</td><td>recognized</td><td class="nowrap">2019-01-31</td>`,
	} {
		if !strings.Contains(s, want) {
			t.Errorf("no %s in the page", want)
		}
	}
	if n := strings.Count(s, "<svg "); n != 2 {
		t.Errorf("%d pictures, want 2", n)
	}
}

func TestPageErrors(t *testing.T) {
	for _, tt := range []struct {
		args   []string
		code   int
		stderr string
	}{
		{[]string{"-json", "-html", "x.html"}, 2, "-json and -html exclude each other"},
		{[]string{"-html", filepath.Join(t.TempDir(), "no", "such", "dir.html")}, 1, "dir.html"},
	} {
		var stdout, stderr bytes.Buffer
		if code := run(tt.args, &stdout, &stderr); code != tt.code || !strings.Contains(stderr.String(), tt.stderr) {
			t.Errorf("run(%q) = %d, stderr %q; want %d mentioning %q", tt.args, code, stderr.String(), tt.code, tt.stderr)
		}
	}
}

// TestPageInBrowser renders the page in headless Chromium: it must draw
// something on a page of the width asked and make no network request.
func TestPageInBrowser(t *testing.T) {
	path, _ := writePageFile(t)
	headless.CheckPage(t, path, 1000, 1400, 0.05)
}

// TestPageAtTheEdges checks that the page for a day after the record says
// how far the record reaches, and which positions rest on a mandate that
// had expired, in its words, its tables and its picture.
func TestPageAtTheEdges(t *testing.T) {
	_, b := writePageFile(t, "-on", "2031-01-01")
	s := string(b)
	for _, want := range []string{
		"2031-01-01 is after the day it was checked up to: each answer below is the acts&#39; answer as recorded up to 2025-01-31",
		"This is the count as recorded up to 2025-01-31",
		"The record dates that mandate so: the mandate of the National Assembly of Venezuela elected in 2015 (National Assembly of Venezuela), last day 2021-01-05, expired from 2021-01-05 (first-day convention).",
		`<td>Spain</td><td>recognized</td><td class="nowrap">2019-02-04</td><td></td><td>ES-2019-02-04 of 2019-02-04 (verified)</td><td>the National Assembly of Venezuela elected in 2015: expired from 2021-01-05</td>`,
		`<td>Council of the EU</td><td>contested</td><td class="nowrap">2018-05-28</td><td></td><td>Council-2018-05-28 of 2018-05-28 (verified)</td><td>Nicolás Maduro: expired from 2025-01-10</td>`,
		"recognized toward Juan Guaidó: EP BE BG CZ DK DE EE IE EL ES FR HR LV LT LU HU MT NL AT PL PT RO SI SK FI SE UK CA",
		"faded: the mandate the status rests on had expired",
	} {
		if !strings.Contains(s, want) {
			t.Errorf("no %s in the page for 2031-01-01", want)
		}
	}
	_, b = writePageFile(t, "-on", "2020-06-01")
	if s := string(b); strings.Contains(s, "as recorded up to") || strings.Contains(s, ": expired from") {
		t.Errorf("the page for 2020-06-01 says the record or a mandate has run out")
	}
}
