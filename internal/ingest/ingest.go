// Package ingest turns files into articles: it finds the files under the
// paths a user names, decodes them to UTF-8 and reads each format into
// Article values. It knows nothing of extraction or of the database.
package ingest

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode/utf8"
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

	// ClaimReviews are the fact-checks the record carries: JSON-LD in a page,
	// or a JSON record that is a ClaimReview or a DataFeed of them. A record
	// that is only fact-checks has an empty Body (it is no article).
	ClaimReviews []ClaimReview

	bad        []error // ClaimReviews that could not be kept; readWith reports them
	factChecks bool    // the record is a fact-check document (ClaimReview or DataFeed), not an article
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
	Offset int64  // byte offset of a WARC record (of its gzip member in a .warc.gz); 0 for other records
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
	ErrNoText      = errors.New("no article text found")
	ErrTruncated   = errors.New("truncated")
)

// Stdin is the path that means JSON lines on standard input.
const Stdin = "-"

// Stats counts what reading one file found. Records are the units of the
// file (1 for a text or HTML file, non-blank lines of JSONL, elements of a
// JSON array, WARC records, feed items); each either became an article, was
// skipped (a WARC request, redirect or image; a summary-only feed item), or
// failed with an error.
type Stats struct {
	Records, Articles, Skipped int
	ClaimReviews               int            // fact-checks found (see Article.ClaimReviews)
	SkipReasons                map[string]int // why records were skipped, e.g. "warc request", "http status 301"
}

func (s *Stats) skip(reason string) {
	if s == nil {
		return
	}
	s.Skipped++
	if s.SkipReasons == nil {
		s.SkipReasons = map[string]int{}
	}
	s.SkipReasons[reason]++
}

func (s *Stats) record() {
	if s != nil {
		s.Records++
	}
}

// reader reads one format from r, calling emit for every article, counting
// records and skips in st (never nil when called through ReadFileStats).
type reader func(path string, r io.Reader, emit func(Article), st *Stats) []*Error

// readers maps a lower-case file extension to the function that reads it.
// ".warc.gz" is the one two-part extension (see ext).
var readers = map[string]reader{
	".txt":     readText,
	".text":    readText,
	".jsonl":   readJSONL,
	".ndjson":  readJSONL,
	".json":    readJSON,
	".html":    readHTML,
	".htm":     readHTML,
	".xhtml":   readHTML,
	".warc":    readWARC,
	".warc.gz": readWARC,
	".rss":     readFeed,
	".atom":    readFeed,
	".xml":     readFeed,
}

// kinds names the format behind each extension, so that ReadFile can tell
// when a file's content contradicts its name.
var kinds = map[string]string{
	".txt": "text", ".text": "text", ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json",
	".html": "html", ".htm": "html", ".xhtml": "html", ".warc": "warc", ".warc.gz": "warc",
	".rss": "feed", ".atom": "feed", ".xml": "feed",
}

const wantFormats = "want .txt, .jsonl, .json, .html, .warc, .warc.gz, or an RSS/Atom feed (.rss, .atom, .xml)"

// ext is the lower-case extension that picks a reader: ".warc.gz" for
// gzipped WARC files, else the last extension.
func ext(path string) string {
	lower := strings.ToLower(filepath.Base(path))
	if strings.HasSuffix(lower, ".warc.gz") {
		return ".warc.gz"
	}
	return filepath.Ext(lower)
}

// Supported reports whether ReadFile knows the file's format by its name.
func Supported(path string) bool {
	_, ok := readers[ext(path)]
	return ok
}

// skippedNames are files a folder walk leaves out although their extension
// is supported: the README.TXT, LICENSE.txt … that come with a corpus are
// not articles. Named directly, such a file is read like any other.
var skippedNames = []string{"readme", "license", "licence", "copying", "changelog"}

func skippedName(path string) bool {
	base := strings.ToLower(filepath.Base(path))
	for _, s := range skippedNames {
		if base == s || strings.HasPrefix(base, s+".") {
			return true
		}
	}
	return false
}

// List expands paths (files or folders, walked recursively) into the files
// to read, in a stable order. A folder contributes only files whose format is
// supported by their extension (an .xml file only when it sniffs as a feed),
// leaving out hidden folders and README/LICENSE files; a file named directly
// is listed whatever its name, so that ReadFile sniffs it or gives a clear
// error instead of silence.
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
			if !d.Type().IsRegular() || !Supported(path) || skippedName(path) {
				return nil
			}
			if ext(path) == ".xml" && sniffFile(path) != ".rss" {
				return nil
			}
			found = append(found, path)
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
	_, errs := ReadFileStats(path, emit)
	return errs
}

