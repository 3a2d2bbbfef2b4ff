package recognition_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/acquis-eu/acquis"
	"github.com/acquis-eu/acquis/recognition"
	"github.com/google/go-cmp/cmp"
)

// TestCaseFiles reads every embedded case file: each is valid, is written
// as WriteDataset writes it (so that a diff of the file is a diff of the
// data), and is the case Datasets and DatasetByID give.
func TestCaseFiles(t *testing.T) {
	files, err := filepath.Glob("cases/*.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("no case files: %v", err)
	}
	var ids []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		d, err := recognition.ReadDataset(bytes.NewReader(b))
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		ids = append(ids, d.ID)
		if want := strings.TrimSuffix(filepath.Base(f), ".json"); d.ID != want {
			t.Errorf("%s: ID %q, want the file's name %q", f, d.ID, want)
		}
		var w bytes.Buffer
		if err := recognition.WriteDataset(&w, d); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(string(b), w.String()); diff != "" {
			t.Errorf("%s is not as WriteDataset writes it (-file +written):\n%s", f, diff)
		}
		byID, err := recognition.DatasetByID(d.ID)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(d, byID, timingOpt); diff != "" {
			t.Errorf("DatasetByID(%q) differs from %s:\n%s", d.ID, f, diff)
		}
	}
	var listed []string
	for d := range recognition.Datasets() {
		listed = append(listed, d.ID)
	}
	if !slices.Equal(listed, ids) {
		t.Errorf("Datasets() lists %v, want the files' %v", listed, ids)
	}
}

// TestDatasetsFresh changes what Datasets and DatasetByID return, and gets
// the embedded case unchanged the next time.
func TestDatasetsFresh(t *testing.T) {
	for d := range recognition.Datasets() {
		d.Acts[0].Wording = "changed"
		d.Acts[0].Effects[0].Event = recognition.Reaffirmed
		d.Claimants[0].Name = "changed"
		d.Mandates = nil
		if len(d.NotRecorded) > 0 {
			d.NotRecorded[0] = "changed"
		}
		again, err := recognition.DatasetByID(d.ID)
		if err != nil {
			t.Fatal(err)
		}
		if again.Acts[0].Wording == "changed" || again.Acts[0].Effects[0].Event == recognition.Reaffirmed ||
			again.Claimants[0].Name == "changed" || len(again.Mandates) == 0 || slices.Contains(again.NotRecorded, "changed") {
			t.Errorf("%s: the embedded case shares its slices with a caller", d.ID)
		}
	}
	if _, err := recognition.DatasetByID("venezuela"); !errors.Is(err, recognition.ErrUnknownDataset) || !strings.Contains(err.Error(), "venezuela2019") {
		t.Errorf(`DatasetByID("venezuela") = %v, want ErrUnknownDataset listing the IDs`, err)
	}
}

// TestWriteReadBack writes every embedded case, by WriteDataset and by
// json.Marshal, and reads it back: nothing is lost.
func TestWriteReadBack(t *testing.T) {
	for d := range recognition.Datasets() {
		var w bytes.Buffer
		if err := recognition.WriteDataset(&w, d); err != nil {
			t.Fatal(err)
		}
		back, err := recognition.ReadDataset(&w)
		if err != nil {
			t.Fatalf("%s: %v", d.ID, err)
		}
		if diff := cmp.Diff(d, back, timingOpt); diff != "" {
			t.Errorf("%s read back differs (-wrote +read):\n%s", d.ID, diff)
		}
		b, err := json.Marshal(d)
		if err != nil {
			t.Fatal(err)
		}
		var un recognition.Dataset
		if err := json.Unmarshal(b, &un); err != nil {
			t.Fatalf("%s: json.Unmarshal: %v", d.ID, err)
		}
		if diff := cmp.Diff(d, un, timingOpt); diff != "" {
			t.Errorf("%s through encoding/json differs (-wrote +read):\n%s", d.ID, diff)
		}
	}
}

