package extract

// findFrames runs the attribution patterns over every sentence, then
// attaches cue-less quotes to the attribution before them.
func (d *doc) findFrames(ps []para, pt [][2]int) []frame {
	var frames []frame
	used := make([]bool, len(d.quotes))
	claim := func(f *frame) bool {
		// A quote belongs to one attribution only.
		for _, sp := range f.spans {
			for qi := d.quoteAtRune(sp.Start); qi >= 0; {
				if used[qi] {
					return false
				}
				break
			}
		}
		for _, sp := range f.spans {
			if qi := d.quoteAtRune(sp.Start); qi >= 0 && d.quotes[qi].s == sp.Start {
				used[qi] = true
			}
		}
		return true
	}
	for si, s := range d.sents {
		start := len(frames)
		for i := s.ts; i < s.te; i++ {
			e, n, ok := d.cueAt(s, i)
			if !ok {
				continue
			}
			var f frame
			if e.lemma == "according to" {
				f, ok = d.accordingFrame(s, i)
			} else {
				f, ok = d.verbFrame(si, i, e, frames[start:])
			}
			if ok && claim(&f) {
				frames = append(frames, f)
			}
			i += n - 1
		}
		d.truncate(s, frames[start:])
	}
	frames = d.continuations(frames, used)
	return frames
}

// truncate ends reported content where a later attribution of the same
// sentence begins: "she said X but said Y", "X said A, and Y said B".
func (d *doc) truncate(s sent, fs []frame) {
	for i := range fs {
		f := &fs[i]
		if f.cueS < 0 || len(f.spans) == 0 {
			continue
		}
		last := &f.spans[len(f.spans)-1]
		if last.Start < d.toks[f.cueE].e {
			continue // content before the cue
		}
		for _, g := range fs[i+1:] {
			gs := g.cueS
			if g.srcS >= 0 && g.srcS < gs {
				gs = g.srcS
			}
			if gs < 0 || d.toks[gs].s <= last.Start || d.toks[gs].s >= last.End {
				continue
			}
			// Only a coordinated attribution ends the content; one nested in
			// a that-clause is part of it.
			if p := gs - 1; !(d.isPunct(p, ',') || d.isPunct(p, ';') || d.isWord(p, "and") || d.isWord(p, "but") || d.isWord(p, "while") || d.isWord(p, "whereas")) {
				continue
			}
			b := gs - 1
			for b >= s.ts && d.toks[b].s > last.Start && (d.toks[b].kind == tPunct || d.isWord(b, "and") || d.isWord(b, "but") || d.isWord(b, "while") || d.isWord(b, "as")) {
				b--
			}
			if b >= s.ts && d.toks[b].e > last.Start {
				last.End = d.toks[b].e
			}
			break
		}
	}
}

