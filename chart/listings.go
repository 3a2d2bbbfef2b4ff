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

// Listings writes to w a step chart of the persons and entities under each
// measure of the regime with the given code, over the days [from, until):
// one panel per measure, with the count the acts in force state
// (List.Stated) as solid steps and the count of the entries the List
// names (Listings.Count) as dotted steps, and each act of the regime that
// enters into force in the span as a marker labelled with its date and
// number. A regime that lapses drops to zero on the day after its last
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

	// The days on which something changes: the span's first day, each
	// act's entry into force, and each day after a last day.
	days := []acquis.Date{from}
	var acts []*sanctions.Act
	for _, a := range l.Acts() {
		if a.Regime != regime {
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

	// The series: per measure, persons and organisations, stated and named.
	type key struct {
		m      sanctions.Measure
		orgs   bool
		stated bool
	}
	series := map[key][]step{}
	stated := false
	var lapses []acquis.Date
	for _, d := range days {
		// Before the first act the list records, it states no count and
		// knows no end date: the panels draw nothing there.
		st, err := l.Stated(regime, d)
		if err != nil && !errors.Is(err, sanctions.ErrBeforeRecord) {
			return err
		}
		if len(st) > 0 {
			stated = true
		}
		if until, _, err := l.LastDay(regime, d); err == nil && until.IsValid() && d == until.AddDays(1) {
			lapses = append(lapses, d)
		}
		on := l.At(d).Regime(regime)
		for _, b := range reg.Bases {
			p, org := on.Measure(b.Measure).Count()
			s := st[b.Measure]
			for k, n := range map[key]int{
				{b.Measure, false, true}: s.Persons, {b.Measure, true, true}: s.Organisations,
				{b.Measure, false, false}: p, {b.Measure, true, false}: org,
			} {
				series[k] = append(series[k], step{d, n})
			}
		}
	}
	peak := 1
	for _, ss := range series {
		for _, s := range ss {
			peak = max(peak, s.n)
		}
	}
	top := niceCeil(peak)

	const width, x0, plotW, panelH, gap = 780.0, 60.0, 690.0, 150.0, 40.0
	labelRows := 0
	xs, widths, labels := []float64{}, []float64{}, [][]string{}
	sc := timeScale{from: from, until: until, x0: x0, width: plotW}
	byDay := map[acquis.Date][]*sanctions.Act{}
	var markerDays []acquis.Date
	for _, a := range acts {
		if byDay[a.InForce] == nil {
			markerDays = append(markerDays, a.InForce)
		}
		byDay[a.InForce] = append(byDay[a.InForce], a)
	}
	for _, d := range markerDays {
		lines := []string{day(d)}
		for _, a := range byDay[d] {
			lines = append(lines, actLabel(a))
		}
		wd := 0.0
		for _, s := range lines {
			wd = max(wd, textWidth(s, 11))
		}
		xs, widths, labels = append(xs, sc.x(d)), append(widths, wd), append(labels, lines)
	}
	lane := lanes(xs, widths)
	laneH := 0.0
	for i := range labels {
		labelRows = max(labelRows, lane[i]+1)
		laneH = max(laneH, float64(len(labels[i]))*13+6)
	}
	plotTop := 50 + float64(labelRows)*laneH
	height := plotTop + float64(len(reg.Bases))*(panelH+gap) + 30 + 50

	title := o.title(fmt.Sprintf("%s: persons and entities listed, %s to %s", reg.Name, day(from), day(until.AddDays(-1))))
	var desc strings.Builder
	fmt.Fprintf(&desc, "Listings of regime %s by measure over time. ", regime)
	for _, d := range markerDays {
		var ns []string
		for _, a := range byDay[d] {
			ns = append(ns, a.String())
		}
		fmt.Fprintf(&desc, "%v: %s in force. ", d, strings.Join(ns, ", "))
	}
	lastDay := until.AddDays(-1)
	for _, b := range reg.Bases {
		last := func(orgs, st bool) string {
			ss := series[key{b.Measure, orgs, st}]
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
	d := svg.New(o.id("listings"), width, height, title, strings.TrimSpace(desc.String()))
	d.Text(width/2, 26, title, font, svg.A("font-size", "16"), svg.A("font-weight", "bold"), svg.A("fill", ink), svg.A("text-anchor", "middle"))

	bottom := plotTop + float64(len(reg.Bases))*(panelH+gap) - gap
	// The acts, as markers across every panel, labelled above.
	d.Group("acts", svg.A("class", "acts"))
	for i := range markerDays {
		x := xs[i]
		ly := 50 + float64(lane[i])*laneH
		d.Line(x, ly+float64(len(labels[i])-1)*13+4, x, bottom, muted, svg.A("stroke-dasharray", "2 2"))
		for j, s := range labels[i] {
			attrs := []svg.Attr{font, svg.A("font-size", "11"), svg.A("fill", ink)}
			if j == 0 {
				attrs = append(attrs, svg.A("font-weight", "bold"))
			}
			d.Text(x+3, ly+float64(j)*13, s, attrs...)
		}
	}
	for _, dd := range lapses {
		x := sc.x(dd)
		d.Line(x, plotTop, x, bottom, vermillion, svg.A("stroke-width", "1.5"))
		d.Text(x-3, bottom-panelH*0.4, "regime lapsed after "+day(dd.AddDays(-1)), font, svg.A("font-size", "11"), svg.A("fill", vermillion), svg.A("text-anchor", "end"))
	}
	d.End()

	colour := map[bool]string{false: blue, true: orange} // persons, organisations
	y := plotTop
	for _, b := range reg.Bases {
		name := measureTitle(b.Measure)
		d.Group(name, svg.A("class", "panel"))
		d.Text(x0, y-6, name, font, svg.A("font-size", "13"), svg.A("font-weight", "bold"), svg.A("fill", ink))
		// The y axis: zero, half and top.
		for _, v := range []int{0, top / 2, top} {
			yy := y + panelH - panelH*float64(v)/float64(top)
			d.Line(x0, yy, x0+plotW, yy, light)
			d.Text(x0-6, yy+4, fmt.Sprint(v), font, svg.A("font-size", "11"), svg.A("fill", muted), svg.A("text-anchor", "end"))
		}
		for _, orgs := range []bool{false, true} {
			for _, st := range []bool{true, false} {
				if st && !stated {
					continue
				}
				ss := series[key{b.Measure, orgs, st}]
				var path strings.Builder
				for i, s := range ss {
					xx := sc.x(s.from)
					yy := y + panelH - panelH*float64(s.n)/float64(top)
					if i == 0 {
						fmt.Fprintf(&path, "M%s %s", svg.Num(xx), svg.Num(yy))
					} else {
						fmt.Fprintf(&path, "H%sV%s", svg.Num(xx), svg.Num(yy))
					}
				}
				fmt.Fprintf(&path, "H%s", svg.Num(x0+plotW))
				attrs := []svg.Attr{svg.A("d", path.String()), svg.A("fill", "none"), svg.A("stroke", colour[orgs])}
				tip := fmt.Sprintf("%s, %s named in the data", name, kindWords(orgs))
				if st {
					attrs = append(attrs, svg.A("stroke-width", "2.5"))
					tip = fmt.Sprintf("%s, %s as the acts state", name, kindWords(orgs))
				} else {
					attrs = append(attrs, svg.A("stroke-width", "2"), svg.A("stroke-dasharray", "2 3"))
				}
				d.Element("path", tip+": "+stepWords(ss), attrs...)
				// Each count, where it starts: bold above the line for the
				// acts' count, below it for the entries named.
				for i, s := range ss {
					if s.n == 0 || (i > 0 && s.n == ss[i-1].n) {
						continue
					}
					yy := y + panelH - panelH*float64(s.n)/float64(top)
					if st {
						d.Text(sc.x(s.from)+4, yy-5, fmt.Sprint(s.n), font, svg.A("font-size", "11"), svg.A("font-weight", "bold"), svg.A("fill", colour[orgs]))
					} else {
						d.Text(sc.x(s.from)+4, yy-5, fmt.Sprintf("%d named", s.n), font, svg.A("font-size", "10"), svg.A("fill", colour[orgs]))
					}
				}
			}
		}
		d.End()
		y += panelH + gap
	}
	sc.axis(d, plotTop, bottom)

	y = bottom + 44
	d.Group("legend", svg.A("class", "legend"))
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
			d.Line(x, y-4, x+22, y-4, colour[orgs], svg.A("stroke-width", "2.5"), svg.A("stroke-dasharray", dash))
			d.Text(x+27, y, words, font, svg.A("font-size", "12"), svg.A("fill", ink))
			x += 27 + textWidth(words, 12) + 14
		}
		x, y = 20, y+20
	}
	d.End()
	return write(w, "listings", d)
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
