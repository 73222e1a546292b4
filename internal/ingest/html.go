package ingest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"strings"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

// readHTML reads one web page as one article (see htmlArticle).
func readHTML(path string, r io.Reader, emit func(Article), st *Stats) []*Error {
	st.record()
	data, err := io.ReadAll(io.LimitReader(r, MaxArticleBytes+1))
	if err != nil {
		return []*Error{{Path: path, Err: err}}
	}
	if len(data) > MaxArticleBytes {
		return []*Error{{Path: path, Err: ErrTooLarge}}
	}
	a, err := htmlArticle(data, "", pageHints{})
	if err != nil {
		return []*Error{{Path: path, Err: err}}
	}
	a.Path = path
	a.Doc = DocName(path)
	emit(a)
	return nil
}

// pageHints are what the container of a page (a WARC record) knows about it.
type pageHints struct {
	url       string    // the URL the page was fetched from: wins over the page's canonical URL
	published time.Time // a fallback for the publication date (the WARC-Date)
}

// htmlArticle turns a web page into an article.
//
// The text is the page's main content as go-readability finds it (menus,
// sidebars, related links and captions left out), rendered by htmlText: the
// Body is the headline, a blank line, then the paragraphs separated by
// blank lines — the layout of our .txt files, so the headline rule and
// the extractor's paragraph rules hold alike.
//
// Metadata, first found wins:
//   - title: JSON-LD headline, og:title, readability's title (<title> cleaned)
//   - published: JSON-LD datePublished, article:published_time, other date
//     metadata readability knows, the hint (WARC-Date); else none
//   - byline: JSON-LD author(s), <meta name=author>, readability's byline
//   - outlet: JSON-LD publisher.name, og:site_name, then the URL's host
//     without "www."
//   - url: the hint (WARC-Target-URI), <link rel=canonical>, og:url, JSON-LD url
//
// The charset comes from a BOM, the Content-Type, <meta charset> or
// http-equiv, else UTF-8 when the bytes are valid UTF-8, else Windows-1252.
func htmlArticle(data []byte, contentType string, hints pageHints) (Article, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return Article{}, ErrEmpty
	}
	utf16 := bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF})
	if !utf16 && looksBinary(data) {
		return Article{}, ErrBinary
	}
	enc, encName, _ := charset.DetermineEncoding(data, contentType)
	text, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return Article{}, fmt.Errorf("decode %s: %w", encName, err)
	}
	doc, err := html.Parse(bytes.NewReader(text))
	if err != nil {
		return Article{}, fmt.Errorf("parse HTML: %w", err)
	}
	meta := pageMeta(doc)

	var base *url.URL
	for _, u := range []string{hints.url, meta.canonical, meta.ogURL, meta.ldURL} {
		if p, err := url.Parse(strings.TrimSpace(u)); err == nil && p.IsAbs() {
			base = p
			break
		}
	}
	parser := readability.NewParser()
	parser.MaxElemsToParse = 200_000
	ra, rerr := parser.ParseAndMutate(doc, base)
	var body string
	if rerr == nil && ra.Node != nil {
		body = htmlText(ra.Node)
	}
	if strings.TrimSpace(body) == "" && len(meta.claimReviews)+len(meta.badReviews) > 0 {
		// A fact-check page with no article text: only its ClaimReviews.
		return Article{Encoding: encName, ClaimReviews: meta.claimReviews, bad: meta.badReviews, factChecks: true}, nil
	}
	if strings.TrimSpace(body) == "" {
		if rerr != nil {
			return Article{}, fmt.Errorf("%w: %v", ErrNoText, rerr)
		}
		return Article{}, ErrNoText
	}

	a := Article{Encoding: encName, ClaimReviews: meta.claimReviews, bad: meta.badReviews}
	a.Title = firstNonEmpty(meta.ldHeadline, meta.ogTitle, ra.Title())
	a.Title = strings.Join(strings.Fields(a.Title), " ")
	a.Byline = firstNonEmpty(meta.ldAuthor, meta.author, strings.TrimPrefix(strings.TrimPrefix(ra.Byline(), "By "), "by "))
	a.Outlet = firstNonEmpty(meta.ldPublisher, meta.ogSiteName, ra.SiteName())
	for _, d := range []string{meta.ldPublished, meta.articlePublished} {
		if t, err := ParseTime(d); err == nil {
			a.Published = t
			break
		}
	}
	if a.Published.IsZero() {
		if t, err := ra.PublishedTime(); err == nil {
			a.Published = t
		} else {
			a.Published = hints.published
		}
	}
	for _, u := range []string{hints.url, meta.canonical, meta.ogURL, meta.ldURL} {
		if u = strings.TrimSpace(u); u == "" {
			continue
		}
		if base != nil {
			if p, err := base.Parse(u); err == nil {
				u = p.String()
			}
		}
		a.URL = u
		break
	}
	if a.Outlet == "" {
		a.Outlet = hostOutlet(a.URL)
	}
	a.Body = withHeadline(a.Title, body)
	return a, nil
}

// withHeadline puts the headline and a blank line before the text, unless
// the text already starts with it.
func withHeadline(title, text string) string {
	if title == "" {
		return text
	}
	first, _, _ := strings.Cut(text, "\n")
	if strings.EqualFold(strings.TrimSpace(first), title) {
		return text
	}
	return title + "\n\n" + text
}

