package browser

import (
	"context"
	"os"
	"testing"
	"time"
)

// Need returns the Chromium binary for a test that renders in a browser.
// When there is none, the test is skipped with a message, or fails if the
// environment variable ACQUIS_REQUIRE_BROWSER is set, as CI sets it: there
// the browser tests must run, not skip.
func Need(t testing.TB) string {
	t.Helper()
	chromium, err := Find()
	if err == nil {
		return chromium
	}
	if os.Getenv("ACQUIS_REQUIRE_BROWSER") != "" {
		t.Fatalf("%v, and $ACQUIS_REQUIRE_BROWSER is set: install Debian's chromium package", err)
	}
	t.Skipf("%v: install Debian's chromium package to run this test", err)
	return ""
}

// CheckPage renders the file at path at width × height in the browser Need
// finds, and fails t if the page made any network request, if the
// screenshot is not of that size, or if less than minInk of its pixels
// are drawn (a blank page). It returns the screenshot.
func CheckPage(t testing.TB, path string, width, height int, minInk float64) []byte {
	t.Helper()
	chromium := Need(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	shot, err := Render(ctx, chromium, path, width, height)
	if err != nil {
		t.Fatal(err)
	}
	if len(shot.Requests) != 0 {
		t.Errorf("%s made network requests: %q", path, shot.Requests)
	}
	ink, w, h, err := Ink(shot.PNG)
	if err != nil {
		t.Fatal(err)
	}
	if w != width || h != height {
		t.Errorf("the screenshot of %s is %d×%d, want %d×%d", path, w, h, width, height)
	}
	if ink < minInk {
		t.Errorf("%s is blank: %.3f of its pixels drawn, want %.3f or more", path, ink, minInk)
	}
	return shot.PNG
}
