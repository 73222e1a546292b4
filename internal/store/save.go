package store

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/whosaid/whosaid/db"
	"github.com/whosaid/whosaid/internal/extract"
	"github.com/whosaid/whosaid/internal/ingest"
	"github.com/whosaid/whosaid/internal/textnorm"
)

// Outcome says what saving an article did.
type Outcome int

const (
	New       Outcome = iota // a new article and its quotes were stored
	Unchanged                // the same body is already stored: nothing written
	Updated                  // a known URL with a changed body: article and quotes replaced
)

func (o Outcome) String() string {
	return [...]string{"new", "unchanged", "updated"}[o]
}

// BodyHash is the idempotency key of an article: sha256 of its body with line
// ends unified and surrounding space trimmed.
func BodyHash(body string) []byte {
	body = strings.TrimSpace(strings.ReplaceAll(body, "\r\n", "\n"))
	h := sha256.Sum256([]byte(body))
	return h[:]
}

// SaveArticle stores an article and its attributions in one transaction:
// either both land or neither does. Re-saving the same body writes nothing;
// a known URL whose body changed gets its row and all its quotes replaced.
// It returns what it did and how many quotes it stored.
func (s *Store) SaveArticle(ctx context.Context, a ingest.Article, atts []extract.Attribution, version string) (Outcome, int, error) {
	res, err := s.SaveBatch(ctx, []Item{{Article: a, Attributions: atts}}, version)
	if err != nil {
		return 0, 0, err
	}
	return res[0].Outcome, res[0].Quotes, res[0].Err
}

// Item is one article to save with its attributions.
type Item struct {
	Article      ingest.Article
	Attributions []extract.Attribution
}

// ItemResult is what saving one item of a batch did.
type ItemResult struct {
	Outcome Outcome
	Quotes  int
	Err     error // this article failed for good; the others are unaffected
}

