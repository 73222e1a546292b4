package report_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/whosaid/whosaid/internal/dbtest"
	"github.com/whosaid/whosaid/internal/report"
	"github.com/whosaid/whosaid/internal/store"
)

func seeded(t *testing.T) *store.Store {
	st := dbtest.New(t)
	dbtest.SeedNewsroom(t, st)
	return st
}

func render(t *testing.T, format string, tab report.Table, width int) string {
	t.Helper()
	var b bytes.Buffer
	if err := report.Write(&b, format, tab, width); err != nil {
		t.Fatalf("%s: %v", format, err)
	}
	return b.String()
}

func TestSpeakersReportInEveryFormat(t *testing.T) {
	ctx := context.Background()
	st := seeded(t)
	rows, err := st.TopSpeakers(ctx, store.Filter{Limit: 10})
	if err != nil {
		t.Fatal(err)
	}
	tab := report.Speakers(rows)

	recs, err := csv.NewReader(strings.NewReader(render(t, "csv", tab, 0))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	// Anna Berg (3 quotes under two name forms), Port Authority, Boris Lund, Maja Lund.
	if len(recs) != 5 || recs[0][0] != "speaker" || recs[1][0] != "Anna Berg" || recs[1][2] != "3" || recs[1][4] != "2" {
		t.Errorf("csv: %v", recs)
	}

	var js []store.SpeakerStat
	if err := json.Unmarshal([]byte(render(t, "json", tab, 0)), &js); err != nil {
		t.Fatal(err)
	}
	if len(js) != 4 || js[0].Name != "Anna Berg" || js[0].FirstSeen == nil || js[0].FirstSeen.Format("2006-01-02") != "2026-03-02" {
		t.Errorf("json: %+v", js)
	}

	md := strings.Split(strings.TrimSpace(render(t, "markdown", tab, 0)), "\n")
	if len(md) != 6 || !strings.HasPrefix(md[0], "| speaker | type |") || !strings.HasPrefix(md[1], "|---|") {
		t.Errorf("markdown:\n%s", strings.Join(md, "\n"))
	}

	table := strings.Split(strings.TrimRight(render(t, "table", tab, 0), "\n"), "\n")
	col := strings.Index(table[0], "type")
	for _, line := range table[1:] {
		if line[col-2:col] != "  " || line[col] == ' ' {
			t.Errorf("table columns not aligned at %d:\n%s", col, strings.Join(table, "\n"))
			break
		}
	}
}

func TestLongQuotesAreCutToTheTerminal(t *testing.T) {
	ctx := context.Background()
	st := seeded(t)
	rec, err := st.Speaker(ctx, "Anna Berg", store.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(rec.Quotes) != 3 || rec.Quotes[0].Published.Format("2006-01-02") != "2026-03-02" || rec.Roles[0].Role != "president" {
		t.Fatalf("record: %+v", rec)
	}
	out := render(t, "table", report.SpeakerQuotes(rec), 100)
	for _, line := range strings.Split(strings.TrimRight(out, "\n"), "\n") {
		if n := utf8.RuneCountInString(line); n > 100+40 { // the title column may still overflow a little
			t.Errorf("line of %d runes:\n%s", n, line)
		}
	}
	if !strings.Contains(out, "…") {
		t.Errorf("no quote was cut with an ellipsis at width 100:\n%s", out)
	}
}

func TestReportsFilterAndCount(t *testing.T) {
	ctx := context.Background()
	st := seeded(t)
	herald, err := st.TopSpeakers(ctx, store.Filter{Outlet: "Kelvik Herald"})
	if err != nil || len(herald) != 2 {
		t.Fatalf("outlet filter: %+v %v", herald, err)
	}
	outs, err := st.Outlets(ctx, store.Filter{})
	if err != nil || len(outs) != 2 {
		t.Fatalf("outlets: %+v %v", outs, err)
	}
	for _, o := range outs {
		if o.Outlet == "Kelvik Courier" && (o.OrganizationShare != 0.25 || !strings.HasPrefix(o.TopSpeakers, "Anna Berg (2)")) {
			t.Errorf("courier: %+v", o)
		}
	}
	cues, err := st.Cues(ctx, store.Filter{})
	if err != nil || cues[0].Cue != "say" || cues[0].Quotes != 4 {
		t.Errorf("cues: %+v %v", cues, err)
	}
	name, weeks, err := st.Timeline(ctx, "Berg", store.Filter{})
	if err != nil || name != "Anna Berg" || len(weeks) != 2 || weeks[0].Week.Weekday().String() != "Monday" {
		t.Errorf("timeline: %s %+v %v", name, weeks, err)
	}
	if _, _, err := st.Timeline(ctx, "Lund", store.Filter{}); err == nil {
		t.Error("a surname two people share must not pick one")
	}
}
