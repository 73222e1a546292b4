-- name: OutletGetByName :one
SELECT id FROM outlets WHERE name = @name;

-- name: OutletInsert :one
-- Returns no row when a concurrent import inserted the name first.
INSERT INTO outlets (name) VALUES (@name)
ON CONFLICT (name) DO NOTHING
RETURNING id;

-- name: ArticleInsert :one
-- Returns no row when the URL or the body hash is already stored; the caller
-- then decides between unchanged and updated.
INSERT INTO articles (url, body_sha256, title, outlet_id, byline, published_at, body,
                      source_path, source_encoding, extractor_version)
VALUES (sqlc.narg(url), @body_sha256, @title, sqlc.narg(outlet_id), @byline, sqlc.narg(published_at), @body,
        @source_path, @source_encoding, @extractor_version)
ON CONFLICT DO NOTHING
RETURNING id;

-- name: ArticleHashListKnown :many
-- Which of these body hashes are stored already (a re-import skips them).
SELECT body_sha256 FROM articles WHERE body_sha256 = ANY(@hashes::bytea[]);

-- name: ArticleGetByHash :one
SELECT id, url FROM articles WHERE body_sha256 = @body_sha256;

-- name: ArticleGetByURLForUpdate :one
SELECT id, body_sha256 FROM articles WHERE url = @url FOR UPDATE;

-- name: ArticleUpdate :exec
UPDATE articles
SET body_sha256 = @body_sha256, title = @title, outlet_id = sqlc.narg(outlet_id), byline = @byline,
    published_at = sqlc.narg(published_at), body = @body, source_path = @source_path,
    source_encoding = @source_encoding, extractor_version = @extractor_version, updated_at = now()
WHERE id = @id;

-- name: ArticleCount :one
SELECT count(*) FROM articles;

-- name: ArticleGet :one
SELECT a.*, o.name AS outlet_name
FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id
WHERE a.id = @id;

-- name: ArticleListPage :many
-- Keyset pages over all articles, for re-extraction.
SELECT id, body FROM articles WHERE id > @after_id ORDER BY id LIMIT @max_rows;

-- name: ArticleSetExtractorVersion :exec
UPDATE articles SET extractor_version = @extractor_version, updated_at = now() WHERE id = @id;

-- name: ArticleFingerprintList :many
-- What an import left behind, article by article, to compare two databases:
-- the body hash, its quote count and a digest of its quotes.
SELECT encode(a.body_sha256, 'hex')::text AS body_hash,
       count(q.id) AS quotes,
       coalesce(md5(string_agg(q.ordinal || ':' || q.text || ':' || coalesce(q.speaker_name, ''), '|' ORDER BY q.ordinal)), '')::text AS digest
FROM articles a LEFT JOIN quotes q ON q.article_id = a.id
GROUP BY a.id
ORDER BY 1;

-- name: OutletListByName :many
SELECT id, name FROM outlets WHERE name = ANY(@names::text[]);

-- name: OutletInsertMany :exec
-- The names not stored yet, in a sorted order so concurrent importers never
-- wait on each other in a cycle; an existing row is never written (or locked).
INSERT INTO outlets (name)
SELECT DISTINCT n FROM unnest(@names::text[]) AS n
WHERE NOT EXISTS (SELECT 1 FROM outlets o WHERE o.name = n)
ORDER BY n
ON CONFLICT (name) DO NOTHING;

