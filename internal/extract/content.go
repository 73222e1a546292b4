package extract

import "unicode"

// Reading the content after a cue: addressee, adjuncts, "that", then a
// quote or a clause.

// afterContent reads the content after the cue: addressee, adjuncts,
// "that", then a quote or a clause.
func (d *doc) afterContent(si int, f *frame, k int) bool {
	s := d.sents[si]
	k = d.adjuncts(s, k, f)
	for k < s.te && (d.isPunct(k, ':') || d.isPunct(k, ',')) {
		k++
	}
	that := -1
	if k < s.te && d.isWord(k, "that") && k+1 < s.te && d.wordCount(k+1, d.clauseEnd(s, k+1)) >= 2 {
		that = k
		k++ // the complementizer, unless it is the object: "rejected that idea"
	}
	if k >= s.te {
		// "He said:" closing a paragraph introduces the next one's quote.
		if s.te-1 >= s.ts && d.isPunct(s.te-1, ':') {
			if qi := d.nextParaQuote(si); qi >= 0 {
				f.spans = nil
				d.addQuote(f, qi)
				return true
			}
		}
		return false
	}
	end := d.clauseEnd(s, k)
	if e := d.leadClauseEnd(s, f.cueS, k); e >= k && e < end {
		end = e
	}
	if f.entry.object && d.toks[k].kind == tWord && !d.isWord(k, "to") {
		// "endorsed Clinton on Tuesday": the object phrase only.
		if e := d.rightNP(s, k); e >= 0 && e < end {
			end = e
		}
	}
	if that < 0 && d.toks[k].kind != tOpenQ && (f.entry.object || !d.speech(f.entry)) {
		end = d.objectEnd(s, k, end)
	}
	n := len(f.spans)
	if !d.setContent(f, k, end) {
		// "endorsed Clinton on Tuesday", "blasted him": a one-word
		// object is content enough for a stance verb.
		if !(f.entry.object || !d.speech(f.entry)) || !d.oneWordObject(s, k, end) {
			return false
		}
		f.spans = append(f.spans, d.tokSpan(k, k))
	}
	// Reported speech is taken with its complementizer, as written: "that
	// the plan failed".
	if that >= 0 && f.quoted == 0 && len(f.spans) == n+1 {
		f.spans[n].Start = d.toks[that].s
	}
	return true
}

// hasAfter reports whether a clause follows the cue at k.
func (d *doc) hasAfter(s sent, k int, f *frame) bool {
	g := *f
	k = d.adjuncts(s, k, &g)
	if k < s.te && d.isPunct(k, ',') {
		return k+1 < s.te && d.toks[k+1].kind == tOpenQ
	}
	for k < s.te && d.isPunct(k, ':') {
		k++
	}
	if k >= s.te {
		return false
	}
	if d.toks[k].kind == tWord && lex.ingCue[d.lowerStr(d.toks[k])] {
		return false
	}
	return d.wordCount(k, d.clauseEnd(s, k)) >= 2
}

// adjuncts skips what may sit between a cue and its content: the addressee
// of "told", "on Monday", "in a statement", "in an interview with CNN".
func (d *doc) adjuncts(s sent, k int, f *frame) int {
	if f.entry.tellish && k < s.te {
		if e := d.addresseeNP(s, k); e >= 0 {
			f.addrS, f.addrE = k, e
			k = e + 1
		}
	}
	for n := 0; k < s.te && n < 4; n++ {
		t := d.toks[k]
		if t.kind != tWord || t.q >= 0 {
			break
		}
		w := d.lowerStr(t)
		switch {
		case lex.temporal[w] && !lex.prep[w]:
			k++
			for k < s.te && d.toks[k].kind == tWord && d.toks[k].has(fTemporal) && !d.toks[k].has(fPrep) {
				k++
			}
		case lex.prep[w] && d.thatAhead(s, k) > 0:
			// "said on ABC's “This Week” that ...": skip to the "that".
			m := d.thatAhead(s, k)
			for x := k + 1; x+1 < m && f.addrS < 0; x++ {
				if d.isWord(x, "with") || d.isWord(x, "to") {
					f.addrS, f.addrE = x+1, m-1
				}
			}
			k = m
		case w == "to" && !d.toNoun(s, k+1):
			// "declined to comment": an infinitive is the content.
			return k
		case lex.prep[w] || w == "to" || w == "with":
			// A short prepositional phrase that ends at a comma, "that" or
			// a quote; otherwise the clause starts here.
			m := k + 1
			for m < s.te && m-k < 8 && d.toks[m].kind == tWord && d.toks[m].q < 0 && !d.isWord(m, "that") {
				m++
			}
			if m >= s.te || m-k >= 8 || d.toks[m].kind == tWord && !d.isWord(m, "that") {
				return k
			}
			if w == "to" || w == "with" {
				if f.addrS < 0 {
					f.addrS, f.addrE = k+1, m-1
				}
			} else {
				for x := k + 1; x+1 < m; x++ {
					if d.isWord(x, "with") || d.isWord(x, "to") {
						if f.addrS < 0 {
							f.addrS, f.addrE = x+1, m-1
						}
						break
					}
				}
			}
			k = m
		default:
			return k
		}
	}
	return k
}

