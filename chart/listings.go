package chart

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/acquis-eu/acquis"
	"github.com/acquis-eu/acquis/internal/svg"
	"github.com/acquis-eu/acquis/sanctions"
)

// A step is the counts of one series from one day to the next step.
type step struct {
	from acquis.Date
	n    int
}

// Listings writes to w the picture of a sanctions regime's listings over
// time, a step chart of the persons and entities under each measure of
// the regime with the given code over the days [from, until): one panel
// per measure, with the count the acts in force state (List.Stated) as
// solid steps and the count of the entries the List names
// (Listings.Count) as dotted steps, and each act of the regime
// (sanctions.Act) that enters into force in the span as a marker labelled
// with its date and number. A regime that lapses drops to zero on the day after its last
// day, which is marked too.
//
// Listings returns an error for an unknown regime, an empty span or a span
// of more than 100 years, or if w fails.
func Listings(w io.Writer, l *sanctions.List, regime string, from, until acquis.Date, o *Options) error {
	reg, ok := l.Regime(regime)
	if !ok {
		return fmt.Errorf("chart: listings: no regime %q in the list", regime)
	}
	if !from.IsValid() || !until.After(from) || until.Sub(from) > 36525 {
		return fmt.Errorf("chart: listings of %s: the span %v to %v is empty or longer than 100 years", regime, from, until)
	}
	pic, err := layoutListings(l, reg, from, until, o)
	if err != nil {
		return err
	}
	return write(w, "listings", pic.draw(o.id("listings")))
}

// The geometry of a Listings picture: its width, the left edge and width
// of its plots, and the height of a panel and the gap after it.
const listingsWidth, plotX, plotW, panelH, panelGap = 780.0, 60.0, 690.0, 150.0, 40.0

// listingsPicture is the layout of a Listings picture.
type listingsPicture struct {
	width, height float64
	title, desc   string
	heading       []label
	top, bottom   float64 // of the panels
	acts          []actMarker
	lapses        []barMark // each lapse of the regime, and its words
	panels        []panel
	axis          axis
	legend        []legendLine
}

// An actMarker is the acts of a regime that enter into force on one day:
// a line at x from y down to the panels' bottom, and above it the day and
// the acts, one to a line.
type actMarker struct {
	x, y  float64
	lines []label
}

// A panel is one measure's counts: its name, its top, its grid lines of
// zero, half and the top count, and its series.
type panel struct {
	name   label
	y      float64
	grid   []gridLine
	series []stepSeries
}

// A gridLine is a line across a panel at y, and its value at its left.
type gridLine struct {
	y     float64
	value label
}

// A stepSeries is one series of a panel drawn as steps: the start of each
// step, the x where the last ends, its title, and each count where it
// changes.
type stepSeries struct {
	orgs, stated bool
	steps        []point
	end          float64
	tip          string
	counts       []label
}

// A legendLine is an entry of a legend that shows a line: its colour,
// dashes and words.
type legendLine struct {
	x, y         float64
	stroke, dash string
	words        label
}

// A seriesKey names a series of a Listings picture: a measure, persons or
// organisations, and the count the acts state or the entries named.
type seriesKey struct {
	m      sanctions.Measure
	orgs   bool
	stated bool
}

// changeDays returns the days in [from, until) on which the listings of
// reg may change: the first day, each act's entry into force, and each
// day after a last day; and the acts of reg that enter into force then.
func changeDays(l *sanctions.List, reg sanctions.Regime, from, until acquis.Date) ([]acquis.Date, []*sanctions.Act) {
	days := []acquis.Date{from}
	var acts []*sanctions.Act
	for _, a := range l.Acts() {
		if a.Regime != reg.Code {
			continue
		}
		if !a.InForce.Before(from) && a.InForce.Before(until) {
			days = append(days, a.InForce)
			acts = append(acts, a)
		}
		for _, e := range a.Effects {
			if e.Change == sanctions.Renewed {
				days = append(days, e.LastDay.AddDays(1))
			}
		}
	}
	if reg.LastDay.IsValid() {
		days = append(days, reg.LastDay.AddDays(1))
	}
	slices.SortFunc(days, acquis.Date.Compare)
	days = slices.Compact(days)
	days = slices.DeleteFunc(days, func(d acquis.Date) bool { return d.Before(from) || !d.Before(until) })
	return days, acts
}

