package power_test

import (
	"encoding/json"
	"errors"
	"math/big"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/acquis-eu/acquis"
	"github.com/acquis-eu/acquis/vote"
	"github.com/acquis-eu/acquis/vote/power"
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
	var walk func(v any)
	walk = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			for k, x := range v {
				if !camelKey.MatchString(k) {
					t.Errorf("%s: key %q is not camelCase", what, k)
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

// TestJSON checks that games and their indices read back equal, with
// camelCase keys.
func TestJSON(t *testing.T) {
	on := func(day string) vote.Council {
		c, err := vote.CouncilOn(acquis.MustParseDate(day))
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	c2020 := on("2020-11-06")
	eec, err := power.GameFromWeights([]int{4, 4, 4, 2, 2, 1}, 12, 0)
	if err != nil {
		t.Fatal(err)
	}
	var games []power.Game
	for _, mk := range []func() (power.Game, error){
		func() (power.Game, error) { return eec, nil },
		func() (power.Game, error) {
			return power.GameFromWeights([]int{7, 7, 7, 7, 7, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1}, 39, 9)
		},
		func() (power.Game, error) { return power.GameOf(c2020, vote.QualifiedMajority) },
		func() (power.Game, error) { return power.GameOf(c2020, vote.ReinforcedQualifiedMajority) },
		func() (power.Game, error) {
			return power.GameAmong(c2020, vote.QualifiedMajority, []acquis.Member{acquis.DE, acquis.FR, acquis.IT, acquis.ES, acquis.PL, acquis.NL, acquis.BE, acquis.AT})
		},
		func() (power.Game, error) { return power.GameOf(on("2014-01-01"), vote.NiceWeights) },
		func() (power.Game, error) { return power.GameOf(on("2015-06-01"), vote.NiceWeightsReinforced) },
		func() (power.Game, error) { return power.GameOf(c2020, vote.Unanimity) },
		func() (power.Game, error) { return power.GameOf(on("2031-01-01"), vote.SimpleMajority) },
		func() (power.Game, error) {
			var others []acquis.Member
			for m := range c2020.Members() {
				if m != acquis.HU {
					others = append(others, m)
				}
			}
			return power.GameAmong(c2020, vote.Article7Determination, others)
		},
	} {
		g, err := mk()
		if err != nil {
			t.Fatal(err)
		}
		games = append(games, g)
	}
	for _, g := range games {
		b, err := json.Marshal(g)
		if err != nil {
			t.Fatalf("%v: %v", g, err)
		}
		checkKeys(t, g.String(), b)
		var back power.Game
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("%v: json.Unmarshal(%s): %v", g, b, err)
		}
		if !reflect.DeepEqual(back, g) {
			t.Errorf("%v read back from %s as %v", g, b, back)
		}
	}

	ix := games[4].Indices()
	b, err := json.Marshal(ix)
	if err != nil {
		t.Fatal(err)
	}
	checkKeys(t, "Indices", b)
	var back power.Indices
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatalf("json.Unmarshal(%s): %v", b, err)
	}
	ratEqual := cmp.Comparer(func(a, b *big.Rat) bool { return a == nil && b == nil || a != nil && b != nil && a.Cmp(b) == 0 })
	if diff := cmp.Diff(ix.Players, back.Players, ratEqual); diff != "" || ix.TotalSwings != back.TotalSwings || !reflect.DeepEqual(ix.Game, back.Game) {
		t.Errorf("Indices read back (-want +got):\n%s", diff)
	}
	for _, key := range []string{`"shapleyShubik":"`, `"swingsBySize":[`, `"totalSwings":`, `"member":"DE"`} {
		if !strings.Contains(string(b), key) {
			t.Errorf("no %s in %.300s…", key, b)
		}
	}
}

// TestJSONInvalid checks that a game read from JSON is held to the limits
// of the game constructors.
func TestJSONInvalid(t *testing.T) {
	for _, tt := range []struct {
		in string
		is error
	}{
		{`{"players":[],"quota":1,"minMembers":0}`, power.ErrInvalidGame},
		{`{"players":[{"weight":-1},{"weight":2}],"quota":1,"minMembers":0}`, power.ErrInvalidGame},
		{`{"players":[{"weight":1},{"weight":2}],"quota":4,"minMembers":0}`, power.ErrInvalidGame},
		{`{"players":[{"weight":1},{"weight":2}],"quota":2,"minMembers":3}`, power.ErrInvalidGame},
		{`{"players":[{"weight":1},{"weight":2}],"quota":2,"minMembers":0,"clause":5}`, power.ErrInvalidGame},
		{`{"players":[` + strings.Repeat(`{"weight":1},`, 62) + `{"weight":1}],"quota":2,"minMembers":0}`, power.ErrTooLarge},
		{`{"rule":"qualified-majority","basis":"Art 16(4) TEU","date":"2020-11-06","councilSize":27,"players":[{"member":"DE","weight":5,"population":5},{"member":"DE","weight":5,"population":5}],"quota":7,"minMembers":2}`, power.ErrInvalidGame},
		{`{"rule":"votes-cast","basis":"x","date":"2020-11-06","councilSize":27,"players":[{"member":"DE","weight":1}],"quota":1,"minMembers":0}`, vote.ErrUnknownRule},
		{`{"rule":"qualified-majority","basis":"Art 16(4) TEU","date":"2020-11-06","councilSize":27,"players":[{"member":"DE","weight":5,"population":4}],"quota":4,"minMembers":1}`, power.ErrInvalidGame},
		{`{"players":[{"member":"DE","weight":1}],"quota":1,"minMembers":0}`, power.ErrInvalidGame},
	} {
		if err := json.Unmarshal([]byte(tt.in), new(power.Game)); !errors.Is(err, tt.is) {
			t.Errorf("json.Unmarshal(%.120s) = %v, want %v", tt.in, err, tt.is)
		}
	}
	if err := json.Unmarshal([]byte(`{"players":[{"weight":1}],"quota":1,"minMembers":0,"surprise":1}`), new(power.Game)); err == nil || !strings.Contains(err.Error(), "surprise") {
		t.Errorf("json.Unmarshal of an unknown key = %v, want an error naming it", err)
	}
}

// FuzzGameJSON reads arbitrary JSON as a Game: never a panic, and a game
// it accepts writes back to the same game and can be measured.
func FuzzGameJSON(f *testing.F) {
	g, err := power.GameFromWeights([]int{4, 4, 4, 2, 2, 1}, 12, 0)
	if err != nil {
		f.Fatal(err)
	}
	b, _ := json.Marshal(g)
	f.Add(b)
	c, err := vote.CouncilOn(acquis.MustParseDate("2010-06-01"))
	if err != nil {
		f.Fatal(err)
	}
	if g, err = power.GameOf(c, vote.NiceWeights); err != nil {
		f.Fatal(err)
	}
	b, _ = json.Marshal(g)
	f.Add(b)
	f.Fuzz(func(t *testing.T, data []byte) {
		var g power.Game
		if err := json.Unmarshal(data, &g); err != nil {
			return
		}
		b, err := json.Marshal(g)
		if err != nil {
			t.Fatalf("Marshal of an accepted game %v: %v", g, err)
		}
		var back power.Game
		if err := json.Unmarshal(b, &back); err != nil || !reflect.DeepEqual(back, g) {
			t.Fatalf("round trip of %s: %v", b, err)
		}
		if g.Len() <= 12 {
			checkSums(t, g.Indices())
		}
	})
}
