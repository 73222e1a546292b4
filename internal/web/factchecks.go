package web

import (
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/whosaid/whosaid/internal/store"
)

// factCheckView is a published ClaimReview verdict linked to a quote, as the
// pages show it and the API gives it: every key is always present.
type factCheckView struct {
	ID         int64      `json:"id"`
	LinkID     int64      `json:"link_id"`
	Reviewer   string     `json:"reviewer"`
	Rating     string     `json:"rating"`
	ReviewDate *time.Time `json:"review_date"`
	URL        string     `json:"url"` // the review's page, only when it is an http(s) url
	Claim      string     `json:"claim"`
	Claimant   string     `json:"claimant"`
	Score      float64    `json:"score"`
	Status     string     `json:"status"` // auto or confirmed
}

// factCheckViews converts store fact-checks; never nil, so the API gives [].
func factCheckViews(fcs []store.FactCheck) []factCheckView {
	out := make([]factCheckView, 0, len(fcs))
	for _, fc := range fcs {
		out = append(out, factCheckView{
			ID: fc.ID, LinkID: fc.LinkID, Reviewer: fc.Reviewer, Rating: fc.Rating, ReviewDate: fc.ReviewDate,
			URL: webURL(fc.URL), Claim: fc.Claim, Claimant: fc.Claimant, Score: fc.Score, Status: fc.Status,
		})
	}
	return out
}

// webURL returns u when it is an absolute http or https url with a host,
// else "": a review's url is linked, and a javascript: one must not be.
func webURL(u string) string {
	u = strings.TrimSpace(u)
	p, err := url.Parse(u)
	if err != nil || p.Host == "" {
		return ""
	}
	switch strings.ToLower(p.Scheme) {
	case "http", "https":
		return u
	}
	return ""
}

// factChecksFor reads the fact-checks of the given quotes with one query.
func (s *Server) factChecksFor(r *http.Request, quoteIDs []int64) (map[int64][]store.FactCheck, error) {
	if len(quoteIDs) == 0 {
		return map[int64][]store.FactCheck{}, nil
	}
	return s.st.FactChecksForQuotes(r.Context(), quoteIDs)
}

// verdictText is the notice's words: "Rated FALSE by Example Checkers on 2026-03-01".
func verdictText(fc factCheckView) string {
	var b strings.Builder
	if fc.Rating != "" {
		b.WriteString("Rated " + strings.ToUpper(fc.Rating))
	} else {
		b.WriteString("Fact-checked")
	}
	if fc.Reviewer != "" {
		b.WriteString(" by " + fc.Reviewer)
	}
	if fc.ReviewDate != nil {
		b.WriteString(" on " + fc.ReviewDate.UTC().Format("2006-01-02"))
	}
	return b.String()
}

func init() {
	funcs["verdictText"] = verdictText
}
