package lookup

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/whosaid/whosaid/internal/report"
	"github.com/whosaid/whosaid/internal/store"
)

// Formats lists what Write accepts.
var Formats = []string{"table", "csv", "markdown", "json", "claimreview"}

// Write renders a lookup: the verdict line first (table and markdown), then
// one row per statement; json is the whole Result; claimreview is one
// schema.org ClaimReview per statement, as a JSON array.
func Write(w io.Writer, format string, res Result, width int) error {
	switch format {
	case "json":
		return writeJSON(w, res)
	case "claimreview":
		reviews := make([]ClaimReview, len(res.Statements))
		for i, s := range res.Statements {
			reviews[i] = NewClaimReview(s)
		}
		return writeJSON(w, reviews)
	case "", "table", "markdown":
		if res.Verdict != nil {
			if _, err := fmt.Fprintf(w, "%s\n\n", res.Verdict.Message); err != nil {
				return err
			}
		}
		if len(res.Statements) == 0 {
			_, err := fmt.Fprintln(w, "no stored statement matches")
			return err
		}
	case "csv":
	default:
		return fmt.Errorf("unknown format %q (want %s)", format, strings.Join(Formats, ", "))
	}
	if err := report.Write(w, format, StatementsTable(res.Statements), width); err != nil {
		return err
	}
	if format == "csv" {
		return nil
	}
	return writeFactChecks(w, res.Statements)
}

