package ingest

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
)

// htmlText renders the text of an HTML tree for the extractor: every block
// (p, div, h1…h6, li, blockquote, tr …) becomes a paragraph, paragraphs are
// separated by one blank line ("\n\n"), <br> is a line break inside a
// paragraph, and runs of white space inside a paragraph are one space.
// Figure captions, navigation, asides, forms, scripts and styles are left
// out: they are page furniture, not the article's text.
func htmlText(n *html.Node) string {
	var t textBuilder
	t.render(n)
	return strings.TrimSpace(t.b.String())
}

type textBuilder struct {
	b     strings.Builder
	brk   int  // pending break before the next word: 0 none, 1 line, 2 paragraph
	space bool // pending space before the next word
}

var skippedElements = map[string]bool{
	"head": true, "script": true, "style": true, "noscript": true, "template": true,
	"svg": true, "math": true, "iframe": true, "object": true, "embed": true, "canvas": true,
	"video": true, "audio": true, "picture": true, "img": true, "figcaption": true,
	"nav": true, "aside": true, "form": true, "button": true, "select": true,
	"textarea": true, "input": true, "label": true, "dialog": true,
}

var blockElements = map[string]bool{
	"p": true, "div": true, "section": true, "article": true, "main": true, "header": true,
	"footer": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"blockquote": true, "ul": true, "ol": true, "li": true, "dl": true, "dt": true, "dd": true,
	"pre": true, "address": true, "figure": true, "table": true, "tr": true, "caption": true,
	"hr": true, "details": true, "summary": true, "fieldset": true, "center": true, "body": true,
	"html": true, "thead": true, "tbody": true, "tfoot": true,
}

func (t *textBuilder) render(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		t.text(n.Data)
		return
	case html.ElementNode:
		if skippedElements[n.Data] || hidden(n) {
			return
		}
		switch {
		case n.Data == "br":
			t.breakAt(1)
			return
		case n.Data == "td" || n.Data == "th":
			t.space = true
		case blockElements[n.Data]:
			t.breakAt(2)
		}
	case html.CommentNode, html.DoctypeNode:
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		t.render(c)
	}
	if n.Type == html.ElementNode && blockElements[n.Data] {
		t.breakAt(2)
	}
}

func (t *textBuilder) breakAt(level int) {
	t.brk = max(t.brk, level)
	t.space = false
}

func (t *textBuilder) text(s string) {
	start := -1
	for i, r := range s {
		if unicode.IsSpace(r) || r == 0 {
			if start >= 0 {
				t.word(s[start:i])
				start = -1
			}
			t.space = true
			continue
		}
		if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		t.word(s[start:])
	}
}

func (t *textBuilder) word(w string) {
	if t.b.Len() > 0 {
		switch {
		case t.brk == 2:
			t.b.WriteString("\n\n")
		case t.brk == 1:
			t.b.WriteByte('\n')
		case t.space:
			t.b.WriteByte(' ')
		}
	}
	t.brk, t.space = 0, false
	t.b.WriteString(w)
}

// hidden reports elements a reader never sees: hidden, aria-hidden, or
// display:none.
func hidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if a.Val == "true" {
				return true
			}
		case "style":
			v := strings.ReplaceAll(strings.ToLower(a.Val), " ", "")
			if strings.Contains(v, "display:none") || strings.Contains(v, "visibility:hidden") {
				return true
			}
		}
	}
	return false
}

// fragmentText renders an HTML fragment (a feed item's content) as text, or
// returns plain text as it is, with its line breaks normalised.
func fragmentText(s string) string {
	if !strings.Contains(s, "<") {
		s = html.UnescapeString(s)
		return normalizeParagraphs(s)
	}
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		return ""
	}
	return htmlText(doc)
}

// normalizeParagraphs turns plain text into paragraphs separated by one blank
// line, spaces inside lines collapsed.
func normalizeParagraphs(s string) string {
	s = strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
	var paras []string
	for _, p := range strings.Split(s, "\n\n") {
		var lines []string
		for _, l := range strings.Split(p, "\n") {
			if l = strings.Join(strings.Fields(l), " "); l != "" {
				lines = append(lines, l)
			}
		}
		if len(lines) > 0 {
			paras = append(paras, strings.Join(lines, "\n"))
		}
	}
	return strings.Join(paras, "\n\n")
}
