package chart

import (
	"cmp"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"

	"github.com/acquis-eu/acquis/internal/svg"
	"github.com/acquis-eu/acquis/vote"
)

// seat is one seat of a hemicycle: its centre, in a unit where the outer
// radius is 1 and the centre of the chamber is the origin, and its angle
// from the right end (0) to the left end (π).
type seat struct {
	x, y, angle, radius float64
}

// innerRadius is the radius of the empty well of a hemicycle, as a share
// of its outer radius.
const innerRadius = 0.4

// layout places n seats in concentric half rings and returns them in the
// order of their angle, from the left end to the right, with the radius
// of a seat. Each ring holds seats in proportion to its length, so that
// seats are evenly spaced, and as few rings are used as hold n seats at
// that spacing: 14 rings for 705 seats. Taking the seats in the order of
// their angle gives each party a wedge from the well to the outer ring.
func layout(n int) ([]seat, float64) {
	if n <= 0 {
		return nil, 0
	}
	rings, depth := 1, 0.0
	var radii []float64
	capacity := func(k int) (int, []float64, float64) {
		d := (1 - innerRadius) / float64(k)
		rs := make([]float64, k)
		c := 0
		for i := range rs {
			rs[i] = innerRadius + d*(float64(i)+0.5)
			c += int(math.Floor(math.Pi*rs[i]/d)) + 1
		}
		return c, rs, d
	}
	for {
		c, rs, d := capacity(rings)
		if c >= n {
			radii, depth = rs, d
			break
		}
		rings++
	}

	// Share the seats among the rings in proportion to their radii, by the
	// largest remainders, no ring holding more than fit at the spacing.
	var sum float64
	for _, r := range radii {
		sum += r
	}
	counts := make([]int, len(radii))
	room := make([]int, len(radii))
	given := 0
	for i, r := range radii {
		room[i] = int(math.Floor(math.Pi*r/depth)) + 1
		counts[i] = min(int(float64(n)*r/sum), room[i])
		given += counts[i]
	}
	for given < n {
		best, bestRem := -1, math.Inf(-1)
		for i, r := range radii {
			if counts[i] >= room[i] {
				continue
			}
			if rem := float64(n)*r/sum - float64(counts[i]); rem > bestRem {
				best, bestRem = i, rem
			}
		}
		counts[best]++
		given++
	}

	var seats []seat
	for i, r := range radii {
		m := counts[i]
		for j := range m {
			a := math.Pi / 2
			if m > 1 {
				a = math.Pi * float64(m-1-j) / float64(m-1)
			}
			seats = append(seats, seat{x: r * math.Cos(a), y: r * math.Sin(a), angle: a, radius: r})
		}
	}
	slices.SortStableFunc(seats, func(a, b seat) int {
		if c := cmp.Compare(b.angle, a.angle); c != 0 {
			return c
		}
		return cmp.Compare(a.radius, b.radius)
	})
	return seats, depth * 0.38
}

// A block is a run of seats of one kind, in the order they take their
// seats from the left.
type block struct {
	n     int
	fill  string
	class string
	title string // the words a screen reader and a tooltip give
}

// hemicycle is the geometry of a drawn hemicycle.
type hemicycle struct {
	cx, cy, r float64 // the centre of the chamber and its outer radius, in pixels
	seats     []seat
	seatR     float64 // the radius of a seat, in pixels
}

func newHemicycle(n int, cx, cy, r float64) hemicycle {
	seats, sr := layout(n)
	return hemicycle{cx: cx, cy: cy, r: r, seats: seats, seatR: sr * r}
}

// draw draws the blocks' seats in order, each block a group with its
// title.
func (h hemicycle) draw(d *svg.Doc, blocks []block) {
	i := 0
	for _, b := range blocks {
		if b.n == 0 {
			continue
		}
		d.Group(b.title, svg.A("class", b.class))
		for _, s := range h.seats[i : i+b.n] {
			attrs := []svg.Attr{}
			if b.fill == "none" {
				attrs = append(attrs, svg.A("stroke", grey), svg.A("stroke-width", "1"))
			}
			d.Circle(h.cx+s.x*h.r, h.cy-s.y*h.r, h.seatR, b.fill, "", attrs...)
		}
		d.End()
		i += b.n
	}
}

