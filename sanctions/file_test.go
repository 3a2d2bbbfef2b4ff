package sanctions_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/acquis-eu/acquis"
	"github.com/acquis-eu/acquis/sanctions"
)

func TestListFileRoundTrip(t *testing.T) {
	var first bytes.Buffer
	if err := sanctions.WriteList(&first, sanctions.Belarus2020()); err != nil {
		t.Fatal(err)
	}
	l, err := sanctions.ReadList(bytes.NewReader(first.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	var second bytes.Buffer
	if err := sanctions.WriteList(&second, l); err != nil {
		t.Fatal(err)
	}
	if first.String() != second.String() {
		t.Errorf("a list file written, read and written again differs")
	}
	if got, want := len(l.Acts()), len(sanctions.Belarus2020().Acts()); got != want {
		t.Errorf("%d acts read back, want %d", got, want)
	}
}

func TestListFileSharesEntities(t *testing.T) {
	// The two acts of 6 November 2020 list the same Lukashenko entry; read
	// from the file, they list one entity, as the List's answers count it.
	l := sanctions.Belarus2020()
	var es []*sanctions.Entity
	for _, a := range l.Acts() {
		for _, e := range a.Effects {
			if e.Entity != nil {
				es = append(es, e.Entity)
			}
		}
	}
	if len(es) != 2 || es[0] != es[1] {
		t.Errorf("the acts list %d entities, shared %v; want 2, one entity", len(es), len(es) == 2 && es[0] == es[1])
	}
	if n := len(l.At(acquis.MustParseDate("2020-11-06")).Entities()); n != 1 {
		t.Errorf("listed on 2020-11-06: %d entities, want 1", n)
	}
}

func TestListFileErrors(t *testing.T) {
	for _, tt := range []struct {
		name, file string
		line, col  int
		want       error
	}{
		{"not JSON", "{\n  \"regimes\": [,]\n}", 2, 16, sanctions.ErrListFile},
		{"unknown key", "{\n  \"regimes\": [],\n  \"actz\": []\n}", 3, 3, sanctions.ErrListFile},
		{"wrong type", "{\"regimes\": [], \"acts\": [{\"persons\": \"forty\"}]}", 1, 45, sanctions.ErrListFile},
		{"after the object", "{\"regimes\": [], \"acts\": []} {}", 1, 30, sanctions.ErrListFile},
		{"unknown enumeration", "{\"regimes\": [], \"acts\": [{\"kind\": \"treaty\"}]}", 1, 46, sanctions.ErrListFile},
		{"act of no regime", `{"regimes": [], "acts": [{"kind": "decision", "adopted": "2020-01-01", "inForce": "2020-01-01", "regime": "XXX"}]}`, 0, 0, sanctions.ErrUnknownRegime},
	} {
		_, err := sanctions.ReadList(strings.NewReader(tt.file))
		var fe *sanctions.FileError
		if !errors.As(err, &fe) || !errors.Is(err, tt.want) || fe.Line != tt.line || fe.Column != tt.col {
			t.Errorf("%s: error %v, want a *FileError at line %d, column %d, wrapping %v", tt.name, err, tt.line, tt.col, tt.want)
		}
	}
}

func FuzzReadList(f *testing.F) {
	var b bytes.Buffer
	if err := sanctions.WriteList(&b, sanctions.Belarus2020()); err != nil {
		f.Fatal(err)
	}
	f.Add(b.Bytes())
	f.Add([]byte(`{"regimes": [], "acts": []}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		l, err := sanctions.ReadList(bytes.NewReader(data))
		if err != nil {
			return
		}
		// What reads writes, and what it writes reads back the same.
		var first, second bytes.Buffer
		if err := sanctions.WriteList(&first, l); err != nil {
			t.Fatal(err)
		}
		back, err := sanctions.ReadList(bytes.NewReader(first.Bytes()))
		if err != nil {
			t.Fatalf("a written list does not read back: %v\n%s", err, first.Bytes())
		}
		if err := sanctions.WriteList(&second, back); err != nil {
			t.Fatal(err)
		}
		if first.String() != second.String() {
			t.Fatalf("written twice, differs:\n%s\n%s", first.Bytes(), second.Bytes())
		}
	})
}
