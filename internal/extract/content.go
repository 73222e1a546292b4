package extract

import "unicode"

// Reading the content after a cue: addressee, adjuncts, "that", then a
// quote or a clause.

// afterContent reads the content after the cue: addressee, adjuncts,
// "that", then a quote or a clause.
func (d *doc) afterContent(si int, f *frame, k int) bool {
	s := d.sents[si]
	bound := k == f.cueE+1 && d.leadPrep(s, k, d.speech(f.entry))
	if bound {
		// "called for a ban", "asked about the plan": the preposition
		// goes with the cue, the content is its object.
		f.cueE = k
		k++
	}
	k = d.adjuncts(s, k, f)
	k = d.mannerToQuote(s, k)
	k = d.asAdjunctToQuote(s, f, k)
	if leadsToQuote(f.entry) {
		k = d.leadToQuote(s, k)
	}
	if k+4 < s.te && d.isPunct(k, ',') {
		k = d.parentheticalCue(s, f, k)
	}
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
	// "likely to say than if ...", "said so", "feel so strongly": no
	// content opens so.
	if w := string(d.lower(d.toks[k])); that < 0 && (w == "than" || w == "so") {
		return false
	}
	end := d.clauseEnd(s, k)
	if e := d.quoteTail(s, k, end); e > end {
		end = e
	}
	if e := d.asideParticipleEnd(s, f, k, end); e >= 0 && e < end {
		end = e
	}
	if e := d.frontedEnd(s, f.cueS, k, d.speech(f.entry)); e >= 0 && e < end {
		end = e
	}
	if e := d.leadClauseEnd(s, f, k); e >= k && e < end {
		end = e
	}
	if e := d.asideClose(s, f.cueS, k); e >= 0 && e < end {
		end = e
	}
	if f.entry.object && d.toks[k].kind == tWord && !d.isWord(k, "to") {
		// "endorsed Clinton on Tuesday": the object phrase only.
		if e := d.rightNP(s, k); e >= 0 && e < end {
			end = e
			if d.toks[e+1].kind == tOpenQ {
				// "endorsed eight candidates “who embody our cause”": a
				// quote right after the object describes it.
				for j := e + 2; j < s.te; j++ {
					if d.toks[j].kind == tCloseQ {
						end = j
						break
					}
				}
			}
		}
	}
	if that < 0 && d.toks[k].kind != tOpenQ && (f.entry.object || !d.speech(f.entry)) {
		end = d.objectEnd(s, k, end)
	}
	n := len(f.spans)
	if !d.setContent(f, k, end) {
		// "endorsed Clinton on Tuesday", "blasted him": a one-word
		// object is content enough for a stance verb.
		// "said no": a lone yes or no is an answer.
		// A cue ending in its own preposition ("calling for change") takes
		// a one-word object too.
		prepCue := f.cueE > f.cueS && k == f.cueE+1 && len(f.entry.preps) > 0
		stance := (f.entry.object || !d.speech(f.entry) || bound || prepCue) && (d.oneWordObject(s, k, end) || (bound || prepCue) && d.oneWord(s, k, end))
		if !stance && !d.yesNo(s, k, end) {
			return false
		}
		f.spans = append(f.spans, d.tokSpan(k, k))
	}
	if f.entry.lemma == "express" && that < 0 && len(f.spans) == n+1 {
		// "expressed concern about X": the feeling and its preposition
		// join the cue; X is the content.
		if p := d.feelingPrep(s, k, end); p >= 0 {
			f.cueE = p
			f.spans[n].Start = d.toks[p+1].s
		}
	}
	if f.srcS >= 0 && len(f.spans) == n+1 && d.subordinateAside(s, f.srcS) {
		// "Lind, though she said C, voted ...": the clause set off by
		// commas ends before the main verb.
		d.endAtMainVerb(s, &f.spans[n])
	}
	// Reported speech is taken with its complementizer, as written: "that
	// the plan failed".
	if that >= 0 && f.quoted == 0 && len(f.spans) == n+1 {
		f.spans[n].Start = d.toks[that].s
	}
	return true
}

