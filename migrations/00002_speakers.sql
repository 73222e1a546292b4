-- One speaker per person or organisation, known under many names.
-- Every name form whosaid has seen (folded to a key) points at one speaker;
-- an editor's merge, split or rename is kept here as data ('editor' rows and
-- name_locked), so re-imports and re-extraction never undo it.

-- +goose Up
CREATE TABLE speaker_aliases (
    key        text PRIMARY KEY CHECK (key <> ''),
    speaker_id bigint NOT NULL REFERENCES speakers (id) ON DELETE CASCADE,
    -- The name as first written.
    name       text NOT NULL CHECK (name <> ''),
    -- Last name (folded, particles such as al- dropped) for matching people.
    surname    text NOT NULL DEFAULT '',
    -- Initials of a multi-word organisation ("united nations" -> "un").
    acronym    text NOT NULL DEFAULT '',
    origin     text NOT NULL DEFAULT 'machine' CHECK (origin IN ('machine', 'editor')),
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX speaker_aliases_speaker_id_idx ON speaker_aliases (speaker_id);
CREATE INDEX speaker_aliases_surname_idx ON speaker_aliases (surname) WHERE surname <> '';
CREATE INDEX speaker_aliases_acronym_idx ON speaker_aliases (acronym) WHERE acronym <> '';

-- The folded key of quotes.speaker_name, so an editor's split can move the
-- quotes made under one name form.
ALTER TABLE quotes ADD COLUMN speaker_key text;
CREATE INDEX quotes_speaker_key_idx ON quotes (speaker_key);

ALTER TABLE speakers ADD COLUMN name_locked boolean NOT NULL DEFAULT false;

INSERT INTO speaker_aliases (key, speaker_id, name, surname)
SELECT key, id, display_name, split_part(key, ' ', array_length(string_to_array(key, ' '), 1))
FROM speakers;

-- +goose Down
ALTER TABLE quotes DROP COLUMN speaker_key;
ALTER TABLE speakers DROP COLUMN name_locked;
DROP TABLE speaker_aliases;
