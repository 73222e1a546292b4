package ingest

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
)

// warcRec is one record of a test WARC file.
type warcRec struct {
	typ, uri, date, contentType string
	block                       string
}

func (r warcRec) bytes(n int) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "WARC/1.1\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-%012d>\r\n", r.typ, n)
	if r.uri != "" {
		fmt.Fprintf(&b, "WARC-Target-URI: %s\r\n", r.uri)
	}
	fmt.Fprintf(&b, "WARC-Date: %s\r\n", r.date)
	if r.contentType != "" {
		fmt.Fprintf(&b, "Content-Type: %s\r\n", r.contentType)
	}
	fmt.Fprintf(&b, "Content-Length: %d\r\n\r\n%s\r\n\r\n", len(r.block), r.block)
	return b.Bytes()
}

// writeWARC writes records, each in its own gzip member when gz is set (the
// usual .warc.gz layout).
func writeWARC(w io.Writer, recs []warcRec, gz bool) error {
	for i, r := range recs {
		if !gz {
			if _, err := w.Write(r.bytes(i + 1)); err != nil {
				return err
			}
			continue
		}
		zw := gzip.NewWriter(w)
		if _, err := zw.Write(r.bytes(i + 1)); err != nil {
			return err
		}
		if err := zw.Close(); err != nil {
			return err
		}
	}
	return nil
}

func httpResponse(status string, contentType, body string) string {
	return fmt.Sprintf("HTTP/1.1 %s\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s", status, contentType, len(body), body)
}

func page(title, para string) string {
	return fmt.Sprintf(`<!doctype html><html><head><title>%s</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>%s</h1>
<p>%s</p>
<p>"We expect the work to be finished before the summer," said Jo Park, a spokeswoman for the contractor, on Monday afternoon.</p>
<p>Residents have complained about the noise for months, and a petition has gathered more than two thousand signatures.</p>
</article></body></html>`, title, title, para)
}

// sampleWARC is two HTML pages, a request, a 301 redirect and an image.
func sampleWARC() []warcRec {
	return []warcRec{
		{typ: "warcinfo", date: "2024-03-01T00:00:00Z", contentType: "application/warc-fields", block: "software: test\r\n"},
		{typ: "request", uri: "https://www.first.example.test/story-one", date: "2024-03-01T10:00:00Z",
			contentType: "application/http; msgtype=request", block: "GET /story-one HTTP/1.1\r\nHost: www.first.example.test\r\n\r\n"},
		{typ: "response", uri: "https://www.first.example.test/story-one", date: "2024-03-01T10:00:01Z",
			contentType: "application/http; msgtype=response",
			block: httpResponse("200 OK", "text/html; charset=utf-8", page("Road Works Begin On Main Street",
				"Road works began on Main Street on Monday and are expected to last until the end of May, the council said in a statement published on its website."))},
		{typ: "response", uri: "https://first.example.test/old", date: "2024-03-01T10:00:02Z",
			contentType: "application/http; msgtype=response",
			block:       "HTTP/1.1 301 Moved Permanently\r\nLocation: https://www.first.example.test/story-one\r\nContent-Length: 0\r\n\r\n"},
		{typ: "response", uri: "https://www.first.example.test/photo.jpg", date: "2024-03-01T10:00:03Z",
			contentType: "application/http; msgtype=response",
			block:       httpResponse("200 OK", "image/jpeg", "\xff\xd8\xff\xe0\x00\x10JFIF\x00")},
		{typ: "response", uri: "https://second.example.test/news/two", date: "2024-03-02T11:30:00Z",
			contentType: "application/http; msgtype=response",
			block: httpResponse("200 OK", "text/html", page("New Ferry Service Announced",
				"A new ferry service between the two harbours will start in June, the transport authority announced on Tuesday, with six crossings a day."))},
	}
}
