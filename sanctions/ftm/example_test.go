package ftm_test

import (
	"fmt"
	"log"
	"os"
	"strings"

	"github.com/acquis-eu/acquis"
	"github.com/acquis-eu/acquis/sanctions"
	"github.com/acquis-eu/acquis/sanctions/ftm"
)

// Writing one hand-made entity: property names sorted, values as given.
func ExampleEncoder() {
	target := true
	e := &ftm.Entity{
		ID:     "eu-fsf-eu-10583-22",
		Schema: "Person",
		Properties: map[string][]string{
			"name":        {"Svjatlana Paulauna PACHODAVA"},
			"alias":       {"Святлана Паўлаўна ПАХОДАВА", "Светлана Павловна ПОХОДОВА"},
			"nationality": {"by"},
			"topics":      {"sanction"},
		},
		Datasets: []string{"eu_fsf"},
		Target:   &target,
	}
	if err := ftm.NewEncoder(os.Stdout).Encode(e); err != nil {
		log.Fatal(err)
	}
	// Output:
	// {"id":"eu-fsf-eu-10583-22","schema":"Person","properties":{"alias":["Святлана Паўлаўна ПАХОДАВА","Светлана Павловна ПОХОДОВА"],"name":["Svjatlana Paulauna PACHODAVA"],"nationality":["by"],"topics":["sanction"]},"datasets":["eu_fsf"],"target":true}
}

// Reading JSON lines, and the error on a bad line.
func ExampleDecoder() {
	in := `{"id":"a","schema":"Person","properties":{"name":["Anna ALPHA"]}}

{"id":"b","schema":"Company","properties":{"name":["Bravo LLC"],"country":["by"]}}
{"id":"c","schema":"Person","properties":{"name":"Carl"}}
`
	d := ftm.NewDecoder(strings.NewReader(in))
	for d.Next() {
		e := d.Entity()
		fmt.Println(e.ID, e.Schema, e.Properties["name"])
	}
	fmt.Println(d.Err())
	// Output:
	// a Person [Anna ALPHA]
	// b Company [Bravo LLC]
	// ftm: line 4: entity "c": property "name": wrong type: want a list of strings
}

// Mapping a listed person of the Financial Sanctions Files: the Person, its
// Passport and the Sanction for the act it cites.
func ExampleFromEntity() {
	e := &sanctions.Entity{
		ID: "EU.36.64", Type: sanctions.Person, EUReference: "EU.36.64",
		Names: []sanctions.Name{{Whole: "Robert Gabriel Mugabe", Gender: sanctions.Male, Strength: sanctions.Strong}},
		Identifications: []sanctions.Identification{{Number: "AD001095", TypeCode: "passport",
			TypeDescription: "National passport", Record: sanctions.Record{LogicalID: 315}}},
		Regulations: []sanctions.Citation{{NumberTitle: "2018/223 (OJ L43)", Programme: "ZWE",
			Published: acquis.MustParseDate("2018-02-16"), InForce: acquis.MustParseDate("2018-02-16")}},
	}
	for _, x := range ftm.FromEntity(e) {
		fmt.Println(x.ID, x.Schema)
		for _, k := range []string{"name", "gender", "passportNumber", "holder", "number", "programId", "provisions", "startDate"} {
			if v, ok := x.Properties[k]; ok {
				fmt.Printf("  %s %q\n", k, v)
			}
		}
	}
	// Output:
	// eu-fsf-eu-36-64 Person
	//   name ["Robert Gabriel Mugabe"]
	//   gender ["male"]
	//   passportNumber ["AD001095"]
	// eu-fsf-eu-36-64-identification-315 Passport
	//   holder ["eu-fsf-eu-36-64"]
	//   number ["AD001095"]
	// eu-fsf-eu-36-64-sanction-zwe-2018-223-asset-freeze Sanction
	//   programId ["EU-ZWE"]
	//   provisions ["Asset freeze"]
	//   startDate ["2018-02-16"]
}
