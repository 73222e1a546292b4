-- name: SpeakerInsert :one
-- DO UPDATE (a no-op write) so a concurrent importer that created the same
-- speaker first still gets its id back.
INSERT INTO speakers (display_name, key, type) VALUES (@display_name, @key, @type)
ON CONFLICT (key) DO UPDATE SET key = EXCLUDED.key
RETURNING id;

-- name: SpeakerGet :one
SELECT * FROM speakers WHERE id = @id;

-- name: SpeakerFindByName :many
-- Speakers whose name or alias matches, best first: exact key, then surname.
SELECT DISTINCT ON (s.id) s.*, (a.key = @key)::bool AS exact
FROM speakers s JOIN speaker_aliases a ON a.speaker_id = s.id
WHERE a.key = @key OR a.surname = @key OR s.key = @key
ORDER BY s.id, exact DESC;

-- name: SpeakerRename :exec
UPDATE speakers SET display_name = @display_name, name_locked = true WHERE id = @id;

-- name: SpeakerDelete :exec
DELETE FROM speakers WHERE id = @id;

-- name: SpeakerCount :one
SELECT count(*) FROM speakers;

-- name: SpeakerList :many
SELECT s.id, s.display_name, s.type,
       (SELECT count(*) FROM quotes q WHERE q.speaker_id = s.id) AS quotes,
       (SELECT coalesce(string_agg(a.name, ', ' ORDER BY a.name), '') FROM speaker_aliases a
         WHERE a.speaker_id = s.id AND a.name <> s.display_name)::text AS aliases
FROM speakers s
-- A speaker resolved for an article that then failed to save has no quotes.
WHERE EXISTS (SELECT 1 FROM quotes q WHERE q.speaker_id = s.id)
ORDER BY quotes DESC, s.display_name
LIMIT @max_rows;

-- name: SpeakerAliasGet :one
SELECT speaker_id FROM speaker_aliases WHERE key = @key;

-- name: SpeakerAliasList :many
SELECT * FROM speaker_aliases WHERE speaker_id = @speaker_id ORDER BY name;

-- name: SpeakerAliasMove :exec
-- An editor's decision: the aliases of one speaker now belong to another.
UPDATE speaker_aliases SET speaker_id = @to_id, origin = 'editor' WHERE speaker_id = @from_id;

-- name: SpeakerAliasReassign :exec
UPDATE speaker_aliases SET speaker_id = @speaker_id, origin = 'editor' WHERE key = @key;

-- name: QuoteMoveSpeaker :exec
UPDATE quotes SET speaker_id = @to_id::bigint WHERE speaker_id = @from_id::bigint;

-- name: QuoteMoveSpeakerKey :execrows
UPDATE quotes SET speaker_id = @to_id::bigint WHERE speaker_id = @from_id::bigint AND speaker_key = @speaker_key::text;

-- name: SpeakerAliasGetMany :many
SELECT key, speaker_id FROM speaker_aliases WHERE key = ANY(@keys::text[]);

-- name: SpeakerAliasCandidateList :many
-- What resolving a batch's new names reads, in one query: the aliases that
-- exist for the keys by now, every alias under one of the names' surnames,
-- and every alias whose initials are an organisation's key or whose key is
-- its initials; each with its speaker's type (the caller keeps people for
-- surnames, organisations for initials), display name and lock.
SELECT a.key, a.speaker_id, a.name, a.surname, a.acronym, s.type, s.display_name, s.name_locked
FROM speaker_aliases a JOIN speakers s ON s.id = a.speaker_id
WHERE a.key = ANY(@keys::text[]) OR a.key = ANY(@acronyms::text[])
   OR (a.surname = ANY(@surnames::text[]) AND a.surname <> '')
   OR (a.acronym = ANY(@org_keys::text[]) AND a.acronym <> '');

-- name: SpeakerInsertMany :many
-- New speakers in key order (concurrent importers queue, never deadlock). A
-- key a concurrent import stored first is skipped, without writing or
-- locking its row; SpeakerListByKey then finds it.
INSERT INTO speakers (display_name, key, type)
SELECT u.display_name, u.key, u.type
FROM (SELECT unnest(@display_names::text[]) AS display_name, unnest(@keys::text[]) AS key,
             unnest(@types::text[]) AS type) AS u
ORDER BY u.key
ON CONFLICT (key) DO NOTHING
RETURNING id, key;

-- name: SpeakerListByKey :many
SELECT id, key FROM speakers WHERE key = ANY(@keys::text[]);

-- name: SpeakerSetDisplayNameMany :exec
-- SpeakerSetDisplayName for many speakers; never overrides an editor's name.
UPDATE speakers s SET display_name = u.display_name
FROM (SELECT unnest(@ids::bigint[]) AS id, unnest(@display_names::text[]) AS display_name) AS u
WHERE s.id = u.id AND NOT s.name_locked;

-- name: SpeakerAliasInsertMany :exec
-- Machine aliases in key order; a key a concurrent import claimed first is
-- left to it (SpeakerAliasGetMany then gives its answer).
INSERT INTO speaker_aliases (key, speaker_id, name, surname, acronym, origin)
SELECT u.key, u.speaker_id, u.name, u.surname, u.acronym, 'machine'
FROM (SELECT unnest(@keys::text[]) AS key, unnest(@speaker_ids::bigint[]) AS speaker_id,
             unnest(@names::text[]) AS name, unnest(@surnames::text[]) AS surname,
             unnest(@acronyms::text[]) AS acronym) AS u
ORDER BY u.key
ON CONFLICT (key) DO NOTHING;
