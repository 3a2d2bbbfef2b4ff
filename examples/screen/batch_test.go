package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/acquis-eu/acquis/internal/golden"
	"github.com/acquis-eu/acquis/internal/screening"
	"github.com/google/go-cmp/cmp"
)

const (
	customersFile = "testdata/customers.csv"
	list2016      = "../../sanctions/fsf/testdata/real/eu_fsf_v1_0_2016_excerpt_opendatalabcz.xml"
)

// hitLines reads the JSON lines of -batch.
func hitLines(t *testing.T, out string) []screening.Hit {
	t.Helper()
	var hits []screening.Hit
	sc := bufio.NewScanner(strings.NewReader(out))
	for sc.Scan() {
		var h screening.Hit
		dec := json.NewDecoder(strings.NewReader(sc.Text()))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&h); err != nil {
			t.Fatalf("line %q: %v", sc.Text(), err)
		}
		hits = append(hits, h)
	}
	return hits
}

var summaryLine = regexp.MustCompile(`^screen: (\d[\d,]*) names? in \d+\.\d\d s \((\d[\d,]*) names/s\) against (.*) \((\d[\d,]*) entit(y|ies)\), (\d[\d,]*) hits?\n$`)

// TestBatchIsEachName checks that -batch finds, for each customer, what
// screening the customer's name alone finds, with the same details, on
// one worker and on several.
func TestBatchIsEachName(t *testing.T) {
	f, err := os.Open(customersFile)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var want []screening.Hit
	cs := screening.NewCustomers(f)
	for cs.Scan() {
		c := cs.Customer()
		args := []string{"-json", "-list", list2016}
		if !c.Query.BirthDate.IsZero() {
			args = append(args, "-birth", c.Query.BirthDate.String())
		}
		if !c.Query.Country.IsZero() {
			args = append(args, "-country", c.Query.Country.String())
		}
		if c.Query.IDNumber != "" {
			args = append(args, "-id", c.Query.IDNumber)
		}
		if c.Query.Type != 0 {
			args = append(args, "-type", c.Query.Type.String())
		}
		out, errOut, code := runScreen(t, "", append(args, c.Query.Name)...)
		if code != 0 {
			t.Fatalf("run(%q) = %d: %s", args, code, errOut)
		}
		var results []result
		if err := json.Unmarshal([]byte(out), &results); err != nil {
			t.Fatal(err)
		}
		for _, m := range results[0].Matches {
			want = append(want, screening.Hit{Customer: c.ID, Query: m.Query, ID: m.ID, Name: m.Name, Score: m.Score, Alias: m.Alias, Reason: m.Reason})
		}
	}
	if err := cs.Err(); err != nil {
		t.Fatal(err)
	}
	if len(want) < 10 {
		t.Fatalf("%d hits: the comparison proves little", len(want))
	}
	for _, workers := range []string{"1", "3"} {
		out, errOut, code := runScreen(t, "", "-batch", customersFile, "-list", list2016, "-workers", workers)
		if code != 0 {
			t.Fatalf("-workers %s: exit %d: %s", workers, code, errOut)
		}
		if diff := cmp.Diff(want, hitLines(t, out)); diff != "" {
			t.Errorf("-workers %s: -batch differs from each name alone (-alone +batch):\n%s", workers, diff)
		}
		m := summaryLine.FindStringSubmatch(errOut)
		if m == nil {
			t.Fatalf("-workers %s: stderr %q is not a summary line", workers, errOut)
		}
		if m[1] != "30" || m[4] != "595" || m[6] != fmt.Sprint(len(want)) {
			t.Errorf("-workers %s: summary %q, want 30 names, 595 entities and %d hits", workers, errOut, len(want))
		}
	}
}

// TestBatchGolden keeps the hits of the customers file, as CI compares
// them with the Apache Beam pipeline's.
func TestBatchGolden(t *testing.T) {
	out, errOut, code := runScreen(t, "", "-batch", customersFile, "-list", list2016)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	golden.Check(t, "customers.jsonl", []byte(out))
}

