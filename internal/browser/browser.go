// Package browser renders a local file, an HTML page or an SVG picture, in
// headless Chromium to a PNG, and records every network request the page
// made. The tests of the example programs use it to check that a generated,
// self-contained page renders, is not blank, has the expected size and
// fetches nothing; the README generator uses it to make PNG copies of
// pictures.
//
// Render runs Chromium once per file, as a command: it loads the file as a
// file:// URL in a window of the asked size and exits after writing a
// screenshot (the --screenshot switch). A fresh profile in a temporary
// directory, removed afterwards, keeps runs independent of each other and of
// the user's own profile.
//
// The proof that a page made no network request comes from a recording proxy.
// Render serves HTTP on a free port of 127.0.0.1, in process, and starts
// Chromium with that server as its proxy for every URL, loopback included
// (--proxy-server and --proxy-bypass-list=<-loopback>). The server records
// each request it receives, a CONNECT for https and wss or the full URL for
// http and ws, and answers 502 Bad Gateway without forwarding anything, so a
// page can reach no host, not even the local one, and every attempt is
// seen. Loading a file:// URL, and anything the page reads from files, does
// not go through a proxy, so a self-contained page leaves the record empty.
// The two paths that a page could take around an HTTP proxy are closed: QUIC
// (--disable-quic) and WebRTC's UDP, such as a STUN request
// (--webrtc-ip-handling-policy=disable_non_proxied_udp). Chromium leaves
// the resolution of host names to the proxy, so a page's host names are not
// looked up in the DNS either, not even for <link rel="dns-prefetch">.
//
// Chromium makes requests of its own, which would pollute the record; the
// switches that Render passes turn them off. Most have a switch of their own
// (--disable-background-networking, --disable-component-update, ...); four
// need --disable-features: NetworkTimeServiceQuerying (a GET of
// clients2.google.com/time at startup), AimServerRequestOnStartupEnabled (a
// request to www.google.com/async/folae), PreconnectToSearch (preconnections
// to www.google.com) and OptimizationHints (the optimisation guide's
// GetModels, a few seconds in). Two requests have no switch that turns them
// off: the sign-in service lists the Google accounts of the cookie jar
// (ListAccounts on accounts.google.com) shortly after startup, and Google
// Cloud Messaging checks in (android.clients.google.com) about three seconds
// in. Render points them, with --gaia-url and --gcm-checkin-url, at host
// names under the reserved .invalid domain that no page would use, and the
// record leaves out requests to those two names only. A page's own request
// to accounts.google.com is thus still recorded.
//
// Chromium takes the screenshot once the page has loaded and then run for 5
// seconds of virtual time (--virtual-time-budget), in which timers fire
// without real waiting: a page that draws from a timer is drawn, at no
// measurable cost for a page that has none. CSS animations run in real time,
// and are caught wherever they are.
package browser

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"image"
	"image/png"
	"io"
	"log"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"
)

// ErrNoBrowser reports that Find found no Chromium.
var ErrNoBrowser = errors.New("browser: no Chromium found")

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
	// Requests lists every network request the page made, in the order
	// the recording proxy received them, as "METHOD URL" for http and ws
	// ("GET http://example.org/x.png") and "CONNECT host:port" for https
	// and wss ("CONNECT example.org:443"). It is empty for a
	// self-contained page. Chromium's own requests are not in it: see the
	// package documentation.
	Requests []string
}

// The host names to which Render points the requests Chromium makes of its
// own accord and that no switch turns off; the record leaves them out.
const (
	gaiaHost = "chromium-gaia.invalid"
	gcmHost  = "chromium-gcm.invalid"
)

// disabledFeatures lists the Chromium features that make requests of their
// own, which Render turns off; see the package documentation.
var disabledFeatures = []string{
	"NetworkTimeServiceQuerying",
	"AimServerRequestOnStartupEnabled",
	"PreconnectToSearch",
	"OptimizationHints",
}

// virtualTime is how long, in virtual milliseconds, Chromium lets the page
// run before it takes the screenshot.
const virtualTime = 5000

// maxSide is the largest width or height Render accepts, in pixels.
const maxSide = 16384

