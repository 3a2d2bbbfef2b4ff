package chart

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/acquis-eu/acquis"
	"github.com/acquis-eu/acquis/recognition"
	"github.com/acquis-eu/acquis/sanctions"
	"github.com/acquis-eu/acquis/vote"
)

// The tests in this file check the layouts the pictures are drawn from:
// where each seat, block, bar and label goes, before any SVG is written.

// near reports whether a and b are equal up to rounding.
func near(a, b float64) bool { return math.Abs(a-b) < 1e-6 }

// checkLabels checks that each label lies within a picture of the given
// size and that no two overlap.
func checkLabels(t *testing.T, width, height float64, labels []label) {
	t.Helper()
	for i, l := range labels {
		if l.text == "" {
			t.Errorf("label %d at (%.1f, %.1f) has no text", i, l.x, l.y)
		}
		left, right, top, bottom := l.box()
		if left < 0 || right > width || top < 0 || bottom > height {
			t.Errorf("label %q spans x %.1f to %.1f, y %.1f to %.1f: outside the picture of %gx%g", l.text, left, right, top, bottom, width, height)
		}
		for _, m := range labels[:i] {
			if l.overlaps(m) {
				t.Errorf("labels %q at (%.1f, %.1f) and %q at (%.1f, %.1f) overlap", m.text, m.x, m.y, l.text, l.x, l.y)
			}
		}
	}
}

func TestLabelBox(t *testing.T) {
	for _, tt := range []struct {
		l           label
		left, right float64
	}{
		{label{x: 100, text: "abcd", size: 10}, 100, 122.4},
		{label{x: 100, text: "abcd", size: 10, anchor: "start"}, 100, 122.4},
		{label{x: 100, text: "abcd", size: 10, anchor: "middle"}, 88.8, 111.2},
		{label{x: 100, text: "abcd", size: 10, anchor: "end"}, 77.6, 100},
	} {
		if left, right, _, _ := tt.l.box(); !near(left, tt.left) || !near(right, tt.right) {
			t.Errorf("%+v.box() = %g to %g, want %g to %g", tt.l, left, right, tt.left, tt.right)
		}
	}
	a := label{x: 0, y: 20, text: "abcd", size: 10}
	for _, tt := range []struct {
		b    label
		want bool
	}{
		{label{x: 20, y: 20, text: "abcd", size: 10}, true},
		{label{x: 23, y: 20, text: "abcd", size: 10}, false},
		{label{x: 0, y: 30, text: "abcd", size: 10}, false},
		{label{x: 0, y: 29, text: "abcd", size: 10}, true},
	} {
		if got := a.overlaps(tt.b); got != tt.want {
			t.Errorf("%+v.overlaps(%+v) = %v, want %v", a, tt.b, got, tt.want)
		}
	}
}

func TestTimeScale(t *testing.T) {
	sc := timeScale{from: d("2020-08-01"), until: d("2021-01-01"), x0: 170, width: 590}
	for _, tt := range []struct {
		day  acquis.Date
		want float64
	}{
		{d("2020-08-01"), 170},
		{d("2021-01-01"), 760},
		{d("2020-07-01"), 170},                // before the span: its left edge
		{d("2022-01-01"), 760},                // after: its right edge
		{acquis.Date{}, 760},                  // no day: the right edge, an open end
		{d("2020-10-16"), 170 + 590*76.0/153}, // 76 of the span's 153 days
	} {
		if got := sc.x(tt.day); !near(got, tt.want) {
			t.Errorf("x(%v) = %g, want %g", tt.day, got, tt.want)
		}
	}
	prev := math.Inf(-1)
	for day := sc.from; day.Before(sc.until); day = day.AddDays(1) {
		x := sc.x(day)
		if x <= prev {
			t.Fatalf("x(%v) = %g, not right of the day before (%g)", day, x, prev)
		}
		prev = x
	}

	// The axis: a tick on the first of each month in the span, at its day.
	a := sc.axis(50, 300)
	want := []string{"Aug 2020", "Sep 2020", "Oct 2020", "Nov 2020", "Dec 2020"}
	if len(a.ticks) != len(want) {
		t.Fatalf("%d ticks, want %d", len(a.ticks), len(want))
	}
	for i, tk := range a.ticks {
		first := sc.from.AddMonths(i)
		if tk.text != want[i] || !near(tk.x, sc.x(first)) {
			t.Errorf("tick %d = %q at %g, want %q at %g", i, tk.text, tk.x, want[i], sc.x(first))
		}
	}
	if a.x0 != 170 || a.x1 != 760 {
		t.Errorf("axis from %g to %g, want 170 to 760", a.x0, a.x1)
	}
	checkLabels(t, 780, 400, a.ticks)

	// Longer spans tick quarters, then years.
	for _, tt := range []struct {
		until acquis.Date
		first string
		n     int
	}{
		{d("2023-07-01"), "Oct 2020", 11},
		{d("2030-01-01"), "2021", 9},
	} {
		s := timeScale{from: d("2020-08-01"), until: tt.until, x0: 170, width: 590}
		a := s.axis(0, 100)
		if len(a.ticks) != tt.n || a.ticks[0].text != tt.first {
			t.Errorf("axis to %v: %d ticks from %q, want %d from %q", tt.until, len(a.ticks), a.ticks[0].text, tt.n, tt.first)
		}
		checkLabels(t, 780, 200, a.ticks)
	}
}

