package store

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"sort"
	"strconv"
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
	Outcome   Outcome
	Quotes    int
	ArticleID int64 // the stored article, when new or updated
	Err       error // this article failed for good; the others are unaffected
}

// SaveBatch saves many articles in one transaction: an article still lands
// whole or not at all, a bad article fails alone, and the batch pays for one
// commit instead of one per article. A transient failure of the whole
// transaction is returned as the error, and nothing of the batch is stored;
// the caller retries it.
//
// The common case costs a fixed handful of statements whatever the batch's
// size: one to skip bodies already stored, one for known speaker names (and
// one short transaction for new ones), one for outlets, and one that inserts
// every article with all its quotes (ArticleInsertMany). Only what that
// statement leaves out (a body or URL already taken, a second copy of a body
// or URL within the batch) goes the slow way, one savepoint per article; and
// if the statement fails because the schema refuses one article, the whole
// batch goes the slow way so that article fails alone.
func (s *Store) SaveBatch(ctx context.Context, items []Item, version string) ([]ItemResult, error) {
	res := make([]ItemResult, len(items))
	hashes := make([][]byte, len(items))
	for i, it := range items {
		hashes[i] = BodyHash(it.Article.Body)
	}
	// The common re-import case: bodies already stored are unchanged, with
	// no speaker work and no transaction.
	known, err := s.q.ArticleHashListKnown(ctx, replanned{s.pool}, hashes)
	if err != nil {
		return nil, fmt.Errorf("look up articles: %w", err)
	}
	stored := make(map[string]bool, len(known))
	for _, h := range known {
		stored[string(h)] = true
	}
	var pending []int
	var atts []extract.Attribution
	var outlets []string
	for i, it := range items {
		if stored[string(hashes[i])] {
			res[i].Outcome = Unchanged
			continue
		}
		pending = append(pending, i)
		atts = append(atts, it.Attributions...)
		if it.Article.Outlet != "" {
			outlets = append(outlets, it.Article.Outlet)
		}
	}
	if len(pending) == 0 {
		return res, nil
	}
	ids := map[string]int64{}
	if err := s.resolveSpeakers(ctx, atts, ids); err != nil {
		return nil, err
	}
	outletIDs, err := s.outletIDs(ctx, outlets)
	if err != nil {
		return nil, err
	}
	// A second copy of a body or URL in the batch follows the first the slow
	// way, in input order, so the last version of a URL wins as it always has.
	var fast, later []int
	seenHash, seenURL := map[string]bool{}, map[string]bool{}
	for _, i := range pending {
		h, u := string(hashes[i]), items[i].Article.URL
		if seenHash[h] || u != "" && seenURL[u] {
			later = append(later, i)
			continue
		}
		seenHash[h] = true
		if u != "" {
			seenURL[u] = true
		}
		fast = append(fast, i)
	}
	err = pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		left, err := s.insertMany(ctx, tx, items, hashes, fast, ids, outletIDs, version, res)
		if err != nil {
			return err
		}
		slow := append(left, later...)
		sort.Ints(slow)
		return s.saveEach(ctx, tx, items, hashes, slow, ids, version, res)
	})
	var refused *refusedError
	if errors.As(err, &refused) && ctx.Err() == nil {
		// One article the schema refuses fails the whole statement: save
		// the batch article by article so that it fails alone.
		err = pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
			return s.saveEach(ctx, tx, items, hashes, pending, ids, version, res)
		})
	}
	if err != nil {
		return nil, fmt.Errorf("store %d articles: %w", len(pending), err)
	}
	return res, nil
}

// refusedError is ArticleInsertMany failing for good (not transiently): some
// article or quote of the batch breaks a constraint.
type refusedError struct{ err error }

func (e *refusedError) Error() string { return e.err.Error() }
func (e *refusedError) Unwrap() error { return e.err }

// insertMany stores the articles at idx with their quotes in one statement
// and fills in their results. It returns the articles the statement left out
// because their body hash or URL is taken.
func (s *Store) insertMany(ctx context.Context, tx pgx.Tx, items []Item, hashes [][]byte, idx []int, ids map[string]int64, outletIDs map[string]int64, version string, res []ItemResult) ([]int, error) {
	if len(idx) == 0 {
		return nil, nil
	}
	p := db.ArticleInsertManyParams{ExtractorVersion: version}
	for _, i := range idx {
		a := items[i].Article
		p.AUrl = append(p.AUrl, a.URL)
		p.ABodySha256 = append(p.ABodySha256, hashes[i])
		p.ATitle = append(p.ATitle, a.Title)
		p.AOutletID = append(p.AOutletID, outletIDs[a.Outlet])
		p.AByline = append(p.AByline, a.Byline)
		p.AHasPublished = append(p.AHasPublished, !a.Published.IsZero())
		p.APublishedAt = append(p.APublishedAt, a.Published)
		p.ABody = append(p.ABody, a.Body)
		p.ASourcePath = append(p.ASourcePath, a.Path)
		p.ASourceEncoding = append(p.ASourceEncoding, a.Encoding)
		for ord, at := range items[i].Attributions {
			if !storable(at) {
				continue
			}
			appendQuote(&p, hashes[i], int32(ord), at, ids)
		}
	}
	rows, err := s.q.ArticleInsertMany(ctx, tx, p)
	if err != nil {
		if Transient(err) || ctx.Err() != nil {
			return nil, err
		}
		return nil, &refusedError{fmt.Errorf("insert %d articles: %w", len(idx), err)}
	}
	done := make(map[string]db.ArticleInsertManyRow, len(rows))
	for _, row := range rows {
		done[string(row.BodySha256)] = row
	}
	var left []int
	for _, i := range idx {
		row, ok := done[string(hashes[i])]
		if !ok {
			left = append(left, i)
			continue
		}
		res[i] = ItemResult{Outcome: New, Quotes: int(row.Quotes), ArticleID: row.ID}
	}
	return left, nil
}

