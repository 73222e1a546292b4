package main

import (
	"fmt"
	"net"
	"time"

	"github.com/spf13/cobra"

	"github.com/whosaid/whosaid/internal/store"
	"github.com/whosaid/whosaid/internal/web"
)

func newServe() *cobra.Command {
	var (
		addr             string
		timeout, stmtMax time.Duration
	)
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "A read-only web desk: search, speakers, articles, outlets, conflicts (and /api/ JSON)",
		Long: `serve runs a read-only web server over the database. It never migrates or
writes: every session is read-only and has a statement timeout, so it can run
under a role that may only SELECT. It refuses to start when the schema is
missing or older than this binary (run "whosaid migrate up" as the owner).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			url, err := databaseURL(ctx)
			if err != nil {
				return err
			}
			st, err := store.OpenReadOnly(ctx, url, stmtMax)
			if err != nil {
				return err
			}
			defer st.Close()
			if _, _, err := st.SchemaCheck(ctx); err != nil {
				return err
			}
			srv, err := web.New(st, web.Options{Timeout: timeout})
			if err != nil {
				return err
			}
			ln, err := net.Listen("tcp", addr)
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.ErrOrStderr(), "whosaid: serving http://%s/ (read-only; Ctrl-C stops)\n", ln.Addr())
			return srv.Serve(ctx, ln)
		},
	}
	f := cmd.Flags()
	f.StringVar(&addr, "addr", web.DefaultAddr, "address to listen on (host:port)")
	f.DurationVar(&timeout, "timeout", web.DefaultTimeout, "time limit of each request")
	f.DurationVar(&stmtMax, "statement-timeout", 5*time.Second, "time limit of each SQL statement")
	return cmd
}
