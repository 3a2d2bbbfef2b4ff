package ftm_test

import (
	"bytes"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/acquis-eu/acquis"
	"github.com/acquis-eu/acquis/sanctions"
	"github.com/acquis-eu/acquis/sanctions/ftm"
)

var d = acquis.MustParseDate

const (
	authorityFSF     = "Directorate-General for Financial Stability, Financial Services and Capital Markets Union"
	authorityCouncil = "Council of the European Union"
)

// mugabe is Robert Gabriel MUGABE as the Financial Sanctions Files of
// 2018-12-21 give him (eu_fsf_1_1_excerpt_2018-12-21.xml), written by hand
// from that file's facts.
func mugabe() *sanctions.Entity {
	const url2018 = "http://eur-lex.europa.eu/legal-content/EN/TXT/PDF/?uri=CELEX:32018R0223&from=EN"
	act2018 := &sanctions.Citation{Type: "amendment", Published: d("2018-02-16"), NumberTitle: "2018/223 (OJ L43)", URL: url2018}
	unknown := sanctions.Country{Code: "00", Description: "UNKNOWN"}
	return &sanctions.Entity{
		ID: "EU.36.64", Type: sanctions.Person, LogicalID: 1, EUReference: "EU.36.64",
		Names: []sanctions.Name{{
			Whole: "Robert Gabriel Mugabe", First: "Robert", Middle: "Gabriel", Last: "Mugabe",
			Function: "Former President", Gender: sanctions.Male, Strength: sanctions.Strong,
			Record: sanctions.Record{LogicalID: 1, RegulationLanguage: "en", Source: act2018},
		}},
		BirthDates: []sanctions.BirthDate{{
			Date: d("1924-02-21"), Day: 21, Month: 2, Year: 1924, Calendar: "GREGORIAN", Country: unknown,
			Record: sanctions.Record{LogicalID: 1, RegulationLanguage: "en", Source: &sanctions.Citation{
				Type: "amendment", Published: d("2005-06-16"), NumberTitle: "898/2005 (OJ L153)",
				URL: "http://eur-lex.europa.eu/LexUriServ/LexUriServ.do?uri=OJ:L:2005:153:0009:0014:EN:PDF",
			}},
		}},
		Identifications: []sanctions.Identification{{
			Number: "AD001095", TypeCode: "passport", TypeDescription: "National passport", Country: unknown,
			Record: sanctions.Record{LogicalID: 315, RegulationLanguage: "en", Remarks: []string{"(passport)"},
				Source: &sanctions.Citation{Type: "amendment", Published: d("2012-02-22"), NumberTitle: "151/2012 (OJ L49)",
					URL: "http://eur-lex.europa.eu/LexUriServ/LexUriServ.do?uri=OJ:L:2012:049:0002:0016:EN:PDF"}},
		}},
		Regulations: []sanctions.Citation{{
			Type: "amendment", Organisation: "commission", Published: d("2018-02-16"), InForce: d("2018-02-16"),
			NumberTitle: "2018/223 (OJ L43)", Programme: "ZWE", LogicalID: 110201, URL: url2018,
		}},
	}
}

func TestFromEntityMugabe(t *testing.T) {
	const (
		id  = "eu-fsf-eu-36-64"
		url = "http://eur-lex.europa.eu/legal-content/EN/TXT/PDF/?uri=CELEX:32018R0223&from=EN"
	)
	want := []*ftm.Entity{
		{ID: id, Schema: "Person", Properties: map[string][]string{
			"name":           {"Robert Gabriel Mugabe"},
			"firstName":      {"Robert"},
			"middleName":     {"Gabriel"},
			"lastName":       {"Mugabe"},
			"position":       {"Former President"},
			"gender":         {"male"},
			"birthDate":      {"1924-02-21"},
			"passportNumber": {"AD001095"},
			"topics":         {"sanction"},
			"sourceUrl":      {url},
			"modifiedAt":     {"2018-02-16"},
		}},
		{ID: id + "-identification-315", Schema: "Passport", Properties: map[string][]string{
			"holder":  {id},
			"number":  {"AD001095"},
			"type":    {"National passport"},
			"summary": {"(passport)"},
		}},
		{ID: id + "-sanction-zwe-2018-223-asset-freeze", Schema: "Sanction", Properties: map[string][]string{
			"entity":      {id},
			"authority":   {authorityFSF},
			"country":     {"eu"},
			"authorityId": {"EU.36.64"},
			"program":     {"ZWE"},
			"programId":   {"EU-ZWE"},
			"provisions":  {"Asset freeze"},
			"reason":      {"2018/223 (OJ L43)"},
			"listingDate": {"2018-02-16"},
			"startDate":   {"2018-02-16"},
			"sourceUrl":   {url},
		}},
	}
	got := ftm.FromEntity(mugabe())
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("FromEntity(Mugabe) mismatch (-want +got):\n%s", diff)
	}
	checkRoundTrip(t, got)
}

