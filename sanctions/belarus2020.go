package sanctions

import "github.com/acquis-eu/acquis"

// Belarus2020 returns the List of the Belarus regime ("BLR") with the acts
// of 2020: its renewal to 28 February 2021, and the Council's three
// packages of listings after the presidential election of 9 August 2020.
//
// Every fact is taken from the acts as published, read in public copies of
// the Official Journal (legislation.gov.uk's copies of Implementing
// Regulation (EU) 2020/2129 and of Implementing Decision (CFSP) 2020/1650,
// EUR-Lex's consolidated versions of Decision 2012/642/CFSP and of
// Regulation (EC) No 765/2006), or is marked in the act's Unverified field
// with the secondary source it rests on. The packages:
//
//   - 2 October 2020: Implementing Regulation (EU) 2020/1387 (asset
//     freeze) and Implementing Decision (CFSP) 2020/1388 (travel ban), 40
//     persons each, as recital (3) of Implementing Regulation (EU)
//     2020/2129 and recital (3) of Implementing Decision (CFSP) 2020/1650
//     state.
//   - 6 November 2020: Implementing Regulation (EU) 2020/1648, which
//     "designated Alexandr Lukashenko and 14 other persons" (recital (4) of
//     2020/2129), and Implementing Decision (CFSP) 2020/1650.
//   - 17 December 2020: Implementing Regulation (EU) 2020/2129, 29 persons
//     and 7 entities, and the parallel Implementing Decision (CFSP), whose
//     number is not verified, for the travel ban of the 29 persons.
//
// # What is embedded
//
// The annexes of these acts, which give each entry's names in Belarusian
// and Russian with their transliterations, identifying information,
// reasons and date of listing, could not be read in any public copy
// available to the project. So each act records the number of persons and
// entities it states it lists ([Act.Persons], [Act.Organisations]), and
// the only entry embedded is Alexandr Lukashenko's, which the acts name in
// their recitals, under the two spellings they print: the List therefore
// answers for him, and counts the others without naming them
// ([Act.Missing]). No detail of an entry (birth date, position, reasons)
// is embedded, because none could be read in the annex; and no entry
// is ever filled in from another country's list or from the press.
//
// The four persons listed before 2020 (for the disappearances of 1999 and
// 2000) are not embedded: the acts listing them were not read either.
//
// The regime ends, in this data, on 28 February 2021, as renewed in
// February 2020: its renewal of February 2021 is not among the acts, so
// the List shows no one listed from 1 March 2021.
func Belarus2020() *List {
	l, err := NewList([]Regime{belarus()}, belarus2020Acts())
	if err != nil {
		panic("sanctions: the Belarus 2020 data does not replay: " + err.Error())
	}
	return l
}

var date = acquis.MustParseDate

// The legal bases of the Belarus regime. Regulation (EC) No 765/2006 was
// titled "concerning restrictive measures against President Lukashenko and
// certain officials of Belarus" until Regulation (EU) No 588/2011 renamed
// it (EUR-Lex consolidated version of 17 December 2020, marker M7).
func belarus() Regime {
	return Regime{
		Code: "BLR",
		Name: "Restrictive measures in respect of Belarus",
		Bases: []Basis{
			{
				Measure:   AssetFreeze,
				Act:       "Council Regulation (EC) No 765/2006 of 18 May 2006 concerning restrictive measures in respect of Belarus",
				Provision: "Article 2 (freezing of the funds and economic resources of the persons listed in Annex I)",
				Journal:   "OJ L 134, 20.5.2006, p. 1",
			},
			{
				Measure:   TravelBan,
				Act:       "Council Decision 2012/642/CFSP of 15 October 2012 concerning restrictive measures against Belarus",
				Provision: "the restrictions on admission of the persons listed in its Annex (article number not verified)",
				Journal:   "OJ L 285, 17.10.2012, p. 1",
			},
		},
		// The renewal of February 2019, to 28 February 2020, as the
		// Council's press release of 17 February 2020 recalls it.
		LastDay:       date("2020-02-28"),
		LastDaySource: "the renewal of February 2019 (\"until 28 February 2020\"; press reports of 25 February 2019)",
	}
}

var (
	sourceR2129 = "Council Implementing Regulation (EU) 2020/2129 of 17 December 2020, recitals (3) and (4) (legislation.gov.uk/eur/2020/2129)"
	sourceD1650 = "Council Implementing Decision (CFSP) 2020/1650 of 6 November 2020, title, preamble and recitals (1) to (4) (legislation.gov.uk/eudn/2020/1650)"
	pressNov    = "Council of the EU, press release of 6 November 2020, \"Belarus: EU imposes sanctions on Alexandr Lukashenko and 14 other officials\": 15 persons added, 59 in all, subject to a travel ban and an asset freeze"
	sameDay     = "entry into force on the day of publication, the day of adoption: the Council's press release and press reports of the day; the act's final article was not read"
)

