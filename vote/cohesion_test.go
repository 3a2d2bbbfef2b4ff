package vote_test

import (
	"math"
	"testing"

	"github.com/acquis-eu/acquis/vote"
)

func TestCohesionOf(t *testing.T) {
	tests := []struct {
		tally              vote.Tally
		agree, rice, attin float64
	}{
		{vote.Tally{For: 10}, 1, 1, 100},
		{vote.Tally{Against: 7, DidNotVote: 50}, 1, 1, 100},
		{vote.Tally{For: 10, Against: 10, Abstain: 10}, 0, 0, -100.0 / 3},
		{vote.Tally{For: 6, Against: 2, Abstain: 2}, 0.4, 0.5, 20},
		{vote.Tally{Abstain: 5}, 1, 0, 100},
		{vote.Tally{For: 3, Against: 1}, 0.625, 0.5, 50},
	}
	for _, tt := range tests {
		c, ok := vote.CohesionOf(tt.tally)
		if !ok || !near(c.Agreement, tt.agree) || !near(c.Rice, tt.rice) || !near(c.Attina, tt.attin) {
			t.Errorf("CohesionOf(%v) = %+v, %v; want agreement %v, Rice %v, Attina %v", tt.tally, c, ok, tt.agree, tt.rice, tt.attin)
		}
	}
	if _, ok := vote.CohesionOf(vote.Tally{DidNotVote: 12}); ok {
		t.Error("CohesionOf a group in which no one voted: ok")
	}
	// Agreement = 0.75 Attina/100 + 0.25, for every tally of up to 30 members.
	for y := range 11 {
		for n := range 11 {
			for a := range 11 {
				if c, ok := vote.CohesionOf(vote.Tally{For: y, Against: n, Abstain: a}); ok && !near(c.Agreement, 0.75*c.Attina/100+0.25) {
					t.Fatalf("%d/%d/%d: agreement %v, Attina %v", y, n, a, c.Agreement, c.Attina)
				}
			}
		}
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-12 }

func TestMajority(t *testing.T) {
	for _, tt := range []struct {
		t    vote.Tally
		want vote.Choice
	}{
		{vote.Tally{For: 3, Against: 2}, vote.For},
		{vote.Tally{For: 1, Against: 2, Abstain: 5}, vote.Abstain},
		{vote.Tally{For: 2, Against: 2, Abstain: 1}, 0},
		{vote.Tally{}, 0},
	} {
		if got := tt.t.Majority(); got != tt.want {
			t.Errorf("%v.Majority() = %v, want %v", tt.t, got, tt.want)
		}
	}
}

func TestCohesions(t *testing.T) {
	mv := func(group string, p vote.Choice) vote.MemberVote {
		return vote.MemberVote{MEP: vote.MEP{Name: group + p.String()}, Group: group, Choice: p}
	}
	var rcs []*vote.RollCall
	// Three roll calls: group A always united with the House; B split once
	// and against the House once.
	for i, pos := range [][2]vote.Choice{{vote.For, vote.For}, {vote.For, vote.Against}, {vote.Against, vote.For}} {
		rc := &vote.RollCall{ID: string(rune('1' + i))}
		for range 4 {
			rc.Votes = append(rc.Votes, mv("A", pos[0]))
		}
		rc.Votes = append(rc.Votes, mv("B", pos[0]), mv("B", pos[1]), mv("B", pos[1]))
		rcs = append(rcs, rc)
	}
	got := vote.Cohesions(rcs)
	if len(got) != 2 || got[0].Group != "A" || got[1].Group != "B" {
		t.Fatalf("groups %+v", got)
	}
	a, b := got[0], got[1]
	if a.Votes != 3 || a.Mean != 1 || a.StdDev != 0 || a.WithMajority != 3 || a.Decided != 3 || a.Quantiles != [5]float64{1, 1, 1, 1, 1} {
		t.Errorf("A: %+v", a)
	}
	// B: unanimous (1), then 1 for 2 against (AI 0.5) twice.
	if b.Votes != 3 || !near(b.Mean, 2.0/3) || b.Quantiles[0] != 0.5 || b.Quantiles[4] != 1 || b.WithMajority != 1 || b.Decided != 3 {
		t.Errorf("B: %+v", b)
	}
	single := vote.Cohesions(rcs[:1])
	if single[0].StdDev != 0 || single[0].Mean != 1 {
		t.Errorf("one roll call: %+v", single[0])
	}
}
