-- name: SpeakerUpsert :one
-- The first name seen for a key stays its display name.
INSERT INTO speakers (display_name, key, type) VALUES (@display_name, @key, @type)
ON CONFLICT (key) DO UPDATE SET key = EXCLUDED.key
RETURNING id;

-- name: SpeakerGetByKey :one
SELECT * FROM speakers WHERE key = @key;

-- name: SpeakerCount :one
SELECT count(*) FROM speakers;
