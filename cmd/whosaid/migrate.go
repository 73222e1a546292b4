package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/whosaid/whosaid/internal/store"
)

func newMigrate() *cobra.Command {
	cmd := &cobra.Command{Use: "migrate status|up|down", Short: "Show or change the database schema version"}
	run := func(do func(cmd *cobra.Command, st *store.Store) error) func(*cobra.Command, []string) error {
		return func(cmd *cobra.Command, _ []string) error {
			url, err := databaseURL(cmd.Context())
			if err != nil {
				return err
			}
			st, err := store.Open(cmd.Context(), url)
			if err != nil {
				return err
			}
			defer st.Close()
			return do(cmd, st)
		}
	}
	cmd.AddCommand(
		&cobra.Command{Use: "status", Short: "List migrations, applied or pending", Args: cobra.NoArgs,
			RunE: run(func(cmd *cobra.Command, st *store.Store) error {
				return st.MigrateStatus(cmd.Context(), cmd.OutOrStdout())
			})},
		&cobra.Command{Use: "up", Short: "Apply every pending migration", Args: cobra.NoArgs,
			RunE: run(func(cmd *cobra.Command, st *store.Store) error {
				if err := st.Migrate(cmd.Context()); err != nil {
					return err
				}
				fmt.Fprintln(cmd.OutOrStdout(), "database is up to date")
				return nil
			})},
		&cobra.Command{Use: "down", Short: "Roll back the newest migration", Args: cobra.NoArgs,
			RunE: run(func(cmd *cobra.Command, st *store.Store) error { return st.MigrateDown(cmd.Context()) })},
	)
	return cmd
}
