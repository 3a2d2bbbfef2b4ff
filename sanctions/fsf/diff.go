package fsf

import (
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"reflect"
	"slices"
	"strings"

	"github.com/acquis-eu/acquis/sanctions"
)

// A Diff is what changed from one snapshot of the list to another: the
// entities the new one adds, those it no longer has, and those whose entry
// it changes. Compare makes one.
//
// Added are in the order of the new list, Removed in that of the old, and
// Changed in that of the new. Written as JSON, with the keys of its json
// tags, a Diff reads back equal.
type Diff struct {
	Old     Header    `json:"old"`
	New     Header    `json:"new"`
	Added   []Entry   `json:"added"`
	Removed []Entry   `json:"removed"`
	Changed []Changed `json:"changed"`
}

// IsZero reports whether d records no change to any entity.
func (d *Diff) IsZero() bool {
	return len(d.Added) == 0 && len(d.Removed) == 0 && len(d.Changed) == 0
}

// An Entry is an entity that one of the two lists has and the other has
// not: ID and Name are the entity's ID and Name().
type Entry struct {
	ID     string            `json:"id"`
	Name   string            `json:"name"`
	Entity *sanctions.Entity `json:"entity"`
}

// A Changed is an entity that both lists have, whose entry differs: ID and
// Name are those of its new entry.
type Changed struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	// Parts names what differs, by the JSON keys of [sanctions.Entity] and
	// in its order: the entity's own fields ("id", "type", "logicalId",
	// "euReference", "unReference", "designated", "designationDetails")
	// and the kinds of its parts ("names", "birthDates", "citizenships",
	// "identifications", "addresses", "remarks", "regulations"). The
	// fields below say how each kind of part differs.
	Parts           []string                           `json:"parts"`
	Names           PartDiff[sanctions.Name]           `json:"names,omitzero"`
	BirthDates      PartDiff[sanctions.BirthDate]      `json:"birthDates,omitzero"`
	Citizenships    PartDiff[sanctions.Citizenship]    `json:"citizenships,omitzero"`
	Identifications PartDiff[sanctions.Identification] `json:"identifications,omitzero"`
	Addresses       PartDiff[sanctions.Address]        `json:"addresses,omitzero"`
	Remarks         PartDiff[string]                   `json:"remarks,omitzero"`
	Regulations     PartDiff[sanctions.Citation]       `json:"regulations,omitzero"`
	// Old and New are the entity's entries in the two lists.
	Old *sanctions.Entity `json:"old"`
	New *sanctions.Entity `json:"new"`
}

// A PartDiff says how the parts of one kind of an entity (its names, its
// birth dates ...) differ from one list to the other. A part that only the
// new entry has is Added, one that only the old has is Removed; but an
// added and a removed part with the same logical id (the list's key of a
// part, [sanctions.Record] LogicalID or [sanctions.Citation] LogicalID) are
// one part Changed. The zero PartDiff records no difference.
type PartDiff[T any] struct {
	Added   []T             `json:"added,omitempty"`
	Removed []T             `json:"removed,omitempty"`
	Changed []PartChange[T] `json:"changed,omitempty"`
}

// IsZero reports whether p records no difference.
func (p PartDiff[T]) IsZero() bool {
	return len(p.Added) == 0 && len(p.Removed) == 0 && len(p.Changed) == 0
}

// A PartChange is a part whose fields differ from one list to the other:
// Fields names them by their JSON keys, in the order of the part's type.
type PartChange[T any] struct {
	Old    T        `json:"old"`
	New    T        `json:"new"`
	Fields []string `json:"fields"`
}

// A CompareError is an error reading one of the lists that Compare
// compares: List is "old" or "new", and Err the error, a *ParseError or an
// error of the reader.
type CompareError struct {
	List string
	Err  error
}

// Error returns the error in the form
// `fsf: the new list: line 12: entity 2: ...`.
func (e *CompareError) Error() string {
	return "fsf: the " + e.List + " list: " + strings.TrimPrefix(e.Err.Error(), "fsf: ")
}

// Unwrap returns e.Err.
func (e *CompareError) Unwrap() error { return e.Err }

