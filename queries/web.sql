-- The web desk (whosaid serve): read-only pages over the stored attributions.
-- Every page is a bounded read: LIMIT/OFFSET from the caller, capped in Go.

-- name: SpeakerSummaryList :many
-- Speakers with at least one quote, most quoted first, one page at a time;
-- total is the number of such speakers (the same on every row).
SELECT s.id, s.display_name, s.type,
       count(*)                     AS quotes,
       count(DISTINCT q.article_id) AS articles,
       count(DISTINCT a.outlet_id)  AS outlets,
       min(a.published_at)          AS first_seen,
       max(a.published_at)          AS last_seen,
       coalesce((array_agg(q.role ORDER BY a.published_at DESC NULLS LAST, q.id DESC) FILTER (WHERE q.role IS NOT NULL))[1], '')::text               AS latest_role,
       coalesce((array_agg(q.affiliation ORDER BY a.published_at DESC NULLS LAST, q.id DESC) FILTER (WHERE q.affiliation IS NOT NULL))[1], '')::text AS latest_affiliation,
       count(*) OVER ()             AS total
FROM speakers s
JOIN quotes q ON q.speaker_id = s.id
JOIN articles a ON a.id = q.article_id
GROUP BY s.id
ORDER BY quotes DESC, s.display_name, s.id
LIMIT @max_rows OFFSET @skip_rows;

-- name: SpeakerSummaryGet :one
-- One speaker with how widely they were quoted; no row when the id is unknown.
SELECT s.id, s.display_name, s.type,
       count(q.id)                  AS quotes,
       count(DISTINCT q.article_id) AS articles,
       count(DISTINCT a.outlet_id)  AS outlets,
       min(a.published_at)          AS first_seen,
       max(a.published_at)          AS last_seen
FROM speakers s
LEFT JOIN quotes q ON q.speaker_id = s.id
LEFT JOIN articles a ON a.id = q.article_id
WHERE s.id = @id
GROUP BY s.id;

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