// hajiAhmadJan is Haji Ahmad Jan as the Financial Sanctions Files of
// 2026-08-05 give him (eu_fsf_1_1_excerpt_GSmiguel_2entities.xml), written
// by hand from that file's facts, without the acts of the parts.
func hajiAhmadJan() *sanctions.Entity {
	af := sanctions.Country{Code: "AF", Description: "AFGHANISTAN"}
	return &sanctions.Entity{
		ID: "EU.502.12", Type: sanctions.Person, LogicalID: 521, EUReference: "EU.502.12", Designated: d("2001-01-25"),
		Names: []sanctions.Name{
			{Whole: "Haji Ahmad Jan", Strength: sanctions.Strong, Record: sanctions.Record{LogicalID: 16052}},
			{Whole: "Ahmed Jan Akhund", Strength: sanctions.Strong, Record: sanctions.Record{LogicalID: 16053}},
			{Whole: "Ahmed Jan Akhundzada Wazir", Function: "Minister of Water and Electricity under the Taliban regime",
				Title: "Maulavi", Strength: sanctions.Strong, Record: sanctions.Record{LogicalID: 111128}},
		},
		Citizenships: []sanctions.Citizenship{{Country: af, Record: sanctions.Record{LogicalID: 101684}}},
		BirthDates: []sanctions.BirthDate{
			{Circa: true, Calendar: "GREGORIAN", City: "Tirin Kot District, Uruzgan Province", YearFrom: 1953, YearTo: 1958,
				Country: af, Record: sanctions.Record{LogicalID: 1865}},
			{Circa: true, Calendar: "GREGORIAN", City: "Kandahar province", YearFrom: 1953, YearTo: 1958,
				Country: af, Record: sanctions.Record{LogicalID: 101683}},
		},
		Regulations: []sanctions.Citation{{
			Type: "amendment", Organisation: "council", Published: d("2017-03-09"), InForce: d("2017-03-10"),
			NumberTitle: "2017/404 (OJ L63)", Programme: "AFG", LogicalID: 101046,
		}},
	}
}

func TestFromEntityHajiAhmadJan(t *testing.T) {
	const id = "eu-fsf-eu-502-12"
	want := []*ftm.Entity{
		{ID: id, Schema: "Person", Properties: map[string][]string{
			"name":         {"Haji Ahmad Jan"},
			"alias":        {"Ahmed Jan Akhund", "Ahmed Jan Akhundzada Wazir"},
			"title":        {"Maulavi"},
			"position":     {"Minister of Water and Electricity under the Taliban regime"},
			"birthDate":    {"1953", "1958"},
			"birthPlace":   {"Tirin Kot District, Uruzgan Province, AFGHANISTAN", "Kandahar province, AFGHANISTAN"},
			"birthCountry": {"af"},
			"country":      {"af"},
			"nationality":  {"af"},
			"topics":       {"sanction"},
			"modifiedAt":   {"2017-03-10"},
		}},
		{ID: id + "-sanction-afg-2017-404-asset-freeze", Schema: "Sanction", Properties: map[string][]string{
			"entity":      {id},
			"authority":   {authorityFSF},
			"country":     {"eu"},
			"authorityId": {"EU.502.12"},
			"program":     {"AFG"},
			"programId":   {"EU-AFG"},
			"provisions":  {"Asset freeze"},
			"reason":      {"2017/404 (OJ L63)"},
			"listingDate": {"2017-03-09"},
			// The designation date is earlier than the amending act.
			"startDate": {"2001-01-25"},
		}},
	}
	got := ftm.FromEntity(hajiAhmadJan())
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("FromEntity(Haji Ahmad Jan) mismatch (-want +got):\n%s", diff)
	}
	checkRoundTrip(t, got)
}

