-- name: ReportSpeakers :many
-- Most quoted speakers, with how widely they were quoted.
SELECT s.id, s.display_name, s.type,
       count(*)                       AS quotes,
       count(DISTINCT q.article_id)   AS articles,
       count(DISTINCT a.outlet_id)    AS outlets,
       min(a.published_at) AS first_seen,
       max(a.published_at) AS last_seen
FROM quotes q
JOIN speakers s ON s.id = q.speaker_id
JOIN articles a ON a.id = q.article_id
GROUP BY s.id
ORDER BY quotes DESC, s.display_name
LIMIT @max_rows;