// TestWriteInvalid: a dataset that would not read back is not written.
func TestWriteInvalid(t *testing.T) {
	for name, spoil := range map[string]func(*recognition.Dataset){
		"no source": func(d *recognition.Dataset) { d.Acts[0].Source = "" },
		"an effect's claimant renamed": func(d *recognition.Dataset) {
			d.Acts[0].Effects = slices.Clone(d.Acts[0].Effects)
			d.Acts[0].Effects[0].Claimant.Name = "Someone else"
		},
		"a mandate the dataset does not list": func(d *recognition.Dataset) { d.Mandates = d.Mandates[:1] },
		"an unknown actor":                    func(d *recognition.Dataset) { d.Acts[0].Actor = "EPP" },
		"a standing on a recognition": func(d *recognition.Dataset) {
			d.Acts[0].Effects[0].Standing = recognition.PrivilegedInterlocutor
		},
		"a forbidden transition": func(d *recognition.Dataset) {
			d.Acts[0].Effects[0].Event = recognition.RecognitionWithdrawn
		},
		"no ID": func(d *recognition.Dataset) { d.ID = "" },
	} {
		d := recognition.Belarus2020()
		spoil(&d)
		var w bytes.Buffer
		if err := recognition.WriteDataset(&w, d); err == nil || w.Len() != 0 {
			t.Errorf("%s: WriteDataset = %v and wrote %d bytes, want an error and nothing", name, err, w.Len())
		}
		if _, err := json.Marshal(d); err == nil {
			t.Errorf("%s: json.Marshal: no error", name)
		}
	}
}

// minimal is a valid case file, one act, which the error cases spoil.
const minimal = `{
  "id": "test",
  "name": "Test",
  "office": "President",
  "checked": "2020-12-31",
  "checkedAgainst": "nothing",
  "claimants": [{"id": "x", "name": "X"}],
  "mandates": [{"id": "x2015", "claimant": "x", "start": "2015-11-06", "startSource": "s", "startVerification": "verified",
    "lastDay": "2020-11-05", "endSource": "e", "endVerification": "secondary"}],
  "acts": [
    {
      "id": "EP-1",
      "actor": "EP",
      "adopted": "2020-09-17",
      "form": "resolution",
      "verification": "verified",
      "wording": "will not recognise",
      "source": "a resolution",
      "effects": [{"claimant": "x", "event": "non-recognition-declared", "expiry": "x2015", "convention": "last-day"}]
    }
  ]
}
`

