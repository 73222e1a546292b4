package store

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jackc/pgx/v5/stdlib"
	"github.com/pressly/goose/v3"

	"github.com/whosaid/whosaid/db"
	"github.com/whosaid/whosaid/migrations"
)

// This file holds what the web desk (internal/web, whosaid serve) reads.
// Everything here is a read: the methods run in read-only transactions, and
// OpenReadOnly makes every session read-only besides.

// ErrNotFound is returned when a row asked for by id does not exist.
var ErrNotFound = errors.New("not found")

// Schema errors of SchemaCheck.
var (
	ErrSchemaMissing  = errors.New("the database has no whosaid schema")
	ErrSchemaOutdated = errors.New("the database schema is older than this whosaid")
)

// OpenReadOnly connects for reading only: every session has
// default_transaction_read_only on (a write fails even where the role could
// write) and statementTimeout as its statement_timeout (0 means none). It
// neither migrates nor writes; call SchemaCheck to learn whether the schema
// is the one this binary reads.
func OpenReadOnly(ctx context.Context, url string, statementTimeout time.Duration) (*Store, error) {
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		return nil, fmt.Errorf("parse database url: %w", err)
	}
	cfg.ConnConfig.RuntimeParams["application_name"] = "whosaid serve"
	cfg.ConnConfig.RuntimeParams["default_transaction_read_only"] = "on"
	cfg.ConnConfig.RuntimeParams["statement_timeout"] = strconv.FormatInt(statementTimeout.Milliseconds(), 10)
	return connect(ctx, cfg)
}

// SchemaCheck compares the database's schema version with the newest
// migration this binary embeds, without writing anything (it works under a
// role that can only read). It returns ErrSchemaMissing when whosaid never
// migrated the database and ErrSchemaOutdated when migrations are pending;
// a newer schema than the binary's is not an error.
func (s *Store) SchemaCheck(ctx context.Context) (current, target int64, err error) {
	var exists bool
	if err := s.pool.QueryRow(ctx, "SELECT to_regclass('goose_db_version') IS NOT NULL").Scan(&exists); err != nil {
		return 0, 0, fmt.Errorf("check schema: %w", err)
	}
	sqlDB := stdlib.OpenDBFromPool(s.pool)
	defer sqlDB.Close()
	p, err := goose.NewProvider(goose.DialectPostgres, sqlDB, migrations.FS, goose.WithDisableGlobalRegistry(true))
	if err != nil {
		return 0, 0, fmt.Errorf("load migrations: %w", err)
	}
	srcs := p.ListSources()
	if len(srcs) > 0 {
		target = srcs[len(srcs)-1].Version
	}
	if !exists {
		return 0, target, fmt.Errorf("%w (no goose_db_version table): run `whosaid migrate up` as a role that owns the schema", ErrSchemaMissing)
	}
	// The version table exists, so GetVersions only reads (it creates the
	// table only when it is missing).
	current, target, err = p.GetVersions(ctx)
	if err != nil {
		return 0, target, fmt.Errorf("read schema version: %w", err)
	}
	if current < target {
		return current, target, fmt.Errorf("%w: it is at version %d, this binary needs %d; run `whosaid migrate up` as a role that owns the schema",
			ErrSchemaOutdated, current, target)
	}
	return current, target, nil
}

// readTx runs fn in one read-only, repeatable-read transaction, so a page
// made of several queries sees one snapshot.
func (s *Store) readTx(ctx context.Context, fn func(tx pgx.Tx) error) error {
	return pgx.BeginTxFunc(ctx, s.pool, pgx.TxOptions{AccessMode: pgx.ReadOnly, IsoLevel: pgx.RepeatableRead}, fn)
}

// SpeakerSummary is one speaker with how widely they were quoted.
type SpeakerSummary struct {
	ID                int64      `json:"id"`
	Name              string     `json:"name"`
	Type              string     `json:"type"`
	Quotes            int64      `json:"quotes"`
	Articles          int64      `json:"articles"`
	Outlets           int64      `json:"outlets"`
	FirstSeen         *time.Time `json:"first_seen"`
	LastSeen          *time.Time `json:"last_seen"`
	LatestRole        string     `json:"latest_role,omitempty"`
	LatestAffiliation string     `json:"latest_affiliation,omitempty"`
}

// SpeakerSummaries lists quoted speakers, most quoted first: limit rows
// after skipping offset, and how many there are in all (0 past the last page).
func (s *Store) SpeakerSummaries(ctx context.Context, limit, offset int) ([]SpeakerSummary, int64, error) {
	var rows []db.SpeakerSummaryListRow
	err := s.readTx(ctx, func(tx pgx.Tx) error {
		var err error
		rows, err = s.q.SpeakerSummaryList(ctx, tx, db.SpeakerSummaryListParams{MaxRows: int32(limit), SkipRows: int32(offset)})
		return err
	})
	if err != nil {
		return nil, 0, fmt.Errorf("list speakers: %w", err)
	}
	out := make([]SpeakerSummary, len(rows))
	var total int64
	for i, r := range rows {
		out[i] = SpeakerSummary{ID: r.ID, Name: r.DisplayName, Type: r.Type, Quotes: r.Quotes, Articles: r.Articles,
			Outlets: r.Outlets, FirstSeen: anyTime(r.FirstSeen), LastSeen: anyTime(r.LastSeen),
			LatestRole: r.LatestRole, LatestAffiliation: r.LatestAffiliation}
		total = r.Total
	}
	return out, total, nil
}

