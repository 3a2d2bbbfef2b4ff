package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
)

func TestMain(m *testing.M) {
	ptest.Main(m)
}

const (
	list      = "../../sanctions/fsf/testdata/real/eu_fsf_v1_0_2016_excerpt_opendatalabcz.xml"
	customers = "../screen/testdata/customers.csv"
	// want is what examples/screen -batch writes for the same files; its
	// tests keep it up to date.
	want = "../screen/testdata/customers.jsonl"
)

// TestSameAsBatch checks that the pipeline writes what -batch writes,
// byte for byte.
func TestSameAsBatch(t *testing.T) {
	out := t.TempDir()
	if err := ptest.Run(pipeline(list, customers, out, 0.8)); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(filepath.Join(out, "hits.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	w, err := os.ReadFile(want)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, w) {
		t.Errorf("hits.jsonl differs from %s:\n%s", want, got)
	}
}

// TestNoHit checks that a run without a hit writes an empty file.
func TestNoHit(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "customers.csv")
	if err := os.WriteFile(in, []byte("id,name\nc1,Anna Nowak\n"), 0o666); err != nil {
		t.Fatal(err)
	}
	if err := ptest.Run(pipeline(list, in, dir, 0.8)); err != nil {
		t.Fatal(err)
	}
	if b, err := os.ReadFile(filepath.Join(dir, "hits.jsonl")); err != nil || len(b) != 0 {
		t.Errorf("hits.jsonl = %q, %v; want an empty file", b, err)
	}
}

// TestBadRow checks that a row that cannot be read fails the pipeline,
// naming its line, and that no hit is written.
func TestBadRow(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "customers.csv")
	if err := os.WriteFile(in, []byte("id,name,birthDate\nc1,Robert Mugabe,1924\nc2,Anna Nowak,02/03/1924\n"), 0o666); err != nil {
		t.Fatal(err)
	}
	err := ptest.Run(pipeline(list, in, dir, 0.8))
	if err == nil || !strings.Contains(err.Error(), `customers.csv: line 3, column birthDate: screen: birth date "02/03/1924": ambiguous date`) {
		t.Errorf("Run: %v, want the line of the bad row", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "hits.jsonl")); !os.IsNotExist(err) {
		t.Errorf("hits.jsonl written after a bad row: %v", err)
	}
}
