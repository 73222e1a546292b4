package extract

import (
	"strings"
	"unicode"
)

// frame is one attribution found in a sentence, in token indices until it
// is turned into an Attribution.
type frame struct {
	para       int
	cueS, cueE int // tokens, inclusive; -1 for a continuation
	entry      cueEntry
	srcS, srcE int // the whole mention, inclusive; -1 when none
	headE      int // last token of the head before an apposition, or -1
	roleS      int // apposition tokens [roleS, roleE], or -1
	roleE      int
	spans      []Span // content in runes
	quoted     int    // how many spans are whole quotes
	mixed      bool   // content has quoted and unquoted words
	addrS      int    // addressee tokens, inclusive; -1 when none
	addrE      int
	prev       *frame // the frame a continuation continues
	conf       float64
	raised     bool // a raising frame: "the plan appears to fail"
}

func newFrame(para int) frame {
	return frame{para: para, cueS: -1, cueE: -1, srcS: -1, srcE: -1, headE: -1, roleS: -1, roleE: -1, addrS: -1, addrE: -1}
}

// quoteOnly drops reported content for cues that only introduce quotes.
func (f *frame) quoteOnly() bool {
	return f.entry.quotes && f.quoted == 0 && !f.mixed
}

// addQuote appends quote qi's spans to f's content.
func (d *doc) addQuote(f *frame, qi int) {
	f.spans = append(f.spans, d.quotes[qi].spans...)
	f.quoted += len(d.quotes[qi].spans)
}

// tokSpan is the rune span of tokens [a,b] inclusive.
func (d *doc) tokSpan(a, b int) Span { return Span{d.toks[a].s, d.toks[b].e} }

// trimPunct drops trailing and leading punctuation tokens from [a,b]
// (inclusive) but keeps quote marks.
func (d *doc) trimPunct(a, b int) (int, int) {
	for a <= b && d.toks[a].kind == tPunct {
		a++
	}
	for b >= a && d.toks[b].kind == tPunct {
		b--
	}
	return a, b
}

// clauseEnd returns the last token of the clause starting at k: the
// sentence end, a semicolon, or a comma before another cue (", adding").
func (d *doc) clauseEnd(s sent, k int) int {
	for i := k; i < s.te; i++ {
		t := d.toks[i]
		// "... as “fantastic,” telling reporters": the comma sits inside
		// the closing quote.
		// (“Q,” compared with ..., “Q,” where ...: the sentence goes on.)
		if t.kind == tCloseQ && i > k && d.isPunct(i-1, ',') && i+1 < s.te && d.clauseBreak(i+1) && d.toks[i+1].lw != "compared" && d.toks[i+1].lw != "where" {
			return i
		}
		// "... before claiming that": a gerund clause of the writer's.
		if t.kind == tWord && t.q < 0 && i > k+2 && i+1 < s.te && (t.lw == "before" || t.lw == "after" || t.lw == "while" || t.lw == "when") {
			if n := d.toks[i+1]; n.kind == tWord && n.has(fIngCue|fCue) && strings.HasSuffix(n.lw, "ing") {
				return i - 1
			}
		}
		if t.kind != tPunct || t.q >= 0 {
			continue
		}
		c := d.r[t.s]
		if c == ';' {
			return i - 1
		}
		// An aside after a dash: "... baby” — a play on words", "-- something".
		if c == '—' || c == '–' || c == '-' && i+1 < s.te && d.isPunct(i+1, '-') {
			// "the plan — which failed — was good": a paired aside sits
			// inside the clause, which goes on after it.
			if e := d.asideEnd(s, i); e >= 0 {
				i = e
				continue
			}
			if i > k+3 {
				return i - 1
			}
		}
		if c == ',' && i+1 < s.te && d.clauseBreak(i+1) {
			if e := d.verblessAside(s, i); e >= 0 {
				i = e // "a crucial, although brief, chance": the clause goes on
				continue
			}
			if e := d.participleAside(s, k, i); e >= 0 {
				i = e // "Millennials, numbering 75 million, surpassed ..."
				continue
			}
			return i - 1
		}
	}
	return s.te - 1
}