// hemicycleLabels returns every label of a Hemicycle picture.
func hemicycleLabels(pic hemicyclePicture) []label {
	ls := append(slices.Clone(pic.heading), pic.rule...)
	for _, t := range pic.thresholds {
		ls = append(ls, t.label)
	}
	ls = append(ls, pic.seats, pic.result)
	for _, s := range pic.legend {
		ls = append(ls, s.words)
	}
	return append(append(ls, pic.conditions...), pic.basis...)
}

// seatAngle returns the angle of a seat drawn at p around the centre of
// chamber h, from the right end (0) to the left (π).
func seatAngle(h hemicycle, p point) float64 {
	a := math.Atan2(h.cy-p.y, p.x-h.cx)
	if a < -math.Pi/2 {
		a += 2 * math.Pi // the left end, a rounding below the centre
	}
	return a
}

func TestHemicycleLayout(t *testing.T) {
	type vote_ = struct {
		day  string
		rule vote.ParliamentRule
		t    vote.Tally
	}
	for _, v := range []vote_{
		{"2020-09-17", vote.VotesCast, vote.Tally{For: 574, Against: 37, Abstain: 82, DidNotVote: 12}},
		{"2023-05-10", vote.Censure, vote.Tally{For: 340, Against: 120, Abstain: 60}},
		{"2023-05-10", vote.Article7, vote.Tally{For: 420, Against: 200, Abstain: 5}},
		{"2014-07-01", vote.SecondReading, vote.Tally{For: 376, Against: 0, Abstain: 0}},
		// Two thresholds two seats apart: 378, two thirds of the votes
		// cast, and 376, a majority of the 751 Members.
		{"2014-07-01", vote.Article7, vote.Tally{For: 497, Against: 69, Abstain: 82}},
		{"2024-07-16", vote.BudgetConfirmation, vote.Tally{}},
	} {
		t.Run(v.day+" "+v.rule.String(), func(t *testing.T) {
			p, err := vote.ParliamentOn(d(v.day))
			if err != nil {
				t.Fatal(err)
			}
			r, err := p.Decide(v.rule, v.t)
			if err != nil {
				t.Fatal(err)
			}
			pic := layoutHemicycle(r, nil)
			h := pic.chamber

			// Seats per position, and every seat of the chamber.
			tally := r.Tally()
			want := []int{tally.For, tally.Against, tally.Abstain, p.InOffice() - tally.Voting(), p.Seats() - p.InOffice()}
			var seats []point
			for i, b := range pic.blocks {
				if len(b.seats) != want[i] || b.n != want[i] {
					t.Errorf("block %s has %d seats (n %d), want %d", b.class, len(b.seats), b.n, want[i])
				}
				seats = append(seats, b.seats...)
			}
			if len(seats) != p.Seats() {
				t.Errorf("%d seats placed, want %d", len(seats), p.Seats())
			}
			// No two seats overlap, and each is inside the picture.
			for i, s := range seats {
				if s.x-h.seatR < 0 || s.x+h.seatR > pic.width || s.y-h.seatR < 0 || s.y+h.seatR > pic.height {
					t.Errorf("seat %d at (%.1f, %.1f) leaves the picture", i, s.x, s.y)
				}
				for j, u := range seats[:i] {
					if math.Hypot(s.x-u.x, s.y-u.y) < 2*h.seatR {
						t.Fatalf("seats %d and %d overlap at (%.1f, %.1f) and (%.1f, %.1f)", j, i, u.x, u.y, s.x, s.y)
					}
				}
			}

			// Each threshold's ray parts the seats it requires from the
			// rest: the first Required seats from the left lie left of it,
			// or on it (rings with an odd number of seats each have one at
			// the top, which a ray there crosses).
			if len(pic.thresholds) != len(r.Conditions()) {
				t.Fatalf("%d thresholds, want one per condition (%d)", len(pic.thresholds), len(r.Conditions()))
			}
			reaches := true
			for i, th := range pic.thresholds {
				c := r.Conditions()[i]
				if th.required != c.Required || th.label.text != fmt.Sprint(c.Required) {
					t.Errorf("threshold %d: required %d labelled %q, want %d", i, th.required, th.label.text, c.Required)
				}
				a := math.Atan2(th.ray.y1-th.ray.y2, th.ray.x2-th.ray.x1)
				for k, s := range seats {
					sa := seatAngle(h, s)
					if on := math.Abs(sa-a) < 1e-9; !on && (sa > a) != (k < th.required) {
						t.Fatalf("threshold %d at %.4f rad: seat %d at %.4f is on the wrong side", th.required, a, k, seatAngle(h, s))
					}
				}
				// The ray runs from the well to beyond the outer ring.
				if in, out := math.Hypot(th.ray.x1-h.cx, th.ray.y1-h.cy), math.Hypot(th.ray.x2-h.cx, th.ray.y2-h.cy); in > innerRadius*h.r || out < h.r {
					t.Errorf("threshold %d runs from %.1f to %.1f px from the centre, want within %.1f to beyond %.1f", th.required, in, out, innerRadius*h.r, h.r)
				}
				reaches = reaches && tally.For >= th.required
			}
			// The votes for fill the seats from the left: their wedge
			// reaches every line exactly when the proposal is adopted.
			if reaches != r.Adopted() {
				t.Errorf("the votes for reach every line: %v; adopted: %v", reaches, r.Adopted())
			}
			checkLabels(t, pic.width, pic.height, hemicycleLabels(pic))
		})
	}
}