// writeFactChecks lists, under the table, what fact-checkers already said of
// each statement: a line that was already checked saves a newsroom hours.
func writeFactChecks(w io.Writer, stmts []Statement) error {
	for i, s := range stmts {
		for _, fc := range s.FactChecks {
			line := fmt.Sprintf("statement %d was already checked: rated %q by %s", i+1, orDash(fc.Rating), orDash(fc.Reviewer))
			if fc.ReviewDate != nil {
				line += " on " + fc.ReviewDate.Format("2006-01-02")
			}
			if fc.URL != "" {
				line += " — " + fc.URL
			}
			if fc.Status == "confirmed" {
				line += " (link confirmed by an editor)"
			}
			if _, err := fmt.Fprintln(w, line); err != nil {
				return err
			}
		}
	}
	return nil
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// StatementsTable is a lookup's statements as a report table.
func StatementsTable(stmts []Statement) report.Table {
	t := report.Table{Headers: []string{"score", "statement", "credited to", "first", "first outlet", "first url",
		"last", "articles", "outlets", "fact-checks"}, Wrap: 1, Data: stmts}
	for _, s := range stmts {
		t.Rows = append(t.Rows, []string{strconv.FormatFloat(s.Score, 'f', 2, 64), s.Text, credits(s, false),
			day(s.First), s.First.Outlet, s.First.URL, day(s.Last), strconv.Itoa(s.Articles), strconv.Itoa(s.Outlets),
			ratings(s.FactChecks)})
	}
	return t
}

// ratings sums up a statement's fact-checks: "False (Example Checkers)".
func ratings(fcs []store.FactCheck) string {
	parts := make([]string, len(fcs))
	for i, fc := range fcs {
		parts[i] = orDash(fc.Rating) + " (" + orDash(fc.Reviewer) + ")"
	}
	return strings.Join(parts, "; ")
}

// ConflictsTable is the conflicts report: each statement with every
// speaker it is credited to and where each credit first appeared.
func ConflictsTable(stmts []Statement) report.Table {
	t := report.Table{Headers: []string{"statement", "credited to", "articles", "outlets", "first", "first outlet", "first url"},
		Wrap: 0, Data: stmts}
	for _, s := range stmts {
		t.Rows = append(t.Rows, []string{s.Text, credits(s, true), strconv.Itoa(s.Articles), strconv.Itoa(s.Outlets),
			day(s.First), s.First.Outlet, s.First.URL})
	}
	return t
}

// credits names a statement's speakers: "Anna Berg (president, Kelvik
// Dockers Union)"; with several, each with its article count, and with
// where it first appeared when firsts is set.
func credits(s Statement, firsts bool) string {
	parts := make([]string, 0, len(s.Speakers))
	for _, c := range s.Speakers {
		p := creditName(c)
		var about []string
		for _, x := range []string{c.Role, c.Affiliation} {
			if x != "" {
				about = append(about, x)
			}
		}
		if len(about) > 0 {
			p += " (" + strings.Join(about, ", ") + ")"
		}
		if len(s.Speakers) > 1 {
			p += " ×" + strconv.Itoa(c.Articles)
			if firsts {
				p += " from " + day(c.First)
				if c.First.Outlet != "" {
					p += " " + c.First.Outlet
				}
			}
		}
		parts = append(parts, p)
	}
	return strings.Join(parts, "; ")
}

// ClaimReview is schema.org's ClaimReview, without reviewRating: the
// fact-checker rates; whosaid only says who was credited, when and where.
type ClaimReview struct {
	Context       string `json:"@context"`
	Type          string `json:"@type"`
	ClaimReviewed string `json:"claimReviewed"`
	ItemReviewed  Claim  `json:"itemReviewed"`
}

// Claim is schema.org's Claim.
type Claim struct {
	Type            string        `json:"@type"`
	Author          any           `json:"author,omitempty"` // one Agent, or a list when credited to several
	DatePublished   string        `json:"datePublished,omitempty"`
	FirstAppearance *CreativeWork `json:"firstAppearance,omitempty"`
	Appearance      []string      `json:"appearance"`
}

// Agent is a schema.org Person or Organization.
type Agent struct {
	Type        string `json:"@type"`
	Name        string `json:"name"`
	JobTitle    string `json:"jobTitle,omitempty"`
	Affiliation *Agent `json:"affiliation,omitempty"`
}

// CreativeWork is where a claim appeared.
type CreativeWork struct {
	Type          string `json:"@type"`
	URL           string `json:"url,omitempty"`
	Headline      string `json:"headline,omitempty"`
	DatePublished string `json:"datePublished,omitempty"`
	Publisher     *Agent `json:"publisher,omitempty"`
}

// NewClaimReview describes a statement as a ClaimReview.
func NewClaimReview(s Statement) ClaimReview {
	c := Claim{Type: "Claim", Appearance: []string{}}
	var authors []Agent
	for _, sp := range s.Speakers {
		if !sp.Identified {
			continue
		}
		a := Agent{Type: "Person", Name: sp.Name}
		if !person(sp.Type) {
			a.Type = "Organization"
		} else {
			a.JobTitle = sp.Role
			if sp.Affiliation != "" {
				a.Affiliation = &Agent{Type: "Organization", Name: sp.Affiliation}
			}
		}
		authors = append(authors, a)
	}
	switch len(authors) {
	case 0:
	case 1:
		c.Author = authors[0]
	default:
		c.Author = authors
	}
	if s.First.Published != nil {
		c.DatePublished = s.First.Published.UTC().Format("2006-01-02")
	}
	fa := &CreativeWork{Type: "CreativeWork", URL: s.First.URL, Headline: s.First.Title, DatePublished: c.DatePublished}
	if s.First.Outlet != "" {
		fa.Publisher = &Agent{Type: "Organization", Name: s.First.Outlet}
	}
	c.FirstAppearance = fa
	seen := map[string]bool{}
	for _, a := range s.Appearances {
		if a.URL != "" && !seen[a.URL] {
			seen[a.URL] = true
			c.Appearance = append(c.Appearance, a.URL)
		}
	}
	return ClaimReview{Context: "https://schema.org", Type: "ClaimReview", ClaimReviewed: s.Text, ItemReviewed: c}
}

// WriteConflicts renders the conflicts report in any report format.
func WriteConflicts(w io.Writer, format string, stmts []Statement, width int) error {
	return report.Write(w, format, ConflictsTable(stmts), width)
}