-- name: ArticleInsertMany :many
-- A batch of articles and all their quotes in one statement: one round trip,
-- and atomic. The arrays are parallel, one element per article (a_*) or per
-- quote (q_*); NULL travels as a value the schema refuses anyway (the empty
-- string, id 0, offset -1). An article whose body hash or URL is taken
-- (another import won, or a known URL has a new body) is left out with its
-- quotes: it is not returned, and the caller saves it the slow way. Articles
-- go in body-hash order so that importers with overlapping batches queue
-- rather than deadlock. A quote finds its article by body hash among the
-- rows this statement inserted.
WITH ins AS (
    INSERT INTO articles (url, body_sha256, title, outlet_id, byline, published_at, body,
                          source_path, source_encoding, extractor_version)
    SELECT nullif(a.url, ''), a.body_sha256, a.title, nullif(a.outlet_id, 0), a.byline,
           CASE WHEN a.has_published THEN a.published_at END, a.body, a.source_path, a.source_encoding,
           @extractor_version::text
    FROM (SELECT unnest(@a_url::text[]) AS url, unnest(@a_body_sha256::bytea[]) AS body_sha256,
                 unnest(@a_title::text[]) AS title, unnest(@a_outlet_id::bigint[]) AS outlet_id,
                 unnest(@a_byline::text[]) AS byline, unnest(@a_has_published::boolean[]) AS has_published,
                 unnest(@a_published_at::timestamptz[]) AS published_at, unnest(@a_body::text[]) AS body,
                 unnest(@a_source_path::text[]) AS source_path,
                 unnest(@a_source_encoding::text[]) AS source_encoding) AS a
    ORDER BY a.body_sha256
    ON CONFLICT DO NOTHING
    RETURNING id, body_sha256
), q AS (
    INSERT INTO quotes (article_id, ordinal, speaker_id, kind, text, text_norm, content_start, content_end,
                        content_spans, cue_text, cue_lemma, cue_start, cue_end, source_text, source_start,
                        source_end, speaker_name, speaker_key, speaker_type, affiliation, role, addressee, confidence)
    SELECT ins.id, q.ordinal, nullif(q.speaker_id, 0), q.kind, q.text, q.text_norm, q.content_start, q.content_end,
           q.content_spans::integer[], nullif(q.cue_text, ''), nullif(q.cue_lemma, ''), nullif(q.cue_start, -1),
           nullif(q.cue_end, -1), nullif(q.source_text, ''), nullif(q.source_start, -1), nullif(q.source_end, -1),
           nullif(q.speaker_name, ''), nullif(q.speaker_key, ''), nullif(q.speaker_type, ''),
           nullif(q.affiliation, ''), nullif(q.role, ''), nullif(q.addressee, ''), q.confidence
    FROM (SELECT unnest(@q_body_sha256::bytea[]) AS body_sha256, unnest(@q_ordinal::integer[]) AS ordinal,
                 unnest(@q_speaker_id::bigint[]) AS speaker_id, unnest(@q_kind::text[]) AS kind,
                 unnest(@q_text::text[]) AS text, unnest(@q_text_norm::text[]) AS text_norm,
                 unnest(@q_content_start::integer[]) AS content_start, unnest(@q_content_end::integer[]) AS content_end,
                 unnest(@q_content_spans::text[]) AS content_spans, unnest(@q_cue_text::text[]) AS cue_text,
                 unnest(@q_cue_lemma::text[]) AS cue_lemma, unnest(@q_cue_start::integer[]) AS cue_start,
                 unnest(@q_cue_end::integer[]) AS cue_end, unnest(@q_source_text::text[]) AS source_text,
                 unnest(@q_source_start::integer[]) AS source_start, unnest(@q_source_end::integer[]) AS source_end,
                 unnest(@q_speaker_name::text[]) AS speaker_name, unnest(@q_speaker_key::text[]) AS speaker_key,
                 unnest(@q_speaker_type::text[]) AS speaker_type, unnest(@q_affiliation::text[]) AS affiliation,
                 unnest(@q_role::text[]) AS role, unnest(@q_addressee::text[]) AS addressee,
                 unnest(@q_confidence::real[]) AS confidence) AS q
    JOIN ins ON ins.body_sha256 = q.body_sha256
    RETURNING article_id
)
SELECT ins.id, ins.body_sha256, (SELECT count(*) FROM q WHERE q.article_id = ins.id) AS quotes
FROM ins;
