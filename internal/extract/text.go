package extract

import (
	"slices"
	"sync"
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
	q    int // index of the top-level quote the token lies in, or -1
	kind tkind
	lw   string // lower-cased form if a lexicon knows the word, else ""
	fl   uint32 // word class flags from the lexicons
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
	text     string        // the input when valid UTF-8, else ""
	boff     []int32       // byte offset of each rune of text, plus the end
	ents     []entity
	mentions []mention
	byLast   map[string][]int // entity indices by lower-cased last word
	srcPos   int              // rune offset of the mention being resolved
	lastSpk  int              // entity of the latest person speaker, or -1
	lastSpkP int              // rune offset of that speaker's source
	lastOrg  int              // entity of the latest attribution's speaker when a named organisation, else -1
	lastOrgP int              // rune offset of that attribution's source
	lastReal *Attribution     // the latest attribution with a cue
}

// docPool recycles the big per-call buffers; nothing in the returned
// attributions points into them.
var docPool = sync.Pool{New: func() any { return new(doc) }}

func newDoc(text string) *doc {
	d := docPool.Get().(*doc)
	r, toks, sents, quotes, buf, boff := d.r[:0], d.toks[:0], d.sents[:0], d.quotes[:0], d.buf[:0], d.boff[:0]
	ents, mentions, byLast := d.ents[:0], d.mentions[:0], d.byLast
	if byLast == nil {
		byLast = map[string][]int{}
	}
	clear(byLast)
	*d = doc{lastSpk: -1, lastOrg: -1, toks: toks, sents: sents, quotes: quotes, buf: buf, ents: ents, mentions: mentions, byLast: byLast}
	if utf8.ValidString(text) {
		// Keep byte offsets so str can slice the original text instead
		// of encoding runes again. The byte length bounds the rune count,
		// which saves a counting pass.
		n := len(text)
		r, boff = slices.Grow(r, n)[:n], slices.Grow(boff, n+1)[:n+1]
		k := 0
		for i, c := range text {
			r[k], boff[k] = c, int32(i)
			k++
		}
		boff[k] = int32(len(text))
		d.r, d.boff, d.text = r[:k], boff[:k+1], text
	} else {
		d.r = r
		// Mirror Python's errors="replace": one U+FFFD per bad byte.
		for i := 0; i < len(text); {
			c, n := utf8.DecodeRuneInString(text[i:])
			d.r = append(d.r, c)
			i += n
		}
	}
	return d
}

// release returns d's buffers to the pool unless they grew huge.
func (d *doc) release() {
	if cap(d.r) > 1<<22 {
		return
	}
	d.text = "" // do not keep the caller's text alive
	clear(d.ents)
	if len(d.byLast) > 4096 {
		d.byLast = nil
	}
	for i := range d.quotes {
		d.quotes[i].spans = nil
	}
	docPool.Put(d)
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
	if d.text != "" {
		return d.text[d.boff[s]:d.boff[e]]
	}
	return string(d.r[s:e])
}

