package store_test

import (
	"context"
	"testing"

	"github.com/whosaid/whosaid/internal/dbtest"
	"github.com/whosaid/whosaid/internal/store"
)

// hostile are inputs that would break or change a database that pasted user
// text into SQL. Every filter and name reaches SQL only as a parameter.
var hostile = []string{
	"'; DROP TABLE quotes; --",
	"Berg' OR '1'='1",
	`%`, `_`, `\`, `"`, "\x00",
	"Kelvik Courier'); DELETE FROM articles; --",
	"$1", "?", ") UNION SELECT * FROM speakers --",
}

func TestFiltersAndNamesAreParameters(t *testing.T) {
	ctx := context.Background()
	st := dbtest.New(t)
	dbtest.SeedNewsroom(t, st)
	before, err := st.Fingerprint(ctx)
	if err != nil {
		t.Fatal(err)
	}
	counts, _ := st.Count(ctx)
	for _, h := range hostile {
		f := store.Filter{Outlet: h, Kind: h}
		if h == "\x00" { // NUL is dropped: no filter at all, and no error
			if rows, err := st.TopSpeakers(ctx, f); err != nil || len(rows) == 0 {
				t.Errorf("NUL filter: %d rows, %v", len(rows), err)
			}
			continue
		}
		if rows, err := st.TopSpeakers(ctx, f); err != nil || len(rows) != 0 {
			t.Errorf("speakers with outlet %q: %d rows, %v", h, len(rows), err)
		}
		if rows, err := st.Outlets(ctx, f); err != nil || len(rows) != 0 {
			t.Errorf("outlets with %q: %d rows, %v", h, len(rows), err)
		}
		if rows, err := st.Cues(ctx, f); err != nil || len(rows) != 0 {
			t.Errorf("cues with %q: %d rows, %v", h, len(rows), err)
		}
		if _, err := st.Speaker(ctx, h, store.Filter{}); err == nil {
			t.Errorf("speaker %q was found", h)
		}
		if _, _, err := st.Timeline(ctx, h, store.Filter{}); err == nil {
			t.Errorf("timeline of %q was found", h)
		}
	}
	after, err := st.Fingerprint(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(after) != len(before) {
		t.Fatalf("articles changed: %d -> %d", len(before), len(after))
	}
	for i := range before {
		if before[i] != after[i] {
			t.Errorf("article changed: %s -> %s", before[i], after[i])
		}
	}
	if c, _ := st.Count(ctx); c != counts {
		t.Errorf("row counts changed: %+v -> %+v", counts, c)
	}
}
