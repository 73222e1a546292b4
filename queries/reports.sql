-- Every report takes the same filters: since/until on the article's
-- published date, an outlet name, a quote kind. NULL means no filter.

-- name: ReportSpeakers :many
-- Most quoted speakers, with how widely they were quoted.
SELECT s.id, s.display_name, s.type,
       count(*)                     AS quotes,
       count(DISTINCT q.article_id) AS articles,
       count(DISTINCT a.outlet_id)  AS outlets,
       min(a.published_at)          AS first_seen,
       max(a.published_at)          AS last_seen
FROM quotes q
JOIN speakers s ON s.id = q.speaker_id
JOIN articles a ON a.id = q.article_id
LEFT JOIN outlets o ON o.id = a.outlet_id
WHERE (sqlc.narg(since)::timestamptz IS NULL OR a.published_at >= sqlc.narg(since))
  AND (sqlc.narg(until)::timestamptz IS NULL OR a.published_at < sqlc.narg(until))
  AND (sqlc.narg(outlet)::text IS NULL OR o.name = sqlc.narg(outlet))
  AND (sqlc.narg(kind)::text IS NULL OR q.kind = sqlc.narg(kind))
GROUP BY s.id
ORDER BY quotes DESC, s.display_name
LIMIT @max_rows;

-- name: ReportSpeakerRoles :many
-- What a speaker was when they spoke: each role and affiliation, first and last seen.
SELECT coalesce(q.role, '')::text AS role, coalesce(q.affiliation, '')::text AS affiliation,
       count(*) AS quotes, min(a.published_at) AS first_seen, max(a.published_at) AS last_seen
FROM quotes q JOIN articles a ON a.id = q.article_id
WHERE q.speaker_id = @speaker_id::bigint AND (q.role IS NOT NULL OR q.affiliation IS NOT NULL)
GROUP BY 1, 2
ORDER BY max(a.published_at) DESC NULLS LAST, quotes DESC;

-- name: ReportOutlets :many
-- Whom each outlet quotes most, and how much of it is anonymous or institutional.
WITH per AS (
    SELECT coalesce(o.name, '(unknown)') AS outlet, q.speaker_id, coalesce(s.type, q.speaker_type) AS stype,
           s.display_name
    FROM quotes q
    JOIN articles a ON a.id = q.article_id
    LEFT JOIN outlets o ON o.id = a.outlet_id
    LEFT JOIN speakers s ON s.id = q.speaker_id
    WHERE (sqlc.narg(since)::timestamptz IS NULL OR a.published_at >= sqlc.narg(since))
      AND (sqlc.narg(until)::timestamptz IS NULL OR a.published_at < sqlc.narg(until))
      AND (sqlc.narg(outlet)::text IS NULL OR o.name = sqlc.narg(outlet))
      AND (sqlc.narg(kind)::text IS NULL OR q.kind = sqlc.narg(kind))
), top AS (
    SELECT outlet, display_name, count(*) AS n,
           row_number() OVER (PARTITION BY outlet ORDER BY count(*) DESC, display_name) AS rank
    FROM per WHERE speaker_id IS NOT NULL
    GROUP BY outlet, display_name
)
SELECT per.outlet::text AS outlet,
       count(*) AS quotes,
       count(DISTINCT per.speaker_id) AS speakers,
       avg(coalesce(per.stype = 'anonymous', false)::int)::float8 AS anonymous_share,
       avg(coalesce(per.stype = 'organization', false)::int)::float8 AS organization_share,
       coalesce((SELECT string_agg(t.display_name || ' (' || t.n || ')', ', ' ORDER BY t.rank)
                 FROM top t WHERE t.outlet = per.outlet AND t.rank <= 3), '')::text AS top_speakers
FROM per
GROUP BY per.outlet
ORDER BY quotes DESC
LIMIT @max_rows;

-- name: ReportCues :many
-- How speech is reported: said vs claimed vs admitted, by kind of quote.
SELECT coalesce(q.cue_lemma, '(none)')::text AS cue,
       count(*) AS quotes,
       count(*) FILTER (WHERE q.kind = 'direct') AS direct,
       count(*) FILTER (WHERE q.kind = 'partial') AS partial,
       count(*) FILTER (WHERE q.kind = 'indirect') AS indirect,
       count(*) FILTER (WHERE q.kind = 'mixed') AS mixed,
       (count(*)::float8 / sum(count(*)) OVER ())::float8 AS share
FROM quotes q
JOIN articles a ON a.id = q.article_id
LEFT JOIN outlets o ON o.id = a.outlet_id
WHERE (sqlc.narg(since)::timestamptz IS NULL OR a.published_at >= sqlc.narg(since))
  AND (sqlc.narg(until)::timestamptz IS NULL OR a.published_at < sqlc.narg(until))
  AND (sqlc.narg(outlet)::text IS NULL OR o.name = sqlc.narg(outlet))
  AND (sqlc.narg(kind)::text IS NULL OR q.kind = sqlc.narg(kind))
GROUP BY 1
ORDER BY quotes DESC, cue
LIMIT @max_rows;

-- name: ReportTimeline :many
-- Quotes per week for one speaker (weeks start on Monday, UTC); undated articles are left out.
SELECT (date_trunc('week', a.published_at AT TIME ZONE 'UTC') AT TIME ZONE 'UTC')::timestamptz AS week,
       count(*) AS quotes,
       count(DISTINCT q.article_id) AS articles
FROM quotes q
JOIN articles a ON a.id = q.article_id
LEFT JOIN outlets o ON o.id = a.outlet_id
WHERE q.speaker_id = @speaker_id::bigint AND a.published_at IS NOT NULL
  AND (sqlc.narg(since)::timestamptz IS NULL OR a.published_at >= sqlc.narg(since))
  AND (sqlc.narg(until)::timestamptz IS NULL OR a.published_at < sqlc.narg(until))
  AND (sqlc.narg(outlet)::text IS NULL OR o.name = sqlc.narg(outlet))
  AND (sqlc.narg(kind)::text IS NULL OR q.kind = sqlc.narg(kind))
GROUP BY 1
ORDER BY 1
LIMIT @max_rows;