// Render opens the file at path (made absolute, loaded as a file:// URL) in
// headless Chromium with a viewport of width × height CSS pixels at device
// scale factor 1, and returns its screenshot and the requests it made. A
// page longer or wider than the viewport is cut at the viewport. chromium is
// the binary to run, as Find returns it. ctx bounds the whole run: Chromium
// is killed when ctx is done.
//
// Render returns an error if path is not a regular file, if Chromium fails
// or writes no screenshot, in which case the error ends with the last lines
// of Chromium's output, or if the screenshot is not width × height pixels.
func Render(ctx context.Context, chromium, path string, width, height int) (*Shot, error) {
	shot, err := render(ctx, chromium, path, width, height)
	if err != nil {
		return nil, fmt.Errorf("browser: render %s: %w", path, err)
	}
	return shot, nil
}

func render(ctx context.Context, chromium, path string, width, height int) (*Shot, error) {
	if width < 1 || height < 1 || width > maxSide || height > maxSide {
		return nil, fmt.Errorf("size %d×%d out of range 1 to %d", width, height, maxSide)
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, err
	}
	// Chromium shows an error page, and exits with success, for a file it
	// cannot read: check first.
	info, err := os.Stat(abs)
	if err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() {
		return nil, errors.New("not a regular file")
	}

	dir, err := os.MkdirTemp("", "acquis-browser-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	home := filepath.Join(dir, "home")
	if err := os.Mkdir(home, 0o700); err != nil {
		return nil, err
	}
	logPath := filepath.Join(dir, "chromium.log")
	logFile, err := os.Create(logPath)
	if err != nil {
		return nil, err
	}
	defer logFile.Close()
	shotPath := filepath.Join(dir, "screenshot.png")

	rec, err := startRecorder()
	if err != nil {
		return nil, err
	}
	defer rec.close()

	cmd := exec.CommandContext(ctx, chromium,
		flags(rec.addr, filepath.Join(dir, "profile"), shotPath, width, height, fileURL(abs))...)
	// Standard output and error go to a file rather than a pipe, so that
	// Wait does not wait on a helper process that keeps them open.
	cmd.Stdout = logFile
	cmd.Stderr = logFile
	// A home of its own keeps Chromium's files (such as its crash report
	// database and NSS store) out of the user's home.
	cmd.Env = append(os.Environ(),
		"HOME="+home,
		"XDG_CONFIG_HOME="+filepath.Join(home, ".config"),
		"XDG_CACHE_HOME="+filepath.Join(home, ".cache"),
	)
	cmd.WaitDelay = 5 * time.Second
	runErr := cmd.Run()
	requests := rec.close()

	if ctx.Err() != nil {
		return nil, fmt.Errorf("%w%s", ctx.Err(), tail(logPath))
	}
	if runErr != nil {
		return nil, fmt.Errorf("%s: %w%s", chromium, runErr, tail(logPath))
	}
	data, err := os.ReadFile(shotPath)
	if err != nil {
		return nil, fmt.Errorf("%s wrote no screenshot%s", chromium, tail(logPath))
	}
	cfg, err := png.DecodeConfig(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("screenshot: %w", err)
	}
	if cfg.Width != width || cfg.Height != height {
		return nil, fmt.Errorf("screenshot is %d×%d pixels, want %d×%d",
			cfg.Width, cfg.Height, width, height)
	}
	return &Shot{PNG: data, Requests: requests}, nil
}

// flags returns Chromium's command line arguments, without the binary.
func flags(proxy, profile, shot string, width, height int, pageURL string) []string {
	return []string{
		"--headless=new",
		"--no-sandbox", // Chromium refuses to run as root with its sandbox
		"--disable-gpu",
		"--disable-quic", // QUIC is UDP, which an HTTP proxy does not carry
		"--webrtc-ip-handling-policy=disable_non_proxied_udp",
		"--no-first-run",
		"--no-default-browser-check",
		"--disable-background-networking",
		"--disable-component-update",
		"--disable-sync",
		"--disable-default-apps",
		"--disable-extensions",
		"--metrics-recording-only",
		"--disable-domain-reliability",
		"--disable-client-side-phishing-detection",
		"--safebrowsing-disable-auto-update",
		"--disable-features=" + strings.Join(disabledFeatures, ","),
		"--gaia-url=http://" + gaiaHost,
		"--gcm-checkin-url=http://" + gcmHost + "/checkin",
		"--proxy-server=http://" + proxy,
		"--proxy-bypass-list=<-loopback>",
		"--hide-scrollbars",
		"--force-device-scale-factor=1",
		"--force-color-profile=srgb",
		"--window-size=" + strconv.Itoa(width) + "," + strconv.Itoa(height),
		"--virtual-time-budget=" + strconv.Itoa(virtualTime),
		"--user-data-dir=" + profile,
		"--screenshot=" + shot,
		pageURL,
	}
}

// fileURL returns the file:// URL of the absolute path abs.
func fileURL(abs string) string {
	p := filepath.ToSlash(abs)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // a Windows path such as C:/x
	}
	return (&url.URL{Scheme: "file", Path: p}).String()
}

