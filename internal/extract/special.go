package extract

import (
	"strings"
	"unicode"
)

// Frames that are not a cue verb: "according to X" and "Name: words".

// accordingFrame handles "according to X, C" and "C, according to X".
func (d *doc) accordingFrame(s sent, i int) (frame, bool) {
	return d.agentFrame(s, i, i+2, cueEntry{lemma: "according to"})
}

// agentFrame reads a cue phrase at tokens [i, a) whose source follows
// it, set off like "according to X": "As reported by X, C".
func (d *doc) agentFrame(s sent, i, a int, e cueEntry) (frame, bool) {
	f := newFrame(s.para)
	f.entry = e
	f.cueS, f.cueE = i, a-1
	// The source runs to the next comma or the sentence end: "according
	// to an online poll out Thursday, ...".
	k := a
	for k < s.te && k-i < 25 && d.toks[k].kind != tOpenQ && !(d.toks[k].kind == tPunct && d.toks[k].q < 0 && d.r[d.toks[k].s] != '.' && d.r[d.toks[k].s] != '’' && d.r[d.toks[k].s] != '\'' && d.r[d.toks[k].s] != '-' && d.r[d.toks[k].s] != '/') {
		k++
	}
	b := k - 1
	for b > a-1 && d.toks[b].kind == tPunct {
		b--
	}
	if b < a || d.toks[a].kind != tWord {
		return f, false
	}
	f.srcS, f.srcE = a, b
	// Only conjunctions before it: "But according to X, C."
	first := s.ts
	for first < i && (d.isWord(first, "but") || d.isWord(first, "and") || d.isWord(first, "yet") || d.isWord(first, "so") || d.isPunct(first, ':') || d.isPunct(first, '(')) {
		first++
	}
	if first == i {
		c := k
		for c < s.te && d.isPunct(c, ',') {
			c++
		}
		if c < s.te && d.setContent(&f, c, d.clauseEnd(s, c)) {
			f.conf = 0.7
			return f, true
		}
		return f, false
	}
	// C, according to X[, C2].
	c := s.ts
	for c < i && d.isPunct(c, ':') {
		c++
	}
	if !d.setContent(&f, c, i-1) {
		return f, false
	}
	if k+1 < s.te && d.isPunct(k, ',') {
		d.addResumedClause(s, k+1, &f)
	}
	f.conf = 0.7
	return f, true
}

// colonFrame reads "Name: words" at the start of a paragraph, the form of
// headlines ("Rubio: I Still Believe ...") and transcripts ("SMITH: We
// ..."). The content runs to the paragraph's end.
func (d *doc) colonFrame(si int) (frame, bool) {
	s := d.sents[si]
	if si > 0 && d.sents[si-1].para == s.para {
		return frame{}, false // not a paragraph's start
	}
	f := newFrame(s.para)
	if si > 0 && d.sents[si-1].para == s.para {
		return f, false
	}
	k := -1 // the colon, before any quote
	for i := s.ts; i < s.te && i-s.ts < 14; i++ {
		if d.toks[i].q >= 0 || d.toks[i].kind == tOpenQ {
			break
		}
		if d.isPunct(i, ':') {
			k = i
			break
		}
	}
	if k <= s.ts || k+1 >= s.te {
		return f, false
	}
	a, b := d.colonSpeaker(s, k)
	if a < 0 {
		return f, false
	}
	if d.toks[k+1].kind != tOpenQ && d.wordCount(k+1, s.te-1) < 4 {
		return f, false // "Cruz: A miracle." is a section heading
	}
	// The rest of the paragraph, past sentence ends.
	e := s.te - 1
	for n := si + 1; n < len(d.sents) && d.sents[n].para == s.para; n++ {
		e = d.sents[n].te - 1
	}
	if !d.setContent(&f, k+1, e) {
		return f, false
	}
	f.entry = cueEntry{lemma: "say"}
	f.cueS, f.cueE = k, k
	f.srcS, f.srcE = a, b
	f.conf = 0.5
	return f, true
}

// colonSpeaker reads who speaks before the colon at k: "Rubio:", "Former
// secretary of state Ann Roos:", "HEADLINE - Ann Roos:", "More from
// Roos:", "Roos On Berg:" (Roos); not a transcript's "Q:". It returns
// the mention's tokens, or -1.
func (d *doc) colonSpeaker(s sent, k int) (int, int) {
	a, b := s.ts, k-1
	for i := k - 1; i > s.ts; i-- {
		if d.dash(i) {
			a = i + 1 // "... STATES - Jeffrey M. Jones:"
			break
		}
	}
	switch w := string(d.lower(d.toks[a])); {
	case w == "more" && a+1 < b && d.isWord(a+1, "from"):
		a += 2
	case w == "from" || strings.HasPrefix(w, "here’s") || strings.HasPrefix(w, "here's"):
		a++
	}
	for i := a + 1; i < b; i++ {
		if string(d.lower(d.toks[i])) == "on" && d.isCap(d.toks[i]) && d.isCap(d.toks[i+1]) {
			b = i - 1 // a headline: "CNN President On Trump:"
			break
		}
	}
	if a > b || b-a > 7 {
		return -1, -1
	}
	for _, i := range []int{a, b} {
		switch string(d.lower(d.toks[i])) {
		case "watch", "update", "related", "note", "editor", "photo", "video", "source", "sources", "breaking", "exclusive", "read", "listen", "contact", "correction", "advertisement", "contributing", "credit", "caption", "image", "transcript", "subscribe", "tags", "topics", "filed", "wait", "here", "this", "that", "it", "the", "and", "but", "follow", "wow", "boom", "look", "paid", "deaths", "q", "a":
			return -1, -1
		}
	}
	// "Continued Holm:", "Stated Stone:": a verb first, read as a cue.
	if w := string(d.lower(d.toks[a])); d.toks[a].has(fCue) && (strings.HasSuffix(w, "ed") || w == "said" || w == "wrote" || w == "told") {
		return -1, -1
	}
	caps := 0
	for i := a; i <= b; i++ {
		t := d.toks[i]
		if t.kind != tWord && !(d.isPunct(i, '.') || d.isPunct(i, '(') || d.isPunct(i, ')') || d.isPunct(i, '-')) {
			return -1, -1
		}
		if t.kind == tWord && (d.verbish(t) && !lex.cues[t.lw].noun || finiteAux[t.lw] || t.has(fPronoun) && !d.isCap(t)) {
			return -1, -1
		}
		if d.isCap(t) {
			caps++
		}
	}
	last := d.toks[b]
	if !(d.isCap(last) || d.isPunct(b, ')')) || caps == 0 || d.toks[a].has(fNonName) && !d.toks[a].has(fNounBlock) {
		return -1, -1
	}
	return a, b
}

