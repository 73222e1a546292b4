package extract

import "strings"

// Extract returns the attributions found in text, in document order.
//
// The text is read as paragraphs (lines) and sentences; quotes are paired
// first, then each cue ("said", "told", "according to", a headline's
// "Name:") is read with its speaker mention and its content. A quote-only
// paragraph after an attribution is returned as its own record with the
// same speaker and no cue or source. Offsets are code points; invalid
// UTF-8 counts one U+FFFD per bad byte. Extract is safe for concurrent use.
func Extract(text string) []Attribution {
	d := newDoc(text)
	defer d.release()
	ps := d.paragraphs()
	if want := len(d.r)/5 + 16; cap(d.toks) < want {
		d.toks = make([]token, 0, want) // one token per ~5 runes: no regrowth
	}
	d.findQuotes(ps)
	pt := make([][2]int, len(ps)) // token range of each paragraph
	for i, p := range ps {
		a := len(d.toks)
		d.tokenize(p.s, p.e)
		pt[i] = [2]int{a, len(d.toks)}
	}
	d.assignQuotes()
	skip := make([]bool, len(ps))
	for i, p := range ps {
		skip[i] = d.furniture(p, pt[i])
		if !skip[i] {
			d.splitSentences(pt[i][0], pt[i][1], i)
		}
	}
	d.ents = d.scanEntities()
	frames := d.findFrames(ps, pt)
	out := make([]Attribution, 0, len(frames))
	for i := range frames {
		if a, ok := d.attribution(frames[i]); ok {
			out = append(out, a)
		}
	}
	return out
}

// furniture reports page furniture: boilerplate lines and photo captions
// ending in a picture credit.
func (d *doc) furniture(p para, tr [2]int) bool {
	if p.e-p.s < 40 {
		w := strings.ToLower(strings.TrimRight(strings.TrimSpace(d.str(p.s, p.e)), ".:!"))
		if lex.boilerplate[w] {
			return true
		}
	}
	// "... gather in the square: Reuters" / "(Photo: AP)"
	n := tr[1] - tr[0]
	if n >= 3 {
		last := d.toks[tr[1]-1]
		if last.kind == tPunct && d.r[last.s] == ')' {
			return false
		}
		for k := tr[1] - 2; k >= tr[0] && k >= tr[1]-4; k-- {
			if d.isPunct(k, ':') || d.isPunct(k, '/') {
				credit := strings.ToLower(d.str(d.toks[k+1].s, last.e))
				for _, c := range []string{"reuters", "ap", "afp", "getty", "epa", "pa", "afp/getty images", "getty images", "ap photo", "bloomberg", "alamy", "shutterstock"} {
					if credit == c {
						return true
					}
				}
			}
		}
	}
	return false
}
