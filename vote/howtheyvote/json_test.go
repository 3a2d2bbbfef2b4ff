package howtheyvote_test

import (
	"encoding/json"
	"regexp"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/acquis-eu/acquis"
	"github.com/acquis-eu/acquis/vote"
	"github.com/acquis-eu/acquis/vote/howtheyvote"
)

var camelKey = regexp.MustCompile(`^[a-z][a-zA-Z0-9]*$`)

// roundTrip checks that v writes JSON with camelCase keys that reads back
// equal.
func roundTrip[T any](t *testing.T, v T) {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("%T: %v", v, err)
	}
	var keys map[string]any
	if err := json.Unmarshal(b, &keys); err != nil {
		t.Fatal(err)
	}
	for k := range keys {
		if !camelKey.MatchString(k) {
			t.Errorf("%T: key %q is not camelCase", v, k)
		}
	}
	var back T
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatalf("%T: json.Unmarshal(%s): %v", v, b, err)
	}
	if diff := cmp.Diff(v, back); diff != "" {
		t.Errorf("%T read back from %s (-want +got):\n%s", v, b, diff)
	}
}

// TestJSON checks that every row type of the export reads back equal from
// its JSON, with the keys in camelCase.
func TestJSON(t *testing.T) {
	roundTrip(t, howtheyvote.Vote{ID: 117273, Timestamp: "2020-09-17 11:38:19", Date: acquis.MustParseDate("2020-09-17"),
		DisplayTitle: "The situation in Belarus", Reference: "RC-B9-0271/2020", Description: "Résolution", IsMain: true,
		ProcedureReference: "2020/2779(RSP)", ProcedureTitle: "The situation in Belarus", ProcedureType: "RSP",
		Tally: vote.Tally{For: 574, Against: 37, Abstain: 82, DidNotVote: 12}, Result: "ADOPTED"})
	roundTrip(t, howtheyvote.Member{ID: 197490, FirstName: "Petras", LastName: "Auštrevičius", Country: acquis.LT,
		DateOfBirth: acquis.MustParseDate("1963-05-16"), Email: "x@example.eu"})
	roundTrip(t, howtheyvote.Member{ID: 1, LastName: "Nobody", Country: acquis.MT})
	roundTrip(t, howtheyvote.Group{Code: "RENEW", OfficialLabel: "Renew Europe Group", Label: "Renew Europe", ShortLabel: "Renew"})
	roundTrip(t, howtheyvote.GroupMembership{MemberID: 197490, Group: "RENEW", Term: 9, Start: acquis.MustParseDate("2019-07-02")})
	roundTrip(t, howtheyvote.Country{Code: "GRC", ISOAlpha2: "GR", Label: "Greece", MemberCode: acquis.EL})
	roundTrip(t, howtheyvote.MemberVote{VoteID: 117273, MemberID: 197490, Choice: vote.For, Country: acquis.LT, Group: "RENEW"})
}