// Compare reads two snapshots of the list, oldList and newList, each in
// any of the formats, and returns what changed from the first to the
// second.
//
// # What is the same entity
//
// An entity of one list is the same as an entity of the other if they have
// the same ID (the EU reference number or, without one, the logical id), or
// else, for an entity that neither list matches by ID, the same logical id,
// which both lists give to no other entity: so that an entity that gains or
// changes its EU reference number is changed, not removed and added. An ID
// that a list gives to two entities is an error wrapping ErrConflict.
//
// # What is a change
//
// Two entries differ if any field that the reader keeps differs (see the
// package's documentation): text as written, spacing and case included;
// dates; flags; logical ids; the acts that the entity and each part cite.
// Order does not count: the order of the parts of an entity (its aliases,
// its birth dates ...) and, within a part, of its remarks and contact
// details, is no change; a part that appears twice counts twice. The
// lists' headers (their generation dates and numbers) are no change to any
// entity: the Diff gives both.
//
// Comparing lists in different formats reports as changes what one format
// does not carry: CSV 1.1 has no alias strength, no keys of contact
// details and no logical id of an entity's act, and the legacy XML 1.0 no
// EU reference numbers. Compare lists in the same format.
//
// # Memory
//
// Compare keeps the whole old list (as ReadAll would: at most MaxDocument
// bytes of input) and reads the new one entity by entity, keeping only the
// entities it adds or changes, and the IDs of the others. So it holds the
// old list, the entities that changed in both versions, and a set of IDs:
// for two snapshots of the whole EU list a day apart, about the memory of
// one list.
func Compare(oldList, newList io.Reader) (*Diff, error) {
	diff := new(Diff)
	olds, byID, err := readOld(oldList, &diff.Old)
	if err != nil {
		return nil, err
	}
	var added []indexed // the new entities that olds has no entity of their ID for
	var changed []indexedChange
	d := NewDecoder(newList)
	d.lr.MaxTotal = MaxDocument
	seen := make(map[string]int)
	for i := 0; d.Next(); i++ {
		e := d.Entity()
		if err := checkID(d, seen, e, i); err != nil {
			return nil, &CompareError{List: "new", Err: err}
		}
		k, ok := byID[e.ID]
		if !ok {
			added = append(added, indexed{e, i})
			continue
		}
		if c, ok := diffEntity(olds[k], e); ok {
			changed = append(changed, indexedChange{c, i})
		}
		olds[k] = nil
	}
	if err := d.Err(); err != nil {
		return nil, &CompareError{List: "new", Err: err}
	}
	diff.New = d.Header()

	added, changed = matchLogical(olds, added, changed)
	for _, a := range added {
		diff.Added = append(diff.Added, Entry{ID: a.e.ID, Name: a.e.Name(), Entity: a.e})
	}
	for _, e := range olds {
		if e != nil {
			diff.Removed = append(diff.Removed, Entry{ID: e.ID, Name: e.Name(), Entity: e})
		}
	}
	slices.SortFunc(changed, func(a, b indexedChange) int { return cmp.Compare(a.i, b.i) })
	for _, c := range changed {
		diff.Changed = append(diff.Changed, c.c)
	}
	return diff, nil
}

// An indexed is an entity of the new list and its index in it.
type indexed struct {
	e *sanctions.Entity
	i int
}

// An indexedChange is a change and the index in the new list of its entity.
type indexedChange struct {
	c Changed
	i int
}

// readOld reads the whole old list into olds, with the index of each
// entity by its ID, and its header into h.
func readOld(r io.Reader, h *Header) (olds []*sanctions.Entity, byID map[string]int, err error) {
	d := NewDecoder(r)
	d.lr.MaxTotal = MaxDocument
	byID = make(map[string]int)
	for d.Next() {
		e := d.Entity()
		if err := checkID(d, byID, e, len(olds)); err != nil {
			return nil, nil, &CompareError{List: "old", Err: err}
		}
		olds = append(olds, e)
	}
	if err := d.Err(); err != nil {
		return nil, nil, &CompareError{List: "old", Err: err}
	}
	*h = d.Header()
	return olds, byID, nil
}

