package extract

import (
	"slices"
	"strings"
	"unicode"
)

// quote is one top-level quotation: from its opening mark to its closing
// mark inclusive. A quote that runs over several paragraphs (an opening mark
// on each, a closing one only at the end) has one span per paragraph.
type quote struct {
	s, e   int
	spans  []Span
	closed bool
}

type openMark struct {
	pos, n int
	single bool
}

// para is one line of the document, [s,e) in runes, trailing space trimmed.
type para struct{ s, e int }

func (d *doc) paragraphs() []para {
	var ps []para
	r := d.r
	s := 0
	for i := 0; i <= len(r); i++ {
		if d.text != "" && i < len(r) {
			// Find the next line break in the bytes, much faster than
			// testing each rune, and turn its offset into a rune index.
			if b := strings.IndexByte(d.text[d.boff[i]:], '\n'); b < 0 {
				i = len(r)
			} else {
				k, _ := slices.BinarySearch(d.boff[i:], d.boff[i]+int32(b))
				i += k
			}
		}
		if i == len(r) || r[i] == '\n' {
			a, b := s, i
			for a < b && isSpace(r[a]) {
				a++
			}
			for b > a && isSpace(r[b-1]) {
				b--
			}
			if a < b {
				ps = append(ps, para{a, b})
			}
			s = i + 1
		}
	}
	return ps
}

// markAt says whether rune i starts a quote mark candidate, its length, and
// whether it is a single-quote style mark.
func (d *doc) markAt(i, end int) (n int, single bool) {
	switch d.r[i] {
	case '"', '“', '”', '„', '«', '»':
		return 1, false
	case '\'':
		// "one of us,''' Lind said": a single closes first, then the double.
		if i+3 <= end && d.r[i+1] == '\'' && d.r[i+2] == '\'' && (i+3 == end || closeFollow(d.r[i+3])) {
			return 1, true
		}
		if i+1 < end && d.r[i+1] == '\'' {
			return 2, false
		}
		return 1, true
	case '`':
		if i+1 < end && d.r[i+1] == '`' {
			return 2, false
		}
		return 1, true
	case '‘', '’':
		return 1, true
	}
	return 0, false
}

// skipToMark returns the first rune in [i,e) that may be a quote mark by
// its UTF-8 lead byte, or e: a byte scan of the text is much faster than
// the rune loop over the long stretches without any. Invalid UTF-8 (no
// text kept) returns i.
func (d *doc) skipToMark(i, e int) int {
	if d.text == "" {
		return i
	}
	b := d.text[d.boff[i]:d.boff[e]]
	for x := 0; x < len(b); x++ {
		if markByte[b[x]] {
			k, _ := slices.BinarySearch(d.boff[i:e], d.boff[i]+int32(x))
			return i + k
		}
	}
	return e
}

// markByte marks the bytes that start a rune findQuotes looks at: the
// ASCII marks " ' and `, 0xC2 (« and »), and the lead bytes of U+2000
// and above.
var markByte = func() (m [256]bool) {
	m['"'], m['\''], m['`'], m[0xC2] = true, true, true, true
	for c := 0xE2; c <= 0xF4; c++ {
		m[c] = true
	}
	return m
}()

func spaceLike(c rune) bool {
	return isSpace(c) || c == '(' || c == '[' || c == '{' || c == '—' || c == '–' || c == '-' || c == '/' || c == '"' || c == '“' || c == '‘' || c == '\''
}

func closeFollow(c rune) bool {
	return isSpace(c) || unicode.IsPunct(c) || c == '—' || c == '–'
}

