package ftm_test

import (
	"bytes"
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/acquis-eu/acquis/sanctions"
	"github.com/acquis-eu/acquis/sanctions/fsf"
	"github.com/acquis-eu/acquis/sanctions/ftm"
)

// readFSF reads a real Financial Sanctions File with package fsf.
func readFSF(t *testing.T, name string) []*sanctions.Entity {
	t.Helper()
	f, err := os.Open(realFSF(name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	_, es, err := fsf.ReadAll(f)
	if err != nil {
		t.Fatal(err)
	}
	return es
}

// TestFromEntityFSF maps every entity of the real FSF samples: the
// hand-built Mugabe gives the same FollowTheMoney as the one package fsf
// reads; every entity gives distinct ids, writes, reads back equal, and
// gives the same bytes twice.
func TestFromEntityFSF(t *testing.T) {
	for _, tc := range []struct {
		name     string
		entities int
	}{
		{"eu_fsf_1_1_excerpt_2018-12-21.xml", 2},
		{"eu_fsf_1_1_excerpt_GSmiguel_2entities.xml", 2},
		{"eu_fsf_v1_0_2016_excerpt_opendatalabcz.xml", 595},
	} {
		t.Run(tc.name, func(t *testing.T) {
			es := readFSF(t, tc.name)
			if len(es) != tc.entities {
				t.Fatalf("fsf read %d entities, want %d", len(es), tc.entities)
			}
			var all []*ftm.Entity
			ids := make(map[string]bool)
			schemas := make(map[string]int)
			for _, e := range es {
				if e.EUReference == "EU.36.64" {
					if diff := cmp.Diff(ftm.FromEntity(mugabe()), ftm.FromEntity(e)); diff != "" {
						t.Errorf("Mugabe, hand-built vs read by fsf (-hand +fsf):\n%s", diff)
					}
				}
				for _, x := range ftm.FromEntity(e) {
					if ids[x.ID] {
						t.Errorf("id %q given twice", x.ID)
					}
					ids[x.ID] = true
					schemas[x.Schema]++
					all = append(all, x)
				}
			}
			t.Logf("%d entities: %v", len(all), schemas)
			if got := schemas["Person"] + schemas["Organization"]; got != len(es) {
				t.Errorf("%d persons and organisations for %d entities", got, len(es))
			}
			checkRoundTrip(t, all)
			var again []*ftm.Entity
			for _, e := range readFSF(t, tc.name) {
				again = append(again, ftm.FromEntity(e)...)
			}
			if !bytes.Equal(encodeAll(t, all), encodeAll(t, again)) {
				t.Error("two runs give different bytes")
			}
			back, err := ftm.ToEntities(all)
			if err != nil {
				t.Fatal(err)
			}
			if len(back) != len(es) {
				t.Errorf("ToEntities gave %d entities, want %d", len(back), len(es))
			}
		})
	}
}

// TestFromListingsBelarus2020 maps the embedded Belarus listings of 2020.
func TestFromListingsBelarus2020(t *testing.T) {
	l := sanctions.Belarus2020()
	ls := l.At(d("2020-12-20"))
	got := ftm.FromListings(ls)
	entities := ls.Entities()
	schemas := make(map[string]int)
	for _, x := range got {
		schemas[x.Schema]++
	}
	if schemas["Person"]+schemas["Organization"] != len(entities) || schemas["Sanction"] != len(ls) {
		t.Errorf("FromListings gave %v for %d entities and %d listings", schemas, len(entities), len(ls))
	}
	var lukashenko []*ftm.Entity
	for _, x := range got {
		if x.ID == "eu-BLR-lukashenko-alexandr" || x.Properties["entity"] != nil && x.Properties["entity"][0] == "eu-BLR-lukashenko-alexandr" {
			lukashenko = append(lukashenko, x)
		}
	}
	if len(lukashenko) != 3 {
		t.Fatalf("Lukashenko: %d entities, want the person and two sanctions", len(lukashenko))
	}
	var provisions []string
	for _, x := range lukashenko[1:] {
		provisions = append(provisions, x.Properties["provisions"]...)
		if diff := cmp.Diff([]string{"2020-11-06"}, x.Properties["startDate"]); diff != "" {
			t.Errorf("%s startDate (-want +got):\n%s", x.ID, diff)
		}
		if diff := cmp.Diff([]string{"EU-BLR"}, x.Properties["programId"]); diff != "" {
			t.Errorf("%s programId (-want +got):\n%s", x.ID, diff)
		}
	}
	if diff := cmp.Diff([]string{"Asset freeze", "Travel ban"}, provisions); diff != "" {
		t.Errorf("Lukashenko's provisions (-want +got):\n%s", diff)
	}
	checkRoundTrip(t, got)
	if !bytes.Equal(encodeAll(t, got), encodeAll(t, ftm.FromListings(sanctions.Belarus2020().At(d("2020-12-20"))))) {
		t.Error("two runs give different bytes")
	}
}
