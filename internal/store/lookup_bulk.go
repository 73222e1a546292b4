package store

import (
	"context"
	"crypto/sha256"
	"fmt"
	"iter"
	"strconv"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/whosaid/whosaid/internal/textnorm"
)

// BulkArticle is one generated article of a benchmark corpus.
type BulkArticle struct {
	URL, Title string
	Outlet     int       // index into BulkData.Outlets
	Published  time.Time // zero for unknown
}

// BulkQuote is one generated quote. Article and Speaker index BulkData's
// slices; Speaker < 0 leaves the quote without a speaker row.
type BulkQuote struct {
	Article, Ordinal, Speaker int
	Text, Role, Affiliation   string
}

// BulkData is a benchmark corpus. Quotes is streamed so a million of them
// need not sit in memory.
type BulkData struct {
	Outlets  []string
	Speakers []string
	Articles []BulkArticle
	Quotes   iter.Seq[BulkQuote]
}

// BulkStats is what a bulk load took.
type BulkStats struct {
	Quotes       int64
	Copy         time.Duration // COPY of outlets, speakers, articles and quotes
	IndexBuild   time.Duration // wall time rebuilding the lookup indexes (0 when kept)
	IndexBuilds  map[string]time.Duration
	IndexBytes   map[string]int64
	Analyze      time.Duration
	TableBytes   int64 // quotes heap and TOAST
	IndexesKept  bool
	MaintenanceM string // maintenance_work_mem used for the builds
}

// lookupIndexes are the GIN indexes lookups use.
var lookupIndexes = []string{"quotes_text_norm_trgm_idx", "quotes_text_fts_idx"}

