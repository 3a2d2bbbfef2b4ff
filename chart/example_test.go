package chart_test

import (
	"bytes"
	"fmt"
	"log"

	"github.com/acquis-eu/acquis"
	"github.com/acquis-eu/acquis/chart"
	"github.com/acquis-eu/acquis/recognition"
	"github.com/acquis-eu/acquis/sanctions"
	"github.com/acquis-eu/acquis/vote"
)

// The European Parliament's resolution of 17 September 2020 on Belarus,
// drawn: 705 seats, 574 for, 37 against, 82 abstentions and 12 Members who
// did not vote.
func Example() {
	p, err := vote.ParliamentOn(acquis.MustParseDate("2020-09-17"))
	if err != nil {
		log.Fatal(err)
	}
	r, err := p.Decide(vote.VotesCast, vote.Tally{For: 574, Against: 37, Abstain: 82, DidNotVote: 12})
	if err != nil {
		log.Fatal(err)
	}
	var b bytes.Buffer
	if err := chart.Hemicycle(&b, r, nil); err != nil {
		log.Fatal(err)
	}
	fmt.Println(firstLines(b.String(), 3))
	fmt.Println(bytes.Count(b.Bytes(), []byte("<circle")), "seats")
	// Output:
	// <svg xmlns="http://www.w3.org/2000/svg" width="760" height="545" viewBox="0 0 760 545" role="img" aria-labelledby="hemicycle-title hemicycle-desc">
	//   <title id="hemicycle-title">European Parliament, 17 Sep 2020: adopted, 574–37–82</title>
	//   <desc id="hemicycle-desc">adopted by a majority of the votes cast (Art 231 TFEU): 574 for, 37 against, 82 abstentions, 12 did not vote; majority of the votes cast: 306 needed of 611 votes cast, 574 for, margin 268</desc>
	// 705 seats
}

func firstLines(s string, n int) string {
	lines := bytes.SplitN([]byte(s), []byte("\n"), n+1)
	return string(bytes.Join(lines[:min(n, len(lines))], []byte("\n")))
}

// The Council's vote on the nature restoration regulation on 17 June 2024:
// six members against and one abstaining, adopted with 66% of the
// population. The description is the result in words.
func ExampleCouncil() {
	c, err := vote.CouncilOn(acquis.MustParseDate("2024-06-17"))
	if err != nil {
		log.Fatal(err)
	}
	b := c.Ballot(vote.For)
	b.Set(acquis.BE, vote.Abstain)
	for _, m := range []acquis.Member{acquis.IT, acquis.HU, acquis.NL, acquis.PL, acquis.FI, acquis.SE} {
		b.Set(m, vote.Against)
	}
	var out bytes.Buffer
	if err := chart.Council(&out, c, vote.QualifiedMajority, b, nil); err != nil {
		log.Fatal(err)
	}
	fmt.Println(firstLines(out.String(), 3))
	// Output:
	// <svg xmlns="http://www.w3.org/2000/svg" width="780" height="390" viewBox="0 0 780 390" role="img" aria-labelledby="council-title council-desc">
	//   <title id="council-title">Council of the EU, 17 Jun 2024: adopted</title>
	//   <desc id="council-desc">adopted under 55% of the members, at least 15, representing 65% of the population; a blocking minority needs at least four members (Art 16(4) TEU) on 2024-06-17: 20 for, 6 against, 1 abstaining; members: 20 in favour, 15 required; population: 297,730,853 in favour of 450,430,233 (66.10%), 292,779,652 required; 7 not in favour, a blocking minority needs 4; adopted whatever the exact figures (approximate table: 65.86% to 66.36% in favour)</desc>
}

// The Belarus listings of 2020: the acts state how many persons and
// entities they list; the data names those whose entries could be read.
func ExampleListings() {
	l := sanctions.Belarus2020()
	var out bytes.Buffer
	if err := chart.Listings(&out, l, "BLR", acquis.MustParseDate("2020-08-01"), acquis.MustParseDate("2021-01-01"), nil); err != nil {
		log.Fatal(err)
	}
	fmt.Println(firstLines(out.String(), 3))
	// Output:
	// <svg xmlns="http://www.w3.org/2000/svg" width="780" height="665" viewBox="0 0 780 665" role="img" aria-labelledby="listings-title listings-desc">
	//   <title id="listings-title">Restrictive measures in respect of Belarus: persons and entities listed, 1 Aug 2020 to 31 Dec 2020</title>
	//   <desc id="listings-desc">Listings of regime BLR by measure over time. 2020-10-02: Council Implementing Regulation (EU) 2020/1387, Council Implementing Decision (CFSP) 2020/1388 in force. 2020-11-06: Council Implementing Regulation (EU) 2020/1648, Council Implementing Decision (CFSP) 2020/1650 in force. 2020-12-17: Council Implementing Decision (CFSP) of 2020-12-17, Council Implementing Regulation (EU) 2020/2129 in force. Asset freeze on 2020-12-31: 84 persons and 7 entities as the acts state, 1 person and 0 entities named in the data. Travel ban on 2020-12-31: 84 persons and 0 entities as the acts state, 1 person and 0 entities named in the data.</desc>
}

// Who recognised Lukashenka as President of Belarus in the autumn of 2020.
func ExampleTimeline() {
	var out bytes.Buffer
	err := chart.Timeline(&out, recognition.Belarus2020(), "lukashenka", acquis.MustParseDate("2020-08-01"), acquis.MustParseDate("2021-01-01"), &chart.Options{ID: "lukashenka"})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(firstLines(out.String(), 3))
	// Output:
	// <svg xmlns="http://www.w3.org/2000/svg" width="780" height="590.8" viewBox="0 0 780 590.8" role="img" aria-labelledby="lukashenka-title lukashenka-desc">
	//   <title id="lukashenka-title">Who recognised Alyaksandr Lukashenka as President of Belarus, 1 Aug 2020 to 31 Dec 2020</title>
	//   <desc id="lukashenka-desc">High Representative: contested from 2020-08-11 (HRVP-2020-08-11). Council of the EU: contested from 2020-08-14 (FAC-2020-08-14). European Council: contested from 2020-08-19 (EUCO-2020-08-19). European Parliament: contested from 2020-09-17 until 2020-11-05 (EP-2020-09-17); not recognised from 2020-11-06 until 2025-04-02 (EP-2020-09-17); not recognised from 2025-04-03 (EP-2020-09-17). Germany: not recognised from 2020-09-23 (DE-2020-09-23). United States: not recognised from 2020-09-23 (US-2020-09-23). European Parliament: not recognised from 6 Nov 2020 (last-day convention, as recorded); from 5 Nov 2020 under the first-day convention. The mandate&#39;s last day is 5 Nov 2020.</desc>
}