// quoteAtRune returns the quote whose first span starts at rune r, or the
// quote containing it, or -1.
func (d *doc) quoteAtRune(r int) int {
	lo, hi := 0, len(d.quotes)
	for lo < hi {
		m := (lo + hi) / 2
		if d.quotes[m].e <= r {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(d.quotes) && d.quotes[lo].s <= r {
		return lo
	}
	return -1
}

// verbFrame builds the attribution around the cue verb at token c.
func (d *doc) verbFrame(si, c int, e cueEntry, same []frame) (frame, bool) {
	s := d.sents[si]
	f := newFrame(s.para)
	f.entry = e
	f.cueS, f.cueE = c, c
	j := d.skipAuxLeft(s, c-1)
	for k := j + 1; k < c; k++ {
		if d.toks[k].kind == tWord {
			f.cueS = k
			break
		}
	}
	// ", adding that ...": the subject is the sentence's earlier speaker.
	// "... and said ...": a finite form only, so "would sit down and tell
	// him" inside reported content is not a new attribution.
	conj := j >= s.ts && (d.isWord(j, "and") || d.isWord(j, "but")) && !e.ing && d.lowerStr(d.toks[c]) != e.lemma
	if conj || e.ing && j >= s.ts && (d.isPunct(j, ',') || d.isPunct(j, '—')) {
		if len(same) > 0 {
			p := same[len(same)-1]
			f.srcS, f.srcE, f.headE, f.roleS, f.roleE = p.srcS, p.srcE, p.headE, p.roleS, p.roleE
		} else if a, b := d.subject(s, j); a >= 0 {
			f.srcS, f.srcE = a, b
		}
		f.cueS = c
		if !d.afterContent(si, &f, c+1) {
			return f, false
		}
		f.conf = 0.6
		return f, true
	}
	if j >= s.ts {
		if d.isPunct(j, ',') && !e.ing {
			d.apposLeft(s, j, &f)
		} else if h := d.leftNP(s, j); h >= 0 {
			f.srcS, f.srcE = h, j
		}
	}
	after := c + 1
	before := j // last token before the subject (or the cue)
	if f.srcS >= 0 {
		// “Q,” election law expert Rick Hasen said: take in the unanchored
		// words between the quote and the anchored mention.
		for k := f.srcS - 1; k >= s.ts && f.srcS-k <= 4; k-- {
			if d.isPunct(k, ',') || d.toks[k].kind == tCloseQ {
				if k < f.srcS-1 {
					f.srcS = k + 1
				}
				break
			}
			if !d.npWord(d.toks[k]) || d.verbish(d.toks[k]) {
				break
			}
		}
		before = f.srcS - 1
	} else if j >= s.ts && (d.isPunct(j, ',') || d.toks[j].kind == tCloseQ || d.isPunct(j, ':')) || j < s.ts && d.prevPureQuote(si) >= 0 {
		// Inversion: “Q,” said the minister.
		if k := d.rightNP(s, after); k >= 0 {
			f.srcS, f.srcE = after, k
			after = k + 1
			after = d.apposRight(s, after, &f)
		}
	}
	if e.belief && f.srcS < 0 {
		return f, false
	}
	// Content before the subject: “Q,” she said. / C, he said.
	if before >= s.ts && (d.isPunct(before, ',') || d.toks[before].kind == tCloseQ || d.isPunct(before, '—')) {
		b := before
		if d.toks[b].kind != tCloseQ {
			b--
		}
		a := s.ts
		if len(same) > 0 {
			if last := same[len(same)-1]; last.spans[len(last.spans)-1].End > d.toks[a].s {
				a = d.tokAtRune(s, last.spans[len(last.spans)-1].End)
			}
		}
		// Reported speech before the subject only when nothing follows the
		// cue; a quote before it always counts.
		quoteLed := a <= b && d.toks[a].kind == tOpenQ
		if a <= b && (quoteLed || !d.hasAfter(s, after, &f)) && d.setContent(&f, a, b) {
			after = d.adjuncts(s, after, &f)
			if quoteLed {
				// “Q1,” she said, “Q2.” / “Q1,” said X, speaking of Y, “Q2.”
				if k := d.nextQuoteNear(s, after); k >= 0 {
					d.addQuote(&f, d.toks[k].q)
				}
			} else if k := after; k+1 < s.te && d.isPunct(k, ',') && d.toks[k+1].kind == tWord && !lex.ingCue[d.lowerStr(d.toks[k+1])] && !lex.stop[d.lowerStr(d.toks[k+1])] {
				// Many of the closures, he said, have involved ...
				if e := d.clauseEnd(s, k+1); e > k+1 {
					a, b := d.trimPunct(k+1, e)
					if a <= b && d.wordCount(a, b) >= 2 {
						f.spans = append(f.spans, d.tokSpan(a, b))
					}
				}
			}
			f.conf = 0.8
			return f, true
		}
	}
	if f.srcS < 0 && j >= s.ts {
		return f, false
	}
	if f.srcS < 0 {
		// Sentence-initial cue with no subject: “Why?” / Asked ...
		if qi := d.prevPureQuote(si); qi >= 0 {
			_ = qi
		}
		return f, false
	}
	if d.afterContent(si, &f, after) {
		f.conf = 0.7
		return f, true
	}
	// "Smith asked." after a sentence that is only a quote.
	if qi := d.prevPureQuote(si); qi >= 0 && f.srcS == s.ts {
		k := d.adjuncts(s, after, &f)
		if k >= s.te-1 {
			f.spans = nil
			d.addQuote(&f, qi)
			f.conf = 0.6
			return f, true
		}
	}
	return f, false
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
	for i := k + 1; i < s.te && i-k < 12; i++ {
		t := d.toks[i]
		if t.kind == tOpenQ {
			if d.isPunct(i-1, ',') || d.isPunct(i-1, ':') || d.isWord(i-1, "but") || d.isWord(i-1, "and") || i == k+1 {
				return i
			}
			return -1
		}
		if t.kind == tWord {
			if _, cue := lex.cues[d.lowerStr(t)]; cue && !lex.ingCue[d.lowerStr(t)] {
				return -1
			}
		}
	}
	return -1
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

// afterContent reads the content after the cue: addressee, adjuncts,
// "that", then a quote or a clause.
func (d *doc) afterContent(si int, f *frame, k int) bool {
	s := d.sents[si]
	k = d.adjuncts(s, k, f)
	for k < s.te && (d.isPunct(k, ':') || d.isPunct(k, ',')) {
		k++
	}
	if k < s.te && d.isWord(k, "that") {
		k++
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
	return d.setContent(f, k, end)
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
			for k < s.te && d.toks[k].kind == tWord && lex.temporal[d.lowerStr(d.toks[k])] {
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

// addresseeNP reads the object of "told": "Reuters", "reporters", "the
// Associated Press", stopping where the reported clause starts ("told
// reporters the plant would close").
func (d *doc) addresseeNP(s sent, k int) int {
	e := d.rightNP(s, k)
	if e < 0 {
		return -1
	}
	for i := k + 1; i <= e; i++ {
		w := d.lowerStr(d.toks[i])
		if lex.nounBlock[w] || lex.pronoun[w] {
			return i - 1
		}
		if !d.isCap(d.toks[i]) && (d.isCap(d.toks[i-1]) || lex.group[d.lowerStr(d.toks[i-1])]) {
			return i - 1
		}
	}
	return e
}

// apposLeft reads "NAME, ROLE, said" leftwards from the comma at j.
func (d *doc) apposLeft(s sent, j int, f *frame) {
	k := j - 1
	for k > s.ts && j-k < 16 {
		t := d.toks[k]
		if t.kind == tOpenQ || t.kind == tCloseQ {
			return
		}
		if t.kind == tPunct && d.r[t.s] == ',' {
			break
		}
		if t.kind == tPunct && d.r[t.s] != '-' && d.r[t.s] != '’' && d.r[t.s] != '\'' && d.r[t.s] != '.' && d.r[t.s] != '(' && d.r[t.s] != ')' {
			return
		}
		k--
	}
	if k <= s.ts || !d.isPunct(k, ',') || k+1 > j-1 {
		return
	}
	h := d.leftNP(s, k-1)
	if h < 0 {
		return
	}
	// The head must be a name, a pronoun or a described person.
	f.srcS, f.srcE, f.headE = h, j-1, k-1
	f.roleS, f.roleE = k+1, j-1
}

// apposRight reads ", a spokesman for the ministry," after an inverted
// subject and returns the token after it.
func (d *doc) apposRight(s sent, k int, f *frame) int {
	if k+1 >= s.te || !d.isPunct(k, ',') {
		return k
	}
	n := d.toks[k+1]
	if n.kind != tWord || n.q >= 0 {
		return k
	}
	w := d.lowerStr(n)
	if !(w == "a" || w == "an" || w == "the" || lex.role[w] != 0 || d.isCap(n)) {
		return k
	}
	m := k + 1
	for m < s.te && d.toks[m].kind == tWord && d.toks[m].q < 0 && m-k < 12 {
		m++
	}
	if m < s.te && !(d.isPunct(m, ',') || d.isPunct(m, '.')) {
		return k
	}
	f.headE = f.srcE
	f.roleS, f.roleE = k+1, m-1
	f.srcE = m - 1
	return m
}

// accordingFrame handles "according to X, C" and "C, according to X".
func (d *doc) accordingFrame(s sent, i int) (frame, bool) {
	f := newFrame(s.para)
	f.entry = cueEntry{lemma: "according to"}
	f.cueS, f.cueE = i, i+1
	k := d.rightNP(s, i+2)
	if k < 0 {
		return f, false
	}
	f.srcS, f.srcE = i+2, k
	if i > s.ts {
		// C, according to X.
		b := i - 1
		if d.setContent(&f, s.ts, b) {
			f.conf = 0.7
			return f, true
		}
		return f, false
	}
	a := k + 1
	for a < s.te && d.isPunct(a, ',') {
		a++
	}
	if a < s.te && d.setContent(&f, a, d.clauseEnd(s, a)) {
		f.conf = 0.7
		return f, true
	}
	return f, false
}

// subject finds the mention that opens sentence s, for participle cues
// (", saying ...") whose subject is the main clause's: a pronoun or a run
// of capitalised words before the first lowercase word.
func (d *doc) subject(s sent, limit int) (int, int) {
	a := s.ts
	for a < limit && d.toks[a].kind != tWord {
		a++
	}
	if a >= limit {
		return -1, -1
	}
	if lex.pronoun[d.lowerStr(d.toks[a])] && d.lowerStr(d.toks[a]) != "it" {
		return a, a
	}
	b := a
	for b+1 < limit && d.isCap(d.toks[b+1]) {
		b++
	}
	if !d.isCap(d.toks[a]) || lex.nonName[d.lowerStr(d.toks[a])] {
		return -1, -1
	}
	return a, b
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

// pureQuote returns the quote that makes up sentence s on its own, or -1.
func (d *doc) pureQuote(s sent) int {
	a, b := d.trimPunct(s.ts, s.te-1)
	if a > b || d.toks[a].kind != tOpenQ {
		return -1
	}
	qi := d.toks[a].q
	if qi < 0 || d.toks[b].q != qi {
		return -1
	}
	return qi
}

// prevPureQuote returns the quote making up the previous sentence of the
// same paragraph, or -1.
func (d *doc) prevPureQuote(si int) int {
	if si == 0 || d.sents[si-1].para != d.sents[si].para {
		return -1
	}
	return d.pureQuote(d.sents[si-1])
}

// nextParaQuote returns the quote opening the paragraph after sentence si.
func (d *doc) nextParaQuote(si int) int {
	for k := si + 1; k < len(d.sents); k++ {
		if d.sents[k].para != d.sents[si].para {
			if d.sents[k].para != d.sents[si].para+1 {
				return -1
			}
			return d.pureQuote(d.sents[k])
		}
	}
	return -1
}

// continuations attaches unclaimed quote-only sentences: within the
// paragraph of an attribution they extend it; a quote-only paragraph right
// after one becomes its own cue-less record with the same speaker.
func (d *doc) continuations(frames []frame, used []bool) []frame {
	out := make([]frame, 0, len(frames)+4)
	fi := 0
	lastPara := -10 // paragraph of the last attribution or continuation
	for si, s := range d.sents {
		for fi < len(frames) && frames[fi].para <= s.para && d.frameBefore(frames[fi], s) {
			out = append(out, frames[fi])
			lastPara = frames[fi].para
			fi++
		}
		qi := d.pureQuote(s)
		if qi < 0 || used[qi] || len(out) == 0 {
			continue
		}
		last := &out[len(out)-1]
		switch {
		case last.para == s.para:
			used[qi] = true
			d.addQuote(last, qi)
		case lastPara >= s.para-1 && (si == 0 || d.sents[si-1].para != s.para):
			used[qi] = true
			c := newFrame(s.para)
			d.addQuote(&c, qi)
			p := last
			if p.prev != nil {
				p = p.prev
			}
			c.prev = p
			c.conf = 0.5
			out = append(out, c)
			lastPara = s.para
		}
	}
	out = append(out, frames[fi:]...)
	return out
}

// frameBefore reports whether f was found in a sentence before s.
func (d *doc) frameBefore(f frame, s sent) bool {
	if f.para < s.para {
		return true
	}
	if f.cueS >= 0 {
		return d.toks[f.cueS].s < d.toks[s.ts].s
	}
	return false
}
