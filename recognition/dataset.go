package recognition

import "fmt"

// A Dataset is a recorded case: the office, the claimants, the mandates
// that acts rely on, and the acts with their sources.
type Dataset struct {
	Name      string
	Office    Office
	Claimants []Claimant
	Mandates  []Mandate
	Acts      []Act
}

// Ledger returns a new ledger holding d's acts. It returns an error if an
// act is incomplete or the acts make a transition the model forbids.
func (d Dataset) Ledger() (*Ledger, error) {
	l := &Ledger{}
	for _, a := range d.Acts {
		if err := l.Add(a); err != nil {
			return nil, fmt.Errorf("dataset %s: %w", d.Name, err)
		}
	}
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
