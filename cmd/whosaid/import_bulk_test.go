package main

import (
	"context"
	"testing"

	"github.com/whosaid/whosaid/internal/dbtest"
	"github.com/whosaid/whosaid/internal/store"
)

// lookupIndexes counts the valid lookup indexes on quotes.
func lookupIndexes(t *testing.T, url string) int {
	t.Helper()
	st, err := store.Open(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var n int
	err = st.Pool().QueryRow(context.Background(), `
		SELECT count(*) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
		WHERE i.indrelid = 'quotes'::regclass AND i.indisvalid AND i.indisready
		  AND c.relname IN ('quotes_text_norm_trgm_idx', 'quotes_text_fts_idx')`).Scan(&n)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func TestBulkImportEqualsCleanImport(t *testing.T) {
	dir := t.TempDir()
	writeCorpus(t, dir, 0, 150)
	clean := dbtest.URL(t)
	if r := run(t, clean, "import", "-q", "--top", "0", dir); r.code != 0 {
		t.Fatalf("clean import: %s%s", r.stdout, r.stderr)
	}
	url := dbtest.URL(t)
	if r := run(t, url, "import", "-q", "--top", "0", "--bulk", dir); r.code != 0 {
		t.Fatalf("bulk import: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	sameRows(t, "bulk import", fingerprint(t, url), fingerprint(t, clean))
	if n := lookupIndexes(t, url); n != 2 {
		t.Errorf("%d lookup indexes after a bulk import, want 2", n)
	}
	if r := run(t, url, "lookup", "the budget for district 7 was too small"); r.code != 0 {
		t.Errorf("lookup after a bulk import: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
}

// A bulk import killed mid-run leaves the lookup indexes dropped; the next
// command builds them again, and a rerun completes the import.
func TestKilledBulkImportIsRepaired(t *testing.T) {
	dir := t.TempDir()
	writeCorpus(t, dir, 0, 1500)
	clean := dbtest.URL(t)
	if r := run(t, clean, "import", "-q", dir); r.code != 0 {
		t.Fatalf("clean import: %s%s", r.stdout, r.stderr)
	}
	want := fingerprint(t, clean)

	url := dbtest.URL(t)
	killMidImport(t, url, len(want), "import", "-q", "--bulk", dir)
	if n := lookupIndexes(t, url); n != 0 {
		t.Fatalf("%d lookup indexes after a killed bulk import: it did not drop them, so this proves nothing", n)
	}
	if r := run(t, url, "report", "speakers", "--limit", "1"); r.code != 0 { // any command that migrates
		t.Fatalf("report speakers: %s%s", r.stdout, r.stderr)
	}
	if n := lookupIndexes(t, url); n != 2 {
		t.Errorf("%d lookup indexes after the next command, want 2", n)
	}
	if r := run(t, url, "import", "-q", dir); r.code != 0 {
		t.Fatalf("rerun: %s%s", r.stdout, r.stderr)
	}
	sameRows(t, "killed bulk import then rerun", fingerprint(t, url), want)
}