// findQuotes pairs quote marks paragraph by paragraph and fills d.quotes and
// d.qmark. Unclosed double quotes end at their paragraph's end unless the
// next paragraph opens with a quote mark, the convention for a quote that
// runs on; unclosed single marks were apostrophes after all.
func (d *doc) findQuotes(ps []para) {
	d.qmark = map[int]tkind{}
	d.qlen = map[int]int{}
	r := d.r
	var stack []openMark
	var cur *quote // a multi-paragraph quote still open
	for pi, p := range ps {
		stack = stack[:0]
		i := p.s
		if cur != nil {
			// The run-on quote reopens with this paragraph's first mark.
			n, single := d.markAt(i, p.e)
			stack = append(stack, openMark{pos: p.s, n: 0})
			if n > 0 && !single {
				d.qmark[i], d.qlen[i] = tOpenQ, n
				i += n
			}
		}
		for ; i < p.e; i++ {
			if i = d.skipToMark(i, p.e); i == p.e {
				break
			}
			if c := r[i]; c < 0x2018 && c != '"' && c != '\'' && c != '`' && c != '«' && c != '»' {
				continue
			}
			n, single := d.markAt(i, p.e)
			if n == 0 {
				continue
			}
			c := r[i]
			prevSp := i == p.s || spaceLike(r[i-1])
			nextSp := i+n >= p.e || isSpace(r[i+n])
			nextClose := i+n >= p.e || closeFollow(r[i+n])
			openPos := prevSp && !nextSp
			closePos := !(i == p.s || isSpace(r[i-1])) && nextClose
			top := -1 // index of the innermost open double
			for k := len(stack) - 1; k >= 0; k-- {
				if !stack[k].single {
					top = k
					break
				}
			}
			if !single {
				isOpen := false
				switch c {
				case '“', '„', '«':
					isOpen = !(top >= 0 && closePos && !openPos)
				case '”', '»':
					// Misused as an opener: ”… they are not,” she said.
					isOpen = top < 0 && (openPos && !closePos || i == p.s)
				case '`':
					isOpen = true
				default: // " and ''
					isOpen = top < 0 && (openPos || !closePos)
					// A run-on quote written on one line, its closing mark
					// left out: “... in Athens. "She must not ...": a mark in
					// opening position after a sentence end ends the open
					// quote and opens the next.
					if top >= 0 && top == len(stack)-1 && openPos && !closePos && r[stack[top].pos] == c && d.sentenceEndBefore(i, p.s) {
						d.closeImplicit(&stack, top, i, &cur)
						isOpen = true
					}
				}
				if isOpen && len(stack) < 8 {
					stack = append(stack, openMark{pos: i, n: n})
				} else if top >= 0 {
					d.closeAt(&stack, top, i, n, &cur)
				}
				i += n - 1
				continue
			}
			// Single marks: ‘ opens, ’ closes, ' is either; all may be apostrophes.
			ts := len(stack) - 1
			if ts >= 0 && stack[ts].single && c != '‘' && c != '`' && closePos && !d.apostrophe(i, p) {
				d.closeAt(&stack, ts, i, n, &cur)
				continue
			}
			// Depth is capped: real quotes nest two or three deep, and a cap
			// keeps a page of stray marks linear.
			if openPos && len(stack) < 8 && !d.apostrophe(i, p) {
				stack = append(stack, openMark{pos: i, n: n, single: true})
			}
		}
		// Paragraph end: drop single openers; a double may run on.
		for len(stack) > 0 && stack[len(stack)-1].single {
			stack = stack[:len(stack)-1]
		}
		if len(stack) == 0 {
			continue
		}
		bottom := stack[0]
		if bottom.single {
			continue
		}
		runOn := false
		if pi+1 < len(ps) {
			q := ps[pi+1]
			n, single := d.markAt(q.s, q.e)
			runOn = n > 0 && !single && r[q.s] != '”' && r[q.s] != '»'
			if runOn && cur == nil {
				// Only a quote that opened at the start of its paragraph or after
				// a colon runs on; otherwise the missing mark is a typo.
				runOn = bottom.pos == p.s || bottom.n == 0 || d.prevNonSpace(bottom.pos, p.s) == ':'
			}
		}
		if cur == nil {
			d.quotes = append(d.quotes, quote{s: bottom.pos})
			cur = &d.quotes[len(d.quotes)-1]
			d.qmark[bottom.pos], d.qlen[bottom.pos] = tOpenQ, bottom.n
		}
		cur.spans = append(cur.spans, Span{bottom.pos, p.e})
		cur.e = p.e
		if !runOn || len(cur.spans) >= 30 {
			cur = nil
		}
	}
}