// company is a hand-made organisation, not a real one, with what the
// other fixtures lack: a weak alias, lettered functions, addresses with
// contacts, a registration number, identifications without logical id.
func company() *sanctions.Entity {
	return &sanctions.Entity{
		ID: "test-company", Type: sanctions.Organisation,
		Names: []sanctions.Name{
			{Whole: "Example Trading LLC", Language: "EN", Strength: sanctions.Strong},
			{Whole: "ООО Пример", Language: "RU", Strength: sanctions.Strong},
			{Whole: "ET", Strength: sanctions.Weak, Record: sanctions.Record{Remarks: []string{"low quality alias"}}},
			{Whole: "Example Trading LLC", Language: "FR", Function: "(a) importer, (b) exporter"},
		},
		Citizenships: []sanctions.Citizenship{{Country: sanctions.Country{Code: "BY", Description: "BELARUS"}}},
		Identifications: []sanctions.Identification{
			{Number: "808000714", TypeCode: "regnumber", TypeDescription: "Registration Number", Country: sanctions.Country{Code: "BY"}},
			{Number: "T-1", TypeCode: "tradelic", IssuedBy: "Minsk", Issued: d("2010-01-02"), ValidTo: d("2030-01-01"), KnownFalse: true},
			{TypeCode: "id", Record: sanctions.Record{Remarks: []string{"number unknown"}}},
		},
		Addresses: []sanctions.Address{
			{Street: "Street 1", City: "Minsk", ZipCode: "220000", Country: sanctions.Country{Code: "BY", Description: "BELARUS"},
				Record: sanctions.Record{Remarks: []string{"Head Office."}},
				Contacts: []sanctions.Contact{{Key: "PHONE", Value: "+375 1; +375 2"}, {Key: "EMAIL", Value: "a@example.com"},
					{Key: "WEB", Value: "https://example.com"}, {Key: "FAX", Value: "+375 3"}}},
			{City: "-", Country: sanctions.Country{Code: "00", Description: "UNKNOWN"}},
		},
		Remarks: []string{"Belarus (Minsk Free Economic Zone)"},
	}
}

