// Package headless renders a local file, an HTML page or an SVG picture,
// in headless Chromium to a PNG, and records every request the page itself
// made. The tests of the example programs and of package chart use it to
// check that a generated, self-contained page or picture renders, is not
// blank, has the expected size and fetches nothing; the picture generator,
// cmd/pictures, uses it to make PNG copies of pictures.
//
// # One browser, one tab a page
//
// Start runs one Chromium, headless, and drives it through the DevTools
// protocol (with github.com/chromedp/chromedp). Render opens each file in a
// tab of its own, as a file:// URL in a viewport of the asked size at device
// scale factor 1, lets it run for 5 seconds of virtual time, in which timers
// fire without real waiting, and takes a screenshot of the viewport. Tabs
// are independent: several renders may run at once. A fresh profile and
// home in a temporary directory, removed by Close, keep the browser apart
// from the user's own.
//
// # Which requests are the page's
//
// The record of a render is what the browser reports, through the DevTools
// protocol, as the network activity of that page's tab: each request the page
// or its frames make (Network.requestWillBeSent) and each WebSocket or
// WebTransport session it opens, whatever the scheme, whether it succeeds or
// not. A request of the browser's own, such as the component updater's
// update check or the sign-in service, belongs to no tab, so it is never
// counted, whatever a later Chromium adds in the background; no switch has to
// turn it off for the record to be right. The page's own document is not a
// request of the page, nor are data:, blob: and about: URLs, which read
// nothing from outside the page.
//
// The browser is kept from reaching any host all the same: every URL,
// loopback included, goes through a proxy in this process that forwards
// nothing and answers 502 Bad Gateway, and the two ways around an HTTP proxy
// are closed (QUIC with --disable-quic, WebRTC's UDP with
// --webrtc-ip-handling-policy=disable_non_proxied_udp). So a page's request
// fails at once and is recorded, and no host name is looked up in the DNS.
// What leaves no request behind, such as a host name a page asks to resolve
// in advance with <link rel="dns-prefetch">, is not recorded: the static
// check of package standalone (Check) refuses it.
package headless

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"image"
	"image/png"
	"io"
	"iter"
	"log"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// ErrNoBrowser reports that Find found no Chromium.
var ErrNoBrowser = errors.New("headless: no Chromium found")

// names lists the commands that Find looks for in $PATH, in order.
var names = []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"}

// Find returns the path of a Chromium binary: $ACQUIS_CHROMIUM if set, else
// the first of chromium, chromium-browser, google-chrome and
// google-chrome-stable found in $PATH. The error wraps ErrNoBrowser when
// there is none, or when $ACQUIS_CHROMIUM names no executable file.
func Find() (string, error) {
	if v := os.Getenv("ACQUIS_CHROMIUM"); v != "" {
		p, err := exec.LookPath(v)
		if err != nil {
			return "", fmt.Errorf("%w: $ACQUIS_CHROMIUM: %w", ErrNoBrowser, err)
		}
		return p, nil
	}
	for _, name := range names {
		if p, err := exec.LookPath(name); err == nil {
			return p, nil
		}
	}
	return "", fmt.Errorf("%w in $PATH (looked for %s; set $ACQUIS_CHROMIUM to choose one)",
		ErrNoBrowser, strings.Join(names, ", "))
}

// A Shot is what one rendering produced.
type Shot struct {
	// PNG is the screenshot, exactly width × height pixels.
	PNG []byte
	// Requests lists every request the page made, in the order the
	// browser reported them, as "METHOD URL" ("GET
	// http://example.org/x.png", "GET https://example.org/s.css"), or
	// "WebSocket URL" and "WebTransport URL" for those sessions. It is
	// empty for a self-contained page. The browser's own requests are not
	// in it: see the package documentation.
	Requests []string
}

// virtualTime is how long, in virtual milliseconds, a page runs before its
// screenshot is taken.
const virtualTime = 5000

// maxSide is the largest width or height Render accepts, in pixels.
const maxSide = 16384

