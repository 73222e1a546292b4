package store_test

import (
	"context"
	"testing"

	"github.com/whosaid/whosaid/internal/dbtest"
)

// New names are resolved after a lookup that found no alias for them; a
// concurrent importer can store the same names in between. The batch must
// then take that importer's answers, as resolving one name at a time did.
func TestResolveNewTakesAConcurrentImportersAnswers(t *testing.T) {
	ctx := context.Background()
	st := dbtest.New(t)
	pool := st.Pool()
	// The other importer's work, committed after our lookup: an alias for
	// "ali rahimi", and a speaker row for "erik dahl" whose alias it has
	// not written yet.
	var rahimi, dahl int64
	if err := pool.QueryRow(ctx, `INSERT INTO speakers (display_name, key, type) VALUES ('Ali Rahimi', 'ali rahimi', 'person') RETURNING id`).Scan(&rahimi); err != nil {
		t.Fatal(err)
	}
	if _, err := pool.Exec(ctx, `INSERT INTO speaker_aliases (key, speaker_id, name, surname) VALUES ('ali rahimi', $1, 'Ali Rahimi', 'rahimi')`, rahimi); err != nil {
		t.Fatal(err)
	}
	if err := pool.QueryRow(ctx, `INSERT INTO speakers (display_name, key, type) VALUES ('Erik Dahl', 'erik dahl', 'person') RETURNING id`).Scan(&dahl); err != nil {
		t.Fatal(err)
	}

	ids, err := st.ResolveNew(ctx, []string{"ali rahimi", "erik dahl", "rahimi"}, map[string][2]string{
		"ali rahimi": {"Ali Rahimi", "person"}, "erik dahl": {"Erik Dahl", "person"}, "rahimi": {"Rahimi", "person"}})
	if err != nil {
		t.Fatal(err)
	}
	if ids["ali rahimi"] != rahimi || ids["rahimi"] != rahimi || ids["erik dahl"] != dahl {
		t.Errorf("ids %v; want ali rahimi and rahimi -> %d, erik dahl -> %d", ids, rahimi, dahl)
	}
	var n int
	if err := pool.QueryRow(ctx, `SELECT count(*) FROM speakers`).Scan(&n); err != nil || n != 2 {
		t.Errorf("%d speakers (%v); want no new one", n, err)
	}
	var owner int64
	if err := pool.QueryRow(ctx, `SELECT speaker_id FROM speaker_aliases WHERE key = 'erik dahl'`).Scan(&owner); err != nil || owner != dahl {
		t.Errorf("alias erik dahl -> %d (%v); want %d", owner, err, dahl)
	}
}
