package ftm

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// reference reads an entity with encoding/json, as slowly and plainly as
// possible, to check the parser against. It reports false for input that
// UnmarshalJSON must refuse.
func reference(b []byte) (Entity, bool) {
	var e Entity
	if !json.Valid(b) {
		return e, false
	}
	// keys returns the members of an object in order, refusing duplicates.
	keys := func(v []byte) ([]string, map[string]json.RawMessage, bool) {
		dec := json.NewDecoder(bytes.NewReader(v))
		if t, err := dec.Token(); err != nil || t != json.Delim('{') {
			return nil, nil, false
		}
		var ks []string
		m := make(map[string]json.RawMessage)
		for dec.More() {
			t, err := dec.Token()
			if err != nil {
				return nil, nil, false
			}
			k := t.(string)
			var raw json.RawMessage
			if err := dec.Decode(&raw); err != nil {
				return nil, nil, false
			}
			if _, dup := m[k]; dup {
				return nil, nil, false
			}
			ks = append(ks, k)
			m[k] = raw
		}
		return ks, m, true
	}
	isNull := func(v json.RawMessage) bool { return string(v) == "null" }
	str := func(v json.RawMessage) (string, bool) {
		var x any
		json.Unmarshal(v, &x)
		s, ok := x.(string)
		return s, ok || x == nil
	}
	list := func(v json.RawMessage) ([]string, bool) {
		var x any
		json.Unmarshal(v, &x)
		a, ok := x.([]any)
		if !ok {
			return nil, false
		}
		l := []string{}
		for _, y := range a {
			s, ok := y.(string)
			if !ok {
				return nil, false
			}
			l = append(l, s)
		}
		return l, true
	}
	ks, m, ok := keys(b)
	if !ok {
		return e, false
	}
	e.Properties = map[string][]string{}
	for _, k := range ks {
		v := m[k]
		switch k {
		case keyID, keySchema, keyCaption, keyFirstSeen, keyLastSeen, keyLastChange:
			s, ok := str(v)
			if !ok {
				return e, false
			}
			*map[string]*string{keyID: &e.ID, keySchema: &e.Schema, keyCaption: &e.Caption,
				keyFirstSeen: &e.FirstSeen, keyLastSeen: &e.LastSeen, keyLastChange: &e.LastChange}[k] = s
		case keyDatasets, keyReferents:
			if isNull(v) {
				continue
			}
			l, ok := list(v)
			if !ok {
				return e, false
			}
			*map[string]*[]string{keyDatasets: &e.Datasets, keyReferents: &e.Referents}[k] = l
		case keyTarget:
			if isNull(v) {
				continue
			}
			var t bool
			if json.Unmarshal(v, &t) != nil {
				return e, false
			}
			e.Target = &t
		case keyProperties:
			if isNull(v) {
				continue
			}
			pks, pm, ok := keys(v)
			if !ok {
				return e, false
			}
			for _, pk := range pks {
				l, ok := list(pm[pk])
				if !ok {
					return e, false
				}
				e.Properties[pk] = l
			}
		default:
			var c bytes.Buffer
			json.Compact(&c, v)
			if e.Extra == nil {
				e.Extra = map[string]json.RawMessage{}
			}
			e.Extra[k] = json.RawMessage(c.Bytes())
		}
	}
	return e, e.ID != "" && e.Schema != ""
}

// FuzzUnmarshal checks UnmarshalJSON against the reference: both accept
// the same input and read the same entity from it.
func FuzzUnmarshal(f *testing.F) {
	for _, s := range []string{
		`{"id":"a","schema":"Person","properties":{"name":["A","\u00e9\ud83d\ude00\ud800x"]}}`,
		`{"id":"b","schema":"Thing","properties":null,"x":[1,-0.5e+3,{"a":null}],"y":"\"","target":false,"datasets":[]}`,
		` {"id":"c","schema":"S","caption":null,"referents":["r"],"first_seen":"t","last_seen":"u","last_change":"v"} `,
		`{"id":"d","schema":"S","id":"e"}`,
		`{"id":"d","schema":"S","properties":{"a":[],"a":[]}}`,
		`{"id":"d","schema":"S","properties":{"a":[1]}}`,
		`{"id":"d","schema":"S","x":01}`,
		`{"id":"d","schema":"S","x":"\x01"}`,
		"{\"id\":\"d\xff\",\"schema\":\"S\"}",
		`[{"id":"a","schema":"S"}]`,
		`{}`,
		``,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		if bytes.Count(b, []byte("["))+bytes.Count(b, []byte("{")) > 9000 {
			return // the two may differ by one on the limit of nesting
		}
		want, ok := reference(b)
		var got Entity
		err := got.UnmarshalJSON(b)
		if ok != (err == nil) {
			t.Fatalf("UnmarshalJSON(%q): error %v; reference accepts: %v", b, err, ok)
		}
		if !ok {
			return
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("UnmarshalJSON(%q) mismatch (-reference +got):\n%s", b, diff)
		}
	})
}
