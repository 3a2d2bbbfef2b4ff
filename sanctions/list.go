package sanctions

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/acquis-eu/acquis"
)

// Errors [NewList] reports, wrapped in an *[ActError]. ErrUnknownRegime is
// also what a List's questions about a regime it does not hold report.
var (
	ErrInvalidAct     = errors.New("invalid act")
	ErrUnknownRegime  = errors.New("unknown regime")
	ErrAlreadyListed  = errors.New("entity already listed")
	ErrNotListed      = errors.New("entity not listed")
	ErrLapsed         = errors.New("regime lapsed")
	ErrDuplicateAct   = errors.New("act given twice")
	ErrInvalidRegime  = errors.New("invalid regime")
	ErrNoRenewalAfter = errors.New("renewal does not extend the regime")
)

// Errors a List's questions report.
var (
	// ErrBeforeRecord reports a day before the first act a List records
	// for a regime, wrapped in a *[SpanError]: the List cannot say what
	// held then, for the acts before its first are not among its data.
	ErrBeforeRecord = errors.New("before the first act the list records")
	// ErrUnknownEntity reports an entity key that no act of a List names.
	ErrUnknownEntity = errors.New("unknown entity")
)

// A SpanError reports a day on which a List cannot answer for a regime,
// because it is outside the [Span] of the acts the List records for it.
type SpanError struct {
	Regime string
	Day    acquis.Date
	// Span is what the List records for the regime: the days its first
	// and last acts entered into force; zero when it records no act of it.
	Span acquis.Span
	// FirstAct and LastAct cite the acts at the ends of Span
	// ([Act.String]); empty when Span is zero.
	FirstAct, LastAct string
	Err               error // ErrBeforeRecord, or ErrAfterRecord from List.Changes
}

func (e *SpanError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "sanctions: %s on %v: %v: ", e.Regime, e.Day, e.Err)
	if e.Span.IsZero() {
		b.WriteString("the list records no act of the regime")
	} else {
		fmt.Fprintf(&b, "the list records the regime's acts from %v (%s) to %v (%s)", e.Span.First, e.FirstAct, e.Span.Last, e.LastAct)
	}
	return b.String()
}

func (e *SpanError) Unwrap() error { return e.Err }

// An ActError reports an act that a [List] cannot replay: an invalid act,
// or an effect that contradicts the acts before it, such as the delisting
// of an entity that was never listed.
type ActError struct {
	Act string // the act's citation
	// Effect is the number of the effect in the act's Effects, counted
	// from 1 as a reader of the act counts them and as the message gives
	// it: Effects[Effect-1]. It is 0 for an error of the act itself.
	Effect int
	Entity string // the entity's key, when the effect concerns one
	Err    error
	Detail string
}

func (e *ActError) Error() string {
	var b strings.Builder
	b.WriteString("sanctions: ")
	b.WriteString(e.Act)
	if e.Effect > 0 {
		fmt.Fprintf(&b, ", effect %d", e.Effect)
	}
	if e.Entity != "" {
		fmt.Fprintf(&b, " (entity %q)", e.Entity)
	}
	b.WriteString(": ")
	b.WriteString(e.Err.Error())
	if e.Detail != "" {
		b.WriteString(": ")
		b.WriteString(e.Detail)
	}
	return b.String()
}

func (e *ActError) Unwrap() error { return e.Err }