// rollCall returns a roll call with the given number of Members of each
// group voting for, against and abstaining.
func rollCall(groups map[string][3]int) *vote.RollCall {
	rc := &vote.RollCall{ID: "test", Date: d("2020-09-17")}
	for g, ns := range groups {
		for k, pos := range []vote.Choice{vote.For, vote.Against, vote.Abstain} {
			for i := range ns[k] {
				rc.Votes = append(rc.Votes, vote.MemberVote{MEP: vote.MEP{Name: fmt.Sprintf("%s %s %d", g, pos, i)}, Group: g, Choice: pos})
			}
		}
	}
	return rc
}

func TestRollCallLayout(t *testing.T) {
	p, err := vote.ParliamentOn(d("2020-09-17"))
	if err != nil {
		t.Fatal(err)
	}
	for name, groups := range map[string]map[string][3]int{
		// The groups of the Ninth Parliament, roughly as large as they were.
		"whole house": {"PPE": {170, 8, 9}, "S&D": {130, 5, 10}, "Renew": {90, 2, 3}, "ID": {10, 50, 10},
			"Verts/ALE": {70, 0, 3}, "ECR": {30, 20, 10}, "The Left": {20, 10, 8}, "NI": {10, 15, 4}},
		// A handful of votes: the wedges are a seat or two wide.
		"few votes": {"S&D": {2, 1, 0}, "PPE": {3, 0, 0}, "NI": {0, 1, 1}},
	} {
		t.Run(name, func(t *testing.T) {
			rc := rollCall(groups)
			pic := layoutRollCall(rc, p, []string{"S&D", "PPE"}, nil)
			at := 0
			for _, w := range pic.wedges {
				g := groups[w.name]
				if w.from != at || w.n != g[0]+g[1]+g[2] {
					t.Errorf("wedge %s: from seat %d, %d seats; want from %d, %d", w.name, w.from, w.n, at, g[0]+g[1]+g[2])
				}
				if (w.apart != nil) != (w.from > 0) {
					t.Errorf("wedge %s from seat %d: parted from the one before: %v", w.name, w.from, w.apart != nil)
				}
				at += w.n
			}
			if pic.wedges[0].name != "S&D" || pic.wedges[1].name != "PPE" {
				t.Errorf("wedges begin %s, %s; want the order given, S&D then PPE", pic.wedges[0].name, pic.wedges[1].name)
			}
			n := 0
			for _, b := range pic.blocks {
				n += len(b.seats)
			}
			if n != p.Seats() {
				t.Errorf("%d seats placed, want %d", n, p.Seats())
			}
			ls := append(slices.Clone(pic.heading), pic.seats)
			for _, w := range pic.wedges {
				ls = append(ls, w.label)
			}
			for _, s := range pic.legend {
				ls = append(ls, s.words)
			}
			checkLabels(t, pic.width, pic.height, append(append(ls, pic.groups...), pic.note...))
		})
	}
}

