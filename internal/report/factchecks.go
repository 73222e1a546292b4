package report

import "github.com/whosaid/whosaid/internal/store"

// FactChecks is the fact-check report: per speaker, how many distinct
// statements fact-checkers reviewed, the verdicts, and the latest review.
func FactChecks(rows []store.FactCheckStat) Table {
	t := Table{Headers: []string{"speaker", "checked statements", "ratings", "latest review"}, Wrap: 2, Data: rows}
	for _, r := range rows {
		t.Rows = append(t.Rows, []string{r.Speaker, itoa(r.Checked), r.Ratings, day(r.LatestReview)})
	}
	return t
}