// boundary returns the angle between the k-th seat from the left and the
// next: where a block of k seats from the left ends.
func (h hemicycle) boundary(k int) float64 {
	switch {
	case k <= 0:
		return math.Pi
	case k >= len(h.seats):
		return 0
	}
	return (h.seats[k-1].angle + h.seats[k].angle) / 2
}

// ray draws a line from the well to beyond the outer ring at angle a.
func (h hemicycle) ray(d *svg.Doc, a float64, stroke string, attrs ...svg.Attr) (x, y float64) {
	in, out := h.r*(innerRadius-0.06), h.r*1.06
	c, s := math.Cos(a), math.Sin(a)
	d.Line(h.cx+c*in, h.cy-s*in, h.cx+c*out, h.cy-s*out, stroke, attrs...)
	return h.cx + c*out, h.cy - s*out
}

// Hemicycle writes to w a picture of the European Parliament's vote that
// r records: every seat of the chamber on the day (Parliament.Seats),
// coloured by position from the left (for, against, abstained, did not
// vote) with the vacant seats last, and, for each threshold of the rule,
// a line at the seat that the votes for had to reach. Since the votes for
// fill the seats from the left, a proposal is adopted when their wedge
// reaches every line. The legend gives each count and each condition in
// words (Condition.String), and the description the result
// (Result.String), so that nothing rests on colour alone.
//
// Hemicycle returns an error only if w fails, or for the zero Result.
func Hemicycle(w io.Writer, r vote.Result, o *Options) error {
	p := r.Parliament()
	if p.Seats() == 0 {
		return fmt.Errorf("chart: hemicycle of the zero Result")
	}
	t := r.Tally()
	absent := p.InOffice() - t.Voting()
	vacant := p.Seats() - p.InOffice()
	blocks := []block{
		{t.For, positionColour(vote.For), "for", fmt.Sprintf("for: %d", t.For)},
		{t.Against, positionColour(vote.Against), "against", fmt.Sprintf("against: %d", t.Against)},
		{t.Abstain, positionColour(vote.Abstain), "abstain", fmt.Sprintf("abstained: %d", t.Abstain)},
		{absent, positionColour(vote.DidNotVote), "did-not-vote", fmt.Sprintf("did not vote: %d", absent)},
		{vacant, "none", "vacant", fmt.Sprintf("vacant: %d", vacant)},
	}
	conds := r.Conditions()

	const width, radius = 760.0, 330.0
	rule := wrap("Required: "+r.Rule().Majority()+" ("+r.Rule().Basis()+").", 12, width-40)
	top := 40 + 17*float64(len(rule)) + 36
	height := top + radius + 30 + 24*float64(2+len(conds)) + 20
	outcome := "rejected"
	if r.Adopted() {
		outcome = "adopted"
	}
	title := o.title(fmt.Sprintf("European Parliament, %s: %s, %d–%d–%d", day(p.Date()), outcome, t.For, t.Against, t.Abstain))
	d := svg.New(o.id("hemicycle"), width, height, title, r.String())
	d.Text(width/2, 28, title, font, svg.A("font-size", "17"), svg.A("font-weight", "bold"), svg.A("fill", ink), svg.A("text-anchor", "middle"))
	for i, l := range rule {
		d.Text(width/2, 48+17*float64(i), l, font, svg.A("font-size", "12"), svg.A("fill", muted), svg.A("text-anchor", "middle"))
	}

	h := newHemicycle(p.Seats(), width/2, top+radius, radius)
	h.draw(d, blocks)

	// The thresholds, each a ray at the seat the votes for had to reach.
	d.Group("thresholds", svg.A("class", "thresholds"))
	for _, c := range conds {
		x, y := h.ray(d, h.boundary(c.Required), ink, svg.A("stroke-width", "2"), svg.A("stroke-dasharray", "6 3"))
		anchor := "middle"
		switch {
		case x < width/2-20:
			anchor = "end"
		case x > width/2+20:
			anchor = "start"
		}
		d.Text(x, y-6, fmt.Sprint(c.Required), font, svg.A("font-size", "13"), svg.A("font-weight", "bold"), svg.A("fill", ink), svg.A("text-anchor", anchor))
	}
	d.End()

	// The count in the well.
	d.Text(width/2, h.cy-30, fmt.Sprintf("%d seats", p.Seats()), font, svg.A("font-size", "14"), svg.A("fill", muted), svg.A("text-anchor", "middle"))
	d.Text(width/2, h.cy, strings.ToUpper(outcome), font, svg.A("font-size", "22"), svg.A("font-weight", "bold"), svg.A("fill", ink), svg.A("text-anchor", "middle"))

	y := h.cy + 44
	d.Group("legend", svg.A("class", "legend"))
	x := 20.0
	for _, b := range blocks {
		stroke := ""
		if b.fill == "none" {
			stroke = grey
		}
		if b.n > 0 || b.class != "vacant" {
			x = legendItem(d, x, y, b.fill, stroke, b.title)
		}
	}
	y += 26
	for _, c := range conds {
		d.Line(20, y-4, 32, y-4, ink, svg.A("stroke-width", "2"), svg.A("stroke-dasharray", "6 3"))
		d.Text(37, y, c.String(), font, svg.A("font-size", "13"), svg.A("fill", ink))
		y += 24
	}
	d.Text(20, y, r.Rule().Basis()+"; "+p.String(), font, svg.A("font-size", "11"), svg.A("fill", muted))
	d.End()
	return write(w, "hemicycle", d)
}

