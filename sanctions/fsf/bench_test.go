package fsf_test

import (
	"bytes"
	"fmt"
	"io"
	"regexp"
	"runtime"
	"runtime/metrics"
	"testing"

	"github.com/acquis-eu/acquis/sanctions/fsf"
)

// benchDecode decodes data with a Decoder b.N times, reporting the
// throughput and the allocations per entity.
func benchDecode(b *testing.B, data []byte) {
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	loops, entities := 0, 0
	for b.Loop() {
		d := fsf.NewDecoder(bytes.NewReader(data))
		n := 0
		for d.Next() {
			n++
		}
		if d.Err() != nil || n == 0 {
			b.Fatalf("read %d entities, %v", n, d.Err())
		}
		loops++
		entities = n
	}
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(after.Mallocs-before.Mallocs)/float64(loops*entities), "allocs/entity")
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(loops*entities), "ns/entity")
}

// BenchmarkLegacy decodes the largest real file: the legacy list of 2016,
// 1.7 MB and 595 entities.
func BenchmarkLegacy(b *testing.B) {
	benchDecode(b, readReal(b, realLegacy))
}

// BenchmarkXML11 decodes the real XML 1.1 excerpt of 2018: Mugabe and
// IBDA-C with its 19 aliases.
func BenchmarkXML11(b *testing.B) {
	benchDecode(b, readReal(b, real2018))
}

// BenchmarkCSV decodes the hand-written CSV fixture: three entities in
// nine rows.
func BenchmarkCSV(b *testing.B) {
	benchDecode(b, readTestdata(b, "fsf11.csv"))
}

// syntheticSize is the size of the list that BenchmarkSynthetic25MB reads,
// that of the whole EU list.
const syntheticSize = 25 << 20

// A synthetic reader generates an XML 1.1 list of some size bytes: the real
// entities of the 1.1 samples, again and again, each time with a new
// logicalId and EU reference number. It holds one entity at a time.
type synthetic struct {
	head, tail string
	entities   [][2]string // each entity's start tag up to its logicalId, and the rest after it
	size       int64       // the bytes of entities to give, at least
	given      int64
	n          int    // entities given
	buf        []byte // what is left to give of the last piece
	back       []byte // the memory of buf
	ended      bool
}

var (
	rootTag   = regexp.MustCompile(`(?s)^.*?<export\b[^>]*>`)
	entityTag = regexp.MustCompile(`(?s)<sanctionEntity\b.*?</sanctionEntity>`)
	identity  = regexp.MustCompile(`\s(euReferenceNumber|logicalId)="[^"]*"`)
)

// newSynthetic returns a synthetic list of the entities of the XML 1.1
// samples, or skips b when they are absent.
func newSynthetic(b *testing.B, size int64) *synthetic {
	s := &synthetic{tail: "\n</export>\n", size: size}
	for _, name := range []string{real2018, realGSmiguel} {
		data := readReal(b, name)
		if s.head == "" {
			s.head = string(rootTag.Find(data)) + "\n"
		}
		for _, e := range entityTag.FindAll(data, -1) {
			end := bytes.IndexByte(e, '>')
			start := identity.ReplaceAll(e[:end], nil) // the start tag without its identity
			s.entities = append(s.entities, [2]string{string(start), string(e[end:])})
		}
	}
	if len(s.entities) != 4 {
		b.Fatalf("%d entities in the samples, want 4", len(s.entities))
	}
	return s
}

func (s *synthetic) Read(p []byte) (int, error) {
	if len(s.buf) == 0 {
		switch {
		case s.n == 0 && s.given == 0:
			s.back = append(s.back[:0], s.head...)
		case s.given < s.size:
			e := s.entities[s.n%len(s.entities)]
			s.n++
			s.back = fmt.Appendf(s.back[:0], "%s logicalId=\"%d\" euReferenceNumber=\"EU.%d.1\"%s\n", e[0], s.n, s.n, e[1])
		case !s.ended:
			s.ended = true
			s.back = append(s.back[:0], s.tail...)
		default:
			return 0, io.EOF
		}
		s.buf = s.back
		s.given += int64(len(s.buf))
	}
	n := copy(p, s.buf)
	s.buf = s.buf[n:]
	return n, nil
}

// BenchmarkSynthetic25MB streams a list the size of the whole EU list,
// made on the fly from the real entities, and reports the peak of the heap
// in use while it reads: a Decoder holds one entity at a time, so the peak
// does not grow with the list.
func BenchmarkSynthetic25MB(b *testing.B) {
	probe := newSynthetic(b, syntheticSize)
	total, _ := io.Copy(io.Discard, probe)
	want := probe.n
	b.SetBytes(total)
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	var peak uint64
	for b.Loop() {
		runtime.GC()
		d := fsf.NewDecoder(newSynthetic(b, syntheticSize))
		n := 0
		ids := make(map[string]bool, want)
		for d.Next() {
			n++
			ids[d.Entity().ID] = true
			if n%64 == 0 {
				metrics.Read(sample)
				peak = max(peak, sample[0].Value.Uint64())
			}
		}
		if d.Err() != nil || n != want || len(ids) != want {
			b.Fatalf("read %d entities (%d IDs), %v; want %d", n, len(ids), d.Err(), want)
		}
	}
	b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
	b.ReportMetric(float64(want), "entities")
}
