package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/whosaid/whosaid/internal/pgcluster"
)

func newDB() *cobra.Command {
	cmd := &cobra.Command{Use: "db status|start|stop", Short: "Manage the private PostgreSQL cluster used when no --db or DATABASE_URL is given"}
	cmd.AddCommand(
		&cobra.Command{Use: "status", Short: "Say where the private cluster lives and whether it runs", Args: cobra.NoArgs,
			RunE: func(cmd *cobra.Command, _ []string) error {
				c, err := pgcluster.Default()
				if err != nil {
					return err
				}
				st, err := c.Status(cmd.Context())
				if err != nil {
					return err
				}
				fmt.Fprintln(cmd.OutOrStdout(), st)
				return nil
			}},
		&cobra.Command{Use: "start", Short: "Create the private cluster if needed and start it", Args: cobra.NoArgs,
			RunE: func(cmd *cobra.Command, _ []string) error {
				c, err := pgcluster.Default()
				if err != nil {
					return err
				}
				url, err := c.Ensure(cmd.Context())
				if err != nil {
					return err
				}
				fmt.Fprintln(cmd.OutOrStdout(), url)
				return nil
			}},
		&cobra.Command{Use: "stop", Short: "Stop the private cluster", Args: cobra.NoArgs,
			RunE: func(cmd *cobra.Command, _ []string) error {
				c, err := pgcluster.Default()
				if err != nil {
					return err
				}
				return c.Stop(cmd.Context())
			}},
	)
	return cmd
}