func TestFromEntityCompany(t *testing.T) {
	id := ftm.FromEntity(company())[0].ID
	if want := "eu-test-company"; id != want {
		t.Fatalf("id = %q, want %q", id, want)
	}
	got := ftm.FromEntity(company())
	if len(got) != 3 {
		t.Fatalf("FromEntity(company) gave %d entities, want 3", len(got))
	}
	// Without logical ids, the parts' ids end in a hash of their properties.
	idID, addrID := got[1].ID, got[2].ID
	want := []*ftm.Entity{
		{ID: id, Schema: "Organization", Properties: map[string][]string{
			"name":               {"Example Trading LLC"},
			"alias":              {"ООО Пример"},
			"weakAlias":          {"ET"},
			"notes":              {"(a) importer, (b) exporter", "number unknown", "Belarus (Minsk Free Economic Zone)"},
			"country":            {"by"},
			"registrationNumber": {"808000714"},
			"idNumber":           {"T-1"},
			"phone":              {"+375 1", "+375 2", "+375 3"},
			"email":              {"a@example.com"},
			"website":            {"https://example.com"},
			"addressEntity":      {addrID},
			"address":            {"Street 1, 220000 Minsk, BELARUS"},
			"topics":             {"sanction"},
		}},
		{ID: idID, Schema: "Identification", Properties: map[string][]string{
			"holder":      {id},
			"number":      {"T-1"},
			"type":        {"tradelic"},
			"authority":   {"Minsk"},
			"startDate":   {"2010-01-02"},
			"endDate":     {"2030-01-01"},
			"description": {"known false"},
		}},
		{ID: addrID, Schema: "Address", Properties: map[string][]string{
			"full":       {"Street 1, 220000 Minsk, BELARUS"},
			"street":     {"Street 1"},
			"city":       {"Minsk"},
			"postalCode": {"220000"},
			"country":    {"by"},
			"remarks":    {"Head Office."},
		}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("FromEntity(company) mismatch (-want +got):\n%s", diff)
	}
	for _, x := range []struct{ id, prefix string }{{idID, id + "-identification-"}, {addrID, id + "-address-"}} {
		if len(x.id) != len(x.prefix)+16 || x.id[:len(x.prefix)] != x.prefix {
			t.Errorf("id %q, want %q and 16 hexadecimal digits", x.id, x.prefix)
		}
	}
	checkRoundTrip(t, got)
}

// checkRoundTrip writes es, reads them back and compares.
func checkRoundTrip(t *testing.T, es []*ftm.Entity) {
	t.Helper()
	b := encodeAll(t, es)
	back, err := ftm.ReadAll(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("reading back: %v\n%s", err, b)
	}
	if diff := cmp.Diff(es, back); diff != "" {
		t.Errorf("written and read back (-written +read):\n%s", diff)
	}
}

// TestFromEntityStable checks that two runs give the same bytes, and that
// FromEntity does not depend on anything but the entity.
func TestFromEntityStable(t *testing.T) {
	for _, e := range []func() *sanctions.Entity{mugabe, hajiAhmadJan, company} {
		first := encodeAll(t, ftm.FromEntity(e()))
		for range 3 {
			if again := encodeAll(t, ftm.FromEntity(e())); !bytes.Equal(first, again) {
				t.Errorf("two runs differ:\n%s\n%s", first, again)
			}
		}
	}
	if got := ftm.FromEntity(nil); got != nil {
		t.Errorf("FromEntity(nil) = %v, want nil", got)
	}
}

func TestEntityIDs(t *testing.T) {
	for _, tc := range []struct {
		e    sanctions.Entity
		want string
	}{
		{sanctions.Entity{ID: "EU.10583.22", EUReference: "EU.10583.22", LogicalID: 9}, "eu-fsf-eu-10583-22"},
		{sanctions.Entity{ID: "logical-77", LogicalID: 77}, "eu-fsf-logical-77"},
		{sanctions.Entity{ID: "EU.3579.2"}, "eu-fsf-eu-3579-2"},
		{sanctions.Entity{ID: "lukashenka"}, "eu-lukashenka"},
		{sanctions.Entity{ID: "BLR-lukashenko-alexandr"}, "eu-BLR-lukashenko-alexandr"},
	} {
		got := ftm.FromEntity(&tc.e)[0].ID
		if got != tc.want {
			t.Errorf("id of %+v = %q, want %q", tc.e, got, tc.want)
		}
	}
	// A key with other characters gets its slug and a hash of the key, so
	// that keys differing in punctuation stay apart.
	a := ftm.FromEntity(&sanctions.Entity{ID: "blr_1"})[0].ID
	b := ftm.FromEntity(&sanctions.Entity{ID: "blr.1"})[0].ID
	for _, id := range []string{a, b} {
		if len(id) != len("eu-blr-1-")+16 || id[:len("eu-blr-1-")] != "eu-blr-1-" {
			t.Errorf("id %q, want eu-blr-1- and 16 hexadecimal digits", id)
		}
	}
	if a == b {
		t.Errorf("keys blr_1 and blr.1 give the same id %q", a)
	}
	x := ftm.FromEntity(&sanctions.Entity{Names: []sanctions.Name{{Whole: "A"}}})[0].ID
	y := ftm.FromEntity(&sanctions.Entity{Names: []sanctions.Name{{Whole: "B"}}})[0].ID
	if x == y || x[:len("eu-entity-")] != "eu-entity-" {
		t.Errorf("entities without key: ids %q and %q", x, y)
	}
}

func TestBirthDates(t *testing.T) {
	for _, tc := range []struct {
		b    sanctions.BirthDate
		want []string
	}{
		{sanctions.BirthDate{Date: d("1954-08-30"), Year: 1954}, []string{"1954-08-30"}},
		{sanctions.BirthDate{Year: 1954, Month: 8, Day: 30}, []string{"1954-08-30"}},
		{sanctions.BirthDate{Year: 1954, Month: 8}, []string{"1954-08"}},
		{sanctions.BirthDate{Year: 1954}, []string{"1954"}},
		{sanctions.BirthDate{YearFrom: 1953, YearTo: 1958, Circa: true}, []string{"1953", "1958"}},
		{sanctions.BirthDate{Month: 2, Day: 29}, nil},
		{sanctions.BirthDate{Text: "1958 - 1963 (approximative)"}, []string{"1958", "1963"}},
		{sanctions.BirthDate{Text: "12/05/1960"}, []string{"1960"}},
		{sanctions.BirthDate{Year: -5}, nil},
	} {
		e := &sanctions.Entity{ID: "x", Type: sanctions.Person, BirthDates: []sanctions.BirthDate{tc.b}}
		got := ftm.FromEntity(e)[0].Properties["birthDate"]
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("birthDate of %+v (-want +got):\n%s", tc.b, diff)
		}
	}
}

