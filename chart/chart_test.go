package chart

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/acquis-eu/acquis"
	"github.com/acquis-eu/acquis/internal/golden"
	"github.com/acquis-eu/acquis/internal/headless"
	"github.com/acquis-eu/acquis/recognition"
	"github.com/acquis-eu/acquis/sanctions"
	"github.com/acquis-eu/acquis/vote"
)

var d = acquis.MustParseDate

// belarusResult is the European Parliament's vote of 17 September 2020
// on Belarus (procedure 2020/2779(RSP)).
func belarusResult(t testing.TB) vote.Result {
	t.Helper()
	p, err := vote.ParliamentOn(d("2020-09-17"))
	if err != nil {
		t.Fatal(err)
	}
	r, err := p.Decide(vote.VotesCast, vote.Tally{For: 574, Against: 37, Abstain: 82, DidNotVote: 12})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// pictures are the golden pictures: each is drawn, checked to be
// well-formed SVG, and compared with testdata/NAME.svg (-update rewrites
// them).
func pictures(t testing.TB) map[string]func(io.Writer) error {
	censure := func() vote.Result {
		p, err := vote.ParliamentOn(d("2023-05-10"))
		if err != nil {
			t.Fatal(err)
		}
		// An invented tally: two thirds of the votes cast, but short of a
		// majority of the component Members.
		r, err := p.Decide(vote.Censure, vote.Tally{For: 340, Against: 120, Abstain: 60})
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	council := func(w io.Writer) error {
		c, err := vote.CouncilOn(d("2020-11-06"))
		if err != nil {
			return err
		}
		// An invented ballot: two members against, one abstaining.
		b := c.Ballot(vote.For)
		b.Set(acquis.HU, vote.Against)
		b.Set(acquis.PL, vote.Against)
		b.Set(acquis.BG, vote.Abstain)
		return Council(w, c, vote.QualifiedMajority, b, nil)
	}
	blocked := func(w io.Writer) error {
		c, err := vote.CouncilOn(d("2020-11-06"))
		if err != nil {
			return err
		}
		// An invented ballot that the four largest members block.
		b := c.Ballot(vote.For)
		b.Set(acquis.DE, vote.Against)
		b.Set(acquis.FR, vote.Against)
		b.Set(acquis.IT, vote.Against)
		b.Set(acquis.ES, vote.Abstain)
		return Council(w, c, vote.QualifiedMajority, b, nil)
	}
	return map[string]func(io.Writer) error{
		"hemicycle_belarus2020": func(w io.Writer) error { return Hemicycle(w, belarusResult(t), nil) },
		"hemicycle_censure":     func(w io.Writer) error { return Hemicycle(w, censure(), nil) },
		"council_qmv":           council,
		"council_blocked":       blocked,
		"listings_blr": func(w io.Writer) error {
			return Listings(w, sanctions.Belarus2020(), "BLR", d("2020-08-01"), d("2021-04-01"), nil)
		},
		"timeline_belarus2020": func(w io.Writer) error {
			return Timeline(w, recognition.Belarus2020(), "lukashenka", d("2020-08-01"), d("2021-01-01"), nil)
		},
		"timeline_guaido": func(w io.Writer) error {
			return Timeline(w, recognition.Venezuela2019(), "guaido", d("2019-01-01"), d("2023-07-01"), nil)
		},
	}
}

// TestMain closes the browser the tests share.
func TestMain(m *testing.M) { headless.Main(m) }

func TestGolden(t *testing.T) {
	for name, draw := range pictures(t) {
		t.Run(name, func(t *testing.T) {
			var b bytes.Buffer
			if err := draw(&b); err != nil {
				t.Fatal(err)
			}
			wellFormed(t, b.Bytes())
			golden.Check(t, name+".svg", b.Bytes())
		})
	}
}

// wellFormed checks that b is well-formed XML with an svg root that has
// a title and a description, and that no element refers to anything
// outside the document.
func wellFormed(t *testing.T, b []byte) {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(b))
	var stack []string
	titled := map[string]bool{}
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("not well-formed XML: %v", err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			if len(stack) == 1 {
				titled[tok.Name.Local] = true
			}
			stack = append(stack, tok.Name.Local)
			for _, a := range tok.Attr {
				if a.Name.Local == "href" || strings.Contains(a.Value, "url(") {
					t.Errorf("element %s refers outside: %s=%q", tok.Name.Local, a.Name.Local, a.Value)
				}
			}
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		}
	}
	if !titled["title"] || !titled["desc"] {
		t.Errorf("the svg element has no title or no desc")
	}
}