// matchLogical finds the entities of added, those of the new list whose ID
// the old list has not, that are the same as an entity left in olds (not
// nil) by their logical id, which neither list gives to another of them.
// It adds their changes to changed, sets their olds to nil, and returns
// the entities of added left, and changed.
func matchLogical(olds []*sanctions.Entity, added []indexed, changed []indexedChange) ([]indexed, []indexedChange) {
	oldByLogical := uniqueLogical(func(yield func(int, *sanctions.Entity) bool) {
		for k, e := range olds {
			if e != nil && !yield(k, e) {
				return
			}
		}
	})
	newByLogical := uniqueLogical(func(yield func(int, *sanctions.Entity) bool) {
		for k, a := range added {
			if !yield(k, a.e) {
				return
			}
		}
	})
	var left []indexed
	for _, a := range added {
		id := a.e.LogicalID
		k, ok := oldByLogical[id]
		if _, unique := newByLogical[id]; ok && unique {
			c, _ := diffEntity(olds[k], a.e)
			changed = append(changed, indexedChange{c, a.i})
			olds[k] = nil
			continue
		}
		left = append(left, a)
	}
	return left, changed
}

// checkID records in ids the ID of e, the entity of index i that d has
// read, or returns an error if ids has it already.
func checkID(d *Decoder, ids map[string]int, e *sanctions.Entity, i int) error {
	if first, ok := ids[e.ID]; ok {
		return &ParseError{Line: d.Line(), Entity: i + 1, Err: ErrConflict,
			Detail: fmt.Sprintf("a second entity %s: entity %d has the same ID", quote(e.ID), first+1)}
	}
	ids[e.ID] = i
	return nil
}

// uniqueLogical returns the index of each entity of all by its logical
// id, for the logical ids that are not zero and that only one entity has.
func uniqueLogical(all func(yield func(int, *sanctions.Entity) bool)) map[int64]int {
	m := make(map[int64]int)
	for k, e := range all {
		if id := e.LogicalID; id != 0 {
			if _, dup := m[id]; dup {
				m[id] = -1
			} else {
				m[id] = k
			}
		}
	}
	for id, k := range m {
		if k < 0 {
			delete(m, id)
		}
	}
	return m
}

// diffEntity returns how b, the new entry of an entity, differs from a,
// the old one, and whether it does.
func diffEntity(a, b *sanctions.Entity) (Changed, bool) {
	if reflect.DeepEqual(a, b) {
		return Changed{}, false
	}
	c := Changed{ID: b.ID, Name: b.Name(), Old: a, New: b}
	va, vb := reflect.ValueOf(a).Elem(), reflect.ValueOf(b).Elem()
	t := va.Type()
	for i := range t.NumField() {
		f := t.Field(i)
		var differs bool
		switch f.Name {
		case "Names":
			c.Names = diffParts(a.Names, b.Names, func(x sanctions.Name) int64 { return x.LogicalID })
			differs = !c.Names.IsZero()
		case "BirthDates":
			c.BirthDates = diffParts(a.BirthDates, b.BirthDates, func(x sanctions.BirthDate) int64 { return x.LogicalID })
			differs = !c.BirthDates.IsZero()
		case "Citizenships":
			c.Citizenships = diffParts(a.Citizenships, b.Citizenships, func(x sanctions.Citizenship) int64 { return x.LogicalID })
			differs = !c.Citizenships.IsZero()
		case "Identifications":
			c.Identifications = diffParts(a.Identifications, b.Identifications, func(x sanctions.Identification) int64 { return x.LogicalID })
			differs = !c.Identifications.IsZero()
		case "Addresses":
			c.Addresses = diffParts(a.Addresses, b.Addresses, func(x sanctions.Address) int64 { return x.LogicalID })
			differs = !c.Addresses.IsZero()
		case "Remarks":
			c.Remarks = diffParts(a.Remarks, b.Remarks, nil)
			differs = !c.Remarks.IsZero()
		case "Regulations":
			c.Regulations = diffParts(a.Regulations, b.Regulations, func(x sanctions.Citation) int64 { return x.LogicalID })
			differs = !c.Regulations.IsZero()
		default:
			// The entity's own fields, and any part that a later version of
			// the model adds, compared as a whole.
			differs = !equalValues(va.Field(i), vb.Field(i))
		}
		if differs {
			c.Parts = append(c.Parts, jsonKey(f))
		}
	}
	return c, len(c.Parts) > 0
}

