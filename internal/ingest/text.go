package ingest

import (
	"io"
	"strings"
	"unicode/utf8"
)

// maxTitleRunes bounds what may count as a headline in a plain-text file.
const maxTitleRunes = 200

// readText reads a plain-text article. The rule for the headline: the first
// non-blank line is the title when a blank line follows it and it is at most
// 200 characters long. The body is the whole decoded text, headline
// included, so that stored offsets equal the ones `whosaid extract` prints.
func readText(path string, r io.Reader, emit func(Article), st *Stats) []*Error {
	st.record()
	data, err := io.ReadAll(io.LimitReader(r, MaxArticleBytes+1))
	if err != nil {
		return []*Error{{Path: path, Err: err}}
	}
	if len(data) > MaxArticleBytes {
		return []*Error{{Path: path, Err: ErrTooLarge}}
	}
	text, enc, err := decode(data)
	if err != nil {
		return []*Error{{Path: path, Err: err}}
	}
	if strings.TrimSpace(text) == "" {
		return []*Error{{Path: path, Err: ErrEmpty}}
	}
	emit(Article{
		Path:     path,
		Doc:      DocName(path),
		Title:    textTitle(text),
		Body:     text,
		Encoding: enc,
	})
	return nil
}

func textTitle(text string) string {
	text = strings.TrimLeft(strings.ReplaceAll(text, "\r\n", "\n"), " \t\n")
	first, rest, ok := strings.Cut(text, "\n")
	if !ok {
		return ""
	}
	next, _, _ := strings.Cut(rest, "\n")
	first = strings.TrimSpace(first)
	if strings.TrimSpace(next) != "" || utf8.RuneCountInString(first) > maxTitleRunes {
		return ""
	}
	return first
}
