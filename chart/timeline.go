package chart

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/acquis-eu/acquis"
	"github.com/acquis-eu/acquis/internal/svg"
	"github.com/acquis-eu/acquis/recognition"
)

// statusColour is the fill of a recognition status.
func statusColour(s recognition.Status) string {
	switch s {
	case recognition.Recognized:
		return green
	case recognition.Contested:
		return orange
	case recognition.NotRecognized:
		return vermillion
	case recognition.Withdrawn:
		return purple
	}
	return "none"
}

// statusWords names a status in a legend and inside its bar.
func statusWords(s recognition.Status) string {
	switch s {
	case recognition.Recognized:
		return "recognised"
	case recognition.Contested:
		return "contested"
	case recognition.NotRecognized:
		return "not recognised"
	case recognition.Withdrawn:
		return "withdrawn"
	case recognition.Unstated:
		return "unstated"
	}
	return s.String()
}

// Timeline writes to w the picture of who recognised a claimant, and when:
// the statuses (recognition.Status) that the actors of dataset ds held
// toward the claimant with the given ID to ds.Office over the days [from,
// until). It draws one row per actor with an act about the claimant, in
// the order of their first act, each status an interval coloured and
// named, each act (recognition.Act) a marker on its day of adoption with
// its date (a hollow marker
// for an act that changed nothing: blocked, conditional or a
// reaffirmation), and each of the claimant's mandates in ds.Mandates
// drawn as a line where it starts and after its last day.
//
// An effect keyed to the expiry of a mandate starts on the mandate's last
// day under one convention and on the day after under the other (see
// recognition.Convention). Where the two differ, the day between is drawn
// in a light tint of the status's colour with a dashed outline on the
// actor's row, and a note under the chart (and in the description) gives
// both days.
//
// A status that rests on a mandate which has expired (recognition.Effect's
// Basis, such as Guaidó's recognitions once the term of the National
// Assembly he presided had ended) is drawn faded from the day it expired,
// with its words in ink; the status is the acts', unchanged. The last day
// of each such mandate is a line like the claimant's own mandates, and
// the legend says what the fading means.
//
// A standing that an actor accords the claimant apart from recognition
// (recognition.Standing, such as the Council's "privileged interlocutor")
// is a thin bar under the actor's statuses, named where there is room.
// When no actor holds a status toward the claimant and some accord a
// standing, the title says it is a picture of standing.
//
// Timeline returns an error for an unknown claimant, an empty span or one
// of more than 100 years, a dataset whose acts make a transition the
// model forbids, or if w fails.
func Timeline(w io.Writer, ds recognition.Dataset, claimant string, from, until acquis.Date, o *Options) error {
	c, ok := ds.Claimant(claimant)
	if !ok {
		return fmt.Errorf("chart: timeline: no claimant %q in dataset %s", claimant, ds.Name)
	}
	if !from.IsValid() || !until.After(from) || until.Sub(from) > 36525 {
		return fmt.Errorf("chart: timeline of %s: the span %v to %v is empty or longer than 100 years", claimant, from, until)
	}
	rs, err := records(ds, c, from, until)
	if err != nil {
		return err
	}
	return write(w, "timeline", layoutTimeline(ds, c, rs, from, until, o).draw(o.id("timeline")))
}

// A record is what a Timeline draws of one actor: its intervals toward
// the claimant, its standings, and its acts about the claimant adopted in
// the span, by date.
type record struct {
	actor     recognition.Actor
	intervals []recognition.Interval
	standings []standing
	acts      []recognition.Act
}