// appendQuote adds one quote to the statement's parallel arrays, with the
// NULL stand-ins ArticleInsertMany maps back.
func appendQuote(p *db.ArticleInsertManyParams, hash []byte, ordinal int32, at extract.Attribution, ids map[string]int64) {
	spans, start, end := contentSpans(at)
	var spanText strings.Builder
	spanText.WriteByte('{')
	for i, v := range spans {
		if i > 0 {
			spanText.WriteByte(',')
		}
		spanText.WriteString(strconv.Itoa(int(v)))
	}
	spanText.WriteByte('}')
	key := speakerKey(at)
	var speakerID int64
	if key != "" {
		speakerID = ids[key]
	}
	cueStart, cueEnd, srcStart, srcEnd := int32(-1), int32(-1), int32(-1), int32(-1)
	if at.Cue != nil {
		cueStart, cueEnd = int32(at.Cue.Start), int32(at.Cue.End)
	}
	if at.Source != nil {
		srcStart, srcEnd = int32(at.Source.Start), int32(at.Source.End)
	}
	p.QBodySha256 = append(p.QBodySha256, hash)
	p.QOrdinal = append(p.QOrdinal, ordinal)
	p.QSpeakerID = append(p.QSpeakerID, speakerID)
	p.QKind = append(p.QKind, string(at.Kind))
	p.QText = append(p.QText, at.Text)
	p.QTextNorm = append(p.QTextNorm, textnorm.Fold(at.Text))
	p.QContentStart = append(p.QContentStart, start)
	p.QContentEnd = append(p.QContentEnd, end)
	p.QContentSpans = append(p.QContentSpans, spanText.String())
	p.QCueText = append(p.QCueText, at.CueText)
	p.QCueLemma = append(p.QCueLemma, at.CueLemma)
	p.QCueStart = append(p.QCueStart, cueStart)
	p.QCueEnd = append(p.QCueEnd, cueEnd)
	p.QSourceText = append(p.QSourceText, at.SourceText)
	p.QSourceStart = append(p.QSourceStart, srcStart)
	p.QSourceEnd = append(p.QSourceEnd, srcEnd)
	p.QSpeakerName = append(p.QSpeakerName, at.Speaker)
	p.QSpeakerKey = append(p.QSpeakerKey, key)
	p.QSpeakerType = append(p.QSpeakerType, at.SpeakerType)
	p.QAffiliation = append(p.QAffiliation, at.Affiliation)
	p.QRole = append(p.QRole, at.Role)
	p.QAddressee = append(p.QAddressee, at.Addressee)
	p.QConfidence = append(p.QConfidence, confidence(at))
}

// saveEach saves the articles at idx one by one, each in its own savepoint
// of tx, so that one the schema refuses fails alone.
func (s *Store) saveEach(ctx context.Context, tx pgx.Tx, items []Item, hashes [][]byte, idx []int, ids map[string]int64, version string, res []ItemResult) error {
	for _, i := range idx {
		it := items[i]
		res[i] = ItemResult{}
		sp, err := tx.Begin(ctx) // a savepoint
		if err != nil {
			return err
		}
		out, id, n, err := s.saveInTx(ctx, sp, it.Article, hashes[i], it.Attributions, ids, version)
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
		res[i] = ItemResult{Outcome: out, Quotes: n}
		if out != Unchanged {
			res[i].ArticleID = id
		}
	}
	return nil
}

