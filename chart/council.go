package chart

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/acquis-eu/acquis"
	"github.com/acquis-eu/acquis/internal/num"
	"github.com/acquis-eu/acquis/internal/svg"
	"github.com/acquis-eu/acquis/vote"
)

// positionOrder is the order of positions from the left of a Council
// chart: those in favour first, so that the threshold lines read as
// "reached" or "not reached" by the first blocks.
var positionOrder = []vote.Choice{vote.For, vote.Abstain, vote.Against, vote.NotParticipating}

// Council writes to w the picture of ballot b of Council c decided by
// rule, each member's vote against what the rule requires (see
// Council.Decide, whose errors it returns). Each participating member is
// a block, coloured by its vote, those in favour first: in
// a bar of equal blocks, for the share of members, and, when the rule
// counts population, in a bar of blocks sized by the member's population
// in the table in force (Council.Table), for the share of population.
// Under the Nice rules a third bar sizes the blocks by weighted votes.
// Each bar marks what the rule requires: the least number of members in
// favour (55% of the members and at least 15 under Article 16(4) TEU;
// 72% under Article 238(2) TFEU), the 65% of population, and the blocking
// minority (at least four members, or under Article 238(3)(a) TFEU the
// least number representing more than 35% of the participating
// population, plus one) counted from the right. Every block has a title
// with the member's name, vote and population; the legend gives the
// members and the share of population of each vote in words.
func Council(w io.Writer, c vote.Council, rule vote.CouncilRule, b vote.Ballot, o *Options) error {
	r, err := c.Decide(rule, b)
	if err != nil {
		return fmt.Errorf("chart: council: %w", err)
	}
	return write(w, "council", layoutCouncil(c, rule, b, r, o).draw(o.id("council")))
}

// The geometry of a Council picture: its width, the left edge, width and
// height of its bars, and the height of a bar's row with its marks.
const councilWidth, barX, barW, barH, barRow = 780.0, 120.0, 620.0, 40.0, 112.0

// councilPicture is the layout of a Council picture.
type councilPicture struct {
	width, height float64
	title, desc   string
	heading       []label
	majority      []label // what the rule requires
	bars          []councilBar
	legend        []swatch
	absent        []label // the members not taking part, in lines; none when all take part
	basis         []label
}

// A councilBar is one bar of a Council picture: its name, its top, each
// participating member's block from the left, and what the rule requires
// of it.
type councilBar struct {
	name      label
	y         float64
	blocks    []memberBlock
	threshold *barMark // the least share in favour that the rule requires
	blocking  *barMark // the blocking minority, from its left edge to the bar's right end
}

// A memberBlock is a member's block in a bar: its left edge and width, its
// colour and title, and its code where the block is wide enough.
type memberBlock struct {
	member acquis.Member
	x, w   float64
	fill   string
	tip    string
	code   label // no text when the block is too narrow for it
}

// A barMark is a threshold or a blocking minority on a bar: its x and its
// words.
type barMark struct {
	x     float64
	words label
}

// populations returns a member's population in the table in force in c,
// or 0 when c has none.
func populations(c vote.Council) func(acquis.Member) int64 {
	table, ok := c.Table()
	return func(m acquis.Member) int64 {
		if !ok {
			return 0
		}
		f, _ := table.Figure(m)
		return f.Population
	}
}

// participants returns the members of c who take part in b, in the order
// of positionOrder and then of population, largest first, and those who
// do not.
func participants(c vote.Council, b vote.Ballot, pop func(acquis.Member) int64) (members, absent []acquis.Member) {
	for m := range c.Members() {
		if b.Choice(m) == vote.NotParticipating {
			absent = append(absent, m)
			continue
		}
		members = append(members, m)
	}
	slices.SortStableFunc(members, func(x, y acquis.Member) int {
		if c := cmp.Compare(slices.Index(positionOrder, b.Choice(x)), slices.Index(positionOrder, b.Choice(y))); c != 0 {
			return c
		}
		return cmp.Compare(pop(y), pop(x))
	})
	return members, absent
}

// councilBasis writes the legal basis of r and, when it counts population,
// the table and how exact its figures are.
func councilBasis(r vote.CouncilResult) string {
	basis := r.Basis()
	if r.TableSource() != "" {
		basis += "; population: " + r.TableSource() + " (" + r.Grade().String() + " figures)"
		if !r.Certain() {
			basis += ". The figures are not exact, and within their bounds the outcome could differ: it is not certain"
		}
	}
	return basis
}

