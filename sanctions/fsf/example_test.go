package fsf_test

import (
	"fmt"
	"log"
	"strings"

	"github.com/acquis-eu/acquis/sanctions/fsf"
)

// A Financial Sanctions File in XML 1.1, shortened to one entity: the
// listing of Haji Ahmad Jan as the list of 2026-08-05 gives it, with one
// of its aliases and one of its birth dates.
const list = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<export xmlns="http://eu.europa.ec/fpi/fsd/export" generationDate="2026-08-05T16:47:04.449+02:00" globalFileId="184961">
  <sanctionEntity designationDate="2001-01-25" designationDetails="" unitedNationId="" euReferenceNumber="EU.502.12" logicalId="521">
    <regulation regulationType="amendment" organisationType="council" publicationDate="2017-03-09" entryIntoForceDate="2017-03-10" numberTitle="2017/404 (OJ L63)" programme="AFG" logicalId="101046">
      <publicationUrl>http://eur-lex.europa.eu/legal-content/EN/TXT/PDF/?uri=CELEX:32017R0404&amp;from=EN</publicationUrl>
    </regulation>
    <subjectType code="person" classificationCode="P"/>
    <nameAlias firstName="" middleName="" lastName="" wholeName="Ahmed Jan Akhundzada Wazir" function="Minister of Water and Electricity under the Taliban regime" title="Maulavi" nameLanguage="" strong="true" regulationLanguage="en" logicalId="111128"/>
    <birthdate circa="true" calendarType="GREGORIAN" city="Kandahar province" zipCode="" yearRangeFrom="1953" yearRangeTo="1958" region="" place="" countryIso2Code="AF" countryDescription="AFGHANISTAN" regulationLanguage="en" logicalId="101683">
      <remark>between 1953 and 1958</remark>
    </birthdate>
  </sanctionEntity>
</export>`

func ExampleDecoder() {
	d := fsf.NewDecoder(strings.NewReader(list))
	for d.Next() {
		e := d.Entity()
		fmt.Printf("%s (%v): %s\n", e.ID, e.Type, e.Name())
		fmt.Println("designated:", e.Designated)
		r := e.Regulations[0]
		fmt.Printf("regulation: %s of %v, programme %s\n", r.Number(), r.Published, r.Programme)
		n := e.Names[0]
		fmt.Printf("alias: %s, %s, %s (%v)\n", n.Whole, n.Title, n.Function, n.Strength)
		b := e.BirthDates[0]
		fmt.Printf("born: %v in %s, %s (%s)\n", b, b.City, b.Country.Description, b.Remarks[0])
	}
	if err := d.Err(); err != nil {
		log.Fatal(err)
	}
	h := d.Header()
	fmt.Printf("%v list %d of %v\n", h.Format, h.GlobalFileID, h.Generated)
	// Output:
	// EU.502.12 (person): Ahmed Jan Akhundzada Wazir
	// designated: 2001-01-25
	// regulation: 2017/404 of 2017-03-09, programme AFG
	// alias: Ahmed Jan Akhundzada Wazir, Maulavi, Minister of Water and Electricity under the Taliban regime (strong)
	// born: c. 1953..1958 in Kandahar province, AFGHANISTAN (between 1953 and 1958)
	// XML 1.1 list 184961 of 2026-08-05
}

func ExampleReadAll() {
	_, entities, err := fsf.ReadAll(strings.NewReader(`<WHOLE Date="11/02/2016">
<ENTITY Id="25" Type="P" legal_basis="1210/2003 (OJ L169)" reg_date="2003-07-07" programme="IRQ" remark="(UNSC RESOLUTION 1483)">
<BIRTH Id="28" Entity_id="25"><DATE>1957 (approximative)</DATE><PLACE>al-Awja, near Tikrit</PLACE><COUNTRY/></BIRTH>
</ENTITY>
</WHOLE>`))
	if err != nil {
		log.Fatal(err)
	}
	e := entities[0]
	b := e.BirthDates[0]
	fmt.Printf("%s: born %v (%q) in %s; %s\n", e.ID, b, b.Text, b.Place, e.Remarks[0])

	_, _, err = fsf.ReadAll(strings.NewReader(`<WHOLE Date="11/02/2016">
<ENTITY Id="25" Type="P"><BIRTH Id="28" Entity_id="26"/></ENTITY>
</WHOLE>`))
	fmt.Println(err)
	// Output:
	// logical-25: born c. 1957 ("1957 (approximative)") in al-Awja, near Tikrit; (UNSC RESOLUTION 1483)
	// fsf: line 2: entity 1: BIRTH@Entity_id: conflicting values: Entity_id "26" is not the Id 25 of its ENTITY
}

// Compare says what changed from yesterday's list to today's: here, in the
// listing of Haji Ahmad Jan shortened to one alias, a second alias, and a
// birth date changed (the changes are invented for the example).
func ExampleCompare() {
	today := strings.Replace(list, `<birthdate circa="true"`, `<nameAlias wholeName="Haji Ahmad Jan" nameLanguage="" strong="true" logicalId="16052"/>
    <birthdate circa="true"`, 1)
	today = strings.Replace(today, `yearRangeTo="1958"`, `yearRangeTo="1959"`, 1)
	d, err := fsf.Compare(strings.NewReader(list), strings.NewReader(today))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%d added, %d removed, %d changed\n", len(d.Added), len(d.Removed), len(d.Changed))
	c := d.Changed[0]
	fmt.Println(c.ID, c.Name, c.Parts)
	fmt.Println("new alias:", c.Names.Added[0].Whole)
	b := c.BirthDates.Changed[0]
	fmt.Printf("birth date: %v -> %v (%s)\n", b.Old, b.New, strings.Join(b.Fields, ", "))
	// Output:
	// 0 added, 0 removed, 1 changed
	// EU.502.12 Ahmed Jan Akhundzada Wazir [names birthDates]
	// new alias: Haji Ahmad Jan
	// birth date: c. 1953..1958 -> c. 1953..1959 (yearTo)
}