// ReadFileStats is ReadFile that also counts the file's records, articles and
// skipped records.
//
// The format comes from the extension; the content is sniffed when the
// extension is unknown (or missing), and it overrides the extension when it
// clearly says otherwise: gzip holding a WARC, a "WARC/1.x" header, an HTML
// doctype or <html> root, an <rss>/<feed>/<rdf:RDF> root.
func ReadFileStats(path string, emit func(Article)) (Stats, []*Error) {
	if path == Stdin {
		return readWith(readJSONL, path, os.Stdin, emit)
	}
	f, err := os.Open(path)
	if err != nil {
		return Stats{}, []*Error{{Path: path, Err: err}}
	}
	defer f.Close()
	br := bufio.NewReaderSize(f, 64<<10)
	head, err := br.Peek(sniffLen)
	if err != nil && err != io.EOF && !errors.Is(err, bufio.ErrBufferFull) {
		return Stats{}, []*Error{{Path: path, Err: err}}
	}
	e := ext(path)
	read, known := readers[e]
	if s := sniffStrong(head); s != "" && (!known || kinds[s] != kinds[e]) && !(jsonKind(s) && jsonKind(e)) {
		read, known = readers[s], true
	}
	if !known {
		s, err := sniffWeak(head)
		if err != nil {
			return Stats{Records: 1}, []*Error{{Path: path, Err: err}}
		}
		read = readers[s]
	}
	return readWith(read, path, br, emit)
}

// readWith runs one reader, sanitizing and counting its articles; one whose
// text is nothing once sanitized (a JSON "text" of NUL bytes) is an error.
func readWith(read reader, path string, r io.Reader, emit func(Article)) (Stats, []*Error) {
	var st Stats
	var blank []*Error
	errs := read(path, r, func(a Article) {
		a = sanitize(a)
		for _, err := range a.bad {
			if a.Record != "" {
				err = fmt.Errorf("%s: %w", a.Record, err)
			}
			blank = append(blank, &Error{Path: a.Path, Line: a.Line, Record: a.Record, Err: err})
		}
		a.bad = nil
		st.ClaimReviews += len(a.ClaimReviews)
		if strings.TrimSpace(a.Body) == "" && len(a.ClaimReviews) > 0 {
			a.Body = ""
			emit(a) // fact-checks only: no article
			return
		}
		if strings.TrimSpace(a.Body) == "" {
			if a.factChecks {
				return // a fact-check document whose reviews were all reported above
			}
			err := error(ErrNoText)
			if a.Record != "" {
				err = fmt.Errorf("%s: %w", a.Record, err)
			}
			blank = append(blank, &Error{Path: a.Path, Line: a.Line, Record: a.Record, Err: err})
			return
		}
		st.Articles++
		emit(a)
	}, &st)
	return st, append(errs, blank...)
}

// jsonKind reports whether the reader behind an extension reads JSON; the
// sniffer's "schema.org JSON" never switches one JSON reader for the other.
func jsonKind(ext string) bool { return kinds[ext] == "json" || kinds[ext] == "jsonl" }

// sanitize makes every text field valid UTF-8 without NUL bytes (PostgreSQL
// text cannot hold them).
func sanitize(a Article) Article {
	for _, s := range []*string{&a.URL, &a.Title, &a.Outlet, &a.Byline, &a.Body, &a.Record} {
		*s = cleanText(*s)
	}
	if len(a.ClaimReviews) > 0 {
		crs := make([]ClaimReview, len(a.ClaimReviews))
		for i, c := range a.ClaimReviews {
			for _, s := range []*string{&c.URL, &c.Claim, &c.Claimant, &c.FirstAppearance, &c.Reviewer, &c.Rating, &c.Language, &c.Record} {
				*s = cleanText(*s)
			}
			apps := make([]string, len(c.Appearances))
			for j, u := range c.Appearances {
				apps[j] = cleanText(u)
			}
			c.Appearances = apps
			crs[i] = c
		}
		a.ClaimReviews = crs
	}
	return a
}

func cleanText(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	if strings.IndexByte(s, 0) >= 0 {
		s = strings.ReplaceAll(s, "\x00", "")
	}
	return s
}

// DocName is the file name without folder and extension: a/b/c.txt -> c.
func DocName(path string) string {
	base := filepath.Base(path)
	return strings.TrimSuffix(base, filepath.Ext(base))
}
