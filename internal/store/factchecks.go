package store

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/whosaid/whosaid/db"
	"github.com/whosaid/whosaid/internal/factcheck"
	"github.com/whosaid/whosaid/internal/ingest"
	"github.com/whosaid/whosaid/internal/textnorm"
)

// FactCheck is one fact-check linked to a quote, as lookup and web show it.
type FactCheck struct {
	ID          int64      `json:"id"`
	LinkID      int64      `json:"link_id"` // for whosaid factchecks confirm|reject
	URL         string     `json:"url,omitempty"`
	Claim       string     `json:"claim"`
	Claimant    string     `json:"claimant,omitempty"`
	Reviewer    string     `json:"reviewer,omitempty"`
	Rating      string     `json:"rating,omitempty"`
	RatingValue *float64   `json:"rating_value,omitempty"`
	BestRating  *float64   `json:"best_rating,omitempty"`
	WorstRating *float64   `json:"worst_rating,omitempty"`
	ReviewDate  *time.Time `json:"review_date,omitempty"`
	Score       float64    `json:"score"`
	Status      string     `json:"status"` // auto or confirmed (rejected links are left out)
}

// SavedFactCheck is what saving one ClaimReview did.
type SavedFactCheck struct {
	ID  int64
	New bool // false: an earlier import's row, updated in place
}

// reviewKey is a fact-check's idempotency key: its url, else a digest of
// its reviewer and folded claim.
func reviewKey(c ingest.ClaimReview) string {
	if c.URL != "" {
		return c.URL
	}
	h := sha256.Sum256([]byte(textnorm.Fold(c.Reviewer) + "\x1f" + textnorm.Fold(c.Claim)))
	return "urn:whosaid:claim:" + hex.EncodeToString(h[:])
}

