package chart_test

import (
	"bytes"
	"fmt"
	"log"

	"github.com/acquis-eu/acquis"
	"github.com/acquis-eu/acquis/chart"
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
	// <svg xmlns="http://www.w3.org/2000/svg" width="760" height="522" viewBox="0 0 760 522" role="img" aria-labelledby="hemicycle-title hemicycle-desc">
	//   <title id="hemicycle-title">European Parliament, 17 Sep 2020: adopted by a majority of the votes cast, 574–37–82</title>
	//   <desc id="hemicycle-desc">adopted by a majority of the votes cast (Art 231 TFEU): 574 for, 37 against, 82 abstentions, 12 did not vote; majority of the votes cast: 306 needed of 611 votes cast, 574 for, margin 268</desc>
	// 705 seats
}

func firstLines(s string, n int) string {
	lines := bytes.SplitN([]byte(s), []byte("\n"), n+1)
	return string(bytes.Join(lines[:min(n, len(lines))], []byte("\n")))
}
