// Package lookup answers a fact-checker's question about a line of text:
// who said this, when, where did it first appear, and is it credited to the
// right person? It asks store for the nearest stored quotes, groups the ones
// that are the same statement (one quote carried by several articles), gives
// each group its speakers and first and last appearance, and, when asked
// about a speaker, a verdict. It also finds statements credited to
// different speakers (the conflicts report).
package lookup

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/whosaid/whosaid/internal/report"
	"github.com/whosaid/whosaid/internal/speakers"
	"github.com/whosaid/whosaid/internal/store"
	"github.com/whosaid/whosaid/internal/textnorm"
)

// Thresholds, chosen on the fixtures of lookup_test.go and the generated
// corpus of BenchmarkLookup (see README "whosaid lookup").
const (
	// WordThreshold is the least pg_trgm word_similarity(query, quote) for a
	// quote to be a trigram candidate of a one-word query (the only queries
	// that search the trigram index: see store.SearchTerms). 0.7 keeps a
	// spelling variant ("harbor": 0.71 of "harbour") and, at a million
	// quotes, the index scan near 30 ms where 0.5 took 60 ms.
	WordThreshold = 0.7
	// MatchScore is the least Statement.Score for a statement to count as
	// the one asked about (verdicts; the benchmark's "found"); below it a
	// statement is only "nearest". On the fixtures (TestMatchScore) the
	// lowest true match, a fragment with two words changed, scores 0.729 and
	// the highest near miss, another statement sharing most words, 0.612.
	MatchScore = 0.65
	// GroupSimilarity is the least trigram similarity between two folded
	// quotes for them to be one statement (an outlet's small edits).
	GroupSimilarity = 0.7
	// ContainWords is the fewest words a folded quote needs for it to join
	// a longer quote that contains it word for word (a partial quote of the
	// same statement).
	ContainWords = 6
	// MaxTexts is how many distinct candidate texts, ranked in Go, get
	// scored by pg_trgm and grouped: word_similarity costs about 0.2 ms for
	// a sentence against a quote, too much for every candidate.
	MaxTexts = 25
	// ConflictMinChars is the shortest folded statement the conflicts report
	// considers: shorter ones ("no comment") are said by many people.
	ConflictMinChars = 30
)

// Options tune a lookup. The zero value is usable.
type Options struct {
	Speaker string // when set, the result has a verdict about this speaker
	Limit   int    // statements at most; 0 means 5
}

// Result is a lookup's answer.
type Result struct {
	Query      string      `json:"query"`
	Speaker    string      `json:"speaker,omitempty"`
	Verdict    *Verdict    `json:"verdict,omitempty"`
	Statements []Statement `json:"statements"`
}

// Statement is one statement: every stored quote of it, grouped.
type Statement struct {
	Text     string `json:"text"`      // as first published, outer quote marks removed
	TextNorm string `json:"text_norm"` // folded, of the best-matching quote
	// Score is how well the query matches, 0..1: the lesser of pg_trgm's
	// word similarity (how much of the query is found in the statement) and
	// the share of the query's words found in the same order. 1 for an exact
	// line or fragment.
	Score          float64      `json:"score"`
	WordSimilarity float64      `json:"word_similarity"`
	Similarity     float64      `json:"similarity"` // pg_trgm similarity of the whole texts
	Speakers       []Credit     `json:"speakers"`
	First          Appearance   `json:"first_appearance"`
	Last           Appearance   `json:"last_appearance"`
	Articles       int          `json:"articles"`
	Outlets        int          `json:"outlets"`
	Appearances    []Appearance `json:"appearances"`
	// FactChecks are published ClaimReview verdicts linked to any of the
	// statement's quotes: "rated False by … on …".
	FactChecks []store.FactCheck `json:"fact_checks"`
}

// Credit is one speaker a statement is credited to.
type Credit struct {
	Name string `json:"name"`
	Type string `json:"type,omitempty"`
	// Identified is false for an unnamed source ("a port official", "he").
	Identified  bool       `json:"identified"`
	Affiliation string     `json:"affiliation,omitempty"` // at their first appearance with it
	Role        string     `json:"role,omitempty"`
	Quotes      int        `json:"quotes"`
	Articles    int        `json:"articles"`
	First       Appearance `json:"first_appearance"`

	id       int64
	key      string
	articles map[int64]bool
}

// Appearance is one article that carried the statement.
type Appearance struct {
	QuoteID   int64      `json:"quote_id"`
	ArticleID int64      `json:"article_id"`
	Published *time.Time `json:"published,omitempty"`
	Imported  time.Time  `json:"imported"`
	Outlet    string     `json:"outlet,omitempty"`
	Title     string     `json:"title,omitempty"`
	URL       string     `json:"url,omitempty"`
	Speaker   string     `json:"speaker,omitempty"`
	Text      string     `json:"text"`
}

// Lookup finds the statements nearest to text, best first.
func Lookup(ctx context.Context, st *store.Store, text string, opt Options) (Result, error) {
	limit := opt.Limit
	if limit <= 0 {
		limit = 5
	}
	res := Result{Query: text, Speaker: opt.Speaker, Statements: []Statement{}}
	cands, err := st.QuoteCandidates(ctx, store.SearchParams{Text: text, WordThreshold: WordThreshold})
	if err != nil {
		return res, fmt.Errorf("lookup %q: %w", report.Cut(text, 60), err)
	}
	hits, err := st.QuoteHits(ctx, text, pick(text, cands, MaxTexts))
	if err != nil {
		return res, fmt.Errorf("lookup %q: %w", report.Cut(text, 60), err)
	}
	groups := Group(text, hits)
	if len(groups) > limit {
		groups = groups[:limit]
	}
	res.Statements = groups
	if err := attachFactChecks(ctx, st, res.Statements); err != nil {
		return res, fmt.Errorf("lookup %q: %w", report.Cut(text, 60), err)
	}
	if opt.Speaker != "" {
		v := Judge(opt.Speaker, groups)
		res.Verdict = &v
	}
	return res, nil
}

