package store

import (
	"context"

	"github.com/jackc/pgx/v5"
)

// ResolveNew runs resolveNew in a transaction of its own for names of the
// given types (key -> name, type), as a batch whose alias lookup found none
// of them: for tests of what a concurrent importer may have stored since.
func (s *Store) ResolveNew(ctx context.Context, keys []string, names map[string][2]string) (map[string]int64, error) {
	byKey := map[string]nameSeen{}
	for k, n := range names {
		byKey[k] = nameSeen{n[0], n[1]}
	}
	ids := map[string]int64{}
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error { return s.resolveNew(ctx, tx, keys, byKey, ids) })
	return ids, err
}

// Abandon ends a bulk load as a killed process would: its lock session
// goes, nothing is rebuilt.
func (b *BulkLoad) Abandon(ctx context.Context) {
	b.lock.Close(ctx)
	b.lock = nil
}
