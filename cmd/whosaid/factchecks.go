package main

import (
	"fmt"
	"strconv"

	"github.com/spf13/cobra"

	"github.com/whosaid/whosaid/internal/report"
	"github.com/whosaid/whosaid/internal/store"
)

func newFactChecks() *cobra.Command {
	var format, status string
	var limit int
	cmd := &cobra.Command{
		Use:   "factchecks links|confirm|reject",
		Short: "Fact-checks linked to quotes; an editor confirms or rejects a link (kept across re-imports)",
	}
	links := &cobra.Command{Use: "links", Short: "Links between fact-checks and quotes, best first", Args: cobra.NoArgs,
		RunE: withStore(func(cmd *cobra.Command, st *store.Store, _ []string) error {
			rows, err := st.FactCheckLinks(cmd.Context(), status, limit)
			if err != nil {
				return err
			}
			t := report.Table{Headers: []string{"link", "score", "status", "rating", "speaker", "quote", "claim", "review"}, Wrap: 5, Data: rows}
			for _, r := range rows {
				t.Rows = append(t.Rows, []string{strconv.FormatInt(r.ID, 10), strconv.FormatFloat(float64(r.Score), 'f', 2, 32),
					r.Status, r.Rating, r.Speaker, r.Quote, r.Claim, r.Review})
			}
			return report.Write(cmd.OutOrStdout(), format, t, termWidth())
		})}
	links.Flags().StringVar(&format, "format", "table", "table, csv, json or markdown")
	links.Flags().StringVar(&status, "status", "", "only links with this status: auto, confirmed, rejected")
	links.Flags().IntVar(&limit, "limit", 100, "rows at most")
	decide := func(verb, status string) *cobra.Command {
		return &cobra.Command{Use: verb + " LINK_ID", Short: "Mark a fact-check link " + status, Args: cobra.ExactArgs(1),
			RunE: withStore(func(cmd *cobra.Command, st *store.Store, args []string) error {
				id, err := strconv.ParseInt(args[0], 10, 64)
				if err != nil {
					return fmt.Errorf("LINK_ID %q: want a number (whosaid factchecks links)", args[0])
				}
				if err := st.SetFactCheckLinkStatus(cmd.Context(), id, status); err != nil {
					return err
				}
				fmt.Fprintf(cmd.OutOrStdout(), "link %d %s\n", id, status)
				return nil
			})}
	}
	cmd.AddCommand(links, decide("confirm", "confirmed"), decide("reject", "rejected"))
	return cmd
}
