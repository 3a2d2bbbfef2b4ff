package main

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/acquis-eu/acquis"
	"github.com/acquis-eu/acquis/recognition"
)

// caseList is what -list prints: one entry per embedded case.
type caseList []caseEntry

type caseEntry struct {
	ID         string             `json:"id"`
	Name       string             `json:"name"`
	Office     recognition.Office `json:"office"`
	Record     acquis.Span        `json:"record"`
	Acts       int                `json:"acts"`
	Verified   int                `json:"verified"`
	Secondary  int                `json:"secondary"`
	Unverified int                `json:"unverified"`
	Claimants  int                `json:"claimants"`
	Mandates   int                `json:"mandates"`
	Summary    string             `json:"summary,omitempty"`
}

func listCases() caseList {
	l := caseList{}
	for ds := range recognition.Datasets() {
		e := caseEntry{ID: ds.ID, Name: ds.Name, Office: ds.Office, Record: ds.Span(), Acts: len(ds.Acts),
			Claimants: len(ds.Claimants), Mandates: len(ds.Mandates), Summary: ds.Summary}
		for _, a := range ds.Acts {
			switch a.Verification {
			case recognition.Verified:
				e.Verified++
			case recognition.Secondary:
				e.Secondary++
			case recognition.Unverified:
				e.Unverified++
			}
		}
		l = append(l, e)
	}
	return l
}

// report is what -case and -file print about one case on one day.
type report struct {
	Case caseHead    `json:"case"`
	Day  acquis.Date `json:"day"`
	// RecordedFrom and RecordedUpTo are set when the day is before the
	// case's first act or after the day it was checked up to, as each
	// position of the library says.
	RecordedFrom acquis.Date `json:"recordedFrom,omitzero"`
	RecordedUpTo acquis.Date `json:"recordedUpTo,omitzero"`
	Mandates     []mandate   `json:"mandates"`
	Claims       []claim     `json:"claims"`
	Acts         []act       `json:"acts"`
	NotRecorded  []string    `json:"notRecorded,omitempty"`
	ds           recognition.Dataset
}

type caseHead struct {
	ID             string             `json:"id"`
	Name           string             `json:"name"`
	Office         recognition.Office `json:"office"`
	Summary        string             `json:"summary,omitempty"`
	Record         acquis.Span        `json:"record"`
	CheckedAgainst string             `json:"checkedAgainst"`
}

// mandate is a mandate of the case and where it stands on the day:
// "not-begun", "in-term", "expired" (from Expired) or "open" (no last day
// recorded).
type mandate struct {
	recognition.Mandate
	State   string      `json:"state"`
	Expired acquis.Date `json:"expiredFrom,omitzero"`
}

// claim is one claimant to one office, with each actor's position on the
// day and, when member states have acts about it, their count.
type claim struct {
	Claimant     string             `json:"claimant"`
	ClaimantName string             `json:"claimantName"`
	Office       recognition.Office `json:"office"`
	Positions    []position         `json:"positions"`
	MemberStates *memberStates      `json:"memberStates,omitempty"`
}

// position is one actor's status toward the claim's claimant on the day,
// with the act that set it, the latest act when another, the standing
// the actor accords, and the mandate the position rests on.
type position struct {
	Actor          recognition.Actor    `json:"actor"`
	ActorName      string               `json:"actorName"`
	Status         recognition.Status   `json:"status"`
	Cause          recognition.EndCause `json:"cause,omitzero"`
	Since          acquis.Date          `json:"since,omitzero"`
	Act            string               `json:"act,omitempty"`
	Latest         string               `json:"latest,omitempty"`
	Standing       recognition.Standing `json:"standing,omitzero"`
	Interpretation bool                 `json:"interpretation,omitzero"`
	Basis          string               `json:"basis,omitempty"` // the ID of the mandate the position rests on
	BasisExpired   acquis.Date          `json:"basisExpired,omitzero"`
}