// A Listing is one entity under one measure of one regime on a day, with
// the acts behind it. Written as JSON, it holds its entity and its acts in
// full, and reads back equal.
type Listing struct {
	Entity  *Entity `json:"entity"`
	Regime  string  `json:"regime"`
	Measure Measure `json:"measure"`
	// Since is the first day of the listing: the day the listing act
	// entered into force.
	Since acquis.Date `json:"since"`
	// ListingDate is the date of listing the act's annex prints.
	ListingDate acquis.Date `json:"listingDate,omitzero"`
	Reasons     string      `json:"reasons,omitempty"`
	// ListedBy is the act that listed the entity; AmendedBy the latest act
	// that amended its entry up to the day, nil if none did.
	ListedBy  *Act `json:"listedBy"`
	AmendedBy *Act `json:"amendedBy,omitempty"`
	// LastDay is the regime's last day in force as known on the day, zero
	// when it has no end date; RenewedBy is the act that set it, nil when
	// it is the regime's own.
	LastDay   acquis.Date `json:"lastDay,omitzero"`
	RenewedBy *Act        `json:"renewedBy,omitempty"`
}

// Listings is a list of listings, in a List's order: by regime, by entity
// key, by measure.
type Listings []Listing

// Regime returns the listings under the regime with the given code.
func (ls Listings) Regime(code string) Listings {
	return ls.filter(func(l *Listing) bool { return l.Regime == code })
}

// Measure returns the listings under measure m.
func (ls Listings) Measure(m Measure) Listings {
	return ls.filter(func(l *Listing) bool { return l.Measure == m })
}

// Named returns the listings of entities one of whose names contains s,
// compared with Unicode case folding. It is a plain search; name screening
// across spellings and scripts is another matter.
func (ls Listings) Named(s string) Listings {
	s = strings.ToLower(s)
	return ls.filter(func(l *Listing) bool {
		for _, n := range l.Entity.Names {
			if strings.Contains(strings.ToLower(n.Full()), s) {
				return true
			}
		}
		return false
	})
}

// Entity returns the listings of the entity with the given key.
func (ls Listings) Entity(id string) Listings {
	return ls.filter(func(l *Listing) bool { return l.Entity.ID == id })
}

// Entities returns the listed entities, each once, in order.
func (ls Listings) Entities() []*Entity {
	var es []*Entity
	seen := make(map[*Entity]bool)
	for _, l := range ls {
		if !seen[l.Entity] {
			seen[l.Entity] = true
			es = append(es, l.Entity)
		}
	}
	return es
}

// Count returns the number of distinct persons and organisations listed,
// each counted once whatever its measures and regimes.
func (ls Listings) Count() (persons, organisations int) {
	seen := make(map[string]bool)
	for _, l := range ls {
		if seen[l.Entity.ID] {
			continue
		}
		seen[l.Entity.ID] = true
		switch l.Entity.Type {
		case Person:
			persons++
		case Organisation:
			organisations++
		}
	}
	return persons, organisations
}

func (ls Listings) filter(keep func(*Listing) bool) Listings {
	var out Listings
	for i := range ls {
		if keep(&ls[i]) {
			out = append(out, ls[i])
		}
	}
	return out
}

// A List is the state of the EU's lists built by replaying acts: it answers
// who is listed under which measure on any day, and why. A List is
// immutable and safe for concurrent use.
type List struct {
	regimes []Regime
	acts    []*Act // in order of replay
	// versions of each listing, in order of time; a listing's versions
	// are contiguous in time until it ends.
	versions []version
	terms    map[string][]term // end dates of each regime, in order
	records  map[string]record // the acts of each regime that has some
}

// A version is one state of one listing over the days [from, to); to is
// zero while it lasts.
type version struct {
	from, to  acquis.Date
	entity    *Entity
	regime    string
	measure   Measure
	since     acquis.Date
	listed    acquis.Date
	reasons   string
	listedBy  *Act
	amendedBy *Act
}

// A term is the end date of a regime from a day on.
type term struct {
	from  acquis.Date // zero for the regime's own end date
	until acquis.Date
	by    *Act
}

type slot struct {
	regime  string
	measure Measure
	id      string
}

