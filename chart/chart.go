package chart

import (
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/acquis-eu/acquis"
	"github.com/acquis-eu/acquis/internal/svg"
	"github.com/acquis-eu/acquis/vote"
)

// Options adjust a picture. A nil *Options draws it with its defaults.
type Options struct {
	// ID names the picture's title and description elements, which must be
	// unique in a page that holds several pictures inline. The default is
	// the picture's kind: "hemicycle", "rollcall", "council", "listings" or
	// "timeline".
	ID string
	// Title replaces the picture's own title.
	Title string
}

func (o *Options) id(kind string) string {
	if o == nil || o.ID == "" {
		return kind
	}
	return o.ID
}

func (o *Options) title(def string) string {
	if o == nil || o.Title == "" {
		return def
	}
	return o.Title
}

// The palette: the colour-blind-safe colours of Okabe and Ito, "Color
// Universal Design" (2002, revised 2008), chosen so that no two positions
// differ by hue alone between red and green. Colour is never the only
// carrier of meaning: every coloured mark has a title, and every legend
// entry its words and counts.
const (
	blue       = "#0072B2"
	vermillion = "#D55E00"
	orange     = "#E69F00"
	sky        = "#56B4E9"
	green      = "#009E73"
	purple     = "#CC79A7"
	yellow     = "#F0E442"
	grey       = "#9E9E9E"
	light      = "#E0E0E0"
	ink        = "#222222"
	muted      = "#555555"
)

// font is the font every picture's text uses: the reader's sans-serif, so
// that a page needs no font from the network.
var font = svg.A("font-family", "sans-serif")

// positionColour is the fill of a vote position.
func positionColour(p vote.Choice) string {
	switch p {
	case vote.For:
		return blue
	case vote.Against:
		return vermillion
	case vote.Abstain:
		return orange
	case vote.DidNotVote, vote.NotParticipating:
		return grey
	}
	return light
}

// positionWords names a position in a legend.
func positionWords(p vote.Choice) string {
	switch p {
	case vote.For:
		return "for"
	case vote.Against:
		return "against"
	case vote.Abstain:
		return "abstained"
	case vote.DidNotVote:
		return "did not vote"
	case vote.NotParticipating:
		return "not taking part"
	}
	return p.String()
}

// write writes d to w, naming the picture in an error.
func write(w io.Writer, kind string, d *svg.Doc) error {
	var b bytes.Buffer
	if _, err := d.WriteTo(&b); err != nil {
		return fmt.Errorf("chart: %s: %w", kind, err)
	}
	if _, err := w.Write(b.Bytes()); err != nil {
		return fmt.Errorf("chart: writing %s: %w", kind, err)
	}
	return nil
}

// legendItem writes a swatch and its words at (x, y), the baseline of the
// words, and returns the x after them.
func legendItem(d *svg.Doc, x, y float64, fill, stroke, words string) float64 {
	attrs := []svg.Attr{}
	if stroke != "" {
		attrs = append(attrs, svg.A("stroke", stroke))
	}
	d.Rect(x, y-10, 12, 12, fill, "", attrs...)
	d.Text(x+17, y, words, font, svg.A("font-size", "13"), svg.A("fill", ink))
	return x + 17 + textWidth(words, 13) + 18
}

// textWidth estimates the width of s in a sans-serif font of the given
// size: wide enough to keep labels apart, not a measurement.
func textWidth(s string, size float64) float64 {
	return float64(utf8.RuneCountInString(s)) * size * 0.56
}

// day writes d as "17 Sep 2020".
func day(d acquis.Date) string {
	return fmt.Sprintf("%d %s %d", d.Day(), d.Month().String()[:3], d.Year())
}

// timeScale maps the days [from, until) onto [x0, x0+width).
type timeScale struct {
	from, until acquis.Date
	x0, width   float64
}

// x returns the left edge of day d.
func (s timeScale) x(d acquis.Date) float64 {
	if !d.IsValid() || d.After(s.until) {
		d = s.until
	}
	if d.Before(s.from) {
		d = s.from
	}
	return s.x0 + s.width*float64(d.Sub(s.from))/float64(s.until.Sub(s.from))
}

// ticks returns the days the axis labels: the first of each month when
// the span is short enough for them to be read, else of each quarter or
// year.
func (s timeScale) ticks() (days []acquis.Date, label func(acquis.Date) string) {
	months := (s.until.Year()-s.from.Year())*12 + int(s.until.Month()) - int(s.from.Month())
	step := 1
	label = func(d acquis.Date) string { return d.Month().String()[:3] + " " + strconv.Itoa(d.Year()) }
	switch {
	case months > 48:
		step = 12
		label = func(d acquis.Date) string { return strconv.Itoa(d.Year()) }
	case months > 12:
		step = 3
	}
	first, _ := acquis.DateFrom(s.from.Year(), s.from.Month(), 1)
	if first.Before(s.from) {
		first = first.AddMonths(1)
	}
	if step == 12 && first.Month() != 1 {
		first, _ = acquis.DateFrom(first.Year()+1, 1, 1)
	}
	if step == 3 {
		for (first.Month()-1)%3 != 0 {
			first = first.AddMonths(1)
		}
	}
	for d := first; d.IsValid() && d.Before(s.until); d = d.AddMonths(step) {
		days = append(days, d)
	}
	return days, label
}

// axis draws the time axis at y, with grid lines up to top.
func (s timeScale) axis(d *svg.Doc, top, y float64) {
	d.Group("", svg.A("class", "axis"))
	d.Line(s.x0, y, s.x0+s.width, y, muted)
	days, label := s.ticks()
	for _, t := range days {
		x := s.x(t)
		d.Line(x, top, x, y, light)
		d.Line(x, y, x, y+5, muted)
		d.Text(x, y+18, label(t), font, svg.A("font-size", "11"), svg.A("fill", muted), svg.A("text-anchor", "middle"))
	}
	d.End()
}

// lanes places labels of the given widths at the given x positions in as
// few lanes as keep them apart, and returns each label's lane.
func lanes(xs, widths []float64) []int {
	var ends []float64
	out := make([]int, len(xs))
	for i, x := range xs {
		lane := -1
		for j, end := range ends {
			if x >= end {
				lane = j
				break
			}
		}
		if lane < 0 {
			lane = len(ends)
			ends = append(ends, 0)
		}
		ends[lane] = x + widths[i] + 6
		out[i] = lane
	}
	return out
}

// wrap breaks s into lines no wider than width at the given font size,
// between words.
func wrap(s string, size, width float64) []string {
	var lines []string
	var line string
	for _, w := range strings.Fields(s) {
		if line != "" && textWidth(line+" "+w, size) > width {
			lines = append(lines, line)
			line = w
			continue
		}
		if line != "" {
			line += " "
		}
		line += w
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}

// para writes s from (x, y) in lines no wider than width, and returns the
// baseline of the next line.
func para(d *svg.Doc, x, y float64, s string, size, width float64, fill string) float64 {
	for _, l := range wrap(s, size, width) {
		d.Text(x, y, l, font, svg.A("font-size", svg.Num(size)), svg.A("fill", fill))
		y += size * 1.45
	}
	return y
}
