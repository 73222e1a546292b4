package ingest

// WARC reading is our own small streaming reader rather than a library.
// github.com/internetarchive/gowarc is not served by the module proxy here;
// github.com/nlnwa/gowarc/v2 is, but its Unmarshal parses and buffers every
// record's whole block (spilling big ones to temporary files) and checks
// digests before it hands the record over, including the images and
// requests we skip, and adds five dependencies. We need less: walk the
// records one at a time, look at the headers, read at most MaxArticleBytes
// of an HTML response's body, discard everything else as it streams by, and
// name the record (its WARC-Record-ID and the offset of its gzip member) when
// something is wrong. WARC 1.0/1.1 framing is simple enough for that
// (ISO 28500: version line, header fields, blank line, Content-Length bytes,
// CRLF CRLF), and a .warc.gz is a series of gzip members, usually one per
// record.

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/textproto"
	"strconv"
	"strings"
	"time"
)

// maxWARCHeaderBytes bounds the header fields of one WARC record.
const maxWARCHeaderBytes = 1 << 20

type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// readWARC reads a WARC file, plain or gzipped (one or many gzip members),
// streaming: one record at a time is in memory, and of that record only the
// body of an HTML response, at most MaxArticleBytes. Every response record
// with HTTP status 200 and an HTML Content-Type (and every HTML resource
// record) becomes an article with WARC-Target-URI as its URL and WARC-Date as
// the fallback published date (see htmlArticle); other records are skipped
// and counted. A damaged record is reported with its id and offset; reading
// goes on with the next gzip member when there is one, so the articles
// before and after it still come through.
func readWARC(path string, r io.Reader, emit func(Article), st *Stats) []*Error {
	cr := &countingReader{r: r}
	br := bufio.NewReaderSize(cr, 64<<10)
	w := &warcReader{path: path, emit: emit, st: st}
	pos := func() int64 { return cr.n - int64(br.Buffered()) }
	magic, _ := br.Peek(2)
	if len(magic) < 2 {
		return []*Error{{Path: path, Err: ErrEmpty}}
	}
	if magic[0] != 0x1f || magic[1] != 0x8b {
		// Plain WARC: records follow each other; after a damaged record
		// there is no telling where the next starts, so reading stops.
		for {
			_, more, err := w.records(br, pos, false)
			if err != nil {
				w.errs = append(w.errs, err)
				return w.errs
			}
			if !more {
				return w.finish()
			}
		}
	}

	var zr *gzip.Reader
	for {
		if _, err := br.Peek(1); err == io.EOF {
			break
		}
		off := pos()
		var err error
		if zr == nil {
			zr, err = gzip.NewReader(br)
		} else {
			err = zr.Reset(br)
		}
		if err != nil {
			w.errs = append(w.errs, &Error{Path: path, Offset: off,
				Err: fmt.Errorf("gzip member at offset %d: %w", off, err)})
			if !resync(br) {
				break
			}
			continue
		}
		zr.Multistream(false)
		zb := bufio.NewReaderSize(zr, 32<<10)
		// The records of a member come out only when the whole member read
		// cleanly (its CRC checked), so a truncated record never imports.
		arts, _, rerr := w.records(zb, func() int64 { return off }, true)
		if rerr == nil {
			if _, err := io.Copy(io.Discard, zb); err != nil {
				rerr = w.recordErr(w.lastID, off, streamErr(err))
			}
		}
		if rerr != nil {
			w.errs = append(w.errs, rerr)
			if !resync(br) {
				break
			}
			continue
		}
		for _, a := range arts {
			emit(a)
		}
	}
	return w.finish()
}

// resync skips to the next gzip member header after a damaged member and
// reports whether there is one.
func resync(br *bufio.Reader) bool {
	for {
		b, err := br.Peek(3)
		if len(b) < 3 || err != nil {
			return false
		}
		if b[0] == 0x1f && b[1] == 0x8b && b[2] == 8 {
			return true
		}
		if _, err := br.Discard(1); err != nil {
			return false
		}
	}
}

type warcReader struct {
	path   string
	emit   func(Article)
	st     *Stats
	errs   []*Error
	nrec   int
	lastID string
}

