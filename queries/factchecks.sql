-- Fact-checks (ClaimReview), their links to quotes and editors' decisions.

-- name: FactCheckUpsert :one
-- Re-import is idempotent by review_key (the review url): fields are updated
-- in place and the id kept. changed says whether the claim or claimant moved,
-- i.e. whether links must be recomputed.
INSERT INTO fact_checks (review_key, url, claim, claim_norm, claimant, claimant_key, claim_date,
                         appearance_urls, first_appearance_url, reviewer, review_date, rating,
                         rating_value, best_rating, worst_rating, language, source_path)
VALUES (@review_key, sqlc.narg(url), @claim, @claim_norm, sqlc.narg(claimant), sqlc.narg(claimant_key),
        sqlc.narg(claim_date), @appearance_urls, sqlc.narg(first_appearance_url), sqlc.narg(reviewer),
        sqlc.narg(review_date), sqlc.narg(rating), sqlc.narg(rating_value), sqlc.narg(best_rating),
        sqlc.narg(worst_rating), sqlc.narg(language), @source_path)
ON CONFLICT (review_key) DO UPDATE
SET url = excluded.url, claim = excluded.claim, claim_norm = excluded.claim_norm,
    claimant = excluded.claimant, claimant_key = excluded.claimant_key, claim_date = excluded.claim_date,
    appearance_urls = excluded.appearance_urls, first_appearance_url = excluded.first_appearance_url,
    reviewer = excluded.reviewer, review_date = excluded.review_date, rating = excluded.rating,
    rating_value = excluded.rating_value, best_rating = excluded.best_rating,
    worst_rating = excluded.worst_rating, language = excluded.language, source_path = excluded.source_path,
    updated_at = now()
RETURNING id, (xmax = 0)::boolean AS inserted;

-- name: FactCheckCount :one
SELECT count(*) FROM fact_checks;

-- name: FactCheckIDList :many
SELECT id FROM fact_checks ORDER BY id;

-- name: FactCheckSettingsSet :exec
-- The pg_trgm thresholds of the candidate queries below, for this
-- transaction only (set_config(..., true) is SET LOCAL).
SELECT set_config('pg_trgm.similarity_threshold', @similarity_threshold::text, true),
       set_config('pg_trgm.word_similarity_threshold', @word_threshold::text, true);

-- name: FactCheckLinkCandidatesByFactChecks :many
-- Quotes that may state the claim of the given fact-checks: trigram
-- similarity above 0.3 or the claim as a part of the quote (word_similarity
-- above 0.6), both through quotes' GIN index (FactCheckSettingsSet 0.3/0.6
-- first), with the features internal/factcheck scores. Quotes on the
-- review's own page are left out.
SELECT fc.id AS fact_check_id, q.article_id, q.id AS quote_id,
       coalesce(fc.url, fc.review_key)::text AS review, fc.claim_norm, q.text_norm,
       coalesce(fc.claimant, '')::text AS claimant,
       coalesce(s.display_name, q.speaker_name, '')::text AS speaker,
       coalesce(s.type, q.speaker_type, '')::text AS speaker_type,
       similarity(fc.claim_norm, q.text_norm)::float8 AS similarity,
       word_similarity(fc.claim_norm, q.text_norm)::float8 AS claim_in_quote,
       tsvector_to_array(to_tsvector('english', fc.claim_norm))::text[] AS claim_lexemes,
       tsvector_to_array(to_tsvector('english', q.text_norm))::text[] AS quote_lexemes
FROM fact_checks fc
JOIN quotes q ON (q.text_norm % fc.claim_norm OR q.text_norm %> fc.claim_norm)
JOIN articles a ON a.id = q.article_id
LEFT JOIN speakers s ON s.id = q.speaker_id
WHERE fc.id = ANY(@fact_check_ids::bigint[])
  AND fc.claim_norm <> ''
  AND (fc.url IS NULL OR a.url IS NULL OR a.url <> fc.url);