// pollWord reports the head of a finding's source: "In a new Fox News
// poll, ...", "... in the most recent YouGov survey".
func (d *doc) pollWord(i int) bool {
	t := d.toks[i]
	return t.kind == tWord && t.q < 0 && !d.isCap(t) && lex.finding[t.lw] && t.has(fFinding)
}

// pollFrame reads a finding reported "in" a poll or study: "In a CNN/ORC
// poll released Monday, 31% said ..." or "Trump took 45 percent in a new
// Fox News poll." The poll is the source.
func (d *doc) pollFrame(si int) (frame, bool) {
	s := d.sents[si]
	if s.fl&fFinding == 0 && s.marks&mWords == 0 {
		return frame{}, false // no finding word: the common case
	}
	f := newFrame(s.para)
	f.entry = cueEntry{lemma: "in"}
	a := d.clauseStart(s)
	if a < s.te && d.isWord(a, "in") {
		for k := a + 1; k < s.te && k-a <= 20; k++ {
			// Poll names hold slashes and points: "NBC News/Marist", "U.S."
			if d.isPunct(k, '/') || d.isPunct(k, '.') || d.isPunct(k, '-') {
				continue
			}
			if d.toks[k].kind != tWord || d.toks[k].q >= 0 {
				if !d.isPunct(k, ',') || k == a+1 {
					break
				}
				hasPoll := false
				for i := a + 1; i < k; i++ {
					hasPoll = hasPoll || d.pollWord(i)
				}
				// "In Forbes’ words, ...": the words are the source's.
				hasPoll = hasPoll || k-1 > a+1 && d.possessive(d.toks[k-2]) && string(d.lower(d.toks[k-1])) == "words"
				if !hasPoll {
					return f, false
				}
				srcE := k - 1
				// "In the new poll, conducted March 11-13, 40 percent ...":
				// the participle belongs to the poll.
				if k+1 < s.te && d.toks[k+1].kind == tWord && d.pollTail(k+1) && d.toks[k+1].e-d.toks[k+1].s > 4 {
					for m := k + 2; m < s.te && m-k < 12; m++ {
						if d.isPunct(m, ',') {
							srcE, k = m-1, m
							break
						}
					}
				}
				// "In a memo released Tuesday, campaign manager Ann Roos
				// acknowledged C": the author's own verb reports it.
				if d.namedReporter(s, k+1) {
					return f, false
				}
				if !d.setContent(&f, k+1, d.clauseEnd(s, k+1)) {
					return f, false
				}
				f.cueS, f.cueE = a, a
				f.srcS, f.srcE = a+1, srcE
				f.conf = 0.5
				return f, true
			}
		}
		return f, false
	}
	// "... in a new Fox News poll released Thursday." at the sentence end.
	end := s.te - 1
	for end > s.ts && d.toks[end].kind == tPunct {
		end--
	}
	for k := end - 1; k > s.ts+3 && end-k <= 16; k-- {
		t := d.toks[k]
		if d.isPunct(k, '/') || d.isPunct(k, '.') || d.isPunct(k, '-') {
			continue // "in an NBC News/Marist poll Jan. 17-23"
		}
		if t.kind != tWord || t.q >= 0 {
			return f, false
		}
		if !d.isWord(k, "in") {
			continue
		}
		// The poll heads the phrase and ends it, but for a date or
		// "released Thursday": "in a new Fox News poll released Monday".
		p := -1
		for i := k + 1; i <= end && i-k <= 10; i++ {
			if d.pollWord(i) {
				p = i
			}
		}
		if p < 0 || end-p > 6 || p < end && !d.pollTail(p+1) || d.pollsAtLarge(k+1, end) || !d.standing(s, a, k-1) || !d.setContent(&f, a, k-1) {
			return f, false
		}
		f.cueS, f.cueE = k, k
		f.srcS, f.srcE = k+1, end
		f.conf = 0.5
		return f, true
	}
	return f, false
}

// namedReporter reports a clause opening at i with a mention that is no
// share of respondents and a finite cue verb after it: "Ann Roos, the
// mayor, noted", "they estimated" (not "40 percent said").
func (d *doc) namedReporter(s sent, i int) bool {
	for c := i; c < s.te && c-i <= 20; c++ {
		t := d.toks[c]
		if t.q >= 0 || t.kind == tWord && unicode.IsDigit(d.r[t.s]) || quantifier(t.lw) {
			return false
		}
		if !t.has(fCue) || c == i {
			continue
		}
		e, _, ok := d.cueAt(s, c)
		if !ok || e.ing || t.lw == e.lemma || d.isCap(t) {
			continue // "Working America", "the voting section"
		}
		j := c - 1
		if d.toks[j].has(fAux) && j > i {
			j-- // "has found"
		}
		if d.isPunct(j, ',') {
			g := newFrame(s.para)
			d.apposLeft(s, j, &g)
			return g.srcS == i
		}
		// "harbour board chair Ann Roos": unanchored words before the
		// mention are its modifiers.
		h := d.leftNP(s, j)
		for k := i; k < h && h-i <= 3; k++ {
			if !d.npWord(d.toks[k]) || d.verbish(d.toks[k]) || d.adverb(d.toks[k]) {
				return false
			}
		}
		return h >= i && h-i <= 3
	}
	return false
}

