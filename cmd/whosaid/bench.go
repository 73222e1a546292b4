package main

import (
	"bytes"
	"fmt"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/whosaid/whosaid/internal/bench"
)

const benchStart, benchEnd = "<!-- bench:start -->", "<!-- bench:end -->"

func newBench() *cobra.Command {
	var out string
	var rounds, lookupQuotes int
	cmd := &cobra.Command{
		Use:   "bench [CORPUS...]",
		Short: "Measure extraction and import (against a bare COPY) on a fresh database, and write BENCHMARKS.md",
		Long: `Bench extracts the corpus (default ../shared/corpus/bbc) on one core and on all,
imports it end to end into a scratch database it creates and drops, and times a
bare COPY of the same bodies there as the ceiling. The table goes to stdout and
replaces the figures between the bench markers of --out.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				args = []string{"../shared/corpus/bbc"}
			}
			url, err := databaseURL(cmd.Context())
			if err != nil {
				return err
			}
			r, err := bench.Run(cmd.Context(), bench.Options{Corpus: args, ServerURL: url, Rounds: rounds, LookupQuotes: lookupQuotes})
			if err != nil {
				return err
			}
			var b bytes.Buffer
			bench.Write(&b, r, fmt.Sprintf("whosaid bench --lookup-quotes %d %s", lookupQuotes, strings.Join(args, " ")))
			fmt.Fprint(cmd.OutOrStdout(), b.String())
			if out == "" {
				return nil
			}
			return replaceSection(out, b.String())
		},
	}
	cmd.Flags().StringVar(&out, "out", "BENCHMARKS.md", "Markdown file whose bench section gets the table ('' for none)")
	cmd.Flags().IntVar(&rounds, "rounds", 3, "extraction passes; the best counts")
	cmd.Flags().IntVar(&lookupQuotes, "lookup-quotes", 1_000_000, "generated quotes to time lookups over (0 to skip; 1M takes a few minutes to load)")
	return cmd
}

// replaceSection puts table between the bench markers of path, keeping the
// rest of the file (profile notes) as written.
func replaceSection(path, table string) error {
	old, err := os.ReadFile(path)
	if err != nil && !os.IsNotExist(err) {
		return err
	}
	section := benchStart + "\n" + table + benchEnd
	doc := string(old)
	i, j := strings.Index(doc, benchStart), strings.Index(doc, benchEnd)
	switch {
	case i >= 0 && j > i:
		doc = doc[:i] + section + doc[j+len(benchEnd):]
	case doc == "":
		doc = "# Benchmarks\n\n" + section + "\n"
	default:
		doc += "\n" + section + "\n"
	}
	return os.WriteFile(path, []byte(doc), 0o644)
}