// thatAhead returns the "that" closing a short phrase starting at k, with
// no comma or cue before it, or -1.
func (d *doc) thatAhead(s sent, k int) int {
	for i := k + 1; i < s.te && i-k <= 15; i++ {
		t := d.toks[i]
		if t.kind == tPunct && t.q < 0 && d.r[t.s] != '\'' && d.r[t.s] != '’' {
			return -1
		}
		if t.kind == tWord && t.q < 0 {
			w := d.lowerStr(t)
			if w == "that" {
				return i
			}
			if _, cue := lex.cues[w]; cue {
				return -1
			}
		}
	}
	return -1
}

// nextQuoteNear returns the token opening a quote that continues the
// sentence after a cue (past a comma and at most a short aside), or -1.
func (d *doc) nextQuoteNear(s sent, k int) int {
	if k < s.te && d.toks[k].kind == tOpenQ {
		return k
	}
	if k >= s.te || !(d.isPunct(k, ',') || d.isPunct(k, ':') || d.isPunct(k, '—') || d.isPunct(k, '-')) {
		return -1
	}
	for i := k + 1; i < s.te && i-k < 25; i++ {
		t := d.toks[i]
		if t.kind == tOpenQ {
			if d.isPunct(i-1, ',') || d.isPunct(i-1, ':') || d.isWord(i-1, "but") || d.isWord(i-1, "and") || i == k+1 {
				return i
			}
			return -1
		}
		// ", adding, “Q2”": the quote belongs to the participle's own
		// attribution.
		if t.kind == tWord && t.has(fIngCue) && i+1 < s.te && (d.isPunct(i+1, ',') || d.isPunct(i+1, ':') || d.toks[i+1].kind == tOpenQ) {
			return -1
		}
		// An aside may hold a participle ("describing how ..."), not a
		// finite cue of its own.
		if t.kind == tWord && t.has(fCue) && !t.has(fIngCue) && !d.isCap(t) {
			if e, ok := lex.cues[t.lw]; ok && !e.ing {
				return -1
			}
		}
	}
	return -1
}

// startsClause reports a word that opens a new clause rather than
// continuing the interrupted one: "and", "but", "which", "according".
func (d *doc) startsClause(i int) bool {
	switch d.lowerStr(d.toks[i]) {
	case "and", "but", "or", "while", "as", "which", "who", "whom", "according", "although", "though", "because", "since", "when", "if":
		return true
	}
	return false
}

// tokAtRune returns the first token of s starting at or after rune r.
func (d *doc) tokAtRune(s sent, r int) int {
	for i := s.ts; i < s.te; i++ {
		if d.toks[i].s >= r {
			return i
		}
	}
	return s.te
}

