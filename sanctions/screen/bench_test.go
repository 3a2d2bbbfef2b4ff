package screen

import (
	"runtime"
	"testing"
	"time"

	"golang.org/x/exp/stats"

	"github.com/acquis-eu/acquis/sanctions"
)

// BenchmarkScreen screens the benchmark's query mix against the benchmark
// list (about 6,000 entities and 30,000 names) on one core, through the
// index (Index) and by the plain scan (Scan, on one query in twenty). It
// reports queries per second, the mean, median and 99th percentile of the
// time of one query, and, for Index, the speed-up over the scan measured
// on the same queries and the memory of the index per name.
func BenchmarkScreen(b *testing.B) {
	es := benchList(b)
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	bytesPerName, ix := benchMeasureIndex(es)
	qs := benchQueryMix(es, benchQueries)
	var sample []Query
	for i := 0; i < len(qs); i += 20 {
		sample = append(sample, qs[i])
	}

	b.Run("Index", func(b *testing.B) {
		// The scan of the sample, once, to compare with.
		start := time.Now()
		for _, q := range sample {
			ix.Scan(q, DefaultMin)
		}
		scanPerQuery := float64(time.Since(start).Nanoseconds()) / float64(len(sample))
		perQuery := benchRunQueries(b, qs, func(q Query) []Match { return ix.Search(q, DefaultMin) })
		b.ReportMetric(scanPerQuery/perQuery, "speedup")
		b.ReportMetric(bytesPerName, "bytes/name")
	})
	b.Run("Scan", func(b *testing.B) {
		benchRunQueries(b, sample, func(q Query) []Match { return ix.Scan(q, DefaultMin) })
	})
}

// benchRunQueries runs the queries with search in b.Loop, timing each one, and
// reports the metrics; it returns the mean nanoseconds per query.
func benchRunQueries(b *testing.B, qs []Query, search func(Query) []Match) float64 {
	var times []float64
	var total time.Duration
	n := 0
	for b.Loop() {
		for _, q := range qs {
			start := time.Now()
			search(q)
			d := time.Since(start)
			total += d
			times = append(times, float64(d.Nanoseconds())/1e3)
		}
		n += len(qs)
	}
	perQuery := float64(total.Nanoseconds()) / float64(n)
	qt := stats.Quantiles(times, 0.5, 0.99)
	b.ReportMetric(perQuery, "ns/query")
	b.ReportMetric(1e9/perQuery, "qps")
	b.ReportMetric(qt[0], "p50-µs")
	b.ReportMetric(qt[1], "p99-µs")
	return perQuery
}

// benchMeasureIndex builds the index of es and returns the heap it holds per
// name, measured after garbage collection. The package's tables (word
// rules and short forms, titles, Han readings, country names and places),
// which are read once for all indexes and queries when first needed, are
// read before, so that only the index is measured.
func benchMeasureIndex(es []*sanctions.Entity) (float64, *Index) {
	tables()
	titleTable()
	hanTable()
	countryNames()
	placeTable()
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	ix := NewIndex(es)
	runtime.GC()
	runtime.ReadMemStats(&after)
	names := 0
	for _, e := range es {
		names += len(e.Names)
	}
	return float64(after.HeapAlloc-before.HeapAlloc) / float64(names), ix
}

// BenchmarkNewIndex measures building the index of the benchmark list.
func BenchmarkNewIndex(b *testing.B) {
	es := benchList(b)
	for b.Loop() {
		NewIndex(es)
	}
}

// BenchmarkKey measures the keys of a name in Belarusian Cyrillic.
func BenchmarkKey(b *testing.B) {
	for b.Loop() {
		Key("Аляксандр Рыгоравіч Лукашэнка")
	}
}
