package dbtest

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/whosaid/whosaid/internal/extract"
	"github.com/whosaid/whosaid/internal/ingest"
	"github.com/whosaid/whosaid/internal/store"
)

// Statement is one quote of a seeded article, attributed by hand so that
// tests of storage and reports do not depend on the extractor's accuracy.
type Statement struct {
	Speaker, Type, Role, Affiliation, Cue, Kind string
	Words                                       string
}

// SeedArticle writes one article made of its statements ("“Words,” Speaker
// said.") and saves it with exact attributions.
func SeedArticle(t testing.TB, st *store.Store, url, outlet string, published time.Time, title string, stmts ...Statement) {
	t.Helper()
	var b strings.Builder
	b.WriteString(title + "\n\n")
	var atts []extract.Attribution
	for _, s := range stmts {
		start := len([]rune(b.String()))
		quote := "“" + s.Words + ",”"
		b.WriteString(quote)
		end := len([]rune(b.String()))
		b.WriteString(" ")
		srcStart := len([]rune(b.String()))
		b.WriteString(s.Speaker)
		srcEnd := len([]rune(b.String()))
		b.WriteString(" ")
		cueStart := len([]rune(b.String()))
		cue := s.Cue
		if cue == "" {
			cue = "said"
		}
		b.WriteString(cue + ".\n\n")
		kind := extract.Kind(s.Kind)
		if kind == "" {
			kind = extract.Direct
		}
		typ := s.Type
		if typ == "" {
			typ = extract.Person
		}
		atts = append(atts, extract.Attribution{
			Kind: kind, Content: []extract.Span{{Start: start, End: end}}, Text: quote,
			Cue: &extract.Span{Start: cueStart, End: cueStart + len([]rune(cue))}, CueText: cue, CueLemma: lemma(cue),
			Source: &extract.Span{Start: srcStart, End: srcEnd}, SourceText: s.Speaker,
			Speaker: speakerName(s), SpeakerType: typ, Role: s.Role, Affiliation: s.Affiliation, Confidence: 0.9,
		})
	}
	a := ingest.Article{Path: url, URL: url, Outlet: outlet, Published: published, Title: title, Body: b.String(), Encoding: "utf-8"}
	if _, _, err := st.SaveArticle(context.Background(), a, atts, "seed"); err != nil {
		t.Fatalf("seed %s: %v", url, err)
	}
}

func speakerName(s Statement) string {
	if s.Type == extract.Anonymous || s.Type == extract.Group {
		return ""
	}
	return s.Speaker
}

func lemma(cue string) string {
	switch cue {
	case "said", "says":
		return "say"
	case "told":
		return "tell"
	case "claimed":
		return "claim"
	case "admitted":
		return "admit"
	}
	return strings.TrimSuffix(cue, "ed")
}

// SeedNewsroom stores a small newsroom: two outlets, dated articles (one
// published today), one person under several name forms, two people who
// share a surname, an organisation and an anonymous source.
func SeedNewsroom(t testing.TB, st *store.Store) {
	t.Helper()
	day := func(s string) time.Time {
		d, err := time.Parse("2006-01-02", s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	SeedArticle(t, st, "https://courier.example/strike", "Kelvik Courier", day("2026-03-02"), "Harbour Strike Begins",
		Statement{Speaker: "Anna Berg", Role: "president", Affiliation: "Kelvik Dockers Union", Words: "We are not asking for the moon"},
		Statement{Speaker: "Port Authority", Type: extract.Organization, Cue: "claimed", Words: "Our offer was fair and final"})
	SeedArticle(t, st, "https://herald.example/talks", "Kelvik Herald", day("2026-03-05"), "Talks Resume",
		Statement{Speaker: "Ms Berg", Role: "union leader", Words: "We have heard promises before about the harbour"},
		Statement{Speaker: "Boris Lund", Role: "minister", Words: "Nobody wins a long strike"},
		Statement{Speaker: "a port official", Type: extract.Anonymous, Words: "The ships are waiting"})
	SeedArticle(t, st, "https://courier.example/deal", "Kelvik Courier", time.Now().UTC().Add(-time.Hour), "Deal Reached",
		Statement{Speaker: "Anna Berg", Role: "president", Affiliation: "Kelvik Dockers Union", Cue: "told", Words: "This is a victory for the harbour"},
		Statement{Speaker: "Maja Lund", Role: "economist", Cue: "admitted", Words: "The backlog will take weeks"})
}