// SpeakerProfile is a speaker's page header: who they are, every name they
// were written under, their roles over time and the outlets that quoted them.
type SpeakerProfile struct {
	SpeakerSummary
	Aliases     []string      `json:"aliases"`
	Roles       []SpeakerRole `json:"roles"`
	OutletNames []string      `json:"outlet_names"`
}

// SpeakerStatementFilter narrows and orders a speaker's statements.
type SpeakerStatementFilter struct {
	Outlet       string
	Since, Until *time.Time // published date; Until is exclusive
	Newest       bool       // newest first, else oldest first
	Limit        int
	Offset       int
}

// SpeakerStatement is one thing a speaker said, with the article it is in.
type SpeakerStatement struct {
	SpeakerQuote
	ArticleID int64 `json:"article_id"`
}

// SpeakerPage is everything the speaker page shows.
type SpeakerPage struct {
	Profile    SpeakerProfile     `json:"speaker"`
	Statements []SpeakerStatement `json:"statements"`
	Total      int64              `json:"total"` // statements that pass the filter
	Weeks      []WeekCount        `json:"weeks"` // quotes per week under the filter
}

// SpeakerPage reads a speaker's profile, a page of their statements and
// their quotes per week, in one snapshot. ErrNotFound when id is unknown.
func (s *Store) SpeakerPage(ctx context.Context, id int64, f SpeakerStatementFilter) (SpeakerPage, error) {
	out := SpeakerPage{Statements: []SpeakerStatement{}, Weeks: []WeekCount{}}
	p := &out.Profile
	p.Aliases, p.Roles, p.OutletNames = []string{}, []SpeakerRole{}, []string{}
	err := s.readTx(ctx, func(tx pgx.Tx) error {
		sp, err := s.q.SpeakerSummaryGet(ctx, tx, id)
		if errors.Is(err, pgx.ErrNoRows) {
			return fmt.Errorf("speaker %d: %w", id, ErrNotFound)
		} else if err != nil {
			return fmt.Errorf("speaker: %w", err)
		}
		p.SpeakerSummary = SpeakerSummary{ID: sp.ID, Name: sp.DisplayName, Type: sp.Type, Quotes: sp.Quotes,
			Articles: sp.Articles, Outlets: sp.Outlets, FirstSeen: anyTime(sp.FirstSeen), LastSeen: anyTime(sp.LastSeen),
			LatestRole: sp.LatestRole, LatestAffiliation: sp.LatestAffiliation}
		aliases, err := s.q.SpeakerAliasList(ctx, tx, id)
		if err != nil {
			return fmt.Errorf("speaker aliases: %w", err)
		}
		for _, a := range aliases {
			if a.Name != sp.DisplayName {
				p.Aliases = append(p.Aliases, a.Name)
			}
		}
		roles, err := s.q.ReportSpeakerRoles(ctx, tx, id)
		if err != nil {
			return fmt.Errorf("speaker roles: %w", err)
		}
		for _, r := range roles {
			p.Roles = append(p.Roles, SpeakerRole{Role: r.Role, Affiliation: r.Affiliation, Quotes: r.Quotes,
				FirstSeen: anyTime(r.FirstSeen), LastSeen: anyTime(r.LastSeen)})
		}
		if len(roles) > 0 {
			p.LatestRole, p.LatestAffiliation = roles[0].Role, roles[0].Affiliation
		}
		outlets, err := s.q.OutletListBySpeaker(ctx, tx, id)
		if err != nil {
			return fmt.Errorf("speaker outlets: %w", err)
		}
		p.OutletNames = append(p.OutletNames, outlets...)
		rows, err := s.q.QuoteListBySpeaker(ctx, tx, db.QuoteListBySpeakerParams{SpeakerID: id, Since: f.Since, Until: f.Until,
			Outlet: clean(f.Outlet), Newest: f.Newest, MaxRows: int32(f.Limit), SkipRows: int32(f.Offset)})
		if err != nil {
			return fmt.Errorf("speaker statements: %w", err)
		}
		for _, r := range rows {
			out.Total = r.Total
			out.Statements = append(out.Statements, SpeakerStatement{ArticleID: r.ArticleID, SpeakerQuote: SpeakerQuote{
				ID: r.ID, Kind: r.Kind, Text: r.Text, Cue: val(r.CueLemma), Role: val(r.Role), Affiliation: val(r.Affiliation),
				Addressee: val(r.Addressee), Title: r.Title, URL: val(r.Url), Outlet: val(r.Outlet), Published: r.PublishedAt}})
		}
		weeks, err := s.q.ReportTimeline(ctx, tx, db.ReportTimelineParams{SpeakerID: id, Since: f.Since, Until: f.Until,
			Outlet: ptr(f.Outlet), MaxRows: 520})
		if err != nil {
			return fmt.Errorf("speaker timeline: %w", err)
		}
		for _, w := range weeks {
			out.Weeks = append(out.Weeks, WeekCount(w))
		}
		return nil
	})
	return out, err
}

