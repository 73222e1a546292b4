// Package dbtest gives each test its own migrated PostgreSQL database, cloned
// from a template that pgtestdb builds once per migration set. Tests talk to
// a real server: $TEST_DATABASE_URL when set, else whosaid's private cluster.
package dbtest

import (
	"context"
	"net/url"
	"os"
	"sync"
	"testing"

	_ "github.com/jackc/pgx/v5/stdlib" // the "pgx" database/sql driver pgtestdb uses
	"github.com/peterldowns/pgtestdb"
	"github.com/peterldowns/pgtestdb/migrators/goosemigrator"

	"github.com/whosaid/whosaid/internal/pgcluster"
	"github.com/whosaid/whosaid/internal/store"
	"github.com/whosaid/whosaid/migrations"
)

var (
	serverOnce sync.Once
	serverURL  string
	serverErr  error
)

// ServerURL is the server tests run against: $TEST_DATABASE_URL, else the
// private cluster (created and started if needed).
func ServerURL(t testing.TB) string {
	t.Helper()
	serverOnce.Do(func() {
		if u := os.Getenv("TEST_DATABASE_URL"); u != "" {
			serverURL = u
			return
		}
		c, err := pgcluster.Default()
		if err != nil {
			serverErr = err
			return
		}
		serverURL, serverErr = c.Ensure(context.Background())
	})
	if serverErr != nil {
		t.Fatalf("no PostgreSQL for tests (set TEST_DATABASE_URL): %v", serverErr)
	}
	return serverURL
}

// Config turns a server URL into pgtestdb's settings.
func Config(t testing.TB) pgtestdb.Config {
	t.Helper()
	u, err := url.Parse(ServerURL(t))
	if err != nil {
		t.Fatalf("parse test database url: %v", err)
	}
	pass, _ := u.User.Password()
	q := u.Query()
	host, port := u.Hostname(), u.Port()
	if port == "" {
		port = "5432"
	}
	if host == "" { // a Unix socket given as ?host=/dir
		host = "localhost"
	}
	if q.Get("sslmode") == "" {
		q.Set("sslmode", "disable")
	}
	db := u.Path
	if len(db) > 0 && db[0] == '/' {
		db = db[1:]
	}
	return pgtestdb.Config{
		DriverName: "pgx",
		Host:       host,
		Port:       port,
		User:       u.User.Username(),
		Password:   pass,
		Database:   db,
		Options:    q.Encode(),
	}
}

// URL returns the URL of a fresh database with every migration applied,
// dropped when the test passes.
func URL(t testing.TB) string {
	t.Helper()
	m := goosemigrator.New(".", goosemigrator.WithFS(migrations.FS))
	return pgtestdb.Custom(t, Config(t), m).URL()
}

// New returns a Store over a fresh migrated database, closed when the test ends.
func New(t testing.TB) *store.Store {
	t.Helper()
	st, err := store.Open(context.Background(), URL(t))
	if err != nil {
		t.Fatalf("open test store: %v", err)
	}
	t.Cleanup(st.Close)
	return st
}