// NewList replays acts over regimes and returns the List they make. The
// acts may be given in any order: they are replayed by the day they enter
// into force, then by publication and adoption, then by number. It returns
// an *[ActError] for an act that is invalid or contradicts those before
// it: an unknown regime, a listing of an entity already listed under the
// same measure, an amendment or delisting of one that is not listed, a
// change after the regime lapsed, or a renewal that does not extend it.
// NewList does not modify the acts; the List keeps pointers to them, which
// the caller must then not modify.
func NewList(regimes []Regime, acts []*Act) (*List, error) {
	l := &List{regimes: slices.Clone(regimes), terms: make(map[string][]term), records: make(map[string]record)}
	for i := range l.regimes {
		r := &l.regimes[i]
		if r.Code == "" {
			return nil, &ActError{Act: "regime " + fmt.Sprint(i+1), Err: ErrInvalidRegime, Detail: "no code"}
		}
		if _, dup := l.terms[r.Code]; dup {
			return nil, &ActError{Act: "regime " + r.Code, Err: ErrInvalidRegime, Detail: "given twice"}
		}
		l.terms[r.Code] = []term{{until: r.LastDay}}
	}
	seen := make(map[string]bool)
	for _, a := range acts {
		if err := checkAct(a); err != nil {
			return nil, err
		}
		if seen[a.String()] {
			return nil, &ActError{Act: a.String(), Err: ErrDuplicateAct}
		}
		seen[a.String()] = true
		if _, ok := l.terms[a.Regime]; !ok {
			return nil, &ActError{Act: a.String(), Err: ErrUnknownRegime, Detail: a.Regime}
		}
	}
	l.acts = slices.Clone(acts)
	slices.SortStableFunc(l.acts, func(a, b *Act) int {
		return cmp.Or(a.InForce.Compare(b.InForce), a.Published.Compare(b.Published),
			a.Adopted.Compare(b.Adopted), cmp.Compare(a.Number, b.Number))
	})
	open := make(map[slot]int) // index in versions of a listing's current version
	for _, a := range l.acts {
		if err := l.replay(a, open); err != nil {
			return nil, err
		}
		r := l.records[a.Regime]
		if r.first == nil {
			r.first, r.span.First = a, a.InForce
		}
		r.last, r.span.Last = a, a.InForce
		l.records[a.Regime] = r
	}
	slices.SortStableFunc(l.versions, func(a, b version) int {
		return cmp.Or(cmp.Compare(a.regime, b.regime), cmp.Compare(a.entity.ID, b.entity.ID),
			cmp.Compare(a.measure, b.measure), a.from.Compare(b.from))
	})
	return l, nil
}

func checkAct(a *Act) error {
	bad := func(detail string) error {
		name := "act"
		if a != nil {
			name = a.String()
		}
		return &ActError{Act: name, Err: ErrInvalidAct, Detail: detail}
	}
	switch {
	case a == nil:
		return bad("nil")
	case !a.Kind.IsValid():
		return bad("no kind")
	case a.Number == "" && !a.Adopted.IsValid():
		return bad("neither a number nor a date of adoption")
	case !a.InForce.IsValid():
		return bad("no date of entry into force")
	case a.Adopted.IsValid() && a.InForce.Before(a.Adopted):
		return bad("enters into force before it is adopted")
	}
	for _, m := range a.Measures {
		if !m.IsValid() {
			return bad("invalid measure")
		}
	}
	for i := range a.Effects {
		e := &a.Effects[i]
		fail := func(detail string) error {
			return &ActError{Act: a.String(), Effect: i + 1, Entity: e.key(), Err: ErrInvalidAct, Detail: detail}
		}
		switch e.Change {
		case Listed, Amended, Delisted:
			if len(a.Measures) == 0 {
				return fail("the act names no measure")
			}
			if e.key() == "" {
				return fail("no entity key")
			}
			if e.Entity != nil && e.ID != "" && e.Entity.ID != e.ID {
				return fail("key differs from the entity's ID " + fmt.Sprintf("%q", e.Entity.ID))
			}
		case Renewed:
			if !e.LastDay.IsValid() {
				return fail("renewal with no end date")
			}
		default:
			return fail("invalid change")
		}
		switch {
		case e.Change == Listed && e.Entity == nil:
			return fail("listing with no entity")
		case e.Change == Listed && !e.Entity.Type.IsValid():
			return fail("entity with no type")
		case e.Change == Amended && e.Entity == nil && e.Reasons == "":
			return fail("amendment that changes nothing")
		}
	}
	return nil
}

