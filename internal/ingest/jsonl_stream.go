package ingest

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
)

// MaxArticleBytes bounds one article (a text file or one JSONL line). Real
// articles are a few kilobytes; past this it is a dump, not an article.
const MaxArticleBytes = 32 << 20

// ErrTooLarge is reported for an article past MaxArticleBytes.
var ErrTooLarge = fmt.Errorf("article larger than %d MiB", MaxArticleBytes>>20)

// readJSONL streams one article per line, holding one line at a time. A
// broken or oversized line is reported with its number and the rest of the
// file still imports.
func readJSONL(path string, r io.Reader, emit func(Article), st *Stats) []*Error {
	br := bufio.NewReaderSize(r, 64<<10)
	var errs []*Error
	seen := false
	for n := 1; ; n++ {
		line, err := readLine(br)
		if errors.Is(err, ErrTooLarge) {
			errs = append(errs, &Error{Path: path, Line: n, Err: err})
			seen = true
			st.record()
			continue
		}
		if err != nil && err != io.EOF {
			return append(errs, &Error{Path: path, Line: n, Err: err})
		}
		if line = bytes.TrimSpace(line); len(line) > 0 {
			seen = true
			st.record()
			a, perr := parseJSONArticle(line)
			switch {
			case perr != nil && errors.Is(perr, ErrBinary) && len(errs) == 0 && n == 1:
				return []*Error{{Path: path, Err: ErrBinary}}
			case perr != nil:
				errs = append(errs, &Error{Path: path, Line: n, Err: perr})
			default:
				a.Path, a.Line = path, n
				a.Doc = DocName(path)
				if a.URL != "" {
					a.Doc = DocName(a.URL)
				}
				emit(a)
			}
		}
		if err == io.EOF {
			break
		}
	}
	if !seen {
		return []*Error{{Path: path, Err: ErrEmpty}}
	}
	return errs
}

// readLine returns the next line without its newline. A line longer than
// MaxArticleBytes is skipped to its end and reported as ErrTooLarge.
func readLine(br *bufio.Reader) ([]byte, error) {
	var line []byte
	for {
		chunk, err := br.ReadSlice('\n')
		if len(line)+len(chunk) > MaxArticleBytes {
			for errors.Is(err, bufio.ErrBufferFull) {
				_, err = br.ReadSlice('\n')
			}
			if err != nil && err != io.EOF {
				return nil, err
			}
			return nil, ErrTooLarge
		}
		line = append(line, chunk...)
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if err == nil {
			line = line[:len(line)-1]
		}
		return line, err
	}
}