-- name: FactCheckLinkCandidatesByArticles :many
-- The same candidates, found from the quotes of the given articles. Only
-- `%` can use fact_checks' GIN index from this side, so it runs with a lower
-- similarity_threshold (FactCheckSettingsSet 0.2) and the filter below keeps
-- the pairs the other query keeps; a quote over about five times its
-- claim's length is found from the fact-check side only.
SELECT fc.id AS fact_check_id, q.article_id, q.id AS quote_id,
       coalesce(fc.url, fc.review_key)::text AS review, fc.claim_norm, q.text_norm,
       coalesce(fc.claimant, '')::text AS claimant,
       coalesce(s.display_name, q.speaker_name, '')::text AS speaker,
       coalesce(s.type, q.speaker_type, '')::text AS speaker_type,
       similarity(fc.claim_norm, q.text_norm)::float8 AS similarity,
       word_similarity(fc.claim_norm, q.text_norm)::float8 AS claim_in_quote,
       tsvector_to_array(to_tsvector('english', fc.claim_norm))::text[] AS claim_lexemes,
       tsvector_to_array(to_tsvector('english', q.text_norm))::text[] AS quote_lexemes
FROM quotes q
JOIN fact_checks fc ON fc.claim_norm % q.text_norm
JOIN articles a ON a.id = q.article_id
LEFT JOIN speakers s ON s.id = q.speaker_id
WHERE q.article_id = ANY(@article_ids::bigint[])
  AND (similarity(fc.claim_norm, q.text_norm) > 0.3 OR word_similarity(fc.claim_norm, q.text_norm) > 0.6)
  AND fc.claim_norm <> ''
  AND (fc.url IS NULL OR a.url IS NULL OR a.url <> fc.url);

