-- Indexes that `whosaid import --bulk` dropped for a first large load, with
-- the definitions to build them again after it. A row stays until its index
-- is rebuilt, so an interrupted or killed bulk import is repaired on the
-- next start (store.Migrate rebuilds them once no bulk import is running).

-- +goose Up
CREATE TABLE dropped_indexes (
    name       text PRIMARY KEY,
    definition text NOT NULL CHECK (definition LIKE 'CREATE %INDEX %'),
    dropped_at timestamptz NOT NULL DEFAULT now()
);

-- +goose Down
-- +goose StatementBegin
DO $$
DECLARE d text;
BEGIN
    FOR d IN SELECT definition FROM dropped_indexes ORDER BY name LOOP
        EXECUTE d;
    END LOOP;
END $$;
-- +goose StatementEnd
DROP TABLE dropped_indexes;
