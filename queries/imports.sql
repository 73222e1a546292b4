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

-- name: FactCheckExists :one
-- Whether any fact-check is stored. An import links each batch's new quotes
-- to fact-checks after committing them; with none stored there is nothing to
-- link, and a fact-check saved later links itself to the quotes then stored.
SELECT EXISTS (SELECT 1 FROM fact_checks) AS exists;

-- name: IndexDefinitionList :many
-- The named indexes of the current schema with the statements that create
-- them, as an `import --bulk` records them before dropping them.
SELECT c.relname::text AS name, pg_get_indexdef(c.oid)::text AS definition
FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind = 'i' AND n.nspname = current_schema() AND c.relname = ANY(@names::text[])
ORDER BY 1;

-- name: DroppedIndexInsert :exec
INSERT INTO dropped_indexes (name, definition) VALUES (@name, @definition)
ON CONFLICT (name) DO NOTHING;

-- name: DroppedIndexList :many
SELECT name, definition FROM dropped_indexes ORDER BY name;

-- name: DroppedIndexTake :one
-- Claims a dropped index for rebuilding: the row stays locked until the
-- transaction that builds the index commits (a concurrent rebuilder then
-- finds nothing), or comes back if the build fails.
DELETE FROM dropped_indexes WHERE name = @name RETURNING definition;

-- name: BulkImportLockShared :exec
-- Held (shared) by every running `import --bulk` for its whole run, on a
-- connection of its own that is closed at the end (or dies with a killed
-- process): while any holds it, nobody rebuilds the indexes.
SELECT pg_advisory_lock_shared(@lock_key::bigint);

-- name: BulkImportUnlockShared :exec
-- Lets the shared lock go before the session closes: a closed session's
-- locks are released only once its backend has exited, which another
-- session can see too late.
SELECT pg_advisory_unlock_shared(@lock_key::bigint);

-- name: BulkImportIdle :one
-- True when no `import --bulk` is running (a killed one's session died with
-- it): probes the exclusive side of the lock and lets it go at once.
SELECT CASE WHEN pg_try_advisory_lock(@lock_key::bigint) THEN pg_advisory_unlock(@lock_key::bigint)
            ELSE false END AS idle;
