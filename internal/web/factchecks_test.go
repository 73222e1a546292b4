package web

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/whosaid/whosaid/internal/ingest"
	"github.com/whosaid/whosaid/internal/store"
)

const (
	fcMoonURL     = "https://checkers.example/fc/moon"
	fcReviewer    = "Example Checkers"
	fcNotice      = "Rated FALSE by Example Checkers on 2026-03-01"
	hostileReview = `<script>alert("fc")</script> Checkers`
	hostileRating = `<b>Pants</b>`
)

// seedFactChecks stores two ClaimReviews of seeded quotes through the
// store (which links them): a plain one of Anna Berg's "moon" quote and a
// hostile one of Boris Lund's, with markup in its reviewer and rating and a
// javascript: url.
func seedFactChecks(t *testing.T, dbURL string) {
	t.Helper()
	ctx := context.Background()
	rw, err := store.Open(ctx, dbURL)
	if err != nil {
		t.Fatal(err)
	}
	defer rw.Close()
	reviews := []ingest.ClaimReview{
		{URL: fcMoonURL, Claim: "We are not asking for the moon", Claimant: "Anna Berg", Reviewer: fcReviewer,
			ReviewDate: time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC), Rating: "False"},
		{URL: "javascript:alert(1)", Claim: "Nobody wins a long strike", Claimant: "Boris Lund", Reviewer: hostileReview,
			ReviewDate: time.Date(2026, 3, 6, 0, 0, 0, 0, time.UTC), Rating: hostileRating},
	}
	if _, err := rw.SaveFactChecks(ctx, "web_test.json", reviews); err != nil {
		t.Fatal(err)
	}
	links, err := rw.FactCheckLinks(ctx, "", 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(links) != 2 {
		t.Fatalf("fact-check links: %+v, want the two seeded quotes", links)
	}
}

// fcJSON is the part of a fact-check the tests read from the API.
type fcJSON struct {
	Reviewer   string     `json:"reviewer"`
	Rating     string     `json:"rating"`
	ReviewDate *time.Time `json:"review_date"`
	URL        *string    `json:"url"`
	Claim      string     `json:"claim"`
	Claimant   *string    `json:"claimant"`
	Score      float64    `json:"score"`
	Status     string     `json:"status"`
}

func checkMoonFC(t *testing.T, where string, fcs []fcJSON) {
	t.Helper()
	if len(fcs) != 1 {
		t.Fatalf("%s: fact_checks %+v, want one", where, fcs)
	}
	fc := fcs[0]
	if fc.Reviewer != fcReviewer || fc.Rating != "False" || fc.URL == nil || *fc.URL != fcMoonURL ||
		fc.ReviewDate == nil || fc.ReviewDate.UTC().Format("2006-01-02") != "2026-03-01" ||
		fc.Claim != "We are not asking for the moon" || fc.Claimant == nil || *fc.Claimant != "Anna Berg" ||
		fc.Score <= 0 || fc.Status != "auto" {
		t.Errorf("%s: fact-check %+v", where, fc)
	}
}

func TestFactChecksShown(t *testing.T) {
	s := newSite(t)
	seedFactChecks(t, s.url)
	h := s.srv.Handler()
	berg := s.speakerID(t, "Anna Berg")
	art := s.articleOf(t, "not asking for the moon")
	link := `<a href="` + fcMoonURL + `" rel="noopener noreferrer nofollow">` + fcNotice + `</a>`
	for _, path := range []string{
		"/search?q=" + url.QueryEscape("not asking for the moon"),
		fmt.Sprintf("/speakers/%d", berg),
		fmt.Sprintf("/articles/%d", art),
	} {
		code, body, _ := get(t, h, path)
		if code != http.StatusOK {
			t.Errorf("GET %s: %d\n%s", path, code, body)
			continue
		}
		if !strings.Contains(body, link) {
			t.Errorf("GET %s: no %q in page", path, link)
		}
	}
	// A statement nobody checked has no notice.
	if _, body, _ := get(t, h, "/search?q="+url.QueryEscape("This is a victory for the harbour")); strings.Contains(body, `class="factcheck`) {
		t.Error("unchecked statement shows a fact-check")
	}

	var search struct {
		Statements []struct {
			Text       string   `json:"text"`
			FactChecks []fcJSON `json:"fact_checks"`
		} `json:"statements"`
	}
	getJSON(t, h, "/api/search?q="+url.QueryEscape("not asking for the moon"), &search)
	if len(search.Statements) == 0 {
		t.Fatal("search found nothing")
	}
	checkMoonFC(t, "/api/search", search.Statements[0].FactChecks)

	var speaker struct {
		Statements []struct {
			ID         int64    `json:"id"`
			Text       string   `json:"text"`
			ArticleID  int64    `json:"article_id"`
			FactChecks []fcJSON `json:"fact_checks"`
		} `json:"statements"`
		Total int64 `json:"total"`
	}
	getJSON(t, h, fmt.Sprintf("/api/speakers/%d", berg), &speaker)
	if speaker.Total != 4 || len(speaker.Statements) != 4 {
		t.Fatalf("speaker: %+v", speaker)
	}
	moon := 0
	for _, st := range speaker.Statements {
		if st.ID == 0 || st.ArticleID == 0 || st.FactChecks == nil {
			t.Errorf("speaker statement %+v: want ids and a fact_checks list", st)
		}
		if strings.Contains(st.Text, "moon") {
			moon++
			checkMoonFC(t, "/api/speakers statement", st.FactChecks)
		} else if len(st.FactChecks) != 0 {
			t.Errorf("speaker statement %q: fact-checks %+v", st.Text, st.FactChecks)
		}
	}
	if moon != 1 {
		t.Errorf("speaker: %d moon statements, want 1", moon)
	}

	var article struct {
		Title  string `json:"title"`
		Quotes []struct {
			ID         int64    `json:"id"`
			Text       string   `json:"text"`
			Spans      [][2]int `json:"spans"`
			FactChecks []fcJSON `json:"fact_checks"`
		} `json:"quotes"`
	}
	getJSON(t, h, fmt.Sprintf("/api/articles/%d", art), &article)
	if article.Title != "Harbour Strike Begins" || len(article.Quotes) != 2 {
		t.Fatalf("article: %+v", article)
	}
	for _, q := range article.Quotes {
		if q.ID == 0 || len(q.Spans) == 0 || q.FactChecks == nil {
			t.Errorf("article quote %+v: want id, spans and a fact_checks list", q)
		}
		if strings.Contains(q.Text, "moon") {
			checkMoonFC(t, "/api/articles quote", q.FactChecks)
		} else if len(q.FactChecks) != 0 {
			t.Errorf("article quote %q: fact-checks %+v", q.Text, q.FactChecks)
		}
	}
}