// SaveFactChecks upserts claim reviews (keyed by review url) and links each
// to the stored quotes that state its claim. path is the file they came from.
func (s *Store) SaveFactChecks(ctx context.Context, path string, reviews []ingest.ClaimReview) ([]SavedFactCheck, error) {
	out := make([]SavedFactCheck, 0, len(reviews))
	ids := make([]int64, 0, len(reviews))
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		out, ids = out[:0], ids[:0]
		for _, c := range reviews {
			c = withoutNUL(c)
			if c.Claim == "" && c.URL == "" {
				return fmt.Errorf("save fact-check: %w", ingest.ErrClaimReviewEmpty)
			}
			apps := c.Appearances
			var claimantKey *string
			if c.Claimant != "" {
				claimantKey = ptr(textnorm.SpeakerKey(c.Claimant))
			}
			row, err := s.q.FactCheckUpsert(ctx, tx, db.FactCheckUpsertParams{
				ReviewKey: reviewKey(c), Url: ptr(c.URL), Claim: c.Claim, ClaimNorm: factcheck.ClaimNorm(c.Claim),
				Claimant: ptr(c.Claimant), ClaimantKey: claimantKey, ClaimDate: ptrTime(c.ClaimDate),
				AppearanceUrls: apps, FirstAppearanceUrl: ptr(c.FirstAppearance), Reviewer: ptr(c.Reviewer),
				ReviewDate: ptrTime(c.ReviewDate), Rating: ptr(c.Rating), RatingValue: c.RatingValue,
				BestRating: c.BestRating, WorstRating: c.WorstRating, Language: ptr(c.Language),
				SourcePath: strings.ReplaceAll(path, "\x00", ""),
			})
			if err != nil {
				return fmt.Errorf("save fact-check %s: %w", c.Name(), err)
			}
			out = append(out, SavedFactCheck{ID: row.ID, New: row.Inserted})
			ids = append(ids, row.ID)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if err := s.LinkFactChecks(ctx, ids); err != nil {
		return out, err
	}
	return out, nil
}

// withoutNUL drops NUL bytes, which PostgreSQL text cannot hold (ingest
// already does; this guards other callers).
func withoutNUL(c ingest.ClaimReview) ingest.ClaimReview {
	for _, p := range []*string{&c.URL, &c.Claim, &c.Claimant, &c.FirstAppearance, &c.Reviewer, &c.Rating, &c.Language} {
		*p = strings.ReplaceAll(*p, "\x00", "")
	}
	apps := make([]string, 0, len(c.Appearances))
	for _, u := range c.Appearances {
		apps = append(apps, strings.ReplaceAll(u, "\x00", ""))
	}
	c.Appearances = apps
	return c
}

// candidatesByFactChecks runs the candidate query from the fact-check side
// with its thresholds set for the transaction.
func (s *Store) candidatesByFactChecks(ctx context.Context, ids []int64) ([]db.FactCheckLinkCandidatesByFactChecksRow, error) {
	var rows []db.FactCheckLinkCandidatesByFactChecksRow
	err := s.withSimilarity(ctx, "0.3", func(tx pgx.Tx) (err error) {
		rows, err = s.q.FactCheckLinkCandidatesByFactChecks(ctx, tx, ids)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("find quotes for fact-checks: %w", err)
	}
	return rows, nil
}

// candidate is one scored fact-check/quote pair.
type candidate struct {
	factCheckID, articleID, quoteID int64
	score                           float64
}

func score(fc, article, quote int64, p factcheck.Pair) candidate {
	return candidate{factCheckID: fc, articleID: article, quoteID: quote, score: factcheck.Score(p)}
}

// LinkFactChecks recomputes the links of the given fact-checks to every
// stored quote: machine links are replaced, editors' decisions re-applied.
func (s *Store) LinkFactChecks(ctx context.Context, factCheckIDs []int64) error {
	if len(factCheckIDs) == 0 {
		return nil
	}
	rows, err := s.candidatesByFactChecks(ctx, factCheckIDs)
	if err != nil {
		return err
	}
	cands := make([]candidate, 0, len(rows))
	for _, r := range rows {
		cands = append(cands, score(r.FactCheckID, r.ArticleID, r.QuoteID, factcheck.Pair{
			Claim: r.ClaimNorm, Quote: r.TextNorm, Claimant: r.Claimant, Speaker: r.Speaker, SpeakerType: r.SpeakerType,
			Similarity: r.Similarity, ClaimInQuote: r.ClaimInQuote, ClaimLexemes: r.ClaimLexemes, Lexemes: r.QuoteLexemes}))
	}
	return s.writeLinks(ctx, cands, func(tx pgx.Tx) error {
		return s.q.FactCheckLinkDeleteStaleByFactChecks(ctx, tx, factCheckIDs)
	}, func(tx pgx.Tx) error {
		return s.q.FactCheckLinkApplyDecisionsByFactChecks(ctx, tx, factCheckIDs)
	})
}

// LinkCandidate is one fact-check/quote pair the matcher weighed, linked or
// not: what `whosaid factchecks explain` prints and how the threshold was measured.
type LinkCandidate struct {
	FactCheckID int64   `json:"fact_check_id"`
	Review      string  `json:"review"`
	QuoteID     int64   `json:"quote_id"`
	Quote       string  `json:"quote"` // folded
	Claim       string  `json:"claim"` // folded
	Claimant    string  `json:"claimant,omitempty"`
	Speaker     string  `json:"speaker,omitempty"`
	Score       float64 `json:"score"`
	Linked      bool    `json:"linked"`
}

// FactCheckCandidates scores every quote the index offers for the given
// fact-checks (all of them when ids is empty), best first per fact-check.
func (s *Store) FactCheckCandidates(ctx context.Context, ids []int64) ([]LinkCandidate, error) {
	if len(ids) == 0 {
		var err error
		if ids, err = s.q.FactCheckIDList(ctx, s.pool); err != nil {
			return nil, fmt.Errorf("list fact-checks: %w", err)
		}
	}
	rows, err := s.candidatesByFactChecks(ctx, ids)
	if err != nil {
		return nil, err
	}
	out := make([]LinkCandidate, 0, len(rows))
	for _, r := range rows {
		sc := factcheck.Score(factcheck.Pair{
			Claim: r.ClaimNorm, Quote: r.TextNorm, Claimant: r.Claimant, Speaker: r.Speaker, SpeakerType: r.SpeakerType,
			Similarity: r.Similarity, ClaimInQuote: r.ClaimInQuote, ClaimLexemes: r.ClaimLexemes, Lexemes: r.QuoteLexemes})
		out = append(out, LinkCandidate{FactCheckID: r.FactCheckID, Review: r.Review, QuoteID: r.QuoteID, Quote: r.TextNorm,
			Claim: r.ClaimNorm, Claimant: r.Claimant, Speaker: r.Speaker, Score: sc, Linked: factcheck.Linked(sc)})
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].FactCheckID != out[j].FactCheckID {
			return out[i].FactCheckID < out[j].FactCheckID
		}
		return out[i].Score > out[j].Score
	})
	return out, nil
}

