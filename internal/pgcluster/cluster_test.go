package pgcluster

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// testDir returns a fresh folder for a cluster. As root, the server runs as
// the postgres user, so the folder and its test-owned parents are opened up
// (t.TempDir makes them 0700).
func testDir(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if os.Geteuid() == 0 {
		for _, d := range []string{filepath.Dir(dir), dir} {
			if err := os.Chmod(d, 0o755); err != nil {
				t.Fatal(err)
			}
		}
	}
	return dir
}

// newTestCluster returns a cluster in dir, skipping the test when this
// machine has no PostgreSQL server binaries, and stops it at cleanup.
func newTestCluster(t *testing.T, dir string) *Cluster {
	t.Helper()
	c, err := New(dir)
	if err != nil {
		t.Fatal(err)
	}
	if c.BinDir == "" {
		t.Skip("no PostgreSQL server binaries found (install postgresql or set " + BinDirEnv + ")")
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		if err := c.Stop(ctx); err != nil {
			t.Errorf("cleanup Stop: %v", err)
		}
	})
	return c
}

func ctxFor(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	t.Cleanup(cancel)
	return ctx
}

func selectOne(t *testing.T, ctx context.Context, url string) {
	t.Helper()
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Fatalf("pgx.Connect(%s): %v", url, err)
	}
	defer conn.Close(ctx)
	var one int
	var db string
	if err := conn.QueryRow(ctx, "SELECT 1, current_database()").Scan(&one, &db); err != nil {
		t.Fatalf("SELECT 1: %v", err)
	}
	if one != 1 || db != DBName {
		t.Fatalf("SELECT 1, current_database() = %d, %q; want 1, %q", one, db, DBName)
	}
}

func wantStatus(t *testing.T, ctx context.Context, c *Cluster, initialized, running bool) Status {
	t.Helper()
	st, err := c.Status(ctx)
	if err != nil {
		t.Fatalf("Status: %v", err)
	}
	if st.Initialized != initialized || st.Running != running {
		t.Fatalf("Status: initialized=%v running=%v, want %v %v\n%s", st.Initialized, st.Running, initialized, running, st)
	}
	if running && st.PID <= 0 {
		t.Fatalf("Status: running without a PID\n%s", st)
	}
	if !running && st.PID != 0 {
		t.Fatalf("Status: stopped with PID %d", st.PID)
	}
	return st
}

func TestLifecycle(t *testing.T) {
	dir := testDir(t)
	c := newTestCluster(t, dir)
	ctx := ctxFor(t)

	wantStatus(t, ctx, c, false, false)

	start := time.Now()
	url, err := c.Ensure(ctx)
	if err != nil {
		t.Fatalf("first Ensure: %v", err)
	}
	t.Logf("init+start+createdb took %v; url %s", time.Since(start), url)
	if want := "postgres://postgres@/whosaid?host=" + filepath.Join(dir, "pg") + "&sslmode=disable"; url != want {
		t.Errorf("url = %s, want %s", url, want)
	}
	st := wantStatus(t, ctx, c, true, true)
	if st.URL != url || st.SocketFallback || st.SocketDir != filepath.Join(dir, "pg") {
		t.Errorf("unexpected status:\n%s", st)
	}
	if _, err := os.Stat(filepath.Join(st.SocketDir, socketName)); err != nil {
		t.Errorf("socket: %v", err)
	}

	start = time.Now()
	url2, err := c.Ensure(ctx)
	if err != nil {
		t.Fatalf("second Ensure: %v", err)
	}
	if url2 != url {
		t.Errorf("second Ensure url = %s, want %s", url2, url)
	}
	if d := time.Since(start); d > time.Second {
		t.Errorf("second Ensure took %v; want a quick no-op", d)
	}
	if st2 := wantStatus(t, ctx, c, true, true); st2.PID != st.PID {
		t.Errorf("second Ensure changed the server: pid %d -> %d", st.PID, st2.PID)
	}

	selectOne(t, ctx, url)

	// No TCP: listen_addresses is empty.
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	var listen string
	if err := conn.QueryRow(ctx, "SHOW listen_addresses").Scan(&listen); err != nil {
		t.Fatal(err)
	}
	conn.Close(ctx)
	if listen != "" {
		t.Errorf("listen_addresses = %q, want empty", listen)
	}

	if err := c.Stop(ctx); err != nil {
		t.Fatalf("Stop: %v", err)
	}
	wantStatus(t, ctx, c, true, false)
	if err := c.Stop(ctx); err != nil {
		t.Fatalf("Stop when stopped: %v", err)
	}

	url3, err := c.Ensure(ctx)
	if err != nil {
		t.Fatalf("Ensure after Stop: %v", err)
	}
	if url3 != url {
		t.Errorf("url after restart = %s, want %s", url3, url)
	}
	wantStatus(t, ctx, c, true, true)
	selectOne(t, ctx, url3)

	// Restart gives a new postmaster and the database survives.
	before := wantStatus(t, ctx, c, true, true)
	if err := c.Restart(ctx); err != nil {
		t.Fatalf("Restart: %v", err)
	}
	after := wantStatus(t, ctx, c, true, true)
	if after.PID == before.PID {
		t.Errorf("Restart kept pid %d", after.PID)
	}
	selectOne(t, ctx, url)

	// A fresh Cluster value for the same folder sees the same server.
	c2, err := New(dir)
	if err != nil {
		t.Fatal(err)
	}
	if st := wantStatus(t, ctx, c2, true, true); st.PID != after.PID {
		t.Errorf("second Cluster value sees pid %d, want %d", st.PID, after.PID)
	}
}

