package store

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/whosaid/whosaid/db"
	"github.com/whosaid/whosaid/internal/textnorm"
)

// ErrNoSpeaker is returned when a name matches no speaker.
var ErrNoSpeaker = errors.New("no such speaker")

// ErrAmbiguousSpeaker is returned when a name matches several speakers.
type ErrAmbiguousSpeaker struct {
	Name       string
	Candidates []string
}

func (e *ErrAmbiguousSpeaker) Error() string {
	return fmt.Sprintf("%q could be %s: use the full name", e.Name, strings.Join(e.Candidates, " or "))
}

// FindSpeaker resolves a name typed by a user: an exact name or alias first,
// else a surname that belongs to exactly one speaker.
func (s *Store) FindSpeaker(ctx context.Context, name string) (db.Speaker, error) {
	key := textnorm.SpeakerKey(name)
	if key == "" { // nothing but punctuation: no name to look for
		return db.Speaker{}, fmt.Errorf("%w: %q", ErrNoSpeaker, name)
	}
	rows, err := s.q.SpeakerFindByName(ctx, s.pool, key)
	if err != nil {
		return db.Speaker{}, fmt.Errorf("find speaker %q: %w", name, err)
	}
	var exact []db.SpeakerFindByNameRow
	for _, r := range rows {
		if r.Exact || r.Key == key {
			exact = append(exact, r)
		}
	}
	if len(exact) == 1 {
		rows = exact
	}
	switch len(rows) {
	case 0:
		return db.Speaker{}, fmt.Errorf("%w: %q", ErrNoSpeaker, name)
	case 1:
		r := rows[0]
		return db.Speaker{ID: r.ID, DisplayName: r.DisplayName, Key: r.Key, Type: r.Type, CreatedAt: r.CreatedAt, NameLocked: r.NameLocked}, nil
	}
	amb := &ErrAmbiguousSpeaker{Name: name}
	for _, r := range rows {
		amb.Candidates = append(amb.Candidates, r.DisplayName)
	}
	return db.Speaker{}, amb
}

// MergeSpeakers makes from one speaker with into: its quotes and all its
// names move, and the decision is kept as editor aliases so no re-import or
// re-extraction splits them again.
func (s *Store) MergeSpeakers(ctx context.Context, into, from string) (db.Speaker, error) {
	a, err := s.FindSpeaker(ctx, into)
	if err != nil {
		return a, err
	}
	b, err := s.FindSpeaker(ctx, from)
	if err != nil {
		return a, err
	}
	if a.ID == b.ID {
		return a, fmt.Errorf("%q and %q are already one speaker", into, from)
	}
	err = pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		if err := s.q.QuoteMoveSpeaker(ctx, tx, db.QuoteMoveSpeakerParams{ToID: a.ID, FromID: b.ID}); err != nil {
			return err
		}
		if err := s.q.SpeakerAliasMove(ctx, tx, db.SpeakerAliasMoveParams{ToID: a.ID, FromID: b.ID}); err != nil {
			return err
		}
		return s.q.SpeakerDelete(ctx, tx, b.ID)
	})
	if err != nil {
		return a, fmt.Errorf("merge %q into %q: %w", from, into, err)
	}
	return a, nil
}

// SplitSpeaker takes one name form away from a speaker into a speaker of its
// own, with the quotes made under that name, and keeps the decision.
func (s *Store) SplitSpeaker(ctx context.Context, speaker, alias string) (db.Speaker, int64, error) {
	sp, err := s.FindSpeaker(ctx, speaker)
	if err != nil {
		return sp, 0, err
	}
	key := textnorm.SpeakerKey(alias)
	var moved int64
	var out db.Speaker
	err = pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		owner, err := s.q.SpeakerAliasGet(ctx, tx, key)
		if err != nil || owner != sp.ID {
			return fmt.Errorf("%q is not a name of %s", alias, sp.DisplayName)
		}
		if key == sp.Key {
			return fmt.Errorf("%q is the main name of %s: rename it instead", alias, sp.DisplayName)
		}
		id, err := s.q.SpeakerInsert(ctx, tx, db.SpeakerInsertParams{DisplayName: alias, Key: key, Type: sp.Type})
		if err != nil {
			return err
		}
		if err := s.q.SpeakerAliasReassign(ctx, tx, db.SpeakerAliasReassignParams{SpeakerID: id, Key: key}); err != nil {
			return err
		}
		if moved, err = s.q.QuoteMoveSpeakerKey(ctx, tx, db.QuoteMoveSpeakerKeyParams{ToID: id, FromID: sp.ID, SpeakerKey: key}); err != nil {
			return err
		}
		out, err = s.q.SpeakerGet(ctx, tx, id)
		return err
	})
	if err != nil {
		return out, 0, fmt.Errorf("split %q from %q: %w", alias, speaker, err)
	}
	return out, moved, nil
}

// RenameSpeaker sets the display name an editor wants; the machine never
// changes it afterwards.
func (s *Store) RenameSpeaker(ctx context.Context, speaker, name string) (db.Speaker, error) {
	sp, err := s.FindSpeaker(ctx, speaker)
	if err != nil {
		return sp, err
	}
	if strings.TrimSpace(name) == "" {
		return sp, errors.New("rename: the new name is empty")
	}
	if err := s.q.SpeakerRename(ctx, s.pool, db.SpeakerRenameParams{ID: sp.ID, DisplayName: strings.TrimSpace(name)}); err != nil {
		return sp, fmt.Errorf("rename %q: %w", speaker, err)
	}
	sp.DisplayName, sp.NameLocked = strings.TrimSpace(name), true
	return sp, nil
}

// SpeakerAliases lists every name form of a speaker.
func (s *Store) SpeakerAliases(ctx context.Context, id int64) ([]db.SpeakerAlias, error) {
	return s.q.SpeakerAliasList(ctx, s.pool, id)
}

// Speakers lists speakers with their quote counts and other names.
func (s *Store) Speakers(ctx context.Context, limit int) ([]db.SpeakerListRow, error) {
	return s.q.SpeakerList(ctx, s.pool, int32(limit))
}
