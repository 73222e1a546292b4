package extract

import (
	"strings"
	"unicode"
)

// Frames that are not a plain cue verb: "according to X", polls, raising verbs, nouns of saying; quotes with no cue verb are in quoteframes.go.

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
	for c := a + 1; c+2 < s.te; c++ {
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
		rel := false
		for k := j; k > h; k-- {
			if d.isWord(k, "who") || d.isWord(k, "which") || k == j && d.isWord(k, "that") && d.toks[k-1].kind == tWord && !d.toks[k-1].has(fCue) {
				h = k // "delegates who are expected to C": the relative's own
				rel = true
				break
			}
		}
		if c-a > 25 && !rel {
			return f, false // far from the clause start: only a relative's own
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
// subject: "but", "while", "if". Besides coordinators it holds clauseConj
// less "once", "until", "unless" and "whenever", plus "where".
func leadConj(w string) bool {
	switch w {
	case "but", "and", "or", "while", "whereas", "where", "if", "though", "although", "when", "because", "since", "after", "before", "so", "yet":
		return true
	}
	return false
}