// A Browser is one headless Chromium, driven through the DevTools protocol.
// Its methods may be called from several goroutines at once.
type Browser struct {
	dir     string             // the temporary home and profile
	sink    *sink              // the proxy that forwards nothing
	ctx     context.Context    // the browser's chromedp context
	cancel  context.CancelFunc // stops the browser
	closeMu sync.Mutex
	closed  bool
}

// Start starts the Chromium at path chromium, as Find returns it, and
// returns it ready for Render. ctx bounds the start only. The caller must
// Close the browser.
func Start(ctx context.Context, chromium string) (*Browser, error) {
	b, err := start(ctx, chromium)
	if err != nil {
		return nil, fmt.Errorf("headless: start %s: %w", chromium, err)
	}
	return b, nil
}

func start(ctx context.Context, chromium string) (*Browser, error) {
	dir, err := os.MkdirTemp("", "acquis-browser-")
	if err != nil {
		return nil, err
	}
	home := filepath.Join(dir, "home")
	if err := os.Mkdir(home, 0o700); err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	s, err := startSink()
	if err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromium),
		chromedp.UserDataDir(filepath.Join(dir, "profile")),
		chromedp.DisableGPU,
		chromedp.ProxyServer("http://"+s.addr),
		chromedp.Flag("proxy-bypass-list", "<-loopback>"),
		chromedp.Flag("disable-quic", true), // QUIC is UDP, which an HTTP proxy does not carry
		chromedp.Flag("webrtc-ip-handling-policy", "disable_non_proxied_udp"),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.Flag("force-device-scale-factor", "1"),
		// A home of its own keeps Chromium's files (such as its crash
		// report database and NSS store) out of the user's home.
		chromedp.Env("HOME="+home,
			"XDG_CONFIG_HOME="+filepath.Join(home, ".config"),
			"XDG_CACHE_HOME="+filepath.Join(home, ".cache")),
	)
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	bctx, cancelBrowser := chromedp.NewContext(allocCtx)
	b := &Browser{
		dir:  dir,
		sink: s,
		ctx:  bctx,
		cancel: func() {
			cancelBrowser()
			cancelAlloc()
		},
	}
	// The first Run starts the browser; ctx bounds it.
	stop := context.AfterFunc(ctx, b.cancel)
	err = chromedp.Do(bctx)
	stop()
	if err != nil {
		if ctx.Err() != nil {
			err = ctx.Err()
		}
		b.Close()
		return nil, err
	}
	return b, nil
}

// Close stops the browser and removes its temporary files. Later calls do
// nothing and return nil.
func (b *Browser) Close() error {
	b.closeMu.Lock()
	defer b.closeMu.Unlock()
	if b.closed {
		return nil
	}
	b.closed = true
	err := chromedp.Cancel(b.ctx)
	b.cancel()
	b.sink.close()
	if rmErr := os.RemoveAll(b.dir); err == nil {
		err = rmErr
	}
	if err != nil && !errors.Is(err, context.Canceled) {
		return fmt.Errorf("headless: close: %w", err)
	}
	return nil
}

// Render opens the file at path (made absolute, loaded as a file:// URL) in
// a new tab with a viewport of width × height CSS pixels at device scale
// factor 1, and returns its screenshot and the requests the page made. A
// page longer or wider than the viewport is cut at the viewport. ctx bounds
// the whole render: the tab is closed when ctx is done.
//
// Render returns an error if path is not a regular file, if the browser
// fails, or if the screenshot is not width × height pixels.
func (b *Browser) Render(ctx context.Context, path string, width, height int) (*Shot, error) {
	shot, err := b.render(ctx, path, width, height)
	if err != nil {
		return nil, fmt.Errorf("headless: render %s: %w", path, err)
	}
	return shot, nil
}