// SaveBatch saves many articles in one transaction, each inside its own
// savepoint: an article still lands whole or not at all, a bad article fails
// alone, and the batch pays for one commit instead of one per article. A
// transient failure of the whole transaction is returned as the error, and
// nothing of the batch is stored; the caller retries it.
func (s *Store) SaveBatch(ctx context.Context, items []Item, version string) ([]ItemResult, error) {
	res := make([]ItemResult, len(items))
	hashes := make([][]byte, len(items))
	for i, it := range items {
		hashes[i] = BodyHash(it.Article.Body)
	}
	// The common re-import case: bodies already stored are unchanged, with
	// no speaker work and no transaction.
	known, err := s.q.ArticleHashListKnown(ctx, s.pool, hashes)
	if err != nil {
		return nil, fmt.Errorf("look up articles: %w", err)
	}
	stored := make(map[string]bool, len(known))
	for _, h := range known {
		stored[string(h)] = true
	}
	var pending []int
	var atts []extract.Attribution
	for i, it := range items {
		if stored[string(hashes[i])] {
			res[i].Outcome = Unchanged
			continue
		}
		pending = append(pending, i)
		atts = append(atts, it.Attributions...)
	}
	if len(pending) == 0 {
		return res, nil
	}
	ids := map[string]int64{}
	if err := s.resolveSpeakers(ctx, atts, ids); err != nil {
		return nil, err
	}
	err = pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		for _, i := range pending {
			it := items[i]
			res[i] = ItemResult{}
			sp, err := tx.Begin(ctx) // a savepoint
			if err != nil {
				return err
			}
			out, n, err := s.saveInTx(ctx, sp, it.Article, hashes[i], it.Attributions, ids, version)
			if err != nil {
				if Transient(err) || ctx.Err() != nil {
					return err
				}
				if rerr := sp.Rollback(ctx); rerr != nil {
					return rerr
				}
				res[i].Err = err
				continue
			}
			if err := sp.Commit(ctx); err != nil {
				return err
			}
			res[i].Outcome, res[i].Quotes = out, n
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return res, nil
}

func (s *Store) saveInTx(ctx context.Context, tx pgx.Tx, a ingest.Article, hash []byte, atts []extract.Attribution, ids map[string]int64, version string) (Outcome, int, error) {
	var outletID *int64
	if a.Outlet != "" {
		id, err := s.outletID(ctx, tx, a.Outlet)
		if err != nil {
			return 0, 0, fmt.Errorf("save outlet %q: %w", a.Outlet, err)
		}
		outletID = &id
	}
	var published = ptrTime(a.Published)
	fields := db.ArticleInsertParams{
		Url:              ptr(a.URL),
		BodySha256:       hash,
		Title:            a.Title,
		OutletID:         outletID,
		Byline:           a.Byline,
		PublishedAt:      published,
		Body:             a.Body,
		SourcePath:       a.Path,
		SourceEncoding:   a.Encoding,
		ExtractorVersion: version,
	}
	outcome := New
	articleID, err := s.q.ArticleInsert(ctx, tx, fields)
	switch {
	case err == nil:
	case !errors.Is(err, pgx.ErrNoRows):
		return 0, 0, fmt.Errorf("insert article: %w", err)
	default:
		// A unique key is taken: the same body (another import won the race)
		// or the same URL with a new body.
		if _, err := s.q.ArticleGetByHash(ctx, tx, hash); err == nil {
			return Unchanged, 0, nil
		} else if !errors.Is(err, pgx.ErrNoRows) {
			return 0, 0, fmt.Errorf("look up article: %w", err)
		}
		if a.URL == "" {
			return 0, 0, errors.New("insert article: conflict without a URL")
		}
		old, err := s.q.ArticleGetByURLForUpdate(ctx, tx, &a.URL)
		if err != nil {
			return 0, 0, fmt.Errorf("look up article by url: %w", err)
		}
		articleID, outcome = old.ID, Updated
		if err := s.q.ArticleUpdate(ctx, tx, db.ArticleUpdateParams{
			ID: articleID, BodySha256: hash, Title: a.Title, OutletID: outletID, Byline: a.Byline,
			PublishedAt: published, Body: a.Body, SourcePath: a.Path, SourceEncoding: a.Encoding,
			ExtractorVersion: version,
		}); err != nil {
			return 0, 0, fmt.Errorf("update article: %w", err)
		}
		if err := s.q.QuoteDeleteByArticle(ctx, tx, articleID); err != nil {
			return 0, 0, fmt.Errorf("replace quotes: %w", err)
		}
	}
	n, err := s.insertQuotes(ctx, tx, articleID, atts, ids)
	if err != nil {
		return 0, 0, err
	}
	return outcome, n, nil
}

// outletID finds or creates an outlet without writing to an existing row,
// so concurrent writers never queue on a popular outlet's row lock.
func (s *Store) outletID(ctx context.Context, tx pgx.Tx, name string) (int64, error) {
	id, err := s.q.OutletGetByName(ctx, tx, name)
	if !errors.Is(err, pgx.ErrNoRows) {
		return id, err
	}
	if id, err = s.q.OutletInsert(ctx, tx, name); !errors.Is(err, pgx.ErrNoRows) {
		return id, err
	}
	return s.q.OutletGetByName(ctx, tx, name)
}

// resolveSpeakers maps every speaker key of atts to a speaker id. Each
// speaker is resolved in a short transaction of its own, outside the
// article's, so that writers never hold a new speaker's row lock while they
// store whole batches (and cannot deadlock on it); a speaker row is harmless
// even if its article then fails. Keys go in sorted order.
func (s *Store) resolveSpeakers(ctx context.Context, atts []extract.Attribution, ids map[string]int64) error {
	type speaker struct{ name, typ string }
	byKey := map[string]speaker{}
	for _, at := range atts {
		if k := speakerKey(at); k != "" {
			if _, ok := byKey[k]; !ok {
				if _, done := ids[k]; !done {
					byKey[k] = speaker{at.Speaker, speakerType(at)}
				}
			}
		}
	}
	if len(byKey) == 0 {
		return nil
	}
	keys := make([]string, 0, len(byKey))
	for k := range byKey {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	// Most names are known already: one query answers them all.
	known, err := s.q.SpeakerAliasGetMany(ctx, s.pool, keys)
	if err != nil {
		return fmt.Errorf("look up speakers: %w", err)
	}
	for _, k := range known {
		ids[k.Key] = k.SpeakerID
	}
	var missing []string
	for _, k := range keys {
		if _, ok := ids[k]; !ok {
			missing = append(missing, k)
		}
	}
	if len(missing) == 0 {
		return nil
	}
	return pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		for _, k := range missing {
			sp := byKey[k]
			id, err := s.resolveSpeaker(ctx, tx, sp.name, sp.typ)
			if err != nil {
				return fmt.Errorf("resolve speaker %q: %w", sp.name, err)
			}
			ids[k] = id
		}
		return nil
	})
}

