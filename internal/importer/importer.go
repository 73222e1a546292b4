// Package importer runs an import: it reads files with ingest, extracts
// attributions on every core, and saves each article with its quotes
// through store, counting what happened and recording every problem.
package importer

import (
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/whosaid/whosaid/internal/extract"
	"github.com/whosaid/whosaid/internal/ingest"
	"github.com/whosaid/whosaid/internal/store"
)

// Options tune a run. The zero value is usable.
type Options struct {
	Workers  int       // extraction goroutines; 0 means one per core
	Writers  int       // concurrent database writers; 0 means 4
	Errors   io.Writer // where each problem is printed as it happens; nil for none
	Progress Progress  // told of each file read; nil for none
	// Bulk drops the quotes' lookup indexes for the run and builds them
	// again at its end (store.StartBulkLoad): faster for a first large load.
	Bulk bool
}

// Progress is told how far a run has come (a progress bar implements it).
type Progress interface {
	Start(files int)
	FileDone()
	Finish()
}

// Summary is what a run did.
type Summary struct {
	RunID                   int64
	Files                   int
	New, Unchanged, Updated int
	Quotes                  int
	Errors                  int
	FactChecks              int // ClaimReviews saved (new or updated)
	Warnings                int // claim reviews kept with gaps: printed, not errors
	Elapsed                 time.Duration
}

// ArticlesPerSecond is the rate over the articles seen, stored or not.
func (s Summary) ArticlesPerSecond() float64 {
	if s.Elapsed <= 0 {
		return 0
	}
	return float64(s.New+s.Unchanged+s.Updated) / s.Elapsed.Seconds()
}

// Failed reports whether anything went wrong.
func (s Summary) Failed() bool { return s.Errors > 0 }

type job struct {
	art  ingest.Article
	atts []extract.Attribution
}

// Run imports paths (files or folders) into st. It returns an error only
// when the run itself cannot go on (no database); problems with single files
// or articles are counted in the summary, printed, and kept in import_errors.
func Run(ctx context.Context, st *store.Store, paths []string, opt Options) (Summary, error) {
	start := time.Now()
	if opt.Workers <= 0 {
		opt.Workers = runtime.GOMAXPROCS(0)
	}
	if opt.Writers <= 0 {
		opt.Writers = 4
	}
	var bulk *store.BulkLoad
	if opt.Bulk {
		var err error
		if bulk, err = st.StartBulkLoad(ctx); err != nil {
			return Summary{}, err
		}
	}
	runID, err := st.StartRun(ctx, paths, extract.Version)
	if err != nil {
		if bulk != nil {
			bulk.Finish(context.WithoutCancel(ctx))
		}
		return Summary{}, err
	}
	r := &run{ctx: ctx, st: st, id: runID, errOut: opt.Errors}

	files, listErrs := ingest.List(paths)
	for _, e := range listErrs {
		r.fail(e.Path, e.Line, e.Err)
	}
	if opt.Progress != nil {
		opt.Progress.Start(len(files))
	}

	articles := make(chan ingest.Article, 64)
	extracted := make(chan job, 64)
	go func() {
		defer close(articles)
		for _, f := range files {
			if ctx.Err() != nil {
				return
			}
			for _, e := range ingest.ReadFile(f, func(a ingest.Article) {
				select {
				case articles <- a:
				case <-ctx.Done():
				}
			}) {
				r.fail(e.Path, e.Line, e.Err)
			}
			if opt.Progress != nil {
				opt.Progress.FileDone()
			}
		}
	}()

	var extractors sync.WaitGroup
	for range opt.Workers {
		extractors.Go(func() {
			for a := range articles {
				var atts []extract.Attribution
				if a.Body != "" { // "" is a record of fact-checks only
					atts = extract.Extract(a.Body)
				}
				extracted <- job{art: a, atts: atts}
			}
		})
	}
	go func() { extractors.Wait(); close(extracted) }()

	var writers sync.WaitGroup
	for range opt.Writers {
		writers.Go(func() {
			for batch := range batches(extracted, batchSize, batchBytes) {
				r.save(batch)
			}
		})
	}
	writers.Wait()
	if bulk != nil {
		// Built even when the run was interrupted: its articles are in, and
		// lookups need the indexes. Fact-checks link through them, after.
		if _, err := bulk.Finish(context.WithoutCancel(ctx)); err != nil {
			r.fail("", 0, fmt.Errorf("build the lookup indexes again: %w (the next whosaid command retries)", err))
		}
	}
	r.relink()
	if opt.Progress != nil {
		opt.Progress.Finish()
	}

	sum := Summary{
		RunID: runID, Files: len(files), New: int(r.new.Load()), Unchanged: int(r.unchanged.Load()),
		Updated: int(r.updated.Load()), Quotes: int(r.quotes.Load()), Errors: int(r.errors.Load()),
		FactChecks: int(r.factChecks.Load()), Warnings: int(r.warnings.Load()), Elapsed: time.Since(start),
	}
	// The totals are written even when the run was interrupted.
	finishCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
	defer cancel()
	if err := st.FinishRun(finishCtx, runID, store.RunTotals{Files: sum.Files, New: sum.New,
		Unchanged: sum.Unchanged, Updated: sum.Updated, Quotes: sum.Quotes, Errors: sum.Errors}); err != nil {
		return sum, err
	}
	if err := ctx.Err(); err != nil {
		return sum, fmt.Errorf("import interrupted: %w", err)
	}
	return sum, nil
}

