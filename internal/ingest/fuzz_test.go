package ingest

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// fuzzRead runs a reader over arbitrary bytes: it must not panic, and every
// article it emits must have a valid UTF-8 body without NUL bytes.
func fuzzRead(t *testing.T, read reader, name string, data []byte) {
	slow := time.AfterFunc(10*time.Second, func() { panic(fmt.Sprintf("%s: input of %d bytes still reading after 10s", name, len(data))) })
	defer slow.Stop()
	st, errs := readWith(read, name, bytes.NewReader(data), func(a Article) {
		if !utf8.ValidString(a.Body) || strings.ContainsRune(a.Body, 0) {
			t.Fatalf("body not valid UTF-8 text: %q", a.Body)
		}
		if strings.TrimSpace(a.Body) == "" {
			t.Fatalf("empty body emitted")
		}
	})
	for _, e := range errs {
		if e == nil || e.Err == nil || e.Error() == "" {
			t.Fatalf("empty error in %v", errs)
		}
	}
	if st.Articles+st.Skipped > st.Records && st.Records > 0 {
		t.Fatalf("stats do not add up: %+v", st)
	}
}

func FuzzReadHTML(f *testing.F) {
	f.Add([]byte(`<html><body><p>"Hello," she said.</p></body></html>`))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, readHTML, "f.html", data) })
}

func FuzzReadWARC(f *testing.F) {
	var gz, plain bytes.Buffer
	writeWARC(&gz, sampleWARC()[1:4], true)
	writeWARC(&plain, sampleWARC()[2:3], false)
	f.Add(gz.Bytes())
	f.Add(plain.Bytes())
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, readWARC, "f.warc.gz", data) })
}

func FuzzReadFeed(f *testing.F) {
	f.Add([]byte(`<rss><channel><title>T</title><item><title>I</title><description>&lt;p&gt;x&lt;/p&gt;</description></item></channel></rss>`))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, readFeed, "f.rss", data) })
}

func FuzzReadJSONL(f *testing.F) {
	f.Add([]byte(`{"text":"a","author":["x","y"],"published":"2024-01-02"}` + "\n" + `{"text":1}`))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, readJSONL, "f.jsonl", data) })
}

func FuzzReadJSON(f *testing.F) {
	f.Add([]byte(`[{"text":"a"},{"title":"b"}]`))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, readJSON, "f.json", data) })
}

func FuzzReadText(f *testing.F) {
	f.Add([]byte("Headline\n\n\x93Quoted,\x94 he said.\n"))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, readText, "f.txt", data) })
}

// FuzzSniff checks that sniffing never panics on any start of a file.
func FuzzSniff(f *testing.F) {
	f.Add([]byte("<?xml version='1.0'?><!-- c --><feed>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		sniffStrong(data)
		sniffWeak(data)
	})
}