// councilLabels returns every label of a Council picture.
func councilLabels(pic councilPicture) []label {
	ls := append(slices.Clone(pic.heading), pic.majority...)
	for _, br := range pic.bars {
		ls = append(ls, br.name)
		for _, b := range br.blocks {
			if b.code.text != "" {
				ls = append(ls, b.code)
			}
		}
		for _, m := range []*barMark{br.threshold, br.blocking} {
			if m != nil {
				ls = append(ls, m.words)
			}
		}
	}
	for _, s := range pic.legend {
		ls = append(ls, s.words)
	}
	ls = append(ls, pic.absent...)
	return append(ls, pic.basis...)
}

// checkCouncilLayout checks the layout of ballot b under rule in c: the
// bars' blocks in order, sized by what each bar counts, the thresholds
// where the rule puts them, and the labels apart and inside the picture.
func checkCouncilLayout(t *testing.T, c vote.Council, rule vote.CouncilRule, b vote.Ballot) {
	t.Helper()
	r, err := c.Decide(rule, b)
	if err != nil {
		return // a ballot the rule refuses
	}
	pic := layoutCouncil(c, rule, b, r, nil)
	pop := populations(c)
	for _, br := range pic.bars {
		if len(br.blocks) != r.Participating() {
			t.Errorf("bar %q has %d blocks, want one for each of the %d members taking part", br.name.text, len(br.blocks), r.Participating())
		}
		x := barX
		for i, blk := range br.blocks {
			if !near(blk.x, x) {
				t.Errorf("bar %q: block %d (%v) starts at %g, want %g, where the one before ends", br.name.text, i, blk.member, blk.x, x)
			}
			x += blk.w
			var want float64
			switch br.name.text {
			case "Population":
				want = barW * float64(pop(blk.member)) / float64(r.PopulationTotal())
			case "Weighted votes":
				want = barW * float64(vote.NiceWeight(blk.member)) / float64(r.WeightsTotal())
			default:
				want = barW / float64(r.Participating())
			}
			if !near(blk.w, want) {
				t.Errorf("bar %q: block of %v is %g wide, want %g", br.name.text, blk.member, blk.w, want)
			}
			if blk.code.text != "" {
				if left, right, _, _ := blk.code.box(); left < blk.x || right > blk.x+blk.w {
					t.Errorf("bar %q: the code of %v spans %g to %g, outside its block (%g to %g)", br.name.text, blk.member, left, right, blk.x, blk.x+blk.w)
				}
			}
			if i > 0 && positionRank(b.Choice(br.blocks[i-1].member)) > positionRank(b.Choice(blk.member)) {
				t.Errorf("bar %q: %v comes after %v", br.name.text, blk.member, br.blocks[i-1].member)
			}
		}
		if !near(x, barX+barW) {
			t.Errorf("bar %q ends at %g, want %g", br.name.text, x, barX+barW)
		}
		checkMarks(t, br, r)
	}
	checkLabels(t, pic.width, pic.height, councilLabels(pic))
}

// positionRank is the place of a position in the order of a Council
// picture.
func positionRank(p vote.Choice) int {
	for i, q := range positionOrder {
		if p == q {
			return i
		}
	}
	return len(positionOrder)
}