// records returns the records of the actors of ds with an act about
// claimant c that have something to show in [from, until): an act, a
// status other than unstated, or a standing. They come in the order of
// their first act.
func records(ds recognition.Dataset, c recognition.Claimant, from, until acquis.Date) ([]record, error) {
	l, err := ds.Ledger()
	if err != nil {
		return nil, fmt.Errorf("chart: timeline: %w", err)
	}
	about, err := l.Actors(c, ds.Office)
	if err != nil {
		return nil, fmt.Errorf("chart: timeline: %w", err)
	}
	var rs []record
	for _, a := range ds.Actors() {
		if !slices.Contains(about, a) {
			continue
		}
		iv, err := l.Timeline(a, c, ds.Office)
		if err != nil {
			return nil, fmt.Errorf("chart: timeline of %s: %w", a, err)
		}
		r := record{actor: a, intervals: iv}
		if r.standings, err = standings(l, ds, a, c); err != nil {
			return nil, fmt.Errorf("chart: timeline of %s: %w", a, err)
		}
		for _, act := range ds.Acts {
			if act.Actor != a || act.Adopted.Before(from) || !act.Adopted.Before(until) {
				continue
			}
			if slices.ContainsFunc(act.Effects, func(e recognition.Effect) bool { return e.Claimant.ID == c.ID && e.Office == ds.Office }) {
				r.acts = append(r.acts, act)
			}
		}
		slices.SortStableFunc(r.acts, func(x, y recognition.Act) int { return x.Adopted.Compare(y.Adopted) })
		if len(r.acts) == 0 && !r.shows(from, until) {
			continue // nothing of this actor falls in the picture's days
		}
		rs = append(rs, r)
	}
	return rs, nil
}

// shows reports whether r has a status other than unstated, or a
// standing, on some day of [from, until).
func (r record) shows(from, until acquis.Date) bool {
	overlaps := func(f, u acquis.Date) bool { return f.Before(until) && (u.IsZero() || from.Before(u)) }
	for _, iv := range r.intervals {
		if iv.Position.Status != recognition.Unstated && overlaps(iv.From, iv.Until) {
			return true
		}
	}
	for _, st := range r.standings {
		if overlaps(st.from, st.until) {
			return true
		}
	}
	return false
}

// The geometry of a Timeline picture: its width, the left edge and width
// of its plot, and the height of a status bar.
const timelineWidth, rowX, rowW, statusH = 780.0, 170.0, 590.0, 18.0

// timelinePicture is the layout of a Timeline picture.
type timelinePicture struct {
	width, height float64
	title, desc   string
	heading       []label
	top, bottom   float64 // of the rows
	mandates      []mandateMark
	rows          []timelineRow
	axis          axis
	legend        timelineLegend
}

// A mandateMark is a line at the first day of a mandate or after its last
// day, from y down to the rows' bottom, with its title and its label
// above the rows; end marks the end of a mandate.
type mandateMark struct {
	x, y  float64
	lane  int // of its label, from the top
	label label
	tip   string
	end   bool
}

// A timelineRow is one actor's row: its name, the top of its status bar,
// its statuses, standings and acts, and its height with the acts' dates
// under the bar.
type timelineRow struct {
	actor     string
	name      []label // its lines, the first level with the bar
	y, height float64
	bar       float64 // the top of the status bar
	statuses  []statusBar
	standings []standingBar
	acts      []actMark
}

// A statusBar is an interval of a status: from x1 to x2, its colour and
// title, faded when the mandate it rests on had expired, its words where
// there is room, and the day on which the two expiry-day conventions
// differ, if they do.
type statusBar struct {
	x1, x2  float64
	fill    string
	tip     string
	faded   bool
	words   label // no text when the bar is too short for it
	between *dayBetween
}

// A dayBetween is the day on which a status holds under one expiry-day
// convention only: from x1 to x2, with its title.
type dayBetween struct {
	x1, x2 float64
	tip    string
}

// A standingBar is the thin bar of a standing from x to x+w, its title,
// and its name where no status is drawn over it and there is room.
type standingBar struct {
	x, w  float64
	tip   string
	words label
}

// An actMark is the marker of an act at x, filled when the act set a
// status or standing, with its title and its date under the row's bar.
type actMark struct {
	x      float64
	filled bool
	tip    string
	date   label
}

// timelineLegend is the legend of a Timeline picture: the statuses' colours,
// the standing's and the fading's when drawn, the two act markers, what
// blank means, and the notes on the expiry-day conventions.
type timelineLegend struct {
	statuses []swatch
	standing []swatch // one when a standing is drawn
	faded    label    // no text when no status is faded
	acts     [2]actMark
	blank    label
	notes    []label
}