// raisingFrame reads "X seemed to C", "X appears to C", "X is expected to
// C": an impression or expectation with no one named as its holder. The
// content is the subject and the infinitive; there is no source.
func (d *doc) raisingFrame(si int) (frame, bool) {
	s := d.sents[si]
	if s.fl&fRaise == 0 {
		return frame{}, false // no raising verb
	}
	f := newFrame(s.para)
	a := d.clauseStart(s)
	for c := a + 1; c+2 < s.te && c-a <= 25; c++ {
		t := d.toks[c]
		if t.q >= 0 {
			return f, false
		}
		if !t.has(fRaise) {
			continue
		}
		lemma, ok := lex.raising[t.lw]
		if !ok {
			continue
		}
		cs := c
		if passiveRaising(lemma) {
			// only the passive: "is expected to", "is widely expected
			// to", "had been expected to", "is widely viewed as"
			if t.lw == lemma {
				continue
			}
			k := d.expectedAux(s, c)
			if k < 0 {
				continue
			}
			cs = k
		}
		if cs-1 < a || !d.isWord(c+1, "to") && !d.raisedComplement(c, lemma) {
			return f, false
		}
		// The subject: the plain words before the cue, after an opening
		// phrase ("In another email, the foundation appeared to ...") and
		// past an aside ("The story, however, seemed ...").
		j := d.skipAuxLeft(s, cs-1)
		// "The bank, which has held rates low, is expected to C": the
		// subject is the noun before a comma-closed aside.
		if j > a && d.isPunct(j, ',') {
			for k := j - 1; k > a && j-k <= 20; k-- {
				if d.isPunct(k, ',') {
					j = k - 1
					break
				}
				if d.toks[k].q >= 0 || d.isPunct(k, ';') {
					break
				}
			}
		}
		h := a
		for k := j; k > a; k-- {
			if d.isPunct(k, ',') {
				h = k + 1
				break
			}
		}
		if j < h || !d.plainWords(h, j) {
			return f, false
		}
		for k := j; k > h; k-- {
			if d.isWord(k, "who") || d.isWord(k, "which") {
				h = k // "delegates who are expected to C": the relative's own
				break
			}
		}
		if !d.isWord(c+1, "to") && (d.isWord(h, "as") || d.relPronoun(h) || string(d.lower(d.toks[h])) == "whose") {
			return f, false // "As Lind appears set to ...": a subordinate clause
		}
		a = h
		// "is expected to announce that ...": the announcing is the report.
		if _, _, cue := d.cueAt(s, c+2); cue && d.isWord(c+1, "to") {
			return f, false
		}
		e := d.clauseEnd(s, c+1)
		x, y := d.trimPunct(c+1, e)
		if y-x < 2 {
			return f, false
		}
		// "but the idea seemed to ...", "while many voters are expected
		// to ...": the conjunction opens the clause; the subject follows.
		for a < j && d.toks[a].kind == tWord && leadConj(d.toks[a].lw) {
			a++
		}
		f.entry.lemma = lemma
		f.cueS, f.cueE = cs, c
		f.spans = append(f.spans, d.tokSpan(a, j), d.tokSpan(x, y))
		d.endAtBreak(s, &f.spans[1])
		if !d.isWord(c+1, "to") {
			d.seemsTo(s, x, y, &f)
		}
		f.conf = 0.4
		f.raised = true
		return f, true
	}
	return f, false
}

// nounFrame reads a noun of saying or stance with its content: "his
// calls for a wall", "Trump's criticism of the deal", "voiced support
// for the bill", "her claim that C". The holder is the possessor, or the
// subject of a light verb before the noun.
func (d *doc) nounFrame(s sent, i int) (frame, bool) {
	f := newFrame(s.para)
	t := d.toks[i]
	if t.q >= 0 || d.isCap(t) || i+2 >= s.te {
		return f, false
	}
	p := d.toks[i+1]
	ok := false
	for _, w := range lex.nounCue[t.lw] {
		if p.kind == tWord && p.lw == w {
			ok = true
		}
	}
	if !ok {
		return f, false
	}
	lemma := t.lw
	if _, plural := lex.nounCue[lemma[:len(lemma)-1]]; plural && lemma[len(lemma)-1] == 's' {
		lemma = lemma[:len(lemma)-1]
	}
	f.entry = cueEntry{lemma: lemma, noun: true}
	f.cueS, f.cueE = i, i+1
	// The holder: a possessor before the noun and its modifiers.
	k := i - 1
	for k >= s.ts && i-k <= 3 && d.toks[k].kind == tWord && d.toks[k].q < 0 && !d.isCap(d.toks[k]) && !d.toks[k].has(fNounBlock|fPronoun|fPrep) && !d.verbish(d.toks[k]) && !d.possessive(d.toks[k]) {
		k--
	}
	if k >= s.ts && d.toks[k].kind == tWord && d.toks[k].q < 0 {
		w := d.toks[k]
		switch {
		case w.lw == "his" || w.lw == "her" || w.lw == "their" || w.lw == "its" || w.lw == "our" || w.lw == "my":
			f.srcS, f.srcE = k, k
			// "Trump ratcheted up his attacks on X": the subject of the
			// verb holding the noun is the holder the pronoun stands for.
			if a, b := d.verbSubject(s, k); a >= 0 {
				f.srcS, f.srcE = a, b
			}
		case d.possessive(w) && !d.timePossessive(w):
			f.srcS, f.srcE = k, k
			if h := d.leftNP(s, k); h >= 0 && k-h <= 3 {
				f.srcS = h // "the athlete's", not a clause before it
			}
		default:
			// "voiced support for": a light verb's subject holds it.
			if w.has(fNounBlock) && k-1 >= s.ts {
				k--
				w = d.toks[k]
			}
			if w.kind == tWord && lightVerb[string(d.lower(w))] {
				if j := d.skipAuxLeft(s, k-1); j >= s.ts {
					if h := d.leftNP(s, j); h >= 0 {
						f.srcS, f.srcE = h, j
					}
				}
			}
		}
	}
	if f.srcS < 0 {
		return f, false // a holder-less noun is too often no one's saying
	}
	a := i + 2
	end := d.clauseEnd(s, a)
	if p.lw != "that" {
		end = d.objectEnd(s, a, end)
		// "criticism of the deal was sharp": the phrase ends at its verb.
		for k := a + 1; k <= end; k++ {
			if t := d.toks[k]; t.kind == tWord && t.q < 0 && (finiteAux[t.lw] || d.verbish(t)) {
				end = k - 1
				break
			}
		}
	} else {
		a = i + 1 // the clause with its complementizer
	}
	if !d.setContent(&f, a, end) && !(d.oneWordObject(s, a, end) && d.setOne(&f, a)) {
		return f, false
	}
	f.conf = 0.4
	return f, true
}

