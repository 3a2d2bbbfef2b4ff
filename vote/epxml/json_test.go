package epxml_test

import (
	"bytes"
	"encoding/json"
	"regexp"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/acquis-eu/acquis/vote/epxml"
)

var camelKey = regexp.MustCompile(`^[a-z][a-zA-Z0-9]*$`)

// checkKeys reports every object key of the JSON text b that is not lower
// camel case.
func checkKeys(t *testing.T, what string, b []byte) {
	t.Helper()
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
	bad := map[string]bool{}
	var walk func(v any)
	walk = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			for k, x := range v {
				if !camelKey.MatchString(k) {
					bad[k] = true
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
	for k := range bad {
		t.Errorf("%s: key %q is not camelCase", what, k)
	}
}

// TestJSON checks that what the readers return writes JSON with camelCase
// keys that reads back equal: the Sitting with its notices, titles,
// glossary, unknown elements and extras, and the Results with their items,
// votings and kept elements. (An empty list reads back as none.)
func TestJSON(t *testing.T) {
	for _, file := range []string{"rcv-2020.xml", "rcv-2024.xml", "rcv-legacy.xml", "rcv-intentions.xml"} {
		s, rcs, err := epxml.ReadAll(bytes.NewReader(readTestdata(t, file)))
		if err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		b, err := json.Marshal(s)
		if err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		checkKeys(t, file, b)
		var back epxml.Sitting
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("%s: json.Unmarshal: %v", file, err)
		}
		if diff := cmp.Diff(s, back, opts); diff != "" {
			t.Errorf("%s: Sitting read back (-want +got):\n%s", file, diff)
		}
		if len(rcs) == 0 {
			t.Fatalf("%s: no roll call", file)
		}
	}
	rs, err := epxml.ReadResults(bytes.NewReader(readTestdata(t, "vot.xml")))
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(rs)
	if err != nil {
		t.Fatal(err)
	}
	checkKeys(t, "vot.xml", b)
	var back epxml.Results
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatalf("vot.xml: json.Unmarshal: %v", err)
	}
	if diff := cmp.Diff(rs, &back, opts); diff != "" {
		t.Errorf("Results read back (-want +got):\n%s", diff)
	}
}