func (w *warcReader) finish() []*Error {
	if w.nrec == 0 && len(w.errs) == 0 {
		return []*Error{{Path: w.path, Err: fmt.Errorf("%w: no WARC records", ErrEmpty)}}
	}
	return w.errs
}

// recordErr names a record in an error.
func (w *warcReader) recordErr(id string, off int64, err error) *Error {
	name := "WARC record"
	if id != "" {
		name += " " + id
	}
	return &Error{Path: w.path, Record: id, Offset: off, Err: fmt.Errorf("%s at offset %d: %w", name, off, err)}
}

// streamErr marks an early end of the file (or of a gzip member) as
// truncation.
func streamErr(err error) error {
	if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
		return fmt.Errorf("%w: %w", ErrTruncated, io.ErrUnexpectedEOF)
	}
	return err
}

// records reads the records of one stream (a gzip member, or a whole plain
// file one record per call). It returns the articles found; per-record
// problems (too large, bad HTTP) go to w.errs, a broken stream is returned.
// In a plain file it stops after one record and reports whether more follow.
func (w *warcReader) records(r *bufio.Reader, offset func() int64, member bool) ([]Article, bool, *Error) {
	var arts []Article
	for {
		// Skip the blank lines between records.
		for {
			b, err := r.Peek(1)
			if err != nil {
				if err == io.EOF {
					return arts, false, nil
				}
				return arts, false, w.recordErr("", offset(), streamErr(err))
			}
			if b[0] != '\r' && b[0] != '\n' {
				break
			}
			r.Discard(1)
		}
		off := offset()
		h, err := readWARCHeader(r)
		if err != nil {
			return arts, false, w.recordErr("", off, streamErr(err))
		}
		id := strings.Trim(h.Get("WARC-Record-ID"), "<> ")
		w.lastID = id
		w.nrec++
		w.st.record()
		length, err := strconv.ParseInt(strings.TrimSpace(h.Get("Content-Length")), 10, 64)
		if err != nil || length < 0 {
			return arts, false, w.recordErr(id, off, errors.New("missing or bad Content-Length"))
		}
		block := &io.LimitedReader{R: r, N: length}
		a, skip, perr := w.record(h, block)
		// Whatever record() read, drain the block: a short block means the
		// file ends inside this record.
		if _, err := io.Copy(io.Discard, block); err != nil {
			return arts, false, w.recordErr(id, off, streamErr(err))
		}
		if block.N > 0 {
			return arts, false, w.recordErr(id, off, streamErr(io.ErrUnexpectedEOF))
		}
		// The record ends with CRLF CRLF; be lenient about it.
		for i := 0; i < 4; i++ {
			b, err := r.Peek(1)
			if err != nil || (b[0] != '\r' && b[0] != '\n') {
				break
			}
			r.Discard(1)
		}
		switch {
		case perr != nil:
			w.errs = append(w.errs, w.recordErr(id, off, perr))
		case skip != "":
			w.st.skip(skip)
		default:
			a.Path, a.Record = w.path, id
			a.Doc = DocName(a.URL)
			if member {
				arts = append(arts, a)
			} else {
				w.emit(a)
			}
		}
		if !member {
			return arts, true, nil
		}
	}
}

// readWARCHeader reads the version line and header fields of a record,
// up to and including the blank line that ends them, and not a byte more.
func readWARCHeader(r *bufio.Reader) (textproto.MIMEHeader, error) {
	line, err := r.ReadSlice('\n')
	if err != nil {
		if err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			err = errors.New("not a WARC record: no version line")
		}
		return nil, err
	}
	if !bytes.HasPrefix(line, []byte("WARC/")) {
		return nil, fmt.Errorf("not a WARC record: starts with %q", truncate(string(bytes.TrimSpace(line)), 40))
	}
	h := textproto.MIMEHeader{}
	size := 0
	var last string
	for {
		line, err := r.ReadSlice('\n')
		size += len(line)
		switch {
		case errors.Is(err, bufio.ErrBufferFull) || size > maxWARCHeaderBytes:
			return nil, errors.New("WARC header too long")
		case err == io.EOF:
			return nil, io.ErrUnexpectedEOF
		case err != nil:
			return nil, err
		}
		trimmed := bytes.TrimRight(line, "\r\n")
		if len(trimmed) == 0 {
			return h, nil
		}
		if (trimmed[0] == ' ' || trimmed[0] == '\t') && last != "" {
			vs := h[last]
			vs[len(vs)-1] += " " + string(bytes.TrimSpace(trimmed))
			continue
		}
		k, v, ok := bytes.Cut(trimmed, []byte(":"))
		if !ok {
			return nil, fmt.Errorf("bad WARC header line %q", truncate(string(trimmed), 40))
		}
		last = textproto.CanonicalMIMEHeaderKey(string(bytes.TrimSpace(k)))
		h[last] = append(h[last], string(bytes.TrimSpace(v)))
	}
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}

