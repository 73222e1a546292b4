package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/whosaid/whosaid/internal/lookup"
)

func newLookup() *cobra.Command {
	var speaker, format string
	var limit int
	cmd := &cobra.Command{
		Use:   `lookup "TEXT" [--speaker NAME] [--format table|json|claimreview] [--limit N]`,
		Short: "Who said this, when, and where did it first appear? Checks a line against every stored quote",
		Long: `Lookup finds the stored statements nearest to TEXT although quote marks, case,
punctuation or a few words differ, or TEXT is only a fragment. Each statement
(the same quote carried by several articles) is shown with the speakers it is
credited to, their role then, its first and last appearance and how many
articles and outlets carried it. With --speaker a verdict comes first: FOUND,
MISATTRIBUTED (credited to someone else) or NOT FOUND.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if !validFormat(format) {
				return fmt.Errorf("unknown format %q (want %s)", format, strings.Join(lookup.Formats, ", "))
			}
			st, err := openStore(cmd.Context())
			if err != nil {
				return err
			}
			defer st.Close()
			res, err := lookup.Lookup(cmd.Context(), st, strings.Join(args, " "), lookup.Options{Speaker: speaker, Limit: limit})
			if err != nil {
				return err
			}
			return lookup.Write(cmd.OutOrStdout(), format, res, termWidth())
		},
	}
	cmd.Flags().StringVar(&speaker, "speaker", "", "say whether this speaker is credited with the statement")
	cmd.Flags().StringVar(&format, "format", "table", strings.Join(lookup.Formats, ", "))
	cmd.Flags().IntVar(&limit, "limit", 5, "statements at most")
	return cmd
}

func validFormat(f string) bool {
	for _, x := range lookup.Formats {
		if f == x {
			return true
		}
	}
	return false
}
