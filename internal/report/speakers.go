package report

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/whosaid/whosaid/internal/store"
)

// Speakers is the most-quoted-speakers report.
func Speakers(rows []store.SpeakerStat) Table {
	t := Table{Headers: []string{"speaker", "type", "quotes", "articles", "outlets", "first seen", "last seen"}, Wrap: 0, Data: rows}
	for _, r := range rows {
		t.Rows = append(t.Rows, []string{r.Name, r.Type, itoa(r.Quotes), itoa(r.Articles), itoa(r.Outlets), day(r.FirstSeen), day(r.LastSeen)})
	}
	return t
}

// SpeakerQuotes lists what one speaker said, as given.
func SpeakerQuotes(rec store.SpeakerRecord) Table {
	t := Table{Headers: []string{"published", "outlet", "kind", "cue", "role then", "quote", "title"}, Wrap: 5, Data: rec}
	for _, q := range rec.Quotes {
		t.Rows = append(t.Rows, []string{day(q.Published), q.Outlet, q.Kind, q.Cue, RoleText(q.Role, q.Affiliation), q.Text, q.Title})
	}
	return t
}

// SpeakerHeader is the text printed above a speaker's table: names and roles over time.
func SpeakerHeader(rec store.SpeakerRecord) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s (%s)\n", rec.Name, rec.Type)
	if len(rec.Aliases) > 0 {
		fmt.Fprintf(&b, "also written: %s\n", strings.Join(rec.Aliases, "; "))
	}
	for i, r := range rec.Roles {
		label := "was"
		if i == 0 {
			label = "latest"
		}
		fmt.Fprintf(&b, "%s: %s (%d quotes, %s to %s)\n", label, RoleText(r.Role, r.Affiliation), r.Quotes, day(r.FirstSeen), day(r.LastSeen))
	}
	return b.String()
}

// Outlets is the sourcing report per outlet.
func Outlets(rows []store.OutletStat) Table {
	t := Table{Headers: []string{"outlet", "quotes", "speakers", "anonymous", "organisations", "quoted most"}, Wrap: 5, Data: rows}
	for _, r := range rows {
		t.Rows = append(t.Rows, []string{r.Outlet, itoa(r.Quotes), itoa(r.Speakers), pct(r.AnonymousShare), pct(r.OrganizationShare), r.TopSpeakers})
	}
	return t
}

// Cues is how speech is reported.
func Cues(rows []store.CueStat) Table {
	t := Table{Headers: []string{"cue", "quotes", "share", "direct", "partial", "indirect", "mixed"}, Wrap: -1, Data: rows}
	for _, r := range rows {
		t.Rows = append(t.Rows, []string{r.Cue, itoa(r.Quotes), pct(r.Share), itoa(r.Direct), itoa(r.Partial), itoa(r.Indirect), itoa(r.Mixed)})
	}
	return t
}

// Timeline is quotes per week, with a bar for the table format.
func Timeline(rows []store.WeekCount) Table {
	t := Table{Headers: []string{"week", "quotes", "articles", ""}, Wrap: 3, Data: rows}
	var most int64 = 1
	for _, r := range rows {
		most = max(most, r.Quotes)
	}
	for _, r := range rows {
		bar := strings.Repeat("█", int((r.Quotes*40+most-1)/most))
		t.Rows = append(t.Rows, []string{r.Week.Format("2006-01-02"), itoa(r.Quotes), itoa(r.Articles), bar})
	}
	return t
}

// RoleText says what a speaker was: "president, Kelvik Dockers Union".
func RoleText(role, affiliation string) string {
	switch {
	case role != "" && affiliation != "":
		return role + ", " + affiliation
	case role != "":
		return role
	}
	return affiliation
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

func pct(f float64) string { return strconv.FormatFloat(100*f, 'f', 1, 64) + "%" }

func day(t *time.Time) string {
	if t == nil {
		return "-"
	}
	return t.UTC().Format("2006-01-02")
}
