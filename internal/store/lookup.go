package store

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/whosaid/whosaid/db"
	"github.com/whosaid/whosaid/internal/textnorm"
)

// QuoteHit is one stored quote with the article that carried it, as a lookup
// or the conflicts report needs it.
type QuoteHit struct {
	ID          int64
	ArticleID   int64
	SpeakerID   *int64
	Kind        string
	Text        string
	TextNorm    string
	SpeakerName string // the speaker row's display name, else the name resolved in the article
	SourceText  string // the mention as written ("he", "a port official")
	SpeakerType string
	Affiliation string
	Role        string
	URL         string
	Title       string
	Outlet      string
	PublishedAt *time.Time
	ImportedAt  time.Time
	// WordScore is pg_trgm word_similarity(query, text_norm): how much of the
	// query is found in the quote (1 for an exact fragment). Score is the
	// symmetric similarity(query, text_norm). Both are 0 outside a search.
	WordScore float64
	Score     float64
}

// SearchParams tune QuoteCandidates. Zero fields take the defaults below.
type SearchParams struct {
	Text string // as the user typed it; folded here like quotes.text_norm
	// WordThreshold is the least word_similarity a trigram candidate needs
	// (pg_trgm.word_similarity_threshold, set for this transaction only).
	WordThreshold float64
	// MaxCandidates caps each signal's candidates before any ranking, so a
	// short, common query cannot make the search rank the whole table.
	MaxCandidates int
}

// Search defaults; see internal/lookup for how they were chosen.
const (
	DefaultWordThreshold = 0.7
	DefaultMaxCandidates = 250
)

// Candidate is a quote a search found, with its folded text for ranking.
type Candidate struct {
	ID       int64
	TextNorm string
}

// Limits of the search expressions SearchTerms builds.
const (
	// TrigramMaxWords: a query with fewer content words than this also
	// searches the trigram index with them (up to TrigramMaxChars).
	TrigramMaxWords = 2
	TrigramMaxChars = 24
)

// SearchTerms turns what the user typed into the two search expressions of
// QuoteCandidates. fts is a to_tsquery text over the query's content words
// (folded, stop words dropped): one AND-group for a short query; for longer
// ones the words dealt round-robin into 2 (4+ words), 3 (6+) or 4 (12+)
// AND-groups joined by OR, so a quote matches when any group matches whole:
// with 3 groups, two changed words still leave one group intact. trgm is the
// content words for the trigram index when there are fewer than
// TrigramMaxWords of them (a single word: typos, odd spellings), else "":
// pg_trgm's GIN scan grows with the query's trigrams (a 150-character line
// took 0.3 s at 200,000 quotes). Folding keeps only letters, digits and
// spaces, so neither can carry tsquery syntax.
func SearchTerms(text string) (fts, trgm string) {
	// "don't" is "don" and "t" to PostgreSQL's parser; split it the same way.
	folded := textnorm.Fold(apostrophes.Replace(text))
	var words []string
	seen := map[string]bool{}
	for _, w := range strings.Fields(folded) {
		if !stopWords[w] && !seen[w] {
			seen[w] = true
			words = append(words, w)
		}
	}
	if len(words) == 0 {
		return "", ""
	}
	if len(words) < TrigramMaxWords {
		if t := strings.Join(words, " "); len(t) <= TrigramMaxChars {
			trgm = t
		}
	}
	groups := 1
	switch n := len(words); {
	case n >= 12:
		groups = 4
	case n >= 6:
		groups = 3
	case n >= 4:
		groups = 2
	}
	parts := make([][]string, groups)
	for i, w := range words {
		parts[i%groups] = append(parts[i%groups], w)
	}
	ors := make([]string, groups)
	for i, p := range parts {
		ors[i] = "(" + strings.Join(p, " & ") + ")"
	}
	return strings.Join(ors, " | "), trgm
}

var apostrophes = strings.NewReplacer("'", " ", "’", " ", "‘", " ", "ʼ", " ")

// stopWords is PostgreSQL's English stop list (tsearch_data/english.stop):
// to_tsquery drops these, so a group made of them alone would match nothing.
var stopWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`i me my myself we our ours ourselves you your yours yourself yourselves he him his
himself she her hers herself it its itself they them their theirs themselves what which who whom this that these those am
is are was were be been being have has had having do does did doing a an the and but if or because as until while of at by
for with about against between into through during before after above below to from up down in out on off over under again
further then once here there when where why how all any both each few more most other some such no nor not only own same so
than too very s t can will just don should now`) {
		stopWords[w] = true
	}
}

