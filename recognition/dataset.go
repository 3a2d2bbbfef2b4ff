package recognition

import (
	"cmp"
	"embed"
	"fmt"
	"io"
	"iter"
	"maps"
	"path"
	"regexp"
	"slices"
	"strings"
	"sync"

	"github.com/acquis-eu/acquis"
)

// A Dataset is a recorded case: the office, the claimants, the mandates
// that acts rely on, the acts with their sources, and the day up to which
// the record was checked.
//
// Its JSON form is the case file the package doc describes (# Case
// files): ReadDataset and json.Unmarshal read it, WriteDataset and
// json.Marshal write it, and what is written reads back to an equal
// Dataset. Only a valid Dataset is written.
type Dataset struct {
	// ID is the case's key, such as "venezuela2019": lower-case letters,
	// digits and hyphens, starting with a letter.
	ID     string `json:"id"`
	Name   string `json:"name"`
	Office Office `json:"office"`
	// Summary says in a few sentences what the case records and which
	// mandates it is keyed to. It may be empty.
	Summary string `json:"summary,omitzero"`
	// Checked is the day up to which the record was checked against its
	// sources: an act adopted after it may be missing. Answers for a later
	// day are still the acts' answers, as recorded up to Checked (see
	// Span). It is required, and may not come before the last act.
	Checked acquis.Date `json:"checked"`
	// CheckedAgainst says what the record was checked against, and why
	// Checked is that day.
	CheckedAgainst string `json:"checkedAgainst"`
	// ActorNames names the actors of the acts that this package does not
	// know (Actor.Name gives their codes): a third state or a body the
	// case needs. An act by an actor that is neither known nor named here
	// makes the dataset invalid, so that a mistyped code is an error.
	ActorNames map[Actor]string `json:"actorNames,omitempty"`
	// NotRecorded lists what the record leaves out on purpose, each with
	// its reason: a fact that is not an act of recognition, an act whose
	// day or wording could not be verified, an act after Checked.
	NotRecorded []string   `json:"notRecorded,omitempty"`
	Claimants   []Claimant `json:"claimants"`
	Mandates    []Mandate  `json:"mandates"`
	Acts        []Act      `json:"acts"`
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
// office and span. It returns an error if d is not a valid case (see
// Valid): ErrInvalidDataset, ErrInvalidAct, ErrDuplicateAct or
// ErrUnknownClaimant; or if the acts make a transition the model forbids:
// ErrTransition, with a *TransitionError naming the act.
func (d Dataset) Ledger() (*Ledger, error) {
	if err := d.Valid(); err != nil {
		return nil, err
	}
	return d.ledger()
}

// ledger builds the ledger of a dataset that Valid accepts.
func (d Dataset) ledger() (*Ledger, error) {
	l := &Ledger{}
	l.init()
	for _, a := range d.Acts {
		if err := l.Add(a); err != nil {
			return nil, fmt.Errorf("dataset %s: %w", d.ID, err)
		}
	}
	if d.Checked.Before(l.last) {
		return nil, errorf(ErrInvalidDataset, "dataset %s: checked up to %v, before its last act of %v", d.ID, d.Checked, l.last)
	}
	l.checked = d.Checked
	for _, c := range d.Claimants {
		l.claimants[c.ID] = true
	}
	l.offices[d.Office] = true
	if err := l.Check(); err != nil {
		return nil, fmt.Errorf("dataset %s: %w", d.ID, err)
	}
	return l, nil
}

var idPattern = regexp.MustCompile(`^[a-z][a-z0-9-]*$`)

// Valid returns an error if d is not a complete case, and nil otherwise.
// A case has an ID (ErrInvalidDataset), a name, an office, the day up to
// which it was checked and what it was checked against; each claimant an
// ID and a name; each mandate an ID, a claimant the case lists, an office,
// and for each day it gives a source and a grade; each act an ID, an
// actor this package knows or the case names, a day, its wording, its
// source, its grade and its effects (ErrInvalidAct), each effect about a
// claimant the case lists (ErrUnknownClaimant) and keyed to mandates the
// case lists, equal to them. IDs are unique within their kind
// (ErrDuplicateAct for acts). Valid does not replay the acts: Ledger
// does, and reports a transition the model forbids.
func (d Dataset) Valid() error {
	if err := d.checkHead(); err != nil {
		return err
	}
	claimants := map[string]Claimant{}
	for i, c := range d.Claimants {
		if err := checkClaimant(c); err != nil {
			return fmt.Errorf("dataset %s, claimant %d: %w", d.ID, i+1, err)
		}
		if _, dup := claimants[c.ID]; dup {
			return errorf(ErrInvalidDataset, "dataset %s: claimant %q listed twice", d.ID, c.ID)
		}
		claimants[c.ID] = c
	}
	mandates := map[string]Mandate{}
	for i, m := range d.Mandates {
		if err := d.checkMandate(m, claimants); err != nil {
			return fmt.Errorf("dataset %s, mandate %d: %w", d.ID, i+1, err)
		}
		if _, dup := mandates[m.ID]; dup {
			return errorf(ErrInvalidDataset, "dataset %s: mandate %q listed twice", d.ID, m.ID)
		}
		mandates[m.ID] = m
	}
	acts := map[string]bool{}
	for _, a := range d.Acts {
		if _, err := d.checkAct(a, claimants, mandates); err != nil {
			return fmt.Errorf("dataset %s: %w", d.ID, err)
		}
		if acts[a.ID] {
			return errorf(ErrDuplicateAct, "dataset %s: act %s recorded twice", d.ID, a.ID)
		}
		acts[a.ID] = true
	}
	return nil
}

// checkHead checks the fields of d that are not lists.
func (d Dataset) checkHead() error {
	switch {
	case !idPattern.MatchString(d.ID):
		return errorf(ErrInvalidDataset, "dataset ID %q is not lower-case letters, digits and hyphens starting with a letter", d.ID)
	case d.Name == "":
		return errorf(ErrInvalidDataset, "dataset %s: no name", d.ID)
	case d.Office == "":
		return errorf(ErrInvalidDataset, "dataset %s: no office", d.ID)
	case !d.Checked.IsValid():
		return errorf(ErrInvalidDataset, "dataset %s: no day up to which it was checked", d.ID)
	case d.CheckedAgainst == "":
		return errorf(ErrInvalidDataset, "dataset %s: does not say what it was checked against", d.ID)
	}
	if slices.Contains(d.NotRecorded, "") {
		return errorf(ErrInvalidDataset, "dataset %s: an empty entry in what it does not record", d.ID)
	}
	for _, a := range slices.Sorted(maps.Keys(d.ActorNames)) {
		switch {
		case a == "" || d.ActorNames[a] == "":
			return errorf(ErrInvalidDataset, "dataset %s: an actor name needs a code and a name (%q: %q)", d.ID, a, d.ActorNames[a])
		case a.named():
			return errorf(ErrInvalidDataset, "dataset %s: actor %q is known to the package as %s: do not name it again", d.ID, a, a.Name())
		}
	}
	return nil
}

func checkClaimant(c Claimant) error {
	if c.ID == "" || c.Name == "" {
		return errorf(ErrInvalidDataset, "claimant %q: a claimant needs an ID and a name", c.ID)
	}
	return nil
}

// checkMandate checks m against the claimants of d.
func (d Dataset) checkMandate(m Mandate, claimants map[string]Claimant) error {
	bad := func(format string, args ...any) error {
		return errorf(ErrInvalidDataset, "mandate %q: "+format, append([]any{m.ID}, args...)...)
	}
	c, ok := claimants[m.Claimant.ID]
	switch {
	case m.ID == "":
		return bad("no ID")
	case !ok:
		return errorf(ErrUnknownClaimant, "mandate %q: claimant %q is not among the dataset's claimants", m.ID, m.Claimant.ID)
	case c != m.Claimant:
		return bad("its claimant differs from the dataset's claimant %q", c.ID)
	case m.Office == "":
		return bad("no office")
	case m.Start.IsValid() != (m.StartSource != "") || m.Start.IsValid() != (m.StartVerification != 0):
		return bad("a first day needs its source and its grade, and a source or a grade needs a first day")
	case m.LastDay.IsValid() && (m.EndSource == "" || m.EndVerification == 0):
		return bad("a last day needs its source and its grade")
	case !m.LastDay.IsValid() && m.EndVerification != 0:
		return bad("a grade for a last day it does not give")
	case m.Start.IsValid() && m.LastDay.Before(m.Start) && m.LastDay.IsValid():
		return bad("its last day %v is before its first day %v", m.LastDay, m.Start)
	case m.StartVerification > Unverified || m.EndVerification > Unverified:
		return bad("invalid grade")
	}
	return nil
}

// checkAct checks a as an act of the case d: complete, by an actor the
// package knows or d names, its effects about claimants and keyed to
// mandates that d lists. With an error it returns the number of the
// effect at fault, counted from 1, or 0 for the act itself.
func (d Dataset) checkAct(a Act, claimants map[string]Claimant, mandates map[string]Mandate) (int, error) {
	if err := a.check(); err != nil {
		return 0, err
	}
	bad := func(format string, args ...any) error {
		return errorf(ErrInvalidAct, "invalid act %s: "+format, append([]any{a.ID}, args...)...)
	}
	switch {
	case !a.Actor.named() && d.ActorNames[a.Actor] == "":
		return 0, bad("actor %q is neither known to the package nor named by the dataset (actorNames)", a.Actor)
	case a.Wording == "":
		return 0, bad("no wording: quote the act, or give its name in square brackets")
	case a.Source == "":
		return 0, bad("no source")
	case a.Form > Judgment:
		return 0, bad("invalid form %d", uint8(a.Form))
	}
	for i, e := range a.Effects {
		if err := d.checkEffect(a.ID, i+1, e, claimants, mandates); err != nil {
			return i + 1, err
		}
	}
	return 0, nil
}

// checkEffect checks effect number i of act id.
func (d Dataset) checkEffect(id string, i int, e Effect, claimants map[string]Claimant, mandates map[string]Mandate) error {
	bad := func(format string, args ...any) error {
		return errorf(ErrInvalidAct, "invalid act %s: effect %d: "+format, append([]any{id, i}, args...)...)
	}
	c, ok := claimants[e.Claimant.ID]
	switch {
	case !ok:
		return errorf(ErrUnknownClaimant, "act %s, effect %d: claimant %q is not among the dataset's claimants", id, i, e.Claimant.ID)
	case c != e.Claimant:
		return bad("its claimant differs from the dataset's claimant %q", c.ID)
	case e.Event == StandingAccorded && int(e.Standing) >= len(standingNames):
		return bad("invalid standing %d", uint8(e.Standing))
	case e.Event != StandingAccorded && e.Standing != NoStanding:
		return bad("a standing on a %v effect (only standing-accorded gives one)", e.Event)
	}
	for _, t := range []Timing{e.Timing, e.Basis} {
		m, keyed := t.Mandate()
		if !keyed {
			continue
		}
		if listed, ok := mandates[m.ID]; !ok || listed != m {
			return bad("keyed to mandate %q, which the dataset does not list as it is", m.ID)
		}
	}
	return nil
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

// Mandate returns the mandate of d whose ID is id.
func (d Dataset) Mandate(id string) (Mandate, bool) {
	for _, m := range d.Mandates {
		if m.ID == id {
			return m, true
		}
	}
	return Mandate{}, false
}

// ActorName returns the name of actor a: the dataset's name for it, or
// a.Name().
func (d Dataset) ActorName(a Actor) string {
	if n := d.ActorNames[a]; n != "" {
		return n
	}
	return a.Name()
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

// clone returns a copy of d that shares no slice or map with it.
func (d Dataset) clone() Dataset {
	d.ActorNames = maps.Clone(d.ActorNames)
	d.NotRecorded = slices.Clone(d.NotRecorded)
	d.Claimants = slices.Clone(d.Claimants)
	d.Mandates = slices.Clone(d.Mandates)
	d.Acts = slices.Clone(d.Acts)
	for i := range d.Acts {
		d.Acts[i].Effects = slices.Clone(d.Acts[i].Effects)
	}
	return d
}

// The embedded cases, one file per case, named by its ID.
//
//go:embed cases/*.json
var caseFiles embed.FS

// embedded reads the embedded cases once, in the order of their IDs. A
// case that does not read is a fault of the build, which the package's
// tests catch.
var embedded = sync.OnceValue(func() []Dataset {
	names, err := caseFiles.ReadDir("cases")
	if err != nil {
		panic(err)
	}
	var out []Dataset
	for _, n := range names {
		b, err := caseFiles.ReadFile(path.Join("cases", n.Name()))
		if err != nil {
			panic(err)
		}
		d, err := readDataset(b)
		if err != nil {
			panic(fmt.Sprintf("recognition: embedded case %s: %v", n.Name(), err))
		}
		if d.ID+".json" != n.Name() {
			panic(fmt.Sprintf("recognition: embedded case %s has ID %q", n.Name(), d.ID))
		}
		out = append(out, d)
	}
	slices.SortFunc(out, func(a, b Dataset) int { return cmp.Compare(a.ID, b.ID) })
	return out
})

// Datasets returns the cases embedded in the package, in the order of
// their IDs. Each is a new Dataset, which the caller may modify.
func Datasets() iter.Seq[Dataset] {
	return func(yield func(Dataset) bool) {
		for _, d := range embedded() {
			if !yield(d.clone()) {
				return
			}
		}
	}
}

// DatasetByID returns the embedded case whose ID is id, such as
// "venezuela2019", as a new Dataset. An ID that names no embedded case is
// an error matching ErrUnknownDataset, which lists the IDs.
func DatasetByID(id string) (Dataset, error) {
	var ids []string
	for _, d := range embedded() {
		if d.ID == id {
			return d.clone(), nil
		}
		ids = append(ids, d.ID)
	}
	return Dataset{}, errorf(ErrUnknownDataset, "no embedded case %q (the package has %s)", id, strings.Join(ids, ", "))
}

// mustEmbedded returns the embedded case id, for the functions that name
// the cases.
func mustEmbedded(id string) Dataset {
	d, err := DatasetByID(id)
	if err != nil {
		panic(err)
	}
	return d
}

// maxCaseFile bounds the size of a case file that ReadDataset reads.
const maxCaseFile = 8 << 20

// ReadDataset reads a case file (see the package doc, # Case files) and
// returns its Dataset, once it is valid: every field known, every value of
// its type, every day a date, every act with its source, every reference
// to a claimant or a mandate one the file lists, and the acts a history
// that the transition table allows.
//
// An error says what is wrong and where: it is a *DatasetError with the
// line and column of the value or member at fault (or of the object that
// lacks a member) and its JSON path, wrapping the package's sentinel
// (ErrInvalidDataset, ErrInvalidAct, ErrDuplicateAct, ErrUnknownClaimant,
// ErrInvalidValue) and, for a bad day, the *acquis.ParseError; a forbidden
// transition is the *TransitionError the ledger reports, at the act that
// makes it. A file of more than 8 MiB, or of more than 250,000 JSON
// values, is refused.
func ReadDataset(r io.Reader) (Dataset, error) {
	b, err := io.ReadAll(io.LimitReader(r, maxCaseFile+1))
	if err != nil {
		return Dataset{}, err
	}
	if len(b) > maxCaseFile {
		return Dataset{}, errorf(ErrInvalidDataset, "case file larger than %d MiB", maxCaseFile>>20)
	}
	return readDataset(b)
}

// WriteDataset writes d to w as a case file, indented, with a final
// newline: what ReadDataset reads back to an equal Dataset. It returns
// Ledger's error, and writes nothing, if d is not a valid case.
func WriteDataset(w io.Writer, d Dataset) error {
	b, err := d.marshal("  ")
	if err != nil {
		return err
	}
	_, err = w.Write(append(b, '\n'))
	return err
}

// MarshalJSON implements json.Marshaler: the case file, compact. A Dataset
// that is not a valid case is an error (Ledger's).
func (d Dataset) MarshalJSON() ([]byte, error) { return d.marshal("") }

// UnmarshalJSON implements json.Unmarshaler, reading a case file as
// ReadDataset does; the positions in its errors are within b.
func (d *Dataset) UnmarshalJSON(b []byte) error {
	v, err := readDataset(b)
	if err != nil {
		return err
	}
	*d = v
	return nil
}
