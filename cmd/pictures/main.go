// Command pictures draws the pictures of the README's tour and renders
// them, with the two story pages and the page of every other case of the
// record of recognition, to PNG in headless Chromium. It is the
// repository's own tool, run from the root of a clone after a change that
// shows in a picture:
//
//	go run ./cmd/pictures [-out docs/pictures]
//
// Each picture comes from package chart, drawn from the library's own
// data; each page from the example that writes it (go run
// ./examples/belarus2020 -html, ./examples/venezuela2019 -html, and
// ./examples/recognition -case ID -html on the day up to which the case
// was checked). The PNG
// files are copies for readers of the README: the SVG output itself is
// kept stable by the golden tests of package chart and of the examples.
// It needs Chromium (Debian's chromium package); set ACQUIS_CHROMIUM to use
// another binary.
//
// Exit status: 0 on success, 1 on failure, 2 for a usage error.
package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/acquis-eu/acquis"
	"github.com/acquis-eu/acquis/chart"
	"github.com/acquis-eu/acquis/internal/command"
	"github.com/acquis-eu/acquis/internal/headless"
	"github.com/acquis-eu/acquis/recognition"
	"github.com/acquis-eu/acquis/sanctions"
	"github.com/acquis-eu/acquis/vote"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("pictures", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("out", "docs/pictures", "the `directory` to write the PNG files to")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: go run ./cmd/pictures [-out DIR]\n\nDraws the README's pictures and renders them and the story pages to PNG.\n\n")
		fs.PrintDefaults()
	}
	if status, ok := command.Parse(fs, args, 0); !ok {
		return status
	}
	chromium, err := headless.Find()
	if err != nil {
		return command.Fail(stderr, "pictures", err)
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		return command.Fail(stderr, "pictures", err)
	}
	tmp, err := os.MkdirTemp("", "acquis-pictures")
	if err != nil {
		return command.Fail(stderr, "pictures", err)
	}
	defer os.RemoveAll(tmp)

	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	br, err := headless.Start(ctx, chromium)
	if err != nil {
		return command.Fail(stderr, "pictures", err)
	}
	defer br.Close()
	for _, p := range pictures() {
		if err := p.render(ctx, br, tmp, *out, stdout); err != nil {
			return command.Fail(stderr, "pictures", fmt.Errorf("%s: %w", p.name, err))
		}
	}
	for _, p := range pages() {
		if err := p.render(ctx, br, tmp, *out, stdout, stderr); err != nil {
			return command.Fail(stderr, "pictures", err)
		}
	}
	return 0
}

// A page is an example's HTML page, rendered to name.png.
type page struct {
	name string
	args []string // go run's arguments, -html FILE excepted
}

// stories are the examples that tell a case as a story of their own.
var stories = []string{"belarus2020", "venezuela2019"}

// pages returns the story pages and, for every other case of the record,
// the page of examples/recognition on the day up to which it was checked.
func pages() []page {
	var ps []page
	for _, s := range stories {
		ps = append(ps, page{s + "-page", []string{"./examples/" + s}})
	}
	for ds := range recognition.Datasets() {
		if !slices.Contains(stories, ds.ID) {
			ps = append(ps, page{"recognition-" + ds.ID + "-page", []string{"./examples/recognition", "-case", ds.ID}})
		}
	}
	return ps
}

// render draws p to an SVG file in tmp and renders it in br to the PNG
// file out/name.png, at the picture's own size.
func (p picture) render(ctx context.Context, br *headless.Browser, tmp, out string, stdout io.Writer) error {
	var b bytes.Buffer
	if err := p.draw(&b); err != nil {
		return err
	}
	w, h, err := size(b.Bytes())
	if err != nil {
		return err
	}
	svg := filepath.Join(tmp, p.name+".svg")
	if err := os.WriteFile(svg, b.Bytes(), 0o644); err != nil {
		return err
	}
	return shoot(ctx, br, svg, filepath.Join(out, p.name+".png"), w, h, false, stdout)
}

// render writes the page to tmp with go run ARGS -html and renders it in
// br to the PNG file out/name.png, 900 pixels wide, trimmed below its last
// line.
func (p page) render(ctx context.Context, br *headless.Browser, tmp, out string, stdout, stderr io.Writer) error {
	html := filepath.Join(tmp, p.name+".html")
	cmd := exec.CommandContext(ctx, "go", slices.Concat([]string{"run"}, p.args, []string{"-html", html})...)
	cmd.Stderr = stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("go run %s -html: %w", strings.Join(p.args, " "), err)
	}
	if err := shoot(ctx, br, html, filepath.Join(out, p.name+".png"), 900, 12000, true, stdout); err != nil {
		return fmt.Errorf("%s: %w", p.name, err)
	}
	return nil
}

// A picture is one of the README's pictures, drawn from the library.
type picture struct {
	name string
	draw func(io.Writer) error
}

