package lookup

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/whosaid/whosaid/internal/store"
	"github.com/whosaid/whosaid/internal/textnorm"
)

// Group gathers hits (best first) into statements, best first, scored
// against query (see Statement.Score; "" leaves scores at 0). Quotes with
// the same folded text are one statement; so are near-identical ones
// (trigram similarity at least GroupSimilarity) and a quote of at least
// ContainWords words found word for word inside a longer one. Each distinct
// text joins the first (best-scoring) statement it matches.
func Group(query string, hits []store.QuoteHit) []Statement {
	queryWords := strings.Fields(textnorm.Fold(query))
	if len(queryWords) > maxQueryWords {
		queryWords = queryWords[:maxQueryWords]
	}
	type text struct {
		norm  string
		trgm  map[string]bool
		hits  []store.QuoteHit
		word  float64 // pg_trgm word_similarity
		sim   float64 // pg_trgm similarity
		score float64 // min(word, in-order share of the query's words)
	}
	var texts []*text
	byNorm := map[string]*text{}
	for _, h := range hits {
		t := byNorm[h.TextNorm]
		if t == nil {
			t = &text{norm: h.TextNorm, word: h.WordScore, sim: h.Score}
			if len(queryWords) > 0 {
				t.score = min(t.word, inOrder(queryWords, strings.Fields(h.TextNorm)))
			}
			byNorm[h.TextNorm] = t
			texts = append(texts, t)
		}
		t.hits = append(t.hits, h)
	}
	slices.SortStableFunc(texts, func(a, b *text) int {
		return cmp.Or(cmp.Compare(b.score, a.score), cmp.Compare(b.word, a.word), cmp.Compare(b.sim, a.sim),
			cmp.Compare(len(b.hits), len(a.hits)))
	})
	type group struct {
		members []*text
	}
	var groups []*group
	for _, t := range texts {
		t.trgm = trigrams(t.norm)
		var into *group
		for _, g := range groups {
			if slices.ContainsFunc(g.members, func(m *text) bool { return sameStatement(m.norm, m.trgm, t.norm, t.trgm) }) {
				into = g
				break
			}
		}
		if into == nil {
			into = &group{}
			groups = append(groups, into)
		}
		into.members = append(into.members, t)
	}
	out := make([]Statement, 0, len(groups))
	for _, g := range groups {
		var hs []store.QuoteHit
		for _, m := range g.members {
			hs = append(hs, m.hits...)
		}
		s := statement(hs)
		best := g.members[0]
		s.TextNorm, s.Score, s.WordSimilarity, s.Similarity = best.norm, round(best.score), round(best.word), round(best.sim)
		out = append(out, s)
	}
	return out
}

// maxQueryWords bounds the word-order comparison of a pasted text.
const maxQueryWords = 300

// inOrder is the share of the query's words that the quote has in the same
// order (longest common subsequence of words over the query's length). It
// tells a reworded line (most words, in order) from another statement that
// shares many words ("every docker in the harbour wants a living wage"),
// which trigram word similarity alone scores as high.
func inOrder(query, quote []string) float64 {
	if len(query) == 0 {
		return 0
	}
	prev := make([]int, len(quote)+1)
	cur := make([]int, len(quote)+1)
	for _, q := range query {
		for j, w := range quote {
			if q == w {
				cur[j+1] = prev[j] + 1
			} else {
				cur[j+1] = max(cur[j], prev[j+1])
			}
		}
		prev, cur = cur, prev
	}
	return float64(prev[len(quote)]) / float64(len(query))
}

func round(f float64) float64 { return float64(int(f*1000+0.5)) / 1000 }