// stepsOf returns, for each measure of reg, the persons and organisations
// that the acts state and that the list names on each of the days; whether
// any act states a count; and the days after the regime lapsed.
func stepsOf(l *sanctions.List, reg sanctions.Regime, days []acquis.Date) (map[seriesKey][]step, bool, []acquis.Date, error) {
	series := map[seriesKey][]step{}
	stated := false
	var lapses []acquis.Date
	for _, d := range days {
		// Before the first act the list records, it states no count and
		// knows no end date: the panels draw nothing there.
		st, err := l.Stated(reg.Code, d)
		if err != nil && !errors.Is(err, sanctions.ErrBeforeRecord) {
			return nil, false, nil, err
		}
		if len(st) > 0 {
			stated = true
		}
		if until, _, err := l.LastDay(reg.Code, d); err == nil && until.IsValid() && d == until.AddDays(1) {
			lapses = append(lapses, d)
		}
		on := l.At(d).Regime(reg.Code)
		for _, b := range reg.Bases {
			p, org := on.Measure(b.Measure).Count()
			s := st[b.Measure]
			for k, n := range map[seriesKey]int{
				{b.Measure, false, true}: s.Persons, {b.Measure, true, true}: s.Organisations,
				{b.Measure, false, false}: p, {b.Measure, true, false}: org,
			} {
				series[k] = append(series[k], step{d, n})
			}
		}
	}
	return series, stated, lapses, nil
}

// byDay groups acts by the day they enter into force, in the order of
// each day's first act.
func byDay(acts []*sanctions.Act) [][]*sanctions.Act {
	var out [][]*sanctions.Act
	index := map[acquis.Date]int{}
	for _, a := range acts {
		i, ok := index[a.InForce]
		if !ok {
			i = len(out)
			index[a.InForce] = i
			out = append(out, nil)
		}
		out[i] = append(out[i], a)
	}
	return out
}

// actMarkers lays out a marker for each day on which acts enter into
// force, its labels above the panels from y in as few lanes as keep them
// apart, each starting right of its marker or, where the picture ends
// before the label would, ending left of it; it returns them with the
// height of the lanes.
func actMarkers(days [][]*sanctions.Act, sc timeScale, y float64) ([]actMarker, float64) {
	var markers []actMarker
	for _, acts := range days {
		m := actMarker{x: sc.x(acts[0].InForce), lines: []label{{text: day(acts[0].InForce), size: 11}}}
		for _, a := range acts {
			m.lines = append(m.lines, label{text: actLabel(a), size: 11})
		}
		markers = append(markers, m)
	}
	var xs, widths []float64
	laneH := 0.0
	var flip []bool
	for _, m := range markers {
		wd := 0.0
		for _, l := range m.lines {
			wd = max(wd, textWidth(l.text, 11))
		}
		left := m.x
		if m.x+3+wd > listingsWidth {
			left = m.x - 3 - wd
		}
		xs, widths, flip = append(xs, left), append(widths, wd), append(flip, left != m.x)
		laneH = max(laneH, float64(len(m.lines))*13+6)
	}
	lane := lanes(xs, widths)
	rows := 0
	for i, m := range markers {
		rows = max(rows, lane[i]+1)
		ly := y + float64(lane[i])*laneH
		for j := range m.lines {
			m.lines[j].x, m.lines[j].y = m.x+3, ly+float64(j)*13
			if flip[i] {
				m.lines[j].x, m.lines[j].anchor = m.x-3, "end"
			}
		}
		markers[i].y = ly + float64(len(m.lines)-1)*13 + 4
	}
	return markers, float64(rows) * laneH
}

// listingsDesc writes the description of a Listings picture: the acts in
// force on each day, and each measure's counts on the last day.
func listingsDesc(reg sanctions.Regime, days [][]*sanctions.Act, series map[seriesKey][]step, stated bool, lastDay acquis.Date) string {
	var desc strings.Builder
	fmt.Fprintf(&desc, "Listings of regime %s by measure over time. ", reg.Code)
	for _, acts := range days {
		var ns []string
		for _, a := range acts {
			ns = append(ns, a.String())
		}
		fmt.Fprintf(&desc, "%v: %s in force. ", acts[0].InForce, strings.Join(ns, ", "))
	}
	for _, b := range reg.Bases {
		last := func(orgs, st bool) string {
			ss := series[seriesKey{b.Measure, orgs, st}]
			n := ss[len(ss)-1].n
			if orgs {
				return plural(n, "entity", "entities")
			}
			return plural(n, "person", "persons")
		}
		fmt.Fprintf(&desc, "%s on %v: ", measureTitle(b.Measure), lastDay)
		if stated {
			fmt.Fprintf(&desc, "%s and %s as the acts state, ", last(false, true), last(true, true))
		}
		fmt.Fprintf(&desc, "%s and %s named in the data. ", last(false, false), last(true, false))
	}
	return strings.TrimSpace(desc.String())
}

