package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/acquis-eu/acquis/internal/browser"
	"github.com/acquis-eu/acquis/internal/golden"
	page "github.com/acquis-eu/acquis/internal/report"
)

// writePageFile runs the program with -html and returns the page it wrote.
func writePageFile(t *testing.T, args ...string) (string, []byte) {
	t.Helper()
	return golden.WriteFile(t, run, "-html", "venezuela2019.html", args...)
}

// TestMain closes the browser the tests share.
func TestMain(m *testing.M) { browser.Main(m) }

func TestPage(t *testing.T) {
	_, b := writePageFile(t)
	if err := page.SelfContained(b); err != nil {
		t.Errorf("the page is not self-contained: %v", err)
	}
	golden.Check(t, "venezuela2019.html", b)
	s := string(b)
	for _, want := range []string{
		`aria-labelledby="guaido-picture-title guaido-picture-desc"`,
		`aria-labelledby="maduro-picture-title maduro-picture-desc"`,
		"recognized: 19 (",
		"19 member states recognised Guaidó at some time",
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
	browser.CheckPage(t, path, 1000, 1400, 0.05)
}
