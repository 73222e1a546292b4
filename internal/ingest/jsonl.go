package ingest

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"
)

// jsonArticle is one line of a JSONL export.
type jsonArticle struct {
	URL       string `json:"url"`
	Title     string `json:"title"`
	Outlet    string `json:"outlet"`
	Published string `json:"published"`
	Author    any    `json:"author"` // a string or a list of strings
	Text      string `json:"text"`
}

func parseJSONArticle(line []byte) (Article, error) {
	text, enc, err := decode(line)
	if err != nil {
		return Article{}, err
	}
	var crs []ClaimReview
	var bad []error
	if looksLikeFactChecks(text) {
		var found bool
		if crs, bad, found, err = ClaimReviewsFromJSON([]byte(text)); err != nil {
			return Article{}, err
		}
		if found && !hasText(text) {
			return Article{ClaimReviews: crs, bad: bad, factChecks: true, Encoding: enc}, nil
		}
	}
	var j jsonArticle
	if err := json.Unmarshal([]byte(text), &j); err != nil {
		return Article{}, fmt.Errorf("invalid JSON: %w", err)
	}
	if strings.TrimSpace(j.Text) == "" {
		return Article{}, errors.New(`no "text" field: an article needs its text`)
	}
	a := Article{
		URL:      strings.TrimSpace(j.URL),
		Title:    strings.TrimSpace(j.Title),
		Outlet:   strings.TrimSpace(j.Outlet),
		Byline:   byline(j.Author),
		Body:     j.Text,
		Encoding: enc,
		// An article record may carry ClaimReviews too (e.g. in "review").
		ClaimReviews: crs,
		bad:          bad,
	}
	if j.Published != "" {
		t, err := ParseTime(j.Published)
		if err != nil {
			return Article{}, fmt.Errorf("published: %w", err)
		}
		a.Published = t
	}
	return a, nil
}

// hasText reports whether a JSON object has a non-blank "text" field: an
// article, whatever fact-checks it also carries.
func hasText(text string) bool {
	var j struct {
		Text string `json:"text"`
	}
	return json.Unmarshal([]byte(text), &j) == nil && strings.TrimSpace(j.Text) != ""
}

// looksLikeFactChecks is the cheap test before decoding a record as
// schema.org: it names ClaimReview or DataFeed.
func looksLikeFactChecks(text string) bool {
	return strings.Contains(text, "ClaimReview") || strings.Contains(text, "DataFeed")
}

func byline(v any) string {
	switch v := v.(type) {
	case string:
		return strings.TrimSpace(v)
	case []any:
		var names []string
		for _, x := range v {
			if s, ok := x.(string); ok && strings.TrimSpace(s) != "" {
				names = append(names, strings.TrimSpace(s))
			}
		}
		return strings.Join(names, ", ")
	}
	return ""
}

var timeLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05",
	"2006-01-02T15:04:05.999999999Z0700", // JSON-LD and feeds write +0100 too
	"2006-01-02T15:04Z07:00",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05",
	"2006-01-02",
	time.RFC1123Z,
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"2 January 2006",
	"January 2, 2006",
}

// ParseTime reads the date formats news metadata uses.
func ParseTime(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	for _, layout := range timeLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("unrecognised date %q", s)
}