// sameStatement decides whether two folded quotes are one statement.
func sameStatement(a string, ta map[string]bool, b string, tb map[string]bool) bool {
	if a == b || similarity(ta, tb) >= GroupSimilarity {
		return true
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	return len(strings.Fields(a)) >= ContainWords && strings.Contains(" "+b+" ", " "+a+" ")
}

// trigrams are pg_trgm's: each word padded with two spaces before and one
// after, every three consecutive characters.
func trigrams(norm string) map[string]bool {
	set := map[string]bool{}
	for _, w := range strings.Fields(norm) {
		r := []rune("  " + w + " ")
		for i := 0; i+3 <= len(r); i++ {
			set[string(r[i:i+3])] = true
		}
	}
	return set
}

// similarity is pg_trgm's similarity: shared trigrams over all trigrams.
func similarity(a, b map[string]bool) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	shared := 0
	for t := range a {
		if b[t] {
			shared++
		}
	}
	return float64(shared) / float64(len(a)+len(b)-shared)
}

// statement builds one statement from all its quotes.
func statement(hs []store.QuoteHit) Statement {
	slices.SortFunc(hs, earlier)
	s := Statement{Appearances: make([]Appearance, 0, len(hs))}
	articles, outlets := map[int64]bool{}, map[string]bool{}
	var credits []*Credit
	byKey := map[string]*Credit{}
	for _, h := range hs {
		a := appearance(h)
		s.Appearances = append(s.Appearances, a)
		articles[h.ArticleID] = true
		if h.Outlet != "" {
			outlets[h.Outlet] = true
		}
		name, identified := credited(h)
		key := textnorm.SpeakerKey(name)
		if h.SpeakerID != nil {
			key = "#" + strconv.FormatInt(*h.SpeakerID, 10)
		}
		c := byKey[key]
		if c == nil {
			c = &Credit{Name: name, Type: h.SpeakerType, Identified: identified, First: a, key: key, articles: map[int64]bool{}}
			if h.SpeakerID != nil {
				c.id = *h.SpeakerID
			}
			byKey[key] = c
			credits = append(credits, c)
		}
		c.Quotes++
		c.articles[h.ArticleID] = true
		c.Articles = len(c.articles)
		if c.Role == "" && c.Affiliation == "" {
			c.Role, c.Affiliation = h.Role, h.Affiliation
		}
	}
	for _, c := range credits {
		s.Speakers = append(s.Speakers, *c)
	}
	s.First = s.Appearances[0]
	s.Last = s.Appearances[len(s.Appearances)-1]
	// The last appearance is the latest dated one when any is dated.
	for i := len(s.Appearances) - 1; i >= 0; i-- {
		if s.Appearances[i].Published != nil {
			s.Last = s.Appearances[i]
			break
		}
	}
	s.Text = cleanText(s.First.Text)
	s.Articles, s.Outlets = len(articles), len(outlets)
	return s
}

// earlier orders appearances: by publication date, undated after dated,
// then by import time, then by quote id.
func earlier(a, b store.QuoteHit) int {
	switch {
	case a.PublishedAt != nil && b.PublishedAt != nil:
		if c := a.PublishedAt.Compare(*b.PublishedAt); c != 0 {
			return c
		}
	case a.PublishedAt != nil:
		return -1
	case b.PublishedAt != nil:
		return 1
	}
	return cmp.Or(a.ImportedAt.Compare(b.ImportedAt), cmp.Compare(a.ID, b.ID))
}

func appearance(h store.QuoteHit) Appearance {
	name, _ := credited(h)
	return Appearance{QuoteID: h.ID, ArticleID: h.ArticleID, Published: h.PublishedAt, Imported: h.ImportedAt,
		Outlet: h.Outlet, Title: h.Title, URL: h.URL, Speaker: name, Text: h.Text}
}

// credited is who a quote is credited to: the speaker's name, else the
// mention as written (unnamed), else "unknown".
func credited(h store.QuoteHit) (string, bool) {
	switch {
	case h.SpeakerName != "" && h.SpeakerType != "anonymous":
		return h.SpeakerName, true
	case h.SourceText != "":
		return h.SourceText, false
	case h.SpeakerName != "":
		return h.SpeakerName, false
	}
	return "unknown", false
}