// BulkLoadForBench fills an empty database with a generated corpus by COPY,
// for benchmarks only. Unless keepIndexes, it drops the lookup GIN indexes
// first and rebuilds them afterwards (both at once, one per connection), so
// the figures show load and index cost apart. It ends with VACUUM ANALYZE.
func (s *Store) BulkLoadForBench(ctx context.Context, d BulkData, keepIndexes bool) (BulkStats, error) {
	st := BulkStats{IndexesKept: keepIndexes, IndexBuilds: map[string]time.Duration{}, IndexBytes: map[string]int64{}}
	defs := map[string]string{}
	if !keepIndexes {
		for _, name := range lookupIndexes {
			var def string
			if err := s.pool.QueryRow(ctx, "SELECT pg_get_indexdef($1::regclass)", name).Scan(&def); err != nil {
				return st, fmt.Errorf("read index %s: %w", name, err)
			}
			defs[name] = def
			if _, err := s.pool.Exec(ctx, "DROP INDEX "+pgx.Identifier{name}.Sanitize()); err != nil {
				return st, fmt.Errorf("drop index %s: %w", name, err)
			}
		}
	}

	start := time.Now()
	outletIDs, err := s.bulkCopy(ctx, "outlets", []string{"name"}, len(d.Outlets), func(i int) []any { return []any{d.Outlets[i]} })
	if err != nil {
		return st, err
	}
	speakerIDs, err := s.bulkCopy(ctx, "speakers", []string{"display_name", "key", "type"}, len(d.Speakers), func(i int) []any {
		return []any{d.Speakers[i], textnorm.SpeakerKey(d.Speakers[i]), "person"}
	})
	if err != nil {
		return st, err
	}
	articleIDs, err := s.bulkCopy(ctx, "articles",
		[]string{"url", "body_sha256", "title", "outlet_id", "published_at", "body", "extractor_version"}, len(d.Articles),
		func(i int) []any {
			a := d.Articles[i]
			sum := sha256.Sum256([]byte("bench article " + strconv.Itoa(i)))
			return []any{a.URL, sum[:], a.Title, outletIDs[a.Outlet], ptrTime(a.Published), a.Title + "\n\n(bench article body)", "bench"}
		})
	if err != nil {
		return st, err
	}

	next, stop := iter.Pull(d.Quotes)
	defer stop()
	var row []any
	src := pgx.CopyFromFunc(func() ([]any, error) {
		q, ok := next()
		if !ok {
			return nil, nil
		}
		var speaker, name, key *string
		var speakerID *int64
		if q.Speaker >= 0 {
			id, n := speakerIDs[q.Speaker], d.Speakers[q.Speaker]
			k := textnorm.SpeakerKey(n)
			speakerID, name, key = &id, &n, &k
			speaker = &n
		}
		n := int32(len([]rune(q.Text)))
		row = append(row[:0], articleIDs[q.Article], int32(q.Ordinal), speakerID, "direct", q.Text, textnorm.Fold(q.Text),
			int32(0), n, []int32{0, n}, "said", "say", speaker, name, key, "person", ptr(q.Affiliation), ptr(q.Role), float32(0.9))
		return row, nil
	})
	n, err := s.pool.CopyFrom(ctx, pgx.Identifier{"quotes"}, []string{"article_id", "ordinal", "speaker_id", "kind", "text",
		"text_norm", "content_start", "content_end", "content_spans", "cue_text", "cue_lemma", "source_text",
		"speaker_name", "speaker_key", "speaker_type", "affiliation", "role", "confidence"}, src)
	if err != nil {
		return st, fmt.Errorf("copy quotes: %w", err)
	}
	st.Quotes = n
	st.Copy = time.Since(start)

	if !keepIndexes {
		if err := s.pool.QueryRow(ctx, "SHOW maintenance_work_mem").Scan(&st.MaintenanceM); err != nil {
			return st, fmt.Errorf("read maintenance_work_mem: %w", err)
		}
		start = time.Now()
		var wg sync.WaitGroup
		var mu sync.Mutex
		var firstErr error
		for _, name := range lookupIndexes {
			wg.Go(func() {
				t0 := time.Now()
				_, err := s.pool.Exec(ctx, defs[name])
				mu.Lock()
				defer mu.Unlock()
				st.IndexBuilds[name] = time.Since(t0)
				if err != nil && firstErr == nil {
					firstErr = fmt.Errorf("build index %s: %w", name, err)
				}
			})
		}
		wg.Wait()
		if firstErr != nil {
			return st, firstErr
		}
		st.IndexBuild = time.Since(start)
	}
	start = time.Now()
	if _, err := s.pool.Exec(ctx, "VACUUM (ANALYZE) outlets, speakers, articles, quotes"); err != nil {
		return st, fmt.Errorf("vacuum analyze: %w", err)
	}
	st.Analyze = time.Since(start)
	for _, name := range lookupIndexes {
		var size int64
		if err := s.pool.QueryRow(ctx, "SELECT pg_relation_size($1::regclass)", name).Scan(&size); err != nil {
			return st, fmt.Errorf("size of %s: %w", name, err)
		}
		st.IndexBytes[name] = size
	}
	if err := s.pool.QueryRow(ctx, "SELECT pg_table_size('quotes')").Scan(&st.TableBytes); err != nil {
		return st, fmt.Errorf("size of quotes: %w", err)
	}
	return st, nil
}

// bulkCopy copies n rows into table and returns their ids in row order
// (the table must be empty: ids come from its identity in insert order).
func (s *Store) bulkCopy(ctx context.Context, table string, cols []string, n int, rowAt func(int) []any) ([]int64, error) {
	i := 0
	src := pgx.CopyFromFunc(func() ([]any, error) {
		if i >= n {
			return nil, nil
		}
		i++
		return rowAt(i - 1), nil
	})
	if _, err := s.pool.CopyFrom(ctx, pgx.Identifier{table}, cols, src); err != nil {
		return nil, fmt.Errorf("copy %s: %w", table, err)
	}
	rows, err := s.pool.Query(ctx, "SELECT id FROM "+pgx.Identifier{table}.Sanitize()+" ORDER BY id")
	if err != nil {
		return nil, fmt.Errorf("read %s ids: %w", table, err)
	}
	ids, err := pgx.CollectRows(rows, pgx.RowTo[int64])
	if err != nil {
		return nil, fmt.Errorf("read %s ids: %w", table, err)
	}
	if len(ids) != n {
		return nil, fmt.Errorf("copy %s: %d rows stored, want %d (table not empty?)", table, len(ids), n)
	}
	return ids, nil
}