// QuoteCandidates finds stored quotes that may match p.Text, by English
// full-text search over its content words and, for a one-word query, by
// trigram word similarity; unranked. The text reaches SQL only as a parameter.
func (s *Store) QuoteCandidates(ctx context.Context, p SearchParams) ([]Candidate, error) {
	if p.WordThreshold <= 0 || p.WordThreshold > 1 {
		p.WordThreshold = DefaultWordThreshold
	}
	if p.MaxCandidates <= 0 {
		p.MaxCandidates = DefaultMaxCandidates
	}
	fts, trgm := SearchTerms(p.Text)
	if fts == "" && trgm == "" {
		return nil, nil
	}
	var rows []db.QuoteCandidateListRow
	err := pgx.BeginTxFunc(ctx, s.pool, pgx.TxOptions{AccessMode: pgx.ReadOnly}, func(tx pgx.Tx) error {
		th := strconv.FormatFloat(p.WordThreshold, 'f', 3, 64)
		if err := s.q.LookupSettingsSet(ctx, tx, db.LookupSettingsSetParams{WordThreshold: th, SimilarityThreshold: th}); err != nil {
			return fmt.Errorf("set lookup thresholds: %w", err)
		}
		var err error
		rows, err = s.q.QuoteCandidateList(ctx, tx, db.QuoteCandidateListParams{
			FtsQuery: fts, TrgmQuery: trgm, MaxCandidates: int32(p.MaxCandidates)})
		if err != nil {
			return fmt.Errorf("search quotes: %w", err)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	out := make([]Candidate, len(rows))
	for i, r := range rows {
		out[i] = Candidate{ID: r.ID, TextNorm: r.TextNorm}
	}
	return out, nil
}

// QuoteHits returns the quotes with the given ids, with their articles and
// speakers, scored against text (folded here) by pg_trgm, best first.
func (s *Store) QuoteHits(ctx context.Context, text string, ids []int64) ([]QuoteHit, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	rows, err := s.q.QuoteHitList(ctx, s.pool, db.QuoteHitListParams{Folded: textnorm.Fold(text), Ids: ids})
	if err != nil {
		return nil, fmt.Errorf("read %d quotes: %w", len(ids), err)
	}
	out := make([]QuoteHit, len(rows))
	for i, r := range rows {
		out[i] = hit(r.ID, r.ArticleID, r.SpeakerID, r.Kind, r.Text, r.TextNorm, r.SpeakerName, r.SourceText,
			r.SpeakerType, r.Affiliation, r.Role, r.SpeakerDisplayName, r.Url, r.Title, r.PublishedAt, r.ImportedAt, r.Outlet)
		out[i].WordScore, out[i].Score = float64(r.WordScore), float64(r.Score)
	}
	return out, nil
}

// QuoteConflicts returns every quote of the statements (identical folded
// text of at least minChars characters) that are credited to more than one
// speaker in more than one article, at most maxStatements statements, most
// widely carried first.
func (s *Store) QuoteConflicts(ctx context.Context, minChars, maxStatements int) ([]QuoteHit, error) {
	rows, err := s.q.QuoteConflictList(ctx, s.pool, db.QuoteConflictListParams{
		MinChars: int32(minChars), MaxStatements: int32(maxStatements)})
	if err != nil {
		return nil, fmt.Errorf("list conflicting attributions: %w", err)
	}
	out := make([]QuoteHit, len(rows))
	for i, r := range rows {
		out[i] = hit(r.ID, r.ArticleID, r.SpeakerID, r.Kind, r.Text, r.TextNorm, r.SpeakerName, r.SourceText,
			r.SpeakerType, r.Affiliation, r.Role, r.SpeakerDisplayName, r.Url, r.Title, r.PublishedAt, r.ImportedAt, r.Outlet)
	}
	return out, nil
}

func hit(id, articleID int64, speakerID *int64, kind, text, norm string, speakerName, sourceText *string,
	speakerType string, affiliation, role, displayName, url *string, title string, published *time.Time,
	imported time.Time, outlet *string) QuoteHit {
	h := QuoteHit{ID: id, ArticleID: articleID, SpeakerID: speakerID, Kind: kind, Text: text, TextNorm: norm,
		SpeakerName: val(speakerName), SourceText: val(sourceText), SpeakerType: speakerType,
		Affiliation: val(affiliation), Role: val(role), URL: val(url), Title: title, Outlet: val(outlet),
		PublishedAt: published, ImportedAt: imported}
	if displayName != nil {
		h.SpeakerName = *displayName
	}
	return h
}
