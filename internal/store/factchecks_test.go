package store_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/whosaid/whosaid/internal/dbtest"
	"github.com/whosaid/whosaid/internal/extract"
	"github.com/whosaid/whosaid/internal/ingest"
	"github.com/whosaid/whosaid/internal/store"
)

func TestSaveFactChecksUpsertsByURL(t *testing.T) {
	ctx := context.Background()
	st := dbtest.New(t)
	dbtest.SeedArticle(t, st, "https://courier.example/tram", "Kelvik Courier", time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC), "Tram",
		dbtest.Statement{Speaker: "Anna Berg", Words: "The tram is free on Sundays"})
	c := ingest.ClaimReview{URL: "https://checkers.example/fc/tram", Claim: "Says the tram is free on Sundays",
		Claimant: "Anna Berg", Reviewer: "Checkers", Rating: "True", ReviewDate: time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)}
	saved, err := st.SaveFactChecks(ctx, "a.json", []ingest.ClaimReview{c})
	if err != nil || len(saved) != 1 || !saved[0].New {
		t.Fatalf("save: %+v, %v", saved, err)
	}
	c.Rating = "Mostly true"
	again, err := st.SaveFactChecks(ctx, "b.json", []ingest.ClaimReview{c})
	if err != nil || len(again) != 1 || again[0].New || again[0].ID != saved[0].ID {
		t.Fatalf("re-save: %+v, %v", again, err)
	}
	// No url: kept, keyed by reviewer and claim; saving it twice is one row.
	nourl := ingest.ClaimReview{Claim: "The ferry stops in May", Reviewer: "Checkers"}
	for range 2 {
		if _, err := st.SaveFactChecks(ctx, "c.json", []ingest.ClaimReview{nourl}); err != nil {
			t.Fatal(err)
		}
	}
	if n, _ := st.FactCheckCount(ctx); n != 2 {
		t.Errorf("%d fact-checks, want 2", n)
	}
	if _, err := st.SaveFactChecks(ctx, "d.json", []ingest.ClaimReview{{Reviewer: "Checkers"}}); !errors.Is(err, ingest.ErrClaimReviewEmpty) {
		t.Errorf("a review with neither claim nor url: %v", err)
	}
	links, err := st.FactCheckLinks(ctx, "", 0)
	if err != nil || len(links) != 1 {
		t.Fatalf("links %+v, %v", links, err)
	}
	fcs, err := st.FactChecksForQuotes(ctx, []int64{links[0].QuoteID, 999999})
	if err != nil || len(fcs) != 1 || fcs[links[0].QuoteID][0].Rating != "Mostly true" || fcs[links[0].QuoteID][0].LinkID != links[0].ID {
		t.Errorf("FactChecksForQuotes = %+v, %v", fcs, err)
	}
	if err := st.SetFactCheckLinkStatus(ctx, links[0].ID, "rejected"); err != nil {
		t.Fatal(err)
	}
	if fcs, _ := st.FactChecksForQuotes(ctx, []int64{links[0].QuoteID}); len(fcs) != 0 {
		t.Errorf("a rejected link is still shown: %+v", fcs)
	}
	if err := st.SetFactCheckLinkStatus(ctx, 424242, "confirmed"); !errors.Is(err, store.ErrNoLink) {
		t.Errorf("unknown link: %v", err)
	}
	if err := st.SetFactCheckLinkStatus(ctx, links[0].ID, "maybe"); err == nil {
		t.Error("status maybe accepted")
	}
	if m, err := st.FactChecksForQuotes(ctx, nil); err != nil || len(m) != 0 {
		t.Errorf("no quotes: %v, %v", m, err)
	}
}

func TestFactCheckTextIsAParameter(t *testing.T) {
	ctx := context.Background()
	st := dbtest.New(t)
	dbtest.SeedNewsroom(t, st)
	before, err := st.Fingerprint(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for i, h := range hostile {
		c := ingest.ClaimReview{URL: "https://x.example/" + string(rune('a'+i)), Claim: h + " we are not asking for the moon",
			Claimant: h, Reviewer: h, Rating: h, Language: h}
		if _, err := st.SaveFactChecks(ctx, h, []ingest.ClaimReview{c}); err != nil {
			t.Errorf("claim %q: %v", h, err)
		}
	}
	if _, err := st.FactCheckReport(ctx, store.Filter{Outlet: "'; DROP TABLE fact_checks; --"}); err != nil {
		t.Error(err)
	}
	after, err := st.Fingerprint(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(before) != len(after) {
		t.Errorf("articles changed: %d -> %d", len(before), len(after))
	}
}

// An article without a url: an editor's decision is kept by its body hash
// and survives re-extraction.
func TestFactCheckDecisionByBodyHash(t *testing.T) {
	ctx := context.Background()
	st := dbtest.New(t)
	dbtest.SeedArticle(t, st, "", "Kelvik Courier", time.Time{}, "Tram",
		dbtest.Statement{Speaker: "Anna Berg", Words: "The tram is free on Sundays"})
	if _, err := st.SaveFactChecks(ctx, "a.json", []ingest.ClaimReview{{URL: "https://checkers.example/fc/tram",
		Claim: "The tram is free on Sundays", Claimant: "Anna Berg", Rating: "False"}}); err != nil {
		t.Fatal(err)
	}
	links, err := st.FactCheckLinks(ctx, "", 0)
	if err != nil || len(links) != 1 || links[0].ArticleUrl != "" {
		t.Fatalf("links %+v, %v", links, err)
	}
	if err := st.SetFactCheckLinkStatus(ctx, links[0].ID, "confirmed"); err != nil {
		t.Fatal(err)
	}
	// A re-extraction that finds nothing, then the same quote again.
	if _, _, err := st.Reextract(ctx, "none", func(string) []extract.Attribution { return nil }); err != nil {
		t.Fatal(err)
	}
	if l, _ := st.FactCheckLinks(ctx, "", 0); len(l) != 0 {
		t.Errorf("links without quotes: %+v", l)
	}
	if _, _, err := st.Reextract(ctx, "again", extract.Extract); err != nil {
		t.Fatal(err)
	}
	l, err := st.FactCheckLinks(ctx, "confirmed", 0)
	if err != nil || len(l) != 1 {
		t.Errorf("confirmed links after re-extraction: %+v, %v", l, err)
	}
}
