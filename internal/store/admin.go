package store

import (
	"context"
	"fmt"
	"net/url"
	"time"

	"github.com/jackc/pgx/v5"
)

// CreateScratchDatabase creates an empty database next to the one serverURL
// names and returns its URL and a function that drops it. The bench command
// measures on a fresh database it creates and drops.
func CreateScratchDatabase(ctx context.Context, serverURL, prefix string) (string, func(), error) {
	conn, err := pgx.Connect(ctx, serverURL)
	if err != nil {
		return "", nil, fmt.Errorf("connect to create a scratch database: %w", err)
	}
	name := fmt.Sprintf("%s_%d", prefix, time.Now().UnixNano())
	if _, err := conn.Exec(ctx, "CREATE DATABASE "+pgx.Identifier{name}.Sanitize()); err != nil {
		conn.Close(ctx)
		return "", nil, fmt.Errorf("create database %s: %w", name, err)
	}
	u, err := url.Parse(serverURL)
	if err != nil {
		conn.Close(ctx)
		return "", nil, err
	}
	u.Path = "/" + name
	drop := func() {
		dctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		conn.Exec(dctx, "DROP DATABASE IF EXISTS "+pgx.Identifier{name}.Sanitize()+" WITH (FORCE)")
		conn.Close(dctx)
	}
	return u.String(), drop, nil
}

// CopyCeiling loads bodies with a bare COPY into a fresh unindexed table and
// returns how long the COPY took: the fastest PostgreSQL can take the same
// text, the ceiling an import is measured against.
func (s *Store) CopyCeiling(ctx context.Context, bodies []string) (time.Duration, error) {
	if _, err := s.pool.Exec(ctx, "DROP TABLE IF EXISTS bench_copy_ceiling; CREATE TABLE bench_copy_ceiling (body text)"); err != nil {
		return 0, fmt.Errorf("create ceiling table: %w", err)
	}
	defer s.pool.Exec(context.WithoutCancel(ctx), "DROP TABLE IF EXISTS bench_copy_ceiling")
	rows := make([][]any, len(bodies))
	for i, b := range bodies {
		rows[i] = []any{b}
	}
	start := time.Now()
	if _, err := s.pool.CopyFrom(ctx, pgx.Identifier{"bench_copy_ceiling"}, []string{"body"}, pgx.CopyFromRows(rows)); err != nil {
		return 0, fmt.Errorf("copy ceiling: %w", err)
	}
	return time.Since(start), nil
}

// ServerVersion is the server's version string ("15.19 ...").
func (s *Store) ServerVersion(ctx context.Context) (string, error) {
	var v string
	err := s.pool.QueryRow(ctx, "SHOW server_version").Scan(&v)
	return v, err
}