// ArticleQuote is one attribution of an article, with its offsets: Unicode
// code points into the article's body, end exclusive.
type ArticleQuote struct {
	ID          int64    `json:"id"`
	Ordinal     int32    `json:"ordinal"`
	Kind        string   `json:"kind"`
	Text        string   `json:"text"`
	Spans       [][2]int `json:"spans"` // the quoted words: one span, or several around a cue
	SpeakerID   *int64   `json:"speaker_id"`
	Speaker     string   `json:"speaker,omitempty"` // the speaker row's name, else the name resolved in the article
	SpeakerType string   `json:"speaker_type,omitempty"`
	Source      string   `json:"source,omitempty"` // the mention as written ("he", "a port official")
	SourceSpan  *[2]int  `json:"source_span,omitempty"`
	Cue         string   `json:"cue,omitempty"`
	CueLemma    string   `json:"cue_lemma,omitempty"`
	CueSpan     *[2]int  `json:"cue_span,omitempty"`
	Role        string   `json:"role,omitempty"`
	Affiliation string   `json:"affiliation,omitempty"`
	Addressee   string   `json:"addressee,omitempty"`
	Confidence  float32  `json:"confidence"`
}

// ArticleView is an article with its attributions.
type ArticleView struct {
	ID        int64          `json:"id"`
	Title     string         `json:"title"`
	URL       string         `json:"url,omitempty"`
	Outlet    string         `json:"outlet,omitempty"`
	Byline    string         `json:"byline,omitempty"`
	Published *time.Time     `json:"published,omitempty"`
	Imported  time.Time      `json:"imported"`
	Body      string         `json:"body"`
	Quotes    []ArticleQuote `json:"quotes"`
}

// Article reads an article and its attributions; ErrNotFound when id is unknown.
func (s *Store) Article(ctx context.Context, id int64) (ArticleView, error) {
	out := ArticleView{Quotes: []ArticleQuote{}}
	err := s.readTx(ctx, func(tx pgx.Tx) error {
		a, err := s.q.ArticleGet(ctx, tx, id)
		if errors.Is(err, pgx.ErrNoRows) {
			return fmt.Errorf("article %d: %w", id, ErrNotFound)
		} else if err != nil {
			return fmt.Errorf("article: %w", err)
		}
		out.ID, out.Title, out.URL, out.Outlet, out.Byline = a.ID, a.Title, val(a.Url), val(a.OutletName), a.Byline
		out.Published, out.Imported, out.Body = a.PublishedAt, a.ImportedAt, a.Body
		quotes, err := s.q.QuoteListByArticle(ctx, tx, id)
		if err != nil {
			return fmt.Errorf("article quotes: %w", err)
		}
		for _, q := range quotes {
			aq := ArticleQuote{ID: q.ID, Ordinal: q.Ordinal, Kind: q.Kind, Text: q.Text, SpeakerID: q.SpeakerID,
				Speaker: val(q.SpeakerName), SpeakerType: val(q.SpeakerType), Source: val(q.SourceText),
				Cue: val(q.CueText), CueLemma: val(q.CueLemma), Role: val(q.Role), Affiliation: val(q.Affiliation),
				Addressee: val(q.Addressee), Confidence: q.Confidence, Spans: [][2]int{}}
			if q.SpeakerDisplayName != nil {
				aq.Speaker = *q.SpeakerDisplayName
			}
			for i := 0; i+1 < len(q.ContentSpans); i += 2 {
				aq.Spans = append(aq.Spans, [2]int{int(q.ContentSpans[i]), int(q.ContentSpans[i+1])})
			}
			if q.SourceStart != nil && q.SourceEnd != nil {
				aq.SourceSpan = &[2]int{int(*q.SourceStart), int(*q.SourceEnd)}
			}
			if q.CueStart != nil && q.CueEnd != nil {
				aq.CueSpan = &[2]int{int(*q.CueStart), int(*q.CueEnd)}
			}
			out.Quotes = append(out.Quotes, aq)
		}
		return nil
	})
	return out, err
}

// QuoteSpeakerIDs maps each of the given quotes to its resolved speaker;
// quotes without one are not in the map.
func (s *Store) QuoteSpeakerIDs(ctx context.Context, ids []int64) (map[int64]int64, error) {
	out := map[int64]int64{}
	if len(ids) == 0 {
		return out, nil
	}
	rows, err := s.q.QuoteSpeakerList(ctx, s.pool, ids)
	if err != nil {
		return nil, fmt.Errorf("speakers of quotes: %w", err)
	}
	for _, r := range rows {
		out[r.ID] = r.SpeakerID
	}
	return out, nil
}
