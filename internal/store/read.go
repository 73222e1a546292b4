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

// Fingerprint describes the stored articles and quotes so that two
// databases can be compared: one line per article, sorted by body hash.
func (s *Store) Fingerprint(ctx context.Context) ([]string, error) {
	rows, err := s.q.ArticleFingerprintList(ctx, s.pool)
	if err != nil {
		return nil, fmt.Errorf("fingerprint: %w", err)
	}
	out := make([]string, len(rows))
	for i, r := range rows {
		out[i] = fmt.Sprintf("%s %d %s", r.BodyHash, r.Quotes, r.Digest)
	}
	return out, nil
}
