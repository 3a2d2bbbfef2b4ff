package ftm_test

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/acquis-eu/acquis/sanctions"
	"github.com/acquis-eu/acquis/sanctions/ftm"
)

// readShared reads a real OpenSanctions file of ../shared/data/sanctions.
func readShared(t *testing.T, name string) []*ftm.Entity {
	t.Helper()
	f, err := os.Open(sharedData(t, name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	es, err := ftm.ReadAll(f)
	if err != nil {
		t.Fatal(err)
	}
	return es
}

func byID(es []*sanctions.Entity, id string) *sanctions.Entity {
	for _, e := range es {
		if e.ID == id {
			return e
		}
	}
	return nil
}

func TestToEntitiesT1(t *testing.T) {
	fs := readShared(t, "opensanctions_yente_t1_eu_fsf.ftm.jsonl")
	es, err := ftm.ToEntities(fs)
	if err != nil {
		t.Fatal(err)
	}
	// 4 persons and 2 organisations; the Address is not an entity to screen.
	var ids []string
	for _, e := range es {
		ids = append(ids, e.ID+" "+e.Type.String())
	}
	wantIDs := []string{
		"NK-2GdmHtZTeNXjNVrBGEXZNj organisation", "NK-2Ka3UvopqbpZmVDFjWd4LA person",
		"NK-2KeUB68qUJtykm3BuAcazG person", "NK-2Mht2rqBeravCTdyQAWc4o person",
		"NK-2Myxbs6wX9xFKGoQn3sLaY person", "NK-2PacmNpiLUmoz4XD2mSt7A organisation",
	}
	if diff := cmp.Diff(wantIDs, ids); diff != "" {
		t.Errorf("entities (-want +got):\n%s", diff)
	}

	// Sviatlana PACHODAVA: 8 name forms, in Belarusian and Russian Cyrillic
	// and Latin transliterations, all strong; no language survives.
	strong := func(whole string) sanctions.Name {
		return sanctions.Name{Whole: whole, Strength: sanctions.Strong, Gender: sanctions.Female}
	}
	names := []sanctions.Name{
		strong("Svjatlana Pachodavová"), strong("Svetlana Pavlovna POCHODOVA"), strong("Sviatlana Pavlavna PACHODAVOVÁ"),
		strong("Святлана Паўлаўна ПАХОДАВА"), strong("Svjatlana Paulauna PACHODAVA"), strong("Светлана Павловна ПОХОДОВА"),
		strong("Svetlana Pavlovna POKHODOVA"), strong("Sviatlana Paulauna PAKHODAVA"),
	}
	names[0].Function = "Head of penal colony n°4 for women in Gomel"
	want := &sanctions.Entity{
		ID: "NK-2Mht2rqBeravCTdyQAWc4o", Type: sanctions.Person, EUReference: "EU.10583.22",
		Names:        names,
		Citizenships: []sanctions.Citizenship{{Country: sanctions.Country{Code: "BY"}}},
		Remarks:      []string{"Suspected location: Gomel"},
	}
	if diff := cmp.Diff(want, byID(es, "NK-2Mht2rqBeravCTdyQAWc4o")); diff != "" {
		t.Errorf("PACHODAVA (-want +got):\n%s", diff)
	}

	// LLC "Inter Tobacco": 12 names, a registration number, and a link to an
	// address that the file does not hold, which is ignored.
	it := byID(es, "NK-2GdmHtZTeNXjNVrBGEXZNj")
	if len(it.Names) != 12 || it.EUReference != "EU.8282.49" || len(it.Addresses) != 0 {
		t.Errorf("Inter Tobacco: %d names, EU reference %q, %d addresses; want 12, EU.8282.49, 0",
			len(it.Names), it.EUReference, len(it.Addresses))
	}
	wantIDs2 := []sanctions.Identification{{Number: "808000714", TypeCode: "regnumber", TypeDescription: "Registration Number"}}
	if diff := cmp.Diff(wantIDs2, it.Identifications); diff != "" {
		t.Errorf("Inter Tobacco identifications (-want +got):\n%s", diff)
	}

	// Viktor SOYKO: birth date and place, title, position.
	so := byID(es, "NK-2Myxbs6wX9xFKGoQn3sLaY")
	wantBirth := []sanctions.BirthDate{{Date: d("1971-07-03"), Year: 1971, Month: 7, Day: 3, Place: "BELARUS, Komsomolskaya"}}
	if diff := cmp.Diff(wantBirth, so.BirthDates); diff != "" {
		t.Errorf("SOYKO birth dates (-want +got):\n%s", diff)
	}
	if so.Names[0].Title != "Colonel" || so.Names[0].Gender != sanctions.Male {
		t.Errorf("SOYKO first name: title %q, gender %v; want Colonel, M", so.Names[0].Title, so.Names[0].Gender)
	}
}

// TestToEntitiesLinkedAddress links a person to the t1 file's Address
// through one of the Address's referents, as files that OpenSanctions
// merged do, and a company by its id and a referent both, which gives the
// address once. (In the t1 file itself no entity links to its Address:
// Inter Tobacco and IRGC link to addresses the file does not hold.)
func TestToEntitiesLinkedAddress(t *testing.T) {
	fs := readShared(t, "opensanctions_yente_t1_eu_fsf.ftm.jsonl")
	extra, err := ftm.ReadAll(strings.NewReader(
		`{"id":"p-1","schema":"Person","properties":{"name":["Ali Test"],"addressEntity":["addr-0999de5e5033c2e7e0a8d6616df1e699d0619e23"],` +
			`"address":["Majengo area, Mombasa, KENYA","PO Box 1, Mombasa"],"phone":["+254 1"]}}` + "\n" +
			`{"id":"p-2","schema":"Company","properties":{"name":["Test Co"],"addressEntity":["NK-2MQE6AmhAk4tqhENJAMUG9","addr-b485893fa2e05850d916893cdfdde99c38f09c99"]}}`))
	if err != nil {
		t.Fatal(err)
	}
	es, err := ftm.ToEntities(append(fs, extra...))
	if err != nil {
		t.Fatal(err)
	}
	kenya := sanctions.Address{City: "Majengo area, Mombasa", Country: sanctions.Country{Code: "KE"}}
	want := []sanctions.Address{kenya, {Other: "PO Box 1, Mombasa"}, {Contacts: []sanctions.Contact{{Key: "PHONE", Value: "+254 1"}}}}
	if diff := cmp.Diff(want, byID(es, "p-1").Addresses); diff != "" {
		t.Errorf("addresses of p-1 (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]sanctions.Address{kenya}, byID(es, "p-2").Addresses); diff != "" {
		t.Errorf("addresses of p-2 (-want +got):\n%s", diff)
	}
}

func TestToEntitiesZala(t *testing.T) {
	fs := readShared(t, "opensanctions_yente_zala_cluster.ftm.jsonl")
	es, err := ftm.ToEntities(fs)
	if err != nil {
		t.Fatal(err)
	}
	persons, orgs := 0, 0
	for _, e := range es {
		switch e.Type {
		case sanctions.Person:
			persons++
		case sanctions.Organisation:
			orgs++
		}
	}
	if persons != 6 || orgs != 11 {
		t.Errorf("ToEntities gave %d persons and %d organisations, want 6 and 11", persons, orgs)
	}
	// Alexander ZAKHAROV: the EU reference and the act from the eu_fsf
	// Sanction; the linked Passport has no number and gives nothing.
	z := byID(es, "NK-aU5ybkbRFJucf8YMwsJvDw")
	if z.EUReference != "EU.12789.10" {
		t.Errorf("ZAKHAROV EU reference %q, want EU.12789.10", z.EUReference)
	}
	wantActs := []sanctions.Citation{{
		NumberTitle: "2025/389 (OJ L24022025)", Programme: "UKR", Published: d("2025-02-24"),
		URL: "https://eur-lex.europa.eu/legal-content/EN/TXT/PDF/?uri=OJ:L_202500389",
	}}
	if diff := cmp.Diff(wantActs, z.Regulations); diff != "" {
		t.Errorf("ZAKHAROV acts (-want +got):\n%s", diff)
	}
	for _, id := range z.Identifications {
		if id.TypeCode == "passport" {
			t.Errorf("ZAKHAROV has passport %+v from a Passport without number", id)
		}
	}
	// Every distinct name, alias, previous name and weak alias, once.
	distinct := make(map[string]bool)
	for _, f := range fs {
		if f.ID == z.ID {
			for _, k := range []string{"name", "alias", "previousName", "weakAlias"} {
				for _, v := range f.Properties[k] {
					distinct[v] = true
				}
			}
		}
	}
	if len(z.Names) != len(distinct) || len(distinct) != 17 {
		t.Errorf("ZAKHAROV has %d names, want %d (17: 11 names and 7 aliases, one of them also a name)", len(z.Names), len(distinct))
	}
}

// TestFromEntityToEntities maps the hand-built FSF entities to
// FollowTheMoney, writes and reads them, and maps them back.
func TestFromEntityToEntities(t *testing.T) {
	var fs []*ftm.Entity
	for _, e := range []*sanctions.Entity{mugabe(), hajiAhmadJan(), company()} {
		fs = append(fs, ftm.FromEntity(e)...)
	}
	back, err := ftm.ReadAll(strings.NewReader(string(encodeAll(t, fs))))
	if err != nil {
		t.Fatal(err)
	}
	es, err := ftm.ToEntities(back)
	if err != nil {
		t.Fatal(err)
	}
	if len(es) != 3 {
		t.Fatalf("ToEntities gave %d entities, want 3", len(es))
	}
	m := es[0]
	want := &sanctions.Entity{
		ID: "eu-fsf-eu-36-64", Type: sanctions.Person, EUReference: "EU.36.64",
		Names:      []sanctions.Name{{Whole: "Robert Gabriel Mugabe", Gender: sanctions.Male, Function: "Former President", Strength: sanctions.Strong}},
		BirthDates: []sanctions.BirthDate{{Date: d("1924-02-21"), Year: 1924, Month: 2, Day: 21}},
		Identifications: []sanctions.Identification{{Number: "AD001095", TypeCode: "passport", TypeDescription: "National passport",
			Record: sanctions.Record{Remarks: []string{"(passport)"}}}},
		Regulations: []sanctions.Citation{{NumberTitle: "2018/223 (OJ L43)", Programme: "ZWE", Published: d("2018-02-16"),
			URL: "http://eur-lex.europa.eu/legal-content/EN/TXT/PDF/?uri=CELEX:32018R0223&from=EN"}},
	}
	if diff := cmp.Diff(want, m); diff != "" {
		t.Errorf("Mugabe back (-want +got):\n%s", diff)
	}
	h := es[1]
	wantBirths := []sanctions.BirthDate{
		{Year: 1953, Place: "Tirin Kot District, Uruzgan Province, AFGHANISTAN", Country: sanctions.Country{Code: "AF"}},
		{Year: 1958, Place: "Kandahar province, AFGHANISTAN"},
	}
	if diff := cmp.Diff(wantBirths, h.BirthDates); diff != "" {
		t.Errorf("Haji Ahmad Jan birth dates back (-want +got):\n%s", diff)
	}
	c := es[2]
	wantIdents := []sanctions.Identification{
		{Number: "T-1", TypeDescription: "tradelic", IssuedBy: "Minsk", Issued: d("2010-01-02"), ValidTo: d("2030-01-01"), KnownFalse: true},
		{Number: "808000714", TypeCode: "regnumber", TypeDescription: "Registration Number"},
	}
	if diff := cmp.Diff(wantIdents, c.Identifications); diff != "" {
		t.Errorf("company identifications back (-want +got):\n%s", diff)
	}
	wantAddr := []sanctions.Address{{
		Street: "Street 1", City: "Minsk", ZipCode: "220000", Country: sanctions.Country{Code: "BY"},
		Record: sanctions.Record{Remarks: []string{"Head Office."}},
		Contacts: []sanctions.Contact{{Key: "PHONE", Value: "+375 1"}, {Key: "PHONE", Value: "+375 2"}, {Key: "PHONE", Value: "+375 3"},
			{Key: "EMAIL", Value: "a@example.com"}, {Key: "WEB", Value: "https://example.com"}},
	}}
	if diff := cmp.Diff(wantAddr, c.Addresses); diff != "" {
		t.Errorf("company addresses back (-want +got):\n%s", diff)
	}
	wantNames := []sanctions.Name{
		{Whole: "Example Trading LLC", Strength: sanctions.Strong},
		{Whole: "ООО Пример", Strength: sanctions.Strong},
		{Whole: "ET", Strength: sanctions.Weak},
	}
	if diff := cmp.Diff(wantNames, c.Names); diff != "" {
		t.Errorf("company names back (-want +got):\n%s", diff)
	}
}

func TestToEntitiesErrors(t *testing.T) {
	p := &ftm.Entity{ID: "a", Schema: "Person"}
	for _, tc := range []struct {
		name string
		in   []*ftm.Entity
		want error
	}{
		{"duplicate", []*ftm.Entity{p, {ID: "a", Schema: "Address"}}, ftm.ErrDuplicateID},
		{"nil", []*ftm.Entity{p, nil}, ftm.ErrNilEntity},
		{"no id", []*ftm.Entity{{Schema: "Person"}}, ftm.ErrMissingID},
	} {
		_, err := ftm.ToEntities(tc.in)
		if !errors.Is(err, tc.want) {
			t.Errorf("%s: ToEntities error = %v, want %v", tc.name, err, tc.want)
		}
	}
	if es, err := ftm.ToEntities(nil); len(es) != 0 || err != nil {
		t.Errorf("ToEntities(nil) = %v, %v; want none, nil", es, err)
	}
}