// TestConcurrentEnsure starts the same cluster from several goroutines at
// once (separate lock-file opens, as separate processes would have).
func TestConcurrentEnsure(t *testing.T) {
	dir := testDir(t)
	newTestCluster(t, dir)
	ctx := ctxFor(t)

	const n = 4
	urls := make([]string, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			c, err := New(dir)
			if err == nil {
				urls[i], err = c.Ensure(ctx)
			}
			errs[i] = err
		})
	}
	wg.Wait()
	for i := range n {
		if errs[i] != nil {
			t.Fatalf("Ensure #%d: %v", i, errs[i])
		}
		if urls[i] != urls[0] {
			t.Errorf("Ensure #%d url %s, want %s", i, urls[i], urls[0])
		}
	}
	selectOne(t, ctx, urls[0])
}

// TestLongDirSocketFallback uses a data folder too long for a Unix socket
// path: the socket must go to the short /tmp fallback, and still work.
func TestLongDirSocketFallback(t *testing.T) {
	dir := testDir(t)
	long := filepath.Join(dir, strings.Repeat("a", 60), strings.Repeat("b", 60))
	c := newTestCluster(t, long)
	ctx := ctxFor(t)
	sock, fallback := c.socketDir()
	if !fallback || !strings.HasPrefix(sock, "/tmp/whosaid-pg-") {
		t.Fatalf("socketDir() = %s, %v; want the /tmp fallback", sock, fallback)
	}
	t.Cleanup(func() {
		// Runs before newTestCluster's Stop; Stop is idempotent.
		if err := c.Stop(context.Background()); err != nil {
			t.Errorf("Stop: %v", err)
		}
		os.RemoveAll(sock)
	})
	url, err := c.Ensure(ctx)
	if err != nil {
		t.Fatalf("Ensure: %v", err)
	}
	st := wantStatus(t, ctx, c, true, true)
	if !st.SocketFallback || st.SocketDir != sock || !strings.Contains(st.String(), "too long") {
		t.Errorf("status does not report the fallback:\n%s", st)
	}
	fi, err := os.Stat(sock)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o700 {
		t.Errorf("fallback socket folder mode %v, want 0700", fi.Mode().Perm())
	}
	selectOne(t, ctx, url)
}

func TestNoBinaries(t *testing.T) {
	t.Setenv(BinDirEnv, t.TempDir())
	dir := t.TempDir()
	c, err := New(dir)
	if err != nil {
		t.Fatal(err)
	}
	if c.BinDir != "" {
		t.Fatalf("BinDir = %q, want none", c.BinDir)
	}
	_, err = c.Ensure(context.Background())
	if !errors.Is(err, ErrNoServerBinaries) {
		t.Fatalf("Ensure error = %v, want ErrNoServerBinaries", err)
	}
	msg := err.Error()
	if strings.Contains(msg, "\n") {
		t.Errorf("error is not one line: %q", msg)
	}
	for _, want := range []string{"PostgreSQL server binaries not found", "apt-get install postgresql", "brew install postgresql", "--db URL", "DATABASE_URL"} {
		if !strings.Contains(msg, want) {
			t.Errorf("error %q lacks %q", msg, want)
		}
	}
	if err := c.Restart(context.Background()); !errors.Is(err, ErrNoServerBinaries) {
		t.Errorf("Restart error = %v, want ErrNoServerBinaries", err)
	}
	// Status and Stop still work without binaries.
	st, err := c.Status(context.Background())
	if err != nil || st.Initialized || st.Running {
		t.Errorf("Status = %+v, %v; want not initialized", st, err)
	}
	if err := c.Stop(context.Background()); err != nil {
		t.Errorf("Stop without a cluster: %v", err)
	}
	// Nothing was created.
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("Ensure without binaries left files: %v", entries)
	}
}