// checkMarks checks that the threshold of a bar is at the share the rule
// requires and the blocking minority spans the blocks that block.
func checkMarks(t *testing.T, br councilBar, r vote.CouncilResult) {
	t.Helper()
	switch br.name.text {
	case "Population":
		if r.PopulationRequired() > 0 {
			want := barX + barW*float64(r.PopulationRequired())/float64(r.PopulationTotal())
			if br.threshold == nil || !near(br.threshold.x, want) || br.blocking == nil || !near(br.blocking.x, want) {
				t.Errorf("population: threshold and blocking minority at %+v and %+v, want both at %g", br.threshold, br.blocking, want)
			}
		}
	case "Weighted votes":
		want := barX + barW*float64(r.WeightsRequired())/float64(r.WeightsTotal())
		if br.threshold == nil || !near(br.threshold.x, want) {
			t.Errorf("weighted votes: threshold at %+v, want %g", br.threshold, want)
		}
	default:
		if k := r.MembersRequired(); k > 0 && k <= len(br.blocks) {
			// The threshold is the right edge of the k-th block.
			if want := br.blocks[k-1].x + br.blocks[k-1].w; br.threshold == nil || !near(br.threshold.x, want) {
				t.Errorf("members: threshold at %+v, want %g (after %d members)", br.threshold, want, k)
			}
		}
		if k := r.BlockingMinority(); k > 0 && k <= len(br.blocks) {
			// The blocking minority spans the last k blocks.
			if want := br.blocks[len(br.blocks)-k].x; br.blocking == nil || !near(br.blocking.x, want) {
				t.Errorf("members: blocking minority from %+v, want %g (the last %d members)", br.blocking, want, k)
			}
		}
	}
}

func TestCouncilLayout(t *testing.T) {
	for _, tt := range []struct {
		day     string
		rule    vote.CouncilRule
		against []acquis.Member
		abstain []acquis.Member
		absent  []acquis.Member
	}{
		{"2020-11-06", vote.QualifiedMajority, []acquis.Member{acquis.HU, acquis.PL}, []acquis.Member{acquis.BG}, nil},
		{"2020-11-06", vote.QualifiedMajority, []acquis.Member{acquis.DE, acquis.FR, acquis.IT}, []acquis.Member{acquis.ES}, nil},
		{"2024-06-17", vote.QualifiedMajority, []acquis.Member{acquis.IT, acquis.HU, acquis.NL, acquis.PL, acquis.FI, acquis.SE}, []acquis.Member{acquis.BE}, nil},
		{"2020-11-06", vote.ReinforcedQualifiedMajority, []acquis.Member{acquis.HU}, nil, []acquis.Member{acquis.MT, acquis.DK}},
		{"2020-11-06", vote.Article7Determination, []acquis.Member{acquis.PL}, nil, []acquis.Member{acquis.HU}},
		{"2020-11-06", vote.Unanimity, nil, []acquis.Member{acquis.LU}, nil},
		// More members not taking part than one line names.
		{"2020-11-06", vote.SimpleMajority, nil, nil, []acquis.Member{acquis.CZ, acquis.DE, acquis.EE, acquis.IE, acquis.EL, acquis.ES, acquis.FR, acquis.HR, acquis.IT, acquis.CY, acquis.LV}},
		{"2010-06-01", vote.NiceWeights, []acquis.Member{acquis.UK, acquis.PL}, nil, nil},
	} {
		t.Run(tt.day+" "+tt.rule.String(), func(t *testing.T) {
			c, err := vote.CouncilOn(d(tt.day))
			if err != nil {
				t.Fatal(err)
			}
			b := c.Ballot(vote.For)
			for _, m := range tt.against {
				b.Set(m, vote.Against)
			}
			for _, m := range tt.abstain {
				b.Set(m, vote.Abstain)
			}
			for _, m := range tt.absent {
				b.Set(m, vote.NotParticipating)
			}
			if _, err := c.Decide(tt.rule, b); err != nil {
				t.Fatal(err)
			}
			checkCouncilLayout(t, c, tt.rule, b)
		})
	}
}

// listingsLabels returns every label of a Listings picture.
func listingsLabels(pic listingsPicture) []label {
	ls := slices.Clone(pic.heading)
	for _, m := range pic.acts {
		ls = append(ls, m.lines...)
	}
	for _, l := range pic.lapses {
		ls = append(ls, l.words)
	}
	for _, p := range pic.panels {
		ls = append(ls, p.name)
		for _, g := range p.grid {
			ls = append(ls, g.value)
		}
	}
	ls = append(ls, pic.axis.ticks...)
	for _, l := range pic.legend {
		ls = append(ls, l.words)
	}
	return ls
}