// LinkFactChecksForArticles recomputes the links of the quotes of the given
// articles to every stored fact-check. The importer calls it after each
// batch, re-extraction at its end.
func (s *Store) LinkFactChecksForArticles(ctx context.Context, articleIDs []int64) error {
	if len(articleIDs) == 0 {
		return nil
	}
	// With no fact-check stored there is no link to make, stale link to
	// drop or decision to apply. Asked after the quotes were committed, so a
	// fact-check saved meanwhile is either seen here or links them itself.
	if found, err := s.q.FactCheckExists(ctx, s.pool); err != nil {
		return fmt.Errorf("look for fact-checks: %w", err)
	} else if !found {
		return nil
	}
	var rows []db.FactCheckLinkCandidatesByArticlesRow
	err := s.withSimilarity(ctx, "0.2", func(tx pgx.Tx) (err error) {
		rows, err = s.q.FactCheckLinkCandidatesByArticles(ctx, tx, articleIDs)
		return err
	})
	if err != nil {
		return fmt.Errorf("find fact-checks for quotes: %w", err)
	}
	cands := make([]candidate, 0, len(rows))
	for _, r := range rows {
		cands = append(cands, score(r.FactCheckID, r.ArticleID, r.QuoteID, factcheck.Pair{
			Claim: r.ClaimNorm, Quote: r.TextNorm, Claimant: r.Claimant, Speaker: r.Speaker, SpeakerType: r.SpeakerType,
			Similarity: r.Similarity, ClaimInQuote: r.ClaimInQuote, ClaimLexemes: r.ClaimLexemes, Lexemes: r.QuoteLexemes}))
	}
	return s.writeLinks(ctx, cands, func(tx pgx.Tx) error {
		return s.q.FactCheckLinkDeleteStaleByArticles(ctx, tx, articleIDs)
	}, func(tx pgx.Tx) error {
		return s.q.FactCheckLinkApplyDecisionsByArticles(ctx, tx, articleIDs)
	})
}

// RelinkAllFactChecks recomputes every fact-check's links (after
// re-extraction replaced all quotes).
func (s *Store) RelinkAllFactChecks(ctx context.Context) error {
	ids, err := s.q.FactCheckIDList(ctx, s.pool)
	if err != nil {
		return fmt.Errorf("list fact-checks: %w", err)
	}
	const chunk = 500
	for i := 0; i < len(ids); i += chunk {
		if err := s.LinkFactChecks(ctx, ids[i:min(i+chunk, len(ids))]); err != nil {
			return err
		}
	}
	return nil
}

// writeLinks writes cands at or above the threshold (an existing link keeps
// its id and status, its score refreshed), drops the scope's machine links
// that no longer hold, and applies editors' decisions, in one transaction.
func (s *Store) writeLinks(ctx context.Context, cands []candidate, stale, decisions func(pgx.Tx) error) error {
	return Retry(ctx, 4, func() error {
		return pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
			for _, c := range cands {
				if !factcheck.Linked(c.score) {
					continue
				}
				if err := s.q.FactCheckLinkInsert(ctx, tx, db.FactCheckLinkInsertParams{
					FactCheckID: c.factCheckID, QuoteArticleID: c.articleID, QuoteID: c.quoteID, Score: float32(c.score),
				}); err != nil {
					return fmt.Errorf("link fact-check %d to quote %d: %w", c.factCheckID, c.quoteID, err)
				}
			}
			if err := stale(tx); err != nil {
				return fmt.Errorf("drop stale fact-check links: %w", err)
			}
			if err := decisions(tx); err != nil {
				return fmt.Errorf("apply editors' fact-check decisions: %w", err)
			}
			return nil
		})
	})
}

// ErrNoLink is returned for a link id that does not exist.
var ErrNoLink = errors.New("no such fact-check link")

// SetFactCheckLinkStatus is an editor's confirm ("confirmed") or reject
// ("rejected") of a link. It is kept as a decision on (review, article,
// folded quote text), so it survives re-imports and re-extraction.
func (s *Store) SetFactCheckLinkStatus(ctx context.Context, linkID int64, status string) error {
	if status != "confirmed" && status != "rejected" {
		return fmt.Errorf("fact-check link status %q: want confirmed or rejected", status)
	}
	return pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		l, err := s.q.FactCheckLinkGet(ctx, tx, linkID)
		if errors.Is(err, pgx.ErrNoRows) {
			return fmt.Errorf("link %d: %w", linkID, ErrNoLink)
		}
		if err != nil {
			return fmt.Errorf("find link %d: %w", linkID, err)
		}
		if err := s.q.FactCheckDecisionUpsert(ctx, tx, db.FactCheckDecisionUpsertParams{
			ReviewKey: l.ReviewKey, ArticleKey: l.ArticleKey, QuoteNorm: l.TextNorm, Status: status,
		}); err != nil {
			return fmt.Errorf("keep decision on link %d: %w", linkID, err)
		}
		if err := s.q.FactCheckLinkSetStatus(ctx, tx, db.FactCheckLinkSetStatusParams{ID: linkID, Status: status}); err != nil {
			return fmt.Errorf("set link %d %s: %w", linkID, status, err)
		}
		return nil
	})
}