// participleAside returns the comma closing a participle aside opened at
// the comma i right after a subject with no verb yet (tokens k..i-1), when
// a verb follows it, or -1.
func (d *doc) participleAside(s sent, k, i int) int {
	if i-k > 5 || !d.participle(d.toks[i+1]) || d.toks[i+1].has(fCue|fIngCue) {
		return -1
	}
	for m := k; m < i; m++ {
		if t := d.toks[m]; t.kind == tWord && (d.verbish(t) || t.has(fAux) || finiteAux[t.lw]) {
			return -1
		}
	}
	for m := i + 2; m < s.te && m-i <= 12; m++ {
		if d.isPunct(m, ',') {
			if m+1 >= s.te {
				return -1
			}
			n := d.toks[m+1]
			if n.kind == tWord && n.q < 0 && !d.isCap(n) && (d.verbish(n) || n.has(fAux) || finiteAux[n.lw]) {
				return m
			}
			return -1
		}
		if d.toks[m].kind != tWord {
			continue
		}
	}
	return -1
}

// verblessAside returns the comma closing a short aside without a verb
// opened by ", although", ", though" or ", if" at the comma i, when a
// lowercase word goes on after it, or -1.
func (d *doc) verblessAside(s sent, i int) int {
	switch d.toks[i+1].lw {
	case "although", "though", "if":
	default:
		return -1
	}
	for k := i + 2; k < s.te && k-i <= 5; k++ {
		t := d.toks[k]
		if d.isPunct(k, ',') {
			if k == i+2 || k+1 >= s.te {
				return -1
			}
			n := d.toks[k+1]
			if n.kind != tWord || n.q >= 0 || d.isCap(n) || n.has(fPronoun|fStop) {
				return -1
			}
			return k
		}
		if t.kind != tWord || t.q >= 0 || t.has(fAux|fCue|fEd|fPronoun) || finiteAux[t.lw] {
			return -1
		}
	}
	return -1
}

// asideEnd returns the dash closing the aside opened by the dash at i,
// when the clause goes on after it with two words or more, or -1.
func (d *doc) asideEnd(s sent, i int) int {
	c := d.r[d.toks[i].s]
	start := i + 1
	if c == '-' {
		start = i + 2
	}
	for j := start + 1; j < s.te && j-i < 30; j++ {
		t := d.toks[j]
		if t.kind != tPunct || t.q >= 0 {
			continue
		}
		switch d.r[t.s] {
		case ';', '.', '?', '!':
			return -1
		case c:
			if c == '-' {
				if j+1 >= s.te || !d.isPunct(j+1, '-') {
					continue
				}
				j++
			}
			// "— and at that pace — Nye won't ...", "— ... — but his team":
			// a clause of the writer's, not an aside.
			if d.wordCount(j+1, s.te-1) < 2 || d.toks[j+1].kind != tWord || d.isWord(j+1, "but") || d.isWord(start, "and") || d.isWord(start, "but") {
				return -1
			}
			return j
		}
	}
	return -1
}

// clauseBreak reports a word after a comma that starts something other
// than the reported clause: ", adding", ", according to", ", while". A
// ", despite ..." phrase is more often part of what was said.
func (d *doc) clauseBreak(i int) bool {
	n := d.toks[i]
	if n.kind != tWord || n.q >= 0 {
		return false
	}
	switch n.lw {
	case "according", "while", "whereas", "although", "though", "compared", "unlike", "where":
		return true
	}
	if (n.e-n.s >= 5 && d.r[n.e-2] == 'l' && d.r[n.e-1] == 'y' || n.lw == "later" || n.lw == "again" || n.lw == "also") && i+1 < len(d.toks) {
		// ", recently telling aides ...", ", later adding ...": an adverb
		// before the cue.
		if m := d.toks[i+1]; m.kind == tWord && m.q < 0 && m.has(fIngCue) {
			return true
		}
	}
	return n.has(fIngCue) || d.participle(n)
}

// participle reports a lowercase -ing word that opens a participle
// clause of the writer's (", meeting with him in July"), not a noun
// ("morning") or "including".
func (d *doc) participle(t token) bool {
	if t.e-t.s < 6 || !(d.r[t.e-3] == 'i' && d.r[t.e-2] == 'n' && d.r[t.e-1] == 'g') || unicode.IsUpper(d.r[t.s]) {
		return false
	}
	switch string(d.r[t.s:t.e]) {
	case "including", "during", "nothing", "something", "anything", "everything", "morning", "evening", "spring", "string", "building", "meaning", "funding", "hearing", "warning", "ruling", "polling", "spending", "training", "housing", "meeting", "offering", "opening", "ending", "beginning", "following", "pending", "regarding", "concerning", "notwithstanding", "bombing", "shooting", "killing", "rating", "feeling", "setting", "standing", "thing", "things", "being":
		return false
	}
	return true
}

