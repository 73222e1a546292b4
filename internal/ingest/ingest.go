// Package ingest turns files into articles: it finds the files under the
// paths a user names, decodes them to UTF-8 and reads each format into
// Article values. It knows nothing of extraction or of the database.
package ingest

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// Article is one news article as read from its file.
type Article struct {
	Path      string    // the file it came from
	Line      int       // 1-based line in a JSONL file; 0 for a whole-file article
	Record    string    // the record inside the file: a WARC-Record-ID, "item 3" of a feed, "[2]" of a JSON array; "" otherwise
	Doc       string    // the file name without folder and extension
	URL       string    // canonical URL when known
	Title     string    // headline
	Outlet    string    // publisher name or host
	Byline    string    // author(s) as written
	Published time.Time // zero when unknown (never the import time)
	Body      string    // the text, valid UTF-8
	Encoding  string    // charset the bytes were decoded from: "utf-8" when nothing was converted
}

// Error names a file (and a line, for one record of a JSONL file) that could
// not be read, and why. For a record of a WARC file, a feed or a JSON array,
// Record and Offset say which one; Err then already names the record in its
// message too, so that callers that copy only Path, Line and Err (the
// importer does) still print it.
type Error struct {
	Path   string
	Line   int
	Record string // WARC-Record-ID, "item N" of a feed, "[N]" of a JSON array
	Offset int64  // byte offset of a WARC record (of its gzip member in a .warc.gz); -1 when unknown
	Err    error
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.Path, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Path, e.Err)
}

func (e *Error) Unwrap() error { return e.Err }

// Problems a reader reports; tests and callers match them with errors.Is.
var (
	ErrEmpty       = errors.New("empty file")
	ErrBinary      = errors.New("binary file, not text")
	ErrUnsupported = errors.New("unsupported file type")
)

// Stdin is the path that means JSON lines on standard input.
const Stdin = "-"

// readers maps a lower-case file extension to the function that reads it.
var readers = map[string]func(path string, r io.Reader, emit func(Article)) []*Error{
	".txt":    readText,
	".text":   readText,
	".jsonl":  readJSONL,
	".ndjson": readJSONL,
}

// Supported reports whether ReadFile knows the file's format by its name.
func Supported(path string) bool {
	_, ok := readers[strings.ToLower(filepath.Ext(path))]
	return ok
}

// List expands paths (files or folders, walked recursively) into the files
// to read, in a stable order. A folder contributes only files whose format is
// supported; a file named directly is listed whatever its name, so that an
// unsupported file gets a clear error instead of silence.
func List(paths []string) ([]string, []*Error) {
	var files []string
	var errs []*Error
	for _, p := range paths {
		if p == Stdin {
			files = append(files, p)
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			errs = append(errs, &Error{Path: p, Err: err})
			continue
		}
		if !info.IsDir() {
			files = append(files, p)
			continue
		}
		var found []string
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				errs = append(errs, &Error{Path: path, Err: err})
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				if path != p && strings.HasPrefix(d.Name(), ".") {
					return fs.SkipDir
				}
				return nil
			}
			if d.Type().IsRegular() && Supported(path) {
				found = append(found, path)
			}
			return nil
		})
		if err != nil {
			errs = append(errs, &Error{Path: p, Err: err})
		}
		sort.Strings(found)
		files = append(files, found...)
	}
	return files, errs
}

// ReadFile reads one file (or Stdin) and calls emit for every article in it.
// A problem with the whole file, or with single records in it, comes back as
// errors; the good records of a partly bad file are still emitted.
func ReadFile(path string, emit func(Article)) []*Error {
	read, ok := readers[strings.ToLower(filepath.Ext(path))]
	if path == Stdin {
		return readJSONL(path, os.Stdin, emit)
	}
	if !ok {
		return []*Error{{Path: path, Err: fmt.Errorf("%w %q (want .txt or .jsonl)", ErrUnsupported, filepath.Ext(path))}}
	}
	f, err := os.Open(path)
	if err != nil {
		return []*Error{{Path: path, Err: err}}
	}
	defer f.Close()
	return read(path, f, emit)
}

// DocName is the file name without folder and extension: a/b/c.txt -> c.
func DocName(path string) string {
	base := filepath.Base(path)
	return strings.TrimSuffix(base, filepath.Ext(base))
}