func (b *Browser) render(ctx context.Context, path string, width, height int) (*Shot, error) {
	pageURL, err := pageOf(path, width, height)
	if err != nil {
		return nil, err
	}
	tab, closeTab := chromedp.NewContext(b.ctx)
	defer closeTab()
	stop := context.AfterFunc(ctx, closeTab)
	defer stop()

	var rec record
	if err := chromedp.Listen(tab, func(ev any) { rec.note(ev, pageURL) }); err != nil {
		return nil, orDone(ctx, err)
	}
	budget := float64(virtualTime)
	expired := chromedp.Events(tab, emulation.VirtualTimeBudgetExpired)
	err = chromedp.Do(tab,
		chromedp.EmulateViewport(int64(width), int64(height)),
		call(emulation.SetScrollbarsHidden, emulation.SetScrollbarsHiddenParams{Hidden: true}),
		chromedp.Navigate(pageURL),
		call(emulation.SetVirtualTimePolicy, emulation.SetVirtualTimePolicyParams{
			Policy: emulation.VirtualTimePolicyPauseIfNetworkFetchesPending,
			Budget: &budget,
		}),
	)
	if err != nil {
		return nil, orDone(ctx, err)
	}
	if err := first(expired); err != nil {
		return nil, orDone(ctx, err)
	}
	data, err := chromedp.Run(tab, func(ctx context.Context, t *chromedp.Target) ([]byte, error) {
		r, err := cdp.Call(ctx, t, page.CaptureScreenshot, page.CaptureScreenshotParams{
			Format: page.CaptureScreenshotFormatPng,
		})
		if err != nil {
			return nil, err
		}
		return r.Data, nil
	})
	if err != nil {
		return nil, orDone(ctx, err)
	}
	if err := checkSize(data, width, height); err != nil {
		return nil, err
	}
	return &Shot{PNG: data, Requests: rec.requests()}, nil
}

// pageOf returns the file:// URL of the file at path, made absolute, for a
// render at width × height, or an error for a size out of range or a path
// that is not a regular file: Chromium shows an error page, with success,
// for a file it cannot read, so the file is checked first.
func pageOf(path string, width, height int) (string, error) {
	if width < 1 || height < 1 || width > maxSide || height > maxSide {
		return "", fmt.Errorf("size %d×%d out of range 1 to %d", width, height, maxSide)
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", err
	}
	info, err := os.Stat(abs)
	if err != nil {
		return "", err
	}
	if !info.Mode().IsRegular() {
		return "", errors.New("not a regular file")
	}
	return fileURL(abs), nil
}

// checkSize reports an error unless data is a PNG of width × height pixels.
func checkSize(data []byte, width, height int) error {
	cfg, err := png.DecodeConfig(bytes.NewReader(data))
	if err != nil {
		return fmt.Errorf("screenshot: %w", err)
	}
	if cfg.Width != width || cfg.Height != height {
		return fmt.Errorf("screenshot is %d×%d pixels, want %d×%d", cfg.Width, cfg.Height, width, height)
	}
	return nil
}

// first waits for the first event of events, and returns the error that
// ends them before one arrives.
func first[E any](events iter.Seq2[E, error]) error {
	for _, err := range events {
		return err
	}
	return errors.New("the browser closed the tab")
}

// call returns the action that sends the command c with params p and drops
// its result.
func call[P, R any](c cdp.Command[P, R], p P) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, c, p)
		return err
	})
}

// orDone returns ctx's error if ctx is done, as the cause of err, and err
// otherwise.
func orDone(ctx context.Context, err error) error {
	if ctx.Err() != nil {
		return ctx.Err()
	}
	return err
}

// A record collects the requests of one page as the browser reports them.
type record struct {
	mu    sync.Mutex
	seen  bool // the page's own document has been seen
	lines []string
}

// note records ev if it is a request of the page whose document is at
// pageURL.
func (r *record) note(ev any, pageURL string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	var line string
	switch ev := ev.(type) {
	case *network.EventRequestWillBeSent:
		u := ev.Request.URL + ev.Request.URLFragment
		if !r.seen && ev.Type == network.ResourceTypeDocument && sameURL(u, pageURL) {
			r.seen = true
			return
		}
		if local(u) {
			return
		}
		line = ev.Request.Method + " " + u
	case *network.EventWebSocketCreated:
		line = "WebSocket " + ev.URL
	case *network.EventWebTransportCreated:
		line = "WebTransport " + ev.URL
	default:
		return
	}
	r.lines = append(r.lines, line)
}

