package store_test

import (
	"context"
	"os"
	"regexp"
	"testing"

	"github.com/whosaid/whosaid/internal/dbtest"
)

// TestDocsSQLRuns runs every query of docs/sql.md against a seeded database:
// the documentation's examples must work and answer something.
func TestDocsSQLRuns(t *testing.T) {
	doc, err := os.ReadFile("../../docs/sql.md")
	if err != nil {
		t.Fatal(err)
	}
	blocks := regexp.MustCompile("(?s)```sql\n(.*?)```").FindAllSubmatch(doc, -1)
	if len(blocks) < 6 {
		t.Fatalf("docs/sql.md has %d SQL examples, want at least 6", len(blocks))
	}
	ctx := context.Background()
	st := dbtest.New(t)
	dbtest.SeedNewsroom(t, st)
	for _, b := range blocks {
		q := string(b[1])
		rows, err := st.Pool().Query(ctx, q)
		if err != nil {
			t.Errorf("query failed: %v\n%s", err, q)
			continue
		}
		n := 0
		for rows.Next() {
			n++
		}
		if err := rows.Err(); err != nil {
			t.Errorf("query failed: %v\n%s", err, q)
		}
		// The import-errors example has nothing to show on a clean seed.
		if n == 0 && !regexp.MustCompile(`import_errors`).MatchString(q) {
			t.Errorf("query answered nothing on the seeded newsroom:\n%s", q)
		}
	}
}

func TestViewsAnswerNewsroomQuestions(t *testing.T) {
	ctx := context.Background()
	st := dbtest.New(t)
	dbtest.SeedNewsroom(t, st)
	var speaker, context string
	err := st.Pool().QueryRow(ctx, `SELECT speaker, context FROM quote_facts WHERE text LIKE '%victory%'`).Scan(&speaker, &context)
	if err != nil {
		t.Fatal(err)
	}
	if speaker != "Anna Berg" || context != "“This is a victory for the harbour,” Anna Berg told." {
		t.Errorf("quote_facts: speaker %q, context %q", speaker, context)
	}
	var quotes, outlets int
	var role string
	err = st.Pool().QueryRow(ctx, `SELECT quotes, outlets, latest_role FROM speaker_summary WHERE speaker = 'Anna Berg'`).Scan(&quotes, &outlets, &role)
	if err != nil {
		t.Fatal(err)
	}
	if quotes != 3 || outlets != 2 || role != "president" {
		t.Errorf("speaker_summary: %d quotes, %d outlets, latest role %q; want 3, 2, president", quotes, outlets, role)
	}
	var anon float64
	if err := st.Pool().QueryRow(ctx, `SELECT anonymous_share FROM outlet_summary WHERE outlet = 'Kelvik Herald'`).Scan(&anon); err != nil {
		t.Fatal(err)
	}
	if anon < 0.33 || anon > 0.34 {
		t.Errorf("anonymous share of the Herald %.3f, want 1/3", anon)
	}
}
