package ingest

import (
	"bytes"
	"compress/gzip"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func readAll(t *testing.T, path string) ([]Article, Stats, []*Error) {
	t.Helper()
	var arts []Article
	st, errs := ReadFileStats(path, func(a Article) { arts = append(arts, a) })
	return arts, st, errs
}

func writeFile(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func paragraphs(body string) []string { return strings.Split(body, "\n\n") }

func TestHTMLArticleMetadataAndMainText(t *testing.T) {
	arts, st, errs := readAll(t, "testdata/article.html")
	if len(errs) > 0 || len(arts) != 1 {
		t.Fatalf("got %d articles, errors %v", len(arts), errs)
	}
	a := arts[0]
	if a.Title != "Harbour Bridge Reopens After Repairs" {
		t.Errorf("title %q", a.Title)
	}
	want := time.Date(2024, 3, 5, 8, 30, 0, 0, time.UTC)
	if !a.Published.Equal(want) {
		t.Errorf("published %v, want %v (JSON-LD wins over article:published_time)", a.Published, want)
	}
	if a.Byline != "Ada Lovelace, Bob Byline" {
		t.Errorf("byline %q", a.Byline)
	}
	if a.Outlet != "The Daily Example" {
		t.Errorf("outlet %q", a.Outlet)
	}
	if a.URL != "https://www.example-news.test/2024/03/bridge-reopens" {
		t.Errorf("url %q (want the canonical link)", a.URL)
	}
	if a.Encoding != "utf-8" || st.Articles != 1 || st.Records != 1 {
		t.Errorf("encoding %q, stats %+v", a.Encoding, st)
	}
	for _, junk := range []string{"Sidebar quote", "Related quote", "Trending quote", "Footer quote", "caption writer", "Home", "World"} {
		if strings.Contains(a.Body, junk) {
			t.Errorf("body holds page furniture %q:\n%s", junk, a.Body)
		}
	}
	ps := paragraphs(a.Body)
	if ps[0] != a.Title {
		t.Errorf("body should start with the headline and a blank line:\n%s", a.Body)
	}
	var quoteOnly bool
	for i, p := range ps {
		if p == `"It was worth the wait."` {
			quoteOnly = i > 0 && strings.HasPrefix(ps[i-1], `"We are delighted`)
		}
		if strings.TrimSpace(p) != p || p == "" {
			t.Errorf("paragraph %d not trimmed or empty: %q", i, p)
		}
	}
	if !quoteOnly {
		t.Errorf("the quote-only paragraph should follow the speaker's paragraph, separated by a blank line:\n%s", a.Body)
	}
	if !strings.Contains(a.Body, "Engineers replaced the deck joints") {
		t.Errorf("body lost the last paragraph:\n%s", a.Body)
	}
}

func TestHTMLCharsetFromMeta(t *testing.T) {
	dir := t.TempDir()
	html := "<html><head><meta charset=\"windows-1252\"><title>Caf\xe9 Opens</title></head><body><article>" +
		"<p>The caf\xe9 opened on Monday. \x93We are thrilled,\x94 said the owner, who has run restaurants in the town for more than twenty years and employs forty people.</p>" +
		"<p>The opening drew a queue of more than a hundred people along the street, some of whom had waited since dawn.</p></article></body></html>"
	arts, _, errs := readAll(t, writeFile(t, dir, "cafe.html", []byte(html)))
	if len(errs) > 0 || len(arts) != 1 {
		t.Fatalf("got %d articles, errors %v", len(arts), errs)
	}
	a := arts[0]
	if a.Encoding != "windows-1252" || !strings.Contains(a.Body, "“We are thrilled,” said") || !strings.Contains(a.Body, "café") {
		t.Errorf("encoding %q body %q", a.Encoding, a.Body)
	}
	if a.Outlet != "" || !a.Published.IsZero() {
		t.Errorf("no metadata should mean no outlet and no date: %q %v", a.Outlet, a.Published)
	}
}

func TestWARCGzipMultiMember(t *testing.T) {
	var buf bytes.Buffer
	if err := writeWARC(&buf, sampleWARC(), true); err != nil {
		t.Fatal(err)
	}
	p := writeFile(t, t.TempDir(), "crawl.warc.gz", buf.Bytes())
	arts, st, errs := readAll(t, p)
	if len(errs) > 0 {
		t.Fatalf("errors: %v", errs)
	}
	if len(arts) != 2 {
		t.Fatalf("got %d articles, want 2", len(arts))
	}
	if arts[0].URL != "https://www.first.example.test/story-one" || arts[1].URL != "https://second.example.test/news/two" {
		t.Errorf("urls %q, %q", arts[0].URL, arts[1].URL)
	}
	if !arts[0].Published.Equal(time.Date(2024, 3, 1, 10, 0, 1, 0, time.UTC)) || !arts[1].Published.Equal(time.Date(2024, 3, 2, 11, 30, 0, 0, time.UTC)) {
		t.Errorf("published %v, %v (want the WARC-Date)", arts[0].Published, arts[1].Published)
	}
	if arts[0].Outlet != "first.example.test" || arts[1].Outlet != "second.example.test" {
		t.Errorf("outlets %q, %q (want the host)", arts[0].Outlet, arts[1].Outlet)
	}
	if arts[0].Title != "Road Works Begin On Main Street" || !strings.HasPrefix(arts[0].Body, "Road Works Begin On Main Street\n\nRoad works began") {
		t.Errorf("title %q body %q", arts[0].Title, arts[0].Body)
	}
	if strings.Contains(arts[0].Body, "Home") {
		t.Errorf("menu in body: %q", arts[0].Body)
	}
	if arts[0].Record != "urn:uuid:00000000-0000-0000-0000-000000000003" {
		t.Errorf("record %q", arts[0].Record)
	}
	// warcinfo, request, redirect, image.
	if st.Records != 6 || st.Articles != 2 || st.Skipped != 4 ||
		st.SkipReasons["http status 301"] != 1 || st.SkipReasons["not html"] != 1 || st.SkipReasons["warc request"] != 1 {
		t.Errorf("stats %+v", st)
	}

	// The same records uncompressed read alike.
	buf.Reset()
	if err := writeWARC(&buf, sampleWARC(), false); err != nil {
		t.Fatal(err)
	}
	arts, st, errs = readAll(t, writeFile(t, t.TempDir(), "crawl.warc", buf.Bytes()))
	if len(errs) > 0 || len(arts) != 2 || st.Skipped != 4 {
		t.Fatalf("plain WARC: %d articles, stats %+v, errors %v", len(arts), st, errs)
	}
}

func TestWARCTruncated(t *testing.T) {
	var buf bytes.Buffer
	recs := sampleWARC()
	if err := writeWARC(&buf, recs[:3], true); err != nil {
		t.Fatal(err)
	}
	good := buf.Len()
	if err := writeWARC(&buf, recs[5:], true); err != nil {
		t.Fatal(err)
	}
	cut := buf.Bytes()[:good+(buf.Len()-good)/2]
	arts, _, errs := readAll(t, writeFile(t, t.TempDir(), "cut.warc.gz", cut))
	if len(arts) != 1 || arts[0].URL != "https://www.first.example.test/story-one" {
		t.Fatalf("got %d articles, want the one before the cut", len(arts))
	}
	if len(errs) != 1 || !errors.Is(errs[0], ErrTruncated) || errs[0].Offset != int64(good) {
		t.Fatalf("errors %v, want one truncated error at offset %d", errs, good)
	}
	if !strings.Contains(errs[0].Error(), "cut.warc.gz: WARC record") || !strings.Contains(errs[0].Error(), "at offset") {
		t.Errorf("error does not name the record: %v", errs[0])
	}

	// Cut inside an uncompressed WARC too.
	buf.Reset()
	writeWARC(&buf, recs[2:3], false)
	good = buf.Len()
	writeWARC(&buf, recs[5:], false)
	arts, _, errs = readAll(t, writeFile(t, t.TempDir(), "cut.warc", buf.Bytes()[:buf.Len()-40]))
	if len(arts) != 1 || len(errs) != 1 || !errors.Is(errs[0], ErrTruncated) || errs[0].Offset != int64(good) {
		t.Fatalf("plain: %d articles, errors %v", len(arts), errs)
	}
}

func TestWARCBadMemberInTheMiddle(t *testing.T) {
	var buf bytes.Buffer
	recs := sampleWARC()
	writeWARC(&buf, recs[2:3], true)
	start := buf.Len()
	writeWARC(&buf, recs[2:3], true)
	// Break the deflate data of the second member.
	data := buf.Bytes()
	for i := start + 20; i < start+60; i++ {
		data[i] ^= 0x5a
	}
	writeWARC(&buf, recs[5:], true)
	arts, _, errs := readAll(t, writeFile(t, t.TempDir(), "bad.warc.gz", buf.Bytes()))
	if len(arts) != 2 || len(errs) != 1 {
		t.Fatalf("got %d articles (want 2: before and after), errors %v", len(arts), errs)
	}
}

func TestWARCRecordTooLarge(t *testing.T) {
	if testing.Short() {
		t.Skip("writes 33 MiB")
	}
	big := strings.Repeat("<p>word word word word word word word.</p>\n", MaxArticleBytes/40)
	recs := []warcRec{
		{typ: "response", uri: "https://big.example.test/", date: "2024-03-01T00:00:00Z", contentType: "application/http; msgtype=response",
			block: httpResponse("200 OK", "text/html", "<html><body>"+big+"</body></html>")},
		sampleWARC()[5],
	}
	var buf bytes.Buffer
	writeWARC(&buf, recs, true)
	arts, _, errs := readAll(t, writeFile(t, t.TempDir(), "big.warc.gz", buf.Bytes()))
	if len(arts) != 1 || len(errs) != 1 || !errors.Is(errs[0], ErrTooLarge) {
		t.Fatalf("got %d articles, errors %v", len(arts), errs)
	}
}

func TestFeeds(t *testing.T) {
	for _, tc := range []struct {
		file, url, title, outlet, byline string
		published                        time.Time
		firstPara, quotePara             string
	}{
		{"testdata/feed.rss", "https://gazette.example.test/library-hours", "Library Extends Opening Hours", "Example Gazette", "Carla Reyes",
			time.Date(2024, 3, 5, 10, 0, 0, 0, time.UTC), "The central library will stay open", `"It is a good day."`},
		{"testdata/feed.atom", "https://courier.example.test/port-strike", "Port Strike Ends", "Atom Courier", "Dan Evans",
			time.Date(2024, 3, 6, 8, 0, 0, 0, time.UTC), "Dock workers returned", `"Nobody wanted this to drag on," said union leader Fiona Hart, speaking outside the main gate to a crowd of several hundred workers.`},
	} {
		arts, st, errs := readAll(t, tc.file)
		if len(errs) > 0 || len(arts) != 1 {
			t.Fatalf("%s: got %d articles, errors %v", tc.file, len(arts), errs)
		}
		a := arts[0]
		if a.URL != tc.url || a.Title != tc.title || a.Outlet != tc.outlet || a.Byline != tc.byline || !a.Published.Equal(tc.published) {
			t.Errorf("%s: got %q %q %q %q %v", tc.file, a.URL, a.Title, a.Outlet, a.Byline, a.Published)
		}
		ps := paragraphs(a.Body)
		if len(ps) < 3 || ps[0] != tc.title || !strings.HasPrefix(ps[1], tc.firstPara) || ps[len(ps)-1] != tc.quotePara {
			t.Errorf("%s: body %q", tc.file, a.Body)
		}
		if st.Records != 2 || st.Skipped != 1 || st.Articles != 1 || a.Record != "item 1" {
			t.Errorf("%s: stats %+v record %q", tc.file, st, a.Record)
		}
	}
}

func TestFeedSniffedFromXML(t *testing.T) {
	data, _ := os.ReadFile("testdata/feed.atom")
	dir := t.TempDir()
	writeFile(t, dir, "news.xml", data)
	writeFile(t, dir, "sitemap.xml", []byte(`<?xml version="1.0"?><urlset><url><loc>https://x.test/</loc></url></urlset>`))
	files, errs := List([]string{dir})
	if len(errs) > 0 || len(files) != 1 || filepath.Base(files[0]) != "news.xml" {
		t.Fatalf("List: %v %v (an .xml file that is not a feed is left out)", files, errs)
	}
	_, _, rerrs := readAll(t, filepath.Join(dir, "sitemap.xml"))
	if len(rerrs) != 1 || !errors.Is(rerrs[0], ErrUnsupported) {
		t.Errorf("sitemap named directly: %v", rerrs)
	}
}

func TestWindows1252Text(t *testing.T) {
	text := "Caf\xe9 Owner Speaks\n\n\x93We will stay open,\x94 said the owner of the caf\xe9.\n"
	arts, _, errs := readAll(t, writeFile(t, t.TempDir(), "cafe.txt", []byte(text)))
	if len(errs) > 0 || len(arts) != 1 {
		t.Fatalf("got %d articles, errors %v", len(arts), errs)
	}
	a := arts[0]
	if a.Encoding != "windows-1252" || a.Title != "Café Owner Speaks" || !strings.Contains(a.Body, "“We will stay open,” said the owner of the café.") {
		t.Errorf("encoding %q title %q body %q", a.Encoding, a.Title, a.Body)
	}
}

func TestSniffing(t *testing.T) {
	dir := t.TempDir()
	html, _ := os.ReadFile("testdata/article.html")
	rss, _ := os.ReadFile("testdata/feed.rss")
	var warc bytes.Buffer
	writeWARC(&warc, sampleWARC(), true)
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte("just some text"))
	zw.Close()
	for _, tc := range []struct {
		name     string
		data     []byte
		articles int
		err      error
	}{
		{"page", html, 1, nil},               // no extension: HTML by content
		{"page.dat", html, 1, nil},           // unknown extension
		{"page.txt", html, 1, nil},           // <!DOCTYPE html> beats .txt
		{"crawl.bin", warc.Bytes(), 2, nil},  // gzip holding a WARC
		{"crawl.html", warc.Bytes(), 2, nil}, // a WARC named .html
		{"feed.dat", rss, 1, nil},            // an RSS feed
		{"notes", []byte("A Headline\n\nSome text.\n"), 1, nil},
		{"lines.dat", []byte(`{"text":"one"}` + "\n" + `{"text":"two"}` + "\n"), 2, nil},
		{"one.dat", []byte("{\n  \"text\": \"one\"\n}\n"), 1, nil},
		{"list.dat", []byte(`[{"text":"one"},{"text":"two"},{"title":"no text"}]`), 2, errors.New("[2]")},
		{"photo.jpg", []byte("\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x02"), 0, ErrBinary},
		{"archive.tgz", gz.Bytes(), 0, ErrUnsupported},
		{"blank", []byte("  \n"), 0, ErrEmpty},
	} {
		arts, _, errs := readAll(t, writeFile(t, dir, tc.name, tc.data))
		if len(arts) != tc.articles {
			t.Errorf("%s: %d articles, want %d (errors %v)", tc.name, len(arts), tc.articles, errs)
		}
		switch {
		case tc.err == nil && len(errs) > 0:
			t.Errorf("%s: errors %v", tc.name, errs)
		case tc.err != nil && (len(errs) != 1 || !(errors.Is(errs[0], tc.err) || strings.Contains(errs[0].Error(), tc.err.Error()))):
			t.Errorf("%s: errors %v, want %v", tc.name, errs, tc.err)
		}
	}
}

func TestListSkipsReadmeAndKnowsNewFormats(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{"README.TXT", "LICENSE", "a.txt", "b.html", "c.warc.gz", "d.rss", "e.json", "f.gz", "g.dat"} {
		writeFile(t, dir, n, []byte("x"))
	}
	files, errs := List([]string{dir})
	var names []string
	for _, f := range files {
		names = append(names, filepath.Base(f))
	}
	if got := strings.Join(names, " "); len(errs) > 0 || got != "a.txt b.html c.warc.gz d.rss e.json" {
		t.Errorf("List: %q %v", got, errs)
	}
	// Named directly, a README is read like any file.
	files, _ = List([]string{filepath.Join(dir, "README.TXT")})
	if len(files) != 1 {
		t.Errorf("README named directly: %v", files)
	}
}

func TestBodiesAreValidUTF8(t *testing.T) {
	dir := t.TempDir()
	// Invalid UTF-8 inside a UTF-8 declared page, and a NUL in JSON.
	p := writeFile(t, dir, "bad.html", []byte("<html><head><meta charset=utf-8></head><body><p>Bad \xff\xfe byte in a paragraph that goes on long enough to count as the article text for sure.</p></body></html>"))
	q := writeFile(t, dir, "nul.jsonl", []byte(`{"text":"a\u0000b"}`+"\n"))
	for _, f := range []string{p, q} {
		arts, _, _ := readAll(t, f)
		for _, a := range arts {
			if !utf8.ValidString(a.Body) || strings.ContainsRune(a.Body, 0) {
				t.Errorf("%s: body %q", f, a.Body)
			}
		}
	}
}
