-- Fact-checks (schema.org ClaimReview) and their links to stored quotes.
-- A fact-check is keyed by its review url (review_key; a review published
-- without a url gets a key made from its reviewer and folded claim), so a
-- re-import updates it in place. Links are recomputed by whosaid; an
-- editor's confirm or reject is kept in fact_check_decisions, keyed by what
-- survives re-extraction (review, article url or body hash, folded quote
-- text), and applied again whenever links are recomputed.

-- +goose Up
CREATE TABLE fact_checks (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    review_key           text NOT NULL CHECK (review_key <> ''),
    url                  text CHECK (url <> ''),
    -- claimReviewed as written, and folded (textnorm.Fold, a leading "Says" dropped) for matching.
    claim                text NOT NULL DEFAULT '',
    claim_norm           text NOT NULL DEFAULT '',
    claimant             text,
    -- textnorm.SpeakerKey of the claimant.
    claimant_key         text,
    claim_date           timestamptz,
    appearance_urls      text[] NOT NULL DEFAULT '{}',
    first_appearance_url text,
    reviewer             text,
    review_date          timestamptz,
    rating               text,
    rating_value         double precision,
    best_rating          double precision,
    worst_rating         double precision,
    language             text,
    source_path          text NOT NULL DEFAULT '',
    imported_at          timestamptz NOT NULL DEFAULT now(),
    updated_at           timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT fact_checks_review_key_key UNIQUE (review_key),
    CONSTRAINT fact_checks_url_key UNIQUE (url),
    CONSTRAINT fact_checks_claim_or_url CHECK (claim <> '' OR url IS NOT NULL)
);
CREATE INDEX fact_checks_claim_norm_trgm_idx ON fact_checks USING gin (claim_norm gin_trgm_ops);
CREATE INDEX fact_checks_claimant_key_idx ON fact_checks (claimant_key);

CREATE TABLE fact_check_links (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    fact_check_id    bigint NOT NULL REFERENCES fact_checks (id) ON DELETE CASCADE,
    quote_article_id bigint NOT NULL,
    quote_id         bigint NOT NULL,
    -- The matcher's score (internal/factcheck); 0 for a link only an editor made.
    score            real NOT NULL CHECK (score >= 0 AND score <= 1),
    status           text NOT NULL DEFAULT 'auto' CHECK (status IN ('auto', 'confirmed', 'rejected')),
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT fact_check_links_quote_fkey FOREIGN KEY (quote_article_id, quote_id)
        REFERENCES quotes (article_id, id) ON DELETE CASCADE,
    CONSTRAINT fact_check_links_pair_key UNIQUE (fact_check_id, quote_article_id, quote_id)
);
CREATE INDEX fact_check_links_quote_idx ON fact_check_links (quote_article_id, quote_id);
CREATE INDEX fact_check_links_quote_id_idx ON fact_check_links (quote_id);

CREATE TABLE fact_check_decisions (
    review_key  text NOT NULL REFERENCES fact_checks (review_key) ON DELETE CASCADE,
    -- The article's url, else the hex sha256 of its body.
    article_key text NOT NULL CHECK (article_key <> ''),
    quote_norm  text NOT NULL,
    status      text NOT NULL CHECK (status IN ('confirmed', 'rejected')),
    decided_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (review_key, article_key, quote_norm)
);
CREATE INDEX fact_check_decisions_article_key_idx ON fact_check_decisions (article_key);

-- +goose Down
DROP TABLE fact_check_decisions;
DROP TABLE fact_check_links;
DROP TABLE fact_checks;
