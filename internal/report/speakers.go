package report

import (
	"strconv"
	"time"

	"github.com/whosaid/whosaid/internal/store"
)

// Speakers is the most-quoted-speakers report.
func Speakers(rows []store.SpeakerStat) Table {
	t := Table{Headers: []string{"speaker", "type", "quotes", "articles", "outlets", "first seen", "last seen"}, Wrap: 0, Data: rows}
	for _, r := range rows {
		t.Rows = append(t.Rows, []string{r.Name, r.Type, strconv.FormatInt(r.Quotes, 10),
			strconv.FormatInt(r.Articles, 10), strconv.FormatInt(r.Outlets, 10), day(r.FirstSeen), day(r.LastSeen)})
	}
	return t
}

func day(t *time.Time) string {
	if t == nil {
		return "-"
	}
	return t.Format("2006-01-02")
}