// insertQuotes copies the quotes in with COPY; ids holds the resolved
// speaker of every speaker key.
func (s *Store) insertQuotes(ctx context.Context, tx pgx.Tx, articleID int64, atts []extract.Attribution, ids map[string]int64) (int, error) {
	if len(atts) == 0 {
		return 0, nil
	}
	rows := make([]db.QuoteInsertParams, 0, len(atts))
	for i, at := range atts {
		if len(at.Content) == 0 || strings.TrimSpace(at.Text) == "" {
			continue
		}
		row := quoteRow(articleID, int32(i), at)
		if k := speakerKey(at); k != "" {
			id := ids[k]
			row.SpeakerID, row.SpeakerKey = &id, &k
		}
		rows = append(rows, row)
	}
	n, err := s.q.QuoteInsert(ctx, tx, rows)
	if err != nil {
		return 0, fmt.Errorf("copy %d quotes: %w", len(rows), err)
	}
	return int(n), nil
}

func speakerKey(at extract.Attribution) string {
	if at.Speaker == "" {
		return ""
	}
	return textnorm.SpeakerKey(at.Speaker)
}

func speakerType(at extract.Attribution) string {
	switch at.SpeakerType {
	case extract.Person, extract.Organization, extract.Group, extract.Anonymous:
		return at.SpeakerType
	}
	return extract.Person
}

func quoteRow(articleID int64, ordinal int32, at extract.Attribution) db.QuoteInsertParams {
	spans := make([]int32, 0, 2*len(at.Content))
	start, end := at.Content[0].Start, at.Content[0].End
	for _, sp := range at.Content {
		spans = append(spans, int32(sp.Start), int32(sp.End))
		start, end = min(start, sp.Start), max(end, sp.End)
	}
	row := db.QuoteInsertParams{
		ArticleID:    articleID,
		Ordinal:      ordinal,
		Kind:         string(at.Kind),
		Text:         at.Text,
		TextNorm:     textnorm.Fold(at.Text),
		ContentStart: int32(start),
		ContentEnd:   int32(end),
		ContentSpans: spans,
		CueText:      ptr(at.CueText),
		CueLemma:     ptr(at.CueLemma),
		SourceText:   ptr(at.SourceText),
		SpeakerName:  ptr(at.Speaker),
		SpeakerType:  ptr(at.SpeakerType),
		Affiliation:  ptr(at.Affiliation),
		Role:         ptr(at.Role),
		Addressee:    ptr(at.Addressee),
		Confidence:   float32(min(max(at.Confidence, 0), 1)),
	}
	if at.Cue != nil {
		row.CueStart, row.CueEnd = ptr32(at.Cue.Start), ptr32(at.Cue.End)
	}
	if at.Source != nil {
		row.SourceStart, row.SourceEnd = ptr32(at.Source.Start), ptr32(at.Source.End)
	}
	return row
}
