-- Citus needs every primary key and unique constraint of a distributed table
-- to include its distribution column; quotes will be distributed by
-- article_id (docs/scale.md), so its key becomes (article_id, id).

-- +goose Up
ALTER TABLE quotes DROP CONSTRAINT quotes_pkey;
ALTER TABLE quotes ADD CONSTRAINT quotes_pkey PRIMARY KEY (article_id, id);
-- Lookups by quote id alone (web links, fact-check links) stay fast.
CREATE INDEX quotes_id_idx ON quotes (id);

-- +goose Down
DROP INDEX quotes_id_idx;
ALTER TABLE quotes DROP CONSTRAINT quotes_pkey;
ALTER TABLE quotes ADD CONSTRAINT quotes_pkey PRIMARY KEY (id);