// pick ranks candidates by rankScore of their folded text and returns the
// ids of every quote of the best max distinct texts.
func pick(query string, cands []store.Candidate, max int) []int64 {
	qw := strings.Fields(textnorm.Fold(query))
	if len(qw) > maxQueryWords {
		qw = qw[:maxQueryWords]
	}
	qt := trigrams(strings.Join(qw, " "))
	type text struct {
		norm  string
		score float64
		ids   []int64
	}
	var texts []*text
	by := map[string]*text{}
	for _, c := range cands {
		t := by[c.TextNorm]
		if t == nil {
			t = &text{norm: c.TextNorm, score: rankScore(qw, qt, c.TextNorm)}
			by[c.TextNorm] = t
			texts = append(texts, t)
		}
		t.ids = append(t.ids, c.ID)
	}
	slices.SortStableFunc(texts, func(a, b *text) int { return cmp.Compare(b.score, a.score) })
	var ids []int64
	for i, t := range texts {
		if i == max {
			break
		}
		ids = append(ids, t.ids...)
	}
	return ids
}

// rankScore is a cheap stand-in for Statement.Score: the share of the
// query's trigrams the quote has (word similarity without its contiguity)
// and the share of the query's words it has in order, whichever is less.
func rankScore(queryWords []string, queryTrgm map[string]bool, norm string) float64 {
	if len(queryTrgm) == 0 {
		return 0
	}
	tt := trigrams(norm)
	n := 0
	for t := range queryTrgm {
		if tt[t] {
			n++
		}
	}
	return min(float64(n)/float64(len(queryTrgm)), inOrder(queryWords, strings.Fields(norm)))
}

// Conflicts lists statements credited to different speakers in different
// articles, most widely carried first, at most limit (0 means 20).
func Conflicts(ctx context.Context, st *store.Store, limit int) ([]Statement, error) {
	if limit <= 0 {
		limit = 20
	}
	// Some candidates turn out to be one person under two names ("Berg",
	// "Anna Berg"), so ask for more than limit.
	hits, err := st.QuoteConflicts(ctx, ConflictMinChars, 3*limit+20)
	if err != nil {
		return nil, err
	}
	var out []Statement
	for _, s := range Group("", hits) {
		if conflicting(s) {
			out = append(out, s)
		}
	}
	slices.SortStableFunc(out, func(a, b Statement) int { return b.Articles - a.Articles })
	if len(out) > limit {
		out = out[:limit]
	}
	if out == nil {
		out = []Statement{}
	}
	if err := attachFactChecks(ctx, st, out); err != nil {
		return nil, err
	}
	return out, nil
}

// attachFactChecks puts under each statement the fact-checks linked to any
// of its quotes, with one query for all of them.
func attachFactChecks(ctx context.Context, st *store.Store, stmts []Statement) error {
	var ids []int64
	for _, s := range stmts {
		for _, a := range s.Appearances {
			ids = append(ids, a.QuoteID)
		}
	}
	if len(ids) == 0 {
		return nil
	}
	byQuote, err := st.FactChecksForQuotes(ctx, ids)
	if err != nil {
		return err
	}
	for i := range stmts {
		seen := map[int64]bool{}
		stmts[i].FactChecks = []store.FactCheck{}
		for _, a := range stmts[i].Appearances {
			for _, fc := range byQuote[a.QuoteID] {
				if !seen[fc.ID] {
					seen[fc.ID] = true
					stmts[i].FactChecks = append(stmts[i].FactChecks, fc)
				}
			}
		}
	}
	return nil
}

// conflicting reports whether two named speakers who are not one person are
// credited with the statement in different articles.
func conflicting(s Statement) bool {
	for i, a := range s.Speakers {
		for _, b := range s.Speakers[i+1:] {
			if !a.Identified || !b.Identified || SameSpeaker(a.Name, a.Type, b.Name, b.Type) {
				continue
			}
			for x := range a.articles {
				for y := range b.articles {
					if x != y {
						return true
					}
				}
			}
		}
	}
	return false
}

// SameSpeaker reports whether two names are one speaker: the same key
// ("Mr Ali Rahimi", "ali rahimi"), the same surname with compatible given
// names ("Berg", "Anna Berg", "A. Berg"; not "Lars Berg"), or an
// organisation and its acronym.
func SameSpeaker(a, aType, b, bType string) bool {
	ka, kb := textnorm.SpeakerKey(a), textnorm.SpeakerKey(b)
	if ka == "" || kb == "" {
		return false
	}
	if ka == kb {
		return true
	}
	if person(aType) && person(bType) {
		return speakers.Compatible(speakers.Parse(a, "person"), speakers.Parse(b, "person"))
	}
	return speakers.Acronym(ka) == kb || speakers.Acronym(kb) == ka
}

func person(typ string) bool { return typ == "" || typ == "person" }

// cleanText drops the outer quote marks and trailing comma a quote was
// stored with: “We will not go home,” -> We will not go home.
func cleanText(s string) string {
	s = strings.TrimSpace(s)
	open := strings.IndexAny(s, "\"“‘«„'") == 0
	if open {
		_, size := firstRune(s)
		s = s[size:]
		s = strings.TrimRight(s, " ")
		s = strings.TrimRight(s, "\"”’»“'")
	}
	return strings.TrimRight(strings.TrimSpace(s), ",")
}

func firstRune(s string) (rune, int) {
	for i, r := range s {
		if i == 0 {
			return r, len(string(r))
		}
	}
	return 0, 0
}