// verbSubject returns the subject of the verb before the possessive at
// k ("X shared her belief", "X ratcheted up his attacks"), or -1, -1. A
// copula ("was his warning") has none.
func (d *doc) verbSubject(s sent, k int) (int, int) {
	v := k - 1
	for v > s.ts && k-v <= 2 && d.toks[v].kind == tWord && particle(string(d.lower(d.toks[v]))) {
		v-- // particles: "ratcheted up", "expanded upon"
	}
	t := d.toks[v]
	if v <= s.ts || t.kind != tWord || t.q >= 0 || d.isCap(t) || t.has(fStop|fPronoun|fNounBlock) || finiteAux[t.lw] {
		return -1, -1
	}
	if !(t.has(fEd) || t.has(fCue) || lightVerb[string(d.lower(t))] || d.r[t.e-1] == 's') {
		return -1, -1
	}
	j := d.skipAuxLeft(s, v-1)
	if j < s.ts {
		return -1, -1
	}
	h := d.leftNP(s, j)
	if h < 0 {
		h = d.sentenceSubject(s, j) // "Some of those surveyed shared their ..."
	}
	if h < 0 || h != d.clauseStart(s) && !d.isPunct(h-1, ',') {
		return -1, -1
	}
	return h, j
}

// particle reports a verb's particle: "ratcheted up", "toned down".
func particle(w string) bool {
	switch w {
	case "up", "upon", "in", "out", "on", "down", "back", "off":
		return true
	}
	return false
}

// lightVerb holds verbs whose object noun carries the saying: "voiced
// support", "renewed his calls".
var lightVerb = map[string]bool{"expressed": true, "voiced": true, "renewed": true, "repeated": true, "reiterated": true, "issued": true, "offered": true, "made": true, "stepped": true, "leveled": true, "levelled": true, "raised": true, "announced": true, "signaled": true, "signalled": true, "shared": true, "expresses": true, "voices": true, "renews": true, "makes": true, "offers": true, "raises": true}

// possessive reports a word ending in 's or s': "Trump's", "voters’".
func (d *doc) possessive(t token) bool {
	n := t.e - t.s
	if n < 3 {
		return false
	}
	a, b := d.r[t.e-2], d.r[t.e-1]
	return (a == '\'' || a == '’') && b == 's' || (b == '\'' || b == '’') && d.r[t.e-2] == 's'
}

// timePossessive reports a time word with 's: "Friday's attacks",
// "last week's speech" belong to no holder.
func (d *doc) timePossessive(t token) bool {
	w := strings.TrimRight(string(d.lower(t)), "s")
	w = strings.TrimRight(w, "'’")
	return lex.temporal[w] || lex.temporal[w+"s"]
}

// setOne sets a one-word content at token k.
func (d *doc) setOne(f *frame, k int) bool {
	f.spans = append(f.spans, d.tokSpan(k, k))
	return true
}

// leadIn reads a paragraph that ends in a colon and introduces the quote
// of the next one: "In a 1963 speech, he declared:" / "Trump issued the
// following statement:" / "Stated Stone:". The sentence's last frame takes
// the quote as its content; without one, the cue or statement noun is
// read here. It reports the frame to add, if any.
func (d *doc) leadIn(si int, fs []frame, used []bool) (frame, bool) {
	s := d.sents[si]
	if s.te-1 <= s.ts || !d.isPunct(s.te-1, ':') {
		return frame{}, false // no colon at the end
	}
	f := newFrame(s.para)
	last := s.te - 1
	if last <= s.ts || !d.isPunct(last, ':') || si+1 < len(d.sents) && d.sents[si+1].para == s.para {
		return f, false
	}
	qi := d.nextParaQuote(si)
	if qi < 0 || used[qi] {
		return f, false
	}
	// The last frame, if nothing after its cue is another cue: its
	// content becomes the quote.
	if n := len(fs); n > 0 && fs[n-1].cueS >= 0 && fs[n-1].quoted == 0 {
		g := &fs[n-1]
		for k := g.cueE + 1; k < last; k++ {
			if d.toks[k].has(fCue) && d.toks[k].q < 0 {
				return f, false
			}
		}
		g.spans, g.mixed = nil, false
		d.addQuote(g, qi)
		used[qi] = true
		return f, false
	}
	for c := s.ts; c < last; c++ {
		t := d.toks[c]
		if t.kind != tWord || t.q >= 0 {
			continue
		}
		if e, _, ok := d.cueAt(s, c); ok && c == s.ts && e.lemma != "according to" {
			// "Stated Stone:": the speaker follows the cue.
			if a, b := d.trimPunct(c+1, last); a <= b && b-a < 5 && d.isCap(d.toks[a]) {
				f.entry, f.cueS, f.cueE, f.srcS, f.srcE = e, c, c, a, b
			}
			break
		}
		// "issued the following statement:", "released a statement:"
		if leadNoun[t.lw] && c > s.ts {
			if a, b := d.subject(s, c); a >= 0 {
				f.entry = cueEntry{lemma: "statement", noun: true}
				f.cueS, f.cueE, f.srcS, f.srcE = c, c, a, b
				break
			}
		}
	}
	if f.cueS < 0 {
		return f, false
	}
	d.addQuote(&f, qi)
	used[qi] = true
	f.conf = 0.6
	return f, true
}

// seemsTo takes the one an impression is held by from "to X" closing
// the complement [x,y]: "the war seems far away to many voters".
func (d *doc) seemsTo(s sent, x, y int, f *frame) {
	for k := x + 1; k < y; k++ {
		if !d.isWord(k, "to") || !(d.mentionOpens(k+1) || d.experiencerWord(k+1)) {
			continue // "eager to dish": an infinitive
		}
		if e := d.rightNP(s, k+1); e == y || e >= 0 && e+1 < s.te && d.isPunct(e+1, ',') {
			f.srcS, f.srcE = k+1, e
			return
		}
	}
}