func TestHalfRings(t *testing.T) {
	for _, n := range []int{1, 2, 3, 10, 50, 99, 100, 376, 626, 705, 720, 751, 1000} {
		seats, r := halfRings(n)
		if len(seats) != n {
			t.Errorf("halfRings(%d) placed %d seats", n, len(seats))
			continue
		}
		for i, s := range seats {
			if s.y < -1e-9 || math.Hypot(s.x, s.y) > 1+1e-9 || math.Hypot(s.x, s.y) < innerRadius-1e-9 {
				t.Errorf("halfRings(%d): seat %d at (%.3f, %.3f) is outside the half ring", n, i, s.x, s.y)
			}
			if i > 0 && s.angle > seats[i-1].angle {
				t.Errorf("halfRings(%d): seat %d is left of seat %d", n, i, i-1)
			}
			for _, u := range seats[:i] {
				if math.Hypot(s.x-u.x, s.y-u.y) < 2*r {
					t.Fatalf("halfRings(%d): seats overlap at (%.3f, %.3f) and (%.3f, %.3f), radius %.4f", n, s.x, s.y, u.x, u.y, r)
				}
			}
		}
	}
	// 705 seats at a radius readable in a picture 760 pixels wide.
	if _, r := halfRings(705); r*330 < 5 {
		t.Errorf("705 seats have a radius of %.2f px, want 5 or more", r*330)
	}
}

// count returns the number of elements named el in the group whose class
// is class.
func count(t *testing.T, b []byte, class, el string) int {
	t.Helper()
	return counts(t, b, el)[class]
}

// counts returns, for each class of group, the number of elements named el
// in the groups of that class.
func counts(t *testing.T, b []byte, el string) map[string]int {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(b))
	n := map[string]int{}
	var classes []string // the class of each open element, "" for none
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return n
		}
		if err != nil {
			t.Fatal(err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			class := ""
			if tok.Name.Local == "g" {
				for _, a := range tok.Attr {
					if a.Name.Local == "class" {
						class = a.Value
					}
				}
			}
			if tok.Name.Local == el {
				for _, c := range classes {
					if c != "" {
						n[c]++
					}
				}
			}
			classes = append(classes, class)
		case xml.EndElement:
			classes = classes[:len(classes)-1]
		}
	}
}

func TestHemicycleSeats(t *testing.T) {
	var b bytes.Buffer
	if err := Hemicycle(&b, belarusResult(t), nil); err != nil {
		t.Fatal(err)
	}
	for class, want := range map[string]int{"for": 574, "against": 37, "abstain": 82, "did-not-vote": 12, "vacant": 0} {
		if got := count(t, b.Bytes(), class, "circle"); got != want {
			t.Errorf("%d seats of class %s, want %d", got, class, want)
		}
	}
	if !strings.Contains(b.String(), "majority of the votes cast: 306 needed of 611 votes cast, 574 for, margin 268") {
		t.Errorf("the legend does not give the condition in words")
	}
	if err := Hemicycle(&b, vote.Result{}, nil); err == nil {
		t.Errorf("Hemicycle of the zero Result: no error")
	}
}

func TestRollCall(t *testing.T) {
	p, err := vote.ParliamentOn(d("2020-09-17"))
	if err != nil {
		t.Fatal(err)
	}
	rc := &vote.RollCall{ID: "test", Date: d("2020-09-17")}
	add := func(group string, pos vote.Choice, n int) {
		for i := range n {
			rc.Votes = append(rc.Votes, vote.MemberVote{MEP: vote.MEP{Name: fmt.Sprintf("%s %s %d", group, pos, i)}, Group: group, Choice: pos})
		}
	}
	add("S&D", vote.For, 130)
	add("S&D", vote.Abstain, 5)
	add("PPE", vote.For, 170)
	add("PPE", vote.Against, 8)
	add("NI", vote.Against, 20)
	add("NI", vote.Abstain, 9)
	var b bytes.Buffer
	if err := RollCall(&b, rc, p, []string{"S&D", "PPE"}, nil); err != nil {
		t.Fatal(err)
	}
	wellFormed(t, b.Bytes())
	s := b.String()
	for _, want := range []string{"S&amp;D, for: 130", "PPE, against: 8", "NI, abstained: 9", "in office, not voting or not listed: 363"} {
		if !strings.Contains(s, want) {
			t.Errorf("no %q in the picture", want)
		}
	}
	// The order given: S&D's wedge comes before PPE's, and NI, not named,
	// last.
	if i, j, k := strings.Index(s, "S&amp;D, for"), strings.Index(s, "PPE, for"), strings.Index(s, "NI, against"); !(i < j && j < k) {
		t.Errorf("groups not in the order given: S&D at %d, PPE at %d, NI at %d", i, j, k)
	}
	if got := count(t, b.Bytes(), "did-not-vote", "circle"); got != 363 {
		t.Errorf("%d seats of Members not voting, want 363", got)
	}

	small, err := p.WithInOffice(100)
	if err != nil {
		t.Fatal(err)
	}
	if err := RollCall(io.Discard, rc, small, nil, nil); err == nil || !strings.Contains(err.Error(), "more than the 100 in office") {
		t.Errorf("RollCall with more voters than Members in office: %v", err)
	}
}