// layoutListings lays out the picture of regime reg of l over [from,
// until).
func layoutListings(l *sanctions.List, reg sanctions.Regime, from, until acquis.Date, o *Options) (listingsPicture, error) {
	days, acts := changeDays(l, reg, from, until)
	series, stated, lapses, err := stepsOf(l, reg, days)
	if err != nil {
		return listingsPicture{}, err
	}
	const width = listingsWidth
	sc := timeScale{from: from, until: until, x0: plotX, width: plotW}
	title := o.title(fmt.Sprintf("%s: persons and entities listed, %s to %s", reg.Name, day(from), day(until.AddDays(-1))))
	heading, dy := headingLines(title, 16, width, 26)
	grouped := byDay(acts)
	markers, lanesH := actMarkers(grouped, sc, 50+dy)
	plotTop := 50 + dy + lanesH
	n := float64(len(reg.Bases))
	pic := listingsPicture{
		width:   width,
		height:  plotTop + n*(panelH+panelGap) + 30 + 50,
		title:   title,
		desc:    listingsDesc(reg, grouped, series, stated, until.AddDays(-1)),
		heading: heading,
		top:     plotTop,
		bottom:  plotTop + n*(panelH+panelGap) - panelGap,
		acts:    markers,
	}
	for _, d := range lapses {
		// Left of the line, or right of it where there is no room.
		x := sc.x(d)
		l := label{x: x - 3, y: pic.bottom - panelH*0.4, text: "regime lapsed after " + day(d.AddDays(-1)), size: 11, anchor: "end"}
		if left, _, _, _ := l.box(); left < 0 {
			l.x, l.anchor = x+3, "start"
		}
		pic.lapses = append(pic.lapses, barMark{x: x, words: l})
	}
	peak := 1
	for _, ss := range series {
		for _, s := range ss {
			peak = max(peak, s.n)
		}
	}
	top := niceCeil(peak)
	y := plotTop
	for _, b := range reg.Bases {
		pic.panels = append(pic.panels, newPanel(b.Measure, y, top, sc, series, stated))
		y += panelH + panelGap
	}
	pic.axis = sc.axis(plotTop, pic.bottom)
	pic.legend = listingsLegend(pic.bottom+44, stated)
	return pic, nil
}

// newPanel lays out the panel of measure m at y, whose top count is top.
func newPanel(m sanctions.Measure, y float64, top int, sc timeScale, series map[seriesKey][]step, stated bool) panel {
	name := measureTitle(m)
	p := panel{name: label{x: plotX, y: y - 6, text: name, size: 13}, y: y}
	height := func(n int) float64 { return y + panelH - panelH*float64(n)/float64(top) }
	for _, v := range []int{0, top / 2, top} {
		yy := height(v)
		p.grid = append(p.grid, gridLine{yy, label{x: plotX - 6, y: yy + 4, text: fmt.Sprint(v), size: 11, anchor: "end"}})
	}
	for _, orgs := range []bool{false, true} {
		for _, st := range []bool{true, false} {
			if st && !stated {
				continue
			}
			ss := series[seriesKey{m, orgs, st}]
			s := stepSeries{orgs: orgs, stated: st, end: plotX + plotW}
			s.tip = fmt.Sprintf("%s, %s named in the data: %s", name, kindWords(orgs), stepWords(ss))
			if st {
				s.tip = fmt.Sprintf("%s, %s as the acts state: %s", name, kindWords(orgs), stepWords(ss))
			}
			for i, c := range ss {
				s.steps = append(s.steps, point{sc.x(c.from), height(c.n)})
				// Each count, where it starts: bold above the line for the
				// acts' count, below it for the entries named.
				if c.n == 0 || (i > 0 && c.n == ss[i-1].n) {
					continue
				}
				if st {
					s.counts = append(s.counts, label{x: sc.x(c.from) + 4, y: height(c.n) - 5, text: fmt.Sprint(c.n), size: 11})
				} else {
					s.counts = append(s.counts, label{x: sc.x(c.from) + 4, y: height(c.n) - 5, text: fmt.Sprintf("%d named", c.n), size: 10})
				}
			}
			p.series = append(p.series, s)
		}
	}
	return p
}

// listingsLegend lays out the legend at y: persons then entities, each as
// the acts state (when any does) and as named in the data.
func listingsLegend(y float64, stated bool) []legendLine {
	var out []legendLine
	x := 20.0
	for _, orgs := range []bool{false, true} {
		for _, st := range []bool{true, false} {
			if st && !stated {
				continue
			}
			dash := "none"
			words := kindWords(orgs) + ", as the acts state"
			if !st {
				dash, words = "2 3", kindWords(orgs)+", named in the data"
			}
			out = append(out, legendLine{x: x, y: y, stroke: seriesColour(orgs), dash: dash, words: label{x: x + 27, y: y, text: words, size: 12}})
			x += 27 + textWidth(words, 12) + 14
		}
		x, y = 20, y+20
	}
	return out
}

