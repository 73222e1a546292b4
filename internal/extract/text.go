package extract

import (
	"unicode"
	"unicode/utf8"
)

// tkind classifies a token.
type tkind uint8

const (
	tWord  tkind = iota
	tPunct       // one punctuation rune
	tOpenQ       // an opening quote mark recognised by the quote pass
	tCloseQ
)

// token is a half-open rune range [s,e) of the document.
type token struct {
	s, e int
	kind tkind
	q    int // index of the top-level quote the token lies in, or -1
}

// doc is the working state for one Extract call.
type doc struct {
	r        []rune
	toks     []token
	quotes   []quote
	sents    []sent
	qmark    map[int]tkind // rune offset -> quote mark kind, only for recognised marks
	qlen     map[int]int   // rune length of a recognised mark ('' is two runes)
	buf      []byte        // scratch for lower-cased lookups
	ents     []entity
	mentions []mention
	lastSpk  int          // entity of the latest person speaker, or -1
	lastReal *Attribution // the latest attribution with a cue
}

func newDoc(text string) *doc {
	d := &doc{lastSpk: -1}
	if utf8.ValidString(text) {
		d.r = []rune(text)
	} else {
		// Mirror Python's errors="replace": one U+FFFD per bad byte.
		d.r = make([]rune, 0, len(text))
		for i := 0; i < len(text); {
			c, n := utf8.DecodeRuneInString(text[i:])
			d.r = append(d.r, c)
			i += n
		}
	}
	return d
}

// str returns the text of runes [s,e).
func (d *doc) str(s, e int) string {
	if s < 0 {
		s = 0
	}
	if e > len(d.r) {
		e = len(d.r)
	}
	if s >= e {
		return ""
	}
	return string(d.r[s:e])
}

// lower returns the lower-cased token text in a scratch buffer; the result
// is only valid until the next call. Map lookups with string(b) do not
// allocate.
func (d *doc) lower(t token) []byte {
	b := d.buf[:0]
	for _, c := range d.r[t.s:t.e] {
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, byte(c))
		} else {
			if c == '’' {
				c = '\''
			}
			b = utf8.AppendRune(b, unicode.ToLower(c))
		}
	}
	d.buf = b
	return b
}

func (d *doc) lowerStr(t token) string { return string(d.lower(t)) }

func (d *doc) isCap(t token) bool {
	return t.kind == tWord && unicode.IsUpper(d.r[t.s])
}

func isWordRune(c rune) bool {
	return c < utf8.RuneSelf && (('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') || ('0' <= c && c <= '9')) ||
		c >= utf8.RuneSelf && (unicode.IsLetter(c) || unicode.IsDigit(c) || unicode.Is(unicode.Mn, c))
}

func isSpace(c rune) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xa0 || c == '\u2009' || c == '\u200a' || c == '\u202f' || c == '\u3000' || c == '\f' || c == '\v'
}

// tokenize splits runes [s,e) (one paragraph) into tokens.
func (d *doc) tokenize(s, e int) {
	r := d.r
	for i := s; i < e; {
		c := r[i]
		if isSpace(c) {
			i++
			continue
		}
		if k, ok := d.qmark[i]; ok {
			n := d.qlen[i]
			d.toks = append(d.toks, token{s: i, e: i + n, kind: k, q: -1})
			i += n
			continue
		}
		if !isWordRune(c) {
			d.toks = append(d.toks, token{s: i, e: i + 1, kind: tPunct, q: -1})
			i++
			continue
		}
		j := i + 1
		for j < e {
			c := r[j]
			if isWordRune(c) {
				j++
				continue
			}
			// Joiners inside a word: don't, al-Sadr, AT&T, U.S.
			if j+1 < e && isWordRune(r[j+1]) && isWordRune(r[j-1]) {
				if _, q := d.qmark[j]; !q && (c == '\'' || c == '’' || c == '-' || c == '&' || c == '‐' ||
					(c == '.' && (j-1 == i || r[j-2] == '.') && unicode.IsLetter(r[j+1]))) {
					j++
					continue
				}
			}
			break
		}
		// A plural possessive keeps its apostrophe: "the students’ union".
		if j < e && (r[j] == '’' || r[j] == '\'') && r[j-1] == 's' && j-i > 2 {
			if _, q := d.qmark[j]; !q {
				j++
			}
		}
		// Abbreviations and initials keep their full stop: "Mr.", "G.", "U.S."
		if j < e && r[j] == '.' {
			t := token{s: i, e: j}
			if (j-i == 1 && unicode.IsUpper(r[i])) || lex.abbrev[string(d.lower(t))] {
				j++
			}
		}
		d.toks = append(d.toks, token{s: i, e: j, kind: tWord, q: -1})
		i = j
	}
}
