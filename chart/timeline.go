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

// Timeline writes to w the positions that the actors of dataset ds held
// toward the claimant with the given ID to ds.Office over the days [from,
// until): one row per actor with an act about the claimant, in the
// order of their first act, each status an interval coloured and named,
// each act a marker on its day of adoption with its date (a hollow marker
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
	l, err := ds.Ledger()
	if err != nil {
		return fmt.Errorf("chart: timeline: %w", err)
	}
	about, err := l.Actors(c, ds.Office)
	if err != nil {
		return fmt.Errorf("chart: timeline: %w", err)
	}
	type row struct {
		actor     recognition.Actor
		intervals []recognition.Interval
		standings []standing
		acts      []recognition.Act
		lanes     []int
		height    float64
	}
	var rows []row
	for _, a := range ds.Actors() {
		if !slices.Contains(about, a) {
			continue
		}
		iv, err := l.Timeline(a, c, ds.Office)
		if err != nil {
			return fmt.Errorf("chart: timeline of %s: %w", a, err)
		}
		r := row{actor: a, intervals: iv}
		if r.standings, err = standings(l, ds, a, c); err != nil {
			return fmt.Errorf("chart: timeline of %s: %w", a, err)
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
		rows = append(rows, r)
	}

	const width, x0, plotW, barH = 780.0, 170.0, 590.0, 18.0
	sc := timeScale{from: from, until: until, x0: x0, width: plotW}
	for i := range rows {
		r := &rows[i]
		var xs, ws []float64
		for _, a := range r.acts {
			xs, ws = append(xs, sc.x(a.Adopted)-textWidth(day(a.Adopted), 10)/2), append(ws, textWidth(day(a.Adopted), 10))
		}
		r.lanes = lanes(xs, ws)
		n := 0
		for _, k := range r.lanes {
			n = max(n, k+1)
		}
		r.height = 14 + barH + 4 + 12*float64(n) + 10
		if len(r.standings) > 0 {
			r.height += standingH + 2
		}
	}

	// The mandates, and their labels above the rows: the claimant's own,
	// and those the drawn statuses rest on once they had expired.
	type mark struct {
		x     float64
		label string
		tip   string
		end   bool
	}
	var marks []mark
	for _, m := range ds.Mandates {
		if m.Claimant.ID != c.ID || m.Office != ds.Office {
			continue
		}
		if m.Start.IsValid() && !m.Start.Before(from) && m.Start.Before(until) {
			marks = append(marks, mark{sc.x(m.Start), "term starts " + day(m.Start), "first day of a mandate: " + m.StartSource, false})
		}
		if m.LastDay.IsValid() && !m.LastDay.Before(from) && m.LastDay.Before(until) {
			marks = append(marks, mark{sc.x(m.LastDay.AddDays(1)), "last day " + day(m.LastDay), "last day of a mandate: " + m.EndSource, true})
		}
	}
	var bases []recognition.Mandate // those whose expiry a drawn status reaches
	for _, r := range rows {
		for _, iv := range r.intervals {
			m, _ := iv.Position.Basis.Mandate()
			if !iv.Position.BasisExpired.IsValid() || !iv.From.Before(until) || iv.Position.Status == recognition.Unstated ||
				(m.Claimant.ID == c.ID && m.Office == ds.Office) || slices.Contains(bases, m) {
				continue
			}
			bases = append(bases, m)
			if m.LastDay.IsValid() && !m.LastDay.Before(from) && m.LastDay.Before(until) {
				marks = append(marks, mark{sc.x(m.LastDay.AddDays(1)), "basis: last day " + day(m.LastDay),
					fmt.Sprintf("last day of the mandate positions rest on, of %s (%s): %s", theName(m.Claimant), m.Office, m.EndSource), true})
			}
		}
	}
	slices.SortStableFunc(marks, func(a, b mark) int { return cmp.Compare(a.x, b.x) })
	var mx, mw []float64
	for _, m := range marks {
		mx, mw = append(mx, m.x-textWidth(m.label, 11)/2), append(mw, textWidth(m.label, 11))
	}
	mlanes := lanes(mx, mw)
	nl := 0
	for _, k := range mlanes {
		nl = max(nl, k+1)
	}
	top := 52 + 15*float64(nl)
	rowsH := 0.0
	for _, r := range rows {
		rowsH += r.height
	}
	var notes []string
	hasExpired := false
	for _, r := range rows {
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
			notes = append(notes, fmt.Sprintf("%s: %s from %s (%s convention, as recorded); from %s under the %s convention. The mandate's last day is %s.",
				r.actor.Name(), statusWords(iv.Position.Status), day(t.Day()), t.Convention(), day(otherDay(m, t.Convention())), other(t.Convention()), day(m.LastDay)))
		}
	}
	var noteLines int
	for _, n := range notes {
		noteLines += len(wrap(n, 12, width-40))
	}
	hasStanding := slices.ContainsFunc(rows, func(r row) bool { return len(r.standings) > 0 })
	height := top + rowsH + 40 + 28 + 22 + 17.4*float64(noteLines) + 24
	if hasStanding {
		height += 22
	}
	if hasExpired {
		height += 22
	}

	name := theName(c)
	statuses := slices.ContainsFunc(rows, func(r row) bool {
		return slices.ContainsFunc(r.intervals, func(iv recognition.Interval) bool { return iv.Position.Status != recognition.Unstated })
	})
	def := fmt.Sprintf("Who recognised %s as %s, %s to %s", name, ds.Office, day(from), day(until.AddDays(-1)))
	if !statuses && hasStanding {
		def = fmt.Sprintf("The standing accorded to %s, %s to %s", name, day(from), day(until.AddDays(-1)))
	}
	title := o.title(def)
	var desc strings.Builder
	for _, r := range rows {
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
	d := svg.New(o.id("timeline"), width, height, title, strings.TrimSpace(desc.String()))
	d.Text(width/2, 26, title, font, svg.A("font-size", "16"), svg.A("font-weight", "bold"), svg.A("fill", ink), svg.A("text-anchor", "middle"))

	bottom := top + rowsH
	d.Group("mandates", svg.A("class", "mandates"))
	for i, m := range marks {
		stroke, dash, wd := muted, "1 3", "1"
		if m.end {
			stroke, dash, wd = ink, "6 3", "2"
		}
		d.Element("line", m.tip, svg.A("x1", svg.Num(m.x)), svg.A("y1", svg.Num(44+15*float64(mlanes[i]))), svg.A("x2", svg.Num(m.x)), svg.A("y2", svg.Num(bottom)),
			svg.A("stroke", stroke), svg.A("stroke-width", wd), svg.A("stroke-dasharray", dash))
		d.Text(m.x, 40+15*float64(mlanes[i]), m.label, font, svg.A("font-size", "11"), svg.A("fill", stroke), svg.A("text-anchor", "middle"))
	}
	d.End()

	y := top
	for _, r := range rows {
		actorName := r.actor.Name()
		d.Group(actorName, svg.A("class", "actor"))
		by := y + 14
		d.Text(x0-8, by+barH-4, actorName, font, svg.A("font-size", "13"), svg.A("fill", ink), svg.A("text-anchor", "end"))
		d.Line(x0, by+barH/2, x0+plotW, by+barH/2, light)
		for i, iv := range r.intervals {
			end := until
			if iv.Until.IsValid() && iv.Until.Before(until) {
				end = iv.Until
			}
			if !end.After(from) || !iv.From.Before(until) {
				continue
			}
			x1, x2 := sc.x(iv.From), sc.x(end)
			s := iv.Position.Status
			if s == recognition.Unstated {
				continue
			}
			start := i
			for continues(r.intervals, start) {
				start--
			}
			tip := fmt.Sprintf("%s: %s from %v", actorName, statusWords(s), r.intervals[start].From)
			if end := runEnd(r.intervals, start); end.IsValid() {
				tip += fmt.Sprintf(" until %v", end.AddDays(-1))
			}
			tip += fmt.Sprintf(", by %s of %v (%s)", iv.Position.Act.ID, iv.Position.Act.Adopted, iv.Position.Act.Verification)
			words, wordsFill := statusWords(s), "white"
			if bx := iv.Position.BasisExpired; bx.IsValid() {
				m, _ := iv.Position.Basis.Mandate()
				tip += fmt.Sprintf("; it rests on the mandate of %s (%s), expired from %v", theName(m.Claimant), m.Office, bx)
				d.Rect(x1, by, x2-x1, barH, statusColour(s), tip, svg.A("fill-opacity", "0.4"), svg.A("stroke", statusColour(s)))
				wordsFill = ink
			} else {
				d.Rect(x1, by, x2-x1, barH, statusColour(s), tip)
			}
			if x2-x1 > textWidth(words, 11)+6 {
				d.Text(x1+4, by+barH-5, words, font, svg.A("font-size", "11"), svg.A("fill", wordsFill), svg.A("aria-hidden", "true"))
			}
			// The day on which the two expiry-day conventions differ.
			t := iv.Position.Effect.Timing
			if m, keyed := t.Mandate(); keyed && t.Convention() != 0 && !continues(r.intervals, i) {
				alt := otherDay(m, t.Convention())
				a, b := alt, t.Day()
				if b.Before(a) {
					a, b = b, a
				}
				xa, xb := sc.x(a), sc.x(b)
				if xb-xa < 4 {
					xb = xa + 4
				}
				d.Rect(xa, by-3, xb-xa, barH+6, statusColour(s), fmt.Sprintf("%v: %s under the %s convention only", a, statusWords(s), conventionHolding(t.Convention(), a == alt)),
					svg.A("fill-opacity", "0.35"), svg.A("stroke", statusColour(s)), svg.A("stroke-dasharray", "2 1"))
			}
		}
		// The standings, a thin bar under the statuses.
		for _, st := range r.standings {
			end := until
			if st.until.IsValid() && st.until.Before(until) {
				end = st.until
			}
			if !end.After(from) || !st.from.Before(until) {
				continue
			}
			x1, x2 := sc.x(st.from), sc.x(end)
			tip := fmt.Sprintf("%s: standing of %s as %s from %v", actorName, name, st.standing, st.from)
			if st.until.IsValid() {
				tip += fmt.Sprintf(" until %v", st.until.AddDays(-1))
			}
			d.Rect(x1, by+barH+2, max(x2-x1, 2), standingH, sky, tip+" (not recognition)")
			// Its name, where no status is drawn above it.
			words := "standing: " + strings.ReplaceAll(st.standing.String(), "-", " ")
			free := !slices.ContainsFunc(r.intervals, func(iv recognition.Interval) bool {
				return iv.Position.Status != recognition.Unstated && iv.From.Before(end) && (!iv.Until.IsValid() || st.from.Before(iv.Until))
			})
			if free && x2-x1 > textWidth(words, 11)+6 {
				d.Text(x1+4, by+barH-4, words, font, svg.A("font-size", "11"), svg.A("fill", "#2A6F97"), svg.A("aria-hidden", "true"))
			}
		}
		// The acts.
		for i, a := range r.acts {
			x := sc.x(a.Adopted)
			changed := slices.ContainsFunc(r.intervals, func(iv recognition.Interval) bool { return iv.Position.Act.ID == a.ID }) ||
				slices.ContainsFunc(a.Effects, func(e recognition.Effect) bool {
					return e.Event == recognition.StandingAccorded && e.Claimant.ID == c.ID && e.Office == ds.Office
				})
			fill := ink
			if !changed {
				fill = "white"
			}
			tip := fmt.Sprintf("%s, %v (%s, %s): %s", a.ID, a.Adopted, a.Form, a.Verification, clip(a.Wording, 300))
			d.Element("path", tip, svg.A("d", fmt.Sprintf("M%s %sl-5 -9h10z", svg.Num(x), svg.Num(by-1))), svg.A("fill", fill), svg.A("stroke", ink))
			ly := by + barH + 14 + 12*float64(r.lanes[i])
			if len(r.standings) > 0 {
				ly += standingH + 2
			}
			d.Text(x, ly, day(a.Adopted), font, svg.A("font-size", "10"), svg.A("fill", muted), svg.A("text-anchor", "middle"))
		}
		d.End()
		y += r.height
	}
	sc.axis(d, top, bottom)

	y = bottom + 44
	d.Group("legend", svg.A("class", "legend"))
	x := 20.0
	for _, s := range []recognition.Status{recognition.Recognized, recognition.Contested, recognition.NotRecognized, recognition.Withdrawn} {
		x = legendItem(d, x, y, statusColour(s), "", statusWords(s))
	}
	if hasStanding {
		y += 22
		legendItem(d, 20, y, sky, "", "standing accorded, apart from recognition (thin bar)")
	}
	if hasExpired {
		y += 22
		d.Rect(20, y-10, 12, 12, green, "", svg.A("fill-opacity", "0.4"), svg.A("stroke", green))
		d.Text(37, y, "faded: the mandate the status rests on had expired; the status is still the acts'", font, svg.A("font-size", "13"), svg.A("fill", ink))
	}
	x, y = 20, y+22
	d.Element("path", "", svg.A("d", fmt.Sprintf("M%s %sl-5 -9h10z", svg.Num(x+5), svg.Num(y+1))), svg.A("fill", ink))
	d.Text(x+14, y, "act that set a status or standing", font, svg.A("font-size", "13"), svg.A("fill", ink))
	x += 14 + textWidth("act that set a status or standing", 13) + 14
	d.Element("path", "", svg.A("d", fmt.Sprintf("M%s %sl-5 -9h10z", svg.Num(x+5), svg.Num(y+1))), svg.A("fill", "white"), svg.A("stroke", ink))
	d.Text(x+14, y, "other act", font, svg.A("font-size", "13"), svg.A("fill", ink))
	y += 22
	mandates := "Dashed lines: the claimant's mandates."
	if len(bases) > 0 {
		mandates = "Dashed lines: the claimant's mandates, and those the statuses rest on."
	}
	d.Text(20, y, "Blank: no public position (unstated). "+mandates, font, svg.A("font-size", "12"), svg.A("fill", muted))
	y += 20
	for _, n := range notes {
		y = para(d, 20, y, n, 12, width-40, ink)
	}
	d.End()
	return write(w, "timeline", d)
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