func (d *doc) prevNonSpace(i, lo int) rune {
	for i--; i >= lo; i-- {
		if !isSpace(d.r[i]) {
			return d.r[i]
		}
	}
	return 0
}

// closeAt closes the open mark stack[k] with the mark at i; a top-level
// close records a quote.
func (d *doc) closeAt(stack *[]openMark, k, i, n int, cur **quote) {
	om := (*stack)[k]
	*stack = (*stack)[:k]
	if k > 0 {
		return
	}
	if *cur != nil { // the last paragraph of a run-on quote
		q := *cur
		q.spans = append(q.spans, Span{om.pos, i + n})
		q.e, q.closed = i+n, true
		*cur = nil
	} else {
		d.quotes = append(d.quotes, quote{s: om.pos, e: i + n, spans: []Span{{om.pos, i + n}}, closed: true})
		d.qmark[om.pos], d.qlen[om.pos] = tOpenQ, om.n
	}
	d.qmark[i], d.qlen[i] = tCloseQ, n
}

// apostrophe tells an apostrophe from a single quote mark at i: don't,
// Britain’s, rock ’n’ roll, the ’90s, the students’ union.
func (d *doc) apostrophe(i int, p para) bool {
	r := d.r
	prevL := i > p.s && isWordRune(r[i-1])
	nextL := i+1 < p.e && isWordRune(r[i+1])
	if prevL && nextL {
		return true
	}
	if nextL && unicode.IsDigit(r[i+1]) {
		return true // ’90s
	}
	if i+2 < p.e && (r[i+1] == 'n' || r[i+1] == 'N') && (r[i+2] == '’' || r[i+2] == '\'') {
		return true // ’n’
	}
	if i > p.s+1 && (r[i-1] == 'n' || r[i-1] == 'N') && (r[i-2] == '’' || r[i-2] == '\'') {
		return true
	}
	if prevL && !nextL && (r[i-1] == 's' || r[i-1] == 'S') && i+2 < p.e && r[i+1] == ' ' && unicode.IsLower(r[i+2]) {
		return true // plural possessive: the students’ union
	}
	if nextL {
		// 'em, 'til, 'cause
		j := i + 1
		for j < p.e && isWordRune(r[j]) {
			j++
		}
		switch string(r[i+1 : j]) {
		case "em", "til", "cause", "tis", "twas":
			return true
		}
	}
	return false
}

// sentenceEndBefore reports a full stop, question or exclamation mark
// before the spaces that precede rune i.
func (d *doc) sentenceEndBefore(i, lo int) bool {
	if i-1 < lo || !isSpace(d.r[i-1]) {
		return false
	}
	c := d.prevNonSpace(i, lo)
	return c == '.' || c == '?' || c == '!'
}

// closeImplicit ends the open quote k before the spaces preceding rune i,
// where its closing mark was left out.
func (d *doc) closeImplicit(stack *[]openMark, k, i int, cur **quote) {
	om := (*stack)[k]
	*stack = (*stack)[:k]
	if k > 0 {
		return
	}
	e := i
	for e > om.pos && isSpace(d.r[e-1]) {
		e--
	}
	if *cur != nil {
		q := *cur
		q.spans = append(q.spans, Span{om.pos, e})
		q.e, q.closed = e, true
		*cur = nil
		return
	}
	d.quotes = append(d.quotes, quote{s: om.pos, e: e, spans: []Span{{om.pos, e}}, closed: true})
	d.qmark[om.pos], d.qlen[om.pos] = tOpenQ, om.n
}
