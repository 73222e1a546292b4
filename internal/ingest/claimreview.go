package ingest

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// ClaimReview is one fact-check as published in schema.org ClaimReview
// markup: the claim as the fact-checker wrote it, who made it, where it
// appeared, who checked it and their verdict. Fields the markup leaves out
// stay empty (Missing names them).
type ClaimReview struct {
	URL             string    `json:"url,omitempty"`              // the review's own page (url): its idempotency key
	Claim           string    `json:"claim,omitempty"`            // claimReviewed
	Claimant        string    `json:"claimant,omitempty"`         // itemReviewed.author.name (or a string)
	ClaimDate       time.Time `json:"claim_date,omitzero"`        // itemReviewed.datePublished
	Appearances     []string  `json:"appearances,omitempty"`      // itemReviewed.appearance[].url
	FirstAppearance string    `json:"first_appearance,omitempty"` // itemReviewed.firstAppearance.url
	Reviewer        string    `json:"reviewer,omitempty"`         // author.name: the fact-checking organisation
	ReviewDate      time.Time `json:"review_date,omitzero"`       // datePublished
	Rating          string    `json:"rating,omitempty"`           // reviewRating.alternateName (else its name)
	RatingValue     *float64  `json:"rating_value,omitempty"`     // reviewRating.ratingValue when numeric
	BestRating      *float64  `json:"best_rating,omitempty"`      // reviewRating.bestRating when numeric
	WorstRating     *float64  `json:"worst_rating,omitempty"`     // reviewRating.worstRating when numeric
	Language        string    `json:"language,omitempty"`         // inLanguage (a code, or a Language's name)
	Record          string    `json:"record,omitempty"`           // where in its document: "dataFeedElement[2]", "@graph[1]"
}

// ErrClaimReviewEmpty is a ClaimReview with neither claimReviewed nor url:
// nothing to store, nothing to key it by.
var ErrClaimReviewEmpty = errors.New("claim review has neither claimReviewed nor url")

// Missing names the fields a useful fact-check has and this one lacks, in a
// fixed order: "claim", "url", "claimant", "reviewer", "rating", "review date".
func (c ClaimReview) Missing() []string {
	var out []string
	for _, f := range []struct {
		name  string
		empty bool
	}{
		{"claim", c.Claim == ""}, {"url", c.URL == ""}, {"claimant", c.Claimant == ""},
		{"reviewer", c.Reviewer == ""}, {"rating", c.Rating == "" && c.RatingValue == nil},
		{"review date", c.ReviewDate.IsZero()},
	} {
		if f.empty {
			out = append(out, f.name)
		}
	}
	return out
}

// Name is how messages name the review: its url, else its claim (cut).
func (c ClaimReview) Name() string {
	if c.URL != "" {
		return c.URL
	}
	return strconv.Quote(truncate(c.Claim, 60))
}

// ClaimReviewsFromJSON finds every ClaimReview in a JSON(-LD) document: a
// lone object, a list, an @graph, a DataFeed whose dataFeedElement holds
// ClaimReviews or items (ListItem, DataFeedItem) whose item is one or a
// list, and ClaimReviews nested in other objects (an article's "review").
// found reports whether the document is a fact-check document at all (it
// names ClaimReview or DataFeed), so that callers do not ask it for article
// text. A ClaimReview with neither claim nor url comes back as an error.
func ClaimReviewsFromJSON(data []byte) (reviews []ClaimReview, errs []error, found bool, err error) {
	var v any
	if err := json.Unmarshal(data, &v); err != nil {
		return nil, nil, false, fmt.Errorf("invalid JSON: %w", err)
	}
	reviews, errs, found = claimReviewsIn(v)
	return reviews, errs, found, nil
}