// memberStates is the computed view: the member states of the Union on
// the day, by their status toward the claimant, each from its own acts.
type memberStates struct {
	View     string                         `json:"view"`
	Members  int                            `json:"members"`
	Counts   map[string]int                 `json:"counts"`
	ByStatus map[string][]recognition.Actor `json:"byStatus"`
}

const view = "computed from each member state's own acts; not the EU's position"

// act is an act behind an answer, as the report gives it.
type act struct {
	ID           string                   `json:"id"`
	Actor        recognition.Actor        `json:"actor"`
	ActorName    string                   `json:"actorName"`
	Author       string                   `json:"author,omitempty"`
	Adopted      acquis.Date              `json:"adopted"`
	Form         recognition.Form         `json:"form,omitzero"`
	Binding      bool                     `json:"binding"`
	Verification recognition.Verification `json:"verification"`
	Wording      string                   `json:"wording"`
	Source       string                   `json:"source"`
	Effects      []effect                 `json:"effects"`
	Note         string                   `json:"note,omitempty"`
}

type effect struct {
	ClaimantName   string               `json:"claimantName"`
	Office         recognition.Office   `json:"office"`
	Event          recognition.Event    `json:"event"`
	From           acquis.Date          `json:"from"`
	Timing         string               `json:"timing"`
	Standing       recognition.Standing `json:"standing,omitzero"`
	EndCondition   string               `json:"endCondition,omitempty"`
	Interpretation bool                 `json:"interpretation,omitzero"`
	Basis          string               `json:"basis,omitempty"`
}

// tell answers for ds on day.
func tell(ds recognition.Dataset, day acquis.Date) (*report, error) {
	l, err := ds.Ledger()
	if err != nil {
		return nil, err
	}
	r := &report{Day: day, ds: ds, NotRecorded: ds.NotRecorded,
		Case: caseHead{ID: ds.ID, Name: ds.Name, Office: ds.Office, Summary: ds.Summary, Record: l.Span(), CheckedAgainst: ds.CheckedAgainst}}
	for _, m := range ds.Mandates {
		r.Mandates = append(r.Mandates, mandateOn(m, day))
	}
	cited := map[string]bool{}
	for _, k := range claims(ds) {
		c, err := r.claim(l, k.claimant, k.office, cited)
		if err != nil {
			return nil, err
		}
		r.Claims = append(r.Claims, c)
	}
	for _, a := range ds.Acts {
		if cited[a.ID] {
			r.Acts = append(r.Acts, actOf(ds, a))
		}
	}
	slices.SortStableFunc(r.Acts, func(a, b act) int { return a.Adopted.Compare(b.Adopted) })
	return r, nil
}

// mandateOn returns m and where it stands on day.
func mandateOn(m recognition.Mandate, day acquis.Date) mandate {
	out := mandate{Mandate: m, State: "in-term"}
	switch {
	case m.Start.IsValid() && day.Before(m.Start):
		out.State = "not-begun"
	case !m.LastDay.IsValid():
		out.State = "open"
	case day.After(m.LastDay):
		out.State, out.Expired = "expired", m.LastDay.AddDays(1)
	}
	return out
}

type claimKey struct {
	claimant recognition.Claimant
	office   recognition.Office
}

// claims returns each claimant and office that an effect of ds is about,
// in the order of the claimants, the case's office first.
func claims(ds recognition.Dataset) []claimKey {
	var out []claimKey
	for _, a := range ds.Acts {
		for _, e := range a.Effects {
			k := claimKey{e.Claimant, e.Office}
			if !slices.Contains(out, k) {
				out = append(out, k)
			}
		}
	}
	order := func(k claimKey) int {
		i := slices.IndexFunc(ds.Claimants, func(c recognition.Claimant) bool { return c.ID == k.claimant.ID })
		if k.office != ds.Office {
			i += len(ds.Claimants) // another office after the case's
		}
		return i
	}
	slices.SortStableFunc(out, func(a, b claimKey) int { return cmp.Compare(order(a), order(b)) })
	return out
}

