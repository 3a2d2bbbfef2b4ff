package recognition

import (
	"fmt"

	"github.com/acquis-eu/acquis"
)

// A Dataset is a recorded case: the office, the claimants, the mandates
// that acts rely on, the acts with their sources, and the day up to which
// the record was checked.
//
// Its JSON form has the members its fields' tags name, in camelCase; it
// reads back to an equal Dataset.
type Dataset struct {
	Name   string `json:"name"`
	Office Office `json:"office"`
	// Checked is the day up to which the record was checked against its
	// sources: an act adopted after it may be missing. Answers for a later
	// day are still the acts' answers, as recorded up to Checked (see
	// Span). It is required, and may not come before the last act.
	Checked acquis.Date `json:"checked"`
	// CheckedAgainst says what the record was checked against, and why
	// Checked is that day.
	CheckedAgainst string     `json:"checkedAgainst"`
	Claimants      []Claimant `json:"claimants"`
	Mandates       []Mandate  `json:"mandates"`
	Acts           []Act      `json:"acts"`
}

// Span returns the span of d: its first and last acts' days of adoption
// and the day up to which it was checked.
func (d Dataset) Span() acquis.Span {
	var s acquis.Span
	for _, a := range d.Acts {
		if !s.First.IsValid() || a.Adopted.Before(s.First) {
			s.First = a.Adopted
		}
		if a.Adopted.After(s.Last) {
			s.Last = a.Adopted
		}
	}
	s.Checked = d.Checked
	return s
}

// Ledger returns a new ledger holding d's acts, which knows d's claimants,
// office and span. It returns an error if an act is incomplete
// (ErrInvalidAct) or repeats an ID (ErrDuplicateAct), if an effect names a
// claimant d does not list (ErrUnknownClaimant), if d does not state the
// day up to which it was checked or states one before its last act
// (ErrInvalidDataset), or if the acts make a transition the model forbids
// (ErrTransition).
func (d Dataset) Ledger() (*Ledger, error) {
	if !d.Checked.IsValid() {
		return nil, errorf(ErrInvalidDataset, "dataset %s: no day up to which it was checked", d.Name)
	}
	listed := map[string]bool{}
	for _, c := range d.Claimants {
		listed[c.ID] = true
	}
	l := &Ledger{}
	l.init()
	for _, a := range d.Acts {
		if err := l.Add(a); err != nil {
			return nil, fmt.Errorf("dataset %s: %w", d.Name, err)
		}
		for i, e := range a.Effects {
			if !listed[e.Claimant.ID] {
				return nil, errorf(ErrUnknownClaimant, "dataset %s: act %s, effect %d: claimant %q is not among the dataset's claimants", d.Name, a.ID, i+1, e.Claimant.ID)
			}
		}
	}
	if d.Checked.Before(l.last) {
		return nil, errorf(ErrInvalidDataset, "dataset %s: checked up to %v, before its last act of %v", d.Name, d.Checked, l.last)
	}
	l.checked = d.Checked
	for _, c := range d.Claimants {
		l.claimants[c.ID] = true
	}
	l.offices[d.Office] = true
	if err := l.Check(); err != nil {
		return nil, fmt.Errorf("dataset %s: %w", d.Name, err)
	}
	return l, nil
}

// Claimant returns the claimant of d whose ID is id.
func (d Dataset) Claimant(id string) (Claimant, bool) {
	for _, c := range d.Claimants {
		if c.ID == id {
			return c, true
		}
	}
	return Claimant{}, false
}

// Actors returns every actor with an act in d, in the order of their first
// act.
func (d Dataset) Actors() []Actor {
	var out []Actor
	seen := map[Actor]bool{}
	for _, a := range d.Acts {
		if !seen[a.Actor] {
			seen[a.Actor] = true
			out = append(out, a.Actor)
		}
	}
	return out
}