// experiencerWord reports a word opening the one an impression is held
// by: "to me", "to many voters", "to critics".
func (d *doc) experiencerWord(i int) bool {
	w := string(d.lower(d.toks[i]))
	switch w {
	case "me", "us", "him", "her", "them", "you":
		return true
	}
	return quantifier(w) || d.toks[i].has(fGroup)
}

// raisedComplement reports a complement other than an infinitive after
// "seem" or "appear" at c: "Lind seemed irritated", "the race appears
// closer"; "appeared on CNN", "appeared at a rally" are appearances.
func (d *doc) raisedComplement(c int, lemma string) bool {
	n := d.toks[c+1]
	switch lemma {
	case "view", "regard":
		return d.isWord(c+1, "as") // "is widely viewed as a rival"
	case "say", "report", "project":
		return false // only "is said to C"
	}
	if lemma == "expect" || n.kind != tWord || n.q >= 0 || d.isCap(n) || n.has(fPrep|fStop|fTemporal) {
		return false
	}
	switch string(d.lower(n)) {
	case "on", "at", "in", "before", "behind", "inside", "outside", "as", "with", "alongside", "onstage", "together", "for", "from", "during", "via", "briefly", "again", "live", "here", "there":
		return false
	}
	return true
}

// leadNoun holds nouns that introduce a statement quoted after a colon.
var leadNoun = map[string]bool{"statement": true, "remarks": true, "message": true}

// pollsAtLarge reports an unnamed plural "polls" in tokens [a,b]: "ahead
// in the polls", "a lead in national polls" tell of standing, not of one
// poll that found it.
func (d *doc) pollsAtLarge(a, b int) bool {
	plural := false
	for i := a; i <= b; i++ {
		t := d.toks[i]
		if d.isCap(t) || unicode.IsDigit(d.r[t.s]) {
			return false
		}
		plural = plural || d.pollWord(i) && d.r[t.e-1] == 's' && d.r[t.e-2] != 'i' // not "analysis"
	}
	return plural
}

// pollTail reports a word that may follow a poll's name at the end of
// its phrase: "released Monday", "conducted last week", "this month".
func (d *doc) pollTail(i int) bool {
	t := d.toks[i]
	if t.has(fTemporal) {
		return true
	}
	switch string(d.lower(t)) {
	case "released", "conducted", "published", "taken", "out", "this", "last", "on", "of", "by", "from":
		return true
	}
	w := strings.TrimSuffix(string(d.lower(t)), ".")
	if month(w) {
		return true
	}
	switch w { // "Jan. 17-23"
	case "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec":
		return true
	}
	return false
}

// standing reports a clause about standing in a race: a figure or a word
// of leading and trailing ("Trump leads Cruz by 9 points").
func (d *doc) standing(s sent, a, b int) bool {
	for i := a; i <= b; i++ {
		t := d.toks[i]
		if t.kind != tWord {
			continue
		}
		if unicode.IsDigit(d.r[t.s]) {
			return true
		}
		switch string(d.lower(t)) {
		case "lead", "leads", "leading", "led", "ahead", "trail", "trails", "trailing", "trailed", "behind", "percent", "points", "tied", "edge", "advantage", "support", "favorite", "front-runner", "frontrunner",
			"sagged", "slipped", "surged", "gained", "dropped", "climbed", "slumped", "rose", "fell", "winning", "neck":
			return true
		}
	}
	return false
}

// colonQuoteFrame reads "Mention: “Q”" where no verb introduces the
// quote: "More from Lind: “…”", "From the report: “…”", "DAM HOLDS - Ana
// Roos and Per Holm: “…”". The mention before the colon is the source.
func (d *doc) colonQuoteFrame(si int, same []frame) (frame, bool) {
	s := d.sents[si]
	if s.marks&mColon == 0 {
		return frame{}, false // no colon
	}
	f := newFrame(s.para)
	k := s.ts + 1
	for k+1 < s.te && !(d.isPunct(k, ':') && d.toks[k].q < 0) {
		k++
	}
	if k+1 >= s.te || d.toks[k+1].kind != tOpenQ {
		return f, false
	}
	j := k - 1
	if p := d.parenBefore(s, j); p > s.ts {
		j = p - 1 // "Rep. Ana Roos (R-Bergen):"
	}
	t := d.toks[j]
	if t.kind != tWord {
		return f, false
	}
	// "In 2015:", "On Monday:" name no one; "Lind spoke again:" still
	// reads as a predicate below.
	h := -1
	if !t.has(fTemporal) && !unicode.IsDigit(d.r[t.s]) {
		h = d.leftNP(s, j)
	}
	// "Kasich resisted: “…”", "the board was firm in its findings: “…”":
	// after a verb, the clause's subject speaks.
	hd := -1 // the head before an apposition
	if a, b := d.subject(s, k); a >= 0 && (h < 0 || b+1 < h) {
		// "A rally by city leaders had one message: “…”": the subject
		// takes in its prepositional phrase up to the verb.
		if v := d.verbAfterPP(s, b+1, k); v > b+1 && (h < 0 || v < h) {
			b = v - 1
		}
		if d.plainPredicate(s, b+1, k) {
			h, j = a, b
		} else if d.isPunct(b+1, ',') {
			// "Ana Roos, D-Vik, delivered a message to Holm: “…”": the
			// subject's apposition, then the predicate.
			for m := b + 2; m < k && m-b <= 8; m++ {
				if d.isPunct(m, ',') {
					if m > b+2 && d.plainPredicate(s, m+1, k) && (h < 0 || m < h) {
						h, j, hd = a, m-1, b
					}
					break
				}
			}
		}
	}
	if h < 0 {
		h, j = d.presentedName(s, k)
	}
	if h < 0 {
		return f, false
	}
	qi := d.toks[k+1].q
	q := d.quotes[qi]
	for _, g := range same {
		for _, sp := range g.spans {
			if sp.Start < q.e && q.s < sp.End {
				return f, false // a cue's content holds the quote already
			}
		}
	}
	// "the biggest change of all: “Q,” exhorted Ida Lind": a speaker
	// after the quote's comma is the quote's own.
	for c := k + 2; c+1 < s.te; c++ {
		if d.toks[c].q != qi {
			break
		}
		if d.toks[c].kind == tCloseQ {
			if d.isPunct(c-1, ',') && d.toks[c+1].kind == tWord && d.toks[c+1].q < 0 {
				return f, false
			}
			break
		}
	}
	f.entry = cueEntry{lemma: "say"}
	f.cueS, f.cueE = k, k
	f.srcS, f.srcE, f.headE = h, j, hd
	d.addQuote(&f, qi)
	f.conf = 0.5
	return f, true
}