// tailLines is how many of the last lines of Chromium's output an error
// quotes.
const tailLines = 10

// tail returns the last lines of Chromium's output in the file at path, each
// on a line of its own and indented, for the end of an error message. It
// leaves out empty lines and the D-Bus complaints of a machine without a
// desktop session, which say nothing about the failure.
func tail(path string) string {
	data, err := os.ReadFile(path)
	if err != nil {
		return ""
	}
	var lines []string
	for line := range strings.Lines(string(data)) {
		line = strings.TrimRight(line, "\r\n")
		if strings.TrimSpace(line) == "" || strings.Contains(line, "dbus/") {
			continue
		}
		lines = append(lines, line)
	}
	if len(lines) == 0 {
		return ""
	}
	lines = lines[max(0, len(lines)-tailLines):]
	return "; Chromium's last output:\n\t" + strings.Join(lines, "\n\t")
}

// A recorder is an HTTP proxy that forwards nothing: it records every
// request it receives and answers 502 Bad Gateway.
type recorder struct {
	addr string // host:port it listens on
	srv  *http.Server

	mu       sync.Mutex
	requests []string
	closed   bool
}

// startRecorder starts a recorder on a free port of 127.0.0.1.
func startRecorder() (*recorder, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("recording proxy: %w", err)
	}
	r := &recorder{addr: ln.Addr().String()}
	r.srv = &http.Server{
		Handler:           r,
		ReadHeaderTimeout: 10 * time.Second,
		ErrorLog:          log.New(io.Discard, "", 0),
	}
	go r.srv.Serve(ln)
	return r, nil
}

// ServeHTTP records req, unless it is one of Chromium's own requests
// pointed at a reserved host, and refuses it.
func (r *recorder) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	host, line := describe(req)
	if host != gaiaHost && host != gcmHost {
		r.mu.Lock()
		r.requests = append(r.requests, line)
		r.mu.Unlock()
	}
	w.Header().Set("Connection", "close")
	http.Error(w, "browser: the recording proxy forwards nothing", http.StatusBadGateway)
}

// describe returns the host that req is for and the line that records it.
func describe(req *http.Request) (host, line string) {
	if req.Method == http.MethodConnect {
		// The request target of a CONNECT is host:port.
		host = req.Host
		if h, _, err := net.SplitHostPort(host); err == nil {
			host = h
		}
		return host, req.Method + " " + req.Host
	}
	u := *req.URL
	if !u.IsAbs() {
		// Not a proxy request: a request for the proxy itself.
		u.Scheme = "http"
		u.Host = req.Host
	}
	return u.Hostname(), req.Method + " " + u.String()
}

// close stops the recorder, waiting a little for requests being handled,
// and returns the requests recorded. Later calls return the same.
func (r *recorder) close() []string {
	r.mu.Lock()
	closed := r.closed
	r.closed = true
	r.mu.Unlock()
	if !closed {
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		r.srv.Shutdown(ctx)
		cancel()
		r.srv.Close()
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]string(nil), r.requests...)
}

// Ink reports the share of the pixels of a PNG image that differ from its
// top-left pixel, taken for the background, and the image's size. A blank
// page has no ink; a share near 1 means the background is not the colour of
// the top-left corner. Ink returns an error if png is not a PNG image.
func Ink(png []byte) (share float64, width, height int, err error) {
	img, err := decodePNG(png)
	if err != nil {
		return 0, 0, 0, fmt.Errorf("browser: ink: %w", err)
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
