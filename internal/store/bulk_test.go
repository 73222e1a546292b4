package store_test

import (
	"context"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/internal/dbtest"
	"github.com/whosaid/whosaid/internal/ingest"
	"github.com/whosaid/whosaid/internal/store"
)

// quoteIndexes maps each valid, ready index on quotes to its definition.
func quoteIndexes(t *testing.T, st *store.Store) map[string]string {
	t.Helper()
	rows, err := st.Pool().Query(context.Background(), `
		SELECT c.relname, pg_get_indexdef(c.oid)
		FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
		WHERE i.indrelid = 'quotes'::regclass AND i.indisvalid AND i.indisready`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	out := map[string]string{}
	for rows.Next() {
		var name, def string
		if err := rows.Scan(&name, &def); err != nil {
			t.Fatal(err)
		}
		out[name] = def
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

func open(t *testing.T, url string) *store.Store {
	t.Helper()
	st, err := store.Open(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(st.Close)
	return st
}

func saveNumbered(t *testing.T, st *store.Store, from, n int) {
	t.Helper()
	for i := from; i < from+n; i++ {
		b, atts := said("Mari Tamm", "person", fmt.Sprintf("The ships of pier %d are moving again", i))
		if _, _, err := st.SaveArticle(context.Background(), ingest.Article{Path: fmt.Sprint(i), Body: b}, atts, "test"); err != nil {
			t.Fatal(err)
		}
	}
}

// A bulk load drops the lookup indexes, stores as usual, and leaves the
// indexes as they were: same definitions, valid, used by lookups.
func TestBulkLoadBuildsTheLookupIndexesAgain(t *testing.T) {
	ctx := context.Background()
	url := dbtest.URL(t)
	st := open(t, url)
	before := quoteIndexes(t, st)
	for _, name := range []string{"quotes_text_norm_trgm_idx", "quotes_text_fts_idx"} {
		if before[name] == "" {
			t.Fatalf("no index %s before the bulk load: %v", name, before)
		}
	}
	saveNumbered(t, st, 0, 3)

	b, err := st.StartBulkLoad(ctx)
	if err != nil {
		t.Fatal(err)
	}
	during := quoteIndexes(t, st)
	if _, ok := during["quotes_text_norm_trgm_idx"]; ok || len(during) != len(before)-2 {
		t.Errorf("during the bulk load: %v", during)
	}
	saveNumbered(t, st, 3, 20)
	// Another process starting meanwhile must leave the indexes alone.
	if err := open(t, url).Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	if got := quoteIndexes(t, st); len(got) != len(during) {
		t.Errorf("a start during the bulk load rebuilt indexes: %v", got)
	}

	built, err := b.Finish(ctx)
	if err != nil || strings.Join(built, " ") != "quotes_text_fts_idx quotes_text_norm_trgm_idx" {
		t.Fatalf("finish: built %v, %v", built, err)
	}
	if after := quoteIndexes(t, st); !reflect.DeepEqual(after, before) {
		t.Errorf("indexes after the bulk load:\n%v\nbefore:\n%v", after, before)
	}
	// Both are usable again (with a table this small, only when told to).
	tx, err := st.Pool().Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback(ctx)
	if _, err := tx.Exec(ctx, "SET LOCAL enable_seqscan = off"); err != nil {
		t.Fatal(err)
	}
	for idx, query := range map[string]string{
		"quotes_text_norm_trgm_idx": `SELECT id FROM quotes WHERE text_norm % 'the ships of pier 7 are moving'`,
		"quotes_text_fts_idx":       `SELECT id FROM quotes WHERE to_tsvector('english', text) @@ plainto_tsquery('english', 'ships pier')`,
	} {
		var plan strings.Builder
		rows, err := tx.Query(ctx, "EXPLAIN (COSTS OFF) "+query)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var line string
			rows.Scan(&line)
			plan.WriteString(line + "\n")
		}
		rows.Close()
		if !strings.Contains(plan.String(), idx) {
			t.Errorf("%s does not use %s:\n%s", query, idx, plan.String())
		}
	}
	var n int
	if err := st.Pool().QueryRow(ctx, `SELECT count(*) FROM quotes WHERE text_norm % 'the ships of pier 7 are moving again'`).Scan(&n); err != nil || n == 0 {
		t.Errorf("trigram search after the bulk load: %d rows, %v", n, err)
	}
	if c, _ := st.Count(ctx); c.Articles != 23 || c.Quotes != 23 {
		t.Errorf("counts %+v", c)
	}
	if again, err := st.RebuildDroppedIndexes(ctx); err != nil || len(again) != 0 {
		t.Errorf("nothing left to rebuild, got %v %v", again, err)
	}
}

// A bulk import that dies leaves the indexes to the next start; with two
// bulk imports at once, the last to finish builds them.
func TestBulkLoadKilledOrOverlapping(t *testing.T) {
	ctx := context.Background()
	url := dbtest.URL(t)
	st := open(t, url)
	before := quoteIndexes(t, st)

	killed, err := st.StartBulkLoad(ctx)
	if err != nil {
		t.Fatal(err)
	}
	killed.Abandon(ctx)
	if len(quoteIndexes(t, st)) != len(before)-2 {
		t.Fatal("the indexes were not dropped")
	}
	if err := open(t, url).Migrate(ctx); err != nil { // the next start
		t.Fatal(err)
	}
	if after := quoteIndexes(t, st); !reflect.DeepEqual(after, before) {
		t.Errorf("after a killed bulk load and a start: %v", after)
	}

	a, err := st.StartBulkLoad(ctx)
	if err != nil {
		t.Fatal(err)
	}
	other := open(t, url)
	b, err := other.StartBulkLoad(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if built, err := a.Finish(ctx); err != nil || len(built) != 0 {
		t.Errorf("first to finish built %v (%v) while another bulk load runs", built, err)
	}
	if built, err := b.Finish(ctx); err != nil || len(built) != 2 {
		t.Errorf("last to finish built %v, %v", built, err)
	}
	if after := quoteIndexes(t, st); !reflect.DeepEqual(after, before) {
		t.Errorf("after two bulk loads: %v", after)
	}
}