// diffParts returns how the parts b differ from the parts a, in any order.
// logicalID, if not nil, returns the logical id of a part, by which an
// added and a removed part are paired as one part changed.
func diffParts[T any](a, b []T, logicalID func(T) int64) PartDiff[T] {
	var p PartDiff[T]
	if reflect.DeepEqual(a, b) {
		return p
	}
	left := make(map[string][]int) // the parts of a not matched yet, by their form
	for i := range a {
		k := canonical(a[i])
		left[k] = append(left[k], i)
	}
	var added []int
	for i := range b {
		k := canonical(b[i])
		if l := left[k]; len(l) > 0 {
			left[k] = l[1:]
			continue
		}
		added = append(added, i)
	}
	var removed []int
	for _, l := range left {
		removed = append(removed, l...)
	}
	slices.Sort(removed)
	byID := make(map[int64][]int) // the removed parts by logical id
	if logicalID != nil {
		for _, i := range removed {
			if id := logicalID(a[i]); id != 0 {
				byID[id] = append(byID[id], i)
			}
		}
	}
	paired := make(map[int]bool)
	for _, i := range added {
		if logicalID != nil {
			if l := byID[logicalID(b[i])]; logicalID(b[i]) != 0 && len(l) > 0 {
				k := l[0]
				byID[logicalID(b[i])] = l[1:]
				paired[k] = true
				p.Changed = append(p.Changed, PartChange[T]{Old: a[k], New: b[i], Fields: fieldsDiffer(a[k], b[i])})
				continue
			}
		}
		p.Added = append(p.Added, b[i])
	}
	for _, i := range removed {
		if !paired[i] {
			p.Removed = append(p.Removed, a[i])
		}
	}
	return p
}

// canonical returns a form of the part x that is the same for parts that
// differ only in the order of their remarks and contact details.
func canonical[T any](x T) string {
	v := normalize(reflect.ValueOf(x))
	b, err := json.Marshal(v.Interface())
	if err != nil {
		// Not from a reader, which makes only values that marshal: compare
		// what the value prints.
		return fmt.Sprintf("%#v", v.Interface())
	}
	return string(b)
}

// normalize returns a copy of v, a part, whose slices of remarks and
// contact details are sorted, and nil when empty.
func normalize(v reflect.Value) reflect.Value {
	switch x := v.Interface().(type) {
	case sanctions.Record:
		x.Remarks = sortedCopy(x.Remarks, strings.Compare)
		return reflect.ValueOf(x)
	case sanctions.Address:
		x.Record = normalize(reflect.ValueOf(x.Record)).Interface().(sanctions.Record)
		x.Contacts = sortedCopy(x.Contacts, func(a, b sanctions.Contact) int {
			return cmp.Or(strings.Compare(a.Key, b.Key), strings.Compare(a.Value, b.Value))
		})
		return reflect.ValueOf(x)
	}
	if v.Kind() != reflect.Struct {
		return v
	}
	f := v.FieldByName("Record")
	if !f.IsValid() {
		return v
	}
	c := reflect.New(v.Type()).Elem()
	c.Set(v)
	c.FieldByName("Record").Set(normalize(f))
	return c
}

func sortedCopy[T any](s []T, compare func(a, b T) int) []T {
	if len(s) == 0 {
		return nil
	}
	return slices.SortedFunc(slices.Values(s), compare)
}

// fieldsDiffer returns the JSON keys of the fields of a and b, parts of
// one type, that differ, in the order of the type; the fields of an
// embedded sanctions.Record count as the part's own.
func fieldsDiffer[T any](a, b T) []string {
	var keys []string
	var walk func(a, b reflect.Value)
	walk = func(a, b reflect.Value) {
		t := a.Type()
		for i := range t.NumField() {
			f := t.Field(i)
			if f.Anonymous && f.Type.Kind() == reflect.Struct {
				walk(a.Field(i), b.Field(i))
				continue
			}
			if !equalValues(a.Field(i), b.Field(i)) {
				keys = append(keys, jsonKey(f))
			}
		}
	}
	va, vb := normalize(reflect.ValueOf(a)), normalize(reflect.ValueOf(b))
	if va.Kind() != reflect.Struct {
		if !equalValues(va, vb) {
			keys = append(keys, "")
		}
		return keys
	}
	walk(va, vb)
	return keys
}

// equalValues reports whether a and b are equal, a nil slice equal to an
// empty one.
func equalValues(a, b reflect.Value) bool {
	if a.Kind() == reflect.Slice && a.Len() == 0 && b.Len() == 0 {
		return true
	}
	return reflect.DeepEqual(a.Interface(), b.Interface())
}

// jsonKey returns the key under which encoding/json writes the field f.
func jsonKey(f reflect.StructField) string {
	name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
	if name == "" || name == "-" {
		return f.Name
	}
	return name
}
