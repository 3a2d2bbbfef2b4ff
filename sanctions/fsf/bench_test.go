package fsf_test

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"flag"
	"fmt"
	"io"
	"os"
	"regexp"
	"runtime"
	"runtime/metrics"
	"slices"
	"strconv"
	"testing"
	"time"

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
	shift      int    // the number of the first entity, less one
	every      int    // if not 0, every that many entities, one has a new name
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
func newSynthetic(b testing.TB, size int64) *synthetic {
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
			id := s.n + s.shift
			s.back = fmt.Appendf(s.back[:0], "%s logicalId=\"%d\" euReferenceNumber=\"EU.%d.1\"%s\n", e[0], id, id, e[1])
			if s.every > 0 && id%s.every == 0 {
				s.back = bytes.Replace(s.back, []byte(`wholeName="`), []byte(`wholeName="NEW `), 1)
			}
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

// syntheticCSV returns a CSV 1.1 list of at least size bytes: the header
// and the entities of testdata/fsf11.csv, again and again, each time with
// a new Entity_LogicalId and EU reference number.
func syntheticCSV(b testing.TB, size int) []byte {
	fixture := readTestdata(b, "fsf11.csv")
	r := csv.NewReader(bytes.NewReader(fixture))
	r.Comma, r.LazyQuotes = ';', true
	rows, err := r.ReadAll()
	if err != nil {
		b.Fatal(err)
	}
	header := rows[0]
	col := func(name string) int {
		i := slices.Index(header, name)
		if i < 0 {
			b.Fatalf("no column %s", name)
		}
		return i
	}
	idCol, refCol := col("Entity_LogicalId"), col("Entity_EU_ReferenceNumber")
	var entities [][][]string // the rows of each entity
	for i, row := range rows[1:] {
		if i == 0 || row[idCol] != rows[i][idCol] {
			entities = append(entities, nil)
		}
		entities[len(entities)-1] = append(entities[len(entities)-1], row)
	}
	var out bytes.Buffer
	w := csv.NewWriter(&out)
	w.Comma = ';'
	w.Write(header)
	for n := 1; out.Len() < size; n++ {
		for _, row := range entities[n%len(entities)] {
			row = slices.Clone(row)
			row[idCol] = strconv.Itoa(n)
			if row[refCol] != "" {
				row[refCol] = "EU." + strconv.Itoa(n) + ".1"
			}
			w.Write(row)
		}
		w.Flush()
	}
	if err := w.Error(); err != nil {
		b.Fatal(err)
	}
	return out.Bytes()
}

// BenchmarkCSV25MB decodes a CSV 1.1 list the size of the whole EU list,
// made from the entities of the hand-written CSV fixture.
func BenchmarkCSV25MB(b *testing.B) {
	benchDecode(b, syntheticCSV(b, syntheticSize))
}

// BenchmarkCompare25MB compares two lists the size of the whole EU list,
// made as BenchmarkSynthetic25MB's, the second without the first 48
// entities of the first, with 48 more at its end, and with a new name for
// one entity in 500. It reports the peak of the heap in use while it
// compares, and the heap that the first list takes once read whole.
func BenchmarkCompare25MB(b *testing.B) {
	old := func() *synthetic { return newSynthetic(b, syntheticSize) }
	new := func() *synthetic {
		s := newSynthetic(b, syntheticSize)
		s.shift, s.every = 48, 500
		return s
	}
	probe := old()
	total, _ := io.Copy(io.Discard, probe)
	b.SetBytes(2 * total)
	wantChanged := 0 // the entities of both lists with a new name
	for id := 49; id <= probe.n; id++ {
		if id%500 == 0 {
			wantChanged++
		}
	}

	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	_, all, err := fsf.ReadAll(old())
	if err != nil {
		b.Fatal(err)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(all)
	list := float64(after.HeapAlloc-before.HeapAlloc) / (1 << 20)
	all = nil

	var peak uint64
	for b.Loop() {
		runtime.GC()
		stop := make(chan bool)
		done := make(chan uint64)
		go func() {
			sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
			var max uint64
			for {
				metrics.Read(sample)
				max = maxU(max, sample[0].Value.Uint64())
				select {
				case <-stop:
					done <- max
					return
				case <-time.After(2 * time.Millisecond):
				}
			}
		}()
		d, err := fsf.Compare(old(), new())
		close(stop)
		peak = maxU(peak, <-done)
		if err != nil || len(d.Removed) != 48 || len(d.Added) != 48 || len(d.Changed) != wantChanged {
			b.Fatalf("Compare: %v; %d added, %d removed, %d changed", err, len(d.Added), len(d.Removed), len(d.Changed))
		}
	}
	b.ReportMetric(list, "list-heap-MB")
	b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
}

func maxU(a, b uint64) uint64 { return max(a, b) }

var syntheticFile = flag.String("synthetic", "", "write the synthetic list of BenchmarkSynthetic25MB to `FILE`")

// TestWriteSynthetic writes the list that BenchmarkSynthetic25MB reads to
// the file that the flag -synthetic names, to time whole programs on it:
//
//	go test ./sanctions/fsf -run TestWriteSynthetic -synthetic /tmp/fsf25.xml
//	go build -o /tmp/fsf ./examples/fsf
//	go build -o /tmp/unmarshal ./sanctions/fsf/testdata/unmarshal
//	hyperfine '/tmp/unmarshal /tmp/fsf25.xml' '/tmp/fsf -summary /tmp/fsf25.xml'
//
// testdata/unmarshal is the baseline: encoding/xml's Unmarshal of the
// whole file into a generic tree of elements.
func TestWriteSynthetic(t *testing.T) {
	if *syntheticFile == "" {
		t.Skip("no -synthetic FILE to write")
	}
	f, err := os.Create(*syntheticFile)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(f)
	s := newSynthetic(t, syntheticSize)
	n, err := io.Copy(w, s)
	if err == nil {
		err = w.Flush()
	}
	if err2 := f.Close(); err == nil {
		err = err2
	}
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("wrote %s: %d bytes, %d entities", *syntheticFile, n, s.n)
}