// replay replays act a, valid, over the List: a renewal extends its
// regime's term, and each other effect changes the entity's listing under
// each of the act's measures (apply). open holds the index in l.versions of
// the version in force of each listing.
func (l *List) replay(a *Act, open map[slot]int) error {
	day := a.InForce
	terms := l.terms[a.Regime]
	cur := terms[len(terms)-1]
	if cur.until.IsValid() && day.After(cur.until) {
		return &ActError{Act: a.String(), Err: ErrLapsed,
			Detail: fmt.Sprintf("%s lapsed after %v; the act enters into force on %v", a.Regime, cur.until, day)}
	}
	for i := range a.Effects {
		e := &a.Effects[i]
		fail := func(err error, detail string) error {
			return &ActError{Act: a.String(), Effect: i + 1, Entity: e.key(), Err: err, Detail: detail}
		}
		if e.Change == Renewed {
			if cur.until.IsValid() && !e.LastDay.After(cur.until) {
				return fail(ErrNoRenewalAfter, fmt.Sprintf("new end %v, current end %v", e.LastDay, cur.until))
			}
			cur = term{from: day, until: e.LastDay, by: a}
			l.terms[a.Regime] = append(l.terms[a.Regime], cur)
			continue
		}
		for _, m := range a.Measures {
			if detail, err := l.apply(a, e, m, open); err != nil {
				return fail(err, detail)
			}
		}
	}
	return nil
}

// apply makes the change e of act a, a listing, an amendment or a
// delisting, to the listing of its entity under measure m; open holds the
// index in l.versions of the version in force of each listing. A change
// that contradicts the acts before it is an error, ErrAlreadyListed or
// ErrNotListed, with the detail that says why.
func (l *List) apply(a *Act, e *Effect, m Measure, open map[slot]int) (detail string, err error) {
	day := a.InForce
	s := slot{a.Regime, m, e.key()}
	vi, listed := open[s]
	if e.Change == Listed {
		if listed {
			prev := l.versions[vi]
			return fmt.Sprintf("under %v since %v by %v", m, prev.since, prev.listedBy), ErrAlreadyListed
		}
		open[s] = len(l.versions)
		l.versions = append(l.versions, version{
			from: day, entity: e.Entity, regime: a.Regime, measure: m, since: day,
			listed: e.ListingDate, reasons: e.Reasons, listedBy: a,
		})
		return "", nil
	}
	if !listed {
		return fmt.Sprintf("not under %v of %s on %v", m, a.Regime, day), ErrNotListed
	}
	v := l.versions[vi]
	if v.from == day {
		// Two changes on one day: the later replaces the version.
		l.versions = slices.Delete(l.versions, vi, vi+1)
		for k, j := range open {
			if j > vi {
				open[k] = j - 1
			}
		}
	} else {
		l.versions[vi].to = day
	}
	delete(open, s)
	if e.Change == Delisted {
		return "", nil
	}
	v.from, v.to, v.amendedBy = day, acquis.Date{}, a
	if e.Entity != nil {
		v.entity = e.Entity
	}
	if e.Reasons != "" {
		v.reasons = e.Reasons
	}
	open[s] = len(l.versions)
	l.versions = append(l.versions, v)
	return "", nil
}

