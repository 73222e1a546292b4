package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/charmap"
)

// MinFeedTextRunes is how much text a feed item needs to be an article;
// items with less (a teaser summary) are skipped and counted.
const MinFeedTextRunes = 200

// maxFeedBytes bounds a feed file; gofeed holds the parsed feed in memory.
const maxFeedBytes = 4 * MaxArticleBytes

var xmlEncodingRE = regexp.MustCompile(`^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']`)

// readFeed reads an RSS or Atom feed. Every item with its full text
// (content:encoded, Atom content, or a description of at least
// MinFeedTextRunes characters) becomes an article: HTML content rendered as
// text with blank lines between paragraphs, the headline and a blank line
// first (like HTML pages); URL the item's link; published its published (else
// updated) date; byline its authors; outlet the feed's title, else the link's
// host. Shorter items are skipped and counted.
func readFeed(path string, r io.Reader, emit func(Article), st *Stats) []*Error {
	data, err := io.ReadAll(io.LimitReader(r, maxFeedBytes+1))
	if err != nil {
		return []*Error{{Path: path, Err: err}}
	}
	if len(data) > maxFeedBytes {
		return []*Error{{Path: path, Err: fmt.Errorf("feed larger than %d MiB", maxFeedBytes>>20)}}
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return []*Error{{Path: path, Err: ErrEmpty}}
	}
	enc := "utf-8"
	data = bytes.TrimPrefix(data, []byte{0xEF, 0xBB, 0xBF})
	if !utf8.Valid(data) {
		label := ""
		if m := xmlEncodingRE.FindSubmatch(data); m != nil {
			label = strings.ToLower(string(m[1]))
		}
		if e, name := charset.Lookup(label); e != nil && name != "utf-8" {
			enc = name // gofeed converts by the declaration
		} else {
			// Not UTF-8 whatever it says: read it as Windows-1252 and hand
			// gofeed UTF-8.
			if data, err = charmap.Windows1252.NewDecoder().Bytes(data); err != nil {
				return []*Error{{Path: path, Err: err}}
			}
			enc = "windows-1252"
			if label != "" {
				data = xmlEncodingRE.ReplaceAll(data, []byte(`<?xml version="1.0" encoding="utf-8"`))
			}
		}
	}
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(data))
	if err != nil {
		if errors.Is(err, gofeed.ErrFeedTypeNotDetected) {
			return []*Error{{Path: path, Err: fmt.Errorf("%w: not an RSS or Atom feed (%s)", ErrUnsupported, wantFormats)}}
		}
		return []*Error{{Path: path, Err: fmt.Errorf("invalid feed: %w", err)}}
	}
	if len(feed.Items) == 0 {
		return []*Error{{Path: path, Err: fmt.Errorf("%w: a feed with no items", ErrEmpty)}}
	}
	for i, it := range feed.Items {
		if it == nil {
			continue
		}
		st.record()
		content := it.Content
		if strings.TrimSpace(fragmentText(content)) == "" {
			content = it.Description
		}
		text := fragmentText(content)
		if utf8.RuneCountInString(text) < MinFeedTextRunes {
			st.skip("feed item with only a summary")
			continue
		}
		a := Article{
			Path:     path,
			Record:   fmt.Sprintf("item %d", i+1),
			URL:      strings.TrimSpace(it.Link),
			Title:    strings.Join(strings.Fields(fragmentText(it.Title)), " "),
			Outlet:   strings.TrimSpace(feed.Title),
			Encoding: enc,
		}
		var authors []string
		for _, p := range it.Authors {
			if p != nil && strings.TrimSpace(p.Name) != "" && !containsString(authors, strings.TrimSpace(p.Name)) {
				authors = append(authors, strings.TrimSpace(p.Name))
			}
		}
		a.Byline = strings.Join(authors, ", ")
		switch {
		case it.PublishedParsed != nil:
			a.Published = *it.PublishedParsed
		case it.UpdatedParsed != nil:
			a.Published = *it.UpdatedParsed
		}
		if a.Outlet == "" {
			a.Outlet = firstNonEmpty(hostOutlet(a.URL), hostOutlet(feed.Link))
		}
		a.Doc = DocName(path)
		if a.URL != "" {
			a.Doc = DocName(a.URL)
		}
		a.Body = withHeadline(a.Title, text)
		emit(a)
	}
	return nil
}
