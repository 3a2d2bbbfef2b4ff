package recognition_test

import (
	"fmt"
	"log"

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
