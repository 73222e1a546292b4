package store_test

import (
	"context"
	"testing"

	"github.com/whosaid/whosaid/internal/dbtest"
	"github.com/whosaid/whosaid/internal/ingest"
	"github.com/whosaid/whosaid/internal/store"
)

func TestSearchTerms(t *testing.T) {
	cases := []struct{ in, fts, trgm string }{
		{"“We will NOT go home,” she said.", "(go & home & said)", ""},
		{"Harbour", "(harbour)", "harbour"},
		{"I don't know", "(know)", "know"},
		{"the and of", "", ""},
		{`'; DROP TABLE quotes; --`, "(drop & table & quotes)", ""},
		{`a & b | !c:* <-> (d)`, "(b & c & d)", ""}, // operators fold away; "a" is a stop word
		{"one two three four five six", "(one & four) | (two & five) | (three & six)", ""},
	}
	for _, c := range cases {
		fts, trgm := store.SearchTerms(c.in)
		if fts != c.fts || trgm != c.trgm {
			t.Errorf("SearchTerms(%q) = %q, %q; want %q, %q", c.in, fts, trgm, c.fts, c.trgm)
		}
	}
}

// TestQuoteSearchThresholdsStayLocal checks that the pg_trgm thresholds a
// search sets end with its transaction and that hostile text is only data.
func TestQuoteSearchThresholdsStayLocal(t *testing.T) {
	ctx := context.Background()
	st := dbtest.New(t)
	art := ingest.Article{Path: "port.txt", Title: "Tallinn Port Reopens", Body: body, Encoding: "utf-8"}
	if _, _, err := st.SaveArticle(ctx, art, attributions(), "test"); err != nil {
		t.Fatal(err)
	}
	const q = `"the ships are moving"`
	cands, err := st.QuoteCandidates(ctx, store.SearchParams{Text: q, WordThreshold: 0.9})
	if err != nil || len(cands) != 1 {
		t.Fatalf("candidates %+v, %v; want the ships quote", cands, err)
	}
	hits, err := st.QuoteHits(ctx, q, []int64{cands[0].ID})
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) == 0 || hits[0].TextNorm != "the ships are moving again" || hits[0].WordScore != 1 ||
		hits[0].SpeakerName != "Mari Tamm" || hits[0].Title != "Tallinn Port Reopens" {
		t.Fatalf("search: %+v", hits)
	}
	// Every pooled connection must still have the server's defaults.
	for range 4 {
		var th string
		if err := st.Pool().QueryRow(ctx, "SELECT current_setting('pg_trgm.word_similarity_threshold', true)").Scan(&th); err != nil {
			t.Fatal(err)
		}
		if th != "" && th != "0.6" {
			t.Errorf("word_similarity_threshold leaked out of the search transaction: %s", th)
		}
	}
	for _, q := range []string{`'; DROP TABLE quotes; --`, `%`, `\`, `ships') OR true --`} {
		if _, err := st.QuoteCandidates(ctx, store.SearchParams{Text: q}); err != nil {
			t.Errorf("search %q: %v", q, err)
		}
	}
	if c, err := st.Count(ctx); err != nil || c.Quotes != 2 {
		t.Errorf("quotes after hostile searches: %+v, %v", c, err)
	}
}
