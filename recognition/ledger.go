package recognition

import (
	"cmp"
	"errors"
	"fmt"
	"maps"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/acquis-eu/acquis"
)

// A Position is, in this package, an actor's recognition status toward a
// claimant to an office on one day, with the act and the effect that set
// it, the mandate it rests on, and how far the record behind it reaches.
// (It is not package vote's position of a voter on a ballot.)
//
// Its JSON form has the members its fields' tags name, in camelCase, the
// acts and the effect in full; it reads back to an equal Position.
type Position struct {
	Status Status      `json:"status"`
	Cause  EndCause    `json:"cause,omitzero"` // for Withdrawn
	Since  acquis.Date `json:"since,omitzero"` // the first day of the status; zero for the default Unstated
	// Act and Effect set the status: the act of the latest change, or of
	// the first one that gave the status. Reaffirmations do not replace
	// them; Latest is the latest act on the key up to the day, whatever it
	// did. All three are zero for the default Unstated. Their slices are
	// the ledger's: do not modify them.
	Act    Act    `json:"act,omitzero"`
	Effect Effect `json:"effect,omitzero"`
	Latest Act    `json:"latest,omitzero"`
	// Basis is the expiry of the mandate the position rests on (see
	// Effect.Basis): that of the latest effect that set the status or
	// restated it naming a mandate. It is zero when the position rests on
	// no mandate the record gives.
	Basis Timing `json:"basis,omitzero"`
	// BasisExpired is the first day on which that mandate had expired,
	// Basis.Day(), when it is not after the day asked: the position rests
	// on a mandate that has expired, whether or not an act withdrew it.
	// The status is still what the acts say. It is zero otherwise.
	BasisExpired acquis.Date `json:"basisExpired,omitzero"`
	// RecordedFrom is the day of the record's first act, when the day
	// asked is before it: the record had not begun, and Unstated there
	// says only that it holds no act. RecordedUpTo is the day up to which
	// the record was checked (Ledger.Span().UpTo()), when the day asked is
	// after it: the answer is the acts' answer as recorded up to that day,
	// and an act the record lacks may have changed it. Both are zero for a
	// day the record covers.
	RecordedFrom acquis.Date `json:"recordedFrom,omitzero"`
	RecordedUpTo acquis.Date `json:"recordedUpTo,omitzero"`
}