// presentedName reads "Here’s Lind in December 1992:" or "Here is
// Lind on Monday:" before the colon at k: the name presented speaks. It
// returns the name's tokens, or -1, -1.
func (d *doc) presentedName(s sent, k int) (int, int) {
	a := d.clauseStart(s)
	if a+1 >= k || d.toks[a].kind != tWord {
		return -1, -1
	}
	switch w := string(d.lower(d.toks[a])); {
	case w == "here’s" || w == "here's":
		a++
	case w == "here" && d.isWord(a+1, "is"):
		a += 2
	default:
		return -1, -1
	}
	if a >= k || !d.isCap(d.toks[a]) || d.toks[a].has(fNonName|fStop) {
		return -1, -1
	}
	b := a
	for b+1 < k && b-a < 3 && d.toks[b+1].kind == tWord && d.isCap(d.toks[b+1]) {
		b++
	}
	return a, b
}

// verbFirstFrame reads a report whose cue opens the sentence before its
// speaker and quote: "Said Ana Roos, who grew up here, “…”", "Continued
// Holm: “…”".
func (d *doc) verbFirstFrame(si int) (frame, bool) {
	s := d.sents[si]
	if !d.toks[s.ts].has(fCue) && d.toks[s.ts].lw != "according" {
		return frame{}, false // no cue first
	}
	f := newFrame(s.para)
	c := s.ts
	e, n, ok := d.cueAt(s, c)
	if !ok || e.ing || !(d.speech(e) || e.quotes) || !d.isCap(d.toks[c]) {
		return f, false
	}
	a := c + n
	if a >= s.te || !d.isCap(d.toks[a]) {
		return f, false
	}
	b := d.rightNP(s, a)
	if b < 0 || b+1 >= s.te || !(d.isPunct(b+1, ',') || d.isPunct(b+1, ':')) {
		return f, false
	}
	k := d.nextQuoteNear(s, b+1)
	if k < 0 {
		return f, false
	}
	f.entry = e
	f.cueS, f.cueE = c, c+n-1
	f.srcS, f.srcE = a, b
	d.addQuote(&f, d.toks[k].q)
	f.conf = 0.6
	return f, true
}

// verbAfterPP returns the verb after a prepositional phrase opening at
// i ("by city leaders on Monday had", "of Elections was"), or -1.
func (d *doc) verbAfterPP(s sent, i, k int) int {
	if i >= k || !(d.isWord(i, "of") || d.isWord(i, "by") || d.isWord(i, "from") || d.isWord(i, "for") || d.isWord(i, "at")) {
		return -1
	}
	for v := i + 1; v < k && v-i <= 12; v++ {
		t := d.toks[v]
		if t.kind != tWord || t.q >= 0 {
			if d.isPunct(v, '’') || d.isPunct(v, '\'') || d.isPunct(v, '-') {
				continue
			}
			return -1
		}
		if !d.isCap(t) && (finiteAux[t.lw] || t.has(fEd) || d.pastCue(t)) {
			return v
		}
	}
	return -1
}

// plainPredicate reports tokens [a,k) that read as one short verb phrase:
// a verb first, no comma or new clause ("that I had to ...") after it.
func (d *doc) plainPredicate(s sent, a, k int) bool {
	if a >= k || k-a > 16 || d.toks[a].kind != tWord || d.isCap(d.toks[a]) || d.toks[a].has(fPrep) || d.isWord(a, "of") || d.isWord(a, "from") || d.isWord(a, "and") || d.isWord(a, "or") {
		return false
	}
	for i := a; i < k; i++ {
		if t := d.toks[i]; t.kind != tWord || t.q >= 0 || d.isWord(i, "that") || d.relPronoun(i) {
			return false
		}
	}
	return true
}

// signedQuote reads a paragraph that is one quote, signed in the next
// paragraph by a dash and a name: "“Q.”" / "- Ana Roos, Bergen." (a box
// of quotations). The dash is the cue.
func (d *doc) signedQuote(si int) (frame, bool) {
	s := d.sents[si]
	if si > 0 && d.sents[si-1].para == s.para || d.toks[s.ts].kind != tOpenQ && !(s.ts+1 < s.te && d.toks[s.ts+1].kind == tOpenQ) {
		return frame{}, false // no quote opening a paragraph
	}
	f := newFrame(s.para)
	if si > 0 && d.sents[si-1].para == s.para {
		return f, false
	}
	a, _ := d.trimPunct(s.ts, s.te-1)
	if a >= s.te || d.toks[a].kind != tOpenQ || d.toks[a].q < 0 {
		return f, false
	}
	qi := d.toks[a].q
	n := si
	for n+1 < len(d.sents) && d.sents[n+1].para == s.para {
		n++
	}
	if _, b := d.trimPunct(d.sents[n].ts, d.sents[n].te-1); b < a || d.toks[b].q != qi {
		return f, false // the quote does not fill the paragraph
	}
	if n+1 >= len(d.sents) || d.sents[n+1].para != s.para+1 || n+2 < len(d.sents) && d.sents[n+2].para == s.para+1 {
		return f, false
	}
	g := d.sents[n+1]
	k := g.ts
	if g.te-g.ts > 16 || k+1 >= g.te || !d.signDash(k) || d.toks[k+1].kind != tWord || !d.isCap(d.toks[k+1]) {
		return f, false
	}
	e := k + 1
	for e+1 < g.te && e+1-k <= 4 && d.toks[e+1].kind == tWord && d.isCap(d.toks[e+1]) {
		e++
	}
	if e+1 < g.te && !d.isPunct(e+1, ',') && !d.isPunct(e+1, '.') {
		return f, false // "- Not that he cared": prose, not a signature
	}
	d.addQuote(&f, qi)
	f.entry = cueEntry{lemma: "say"}
	f.cueS, f.cueE = k, k
	f.srcS, f.srcE = k+1, e
	f.conf = 0.5
	return f, true
}

