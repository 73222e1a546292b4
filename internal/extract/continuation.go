package extract

// Quotes without a cue of their own that continue the voice before them.

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
		if qi < 0 && len(out) > 0 && out[len(out)-1].para == s.para && out[len(out)-1].quoted > 0 && d.quoteNoCue(s, used) && d.mostlyQuoted(s) {
			// “Q1,” he said. But “Q2” — the same voice goes on, partly quoted.
			last := &out[len(out)-1]
			if a, b := d.trimPunct(s.ts, s.te-1); a <= b && d.toks[a].s >= last.spans[len(last.spans)-1].End {
				last.spans = append(last.spans, d.tokSpan(a, b))
				for i := a; i <= b; i++ {
					if q := d.toks[i].q; q >= 0 {
						used[q] = true
					}
				}
			}
			continue
		}
		if qi < 0 || used[qi] || len(out) == 0 {
			continue
		}
		last := d.voice(out, s.para)
		switch {
		case last.para == s.para:
			used[qi] = true
			if d.quotes[qi].s >= last.spans[len(last.spans)-1].End {
				d.addQuote(last, qi)
			}
		case lastPara >= s.para-1 && (si == 0 || d.sents[si-1].para != s.para) && !d.quotedHeading(si, qi):
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

// quotedHeading reports a paragraph that is only a short phrase in single
// marks, a subheading ("‘A fight from start to finish.’"), not speech.
func (d *doc) quotedHeading(si, qi int) bool {
	s, q := d.sents[si], d.quotes[qi]
	if c := d.r[q.s]; !(c == '‘' || c == '\'' && d.qlen[q.s] == 1) {
		return false
	}
	if si+1 < len(d.sents) && d.sents[si+1].para == s.para {
		return false
	}
	return d.wordCount(s.ts, s.te-1) <= 10
}

// quoteNoCue reports a sentence that holds an unclaimed quote and no cue
// of its own outside quotes.
func (d *doc) quoteNoCue(s sent, used []bool) bool {
	has := false
	for i := s.ts; i < s.te; i++ {
		t := d.toks[i]
		if t.q >= 0 {
			if used[t.q] {
				return false
			}
			has = true
			continue
		}
		if t.has(fCue) || t.lw == "according" {
			return false
		}
	}
	return has
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

// mostlyQuoted reports a sentence led by a quote ("But “Q2”") or with
// most of its words inside quotes: the writer's own sentence with a
// scare quote is not the speaker's.
func (d *doc) mostlyQuoted(s sent) bool {
	a, b := d.trimPunct(s.ts, s.te-1)
	for a <= b && d.toks[a].kind == tWord && d.toks[a].q < 0 && (d.isWord(a, "but") || d.isWord(a, "and") || d.isWord(a, "still") || d.isWord(a, "then")) {
		a++
	}
	if a > b {
		return false
	}
	if d.toks[a].kind == tOpenQ && d.quoteWords(a, b) >= 3 {
		return true
	}
	in, all := 0, 0
	for i := a; i <= b; i++ {
		if d.toks[i].kind == tWord {
			all++
			if d.toks[i].q >= 0 {
				in++
			}
		}
	}
	return in*2 >= all
}

// voice returns the frame a cue-less quote in paragraph para continues:
// the last one, unless that is an aside ("…,” said X, who noted that …)
// after a quoted attribution of the same sentence, which is the voice.
func (d *doc) voice(out []frame, para int) *frame {
	last := &out[len(out)-1]
	if last.quoted > 0 || last.cueS < 0 {
		return last
	}
	for k := len(out) - 2; k >= 0 && k >= len(out)-3; k-- {
		p := &out[k]
		if p.para != last.para || p.cueS < 0 {
			break
		}
		if p.quoted > 0 && d.toks[p.cueS].s < d.toks[last.cueS].s && d.sentOf(p.cueS) == d.sentOf(last.cueS) {
			return p
		}
		// “Q1,” said X. She plans to C. “Q2.”: a plan or belief of the
		// writer's sentence between holds no voice; the quoted one goes on.
		if p.quoted > 0 && !d.speech(last.entry) && last.para == para {
			return p
		}
	}
	return last
}

// quoteWords counts the words of the quote opening at token a, up to b.
func (d *doc) quoteWords(a, b int) int {
	n := 0
	for i := a + 1; i <= b && d.toks[i].kind != tCloseQ; i++ {
		if d.toks[i].kind == tWord {
			n++
		}
	}
	return n
}
