-- Views for people who write SQL (psql, a BI tool): one row per quote with
-- everything a newsroom asks about, and per-speaker and per-outlet summaries.
-- docs/sql.md shows them answering newsroom questions.

-- +goose Up
-- +goose StatementBegin
-- quote_context returns the sentence around a quote: from the end of the
-- sentence before it to the end of the sentence it closes. Offsets are code
-- points, end exclusive, as stored in quotes.
CREATE FUNCTION quote_context(body text, content_start integer, content_end integer) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT btrim(
        regexp_replace(substr(body, greatest(1, content_start - 399), least(content_start, 400)),
                       '^.*([.!?]["”’]?[[:space:]]|\n)', '')
        || substr(body, content_start + 1, content_end - content_start)
        || coalesce(substring(substr(body, content_end + 1, 400) FROM '^[^.!?\n]*[.!?]?["”’]?'), ''))
$$;
-- +goose StatementEnd

CREATE VIEW quote_facts AS
SELECT q.id                                                AS quote_id,
       q.article_id,
       q.speaker_id,
       coalesce(s.display_name, q.speaker_name, q.source_text) AS speaker,
       coalesce(s.type, q.speaker_type)                    AS speaker_type,
       q.affiliation,
       q.role,
       q.kind,
       q.cue_lemma,
       q.addressee,
       q.text,
       a.title                                             AS article_title,
       o.name                                              AS outlet,
       a.url,
       a.published_at,
       quote_context(a.body, q.content_start, q.content_end) AS context
FROM quotes q
JOIN articles a ON a.id = q.article_id
LEFT JOIN outlets o ON o.id = a.outlet_id
LEFT JOIN speakers s ON s.id = q.speaker_id;

CREATE VIEW speaker_summary AS
SELECT s.id                             AS speaker_id,
       s.display_name                   AS speaker,
       s.type                           AS speaker_type,
       count(q.id)                      AS quotes,
       count(DISTINCT q.article_id)     AS articles,
       count(DISTINCT a.outlet_id)      AS outlets,
       min(a.published_at)              AS first_seen,
       max(a.published_at)              AS last_seen,
       (array_agg(q.role ORDER BY a.published_at DESC NULLS LAST, q.id DESC) FILTER (WHERE q.role IS NOT NULL))[1]               AS latest_role,
       (array_agg(q.affiliation ORDER BY a.published_at DESC NULLS LAST, q.id DESC) FILTER (WHERE q.affiliation IS NOT NULL))[1] AS latest_affiliation
FROM speakers s
JOIN quotes q ON q.speaker_id = s.id
JOIN articles a ON a.id = q.article_id
GROUP BY s.id;

CREATE VIEW outlet_summary AS
SELECT coalesce(o.name, '(unknown)')                                    AS outlet,
       count(DISTINCT a.id)                                              AS articles,
       count(q.id)                                                       AS quotes,
       count(DISTINCT q.speaker_id)                                      AS speakers,
       round(avg(coalesce(coalesce(s.type, q.speaker_type) = 'anonymous', false)::int), 3)    AS anonymous_share,
       round(avg(coalesce(coalesce(s.type, q.speaker_type) = 'organization', false)::int), 3) AS organization_share
FROM articles a
LEFT JOIN outlets o ON o.id = a.outlet_id
JOIN quotes q ON q.article_id = a.id
LEFT JOIN speakers s ON s.id = q.speaker_id
GROUP BY o.name;

-- +goose Down
DROP VIEW outlet_summary;
DROP VIEW speaker_summary;
DROP VIEW quote_facts;
DROP FUNCTION quote_context(text, integer, integer);