// layoutCouncil lays out the picture of ballot b decided by rule in c,
// whose result is r.
func layoutCouncil(c vote.Council, rule vote.CouncilRule, b vote.Ballot, r vote.CouncilResult, o *Options) councilPicture {
	pop := populations(c)
	members, absent := participants(c, b, pop)
	showPop, showWeights := r.PopulationTotal() > 0, r.WeightsTotal() > 0
	bars := 1
	if showPop {
		bars++
	}
	if showWeights {
		bars++
	}
	const width = councilWidth
	outcome := "not adopted"
	if r.Adopted() {
		outcome = "adopted"
	}
	basis := councilBasis(r)
	title := o.title(fmt.Sprintf("Council of the EU, %s: %s", day(r.Date()), outcome))
	heading, dy := headingLines(title, 17, width, 28)
	majority := wrap("Required: "+rule.Majority()+".", 12, width-40)
	top := 46 + 17*float64(len(majority)) + 30 + dy
	height := top + barRow*float64(bars) + 24
	if len(absent) > 0 {
		height += 20 + 12*1.45*float64(len(wrap(notTakingPart(absent), 12, width-40))-1)
	}
	height += 16*float64(len(wrap(basis, 11, width-40))) + 16
	pic := councilPicture{width: width, height: height, title: title, desc: r.String(), heading: heading}
	for i, l := range majority {
		pic.majority = append(pic.majority, label{x: width / 2, y: 50 + 17*float64(i) + dy, text: l, size: 12, anchor: "middle"})
	}

	tip := func(m acquis.Member, weights bool) string {
		s := fmt.Sprintf("%s (%s): %s", m.Name(), m, positionWords(b.Choice(m)))
		if showPop {
			s += fmt.Sprintf(", population %s", num.Thousands(pop(m)))
		}
		if weights {
			s += fmt.Sprintf(", %d weighted votes", vote.NiceWeight(m))
		}
		return s
	}
	y := top
	bar := func(name string, size func(acquis.Member) int64, total int64, weights bool) *councilBar {
		pic.bars = append(pic.bars, newBar(name, y, members, size, total, b.Choice, func(m acquis.Member) string { return tip(m, weights) }))
		y += barRow
		return &pic.bars[len(pic.bars)-1]
	}
	membersBar(bar(fmt.Sprintf("Members (%d)", r.Participating()), func(acquis.Member) int64 { return 1 }, int64(r.Participating()), false), r)
	if showPop {
		populationBar(bar("Population", pop, r.PopulationTotal(), false), r)
	}
	if showWeights {
		br := bar("Weighted votes", func(m acquis.Member) int64 { return int64(vote.NiceWeight(m)) }, int64(r.WeightsTotal()), true)
		br.setThreshold(barX+barW*float64(r.WeightsRequired())/float64(r.WeightsTotal()), fmt.Sprintf("%d of %d needed", r.WeightsRequired(), r.WeightsTotal()))
	}
	pic.layoutLegend(y-18, c, b, r, pop, absent, basis)
	return pic
}

// newBar lays out a bar at y: each member a block of width size/total of
// the bar, from the left.
func newBar(name string, y float64, members []acquis.Member, size func(acquis.Member) int64, total int64,
	choice func(acquis.Member) vote.Choice, tip func(acquis.Member) string) councilBar {
	br := councilBar{name: label{x: barX - 10, y: y + barH/2 + 5, text: name, size: 13, anchor: "end"}, y: y}
	x := barX
	for _, m := range members {
		wd := barW * float64(size(m)) / float64(total)
		blk := memberBlock{member: m, x: x, w: wd, fill: positionColour(choice(m)), tip: tip(m)}
		if wd >= 15 {
			blk.code = label{x: x + wd/2, y: y + barH/2 + 4, text: m.String(), size: 10, anchor: "middle"}
		}
		br.blocks = append(br.blocks, blk)
		x += wd
	}
	return br
}

// edge returns the right edge of the k-th block from the left, the left
// edge of the bar for k = 0.
func (br *councilBar) edge(k int) float64 {
	if k == 0 {
		return barX
	}
	b := br.blocks[k-1]
	return b.x + b.w
}

// setThreshold marks the threshold at x, its words above the bar,
// anchored so that they stay within it.
func (br *councilBar) setThreshold(x float64, words string) {
	anchor := "middle"
	switch {
	case x > barX+barW*0.8:
		anchor = "end"
	case x < barX+barW*0.2:
		anchor = "start"
	}
	br.threshold = &barMark{x: x, words: label{x: x, y: br.y - 16, text: words, size: 12, anchor: anchor}}
}

// setBlocking marks the blocking minority from x to the bar's right end,
// its words under it.
func (br *councilBar) setBlocking(x float64, words string) {
	br.blocking = &barMark{x: x, words: label{x: barX + barW, y: br.y + barH + 8 + 22, text: words, size: 12, anchor: "end"}}
}

