// Package bench measures whosaid in one run: extraction speed on one core
// and on all, an end-to-end import against a bare COPY of the same text, and
// writes the table to BENCHMARKS.md with the machine it ran on.
package bench

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/whosaid/whosaid/internal/extract"
	"github.com/whosaid/whosaid/internal/importer"
	"github.com/whosaid/whosaid/internal/ingest"
	"github.com/whosaid/whosaid/internal/lookup"
	"github.com/whosaid/whosaid/internal/store"
)

// Options says what to measure.
type Options struct {
	Corpus    []string // files or folders
	ServerURL string   // a server where a scratch database may be created
	Rounds    int      // extraction passes over the corpus; 0 means 3
	// LookupQuotes is how many generated quotes the lookup measurement loads
	// (the lookup benchmark's corpus); 0 skips it.
	LookupQuotes int
}

// Result is one run's figures.
type Result struct {
	Machine                   string
	Articles                  int
	Bytes                     int64
	ExtractOneMBs, ExtractAll float64 // MB/s
	ExtractOneArts            float64 // articles/s on one core
	ExtractAllArts            float64
	Cores                     int
	Attributions              int
	ImportSeconds             float64
	ImportArticlesPerSec      float64
	ImportQuotesPerSec        float64
	CopySeconds               float64
	Ratio                     float64
	PeakRSSMB                 float64
	LookupQuotes              int
	LookupLoadSeconds         float64 // COPY plus index build
	Lookup                    lookup.Latency
}

// Run measures and returns the figures.
func Run(ctx context.Context, opt Options) (Result, error) {
	if opt.Rounds <= 0 {
		opt.Rounds = 3
	}
	var r Result
	r.Machine = machine(ctx, opt.ServerURL)
	r.Cores = runtime.GOMAXPROCS(0)

	files, errs := ingest.List(opt.Corpus)
	if len(errs) > 0 {
		return r, errs[0]
	}
	var bodies []string
	for _, f := range files {
		ingest.ReadFile(f, func(a ingest.Article) { bodies = append(bodies, a.Body) })
	}
	if len(bodies) == 0 {
		return r, fmt.Errorf("no articles under %s", strings.Join(opt.Corpus, ", "))
	}
	r.Articles = len(bodies)
	for _, b := range bodies {
		r.Bytes += int64(len(b))
	}

	// Extraction, best of the rounds, one goroutine then one per core.
	one := best(opt.Rounds, func() { r.Attributions = extractAll(bodies, 1) })
	all := best(opt.Rounds, func() { extractAll(bodies, r.Cores) })
	mb := float64(r.Bytes) / 1e6
	r.ExtractOneMBs, r.ExtractAll = mb/one.Seconds(), mb/all.Seconds()
	r.ExtractOneArts, r.ExtractAllArts = float64(r.Articles)/one.Seconds(), float64(r.Articles)/all.Seconds()

	// Import end to end into a fresh database, then the COPY ceiling there.
	url, drop, err := store.CreateScratchDatabase(ctx, opt.ServerURL, "whosaid_bench")
	if err != nil {
		return r, err
	}
	defer drop()
	st, err := store.Open(ctx, url)
	if err != nil {
		return r, err
	}
	defer st.Close()
	if err := st.Migrate(ctx); err != nil {
		return r, err
	}
	runtime.GC()
	sum, err := importer.Run(ctx, st, opt.Corpus, importer.Options{})
	if err != nil {
		return r, err
	}
	r.PeakRSSMB = peakRSSMB()
	r.ImportSeconds = sum.Elapsed.Seconds()
	r.ImportArticlesPerSec = float64(sum.New+sum.Updated+sum.Unchanged) / r.ImportSeconds
	r.ImportQuotesPerSec = float64(sum.Quotes) / r.ImportSeconds
	ceiling, err := st.CopyCeiling(ctx, bodies)
	if err != nil {
		return r, err
	}
	r.CopySeconds = ceiling.Seconds()
	r.Ratio = r.ImportSeconds / r.CopySeconds
	if opt.LookupQuotes > 0 {
		if err := measureLookup(ctx, opt, &r); err != nil {
			return r, err
		}
	}
	return r, nil
}

