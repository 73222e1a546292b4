package lookup

import (
	"fmt"
	"strings"
)

// Verdict statuses.
const (
	Found         = "FOUND"
	Misattributed = "MISATTRIBUTED"
	NotFound      = "NOT FOUND"
)

// Verdict answers "did SPEAKER say this?" from the stored statements.
type Verdict struct {
	Status  string `json:"status"`
	Speaker string `json:"speaker"`
	// Statement is the index in Result.Statements the verdict is about; -1
	// for NOT FOUND, when the statements listed are only the nearest ones.
	Statement int `json:"statement"`
	// CreditedTo names who the statement is credited to (MISATTRIBUTED:
	// everyone; FOUND: the others, if any).
	CreditedTo []string    `json:"credited_to,omitempty"`
	First      *Appearance `json:"first_appearance,omitempty"`
	Message    string      `json:"message"`
}

// Judge gives the verdict about speaker over statements (best first). A
// statement counts as the one asked about when its score is at least
// MatchScore.
func Judge(speaker string, statements []Statement) Verdict {
	v := Verdict{Speaker: speaker, Statement: -1}
	firstMatch := -1
	for i, s := range statements {
		if s.Score < MatchScore {
			continue
		}
		if firstMatch < 0 {
			firstMatch = i
		}
		for _, c := range s.Speakers {
			if SameSpeaker(speaker, "", c.Name, c.Type) {
				first := c.First
				v.Status, v.Statement, v.First = Found, i, &first
				for _, o := range s.Speakers {
					if !SameSpeaker(speaker, "", o.Name, o.Type) {
						v.CreditedTo = append(v.CreditedTo, creditName(o))
					}
				}
				v.Message = fmt.Sprintf("FOUND: %s is credited with this statement; first appearance %s", speaker, where(first))
				if len(v.CreditedTo) > 0 {
					v.Message += "; WARNING: also credited to " + strings.Join(v.CreditedTo, ", ")
				}
				return v
			}
		}
	}
	if firstMatch >= 0 {
		s := statements[firstMatch]
		first := s.First
		v.Status, v.Statement, v.First = Misattributed, firstMatch, &first
		for _, c := range s.Speakers {
			v.CreditedTo = append(v.CreditedTo, creditName(c))
		}
		v.Message = fmt.Sprintf("MISATTRIBUTED: WARNING: this statement is credited to %s, not to %s; first appearance %s",
			strings.Join(v.CreditedTo, ", "), speaker, where(first))
		return v
	}
	v.Status = NotFound
	if len(statements) == 0 {
		v.Message = fmt.Sprintf("NOT FOUND: no stored statement matches, by %s or anyone else", speaker)
	} else {
		v.Message = fmt.Sprintf("NOT FOUND: no stored statement by %s matches; the nearest statements follow", speaker)
	}
	return v
}

// creditName is a credit as a verdict names it: "Anna Berg", or
// "a port official (unnamed)".
func creditName(c Credit) string {
	if c.Identified {
		return c.Name
	}
	return c.Name + " (unnamed)"
}

// where says where an appearance was: "2026-03-02, Kelvik Courier, “Title”, URL".
func where(a Appearance) string {
	parts := []string{day(a)}
	if a.Outlet != "" {
		parts = append(parts, a.Outlet)
	}
	if a.Title != "" {
		parts = append(parts, "“"+a.Title+"”")
	}
	if a.URL != "" {
		parts = append(parts, a.URL)
	}
	return strings.Join(parts, ", ")
}

func day(a Appearance) string {
	if a.Published == nil {
		return "undated (imported " + a.Imported.UTC().Format("2006-01-02") + ")"
	}
	return a.Published.UTC().Format("2006-01-02")
}