func claimReviewsIn(v any) (reviews []ClaimReview, errs []error, found bool) {
	var walk func(v any, where string, depth int)
	walk = func(v any, where string, depth int) {
		if depth > 12 {
			return
		}
		switch v := v.(type) {
		case []any:
			for i, x := range v {
				walk(x, fmt.Sprintf("%s[%d]", where, i), depth+1)
			}
		case map[string]any:
			if hasType(v["@type"], "ClaimReview") {
				found = true
				c := claimReview(v)
				c.Record = strings.TrimPrefix(where, ".")
				if c.Claim == "" && c.URL == "" {
					errs = append(errs, recordErr(c.Record, ErrClaimReviewEmpty))
					return
				}
				reviews = append(reviews, c)
				return
			}
			if hasType(v["@type"], "DataFeed") {
				found = true
			}
			// Keys in a stable order, the feed's own first.
			for _, k := range []string{"@graph", "dataFeedElement", "item", "itemListElement", "mainEntity", "review", "hasPart"} {
				if x, ok := v[k]; ok {
					walk(x, where+"."+k, depth+1)
				}
			}
		}
	}
	walk(v, "", 0)
	return reviews, errs, found
}

func recordErr(record string, err error) error {
	if record == "" {
		return err
	}
	return fmt.Errorf("%s: %w", record, err)
}

// claimReview reads one ClaimReview object.
func claimReview(o map[string]any) ClaimReview {
	c := ClaimReview{
		URL:      firstNonEmpty(str(o["url"]), id(o["@id"])),
		Claim:    strings.Join(strings.Fields(text(o["claimReviewed"])), " "),
		Reviewer: names(o["author"]),
		Language: language(o["inLanguage"]),
	}
	if !strings.HasPrefix(c.URL, "http") {
		c.URL = "" // an @id such as "_:b0" or "#review" is no address
	}
	c.ReviewDate = date(o["datePublished"])
	if item, ok := first(o["itemReviewed"]).(map[string]any); ok {
		c.Claimant = names(first(item["author"]))
		c.ClaimDate = date(item["datePublished"])
		for _, ap := range list(item["appearance"]) {
			if u := id(ap); u != "" && !containsString(c.Appearances, u) {
				c.Appearances = append(c.Appearances, u)
			}
		}
		c.FirstAppearance = id(first(item["firstAppearance"]))
		if c.Claim == "" {
			c.Claim = strings.Join(strings.Fields(firstNonEmpty(text(item["name"]), text(item["text"]))), " ")
		}
	}
	if r, ok := first(o["reviewRating"]).(map[string]any); ok {
		c.Rating = firstNonEmpty(text(r["alternateName"]), text(r["name"]))
		c.RatingValue = number(r["ratingValue"])
		c.BestRating = number(r["bestRating"])
		c.WorstRating = number(r["worstRating"])
	}
	return c
}

// hasType reports whether a JSON-LD @type (a string or a list) is name.
func hasType(t any, name string) bool {
	switch t := t.(type) {
	case string:
		t = strings.TrimPrefix(strings.TrimPrefix(t, "http://schema.org/"), "https://schema.org/")
		return strings.TrimPrefix(t, "schema:") == name
	case []any:
		for _, x := range t {
			if hasType(x, name) {
				return true
			}
		}
	}
	return false
}

// text reads a string, or the @value of a language-tagged value.
func text(v any) string {
	switch v := first(v).(type) {
	case string:
		return strings.TrimSpace(v)
	case map[string]any:
		return firstNonEmpty(str(v["@value"]), str(v["text"]))
	}
	return ""
}

func first(v any) any {
	if l, ok := v.([]any); ok {
		if len(l) == 0 {
			return nil
		}
		return l[0]
	}
	return v
}

func list(v any) []any {
	switch v := v.(type) {
	case nil:
		return nil
	case []any:
		return v
	}
	return []any{v}
}

func language(v any) string {
	switch v := first(v).(type) {
	case string:
		return strings.TrimSpace(v)
	case map[string]any:
		return firstNonEmpty(str(v["alternateName"]), str(v["name"]))
	}
	return ""
}

func date(v any) time.Time {
	t, err := ParseTime(text(v))
	if err != nil {
		return time.Time{}
	}
	return t
}

// number reads a rating value written as a number or a numeric string.
func number(v any) *float64 {
	switch v := v.(type) {
	case float64:
		return &v
	case string:
		if f, err := strconv.ParseFloat(strings.TrimSpace(v), 64); err == nil {
			return &f
		}
	}
	return nil
}
