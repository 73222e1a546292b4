package store

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/whosaid/whosaid/db"
	"github.com/whosaid/whosaid/internal/extract"
	"github.com/whosaid/whosaid/internal/speakers"
	"github.com/whosaid/whosaid/internal/textnorm"
)

// resolveSpeakers maps every speaker key of atts to a speaker id. Known
// names are answered by one query. New names are resolved together, in one
// short transaction of their own, outside the articles': writers never hold
// a new speaker's row lock while they store articles (and cannot deadlock on
// it); a speaker row is harmless even if its article then fails.
func (s *Store) resolveSpeakers(ctx context.Context, atts []extract.Attribution, ids map[string]int64) error {
	byKey := map[string]nameSeen{}
	for _, at := range atts {
		if k := speakerKey(at); k != "" {
			if _, ok := byKey[k]; !ok {
				if _, done := ids[k]; !done {
					byKey[k] = nameSeen{at.Speaker, speakerType(at)}
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
	known, err := s.q.SpeakerAliasGetMany(ctx, replanned{s.pool}, keys)
	if err != nil {
		return fmt.Errorf("look up speakers: %w", err)
	}
	for _, k := range known {
		ids[k.Key] = k.SpeakerID
	}
	missing := missingKeys(keys, ids)
	if len(missing) == 0 {
		return nil
	}
	err = pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		return s.resolveNew(ctx, tx, missing, byKey, ids)
	})
	if err != nil {
		return fmt.Errorf("resolve %d new speaker names: %w", len(missing), err)
	}
	return nil
}

// nameSeen is a speaker name as an attribution gave it, and its type.
type nameSeen struct{ name, typ string }

// resolveNew resolves names no alias knows yet, in key order, with the rules
// documented in the README ("Speakers across articles"), one name after the
// other as if each were looked up alone: a name sees the aliases that the
// names before it in the batch added. The rules run in Go over what one
// query reads (every alias the names could match); the outcome is written
// with four set-based statements.
func (s *Store) resolveNew(ctx context.Context, tx pgx.Tx, missing []string, byKey map[string]nameSeen, ids map[string]int64) error {
	parsed := make([]speakers.Name, len(missing))
	var surnames, orgKeys, acronyms []string
	for i, k := range missing {
		sp := byKey[k]
		n := speakers.Parse(sp.name, sp.typ) // n.Key is k: the same folding
		parsed[i] = n
		switch sp.typ {
		case "person":
			if n.Surname != "" {
				surnames = append(surnames, n.Surname)
			}
		case "organization":
			orgKeys = append(orgKeys, k)
			if a := speakers.Acronym(k); a != "" {
				acronyms = append(acronyms, a)
			}
		}
	}
	rows, err := s.q.SpeakerAliasCandidateList(ctx, replanned{tx}, db.SpeakerAliasCandidateListParams{
		Keys: missing, Surnames: surnames, OrgKeys: orgKeys, Acronyms: acronyms})
	if err != nil {
		return fmt.Errorf("read candidate speakers: %w", err)
	}
	r := newResolver(rows)
	for i, k := range missing {
		r.resolve(parsed[i], byKey[k].name, byKey[k].typ)
	}

	// Write what was decided: new speakers, better display names, aliases.
	storedAs := map[int64]int64{} // placeholder id of a new speaker -> its row's id
	if len(r.created) > 0 {
		var names, keys, types []string
		for _, id := range r.created {
			sp := r.speakers[id]
			names, keys, types = append(names, sp.firstName), append(keys, sp.key), append(types, sp.typ)
		}
		inserted, err := s.q.SpeakerInsertMany(ctx, tx, db.SpeakerInsertManyParams{DisplayNames: names, Keys: keys, Types: types})
		if err != nil {
			return fmt.Errorf("insert speakers: %w", err)
		}
		rowOf := make(map[string]int64, len(keys))
		for _, row := range inserted {
			rowOf[row.Key] = row.ID
		}
		if len(inserted) < len(keys) {
			// A concurrent import stored some of these keys first: use its rows.
			others, err := s.q.SpeakerListByKey(ctx, replanned{tx}, keys)
			if err != nil {
				return fmt.Errorf("look up speakers: %w", err)
			}
			for _, row := range others {
				if _, ok := rowOf[row.Key]; !ok {
					rowOf[row.Key] = row.ID
				}
			}
		}
		for _, id := range r.created {
			row, ok := rowOf[r.speakers[id].key]
			if !ok {
				return fmt.Errorf("speaker %q was neither inserted nor found", r.speakers[id].key)
			}
			storedAs[id] = row
		}
	}
	rowID := func(id int64) int64 {
		if id < 0 {
			return storedAs[id]
		}
		return id
	}
	if len(r.renamed) > 0 {
		byRow := map[int64]string{}
		for id, name := range r.renamed {
			byRow[rowID(id)] = name
		}
		rowIDs := make([]int64, 0, len(byRow))
		for id := range byRow {
			rowIDs = append(rowIDs, id)
		}
		sort.Slice(rowIDs, func(i, j int) bool { return rowIDs[i] < rowIDs[j] })
		names := make([]string, len(rowIDs))
		for i, id := range rowIDs {
			names[i] = byRow[id]
		}
		if err := s.q.SpeakerSetDisplayNameMany(ctx, tx, db.SpeakerSetDisplayNameManyParams{Ids: rowIDs, DisplayNames: names}); err != nil {
			return fmt.Errorf("improve display names: %w", err)
		}
	}
	if len(r.added) > 0 {
		p := db.SpeakerAliasInsertManyParams{}
		for _, a := range r.added {
			p.Keys = append(p.Keys, a.key)
			p.SpeakerIds = append(p.SpeakerIds, rowID(a.speakerID))
			p.Names = append(p.Names, a.name)
			p.Surnames = append(p.Surnames, a.surname)
			p.Acronyms = append(p.Acronyms, a.acronym)
		}
		if err := s.q.SpeakerAliasInsertMany(ctx, tx, p); err != nil {
			return fmt.Errorf("insert speaker aliases: %w", err)
		}
	}
	// A concurrent import may have claimed an alias first: use its answer.
	final, err := s.q.SpeakerAliasGetMany(ctx, replanned{tx}, missing)
	if err != nil {
		return fmt.Errorf("look up speaker aliases: %w", err)
	}
	for _, k := range final {
		ids[k.Key] = k.SpeakerID
	}
	for _, k := range missing {
		if _, ok := ids[k]; !ok {
			return fmt.Errorf("speaker name %q has no alias after resolving it", k)
		}
	}
	return nil
}

// resolver applies the matching rules to a batch of new names over the
// aliases read for them, plus those the batch adds as it goes. Speakers not
// stored yet have negative placeholder ids.
type resolver struct {
	byKey     map[string]*aliasRow
	bySurname map[string][]*aliasRow
	byAcronym map[string][]*aliasRow
	speakers  map[int64]*speakerRow
	created   []int64          // placeholders, in the order they were made
	renamed   map[int64]string // speaker -> a fuller display name
	added     []*aliasRow      // aliases to insert, in key order
}

type aliasRow struct {
	key                    string
	speakerID              int64
	name, surname, acronym string
}

type speakerRow struct {
	typ, display string
	locked       bool
	key          string // new speakers only: their key and first name
	firstName    string
}

func newResolver(rows []db.SpeakerAliasCandidateListRow) *resolver {
	r := &resolver{byKey: map[string]*aliasRow{}, bySurname: map[string][]*aliasRow{},
		byAcronym: map[string][]*aliasRow{}, speakers: map[int64]*speakerRow{}, renamed: map[int64]string{}}
	for _, row := range rows {
		r.speakers[row.SpeakerID] = &speakerRow{typ: row.Type, display: row.DisplayName, locked: row.NameLocked}
		r.index(&aliasRow{key: row.Key, speakerID: row.SpeakerID, name: row.Name, surname: row.Surname, acronym: row.Acronym})
	}
	return r
}

func (r *resolver) index(a *aliasRow) {
	if _, dup := r.byKey[a.key]; dup {
		return
	}
	r.byKey[a.key] = a
	if a.surname != "" {
		r.bySurname[a.surname] = append(r.bySurname[a.surname], a)
	}
	if a.acronym != "" {
		r.byAcronym[a.acronym] = append(r.byAcronym[a.acronym], a)
	}
}

// resolve is what resolving one name alone does: a known alias (this
// includes every editor's decision); else a person with the same surname and
// a compatible given name when exactly one such person exists, or an
// organisation with matching initials; else a new speaker. The name becomes
// an alias of the speaker it resolved to.
func (r *resolver) resolve(n speakers.Name, name, typ string) {
	if _, ok := r.byKey[n.Key]; ok {
		return
	}
	id := r.match(n, typ)
	if id == 0 {
		id = -int64(len(r.created) + 1)
		r.speakers[id] = &speakerRow{typ: typ, display: name, key: n.Key, firstName: name}
		r.created = append(r.created, id)
	} else if sp := r.speakers[id]; n.FullName() && len(n.Given)+1 > len(strings.Fields(textnorm.SpeakerKey(sp.display))) {
		// "Rahimi" was seen first; "Ali Rahimi" now names the speaker better.
		r.renamed[id] = name
		if !sp.locked {
			sp.display = name
		}
	}
	acronym := ""
	if typ == "organization" {
		acronym = speakers.Acronym(n.Key)
	}
	a := &aliasRow{key: n.Key, speakerID: id, name: name, surname: n.Surname, acronym: acronym}
	r.index(a)
	r.added = append(r.added, a)
}

// match returns the one speaker n can be, or 0.
func (r *resolver) match(n speakers.Name, typ string) int64 {
	one := func(ids map[int64]bool) int64 {
		if len(ids) != 1 {
			return 0
		}
		for id := range ids {
			return id
		}
		return 0
	}
	switch typ {
	case "person":
		if n.Surname == "" {
			return 0
		}
		// Every person this surname could be; a bare surname needs exactly one.
		people := map[int64]bool{}
		for _, a := range r.bySurname[n.Surname] {
			if r.speakers[a.speakerID].typ == "person" && speakers.Compatible(n, speakers.Parse(a.name, typ)) {
				people[a.speakerID] = true
			}
		}
		return one(people)
	case "organization":
		orgs := map[int64]bool{}
		for _, a := range r.byAcronym[n.Key] {
			if r.speakers[a.speakerID].typ == "organization" {
				orgs[a.speakerID] = true
			}
		}
		if acr := speakers.Acronym(n.Key); acr != "" {
			if a, ok := r.byKey[acr]; ok && r.speakers[a.speakerID].typ == "organization" {
				orgs[a.speakerID] = true
			}
		}
		return one(orgs)
	}
	return 0
}

// missingKeys returns the keys that have no entry in m, in order.
func missingKeys[V any](keys []string, m map[string]V) []string {
	var missing []string
	for _, k := range keys {
		if _, ok := m[k]; !ok {
			missing = append(missing, k)
		}
	}
	return missing
}