-- name: FactCheckLinkDeleteStaleByFactChecks :exec
-- Machine links in scope that this transaction's recompute did not write
-- again (FactCheckLinkInsert stamps updated_at with the transaction's now()):
-- a link that still holds keeps its id, so an editor's LINK_ID stays valid.
DELETE FROM fact_check_links
WHERE status = 'auto' AND fact_check_id = ANY(@fact_check_ids::bigint[]) AND updated_at < now();

-- name: FactCheckLinkDeleteStaleByArticles :exec
DELETE FROM fact_check_links
WHERE status = 'auto' AND quote_article_id = ANY(@article_ids::bigint[]) AND updated_at < now();

-- name: FactCheckLinkInsert :exec
-- A recomputed link: the score is refreshed, an editor's status kept.
INSERT INTO fact_check_links (fact_check_id, quote_article_id, quote_id, score)
VALUES (@fact_check_id, @quote_article_id, @quote_id, @score)
ON CONFLICT (fact_check_id, quote_article_id, quote_id) DO UPDATE
SET score = excluded.score, updated_at = now();

-- name: FactCheckLinkApplyDecisionsByFactChecks :exec
-- Editors' decisions on the given fact-checks, applied to the quotes they
-- were about (matched by article url, else body hash, and folded text, so
-- they survive re-extraction and new quote ids).
INSERT INTO fact_check_links (fact_check_id, quote_article_id, quote_id, score, status)
SELECT fc.id, q.article_id, q.id, 0, d.status
FROM fact_checks fc
JOIN fact_check_decisions d ON d.review_key = fc.review_key
JOIN articles a ON a.url = d.article_key
     OR (a.url IS NULL AND a.body_sha256 = CASE WHEN d.article_key ~ '^[0-9a-f]{64}$' THEN decode(d.article_key, 'hex') END)
JOIN quotes q ON q.article_id = a.id AND q.text_norm = d.quote_norm
WHERE fc.id = ANY(@fact_check_ids::bigint[])
ON CONFLICT (fact_check_id, quote_article_id, quote_id) DO UPDATE
SET status = excluded.status, updated_at = now();

-- name: FactCheckLinkApplyDecisionsByArticles :exec
-- The same for the quotes of the given articles.
INSERT INTO fact_check_links (fact_check_id, quote_article_id, quote_id, score, status)
SELECT fc.id, q.article_id, q.id, 0, d.status
FROM articles a
JOIN fact_check_decisions d ON d.article_key = coalesce(a.url, encode(a.body_sha256, 'hex'))
JOIN fact_checks fc ON fc.review_key = d.review_key
JOIN quotes q ON q.article_id = a.id AND q.text_norm = d.quote_norm
WHERE a.id = ANY(@article_ids::bigint[])
ON CONFLICT (fact_check_id, quote_article_id, quote_id) DO UPDATE
SET status = excluded.status, updated_at = now();

-- name: FactCheckLinkGet :one
SELECT l.id, l.status, fc.review_key, coalesce(a.url, encode(a.body_sha256, 'hex'))::text AS article_key,
       q.text_norm
FROM fact_check_links l
JOIN fact_checks fc ON fc.id = l.fact_check_id
JOIN quotes q ON q.article_id = l.quote_article_id AND q.id = l.quote_id
JOIN articles a ON a.id = q.article_id
WHERE l.id = @id;

-- name: FactCheckDecisionUpsert :exec
INSERT INTO fact_check_decisions (review_key, article_key, quote_norm, status)
VALUES (@review_key, @article_key, @quote_norm, @status)
ON CONFLICT (review_key, article_key, quote_norm) DO UPDATE
SET status = excluded.status, decided_at = now();

-- name: FactCheckLinkSetStatus :exec
UPDATE fact_check_links SET status = @status, updated_at = now() WHERE id = @id;

-- name: FactCheckLinkList :many
-- Every link, for editors (whosaid factchecks links) and tests.
SELECT l.id, l.fact_check_id, l.quote_article_id, l.quote_id, l.score, l.status,
       coalesce(fc.url, fc.review_key)::text AS review, fc.claim, coalesce(fc.rating, '')::text AS rating,
       q.text AS quote, coalesce(s.display_name, q.speaker_name, '')::text AS speaker,
       coalesce(a.url, '')::text AS article_url
FROM fact_check_links l
JOIN fact_checks fc ON fc.id = l.fact_check_id
JOIN quotes q ON q.article_id = l.quote_article_id AND q.id = l.quote_id
JOIN articles a ON a.id = q.article_id
LEFT JOIN speakers s ON s.id = q.speaker_id
WHERE (sqlc.narg(status)::text IS NULL OR l.status = sqlc.narg(status))
ORDER BY fc.id, l.score DESC, l.id
LIMIT @max_rows;

-- name: FactCheckListForQuotes :many
-- The fact-checks linked to the given quotes (by quote id alone), rejected links left out.
SELECT l.quote_id, l.id AS link_id, l.score, l.status, fc.id AS fact_check_id,
       coalesce(fc.url, '')::text AS url, fc.claim, coalesce(fc.claimant, '')::text AS claimant,
       coalesce(fc.reviewer, '')::text AS reviewer, coalesce(fc.rating, '')::text AS rating,
       fc.rating_value, fc.best_rating, fc.worst_rating, fc.review_date
FROM fact_check_links l
JOIN fact_checks fc ON fc.id = l.fact_check_id
WHERE l.quote_id = ANY(@quote_ids::bigint[]) AND l.status <> 'rejected'
ORDER BY l.quote_id, (l.status = 'confirmed') DESC, l.score DESC, fc.review_date DESC NULLS LAST, fc.id;

-- name: ReportFactChecks :many
-- Speakers with the most checked statements: distinct fact-checks linked
-- (not rejected) to their quotes, ratings counted per fact-check.
WITH linked AS (
    SELECT DISTINCT s.id AS speaker_id, s.display_name, fc.id AS fact_check_id,
           coalesce(nullif(fc.rating, ''), '(no rating)') AS rating, fc.review_date
    FROM fact_check_links l
    JOIN fact_checks fc ON fc.id = l.fact_check_id
    JOIN quotes q ON q.article_id = l.quote_article_id AND q.id = l.quote_id
    JOIN speakers s ON s.id = q.speaker_id
    JOIN articles a ON a.id = q.article_id
    LEFT JOIN outlets o ON o.id = a.outlet_id
    WHERE l.status <> 'rejected'
      AND (sqlc.narg(since)::timestamptz IS NULL OR a.published_at >= sqlc.narg(since))
      AND (sqlc.narg(until)::timestamptz IS NULL OR a.published_at < sqlc.narg(until))
      AND (sqlc.narg(outlet)::text IS NULL OR o.name = sqlc.narg(outlet))
      AND (sqlc.narg(kind)::text IS NULL OR q.kind = sqlc.narg(kind))
), per_rating AS (
    SELECT speaker_id, rating, count(DISTINCT fact_check_id) AS n
    FROM linked GROUP BY speaker_id, rating
)
SELECT l.speaker_id, l.display_name,
       count(DISTINCT l.fact_check_id) AS checked,
       coalesce((SELECT string_agg(pr.rating || ' ' || pr.n, ', ' ORDER BY pr.n DESC, pr.rating)
                 FROM per_rating pr WHERE pr.speaker_id = l.speaker_id), '')::text AS ratings,
       max(l.review_date) AS latest_review
FROM linked l
GROUP BY l.speaker_id, l.display_name
ORDER BY checked DESC, l.display_name
LIMIT @max_rows;
