package main

import (
	"maps"

	"github.com/acquis-eu/acquis/internal/command"
	"github.com/acquis-eu/acquis/recognition"
)

// displayed returns a copy of ds whose every text, IDs included, is
// written through command.Quote: the case of a user's file as the text and the
// page show it, with no control character or mark that reorders the text.
// Quote is the same for the same text, so the IDs still name what they
// named, and the copy is as valid as ds.
func displayed(ds recognition.Dataset) recognition.Dataset {
	q := command.Quote
	out := recognition.Dataset{ID: q(ds.ID), Name: q(ds.Name), Office: office(ds.Office), Summary: q(ds.Summary),
		Checked: ds.Checked, CheckedAgainst: q(ds.CheckedAgainst)}
	if ds.ActorNames != nil {
		out.ActorNames = map[recognition.Actor]string{}
		for a, n := range maps.All(ds.ActorNames) {
			out.ActorNames[recognition.Actor(q(string(a)))] = q(n)
		}
	}
	for _, s := range ds.NotRecorded {
		out.NotRecorded = append(out.NotRecorded, q(s))
	}
	for _, c := range ds.Claimants {
		out.Claimants = append(out.Claimants, claimant(c))
	}
	for _, m := range ds.Mandates {
		out.Mandates = append(out.Mandates, mandateShown(m))
	}
	for _, a := range ds.Acts {
		b := a
		b.ID, b.Actor, b.Author, b.Wording, b.Source, b.Note = q(a.ID), recognition.Actor(q(string(a.Actor))), q(a.Author), q(a.Wording), q(a.Source), q(a.Note)
		b.Effects = nil
		for _, e := range a.Effects {
			e.Claimant, e.Office, e.EndCondition = claimant(e.Claimant), office(e.Office), q(e.EndCondition)
			e.Timing, e.Basis = timing(e.Timing), timing(e.Basis)
			b.Effects = append(b.Effects, e)
		}
		out.Acts = append(out.Acts, b)
	}
	return out
}

func claimant(c recognition.Claimant) recognition.Claimant {
	return recognition.Claimant{ID: command.Quote(c.ID), Name: command.Quote(c.Name), Body: c.Body}
}

func office(o recognition.Office) recognition.Office {
	return recognition.Office(command.Quote(string(o)))
}

func mandateShown(m recognition.Mandate) recognition.Mandate {
	m.ID, m.Claimant, m.Office = command.Quote(m.ID), claimant(m.Claimant), office(m.Office)
	m.StartSource, m.EndSource = command.Quote(m.StartSource), command.Quote(m.EndSource)
	return m
}

// timing returns t keyed to the mandate as displayed.
func timing(t recognition.Timing) recognition.Timing {
	m, keyed := t.Mandate()
	switch {
	case t.IsZero():
		return t
	case !keyed:
		return recognition.On(t.Day())
	case t.Convention() != 0:
		return recognition.OnExpiry(mandateShown(m), t.Convention())
	}
	return recognition.OnStart(mandateShown(m))
}
