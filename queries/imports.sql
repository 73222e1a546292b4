-- name: ImportRunInsert :one
INSERT INTO import_runs (paths, extractor_version) VALUES (@paths, @extractor_version)
RETURNING id;

-- name: ImportRunFinish :exec
UPDATE import_runs
SET finished_at = now(), files = @files, articles_new = @articles_new,
    articles_unchanged = @articles_unchanged, articles_updated = @articles_updated,
    quotes = @quotes, errors = @errors
WHERE id = @id;

-- name: ImportErrorInsert :exec
INSERT INTO import_errors (run_id, path, line, reason) VALUES (@run_id, @path, sqlc.narg(line), @reason);

-- name: ImportErrorListByRun :many
SELECT * FROM import_errors WHERE run_id = @run_id ORDER BY id;
