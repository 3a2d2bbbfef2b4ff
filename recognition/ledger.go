package recognition

import (
	"cmp"
	"errors"
	"fmt"
	"maps"
	"slices"
	"sort"

	"github.com/acquis-eu/acquis"
)

// A Position is an actor's status toward a claimant to an office on a day,
// with the act and the effect that set it.
type Position struct {
	Status Status      `json:"status"`
	Cause  EndCause    `json:"cause,omitempty"` // for Withdrawn
	Since  acquis.Date `json:"since"`           // the first day of the status; zero for the default Unstated
	// Act and Effect set the status: the act of the latest change, or of
	// the first one that gave the status. Reaffirmations do not replace
	// them; Latest is the latest act on the key up to the day, whatever it
	// did. All three are zero for the default Unstated. Their slices are
	// the ledger's: do not modify them.
	Act    Act    `json:"-"`
	Effect Effect `json:"-"`
	Latest Act    `json:"-"`
}

// An Interval is a Position over the days [From, Until); Until is zero when
// the position still holds.
type Interval struct {
	From, Until acquis.Date
	Position    Position
}

type key struct {
	actor    Actor
	claimant string
	office   Office
}

// An entry is one effect of one act, placed in the order of replay.
type entry struct {
	day     acquis.Date // the effect's first day
	adopted acquis.Date
	act     int // index in Ledger.acts
	effect  int
}

func (l *Ledger) less(a, b entry) int {
	if c := a.day.Compare(b.day); c != 0 {
		return c
	}
	if c := a.adopted.Compare(b.adopted); c != 0 {
		return c
	}
	if c := cmp.Compare(l.acts[a.act].ID, l.acts[b.act].ID); c != 0 {
		return c
	}
	return cmp.Compare(a.effect, b.effect)
}

// A series is the replay of one key: its entries in order, and the
// position after each, up to the first entry whose transition the model
// forbids (errAt, with err), if any.
type series struct {
	entries   []entry
	positions []Position
	standings []Standing
	err       error
	errAt     int
}

// A Ledger holds acts and answers what position each actor held on any
// day, replaying the acts in the order of their effects' days. Acts can be
// added in any order: the answers depend only on the set of acts. A
// history that the transition table forbids, such as a withdrawal of a
// recognition that no recorded act granted, is not refused when the act
// is added (the act that makes it consistent may come next); the queries
// for days from the forbidden transition on return its *TransitionError,
// and Check reports every such history.
//
// The zero Ledger is empty and ready to use. A Ledger is safe for
// concurrent reads, but Add must not run at the same time as any other
// method.
type Ledger struct {
	acts   []Act
	ids    map[string]int
	series map[key]*series
}

// Add adds act a. It returns an error, and leaves the ledger unchanged, if
// a is incomplete (no ID, actor, date, verification grade or effect; an
// effect without claimant, office or timing; a timing keyed to a mandate's
// expiry without a convention) or if its ID is taken.
func (l *Ledger) Add(a Act) error {
	if err := a.check(); err != nil {
		return err
	}
	if _, dup := l.ids[a.ID]; dup {
		return fmt.Errorf("recognition: act %s added twice", a.ID)
	}
	if l.ids == nil {
		l.ids, l.series = map[string]int{}, map[key]*series{}
	}
	l.acts = append(l.acts, a)
	idx := len(l.acts) - 1
	l.ids[a.ID] = idx
	touched := map[*series]bool{}
	for i, e := range a.Effects {
		k := key{a.Actor, e.Claimant.ID, e.Office}
		s := l.series[k]
		if s == nil {
			s = &series{}
			l.series[k] = s
		}
		en := entry{day: e.Timing.Day(), adopted: a.Adopted, act: idx, effect: i}
		at := sort.Search(len(s.entries), func(j int) bool { return l.less(s.entries[j], en) > 0 })
		s.entries = slices.Insert(s.entries, at, en)
		touched[s] = true
	}
	for s := range touched {
		l.replay(s)
	}
	return nil
}

// replay recomputes s's positions from its entries.
func (l *Ledger) replay(s *series) {
	s.positions, s.standings, s.errAt, s.err = l.run(s.entries, acquis.Date{})
}

// run applies entries in order, skipping those of acts adopted after known
// unless known is the zero Date, and returns the position and standing
// after each entry, up to the first transition the model forbids: its
// index and error, or len(entries) and nil.
func (l *Ledger) run(entries []entry, known acquis.Date) ([]Position, []Standing, int, error) {
	positions := make([]Position, 0, len(entries))
	standings := make([]Standing, 0, len(entries))
	cur := Position{Status: Unstated}
	var standing Standing
	for i, en := range entries {
		act := &l.acts[en.act]
		if known.IsValid() && act.Adopted.After(known) {
			positions, standings = append(positions, cur), append(standings, standing)
			continue
		}
		e := act.Effects[en.effect]
		next, cause, err := Apply(cur.Status, e.Event)
		if err != nil {
			var te *TransitionError
			if errors.As(err, &te) {
				te.Act = act.ID
			}
			return positions, standings, i, err
		}
		switch {
		case e.Event == StandingAccorded:
			standing = e.Standing
		case next != cur.Status || cur.Act.ID == "" && e.Event != DeclarationBlocked && e.Event != ConditionalAnnounced:
			cur = Position{Status: next, Cause: cause, Since: en.day, Act: *act, Effect: e}
		}
		cur.Latest = *act
		positions, standings = append(positions, cur), append(standings, standing)
	}
	return positions, standings, len(entries), nil
}

