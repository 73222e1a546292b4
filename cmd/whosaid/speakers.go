package main

import (
	"fmt"
	"strconv"

	"github.com/spf13/cobra"

	"github.com/whosaid/whosaid/internal/extract"
	"github.com/whosaid/whosaid/internal/report"
	"github.com/whosaid/whosaid/internal/store"
)

func newSpeakers() *cobra.Command {
	var format string
	var limit int
	cmd := &cobra.Command{
		Use:   "speakers list|show|merge|split|rename",
		Short: "List speakers and correct the machine: merge, split, rename (kept across re-imports)",
	}
	cmd.PersistentFlags().StringVar(&format, "format", "table", "table, csv, json or markdown")
	list := &cobra.Command{Use: "list", Short: "Speakers with their quote counts and other names", Args: cobra.NoArgs,
		RunE: withStore(func(cmd *cobra.Command, st *store.Store, _ []string) error {
			rows, err := st.Speakers(cmd.Context(), limit)
			if err != nil {
				return err
			}
			t := report.Table{Headers: []string{"id", "speaker", "type", "quotes", "also written"}, Wrap: 4, Data: rows}
			for _, r := range rows {
				t.Rows = append(t.Rows, []string{strconv.FormatInt(r.ID, 10), r.DisplayName, r.Type, strconv.FormatInt(r.Quotes, 10), r.Aliases})
			}
			return report.Write(cmd.OutOrStdout(), format, t, termWidth())
		})}
	list.Flags().IntVar(&limit, "limit", 100, "rows at most")
	cmd.AddCommand(list,
		&cobra.Command{Use: "show NAME", Short: "A speaker's names, roles over time and statements", Args: cobra.ExactArgs(1),
			RunE: withStore(func(cmd *cobra.Command, st *store.Store, args []string) error {
				rec, err := st.Speaker(cmd.Context(), args[0], store.Filter{Limit: 1000})
				if err != nil {
					return err
				}
				if format == "table" {
					fmt.Fprintln(cmd.OutOrStdout(), report.SpeakerHeader(rec))
				}
				return report.Write(cmd.OutOrStdout(), format, report.SpeakerQuotes(rec), termWidth())
			})},
		&cobra.Command{Use: "merge INTO FROM", Short: "Make FROM the same speaker as INTO (its quotes and names move)", Args: cobra.ExactArgs(2),
			RunE: withStore(func(cmd *cobra.Command, st *store.Store, args []string) error {
				sp, err := st.MergeSpeakers(cmd.Context(), args[0], args[1])
				if err != nil {
					return err
				}
				fmt.Fprintf(cmd.OutOrStdout(), "merged %q into %s\n", args[1], sp.DisplayName)
				return nil
			})},
		&cobra.Command{Use: "split SPEAKER NAME", Short: "Take the name form NAME, and its quotes, out of SPEAKER into a speaker of its own", Args: cobra.ExactArgs(2),
			RunE: withStore(func(cmd *cobra.Command, st *store.Store, args []string) error {
				sp, moved, err := st.SplitSpeaker(cmd.Context(), args[0], args[1])
				if err != nil {
					return err
				}
				fmt.Fprintf(cmd.OutOrStdout(), "split %s out with %d quotes\n", sp.DisplayName, moved)
				return nil
			})},
		&cobra.Command{Use: "rename SPEAKER NEWNAME", Short: "Set the name a speaker is shown under", Args: cobra.ExactArgs(2),
			RunE: withStore(func(cmd *cobra.Command, st *store.Store, args []string) error {
				sp, err := st.RenameSpeaker(cmd.Context(), args[0], args[1])
				if err != nil {
					return err
				}
				fmt.Fprintf(cmd.OutOrStdout(), "renamed to %s\n", sp.DisplayName)
				return nil
			})},
	)
	return cmd
}

func newReextract() *cobra.Command {
	return &cobra.Command{
		Use:   "reextract",
		Short: "Run the current extractor over every stored article and replace its quotes (editor corrections are kept)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			st, err := openStore(cmd.Context())
			if err != nil {
				return err
			}
			defer st.Close()
			arts, quotes, err := st.Reextract(cmd.Context(), extract.Version, extract.Extract)
			fmt.Fprintf(cmd.OutOrStdout(), "re-extracted %d articles: %d quotes (extractor %s)\n", arts, quotes, extract.Version)
			return err
		},
	}
}
