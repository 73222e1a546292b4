// Package store is whosaid's only door to PostgreSQL: it holds the pgx pool
// and the sqlc queries of package db, migrates the schema, and saves each
// article with its attributions in one transaction.
package store

import (
	"context"
	"fmt"

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
