package store

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"

	"github.com/jackc/pgx/v5"

	"github.com/whosaid/whosaid/db"
)

// bulkLockKey is the advisory lock every running `import --bulk` holds
// (shared) for its whole run.
const bulkLockKey int64 = 0x77686f7361696442 // "whosaidB"

// BulkLoad is a running `import --bulk`: the quotes' lookup indexes are
// dropped until Finish builds them again.
type BulkLoad struct {
	s    *Store
	lock *pgx.Conn // a session of its own, holding the shared bulkLockKey
}

// StartBulkLoad prepares a first large load: it drops the quotes' GIN
// lookup indexes (trigram and full text), recording their definitions in
// dropped_indexes in the same transaction, because PostgreSQL builds a GIN
// index in one pass faster than it maintains it row by row. Lookups keep
// working meanwhile, only slower. Finish builds the indexes again; if the
// process dies first, the next start does (Migrate).
func (s *Store) StartBulkLoad(ctx context.Context) (*BulkLoad, error) {
	pc, err := s.pool.Acquire(ctx)
	if err != nil {
		return nil, fmt.Errorf("bulk load: %w", err)
	}
	// The lock lives as long as this session: hijacked from the pool, it is
	// closed by Finish, or by the server when the process dies.
	conn := pc.Hijack()
	if err := s.q.BulkImportLockShared(ctx, conn, bulkLockKey); err != nil {
		conn.Close(context.WithoutCancel(ctx))
		return nil, fmt.Errorf("bulk load: take the bulk import lock: %w", err)
	}
	err = pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		defs, err := s.q.IndexDefinitionList(ctx, tx, lookupIndexes)
		if err != nil {
			return fmt.Errorf("read index definitions: %w", err)
		}
		for _, d := range defs {
			if err := s.q.DroppedIndexInsert(ctx, tx, db.DroppedIndexInsertParams{Name: d.Name, Definition: d.Definition}); err != nil {
				return fmt.Errorf("record index %s: %w", d.Name, err)
			}
			if _, err := tx.Exec(ctx, "DROP INDEX "+pgx.Identifier{d.Name}.Sanitize()); err != nil {
				return fmt.Errorf("drop index %s: %w", d.Name, err)
			}
		}
		return nil
	})
	if err != nil {
		conn.Close(context.WithoutCancel(ctx))
		return nil, fmt.Errorf("bulk load: %w", err)
	}
	return &BulkLoad{s: s, lock: conn}, nil
}

// Finish ends the bulk load and builds the dropped indexes again, unless
// another bulk import is still running: the last one to finish builds them.
// It returns the indexes it built.
func (b *BulkLoad) Finish(ctx context.Context) ([]string, error) {
	if b.lock == nil {
		return nil, nil
	}
	err := b.s.q.BulkImportUnlockShared(ctx, b.lock, bulkLockKey)
	b.lock.Close(ctx)
	b.lock = nil
	if err != nil {
		// Closing the session releases the lock too, only later: try anyway;
		// the next start rebuilds what this could not.
		err = fmt.Errorf("bulk load: release the bulk import lock: %w", err)
	}
	built, rerr := b.s.RebuildDroppedIndexes(ctx)
	return built, errors.Join(err, rerr)
}

// RebuildDroppedIndexes builds again the indexes a bulk import dropped, each
// in a transaction of its own and all at once (one connection each), unless
// a bulk import is running. It returns the indexes it built.
func (s *Store) RebuildDroppedIndexes(ctx context.Context) ([]string, error) {
	dropped, err := s.q.DroppedIndexList(ctx, s.pool)
	if err != nil {
		return nil, fmt.Errorf("list dropped indexes: %w", err)
	}
	if len(dropped) == 0 {
		return nil, nil
	}
	idle, err := s.q.BulkImportIdle(ctx, s.pool, bulkLockKey)
	if err != nil {
		return nil, fmt.Errorf("look for running bulk imports: %w", err)
	}
	if !idle {
		return nil, nil
	}
	// A bulk import starting now drops what is built here after it is
	// built: DROP INDEX waits for CREATE INDEX's lock, and each side
	// records or clears its row in its own transaction.
	var (
		wg    sync.WaitGroup
		mu    sync.Mutex
		built []string
		errs  []error
	)
	for _, d := range dropped {
		wg.Go(func() {
			mine := false
			err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
				def, err := s.q.DroppedIndexTake(ctx, tx, d.Name)
				if errors.Is(err, pgx.ErrNoRows) {
					return nil // another process built it
				} else if err != nil {
					return err
				}
				_, err = tx.Exec(ctx, def)
				mine = err == nil
				return err
			})
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				errs = append(errs, fmt.Errorf("rebuild index %s: %w", d.Name, err))
			} else if mine {
				built = append(built, d.Name)
			}
		})
	}
	wg.Wait()
	sort.Strings(built)
	return built, errors.Join(errs...)
}
