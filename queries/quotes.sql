-- name: QuoteInsert :copyfrom
INSERT INTO quotes (article_id, ordinal, speaker_id, kind, text, text_norm, content_start, content_end,
                    content_spans, cue_text, cue_lemma, cue_start, cue_end, source_text, source_start,
                    source_end, speaker_name, speaker_key, speaker_type, affiliation, role, addressee, confidence)
VALUES (@article_id, @ordinal, @speaker_id, @kind, @text, @text_norm, @content_start, @content_end,
        @content_spans, @cue_text, @cue_lemma, @cue_start, @cue_end, @source_text, @source_start,
        @source_end, @speaker_name, @speaker_key, @speaker_type, @affiliation, @role, @addressee, @confidence);

-- name: QuoteDeleteByArticle :exec
DELETE FROM quotes WHERE article_id = @article_id;

-- name: QuoteCount :one
SELECT count(*) FROM quotes;

-- name: QuoteListByArticle :many
SELECT q.*, s.display_name AS speaker_display_name
FROM quotes q LEFT JOIN speakers s ON s.id = q.speaker_id
WHERE q.article_id = @article_id
ORDER BY q.ordinal;
