package store

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/whosaid/whosaid/db"
	"github.com/whosaid/whosaid/internal/extract"
)

// Reextract runs extractFn over every stored article body and replaces the
// article's quotes, one transaction per article. Speakers resolve through
// their aliases, so an editor's merges, splits and renames stay in force.
func (s *Store) Reextract(ctx context.Context, version string, extractFn func(string) []extract.Attribution) (articles, quotes int, err error) {
	const page = 200
	var after int64
	for {
		rows, err := s.q.ArticleListPage(ctx, s.pool, db.ArticleListPageParams{AfterID: after, MaxRows: page})
		if err != nil {
			return articles, quotes, fmt.Errorf("list articles: %w", err)
		}
		for _, r := range rows {
			atts := extractFn(r.Body)
			var n int
			err := Retry(ctx, 4, func() error {
				ids := map[string]int64{}
				if err := s.resolveSpeakers(ctx, atts, ids); err != nil {
					return err
				}
				return pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
					if err := s.q.QuoteDeleteByArticle(ctx, tx, r.ID); err != nil {
						return err
					}
					var err error
					if n, err = s.insertQuotes(ctx, tx, r.ID, atts, ids); err != nil {
						return err
					}
					return s.q.ArticleSetExtractorVersion(ctx, tx, db.ArticleSetExtractorVersionParams{ID: r.ID, ExtractorVersion: version})
				})
			})
			if err != nil {
				return articles, quotes, fmt.Errorf("re-extract article %d: %w", r.ID, err)
			}
			articles++
			quotes += n
			after = r.ID
		}
		if len(rows) < page {
			return articles, quotes, s.RelinkAllFactChecks(ctx) // new quotes, new ids: link them again
		}
	}
}