// At returns the listings in force on day d: every entity under every
// measure of every regime, as last amended by d. A listing is in force from
// the day its act enters into force until the day before the act that
// delists it does, and never after its regime's end date as renewed by d.
//
// At answers from the acts the List holds. For a day outside the [Span] of
// a regime's acts, ask Span what its answer is worth: before the first act
// it finds no one under the regime because the data says nothing of that
// day, not because no one was listed; after the last, it gives the
// listings as recorded up to the last act.
func (l *List) At(d acquis.Date) Listings {
	var out Listings
	for i := range l.versions {
		v := &l.versions[i]
		if d.Before(v.from) || (v.to.IsValid() && !d.Before(v.to)) {
			continue
		}
		t, lapsed := l.termAt(v.regime, d)
		if lapsed {
			continue
		}
		out = append(out, Listing{
			Entity: v.entity, Regime: v.regime, Measure: v.measure, Since: v.since,
			ListingDate: v.listed, Reasons: v.reasons, ListedBy: v.listedBy, AmendedBy: v.amendedBy,
			LastDay: t.until, RenewedBy: t.by,
		})
	}
	return out
}

// termAt returns the regime's end date in force on d, and whether the
// regime has lapsed by d.
func (l *List) termAt(code string, d acquis.Date) (term, bool) {
	ts := l.terms[code]
	t := ts[0]
	for _, u := range ts[1:] {
		if !d.Before(u.from) {
			t = u
		}
	}
	return t, t.until.IsValid() && d.After(t.until)
}

// Span returns the days the List records for the regime with the given
// code: from its first act to its last. It is the zero Span when the List
// holds no act of the regime, and an error wrapping [ErrUnknownRegime] when
// the List has no such regime.
func (l *List) Span(code string) (acquis.Span, error) {
	if _, ok := l.terms[code]; !ok {
		return acquis.Span{}, unknownRegime(code)
	}
	return l.records[code].span, nil
}

// SpanActs returns the acts that open and close the [List.Span] of the
// regime with the given code: the first and the last to enter into force.
// Both are nil when the List holds no act of the regime; the error wraps
// [ErrUnknownRegime] when the List has no such regime.
func (l *List) SpanActs(code string) (first, last *Act, err error) {
	if _, ok := l.terms[code]; !ok {
		return nil, nil, unknownRegime(code)
	}
	r := l.records[code]
	return r.first, r.last, nil
}

// A record is what a List holds of one regime's acts: their span and the
// acts at its ends.
type record struct {
	span        acquis.Span
	first, last *Act
}

func unknownRegime(code string) error {
	return fmt.Errorf("sanctions: regime %q: %w", code, ErrUnknownRegime)
}

// recorded returns an error unless the List records the regime with the
// given code on day d or before.
func (l *List) recorded(code string, d acquis.Date) error {
	if _, ok := l.terms[code]; !ok {
		return unknownRegime(code)
	}
	r := l.records[code]
	if r.first == nil || d.Before(r.span.First) {
		e := &SpanError{Regime: code, Day: d, Span: r.span, Err: ErrBeforeRecord}
		if r.first != nil {
			e.FirstAct, e.LastAct = r.first.String(), r.last.String()
		}
		return e
	}
	return nil
}

// LastDay returns the last day in force of the regime with the given code,
// as known on day d, and the act that set it (nil for the regime's own end
// date, Regime.LastDay). The date is zero when the regime has no end date.
//
// A day before the first act the List records for the regime is an error
// wrapping [ErrBeforeRecord], a *[SpanError]: the regime's own end date
// was set by an act the List does not hold, on a day it does not know, so
// nothing says that it held then. A day after the last act has the end
// date as recorded up to that act. An unknown regime is an error wrapping
// [ErrUnknownRegime].
func (l *List) LastDay(code string, d acquis.Date) (until acquis.Date, by *Act, err error) {
	if err := l.recorded(code, d); err != nil {
		return acquis.Date{}, nil, err
	}
	t, _ := l.termAt(code, d)
	return t.until, t.by, nil
}

// A Headcount is a number of persons and of organisations, as an act states
// the entries it lists.
type Headcount struct {
	Persons       int `json:"persons"`
	Organisations int `json:"organisations"`
}