// signDash reports a dash or hyphen token opening a signature line.
func (d *doc) signDash(k int) bool {
	t := d.toks[k]
	if t.kind != tPunct {
		return false
	}
	c := d.r[t.s]
	return c == '-' || c == '—' || c == '–'
}

// reportedlyFrame reads "The group is reportedly spending $1 million":
// a report with no one named; the clause around the adverb is its
// content.
func (d *doc) reportedlyFrame(s sent, r int) (frame, bool) {
	t := d.toks[r]
	// Cheap tests first: this runs on every token.
	if t.e-t.s != 10 || t.kind != tWord || t.q >= 0 || d.r[t.s]|0x20 != 'r' || r+2 >= s.te || string(d.lower(t)) != "reportedly" {
		return frame{}, false
	}
	f := newFrame(s.para)
	a := r - 1
	for a > s.ts && d.toks[a-1].kind == tWord && d.toks[a-1].q < 0 && !d.toks[a-1].has(fStop) {
		a--
	}
	if a < r-1 && (d.toks[a].has(fPrep) || d.isWord(a, "with")) {
		a++ // "With Lind reportedly weighing a run, ..."
	}
	if a > r-1 || d.toks[a].kind != tWord || d.toks[a].q >= 0 {
		return f, false
	}
	e := d.clauseEnd(s, r+1)
	x, y := d.trimPunct(r+1, e)
	if y-x < 1 {
		return f, false
	}
	f.entry = cueEntry{lemma: "reportedly"}
	f.cueS, f.cueE = r, r
	f.spans = append(f.spans, d.tokSpan(a, r-1), d.tokSpan(x, y))
	d.endAtBreak(s, &f.spans[1])
	f.conf = 0.4
	return f, true
}

// passiveRaising reports the raising verbs read only in the passive:
// "is expected to C", "is considered a rival", "is viewed as a rival".
func passiveRaising(lemma string) bool {
	switch lemma {
	case "expect", "consider", "view", "regard", "say", "report", "project":
		return true
	}
	return false
}

// expectedAux returns where the passive before "expected" at c starts:
// "is expected", "is widely expected", "isn't expected", "had been
// expected", "might be expected"; -1 without a form of be.
func (d *doc) expectedAux(s sent, c int) int {
	k := c - 1
	for n := 0; n < 2 && k > s.ts && d.toks[k].kind == tWord; n++ {
		switch string(d.lower(d.toks[k])) {
		case "widely", "also", "not", "originally", "initially", "generally", "still", "now", "already", "largely", "broadly", "long", "once":
			k--
			continue
		}
		break
	}
	if k < s.ts || d.toks[k].kind != tWord {
		return -1
	}
	switch string(d.lower(d.toks[k])) {
	case "is", "are", "was", "were", "isn't", "isn’t", "aren't", "aren’t", "wasn't", "wasn’t", "weren't", "weren’t":
		return k
	case "be", "been":
		if k-1 >= s.ts && d.toks[k-1].kind == tWord {
			switch string(d.lower(d.toks[k-1])) {
			case "had", "has", "have", "might", "may", "could", "would", "will", "should", "must":
				return k - 1
			}
		}
		return k
	}
	return -1
}

// introducedQuote reads a whole quoted sentence that the writer's clause
// introduces after a comma or colon with no speech verb of its own: "Holm
// issued a statement, “Q”", "the crowd jeered, “Q!”", "A memo makes that
// clear: “Q”". The clause's subject speaks; the quote must end the
// sentence and be left unclaimed by every other reading.
func (d *doc) introducedQuote(si int, same []frame, used []bool) (frame, bool) {
	s := d.sents[si]
	if s.marks&mIntroQuote == 0 {
		return frame{}, false // no quote after a comma or colon
	}
	k := -1 // the comma or colon before the quote
	for i := s.ts + 2; i < s.te; i++ {
		t := d.toks[i]
		if t.kind != tOpenQ || t.q < 0 || used[t.q] {
			continue
		}
		if p := d.toks[i-1]; p.kind == tPunct && p.q < 0 && (d.r[p.s] == ',' || d.r[p.s] == ':') {
			k = i - 1
			break
		}
	}
	if k < 0 {
		return frame{}, false
	}
	f := newFrame(s.para)
	qi := d.toks[k+1].q
	q := d.quotes[qi]
	// A whole sentence: a capital first, three words or more, and nothing
	// but punctuation after it.
	a := k + 2
	if a >= s.te || d.toks[a].kind != tWord || !d.isCap(d.toks[a]) || !q.closed {
		return f, false
	}
	c := a
	for c < s.te && d.toks[c].q == qi && d.toks[c].kind != tCloseQ {
		c++
	}
	if c >= s.te || d.wordCount(a, c-1) < 3 || d.titleWords(a, c-1) || d.wordCount(s.ts, k-1) < 2 || d.copula(k-1) {
		return f, false // "Then, “Q”" goes on a voice; “Make Bergen Great” names a slogan
	}
	for i := c + 1; i < s.te; i++ {
		if d.toks[i].kind != tPunct {
			return f, false
		}
	}
	for _, g := range same {
		for _, sp := range g.spans {
			if sp.Start < q.e && q.s < sp.End {
				return f, false
			}
		}
	}
	f.entry = cueEntry{lemma: "say"}
	f.cueS, f.cueE = k, k
	if v := k - 1; d.verbish(d.toks[v]) && v-1 > s.ts {
		// "Holm boasted, “Q”": the verb before the comma is the cue.
		if h := d.leftNP(s, v-1); h >= 0 {
			f.srcS, f.srcE = h, v-1
			f.cueS, f.cueE = v, v
		}
	}
	if f.srcS < 0 {
		if a, b := d.subject(s, k); a >= 0 {
			f.srcS, f.srcE = a, b
			if b+1 < k && k-b <= 6 {
				f.cueS, f.cueE = b+1, k-1
			}
		}
	}
	if cs := d.clauseStart(s); f.srcS < 0 && cs+2 < k && d.isWord(cs, "as") && d.toks[k].kind == tPunct && d.r[d.toks[k].s] == ',' {
		// "As the Vik Singers sang back in the 1980s, “Q”": the
		// clause's subject, its verb the cue.
		if a, b := d.subjectAt(s, cs+1, k); a >= 0 && b+1 < k {
			if v := d.toks[b+1]; v.kind == tWord && !d.isCap(v) && (v.has(fEd) || d.verbish(v)) {
				f.srcS, f.srcE = a, b
				f.cueS, f.cueE = b+1, b+1
			}
		}
	}
	d.addQuote(&f, qi)
	f.conf = 0.4
	return f, true
}