// lukashenko is the entry of Alexandr Lukashenko as the 2020 acts print
// his name: "Alexandr Lukashenko" in recital (4) of Implementing
// Regulation (EU) 2020/2129, and "Aleksandr LUKASHENKO" in recital (4) of
// Implementing Decision (CFSP) 2020/1650 (quoting the High
// Representative's declaration of 24 September 2020). His annex entry, in
// Belarusian and Russian, with his identifying information and the reasons
// for his listing, was not read.
func lukashenko() *Entity {
	cite := func(number, url string) *Citation {
		return &Citation{Type: "recital", Organisation: "council", NumberTitle: number, URL: url}
	}
	return &Entity{
		ID:   "BLR-lukashenko-alexandr",
		Type: Person,
		Names: []Name{
			{Whole: "Alexandr Lukashenko", First: "Alexandr", Last: "Lukashenko", Language: "EN", Strength: Strong,
				Record: Record{RegulationLanguage: "en", Source: cite("2020/2129", "https://www.legislation.gov.uk/eur/2020/2129/contents")}},
			{Whole: "Aleksandr LUKASHENKO", First: "Aleksandr", Last: "LUKASHENKO", Language: "EN", Strength: Strong,
				Record: Record{RegulationLanguage: "en", Source: cite("2020/1650", "https://www.legislation.gov.uk/eudn/2020/1650/contents")}},
		},
		Remarks: []string{"Names as the recitals of the 2020 acts print them; the annex entry of Implementing Regulation (EU) 2020/1648 was not read."},
	}
}

func belarus2020Acts() []*Act {
	luk := lukashenko()
	return []*Act{
		{
			Kind: Decision, Adopted: date("2020-02-17"), Published: date("2020-02-18"), InForce: date("2020-02-19"),
			Regime:  "BLR",
			Effects: []Effect{{Change: Renewed, LastDay: date("2021-02-28")}},
			Sources: []string{
				"EUR-Lex, consolidated version of Decision 2012/642/CFSP of 19 February 2020 (CELEX 02012D0642-20200219): an amendment in force from that day",
				"Council of the EU, press release of 17 February 2020 (quoted by europediplomatic.com): the measures prolonged \"for one year, until 28 February 2021\"",
			},
			Unverified: []string{
				"number: no text read names it",
				"publication on 18 February 2020: agenzianova.com, 17 February 2020, announcing it",
				"the new end date, 28 February 2021: the Council's press release, not the act's text",
			},
		},
		{
			Kind: ImplementingRegulation, Number: "2020/1387", Adopted: date("2020-10-02"),
			Published: date("2020-10-02"), InForce: date("2020-10-02"), Journal: "OJ L 319I, 2.10.2020",
			Regime:   "BLR",
			Measures: []Measure{AssetFreeze},
			Persons:  40,
			Sources:  []string{sourceR2129},
			Unverified: []string{
				"Official Journal reference: the project's reference notes, not read in the Journal",
				sameDay,
			},
		},
		{
			Kind: ImplementingDecision, Number: "2020/1388", Adopted: date("2020-10-02"),
			Published: date("2020-10-02"), InForce: date("2020-10-02"), Journal: "OJ L 319I, 2.10.2020",
			Regime:   "BLR",
			Measures: []Measure{TravelBan},
			Persons:  40,
			Sources:  []string{sourceD1650},
			Unverified: []string{
				"Official Journal reference: the project's reference notes, not read in the Journal",
				sameDay,
			},
		},
		{
			Kind: ImplementingRegulation, Number: "2020/1648", Adopted: date("2020-11-06"),
			Published: date("2020-11-06"), InForce: date("2020-11-06"), Journal: "OJ L 370I, 6.11.2020",
			Regime:   "BLR",
			Measures: []Measure{AssetFreeze},
			Persons:  15,
			Effects:  []Effect{{Change: Listed, Entity: luk}},
			Sources:  []string{sourceR2129, pressNov},
			Unverified: []string{
				"Official Journal reference: the project's reference notes, not read in the Journal",
				sameDay + " (delfi.lt, 6 November 2020: \"on the day of its official publication\")",
			},
		},
		{
			Kind: ImplementingDecision, Number: "2020/1650", Adopted: date("2020-11-06"),
			Published: date("2020-11-06"), InForce: date("2020-11-06"), Journal: "OJ L 370I, 6.11.2020",
			Title:    "implementing Decision 2012/642/CFSP concerning restrictive measures against Belarus",
			Regime:   "BLR",
			Measures: []Measure{TravelBan},
			Persons:  15,
			Effects:  []Effect{{Change: Listed, Entity: luk}},
			Sources:  []string{sourceD1650, pressNov},
			Unverified: []string{
				"Official Journal reference: the project's reference notes, not read in the Journal",
				sameDay,
				"the 15 persons, Alexandr Lukashenko among them: the Council's press release of 6 November 2020; the part of the act read stops before its annex",
			},
		},
		{
			Kind: ImplementingRegulation, Number: "2020/2129", Adopted: date("2020-12-17"),
			Published: date("2020-12-17"), InForce: date("2020-12-17"), Journal: "OJ L 426I, 17.12.2020",
			Title:         "implementing Article 8a(1) of Regulation (EC) No 765/2006 concerning restrictive measures in respect of Belarus",
			Regime:        "BLR",
			Measures:      []Measure{AssetFreeze},
			Persons:       29,
			Organisations: 7,
			Sources:       []string{sourceR2129, "press reports of 17 and 18 December 2020 (regtrends.com; belarusfeed.com): 29 persons and 7 entities, 88 persons and 7 entities in all"},
			Unverified: []string{
				"Official Journal reference: the project's reference notes, not read in the Journal",
				sameDay,
			},
		},
		{
			Kind: ImplementingDecision, Adopted: date("2020-12-17"),
			Published: date("2020-12-17"), InForce: date("2020-12-17"),
			Regime:   "BLR",
			Measures: []Measure{TravelBan},
			Persons:  29,

			Sources: []string{"the Council's press release of 17 December 2020 and press reports: the 29 persons are subject to a travel ban and an asset freeze, the 7 entities to an asset freeze (which the Regulation gives effect; a travel ban applies to persons only)"},
			Unverified: []string{
				"number: 2020/2130 by the Official Journal's numbering, not read in any text",
				"the act itself: known from the Council's announcement, not read",
				sameDay,
			},
		},
	}
}
