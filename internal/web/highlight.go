package web

import (
	"cmp"
	"html"
	"html/template"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/whosaid/whosaid/internal/report"
	"github.com/whosaid/whosaid/internal/store"
)

// segment is one highlighted stretch of an article body, in code points.
type segment struct {
	start, end int
	kind       int // one of the seg constants: the order they win in at one start
	q          *store.ArticleQuote
	first      bool // the quote's first span: it carries the anchor id
}

const (
	segQuote = iota
	segSource
	segCue
)

// highlight renders an article body with each attribution marked: the
// quoted words in <mark> (speaker, cue and kind in data attributes, a title
// and a CSS tooltip, focusable), the speaker's mention linked to the speaker
// page, the cue in a span. Offsets are Unicode code points into body, end
// exclusive; out-of-range spans are clipped and overlapping ones cut, so a
// bad row cannot break the page. Every piece of text and every attribute
// value goes through html.EscapeString: this is the only template.HTML made
// from article text.
func highlight(body string, quotes []store.ArticleQuote) template.HTML {
	runes := []rune(body)
	n := len(runes)
	var segs []segment
	add := func(start, end, kind int, q *store.ArticleQuote, first bool) {
		start, end = max(start, 0), min(end, n)
		if start < end {
			segs = append(segs, segment{start, end, kind, q, first})
		}
	}
	for i := range quotes {
		q := &quotes[i]
		for j, sp := range q.Spans {
			add(sp[0], sp[1], segQuote, q, j == 0)
		}
		if q.SourceSpan != nil {
			add(q.SourceSpan[0], q.SourceSpan[1], segSource, q, false)
		}
		if q.CueSpan != nil {
			add(q.CueSpan[0], q.CueSpan[1], segCue, q, false)
		}
	}
	slices.SortStableFunc(segs, func(a, b segment) int {
		return cmp.Or(cmp.Compare(a.start, b.start), cmp.Compare(a.kind, b.kind), cmp.Compare(b.end, a.end))
	})
	var b strings.Builder
	pos := 0
	for _, s := range segs {
		if s.end <= pos {
			continue
		}
		s.start = max(s.start, pos)
		b.WriteString(html.EscapeString(string(runes[pos:s.start])))
		text := html.EscapeString(string(runes[s.start:s.end]))
		q := s.q
		switch s.kind {
		case segQuote:
			tip := tooltip(q)
			b.WriteString(`<mark class="q q-` + html.EscapeString(q.Kind) + `"`)
			if s.first {
				b.WriteString(` id="q` + strconv.FormatInt(q.ID, 10) + `"`)
			}
			b.WriteString(` tabindex="0" data-quote-id="` + strconv.FormatInt(q.ID, 10) + `"`)
			if q.SpeakerID != nil {
				b.WriteString(` data-speaker-id="` + strconv.FormatInt(*q.SpeakerID, 10) + `"`)
			}
			b.WriteString(` data-speaker="` + html.EscapeString(speakerOf(q)) + `" data-cue="` + html.EscapeString(q.Cue) +
				`" data-kind="` + html.EscapeString(q.Kind) + `" title="` + html.EscapeString(tip) +
				`" data-tip="` + html.EscapeString(tip) + `">` + text + `</mark>`)
		case segSource:
			if q.SpeakerID != nil {
				b.WriteString(`<a class="src" href="` + speakerURL(*q.SpeakerID) + `" title="` +
					html.EscapeString("Everything "+speakerOf(q)+" said") + `">` + text + `</a>`)
			} else {
				b.WriteString(`<span class="src" title="` + html.EscapeString(speakerOf(q)) + `">` + text + `</span>`)
			}
		case segCue:
			b.WriteString(`<span class="cue" title="cue: ` + html.EscapeString(q.Cue) + `">` + text + `</span>`)
		}
		pos = s.end
	}
	b.WriteString(html.EscapeString(string(runes[pos:])))
	return template.HTML(b.String())
}

// speakerOf names whom a quote is credited to.
func speakerOf(q *store.ArticleQuote) string {
	switch {
	case q.Speaker != "":
		return q.Speaker
	case q.Source != "":
		return q.Source
	}
	return "unknown speaker"
}

// tooltip is "Anna Berg (president, Kelvik Dockers Union) — said · direct".
func tooltip(q *store.ArticleQuote) string {
	t := speakerOf(q)
	if rt := report.RoleText(q.Role, q.Affiliation); rt != "" {
		t += " (" + rt + ")"
	}
	if q.Cue != "" {
		t += " — " + q.Cue
	}
	return t + " · " + q.Kind
}

// chart is a bar chart of quotes per week, drawn as SVG by the template.
type chart struct {
	W, H   int
	Bars   []bar
	Max    int64
	Total  int64
	First  string
	Last   string
	Weeks  int
	BaseY  float64
	LabelY float64
}

type bar struct {
	X, Y, W, H float64
	Week       string
	Quotes     int64
}

const maxChartWeeks = 520

// weekChart lays out quotes per week from the first week to the last, the
// empty weeks between included (the latest maxChartWeeks at most).
func weekChart(weeks []store.WeekCount) chart {
	c := chart{W: 640, H: 140, BaseY: 116, LabelY: 134}
	if len(weeks) == 0 {
		return c
	}
	counts := map[string]int64{}
	for _, w := range weeks {
		counts[w.Week.UTC().Format("2006-01-02")] += w.Quotes
		c.Max = max(c.Max, w.Quotes)
		c.Total += w.Quotes
	}
	first, last := weeks[0].Week.UTC(), weeks[len(weeks)-1].Week.UTC()
	if n := int(last.Sub(first).Hours()/(24*7)) + 1; n > maxChartWeeks {
		first = last.AddDate(0, 0, -7*(maxChartWeeks-1))
	}
	var days []time.Time
	for d := first; !d.After(last); d = d.AddDate(0, 0, 7) {
		days = append(days, d)
	}
	c.Weeks = len(days)
	c.First, c.Last = days[0].Format("2006-01-02"), days[len(days)-1].Format("2006-01-02")
	slot := float64(c.W) / float64(len(days))
	gap := 0.0
	if slot > 4 {
		gap = math.Min(2, slot/5)
	}
	width := math.Min(slot-gap, 48)
	for i, d := range days {
		k := d.Format("2006-01-02")
		n := counts[k]
		h := 0.0
		if c.Max > 0 {
			h = float64(n) / float64(c.Max) * 90
		}
		if n > 0 {
			h = math.Max(h, 2)
		}
		c.Bars = append(c.Bars, bar{X: round1(float64(i)*slot + (slot-width)/2), Y: round1(c.BaseY - h), W: round1(width),
			H: round1(h), Week: k, Quotes: n})
	}
	return c
}

func round1(f float64) float64 { return math.Round(f*10) / 10 }