type run struct {
	ctx    context.Context
	st     *store.Store
	id     int64
	errOut io.Writer
	mu     sync.Mutex // serialises printing

	new, unchanged, updated, quotes, errors atomic.Int64
	factChecks, warnings                    atomic.Int64
	articlesLinked                          atomic.Bool // some batch linked new quotes

	fcMu  sync.Mutex
	fcIDs []int64 // fact-checks saved by this run, linked again at its end
}

// saveAttempts bounds retries of one batch when the database blips.
const saveAttempts = 6

// batchSize is how many articles share one transaction and, in the common
// case, one statement: the cost of a batch is mostly fixed (a handful of
// statements and one commit), so bigger batches are cheaper per article, up
// to the point where the writers stop overlapping. 64 measured best on the
// BBC corpus (BENCHMARKS.md); batchBytes keeps a batch of long pages small.
const (
	batchSize  = 64
	batchBytes = 8 << 20
)

// batches groups jobs: it waits for one, then takes what is ready, up to n
// jobs or about maxBytes of text.
func batches(in <-chan job, n, maxBytes int) func(yield func([]job) bool) {
	return func(yield func([]job) bool) {
		for j := range in {
			batch, size := []job{j}, len(j.art.Body)
		fill:
			for len(batch) < n && size < maxBytes {
				select {
				case j, ok := <-in:
					if !ok {
						break fill
					}
					batch = append(batch, j)
					size += len(j.art.Body)
				default:
					break fill
				}
			}
			if !yield(batch) {
				return
			}
		}
	}
}

func (r *run) save(all []job) {
	// A record may carry fact-checks (ClaimReview), an article, or both.
	defer r.saveFactChecks(all)
	var batch []job
	for _, j := range all {
		if j.art.Body != "" {
			batch = append(batch, j)
		}
	}
	if len(batch) == 0 {
		return
	}
	items := make([]store.Item, len(batch))
	for i, j := range batch {
		items[i] = store.Item{Article: j.art, Attributions: j.atts}
	}
	var res []store.ItemResult
	err := store.Retry(r.ctx, saveAttempts, func() error {
		var err error
		res, err = r.st.SaveBatch(r.ctx, items, extract.Version)
		return err
	})
	if err != nil {
		if !errors.Is(err, context.Canceled) {
			for _, j := range batch {
				r.fail(j.art.Path, j.art.Line, fmt.Errorf("save article: %w", err))
			}
		}
		return
	}
	for i, res := range res {
		if res.Err != nil {
			r.fail(batch[i].art.Path, batch[i].art.Line, fmt.Errorf("save article: %w", res.Err))
			continue
		}
		switch res.Outcome {
		case store.New:
			r.new.Add(1)
		case store.Updated:
			r.updated.Add(1)
		case store.Unchanged:
			r.unchanged.Add(1)
		}
		r.quotes.Add(int64(res.Quotes))
	}
	r.linkArticles(batch, res)
}