// layoutTimeline lays out the picture of the records rs of claimant c in
// ds over [from, until).
func layoutTimeline(ds recognition.Dataset, c recognition.Claimant, rs []record, from, until acquis.Date, o *Options) timelinePicture {
	const width = timelineWidth
	sc := timeScale{from: from, until: until, x0: rowX, width: rowW}
	hasStanding := slices.ContainsFunc(rs, func(r record) bool { return len(r.standings) > 0 })
	title := o.title(timelineTitle(ds, c, rs, hasStanding, from, until))
	heading, dy := headingLines(title, 16, width, 26)
	marks, bases := mandateMarks(ds, c, rs, sc)
	top := 52 + 15*float64(rowsOf(marks)) + dy
	notes, hasExpired := conventionNotes(rs, from, until)
	pic := timelinePicture{width: width, title: title, desc: timelineDesc(rs, notes, until), heading: heading, top: top}
	y, rowsH := top, 0.0
	for _, r := range rs {
		row := layoutRow(ds, c, r, y, sc)
		pic.rows = append(pic.rows, row)
		y += row.height
		rowsH += row.height
	}
	pic.bottom = top + rowsH
	for i := range marks {
		marks[i].y = 44 + 15*float64(marks[i].lane) + dy
		marks[i].label.y = 40 + 15*float64(marks[i].lane) + dy
	}
	pic.mandates = marks
	pic.axis = sc.axis(top, pic.bottom)
	pic.legend = layoutTimelineLegend(pic.bottom+44, hasStanding, hasExpired, len(bases) > 0, notes)
	noteLines := 0
	for _, n := range notes {
		noteLines += len(wrap(n, 12, width-40))
	}
	pic.height = pic.bottom + 40 + 28 + 22 + 17.4*float64(noteLines) + 24
	if hasStanding {
		pic.height += 22
	}
	if hasExpired {
		pic.height += 22
	}
	return pic
}

// rowsOf returns the number of lanes the mandates' labels take.
func rowsOf(marks []mandateMark) int {
	n := 0
	for _, m := range marks {
		n = max(n, m.lane+1)
	}
	return n
}

// mandateMarks returns the marks of the claimant's mandates that start or
// end in the span, and of those the drawn statuses rest on that end in it,
// by x, each with the lane of its label; and the mandates the statuses
// rest on.
func mandateMarks(ds recognition.Dataset, c recognition.Claimant, rs []record, sc timeScale) ([]mandateMark, []recognition.Mandate) {
	from, until := sc.from, sc.until
	in := func(d acquis.Date) bool { return d.IsValid() && !d.Before(from) && d.Before(until) }
	var marks []mandateMark
	add := func(d acquis.Date, words, tip string, end bool) {
		marks = append(marks, mandateMark{x: sc.x(d), label: label{text: words, size: 11, anchor: "middle"}, tip: tip, end: end})
	}
	for _, m := range ds.Mandates {
		if m.Claimant.ID != c.ID || m.Office != ds.Office {
			continue
		}
		if in(m.Start) {
			add(m.Start, "term starts "+day(m.Start), "first day of a mandate: "+m.StartSource, false)
		}
		if in(m.LastDay) {
			add(m.LastDay.AddDays(1), "last day "+day(m.LastDay), "last day of a mandate: "+m.EndSource, true)
		}
	}
	var bases []recognition.Mandate // those whose expiry a drawn status reaches
	for _, r := range rs {
		for _, iv := range r.intervals {
			m, _ := iv.Position.Basis.Mandate()
			if !iv.Position.BasisExpired.IsValid() || !iv.From.Before(until) || iv.Position.Status == recognition.Unstated ||
				(m.Claimant.ID == c.ID && m.Office == ds.Office) || slices.Contains(bases, m) {
				continue
			}
			bases = append(bases, m)
			if in(m.LastDay) {
				add(m.LastDay.AddDays(1), "basis: last day "+day(m.LastDay),
					fmt.Sprintf("last day of the mandate positions rest on, of %s (%s): %s", theName(m.Claimant), m.Office, m.EndSource), true)
			}
		}
	}
	slices.SortStableFunc(marks, func(a, b mandateMark) int { return cmp.Compare(a.x, b.x) })
	var xs, ws []float64
	for i, m := range marks {
		marks[i].label.x = m.x
		marks[i].label = marks[i].label.within(0, timelineWidth) // centred on its line, unless at an edge
		left, right, _, _ := marks[i].label.box()
		xs, ws = append(xs, left), append(ws, right-left)
	}
	for i, lane := range lanes(xs, ws) {
		marks[i].lane = lane
	}
	return marks, bases
}