// TestReadDatasetErrors reads case files that are wrong in one place each:
// the error says what, matches its sentinel, and gives the line, the column
// and the path.
func TestReadDatasetErrors(t *testing.T) {
	if _, err := recognition.ReadDataset(strings.NewReader(minimal)); err != nil {
		t.Fatalf("the minimal case: %v", err)
	}
	for _, tt := range []struct {
		name       string
		old, new   string // minimal with old replaced by new
		want       error
		line, col  int
		path, text string
	}{
		{"unknown member", `"wording": "will not recognise",`, `"wording": "will not recognise", "wordng": "x",`, recognition.ErrInvalidAct, 17, 40, "$.acts[0].wordng", `unknown member "wordng"`},
		{"unknown member of the case", `"name": "Test",`, `"name": "Test", "nam": "x",`, recognition.ErrInvalidDataset, 3, 19, "$.nam", `unknown member "nam"`},
		{"bad day", `"adopted": "2020-09-17"`, `"adopted": "2020-09-31"`, recognition.ErrInvalidValue, 14, 18, "$.acts[0].adopted", "September 2020 has 30 days"},
		{"no source", `"source": "a resolution",`, ``, recognition.ErrInvalidAct, 11, 5, "$.acts[0]", `no "source"`},
		{"empty source", `"source": "a resolution"`, `"source": ""`, recognition.ErrInvalidAct, 18, 17, "$.acts[0].source", `empty "source"`},
		{"no checked day", `"checked": "2020-12-31",`, ``, recognition.ErrInvalidDataset, 1, 1, "$", `no "checked"`},
		{"checked before the last act", `"checked": "2020-12-31"`, `"checked": "2020-01-01"`, recognition.ErrInvalidDataset, 5, 14, "$.checked", "before its last act"},
		{"unknown claimant", `"effects": [{"claimant": "x"`, `"effects": [{"claimant": "y"`, recognition.ErrUnknownClaimant, 19, 32, "$.acts[0].effects[0].claimant", `claimant "y"`},
		{"unknown mandate", `"expiry": "x2015"`, `"expiry": "x2016"`, recognition.ErrInvalidAct, 19, 84, "$.acts[0].effects[0].expiry", `mandate "x2016"`},
		{"unknown event", `"non-recognition-declared"`, `"not-recognised"`, recognition.ErrInvalidValue, 19, 46, "$.acts[0].effects[0].event", `unknown event "not-recognised"`},
		{"unknown actor", `"actor": "EP"`, `"actor": "EPP"`, recognition.ErrInvalidAct, 13, 16, "$.acts[0].actor", `actor "EPP"`},
		{"no convention", `, "convention": "last-day"`, ``, recognition.ErrInvalidAct, 19, 19, "$.acts[0].effects[0]", `no "convention"`},
		{"two timings", `"expiry": "x2015"`, `"on": "2020-09-17", "expiry": "x2015"`, recognition.ErrInvalidAct, 19, 19, "$.acts[0].effects[0]", `one of "on", "start" and "expiry"`},
		{"a number for a string", `"wording": "will not recognise"`, `"wording": 7`, recognition.ErrInvalidAct, 17, 18, "$.acts[0].wording", "a number where a string belongs"},
		{"a member twice", `"form": "resolution",`, `"form": "resolution", "form": "statement",`, recognition.ErrInvalidDataset, 15, 29, "$.acts[0].form", `"form" given twice`},
		{"not JSON", `"acts": [`, `"acts": [,`, recognition.ErrInvalidDataset, 10, 11, "$.acts[0]", "not JSON"},
		{"a forbidden transition", `"non-recognition-declared"`, `"recognition-withdrawn"`, recognition.ErrTransition, 11, 5, "$.acts[0]", "recognition-withdrawn is not allowed from unstated (act EP-1)"},
		{"a mandate's day without its grade", `, "startVerification": "verified"`, ``, recognition.ErrInvalidDataset, 8, 16, "$.mandates[0]", "a first day needs its source and its grade"},
		{"an act twice", `"acts": [`, `"acts": [{"id": "EP-1", "actor": "EP", "adopted": "2020-09-17", "verification": "verified", "wording": "w", "source": "s", "effects": [{"claimant": "x", "event": "results-rejected", "on": "2020-09-17"}]},`, recognition.ErrDuplicateAct, 12, 13, "$.acts[1].id", "act EP-1 recorded twice"},
		{"an undeclared third state", `"actor": "EP"`, `"actor": "MX"`, recognition.ErrInvalidAct, 13, 16, "$.acts[0].actor", "actorNames"},
		{"text after the case", "  ]\n}\n", "  ]\n}\n{}", recognition.ErrInvalidDataset, 23, 1, "$", "text after"},
	} {
		in := strings.Replace(minimal, tt.old, tt.new, 1)
		if in == minimal {
			t.Fatalf("%s: %q is not in the minimal case", tt.name, tt.old)
		}
		_, err := recognition.ReadDataset(strings.NewReader(in))
		var de *recognition.DatasetError
		if !errors.As(err, &de) || !errors.Is(err, tt.want) {
			t.Errorf("%s: %v, want a *DatasetError matching %v", tt.name, err, tt.want)
			continue
		}
		if de.Line != tt.line || de.Column != tt.col || de.Path != tt.path || !strings.Contains(err.Error(), tt.text) {
			t.Errorf("%s: %v\nwant line %d, column %d, path %s, mentioning %q", tt.name, err, tt.line, tt.col, tt.path, tt.text)
		}
	}
	// A bad day is also the date's own error.
	_, err := recognition.ReadDataset(strings.NewReader(strings.Replace(minimal, "2020-09-17", "2020-9-17", 1)))
	if pe := new(acquis.ParseError); !errors.As(err, &pe) {
		t.Errorf("a day in the wrong form: %v, want an *acquis.ParseError", err)
	}
	// A forbidden transition is the ledger's *TransitionError.
	_, err = recognition.ReadDataset(strings.NewReader(strings.Replace(minimal, `"non-recognition-declared"`, `"reaffirmed"`, 1)))
	if te := new(recognition.TransitionError); !errors.As(err, &te) || te.Act != "EP-1" || te.Event != recognition.Reaffirmed {
		t.Errorf("a reaffirmation of nothing: %v, want the *TransitionError of act EP-1", err)
	}
	// Text that is not UTF-8, and a file too large to read.
	_, err = recognition.ReadDataset(strings.NewReader(strings.Replace(minimal, "Test", "T\xffst", 1)))
	if de := new(recognition.DatasetError); !errors.As(err, &de) || de.Line != 3 || de.Column != 13 {
		t.Errorf("text that is not UTF-8: %v, want its position, line 3, column 13", err)
	}
	_, err = recognition.ReadDataset(strings.NewReader(strings.Repeat(" ", 8<<20+1)))
	if !errors.Is(err, recognition.ErrInvalidDataset) {
		t.Errorf("a file of 8 MiB and a byte: %v, want ErrInvalidDataset", err)
	}
	// Many small values within the size: refused before they take memory
	// out of proportion to the file.
	many := `{"acts":[` + strings.Repeat("0,", 300_000) + `0]}`
	_, err = recognition.ReadDataset(strings.NewReader(many))
	if de := new(recognition.DatasetError); !errors.As(err, &de) || !strings.Contains(err.Error(), "values") {
		t.Errorf("300001 values: %v, want a *DatasetError about the number of values", err)
	}
}

