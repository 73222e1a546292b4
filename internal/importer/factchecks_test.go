package importer_test

import (
	"bytes"
	"context"
	"fmt"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/whosaid/whosaid/internal/dbtest"
	"github.com/whosaid/whosaid/internal/extract"
	"github.com/whosaid/whosaid/internal/factcheck"
	"github.com/whosaid/whosaid/internal/importer"
	"github.com/whosaid/whosaid/internal/report"
	"github.com/whosaid/whosaid/internal/store"
	"github.com/whosaid/whosaid/internal/textnorm"
)

// The fixtures in testdata/factchecks: a fact-check page with its
// ClaimReview in an @graph (strike-cost.html), a DataFeed of three
// (feed.json), a JSONL file with a review lacking fields and one lacking
// both claim and url (gaps.jsonl), and broken JSON (broken.json).
const fcDir = "testdata/factchecks"

// Review urls of the fixtures.
const (
	fcStrike = "https://checkers.example/fc/strike-cost"
	fcJobs   = "https://checkers.example/fc/unemployment"
	fcBridge = "https://checkers.example/fc/bridge"
	fcCrime  = "https://checkers.example/fc/crime"
)

type stmt = dbtest.Statement

func day(s string) time.Time {
	t, _ := time.Parse("2006-01-02", s)
	return t
}

// seedQuotes stores the right quotes and the near-misses before the
// fact-checks arrive. Every quote not in wantLinks is a near-miss.
func seedQuotes(t *testing.T, st *store.Store) {
	dbtest.SeedArticle(t, st, "https://courier.example/strike-cost", "Kelvik Courier", day("2026-03-02"), "Strike Costs Mount",
		stmt{Speaker: "Anna Berg", Role: "president", Words: "The strike has cost the city 40 million euros"}, // right
		stmt{Speaker: "Piet Halvorsen", Words: "The strike has cost the port its best customers"},             // same topic, other claim
		stmt{Speaker: "Anna Berg", Words: "The strike has cost the city 4 million euros so far"},              // another figure
	)
	dbtest.SeedArticle(t, st, "https://radio.example/berg", "Kelvik Radio", day("2026-03-03"), "Berg Interview",
		stmt{Speaker: "Ms Berg", Words: "This harbour strike has now cost our city about 40 million euros"}, // right: paraphrase
	)
	dbtest.SeedArticle(t, st, "https://herald.example/jobs", "Kelvik Herald", day("2026-03-03"), "Jobless Figures",
		stmt{Speaker: "Piet Halvorsen", Role: "mayor", Words: "Unemployment in Kelvik has fallen to its lowest level in ten years"}, // right
		stmt{Speaker: "Lena Ode", Words: "Unemployment in Kelvik has fallen to its lowest level in two years"},                      // other claimant, similar sentence
	)
	dbtest.SeedArticle(t, st, "https://gazette.example/jobs", "Kelvik Gazette", day("2026-03-04"), "Mayor on Jobs",
		stmt{Speaker: "Mr Halvorsen", Words: "I can tell you that unemployment in Kelvik has fallen to its lowest level in ten years, and we did that"}, // right: longer quote, surname only
		stmt{Speaker: "Piet Halvorsen", Words: "Unemployment in Kelvik has not fallen to its lowest level in ten years"},                                // same words negated
		stmt{Speaker: "Piet Halvorsen", Words: "Unemployment in Kelvik is a problem we take very seriously"},                                            // same topic, other claim
		stmt{Speaker: "Piet Halvorsen", Words: "The new bridge will be finished by 2027"},                                                               // right
		stmt{Speaker: "Piet Halvorsen", Words: "We will have the new bridge finished by 2027, on time"},                                                 // right: paraphrase
		stmt{Speaker: "Anna Berg", Words: "The new bridge will never be finished by 2027"},                                                              // negated, other claimant
		stmt{Speaker: "Piet Halvorsen", Words: "The new bridge will cost more than planned"},                                                            // same topic, other claim
	)
}