func (s *Store) saveInTx(ctx context.Context, tx pgx.Tx, a ingest.Article, hash []byte, atts []extract.Attribution, ids map[string]int64, version string) (Outcome, int64, int, error) {
	var outletID *int64
	if a.Outlet != "" {
		id, err := s.outletID(ctx, tx, a.Outlet)
		if err != nil {
			return 0, 0, 0, fmt.Errorf("save outlet %q: %w", a.Outlet, err)
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
		return 0, 0, 0, fmt.Errorf("insert article: %w", err)
	default:
		// A unique key is taken: the same body (another import won the race)
		// or the same URL with a new body.
		if _, err := s.q.ArticleGetByHash(ctx, tx, hash); err == nil {
			return Unchanged, 0, 0, nil
		} else if !errors.Is(err, pgx.ErrNoRows) {
			return 0, 0, 0, fmt.Errorf("look up article: %w", err)
		}
		if a.URL == "" {
			return 0, 0, 0, errors.New("insert article: conflict without a URL")
		}
		old, err := s.q.ArticleGetByURLForUpdate(ctx, tx, &a.URL)
		if err != nil {
			return 0, 0, 0, fmt.Errorf("look up article by url: %w", err)
		}
		articleID, outcome = old.ID, Updated
		if err := s.q.ArticleUpdate(ctx, tx, db.ArticleUpdateParams{
			ID: articleID, BodySha256: hash, Title: a.Title, OutletID: outletID, Byline: a.Byline,
			PublishedAt: published, Body: a.Body, SourcePath: a.Path, SourceEncoding: a.Encoding,
			ExtractorVersion: version,
		}); err != nil {
			return 0, 0, 0, fmt.Errorf("update article: %w", err)
		}
		if err := s.q.QuoteDeleteByArticle(ctx, tx, articleID); err != nil {
			return 0, 0, 0, fmt.Errorf("replace quotes: %w", err)
		}
	}
	n, err := s.insertQuotes(ctx, tx, articleID, atts, ids)
	if err != nil {
		return 0, 0, 0, err
	}
	return outcome, articleID, n, nil
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

// outletIDs finds or creates the named outlets. Existing rows are only
// read, so concurrent writers never queue on a popular outlet's row lock.
func (s *Store) outletIDs(ctx context.Context, names []string) (map[string]int64, error) {
	ids := map[string]int64{}
	if len(names) == 0 {
		return ids, nil
	}
	rows, err := s.q.OutletListByName(ctx, replanned{s.pool}, names)
	if err != nil {
		return nil, fmt.Errorf("look up outlets: %w", err)
	}
	for _, r := range rows {
		ids[r.Name] = r.ID
	}
	missing := missingKeys(names, ids)
	if len(missing) == 0 {
		return ids, nil
	}
	if err := s.q.OutletInsertMany(ctx, s.pool, missing); err != nil {
		return nil, fmt.Errorf("save outlets: %w", err)
	}
	// A new statement sees rows a concurrent import committed meanwhile.
	if rows, err = s.q.OutletListByName(ctx, replanned{s.pool}, missing); err != nil {
		return nil, fmt.Errorf("look up outlets: %w", err)
	}
	for _, r := range rows {
		ids[r.Name] = r.ID
	}
	return ids, nil
}

// insertQuotes copies the quotes in with COPY; ids holds the resolved
// speaker of every speaker key.
func (s *Store) insertQuotes(ctx context.Context, tx pgx.Tx, articleID int64, atts []extract.Attribution, ids map[string]int64) (int, error) {
	if len(atts) == 0 {
		return 0, nil
	}
	rows := make([]db.QuoteInsertParams, 0, len(atts))
	for i, at := range atts {
		if !storable(at) {
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

// storable says whether an attribution becomes a quote row: it needs
// content and some text.
func storable(at extract.Attribution) bool {
	return len(at.Content) > 0 && strings.TrimSpace(at.Text) != ""
}

// contentSpans flattens the content spans to start,end pairs and returns
// their hull.
func contentSpans(at extract.Attribution) (spans []int32, start, end int32) {
	spans = make([]int32, 0, 2*len(at.Content))
	lo, hi := at.Content[0].Start, at.Content[0].End
	for _, sp := range at.Content {
		spans = append(spans, int32(sp.Start), int32(sp.End))
		lo, hi = min(lo, sp.Start), max(hi, sp.End)
	}
	return spans, int32(lo), int32(hi)
}

func confidence(at extract.Attribution) float32 {
	return float32(min(max(at.Confidence, 0), 1))
}

func quoteRow(articleID int64, ordinal int32, at extract.Attribution) db.QuoteInsertParams {
	spans, start, end := contentSpans(at)
	row := db.QuoteInsertParams{
		ArticleID:    articleID,
		Ordinal:      ordinal,
		Kind:         string(at.Kind),
		Text:         at.Text,
		TextNorm:     textnorm.Fold(at.Text),
		ContentStart: start,
		ContentEnd:   end,
		ContentSpans: spans,
		CueText:      ptr(at.CueText),
		CueLemma:     ptr(at.CueLemma),
		SourceText:   ptr(at.SourceText),
		SpeakerName:  ptr(at.Speaker),
		SpeakerType:  ptr(at.SpeakerType),
		Affiliation:  ptr(at.Affiliation),
		Role:         ptr(at.Role),
		Addressee:    ptr(at.Addressee),
		Confidence:   confidence(at),
	}
	if at.Cue != nil {
		row.CueStart, row.CueEnd = ptr32(at.Cue.Start), ptr32(at.Cue.End)
	}
	if at.Source != nil {
		row.SourceStart, row.SourceEnd = ptr32(at.Source.Start), ptr32(at.Source.End)
	}
	return row
}
