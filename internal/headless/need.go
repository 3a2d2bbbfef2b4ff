package headless

import (
	"context"
	"fmt"
	"os"
	"sync"
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

// shared is the one browser of a test binary, started by the first test
// that needs it and closed by Main.
var shared struct {
	once sync.Once
	b    *Browser
	err  error
}

// startTimeout bounds the start of the shared browser.
const startTimeout = time.Minute

// Shared returns the browser that the tests of this binary share, started
// at the first call, as Need finds it (a test is skipped, or fails, as Need
// says when there is none). A package whose tests call Shared closes it
// with Main.
func Shared(t testing.TB) *Browser {
	t.Helper()
	chromium := Need(t)
	shared.once.Do(func() {
		ctx, cancel := context.WithTimeout(context.Background(), startTimeout)
		defer cancel()
		shared.b, shared.err = Start(ctx, chromium)
	})
	if shared.err != nil {
		t.Fatal(shared.err)
	}
	return shared.b
}

// Main runs the tests of m and closes the browser Shared started, if any,
// before it exits with the tests' status. Call it from TestMain.
func Main(m *testing.M) {
	code := m.Run()
	if shared.b != nil {
		if err := shared.b.Close(); err != nil {
			fmt.Fprintln(os.Stderr, err)
		}
	}
	os.Exit(code)
}

// CheckPage renders the file at path at width × height in the shared
// browser, and fails t if the page made any request, if the screenshot is
// not of that size, or if less than minInk of its pixels are drawn (a blank
// page). It returns the screenshot.
func CheckPage(t testing.TB, path string, width, height int, minInk float64) []byte {
	t.Helper()
	b := Shared(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	shot, err := b.Render(ctx, path, width, height)
	if err != nil {
		t.Fatal(err)
	}
	if len(shot.Requests) != 0 {
		t.Errorf("%s made requests: %q", path, shot.Requests)
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