// linkArticles links the quotes of the batch's new and updated articles to
// the stored fact-checks.
func (r *run) linkArticles(batch []job, res []store.ItemResult) {
	var ids []int64
	for _, res := range res {
		if res.Err == nil && res.Outcome != store.Unchanged {
			ids = append(ids, res.ArticleID)
		}
	}
	if len(ids) == 0 {
		return
	}
	if err := store.Retry(r.ctx, saveAttempts, func() error { return r.st.LinkFactChecksForArticles(r.ctx, ids) }); err != nil {
		if !errors.Is(err, context.Canceled) {
			r.fail(batch[0].art.Path, 0, fmt.Errorf("link fact-checks: %w", err))
		}
		return
	}
	r.articlesLinked.Store(true)
}

// saveFactChecks stores the ClaimReviews of a batch's records (linking each
// to the stored quotes) and prints a warning for every one kept with gaps.
// Warnings do not count as errors: the review is stored with what it has.
func (r *run) saveFactChecks(batch []job) {
	for _, j := range batch {
		crs := j.art.ClaimReviews
		if len(crs) == 0 {
			continue
		}
		var saved []store.SavedFactCheck
		err := store.Retry(r.ctx, saveAttempts, func() error {
			var err error
			saved, err = r.st.SaveFactChecks(r.ctx, j.art.Path, crs)
			return err
		})
		if err != nil {
			if !errors.Is(err, context.Canceled) {
				r.fail(j.art.Path, j.art.Line, fmt.Errorf("save claim reviews: %w", err))
			}
			continue
		}
		r.factChecks.Add(int64(len(saved)))
		r.fcMu.Lock()
		for _, s := range saved {
			r.fcIDs = append(r.fcIDs, s.ID)
		}
		r.fcMu.Unlock()
		for _, c := range crs {
			if gaps := c.Missing(); len(gaps) > 0 {
				r.warn(j.art.Path, j.art.Line, fmt.Errorf("claim review %s lacks %s", c.Name(), strings.Join(gaps, ", ")))
			}
		}
	}
}

// relink links this run's fact-checks once more after every writer is done:
// a fact-check and an article saved at the same time by two writers may each
// have missed the other.
func (r *run) relink() {
	if !r.articlesLinked.Load() || len(r.fcIDs) == 0 || r.ctx.Err() != nil {
		return
	}
	if err := store.Retry(r.ctx, saveAttempts, func() error { return r.st.LinkFactChecks(r.ctx, r.fcIDs) }); err != nil {
		r.fail("", 0, fmt.Errorf("link fact-checks: %w", err))
	}
}

// warn prints a problem that does not fail the run (not counted in Errors,
// not kept in import_errors).
func (r *run) warn(path string, line int, err error) {
	r.warnings.Add(1)
	if r.errOut != nil {
		r.mu.Lock()
		fmt.Fprintf(r.errOut, "whosaid: import %v\n", &ingest.Error{Path: path, Line: line, Err: err})
		r.mu.Unlock()
	}
}

// fail counts a problem, prints it and keeps it in import_errors.
func (r *run) fail(path string, line int, err error) {
	r.errors.Add(1)
	ie := &ingest.Error{Path: path, Line: line, Err: err}
	if r.errOut != nil {
		r.mu.Lock()
		fmt.Fprintf(r.errOut, "whosaid: import %v\n", ie)
		r.mu.Unlock()
	}
	ctx := context.WithoutCancel(r.ctx)
	if err := store.Retry(ctx, 3, func() error { return r.st.RecordError(ctx, r.id, path, line, err.Error()) }); err != nil && r.errOut != nil {
		r.mu.Lock()
		fmt.Fprintf(r.errOut, "whosaid: %v\n", err)
		r.mu.Unlock()
	}
}