// seriesColour is the colour of the series of persons or organisations.
func seriesColour(orgs bool) string {
	if orgs {
		return orange
	}
	return blue
}

// draw writes the picture, its title and description named by id.
func (pic listingsPicture) draw(id string) *svg.Doc {
	d := svg.New(id, pic.width, pic.height, pic.title, pic.desc)
	drawHeading(d, pic.heading)

	// The acts, as markers across every panel, labelled above.
	d.Group("acts", svg.A("class", "acts"))
	for _, m := range pic.acts {
		d.Line(m.x, m.y, m.x, pic.bottom, muted, svg.A("stroke-dasharray", "2 2"))
		for j, l := range m.lines {
			attrs := []svg.Attr{svg.A("fill", ink)}
			if j == 0 {
				attrs = append(attrs, svg.A("font-weight", "bold"))
			}
			if l.anchor != "" {
				attrs = append(attrs, l.anchorAttr())
			}
			text(d, l, attrs...)
		}
	}
	for _, l := range pic.lapses {
		d.Line(l.x, pic.top, l.x, pic.bottom, vermillion, svg.A("stroke-width", "1.5"))
		text(d, l.words, svg.A("fill", vermillion), l.words.anchorAttr())
	}
	d.End()

	for _, p := range pic.panels {
		p.draw(d)
	}
	pic.axis.draw(d)

	d.Group("legend", svg.A("class", "legend"))
	for _, l := range pic.legend {
		d.Line(l.x, l.y-4, l.x+22, l.y-4, l.stroke, svg.A("stroke-width", "2.5"), svg.A("stroke-dasharray", l.dash))
		text(d, l.words, svg.A("fill", ink))
	}
	d.End()
	return d
}

// draw writes the panel as one group.
func (p panel) draw(d *svg.Doc) {
	d.Group(p.name.text, svg.A("class", "panel"))
	text(d, p.name, svg.A("font-weight", "bold"), svg.A("fill", ink))
	for _, g := range p.grid {
		d.Line(plotX, g.y, plotX+plotW, g.y, light)
		text(d, g.value, svg.A("fill", muted), g.value.anchorAttr())
	}
	for _, s := range p.series {
		var path strings.Builder
		for i, pt := range s.steps {
			if i == 0 {
				fmt.Fprintf(&path, "M%s %s", svg.Num(pt.x), svg.Num(pt.y))
			} else {
				fmt.Fprintf(&path, "H%sV%s", svg.Num(pt.x), svg.Num(pt.y))
			}
		}
		fmt.Fprintf(&path, "H%s", svg.Num(s.end))
		colour := seriesColour(s.orgs)
		attrs := []svg.Attr{svg.A("d", path.String()), svg.A("fill", "none"), svg.A("stroke", colour)}
		if s.stated {
			attrs = append(attrs, svg.A("stroke-width", "2.5"))
		} else {
			attrs = append(attrs, svg.A("stroke-width", "2"), svg.A("stroke-dasharray", "2 3"))
		}
		d.Element("path", s.tip, attrs...)
		for _, l := range s.counts {
			if s.stated {
				text(d, l, svg.A("font-weight", "bold"), svg.A("fill", colour))
			} else {
				text(d, l, svg.A("fill", colour))
			}
		}
	}
	d.End()
}

// niceCeil returns the least of 10, 20, 50, 100, 200… that is at least n.
func niceCeil(n int) int {
	for base := 1; ; base *= 10 {
		for _, m := range []int{1, 2, 5} {
			if m*base*10 >= n && m*base*10 >= 10 {
				return m * base * 10
			}
		}
	}
}

// measureTitle names a measure as a panel's title: "Asset freeze".
func measureTitle(m sanctions.Measure) string {
	n := m.Name()
	return strings.ToUpper(n[:1]) + n[1:]
}

func kindWords(orgs bool) string {
	if orgs {
		return "entities"
	}
	return "persons"
}

// stepWords writes a series as "from 2020-10-02: 40; from 2020-11-06: 55".
func stepWords(ss []step) string {
	var parts []string
	for i, s := range ss {
		if i > 0 && s.n == ss[i-1].n {
			continue
		}
		parts = append(parts, fmt.Sprintf("from %v: %d", s.from, s.n))
	}
	return strings.Join(parts, "; ")
}

// actLabel names an act briefly, as its citation does without "Council":
// "Implementing Regulation (EU) 2020/1648".
func actLabel(a *sanctions.Act) string {
	return strings.TrimPrefix(a.String(), "Council ")
}

// plural writes n with the singular or plural noun.
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