// TestDelta checks -since and -on on the Belarus 2020 data: Lukashenko,
// listed on 6 November 2020, is a hit for (5 November, 6 November] and not
// for (6 November, 17 December], which adds entries the data does not
// name, as the notes say.
func TestDelta(t *testing.T) {
	csv := filepath.Join(t.TempDir(), "customers.csv")
	if err := os.WriteFile(csv, []byte("id,name\nc1,Alexander Lukashenko\nc2,Anna Nowak\n"), 0o666); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		since, on string
		hits      []string
		notes     []string
		scope     string
	}{
		{"2020-11-05", "2020-11-06", []string{"c1 BLR-lukashenko-alexandr"}, []string{
			"screen: note: Council Implementing Regulation (EU) 2020/1648 (in force 2020-11-06) states that it lists 15 persons; the data names 1 person: the others cannot be screened",
			"screen: note: Council Implementing Decision (CFSP) 2020/1650 (in force 2020-11-06) states that it lists 15 persons; the data names 1 person: the others cannot be screened",
		}, "the entries listed or amended in (2020-11-05, 2020-11-06]"},
		{"2020-11-06", "2020-12-17", nil, []string{
			"screen: note: Council Implementing Decision (CFSP) of 2020-12-17 (in force 2020-12-17) states that it lists 29 persons; the data names none of them: they cannot be screened",
			"screen: note: Council Implementing Regulation (EU) 2020/2129 (in force 2020-12-17) states that it lists 29 persons and 7 organisations; the data names none of them: they cannot be screened",
		}, "the entries listed or amended in (2020-11-06, 2020-12-17]"},
		{"", "2020-11-05", nil, nil, "the entities listed on 2020-11-05"},
		{"", "2020-11-06", []string{"c1 BLR-lukashenko-alexandr"}, nil, "the entities listed on 2020-11-06"},
		{"", "2021-03-01", nil, []string{
			"screen: note: the data records BLR's acts up to 2020-12-17 (Council Implementing Regulation (EU) 2020/2129): the listings of 2021-03-01 are as recorded then",
		}, "the entities listed on 2021-03-01"},
	} {
		args := []string{"-batch", csv, "-on", tc.on}
		if tc.since != "" {
			args = append(args, "-since", tc.since)
		}
		out, errOut, code := runScreen(t, "", args...)
		if code != 0 {
			t.Fatalf("run(%q) = %d: %s", args, code, errOut)
		}
		var hits []string
		for _, h := range hitLines(t, out) {
			hits = append(hits, h.Customer+" "+h.ID)
		}
		if diff := cmp.Diff(tc.hits, hits); diff != "" {
			t.Errorf("run(%q) hits (-want +got):\n%s", args, diff)
		}
		lines := strings.SplitAfter(errOut, "\n")
		summary := lines[len(lines)-2]
		var notes []string
		for _, l := range lines[:len(lines)-2] {
			notes = append(notes, strings.TrimSuffix(l, "\n"))
		}
		if diff := cmp.Diff(tc.notes, notes); diff != "" {
			t.Errorf("run(%q) notes (-want +got):\n%s", args, diff)
		}
		if m := summaryLine.FindStringSubmatch(summary); m == nil || m[3] != tc.scope {
			t.Errorf("run(%q) summary %q, want one against %s", args, summary, tc.scope)
		}
	}
}

func TestBatchErrors(t *testing.T) {
	dir := t.TempDir()
	file := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o666); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := file("good.csv", "id,name\nc1,Alexander Lukashenko\n")
	badDate := file("bad-date.csv", "id,name,birthDate\nc1,Alexander Lukashenko,1954\nc2,Anna Nowak,02/03/1924\n")
	badHeader := file("bad-header.csv", "id,name,dob\nc1,Anna,1954\n")
	for _, tt := range []struct {
		args   []string
		code   int
		stderr string
	}{
		{[]string{"-batch", badDate}, 1, `bad-date.csv: line 3, column birthDate: screen: birth date "02/03/1924": ambiguous date`},
		{[]string{"-batch", badHeader}, 1, `bad-header.csv: line 1: bad header: column 3, "dob", is none of id, name, birthDate, country, idNumber, type`},
		{[]string{"-batch", filepath.Join(dir, "absent.csv")}, 1, "no such file"},
		{[]string{"-batch", good, "Anna"}, 2, `-batch reads the names from its file, not from arguments such as "Anna"`},
		{[]string{"-batch", good, "-json"}, 2, "-json does not go with -batch"},
		{[]string{"-batch", good, "-birth", "1954"}, 2, "-birth does not go with -batch"},
		{[]string{"-batch", good, "-workers", "0"}, 2, "-workers 0: at least one"},
		{[]string{"-workers", "2", "Anna"}, 2, "-workers goes with -batch"},
		{[]string{"-batch", good, "-since", "2020-11-05"}, 2, "-since needs -on"},
		{[]string{"-batch", good, "-list", list2016, "-on", "2020-11-06"}, 2, "-on and -since apply to the Belarus 2020 data, not to -list"},
		{[]string{"-batch", good, "-since", "2020-12-17", "-on", "2020-12-18"}, 2,
			"-since 2020-12-17 -on 2020-12-18: sanctions: BLR on 2020-12-18: after the last act the list records"},
		{[]string{"-batch", good, "-since", "2020-01-01", "-on", "2020-11-06"}, 2,
			"-since 2020-01-01 -on 2020-11-06: sanctions: BLR on 2020-01-02: before the first act the list records"},
		{[]string{"-batch", good, "-since", "2020-11-07", "-on", "2020-11-06"}, 2, "invalid interval"},
		{[]string{"-batch", good, "-on", "2020-01-01"}, 2, "-on 2020-01-01: the data records BLR from 2020-02-19 only"},
		{[]string{"-since", "2020-11-05", "-on", "x", "Anna"}, 2, "invalid value"},
	} {
		out, errOut, code := runScreen(t, "", tt.args...)
		if code != tt.code || !strings.Contains(errOut, tt.stderr) {
			t.Errorf("run(%q) = %d, stderr %q; want %d mentioning %q", tt.args, code, errOut, tt.code, tt.stderr)
		}
		if out != "" {
			t.Errorf("run(%q) wrote to stdout: %q", tt.args, out)
		}
	}
}

