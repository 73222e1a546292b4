package ingest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// readJSON reads a .json file: one article object, or an array of them, with
// the fields of a JSON lines record. The elements of an array are decoded one
// at a time; a bad element is reported as "[N]" (0-based) and the others
// still import.
func readJSON(path string, r io.Reader, emit func(Article), st *Stats) []*Error {
	br := bufio.NewReader(r)
	// Skip a byte-order mark and white space to see what the file holds.
	if b, _ := br.Peek(3); bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}) {
		br.Discard(3)
	}
	for {
		b, err := br.Peek(1)
		if err != nil {
			return []*Error{{Path: path, Err: ErrEmpty}}
		}
		if b[0] != ' ' && b[0] != '\t' && b[0] != '\r' && b[0] != '\n' {
			if b[0] != '[' {
				return readJSONObject(path, br, emit, st)
			}
			break
		}
		br.Discard(1)
	}
	dec := json.NewDecoder(br)
	if _, err := dec.Token(); err != nil {
		return []*Error{{Path: path, Err: fmt.Errorf("invalid JSON: %w", err)}}
	}
	var errs []*Error
	for i := 0; dec.More(); i++ {
		st.record()
		rec := fmt.Sprintf("[%d]", i)
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return append(errs, &Error{Path: path, Record: rec, Err: fmt.Errorf("%s: invalid JSON: %w", rec, err)})
		}
		if len(raw) > MaxArticleBytes {
			errs = append(errs, &Error{Path: path, Record: rec, Err: fmt.Errorf("%s: %w", rec, ErrTooLarge)})
			continue
		}
		a, err := parseJSONArticle(raw)
		if err != nil {
			errs = append(errs, &Error{Path: path, Record: rec, Err: fmt.Errorf("%s: %w", rec, err)})
			continue
		}
		a.Path, a.Record, a.Doc = path, rec, DocName(path)
		if a.URL != "" {
			a.Doc = DocName(a.URL)
		}
		emit(a)
	}
	if _, err := dec.Token(); err != nil && !errors.Is(err, io.EOF) {
		errs = append(errs, &Error{Path: path, Err: fmt.Errorf("invalid JSON: %w", err)})
	}
	return errs
}

func readJSONObject(path string, r io.Reader, emit func(Article), st *Stats) []*Error {
	st.record()
	data, err := io.ReadAll(io.LimitReader(r, MaxArticleBytes+1))
	if err != nil {
		return []*Error{{Path: path, Err: err}}
	}
	if len(data) > MaxArticleBytes {
		return []*Error{{Path: path, Err: ErrTooLarge}}
	}
	a, err := parseJSONArticle(bytes.TrimSpace(data))
	if err != nil {
		return []*Error{{Path: path, Err: err}}
	}
	a.Path, a.Doc = path, DocName(path)
	if a.URL != "" {
		a.Doc = DocName(a.URL)
	}
	emit(a)
	return nil
}
