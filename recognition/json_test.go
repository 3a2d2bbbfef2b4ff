package recognition_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"unicode"

	"github.com/acquis-eu/acquis"
	"github.com/acquis-eu/acquis/recognition"
	"github.com/google/go-cmp/cmp"
)

// timingOpt lets cmp see a Timing's fields, which are unexported.
var timingOpt = cmp.AllowUnexported(recognition.Timing{})

// roundTrip marshals v, checks that every key of the JSON is camelCase,
// reads it back into a new value of its type and reports any difference.
func roundTrip[T any](t *testing.T, name string, v T) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("%s: Marshal: %v", name, err)
	}
	checkCamel(t, name, b)
	var back T
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatalf("%s: Unmarshal(%s): %v", name, b, err)
	}
	if diff := cmp.Diff(v, back, timingOpt); diff != "" {
		t.Errorf("%s: read back differs (-wrote +read):\n%s", name, diff)
	}
	return b
}

// checkCamel reports every key of the JSON b that is not camelCase: one
// that starts with an upper-case letter or holds an underscore.
func checkCamel(t *testing.T, name string, b []byte) {
	t.Helper()
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatal(err)
	}
	var walk func(v any)
	walk = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			for k, x := range v {
				if k == "" || unicode.IsUpper(rune(k[0])) || strings.Contains(k, "_") {
					t.Errorf("%s: key %q is not camelCase", name, k)
				}
				walk(x)
			}
		case []any:
			for _, x := range v {
				walk(x)
			}
		}
	}
	walk(v)
}

// TestJSONDatasets writes each dataset, with every act, effect, timing and
// mandate, and reads it back.
func TestJSONDatasets(t *testing.T) {
	for _, ds := range []recognition.Dataset{recognition.Belarus2020(), recognition.Venezuela2019()} {
		b := roundTrip(t, ds.Name, ds)
		var back recognition.Dataset
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatal(err)
		}
		if _, err := back.Ledger(); err != nil {
			t.Errorf("%s read back: Ledger() = %v", ds.Name, err)
		}
		roundTrip(t, ds.Name+" span", ds.Span())
	}
}

// TestJSONAct checks an act's keys: camelCase, as the doc gives them.
func TestJSONAct(t *testing.T) {
	ds := recognition.Belarus2020()
	for _, a := range ds.Acts {
		if a.ID != "EP-2020-09-17" {
			continue
		}
		b := roundTrip(t, a.ID, a)
		for _, want := range []string{`"id":"EP-2020-09-17"`, `"actor":"EP"`, `"adopted":"2020-09-17"`, `"form":"resolution"`, `"binding":false`,
			`"verification":"verified"`, `"effects":[`, `"event":"non-recognition-declared"`,
			`"timing":{"kind":"expiry","mandate":{"id":"lukashenka2015","claimant":{"id":"lukashenka"`, `"convention":"last-day"}`,
			`"basis":{"kind":"expiry"`, `"standing":"interim-representation"`} {
			if !strings.Contains(string(b), want) {
				t.Errorf("act %s in JSON has no %s:\n%s", a.ID, want, b)
			}
		}
	}
}

// TestJSONPositions writes every position the two ledgers give, on days
// before, within and after their records, and every timeline, and reads
// them back.
func TestJSONPositions(t *testing.T) {
	for _, ds := range []recognition.Dataset{recognition.Belarus2020(), recognition.Venezuela2019()} {
		l, err := ds.Ledger()
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, c := range ds.Claimants {
			for _, a := range ds.Actors() {
				for _, d := range []string{"2000-01-01", "2019-02-05", "2020-11-05", "2021-01-06", "2023-06-01", "2031-01-01"} {
					p, err := l.StatusAt(a, c, ds.Office, acquis.MustParseDate(d))
					if err != nil {
						t.Fatal(err)
					}
					roundTrip(t, string(a)+" "+c.ID+" "+d, p)
					n++
				}
				tl, err := l.Timeline(a, c, ds.Office)
				if err != nil {
					t.Fatal(err)
				}
				roundTrip(t, string(a)+" "+c.ID+" timeline", tl)
			}
		}
		if n == 0 {
			t.Errorf("%s: no position written", ds.Name)
		}
	}
}