// failingWriter accepts n bytes, then fails.
type failingWriter struct{ n int }

func (w *failingWriter) Write(b []byte) (int, error) {
	if len(b) > w.n {
		k := w.n
		w.n = 0
		return k, errors.New("no space left on device")
	}
	w.n -= len(b)
	return len(b), nil
}

// TestBatchWriteError checks that a failure to write the hits is a
// failure that says the output is incomplete, after the summary.
func TestBatchWriteError(t *testing.T) {
	var errOut strings.Builder
	code := run([]string{"-batch", customersFile, "-list", list2016}, strings.NewReader(""), &failingWriter{n: 100}, &errOut)
	if code != 1 || !strings.Contains(errOut.String(), "screen: writing the hits: no space left on device; the output stops after the hits of the first") {
		t.Errorf("exit %d, stderr %q", code, errOut.String())
	}
}

func TestProgressBar(t *testing.T) {
	for _, tc := range []struct {
		n, total int
		elapsed  time.Duration
		want     string
	}{
		{0, 1000, 0, "[                              ]   0%  0 of 1,000 names"},
		{250, 1000, time.Second, "[=======                       ]  25%  250 of 1,000 names  250 names/s  3s left"},
		{1000, 1000, 2 * time.Second, "[==============================] 100%  1,000 of 1,000 names  500 names/s  0s left"},
	} {
		if got := bar(tc.n, tc.total, tc.elapsed); got != tc.want {
			t.Errorf("bar(%d, %d, %v) = %q, want %q", tc.n, tc.total, tc.elapsed, got, tc.want)
		}
	}
}

// TestSinceList checks that -since-list screens only against what the
// newer snapshot adds or changes: the 2018 excerpt and a copy of it that
// removes IBDA-C, adds Haji Ahmad Jan and changes Mugabe's entry.
func TestSinceList(t *testing.T) {
	const (
		real2018 = "../../sanctions/fsf/testdata/real/eu_fsf_1_1_excerpt_2018-12-21.xml"
		changed  = "../../sanctions/fsf/testdata/changed2018.xml"
	)
	csv := filepath.Join(t.TempDir(), "customers.csv")
	if err := os.WriteFile(csv, []byte("id,name\nc1,Robert Mugabe\nc2,Haji Ahmad Jan\nc3,Islami Buyuk Dogu Akincilar Cephesi\n"), 0o666); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		older, newer string
		hits         []string
	}{
		// Mugabe changed, Haji Ahmad Jan added; IBDA-C removed is no hit.
		{real2018, changed, []string{"c1 EU.36.64", "c2 EU.502.12"}},
		// The other way round: IBDA-C added, Mugabe changed back.
		{changed, real2018, []string{"c1 EU.36.64", "c3 EU.3523.13"}},
		// Nothing changed, nothing to screen.
		{changed, changed, nil},
	} {
		args := []string{"-batch", csv, "-list", tc.newer, "-since-list", tc.older}
		out, errOut, code := runScreen(t, "", args...)
		if code != 0 {
			t.Fatalf("run(%q) = %d: %s", args, code, errOut)
		}
		var hits []string
		for _, h := range hitLines(t, out) {
			hits = append(hits, h.Customer+" "+h.ID)
		}
		if diff := cmp.Diff(tc.hits, hits); diff != "" {
			t.Errorf("run(%q) hits (-want +got):\n%s", args, diff)
		}
	}
	if _, errOut, code := runScreen(t, "", "-batch", csv, "-since-list", real2018); code != 2 || !strings.Contains(errOut, "-since-list OLD needs -list NEW") {
		t.Errorf("-since-list without -list: exit %d, %q; want 2 and the reason", code, errOut)
	}
}