// record looks at one record's headers and block and returns its article,
// or why it was skipped, or what is wrong with it.
func (w *warcReader) record(h textproto.MIMEHeader, block io.Reader) (Article, string, error) {
	typ := strings.ToLower(strings.TrimSpace(h.Get("WARC-Type")))
	target := strings.Trim(strings.TrimSpace(h.Get("WARC-Target-URI")), "<>")
	var date time.Time
	if d := strings.TrimSpace(h.Get("WARC-Date")); d != "" {
		date, _ = time.Parse(time.RFC3339Nano, d)
	}
	recType, _, _ := mime.ParseMediaType(h.Get("Content-Type"))
	var body []byte
	var contentType string
	switch typ {
	case "response":
		if recType != "application/http" {
			return Article{}, "warc response not HTTP", nil
		}
		resp, err := http.ReadResponse(bufio.NewReaderSize(block, 16<<10), nil)
		if err != nil {
			return Article{}, "", fmt.Errorf("bad HTTP response: %w", err)
		}
		defer resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			return Article{}, fmt.Sprintf("http status %d", resp.StatusCode), nil
		}
		contentType = resp.Header.Get("Content-Type")
		if !isHTMLType(contentType) {
			return Article{}, "not html", nil
		}
		if resp.ContentLength > MaxArticleBytes {
			return Article{}, "", ErrTooLarge // known before reading a byte of it
		}
		rd := io.Reader(resp.Body)
		switch ce := strings.ToLower(strings.TrimSpace(resp.Header.Get("Content-Encoding"))); ce {
		case "", "identity":
		case "gzip", "x-gzip":
			zr, err := gzip.NewReader(rd)
			if err != nil {
				return Article{}, "", fmt.Errorf("Content-Encoding gzip: %w", err)
			}
			rd = zr
		case "deflate":
			rd = flate.NewReader(rd)
		default:
			return Article{}, "", fmt.Errorf("unsupported Content-Encoding %q", ce)
		}
		if body, err = readCapped(rd); err != nil {
			return Article{}, "", err
		}
	case "resource":
		contentType = h.Get("Content-Type")
		if !isHTMLType(contentType) {
			return Article{}, "not html", nil
		}
		var err error
		if body, err = readCapped(block); err != nil {
			return Article{}, "", err
		}
	case "":
		return Article{}, "", errors.New("no WARC-Type")
	default:
		return Article{}, "warc " + typ, nil
	}
	a, err := htmlArticle(body, contentType, pageHints{url: target, published: date})
	switch {
	case errors.Is(err, ErrNoText), errors.Is(err, ErrEmpty):
		return Article{}, "html without article text", nil
	case err != nil:
		return Article{}, "", err
	}
	return a, "", nil
}

func readCapped(r io.Reader) ([]byte, error) {
	body, err := io.ReadAll(io.LimitReader(r, MaxArticleBytes+1))
	if err != nil {
		return nil, err
	}
	if len(body) > MaxArticleBytes {
		return nil, ErrTooLarge
	}
	return body, nil
}

func isHTMLType(ct string) bool {
	t, _, err := mime.ParseMediaType(ct)
	if err != nil {
		t = strings.ToLower(strings.TrimSpace(strings.Split(ct, ";")[0]))
	}
	return t == "text/html" || t == "application/xhtml+xml"
}