func TestCouncil(t *testing.T) {
	c, err := vote.CouncilOn(d("2020-11-06"))
	if err != nil {
		t.Fatal(err)
	}
	b := c.Ballot(vote.For)
	b.Set(acquis.HU, vote.Against)
	b.Set(acquis.MT, vote.NotParticipating)
	var out bytes.Buffer
	if err := Council(&out, c, vote.QualifiedMajority, b, nil); err != nil {
		t.Fatal(err)
	}
	s := out.String()
	for _, want := range []string{
		"Hungary (HU): against, population 9,772,756",
		"Germany (DE): for, population 83,019,213",
		"Not taking part, and not counted: Malta",
		"blocking minority: 4 members not in favour",
	} {
		if !strings.Contains(s, want) {
			t.Errorf("no %q in the picture", want)
		}
	}
	if strings.Contains(s, "Malta (MT)") {
		t.Errorf("a member not taking part has a block")
	}
	if n := count(t, out.Bytes(), "bar", "rect"); n != 2*26 {
		t.Errorf("%d blocks, want 26 in each of two bars", n)
	}
	if err := Council(io.Discard, c, 0, b, nil); err == nil {
		t.Errorf("Council with an invalid rule: no error")
	}
}

func TestErrors(t *testing.T) {
	l := sanctions.Belarus2020()
	for name, err := range map[string]error{
		"unknown regime":    Listings(io.Discard, l, "XXX", d("2020-01-01"), d("2021-01-01"), nil),
		"empty span":        Listings(io.Discard, l, "BLR", d("2021-01-01"), d("2021-01-01"), nil),
		"reversed span":     Timeline(io.Discard, recognition.Belarus2020(), "lukashenka", d("2021-01-01"), d("2020-01-01"), nil),
		"long span":         Timeline(io.Discard, recognition.Belarus2020(), "lukashenka", d("1900-01-01"), d("2021-01-01"), nil),
		"unknown claimant":  Timeline(io.Discard, recognition.Belarus2020(), "nobody", d("2020-01-01"), d("2021-01-01"), nil),
		"failing writer":    Hemicycle(failWriter{}, belarusResult(t), nil),
		"zero date in span": Listings(io.Discard, l, "BLR", acquis.Date{}, d("2021-01-01"), nil),
	} {
		if err == nil {
			t.Errorf("%s: no error", name)
		} else if !strings.HasPrefix(err.Error(), "chart: ") {
			t.Errorf("%s: error %q does not name the package", name, err)
		}
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, io.ErrShortWrite }

func TestOptions(t *testing.T) {
	var b bytes.Buffer
	if err := Hemicycle(&b, belarusResult(t), &Options{ID: "ep", Title: "The vote"}); err != nil {
		t.Fatal(err)
	}
	if s := b.String(); !strings.Contains(s, `aria-labelledby="ep-title ep-desc"`) || !strings.Contains(s, `<title id="ep-title">The vote</title>`) {
		t.Errorf("options not applied:\n%.400s", s)
	}
}

func BenchmarkHemicycle(b *testing.B) {
	r := belarusResult(b)
	for b.Loop() {
		if err := Hemicycle(io.Discard, r, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// FuzzHemicycle draws any tally Parliament.Decide accepts: the picture is
// well-formed, has a seat for every seat of the chamber, the seats of
// each position are as many as the tally counts, and its labels stay
// apart and inside the picture.
func FuzzHemicycle(f *testing.F) {
	f.Add(uint16(574), uint16(37), uint16(82), uint8(0))
	f.Add(uint16(0), uint16(0), uint16(0), uint8(3))
	f.Add(uint16(751), uint16(0), uint16(0), uint8(11))
	rules := []vote.ParliamentRule{vote.VotesCast, vote.SecondReading, vote.Censure, vote.Article7, vote.BudgetConfirmation}
	f.Fuzz(func(t *testing.T, yes, no, abstain uint16, which uint8) {
		day := []string{"2014-07-01", "2019-07-02", "2020-02-01", "2024-07-16"}[int(which)%4]
		p, err := vote.ParliamentOn(d(day))
		if err != nil {
			t.Fatal(err)
		}
		r, err := p.Decide(rules[int(which/4)%len(rules)], vote.Tally{For: int(yes), Against: int(no), Abstain: int(abstain)})
		if err != nil {
			return // more votes than Members in office: not a result to draw
		}
		var b bytes.Buffer
		if err := Hemicycle(&b, r, nil); err != nil {
			t.Fatal(err)
		}
		if n := bytes.Count(b.Bytes(), []byte("<circle")); n != p.Seats() {
			t.Errorf("%d seats drawn, want %d", n, p.Seats())
		}
		seats := counts(t, b.Bytes(), "circle") // fails on XML that is not well-formed
		for class, want := range map[string]int{"for": int(yes), "against": int(no), "abstain": int(abstain)} {
			if got := seats[class]; got != want {
				t.Errorf("%d seats %s, want %d", got, class, want)
			}
		}
		pic := layoutHemicycle(r, nil)
		checkLabels(t, pic.width, pic.height, hemicycleLabels(pic))
	})
}

// FuzzCouncil draws any ballot of the 27 under each rule of the Council:
// the picture is well-formed, and its layout holds what
// checkCouncilLayout checks.
func FuzzCouncil(f *testing.F) {
	f.Add(uint64(0), uint8(0))
	f.Add(uint64(0x5555555555555), uint8(1))
	f.Add(^uint64(0), uint8(2))
	rules := []vote.CouncilRule{vote.QualifiedMajority, vote.ReinforcedQualifiedMajority, vote.SimpleMajority, vote.Unanimity, vote.Article7Determination}
	positions := []vote.Choice{vote.For, vote.Against, vote.Abstain, vote.NotParticipating}
	f.Fuzz(func(t *testing.T, bits uint64, which uint8) {
		c, err := vote.CouncilOn(d("2020-11-06"))
		if err != nil {
			t.Fatal(err)
		}
		b := c.Ballot(vote.For)
		i := 0
		for m := range c.Members() {
			b.Set(m, positions[(bits>>(2*i))&3])
			i++
		}
		var out bytes.Buffer
		rule := rules[int(which)%len(rules)]
		if err := Council(&out, c, rule, b, nil); err != nil {
			return // a ballot the rule refuses, such as no member taking part
		}
		wellFormed(t, out.Bytes())
		checkCouncilLayout(t, c, rule, b)
	})
}

// TestInBrowser renders each golden picture in headless Chromium at its
// own size: a browser draws it, and it fetches nothing.
func TestInBrowser(t *testing.T) {
	headless.Shared(t)
	for name := range pictures(t) {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			path := filepath.Join("testdata", name+".svg")
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			var w, h float64
			if _, err := fmt.Sscanf(string(b), `<svg xmlns="http://www.w3.org/2000/svg" width="%g" height="%g"`, &w, &h); err != nil {
				t.Fatalf("no size in %s: %v", path, err)
			}
			headless.CheckPage(t, path, int(math.Ceil(w)), int(math.Ceil(h)), 0.05)
		})
	}
}

func BenchmarkPictures(b *testing.B) {
	for name, draw := range pictures(b) {
		b.Run(name, func(b *testing.B) {
			var n int
			for b.Loop() {
				var w bytes.Buffer
				if err := draw(&w); err != nil {
					b.Fatal(err)
				}
				n = w.Len()
			}
			b.ReportMetric(float64(n), "svg-bytes")
		})
	}
}

func TestTimeline(t *testing.T) {
	var b bytes.Buffer
	if err := Timeline(&b, recognition.Belarus2020(), "lukashenka", d("2020-08-01"), d("2021-01-01"), nil); err != nil {
		t.Fatal(err)
	}
	s := b.String()
	for _, want := range []string{
		// Both expiry-day conventions, in words and as the hatched day.
		"European Parliament: not recognised from 6 Nov 2020 (last-day convention, as recorded); from 5 Nov 2020 under the first-day convention.",
		"<title>2020-11-05: not recognised under the first-day convention only</title>",
		// The mandates' last days, as each reckons them.
		"last day 5 Nov 2020", "last day 22 Sep 2020", "term starts 23 Sep 2020",
		// An interval names the act behind it, with its grade.
		"European Parliament: not recognised from 2020-11-06 until 2025-04-02, by EP-2020-09-17 of 2020-09-17 (verified)",
	} {
		if !strings.Contains(s, want) {
			t.Errorf("no %q in the Belarus timeline", want)
		}
	}
	if n := count(t, b.Bytes(), "actor", "rect"); n < 6 {
		t.Errorf("%d status intervals, want one or more for each of the 6 actors", n)
	}

	b.Reset()
	if err := Timeline(&b, recognition.Venezuela2019(), "guaido", d("2019-01-01"), d("2023-07-01"), nil); err != nil {
		t.Fatal(err)
	}
	s = b.String()
	for _, want := range []string{
		"Council of the EU: standing of Juan Guaidó as privileged-interlocutor from 2021-01-25 (not recognition)",
		"United States: withdrawn from 2023-01-05",
	} {
		if !strings.Contains(s, want) {
			t.Errorf("no %q in the Guaidó timeline", want)
		}
	}
	// The Council never recognised Guaidó: its row has a standing, and no
	// status interval.
	if strings.Contains(s, "Council of the EU: recognised") {
		t.Errorf("the Council's row shows a recognition")
	}
	wellFormed(t, b.Bytes())
}

// TestTimelineExpiredBasis draws the recognitions of Guaidó, which rest on
// the mandate of the National Assembly elected in 2015: from the day it
// expired each is faded, and says so, with the same status and act; the
// mandate's last day is a line. Outside the span drawn nothing is said of
// an expiry.
func TestTimelineExpiredBasis(t *testing.T) {
	var b bytes.Buffer
	if err := Timeline(&b, recognition.Venezuela2019(), "guaido", d("2019-01-01"), d("2023-07-01"), nil); err != nil {
		t.Fatal(err)
	}
	s := b.String()
	for _, want := range []string{
		`fill="#009E73" fill-opacity="0.4" stroke="#009E73"><title>Spain: recognised from 2019-02-04, by ES-2019-02-04 of 2019-02-04 (verified); it rests on the mandate of the National Assembly of Venezuela elected in 2015 (National Assembly of Venezuela), expired from 2021-01-05</title>`,
		"Spain: recognised from 2019-02-04 (ES-2019-02-04; the mandate it rests on had expired from 2021-01-05).",
		"United States: recognised from 2019-01-23 until 2023-01-04 (US-2019-01-23; the mandate it rests on had expired from 2021-01-05); withdrawn from 2023-01-05 (US-2023-01-03).",
		">basis: last day 5 Jan 2021</text>",
		"faded: the mandate the status rests on had expired; the status is still the acts&#39;",
	} {
		if !strings.Contains(s, want) {
			t.Errorf("no %q in the Guaidó timeline", want)
		}
	}
	if n := strings.Count(s, `fill-opacity="0.4"`); n != 29+1 {
		t.Errorf("%d faded rectangles, want 29 (the Parliament's, 26 member states', Canada's and the United States') and the legend's", n)
	}

	// In Belarus the mandate the positions rest on expired in 2025, after
	// the span drawn.
	b.Reset()
	if err := Timeline(&b, recognition.Belarus2020(), "lukashenka", d("2020-08-01"), d("2021-01-01"), nil); err != nil {
		t.Fatal(err)
	}
	if s := b.String(); strings.Contains(s, "expired") || strings.Contains(s, "faded") {
		t.Errorf("the Belarus timeline of 2020 speaks of an expiry of 2025")
	}
}

// TestTimelineStandingOnly draws a claimant that no actor recognised or
// not, to whom one accorded a standing: the title says so.
func TestTimelineStandingOnly(t *testing.T) {
	var b bytes.Buffer
	if err := Timeline(&b, recognition.Belarus2020(), "coordination-council", d("2020-08-01"), d("2021-01-01"), nil); err != nil {
		t.Fatal(err)
	}
	s := b.String()
	for _, want := range []string{
		"The standing accorded to the Coordination Council, 1 Aug 2020 to 31 Dec 2020",
		"European Parliament: standing of the Coordination Council as interim-representation from 2020-09-17 (not recognition)",
	} {
		if !strings.Contains(s, want) {
			t.Errorf("no %q in the picture", want)
		}
	}
	wellFormed(t, b.Bytes())
}
