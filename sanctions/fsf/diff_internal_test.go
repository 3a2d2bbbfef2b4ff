package fsf

import (
	"reflect"
	"slices"
	"testing"

	"github.com/acquis-eu/acquis"
	"github.com/acquis-eu/acquis/sanctions"
)

var dateType = reflect.TypeFor[acquis.Date]()

// change changes v, a field of the model, to another valid value.
func change(v reflect.Value) {
	switch {
	case v.Type() == dateType:
		d := v.Interface().(acquis.Date)
		if !d.IsValid() {
			d = acquis.MustParseDate("2020-01-01")
		}
		v.Set(reflect.ValueOf(d.AddDays(1)))
	case v.Kind() == reflect.String:
		v.SetString(v.String() + "x")
	case v.Kind() == reflect.Int || v.Kind() == reflect.Int64:
		v.SetInt(v.Int() + 1)
	case v.Kind() == reflect.Uint8: // the enumerations: 1 or 2
		v.SetUint(v.Uint()%2 + 1)
	case v.Kind() == reflect.Bool:
		v.SetBool(!v.Bool())
	case v.Kind() == reflect.Slice:
		e := reflect.New(v.Type().Elem()).Elem()
		change(e)
		v.Set(reflect.Append(v, e))
	case v.Kind() == reflect.Pointer:
		p := reflect.New(v.Type().Elem())
		if !v.IsNil() {
			p.Elem().Set(v.Elem())
		}
		change(p.Elem().Field(0))
		v.Set(p)
	case v.Kind() == reflect.Struct:
		change(v.Field(0))
	default:
		panic("change: a field of kind " + v.Kind().String())
	}
}

// leaves calls f with the index path and JSON key of each field of t, the
// fields of an embedded struct counting as t's own.
func leaves(t reflect.Type, path []int, f func(path []int, key string)) {
	for i := range t.NumField() {
		sf := t.Field(i)
		p := append(slices.Clone(path), i)
		if sf.Anonymous {
			leaves(sf.Type, p, f)
			continue
		}
		f(p, jsonKey(sf))
	}
}

// TestDiffEveryPartField checks, for each field of each kind of part, that
// a part whose field alone changes is one part changed, that field, but
// for its logical id, which makes it another part.
func TestDiffEveryPartField(t *testing.T) {
	check := func(t *testing.T, p reflect.Value, key string) {
		t.Helper()
		changed := p.FieldByName("Changed")
		added, removed := p.FieldByName("Added"), p.FieldByName("Removed")
		if key == "logicalId" {
			if added.Len() != 1 || removed.Len() != 1 || changed.Len() != 0 {
				t.Errorf("%s: %+v, want one added and one removed", key, p)
			}
			return
		}
		if changed.Len() != 1 || added.Len()+removed.Len() != 0 {
			t.Fatalf("%s: %+v, want one changed", key, p)
		}
		if got := changed.Index(0).FieldByName("Fields").Interface().([]string); !slices.Equal(got, []string{key}) {
			t.Errorf("%s: fields %v", key, got)
		}
	}
	for _, kind := range []any{sanctions.Name{}, sanctions.BirthDate{}, sanctions.Citizenship{}, sanctions.Identification{},
		sanctions.Address{}, sanctions.Citation{}} {
		typ := reflect.TypeOf(kind)
		leaves(typ, nil, func(path []int, key string) {
			t.Run(typ.Name()+"."+key, func(t *testing.T) {
				a := reflect.New(typ).Elem()
				id := a.FieldByName("LogicalID")
				id.SetInt(7)
				b := reflect.New(typ).Elem()
				b.Set(a)
				change(b.FieldByIndex(path))
				switch a := a.Interface().(type) {
				case sanctions.Name:
					check(t, reflect.ValueOf(diffParts([]sanctions.Name{a}, []sanctions.Name{b.Interface().(sanctions.Name)},
						func(x sanctions.Name) int64 { return x.LogicalID })), key)
				case sanctions.BirthDate:
					check(t, reflect.ValueOf(diffParts([]sanctions.BirthDate{a}, []sanctions.BirthDate{b.Interface().(sanctions.BirthDate)},
						func(x sanctions.BirthDate) int64 { return x.LogicalID })), key)
				case sanctions.Citizenship:
					check(t, reflect.ValueOf(diffParts([]sanctions.Citizenship{a}, []sanctions.Citizenship{b.Interface().(sanctions.Citizenship)},
						func(x sanctions.Citizenship) int64 { return x.LogicalID })), key)
				case sanctions.Identification:
					check(t, reflect.ValueOf(diffParts([]sanctions.Identification{a}, []sanctions.Identification{b.Interface().(sanctions.Identification)},
						func(x sanctions.Identification) int64 { return x.LogicalID })), key)
				case sanctions.Address:
					check(t, reflect.ValueOf(diffParts([]sanctions.Address{a}, []sanctions.Address{b.Interface().(sanctions.Address)},
						func(x sanctions.Address) int64 { return x.LogicalID })), key)
				case sanctions.Citation:
					check(t, reflect.ValueOf(diffParts([]sanctions.Citation{a}, []sanctions.Citation{b.Interface().(sanctions.Citation)},
						func(x sanctions.Citation) int64 { return x.LogicalID })), key)
				}
			})
		})
	}
}

// TestDiffEveryEntityField checks that a change of any field of an entity
// is reported under the field's JSON key: the fields that a later version
// of the model adds too.
func TestDiffEveryEntityField(t *testing.T) {
	typ := reflect.TypeFor[sanctions.Entity]()
	for i := range typ.NumField() {
		f := typ.Field(i)
		t.Run(f.Name, func(t *testing.T) {
			a := &sanctions.Entity{ID: "EU.1.1", Type: sanctions.Person}
			b := *a
			change(reflect.ValueOf(&b).Elem().Field(i))
			c, ok := diffEntity(a, &b)
			if !ok || !slices.Equal(c.Parts, []string{jsonKey(f)}) {
				t.Errorf("changed %s: %v, %v; want [%s]", f.Name, ok, c.Parts, jsonKey(f))
			}
		})
	}
}