// measureLookup loads the lookup benchmark's generated corpus into a second
// scratch database and times a mix of exact, fragment, reworded and
// unrelated queries.
func measureLookup(ctx context.Context, opt Options, r *Result) error {
	url, drop, err := store.CreateScratchDatabase(ctx, opt.ServerURL, "whosaid_bench_lookup")
	if err != nil {
		return err
	}
	defer drop()
	st, err := store.Open(ctx, url)
	if err != nil {
		return err
	}
	defer st.Close()
	if err := st.Migrate(ctx); err != nil {
		return err
	}
	c := lookup.NewBenchCorpus(opt.LookupQuotes)
	start := time.Now()
	if _, err := st.BulkLoadForBench(ctx, c.Data(), false); err != nil {
		return fmt.Errorf("load lookup corpus: %w", err)
	}
	r.LookupLoadSeconds = time.Since(start).Seconds()
	r.LookupQuotes = opt.LookupQuotes
	r.Lookup, err = lookup.MeasureLatency(ctx, st, c.Queries())
	return err
}

func extractAll(bodies []string, workers int) int {
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	next := make(chan string, 256)
	for range workers {
		wg.Go(func() {
			n := 0
			for b := range next {
				n += len(extract.Extract(b))
			}
			mu.Lock()
			total += n
			mu.Unlock()
		})
	}
	for _, b := range bodies {
		next <- b
	}
	close(next)
	wg.Wait()
	return total
}

func best(rounds int, f func()) time.Duration {
	var min time.Duration
	for i := 0; i < rounds; i++ {
		start := time.Now()
		f()
		if d := time.Since(start); i == 0 || d < min {
			min = d
		}
	}
	return min
}

// peakRSSMB reads the process's high-water resident set (Linux).
func peakRSSMB() float64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var kb float64
		if n, _ := fmt.Sscanf(sc.Text(), "VmHWM: %f kB", &kb); n == 1 {
			return kb / 1024
		}
	}
	return 0
}

func machine(ctx context.Context, serverURL string) string {
	mem := ""
	if b, err := os.ReadFile("/proc/meminfo"); err == nil {
		var kb float64
		fmt.Sscanf(string(b), "MemTotal: %f kB", &kb)
		mem = fmt.Sprintf(", %.0f GiB memory", kb/1024/1024)
	}
	pg := ""
	if out, err := exec.CommandContext(ctx, "postgres", "--version").Output(); err == nil {
		pg = ", " + strings.TrimSpace(string(out))
	} else if st, err := store.Open(ctx, serverURL); err == nil {
		if v, err := st.ServerVersion(ctx); err == nil {
			pg = ", PostgreSQL " + v
		}
		st.Close()
	}
	return fmt.Sprintf("%s/%s, %d cores%s%s, %s", runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), mem, pg, runtime.Version())
}

// Write prints the figures as a Markdown table.
func Write(w io.Writer, r Result, command string) {
	fmt.Fprintf(w, "Machine: %s  \nCorpus: %d articles, %.1f MB  \nCommand: `%s`\n\n", r.Machine, r.Articles, float64(r.Bytes)/1e6, command)
	fmt.Fprintln(w, "| measure | figure | goal |")
	fmt.Fprintln(w, "|---|---|---|")
	fmt.Fprintf(w, "| extraction, 1 core | %.1f MB/s, %.0f articles/s | ≥ 20 MB/s per core |\n", r.ExtractOneMBs, r.ExtractOneArts)
	fmt.Fprintf(w, "| extraction, %d cores | %.1f MB/s, %.0f articles/s | |\n", r.Cores, r.ExtractAll, r.ExtractAllArts)
	fmt.Fprintf(w, "| attributions found | %d | |\n", r.Attributions)
	fmt.Fprintf(w, "| import end to end | %.2f s: %.0f articles/s, %.0f quotes/s | |\n", r.ImportSeconds, r.ImportArticlesPerSec, r.ImportQuotesPerSec)
	fmt.Fprintf(w, "| bare COPY of the same bodies (ceiling) | %.2f s | |\n", r.CopySeconds)
	fmt.Fprintf(w, "| import / COPY | %.1f× | ≤ 2.5× |\n", r.Ratio)
	fmt.Fprintf(w, "| import peak RSS (whole bench process) | %.0f MB | ≤ 200 MB |\n", r.PeakRSSMB)
	if r.LookupQuotes > 0 {
		fmt.Fprintf(w, "| lookup over %d quotes (load + index %.0f s), %d queries | p50 %.1f ms, p95 %.1f ms, p99 %.1f ms | p95 ≤ 50 ms |\n",
			r.LookupQuotes, r.LookupLoadSeconds, r.Lookup.Queries, r.Lookup.P50, r.Lookup.P95, r.Lookup.P99)
	}
}
