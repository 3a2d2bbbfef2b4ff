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
	return golden.WriteFile(t, run, "-html", "case.html", args...)
}

// TestMain closes the browser the tests share.
func TestMain(m *testing.M) { headless.Main(m) }

// TestPage writes the page of each case on a telling day: self-contained,
// a timeline for each claimant to the case's office, and the positions.
func TestPage(t *testing.T) {
	for _, tt := range []struct {
		id, day  string
		pictures int
		want     []string
	}{
		{"georgia2024", "2025-02-14", 2, []string{
			`aria-labelledby="timeline-zourabichvili-title timeline-zourabichvili-desc"`,
			"<td>European Parliament</td><td>recognized</td><td class=\"nowrap\">2025-02-13</td>",
			"<td>zourabichvili-claim</td>",
			"Parliament of Georgia elected on 26 October 2024 as Parliament of Georgia",
		}},
		{"belarus2020", "2025-03-26", 2, []string{
			"lukashenka2020, expired from 2025-03-25",
			"EP-2020-09-17; latest: EP-2025-01-22",
			"of the 27 member states, counted by their own acts (a view, not the EU&#39;s position): not-recognized: 1 (Germany)",
		}},
		{"myanmar2021", "2021-10-08", 3, []string{"legitimate-representative"}},
		{"ukraine2024", "2024-05-22", 1, []string{"recognized, read from the wording"}},
		{"venezuela2019", "2025-01-24", 4, []string{"recognized: 25 ("}},
	} {
		_, b := writePageFile(t, "-case", tt.id, "-on", tt.day)
		if err := page.Check(b); err != nil {
			t.Errorf("%s: the page is not self-contained: %v", tt.id, err)
		}
		if tt.id == "georgia2024" {
			golden.Check(t, "georgia2024.html", b)
		}
		for _, want := range tt.want {
			if !strings.Contains(string(b), want) {
				t.Errorf("%s: no %s in the page", tt.id, want)
			}
		}
		if n := bytes.Count(b, []byte("<svg ")); n != tt.pictures {
			t.Errorf("%s: %d pictures, want %d", tt.id, n, tt.pictures)
		}
	}
}

// TestPageOfFile: a user's case has its page too, its text escaped as
// HTML.
func TestPageOfFile(t *testing.T) {
	_, b := writePageFile(t, "-file", "testdata/hostile.json")
	if err := page.Check(b); err != nil {
		t.Errorf("the page is not self-contained: %v", err)
	}
	if bytes.Contains(b, []byte("\x1b")) && !bytes.Contains(b, []byte("&#")) {
		t.Error("the page holds an escape character as it is")
	}
}

func TestPageErrors(t *testing.T) {
	var stdout, stderr bytes.Buffer
	path := filepath.Join(t.TempDir(), "no", "such", "dir.html")
	if code := run([]string{"-case", "georgia2024", "-html", path}, &stdout, &stderr); code != 1 || !strings.Contains(stderr.String(), "dir.html") {
		t.Errorf("run(-html %s) = %d, stderr %q; want 1 naming the file", path, code, stderr.String())
	}
}

// TestPageInBrowser renders a page in headless Chromium: it must draw
// something on a page of the width asked and make no network request.
func TestPageInBrowser(t *testing.T) {
	path, _ := writePageFile(t, "-case", "georgia2024", "-on", "2025-02-14")
	headless.CheckPage(t, path, 1000, 1400, 0.05)
}
