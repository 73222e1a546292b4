// Command whosaid finds who said what in news articles and keeps it in
// PostgreSQL. Each subcommand only wires flags to a package under internal/.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"runtime/pprof"
	"syscall"

	"github.com/spf13/cobra"
)

// errFailed marks a run that finished but had problems it already printed:
// the exit status is 1 and nothing more is said.
var errFailed = errors.New("some inputs failed")

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	root := newRoot()
	if err := root.ExecuteContext(ctx); err != nil {
		if !errors.Is(err, errFailed) {
			fmt.Fprintln(os.Stderr, "whosaid:", err)
		}
		os.Exit(1)
	}
}

func newRoot() *cobra.Command {
	root := &cobra.Command{
		Use:           "whosaid",
		Short:         "Find who said what in news articles and keep it in PostgreSQL",
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	var cpuProfile string
	var stopProfile func()
	root.PersistentFlags().StringVar(&cpuProfile, "cpuprofile", "", "write a CPU profile (go tool pprof) to this file")
	root.PersistentPreRunE = func(*cobra.Command, []string) error {
		if cpuProfile == "" {
			return nil
		}
		f, err := os.Create(cpuProfile)
		if err != nil {
			return err
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		stopProfile = func() { pprof.StopCPUProfile(); f.Close() }
		return nil
	}
	root.PersistentPostRun = func(*cobra.Command, []string) {
		if stopProfile != nil {
			stopProfile()
		}
	}
	root.PersistentFlags().StringVar(&dbURL, "db", "", "PostgreSQL URL (default $DATABASE_URL, else a private cluster under $XDG_DATA_HOME/whosaid)")
	root.AddCommand(newImport(), newExtract(), newMigrate(), newDB(), newReport(), newSpeakers(), newReextract(), newBench(), newServe(), newLookup(), newFactChecks())
	return root
}
