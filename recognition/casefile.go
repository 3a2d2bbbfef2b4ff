package recognition

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"maps"
	"slices"
	"strconv"

	"github.com/acquis-eu/acquis"
)

// The case file's objects, as WriteDataset writes them: the package doc
// (# Case files) gives the schema. Claimants and mandates are named by
// their IDs; an office that is the case's own is left out.
type (
	fileCase struct {
		ID             string           `json:"id"`
		Name           string           `json:"name"`
		Office         Office           `json:"office"`
		Summary        string           `json:"summary,omitzero"`
		Checked        acquis.Date      `json:"checked"`
		CheckedAgainst string           `json:"checkedAgainst"`
		ActorNames     map[Actor]string `json:"actorNames,omitempty"`
		NotRecorded    []string         `json:"notRecorded,omitempty"`
		Claimants      []fileClaimant   `json:"claimants"`
		Mandates       []fileMandate    `json:"mandates"`
		Acts           []fileAct        `json:"acts"`
	}
	fileClaimant struct {
		ID   string `json:"id"`
		Name string `json:"name"`
		Body bool   `json:"body,omitzero"`
	}
	fileMandate struct {
		ID                string       `json:"id"`
		Claimant          string       `json:"claimant"`
		Office            Office       `json:"office,omitzero"`
		Start             acquis.Date  `json:"start,omitzero"`
		StartSource       string       `json:"startSource,omitzero"`
		StartVerification Verification `json:"startVerification,omitzero"`
		LastDay           acquis.Date  `json:"lastDay,omitzero"`
		EndSource         string       `json:"endSource,omitzero"`
		EndVerification   Verification `json:"endVerification,omitzero"`
	}
	fileAct struct {
		ID           string       `json:"id"`
		Actor        Actor        `json:"actor"`
		Author       string       `json:"author,omitzero"`
		Adopted      acquis.Date  `json:"adopted"`
		Form         Form         `json:"form,omitzero"`
		Binding      bool         `json:"binding,omitzero"`
		Verification Verification `json:"verification"`
		Wording      string       `json:"wording"`
		Source       string       `json:"source"`
		Effects      []fileEffect `json:"effects"`
		Note         string       `json:"note,omitzero"`
	}
	fileEffect struct {
		Claimant       string      `json:"claimant"`
		Office         Office      `json:"office,omitzero"`
		Event          Event       `json:"event"`
		On             acquis.Date `json:"on,omitzero"`
		Start          string      `json:"start,omitzero"`
		Expiry         string      `json:"expiry,omitzero"`
		Convention     Convention  `json:"convention,omitzero"`
		Standing       *Standing   `json:"standing,omitempty"`
		EndCondition   string      `json:"endCondition,omitzero"`
		Interpretation bool        `json:"interpretation,omitzero"`
		Basis          *fileBasis  `json:"basis,omitempty"`
	}
	fileBasis struct {
		Expiry     string     `json:"expiry"`
		Convention Convention `json:"convention"`
	}
)

