package store

import (
	"context"
	"fmt"

	"github.com/whosaid/whosaid/db"
)

// RunTotals is what an import run did, kept in import_runs.
type RunTotals struct {
	Files, New, Unchanged, Updated, Quotes, Errors int
}

// StartRun records the start of an import and returns its id.
func (s *Store) StartRun(ctx context.Context, paths []string, version string) (int64, error) {
	id, err := s.q.ImportRunInsert(ctx, s.pool, db.ImportRunInsertParams{Paths: paths, ExtractorVersion: version})
	if err != nil {
		return 0, fmt.Errorf("record import run: %w", err)
	}
	return id, nil
}

// FinishRun stores a run's totals.
func (s *Store) FinishRun(ctx context.Context, id int64, t RunTotals) error {
	err := s.q.ImportRunFinish(ctx, s.pool, db.ImportRunFinishParams{
		ID: id, Files: int32(t.Files), ArticlesNew: int32(t.New), ArticlesUnchanged: int32(t.Unchanged),
		ArticlesUpdated: int32(t.Updated), Quotes: int32(t.Quotes), Errors: int32(t.Errors),
	})
	if err != nil {
		return fmt.Errorf("finish import run %d: %w", id, err)
	}
	return nil
}

// RecordError keeps a file's problem in import_errors. line is 0 when the
// problem is with the whole file.
func (s *Store) RecordError(ctx context.Context, runID int64, path string, line int, reason string) error {
	var l *int32
	if line > 0 {
		v := int32(line)
		l = &v
	}
	if err := s.q.ImportErrorInsert(ctx, s.pool, db.ImportErrorInsertParams{RunID: runID, Path: path, Line: l, Reason: reason}); err != nil {
		return fmt.Errorf("record import error for %s: %w", path, err)
	}
	return nil
}

// RunErrors lists the problems recorded for a run.
func (s *Store) RunErrors(ctx context.Context, runID int64) ([]db.ImportError, error) {
	return s.q.ImportErrorListByRun(ctx, s.pool, runID)
}

// Counts are the table sizes a summary or a test looks at.
type Counts struct{ Articles, Quotes, Speakers int64 }

// Count returns the number of articles, quotes and speakers.
func (s *Store) Count(ctx context.Context) (Counts, error) {
	var c Counts
	var err error
	if c.Articles, err = s.q.ArticleCount(ctx, s.pool); err != nil {
		return c, fmt.Errorf("count articles: %w", err)
	}
	if c.Quotes, err = s.q.QuoteCount(ctx, s.pool); err != nil {
		return c, fmt.Errorf("count quotes: %w", err)
	}
	if c.Speakers, err = s.q.SpeakerCount(ctx, s.pool); err != nil {
		return c, fmt.Errorf("count speakers: %w", err)
	}
	return c, nil
}
