package ingest

import (
	"errors"
	"strings"
	"testing"
)

const fcDir = "../importer/testdata/factchecks/"

func TestClaimReviewInHTMLGraph(t *testing.T) {
	arts, st, errs := readAll(t, fcDir+"strike-cost.html")
	if len(errs) > 0 || len(arts) != 1 {
		t.Fatalf("articles %d, errors %v", len(arts), errs)
	}
	a := arts[0]
	if a.Body == "" || a.Title != "Did the strike cost Kelvik 40 million euros?" {
		t.Errorf("the page is an article too: title %q, body %d bytes", a.Title, len(a.Body))
	}
	if len(a.ClaimReviews) != 1 || st.ClaimReviews != 1 || st.Articles != 1 {
		t.Fatalf("claim reviews %+v, stats %+v", a.ClaimReviews, st)
	}
	c := a.ClaimReviews[0]
	if c.URL != "https://checkers.example/fc/strike-cost" || c.Claimant != "Anna Berg" || c.Reviewer != "Kelvik Checkers" ||
		c.Rating != "False" || c.Language != "en" || c.Claim != "Says the harbour strike has cost the city 40 million euros" ||
		c.ReviewDate.Format("2006-01-02") != "2026-03-05" || c.ClaimDate.Format("2006-01-02") != "2026-03-02" ||
		c.FirstAppearance != "https://courier.example/strike-cost" || len(c.Appearances) != 1 {
		t.Errorf("claim review %+v", c)
	}
	if c.RatingValue == nil || *c.RatingValue != 2 || c.BestRating == nil || *c.BestRating != 5 || c.WorstRating == nil || *c.WorstRating != 1 {
		t.Errorf("numeric rating %v/%v/%v", c.RatingValue, c.BestRating, c.WorstRating)
	}
	if m := c.Missing(); len(m) != 0 {
		t.Errorf("missing %v", m)
	}
}

func TestClaimReviewOnlyPage(t *testing.T) {
	page := `<!doctype html><html><head><title>Check</title>
<script type="application/ld+json">[{"@context":"https://schema.org","@type":"ClaimReview","url":"https://checkers.example/fc/x",
"claimReviewed":"The tram is free on Sundays","author":{"name":"Checkers"}}]</script></head><body></body></html>`
	arts, st, errs := readAll(t, writeFile(t, t.TempDir(), "x.html", []byte(page)))
	if len(errs) > 0 || len(arts) != 1 || arts[0].Body != "" || len(arts[0].ClaimReviews) != 1 || st.Articles != 0 {
		t.Fatalf("arts %+v stats %+v errs %v", arts, st, errs)
	}
}

func TestClaimReviewFeed(t *testing.T) {
	arts, st, errs := readAll(t, fcDir+"feed.json")
	if len(errs) > 0 || len(arts) != 1 || arts[0].Body != "" || st.Articles != 0 || st.ClaimReviews != 3 {
		t.Fatalf("arts %d stats %+v errs %v", len(arts), st, errs)
	}
	crs := arts[0].ClaimReviews
	var urls []string
	for _, c := range crs {
		urls = append(urls, c.URL)
	}
	if got := strings.Join(urls, " "); got != "https://checkers.example/fc/unemployment https://checkers.example/fc/bridge https://checkers.example/fc/crime" {
		t.Errorf("urls %s", got)
	}
	if crs[1].Claimant != "Mayor Piet Halvorsen" || crs[1].Record != "dataFeedElement[1].item[0]" {
		t.Errorf("item review %+v", crs[1])
	}
	if len(crs[0].Appearances) != 2 || crs[0].RatingValue == nil || *crs[0].RatingValue != 3 {
		t.Errorf("first review %+v", crs[0])
	}
	if m := strings.Join(crs[2].Missing(), ","); m != "" {
		t.Errorf("crime review lacks %s", m)
	}
}