// asideClose returns the last token before the dash that closes a dashed
// aside holding the cue at c ("Roos - who said C - told ..."), or -1.
func (d *doc) asideClose(s sent, c, k int) int {
	open := false
	for i := s.ts; i < c; i++ {
		if d.dash(i) && d.toks[i].q < 0 {
			open = !open
		}
	}
	if !open {
		return -1
	}
	for i := k + 1; i < s.te; i++ {
		if d.dash(i) && d.toks[i].q < 0 {
			return i - 1
		}
	}
	return -1
}

// feelingPrep returns the preposition after a short feeling noun at k
// ("concern about", "support for", "an interest in") with words after
// it before end, or -1. A possessive ("their support for") keeps the
// whole phrase.
func (d *doc) feelingPrep(s sent, k, end int) int {
	for i := k; i < end && i-k <= 3; i++ {
		t := d.toks[i]
		if t.kind != tWord || t.q >= 0 || d.isCap(t) {
			return -1
		}
		w := string(d.lower(t))
		if possessiveDet(w) || w == "that" || w == "which" {
			return -1
		}
		switch w {
		case "about", "over", "for", "with", "in", "on", "against", "at":
			if i > k && i+1 <= end && d.toks[i+1].kind == tWord {
				return i
			}
			return -1
		}
	}
	return -1
}

// mannerToQuote skips a few words of manner before a colon
// and a quote: "put it bluntly: “…”", "said it this way: “…”".
func (d *doc) mannerToQuote(s sent, k int) int {
	for m := k; m < s.te && m-k <= 4; m++ {
		t := d.toks[m]
		if d.isPunct(m, ':') {
			if m > k && m+1 < s.te && d.toks[m+1].kind == tOpenQ {
				return m
			}
			return k
		}
		if t.kind != tWord || t.q >= 0 || d.isCap(t) || !d.mannerWord(m) {
			return k
		}
	}
	return k
}

// leadsToQuote reports a cue whose words before a quote are an addressee
// or an adjunct, never its object: "told the agency simply, “…”", "said
// in an interview with X, “…”" (not "noted the change, “…”").
func leadsToQuote(e cueEntry) bool {
	if e.tellish || e.quotes {
		return true
	}
	switch e.lemma {
	case "say", "add", "reply", "respond", "write", "joke", "speak", "conclude", "explain", "lament", "tweet", "declare", "insist", "argue", "shout", "yell", "scream", "chant", "whisper", "exclaim", "quip", "state", "ask", "stress":
		return true
	}
	return false
}

// leadToQuote skips verbless words between the cue and a comma before a
// quote that ends the sentence: "lamented in an interview with the Post's
// politics editor, “…”", "told the agency simply, “…”". It returns the
// comma, or k.
func (d *doc) leadToQuote(s sent, k int) int {
	for m := k; m+1 < s.te && m-k <= 15; m++ {
		t := d.toks[m]
		if d.isPunct(m, ',') || d.isPunct(m, ':') {
			n := d.toks[m+1]
			if n.kind != tOpenQ {
				continue
			}
			if m == k || n.q < 0 || d.quotes[n.q].e < d.toks[s.te-1].s {
				return k
			}
			return m
		}
		if t.kind != tWord || t.q >= 0 || d.verbish(t) || finiteAux[t.lw] || d.relPronoun(m) || t.lw == "that" {
			return k
		}
	}
	return k
}

// asAdjunctToQuote skips the rest of a fronted "As X wrote ..." clause
// up to its comma when a quote follows: "As Roos had written a few years
// earlier, “…”".
func (d *doc) asAdjunctToQuote(s sent, f *frame, k int) int {
	if a := d.clauseStart(s); f.cueS < 0 || !d.isWord(a, "as") || a >= f.cueS {
		return k
	}
	for m := k; m+1 < s.te && m-k <= 8; m++ {
		t := d.toks[m]
		if d.isPunct(m, ',') {
			if m > k && d.toks[m+1].kind == tOpenQ {
				return m
			}
			return k
		}
		if t.kind != tWord || t.q >= 0 || t.has(fCue) {
			return k
		}
	}
	return k
}