// membersBar marks on the bar of members the members in favour required
// and the blocking minority.
func membersBar(br *councilBar, r vote.CouncilResult) {
	n := len(br.blocks)
	if r.MembersRequired() > 0 && r.MembersRequired() <= n {
		br.setThreshold(br.edge(r.MembersRequired()), fmt.Sprintf("%d of %d needed", r.MembersRequired(), r.Participating()))
	}
	if k := r.BlockingMinority(); k > 0 && k <= n {
		br.setBlocking(br.edge(n-k), fmt.Sprintf("blocking minority: %d members not in favour", k))
	}
}

// populationBar marks on the bar of population the population in favour
// required, and the population that blocks.
func populationBar(br *councilBar, r vote.CouncilResult) {
	if r.PopulationRequired() <= 0 {
		return
	}
	share := 100 * float64(r.PopulationRequired()) / float64(r.PopulationTotal())
	br.setThreshold(barX+barW*float64(r.PopulationRequired())/float64(r.PopulationTotal()),
		fmt.Sprintf("%.0f%% needed: %s", share, num.Thousands(r.PopulationRequired())))
	br.setBlocking(barX+barW*float64(r.PopulationRequired())/float64(r.PopulationTotal()), fmt.Sprintf("more than %.0f%% of the population, with the members above, blocks", 100-share))
}

// layoutLegend lays out the legend from y: each position's members and
// their share of the population, the members not taking part, and the
// basis.
func (pic *councilPicture) layoutLegend(y float64, c vote.Council, b vote.Ballot, r vote.CouncilResult, pop func(acquis.Member) int64, absent []acquis.Member, basis string) {
	var items []swatch
	for _, pos := range positionOrder {
		var n int
		var p int64
		for m := range c.Members() {
			if b.Choice(m) == pos {
				n++
				p += pop(m)
			}
		}
		if n == 0 && pos == vote.NotParticipating {
			continue
		}
		words := fmt.Sprintf("%s: %d", positionWords(pos), n)
		if r.PopulationTotal() > 0 && pos != vote.NotParticipating {
			words += fmt.Sprintf(" (%.1f%%)", 100*float64(p)/float64(r.PopulationTotal()))
		}
		items = append(items, entry(positionColour(pos), "", words))
	}
	pic.legend, _ = legendRow(20, y, items...)
	y += 24
	if len(absent) > 0 {
		pic.absent, _ = para(20, y, notTakingPart(absent), 12, pic.width-40)
		y += 20 + 12*1.45*float64(len(pic.absent)-1)
	}
	pic.basis, _ = para(20, y, basis, 11, pic.width-40)
}

// notTakingPart names the members not taking part.
func notTakingPart(absent []acquis.Member) string {
	var names []string
	for _, m := range absent {
		names = append(names, m.Name())
	}
	return "Not taking part, and not counted: " + strings.Join(names, ", ")
}

// draw writes the picture, its title and description named by id.
func (pic councilPicture) draw(id string) *svg.Doc {
	d := svg.New(id, pic.width, pic.height, pic.title, pic.desc)
	drawHeading(d, pic.heading)
	for _, l := range pic.majority {
		text(d, l, svg.A("fill", muted), l.anchorAttr())
	}
	for _, br := range pic.bars {
		br.draw(d)
	}
	d.Group("legend", svg.A("class", "legend"))
	for _, s := range pic.legend {
		drawSwatch(d, s)
	}
	for _, l := range pic.absent {
		text(d, l, svg.A("fill", ink))
	}
	for _, l := range pic.basis {
		text(d, l, svg.A("fill", muted))
	}
	d.End()
	return d
}

// draw writes the bar, its blocks and its marks, as one group.
func (br councilBar) draw(d *svg.Doc) {
	d.Group(br.name.text, svg.A("class", "bar"))
	text(d, br.name, svg.A("fill", ink), br.name.anchorAttr())
	for _, b := range br.blocks {
		d.Rect(b.x, br.y, b.w, barH, b.fill, b.tip, svg.A("stroke", "white"), svg.A("stroke-width", "1"))
		if b.code.text != "" {
			text(d, b.code, svg.A("fill", "white"), b.code.anchorAttr(), svg.A("aria-hidden", "true"))
		}
	}
	if t := br.threshold; t != nil {
		d.Line(t.x, br.y-12, t.x, br.y+barH+4, ink, svg.A("stroke-width", "2.5"), svg.A("stroke-dasharray", "5 3"))
		text(d, t.words, svg.A("font-weight", "bold"), svg.A("fill", ink), t.words.anchorAttr())
	}
	if k := br.blocking; k != nil {
		yb := br.y + barH + 8
		d.Element("path", "", svg.A("d", fmt.Sprintf("M%s %sv6H%sv-6", svg.Num(k.x), svg.Num(yb), svg.Num(barX+barW))), svg.A("fill", "none"), svg.A("stroke", ink))
		text(d, k.words, svg.A("fill", ink), k.words.anchorAttr())
	}
	d.End()
}
