package acquis_test

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/acquis-eu/acquis"
)

func ExampleParseDate() {
	d, err := acquis.ParseDate("2020-11-05")
	if err != nil {
		panic(err)
	}
	fmt.Println(d, d.Weekday())

	_, err = acquis.ParseDate("2020-02-30")
	fmt.Println(err)
	// Output:
	// 2020-11-05 Thursday
	// acquis: parsing date "2020-02-30" at offset 8: no such day: February 2020 has 29 days
}

func ExampleDate_AddMonths() {
	d := acquis.MustParseDate("2020-01-31")
	fmt.Println(d.AddMonths(1))  // February has no 31st: its last day
	fmt.Println(d.AddMonths(2))  // March has one
	fmt.Println(d.AddYears(100)) // still a valid day
	// Output:
	// 2020-02-29
	// 2020-03-31
	// 2120-01-31
}

func ExampleDate_Sub() {
	expiry := acquis.MustParseDate("2020-11-05")
	resolution := acquis.MustParseDate("2020-09-17")
	fmt.Println(expiry.Sub(resolution), "days from the resolution to the end of the term")
	fmt.Println(resolution.AddDays(49) == expiry)
	// Output:
	// 49 days from the resolution to the end of the term
	// true
}

func ExampleDate_In() {
	brussels, err := time.LoadLocation("Europe/Brussels")
	if err != nil {
		fmt.Println("no time zone database")
		return
	}
	start := acquis.MustParseDate("2020-11-05").In(brussels)
	fmt.Println(start.UTC())
	// Output:
	// 2020-11-04 23:00:00 +0000 UTC
}

func ExampleDate_MarshalText() {
	type listing struct {
		Since acquis.Date `json:"since"`
		Until acquis.Date `json:"until"` // the zero Date: open-ended
	}
	b, _ := json.Marshal(listing{Since: acquis.MustParseDate("2020-11-06")})
	fmt.Println(string(b))
	// Output:
	// {"since":"2020-11-06","until":""}
}
