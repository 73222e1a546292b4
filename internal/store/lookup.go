package store

import (
	"context"
	"fmt"
	"strconv"
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

// SearchParams tune QuoteSearch. Zero fields take the defaults below.
type SearchParams struct {
	Text string // as the user typed it; folded here like quotes.text_norm
	// WordThreshold is the least word_similarity a trigram candidate needs
	// (pg_trgm.word_similarity_threshold, set for this transaction only).
	WordThreshold float64
	// MaxCandidates caps each signal's candidates before scoring, so a short,
	// common query cannot make the search rank the whole table.
	MaxCandidates int
	// MaxRows caps the scored rows returned.
	MaxRows int
}

// Search defaults; see internal/lookup for how they were chosen.
const (
	DefaultWordThreshold = 0.5
	DefaultMaxCandidates = 500
	DefaultMaxRows       = 500
)

// QuoteSearch finds the stored quotes nearest to p.Text by trigram word
// similarity on the folded text and by English full-text search, best first.
// The user's text reaches SQL only as a parameter.
func (s *Store) QuoteSearch(ctx context.Context, p SearchParams) ([]QuoteHit, error) {
	folded := textnorm.Fold(p.Text)
	if folded == "" {
		return nil, nil
	}
	if p.WordThreshold <= 0 || p.WordThreshold > 1 {
		p.WordThreshold = DefaultWordThreshold
	}
	if p.MaxCandidates <= 0 {
		p.MaxCandidates = DefaultMaxCandidates
	}
	if p.MaxRows <= 0 {
		p.MaxRows = DefaultMaxRows
	}
	var rows []db.QuoteSearchRow
	err := pgx.BeginTxFunc(ctx, s.pool, pgx.TxOptions{AccessMode: pgx.ReadOnly}, func(tx pgx.Tx) error {
		th := strconv.FormatFloat(p.WordThreshold, 'f', 3, 64)
		if err := s.q.LookupSettingsSet(ctx, tx, db.LookupSettingsSetParams{WordThreshold: th, SimilarityThreshold: th}); err != nil {
			return fmt.Errorf("set lookup thresholds: %w", err)
		}
		var err error
		rows, err = s.q.QuoteSearch(ctx, tx, db.QuoteSearchParams{
			Folded: folded, Query: p.Text, MaxCandidates: int32(p.MaxCandidates), MaxRows: int32(p.MaxRows)})
		if err != nil {
			return fmt.Errorf("search quotes: %w", err)
		}
		return nil
	})
	if err != nil {
		return nil, err
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
