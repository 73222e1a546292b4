package extract

import (
	"strings"
	"unicode"
)

// Frames for quotes no cue verb introduces: colon speakers, lead-ins, signed, introduced and trailing quotes.

// colonFrame reads "Name: words" at the start of a paragraph, the form of
// headlines ("Rubio: I Still Believe ...") and transcripts ("SMITH: We
// ..."). The content runs to the paragraph's end. colonSpeaker reads the
// name; colonQuoteFrame, tried later, reads a colon before a quote
// anywhere, with a subject reading of its own (leftNP, subject,
// presentedName), since a mid-paragraph "Kasich resisted: “…”" is no
// heading.
func (d *doc) colonFrame(si int) (frame, bool) {
	s := d.sents[si]
	if si > 0 && d.sents[si-1].para == s.para {
		return frame{}, false // not a paragraph's start
	}
	f := newFrame(s.para)
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

// leadNoun holds nouns that introduce a statement quoted after a colon.
var leadNoun = map[string]bool{"statement": true, "remarks": true, "message": true}

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
