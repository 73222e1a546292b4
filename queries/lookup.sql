-- Lookup: who said this, when, where first. Thresholds are set per
-- transaction (LookupSettingsSet) before QuoteSearch runs in the same one.

-- name: LookupSettingsSet :exec
-- set_config(..., true) is SET LOCAL: it ends with the transaction. A custom
-- plan each time lets the planner see the query text and its thresholds.
SELECT set_config('pg_trgm.word_similarity_threshold', @word_threshold::text, true),
       set_config('pg_trgm.similarity_threshold', @similarity_threshold::text, true),
       set_config('plan_cache_mode', 'force_custom_plan', true);

-- name: QuoteCandidateList :many
-- Candidates from two signals, each capped before any ranking: English
-- full-text search (GIN tsvector index) with @fts_query, a to_tsquery text of
-- folded words that the caller built (OR of AND-groups, so a few changed
-- words still match), and, for one-word queries only, trigram word
-- similarity of @trgm_query within text_norm (GIN trigram index; pg_trgm's
-- GIN scan grows with the query's trigrams and is too slow for sentences at
-- a million quotes). The caller ranks them and asks QuoteHitList for the best.
WITH trgm AS (
    SELECT q.id FROM quotes q
    WHERE @trgm_query::text <> '' AND @trgm_query::text <% q.text_norm
    LIMIT @max_candidates
), fts AS (
    SELECT q.id FROM quotes q
    WHERE @fts_query::text <> '' AND to_tsvector('english', q.text) @@ to_tsquery('english', @fts_query::text)
    LIMIT @max_candidates
)
SELECT q.id, q.text_norm
FROM (SELECT id FROM trgm UNION SELECT id FROM fts) h
JOIN quotes q ON q.id = h.id;

-- name: QuoteHitList :many
-- The chosen quotes with their article, outlet and speaker, scored by
-- pg_trgm against the folded query: word_similarity (how much of the query
-- is found in the quote) and similarity (of the whole texts).
SELECT q.id, q.article_id, q.speaker_id, q.kind, q.text, q.text_norm,
       q.speaker_name, q.source_text, coalesce(s.type, q.speaker_type, '') AS speaker_type,
       q.affiliation, q.role, s.display_name AS speaker_display_name,
       a.url, a.title, a.published_at, a.imported_at, o.name AS outlet,
       word_similarity(@folded::text, q.text_norm)::real AS word_score,
       similarity(@folded::text, q.text_norm)::real AS score
FROM quotes q
JOIN articles a ON a.id = q.article_id
LEFT JOIN outlets o ON o.id = a.outlet_id
LEFT JOIN speakers s ON s.id = q.speaker_id
WHERE q.id = ANY(@ids::bigint[])
ORDER BY word_score DESC, score DESC, q.id;

-- name: QuoteConflictList :many
-- Statements (identical folded text, at least @min_chars long) credited to
-- more than one speaker across more than one article, most widely carried
-- first; every quote of each statement comes back. Whether two credited
-- names are one person ("Berg", "Anna Berg") is decided by the caller.
WITH statements AS (
    SELECT q.text_norm, count(DISTINCT q.article_id) AS articles
    FROM quotes q
    WHERE q.speaker_id IS NOT NULL AND length(q.text_norm) >= @min_chars::int
    GROUP BY q.text_norm
    HAVING count(DISTINCT q.speaker_id) > 1 AND count(DISTINCT q.article_id) > 1
    ORDER BY articles DESC, q.text_norm
    LIMIT @max_statements
)
SELECT q.id, q.article_id, q.speaker_id, q.kind, q.text, q.text_norm,
       q.speaker_name, q.source_text, coalesce(s.type, q.speaker_type, '') AS speaker_type,
       q.affiliation, q.role, s.display_name AS speaker_display_name,
       a.url, a.title, a.published_at, a.imported_at, o.name AS outlet
FROM statements st
JOIN quotes q ON q.text_norm = st.text_norm
JOIN articles a ON a.id = q.article_id
LEFT JOIN outlets o ON o.id = a.outlet_id
LEFT JOIN speakers s ON s.id = q.speaker_id
ORDER BY st.articles DESC, q.text_norm, a.published_at NULLS LAST, a.imported_at, q.id;