// claim returns each actor's position toward c as office on the report's
// day, marking the acts it cites.
func (r *report) claim(l *recognition.Ledger, c recognition.Claimant, office recognition.Office, cited map[string]bool) (claim, error) {
	out := claim{Claimant: c.ID, ClaimantName: c.Name, Office: office}
	actors, err := l.Actors(c, office)
	if err != nil {
		return out, err
	}
	slices.SortStableFunc(actors, func(a, b recognition.Actor) int { return cmp.Compare(rank(a), rank(b)) })
	members := false
	for _, a := range actors {
		p, err := l.StatusAt(a, c, office, r.Day)
		if err != nil {
			return out, err
		}
		s, err := l.StandingAt(a, c, office, r.Day)
		if err != nil {
			return out, err
		}
		r.RecordedFrom, r.RecordedUpTo = p.RecordedFrom, p.RecordedUpTo
		pos := position{Actor: a, ActorName: r.ds.ActorName(a), Status: p.Status, Cause: p.Cause, Since: p.Since,
			Act: p.Act.ID, Standing: s, Interpretation: p.Effect.Interpretation, BasisExpired: p.BasisExpired}
		if p.Latest.ID != p.Act.ID {
			pos.Latest = p.Latest.ID
		}
		if m, ok := p.Basis.Mandate(); ok {
			pos.Basis = m.ID
		}
		cited[p.Act.ID], cited[p.Latest.ID] = true, true
		members = members || a.IsMember()
		out.Positions = append(out.Positions, pos)
	}
	if members {
		ms, err := r.memberStates(l, c, office)
		if err != nil {
			return out, err
		}
		out.MemberStates = ms
	}
	return out, nil
}

// memberStates counts the member states of the Union on the report's day
// by their status toward c.
func (r *report) memberStates(l *recognition.Ledger, c recognition.Claimant, office recognition.Office) (*memberStates, error) {
	var members []recognition.Actor
	for m := range acquis.MembersOn(r.Day) {
		members = append(members, recognition.Actor(m.String()))
	}
	h, err := l.Holders(members, c, office, r.Day)
	if err != nil {
		return nil, err
	}
	out := &memberStates{View: view, Members: len(members), Counts: map[string]int{}, ByStatus: map[string][]recognition.Actor{}}
	for s, as := range h {
		out.Counts[s.String()], out.ByStatus[s.String()] = len(as), as
	}
	return out, nil
}

// actOf returns a as the report gives it.
func actOf(ds recognition.Dataset, a recognition.Act) act {
	out := act{ID: a.ID, Actor: a.Actor, ActorName: ds.ActorName(a.Actor), Author: a.Author, Adopted: a.Adopted, Form: a.Form,
		Binding: a.Binding, Verification: a.Verification, Wording: a.Wording, Source: a.Source, Note: a.Note}
	for _, e := range a.Effects {
		fe := effect{ClaimantName: e.Claimant.Name, Office: e.Office, Event: e.Event, From: e.Timing.Day(), Timing: e.Timing.String(),
			Standing: e.Standing, EndCondition: e.EndCondition, Interpretation: e.Interpretation}
		if m, ok := e.Basis.Mandate(); ok {
			fe.Basis = m.ID
		}
		out.Effects = append(out.Effects, fe)
	}
	return out
}

// rank orders actors: the EU's institutions, then the member states in
// the EU's protocol order, then the others by code.
func rank(a recognition.Actor) string {
	if i := slices.Index(recognition.Institutions(), a); i >= 0 {
		return fmt.Sprintf("0%d", i)
	}
	if m, err := acquis.ParseMember(string(a)); err == nil && a.IsMember() {
		return fmt.Sprintf("1%02d", int(m))
	}
	return "2" + string(a)
}