func TestListingsLayout(t *testing.T) {
	l := sanctions.Belarus2020()
	reg, _ := l.Regime("BLR")
	for _, span := range [][2]string{
		{"2020-08-01", "2021-04-01"}, // the page's span, with the lapse
		{"2020-08-01", "2021-01-01"}, // the example's: the last acts near the right edge
		{"2020-10-01", "2020-12-01"},
		{"2020-01-01", "2030-01-01"},
	} {
		from, until := d(span[0]), d(span[1])
		t.Run(span[0]+" to "+span[1], func(t *testing.T) {
			pic, err := layoutListings(l, reg, from, until, nil)
			if err != nil {
				t.Fatal(err)
			}
			sc := timeScale{from: from, until: until, x0: plotX, width: plotW}
			// A marker on each day on which acts of the regime enter into
			// force, where the time axis puts that day.
			days := map[acquis.Date]bool{}
			for _, a := range l.Acts() {
				if a.Regime == "BLR" && !a.InForce.Before(from) && a.InForce.Before(until) {
					days[a.InForce] = true
				}
			}
			if len(pic.acts) != len(days) {
				t.Errorf("%d markers, want one for each of %d days", len(pic.acts), len(days))
			}
			for _, m := range pic.acts {
				found := false
				for dd := range days {
					if near(m.x, sc.x(dd)) {
						found = true
					}
				}
				if !found {
					t.Errorf("marker %q at %g is on no act's day", m.lines[0].text, m.x)
				}
				if m.y > pic.bottom {
					t.Errorf("marker %q runs from %g, below the panels' bottom %g", m.lines[0].text, m.y, pic.bottom)
				}
				// Its labels start right of it, or end left of it.
				for _, l := range m.lines {
					if left, right, _, _ := l.box(); !near(left, m.x+3) && !near(right, m.x-3) {
						t.Errorf("marker %q at %g: label %q spans %g to %g, away from it", m.lines[0].text, m.x, l.text, left, right)
					}
				}
			}
			// The steps: one panel per measure, each step where the axis
			// puts its day and as high as its count.
			if len(pic.panels) != len(reg.Bases) {
				t.Errorf("%d panels, want one per measure (%d)", len(pic.panels), len(reg.Bases))
			}
			for _, p := range pic.panels {
				for _, s := range p.series {
					for _, pt := range s.steps {
						if pt.x < plotX || pt.x > plotX+plotW || pt.y < p.y || pt.y > p.y+panelH {
							t.Errorf("panel %q: step at (%g, %g) outside the panel", p.name.text, pt.x, pt.y)
						}
					}
				}
			}
			// The regime lapses in this data after 28 February 2021.
			lapses := 0
			if lapse := d("2021-03-01"); !lapse.Before(from) && lapse.Before(until) {
				lapses = 1
			}
			if len(pic.lapses) != lapses {
				t.Errorf("%d lapses, want %d", len(pic.lapses), lapses)
			}
			for _, lp := range pic.lapses {
				if want := sc.x(d("2021-03-01")); !near(lp.x, want) {
					t.Errorf("lapse at %g, want the day after 28 Feb 2021 at %g", lp.x, want)
				}
			}
			checkLabels(t, pic.width, pic.height, listingsLabels(pic))
		})
	}
}

// timelineLabels returns every label of a Timeline picture.
func timelineLabels(pic timelinePicture) []label {
	ls := slices.Clone(pic.heading)
	for _, m := range pic.mandates {
		ls = append(ls, m.label)
	}
	for _, r := range pic.rows {
		ls = append(ls, r.name...)
		for _, b := range r.statuses {
			if b.words.text != "" {
				ls = append(ls, b.words)
			}
		}
		for _, b := range r.standings {
			if b.words.text != "" {
				ls = append(ls, b.words)
			}
		}
		for _, a := range r.acts {
			ls = append(ls, a.date)
		}
	}
	ls = append(ls, pic.axis.ticks...)
	lg := pic.legend
	for _, s := range append(lg.statuses, lg.standing...) {
		ls = append(ls, s.words)
	}
	if lg.faded.text != "" {
		ls = append(ls, lg.faded)
	}
	ls = append(ls, lg.acts[0].date, lg.acts[1].date, lg.blank)
	return append(ls, lg.notes...)
}

