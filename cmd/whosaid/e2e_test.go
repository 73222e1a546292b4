package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/whosaid/whosaid/internal/dbtest"
	"github.com/whosaid/whosaid/internal/pgcluster"
	"github.com/whosaid/whosaid/internal/store"
)

// bin is the whosaid binary built once for these tests: faults such as
// SIGKILL need a real process.
var bin string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "whosaid-bin-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	bin = filepath.Join(dir, "whosaid")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "build whosaid: %v\n%s", err, out)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

type result struct {
	stdout, stderr string
	code           int
}

func run(t *testing.T, dbURL string, args ...string) result {
	t.Helper()
	cmd := exec.Command(bin, append([]string{"--db", dbURL}, args...)...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("run whosaid %v: %v", args, err)
	}
	return result{out.String(), errb.String(), code}
}

// writeCorpus writes n generated articles, three attributions each, under dir.
func writeCorpus(t *testing.T, dir string, from, n int) {
	t.Helper()
	names := []string{"Anna Berg", "Erik Dahl", "Lena Holm", "Tomas Lind", "Maria Sund", "Johan Ek"}
	for i := from; i < from+n; i++ {
		a, b := names[i%len(names)], names[(i+1)%len(names)]
		text := fmt.Sprintf("Council Story Number %d\n\n"+
			"“The vote on item %d will go ahead,” said %s, the council leader.\n\n"+
			"%s told reporters that the budget for district %d was too small.\n\n"+
			"“We will appeal,” %s said. “Nobody asked the residents of district %d.”\n", i, i, a, b, i, b, i)
		p := filepath.Join(dir, fmt.Sprintf("%03d", i%7), fmt.Sprintf("story-%05d.txt", i))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func fingerprint(t *testing.T, url string) []string {
	t.Helper()
	st, err := store.Open(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	fp, err := st.Fingerprint(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return fp
}

func sameRows(t *testing.T, label string, got, want []string) {
	t.Helper()
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("%s: %d articles differ from a clean import's %d", label, len(got), len(want))
	}
}

func TestImportCommandReportsBadFilesAndExits1(t *testing.T) {
	url := dbtest.URL(t)
	dir := t.TempDir()
	writeCorpus(t, dir, 0, 3)
	os.WriteFile(filepath.Join(dir, "empty.txt"), nil, 0o644)
	os.WriteFile(filepath.Join(dir, "photo.txt"), []byte("\x00\x01\x02JFIF\x00"), 0o644)
	os.WriteFile(filepath.Join(dir, "feed.jsonl"), []byte("{\"text\": \"Mayor Ek said the road would open.\"}\n{broken\n"), 0o644)

	r := run(t, url, "import", "--top", "3", dir)
	if r.code != 1 {
		t.Fatalf("exit %d, want 1\n%s%s", r.code, r.stdout, r.stderr)
	}
	for _, want := range []string{"empty.txt: empty file", "photo.txt: binary file", "feed.jsonl:2: invalid JSON"} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("stderr does not name %q:\n%s", want, r.stderr)
		}
	}
	if !strings.Contains(r.stdout, "4 new") || !strings.Contains(r.stdout, "errors 3") {
		t.Errorf("summary: %s", r.stdout)
	}
	again := run(t, url, "import", dir)
	if again.code != 1 || !strings.Contains(again.stdout, "0 new, 4 unchanged") {
		t.Errorf("re-import: exit %d\n%s", again.code, again.stdout)
	}
	js := run(t, url, "report", "speakers", "--format", "json")
	if js.code != 0 || !strings.HasPrefix(strings.TrimSpace(js.stdout), "[") {
		t.Errorf("report speakers --format json: exit %d\n%s%s", js.code, js.stdout, js.stderr)
	}
}

func TestParallelImportersStayCorrect(t *testing.T) {
	dir := t.TempDir()
	writeCorpus(t, dir, 0, 150)
	clean := dbtest.URL(t)
	if r := run(t, clean, "import", "-q", dir); r.code != 0 {
		t.Fatalf("clean import: %s%s", r.stdout, r.stderr)
	}
	want := fingerprint(t, clean)

	// Three processes over overlapping folders at once: every article is
	// offered by at least two of them.
	url := dbtest.URL(t)
	sets := [][]string{
		{dir},
		{filepath.Join(dir, "000"), filepath.Join(dir, "001"), filepath.Join(dir, "002"), filepath.Join(dir, "003")},
		{filepath.Join(dir, "003"), filepath.Join(dir, "004"), filepath.Join(dir, "005"), filepath.Join(dir, "006"), filepath.Join(dir, "000")},
	}
	var wg sync.WaitGroup
	results := make([]result, len(sets))
	for i, paths := range sets {
		wg.Go(func() { results[i] = run(t, url, append([]string{"import", "-q", "--top", "0"}, paths...)...) })
	}
	wg.Wait()
	for i, r := range results {
		if r.code != 0 {
			t.Errorf("importer %d: exit %d\n%s%s", i, r.code, r.stdout, r.stderr)
		}
	}
	sameRows(t, "parallel importers", fingerprint(t, url), want)
}

func TestKilledImportRerunEqualsCleanImport(t *testing.T) {
	dir := t.TempDir()
	writeCorpus(t, dir, 0, 1500)
	clean := dbtest.URL(t)
	if r := run(t, clean, "import", "-q", dir); r.code != 0 {
		t.Fatalf("clean import: %s%s", r.stdout, r.stderr)
	}
	want := fingerprint(t, clean)

	url := dbtest.URL(t)
	killMidImport(t, url, len(want), "import", "-q", dir)
	// What was stored is whole: every article it holds matches the clean import's.
	partial := fingerprint(t, url)
	wantSet := map[string]bool{}
	for _, w := range want {
		wantSet[w] = true
	}
	for _, p := range partial {
		if !wantSet[p] {
			t.Errorf("after SIGKILL an article is stored differently from a clean import: %s", p)
		}
	}
	if r := run(t, url, "import", "-q", dir); r.code != 0 {
		t.Fatalf("rerun: %s%s", r.stdout, r.stderr)
	}
	sameRows(t, "killed then rerun", fingerprint(t, url), want)
}

// TestImportSurvivesServerRestart restarts a private PostgreSQL cluster in
// the middle of an import: the import retries what it can or fails clearly,
// and a rerun completes.
func TestImportSurvivesServerRestart(t *testing.T) {
	if os.Getenv("WHOSAID_FAULT_TESTS") == "" {
		t.Skip("set WHOSAID_FAULT_TESTS=1 to restart a PostgreSQL server during an import")
	}
	ctx := context.Background()
	cdir := t.TempDir()
	if os.Geteuid() == 0 { // the server runs as postgres and must reach the folder
		os.Chmod(filepath.Dir(cdir), 0o755)
		os.Chmod(cdir, 0o755)
	}
	c, err := pgcluster.New(cdir)
	if err != nil {
		t.Fatal(err)
	}
	if c.BinDir == "" {
		t.Skip("no PostgreSQL server binaries")
	}
	url, err := c.Ensure(ctx)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Stop(context.Background()) })

	dir := t.TempDir()
	writeCorpus(t, dir, 0, 1500)
	clean := dbtest.URL(t)
	if r := run(t, clean, "import", "-q", dir); r.code != 0 {
		t.Fatalf("clean import: %s%s", r.stdout, r.stderr)
	}
	want := fingerprint(t, clean)

	cmd := exec.Command(bin, "--db", url, "import", "-q", dir)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Restart once some, but not all, articles are in.
	mid, err := store.Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(30 * time.Second)
	var n int64
	for time.Now().Before(deadline) {
		if cnt, err := mid.Count(ctx); err == nil && cnt.Articles >= 50 {
			n = cnt.Articles
			break
		}
		time.Sleep(5 * time.Millisecond)
	}
	mid.Close()
	if n == 0 || n >= int64(len(want)) {
		t.Fatalf("%d of %d articles stored before the restart: it would not land mid-run", n, len(want))
	}
	if err := c.Restart(ctx); err != nil {
		t.Fatal(err)
	}
	err = cmd.Wait()
	t.Logf("import across a restart: %v; stderr:\n%s", err, stderr.String())
	if r := run(t, url, "import", "-q", dir); r.code != 0 {
		t.Fatalf("rerun after restart: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	sameRows(t, "restart then rerun", fingerprint(t, url), want)
}

// killMidImport runs whosaid with args against url and SIGKILLs it once
// some, but not all, of the corpus's total articles are stored; it fails
// the test when the kill did not land mid-run, since that proves nothing.
func killMidImport(t *testing.T, url string, total int, args ...string) {
	t.Helper()
	cmd := exec.Command(bin, append([]string{"--db", url}, args...)...)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	st, err := store.Open(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		if c, err := st.Count(context.Background()); err == nil && c.Articles >= 50 {
			break
		}
		time.Sleep(5 * time.Millisecond)
	}
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()
	if c, _ := st.Count(context.Background()); c.Articles == 0 || c.Articles >= int64(total) {
		t.Fatalf("killed with %d of %d articles stored: the kill did not land mid-run, so this run proves nothing", c.Articles, total)
	}
}