// objectEnd ends an object-like content (not a that-clause) where the
// subject's next verb begins: "blamed the “fog of war” ... and continued
// to defend ...", "called him a “nice guy” and he didn't ...".
func (d *doc) objectEnd(s sent, k, end int) int {
	for i := k + 1; i < end; i++ {
		t := d.toks[i]
		if t.kind != tWord || t.q >= 0 {
			continue
		}
		if t.lw != "and" && t.lw != "but" && t.lw != "or" {
			continue
		}
		n := d.toks[i+1]
		if n.kind != tWord || n.q >= 0 || d.isCap(n) && !n.has(fPronoun) {
			continue
		}
		if n.has(fAux) && !n.has(fTemporal) || d.verbish(n) || n.has(fPronoun) && i+2 <= end && (d.toks[i+2].has(fAux) || d.verbish(d.toks[i+2])) {
			b := i - 1
			if d.isPunct(b, ',') {
				b--
			}
			if b > k {
				return b
			}
		}
	}
	return end
}

// toNoun reports whether the word after "to" at token i opens a noun
// phrase ("said to reporters", "wrote to the board"), not a verb
// ("declined to comment").
func (d *doc) toNoun(s sent, i int) bool {
	if i >= s.te || d.toks[i].kind != tWord {
		return false
	}
	t := d.toks[i]
	return d.isCap(t) || t.has(fNounBlock|fPronoun|fGroup|fRole|fOrgHead) || unicode.IsDigit(d.r[t.s])
}

// oneWordObject reports a lone name or object pronoun at k, the whole
// of [k, end] but trailing punctuation.
func (d *doc) oneWordObject(s sent, k, end int) bool {
	t := d.toks[k]
	if t.kind != tWord || t.q >= 0 {
		return false
	}
	for i := k + 1; i <= end; i++ {
		if d.toks[i].kind == tWord {
			return false
		}
	}
	switch t.lw {
	case "him", "her", "them", "it", "me", "us":
		return true
	}
	return d.isCap(t) && !t.has(fNonName|fTemporal)
}

// leadClauseEnd returns the end of a leading subordinate clause holding
// the cue c ("Although Vik admitted that ..., he claimed"): the token
// before the comma where the main clause's subject starts, or -1.
func (d *doc) leadClauseEnd(s sent, c, k int) int {
	a := d.clauseStart(s)
	if c < 0 || a >= c || d.opener(a) != clauseOpener && !d.isWord(a, "after") && !d.isWord(a, "before") && !d.isWord(a, "until") {
		return -1
	}
	// "As the Post reported, C": the clause ends at the cue and C is
	// the main clause.
	for i := a; i < k; i++ {
		if d.isPunct(i, ',') {
			return -1
		}
	}
	for i := k; i+1 < s.te; i++ {
		comma := d.isPunct(i, ',') && d.toks[i].q < 0
		if d.toks[i].kind == tCloseQ && i > k && d.isPunct(i-1, ',') {
			comma = true
		}
		if !comma {
			continue
		}
		n := d.toks[i+1]
		if n.kind == tWord && n.q < 0 && n.lw != "that" && n.lw != "which" && n.lw != "who" && d.mainSubject(s, i+1) {
			if d.adjunctsOnly(k, i) {
				return -1 // "As the Post reported just today, C": C is the content
			}
			if d.toks[i].kind == tCloseQ {
				return i
			}
			return i - 1
		}
	}
	return -1
}

// mainSubject reports a word that may open the main clause's subject
// after a leading clause: a pronoun, a name, a determiner or quantity
// ("many said"), or description words before a speaker noun ("foreign
// policy experts affirm").
func (d *doc) mainSubject(s sent, i int) bool {
	t := d.toks[i]
	if t.has(fPronoun) || d.isCap(t) && !t.has(fStop|fPrep) || t.has(fNounBlock) || d.lowerStart(i) {
		return true
	}
	for k := i; k < s.te && k-i < 3; k++ {
		n := d.toks[k]
		if n.kind != tWord || n.q >= 0 || n.lw != "" && !n.has(fRole|fGroup) {
			return false
		}
		if n.has(fRole | fGroup) {
			return true
		}
	}
	return false
}

// adjunctsOnly reports tokens [a,b) holding only time words and adverbs:
// "just today".
func (d *doc) adjunctsOnly(a, b int) bool {
	for i := a; i < b; i++ {
		t := d.toks[i]
		if t.kind == tWord && !t.has(fAux|fTemporal) && !d.adverb(t) {
			return false
		}
	}
	return true
}
