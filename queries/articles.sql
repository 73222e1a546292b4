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
