package store

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/whosaid/whosaid/db"
)

// Filter narrows a report. Zero fields do not filter.
type Filter struct {
	Since, Until *time.Time // on the article's published date; Until is exclusive
	Outlet       string
	Kind         string
	Limit        int // rows at most; 0 means 50
}

// clean drops NUL bytes, which PostgreSQL text cannot hold: a filter with
// one simply matches the same as without it.
func clean(s string) *string {
	return ptr(strings.ReplaceAll(s, "\x00", ""))
}

func (f Filter) limit() int32 {
	if f.Limit <= 0 {
		return 50
	}
	return int32(f.Limit)
}

// TopSpeakers lists the most quoted speakers.
func (s *Store) TopSpeakers(ctx context.Context, f Filter) ([]SpeakerStat, error) {
	rows, err := s.q.ReportSpeakers(ctx, s.pool, db.ReportSpeakersParams{
		Since: f.Since, Until: f.Until, Outlet: clean(f.Outlet), Kind: clean(f.Kind), MaxRows: f.limit()})
	if err != nil {
		return nil, fmt.Errorf("report speakers: %w", err)
	}
	out := make([]SpeakerStat, len(rows))
	for i, r := range rows {
		out[i] = SpeakerStat{ID: r.ID, Name: r.DisplayName, Type: r.Type, Quotes: r.Quotes,
			Articles: r.Articles, Outlets: r.Outlets, FirstSeen: anyTime(r.FirstSeen), LastSeen: anyTime(r.LastSeen)}
	}
	return out, nil
}

// SpeakerQuote is one statement in a speaker's record.
type SpeakerQuote struct {
	ID          int64      `json:"id"`
	Kind        string     `json:"kind"`
	Text        string     `json:"text"`
	Cue         string     `json:"cue,omitempty"`
	Role        string     `json:"role,omitempty"`
	Affiliation string     `json:"affiliation,omitempty"`
	Addressee   string     `json:"addressee,omitempty"`
	Title       string     `json:"title"`
	URL         string     `json:"url,omitempty"`
	Outlet      string     `json:"outlet,omitempty"`
	Published   *time.Time `json:"published,omitempty"`
}

// SpeakerRole is one role or affiliation a speaker was given, and when.
type SpeakerRole struct {
	Role        string     `json:"role,omitempty"`
	Affiliation string     `json:"affiliation,omitempty"`
	Quotes      int64      `json:"quotes"`
	FirstSeen   *time.Time `json:"first_seen,omitempty"`
	LastSeen    *time.Time `json:"last_seen,omitempty"`
}

// SpeakerRecord is everything a speaker said, with their names and roles.
type SpeakerRecord struct {
	ID      int64          `json:"id"`
	Name    string         `json:"name"`
	Type    string         `json:"type"`
	Aliases []string       `json:"aliases"`
	Roles   []SpeakerRole  `json:"roles"`
	Quotes  []SpeakerQuote `json:"quotes"`
}

// Speaker returns a speaker's record, oldest statement first.
func (s *Store) Speaker(ctx context.Context, name string, f Filter) (SpeakerRecord, error) {
	sp, err := s.FindSpeaker(ctx, name)
	if err != nil {
		return SpeakerRecord{}, err
	}
	rec := SpeakerRecord{ID: sp.ID, Name: sp.DisplayName, Type: sp.Type, Aliases: []string{}, Roles: []SpeakerRole{}, Quotes: []SpeakerQuote{}}
	aliases, err := s.q.SpeakerAliasList(ctx, s.pool, sp.ID)
	if err != nil {
		return rec, fmt.Errorf("speaker aliases: %w", err)
	}
	for _, a := range aliases {
		if a.Name != sp.DisplayName {
			rec.Aliases = append(rec.Aliases, a.Name)
		}
	}
	roles, err := s.q.ReportSpeakerRoles(ctx, s.pool, sp.ID)
	if err != nil {
		return rec, fmt.Errorf("speaker roles: %w", err)
	}
	for _, r := range roles {
		rec.Roles = append(rec.Roles, SpeakerRole{Role: r.Role, Affiliation: r.Affiliation, Quotes: r.Quotes,
			FirstSeen: anyTime(r.FirstSeen), LastSeen: anyTime(r.LastSeen)})
	}
	rows, err := s.q.QuoteListBySpeaker(ctx, s.pool, db.QuoteListBySpeakerParams{SpeakerID: sp.ID,
		Since: f.Since, Until: f.Until, Outlet: clean(f.Outlet), Kind: clean(f.Kind), MaxRows: f.limit()})
	if err != nil {
		return rec, fmt.Errorf("speaker quotes: %w", err)
	}
	for _, r := range rows {
		rec.Quotes = append(rec.Quotes, SpeakerQuote{ID: r.ID, Kind: r.Kind, Text: r.Text, Cue: val(r.CueLemma),
			Role: val(r.Role), Affiliation: val(r.Affiliation), Addressee: val(r.Addressee), Title: r.Title,
			URL: val(r.Url), Outlet: val(r.Outlet), Published: r.PublishedAt})
	}
	return rec, nil
}

