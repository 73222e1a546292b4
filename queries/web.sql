-- The web desk (whosaid serve): read-only pages over the stored attributions.
-- Every page is a bounded read: LIMIT/OFFSET from the caller, capped in Go.

-- name: SpeakerSummaryList :many
-- Speakers with at least one quote (the speaker_summary view), most quoted
-- first, one page at a time; total is the number of such speakers.
SELECT speaker_id AS id, speaker AS display_name, speaker_type AS type, quotes, articles, outlets,
       first_seen, last_seen,
       coalesce(latest_role, '')::text        AS latest_role,
       coalesce(latest_affiliation, '')::text AS latest_affiliation,
       count(*) OVER ()                       AS total
FROM speaker_summary
ORDER BY quotes DESC, speaker, speaker_id
LIMIT @max_rows OFFSET @skip_rows;

-- name: SpeakerSummaryGet :one
-- One quoted speaker from the speaker_summary view; no row when the id is
-- unknown or the speaker has no quote.
SELECT speaker_id AS id, speaker AS display_name, speaker_type AS type, quotes, articles, outlets,
       first_seen, last_seen,
       coalesce(latest_role, '')::text        AS latest_role,
       coalesce(latest_affiliation, '')::text AS latest_affiliation
FROM speaker_summary
WHERE speaker_id = @id;

-- name: QuoteListBySpeaker :many
-- A speaker's statements, newest or oldest first (undated last), filtered by
-- outlet, published date (until exclusive) and kind, one page at a time;
-- total is the number of statements that pass the filters. Used by the web
-- desk and by `whosaid report speaker`.
SELECT q.id, q.article_id, q.kind, q.text, q.cue_lemma, q.affiliation, q.role, q.addressee,
       a.title, a.url, a.published_at, o.name AS outlet,
       count(*) OVER () AS total
FROM quotes q
JOIN articles a ON a.id = q.article_id
LEFT JOIN outlets o ON o.id = a.outlet_id
WHERE q.speaker_id = @speaker_id::bigint
  AND (sqlc.narg(since)::timestamptz IS NULL OR a.published_at >= sqlc.narg(since))
  AND (sqlc.narg(until)::timestamptz IS NULL OR a.published_at < sqlc.narg(until))
  AND (sqlc.narg(outlet)::text IS NULL OR o.name = sqlc.narg(outlet))
  AND (sqlc.narg(kind)::text IS NULL OR q.kind = sqlc.narg(kind))
ORDER BY CASE WHEN @newest::bool THEN a.published_at END DESC NULLS LAST,
         CASE WHEN @newest::bool THEN a.id END DESC,
         CASE WHEN NOT @newest::bool THEN a.published_at END ASC NULLS LAST,
         a.id, q.ordinal
LIMIT @max_rows OFFSET @skip_rows;

-- name: OutletListBySpeaker :many
-- The outlets that quoted a speaker, for the speaker page's outlet filter.
SELECT DISTINCT o.name
FROM quotes q
JOIN articles a ON a.id = q.article_id
JOIN outlets o ON o.id = a.outlet_id
WHERE q.speaker_id = @speaker_id::bigint
ORDER BY o.name;

-- name: QuoteSpeakerList :many
-- The resolved speaker of each of the given quotes (quotes with none are left out).
SELECT q.id, q.speaker_id::bigint AS speaker_id
FROM quotes q
WHERE q.id = ANY(@ids::bigint[]) AND q.speaker_id IS NOT NULL;