// wordCount counts word tokens in [a,b].
func (d *doc) wordCount(a, b int) int {
	n := 0
	for i := a; i <= b; i++ {
		if d.toks[i].kind == tWord {
			n++
		}
	}
	return n
}

// setContent fills f from tokens [a,b]: a single whole quote is direct,
// anything else is reported speech, partial when it holds a quote.
func (d *doc) setContent(f *frame, a, b int) bool {
	a, b = d.trimPunct(a, b)
	if a > b {
		return false
	}
	if d.namingCue(f) && d.toks[a].kind != tOpenQ {
		b = d.cutAfterEpithet(a, b)
	}
	if d.toks[a].kind == tOpenQ {
		qi := d.toks[a].q
		if qi >= 0 {
			q := d.quotes[qi]
			// The quote covers the clause: direct.
			if d.toks[b].e <= q.e || d.quoteThenCoord(a, b) {
				d.addQuote(f, qi)
				return true
			}
		}
	}
	if d.wordCount(a, b) < 2 {
		return false
	}
	for i := a; i <= b; i++ {
		if d.toks[i].q >= 0 {
			f.mixed = true
			break
		}
	}
	if f.mixed {
		b = d.tailAfterQuote(a, b)
		b = d.adjunctAfterQuote(f, a, b)
	}
	f.spans = append(f.spans, d.tokSpan(a, b))
	return true
}

// lastCloseQuote returns the last closing quote among tokens (a,b], or -1.
func (d *doc) lastCloseQuote(a, b int) int {
	for i := b; i > a; i-- {
		if d.toks[i].kind == tCloseQ {
			return i
		}
	}
	return -1
}

// tailAfterQuote ends reported content that quotes the speaker before the
// writer's comment on it: "said families would pay “slightly more” in
// taxes, an admission that ...", "... “rigged” against him, which ...".
// It returns the last token to keep.
func (d *doc) tailAfterQuote(a, b int) int {
	c := d.lastCloseQuote(a, b)
	if c < 0 {
		return b
	}
	for i := c + 1; i < b; i++ {
		if !d.isPunct(i, ',') {
			continue
		}
		switch d.toks[i+1].lw {
		case "a", "an", "which", "who":
			if d.toks[i+1].kind == tWord && d.wordCount(a, i-1) >= 2 {
				return i - 1
			}
		}
	}
	return b
}

// quoteThenCoord reports a quote opening at a that closes with a comma
// before b, where the writer goes on with another act: "wrote, “Q,” and
// shared a link", "said: “Q,” but in fact", "“Q,” when asked".
func (d *doc) quoteThenCoord(a, b int) bool {
	c := a + 1
	for c < b && !(d.toks[c].kind == tCloseQ && d.toks[c].q == d.toks[a].q) {
		c++
	}
	if c+1 >= b || d.toks[c+1].kind != tWord {
		return false
	}
	if d.isPunct(c-1, '!') || d.isPunct(c-1, '?') || d.isPunct(c-1, '.') {
		// “Lock her up!” as the crowd had done before: a whole
		// utterance, and the writer's words after it (not “Why?” asked
		// Lind).
		return !d.toks[c+1].has(fCue) && !d.cueSoon(c+1, b+1)
	}
	if !d.isPunct(c-1, ',') {
		return false
	}
	switch string(d.lower(d.toks[c+1])) {
	case "but", "when", "before", "after":
		return true
	case "a", "an", "which", "who":
		// “Second Acts,” a memoir that ...: the writer describes the
		// quoted title or words (not "that “Q,” a show ..., was").
		return a == 0 || !d.isWord(a-1, "that")
	case "and":
		n := d.toks[c+2]
		return n.kind == tWord && n.q < 0 && d.verbish(n)
	}
	return false
}

