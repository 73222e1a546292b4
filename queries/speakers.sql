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

-- name: SpeakerSetDisplayName :exec
-- A machine improvement of the display name; never overrides an editor's.
UPDATE speakers SET display_name = @display_name WHERE id = @id AND NOT name_locked;

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

-- name: SpeakerAliasListBySurname :many
-- People known under a surname (or its spelling variants' exact form).
SELECT a.key, a.speaker_id, a.name
FROM speaker_aliases a JOIN speakers s ON s.id = a.speaker_id
WHERE a.surname = @surname AND s.type = 'person'
ORDER BY a.speaker_id, a.key;

-- name: SpeakerAliasListByAcronym :many
-- Organisations whose name has these initials, or whose short name is them.
SELECT a.key, a.speaker_id, a.name
FROM speaker_aliases a JOIN speakers s ON s.id = a.speaker_id
WHERE s.type = 'organization' AND (a.acronym = @key OR (@acronym::text <> '' AND a.key = @acronym))
ORDER BY a.speaker_id;

-- name: SpeakerAliasInsert :exec
INSERT INTO speaker_aliases (key, speaker_id, name, surname, acronym, origin)
VALUES (@key, @speaker_id, @name, @surname, @acronym, @origin)
ON CONFLICT (key) DO NOTHING;

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
