package ftm

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"unicode/utf8"
)

// Errors that a *[ParseError] wraps, and that [Entity.UnmarshalJSON],
// [Entity.MarshalJSON], [Encoder.Encode] and [ToEntities] return.
var (
	// ErrLineTooLong reports a line longer than [MaxLine] bytes.
	ErrLineTooLong = errors.New("line too long")
	// ErrSyntax reports a line that is not valid JSON.
	ErrSyntax = errors.New("invalid JSON")
	// ErrNotObject reports a line that is valid JSON but not an object.
	ErrNotObject = errors.New("not a JSON object")
	// ErrMissingID reports an entity with no id or an empty one.
	ErrMissingID = errors.New("missing id")
	// ErrMissingSchema reports an entity with no schema or an empty one.
	ErrMissingSchema = errors.New("missing schema")
	// ErrType reports an envelope key or a property whose value has the
	// wrong JSON type: a property value that is not a list of strings, a
	// target that is not a boolean.
	ErrType = errors.New("wrong type")
	// ErrDuplicateKey reports a key given twice in the same object: at the
	// top level of an entity or among its properties.
	ErrDuplicateKey = errors.New("key given twice")
	// ErrExtraKey reports an Extra key that is one of the envelope keys
	// Entity has its own field for.
	ErrExtraKey = errors.New("extra key is an envelope key")
	// ErrNilEntity reports a nil entity given to [Encoder.Encode] or
	// [ToEntities].
	ErrNilEntity = errors.New("nil entity")
)

// An Entity is one FollowTheMoney entity as OpenSanctions publishes it: one
// line of an entities.ftm.json file.
//
// ID, Schema and Properties are FollowTheMoney's own: Schema names the
// entity's schema ("Person", "Organization", "Sanction" ...); Properties
// maps FollowTheMoney property names ("name", "birthDate", "holder" ...) to
// their values, each a list of strings in the order given. The other fields
// are the envelope OpenSanctions adds; Extra keeps any other top-level key,
// as compact JSON, so that nothing read is lost.
//
// The zero Entity is not valid: an entity needs an ID and a Schema. An
// Entity holds maps and slices and is not comparable with ==; go-cmp
// compares two. Writing an Entity and reading it back gives an equal
// Entity, with three conventions: an empty string field (Caption,
// FirstSeen ...) is written as an absent key, and a nil list or Target as
// an absent key, while an empty non-nil list is written as []; invalid
// UTF-8 in a string is written, and so read back, as U+FFFD.
type Entity struct {
	ID     string
	Schema string
	// Properties maps property names to values. A nil map is written as
	// {}; a read Entity always has a non-nil map.
	Properties map[string][]string

	// Caption is the entity's display name, as OpenSanctions computes it.
	Caption string
	// Datasets names the datasets the entity comes from ("eu_fsf").
	Datasets []string
	// Referents are the ids the entity had in its source datasets before
	// OpenSanctions merged them ("eu-fsf-eu-10583-22").
	Referents []string
	// Target reports whether OpenSanctions counts the entity as a target
	// of sanctions; nil when the key is absent.
	Target *bool
	// FirstSeen, LastSeen and LastChange are OpenSanctions' timestamps, as
	// written ("2023-04-20T18:00:25").
	FirstSeen  string
	LastSeen   string
	LastChange string

	// Extra holds every other top-level key with its value as compact JSON.
	Extra map[string]json.RawMessage
}

// The envelope keys, in the order MarshalJSON writes them.
const (
	keyID         = "id"
	keyCaption    = "caption"
	keySchema     = "schema"
	keyProperties = "properties"
	keyDatasets   = "datasets"
	keyReferents  = "referents"
	keyTarget     = "target"
	keyFirstSeen  = "first_seen"
	keyLastSeen   = "last_seen"
	keyLastChange = "last_change"
)

// MarshalJSON implements [json.Marshaler]. It writes the envelope keys in
// a fixed order (id, caption, schema, properties, datasets, referents,
// target, first_seen, last_seen, last_change), then the Extra keys sorted,
// with property names sorted and each property's values in their order. It
// does not escape HTML characters (json.Marshal does, when it copies the
// result; an [Encoder] does not). It reports an error for an entity with
// no ID or Schema, and for an Extra value that is not valid JSON or whose
// key is an envelope key.
func (e Entity) MarshalJSON() ([]byte, error) {
	return e.appendJSON(nil)
}