// addResumedClause adds the clause that resumes at token k after the
// attribution interrupted it ("Many of the closures, he said, have ...",
// "C, according to X, C2"), when it has two words or more.
func (d *doc) addResumedClause(s sent, k int, f *frame) {
	e := d.clauseEnd(s, k)
	if e <= k {
		return
	}
	if a, b := d.trimPunct(k, e); a <= b && d.wordCount(a, b) >= 2 {
		f.spans = append(f.spans, d.tokSpan(a, b))
	}
}

// cutAfterEpithet ends the content of a naming cue at the quoted name
// when the writer comments on it or goes on with another clause:
// "called him a “moderate,” a subtle dig at ...", "called it “unsafe,”
// and her office ...", "the “Bergen loophole,” which allows ...".
func (d *doc) cutAfterEpithet(a, b int) int {
	for c := a + 1; c+2 <= b; c++ {
		if d.toks[c].kind != tCloseQ || d.toks[c+1].kind != tWord {
			continue
		}
		comma := d.isPunct(c-1, ',')
		if !comma && !d.isWord(c+1, "and") && !d.isWord(c+1, "but") {
			continue
		}
		switch string(d.lower(d.toks[c+1])) {
		case "a", "an":
			// "a “bully” and a ...": a list of names goes on.
			if !d.quoteOpensNear(c+2, b) {
				return c
			}
		case "which":
			return c
		case "and", "but":
			n := d.toks[c+2]
			if n.kind != tWord || n.q >= 0 {
				continue
			}
			switch string(d.lower(n)) {
			case "he", "she", "they", "it", "his", "her", "their", "its", "we", "i":
				return c
			}
			if d.isCap(n) || !comma && d.ingForm(n) {
				return c // "calling him a “nice guy” and bragging ..."
			}
		}
	}
	return b
}

// quoteOpensNear reports a quote opening within three tokens from k,
// before b.
func (d *doc) quoteOpensNear(k, b int) bool {
	for i := k; i <= b && i < k+3; i++ {
		if d.toks[i].kind == tOpenQ {
			return true
		}
	}
	return false
}

// ingForm reports a lowercase word ending in -ing.
func (d *doc) ingForm(t token) bool {
	return t.kind == tWord && t.e-t.s > 4 && !d.isCap(t) && d.r[t.e-1] == 'g' && d.r[t.e-2] == 'n' && d.r[t.e-3] == 'i'
}

// namingCue reports a cue that gives something a name or label: "called
// him a “moderate”", "refers to her as “Ms. Lind”", "dubbed it “Q”".
func (d *doc) namingCue(f *frame) bool {
	switch f.entry.lemma {
	case "call":
		return f.cueE >= 0 && !d.toks[f.cueE].has(fPrep) // not "called for"
	case "refer", "dub", "label", "brand", "describe":
		return true
	}
	return false
}

// adjunctAfterQuote ends a stance cue's content at its last closing quote
// when a prepositional or time adjunct of the writer's follows: "called
// him a “clown” on his radio show", "chanted “no deal” after the talks
// failed". It returns the last token to keep.
func (d *doc) adjunctAfterQuote(f *frame, a, b int) int {
	if d.speech(f.entry) && !f.entry.object {
		return b
	}
	c := d.lastCloseQuote(a, b)
	if c < 0 || c+2 > b || d.wordCount(a, c) < 2 {
		return b
	}
	n := d.toks[c+1]
	if n.kind != tWord || n.q >= 0 {
		return b
	}
	switch string(d.lower(n)) {
	case "until", "after", "before", "when", "while", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday":
	case "in", "on", "during":
		// "called him a “clown” on his radio show", "in a tweet": where
		// it was said.
		if !d.venueAhead(c+2, b) {
			return b
		}
	default:
		return b
	}
	return c
}

// venueAhead reports a word naming where something was said among the
// three words from i (up to b): "a tweet", "his radio show".
func (d *doc) venueAhead(i, b int) bool {
	for k := i; k <= b && k < i+3; k++ {
		t := d.toks[k]
		if t.kind != tWord || t.q >= 0 {
			return false
		}
		switch string(d.lower(t)) {
		case "tweet", "twitter", "interview", "show", "speech", "statement", "rally", "debate", "facebook", "op-ed", "appearance", "appearances":
			return true
		}
	}
	return false
}