// Stated returns, for each measure of the regime with the given code, how
// many persons and organisations the acts in force on day d state that
// they listed (Act.Persons and Act.Organisations), summed over the acts
// whose Measures include the measure. It is the acts' own count, beside
// what the List names (Listings.Count), which is less when not every
// entry could be read (Act.Missing). The acts state no count of the
// entries they delist, so the sum holds only while nothing was delisted.
// Stated returns nil for a day after the regime lapsed, or when no act in
// force states a count.
//
// A day before the first act the List records for the regime is an error
// wrapping [ErrBeforeRecord], a *[SpanError], and an unknown regime an
// error wrapping [ErrUnknownRegime], as for [List.LastDay].
func (l *List) Stated(code string, d acquis.Date) (map[Measure]Headcount, error) {
	if err := l.recorded(code, d); err != nil {
		return nil, err
	}
	if _, lapsed := l.termAt(code, d); lapsed {
		return nil, nil
	}
	var out map[Measure]Headcount
	for _, a := range l.acts {
		if a.Regime != code || a.InForce.After(d) || a.Persons+a.Organisations == 0 {
			continue
		}
		if out == nil {
			out = make(map[Measure]Headcount)
		}
		for _, m := range a.Measures {
			n := out[m]
			out[m] = Headcount{n.Persons + a.Persons, n.Organisations + a.Organisations}
		}
	}
	return out, nil
}

// Regimes returns the List's regimes.
func (l *List) Regimes() []Regime { return slices.Clone(l.regimes) }

// Regime returns the regime with the given code.
func (l *List) Regime(code string) (Regime, bool) {
	for _, r := range l.regimes {
		if r.Code == code {
			return r, true
		}
	}
	return Regime{}, false
}

// Acts returns the acts in the order the List replayed them. The acts are
// the List's: do not modify them.
func (l *List) Acts() []*Act { return slices.Clone(l.acts) }

// Act returns the act with the given number, such as "2020/1648", or
// citation, such as "Council Decision (CFSP) of 2020-02-17".
func (l *List) Act(number string) (*Act, bool) {
	for _, a := range l.acts {
		if a.Number == number || a.String() == number {
			return a, true
		}
	}
	return nil, false
}

// History returns every listing the entity with the given key has had, each
// version with the days [From, To) it held, in order of time. A key that no
// act of the List names is an error wrapping [ErrUnknownEntity].
func (l *List) History(id string) ([]Period, error) {
	var ps []Period
	for i := range l.versions {
		v := &l.versions[i]
		if v.entity.ID != id {
			continue
		}
		ps = append(ps, Period{From: v.from, To: v.to, Listing: Listing{
			Entity: v.entity, Regime: v.regime, Measure: v.measure, Since: v.since,
			ListingDate: v.listed, Reasons: v.reasons, ListedBy: v.listedBy, AmendedBy: v.amendedBy,
		}})
	}
	if ps == nil {
		return nil, fmt.Errorf("sanctions: entity %q: %w", id, ErrUnknownEntity)
	}
	return ps, nil
}

// A Period is one version of a listing over the days [From, To). To is
// zero when no act the List holds ends the version: it lasts as far as the
// List's record of the regime reaches ([List.Span]), and what held after
// the last act the List holds, it cannot say. The regime's end date is not
// applied: ask At or LastDay for that. Its Listing has no LastDay nor
// RenewedBy.
type Period struct {
	From    acquis.Date `json:"from"`
	To      acquis.Date `json:"to,omitzero"`
	Listing Listing     `json:"listing"`
}

// Errors of [List.Changes].
var (
	// ErrAfterRecord reports a day after the last act a List records for
	// a regime, wrapped in a *[SpanError]: whether an act took effect on
	// it, the List cannot say.
	ErrAfterRecord = errors.New("after the last act the list records")
	// ErrInvalidInterval reports an interval of days that ends before it
	// starts, or whose ends are not both valid dates.
	ErrInvalidInterval = errors.New("invalid interval")
)