func TestDefaultDir(t *testing.T) {
	xdg := t.TempDir()
	if os.Geteuid() == 0 {
		for _, d := range []string{filepath.Dir(xdg), xdg} {
			if err := os.Chmod(d, 0o755); err != nil {
				t.Fatal(err)
			}
		}
	}
	t.Setenv("XDG_DATA_HOME", xdg)
	dir, err := DefaultDir()
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(xdg, "whosaid"); dir != want {
		t.Errorf("DefaultDir() = %s, want %s", dir, want)
	}

	// HOME like /root (0700): as root, postgres could not reach it.
	home := filepath.Join(xdg, "home")
	if err := os.Mkdir(home, 0o700); err != nil {
		t.Fatal(err)
	}
	t.Setenv("XDG_DATA_HOME", "")
	t.Setenv("HOME", home)
	dir, err = DefaultDir()
	if err != nil {
		t.Fatal(err)
	}
	want := filepath.Join(home, ".local", "share", "whosaid")
	if acct, _ := serverAccount(); acct != nil {
		want = RootFallbackDir
	}
	if dir != want {
		t.Errorf("DefaultDir() with HOME=%s (0700) = %s, want %s", home, dir, want)
	}

	// A reachable HOME is used as is, root or not.
	if err := os.Chmod(home, 0o755); err != nil {
		t.Fatal(err)
	}
	dir, err = DefaultDir()
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(home, ".local", "share", "whosaid"); dir != want {
		t.Errorf("DefaultDir() with HOME=%s (0755) = %s, want %s", home, dir, want)
	}
}

func TestURLEscaping(t *testing.T) {
	c := &Cluster{Dir: "/data/my folder&x"}
	got := c.URL()
	want := "postgres://postgres@/whosaid?host=/data/my%20folder%26x/pg&sslmode=disable"
	if got != want {
		t.Fatalf("URL() = %s, want %s", got, want)
	}
	cfg, err := pgx.ParseConfig(got)
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Host != "/data/my folder&x/pg" || cfg.Database != DBName || cfg.User != Superuser {
		t.Errorf("pgx parsed host=%q db=%q user=%q", cfg.Host, cfg.Database, cfg.User)
	}
}

// TestStartFailureShowsLog breaks the configuration of a stopped cluster:
// Ensure must fail with the tail of the server log in its error.
func TestStartFailureShowsLog(t *testing.T) {
	dir := testDir(t)
	c := newTestCluster(t, dir)
	ctx := ctxFor(t)
	if _, err := c.Ensure(ctx); err != nil {
		t.Fatal(err)
	}
	if err := c.Stop(ctx); err != nil {
		t.Fatal(err)
	}
	conf := filepath.Join(c.dataDir(), "postgresql.conf")
	orig, err := os.ReadFile(conf)
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.OpenFile(conf, os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString("\nshared_buffers = 'lots'\n")
	f.Close()
	_, err = c.Ensure(ctx)
	if err == nil {
		t.Fatal("Ensure succeeded with a broken postgresql.conf")
	}
	msg := err.Error()
	t.Logf("error:\n%s", msg)
	for _, want := range []string{"start private cluster in " + dir, "server log", "shared_buffers"} {
		if !strings.Contains(msg, want) {
			t.Errorf("error lacks %q", want)
		}
	}
	// Repaired, it starts again.
	f, err = os.OpenFile(conf, os.O_WRONLY|os.O_TRUNC, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.Write(orig)
	f.Close()
	url, err := c.Ensure(ctx)
	if err != nil {
		t.Fatalf("Ensure after repair: %v", err)
	}
	selectOne(t, ctx, url)
}

// TestRootUnreachableDir: as root, a folder the postgres user cannot reach
// gives a clear error, and nothing is created.
func TestRootUnreachableDir(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("only meaningful as root")
	}
	locked := filepath.Join(testDir(t), "private")
	if err := os.Mkdir(locked, 0o700); err != nil {
		t.Fatal(err)
	}
	c := newTestCluster(t, filepath.Join(locked, "whosaid"))
	_, err := c.Ensure(ctxFor(t))
	if err == nil || !strings.Contains(err.Error(), locked+" is not searchable") {
		t.Fatalf("Ensure error = %v; want one naming %s", err, locked)
	}
	if _, err := os.Stat(c.Dir); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("Ensure created %s: %v", c.Dir, err)
	}
}