// conventionNotes returns a note for each status whose start depends on
// the expiry-day convention, giving both days; and whether a drawn status
// rests on a mandate that had expired.
func conventionNotes(rs []record, from, until acquis.Date) (notes []string, hasExpired bool) {
	for _, r := range rs {
		for i, iv := range r.intervals {
			hasExpired = hasExpired || iv.Position.BasisExpired.IsValid() && iv.Position.Status != recognition.Unstated &&
				iv.From.Before(until) && (!iv.Until.IsValid() || iv.Until.After(from))
			if continues(r.intervals, i) {
				continue
			}
			t := iv.Position.Effect.Timing
			m, keyed := t.Mandate()
			if !keyed || t.Convention() == 0 {
				continue
			}
			note := fmt.Sprintf("%s: %s from %s (%s convention, as recorded); from %s under the %s convention. The mandate's last day is %s.",
				r.actor.Name(), statusWords(iv.Position.Status), day(t.Day()), t.Convention(), day(otherDay(m, t.Convention())), other(t.Convention()), day(m.LastDay))
			if !slices.Contains(notes, note) {
				// An interval split at the expiry of the mandate it rests on
				// repeats the effect that began it.
				notes = append(notes, note)
			}
		}
	}
	return notes, hasExpired
}

// timelineTitle is the default title: who recognised the claimant, or,
// when no actor holds a status and some accord a standing, the standing.
func timelineTitle(ds recognition.Dataset, c recognition.Claimant, rs []record, hasStanding bool, from, until acquis.Date) string {
	statuses := slices.ContainsFunc(rs, func(r record) bool {
		return slices.ContainsFunc(r.intervals, func(iv recognition.Interval) bool { return iv.Position.Status != recognition.Unstated })
	})
	if !statuses && hasStanding {
		return fmt.Sprintf("The standing accorded to %s, %s to %s", theName(c), day(from), day(until.AddDays(-1)))
	}
	return fmt.Sprintf("Who recognised %s as %s, %s to %s", theName(c), ds.Office, day(from), day(until.AddDays(-1)))
}

// timelineDesc writes the description: each actor's statuses and
// standings, then the notes.
func timelineDesc(rs []record, notes []string, until acquis.Date) string {
	var desc strings.Builder
	for _, r := range rs {
		fmt.Fprintf(&desc, "%s: ", r.actor.Name())
		var parts []string
		for i, iv := range r.intervals {
			if iv.Position.Status == recognition.Unstated || continues(r.intervals, i) {
				continue
			}
			s := fmt.Sprintf("%s from %v", statusWords(iv.Position.Status), iv.From)
			if end := runEnd(r.intervals, i); end.IsValid() {
				s += fmt.Sprintf(" until %v", end.AddDays(-1))
			}
			s += " (" + iv.Position.Act.ID
			if bx := expiredIn(r.intervals, i); bx.IsValid() && bx.Before(until) {
				s += fmt.Sprintf("; the mandate it rests on had expired from %v", bx)
			}
			parts = append(parts, s+")")
		}
		if len(parts) == 0 {
			parts = []string{"unstated"}
		}
		for _, st := range r.standings {
			s := fmt.Sprintf("standing as %s from %v", st.standing, st.from)
			if st.until.IsValid() {
				s += fmt.Sprintf(" until %v", st.until.AddDays(-1))
			}
			parts = append(parts, s)
		}
		desc.WriteString(strings.Join(parts, "; ") + ". ")
	}
	for _, n := range notes {
		desc.WriteString(n + " ")
	}
	return strings.TrimSpace(desc.String())
}