// RollCall writes to w a picture of roll call rc in Parliament p (the
// composition on the day of the vote, whose seats and Members in office
// it uses): each political group a wedge of seats, in the order given
// (groups not named come after, by name; nil orders them all by name),
// coloured within by its Members' positions, then the Members in office
// who did not vote and the vacant seats. Each group's wedge is labelled
// with its name and size, and each block of seats has a title with its
// group, position and count.
//
// The groups are those the record lists the Members under, as written
// ("PPE", "S&D", "Verts/ALE"). RollCall returns an error if the roll
// call lists more Members than p has in office, or if w fails.
func RollCall(w io.Writer, rc *vote.RollCall, p vote.Parliament, order []string, o *Options) error {
	total := rc.Tally()
	if p.Seats() == 0 {
		return fmt.Errorf("chart: roll call %s: the zero Parliament", rc.ID)
	}
	if total.Voting() > p.InOffice() {
		return fmt.Errorf("chart: roll call %s lists %d Members voting, more than the %d in office in %s", rc.ID, total.Voting(), p.InOffice(), p)
	}
	byGroup := map[string]vote.Tally{}
	var names []string
	for g, t := range rc.ByGroup() {
		byGroup[g] = t
		names = append(names, g)
	}
	rank := func(g string) int {
		if i := slices.Index(order, g); i >= 0 {
			return i
		}
		return len(order)
	}
	slices.SortStableFunc(names, func(a, b string) int {
		if c := cmp.Compare(rank(a), rank(b)); c != 0 {
			return c
		}
		return strings.Compare(a, b)
	})

	var blocks []block
	type wedge struct {
		name string
		from int
		n    int
	}
	var wedges []wedge
	at := 0
	for _, g := range names {
		t := byGroup[g]
		wedges = append(wedges, wedge{g, at, t.Voting()})
		for _, pos := range []vote.Choice{vote.For, vote.Against, vote.Abstain} {
			n := t.Count(pos)
			blocks = append(blocks, block{n, positionColour(pos), "group " + pos.String(), fmt.Sprintf("%s, %s: %d", g, positionWords(pos), n)})
			at += n
		}
	}
	absent := p.InOffice() - total.Voting()
	vacant := p.Seats() - p.InOffice()
	blocks = append(blocks,
		block{absent, positionColour(vote.DidNotVote), "did-not-vote", fmt.Sprintf("in office, not voting or not listed: %d", absent)},
		block{vacant, "none", "vacant", fmt.Sprintf("vacant: %d", vacant)})

	const width, radius = 760.0, 320.0
	height := 70 + radius + 60 + 26 + 22*float64((len(names)+2)/3) + 40
	title := o.title(fmt.Sprintf("European Parliament, roll call %s of %s by political group: %d–%d–%d", rc.ID, day(rc.Date), total.For, total.Against, total.Abstain))
	var desc strings.Builder
	fmt.Fprintf(&desc, "%d for, %d against, %d abstained; %d Members in office did not vote, %d seats vacant. By group: ", total.For, total.Against, total.Abstain, absent, vacant)
	for i, g := range names {
		if i > 0 {
			desc.WriteString("; ")
		}
		t := byGroup[g]
		fmt.Fprintf(&desc, "%s %d for, %d against, %d abstained", g, t.For, t.Against, t.Abstain)
	}
	d := svg.New(o.id("rollcall"), width, height, title, desc.String())
	d.Text(width/2, 28, title, font, svg.A("font-size", "16"), svg.A("font-weight", "bold"), svg.A("fill", ink), svg.A("text-anchor", "middle"))
	h := newHemicycle(p.Seats(), width/2, 80+radius, radius)
	h.draw(d, blocks)

	d.Group("political groups", svg.A("class", "groups"))
	for _, g := range wedges {
		if g.n == 0 {
			continue
		}
		// A white ray between groups, and the group's name outside its wedge.
		if g.from > 0 {
			h.ray(d, h.boundary(g.from), "white", svg.A("stroke-width", "2"))
		}
		a := (h.boundary(g.from) + h.boundary(g.from+g.n)) / 2
		rr := h.r * 1.08
		x, y := h.cx+math.Cos(a)*rr, h.cy-math.Sin(a)*rr
		anchor := "middle"
		switch {
		case math.Cos(a) < -0.3:
			anchor = "end"
		case math.Cos(a) > 0.3:
			anchor = "start"
		}
		d.Text(x, y, fmt.Sprintf("%s %d", g.name, g.n), font, svg.A("font-size", "12"), svg.A("fill", ink), svg.A("text-anchor", anchor))
	}
	d.End()
	d.Text(width/2, h.cy, fmt.Sprintf("%d seats", p.Seats()), font, svg.A("font-size", "14"), svg.A("fill", muted), svg.A("text-anchor", "middle"))

	y := h.cy + 44
	d.Group("legend", svg.A("class", "legend"))
	x := 20.0
	for _, pos := range []vote.Choice{vote.For, vote.Against, vote.Abstain} {
		x = legendItem(d, x, y, positionColour(pos), "", fmt.Sprintf("%s: %d", positionWords(pos), total.Count(pos)))
	}
	x = legendItem(d, x, y, positionColour(vote.DidNotVote), "", fmt.Sprintf("did not vote: %d", absent))
	legendItem(d, x, y, "none", grey, fmt.Sprintf("vacant: %d", vacant))
	y += 26
	for i := 0; i < len(names); i += 3 {
		var parts []string
		for _, g := range names[i:min(i+3, len(names))] {
			t := byGroup[g]
			parts = append(parts, fmt.Sprintf("%s %d–%d–%d", g, t.For, t.Against, t.Abstain))
		}
		d.Text(20, y, strings.Join(parts, "   "), font, svg.A("font-size", "12"), svg.A("fill", ink))
		y += 22
	}
	d.Text(20, y, "Groups as the record lists them (for–against–abstained). "+p.String(), font, svg.A("font-size", "11"), svg.A("fill", muted))
	d.End()
	return write(w, "roll call", d)
}
