-- The first schema: articles, who said what in them, and a log of imports.
-- Later issues add to it with new files; never edit a migration that shipped.

-- +goose Up
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE outlets (
    id   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL CHECK (name <> ''),
    CONSTRAINT outlets_name_key UNIQUE (name)
);

CREATE TABLE articles (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    url               text CHECK (url <> ''),
    -- sha256 of the normalised body: the idempotency key of an import.
    body_sha256       bytea NOT NULL CHECK (octet_length(body_sha256) = 32),
    title             text NOT NULL DEFAULT '',
    outlet_id         bigint REFERENCES outlets (id),
    byline            text NOT NULL DEFAULT '',
    published_at      timestamptz,
    body              text NOT NULL CHECK (body <> ''),
    source_path       text NOT NULL DEFAULT '',
    -- The charset the bytes were decoded from ('utf-8' when nothing was converted).
    source_encoding   text NOT NULL DEFAULT 'utf-8',
    extractor_version text NOT NULL,
    imported_at       timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT articles_url_key UNIQUE (url),
    CONSTRAINT articles_body_sha256_key UNIQUE (body_sha256)
);
CREATE INDEX articles_published_at_idx ON articles (published_at);
CREATE INDEX articles_outlet_id_idx ON articles (outlet_id);

CREATE TABLE speakers (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    display_name text NOT NULL CHECK (display_name <> ''),
    -- Folded name (lower case, no accents, no honorifics): one row per key.
    key          text NOT NULL CHECK (key <> ''),
    type         text NOT NULL CHECK (type IN ('person', 'organization', 'group', 'anonymous')),
    created_at   timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT speakers_key_key UNIQUE (key)
);

CREATE TABLE quotes (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    article_id    bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    -- Position of the attribution in its article, from 0.
    ordinal       integer NOT NULL CHECK (ordinal >= 0),
    speaker_id    bigint REFERENCES speakers (id),
    kind          text NOT NULL CHECK (kind IN ('direct', 'partial', 'indirect', 'mixed')),
    text          text NOT NULL CHECK (text <> ''),
    -- text folded for matching (lower case, no quote marks or punctuation).
    text_norm     text NOT NULL,
    -- Offsets are Unicode code points into articles.body, end exclusive.
    -- content_start/end is the hull; content_spans lists every span as
    -- start,end pairs for a quote split around its cue.
    content_start integer NOT NULL CHECK (content_start >= 0),
    content_end   integer NOT NULL CHECK (content_end > content_start),
    content_spans integer[] NOT NULL CHECK (cardinality(content_spans) >= 2 AND cardinality(content_spans) % 2 = 0),
    cue_text      text,
    cue_lemma     text,
    cue_start     integer,
    cue_end       integer,
    source_text   text,
    source_start  integer,
    source_end    integer,
    -- The speaker as resolved within the article, and what the article says of them.
    speaker_name  text,
    speaker_type  text CHECK (speaker_type IN ('person', 'organization', 'group', 'anonymous')),
    affiliation   text,
    role          text,
    addressee     text,
    confidence    real NOT NULL CHECK (confidence >= 0 AND confidence <= 1),
    CONSTRAINT quotes_article_ordinal_key UNIQUE (article_id, ordinal),
    CONSTRAINT quotes_cue_span_check CHECK ((cue_start IS NULL) = (cue_end IS NULL) AND (cue_start IS NULL OR (cue_start >= 0 AND cue_end > cue_start))),
    CONSTRAINT quotes_source_span_check CHECK ((source_start IS NULL) = (source_end IS NULL) AND (source_start IS NULL OR (source_start >= 0 AND source_end > source_start)))
);
CREATE INDEX quotes_article_id_idx ON quotes (article_id);
CREATE INDEX quotes_speaker_id_idx ON quotes (speaker_id);
-- Fuzzy and fragment lookups (similarity, word_similarity) and full-text ranking.
CREATE INDEX quotes_text_norm_trgm_idx ON quotes USING gin (text_norm gin_trgm_ops);
CREATE INDEX quotes_text_fts_idx ON quotes USING gin (to_tsvector('english', text));

CREATE TABLE import_runs (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    started_at        timestamptz NOT NULL DEFAULT now(),
    finished_at       timestamptz,
    paths             text[] NOT NULL,
    extractor_version text NOT NULL,
    files             integer NOT NULL DEFAULT 0,
    articles_new      integer NOT NULL DEFAULT 0,
    articles_unchanged integer NOT NULL DEFAULT 0,
    articles_updated  integer NOT NULL DEFAULT 0,
    quotes            integer NOT NULL DEFAULT 0,
    errors            integer NOT NULL DEFAULT 0
);

CREATE TABLE import_errors (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    run_id     bigint NOT NULL REFERENCES import_runs (id) ON DELETE CASCADE,
    path       text NOT NULL,
    -- Line within the file (JSONL), when the error is about one record.
    line       integer,
    reason     text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX import_errors_run_id_idx ON import_errors (run_id);

-- +goose Down
DROP TABLE import_errors;
DROP TABLE import_runs;
DROP TABLE quotes;
DROP TABLE speakers;
DROP TABLE articles;
DROP TABLE outlets;
