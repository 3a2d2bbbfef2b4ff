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

// Options adjust a picture, the SVG document a function of this package
// writes: the ids of its title and description, and its title. A nil
// *Options draws it with its defaults.
type Options struct {
	// ID names the picture's title and description elements, which must be
	// unique in a page that holds several pictures inline. The default is
	// the picture's kind: "hemicycle", "rollcall", "council", "listings" or
	// "timeline".
	ID string
	// Title replaces the picture's own title. A title wider than the
	// picture wraps.
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

// A label is a line of text placed in a picture: its anchor point, where
// y is the baseline, its words, its font size and its anchor ("start",
// "middle" or "end"; "" is start and writes no attribute). The layout of
// each picture places its labels; drawing writes them with their style.
type label struct {
	x, y   float64
	text   string
	size   float64
	anchor string
}

// box returns the extent of l as textWidth estimates it: its left and
// right edges, and the top of its capitals and the bottom of its
// descenders.
func (l label) box() (left, right, top, bottom float64) {
	w := textWidth(l.text, l.size)
	switch l.anchor {
	case "middle":
		left = l.x - w/2
	case "end":
		left = l.x - w
	default:
		left = l.x
	}
	return left, left + w, l.y - 0.75*l.size, l.y + 0.25*l.size
}

// headingLines lays out a picture's title, bold at the given size,
// centred in a picture of the given width from the baseline y, in lines
// no wider than the picture (as textWidth estimates them, which errs
// wide), so that a long title (a regime's full name, or one given in
// Options) stays in the picture. It returns the lines and how far the
// lines after the first move down what comes after the title.
func headingLines(title string, size, width, y float64) ([]label, float64) {
	lines := wrap(title, size, width)
	if len(lines) == 0 {
		lines = []string{title}
	}
	var out []label
	for i, l := range lines {
		out = append(out, label{x: width / 2, y: y + 1.25*size*float64(i), text: l, size: size, anchor: "middle"})
	}
	return out, 1.25 * size * float64(len(lines)-1)
}

// drawHeading writes the lines of a title.
func drawHeading(d *svg.Doc, lines []label) {
	for _, l := range lines {
		text(d, l, svg.A("font-weight", "bold"), svg.A("fill", ink), l.anchorAttr())
	}
}

// within returns l moved right or left, the least that puts it between
// x = lo and x = hi, if it is not already.
func (l label) within(lo, hi float64) label {
	left, right, _, _ := l.box()
	switch {
	case right > hi:
		l.x -= right - hi
	case left < lo:
		l.x += lo - left
	}
	return l
}

// overlaps reports whether the boxes of l and m overlap.
func (l label) overlaps(m label) bool {
	ll, lr, lt, lb := l.box()
	ml, mr, mt, mb := m.box()
	return ll < mr && ml < lr && lt < mb && mt < lb
}

// text writes l with the font, its size, and then attrs, which give its
// colour, weight and anchor in the order the picture writes them.
func text(d *svg.Doc, l label, attrs ...svg.Attr) {
	d.Text(l.x, l.y, l.text, append([]svg.Attr{font, fontSize(l.size)}, attrs...)...)
}

// fontSize is the font-size attribute of a size, without formatting the
// sizes the pictures use.
func fontSize(size float64) svg.Attr {
	switch size {
	case 10:
		return svg.A("font-size", "10")
	case 11:
		return svg.A("font-size", "11")
	case 12:
		return svg.A("font-size", "12")
	case 13:
		return svg.A("font-size", "13")
	}
	return svg.A("font-size", svg.Num(size))
}

// anchor is the text-anchor attribute of l.
func (l label) anchorAttr() svg.Attr { return svg.A("text-anchor", l.anchor) }

// A swatch is one entry of a legend: a square of colour at (x, y-10),
// outlined when stroke is not empty, and its words.
type swatch struct {
	x, y         float64
	fill, stroke string
	words        label
}

// legendRow places swatches from (x, y), the baseline of their words, one
// after another, and returns them with the x after the last.
func legendRow(x, y float64, items ...swatch) ([]swatch, float64) {
	for i := range items {
		items[i].x, items[i].y = x, y
		items[i].words = label{x: x + 17, y: y, text: items[i].words.text, size: 13}
		x += 17 + textWidth(items[i].words.text, 13) + 18
	}
	return items, x
}

// entry returns a swatch of the given colours and words, for legendRow to
// place.
func entry(fill, stroke, words string) swatch {
	return swatch{fill: fill, stroke: stroke, words: label{text: words}}
}

// drawSwatch writes s.
func drawSwatch(d *svg.Doc, s swatch) {
	attrs := []svg.Attr{}
	if s.stroke != "" {
		attrs = append(attrs, svg.A("stroke", s.stroke))
	}
	d.Rect(s.x, s.y-10, 12, 12, s.fill, "", attrs...)
	text(d, s.words, svg.A("fill", ink))
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

// An axis is the layout of a time axis: its line from x0 to x1 at y, and
// for each tick a grid line from top and a label under the axis.
type axis struct {
	x0, x1, y, top float64
	ticks          []label
}

// axis lays out the time axis at y, with grid lines up to top.
func (s timeScale) axis(top, y float64) axis {
	days, name := s.ticks()
	a := axis{x0: s.x0, x1: s.x0 + s.width, y: y, top: top}
	for _, t := range days {
		a.ticks = append(a.ticks, label{x: s.x(t), y: y + 18, text: name(t), size: 11, anchor: "middle"})
	}
	return a
}

// draw writes the axis.
func (a axis) draw(d *svg.Doc) {
	d.Group("", svg.A("class", "axis"))
	d.Line(a.x0, a.y, a.x1, a.y, muted)
	for _, t := range a.ticks {
		d.Line(t.x, a.top, t.x, a.y, light)
		d.Line(t.x, a.y, t.x, a.y+5, muted)
		text(d, t, svg.A("fill", muted), t.anchorAttr())
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
	words := strings.Fields(s)
	first, runes := 0, 0 // the first word of the line, and the line's runes
	for i, w := range words {
		n := utf8.RuneCountInString(w)
		if i > first && float64(runes+1+n)*size*0.56 > width { // textWidth of the line with w
			lines = append(lines, strings.Join(words[first:i], " "))
			first, runes = i, n
			continue
		}
		if i > first {
			runes++
		}
		runes += n
	}
	if first < len(words) {
		lines = append(lines, strings.Join(words[first:], " "))
	}
	return lines
}

// para places s from (x, y) in lines no wider than width, and returns
// the lines and the baseline of the next line.
func para(x, y float64, s string, size, width float64) ([]label, float64) {
	var ls []label
	for _, l := range wrap(s, size, width) {
		ls = append(ls, label{x: x, y: y, text: l, size: size})
		y += size * 1.45
	}
	return ls, y
}
