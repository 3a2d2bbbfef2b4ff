package epxml_test

import (
	"bytes"
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/acquis-eu/acquis/vote/epxml"
)

// Sizes of the benchmark's document: a day of votes of realistic size.
const (
	benchVotes   = 20
	benchMembers = 700
)

// benchDocument returns a roll-call list in the 2024 layout of benchVotes
// roll calls, each with benchMembers Members in eight groups (the same
// Members each time, as in a real list), and the number of Members' votes.
func benchDocument() ([]byte, int) {
	groups := []string{"PPE", "S&amp;D", "Renew", "Verts/ALE", "ECR", "ID", "GUE/NGL", "NI"}
	var b bytes.Buffer
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	b.WriteString(`<PV.RollCallVoteResults xmlns:text="http://openoffice.org/2000/text" Sitting.Identifier="9100" Sitting.Date="2024-03-13" EP.Reference="P9_PV(2024)03-13" EP.Number="PE 000.100" Document.Language="XL">` + "\n")
	members := 0
	for v := range benchVotes {
		fmt.Fprintf(&b, "  <RollCallVote.Result Identifier=\"%d\" DlvId=\"%d\" Date=\"2024-03-13 12:%02d:00\">\n", 910000+v, 810000+v, v)
		fmt.Fprintf(&b, "    <RollCallVote.Description.Text>A9-%04d/2024 - Jane Example - Article %d - Am %d</RollCallVote.Description.Text>\n", v, v, v)
		// 450 for, 200 against, 50 abstaining.
		for _, pos := range []struct {
			elem       string
			from, upto int
		}{{"Result.For", 0, 450}, {"Result.Against", 450, 650}, {"Result.Abstention", 650, benchMembers}} {
			fmt.Fprintf(&b, "    <%s Number=\"%d\">\n", pos.elem, pos.upto-pos.from)
			for g, group := range groups {
				lo := pos.from + (pos.upto-pos.from)*g/len(groups)
				hi := pos.from + (pos.upto-pos.from)*(g+1)/len(groups)
				if lo == hi {
					continue
				}
				fmt.Fprintf(&b, "      <Result.PoliticalGroup.List Identifier=\"%s\">\n", group)
				for m := lo; m < hi; m++ {
					fmt.Fprintf(&b, "        <PoliticalGroup.Member.Name MepId=\"%d\" PersId=\"%d\">Surname%03d Example</PoliticalGroup.Member.Name>\n", 5000+m, 190000+m, m)
					members++
				}
				b.WriteString("      </Result.PoliticalGroup.List>\n")
			}
			fmt.Fprintf(&b, "    </%s>\n", pos.elem)
		}
		b.WriteString("  </RollCallVote.Result>\n")
	}
	b.WriteString("  <VoteTitles>\n")
	for v := range benchVotes {
		fmt.Fprintf(&b, "    <VoteTitle DlvId=\"%d\">Example title %d</VoteTitle>\n", 810000+v, v)
	}
	b.WriteString("  </VoteTitles>\n</PV.RollCallVoteResults>\n")
	return b.Bytes(), members
}

func BenchmarkDecode(b *testing.B) {
	data, members := benchDocument()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	n := 0
	for b.Loop() {
		d := epxml.NewDecoder(bytes.NewReader(data))
		got := 0
		for d.Next() {
			got += len(d.RollCall().Votes)
		}
		if d.Err() != nil || got != members {
			b.Fatalf("read %d Members' votes, %v; want %d", got, d.Err(), members)
		}
		n++
	}
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(after.Mallocs-before.Mallocs)/float64(n*members), "allocs/membervote")
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(n*members), "ns/membervote")
}

func BenchmarkReadAll(b *testing.B) {
	data, members := benchDocument()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		_, rcs, err := epxml.ReadAll(bytes.NewReader(data))
		if err != nil || len(rcs) != benchVotes || rcs[0].Title == "" {
			b.Fatalf("ReadAll: %d roll calls, %v", len(rcs), err)
		}
	}
	_ = members
}

// TestBenchDocument checks that the benchmark reads a valid document of
// the intended size, whose every roll call adds up.
func TestBenchDocument(t *testing.T) {
	data, members := benchDocument()
	_, rcs, err := epxml.ReadAll(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	if members != benchVotes*benchMembers || len(rcs) != benchVotes {
		t.Fatalf("%d roll calls and %d Members' votes, want %d and %d", len(rcs), members, benchVotes, benchVotes*benchMembers)
	}
	for _, rc := range rcs {
		if err := rc.Check(); err != nil {
			t.Error(err)
		}
		if !strings.HasPrefix(rc.Title, "Example title") {
			t.Errorf("roll call %s: Title %q", rc.ID, rc.Title)
		}
	}
}