func TestTimelineLayout(t *testing.T) {
	for _, tt := range []struct {
		ds          recognition.Dataset
		claimant    string
		from, until string
	}{
		{recognition.Belarus2020(), "lukashenka", "2020-08-01", "2021-01-01"},
		{recognition.Belarus2020(), "coordination-council", "2020-08-01", "2021-01-01"},
		{recognition.Belarus2020(), "lukashenka", "2020-09-01", "2020-12-01"},
		{recognition.Venezuela2019(), "guaido", "2019-01-01", "2023-07-01"},
		{recognition.Venezuela2019(), "maduro", "2018-05-01", "2025-07-01"},   // a mandate starts near the right edge
		{recognition.Belarus2020(), "lukashenka", "2020-05-01", "2020-09-24"}, // an act the day before the last
	} {
		t.Run(tt.claimant+" "+tt.from+" to "+tt.until, func(t *testing.T) {
			from, until := d(tt.from), d(tt.until)
			c, _ := tt.ds.Claimant(tt.claimant)
			rs, err := records(tt.ds, c, from, until)
			if err != nil {
				t.Fatal(err)
			}
			pic := layoutTimeline(tt.ds, c, rs, from, until, nil)
			sc := timeScale{from: from, until: until, x0: rowX, width: rowW}

			// One row per actor with an act about the claimant that has
			// something to show in the picture's days, one under the
			// other.
			l, err := tt.ds.Ledger()
			if err != nil {
				t.Fatal(err)
			}
			about, err := l.Actors(c, tt.ds.Office)
			if err != nil {
				t.Fatal(err)
			}
			var shown int
			for _, a := range about {
				if showsIn(t, l, tt.ds, a, c, from, until) {
					shown++
				}
			}
			if len(pic.rows) != shown {
				t.Errorf("%d rows, want one for each of the %d actors with something in the picture's days", len(pic.rows), shown)
			}
			y := pic.top
			for i, r := range pic.rows {
				if r.actor != rs[i].actor.Name() || !near(r.y, y) {
					t.Errorf("row %d is %s at %g, want %s at %g", i, r.actor, r.y, rs[i].actor.Name(), y)
				}
				y += r.height
				var words []string
				for _, l := range r.name {
					words = append(words, l.text)
				}
				if strings.Join(words, " ") != r.actor {
					t.Errorf("row %s is named %q", r.actor, words)
				}
				checkRow(t, r, rs[i], sc)
			}
			if !near(y, pic.bottom) {
				t.Errorf("the rows end at %g, want the bottom %g", y, pic.bottom)
			}
			for _, m := range pic.mandates {
				if m.x < rowX || m.x > rowX+rowW || m.y > pic.top {
					t.Errorf("mandate mark %q at (%g, %g): outside the plot or below its top", m.label.text, m.x, m.y)
				}
				if left, right, _, bottom := m.label.box(); left > m.x || right < m.x || bottom > m.y {
					t.Errorf("mandate mark %q at (%g, %g): its label spans %g to %g, down to %g, not over its line", m.label.text, m.x, m.y, left, right, bottom)
				}
			}
			checkLabels(t, pic.width, pic.height, timelineLabels(pic))
		})
	}
}

// showsIn reports whether actor a has, toward claimant c, an act adopted
// in [from, until) or a status other than unstated on one of those days.
func showsIn(t *testing.T, l *recognition.Ledger, ds recognition.Dataset, a recognition.Actor, c recognition.Claimant, from, until acquis.Date) bool {
	t.Helper()
	for _, act := range ds.Acts {
		if act.Actor == a && !act.Adopted.Before(from) && act.Adopted.Before(until) &&
			slices.ContainsFunc(act.Effects, func(e recognition.Effect) bool { return e.Claimant.ID == c.ID }) {
			return true
		}
	}
	for d := from; d.Before(until); d = d.AddDays(1) {
		p, err := l.StatusAt(a, c, ds.Office, d)
		if err != nil {
			t.Fatal(err)
		}
		if p.Status != recognition.Unstated {
			return true
		}
		if st, err := l.StandingAt(a, c, ds.Office, d); err == nil && st != recognition.NoStanding {
			return true
		}
	}
	return false
}

