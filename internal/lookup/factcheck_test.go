package lookup_test

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/internal/ingest"
	"github.com/whosaid/whosaid/internal/lookup"
)

// TestLookupShowsFactChecks: a line a fact-checker already rated says so in
// every lookup that finds it.
func TestLookupShowsFactChecks(t *testing.T) {
	ctx := context.Background()
	st := newsroom(t)
	review := ingest.ClaimReview{
		URL: "https://checkers.example/fc/living-wage", Claim: living, Claimant: "Anna Berg",
		Reviewer: "Kelvik Checkers", Rating: "Half true", ReviewDate: day("2026-03-09"),
	}
	if _, err := st.SaveFactChecks(ctx, "review.json", []ingest.ClaimReview{review}); err != nil {
		t.Fatal(err)
	}
	res, err := lookup.Lookup(ctx, st, "until the harbour pays every docker a living wage", lookup.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Statements) == 0 || len(res.Statements[0].FactChecks) != 1 {
		t.Fatalf("want one fact-check under the first statement, got %+v", res.Statements)
	}
	fc := res.Statements[0].FactChecks[0]
	if fc.Reviewer != "Kelvik Checkers" || fc.Rating != "Half true" || fc.URL != review.URL {
		t.Errorf("fact-check %+v", fc)
	}
	var b bytes.Buffer
	if err := lookup.Write(&b, "table", res, 0); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), `statement 1 was already checked: rated "Half true" by Kelvik Checkers on 2026-03-09`) {
		t.Errorf("table output does not say the line was checked:\n%s", b.String())
	}
	// An unrelated statement carries no fact-check.
	res, err = lookup.Lookup(ctx, st, ships, lookup.Options{})
	if err != nil || len(res.Statements) == 0 || len(res.Statements[0].FactChecks) != 0 {
		t.Errorf("ships: %+v %v", res.Statements, err)
	}
}
