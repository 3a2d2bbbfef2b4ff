package headless_test

import (
	"bytes"
	"context"
	"errors"
	"image"
	"image/color"
	"image/png"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/acquis-eu/acquis/internal/headless"
)

// TestMain closes the browser the tests share.
func TestMain(m *testing.M) { headless.Main(m) }

// write writes content to the file name in a temporary directory and returns
// its path.
func write(t *testing.T, name, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// render renders the file at path, failing the test on error.
func render(t *testing.T, path string, width, height int) *headless.Shot {
	t.Helper()
	b := headless.Shared(t)
	ctx, cancel := context.WithTimeout(t.Context(), time.Minute)
	defer cancel()
	start := time.Now()
	shot, err := b.Render(ctx, path, width, height)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("rendered %s in %v", filepath.Base(path), time.Since(start).Round(time.Millisecond))
	return shot
}

// checkSize checks that the PNG is width × height pixels, and returns its
// share of ink.
func checkSize(t *testing.T, shot *headless.Shot, width, height int) float64 {
	t.Helper()
	share, w, h, err := headless.Ink(shot.PNG)
	if err != nil {
		t.Fatal(err)
	}
	if w != width || h != height {
		t.Errorf("screenshot is %d×%d, want %d×%d", w, h, width, height)
	}
	return share
}

// checkPixel checks the colour of the pixel at (x, y).
func checkPixel(t *testing.T, shot *headless.Shot, x, y int, want color.RGBA) {
	t.Helper()
	img, err := png.Decode(bytes.NewReader(shot.PNG))
	if err != nil {
		t.Fatal(err)
	}
	r, g, b, a := img.At(x, y).RGBA()
	got := color.RGBA{uint8(r >> 8), uint8(g >> 8), uint8(b >> 8), uint8(a >> 8)}
	if got != want {
		t.Errorf("pixel (%d, %d) is %v, want %v", x, y, got, want)
	}
}

var red = color.RGBA{0xcc, 0x33, 0x33, 0xff}

// page is a self-contained page: a 200×150 red rectangle at (10, 10) on
// white.
const page = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Test</title>
%s
<style>body { margin: 0; background: #fff }</style></head>
<body>
<svg width="300" height="200" role="img" aria-label="A red rectangle">
<rect x="10" y="10" width="200" height="150" fill="#cc3333"/>
</svg>
%s
</body></html>
`

func TestRenderSelfContained(t *testing.T) {
	path := write(t, "page.html", strings.NewReplacer("%s", "").Replace(page))
	shot := render(t, path, 640, 480)
	// The rectangle covers 30 000 of 307 200 pixels.
	if share := checkSize(t, shot, 640, 480); share < 0.09 || share > 0.11 {
		t.Errorf("ink = %.4f, want about 0.098", share)
	}
	checkPixel(t, shot, 100, 80, red)
	checkPixel(t, shot, 400, 300, color.RGBA{0xff, 0xff, 0xff, 0xff})
	if len(shot.Requests) != 0 {
		t.Errorf("a self-contained page made requests: %q", shot.Requests)
	}
}

func TestRenderRequests(t *testing.T) {
	head := `<link rel="stylesheet" href="https://example.invalid/s.css">`
	body := `<img src="http://example.invalid/pixel.png" alt="">` +
		`<img src="neighbour.png" alt="">` +
		`<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="">`
	path := write(t, "my page.html", strings.Replace(strings.Replace(page, "%s", head, 1), "%s", body, 1))
	shot := render(t, path, 640, 480)
	checkSize(t, shot, 640, 480)
	// The page's own document and the data: URL are not requests; a file
	// beside the page is one, as much as a host on the network.
	want := []string{
		"GET http://example.invalid/pixel.png",
		"GET https://example.invalid/s.css",
		"GET " + fileURL(filepath.Join(filepath.Dir(path), "neighbour.png")),
	}
	got := slices.Sorted(slices.Values(shot.Requests))
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("requests = %q, want %q", got, want)
	}
}

func TestRenderScript(t *testing.T) {
	// Requests made from a script, after the page has loaded and from a
	// timer, are the page's too.
	body := `<script>
fetch("http://example.invalid/fetch").catch(() => {});
setTimeout(() => { new WebSocket("ws://example.invalid/socket"); }, 1000);
</script>`
	path := write(t, "script.html", strings.Replace(strings.Replace(page, "%s", "", 1), "%s", body, 1))
	shot := render(t, path, 320, 240)
	for _, want := range []string{"GET http://example.invalid/fetch", "WebSocket ws://example.invalid/socket"} {
		if !slices.Contains(shot.Requests, want) {
			t.Errorf("requests %q lack %q", shot.Requests, want)
		}
	}
}

func TestRenderTimer(t *testing.T) {
	// A page that draws from a timer is drawn: the screenshot waits for
	// virtual time, not real time.
	body := `<div id="late" style="width: 100px; height: 100px"></div>
<script>setTimeout(() => { document.getElementById("late").style.background = "#cc3333"; }, 3000);</script>`
	path := write(t, "timer.html", strings.Replace(strings.Replace(page, "%s", "", 1), "%s", body, 1))
	shot := render(t, path, 320, 400)
	checkPixel(t, shot, 50, 250, red)
}

// fileURL returns the file:// URL of path, as the browser writes it.
func fileURL(path string) string {
	return (&url.URL{Scheme: "file", Path: filepath.ToSlash(path)}).String()
}

func TestRenderBlank(t *testing.T) {
	path := write(t, "blank.html", `<!DOCTYPE html><html><head><title>Blank</title></head><body></body></html>`)
	shot := render(t, path, 320, 200)
	if share := checkSize(t, shot, 320, 200); share != 0 {
		t.Errorf("ink of a blank page = %v, want 0", share)
	}
	checkPixel(t, shot, 0, 0, color.RGBA{0xff, 0xff, 0xff, 0xff})
	if len(shot.Requests) != 0 {
		t.Errorf("a blank page made requests: %q", shot.Requests)
	}
}

func TestRenderLong(t *testing.T) {
	// A page 3000 pixels high, red from 100 pixels down: the screenshot
	// stops at the viewport.
	path := write(t, "long.html", `<!DOCTYPE html><html><head><title>Long</title>
<style>body { margin: 0; background: #fff }</style></head>
<body><div style="height: 100px"></div><div style="height: 2900px; background: #cc3333"></div></body></html>`)
	shot := render(t, path, 400, 300)
	// Two thirds of the viewport are red.
	if share := checkSize(t, shot, 400, 300); share < 0.66 || share > 0.67 {
		t.Errorf("ink = %.4f, want 2/3", share)
	}
	checkPixel(t, shot, 200, 299, red)
}

func TestRenderSVG(t *testing.T) {
	path := write(t, "picture.svg", `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="240" viewBox="0 0 320 240">
<title>A red rectangle</title>
<rect width="320" height="240" fill="#fff"/>
<rect x="40" y="30" width="160" height="120" fill="#cc3333"/>
</svg>
`)
	shot := render(t, path, 320, 240)
	// The rectangle covers a quarter of the picture.
	if share := checkSize(t, shot, 320, 240); share != 0.25 {
		t.Errorf("ink = %.4f, want 0.25", share)
	}
	checkPixel(t, shot, 40, 30, red)
	checkPixel(t, shot, 199, 149, red)
	checkPixel(t, shot, 200, 150, color.RGBA{0xff, 0xff, 0xff, 0xff})
	if len(shot.Requests) != 0 {
		t.Errorf("a self-contained picture made requests: %q", shot.Requests)
	}
}

func TestRenderCanceled(t *testing.T) {
	b := headless.Shared(t)
	path := write(t, "page.html", strings.NewReplacer("%s", "").Replace(page))
	ctx, cancel := context.WithTimeout(t.Context(), 100*time.Millisecond)
	defer cancel()
	_, err := b.Render(ctx, path, 640, 480)
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("Render past its deadline: error %v, want one wrapping context.DeadlineExceeded", err)
	}
}

func TestRenderMissing(t *testing.T) {
	b := headless.Shared(t)
	path := filepath.Join(t.TempDir(), "missing.html")
	_, err := b.Render(t.Context(), path, 640, 480)
	if !errors.Is(err, os.ErrNotExist) || !strings.HasPrefix(err.Error(), "headless: render "+path+": ") {
		t.Errorf("Render of a missing file: error %v, want \"headless: render %s: ...\" wrapping os.ErrNotExist", err, path)
	}
}

func TestRenderSize(t *testing.T) {
	b := headless.Shared(t)
	path := write(t, "page.html", "")
	for _, size := range [][2]int{{0, 480}, {640, 0}, {-1, 1}, {20000, 10}} {
		if _, err := b.Render(t.Context(), path, size[0], size[1]); err == nil {
			t.Errorf("Render at %d×%d: no error", size[0], size[1])
		}
	}
}

func TestInk(t *testing.T) {
	img := image.NewRGBA(image.Rect(0, 0, 10, 20))
	for i := range img.Pix {
		img.Pix[i] = 0xff
	}
	for x := range 10 {
		img.Set(x, 5, color.Black)
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	share, w, h, err := headless.Ink(buf.Bytes())
	if share != 0.05 || w != 10 || h != 20 || err != nil {
		t.Errorf("Ink = %v, %d, %d, %v; want 0.05, 10, 20, nil", share, w, h, err)
	}

	// A paletted image takes the general path.
	pal := image.NewPaletted(image.Rect(0, 0, 4, 4), color.Palette{color.White, color.Black})
	pal.SetColorIndex(1, 1, 1)
	buf.Reset()
	if err := png.Encode(&buf, pal); err != nil {
		t.Fatal(err)
	}
	share, w, h, err = headless.Ink(buf.Bytes())
	if share != 1.0/16 || w != 4 || h != 4 || err != nil {
		t.Errorf("Ink of a paletted image = %v, %d, %d, %v; want 0.0625, 4, 4, nil", share, w, h, err)
	}
}

func TestInkNotPNG(t *testing.T) {
	for _, data := range [][]byte{nil, []byte("<svg/>"), []byte("\x89PNG\r\n\x1a\n")} {
		if _, _, _, err := headless.Ink(data); err == nil || !strings.HasPrefix(err.Error(), "headless: ink: ") {
			t.Errorf("Ink(%q): error %v, want \"headless: ink: ...\"", data, err)
		}
	}
}

func TestFindEnv(t *testing.T) {
	t.Setenv("ACQUIS_CHROMIUM", filepath.Join(t.TempDir(), "no-such-chromium"))
	if _, err := headless.Find(); !errors.Is(err, headless.ErrNoBrowser) {
		t.Errorf("Find with $ACQUIS_CHROMIUM naming no file: error %v, want one wrapping ErrNoBrowser", err)
	}

	exe, err := os.Executable()
	if err != nil {
		t.Skip(err)
	}
	t.Setenv("ACQUIS_CHROMIUM", exe)
	if got, err := headless.Find(); got != exe || err != nil {
		t.Errorf("Find with $ACQUIS_CHROMIUM=%s = %q, %v; want it", exe, got, err)
	}
}