// checkRow checks a row of a Timeline against its record: each status
// drawn between the days the time scale gives, and each act at its day.
func checkRow(t *testing.T, row timelineRow, r record, sc timeScale) {
	t.Helper()
	k := 0
	for _, iv := range r.intervals {
		end := sc.until
		if iv.Until.IsValid() && iv.Until.Before(sc.until) {
			end = iv.Until
		}
		if iv.Position.Status == recognition.Unstated || !end.After(sc.from) || !iv.From.Before(sc.until) {
			continue
		}
		if k >= len(row.statuses) {
			t.Errorf("%s: no bar for %s from %v", row.actor, iv.Position.Status, iv.From)
			return
		}
		b := row.statuses[k]
		if !near(b.x1, sc.x(iv.From)) || !near(b.x2, sc.x(end)) || b.fill != statusColour(iv.Position.Status) {
			t.Errorf("%s: bar %d from %g to %g in %s, want %s from %g to %g", row.actor, k, b.x1, b.x2, b.fill, iv.Position.Status, sc.x(iv.From), sc.x(end))
		}
		if b.faded != iv.Position.BasisExpired.IsValid() {
			t.Errorf("%s: bar %d faded %v, want %v", row.actor, k, b.faded, iv.Position.BasisExpired.IsValid())
		}
		if b.words.text != "" {
			if left, right, _, _ := b.words.box(); left < b.x1 || right > b.x2 {
				t.Errorf("%s: the words %q span %g to %g, outside their bar (%g to %g)", row.actor, b.words.text, left, right, b.x1, b.x2)
			}
		}
		k++
	}
	if k != len(row.statuses) {
		t.Errorf("%s: %d bars, want %d", row.actor, len(row.statuses), k)
	}
	if len(row.acts) != len(r.acts) {
		t.Fatalf("%s: %d act markers, want %d", row.actor, len(row.acts), len(r.acts))
	}
	for i, a := range row.acts {
		if !near(a.x, sc.x(r.acts[i].Adopted)) || a.date.text != day(r.acts[i].Adopted) {
			t.Errorf("%s: act %s at %g labelled %q, want at %g", row.actor, r.acts[i].ID, a.x, a.date.text, sc.x(r.acts[i].Adopted))
		}
		if left, right, _, _ := a.date.box(); left > a.x || right < a.x {
			t.Errorf("%s: the date of act %s spans %g to %g, not under its marker at %g", row.actor, r.acts[i].ID, left, right, a.x)
		}
		if _, _, top, bottom := a.date.box(); top < row.bar || bottom > row.y+row.height {
			t.Errorf("%s: the date of act %s spans y %g to %g, outside its row (%g to %g)", row.actor, r.acts[i].ID, top, bottom, row.bar, row.y+row.height)
		}
	}
}

func TestWrap(t *testing.T) {
	for _, tt := range []struct {
		s     string
		width float64
		want  []string
	}{
		{"", 100, nil},
		{"   ", 100, nil},
		{"one", 1, []string{"one"}}, // a word wider than the line keeps its line
		{"one two three", 1000, []string{"one two three"}},
		// At size 10 a rune is 5.6 wide: "one two" is 39.2, "one two three" 72.8.
		{"one two three", 39.3, []string{"one two", "three"}},
		{"one two three", 39.1, []string{"one", "two", "three"}},
		{"one  two\tthree", 73, []string{"one two three"}},
		{"Ünïcödé wörds", 44.8, []string{"Ünïcödé", "wörds"}}, // runes, not bytes
	} {
		got := wrap(tt.s, 10, tt.width)
		if !slices.Equal(got, tt.want) {
			t.Errorf("wrap(%q, 10, %g) = %q, want %q", tt.s, tt.width, got, tt.want)
		}
		for _, l := range got {
			if w := textWidth(l, 10); w > tt.width && strings.Contains(l, " ") {
				t.Errorf("wrap(%q, 10, %g): line %q is %g wide", tt.s, tt.width, l, w)
			}
		}
	}
}

// FuzzWrap checks wrap against the plain way of writing it: adding each
// word to the line and measuring the line.
func FuzzWrap(f *testing.F) {
	f.Add("Restrictive measures in respect of Belarus: persons and entities listed, 1 Aug 2020 to 31 Mar 2021", 740.0)
	f.Add("Ünïcödé  wörds\tand\nlines", 30.0)
	f.Fuzz(func(t *testing.T, s string, width float64) {
		var want []string
		var line string
		for _, w := range strings.Fields(s) {
			if line != "" && textWidth(line+" "+w, 12) > width {
				want = append(want, line)
				line = w
				continue
			}
			if line != "" {
				line += " "
			}
			line += w
		}
		if line != "" {
			want = append(want, line)
		}
		if got := wrap(s, 12, width); !slices.Equal(got, want) {
			t.Errorf("wrap(%q, 12, %g) = %q, want %q", s, width, got, want)
		}
	})
}
