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

// Council writes to w a picture of ballot b decided by rule in Council c
// (see Council.Decide, whose errors it returns). Each participating
// member is a block, coloured by its position, those in favour first: in
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
// with the member's name, position and population; the legend gives each
// position's members and share in words.
func Council(w io.Writer, c vote.Council, rule vote.CouncilRule, b vote.Ballot, o *Options) error {
	r, err := c.Decide(rule, b)
	if err != nil {
		return fmt.Errorf("chart: council: %w", err)
	}
	table, hasTable := c.Table()
	pop := func(m acquis.Member) int64 {
		if !hasTable {
			return 0
		}
		f, _ := table.Figure(m)
		return f.Population
	}
	var members []acquis.Member
	var absent []acquis.Member
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

	showPop := r.PopulationTotal() > 0
	showWeights := r.WeightsTotal() > 0
	bars := 1
	if showPop {
		bars++
	}
	if showWeights {
		bars++
	}
	const width, x0, barW, barH = 780.0, 120.0, 620.0, 40.0
	const rowH = 112.0
	outcome := "not adopted"
	if r.Adopted() {
		outcome = "adopted"
	}
	basis := r.Basis()
	if r.TableSource() != "" {
		basis += "; population: " + r.TableSource() + " (" + r.Grade().String() + " figures)"
		if !r.Certain() {
			basis += ". The figures are not exact, and within their bounds the outcome could differ: it is not certain"
		}
	}
	majority := wrap("Required: "+rule.Majority()+".", 12, width-40)
	basisLines := wrap(basis, 11, width-40)
	top := 46 + 17*float64(len(majority)) + 30
	height := top + rowH*float64(bars) + 24
	if len(absent) > 0 {
		height += 20
	}
	height += 16*float64(len(basisLines)) + 16
	title := o.title(fmt.Sprintf("Council of the EU, %s: %s", day(r.Date()), outcome))
	d := svg.New(o.id("council"), width, height, title, r.String())
	d.Text(width/2, 28, title, font, svg.A("font-size", "17"), svg.A("font-weight", "bold"), svg.A("fill", ink), svg.A("text-anchor", "middle"))
	for i, l := range majority {
		d.Text(width/2, 50+17*float64(i), l, font, svg.A("font-size", "12"), svg.A("fill", muted), svg.A("text-anchor", "middle"))
	}

	y := top
	// bar draws one bar: each member a block of the given size, then the
	// threshold at the share need/total from the left and the blocking
	// minority.
	bar := func(label, unit string, size func(acquis.Member) int64, total int64, mark func(xs []float64)) {
		d.Group(label, svg.A("class", "bar"))
		d.Text(x0-10, y+barH/2+5, label, font, svg.A("font-size", "13"), svg.A("fill", ink), svg.A("text-anchor", "end"))
		x := x0
		xs := []float64{x}
		for _, m := range members {
			wd := barW * float64(size(m)) / float64(total)
			pos := b.Choice(m)
			tip := fmt.Sprintf("%s (%s): %s", m.Name(), m, positionWords(pos))
			if showPop {
				tip += fmt.Sprintf(", population %s", num.Thousands(pop(m)))
			}
			if unit == "weights" {
				tip += fmt.Sprintf(", %d weighted votes", vote.NiceWeight(m))
			}
			d.Rect(x, y, wd, barH, positionColour(pos), tip, svg.A("stroke", "white"), svg.A("stroke-width", "1"))
			if wd >= 15 {
				d.Text(x+wd/2, y+barH/2+4, m.String(), font, svg.A("font-size", "10"), svg.A("fill", "white"), svg.A("text-anchor", "middle"), svg.A("aria-hidden", "true"))
			}
			x += wd
			xs = append(xs, x)
		}
		mark(xs)
		d.End()
		y += rowH
	}
	threshold := func(x float64, words string) {
		d.Line(x, y-12, x, y+barH+4, ink, svg.A("stroke-width", "2.5"), svg.A("stroke-dasharray", "5 3"))
		anchor := "middle"
		switch {
		case x > x0+barW*0.8:
			anchor = "end"
		case x < x0+barW*0.2:
			anchor = "start"
		}
		d.Text(x, y-16, words, font, svg.A("font-size", "12"), svg.A("font-weight", "bold"), svg.A("fill", ink), svg.A("text-anchor", anchor))
	}
	blocking := func(from float64, words string) {
		yb := y + barH + 8
		d.Element("path", "", svg.A("d", fmt.Sprintf("M%s %sv6H%sv-6", svg.Num(from), svg.Num(yb), svg.Num(x0+barW))), svg.A("fill", "none"), svg.A("stroke", ink))
		d.Text(x0+barW, yb+22, words, font, svg.A("font-size", "12"), svg.A("fill", ink), svg.A("text-anchor", "end"))
	}

	bar(fmt.Sprintf("Members (%d)", r.Participating()), "members", func(acquis.Member) int64 { return 1 }, int64(r.Participating()), func(xs []float64) {
		if r.MembersRequired() > 0 && r.MembersRequired() <= len(members) {
			threshold(xs[r.MembersRequired()], fmt.Sprintf("%d of %d needed", r.MembersRequired(), r.Participating()))
		}
		if k := r.BlockingMinority(); k > 0 && k <= len(members) {
			blocking(xs[len(members)-k], fmt.Sprintf("blocking minority: %d members not in favour", k))
		}
	})
	if showPop {
		bar("Population", "population", pop, r.PopulationTotal(), func(xs []float64) {
			if r.PopulationRequired() > 0 {
				share := 100 * float64(r.PopulationRequired()) / float64(r.PopulationTotal())
				threshold(x0+barW*float64(r.PopulationRequired())/float64(r.PopulationTotal()),
					fmt.Sprintf("%.0f%% needed: %s", share, num.Thousands(r.PopulationRequired())))
				blocking(x0+barW*float64(r.PopulationRequired())/float64(r.PopulationTotal()), fmt.Sprintf("more than %.0f%% of the population, with the members above, blocks", 100-share))
			}
		})
	}
	if showWeights {
		bar("Weighted votes", "weights", func(m acquis.Member) int64 { return int64(vote.NiceWeight(m)) }, int64(r.WeightsTotal()), func(xs []float64) {
			threshold(x0+barW*float64(r.WeightsRequired())/float64(r.WeightsTotal()), fmt.Sprintf("%d of %d needed", r.WeightsRequired(), r.WeightsTotal()))
		})
	}

	// The legend: each position's members, and their population.
	y -= 18
	d.Group("legend", svg.A("class", "legend"))
	x := 20.0
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
		if showPop && pos != vote.NotParticipating {
			words += fmt.Sprintf(" (%.1f%%)", 100*float64(p)/float64(r.PopulationTotal()))
		}
		x = legendItem(d, x, y, positionColour(pos), "", words)
	}
	y += 24
	if len(absent) > 0 {
		var codes []string
		for _, m := range absent {
			codes = append(codes, m.Name())
		}
		d.Text(20, y, "Not taking part, and not counted: "+strings.Join(codes, ", "), font, svg.A("font-size", "12"), svg.A("fill", ink))
		y += 20
	}
	para(d, 20, y, basis, 11, width-40, muted)
	d.End()
	return write(w, "council", d)
}
