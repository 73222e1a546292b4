// Package store is whosaid's only door to PostgreSQL: it holds the pgx pool
// and the sqlc queries of package db, migrates the schema, and saves each
// article with its attributions in one transaction.
package store

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/whosaid/whosaid/db"
)

// Store wraps a connection pool and the generated queries.
type Store struct {
	pool *pgxpool.Pool
	q    *db.Queries
}

// Open connects to the database at url. It does not migrate; call Migrate.
func Open(ctx context.Context, url string) (*Store, error) {
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		return nil, fmt.Errorf("parse database url: %w", err)
	}
	cfg.ConnConfig.RuntimeParams["application_name"] = "whosaid"
	return connect(ctx, cfg)
}

// connect opens the pool and checks that the server answers.
func connect(ctx context.Context, cfg *pgxpool.Config) (*Store, error) {
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("connect to database: %w", err)
	}
	if err := pool.Ping(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("connect to database %s: %w", redact(cfg), err)
	}
	return &Store{pool: pool, q: db.New()}, nil
}

// Close releases every connection.
func (s *Store) Close() { s.pool.Close() }

// Pool exposes the pool to packages that run read-only queries through
// store's own methods; it is here for tests and the benchmark's COPY ceiling.
func (s *Store) Pool() *pgxpool.Pool { return s.pool }

func redact(cfg *pgxpool.Config) string {
	c := cfg.ConnConfig
	return fmt.Sprintf("%s@%s:%d/%s", c.User, c.Host, c.Port, c.Database)
}

// replanned runs each query planned for its actual arguments (an unnamed
// statement; pgx caches only its description) instead of through a prepared
// statement's generic plan. Lookups by a list of keys in tables that grow
// during an import need it: a generic plan made while a table was small
// keeps reading it whole, comparing every row with every key, for the life
// of the connection (autovacuum's ANALYZE comes a minute later at best).
type replanned struct{ db.DBTX }

func (r replanned) Exec(ctx context.Context, sql string, args ...any) (pgconn.CommandTag, error) {
	return r.DBTX.Exec(ctx, sql, append([]any{pgx.QueryExecModeCacheDescribe}, args...)...)
}

func (r replanned) Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error) {
	return r.DBTX.Query(ctx, sql, append([]any{pgx.QueryExecModeCacheDescribe}, args...)...)
}

func (r replanned) QueryRow(ctx context.Context, sql string, args ...any) pgx.Row {
	return r.DBTX.QueryRow(ctx, sql, append([]any{pgx.QueryExecModeCacheDescribe}, args...)...)
}
