package main

import (
	"github.com/spf13/cobra"

	"github.com/whosaid/whosaid/internal/report"
)

func newReport() *cobra.Command {
	var format string
	var limit int
	cmd := &cobra.Command{Use: "report", Short: "Reports over the stored attributions"}
	cmd.PersistentFlags().StringVar(&format, "format", "table", "table, csv, json or markdown")
	cmd.PersistentFlags().IntVar(&limit, "limit", 20, "rows at most")
	cmd.AddCommand(&cobra.Command{
		Use: "speakers", Short: "The most quoted speakers, with article and outlet counts, first and last seen", Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			st, err := openStore(cmd.Context())
			if err != nil {
				return err
			}
			defer st.Close()
			rows, err := st.TopSpeakers(cmd.Context(), limit)
			if err != nil {
				return err
			}
			return report.Write(cmd.OutOrStdout(), format, report.Speakers(rows), termWidth())
		},
	})
	return cmd
}
