package ingest

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
)

// sniffLen is how much of a file the sniffers look at.
const sniffLen = 8192

// sniffStrong names the format (as a key of readers) that the start of a file
// proves, or "" when it proves nothing: a gzip stream that holds a WARC
// record, a WARC header, an HTML doctype or <html> root, or a feed root
// (<rss>, <feed>, <rdf:RDF>, possibly after an XML declaration).
func sniffStrong(head []byte) string {
	if len(head) >= 2 && head[0] == 0x1f && head[1] == 0x8b {
		if gzipHoldsWARC(head) {
			return ".warc.gz"
		}
		return ""
	}
	h := trimLeadingSpace(head)
	if bytes.HasPrefix(h, []byte("WARC/")) {
		return ".warc"
	}
	if len(h) > 0 && (h[0] == '{' || h[0] == '[') {
		return sniffSchemaJSON(h)
	}
	if len(h) == 0 || h[0] != '<' {
		return ""
	}
	h = skipXMLProlog(h)
	lower := bytes.ToLower(h[:min(len(h), 64)])
	switch {
	case bytes.HasPrefix(lower, []byte("<!doctype html")), hasTag(lower, "<html"):
		return ".html"
	case hasTag(lower, "<rss"), hasTag(lower, "<feed"), hasTag(lower, "<rdf:rdf"):
		return ".rss"
	}
	return ""
}

// sniffSchemaJSON proves JSON when the start of a file is schema.org
// fact-check markup: an "@type" of ClaimReview or DataFeed. JSON lines when
// the first line is a whole value and more follows, else one JSON document.
func sniffSchemaJSON(h []byte) string {
	if !bytes.Contains(h, []byte(`"@type"`)) ||
		!bytes.Contains(h, []byte("ClaimReview")) && !bytes.Contains(h, []byte("DataFeed")) {
		return ""
	}
	line, rest, _ := bytes.Cut(h, []byte("\n"))
	if json.Valid(bytes.TrimSpace(line)) && len(bytes.TrimSpace(rest)) > 0 {
		return ".jsonl"
	}
	return ".json"
}

// sniffWeak guesses the format of a file with an unknown extension whose
// start proves nothing: JSON when it starts with '{' or '[' (JSON lines when
// its first line is a whole object), HTML when markup like <body>, <p> or
// <div> shows up in its first kilobytes, else plain text. Empty and binary
// files, gzip that is not a WARC and XML that is not a feed are errors.
func sniffWeak(head []byte) (string, error) {
	if len(head) >= 2 && head[0] == 0x1f && head[1] == 0x8b {
		return "", fmt.Errorf("%w: gzip file that does not hold a WARC (%s)", ErrUnsupported, wantFormats)
	}
	h := trimLeadingSpace(head)
	if len(h) == 0 {
		return "", ErrEmpty
	}
	bom := bytes.HasPrefix(head, []byte{0xFF, 0xFE}) || bytes.HasPrefix(head, []byte{0xFE, 0xFF})
	if !bom && looksBinary(head) {
		return "", ErrBinary
	}
	switch h[0] {
	case '{':
		line, _, _ := bytes.Cut(h, []byte("\n"))
		if json.Valid(bytes.TrimSpace(line)) {
			return ".jsonl", nil
		}
		return ".json", nil
	case '[':
		return ".json", nil
	case '<':
		if bytes.HasPrefix(h, []byte("<?xml")) {
			return "", fmt.Errorf("%w: XML that is not an RSS or Atom feed (%s)", ErrUnsupported, wantFormats)
		}
	}
	lower := bytes.ToLower(h)
	for _, tag := range []string{"<body", "<p>", "<p ", "<div", "<article", "<head"} {
		if bytes.Contains(lower, []byte(tag)) {
			return ".html", nil
		}
	}
	return ".txt", nil
}

// sniffFile sniffs the start of a file on disk ("" when it proves nothing or
// cannot be read).
func sniffFile(path string) string {
	f, err := os.Open(path)
	if err != nil {
		return ""
	}
	defer f.Close()
	head := make([]byte, sniffLen)
	n, _ := io.ReadFull(f, head)
	return sniffStrong(head[:n])
}

func gzipHoldsWARC(head []byte) bool {
	zr, err := gzip.NewReader(bytes.NewReader(head))
	if err != nil {
		return false
	}
	buf := make([]byte, 5)
	n, _ := io.ReadFull(zr, buf)
	return string(buf[:n]) == "WARC/"
}

// trimLeadingSpace drops a UTF-8 byte-order mark and leading white space.
func trimLeadingSpace(b []byte) []byte {
	b = bytes.TrimPrefix(b, []byte{0xEF, 0xBB, 0xBF})
	return bytes.TrimLeft(b, " \t\r\n\f")
}

// skipXMLProlog skips an XML declaration, processing instructions, comments
// and a non-HTML doctype, to the root element.
func skipXMLProlog(h []byte) []byte {
	for {
		h = bytes.TrimLeft(h, " \t\r\n\f")
		var end []byte
		switch {
		case bytes.HasPrefix(h, []byte("<?")):
			end = []byte("?>")
		case bytes.HasPrefix(h, []byte("<!--")):
			end = []byte("-->")
		case bytes.HasPrefix(h, []byte("<!")) && !bytes.HasPrefix(bytes.ToLower(h), []byte("<!doctype html")):
			end = []byte(">")
		default:
			return h
		}
		i := bytes.Index(h, end)
		if i < 0 {
			return nil
		}
		h = h[i+len(end):]
	}
}

// hasTag reports whether b starts with the tag name, followed by the end of
// the name (space, '>' or '/'), so that "<feedback" is not "<feed".
func hasTag(b []byte, tag string) bool {
	if !bytes.HasPrefix(b, []byte(tag)) {
		return false
	}
	if len(b) == len(tag) {
		return true
	}
	switch b[len(tag)] {
	case ' ', '>', '/', '\t', '\r', '\n':
		return true
	}
	return false
}
