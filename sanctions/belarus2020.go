package sanctions

import (
	"bytes"
	_ "embed"
)

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
// The data is the list file data/belarus2020.json, embedded (see
// [ReadList] for the form). Its acts keep each source they were read in
// and, in [Act.Unverified], what rests on a secondary source; the
// entry's names cite the recitals that print them.
//
// The regime ends, in this data, on 28 February 2021, as renewed in
// February 2020: its renewal of February 2021 is not among the acts, so
// the List shows no one listed from 1 March 2021.
func Belarus2020() *List {
	l, err := ReadList(bytes.NewReader(belarus2020File))
	if err != nil {
		panic("sanctions: the embedded Belarus 2020 data does not read: " + err.Error())
	}
	return l
}

//go:embed data/belarus2020.json
var belarus2020File []byte