// FactCheckLink is one link as editors review it.
type FactCheckLink = db.FactCheckLinkListRow

// FactCheckLinks lists links (status "" for all), best first per fact-check.
func (s *Store) FactCheckLinks(ctx context.Context, status string, limit int) ([]FactCheckLink, error) {
	if limit <= 0 {
		limit = 1000
	}
	rows, err := s.q.FactCheckLinkList(ctx, s.pool, db.FactCheckLinkListParams{Status: clean(status), MaxRows: int32(limit)})
	if status == "" {
		rows, err = s.q.FactCheckLinkList(ctx, s.pool, db.FactCheckLinkListParams{MaxRows: int32(limit)})
	}
	if err != nil {
		return nil, fmt.Errorf("list fact-check links: %w", err)
	}
	return rows, nil
}

// FactCheckCount is how many fact-checks are stored.
func (s *Store) FactCheckCount(ctx context.Context) (int64, error) {
	n, err := s.q.FactCheckCount(ctx, s.pool)
	if err != nil {
		return 0, fmt.Errorf("count fact-checks: %w", err)
	}
	return n, nil
}

// FactChecksForQuotes returns the fact-checks linked to each of the given
// quotes (by quote id), confirmed links first, then by score; rejected links
// are left out. Quotes with none are absent from the map.
func (s *Store) FactChecksForQuotes(ctx context.Context, quoteIDs []int64) (map[int64][]FactCheck, error) {
	out := map[int64][]FactCheck{}
	if len(quoteIDs) == 0 {
		return out, nil
	}
	rows, err := s.q.FactCheckListForQuotes(ctx, s.pool, quoteIDs)
	if err != nil {
		return nil, fmt.Errorf("fact-checks for quotes: %w", err)
	}
	for _, r := range rows {
		out[r.QuoteID] = append(out[r.QuoteID], FactCheck{
			ID: r.FactCheckID, LinkID: r.LinkID, URL: r.Url, Claim: r.Claim, Claimant: r.Claimant, Reviewer: r.Reviewer,
			Rating: r.Rating, RatingValue: r.RatingValue, BestRating: r.BestRating, WorstRating: r.WorstRating,
			ReviewDate: r.ReviewDate, Score: float64(r.Score), Status: r.Status,
		})
	}
	return out, nil
}

// FactCheckStat is one row of the fact-check report: a speaker, how many of
// their statements were checked, and the verdicts.
type FactCheckStat struct {
	SpeakerID    int64      `json:"speaker_id"`
	Speaker      string     `json:"speaker"`
	Checked      int64      `json:"checked"`
	Ratings      string     `json:"ratings"` // "False 3, Misleading 1"
	LatestReview *time.Time `json:"latest_review,omitempty"`
}

// FactCheckReport lists the speakers with the most checked statements.
func (s *Store) FactCheckReport(ctx context.Context, f Filter) ([]FactCheckStat, error) {
	rows, err := s.q.ReportFactChecks(ctx, s.pool, db.ReportFactChecksParams{
		Since: f.Since, Until: f.Until, Outlet: clean(f.Outlet), Kind: clean(f.Kind), MaxRows: f.limit()})
	if err != nil {
		return nil, fmt.Errorf("report fact-checks: %w", err)
	}
	out := make([]FactCheckStat, len(rows))
	for i, r := range rows {
		out[i] = FactCheckStat{SpeakerID: r.SpeakerID, Speaker: r.DisplayName, Checked: r.Checked, Ratings: r.Ratings,
			LatestReview: anyTime(r.LatestReview)}
	}
	return out, nil
}

// withSimilarity runs fn in a read-only transaction whose pg_trgm
// thresholds are set for candidate search: similarity as given, word
// similarity 0.6.
func (s *Store) withSimilarity(ctx context.Context, similarity string, fn func(pgx.Tx) error) error {
	return pgx.BeginTxFunc(ctx, s.pool, pgx.TxOptions{AccessMode: pgx.ReadOnly}, func(tx pgx.Tx) error {
		if err := s.q.FactCheckSettingsSet(ctx, tx, db.FactCheckSettingsSetParams{SimilarityThreshold: similarity, WordThreshold: "0.6"}); err != nil {
			return err
		}
		return fn(tx)
	})
}