// lower returns the lower-cased token text in a scratch buffer; the result
// is only valid until the next call. Map lookups with string(b) do not
// allocate.
func (d *doc) lower(t token) []byte {
	// ASCII words, nearly all of them, are written byte by byte into the
	// buffer without appending.
	w := d.r[t.s:t.e]
	if cap(d.buf) < len(w) {
		d.buf = make([]byte, 0, 2*len(w)+16)
	}
	b := d.buf[:len(w)]
	for k, c := range w {
		if c >= utf8.RuneSelf {
			return d.lowerWide(w)
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[k] = byte(c)
	}
	return b
}

// lowerWide is lower for words with non-ASCII runes.
func (d *doc) lowerWide(w []rune) []byte {
	b := d.buf[:0]
	for _, c := range w {
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

// lowerStr returns the token's lower-cased form when some lexicon knows
// it, else "": every use is a lexicon test or a comparison with a known
// word, so unknown words need no string.
func (d *doc) lowerStr(t token) string { return t.lw }

// has reports whether token t carries any of the flags f.
func (t token) has(f uint32) bool { return t.fl&f != 0 }

// isCap reports a word starting with a capital: the tokenizer's fCap,
// a flag test that inlines (this runs several times per token).
func (d *doc) isCap(t token) bool { return t.fl&fCap != 0 }

// isWordRune reports a letter, digit or combining mark. It is small
// enough to inline: the tokenizer calls it on nearly every rune.
func isWordRune(c rune) bool {
	if c < utf8.RuneSelf {
		return asciiWord[c]
	}
	return isWordRuneWide(c)
}

// asciiWord marks the ASCII letters and digits.
var asciiWord = func() (a [utf8.RuneSelf]bool) {
	for c := range a {
		a[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return a
}()

func isWordRuneWide(c rune) bool {
	return unicode.IsLetter(c) || unicode.IsDigit(c) || unicode.Is(unicode.Mn, c)
}

func isSpace(c rune) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xa0 || c == '\u2009' || c == '\u200a' || c == '\u202f' || c == '\u3000' || c == '\f' || c == '\v' || invisible(c)
}

// invisible reports a zero-width format mark (directional marks and
// embeddings, zero-width spaces, a stray BOM): pasted text carries them
// before quotes and names, and they separate nothing.
func invisible(c rune) bool {
	return c >= '\u200b' && c <= '\u200f' || c >= '\u202a' && c <= '\u202e' || c == '\u2060' || c == '\ufeff'
}

// markKind reports whether rune i is a recognised quote mark; only
// quote-like runes pay for the map lookup.
func (d *doc) markKind(i int) (tkind, bool) {
	switch d.r[i] {
	case '"', '“', '”', '„', '«', '»', '\'', '`', '‘', '’':
		k, ok := d.qmark[i]
		return k, ok
	}
	return 0, false
}

// lookup finds the word of runes [i,j) in the lexicon. An ASCII word is
// lower-cased and hashed in one pass, with no pre-filter: the table probe
// costs less than another pass over the word would.
func (d *doc) lookup(i, j int) (winfo, bool) {
	w := d.r[i:j]
	if len(w) >= 32 {
		return winfo{}, false // longer than any word worth a lookup
	}
	var b [32]byte
	h := hashSeed
	for k, c := range w {
		if c >= utf8.RuneSelf {
			l := d.lower(token{s: i, e: j})
			return lex.words.find(l, hashBytes(l))
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[k] = byte(c)
		h = wordHash(h, byte(c))
	}
	return lex.words.find(b[:len(w)], h)
}

// tokenize splits runes [s,e) (one paragraph) into tokens.
func (d *doc) tokenize(s, e int) {
	r := d.r
	// Tokens go to a local slice the deferred func stores back: measured
	// 4% fewer instructions here than appending to d.toks, or than storing
	// back at the end (the compiler allocates registers differently).
	toks := d.toks
	defer func() { d.toks = toks }()
	for i := s; i < e; {
		c := r[i]
		if isSpace(c) {
			i++
			continue
		}
		if k, ok := d.markKind(i); ok {
			n := d.qlen[i]
			toks = append(toks, token{s: i, e: i + n, kind: k, q: -1})
			i += n
			continue
		}
		if !isWordRune(c) {
			n := 1
			if c == '-' && i+1 < e && r[i+1] == '-' {
				n = 2 // "--" typed for a dash is one mark
			}
			toks = append(toks, token{s: i, e: i + n, kind: tPunct, q: -1})
			i += n
			continue
		}
		j := i + 1
		for j < e {
			for j < e && isWordRune(r[j]) {
				j++ // the common case, in a tight loop
			}
			if j == e {
				break
			}
			c := r[j]
			// Numbers keep their points and commas: 45.4, 1,000.
			if (c == '.' || c == ',') && j+1 < e && unicode.IsDigit(r[j-1]) && unicode.IsDigit(r[j+1]) {
				j++
				continue
			}
			// Joiners inside a word: don't, al-Sadr, AT&T, U.S.
			if j+1 < e && isWordRune(r[j+1]) && isWordRune(r[j-1]) {
				if _, q := d.markKind(j); !q && (c == '\'' || c == '’' || c == '-' || c == '&' || c == '‐' ||
					(c == '.' && (j-1 == i || r[j-2] == '.' || r[j-2] == '-' && unicode.IsUpper(r[j-1])) && unicode.IsLetter(r[j+1]))) {
					j++
					continue
				}
			}
			break
		}
		// A plural possessive keeps its apostrophe: "the students’ union".
		if j < e && (r[j] == '’' || r[j] == '\'') && r[j-1] == 's' && j-i > 2 {
			if _, q := d.markKind(j); !q {
				j++
			}
		}
		// Abbreviations and initials keep their full stop: "Mr.", "G.", "U.S."
		if j < e && r[j] == '.' {
			t := token{s: i, e: j}
			if (j-i == 1 && unicode.IsUpper(r[i])) || lex.abbrev[string(d.lower(t))] || numberSign(r, i, j) {
				j++
			}
		}
		t := token{s: i, e: j, kind: tWord, q: -1}
		if wi, ok := d.lookup(i, j); ok {
			t.lw, t.fl = wi.lw, wi.fl
		} else if n := j - i; n > 4 && r[j-2] == 'e' && r[j-1] == 'd' {
			t.fl = fEd
		}
		if unicode.IsUpper(r[i]) {
			t.fl |= fCap
		}
		toks = append(toks, t)
		i = j
	}
}

// numberSign reports "No." before a number at runes [i,j): "the No. 2
// Republican" goes on past its full stop.
func numberSign(r []rune, i, j int) bool {
	return j-i == 2 && (r[i] == 'N' || r[i] == 'n') && r[i+1] == 'o' && j+2 < len(r) && r[j+1] == ' ' && unicode.IsDigit(r[j+2])
}