// TestJSONValues writes every value of each enumerated type and reads it
// back.
func TestJSONValues(t *testing.T) {
	for s := recognition.Unstated; s <= recognition.Withdrawn; s++ {
		roundTrip(t, s.String(), s)
	}
	for e := recognition.RecognitionGranted; e <= recognition.StandingAccorded; e++ {
		roundTrip(t, e.String(), e)
	}
	for c := recognition.EndCause(0); c <= recognition.CauseBasisLapsed; c++ {
		roundTrip(t, "cause "+c.String(), c)
	}
	for s := recognition.NoStanding; s <= recognition.PrivilegedInterlocutor; s++ {
		roundTrip(t, s.String(), s)
	}
	for k := recognition.Form(0); k <= recognition.Judgment; k++ {
		roundTrip(t, "form "+k.String(), k)
	}
	for v := recognition.Verification(0); v <= recognition.Unverified; v++ {
		roundTrip(t, "verification "+v.String(), v)
	}
	for c := recognition.Convention(0); c <= recognition.ExpiryDayIsFirstDay; c++ {
		roundTrip(t, "convention "+c.String(), c)
	}
	m := recognition.Mandate{Claimant: recognition.Claimant{ID: "x", Name: "X"}, Office: "President",
		Start: acquis.MustParseDate("2015-11-06"), LastDay: acquis.MustParseDate("2020-11-05"), StartSource: "a", EndSource: "b"}
	for _, tt := range []struct {
		timing recognition.Timing
		json   string
	}{
		{recognition.On(acquis.MustParseDate("2019-01-23")), `{"kind":"day","day":"2019-01-23"}`},
		{recognition.OnStart(m), `{"kind":"start","mandate":{"claimant":{"id":"x","name":"X","body":false},"office":"President","start":"2015-11-06","lastDay":"2020-11-05","startSource":"a","endSource":"b"}}`},
		{recognition.OnExpiry(m, recognition.ExpiryDayIsFirstDay), `{"kind":"expiry","mandate":{"claimant":{"id":"x","name":"X","body":false},"office":"President","start":"2015-11-06","lastDay":"2020-11-05","startSource":"a","endSource":"b"},"convention":"first-day"}`},
		{recognition.OnExpiry(recognition.Mandate{}, 0), `{"kind":"expiry","mandate":{"claimant":{"id":"","name":"","body":false},"office":""}}`},
		{recognition.Timing{}, `null`},
	} {
		if b := roundTrip(t, tt.timing.String(), tt.timing); string(b) != tt.json {
			t.Errorf("Timing %v in JSON = %s, want %s", tt.timing, b, tt.json)
		}
	}
}

// TestJSONErrors reads JSON that names no value, or a timing that lacks
// what its kind needs or has what it does not.
func TestJSONErrors(t *testing.T) {
	for _, tt := range []struct {
		json string
		into any
	}{
		{`"recognised"`, new(recognition.Status)},
		{`""`, new(recognition.Status)},
		{`"granted"`, new(recognition.Event)},
		{`"lapsed"`, new(recognition.EndCause)},
		{`""`, new(recognition.Standing)},
		{`"decision"`, new(recognition.Form)},
		{`"V"`, new(recognition.Verification)},
		{`"last"`, new(recognition.Convention)},
		{`{"kind":"week","day":"2019-01-23"}`, new(recognition.Timing)},
		{`{"kind":"day"}`, new(recognition.Timing)},
		{`{"kind":"day","day":"2019-01-23","convention":"last-day"}`, new(recognition.Timing)},
		{`{"kind":"start","day":"2019-01-23"}`, new(recognition.Timing)},
		{`{"kind":"expiry","day":"2019-01-23"}`, new(recognition.Timing)},
		{`{"kind":"day","day":"2019-01-23","note":"x"}`, new(recognition.Timing)},
		{`[]`, new(recognition.Timing)},
	} {
		err := json.Unmarshal([]byte(tt.json), tt.into)
		if !errors.Is(err, recognition.ErrInvalidValue) {
			t.Errorf("Unmarshal(%s) into %T = %v, want ErrInvalidValue", tt.json, tt.into, err)
		}
	}
	// A date that is not one is the date's own error.
	var tm recognition.Timing
	if err := json.Unmarshal([]byte(`{"kind":"day","day":"2019-02-30"}`), &tm); err == nil {
		t.Error("Unmarshal of a timing on 2019-02-30: no error")
	}
}

// FuzzTimingJSON reads any JSON as a Timing: what reads writes back, and
// reads back to the same Timing.
func FuzzTimingJSON(f *testing.F) {
	for _, s := range []string{`{"kind":"day","day":"2019-01-23"}`, `null`, `{"kind":"expiry","mandate":{"lastDay":"2020-11-05"},"convention":"last-day"}`,
		`{"kind":"start","mandate":{"claimant":{"id":"x"},"start":"2015-11-06"}}`, `{"kind":"day","day":""}`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var tm recognition.Timing
		if err := json.Unmarshal([]byte(s), &tm); err != nil {
			return
		}
		b, err := json.Marshal(tm)
		if err != nil {
			t.Fatalf("Marshal(%v) after reading %q: %v", tm, s, err)
		}
		var back recognition.Timing
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("Unmarshal(%s), written from %q: %v", b, s, err)
		}
		if back != tm {
			t.Fatalf("%q read back as %v, then %v", s, tm, back)
		}
	})
}
