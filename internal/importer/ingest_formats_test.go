package importer_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/whosaid/whosaid/internal/dbtest"
	"github.com/whosaid/whosaid/internal/importer"
	"github.com/whosaid/whosaid/internal/ingest"
	"github.com/whosaid/whosaid/internal/store"
)

const formatsPage = `<!doctype html><html><head><title>Canal Reopens | Town Times</title>
<link rel="canonical" href="https://www.towntimes.test/canal-reopens">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Canal Reopens","datePublished":"2024-04-02T08:00:00Z","author":{"name":"Eve Stone"},"publisher":{"name":"Town Times"}}</script>
</head><body><nav><a href="/">Home</a></nav><article><h1>Canal Reopens</h1>
<p>The canal reopened to boats on Tuesday after the lock gates were replaced, the waterways trust said, three weeks later than planned.</p>
<p>"Boaters have been very patient with us," said Sam Cole, the trust's regional manager, at the lock on Tuesday morning.</p>
</article><aside><p>"A sidebar quote," said Nobody.</p></aside></body></html>`

func warcRecord(uri, date, html string) []byte {
	http := fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: %d\r\n\r\n%s", len(html), html)
	rec := fmt.Sprintf("WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:%s>\r\nWARC-Target-URI: %s\r\nWARC-Date: %s\r\n"+
		"Content-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", uri, uri, date, len(http), http)
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write([]byte(rec))
	zw.Close()
	return b.Bytes()
}

const formatsFeed = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Valley Post</title>
<item><title>School Wins Award</title><link>https://valleypost.test/school-award</link><pubDate>Wed, 03 Apr 2024 09:00:00 +0000</pubDate>
<content:encoded><![CDATA[<p>The village school has won a national award for its reading programme, the education ministry announced on Wednesday in the capital, praising the teachers and the parents who volunteered.</p><p>"The children did all the work," said head teacher Lee Marsh.</p>]]></content:encoded></item>
<item><title>Teaser</title><link>https://valleypost.test/teaser</link><description>Just a teaser.</description></item>
</channel></rss>`

func TestImportHTMLWARCAndFeed(t *testing.T) {
	ctx := context.Background()
	st := dbtest.New(t)
	dir := t.TempDir()
	write(t, dir, "canal.html", formatsPage)
	write(t, dir, "feeds/valley.rss", formatsFeed)
	warc := append(warcRecord("https://a.test/one", "2024-04-01T10:00:00Z",
		`<html><head><title>Bridge Repaired</title></head><body><article><h1>Bridge Repaired</h1><p>The footbridge over the river is open again after repairs that took most of the winter, the council said on Monday.</p><p>"It is safe to use," said engineer Ann Lowe.</p></article></body></html>`),
		warcRecord("https://b.test/two", "2024-04-01T11:00:00Z",
			`<html><head><title>Market Returns</title></head><body><article><h1>Market Returns</h1><p>The farmers' market returns to the square this weekend for the first time since the autumn, organisers said on Thursday.</p><p>"We missed our customers," said stallholder Ben Hall.</p></article></body></html>`)...)
	if err := os.WriteFile(filepath.Join(dir, "crawl.warc.gz"), warc, 0o644); err != nil {
		t.Fatal(err)
	}

	sum, err := importer.Run(ctx, st, []string{dir}, importer.Options{})
	if err != nil || sum.Failed() || sum.Files != 3 || sum.New != 4 {
		t.Fatalf("import: %+v, %v (want 3 files, 4 new articles: 1 page + 2 WARC records + 1 feed item)", sum, err)
	}

	// The stored HTML article is the one ingest reads, with its metadata.
	var page ingest.Article
	ingest.ReadFile(filepath.Join(dir, "canal.html"), func(a ingest.Article) { page = a })
	if page.Outlet != "Town Times" || page.URL != "https://www.towntimes.test/canal-reopens" ||
		page.Published.Format("2006-01-02T15:04") != "2024-04-02T08:00" {
		t.Errorf("page metadata: outlet %q url %q published %v", page.Outlet, page.URL, page.Published)
	}
	qs, err := st.ArticleQuotes(ctx, store.BodyHash(page.Body))
	if err != nil {
		t.Fatal(err)
	}
	var found bool
	for _, q := range qs {
		if q.SpeakerDisplayName != nil && *q.SpeakerDisplayName == "Nobody" {
			t.Errorf("a sidebar quote was stored: %q", q.Text)
		}
		found = found || (q.SpeakerDisplayName != nil && *q.SpeakerDisplayName == "Sam Cole")
	}
	if !found {
		t.Errorf("the page's quote by Sam Cole was not stored (%d quotes)", len(qs))
	}

	before, _ := st.Count(ctx)
	sum, err = importer.Run(ctx, st, []string{dir}, importer.Options{})
	if err != nil || sum.New != 0 || sum.Unchanged != 4 {
		t.Fatalf("re-import: %+v, %v", sum, err)
	}
	if after, _ := st.Count(ctx); after != before {
		t.Errorf("re-import changed row counts: %+v -> %+v", before, after)
	}
}