// marshal returns the case file of d, indented by indent when it is not
// empty, after checking that d is a case that reads back (Ledger).
func (d Dataset) marshal(indent string) ([]byte, error) {
	if _, err := d.Ledger(); err != nil {
		return nil, err
	}
	f := fileCase{ID: d.ID, Name: d.Name, Office: d.Office, Summary: d.Summary, Checked: d.Checked,
		CheckedAgainst: d.CheckedAgainst, ActorNames: d.ActorNames, NotRecorded: d.NotRecorded,
		Claimants: []fileClaimant{}, Mandates: []fileMandate{}, Acts: []fileAct{}}
	office := func(o Office) Office {
		if o == d.Office {
			return ""
		}
		return o
	}
	for _, c := range d.Claimants {
		f.Claimants = append(f.Claimants, fileClaimant(c))
	}
	for _, m := range d.Mandates {
		f.Mandates = append(f.Mandates, fileMandate{ID: m.ID, Claimant: m.Claimant.ID, Office: office(m.Office),
			Start: m.Start, StartSource: m.StartSource, StartVerification: m.StartVerification,
			LastDay: m.LastDay, EndSource: m.EndSource, EndVerification: m.EndVerification})
	}
	for _, a := range d.Acts {
		fa := fileAct{ID: a.ID, Actor: a.Actor, Author: a.Author, Adopted: a.Adopted, Form: a.Form, Binding: a.Binding,
			Verification: a.Verification, Wording: a.Wording, Source: a.Source, Note: a.Note}
		for _, e := range a.Effects {
			fe := fileEffect{Claimant: e.Claimant.ID, Office: office(e.Office), Event: e.Event,
				EndCondition: e.EndCondition, Interpretation: e.Interpretation}
			m, _ := e.Timing.Mandate()
			switch e.Timing.kind {
			case onDay:
				fe.On = e.Timing.day
			case onStart:
				fe.Start = m.ID
			case onExpiry:
				fe.Expiry, fe.Convention = m.ID, e.Timing.convention
			}
			if e.Event == StandingAccorded {
				fe.Standing = &e.Standing
			}
			if m, ok := e.Basis.Mandate(); ok {
				fe.Basis = &fileBasis{Expiry: m.ID, Convention: e.Basis.convention}
			}
			fa.Effects = append(fa.Effects, fe)
		}
		f.Acts = append(f.Acts, fa)
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", indent)
	if err := enc.Encode(f); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}

// A caseReader turns the nodes of a case file into a Dataset, checking
// each value where it stands.
type caseReader struct {
	t         *tree
	d         Dataset
	claimants map[string]Claimant
	mandates  map[string]Mandate
	acts      map[string]actAt // where each act is, for errors found later
}

// actAt is where an act is in a case file.
type actAt struct {
	n    *node
	path string
}

// An object is one object of a case file being read: its node, its path
// and the sentinel that its missing or wrong members wrap.
type object struct {
	r        *caseReader
	n        *node
	path     string
	sentinel error
}

// readDataset reads the case file b.
func readDataset(b []byte) (Dataset, error) {
	root, t, err := parse(b)
	if err != nil {
		return Dataset{}, err
	}
	r := &caseReader{t: t, claimants: map[string]Claimant{}, mandates: map[string]Mandate{}, acts: map[string]actAt{}}
	if err := r.read(root); err != nil {
		return Dataset{}, err
	}
	return r.d, nil
}

// read reads the case's object: its head, then its claimants, mandates
// and acts, in that order whatever their order in the file, and replays
// the acts.
func (r *caseReader) read(root *node) error {
	o, err := r.object(root, "$", ErrInvalidDataset, "id", "name", "office", "summary", "checked", "checkedAgainst",
		"actorNames", "notRecorded", "claimants", "mandates", "acts")
	if err != nil {
		return err
	}
	d := &r.d
	for _, f := range []struct {
		name string
		dst  *string
	}{{"id", &d.ID}, {"name", &d.Name}, {"summary", &d.Summary}, {"checkedAgainst", &d.CheckedAgainst}} {
		if *f.dst, err = o.str(f.name, f.name != "summary"); err != nil {
			return err
		}
	}
	office, err := o.str("office", true)
	if err != nil {
		return err
	}
	d.Office = Office(office)
	if d.Checked, err = o.date("checked", true); err != nil {
		return err
	}
	if d.ActorNames, err = o.actorNames(); err != nil {
		return err
	}
	if d.NotRecorded, err = o.strings("notRecorded"); err != nil {
		return err
	}
	if err := d.checkHead(); err != nil {
		return r.t.errAt(root.off, "$", err)
	}
	for _, list := range []struct {
		name string
		read func(*node, string) error
	}{{"claimants", r.claimant}, {"mandates", r.mandate}, {"acts", r.act}} {
		items, err := o.array(list.name)
		if err != nil {
			return err
		}
		for i, n := range items {
			if err := list.read(n, "$."+list.name+"["+strconv.Itoa(i)+"]"); err != nil {
				return err
			}
		}
	}
	if len(d.Acts) == 0 {
		return o.errAt("acts", errorf(ErrInvalidDataset, "dataset %s: no act", d.ID))
	}
	return r.replay(o)
}

// replay builds the ledger of the dataset read, to report a transition
// the model forbids where the act that makes it is.
func (r *caseReader) replay(o *object) error {
	_, err := r.d.ledger()
	if err == nil {
		return nil
	}
	var te *TransitionError
	if errors.As(err, &te) {
		if at, ok := r.acts[te.Act]; ok {
			return r.t.errAt(at.n.off, at.path, err)
		}
	}
	if errors.Is(err, ErrInvalidDataset) {
		return o.errAt("checked", err)
	}
	return r.t.errAt(o.n.off, "$", err)
}

func (r *caseReader) claimant(n *node, path string) error {
	o, err := r.object(n, path, ErrInvalidDataset, "id", "name", "body")
	if err != nil {
		return err
	}
	var c Claimant
	if c.ID, err = o.str("id", true); err != nil {
		return err
	}
	if c.Name, err = o.str("name", true); err != nil {
		return err
	}
	if c.Body, err = o.boolean("body"); err != nil {
		return err
	}
	if err := checkClaimant(c); err != nil {
		return r.t.errAt(n.off, path, err)
	}
	if _, dup := r.claimants[c.ID]; dup {
		return o.errAt("id", errorf(ErrInvalidDataset, "claimant %q listed twice", c.ID))
	}
	r.claimants[c.ID] = c
	r.d.Claimants = append(r.d.Claimants, c)
	return nil
}

func (r *caseReader) mandate(n *node, path string) error {
	o, err := r.object(n, path, ErrInvalidDataset, "id", "claimant", "office", "start", "startSource", "startVerification",
		"lastDay", "endSource", "endVerification")
	if err != nil {
		return err
	}
	var m Mandate
	if m.ID, err = o.str("id", true); err != nil {
		return err
	}
	if m.Claimant, err = o.claimantRef("claimant"); err != nil {
		return err
	}
	if m.Office, err = o.office(); err != nil {
		return err
	}
	if m.Start, err = o.date("start", false); err != nil {
		return err
	}
	if m.LastDay, err = o.date("lastDay", false); err != nil {
		return err
	}
	for _, f := range []struct {
		name string
		dst  *string
	}{{"startSource", &m.StartSource}, {"endSource", &m.EndSource}} {
		if *f.dst, err = o.str(f.name, false); err != nil {
			return err
		}
	}
	if err := o.text("startVerification", false, &m.StartVerification); err != nil {
		return err
	}
	if err := o.text("endVerification", false, &m.EndVerification); err != nil {
		return err
	}
	if err := r.d.checkMandate(m, r.claimants); err != nil {
		return r.t.errAt(n.off, path, err)
	}
	if _, dup := r.mandates[m.ID]; dup {
		return o.errAt("id", errorf(ErrInvalidDataset, "mandate %q listed twice", m.ID))
	}
	r.mandates[m.ID] = m
	r.d.Mandates = append(r.d.Mandates, m)
	return nil
}

func (r *caseReader) act(n *node, path string) error {
	o, err := r.object(n, path, ErrInvalidAct, "id", "actor", "author", "adopted", "form", "binding", "verification",
		"wording", "source", "effects", "note")
	if err != nil {
		return err
	}
	var a Act
	for _, f := range []struct {
		name     string
		dst      *string
		required bool
	}{{"id", &a.ID, true}, {"author", &a.Author, false}, {"wording", &a.Wording, true}, {"source", &a.Source, true}, {"note", &a.Note, false}} {
		if *f.dst, err = o.str(f.name, f.required); err != nil {
			return err
		}
	}
	actor, err := o.str("actor", true)
	if err != nil {
		return err
	}
	a.Actor = Actor(actor)
	if !a.Actor.named() && r.d.ActorNames[a.Actor] == "" {
		return o.errAt("actor", errorf(ErrInvalidAct, "act %s: actor %q is neither known to the package nor named by the case (actorNames)", a.ID, actor))
	}
	if a.Adopted, err = o.date("adopted", true); err != nil {
		return err
	}
	if a.Binding, err = o.boolean("binding"); err != nil {
		return err
	}
	if err := o.text("form", false, &a.Form); err != nil {
		return err
	}
	if err := o.text("verification", true, &a.Verification); err != nil {
		return err
	}
	effects, err := o.array("effects")
	if err != nil {
		return err
	}
	for i, en := range effects {
		e, err := r.effect(en, path+".effects["+strconv.Itoa(i)+"]")
		if err != nil {
			return err
		}
		a.Effects = append(a.Effects, e)
	}
	if i, err := r.d.checkAct(a, r.claimants, r.mandates); err != nil {
		if i > 0 {
			return r.t.errAt(effects[i-1].off, path+".effects["+strconv.Itoa(i-1)+"]", err)
		}
		return r.t.errAt(n.off, path, err)
	}
	if _, dup := r.acts[a.ID]; dup {
		return o.errAt("id", errorf(ErrDuplicateAct, "act %s recorded twice", a.ID))
	}
	r.acts[a.ID] = actAt{n, path}
	r.d.Acts = append(r.d.Acts, a)
	return nil
}

func (r *caseReader) effect(n *node, path string) (Effect, error) {
	o, err := r.object(n, path, ErrInvalidAct, "claimant", "office", "event", "on", "start", "expiry", "convention",
		"standing", "endCondition", "interpretation", "basis")
	if err != nil {
		return Effect{}, err
	}
	var e Effect
	if e.Claimant, err = o.claimantRef("claimant"); err != nil {
		return Effect{}, err
	}
	if e.Office, err = o.office(); err != nil {
		return Effect{}, err
	}
	if err := o.text("event", true, &e.Event); err != nil {
		return Effect{}, err
	}
	if e.Timing, err = o.timing(); err != nil {
		return Effect{}, err
	}
	if e.EndCondition, err = o.str("endCondition", false); err != nil {
		return Effect{}, err
	}
	if e.Interpretation, err = o.boolean("interpretation"); err != nil {
		return Effect{}, err
	}
	switch _, has := o.get("standing"); {
	case e.Event == StandingAccorded && !has:
		return Effect{}, o.errAt("", errorf(ErrInvalidAct, `a standing-accorded effect needs its "standing" ("none" ends one)`))
	case e.Event != StandingAccorded && has:
		return Effect{}, o.errAt("standing", errorf(ErrInvalidAct, "a standing on a %v effect (only standing-accorded gives one)", e.Event))
	}
	if err := o.text("standing", false, &e.Standing); err != nil {
		return Effect{}, err
	}
	if bn, ok := o.get("basis"); ok {
		b, err := r.object(bn, path+".basis", ErrInvalidAct, "expiry", "convention")
		if err != nil {
			return Effect{}, err
		}
		m, err := b.mandateRef("expiry", true)
		if err != nil {
			return Effect{}, err
		}
		var c Convention
		if err := b.text("convention", true, &c); err != nil {
			return Effect{}, err
		}
		e.Basis = OnExpiry(m, c)
	}
	return e, nil
}

// timing reads an effect's timing: "on" a day, or the "start" or the
// "expiry" (with its "convention") of a mandate, exactly one of them.
func (o *object) timing() (Timing, error) {
	var given []string
	for _, k := range []string{"on", "start", "expiry"} {
		if _, ok := o.get(k); ok {
			given = append(given, k)
		}
	}
	_, conv := o.get("convention")
	switch {
	case len(given) != 1:
		return Timing{}, o.errAt("", errorf(ErrInvalidAct, `an effect needs one of "on", "start" and "expiry" (it has %d)`, len(given)))
	case conv && given[0] != "expiry":
		return Timing{}, o.errAt("convention", errorf(ErrInvalidAct, `a "convention" goes with "expiry" only`))
	}
	switch given[0] {
	case "on":
		d, err := o.date("on", true)
		return On(d), err
	case "start":
		m, err := o.mandateRef("start", true)
		return OnStart(m), err
	}
	m, err := o.mandateRef("expiry", true)
	if err != nil {
		return Timing{}, err
	}
	var c Convention
	if err := o.text("convention", true, &c); err != nil {
		return Timing{}, err
	}
	return OnExpiry(m, c), nil
}

// object returns n as an object with the given members, or an error for a
// value that is not an object or a member it does not have.
func (r *caseReader) object(n *node, path string, sentinel error, members ...string) (*object, error) {
	if n.kind != '{' {
		return nil, r.t.errAt(n.off, path, errorf(sentinel, "%s where an object belongs", n.kindName()))
	}
	for i, k := range n.keys {
		if !slices.Contains(members, k) {
			return nil, r.t.errAt(n.koff[i], path+"."+k, errorf(sentinel, "unknown member %q (the object has %s)", k, quoted(members)))
		}
	}
	return &object{r: r, n: n, path: path, sentinel: sentinel}, nil
}

// get returns the member named k.
func (o *object) get(k string) (*node, bool) {
	i := slices.Index(o.n.keys, k)
	if i < 0 {
		return nil, false
	}
	return o.n.kids[i], true
}

// errAt returns err at the member named k, or at the object when k is
// empty or the object lacks it.
func (o *object) errAt(k string, err error) error {
	if v, ok := o.get(k); ok {
		return o.r.t.errAt(v.off, o.path+"."+k, err)
	}
	return o.r.t.errAt(o.n.off, o.path, err)
}

// member returns the member named k when it has the kind given, nil when
// it is absent and may be, and an error otherwise.
func (o *object) member(k string, kind byte, required bool) (*node, error) {
	v, ok := o.get(k)
	if !ok {
		if required {
			return nil, o.errAt("", errorf(o.sentinel, "no %q", k))
		}
		return nil, nil
	}
	if v.kind != kind {
		want := (&node{kind: kind}).kindName()
		return nil, o.errAt(k, errorf(o.sentinel, "%s where %s belongs", v.kindName(), want))
	}
	return v, nil
}

// str returns the string member k; a required one may not be empty.
func (o *object) str(k string, required bool) (string, error) {
	v, err := o.member(k, '"', required)
	if v == nil || err != nil {
		return "", err
	}
	if v.str == "" && required {
		return "", o.errAt(k, errorf(o.sentinel, "empty %q", k))
	}
	return v.str, nil
}

func (o *object) boolean(k string) (bool, error) {
	v, err := o.member(k, 'b', false)
	if v == nil || err != nil {
		return false, err
	}
	return v.b, nil
}

func (o *object) array(k string) ([]*node, error) {
	v, err := o.member(k, '[', true)
	if err != nil {
		return nil, err
	}
	return v.kids, nil
}

// date returns the member k as a day, YYYY-MM-DD.
func (o *object) date(k string, required bool) (acquis.Date, error) {
	s, err := o.str(k, required)
	if s == "" || err != nil {
		if _, ok := o.get(k); ok && err == nil {
			return acquis.Date{}, o.errAt(k, errorf(o.sentinel, "empty %q", k))
		}
		return acquis.Date{}, err
	}
	d, err := acquis.ParseDate(s)
	if err != nil {
		return acquis.Date{}, o.errAt(k, errorWith(ErrInvalidValue, err, "%q is not a day: %v", k, err))
	}
	return d, nil
}

// text reads the member k into v through its UnmarshalText.
func (o *object) text(k string, required bool, v encoding.TextUnmarshaler) error {
	s, err := o.str(k, required)
	if err != nil {
		return err
	}
	if _, ok := o.get(k); !ok {
		return nil
	}
	if err := v.UnmarshalText([]byte(s)); err != nil {
		return o.errAt(k, err)
	}
	return nil
}

// office returns the member "office", or the case's office when it is
// absent.
func (o *object) office() (Office, error) {
	s, err := o.str("office", false)
	if _, ok := o.get("office"); ok && s == "" && err == nil {
		return "", o.errAt("office", errorf(o.sentinel, `empty "office"`))
	}
	if s == "" {
		return o.r.d.Office, err
	}
	return Office(s), err
}

// claimantRef returns the claimant whose ID the member k gives.
func (o *object) claimantRef(k string) (Claimant, error) {
	id, err := o.str(k, true)
	if err != nil {
		return Claimant{}, err
	}
	c, ok := o.r.claimants[id]
	if !ok {
		return Claimant{}, o.errAt(k, errorf(ErrUnknownClaimant, "claimant %q is not among the case's claimants (%s)", id, quoted(slices.Sorted(maps.Keys(o.r.claimants)))))
	}
	return c, nil
}

// mandateRef returns the mandate whose ID the member k gives.
func (o *object) mandateRef(k string, required bool) (Mandate, error) {
	id, err := o.str(k, required)
	if err != nil {
		return Mandate{}, err
	}
	m, ok := o.r.mandates[id]
	if !ok {
		return Mandate{}, o.errAt(k, errorf(o.sentinel, "mandate %q is not among the case's mandates (%s)", id, quoted(slices.Sorted(maps.Keys(o.r.mandates)))))
	}
	return m, nil
}

// strings reads the member k, an array of strings, none empty; an empty
// array is nil.
func (o *object) strings(k string) ([]string, error) {
	v, err := o.member(k, '[', false)
	if v == nil || err != nil {
		return nil, err
	}
	var out []string
	for i, e := range v.kids {
		if e.kind != '"' || e.str == "" {
			return nil, o.r.t.errAt(e.off, o.path+"."+k+"["+strconv.Itoa(i)+"]", errorf(o.sentinel, "%s where a text belongs", e.kindName()))
		}
		out = append(out, e.str)
	}
	return out, nil
}

// actorNames reads the member "actorNames": an object of codes and names.
func (o *object) actorNames() (map[Actor]string, error) {
	v, err := o.member("actorNames", '{', false)
	if v == nil || err != nil {
		return nil, err
	}
	out := map[Actor]string{}
	for i, k := range v.keys {
		if v.kids[i].kind != '"' {
			return nil, o.r.t.errAt(v.kids[i].off, o.path+".actorNames."+k, errorf(ErrInvalidDataset, "%s where a name belongs", v.kids[i].kindName()))
		}
		out[Actor(k)] = v.kids[i].str
	}
	if len(out) == 0 {
		return nil, nil
	}
	return out, nil
}
