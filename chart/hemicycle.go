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

// halfRings places n seats in concentric half rings and returns them in
// the order of their angle, from the left end to the right, with the
// radius of a seat. Each ring holds seats in proportion to its length, so
// that seats are evenly spaced, and as few rings are used as hold n seats
// at that spacing: 14 rings for 705 seats. Taking the seats in the order
// of their angle gives each party a wedge from the well to the outer ring.
func halfRings(n int) ([]seat, float64) {
	if n <= 0 {
		return nil, 0
	}
	radii, depth := rings(n)
	var seats []seat
	for i, m := range share(n, radii, depth) {
		r := radii[i]
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

// rings returns the radii of the fewest half rings, evenly spaced between
// the well and the outer radius, that hold n seats spaced as far apart as
// the rings are, and that spacing.
func rings(n int) (radii []float64, depth float64) {
	for k := 1; ; k++ {
		depth = (1 - innerRadius) / float64(k)
		radii = make([]float64, k)
		c := 0
		for i := range radii {
			radii[i] = innerRadius + depth*(float64(i)+0.5)
			c += room(radii[i], depth)
		}
		if c >= n {
			return radii, depth
		}
	}
}

// room is the number of seats a half ring of radius r holds at the
// spacing depth.
func room(r, depth float64) int { return int(math.Floor(math.Pi*r/depth)) + 1 }

// share shares n seats among the rings in proportion to their radii, by
// the largest remainders, no ring holding more than fit at the spacing.
func share(n int, radii []float64, depth float64) []int {
	var sum float64
	for _, r := range radii {
		sum += r
	}
	counts := make([]int, len(radii))
	given := 0
	for i, r := range radii {
		counts[i] = min(int(float64(n)*r/sum), room(r, depth))
		given += counts[i]
	}
	for given < n {
		best, bestRem := -1, math.Inf(-1)
		for i, r := range radii {
			if counts[i] >= room(r, depth) {
				continue
			}
			if rem := float64(n)*r/sum - float64(counts[i]); rem > bestRem {
				best, bestRem = i, rem
			}
		}
		counts[best]++
		given++
	}
	return counts
}

// A point is a position in a picture, in pixels.
type point struct{ x, y float64 }

// A block is a run of seats of one kind, in the order they take their
// seats from the left, and the centres of its seats once placed.
type block struct {
	n     int
	fill  string
	class string
	title string // the words a screen reader and a tooltip give
	seats []point
}

// hemicycle is the geometry of a drawn hemicycle.
type hemicycle struct {
	cx, cy, r float64 // the centre of the chamber and its outer radius, in pixels
	seats     []seat
	seatR     float64 // the radius of a seat, in pixels
}

func newHemicycle(n int, cx, cy, r float64) hemicycle {
	seats, sr := halfRings(n)
	return hemicycle{cx: cx, cy: cy, r: r, seats: seats, seatR: sr * r}
}

// place gives the blocks their seats in order, from the left: the first
// block the first b.n seats, and so on. Blocks past the last seat get
// none.
func (h hemicycle) place(blocks []block) []block {
	i := 0
	for k, b := range blocks {
		n := max(0, min(b.n, len(h.seats)-i))
		blocks[k].seats = make([]point, n)
		for j, s := range h.seats[i : i+n] {
			blocks[k].seats[j] = point{h.cx + s.x*h.r, h.cy - s.y*h.r}
		}
		i += n
	}
	return blocks
}

// draw writes the blocks' seats in order, each block with seats a group
// with its title.
func (h hemicycle) draw(d *svg.Doc, blocks []block) {
	for _, b := range blocks {
		if len(b.seats) == 0 {
			continue
		}
		d.Group(b.title, svg.A("class", b.class))
		for _, s := range b.seats {
			attrs := []svg.Attr{}
			if b.fill == "none" {
				attrs = append(attrs, svg.A("stroke", grey), svg.A("stroke-width", "1"))
			}
			d.Circle(s.x, s.y, h.seatR, b.fill, "", attrs...)
		}
		d.End()
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

// A ray is a line from the well of a hemicycle to beyond its outer ring.
type ray struct{ x1, y1, x2, y2 float64 }

// ray returns the ray at angle a.
func (h hemicycle) ray(a float64) ray {
	in, out := h.r*(innerRadius-0.06), h.r*1.06
	c, s := math.Cos(a), math.Sin(a)
	return ray{h.cx + c*in, h.cy - s*in, h.cx + c*out, h.cy - s*out}
}

// draw writes r.
func (r ray) draw(d *svg.Doc, stroke string, attrs ...svg.Attr) {
	d.Line(r.x1, r.y1, r.x2, r.y2, stroke, attrs...)
}

// A threshold is the ray at the seat that the votes for had to reach to
// meet a condition, and the label with that seat's number.
type threshold struct {
	required int
	ray      ray
	label    label
}

// thresholds places a ray at the seat each condition requires the votes
// for to reach, its number beyond the outer ring, anchored away from the
// centre. Where two rays are so close that their numbers would overlap
// (an Article 7 vote of 566 votes cast in a chamber of 751: 378 and 376),
// the numbers move apart: near the top of the chamber, the left one ends
// left of its ray and the right one starts right of its ray; elsewhere,
// and if they still overlap, the later moves up a line at a time.
func (h hemicycle) thresholds(conds []vote.Condition) []threshold {
	var out []threshold
	for _, c := range conds {
		ry := h.ray(h.boundary(c.Required))
		anchor := "middle"
		switch {
		case ry.x2 < h.cx-20:
			anchor = "end"
		case ry.x2 > h.cx+20:
			anchor = "start"
		}
		t := threshold{c.Required, ry, label{x: ry.x2, y: ry.y2 - 6, text: fmt.Sprint(c.Required), size: 13, anchor: anchor}}
		for i := range out {
			if u := &out[i]; anchor == "middle" && u.label.anchor == "middle" && t.label.overlaps(u.label) {
				left, right := &u.label, &t.label
				if t.required < u.required {
					left, right = right, left
				}
				left.x, left.anchor = left.x-2, "end"
				right.x, right.anchor = right.x+2, "start"
			}
		}
		for slices.ContainsFunc(out, func(u threshold) bool { return t.label.overlaps(u.label) }) {
			t.label.y -= t.label.size + 2
		}
		out = append(out, t)
	}
	return out
}

// hemicyclePicture is the layout of a Hemicycle picture.
type hemicyclePicture struct {
	width, height float64
	title, desc   string
	heading       []label // the title, in lines
	rule          []label // the rule's majority and basis
	chamber       hemicycle
	blocks        []block // for, against, abstained, did not vote, vacant
	thresholds    []threshold
	seats, result label // in the well
	legend        []swatch
	conditions    []label // each condition in words, after a dashed line
	basis         []label // the rule's basis and the composition, in lines
}

// Hemicycle writes to w the picture of a vote of the European Parliament,
// the one that r records, as a hemicycle of seats coloured by vote:
// every seat of the chamber on the day (Parliament.Seats), those of the
// Members who voted for from the left, then against, abstained and did not
// vote, with the vacant seats last, and, for each threshold of the rule, a
// line at the seat that the votes for had to reach. Since the votes for
// fill the seats from the left, a proposal is adopted when their wedge
// reaches every line. The legend gives each count and each condition in
// words (Condition.String), and the description the result
// (Result.String), so that nothing rests on colour alone.
//
// Hemicycle returns an error only if w fails, or for the zero Result.
func Hemicycle(w io.Writer, r vote.Result, o *Options) error {
	if r.Parliament().Seats() == 0 {
		return fmt.Errorf("chart: hemicycle of the zero Result")
	}
	return write(w, "hemicycle", layoutHemicycle(r, o).draw(o.id("hemicycle")))
}

// layoutHemicycle lays out the picture of r.
func layoutHemicycle(r vote.Result, o *Options) hemicyclePicture {
	p := r.Parliament()
	t := r.Tally()
	absent := p.InOffice() - t.Voting()
	vacant := p.Seats() - p.InOffice()
	conds := r.Conditions()
	const width, radius = 760.0, 330.0
	outcome := "rejected"
	if r.Adopted() {
		outcome = "adopted"
	}
	title := o.title(fmt.Sprintf("European Parliament, %s: %s, %d–%d–%d", day(p.Date()), outcome, t.For, t.Against, t.Abstain))
	heading, dy := headingLines(title, 17, width, 28)
	rule := wrap("Required: "+r.Rule().Majority()+" ("+r.Rule().Basis()+").", 12, width-40)
	top := 40 + 17*float64(len(rule)) + 36 + dy
	pic := hemicyclePicture{
		width:   width,
		height:  top + radius + 30 + 24*float64(2+len(conds)) + 20,
		title:   title,
		desc:    r.String(),
		heading: heading,
	}
	for i, l := range rule {
		pic.rule = append(pic.rule, label{x: width / 2, y: 48 + 17*float64(i) + dy, text: l, size: 12, anchor: "middle"})
	}
	h := newHemicycle(p.Seats(), width/2, top+radius, radius)
	pic.chamber = h
	pic.blocks = h.place([]block{
		{n: t.For, fill: positionColour(vote.For), class: "for", title: fmt.Sprintf("for: %d", t.For)},
		{n: t.Against, fill: positionColour(vote.Against), class: "against", title: fmt.Sprintf("against: %d", t.Against)},
		{n: t.Abstain, fill: positionColour(vote.Abstain), class: "abstain", title: fmt.Sprintf("abstained: %d", t.Abstain)},
		{n: absent, fill: positionColour(vote.DidNotVote), class: "did-not-vote", title: fmt.Sprintf("did not vote: %d", absent)},
		{n: vacant, fill: "none", class: "vacant", title: fmt.Sprintf("vacant: %d", vacant)},
	})
	pic.thresholds = h.thresholds(conds)
	pic.seats = label{x: width / 2, y: h.cy - 30, text: fmt.Sprintf("%d seats", p.Seats()), size: 14, anchor: "middle"}
	pic.result = label{x: width / 2, y: h.cy, text: strings.ToUpper(outcome), size: 22, anchor: "middle"}

	y := h.cy + 44
	var items []swatch
	for _, b := range pic.blocks {
		stroke := ""
		if b.fill == "none" {
			stroke = grey
		}
		if b.n > 0 || b.class != "vacant" {
			items = append(items, entry(b.fill, stroke, b.title))
		}
	}
	pic.legend, _ = legendRow(20, y, items...)
	y += 26
	for _, c := range conds {
		pic.conditions = append(pic.conditions, label{x: 37, y: y, text: c.String(), size: 13})
		y += 24
	}
	pic.basis, _ = para(20, y, r.Rule().Basis()+"; "+p.String(), 11, width-40)
	pic.height += 11 * 1.45 * float64(len(pic.basis)-1)
	return pic
}

// draw writes the picture, its title and description named by id.
func (pic hemicyclePicture) draw(id string) *svg.Doc {
	d := svg.New(id, pic.width, pic.height, pic.title, pic.desc)
	drawHeading(d, pic.heading)
	for _, l := range pic.rule {
		text(d, l, svg.A("fill", muted), l.anchorAttr())
	}
	pic.chamber.draw(d, pic.blocks)

	d.Group("thresholds", svg.A("class", "thresholds"))
	for _, t := range pic.thresholds {
		t.ray.draw(d, ink, svg.A("stroke-width", "2"), svg.A("stroke-dasharray", "6 3"))
		text(d, t.label, svg.A("font-weight", "bold"), svg.A("fill", ink), t.label.anchorAttr())
	}
	d.End()

	text(d, pic.seats, svg.A("fill", muted), pic.seats.anchorAttr())
	text(d, pic.result, svg.A("font-weight", "bold"), svg.A("fill", ink), pic.result.anchorAttr())

	d.Group("legend", svg.A("class", "legend"))
	for _, s := range pic.legend {
		drawSwatch(d, s)
	}
	for _, l := range pic.conditions {
		d.Line(l.x-17, l.y-4, l.x-5, l.y-4, ink, svg.A("stroke-width", "2"), svg.A("stroke-dasharray", "6 3"))
		text(d, l, svg.A("fill", ink))
	}
	for _, l := range pic.basis {
		text(d, l, svg.A("fill", muted))
	}
	d.End()
	return d
}

// A wedge is a political group's run of seats in a roll call: the white
// ray that parts it from the group before (none for the first), and its
// name and size outside the outer ring.
type wedge struct {
	name  string
	from  int
	n     int
	apart *ray
	label label
}

// rollCallPicture is the layout of a RollCall picture.
type rollCallPicture struct {
	width, height float64
	title, desc   string
	heading       []label
	chamber       hemicycle
	blocks        []block // each group's for, against and abstained, then did not vote and vacant
	wedges        []wedge
	seats         label
	legend        []swatch
	groups        []label // each group's counts, three to a line
	note          []label // what the counts are, and the composition, in lines
}

// RollCall writes to w the picture of roll call rc, each Member's vote by
// political group, as a hemicycle of Parliament p (the composition on the
// day of the vote, whose seats and Members in office it uses): each
// political group a wedge of seats, in the order given (groups not named
// come after, by name; nil orders them all by name), coloured within by
// how its Members voted, then the Members in office who did not vote and
// the vacant seats. Each group's wedge is labelled with its name and size,
// and each block of seats has a title with its group, vote and count. The
// picture is 760 pixels wide, or as much wider as keeps the labels of the
// groups at the ends of the chamber in it.
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
	return write(w, "roll call", layoutRollCall(rc, p, order, o).draw(o.id("rollcall")))
}

// groupsOf returns the tallies of rc's political groups, and their names
// in the order given, then the others by name.
func groupsOf(rc *vote.RollCall, order []string) (map[string]vote.Tally, []string) {
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
	return byGroup, names
}

// rollCallDesc writes the description of a roll call picture: the totals,
// then each group's.
func rollCallDesc(total vote.Tally, absent, vacant int, byGroup map[string]vote.Tally, names []string) string {
	var desc strings.Builder
	fmt.Fprintf(&desc, "%d for, %d against, %d abstained; %d Members in office did not vote, %d seats vacant. By group: ", total.For, total.Against, total.Abstain, absent, vacant)
	for i, g := range names {
		if i > 0 {
			desc.WriteString("; ")
		}
		t := byGroup[g]
		fmt.Fprintf(&desc, "%s %d for, %d against, %d abstained", g, t.For, t.Against, t.Abstain)
	}
	return desc.String()
}

// rollCallBlocks returns the blocks of seats of a roll call, each group's
// for, against and abstained in the order of names, then the Members who
// did not vote and the vacant seats; and each group's wedge.
func rollCallBlocks(byGroup map[string]vote.Tally, names []string, absent, vacant int) ([]block, []wedge) {
	var blocks []block
	var wedges []wedge
	at := 0
	for _, g := range names {
		t := byGroup[g]
		wedges = append(wedges, wedge{name: g, from: at, n: t.Voting()})
		for _, pos := range []vote.Choice{vote.For, vote.Against, vote.Abstain} {
			n := t.Count(pos)
			blocks = append(blocks, block{n: n, fill: positionColour(pos), class: "group " + pos.String(), title: fmt.Sprintf("%s, %s: %d", g, positionWords(pos), n)})
			at += n
		}
	}
	blocks = append(blocks,
		block{n: absent, fill: positionColour(vote.DidNotVote), class: "did-not-vote", title: fmt.Sprintf("in office, not voting or not listed: %d", absent)},
		block{n: vacant, fill: "none", class: "vacant", title: fmt.Sprintf("vacant: %d", vacant)})
	return blocks, wedges
}

// layoutRollCall lays out the picture of rc in p. The picture is 760
// pixels wide, or wider by as much on each side as keeps the groups'
// labels in it.
func layoutRollCall(rc *vote.RollCall, p vote.Parliament, order []string, o *Options) rollCallPicture {
	total := rc.Tally()
	byGroup, names := groupsOf(rc, order)
	absent := p.InOffice() - total.Voting()
	vacant := p.Seats() - p.InOffice()
	blocks, wedges := rollCallBlocks(byGroup, names, absent, vacant)
	const radius = 320.0
	width := 760.0
	h := newHemicycle(p.Seats(), width/2, 80+radius, radius)
	if pad := overflow(h.labelWedges(slices.Clone(wedges)), width); pad > 0 {
		width += 2 * pad
		h.cx = width / 2
	}
	title := o.title(fmt.Sprintf("European Parliament, roll call %s of %s by political group: %d–%d–%d", rc.ID, day(rc.Date), total.For, total.Against, total.Abstain))
	heading, dy := headingLines(title, 16, width, 28)
	h.cy += dy
	pic := rollCallPicture{
		width:   width,
		height:  70 + radius + 60 + 26 + 22*float64((len(names)+2)/3) + 40 + dy,
		title:   title,
		desc:    rollCallDesc(total, absent, vacant, byGroup, names),
		heading: heading,
		chamber: h,
		blocks:  h.place(blocks),
		wedges:  h.labelWedges(wedges),
	}
	pic.seats = label{x: width / 2, y: h.cy, text: fmt.Sprintf("%d seats", p.Seats()), size: 14, anchor: "middle"}

	y := h.cy + 44
	var items []swatch
	for _, pos := range []vote.Choice{vote.For, vote.Against, vote.Abstain} {
		items = append(items, entry(positionColour(pos), "", fmt.Sprintf("%s: %d", positionWords(pos), total.Count(pos))))
	}
	items = append(items, entry(positionColour(vote.DidNotVote), "", fmt.Sprintf("did not vote: %d", absent)), entry("none", grey, fmt.Sprintf("vacant: %d", vacant)))
	pic.legend, _ = legendRow(20, y, items...)
	y += 26
	for i := 0; i < len(names); i += 3 {
		var parts []string
		for _, g := range names[i:min(i+3, len(names))] {
			t := byGroup[g]
			parts = append(parts, fmt.Sprintf("%s %d–%d–%d", g, t.For, t.Against, t.Abstain))
		}
		pic.groups = append(pic.groups, label{x: 20, y: y, text: strings.Join(parts, "   "), size: 12})
		y += 22
	}
	pic.note, _ = para(20, y, "Groups as the record lists them (for–against–abstained). "+p.String(), 11, width-40)
	pic.height += 11 * 1.45 * float64(len(pic.note)-1)
	return pic
}

// labelWedges places the wedges' rays and labels: a white ray before each
// wedge but the first, and the name and size outside the middle of the
// wedge, anchored away from the centre, and moved up, a line at a time,
// until it clears the labels before it.
func (h hemicycle) labelWedges(wedges []wedge) []wedge {
	var placed []label
	for i, g := range wedges {
		if g.n == 0 {
			continue
		}
		if g.from > 0 {
			r := h.ray(h.boundary(g.from))
			wedges[i].apart = &r
		}
		a := (h.boundary(g.from) + h.boundary(g.from+g.n)) / 2
		rr := h.r * 1.08
		anchor := "middle"
		switch {
		case math.Cos(a) < -0.3:
			anchor = "end"
		case math.Cos(a) > 0.3:
			anchor = "start"
		}
		l := label{x: h.cx + math.Cos(a)*rr, y: h.cy - math.Sin(a)*rr, text: fmt.Sprintf("%s %d", g.name, g.n), size: 12, anchor: anchor}
		for slices.ContainsFunc(placed, l.overlaps) {
			l.y -= l.size + 2
		}
		placed = append(placed, l)
		wedges[i].label = l
	}
	return wedges
}

// overflow returns how far the wedges' labels reach beyond the left or the
// right edge of a picture of the given width, whichever is further; 0 if
// they do not.
func overflow(wedges []wedge, width float64) float64 {
	pad := 0.0
	for _, w := range wedges {
		if w.n == 0 {
			continue
		}
		left, right, _, _ := w.label.box()
		pad = max(pad, -left, right-width)
	}
	return math.Ceil(pad)
}

// draw writes the picture, its title and description named by id.
func (pic rollCallPicture) draw(id string) *svg.Doc {
	d := svg.New(id, pic.width, pic.height, pic.title, pic.desc)
	drawHeading(d, pic.heading)
	pic.chamber.draw(d, pic.blocks)
	d.Group("political groups", svg.A("class", "groups"))
	for _, g := range pic.wedges {
		if g.n == 0 {
			continue
		}
		if g.apart != nil {
			g.apart.draw(d, "white", svg.A("stroke-width", "2"))
		}
		text(d, g.label, svg.A("fill", ink), g.label.anchorAttr())
	}
	d.End()
	text(d, pic.seats, svg.A("fill", muted), pic.seats.anchorAttr())
	d.Group("legend", svg.A("class", "legend"))
	for _, s := range pic.legend {
		drawSwatch(d, s)
	}
	for _, l := range pic.groups {
		text(d, l, svg.A("fill", ink))
	}
	for _, l := range pic.note {
		text(d, l, svg.A("fill", muted))
	}
	d.End()
	return d
}