// appendJSON appends e as MarshalJSON writes it.
func (e *Entity) appendJSON(b []byte) ([]byte, error) {
	if e.ID == "" {
		return nil, fmt.Errorf("ftm: %w", ErrMissingID)
	}
	if e.Schema == "" {
		return nil, fmt.Errorf("ftm: entity %q: %w", e.ID, ErrMissingSchema)
	}
	b = append(b, `{"id":`...)
	b = appendString(b, e.ID)
	if e.Caption != "" {
		b = append(b, `,"caption":`...)
		b = appendString(b, e.Caption)
	}
	b = append(b, `,"schema":`...)
	b = appendString(b, e.Schema)
	b = append(b, `,"properties":{`...)
	for i, k := range sortedKeys(e.Properties) {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendString(b, k)
		b = append(b, ':')
		b = appendList(b, e.Properties[k])
	}
	b = append(b, '}')
	if e.Datasets != nil {
		b = append(b, `,"datasets":`...)
		b = appendList(b, e.Datasets)
	}
	if e.Referents != nil {
		b = append(b, `,"referents":`...)
		b = appendList(b, e.Referents)
	}
	if e.Target != nil {
		b = append(b, `,"target":`...)
		b = strconv.AppendBool(b, *e.Target)
	}
	for _, kv := range [...]struct{ k, v string }{
		{keyFirstSeen, e.FirstSeen}, {keyLastSeen, e.LastSeen}, {keyLastChange, e.LastChange},
	} {
		if kv.v != "" {
			b = append(b, ',')
			b = appendString(b, kv.k)
			b = append(b, ':')
			b = appendString(b, kv.v)
		}
	}
	b, err := e.appendExtra(b)
	if err != nil {
		return nil, err
	}
	return append(b, '}'), nil
}

// appendExtra appends the Extra keys of e, sorted, each with its value made
// compact, or reports a key that is an envelope key or a value that is not
// JSON.
func (e *Entity) appendExtra(b []byte) ([]byte, error) {
	for _, k := range sortedKeys(e.Extra) {
		if envelopeBit(k) != 0 {
			return nil, fmt.Errorf("ftm: entity %q: %w: %q", e.ID, ErrExtraKey, k)
		}
		v := e.Extra[k]
		if !json.Valid(v) {
			return nil, fmt.Errorf("ftm: entity %q: extra key %q: %w: its value is not JSON", e.ID, k, ErrSyntax)
		}
		b = append(b, ',')
		b = appendString(b, k)
		b = append(b, ':')
		var c bytes.Buffer
		_ = json.Compact(&c, v) // v is valid
		b = append(b, c.Bytes()...)
	}
	return b, nil
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

func appendList(b []byte, vs []string) []byte {
	b = append(b, '[')
	for i, v := range vs {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendString(b, v)
	}
	return append(b, ']')
}

const hexDigits = "0123456789abcdef"

// appendString appends s as a JSON string, escaped as encoding/json does
// but without escaping <, > and &: invalid UTF-8 becomes U+FFFD, and
// U+2028 and U+2029 are escaped.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xf])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// UnmarshalJSON implements [json.Unmarshaler]. It reads one entity object:
// id and schema must be non-empty strings; properties, when present, an
// object whose every value is a list of strings; datasets and referents
// lists of strings; caption and the timestamps strings; target a boolean.
// A null envelope value counts as absent; a null property value or list
// element is an error. Every other key goes to Extra, compacted. A key
// given twice, at the top level or among the properties, is an error rather
// than a silent loss of one of the values. It accepts the JSON that
// encoding/json accepts, and reads strings as it does (invalid UTF-8
// becomes U+FFFD). Errors wrap [ErrSyntax], [ErrNotObject], [ErrMissingID],
// [ErrMissingSchema], [ErrType] or [ErrDuplicateKey]. On error e is left
// unchanged.
func (e *Entity) UnmarshalJSON(b []byte) error {
	p := &parser{b: b}
	out, err := p.entity()
	if err != nil {
		return err
	}
	*e = out
	return nil
}