// seedLateQuotes arrive after their fact-check: linked from the article side.
func seedLateQuotes(t *testing.T, st *store.Store) {
	dbtest.SeedArticle(t, st, "https://courier.example/crime", "Kelvik Courier", day("2026-03-06"), "Crime Figures",
		stmt{Speaker: "Lena Ode", Words: "Crime in Kelvik rose by 30 percent last year"},    // right
		stmt{Speaker: "Ode", Words: "Last year, crime in Kelvik went up by 30 percent"},     // right: reordered
		stmt{Speaker: "Lena Ode", Words: "Crime in Kelvik fell by 30 percent last year"},    // same topic, opposite claim
		stmt{Speaker: "Anna Berg", Words: "Crime in Kelvik rose by 30 percent last year"},   // other claimant, the same sentence
		stmt{Speaker: "Lena Ode", Words: "Crime in Kelvik is the council's responsibility"}, // same topic, other claim
	)
}

// wantLinks are the quotes each review must link to, and to nothing else.
var wantLinks = []linkKey{
	{fcStrike, "The strike has cost the city 40 million euros", "Anna Berg"},
	{fcStrike, "This harbour strike has now cost our city about 40 million euros", "Anna Berg"},
	{fcJobs, "Unemployment in Kelvik has fallen to its lowest level in ten years", "Piet Halvorsen"},
	{fcJobs, "I can tell you that unemployment in Kelvik has fallen to its lowest level in ten years, and we did that", "Piet Halvorsen"},
	{fcBridge, "The new bridge will be finished by 2027", "Piet Halvorsen"},
	{fcBridge, "We will have the new bridge finished by 2027, on time", "Piet Halvorsen"},
	{fcCrime, "Crime in Kelvik rose by 30 percent last year", "Lena Ode"},
	{fcCrime, "Last year, crime in Kelvik went up by 30 percent", "Lena Ode"},
}

type linkKey struct{ review, quote, speaker string }

func links(t *testing.T, st *store.Store, status string) map[linkKey]store.FactCheckLink {
	t.Helper()
	rows, err := st.FactCheckLinks(context.Background(), status, 0)
	if err != nil {
		t.Fatal(err)
	}
	out := map[linkKey]store.FactCheckLink{}
	for _, r := range rows {
		out[linkKey{r.Review, strings.Trim(r.Quote, "“”,"), r.Speaker}] = r
	}
	return out
}

func keys(m map[linkKey]store.FactCheckLink) []string {
	var out []string
	for k, l := range m {
		out = append(out, fmt.Sprintf("%s <- %q (%s %.2f, %s)", k.review, k.quote, l.Speaker, l.Score, l.Status))
	}
	sort.Strings(out)
	return out
}

