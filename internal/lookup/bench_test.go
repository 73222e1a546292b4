package lookup_test

import (
	"context"
	"fmt"
	"os"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/whosaid/whosaid/internal/dbtest"
	"github.com/whosaid/whosaid/internal/lookup"
	"github.com/whosaid/whosaid/internal/store"
	"github.com/whosaid/whosaid/internal/textnorm"
)

// BenchmarkLookup loads WHOSAID_BENCH_QUOTES generated quotes (default
// 20,000; the newsroom figure is 1,000,000) by COPY into a fresh database,
// then times lookups over a mix of exact, fragment, reworded and unrelated
// queries and reports p50/p95/p99 latency, how often the best statement is
// the right one, and the load and index build times. With
// WHOSAID_BENCH_KEEP_INDEXES=1 the GIN indexes stay in place during the load
// (the cost of indexing at import) instead of being built afterwards.
//
//	WHOSAID_BENCH_QUOTES=1000000 go test -run '^$' -bench BenchmarkLookup -benchtime 400x -timeout 2h ./internal/lookup/
func BenchmarkLookup(b *testing.B) {
	n := 20000
	if v := os.Getenv("WHOSAID_BENCH_QUOTES"); v != "" {
		var err error
		if n, err = strconv.Atoi(v); err != nil || n < 1000 {
			b.Fatalf("WHOSAID_BENCH_QUOTES=%q: want a number of at least 1000", v)
		}
	}
	keep := os.Getenv("WHOSAID_BENCH_KEEP_INDEXES") == "1"
	ctx := context.Background()
	st := dbtest.New(b)
	c := lookup.NewBenchCorpus(n)
	start := time.Now()
	stats, err := st.BulkLoadForBench(ctx, c.Data(), keep)
	if err != nil {
		b.Fatal(err)
	}
	total := time.Since(start)
	b.Logf("loaded %d quotes (%d articles) in %s: copy %s, index build %s %v (maintenance_work_mem %s), vacuum analyze %s; indexes kept during load: %v",
		stats.Quotes, (n+9)/10, total.Round(time.Millisecond), stats.Copy.Round(time.Millisecond), stats.IndexBuild.Round(time.Millisecond),
		stats.IndexBuilds, stats.MaintenanceM, stats.Analyze.Round(time.Millisecond), keep)
	b.Logf("sizes: quotes table %d MB, indexes %v bytes", stats.TableBytes>>20, stats.IndexBytes)

	qs := c.Queries()
	// Warm the caches as a server that has been answering for a while would be.
	for _, q := range qs[:min(len(qs), 40)] {
		if _, err := lookup.Lookup(ctx, st, q.Text, lookup.Options{}); err != nil {
			b.Fatal(err)
		}
	}
	type outcome struct {
		n, right, wrongMatch int
		lat                  []time.Duration
	}
	by := map[string]*outcome{}
	var all []time.Duration
	i := 0
	for b.Loop() {
		q := qs[i%len(qs)]
		i++
		t0 := time.Now()
		res, err := lookup.Lookup(ctx, st, q.Text, lookup.Options{})
		d := time.Since(t0)
		if err != nil {
			b.Fatal(err)
		}
		o := by[q.Kind]
		if o == nil {
			o = &outcome{}
			by[q.Kind] = o
		}
		o.n++
		if d > 100*time.Millisecond || (q.Want != "" && (len(res.Statements) == 0 || res.Statements[0].Score < lookup.MatchScore)) {
			fts, trgm := store.SearchTerms(q.Text)
			fmt.Fprintf(os.Stderr, "slow or missed %s query (%s, %d statements): %q fts=%q trgm=%q", q.Kind, d.Round(time.Millisecond), len(res.Statements), q.Text, fts, trgm)
			fmt.Fprintln(os.Stderr)
		}
		o.lat = append(o.lat, d)
		all = append(all, d)
		if len(res.Statements) > 0 && res.Statements[0].Score >= lookup.MatchScore {
			if q.Want != "" && slices.ContainsFunc(res.Statements[0].Appearances, func(a lookup.Appearance) bool {
				return textnorm.Fold(a.Text) == q.Want
			}) {
				o.right++
			} else {
				o.wrongMatch++
			}
		}
	}
	b.StopTimer()
	pct := func(ds []time.Duration, p float64) float64 {
		s := slices.Clone(ds)
		slices.Sort(s)
		return float64(s[min(len(s)-1, int(p*float64(len(s))))].Microseconds()) / 1000
	}
	b.ReportMetric(float64(n), "quotes")
	b.ReportMetric(pct(all, 0.50), "p50-ms")
	b.ReportMetric(pct(all, 0.95), "p95-ms")
	b.ReportMetric(pct(all, 0.99), "p99-ms")
	b.ReportMetric(stats.Copy.Seconds(), "copy-s")
	b.ReportMetric(stats.IndexBuild.Seconds(), "index-build-s")
	for _, k := range []string{"exact", "fragment", "reworded", "unrelated"} {
		o := by[k]
		if o == nil {
			continue
		}
		b.Logf("%-9s n=%4d  found right %5.1f%%  wrong match %5.1f%%  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms",
			k, o.n, 100*float64(o.right)/float64(o.n), 100*float64(o.wrongMatch)/float64(o.n), pct(o.lat, .5), pct(o.lat, .95), pct(o.lat, .99))
	}
}