// A Delta is what took effect in an interval of days (From, To], the day
// From excluded and the day To included: the acts that entered into force
// in it and the updates they made to the List, in the order the List
// replays them. Customers screened against the listings of day From need,
// on day To, to be screened only against the entities the Delta lists or
// amends (its Entities): every other entity listed on To was listed on
// From, as it is on To.
//
// A Delta is written as JSON and read back equal; as in a [Listing], each
// Update holds its act in full.
type Delta struct {
	From acquis.Date `json:"from"`
	To   acquis.Date `json:"to"`
	// Acts are the acts that entered into force in (From, To], each once,
	// in the order of replay, including those whose entries the data does
	// not carry ([Act.Missing]) and which therefore make no Update.
	Acts    []*Act   `json:"acts,omitempty"`
	Updates []Update `json:"updates,omitempty"`
}

// An Update is one change that took effect on a day: an entity listed,
// amended or delisted under one measure of a regime, or a regime renewed,
// by one act. An act that lists an entity under both measures makes two
// Updates, one for each.
type Update struct {
	// Day is the day the change took effect: the day its act entered
	// into force.
	Day    acquis.Date `json:"day"`
	Change Change      `json:"change"`
	Regime string      `json:"regime"`
	// Measure is the measure whose list changed; zero for Renewed.
	Measure Measure `json:"measure,omitzero"`
	// Entity is the entity as the change leaves it listed (Listed,
	// Amended), or as it was listed until the change (Delisted); nil for
	// Renewed. Previous is, for Amended, the entity as it was listed the
	// day before: the same pointer as Entity when the amendment changed
	// only the reasons.
	Entity   *Entity `json:"entity,omitempty"`
	Previous *Entity `json:"previous,omitempty"`
	// Reasons are the reasons a Listed or Amended effect gives.
	Reasons string `json:"reasons,omitempty"`
	// LastDay is, for Renewed, the regime's new last day in force.
	LastDay acquis.Date `json:"lastDay,omitzero"`
	Act     *Act        `json:"act"`
}

// NewNames returns the names an update brings to be screened: every name
// of a listed entity, the names of an amended entity that its previous
// version did not have (compared by [Name.Full] and language), and none
// for a delisting or a renewal.
func (u *Update) NewNames() []Name {
	switch {
	case u.Entity == nil:
		return nil
	case u.Change == Listed:
		return slices.Clone(u.Entity.Names)
	case u.Change != Amended || u.Previous == u.Entity:
		return nil
	}
	type key struct{ full, lang string }
	had := map[key]bool{}
	if u.Previous != nil {
		for _, n := range u.Previous.Names {
			had[key{n.Full(), n.Language}] = true
		}
	}
	var out []Name
	for _, n := range u.Entity.Names {
		if !had[key{n.Full(), n.Language}] {
			out = append(out, n)
		}
	}
	return out
}

// Entities returns the entities to screen against after the Delta: each
// entity that an Update lists or amends and that no later Update of the
// Delta delists under the same measure, as the last Update leaves it, each
// version once, in the order of the Updates. An entity amended under one
// measure and not the other is given in both its versions, as
// [Listings.Entities] gives them.
func (d Delta) Entities() []*Entity {
	last := map[slot]int{} // the last update of each listing
	var order []slot
	for i, u := range d.Updates {
		if u.Change == Renewed || u.Entity == nil {
			continue
		}
		s := slot{u.Regime, u.Measure, u.Entity.ID}
		if _, ok := last[s]; !ok {
			order = append(order, s)
		}
		last[s] = i
	}
	var es []*Entity
	seen := map[*Entity]bool{}
	for _, s := range order {
		u := &d.Updates[last[s]]
		if u.Change == Delisted || seen[u.Entity] {
			continue
		}
		seen[u.Entity] = true
		es = append(es, u.Entity)
	}
	return es
}