// layoutRow lays out the row of record r from y.
func layoutRow(ds recognition.Dataset, c recognition.Claimant, r record, y float64, sc timeScale) timelineRow {
	name := r.actor.Name()
	by := y + 14
	row := timelineRow{actor: name, y: y, bar: by}
	// A long name takes as many lines as keep it left of the plot.
	lines := wrap(name, 13, rowX-16)
	if len(lines) == 0 {
		lines = []string{name}
	}
	for i, l := range lines {
		row.name = append(row.name, label{x: rowX - 8, y: by + statusH - 4 + 15*float64(i), text: l, size: 13, anchor: "end"})
	}
	for i := range r.intervals {
		if b, ok := layoutStatus(r, i, by, sc); ok {
			row.statuses = append(row.statuses, b)
		}
	}
	for _, st := range r.standings {
		if b, ok := layoutStanding(r, st, theName(c), by, sc); ok {
			row.standings = append(row.standings, b)
		}
	}
	// The acts' dates, centred under their markers unless at an edge, in
	// as few lanes as keep them apart.
	var dates []label
	var xs, ws []float64
	for _, a := range r.acts {
		l := label{x: sc.x(a.Adopted), text: day(a.Adopted), size: 10, anchor: "middle"}.within(0, timelineWidth)
		left, right, _, _ := l.box()
		dates, xs, ws = append(dates, l), append(xs, left), append(ws, right-left)
	}
	lane := lanes(xs, ws)
	n := 0
	for _, k := range lane {
		n = max(n, k+1)
	}
	row.height = max(14+statusH+4+12*float64(n)+10, 14+statusH+15*float64(len(lines)-1)+10)
	if len(r.standings) > 0 {
		row.height += standingH + 2
	}
	for i, a := range r.acts {
		x := sc.x(a.Adopted)
		changed := slices.ContainsFunc(r.intervals, func(iv recognition.Interval) bool { return iv.Position.Act.ID == a.ID }) ||
			slices.ContainsFunc(a.Effects, func(e recognition.Effect) bool {
				return e.Event == recognition.StandingAccorded && e.Claimant.ID == c.ID && e.Office == ds.Office
			})
		ly := by + statusH + 14 + 12*float64(lane[i])
		if len(r.standings) > 0 {
			ly += standingH + 2
		}
		dates[i].y = ly
		row.acts = append(row.acts, actMark{x: x, filled: changed, tip: fmt.Sprintf("%s, %v (%s, %s): %s", a.ID, a.Adopted, a.Form, a.Verification, clip(a.Wording, 300)), date: dates[i]})
	}
	return row
}

// layoutStatus lays out the bar of interval i of r's intervals at by, and
// reports whether it is drawn: not for the status unstated, nor outside
// the span.
func layoutStatus(r record, i int, by float64, sc timeScale) (statusBar, bool) {
	iv := r.intervals[i]
	end := sc.until
	if iv.Until.IsValid() && iv.Until.Before(sc.until) {
		end = iv.Until
	}
	s := iv.Position.Status
	if !end.After(sc.from) || !iv.From.Before(sc.until) || s == recognition.Unstated {
		return statusBar{}, false
	}
	b := statusBar{x1: sc.x(iv.From), x2: sc.x(end), fill: statusColour(s)}
	start := i
	for continues(r.intervals, start) {
		start--
	}
	b.tip = fmt.Sprintf("%s: %s from %v", r.actor.Name(), statusWords(s), r.intervals[start].From)
	if end := runEnd(r.intervals, start); end.IsValid() {
		b.tip += fmt.Sprintf(" until %v", end.AddDays(-1))
	}
	b.tip += fmt.Sprintf(", by %s of %v (%s)", iv.Position.Act.ID, iv.Position.Act.Adopted, iv.Position.Act.Verification)
	if bx := iv.Position.BasisExpired; bx.IsValid() {
		m, _ := iv.Position.Basis.Mandate()
		b.tip += fmt.Sprintf("; it rests on the mandate of %s (%s), expired from %v", theName(m.Claimant), m.Office, bx)
		b.faded = true
	}
	if words := statusWords(s); b.x2-b.x1 > textWidth(words, 11)+6 {
		b.words = label{x: b.x1 + 4, y: by + statusH - 5, text: words, size: 11}
	}
	// The day on which the two expiry-day conventions differ.
	t := iv.Position.Effect.Timing
	if m, keyed := t.Mandate(); keyed && t.Convention() != 0 && !continues(r.intervals, i) {
		alt := otherDay(m, t.Convention())
		a, z := alt, t.Day()
		if z.Before(a) {
			a, z = z, a
		}
		xa, xz := sc.x(a), sc.x(z)
		if xz-xa < 4 {
			xz = xa + 4
		}
		b.between = &dayBetween{xa, xz, fmt.Sprintf("%v: %s under the %s convention only", a, statusWords(s), conventionHolding(t.Convention(), a == alt))}
	}
	return b, true
}

