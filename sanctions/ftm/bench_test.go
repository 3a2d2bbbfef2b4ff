package ftm_test

import (
	"bytes"
	"io"
	"os"
	"testing"

	"github.com/acquis-eu/acquis/sanctions/ftm"
)

func zala(b *testing.B) []byte {
	data, err := os.ReadFile(sharedData(b, "opensanctions_yente_zala_cluster.ftm.jsonl"))
	if err != nil {
		b.Fatal(err)
	}
	return data
}

// BenchmarkDecode reads the 91 entities of the ZALA cluster file.
func BenchmarkDecode(b *testing.B) {
	data := zala(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		d := ftm.NewDecoder(bytes.NewReader(data))
		n := 0
		for d.Next() {
			n++
		}
		if d.Err() != nil || n != 91 {
			b.Fatalf("read %d entities: %v", n, d.Err())
		}
	}
}

// BenchmarkEncode writes the 91 entities of the ZALA cluster file.
func BenchmarkEncode(b *testing.B) {
	es, err := ftm.ReadAll(bytes.NewReader(zala(b)))
	if err != nil {
		b.Fatal(err)
	}
	var buf bytes.Buffer
	enc := ftm.NewEncoder(&buf)
	for _, e := range es {
		if err := enc.Encode(e); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(int64(buf.Len()))
	b.ReportAllocs()
	for b.Loop() {
		enc := ftm.NewEncoder(io.Discard)
		for _, e := range es {
			if err := enc.Encode(e); err != nil {
				b.Fatal(err)
			}
		}
	}
}
