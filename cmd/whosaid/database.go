package main

import (
	"context"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/whosaid/whosaid/internal/pgcluster"
	"github.com/whosaid/whosaid/internal/store"
)

var dbURL string

// databaseURL picks the database: --db, then $DATABASE_URL, then the private
// cluster, which is created and started on first use.
func databaseURL(ctx context.Context) (string, error) {
	if dbURL != "" {
		return dbURL, nil
	}
	if u := os.Getenv("DATABASE_URL"); u != "" {
		return u, nil
	}
	c, err := pgcluster.Default()
	if err != nil {
		return "", err
	}
	return c.Ensure(ctx)
}

// openStore connects and brings the schema up to date: the binary migrates
// its own database on start.
func openStore(ctx context.Context) (*store.Store, error) {
	url, err := databaseURL(ctx)
	if err != nil {
		return nil, err
	}
	st, err := store.Open(ctx, url)
	if err != nil {
		return nil, err
	}
	if err := st.Migrate(ctx); err != nil {
		st.Close()
		return nil, fmt.Errorf("prepare database: %w", err)
	}
	return st, nil
}

// withStore wraps a command body with an open, migrated store, closed when
// the command returns.
func withStore(run func(cmd *cobra.Command, st *store.Store, args []string) error) func(*cobra.Command, []string) error {
	return func(cmd *cobra.Command, args []string) error {
		st, err := openStore(cmd.Context())
		if err != nil {
			return err
		}
		defer st.Close()
		return run(cmd, st, args)
	}
}