// layoutStanding lays out the thin bar of standing st of r, accorded to
// the claimant of the given name, under the status bar at by, and reports
// whether it is drawn: not outside the span.
func layoutStanding(r record, st standing, name string, by float64, sc timeScale) (standingBar, bool) {
	end := sc.until
	if st.until.IsValid() && st.until.Before(sc.until) {
		end = st.until
	}
	if !end.After(sc.from) || !st.from.Before(sc.until) {
		return standingBar{}, false
	}
	x1, x2 := sc.x(st.from), sc.x(end)
	tip := fmt.Sprintf("%s: standing of %s as %s from %v", r.actor.Name(), name, st.standing, st.from)
	if st.until.IsValid() {
		tip += fmt.Sprintf(" until %v", st.until.AddDays(-1))
	}
	b := standingBar{x: x1, w: max(x2-x1, 2), tip: tip + " (not recognition)"}
	// Its name, where no status is drawn above it.
	words := "standing: " + strings.ReplaceAll(st.standing.String(), "-", " ")
	free := !slices.ContainsFunc(r.intervals, func(iv recognition.Interval) bool {
		return iv.Position.Status != recognition.Unstated && iv.From.Before(end) && (!iv.Until.IsValid() || st.from.Before(iv.Until))
	})
	if free && x2-x1 > textWidth(words, 11)+6 {
		b.words = label{x: x1 + 4, y: by + statusH - 4, text: words, size: 11}
	}
	return b, true
}

// layoutTimelineLegend lays out the legend from y.
func layoutTimelineLegend(y float64, hasStanding, hasExpired, hasBases bool, notes []string) timelineLegend {
	var lg timelineLegend
	var items []swatch
	for _, s := range []recognition.Status{recognition.Recognized, recognition.Contested, recognition.NotRecognized, recognition.Withdrawn} {
		items = append(items, entry(statusColour(s), "", statusWords(s)))
	}
	lg.statuses, _ = legendRow(20, y, items...)
	if hasStanding {
		y += 22
		lg.standing, _ = legendRow(20, y, entry(sky, "", "standing accorded, apart from recognition (thin bar)"))
	}
	if hasExpired {
		y += 22
		lg.faded = label{x: 37, y: y, text: "faded: the mandate the status rests on had expired; the status is still the acts'", size: 13}
	}
	x, y := 20.0, y+22
	set := "act that set a status or standing"
	lg.acts[0] = actMark{x: x + 5, filled: true, date: label{x: x + 14, y: y, text: set, size: 13}}
	x += 14 + textWidth(set, 13) + 14
	lg.acts[1] = actMark{x: x + 5, date: label{x: x + 14, y: y, text: "other act", size: 13}}
	y += 22
	mandates := "Dashed lines: the claimant's mandates."
	if hasBases {
		mandates = "Dashed lines: the claimant's mandates, and those the statuses rest on."
	}
	lg.blank = label{x: 20, y: y, text: "Blank: no public position (unstated). " + mandates, size: 12}
	y += 20
	for _, n := range notes {
		var ls []label
		ls, y = para(20, y, n, 12, timelineWidth-40)
		lg.notes = append(lg.notes, ls...)
	}
	return lg
}