// requests returns the requests recorded so far.
func (r *record) requests() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]string(nil), r.lines...)
}

// sameURL reports whether a and b are the same URL once parsed, so that
// two spellings of one escape do not differ.
func sameURL(a, b string) bool {
	ua, errA := url.Parse(a)
	ub, errB := url.Parse(b)
	if errA != nil || errB != nil {
		return a == b
	}
	return ua.Scheme == ub.Scheme && ua.Host == ub.Host && ua.Path == ub.Path && ua.RawQuery == ub.RawQuery
}

// local reports whether u is a URL that reads nothing from outside the
// page: a data:, blob: or about: URL.
func local(u string) bool {
	scheme, _, ok := strings.Cut(u, ":")
	if !ok {
		return false
	}
	switch strings.ToLower(scheme) {
	case "data", "blob", "about":
		return true
	}
	return false
}

// fileURL returns the file:// URL of the absolute path abs.
func fileURL(abs string) string {
	p := filepath.ToSlash(abs)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // a Windows path such as C:/x
	}
	return (&url.URL{Scheme: "file", Path: p}).String()
}

// A sink is an HTTP proxy that forwards nothing: it answers every request
// with 502 Bad Gateway.
type sink struct {
	addr string // host:port it listens on
	srv  *http.Server
}

// startSink starts a sink on a free port of 127.0.0.1.
func startSink() (*sink, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("proxy: %w", err)
	}
	s := &sink{
		addr: ln.Addr().String(),
		srv: &http.Server{
			Handler: http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
				w.Header().Set("Connection", "close")
				http.Error(w, "headless: the proxy forwards nothing", http.StatusBadGateway)
			}),
			ReadHeaderTimeout: 10 * time.Second,
			ErrorLog:          log.New(io.Discard, "", 0),
		},
	}
	go s.srv.Serve(ln)
	return s, nil
}

// close stops the sink.
func (s *sink) close() {
	s.srv.Close()
}

// Ink reports the share of the pixels of a PNG image that differ from its
// top-left pixel, taken for the background, and the image's size. A blank
// page has no ink; a share near 1 means the background is not the colour of
// the top-left corner. Ink returns an error if png is not a PNG image.
func Ink(png []byte) (share float64, width, height int, err error) {
	img, err := decodePNG(png)
	if err != nil {
		return 0, 0, 0, fmt.Errorf("headless: ink: %w", err)
	}
	b := img.Bounds()
	width, height = b.Dx(), b.Dy()
	if width == 0 || height == 0 {
		return 0, width, height, nil
	}
	var n int
	if rgba, ok := img.(*image.RGBA); ok {
		// The common case, and Chromium's: compare bytes.
		first := rgba.PixOffset(b.Min.X, b.Min.Y)
		bg := rgba.Pix[first : first+4]
		for y := range height {
			i := first + y*rgba.Stride
			row := rgba.Pix[i : i+4*width]
			for x := 0; x < len(row); x += 4 {
				if !bytes.Equal(row[x:x+4], bg) {
					n++
				}
			}
		}
	} else {
		br, bg, bb, ba := img.At(b.Min.X, b.Min.Y).RGBA()
		for y := b.Min.Y; y < b.Max.Y; y++ {
			for x := b.Min.X; x < b.Max.X; x++ {
				r, g, bl, a := img.At(x, y).RGBA()
				if r != br || g != bg || bl != bb || a != ba {
					n++
				}
			}
		}
	}
	return float64(n) / float64(width*height), width, height, nil
}

// decodePNG decodes a PNG image; it is png.Decode under another name, as
// Ink's parameter hides the package.
func decodePNG(data []byte) (image.Image, error) {
	return png.Decode(bytes.NewReader(data))
}