// OutletStat is one outlet's sourcing.
type OutletStat struct {
	Outlet            string  `json:"outlet"`
	Quotes            int64   `json:"quotes"`
	Speakers          int64   `json:"speakers"`
	AnonymousShare    float64 `json:"anonymous_share"`
	OrganizationShare float64 `json:"organization_share"`
	TopSpeakers       string  `json:"top_speakers"`
}

// Outlets reports whom each outlet quotes most.
func (s *Store) Outlets(ctx context.Context, f Filter) ([]OutletStat, error) {
	rows, err := s.q.ReportOutlets(ctx, s.pool, db.ReportOutletsParams{
		Since: f.Since, Until: f.Until, Outlet: clean(f.Outlet), Kind: clean(f.Kind), MaxRows: f.limit()})
	if err != nil {
		return nil, fmt.Errorf("report outlets: %w", err)
	}
	out := make([]OutletStat, len(rows))
	for i, r := range rows {
		out[i] = OutletStat(r)
	}
	return out, nil
}

// CueStat counts one way of reporting speech.
type CueStat struct {
	Cue      string  `json:"cue"`
	Quotes   int64   `json:"quotes"`
	Direct   int64   `json:"direct"`
	Partial  int64   `json:"partial"`
	Indirect int64   `json:"indirect"`
	Mixed    int64   `json:"mixed"`
	Share    float64 `json:"share"`
}

// Cues reports how speech is reported: said vs claimed vs admitted.
func (s *Store) Cues(ctx context.Context, f Filter) ([]CueStat, error) {
	rows, err := s.q.ReportCues(ctx, s.pool, db.ReportCuesParams{
		Since: f.Since, Until: f.Until, Outlet: clean(f.Outlet), Kind: clean(f.Kind), MaxRows: f.limit()})
	if err != nil {
		return nil, fmt.Errorf("report cues: %w", err)
	}
	out := make([]CueStat, len(rows))
	for i, r := range rows {
		out[i] = CueStat(r)
	}
	return out, nil
}

// WeekCount is a speaker's quotes in one week.
type WeekCount struct {
	Week     time.Time `json:"week"`
	Quotes   int64     `json:"quotes"`
	Articles int64     `json:"articles"`
}

// Timeline counts a speaker's quotes per week.
func (s *Store) Timeline(ctx context.Context, name string, f Filter) (string, []WeekCount, error) {
	sp, err := s.FindSpeaker(ctx, name)
	if err != nil {
		return "", nil, err
	}
	if f.Limit <= 0 {
		f.Limit = 520
	}
	rows, err := s.q.ReportTimeline(ctx, s.pool, db.ReportTimelineParams{SpeakerID: sp.ID,
		Since: f.Since, Until: f.Until, Outlet: clean(f.Outlet), Kind: clean(f.Kind), MaxRows: f.limit()})
	if err != nil {
		return "", nil, fmt.Errorf("report timeline: %w", err)
	}
	out := make([]WeekCount, len(rows))
	for i, r := range rows {
		out[i] = WeekCount(r)
	}
	return sp.DisplayName, out, nil
}

func val(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