// draw writes the picture, its title and description named by id.
func (pic timelinePicture) draw(id string) *svg.Doc {
	d := svg.New(id, pic.width, pic.height, pic.title, pic.desc)
	drawHeading(d, pic.heading)
	d.Group("mandates", svg.A("class", "mandates"))
	for _, m := range pic.mandates {
		stroke, dash, wd := muted, "1 3", "1"
		if m.end {
			stroke, dash, wd = ink, "6 3", "2"
		}
		d.Element("line", m.tip, svg.A("x1", svg.Num(m.x)), svg.A("y1", svg.Num(m.y)), svg.A("x2", svg.Num(m.x)), svg.A("y2", svg.Num(pic.bottom)),
			svg.A("stroke", stroke), svg.A("stroke-width", wd), svg.A("stroke-dasharray", dash))
		text(d, m.label, svg.A("fill", stroke), m.label.anchorAttr())
	}
	d.End()
	for _, r := range pic.rows {
		r.draw(d)
	}
	pic.axis.draw(d)
	pic.legend.draw(d)
	return d
}

// draw writes the row as one group.
func (r timelineRow) draw(d *svg.Doc) {
	d.Group(r.actor, svg.A("class", "actor"))
	for _, l := range r.name {
		text(d, l, svg.A("fill", ink), l.anchorAttr())
	}
	d.Line(rowX, r.bar+statusH/2, rowX+rowW, r.bar+statusH/2, light)
	for _, b := range r.statuses {
		wordsFill := "white"
		if b.faded {
			d.Rect(b.x1, r.bar, b.x2-b.x1, statusH, b.fill, b.tip, svg.A("fill-opacity", "0.4"), svg.A("stroke", b.fill))
			wordsFill = ink
		} else {
			d.Rect(b.x1, r.bar, b.x2-b.x1, statusH, b.fill, b.tip)
		}
		if b.words.text != "" {
			text(d, b.words, svg.A("fill", wordsFill), svg.A("aria-hidden", "true"))
		}
		if k := b.between; k != nil {
			d.Rect(k.x1, r.bar-3, k.x2-k.x1, statusH+6, b.fill, k.tip, svg.A("fill-opacity", "0.35"), svg.A("stroke", b.fill), svg.A("stroke-dasharray", "2 1"))
		}
	}
	for _, b := range r.standings {
		d.Rect(b.x, r.bar+statusH+2, b.w, standingH, sky, b.tip)
		if b.words.text != "" {
			text(d, b.words, svg.A("fill", "#2A6F97"), svg.A("aria-hidden", "true"))
		}
	}
	for _, a := range r.acts {
		fill := ink
		if !a.filled {
			fill = "white"
		}
		d.Element("path", a.tip, marker(a.x, r.bar-1), svg.A("fill", fill), svg.A("stroke", ink))
		text(d, a.date, svg.A("fill", muted), a.date.anchorAttr())
	}
	d.End()
}

// marker is the path of an act's marker, a triangle with its point at
// (x, y).
func marker(x, y float64) svg.Attr {
	return svg.A("d", fmt.Sprintf("M%s %sl-5 -9h10z", svg.Num(x), svg.Num(y)))
}

// draw writes the legend as one group.
func (lg timelineLegend) draw(d *svg.Doc) {
	d.Group("legend", svg.A("class", "legend"))
	for _, s := range lg.statuses {
		drawSwatch(d, s)
	}
	for _, s := range lg.standing {
		drawSwatch(d, s)
	}
	if lg.faded.text != "" {
		d.Rect(20, lg.faded.y-10, 12, 12, green, "", svg.A("fill-opacity", "0.4"), svg.A("stroke", green))
		text(d, lg.faded, svg.A("fill", ink))
	}
	set, other := lg.acts[0], lg.acts[1]
	d.Element("path", "", marker(set.x, set.date.y+1), svg.A("fill", ink))
	text(d, set.date, svg.A("fill", ink))
	d.Element("path", "", marker(other.x, other.date.y+1), svg.A("fill", "white"), svg.A("stroke", ink))
	text(d, other.date, svg.A("fill", ink))
	text(d, lg.blank, svg.A("fill", muted))
	for _, l := range lg.notes {
		text(d, l, svg.A("fill", ink))
	}
	d.End()
}