func TestFactChecksImportLinkAndSurvive(t *testing.T) {
	ctx := context.Background()
	st := dbtest.New(t)
	seedQuotes(t, st)

	var errs bytes.Buffer
	sum, err := importer.Run(ctx, st, []string{fcDir}, importer.Options{Errors: &errs})
	if err != nil {
		t.Fatal(err)
	}
	out := errs.String()
	t.Logf("import: %+v\n%s", sum, out)
	// 1 + 3 + 1 stored; the review with neither claim nor url and broken.json are the two errors;
	// the ferry review lacks claimant and rating: a warning, not an error.
	if sum.FactChecks != 5 || sum.Errors != 2 || sum.Warnings < 1 {
		t.Errorf("summary %+v, want 5 fact-checks, 2 errors, warnings", sum)
	}
	for _, want := range []string{
		"gaps.jsonl:1: claim review https://checkers.example/fc/ferry lacks claimant, rating",
		"gaps.jsonl:2: claim review has neither claimReviewed nor url",
		"broken.json: invalid JSON",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("import output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "no \"text\" field") || strings.Contains(out, "feed.json") {
		t.Errorf("ClaimReview JSON reported as a bad article:\n%s", out)
	}

	// The crime quotes arrive after their fact-check: linked from the article side.
	seedLateQuotes(t, st)
	var crimeID int64
	if err := st.Pool().QueryRow(ctx, `SELECT id FROM articles WHERE url = $1`, "https://courier.example/crime").Scan(&crimeID); err != nil {
		t.Fatal(err)
	}
	if err := st.LinkFactChecksForArticles(ctx, []int64{crimeID}); err != nil {
		t.Fatal(err)
	}

	want := wantLinks
	got := links(t, st, "")
	t.Logf("links:\n%s", strings.Join(keys(got), "\n"))
	if len(got) != len(want) {
		t.Errorf("%d links, want %d", len(got), len(want))
	}
	for _, k := range want {
		if _, ok := got[k]; !ok {
			t.Errorf("missing link %s <- %q (%s)", k.review, k.quote, k.speaker)
		}
	}

	// Re-import adds nothing and keeps the links.
	sum2, err := importer.Run(ctx, st, []string{fcDir}, importer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if n, _ := st.FactCheckCount(ctx); n != 5 {
		t.Errorf("%d fact-checks after re-import, want 5", n)
	}
	if again := links(t, st, ""); len(again) != len(got) {
		t.Errorf("re-import: %d links, want %d (%+v)", len(again), len(got), sum2)
	}

	// An editor rejects one link and confirms a near-miss link it missed.
	reject := got[linkKey{fcJobs, "I can tell you that unemployment in Kelvik has fallen to its lowest level in ten years, and we did that", "Piet Halvorsen"}]
	if err := st.SetFactCheckLinkStatus(ctx, reject.ID, "rejected"); err != nil {
		t.Fatal(err)
	}
	confirm := got[linkKey{fcBridge, "The new bridge will be finished by 2027", "Piet Halvorsen"}]
	if err := st.SetFactCheckLinkStatus(ctx, confirm.ID, "confirmed"); err != nil {
		t.Fatal(err)
	}
	check := func(when string) {
		t.Helper()
		if n := len(links(t, st, "rejected")); n != 1 {
			t.Errorf("%s: %d rejected links, want 1", when, n)
		}
		c := links(t, st, "confirmed")
		if _, ok := c[linkKey{fcBridge, "The new bridge will be finished by 2027", "Piet Halvorsen"}]; !ok || len(c) != 1 {
			t.Errorf("%s: confirmed links %v", when, keys(c))
		}
		if n := len(links(t, st, "")); n != len(want) {
			t.Errorf("%s: %d links, want %d", when, n, len(want))
		}
	}
	check("after the decisions")
	if _, err := importer.Run(ctx, st, []string{fcDir}, importer.Options{}); err != nil {
		t.Fatal(err)
	}
	check("after a re-import")
	if _, _, err := st.Reextract(ctx, "test", extract.Extract); err != nil {
		t.Fatal(err)
	}
	t.Logf("links after reextract:\n%s", strings.Join(keys(links(t, st, "")), "\n"))
	check("after re-extraction")

	// The report: rejected links do not count.
	rows, err := st.FactCheckReport(ctx, store.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := report.Write(&b, "table", report.FactChecks(rows), 0); err != nil {
		t.Fatal(err)
	}
	t.Logf("report:\n%s", b.String())
	for _, want := range []string{"Piet Halvorsen", "Misleading 1", "False 1", "Anna Berg", "Lena Ode", "2026-03-12"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, b.String())
		}
	}
	if len(rows) == 0 || rows[0].Speaker != "Piet Halvorsen" || rows[0].Checked != 2 {
		t.Errorf("report rows %+v, want Piet Halvorsen first with 2 checked", rows)
	}

	// What lookup and web call.
	var quoteID int64
	if err := st.Pool().QueryRow(ctx, `SELECT q.id FROM quotes q JOIN articles a ON a.id = q.article_id
		WHERE a.url = 'https://courier.example/strike-cost' AND q.text_norm = 'the strike has cost the city 40 million euros'`).Scan(&quoteID); err != nil {
		t.Fatal(err)
	}
	fcs, err := st.FactChecksForQuotes(ctx, []int64{quoteID})
	if err != nil {
		t.Fatal(err)
	}
	if f := fcs[quoteID]; len(f) != 1 || f[0].Rating != "False" || f[0].Reviewer != "Kelvik Checkers" || f[0].URL != fcStrike ||
		f[0].ReviewDate == nil || f[0].Status != "auto" || f[0].RatingValue == nil || *f[0].RatingValue != 2 {
		t.Errorf("FactChecksForQuotes = %+v", f)
	}
}

// TestFactCheckThreshold is how factcheck.Threshold was chosen: every
// candidate the index offers for the fixtures, scored; the right quotes must
// all score above the threshold and every near-miss below it.
func TestFactCheckThreshold(t *testing.T) {
	ctx := context.Background()
	st := dbtest.New(t)
	seedQuotes(t, st)
	seedLateQuotes(t, st)
	if _, err := importer.Run(ctx, st, []string{fcDir}, importer.Options{}); err != nil {
		t.Fatal(err)
	}
	cands, err := st.FactCheckCandidates(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	right := map[string]bool{}
	for _, k := range wantLinks {
		right[k.review+"|"+textnorm.Fold(k.quote)+"|"+k.speaker] = true
	}
	minRight, maxMiss := 2.0, -1.0
	found := 0
	for _, c := range cands {
		ok := right[c.Review+"|"+c.Quote+"|"+c.Speaker]
		label := "near-miss"
		if ok {
			label = "RIGHT"
			found++
			minRight = min(minRight, c.Score)
		} else {
			maxMiss = max(maxMiss, c.Score)
		}
		t.Logf("%-9s %.3f %-28s %-15s %s", label, c.Score, strings.TrimPrefix(c.Review, "https://checkers.example/fc/"), c.Speaker, c.Quote)
	}
	t.Logf("right quotes score >= %.3f, near-misses <= %.3f, threshold %.2f", minRight, maxMiss, factcheck.Threshold)
	if found != len(wantLinks) {
		t.Errorf("%d of %d right quotes among the candidates", found, len(wantLinks))
	}
	if !(minRight >= factcheck.Threshold && maxMiss < factcheck.Threshold) {
		t.Errorf("threshold %.2f does not separate right (>= %.3f) from near-misses (<= %.3f)", factcheck.Threshold, minRight, maxMiss)
	}
}

// TestFactCheckLinksAgreeFromBothSides: linking from the fact-checks and
// from the articles finds the same links.
func TestFactCheckLinksAgreeFromBothSides(t *testing.T) {
	ctx := context.Background()
	st := dbtest.New(t)
	if _, err := importer.Run(ctx, st, []string{fcDir}, importer.Options{}); err != nil {
		t.Fatal(err)
	}
	seedQuotes(t, st) // after the fact-checks, and not linked yet
	seedLateQuotes(t, st)
	rows, err := st.Pool().Query(ctx, `SELECT id FROM articles`)
	if err != nil {
		t.Fatal(err)
	}
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id)
	}
	if err := st.LinkFactChecksForArticles(ctx, ids); err != nil {
		t.Fatal(err)
	}
	fromArticles := keys(links(t, st, ""))
	if err := st.RelinkAllFactChecks(ctx); err != nil {
		t.Fatal(err)
	}
	fromFactChecks := keys(links(t, st, ""))
	if strings.Join(fromArticles, "\n") != strings.Join(fromFactChecks, "\n") || len(fromArticles) != len(wantLinks) {
		t.Errorf("from articles:\n%s\nfrom fact-checks:\n%s", strings.Join(fromArticles, "\n"), strings.Join(fromFactChecks, "\n"))
	}
}