func pictures() []picture {
	d := acquis.MustParseDate
	return []picture{
		{"hemicycle-belarus2020", func(w io.Writer) error {
			// The European Parliament's resolution of 17 September 2020
			// on Belarus, as examples/belarus2020 tells it.
			p, err := vote.ParliamentOn(d("2020-09-17"))
			if err != nil {
				return err
			}
			r, err := p.Decide(vote.VotesCast, vote.Tally{For: 574, Against: 37, Abstain: 82, DidNotVote: 12})
			if err != nil {
				return err
			}
			return chart.Hemicycle(w, r, nil)
		}},
		{"council-nature-restoration", func(w io.Writer) error {
			// The Council's vote on the nature restoration regulation of
			// 17 June 2024 (vote.ExampleCouncil_Decide): six members
			// against, Belgium abstaining.
			c, err := vote.CouncilOn(d("2024-06-17"))
			if err != nil {
				return err
			}
			b := c.Ballot(vote.For)
			b.Set(acquis.BE, vote.Abstain)
			for _, m := range []acquis.Member{acquis.IT, acquis.HU, acquis.NL, acquis.PL, acquis.FI, acquis.SE} {
				b.Set(m, vote.Against)
			}
			return chart.Council(w, c, vote.QualifiedMajority, b, nil)
		}},
		{"listings-belarus2020", func(w io.Writer) error {
			return chart.Listings(w, sanctions.Belarus2020(), "BLR", d("2020-08-01"), d("2021-04-01"), nil)
		}},
		{"timeline-belarus2020", func(w io.Writer) error {
			return chart.Timeline(w, recognition.Belarus2020(), "lukashenka", d("2020-08-01"), d("2021-01-01"), nil)
		}},
		{"timeline-guaido", func(w io.Writer) error {
			return chart.Timeline(w, recognition.Venezuela2019(), "guaido", d("2019-01-01"), d("2023-07-01"), nil)
		}},
	}
}

var svgSize = regexp.MustCompile(`^<svg [^>]*width="([0-9.]+)" height="([0-9.]+)"`)

// size reads the width and height of an SVG document of package chart.
func size(svg []byte) (w, h int, err error) {
	m := svgSize.FindSubmatch(svg)
	if m == nil {
		return 0, 0, fmt.Errorf("no width and height in the svg element")
	}
	fw, _ := strconv.ParseFloat(string(m[1]), 64)
	fh, _ := strconv.ParseFloat(string(m[2]), 64)
	return int(fw + 0.5), int(fh + 0.5), nil
}

// shoot renders file at w×h to the PNG file out, cut below the last row
// drawn when trim is set, and checks that it made no network request.
func shoot(ctx context.Context, br *headless.Browser, file, out string, w, h int, trim bool, stdout io.Writer) error {
	shot, err := br.Render(ctx, file, w, h)
	if err != nil {
		return err
	}
	if len(shot.Requests) > 0 {
		return fmt.Errorf("the page made requests: %q", shot.Requests)
	}
	margin := -1
	if trim {
		margin = 24
	}
	b, err := recode(shot.PNG, margin)
	if err != nil {
		return err
	}
	if err := os.WriteFile(out, b, 0o644); err != nil {
		return err
	}
	ink, pw, ph, err := headless.Ink(b)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "%s\t%d×%d\t%d bytes\t%.1f%% drawn\n", out, pw, ph, len(b), 100*ink)
	return nil
}

// recode writes a screenshot again with the best compression, cut below
// its last row that differs from the top-left pixel, leaving margin rows,
// when margin is not negative.
func recode(b []byte, margin int) ([]byte, error) {
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	r := img.Bounds()
	bg := img.At(r.Min.X, r.Min.Y)
	last := r.Min.Y
	for y := r.Max.Y - 1; y >= r.Min.Y && last == r.Min.Y; y-- {
		for x := r.Min.X; x < r.Max.X; x++ {
			if img.At(x, y) != bg {
				last = y
				break
			}
		}
	}
	bottom := r.Max.Y
	if margin >= 0 {
		bottom = min(r.Max.Y, last+1+margin)
	}
	sub, ok := img.(interface {
		SubImage(image.Rectangle) image.Image
	})
	if !ok {
		return nil, fmt.Errorf("screenshot of type %T cannot be cut", img)
	}
	var out bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestCompression}
	if err := enc.Encode(&out, paletted(sub.SubImage(image.Rect(r.Min.X, r.Min.Y, r.Max.X, bottom)))); err != nil {
		return nil, err
	}
	if out.Len() >= len(b) && margin < 0 {
		return b, nil // Chromium's own file is smaller, and the same picture
	}
	return out.Bytes(), nil
}

// paletted returns img as a paletted image when it uses 256 colours or
// fewer, which is exact and smaller, and img itself otherwise: a palette
// of the commonest colours would redraw a legend's rare swatch in the
// nearest common colour, and a picture must not change its colours.
func paletted(img image.Image) image.Image {
	r := img.Bounds()
	seen := map[color.NRGBA]bool{}
	var pal color.Palette
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			c := color.NRGBAModel.Convert(img.At(x, y)).(color.NRGBA)
			if seen[c] {
				continue
			}
			if len(pal) == 256 {
				return img
			}
			seen[c] = true
			pal = append(pal, c)
		}
	}
	p := image.NewPaletted(r, pal)
	draw.Draw(p, r, img, r.Min, draw.Src)
	return p
}