// continues reports whether interval i of ivs only continues the one
// before it: the same status set by the same act, split because the
// mandate it rests on expired.
func continues(ivs []recognition.Interval, i int) bool {
	if i == 0 || !ivs[i].Position.BasisExpired.IsValid() {
		return false
	}
	p, q := ivs[i-1].Position, ivs[i].Position
	return p.Status == q.Status && p.Act.ID == q.Act.ID && !p.BasisExpired.IsValid()
}

// theName returns the claimant's name, after "the" for a body.
func theName(c recognition.Claimant) string {
	if c.Body {
		return "the " + c.Name
	}
	return c.Name
}

// runEnd returns the end of the interval i of ivs and of those that
// continue it.
func runEnd(ivs []recognition.Interval, i int) acquis.Date {
	for i+1 < len(ivs) && continues(ivs, i+1) {
		i++
	}
	return ivs[i].Until
}

// expiredIn returns the day from which the mandate that the interval i of
// ivs rests on had expired, within it or the intervals that continue it;
// the zero Date if it had not.
func expiredIn(ivs []recognition.Interval, i int) acquis.Date {
	for ; i < len(ivs); i++ {
		if bx := ivs[i].Position.BasisExpired; bx.IsValid() {
			return bx
		}
		if i+1 == len(ivs) || !continues(ivs, i+1) {
			break
		}
	}
	return acquis.Date{}
}

// otherDay returns the first day of an effect keyed to the expiry of m
// under the convention other than c.
func otherDay(m recognition.Mandate, c recognition.Convention) acquis.Date {
	return recognition.OnExpiry(m, other(c)).Day()
}

func other(c recognition.Convention) recognition.Convention {
	if c == recognition.ExpiryDayIsLastDay {
		return recognition.ExpiryDayIsFirstDay
	}
	return recognition.ExpiryDayIsLastDay
}

// conventionHolding names the convention under which the status holds on
// the day between the two: the other one when alt is that day.
func conventionHolding(c recognition.Convention, alt bool) recognition.Convention {
	if alt {
		return other(c)
	}
	return c
}

// clip shortens s to at most n runes, with an ellipsis.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// standingH is the height of the bar of a standing.
const standingH = 6.0

// A standing is a standing an actor accorded a claimant over the days
// [from, until); until is zero while it lasts.
type standing struct {
	standing    recognition.Standing
	from, until acquis.Date
}

// standings returns the standings actor a accorded claimant c, from the
// days on which its acts set one (Ledger.StandingAt on each).
func standings(l *recognition.Ledger, ds recognition.Dataset, a recognition.Actor, c recognition.Claimant) ([]standing, error) {
	var days []acquis.Date
	for _, act := range ds.Acts {
		if act.Actor != a {
			continue
		}
		for _, e := range act.Effects {
			if e.Event == recognition.StandingAccorded && e.Claimant.ID == c.ID && e.Office == ds.Office {
				days = append(days, e.Timing.Day())
			}
		}
	}
	slices.SortFunc(days, acquis.Date.Compare)
	days = slices.Compact(days)
	var out []standing
	for _, day := range days {
		s, err := l.StandingAt(a, c, ds.Office, day)
		if err != nil {
			return nil, err
		}
		if n := len(out); n > 0 && !out[n-1].until.IsValid() {
			if out[n-1].standing == s {
				continue
			}
			out[n-1].until = day
		}
		if s != recognition.NoStanding {
			out = append(out, standing{standing: s, from: day})
		}
	}
	return out, nil
}