// mannerWord reports an adverb or a word of "put it this way".
func (d *doc) mannerWord(i int) bool {
	w := string(d.lower(d.toks[i]))
	switch w {
	case "it", "this", "that", "way", "so", "thus":
		return true
	}
	return len(w) > 4 && w[len(w)-2:] == "ly"
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
			f.addrS, f.addrE = k, d.addrTail(s, e)
			k = e + 1
			// "told a town hall in Salem, New Hampshire on Monday that ...":
			// the rest of the addressee and adjuncts run to the "that".
			if m := d.thatAfterAddressee(s, k); m > k {
				k = m
			}
		} else if m := d.thatAfterAddressee(s, k); m > k {
			f.addrS, f.addrE = k, m-1
			k = m
		}
	}
	for n := 0; k < s.te && n < 4; n++ {
		t := d.toks[k]
		// "said — on Twitter, as it happens — that ...": a dashed aside.
		if d.isPunct(k, '—') || d.isPunct(k, '–') {
			m := k + 1
			for m < s.te && m-k < 15 && !(d.isPunct(m, '—') || d.isPunct(m, '–')) {
				m++
			}
			if m < s.te && m-k < 15 && m+1 < s.te && d.toks[m+1].kind == tWord {
				k = m + 1
				continue
			}
			break
		}
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
		case lex.prep[w] || w == "to" || w == "with" || w == "of" && d.speech(f.entry):
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
	// “Q1,” he said of the people who ..., “Q2”: a long "of" phrase too.
	if k >= s.te || !(d.isPunct(k, ',') || d.isPunct(k, ':') || d.isPunct(k, '—') || d.isPunct(k, '-') || d.isWord(k, "of")) {
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
		// ", adding, “Q2”", ", adding of him, “Q2”": the quote belongs to the participle's own
		// attribution.
		// ", noting that he and his wife, “Q2”": inside the participle's
		// reported clause.
		if t.kind == tWord && t.has(fIngCue) && i+1 < s.te && (d.isPunct(i+1, ',') || d.isPunct(i+1, ':') || d.toks[i+1].kind == tOpenQ || d.isWord(i+1, "of") || d.isWord(i+1, "that")) {
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
// continuing the interrupted one: "which", "according", "when". A
// coordinated or causal clause ("C, he said, but C2", "because C2") goes
// on with the report.
func (d *doc) startsClause(i int) bool {
	switch d.lowerStr(d.toks[i]) {
	case "as", "which", "who", "whom", "according", "when", "if":
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
		if d.ingWord(n) {
			continue // "for accepting donations and making ...": a gerund goes on
		}
		if d.isWord(k, "to") && t.lw != "but" && !n.has(fAux|fEd|fPronoun) && d.r[n.e-1] != 's' {
			continue // "to bypass him and go after ...": a second infinitive
		}
		if n.has(fAux) && !n.has(fTemporal) || d.verbish(n) || n.has(fPronoun) && i+2 <= end && (d.toks[i+2].has(fAux) || d.verbish(d.toks[i+2])) {
			b := i - 1
			if d.isPunct(b, ',') {
				b--
			}
			if b > k || b == k && d.oneWordObject(s, k, b) {
				return b
			}
		}
	}
	return end
}

// ingWord reports a lowercase word ending in -ing.
func (d *doc) ingWord(t token) bool {
	return t.e-t.s > 4 && d.r[t.e-3] == 'i' && d.r[t.e-2] == 'n' && d.r[t.e-1] == 'g'
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

// yesNo reports a lone "yes" or "no" as the whole answer: "said no".
func (d *doc) yesNo(s sent, k, end int) bool {
	w := string(d.lower(d.toks[k]))
	if w != "yes" && w != "no" {
		return false
	}
	for i := k + 1; i <= end; i++ {
		if d.toks[i].kind == tWord {
			return false
		}
	}
	return true
}

// leadClauseEnd returns the end of a leading subordinate clause holding
// the cue c ("Although Vik admitted that ..., he claimed"): the token
// before the comma where the main clause's subject starts, or -1.
func (d *doc) leadClauseEnd(s sent, f *frame, k int) int {
	c := f.cueS
	a := d.clauseStart(s)
	if c < 0 || a >= c || d.opener(a) != clauseOpener && !d.isWord(a, "after") && !d.isWord(a, "before") && !d.isWord(a, "until") {
		return -1
	}
	// "As the Post reported, C": the clause ends at the cue and C is
	// the main clause. Commas that set off the subject's apposition do
	// not count: "When the director, Tom Berg, said C, ...".
	for i := a; i < k; i++ {
		if d.isPunct(i, ',') && !(f.srcS >= 0 && f.srcS < i && i <= f.srcE+1 && f.srcE < c) {
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

// frontedEnd ends content inside a fronted adverbial clause at the comma
// that closes it: "While critics argue that X, the mayor ..." reports X
// only. It returns the last content token, or -1 when the cue at c is not
// in such a clause.
func (d *doc) frontedEnd(s sent, c, k int, speech bool) int {
	a := d.clauseStart(s)
	// "As Lind said, C", "As Lind points out, C": C is what she said.
	asClause := !speech && d.isWord(a, "as") && c+1 < s.te && string(d.lower(d.toks[c+1])) != "out"
	if c < 0 || a >= c || !d.fronting(s, a, c) && !asClause {
		return -1
	}
	for i := a; i < c; i++ {
		if t := d.toks[i]; t.kind == tPunct && t.q < 0 {
			return -1 // "When he arrived, Ida said ...": the cue is the main clause's
		}
	}
	for i := k + 1; i+2 < s.te; i++ {
		t := d.toks[i]
		comma := t.kind == tPunct && t.q < 0 && d.r[t.s] == ','
		if !comma && !(t.kind == tCloseQ && d.isPunct(i-1, ',')) {
			continue
		}
		if !comma && (d.isWord(i+1, "and") || d.isWord(i+1, "or")) && d.toks[i+2].kind == tOpenQ {
			continue // "Although he says he “loves it,” and “they love me,” he ..."
		}
		if d.wordCount(k, i) >= 2 && d.wordCount(i+1, s.te-1) >= 2 {
			if comma {
				return i - 1
			}
			return i // “... schools,” keeps its closing quote
		}
		return -1
	}
	return -1
}

// fronting reports a sentence opening with a subordinate clause: "While",
// "Though", "After", or a fronted phrase with a relative clause ("Among
// those who want ...", "For someone who conceded ...").
func (d *doc) fronting(s sent, a, c int) bool {
	// "Shortly after", "One month after": a time phrase before "after".
	for i := a + 1; i < c && i-a <= 2; i++ {
		if d.isWord(i, "after") || d.isWord(i, "before") {
			if d.toks[i-1].kind == tWord && d.toks[i-1].q < 0 && (d.toks[i-1].has(fTemporal) || d.adverb(d.toks[i-1]) || isTimeUnit(string(d.lower(d.toks[i-1])))) {
				return true
			}
		}
	}
	w := string(d.lower(d.toks[a])) // "unless" is in no lexicon
	if w == "even" || clauseConj(w) {
		return d.toks[a].kind == tWord
	}
	switch w {
	case "among", "for", "unlike", "like", "with", "in", "at", "during":
		for i := a + 1; i < c && i-a < 7; i++ {
			if d.isWord(i, "who") || d.isWord(i, "that") || d.isWord(i, "which") && d.toks[i-1].has(fPrep) {
				return true
			}
		}
	}
	return false
}

// isTimeUnit reports a unit of time or a short span word before "after":
// "One month after", "days before", "shortly after".
func isTimeUnit(w string) bool {
	switch w {
	case "moments", "soon", "shortly", "just", "right":
		return true
	}
	return timeUnit(w)
}

// relPronoun reports a relative pronoun at token i: "which", "who",
// "whom", "what".
func (d *doc) relPronoun(i int) bool {
	t := d.toks[i]
	if t.kind != tWord || t.q >= 0 {
		return false
	}
	switch t.lw {
	case "which", "who", "whom", "what":
		return true
	}
	return false
}

// relativeBefore returns the relative pronoun just before the subject at
// a ("the plan, which Lind said will cost ..."), or -1.
func (d *doc) relativeBefore(s sent, a int) int {
	r := a - 1
	if r <= d.clauseStart(s) {
		return -1 // "What we know is ...": a subject, not a relative
	}
	if d.isWord(r, "that") && d.toks[r].q < 0 {
		// "the reforms that he said improved ...", not "warned that he
		// said ...": "that" after a noun.
		if p := d.toks[r-1]; p.kind != tWord || p.q >= 0 || d.verbish(p) || p.has(fAux|fStop|fPrep|fPronoun|fTemporal) {
			return -1
		}
		return r
	}
	if !d.relPronoun(r) {
		return -1
	}
	if p := d.toks[r-1]; p.kind == tWord && p.has(fPrep) || d.isWord(r-1, "with") || d.isWord(r-1, "of") {
		return -1 // "during which he touched on ..."
	}
	return r
}

// relativeContent shapes the content of a cue inside a relative clause:
// the pronoun stands for part of it ("which | will cost $5 million"), a
// quote right after the cue is all of it ("what she calls “a gift”"), and
// a clause set off by commas ends at the next one.
func (d *doc) relativeContent(s sent, f *frame, r int) {
	n := len(f.spans) - 1
	if n < 0 || f.spans[n].Start < d.toks[f.cueE].e {
		return
	}
	sp := &f.spans[n]
	a := d.tokAtRune(s, sp.Start)
	if d.toks[a].kind == tOpenQ && d.toks[a].q >= 0 && d.quotes[d.toks[a].q].e < sp.End {
		sp.End = d.quotes[d.toks[a].q].e
	} else if d.isPunct(r-1, ',') {
		d.endAtMainVerb(s, sp)
	} else if d.isWord(r, "what") {
		d.endAtBreak(s, sp) // "what analysts said was a sign of X, but ..."
	}
	f.mixed = d.quoteInside(*sp)
	f.spans = append([]Span{d.tokSpan(r, r)}, f.spans...)
}

// endAtMainVerb ends content inside a clause set off by commas where the
// main clause's verb follows the closing comma: "The plan, which Lind
// said will cost $5 million, was approved".
func (d *doc) endAtMainVerb(s sent, sp *Span) {
	for i := d.tokAtRune(s, sp.Start) + 1; i+1 < s.te && d.toks[i].s < sp.End; i++ {
		t := d.toks[i]
		comma := t.kind == tPunct && t.q < 0 && d.r[t.s] == ','
		if !comma && !(t.kind == tCloseQ && d.isPunct(i-1, ',')) {
			continue
		}
		v := i + 1
		for v+1 < s.te && d.adverb(d.toks[v]) {
			v++ // ", notably stopped short"
		}
		if n := d.toks[v]; n.kind != tWord || n.q >= 0 || d.isCap(n) || !(finiteAux[n.lw] || d.verbish(n)) {
			return
		}
		if comma {
			sp.End = d.toks[i-1].e
		} else {
			sp.End = t.e
		}
		return
	}
}

// endAtComma ends content at its first comma outside a quote, or at a
// closing quote after a comma.
func (d *doc) endAtComma(s sent, sp *Span) {
	for i := d.tokAtRune(s, sp.Start) + 1; i < s.te && d.toks[i].s < sp.End; i++ {
		t := d.toks[i]
		if t.kind == tPunct && t.q < 0 && d.r[t.s] == ',' {
			sp.End = d.toks[i-1].e
			return
		}
		if t.kind == tCloseQ && d.isPunct(i-1, ',') {
			sp.End = t.e
			return
		}
	}
}

// leadPrep reports a preposition at k that opens what follows a cue and
// belongs to it: "called for", "talked about", "railed against".
// After a verb of saying, "on", "at" or "with" open an adjunct instead:
// "said on CNN", "said at a rally".
func (d *doc) leadPrep(s sent, k int, speech bool) bool {
	if k+1 >= s.te {
		return false
	}
	t := d.toks[k]
	if t.kind != tWord || t.q >= 0 || d.toks[k+1].kind != tWord && d.toks[k+1].kind != tOpenQ || d.toks[k+1].has(fTemporal) {
		return false
	}
	switch t.lw {
	case "about", "for", "against", "of":
		return true
	case "on", "over", "with", "at", "into":
		return !speech
	}
	return false
}

// oneWord reports a single word at k, the whole of [k, end] but
// punctuation: "pleaded for understanding".
func (d *doc) oneWord(s sent, k, end int) bool {
	return d.toks[k].kind == tWord && d.toks[k].q < 0 && d.wordCount(k, end) == 1
}

// endAtBreak ends an impression's content ("X seemed to C", "X was seen
// as C") at its first comma, dash, "when" or "but": what follows is the
// writer's.
func (d *doc) endAtBreak(s sent, sp *Span) {
	a := d.tokAtRune(s, sp.Start)
	if d.isWord(a, "that") || d.isWord(a, "whether") || d.isWord(a, "if") {
		return // a reported clause
	}
	for i := a + 1; i < s.te && d.toks[i].s < sp.End; i++ {
		t := d.toks[i]
		if t.q >= 0 {
			continue
		}
		comma := t.kind == tPunct && d.r[t.s] == ','
		if comma && d.listAhead(s, i, sp.End) {
			return // "his temper, his language, and ...": a list
		}
		brk := comma || t.kind == tPunct && (d.r[t.s] == '—' || d.r[t.s] == '–' || d.r[t.s] == '-' && d.r[t.s-1] == ' ')
		if !brk && !(t.kind == tWord && (t.lw == "when" || t.lw == "but")) {
			continue
		}
		if x, y := d.trimPunct(a, i-1); x <= y && d.wordCount(x, y) >= 2 {
			sp.End = d.toks[y].e
		}
		return
	}
}

// listAhead reports a comma at i that separates list items: ", and" or
// ", or" follows before rune end, or a short item and "and".
func (d *doc) listAhead(s sent, i, end int) bool {
	for j := i + 1; j+1 < s.te && d.toks[j+1].s < end; j++ {
		if d.isPunct(j, ',') && (d.isWord(j+1, "and") || d.isWord(j+1, "or")) {
			return true
		}
	}
	// "pools, water parks and dining": a short item, then the last one.
	words := 0 // of the current item
	for j := i + 1; j < s.te && j-i <= 10 && d.toks[j].s < end; j++ {
		t := d.toks[j]
		if t.kind == tPunct && (d.r[t.s] == ',' || d.r[t.s] == '-' || d.r[t.s] == '\'' || d.r[t.s] == '’') && d.r[t.s-1] != ' ' {
			if d.r[t.s] == ',' {
				words = 0
			}
			continue // "pools, parks", "resort-style", "voters'"
		}
		if words++; words > 4 || t.kind != tWord || t.q >= 0 || finiteAux[t.lw] || t.has(fEd) || d.startsClause(j) || t.lw == "but" || t.lw == "that" {
			return false
		}
		if j > i+1 && (t.lw == "and" || t.lw == "or") {
			return true
		}
	}
	return false
}

// thatAfterAddressee returns the "that" opening a told clause within a
// short run of words and commas from k, or -1.
func (d *doc) thatAfterAddressee(s sent, k int) int {
	for i := k; i < s.te && i-k <= 12; i++ {
		t := d.toks[i]
		if t.kind == tWord && t.q < 0 {
			if t.lw == "that" {
				if i+2 < s.te && d.toks[i+1].kind == tWord {
					return i
				}
				return -1
			}
			if _, cue := lex.cues[t.lw]; cue || d.startsClause(i) {
				return -1
			}
			continue
		}
		if t.kind != tPunct || t.q >= 0 || d.r[t.s] != ',' && d.r[t.s] != '\'' && d.r[t.s] != '’' && d.r[t.s] != '.' {
			return -1
		}
	}
	return -1
}

// parentheticalCue reads a reporting clause set off by commas between a
// cue and its "that" clause: "The records indicate, he said in an
// interview, that C", "Lind believes, she said, that C". The aside's
// speaker and verb report C; it returns the comma before "that", or k.
func (d *doc) parentheticalCue(s sent, f *frame, k int) int {
	a := k + 1
	t := d.toks[a]
	if t.kind != tWord || t.q >= 0 {
		return k
	}
	b := a
	switch {
	case subjectPronoun(t.lw):
	case d.isCap(t) && !t.has(fNonName|fStop|fPrep|fTemporal|fPronoun):
		for b+1 < s.te && b-a < 3 && d.toks[b+1].kind == tWord && d.isCap(d.toks[b+1]) {
			b++
		}
	default:
		return k
	}
	c := b + 1
	if c >= s.te || d.isCap(d.toks[c]) {
		return k
	}
	e, n, ok := d.cueAt(s, c)
	if !ok || e.ing || e.lemma != "say" {
		return k
	}
	for m := c + n; m+1 < s.te && m-c < 10; m++ {
		u := d.toks[m]
		if u.q >= 0 || u.kind != tWord && !d.isPunct(m, ',') {
			return k
		}
		if d.isPunct(m, ',') {
			if !d.isWord(m+1, "that") {
				return k
			}
			f.entry = e
			f.cueS, f.cueE = c, c+n-1
			f.srcS, f.srcE, f.headE, f.roleS, f.roleE = a, b, -1, -1, -1
			f.addrS, f.addrE = -1, -1
			return m
		}
	}
	return k
}

// quoteTail returns the end of the clause after the break at end+1 when
// that clause quotes the speaker and holds no cue of its own ("criticized
// the plan, calling it “a disaster for families”", "said the bill failed
// — “and nobody cared”"), or -1.
func (d *doc) quoteTail(s sent, k, end int) int {
	b := end + 1
	if b+1 >= s.te || b <= k || d.toks[b].kind != tPunct || d.toks[b].q >= 0 {
		return -1
	}
	// ", calling it “Q”": a participle; "— “Q”": a quote right after a dash.
	switch n := d.toks[b+1]; {
	case d.isPunct(b, ','):
		if n.kind != tWord || n.q >= 0 || !d.participle(n) {
			return -1
		}
	case d.isPunct(b, '—') || d.isPunct(b, '–'):
		if n.kind != tOpenQ {
			return -1
		}
	default:
		return -1
	}
	e := d.clauseEnd(s, b+1)
	quote := false
	for i := b + 1; i <= e; i++ {
		t := d.toks[i]
		if t.kind == tOpenQ {
			quote = true
			continue
		}
		if t.q < 0 && t.kind == tWord && t.has(fCue|fIngCue) {
			return -1
		}
	}
	if !quote {
		return -1
	}
	return e
}

// asideParticipleEnd ends the content of a participle set off by commas
// after the subject before the main verb: "Berg, recalling the talks,
// described ...". It returns the last token to keep, or -1.
func (d *doc) asideParticipleEnd(s sent, f *frame, k, end int) int {
	if !f.entry.ing || f.cueS-1 <= s.ts || !d.isPunct(f.cueS-1, ',') || f.srcS < 0 || f.srcE != f.cueS-2 {
		return -1
	}
	for i := k + 1; i < end; i++ {
		if t := d.toks[i]; t.kind != tPunct || t.q >= 0 || d.r[t.s] != ',' {
			continue
		}
		n := d.toks[i+1]
		if n.kind == tWord && n.q < 0 && n.has(fCue) && !n.has(fIngCue) && !d.isCap(n) {
			return i - 1
		}
	}
	return -1
}