// titleWords reports words [a,b] all capitalised past short ones: a
// title or slogan ("Make Bergen Great Again"), not a sentence.
func (d *doc) titleWords(a, b int) bool {
	for i := a; i <= b; i++ {
		if t := d.toks[i]; t.kind == tWord && t.e-t.s > 3 && !d.isCap(t) {
			return false
		}
	}
	return true
}

// trailingSpeaker reads a whole quote that opens its sentence and closes
// on a comma, "!" or "?", followed by its speaker and a verb no lexicon
// lists: "“Q,” Toomey fumed on Tuesday.", "“Q!” beamed Ana Roos.",
// "“Q,” a voice-over in the ad states." The quote must be unclaimed.
func (d *doc) trailingSpeaker(si int, same []frame, used []bool) (frame, bool) {
	s := d.sents[si]
	o := s.ts
	if d.toks[o].kind != tOpenQ && s.marks&mColon != 0 {
		// "the biggest change of all: “Q,” exhorted Ida Lind": the quote
		// after a lead-in's colon.
		for k := s.ts + 1; k+1 < s.te; k++ {
			if d.isPunct(k, ':') && d.toks[k].q < 0 {
				o = k + 1
				break
			}
		}
	}
	if d.toks[o].kind != tOpenQ || d.toks[o].q < 0 || used[d.toks[o].q] {
		return frame{}, false
	}
	f := newFrame(s.para)
	qi := d.toks[o].q
	q := d.quotes[qi]
	a := o + 1
	if !q.closed || a >= s.te || d.toks[a].kind != tWord || !d.isCap(d.toks[a]) {
		return f, false
	}
	c := a
	for c < s.te && d.toks[c].q == qi && d.toks[c].kind != tCloseQ {
		c++
	}
	if c+2 >= s.te || d.toks[c].kind != tCloseQ || !(d.isPunct(c-1, ',') || d.isPunct(c-1, '!') || d.isPunct(c-1, '?')) {
		return f, false
	}
	if n := d.wordCount(a, c-1); n < 3 && !(n > 0 && (d.isPunct(c-1, '!') || d.isPunct(c-1, '?'))) || n >= 3 && d.titleWords(a, c-1) {
		return f, false // a short cry needs its "!": “Go home!” the crowd yelled
	}
	for _, g := range same {
		for _, sp := range g.spans {
			if sp.Start < q.e && q.s < sp.End {
				return f, false
			}
		}
	}
	n := c + 1
	v, h, b := -1, -1, -1
	aux := -1 // the first auxiliary before the verb
	if d.pastVerb(n) {
		// "“Q!” beamed Ana Roos.": a past form first ("state prosecutor
		// Ana Roos told" is a subject), the mention up to its end.
		e := d.rightNP(s, n+1)
		for k := n + 2; k <= e; k++ {
			if d.verbish(d.toks[k]) {
				e = -1
				break
			}
		}
		if d.toks[n].has(fEd) && e >= 0 && (d.sentenceRest(s, e+1, 2) || d.isPunct(e+1, ',')) {
			v, h, b = n, n+1, e
		}
	} else if x, y := d.subjectAt(s, n, s.te); x >= 0 {
		for y+2 < s.te && d.toks[y+1].has(fPrep) && !d.isCap(d.toks[y+1]) {
			// "a voice-over in the ad states"
			e := y + 2
			for e+1 < s.te && e-y < maxNP && d.npWord(d.toks[e+1]) && !d.pastVerb(e+1) {
				e++
			}
			if !d.npWord(d.toks[y+2]) {
				break
			}
			y = e
		}
		u := y + 1
		for u < s.te && u-y <= 3 && d.toks[u].kind == tWord && d.toks[u].has(fAux) && !d.isCap(d.toks[u]) {
			u++ // "“Q,” a reporter can be heard asking"
		}
		if u < s.te && d.pastVerb(u) && d.sentenceRest(s, u+1, 15) {
			v, h, b = u, x, y
			aux = y + 1
		}
	}
	if v < 0 {
		return f, false
	}
	f.entry = cueEntry{lemma: "say"}
	f.cueS, f.cueE = v, v
	if aux >= 0 {
		f.cueS = aux
	}
	f.srcS, f.srcE = h, b
	d.addQuote(&f, qi)
	f.conf = 0.4
	return f, true
}

// pastVerb reports a lowercase word at i read as a verb of report: a cue
// form, or a word ending in -ed or -s that no lexicon knows otherwise.
func (d *doc) pastVerb(i int) bool {
	t := d.toks[i]
	if t.kind != tWord || t.q >= 0 || d.isCap(t) || t.has(fRole|fGroup|fOrgHead|fStop|fPrep|fPronoun|fNounBlock|fTemporal|fAux) {
		return false
	}
	return t.has(fCue | fEd)
}

// sentenceRest reports at most n tokens from k to the sentence's end,
// none of them quoted.
func (d *doc) sentenceRest(s sent, k, n int) bool {
	if s.te-k > n {
		return false
	}
	for i := k; i < s.te; i++ {
		if d.toks[i].q >= 0 {
			return false
		}
	}
	return true
}

// copula reports a form of "be" at i: "The question will be: “Q”" gives a
// wording, not a report.
func (d *doc) copula(i int) bool {
	t := d.toks[i]
	if t.kind != tWord || t.e-t.s > 4 {
		return false
	}
	switch string(d.lower(t)) {
	case "is", "was", "are", "were", "be", "been":
		return true
	}
	return false
}

// leadConj reports a conjunction that opens a clause before its
// subject: "but", "while", "if".
func leadConj(w string) bool {
	switch w {
	case "but", "and", "or", "while", "whereas", "where", "if", "though", "although", "when", "because", "since", "after", "before", "so", "yet":
		return true
	}
	return false
}
