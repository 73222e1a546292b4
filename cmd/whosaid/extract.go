package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/whosaid/whosaid/internal/extract"
	"github.com/whosaid/whosaid/internal/ingest"
)

func newExtract() *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "extract [--format jsonl|text] PATH...",
		Short: "Print the attributions found in articles, without a database",
		Long: `Extract prints one record per attribution. jsonl is the record format of the
evaluation scorer (offsets are Unicode code points into the file's decoded text);
text is a listing for people.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "jsonl" && format != "text" {
				return fmt.Errorf("unknown format %q (want jsonl or text)", format)
			}
			w := bufio.NewWriter(cmd.OutOrStdout())
			defer w.Flush()
			files, errs := ingest.List(args)
			failed := len(errs) > 0
			for _, e := range errs {
				fmt.Fprintln(os.Stderr, "whosaid: extract", e)
			}
			for _, f := range files {
				for _, e := range ingest.ReadFile(f, func(a ingest.Article) {
					if err := printAttributions(w, format, a, extract.Extract(a.Body)); err != nil {
						fmt.Fprintln(os.Stderr, "whosaid: extract", err)
					}
				}) {
					failed = true
					fmt.Fprintln(os.Stderr, "whosaid: extract", e)
				}
			}
			if failed {
				return errFailed
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&format, "format", "text", "jsonl or text")
	return cmd
}

func printAttributions(w io.Writer, format string, a ingest.Article, atts []extract.Attribution) error {
	if format == "jsonl" {
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		for _, at := range atts {
			if err := enc.Encode(extract.NewRecord(a.Doc, at)); err != nil {
				return err
			}
		}
		return nil
	}
	name := a.Path
	if a.Line > 0 {
		name = fmt.Sprintf("%s:%d", a.Path, a.Line)
	}
	fmt.Fprintf(w, "== %s (%d attributions)\n", name, len(atts))
	for _, at := range atts {
		who := at.Speaker
		if who == "" {
			who = at.SourceText
		}
		if who == "" {
			who = "?"
		}
		var extra []string
		for _, kv := range [][2]string{{"type", at.SpeakerType}, {"role", at.Role}, {"affiliation", at.Affiliation}, {"to", at.Addressee}, {"cue", at.CueLemma}} {
			if kv[1] != "" {
				extra = append(extra, kv[0]+": "+kv[1])
			}
		}
		fmt.Fprintf(w, "%-8s %s", at.Kind, who)
		if len(extra) > 0 {
			fmt.Fprintf(w, " (%s)", strings.Join(extra, "; "))
		}
		fmt.Fprintf(w, "\n         %s\n", at.Text)
	}
	return nil
}