// FuzzReadDataset reads any text as a case file: no panic, and what reads
// writes back, and reads back to an equal Dataset, written the same.
func FuzzReadDataset(f *testing.F) {
	f.Add([]byte(minimal))
	for _, s := range []string{`{}`, `[]`, `{"id":1}`, `{"acts":[{"effects":[{"basis":{}}]}]}`, strings.Repeat("[", 40)} {
		f.Add([]byte(s))
	}
	files, _ := filepath.Glob("testdata/*.json")
	for _, name := range files {
		if b, err := os.ReadFile(name); err == nil {
			f.Add(b)
		}
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		d, err := recognition.ReadDataset(bytes.NewReader(b))
		if err != nil {
			if !errors.Is(err, recognition.ErrInvalidDataset) && !errors.Is(err, recognition.ErrInvalidAct) &&
				!errors.Is(err, recognition.ErrInvalidValue) && !errors.Is(err, recognition.ErrUnknownClaimant) &&
				!errors.Is(err, recognition.ErrDuplicateAct) && !errors.Is(err, recognition.ErrTransition) {
				t.Fatalf("ReadDataset(%q) = %v, which matches none of the package's sentinels", b, err)
			}
			return
		}
		var w1 bytes.Buffer
		if err := recognition.WriteDataset(&w1, d); err != nil {
			t.Fatalf("WriteDataset of what read from %q: %v", b, err)
		}
		back, err := recognition.ReadDataset(bytes.NewReader(w1.Bytes()))
		if err != nil {
			t.Fatalf("ReadDataset of %s, written from %q: %v", w1.Bytes(), b, err)
		}
		if diff := cmp.Diff(d, back, timingOpt); diff != "" {
			t.Fatalf("%q read back differs (-first +second):\n%s", b, diff)
		}
		var w2 bytes.Buffer
		if err := recognition.WriteDataset(&w2, back); err != nil || w2.String() != w1.String() {
			t.Fatalf("written twice, %q differs from %q (%v)", w2.Bytes(), w1.Bytes(), err)
		}
	})
}

// TestExampleCase: the schema's example reads, and is as WriteDataset
// writes it.
func TestExampleCase(t *testing.T) {
	b, err := os.ReadFile("testdata/example-case.json")
	if err != nil {
		t.Fatal(err)
	}
	d, err := recognition.ReadDataset(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	var w bytes.Buffer
	if err := recognition.WriteDataset(&w, d); err != nil || w.String() != string(b) {
		t.Errorf("testdata/example-case.json is not as WriteDataset writes it (%v)", err)
	}
}