// at returns the number of s's entries in effect on day, and the error of
// a forbidden transition among them.
func (s *series) at(day acquis.Date) (int, error) {
	i := sort.Search(len(s.entries), func(j int) bool { return s.entries[j].day.After(day) })
	if s.err != nil && i > s.errAt {
		return 0, s.err
	}
	return i, nil
}

// StatusAt returns actor's position toward claimant in office on day, and
// the act behind it: Unstated, with no act, when no act of the actor about
// them has taken effect by that day. It returns a *TransitionError if the
// acts in effect by day make a transition the model forbids.
func (l *Ledger) StatusAt(actor Actor, claimant Claimant, office Office, day acquis.Date) (Position, error) {
	s := l.series[key{actor, claimant.ID, office}]
	if s == nil {
		return Position{Status: Unstated}, nil
	}
	i, err := s.at(day)
	if err != nil || i == 0 {
		return Position{Status: Unstated}, err
	}
	return s.positions[i-1], nil
}

// StatusAsOf answers the bitemporal question: what the record showed on day
// known about the actor's position on day. Acts adopted after known are not
// yet known; a retroactive act adopted later does not change the answer.
func (l *Ledger) StatusAsOf(actor Actor, claimant Claimant, office Office, day, known acquis.Date) (Position, error) {
	s := l.series[key{actor, claimant.ID, office}]
	if s == nil {
		return Position{Status: Unstated}, nil
	}
	i := sort.Search(len(s.entries), func(j int) bool { return s.entries[j].day.After(day) })
	positions, _, _, err := l.run(s.entries[:i], known)
	if err != nil || i == 0 {
		return Position{Status: Unstated}, err
	}
	p := positions[i-1]
	if p.Act.ID == "" {
		return Position{Status: Unstated, Latest: p.Latest}, nil
	}
	return p, nil
}

// StandingAt returns the standing actor accords claimant (on the axis of
// office) on day: NoStanding unless an act accorded one. It returns the
// same errors as StatusAt.
func (l *Ledger) StandingAt(actor Actor, claimant Claimant, office Office, day acquis.Date) (Standing, error) {
	s := l.series[key{actor, claimant.ID, office}]
	if s == nil {
		return NoStanding, nil
	}
	i, err := s.at(day)
	if err != nil || i == 0 {
		return NoStanding, err
	}
	return s.standings[i-1], nil
}

// Timeline returns actor's positions toward claimant in office as
// intervals, from the first act's effect on. Reaffirmations do not split an
// interval. If the history makes a transition the model forbids, Timeline
// returns the intervals before it and its *TransitionError.
func (l *Ledger) Timeline(actor Actor, claimant Claimant, office Office) ([]Interval, error) {
	s := l.series[key{actor, claimant.ID, office}]
	if s == nil {
		return nil, nil
	}
	var out []Interval
	for i, p := range s.positions {
		day := s.entries[i].day
		if n := len(out); n > 0 && out[n-1].Position.Status == p.Status && out[n-1].Position.Act.ID == p.Act.ID {
			out[n-1].Position.Latest = p.Latest
			continue
		}
		if n := len(out); n > 0 && out[n-1].From == day {
			out[n-1].Position = p // a later effect on the same day prevails
			continue
		}
		if n := len(out); n > 0 {
			out[n-1].Until = day
		}
		out = append(out, Interval{From: day, Position: p})
	}
	if s.err != nil && len(out) > 0 {
		out[len(out)-1].Until = s.entries[s.errAt].day
	}
	return out, s.err
}

// Check returns the errors of every history in the ledger that makes a
// transition the model forbids, joined, or nil if there is none.
func (l *Ledger) Check() error {
	var errs []error
	for _, k := range slices.SortedFunc(maps.Keys(l.series), func(a, b key) int {
		return cmp.Or(cmp.Compare(a.actor, b.actor), cmp.Compare(a.claimant, b.claimant), cmp.Compare(a.office, b.office))
	}) {
		if err := l.series[k].err; err != nil {
			errs = append(errs, fmt.Errorf("%s toward %s as %s: %w", k.actor, k.claimant, k.office, err))
		}
	}
	return errors.Join(errs...)
}

// Actors returns the actors that have acts about claimant in office, in
// order of their codes.
func (l *Ledger) Actors(claimant Claimant, office Office) []Actor {
	seen := map[Actor]bool{}
	for k := range l.series {
		if k.claimant == claimant.ID && k.office == office {
			seen[k.actor] = true
		}
	}
	return slices.Sorted(maps.Keys(seen))
}

// Acts returns the acts in the order they were added.
func (l *Ledger) Acts() []Act { return slices.Clone(l.acts) }

// Holders returns, for each status, which of actors hold it toward
// claimant in office on day: a view computed from each actor's own acts.
// It is never stored, and no actor's position is derived from it: that
// nineteen member states recognised a claimant says nothing of the EU's
// position. It returns StatusAt's errors.
func (l *Ledger) Holders(actors []Actor, claimant Claimant, office Office, day acquis.Date) (map[Status][]Actor, error) {
	out := map[Status][]Actor{}
	for _, a := range actors {
		p, err := l.StatusAt(a, claimant, office, day)
		if err != nil {
			return nil, err
		}
		out[p.Status] = append(out[p.Status], a)
	}
	return out, nil
}
