//go:build ignore

// gen_inoffice writes inoffice.csv: the number of Members of the European
// Parliament in office on every day from the first day of the ninth term,
// 2 July 2019, to the day of a HowTheyVote.eu export, counted from the
// export's group_memberships.csv.gz by howtheyvote.CountInOffice. The last
// day is the day of the export's last_updated.txt.
//
//	go run gen_inoffice.go [-export ../../shared/data/vote/htv-export-2025-09-28]
//
// It reports on standard error the days it capped at the seats, and the
// days it bridged or found twice. From another export, update the citation
// and the days in inoffice.go (derivedSource, DerivedInOffice) and in
// NOTICE, and check the recorded days in parliament.go against the new
// counts.
package main

import (
	"bytes"
	"compress/gzip"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strings"

	"github.com/acquis-eu/acquis"
	"github.com/acquis-eu/acquis/vote"
	"github.com/acquis-eu/acquis/vote/howtheyvote"
)

func main() {
	export := flag.String("export", filepath.Join("..", "..", "shared", "data", "vote", "htv-export-2025-09-28"), "the `folder` of the HowTheyVote.eu export")
	first := flag.String("first", "2019-07-02", "the first `day` to count")
	out := flag.String("o", "inoffice.csv", "the `file` to write")
	flag.Parse()
	log.SetFlags(0)
	log.SetPrefix("gen_inoffice: ")

	from, err := acquis.ParseDate(*first)
	if err != nil {
		log.Fatal(err)
	}
	stamp, err := os.ReadFile(filepath.Join(*export, "last_updated.txt"))
	if err != nil {
		log.Fatal(err)
	}
	day, _, _ := strings.Cut(strings.TrimSpace(string(stamp)), "T")
	last, err := acquis.ParseDate(day)
	if err != nil {
		log.Fatalf("last_updated.txt: %v", err)
	}
	f, err := os.Open(filepath.Join(*export, "group_memberships.csv.gz"))
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		log.Fatal(err)
	}
	ms, err := howtheyvote.ReadGroupMemberships(zr)
	if err != nil {
		log.Fatal(err)
	}
	c, err := howtheyvote.CountInOffice(ms, acquis.Span{First: from, Last: last})
	if err != nil {
		log.Fatal(err)
	}
	var b bytes.Buffer
	if err := vote.WriteInOffice(&b, c.Runs); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, b.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Fprintf(os.Stderr, "gen_inoffice: %d memberships, %v to %v: %d runs, %d bytes; capped at the seats on %v; %d days bridged, %d days in two groups\n",
		len(ms), from, last, len(c.Runs), b.Len(), c.Capped, c.Bridged, c.Overlaps)
}