func TestMainName(t *testing.T) {
	for _, tc := range []struct {
		names []sanctions.Name
		name  []string
	}{
		{[]sanctions.Name{{Whole: "Ali", Strength: sanctions.Weak}, {Whole: "Абу", Language: "RU"}}, []string{"Абу"}},
		{[]sanctions.Name{{Whole: "Ali", Strength: sanctions.Weak}}, nil},
		{[]sanctions.Name{{Whole: "Abou", Language: "FR"}, {Whole: "Abu", Strength: sanctions.Strong}}, []string{"Abu"}},
		{nil, nil},
	} {
		p := ftm.FromEntity(&sanctions.Entity{ID: "x", Type: sanctions.Person, Names: tc.names})[0].Properties
		if diff := cmp.Diff(tc.name, p["name"]); diff != "" {
			t.Errorf("name of %+v (-want +got):\n%s", tc.names, diff)
		}
	}
}

func TestTitlesSplit(t *testing.T) {
	e := &sanctions.Entity{ID: "x", Type: sanctions.Person, Names: []sanctions.Name{
		{Whole: "A", Title: "(a) Mullah, (b) Maulavi", Function: "(a) Deputy Minister (b) Governor (c) Head"},
		{Whole: "B", Title: "Colonel"},
	}}
	p := ftm.FromEntity(e)[0].Properties
	if diff := cmp.Diff([]string{"Mullah", "Maulavi", "Colonel"}, p["title"]); diff != "" {
		t.Errorf("title (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"Deputy Minister", "Governor", "Head"}, p["position"]); diff != "" {
		t.Errorf("position (-want +got):\n%s", diff)
	}
}

// belarus builds a small List shaped like the Belarus regime: a listing by
// an Implementing Regulation (asset freeze) and an Implementing Decision
// (travel ban), an amendment of the asset-freeze entry only, and a
// renewal. The acts' numbers and dates of 2020 are those of the first
// listings of November 2020; the person, the amendment and the renewal
// act are made up for the test.
func belarus(t *testing.T) *sanctions.List {
	t.Helper()
	v1 := &sanctions.Entity{ID: "test-person", Type: sanctions.Person,
		Names:       []sanctions.Name{{Whole: "Ivan TESTAU", Language: "EN"}, {Whole: "Иван ТЕСТОВ", Language: "RU"}},
		EUReference: ""}
	v2 := &sanctions.Entity{ID: "test-person", Type: sanctions.Person,
		Names: []sanctions.Name{{Whole: "Ivan TESTAU", Language: "EN"}, {Whole: "Ivan TESTOV", Language: "EN", Strength: sanctions.Weak}}}
	regime := sanctions.Regime{Code: "BLR", Name: "Belarus", LastDay: d("2021-02-28"), Bases: []sanctions.Basis{
		{Measure: sanctions.AssetFreeze, Act: "Council Regulation (EC) No 765/2006", Provision: "Article 2"},
		{Measure: sanctions.TravelBan, Act: "Council Decision 2012/642/CFSP", Provision: "Article 3"},
	}}
	acts := []*sanctions.Act{
		{Kind: sanctions.ImplementingRegulation, Number: "2020/1648", Adopted: d("2020-11-06"), InForce: d("2020-11-06"),
			Journal: "OJ L 370I, 6.11.2020, p. 9", Regime: "BLR", Measures: []sanctions.Measure{sanctions.AssetFreeze},
			URL:     "https://eur-lex.europa.eu/eli/reg_impl/2020/1648/oj",
			Effects: []sanctions.Effect{{Change: sanctions.Listed, Entity: v1, Reasons: "Responsible for repression.", ListingDate: d("2020-11-06")}}},
		{Kind: sanctions.ImplementingDecision, Number: "2020/1650", Adopted: d("2020-11-06"), InForce: d("2020-11-06"),
			Regime: "BLR", Measures: []sanctions.Measure{sanctions.TravelBan},
			Effects: []sanctions.Effect{{Change: sanctions.Listed, Entity: v1, Reasons: "Responsible for repression.", ListingDate: d("2020-11-06")}}},
		{Kind: sanctions.ImplementingRegulation, Number: "2021/1", Adopted: d("2021-01-10"), InForce: d("2021-01-10"),
			Regime: "BLR", Measures: []sanctions.Measure{sanctions.AssetFreeze},
			Effects: []sanctions.Effect{{Change: sanctions.Amended, Entity: v2}}},
		{Kind: sanctions.Decision, Number: "2021/2", Adopted: d("2021-02-25"), InForce: d("2021-02-26"), Regime: "BLR",
			Effects: []sanctions.Effect{{Change: sanctions.Renewed, LastDay: d("2022-02-28")}}},
	}
	l, err := sanctions.NewList([]sanctions.Regime{regime}, acts)
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func TestFromListings(t *testing.T) {
	l := belarus(t)
	const id = "eu-test-person"
	got := ftm.FromListings(l.At(d("2020-12-01")))
	want := []*ftm.Entity{
		{ID: id, Schema: "Person", Properties: map[string][]string{
			"name": {"Ivan TESTAU"}, "alias": {"Иван ТЕСТОВ"}, "topics": {"sanction"},
		}},
		{ID: id + "-sanction-blr-2020-1648-asset-freeze", Schema: "Sanction", Properties: map[string][]string{
			"entity":      {id},
			"authority":   {authorityCouncil},
			"country":     {"eu"},
			"program":     {"BLR"},
			"programId":   {"EU-BLR"},
			"provisions":  {"Asset freeze"},
			"reason":      {"Responsible for repression."},
			"listingDate": {"2020-11-06"},
			"startDate":   {"2020-11-06"},
			"endDate":     {"2021-02-28"},
			"summary":     {"Listed by Council Implementing Regulation (EU) 2020/1648 (OJ L 370I, 6.11.2020, p. 9)"},
			"sourceUrl":   {"https://eur-lex.europa.eu/eli/reg_impl/2020/1648/oj"},
		}},
		{ID: id + "-sanction-blr-2020-1650-travel-ban", Schema: "Sanction", Properties: map[string][]string{
			"entity":      {id},
			"authority":   {authorityCouncil},
			"country":     {"eu"},
			"program":     {"BLR"},
			"programId":   {"EU-BLR"},
			"provisions":  {"Travel ban"},
			"reason":      {"Responsible for repression."},
			"listingDate": {"2020-11-06"},
			"startDate":   {"2020-11-06"},
			"endDate":     {"2021-02-28"},
			"summary":     {"Listed by Council Implementing Decision (CFSP) 2020/1650"},
		}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("FromListings on 2020-12-01 mismatch (-want +got):\n%s", diff)
	}
	checkRoundTrip(t, got)

	// After the amendment of the asset-freeze entry and the renewal: the
	// two versions of the person are merged, and the end date moves.
	got = ftm.FromListings(l.At(d("2021-03-01")))
	if len(got) != 3 {
		t.Fatalf("FromListings on 2021-03-01 gave %d entities, want 3", len(got))
	}
	wantPerson := map[string][]string{
		"name": {"Ivan TESTAU"}, "alias": {"Иван ТЕСТОВ"}, "weakAlias": {"Ivan TESTOV"}, "topics": {"sanction"},
	}
	if diff := cmp.Diff(wantPerson, got[0].Properties); diff != "" {
		t.Errorf("merged person (-want +got):\n%s", diff)
	}
	wantFreeze := []string{
		"Listed by Council Implementing Regulation (EU) 2020/1648 (OJ L 370I, 6.11.2020, p. 9)",
		"Amended by Council Implementing Regulation (EU) 2021/1",
		"Renewed until 2022-02-28 by Council Decision (CFSP) 2021/2",
	}
	if diff := cmp.Diff(wantFreeze, got[1].Properties["summary"]); diff != "" {
		t.Errorf("asset-freeze summary (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"2022-02-28"}, got[2].Properties["endDate"]); diff != "" {
		t.Errorf("travel-ban endDate (-want +got):\n%s", diff)
	}
	checkRoundTrip(t, got)
	if a, b := encodeAll(t, got), encodeAll(t, ftm.FromListings(belarus(t).At(d("2021-03-01")))); !bytes.Equal(a, b) {
		t.Errorf("two runs differ:\n%s\n%s", a, b)
	}
	if got := ftm.FromListings(nil); len(got) != 0 {
		t.Errorf("FromListings(nil) = %v, want none", got)
	}
}