// Changes returns what took effect in the interval of days (from, to],
// from excluded and to included: the Delta of the acts that entered into
// force on a day after from and not after to. From the day of one
// screening of a customer base to the day of the next, it says whom the
// next must screen against: the Delta's Entities.
//
// Changes answers only within the record of every regime of the List
// ([List.Span]): the first day of the interval must not be before the
// first act the List records for a regime, for what took effect before it
// the List cannot say (a *[SpanError] wrapping [ErrBeforeRecord]); and to
// must not be after the last, for an act may have taken effect since that
// the List does not hold (a *[SpanError] wrapping [ErrAfterRecord]). A
// List known to be complete up to a later day than its last act answers
// for that day with Changes(from, last act's day): no act took effect in
// between. A regime's lapse needs no Update: no act of a regime can follow
// its lapse (NewList refuses one), so a lapse always falls after the
// regime's last act, where Changes refuses to answer.
//
// An interval whose ends are not valid dates, or that ends before it
// starts, is an error wrapping [ErrInvalidInterval]; an empty one (from
// equal to to) is the empty Delta.
func (l *List) Changes(from, to acquis.Date) (Delta, error) {
	if !from.IsValid() || !to.IsValid() || to.Before(from) {
		return Delta{}, fmt.Errorf("sanctions: changes in (%v, %v]: %w", from, to, ErrInvalidInterval)
	}
	d := Delta{From: from, To: to}
	if from == to {
		return d, nil
	}
	if err := l.covers(from.AddDays(1), to); err != nil {
		return Delta{}, err
	}
	listed := map[slot]*Entity{} // the entity of each listing, as the acts replayed so far leave it
	for _, a := range l.acts {
		if a.InForce.After(to) {
			break
		}
		in := a.InForce.After(from)
		if in {
			d.Acts = append(d.Acts, a)
		}
		for i := range a.Effects {
			for _, u := range updates(a, &a.Effects[i], listed) {
				if in {
					d.Updates = append(d.Updates, u)
				}
			}
		}
	}
	return d, nil
}

// covers returns a *SpanError unless the List records every regime on
// every day from first to last.
func (l *List) covers(first, last acquis.Date) error {
	for _, r := range l.regimes {
		rec := l.records[r.Code]
		e := &SpanError{Regime: r.Code, Span: rec.span}
		if rec.first != nil {
			e.FirstAct, e.LastAct = rec.first.String(), rec.last.String()
		}
		switch {
		case rec.first == nil || first.Before(rec.span.First):
			e.Day, e.Err = first, ErrBeforeRecord
		case last.After(rec.span.UpTo()):
			e.Day, e.Err = last, ErrAfterRecord
		default:
			continue
		}
		return e
	}
	return nil
}

// updates returns the Updates that effect e of act a makes, one for each
// of the act's measures (one for a renewal), and applies them to listed,
// the entity of each listing as the acts replayed before leave it.
func updates(a *Act, e *Effect, listed map[slot]*Entity) []Update {
	if e.Change == Renewed {
		return []Update{{Day: a.InForce, Change: Renewed, Regime: a.Regime, LastDay: e.LastDay, Act: a}}
	}
	us := make([]Update, 0, len(a.Measures))
	for _, m := range a.Measures {
		s := slot{a.Regime, m, e.key()}
		u := Update{Day: a.InForce, Change: e.Change, Regime: a.Regime, Measure: m, Reasons: e.Reasons, Act: a}
		switch e.Change {
		case Listed:
			listed[s] = e.Entity
			u.Entity = e.Entity
		case Amended:
			u.Previous = listed[s]
			if e.Entity != nil {
				listed[s] = e.Entity
			}
			u.Entity = listed[s]
		case Delisted:
			u.Entity = listed[s]
			delete(listed, s)
		}
		us = append(us, u)
	}
	return us
}
