package recognition_test

import (
	"errors"
	"fmt"
	"log"
	"os"

	"github.com/acquis-eu/acquis"
	"github.com/acquis-eu/acquis/recognition"
)

// The European Parliament's position toward Alyaksandr Lukashenka as
// President of Belarus, before and after his 2015 term expired.
func Example() {
	ds := recognition.Belarus2020()
	l, err := ds.Ledger()
	if err != nil {
		log.Fatal(err)
	}
	lukashenka, _ := ds.Claimant("lukashenka")
	for _, day := range []string{"2020-09-16", "2020-09-18", "2020-11-06"} {
		p, err := l.StatusAt(recognition.EuropeanParliament, lukashenka, recognition.PresidentOfBelarus, acquis.MustParseDate(day))
		if err != nil {
			log.Fatal(err)
		}
		fmt.Printf("%s %v (act %q)\n", day, p.Status, p.Act.ID)
	}
	// Output:
	// 2020-09-16 unstated (act "")
	// 2020-09-18 contested (act "EP-2020-09-17")
	// 2020-11-06 not-recognized (act "EP-2020-09-17")
}

// What the record showed on 1 September 2020 about 10 November: nothing
// yet, since Parliament had not adopted its resolution.
func ExampleLedger_StatusAsOf() {
	ds := recognition.Belarus2020()
	l, err := ds.Ledger()
	if err != nil {
		log.Fatal(err)
	}
	lukashenka, _ := ds.Claimant("lukashenka")
	for _, known := range []string{"2020-09-01", "2020-09-18"} {
		p, err := l.StatusAsOf(recognition.EuropeanParliament, lukashenka, recognition.PresidentOfBelarus,
			acquis.MustParseDate("2020-11-10"), acquis.MustParseDate(known))
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println("known on", known+":", p.Status)
	}
	// Output:
	// known on 2020-09-01: unstated
	// known on 2020-09-18: not-recognized
}

// Withdrawing a recognition that was never granted is not a transition
// the model allows.
func ExampleApply() {
	s, _, err := recognition.Apply(recognition.Recognized, recognition.BasisLapsed)
	fmt.Println(s, err)
	_, _, err = recognition.Apply(recognition.Unstated, recognition.RecognitionWithdrawn)
	fmt.Println(err)
	// Output:
	// withdrawn <nil>
	// recognition: recognition-withdrawn is not allowed from unstated
}

// Spain's position toward Juan Guaidó: the acts' answer on every day, with
// the day from which the mandate it rests on had expired, and the day up
// to which the record was checked when the day asked is after it.
func ExampleLedger_StatusAt() {
	ds := recognition.Venezuela2019()
	l, err := ds.Ledger()
	if err != nil {
		log.Fatal(err)
	}
	guaido, _ := ds.Claimant("guaido")
	for _, day := range []string{"2020-06-01", "2021-01-06", "2031-01-01"} {
		p, err := l.StatusAt("ES", guaido, ds.Office, acquis.MustParseDate(day))
		if err != nil {
			log.Fatal(err)
		}
		fmt.Printf("%s %v (act %s)", day, p.Status, p.Act.ID)
		if p.BasisExpired.IsValid() {
			m, _ := p.Basis.Mandate()
			fmt.Printf("; rests on the mandate of the %s, expired from %v", m.Claimant.Name, p.BasisExpired)
		}
		if p.RecordedUpTo.IsValid() {
			fmt.Printf("; as recorded up to %v", p.RecordedUpTo)
		}
		fmt.Println()
	}
	_, err = l.StatusAt("XX", guaido, ds.Office, acquis.MustParseDate("2020-06-01"))
	fmt.Println(errors.Is(err, recognition.ErrUnknownActor), err)
	// Output:
	// 2020-06-01 recognized (act ES-2019-02-04)
	// 2021-01-06 recognized (act ES-2019-02-04); rests on the mandate of the National Assembly of Venezuela elected in 2015, expired from 2021-01-05
	// 2031-01-01 recognized (act ES-2019-02-04); rests on the mandate of the National Assembly of Venezuela elected in 2015, expired from 2021-01-05; as recorded up to 2025-01-31
	// true recognition: unknown actor "XX": not an institution of the EU, a member state or the actor of an act in the record
}

// A case of one's own, read from a case file (the package doc gives the
// schema): the European Parliament's position toward Lukashenka the day
// his 2015 mandate expired, and the day after.
func ExampleReadDataset() {
	f, err := os.Open("testdata/example-case.json")
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	ds, err := recognition.ReadDataset(f)
	if err != nil {
		log.Fatal(err)
	}
	l, err := ds.Ledger()
	if err != nil {
		log.Fatal(err)
	}
	lukashenka, _ := ds.Claimant("lukashenka")
	fmt.Println(ds.Name+":", ds.Span())
	for _, day := range []string{"2020-11-05", "2020-11-06"} {
		p, err := l.StatusAt(recognition.EuropeanParliament, lukashenka, ds.Office, acquis.MustParseDate(day))
		if err != nil {
			log.Fatal(err)
		}
		fmt.Printf("%s %v (%s, %v)\n", day, p.Status, p.Act.ID, p.Effect.Timing)
	}
	// Output:
	// Belarus 2020, the European Parliament alone: 2020-09-17 to 2020-09-17, checked up to 2020-11-06
	// 2020-11-05 contested (EP-2020-09-17, from 2020-09-17)
	// 2020-11-06 not-recognized (EP-2020-09-17, on expiry of the mandate ending 2020-11-05 (last-day convention): from 2020-11-06)
}

// The embedded cases, with the span each records.
func ExampleDatasets() {
	for ds := range recognition.Datasets() {
		fmt.Printf("%s: %s, %v\n", ds.ID, ds.Office, ds.Span())
	}
	// Output:
	// belarus2020: President of Belarus, 2020-08-11 to 2025-04-03, checked up to 2025-09-11
	// georgia2024: President of Georgia, 2024-11-28 to 2025-02-13, checked up to 2025-06-18
	// myanmar2021: Government of Myanmar, 2021-02-01 to 2021-11-08, checked up to 2022-01-30
	// ukraine2024: President of Ukraine, 2024-05-21 to 2025-02-20, checked up to 2025-02-28
	// venezuela2019: President of Venezuela, 2018-05-28 to 2025-01-23, checked up to 2025-01-31
}
