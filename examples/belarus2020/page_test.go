package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/acquis-eu/acquis"
	"github.com/acquis-eu/acquis/internal/golden"
	"github.com/acquis-eu/acquis/internal/headless"
	"github.com/acquis-eu/acquis/internal/standalone"
)

// page runs the program with -html and returns the page it wrote.
func page(t *testing.T, args ...string) (string, []byte) {
	t.Helper()
	return golden.WriteFile(t, run, "-html", "belarus2020.html", args...)
}

// TestMain closes the browser the tests share.
func TestMain(m *testing.M) { headless.Main(m) }

func TestPage(t *testing.T) {
	_, b := page(t)
	if err := standalone.Check(b); err != nil {
		t.Errorf("the page is not self-contained: %v", err)
	}
	golden.Check(t, "belarus2020.html", b)
	s := string(b)
	for _, want := range []string{
		`aria-labelledby="vote-picture-title vote-picture-desc"`,
		`aria-labelledby="listings-picture-title listings-picture-desc"`,
		`aria-labelledby="timeline-picture-title timeline-picture-desc"`,
		`<a href="http://data.europa.eu/eli/reg_impl/2020/1648/oj">Implementing Regulation (EU) 2020/1648</a>`,
		`<a href="https://howtheyvote.eu/votes/117273">`,
		"On 2020-11-06 the acts in force state that they listed 55 persons under the asset freeze, and 55 persons under the travel ban.",
		`<td>Alexandr Lukashenko</td><td>asset freeze</td><td class="nowrap">2020-11-06</td>`,
	} {
		if !strings.Contains(s, want) {
			t.Errorf("no %s in the page", want)
		}
	}
	if n := strings.Count(s, "<svg "); n != 4 {
		t.Errorf("%d pictures, want 4", n)
	}

	// -html - writes the same page to standard output.
	var stdout, stderr bytes.Buffer
	if code := run([]string{"-html", "-"}, &stdout, &stderr); code != 0 || !bytes.Equal(stdout.Bytes(), b) {
		t.Errorf("run -html - = %d, %d bytes; want the page's %d bytes", code, stdout.Len(), len(b))
	}

	// Another day changes the tables, not the pictures.
	_, before := page(t, "-on", "2020-11-05")
	if !strings.Contains(string(before), "On 2020-11-05 the acts in force state that they listed 40 persons") {
		t.Errorf("the page for 2020-11-05 does not give that day's count")
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
	path, _ := page(t)
	headless.CheckPage(t, path, 1000, 1400, 0.05)
}

// BenchmarkPage measures telling the story and writing its page, pictures
// included.
func BenchmarkPage(b *testing.B) {
	day := acquis.MustParseDate("2020-11-06")
	var size int
	for b.Loop() {
		s, err := tell(day)
		if err != nil {
			b.Fatal(err)
		}
		var w bytes.Buffer
		if err := s.writePage(&w); err != nil {
			b.Fatal(err)
		}
		size = w.Len()
	}
	b.ReportMetric(float64(size), "page-bytes")
}

// BenchmarkText measures telling the story as text, the reference for
// BenchmarkPage.
func BenchmarkText(b *testing.B) {
	day := acquis.MustParseDate("2020-11-06")
	for b.Loop() {
		s, err := tell(day)
		if err != nil {
			b.Fatal(err)
		}
		var w bytes.Buffer
		if err := s.writeText(&w); err != nil {
			b.Fatal(err)
		}
	}
}

// TestPageDerived checks the page's sentences that come from the data, not
// from the program's text.
func TestPageDerived(t *testing.T) {
	_, b := page(t)
	for _, want := range []string{
		"so in this data it lapses after 2021-02-28.",
		"Parliament keyed an effect of its resolution (non-recognition-declared) to the expiry of the mandate whose last day was 2020-11-05. The dataset reads it under the last-day convention, so it takes effect on 2020-11-06; under the first-day convention it would take effect on 2020-11-05.",
	} {
		if !bytes.Contains(b, []byte(want)) {
			t.Errorf("no %q in the page", want)
		}
	}
}

// TestPageRecognitionAtTheEdges checks that the page for a day after the
// record says how far the record reaches and that the mandate the
// positions rest on had expired.
func TestPageRecognitionAtTheEdges(t *testing.T) {
	_, b := page(t, "-on", "2026-01-01")
	for _, want := range []string{
		"2026-01-01 is after the day it was checked up to: each position below is the acts&#39; answer as recorded up to 2025-09-11",
		`<td>European Parliament</td><td>not-recognized</td><td class="nowrap">2020-11-06</td>`,
		"<td>claimed from 2020-09-23; expired from 2025-03-25</td>",
		"<td>claimed from 2025-03-25; last day not recorded</td>",
		"latest: EP-2025-04-03 of 2025-04-03",
	} {
		if !bytes.Contains(b, []byte(want)) {
			t.Errorf("no %q in the page for 2026-01-01", want)
		}
	}
}
