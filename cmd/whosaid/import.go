package main

import (
	"fmt"
	"io"
	"os"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/whosaid/whosaid/internal/importer"
	"github.com/whosaid/whosaid/internal/report"
	"github.com/whosaid/whosaid/internal/store"
)

func newImport() *cobra.Command {
	var workers, top int
	var quiet, bulk bool
	cmd := &cobra.Command{
		Use:   "import PATH...",
		Short: "Import articles (files or folders of .txt and .jsonl; - reads JSON lines from stdin) and print a report",
		Long: `Import reads every article under the given paths, finds its quotes and claims,
and stores each article with its attributions in one transaction. Importing the
same input again adds nothing; an article whose URL is known but whose text
changed gets its quotes replaced. Problems are printed, kept in import_errors,
and make the exit status 1.

--bulk is for a first large load: the quotes' two lookup indexes (trigram and
full text) are dropped during the import and built once at its end, which is
cheaper than keeping them up to date row by row. Meanwhile lookups are slow,
and while the indexes build other writers wait. A bulk import that is killed
leaves them to the next whosaid command, which builds them first.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			st, err := openStore(ctx)
			if err != nil {
				return err
			}
			defer st.Close()
			opt := importer.Options{Workers: workers, Errors: os.Stderr, Bulk: bulk}
			if !quiet && term.IsTerminal(int(os.Stderr.Fd())) {
				opt.Progress = &bar{}
			}
			sum, runErr := importer.Run(ctx, st, args, opt)
			out := cmd.OutOrStdout()
			printSummary(out, sum)
			if runErr != nil {
				return runErr
			}
			if top > 0 {
				rows, err := st.TopSpeakers(ctx, store.Filter{Limit: top})
				if err != nil {
					return err
				}
				fmt.Fprintf(out, "\nTop speakers\n")
				if err := report.Write(out, "table", report.Speakers(rows), termWidth()); err != nil {
					return err
				}
			}
			if sum.Failed() {
				return errFailed
			}
			return nil
		},
	}
	cmd.Flags().IntVar(&workers, "workers", 0, "extraction goroutines (default: one per core)")
	cmd.Flags().IntVar(&top, "top", 10, "speakers to list after the import (0 for none)")
	cmd.Flags().BoolVarP(&quiet, "quiet", "q", false, "no progress bar")
	cmd.Flags().BoolVar(&bulk, "bulk", false, "for a first large load: drop the quotes' lookup indexes during the import and build them once at its end")
	return cmd
}

func printSummary(w io.Writer, s importer.Summary) {
	fmt.Fprintf(w, "files %d  articles: %d new, %d unchanged, %d updated  quotes %d  errors %d  %.1fs  %.0f articles/s\n",
		s.Files, s.New, s.Unchanged, s.Updated, s.Quotes, s.Errors, s.Elapsed.Seconds(), s.ArticlesPerSecond())
	if s.FactChecks > 0 || s.Warnings > 0 {
		fmt.Fprintf(w, "fact-checks %d  warnings %d\n", s.FactChecks, s.Warnings)
	}
}

// bar is a progress bar over files, drawn on stderr.
type bar struct{ pb *progressbar.ProgressBar }

func (b *bar) Start(files int) {
	b.pb = progressbar.NewOptions(files,
		progressbar.OptionSetWriter(os.Stderr),
		progressbar.OptionSetDescription("importing"),
		progressbar.OptionShowCount(),
		progressbar.OptionSetItsString("files"),
		progressbar.OptionShowIts(),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionClearOnFinish(),
		progressbar.OptionThrottle(100_000_000),
	)
}
func (b *bar) FileDone() { _ = b.pb.Add(1) }
func (b *bar) Finish()   { _ = b.pb.Finish() }

func termWidth() int {
	if w, _, err := term.GetSize(int(os.Stdout.Fd())); err == nil {
		return w
	}
	return 0
}