// TestFactChecksEscaped checks that a reviewer and rating with markup are
// shown as text and a javascript: review url is neither linked nor given.
func TestFactChecksEscaped(t *testing.T) {
	s := newSite(t)
	seedFactChecks(t, s.url)
	h := s.srv.Handler()
	lund := s.speakerID(t, "Boris Lund")
	art := s.articleOf(t, "Nobody wins a long strike")
	shown := `Rated &lt;B&gt;PANTS&lt;/B&gt; by &lt;script&gt;alert(&#34;fc&#34;)&lt;/script&gt; Checkers on 2026-03-06`
	for _, path := range []string{
		"/search?q=" + url.QueryEscape("Nobody wins a long strike"),
		fmt.Sprintf("/speakers/%d", lund),
		fmt.Sprintf("/articles/%d", art),
	} {
		code, body, _ := get(t, h, path)
		if code != http.StatusOK {
			t.Errorf("GET %s: %d", path, code)
			continue
		}
		for _, bad := range []string{"<script>alert", "<b>Pants", "<B>PANTS", "javascript:"} {
			if strings.Contains(body, bad) {
				t.Errorf("GET %s: %q in the page", path, bad)
			}
		}
		if !strings.Contains(body, shown) {
			t.Errorf("GET %s: no %q in page", path, shown)
		}
	}
	for _, path := range []string{
		"/api/search?q=" + url.QueryEscape("Nobody wins a long strike"),
		fmt.Sprintf("/api/speakers/%d", lund),
		fmt.Sprintf("/api/articles/%d", art),
	} {
		code, body, _ := get(t, h, path)
		if code != http.StatusOK {
			t.Errorf("GET %s: %d", path, code)
			continue
		}
		for _, bad := range []string{"<script>", "<b>", "javascript:"} {
			if strings.Contains(body, bad) {
				t.Errorf("GET %s: %q in the JSON", path, bad)
			}
		}
		var d struct {
			Statements []struct {
				FactChecks []fcJSON `json:"fact_checks"`
			} `json:"statements"`
			Quotes []struct {
				FactChecks []fcJSON `json:"fact_checks"`
			} `json:"quotes"`
		}
		if err := json.Unmarshal([]byte(body), &d); err != nil {
			t.Fatalf("GET %s: %v", path, err)
		}
		var fcs []fcJSON
		for _, st := range d.Statements {
			fcs = append(fcs, st.FactChecks...)
		}
		for _, q := range d.Quotes {
			fcs = append(fcs, q.FactChecks...)
		}
		if len(fcs) != 1 || fcs[0].Reviewer != hostileReview || fcs[0].Rating != hostileRating || fcs[0].URL == nil || *fcs[0].URL != "" {
			t.Errorf("GET %s: fact-checks %+v", path, fcs)
		}
	}
}

func TestWebURL(t *testing.T) {
	for in, want := range map[string]string{
		"https://checkers.example/fc/1":      "https://checkers.example/fc/1",
		"HTTP://checkers.example/x":          "HTTP://checkers.example/x",
		"javascript:alert(1)":                "",
		"JavaScript://x.example/%0aalert(1)": "",
		"data:text/html,<script>":            "",
		"//checkers.example/fc":              "",
		"/fc/1":                              "",
		"":                                   "",
	} {
		if got := webURL(in); got != want {
			t.Errorf("webURL(%q) = %q, want %q", in, got, want)
		}
	}
}
