package store

import (
	"context"
	"fmt"
	"time"

	"github.com/whosaid/whosaid/db"
)

// SpeakerStat is one row of the speakers report.
type SpeakerStat struct {
	ID        int64      `json:"id"`
	Name      string     `json:"name"`
	Type      string     `json:"type"`
	Quotes    int64      `json:"quotes"`
	Articles  int64      `json:"articles"`
	Outlets   int64      `json:"outlets"`
	FirstSeen *time.Time `json:"first_seen"`
	LastSeen  *time.Time `json:"last_seen"`
}

// TopSpeakers lists the most quoted speakers.
func (s *Store) TopSpeakers(ctx context.Context, limit int) ([]SpeakerStat, error) {
	rows, err := s.q.ReportSpeakers(ctx, s.pool, int32(limit))
	if err != nil {
		return nil, fmt.Errorf("report speakers: %w", err)
	}
	out := make([]SpeakerStat, len(rows))
	for i, r := range rows {
		out[i] = SpeakerStat{ID: r.ID, Name: r.DisplayName, Type: r.Type, Quotes: r.Quotes,
			Articles: r.Articles, Outlets: r.Outlets, FirstSeen: anyTime(r.FirstSeen), LastSeen: anyTime(r.LastSeen)}
	}
	return out, nil
}

// anyTime reads an aggregate over a timestamptz, which sqlc types as any.
func anyTime(v any) *time.Time {
	if t, ok := v.(time.Time); ok {
		return &t
	}
	return nil
}

// ArticleQuotes returns the stored quotes of the article with the given body hash.
func (s *Store) ArticleQuotes(ctx context.Context, hash []byte) ([]db.QuoteListByArticleRow, error) {
	a, err := s.q.ArticleGetByHash(ctx, s.pool, hash)
	if err != nil {
		return nil, fmt.Errorf("find article: %w", err)
	}
	return s.q.QuoteListByArticle(ctx, s.pool, a.ID)
}