// An Interval is a Position over the days [From, Until); Until is zero when
// the position holds as far as the record reaches. An interval's Position
// has BasisExpired set if the mandate it rests on had expired by From,
// and no RecordedFrom or RecordedUpTo, which answer for a single day.
type Interval struct {
	From     acquis.Date `json:"from"`
	Until    acquis.Date `json:"until,omitzero"`
	Position Position    `json:"position"`
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
// A ledger knows an actor with an act in it, one of the EU's institutions
// and a member state of the Union (past or present); a claimant or an
// office that an act in it names, or that the dataset it was made from
// (Dataset.Ledger) names. Asked about another, it returns an error
// (ErrUnknownActor, ErrUnknownClaimant, ErrUnknownOffice): Unstated is the
// position of a known actor with no act, never the answer to a typo. Every
// answer also says whether its day is outside the record's Span.
//
// The zero Ledger is empty and ready to use. A Ledger is safe for
// concurrent reads, but Add must not run at the same time as any other
// method.
type Ledger struct {
	acts        []Act
	ids         map[string]int
	series      map[key]*series
	actors      map[Actor]bool
	claimants   map[string]bool
	offices     map[Office]bool
	first, last acquis.Date // the first and last acts' days of adoption
	checked     acquis.Date // the day up to which the record was checked, if known
}

func (l *Ledger) init() {
	if l.ids == nil {
		l.ids, l.series = map[string]int{}, map[key]*series{}
		l.actors, l.claimants, l.offices = map[Actor]bool{}, map[string]bool{}, map[Office]bool{}
	}
}

// Add adds act a. It returns an error, and leaves the ledger unchanged, if
// a is incomplete (no ID, actor, date, verification grade or effect; an
// effect without claimant, office or timing; a timing keyed to a mandate's
// expiry without a convention; a basis not keyed to a mandate's expiry):
// ErrInvalidAct; or if its ID is taken: ErrDuplicateAct.
func (l *Ledger) Add(a Act) error {
	if err := a.check(); err != nil {
		return err
	}
	if _, dup := l.ids[a.ID]; dup {
		return errorf(ErrDuplicateAct, "act %s added twice", a.ID)
	}
	l.init()
	l.acts = append(l.acts, a)
	idx := len(l.acts) - 1
	l.ids[a.ID] = idx
	l.actors[a.Actor] = true
	if !l.first.IsValid() || a.Adopted.Before(l.first) {
		l.first = a.Adopted
	}
	if a.Adopted.After(l.last) {
		l.last = a.Adopted
	}
	touched := map[*series]bool{}
	for i, e := range a.Effects {
		l.claimants[e.Claimant.ID], l.offices[e.Office] = true, true
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
		states := e.Event != StandingAccorded && e.Event != DeclarationBlocked && e.Event != ConditionalAnnounced
		switch {
		case e.Event == StandingAccorded:
			standing = e.Standing
		case next != cur.Status || cur.Act.ID == "" && states:
			cur = Position{Status: next, Cause: cause, Since: en.day, Act: *act, Effect: e, Basis: e.Basis}
		case states && !e.Basis.IsZero():
			cur.Basis = e.Basis // a restatement that names the mandate it rests on
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

// lookup returns the series of the key, nil if no act of the actor is
// about the claimant in the office, or an error if the ledger does not
// know the actor, the claimant or the office.
func (l *Ledger) lookup(actor Actor, claimant Claimant, office Office) (*series, error) {
	if s := l.series[key{actor, claimant.ID, office}]; s != nil {
		return s, nil // an act names all three
	}
	if err := l.known(claimant, office); err != nil {
		return nil, err
	}
	if !l.actors[actor] && !actor.isKnown() {
		return nil, errorf(ErrUnknownActor, "unknown actor %q: not an institution of the EU, a member state or the actor of an act in the record", actor)
	}
	return nil, nil
}

// known returns an error if the ledger does not know the claimant or the
// office.
func (l *Ledger) known(claimant Claimant, office Office) error {
	if !l.claimants[claimant.ID] {
		return errorf(ErrUnknownClaimant, "unknown claimant %q (the record has %s)", claimant.ID, quoted(slices.Sorted(maps.Keys(l.claimants))))
	}
	if !l.offices[office] {
		return errorf(ErrUnknownOffice, "unknown office %q (the record has %s)", office, quoted(slices.Sorted(maps.Keys(l.offices))))
	}
	return nil
}

// quoted returns the quoted strings of ss, separated by commas, or
// "none".
func quoted[S ~string](ss []S) string {
	if len(ss) == 0 {
		return "none"
	}
	var b strings.Builder
	for i, s := range ss {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(strconv.Quote(string(s)))
	}
	return b.String()
}

// noDay returns ErrNoDate for the zero Date, naming what the day is for.
func noDay(what string, d acquis.Date) error {
	if d.IsValid() {
		return nil
	}
	return errorf(ErrNoDate, "no day given for %s (the zero Date)", what)
}

// answer completes p, the position on day as known on known: the expiry
// of the mandate it rests on, and whether the day is outside the span.
// Only acts adopted by known bear on the answer, so it is beyond the
// record only if both days are after it.
func (l *Ledger) answer(p Position, day, known acquis.Date) Position {
	if bx := p.Basis.Day(); bx.IsValid() && !day.Before(bx) {
		p.BasisExpired = bx
	}
	if l.first.IsValid() && day.Before(l.first) {
		p.RecordedFrom = l.first
	}
	if upTo := l.Span().UpTo(); upTo.IsValid() && day.After(upTo) && known.After(upTo) {
		p.RecordedUpTo = upTo
	}
	return p
}

// Span returns the span of the record: the first and last acts' days of
// adoption, and the day up to which it was checked when the ledger was
// made from a Dataset.
func (l *Ledger) Span() acquis.Span {
	return acquis.Span{First: l.first, Last: l.last, Checked: l.checked}
}

// StatusAt returns actor's position toward claimant in office on day, and
// the act behind it: Unstated, with no act, when no act of the actor about
// them has taken effect by that day. The position says whether the mandate
// it rests on had expired by day, and whether day is outside the record's
// span.
//
// It returns an error for an actor, claimant or office the ledger does not
// know (ErrUnknownActor, ErrUnknownClaimant, ErrUnknownOffice), for the
// zero Date (ErrNoDate), and a *TransitionError if the acts in effect by
// day make a transition the model forbids.
func (l *Ledger) StatusAt(actor Actor, claimant Claimant, office Office, day acquis.Date) (Position, error) {
	s, err := l.lookup(actor, claimant, office)
	if err == nil {
		err = noDay("the position", day)
	}
	if err != nil {
		return Position{}, err
	}
	p := Position{Status: Unstated}
	if s != nil {
		i, err := s.at(day)
		if err != nil {
			return Position{}, err
		}
		if i > 0 {
			p = s.positions[i-1]
		}
	}
	return l.answer(p, day, day), nil
}

// StatusAsOf answers the bitemporal question: what the record showed on day
// known about the actor's position on day. Acts adopted after known are not
// yet known; a retroactive act adopted later does not change the answer.
// Only acts adopted by known bear on it, so its RecordedUpTo is set only
// when both day and known are after the day the record was checked up to.
// It returns StatusAt's errors, and ErrNoDate if known is the zero Date.
func (l *Ledger) StatusAsOf(actor Actor, claimant Claimant, office Office, day, known acquis.Date) (Position, error) {
	s, err := l.lookup(actor, claimant, office)
	if err == nil {
		err = noDay("the position", day)
	}
	if err == nil {
		err = noDay("the day the record is read on", known)
	}
	if err != nil {
		return Position{}, err
	}
	p := Position{Status: Unstated}
	if s != nil {
		i := sort.Search(len(s.entries), func(j int) bool { return s.entries[j].day.After(day) })
		positions, _, _, err := l.run(s.entries[:i], known)
		if err != nil {
			return Position{}, err
		}
		if i > 0 {
			p = positions[i-1]
			if p.Act.ID == "" {
				p = Position{Status: Unstated, Latest: p.Latest}
			}
		}
	}
	return l.answer(p, day, known), nil
}

// StandingAt returns the standing actor accords claimant (on the axis of
// office) on day: NoStanding unless an act accorded one. It returns the
// same errors as StatusAt.
func (l *Ledger) StandingAt(actor Actor, claimant Claimant, office Office, day acquis.Date) (Standing, error) {
	s, err := l.lookup(actor, claimant, office)
	if err == nil {
		err = noDay("the standing", day)
	}
	if err != nil {
		return NoStanding, err
	}
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
// interval; the expiry of the mandate a position rests on does, so that
// the interval from that day has BasisExpired set. If the history makes a
// transition the model forbids, Timeline returns the intervals before it
// and its *TransitionError. It returns StatusAt's errors for an unknown
// actor, claimant or office, and no intervals for a known actor with no
// act about them.
func (l *Ledger) Timeline(actor Actor, claimant Claimant, office Office) ([]Interval, error) {
	s, err := l.lookup(actor, claimant, office)
	if err != nil || s == nil {
		return nil, err
	}
	var out []Interval
	add := func(day acquis.Date, p Position) {
		n := len(out)
		switch {
		case n > 0 && out[n-1].Position.Status == p.Status && out[n-1].Position.Act.ID == p.Act.ID &&
			out[n-1].Position.BasisExpired.IsValid() == p.BasisExpired.IsValid():
			out[n-1].Position.Latest, out[n-1].Position.Basis = p.Latest, p.Basis
		case n > 0 && out[n-1].From == day:
			out[n-1].Position = p // a later effect on the same day prevails
		default:
			if n > 0 {
				out[n-1].Until = day
			}
			out = append(out, Interval{From: day, Position: p})
		}
	}
	expired := func(p Position, day acquis.Date) Position {
		if bx := p.Basis.Day(); bx.IsValid() && !day.Before(bx) {
			p.BasisExpired = bx
		}
		return p
	}
	for i, p := range s.positions {
		day := s.entries[i].day
		add(day, expired(p, day))
		// The mandate the position rests on may expire before the next
		// entry.
		if bx := p.Basis.Day(); bx.After(day) && (i+1 == len(s.entries) || s.entries[i+1].day.After(bx)) {
			add(bx, expired(p, bx))
		}
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
// order of their codes. It returns an error for a claimant or an office
// the ledger does not know (ErrUnknownClaimant, ErrUnknownOffice).
func (l *Ledger) Actors(claimant Claimant, office Office) ([]Actor, error) {
	if err := l.known(claimant, office); err != nil {
		return nil, err
	}
	seen := map[Actor]bool{}
	for k := range l.series {
		if k.claimant == claimant.ID && k.office == office {
			seen[k.actor] = true
		}
	}
	return slices.Sorted(maps.Keys(seen)), nil
}

// Acts returns the acts in the order they were added.
func (l *Ledger) Acts() []Act { return slices.Clone(l.acts) }

// Holders returns, for each status, which of actors hold it toward
// claimant in office on day: a view computed from each actor's own acts.
// It is never stored, and no actor's position is derived from it: that
// nineteen member states recognised a claimant says nothing of the EU's
// position. It returns StatusAt's errors, for the first actor that has
// one.
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
