package main

import (
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/whosaid/whosaid/internal/ingest"
	"github.com/whosaid/whosaid/internal/lookup"
	"github.com/whosaid/whosaid/internal/report"
	"github.com/whosaid/whosaid/internal/store"
)

// reportFlags are the filters and output options every report shares.
type reportFlags struct {
	format, since, until, outlet, kind string
	limit                              int
}

func (rf *reportFlags) filter() (store.Filter, error) {
	f := store.Filter{Outlet: rf.outlet, Kind: rf.kind, Limit: rf.limit}
	for _, d := range []struct {
		flag, val string
		dst       **time.Time
	}{{"--since", rf.since, &f.Since}, {"--until", rf.until, &f.Until}} {
		if d.val == "" {
			continue
		}
		t, err := ingest.ParseTime(d.val)
		if err != nil {
			return f, fmt.Errorf("%s: %w", d.flag, err)
		}
		*d.dst = &t
	}
	switch rf.kind {
	case "", "direct", "partial", "indirect", "mixed":
	default:
		return f, fmt.Errorf("--kind %q: want direct, partial, indirect or mixed", rf.kind)
	}
	return f, nil
}

func newReport() *cobra.Command {
	rf := &reportFlags{}
	cmd := &cobra.Command{Use: "report", Short: "Reports over the stored attributions"}
	pf := cmd.PersistentFlags()
	pf.StringVar(&rf.format, "format", "table", "table, csv, json or markdown")
	pf.IntVar(&rf.limit, "limit", 20, "rows at most")
	pf.StringVar(&rf.since, "since", "", "only articles published on or after this date (2006-01-02)")
	pf.StringVar(&rf.until, "until", "", "only articles published before this date")
	pf.StringVar(&rf.outlet, "outlet", "", "only this outlet")
	pf.StringVar(&rf.kind, "kind", "", "only quotes of this kind: direct, partial, indirect, mixed")

	// each wires one report: open the store, build the filter, render a table.
	each := func(use, short string, args cobra.PositionalArgs, build func(cmd *cobra.Command, st *store.Store, f store.Filter, args []string) (report.Table, error)) *cobra.Command {
		return &cobra.Command{Use: use, Short: short, Args: args, RunE: func(cmd *cobra.Command, args []string) error {
			f, err := rf.filter()
			if err != nil {
				return err
			}
			st, err := openStore(cmd.Context())
			if err != nil {
				return err
			}
			defer st.Close()
			t, err := build(cmd, st, f, args)
			if err != nil {
				return err
			}
			return report.Write(cmd.OutOrStdout(), rf.format, t, termWidth())
		}}
	}
	cmd.AddCommand(each("conflicts", "Statements credited to different speakers in different articles", cobra.NoArgs,
		func(cmd *cobra.Command, st *store.Store, f store.Filter, _ []string) (report.Table, error) {
			rows, err := lookup.Conflicts(cmd.Context(), st, f.Limit)
			return lookup.ConflictsTable(rows), err
		}))
	cmd.AddCommand(
		each("speakers", "Most quoted speakers, with article and outlet counts, first and last seen", cobra.NoArgs,
			func(cmd *cobra.Command, st *store.Store, f store.Filter, _ []string) (report.Table, error) {
				rows, err := st.TopSpeakers(cmd.Context(), f)
				return report.Speakers(rows), err
			}),
		each("speaker NAME", "Everything a speaker said, oldest first, with where, when and their role then", cobra.ExactArgs(1),
			func(cmd *cobra.Command, st *store.Store, f store.Filter, args []string) (report.Table, error) {
				rec, err := st.Speaker(cmd.Context(), args[0], f)
				if err != nil {
					return report.Table{}, err
				}
				if rf.format == "table" {
					fmt.Fprintln(cmd.OutOrStdout(), report.SpeakerHeader(rec))
				}
				return report.SpeakerQuotes(rec), nil
			}),
		each("outlets", "Whom each outlet quotes most; share of anonymous and of organisation sources", cobra.NoArgs,
			func(cmd *cobra.Command, st *store.Store, f store.Filter, _ []string) (report.Table, error) {
				rows, err := st.Outlets(cmd.Context(), f)
				return report.Outlets(rows), err
			}),
		each("cues", "How speech is reported: said vs claimed vs admitted", cobra.NoArgs,
			func(cmd *cobra.Command, st *store.Store, f store.Filter, _ []string) (report.Table, error) {
				rows, err := st.Cues(cmd.Context(), f)
				return report.Cues(rows), err
			}),
		each("factchecks", "Speakers with the most fact-checked statements and the verdicts", cobra.NoArgs,
			func(cmd *cobra.Command, st *store.Store, f store.Filter, _ []string) (report.Table, error) {
				rows, err := st.FactCheckReport(cmd.Context(), f)
				return report.FactChecks(rows), err
			}),
		each("timeline NAME", "A speaker's quotes per week", cobra.ExactArgs(1),
			func(cmd *cobra.Command, st *store.Store, f store.Filter, args []string) (report.Table, error) {
				name, rows, err := st.Timeline(cmd.Context(), args[0], f)
				if err == nil && rf.format == "table" {
					fmt.Fprintf(cmd.OutOrStdout(), "%s: quotes per week\n", name)
				}
				return report.Timeline(rows), err
			}),
	)
	return cmd
}