// hostOutlet is the outlet a URL names: its host without "www.".
func hostOutlet(u string) string {
	p, err := url.Parse(u)
	if err != nil || p.Hostname() == "" {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(p.Hostname()), "www.")
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}

// meta is what a page says about itself.
type meta struct {
	ldHeadline, ldPublished, ldAuthor, ldPublisher, ldURL string
	ogTitle, ogSiteName, ogURL, articlePublished, author  string
	canonical                                             string

	claimReviews []ClaimReview // every ClaimReview in the page's JSON-LD
	badReviews   []error
}

// ldClaimReviews adds the ClaimReviews of one JSON-LD script to m.
func ldClaimReviews(src string, m *meta) {
	if !strings.Contains(src, "ClaimReview") {
		return
	}
	src = strings.TrimSpace(src)
	src = strings.TrimSuffix(strings.TrimPrefix(src, "<![CDATA["), "]]>")
	crs, bad, _, err := ClaimReviewsFromJSON([]byte(src))
	if err != nil {
		return // broken JSON-LD is the page's problem, not an article's
	}
	m.claimReviews = append(m.claimReviews, crs...)
	m.badReviews = append(m.badReviews, bad...)
}

// pageMeta reads JSON-LD, Open Graph, article:* and author meta tags and the
// canonical link. It must run before readability, which removes scripts.
func pageMeta(doc *html.Node) meta {
	var m meta
	ldDone := false
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "script":
				if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") && n.FirstChild != nil {
					if !ldDone {
						ldDone = jsonLD(n.FirstChild.Data, &m)
					}
					ldClaimReviews(n.FirstChild.Data, &m)
				}
				return
			case "meta":
				key := strings.ToLower(firstNonEmpty(attr(n, "property"), attr(n, "name")))
				val := strings.TrimSpace(attr(n, "content"))
				set := func(dst *string) {
					if *dst == "" {
						*dst = val
					}
				}
				switch key {
				case "og:title":
					set(&m.ogTitle)
				case "og:site_name":
					set(&m.ogSiteName)
				case "og:url":
					set(&m.ogURL)
				case "article:published_time":
					set(&m.articlePublished)
				case "author", "article:author", "dc.creator":
					if !strings.HasPrefix(val, "http") {
						set(&m.author)
					}
				}
			case "link":
				if strings.EqualFold(strings.TrimSpace(attr(n, "rel")), "canonical") && m.canonical == "" {
					m.canonical = strings.TrimSpace(attr(n, "href"))
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return m
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// articleTypes are the schema.org types whose JSON-LD describes the article.
var articleTypes = map[string]bool{
	"Article": true, "NewsArticle": true, "ReportageNewsArticle": true, "AnalysisNewsArticle": true,
	"OpinionNewsArticle": true, "ReviewNewsArticle": true, "BackgroundNewsArticle": true,
	"BlogPosting": true, "Report": true, "LiveBlogPosting": true,
}

// jsonLD fills m from the first article object in a JSON-LD script (a lone
// object, a list, or an @graph) and reports whether it found one.
func jsonLD(src string, m *meta) bool {
	src = strings.TrimSpace(src)
	src = strings.TrimSuffix(strings.TrimPrefix(src, "<![CDATA["), "]]>")
	var v any
	if err := json.Unmarshal([]byte(src), &v); err != nil {
		return false
	}
	obj := findArticleObject(v, 0)
	if obj == nil {
		return false
	}
	m.ldHeadline = firstNonEmpty(str(obj["headline"]), str(obj["name"]))
	m.ldPublished = str(obj["datePublished"])
	m.ldAuthor = names(obj["author"])
	m.ldPublisher = names(obj["publisher"])
	m.ldURL = firstNonEmpty(str(obj["url"]), id(obj["mainEntityOfPage"]))
	return true
}

func findArticleObject(v any, depth int) map[string]any {
	if depth > 8 {
		return nil
	}
	switch v := v.(type) {
	case []any:
		for _, x := range v {
			if o := findArticleObject(x, depth+1); o != nil {
				return o
			}
		}
	case map[string]any:
		if isArticleType(v["@type"]) {
			return v
		}
		if g, ok := v["@graph"]; ok {
			return findArticleObject(g, depth+1)
		}
	}
	return nil
}

func isArticleType(t any) bool {
	switch t := t.(type) {
	case string:
		return articleTypes[strings.TrimPrefix(strings.TrimPrefix(t, "http://schema.org/"), "https://schema.org/")]
	case []any:
		for _, x := range t {
			if isArticleType(x) {
				return true
			}
		}
	}
	return false
}

func str(v any) string {
	s, _ := v.(string)
	return strings.TrimSpace(s)
}

func id(v any) string {
	switch v := v.(type) {
	case string:
		return strings.TrimSpace(v)
	case map[string]any:
		return firstNonEmpty(str(v["@id"]), str(v["url"]))
	}
	return ""
}

// names reads a schema.org person or organization: a string, an object with
// a name, or a list of them, joined by ", ".
func names(v any) string {
	switch v := v.(type) {
	case string:
		return strings.TrimSpace(v)
	case map[string]any:
		return str(v["name"])
	case []any:
		var out []string
		for _, x := range v {
			if n := names(x); n != "" && !containsString(out, n) {
				out = append(out, n)
			}
		}
		return strings.Join(out, ", ")
	}
	return ""
}

func containsString(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}