func TestClaimReviewGapsAndErrors(t *testing.T) {
	arts, st, errs := readAll(t, fcDir+"gaps.jsonl")
	if len(arts) != 1 || len(errs) != 1 || errs[0].Line != 2 || !errors.Is(errs[0], ErrClaimReviewEmpty) {
		t.Fatalf("arts %+v errs %v", arts, errs)
	}
	if st.Articles != 0 {
		t.Errorf("stats %+v", st)
	}
	if m := strings.Join(arts[0].ClaimReviews[0].Missing(), ", "); m != "claimant, rating" {
		t.Errorf("missing %q, want claimant, rating", m)
	}
	_, _, errs = readAll(t, fcDir+"broken.json")
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), "broken.json: invalid JSON") {
		t.Errorf("broken JSON: %v", errs)
	}
}

func TestClaimReviewArrayAndSniffing(t *testing.T) {
	dir := t.TempDir()
	arr := `[{"@context":"https://schema.org","@type":"ClaimReview","url":"https://c.example/1","claimReviewed":"One"},
 {"@context":"https://schema.org","@type":"ClaimReview","url":"https://c.example/2","claimReviewed":"Two"},
 {"url":"https://news.example/a","text":"An article among them."}]`
	arts, _, errs := readAll(t, writeFile(t, dir, "reviews.json", []byte(arr)))
	if len(errs) > 0 || len(arts) != 3 || len(arts[0].ClaimReviews) != 1 || arts[1].ClaimReviews[0].URL != "https://c.example/2" || arts[2].Body == "" {
		t.Fatalf("array: %+v %v", arts, errs)
	}
	// A ClaimReview file under a misleading or no extension is read as JSON.
	one := `{"@context": "https://schema.org", "@type": "ClaimReview", "url": "https://c.example/3",
  "claimReviewed": "Three"}`
	for _, name := range []string{"review.txt", "review"} {
		arts, _, errs := readAll(t, writeFile(t, dir, name, []byte(one)))
		if len(errs) > 0 || len(arts) != 1 || len(arts[0].ClaimReviews) != 1 || arts[0].Body != "" {
			t.Errorf("%s: %+v %v", name, arts, errs)
		}
	}
	if s := sniffStrong([]byte(one)); s != ".json" {
		t.Errorf("sniff ClaimReview: %q", s)
	}
	if s := sniffStrong([]byte(`{"@type":"DataFeed","dataFeedElement":[]}` + "\n" + `{"@type":"ClaimReview"}`)); s != ".jsonl" {
		t.Errorf("sniff JSON lines of feeds: %q", s)
	}
	if s := sniffStrong([]byte(`{"text": "an article"}`)); s != "" {
		t.Errorf("an article object proves nothing: %q", s)
	}
	// JSON lines of ClaimReviews in a .jsonl stay JSON lines.
	lines := `{"@type":"ClaimReview","url":"https://c.example/4","claimReviewed":"Four"}` + "\n" +
		`{"@type":"ClaimReview","url":"https://c.example/5","claimReviewed":"Five"}` + "\n"
	arts, _, errs = readAll(t, writeFile(t, dir, "r.jsonl", []byte(lines)))
	if len(errs) > 0 || len(arts) != 2 || arts[1].Line != 2 {
		t.Errorf("jsonl: %+v %v", arts, errs)
	}
}

func TestArticleRecordCarryingAClaimReview(t *testing.T) {
	rec := `{"url":"https://news.example/a","text":"The mayor spoke.","review":{"@type":"ClaimReview","url":"https://c.example/9","claimReviewed":"Nine"}}` + "\n"
	arts, st, errs := readAll(t, writeFile(t, t.TempDir(), "a.jsonl", []byte(rec)))
	if len(errs) > 0 || len(arts) != 1 || arts[0].Body != "The mayor spoke." || len(arts[0].ClaimReviews) != 1 || st.Articles != 1 {
		t.Fatalf("%+v %+v %v", arts, st, errs)
	}
}
