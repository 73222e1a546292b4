package extract

import (
	"sort"
	"strings"
	"unicode"
)

// The frame loop findFrames and the drops and filters that clean up the frames it reads.

// findFrames runs the attribution patterns over every sentence, then
// attaches cue-less quotes to the attribution before them.
// ungated makes findFrames call every sentence-level reading whatever the
// sentence holds; TestGatesSkipNoReading sets it to check that the gates
// below only skip readings that would find nothing.
var ungated bool

func (d *doc) findFrames(ps []para, pt [][2]int) []frame {
	var frames []frame
	used := make([]bool, len(d.quotes))
	claim := func(f *frame) bool {
		// A quote belongs to one attribution only.
		for _, sp := range f.spans {
			if qi := d.quoteAtRune(sp.Start); qi >= 0 && used[qi] {
				return false
			}
		}
		for _, sp := range f.spans {
			if qi := d.quoteAtRune(sp.Start); qi >= 0 && d.quotes[qi].s == sp.Start {
				used[qi] = true
			}
		}
		return true
	}
	// The sentence-level readings are called only when the sentence has
	// what each looks for (the tests their first lines make): a call
	// returns a whole frame, zeroed and copied, even when it finds nothing.
	for si, s := range d.sents {
		start := len(frames)
		if si == 0 || d.sents[si-1].para != s.para {
			if f, ok := d.colonFrame(si); ok && claim(&f) {
				frames = append(frames, f)
				continue
			}
			if f, ok := d.signedQuote(si); ok && claim(&f) {
				frames = append(frames, f)
				continue
			}
		}
		if t := d.toks[s.ts]; ungated || t.has(fCue) || t.lw == "according" {
			if f, ok := d.verbFirstFrame(si); ok && claim(&f) {
				frames = append(frames, f)
				continue
			}
		}
		if ungated || s.fl&(fFinding|fRaise) != 0 || s.marks&mWords != 0 {
			if f, ok := d.pollFrame(si); ok && claim(&f) {
				frames = append(frames, f)
			} else if f, ok := d.raisingFrame(si); ok && claim(&f) {
				frames = append(frames, f)
			}
		}
		ts := s.ts
		if !ungated && s.fl&(fCue|fNounCue) == 0 && s.marks&mCueWord == 0 {
			ts = s.te // no cue in the sentence
		}
		for i := ts; i < s.te; i++ {
			// Most tokens are no cue: test their flags before building
			// anything (this loop runs on every token).
			t := &d.toks[i]
			if t.kind != tWord || t.q >= 0 {
				continue
			}
			if t.e-t.s == 10 {
				if f, ok := d.reportedlyFrame(s, i); ok && !d.nested(frames[start:], i) && claim(&f) {
					frames = append(frames, f)
					continue
				}
			}
			if !t.has(fCue|fNounCue) && t.lw != "according" {
				continue
			}
			e, n, ok := d.cueAt(s, i)
			if !ok {
				if d.toks[i].has(fNounCue) && !d.nested(frames[start:], i) {
					if f, ok := d.nounFrame(s, i); ok && claim(&f) {
						frames = append(frames, f)
						i++
					}
				}
				continue
			}
			// A cue inside the reported clause of an earlier one is part of
			// what was reported: "Wheeler added that, based on what he has
			// seen, ...". Speech verbs with their own subject still count.
			if d.insideEarlier(frames[:start], s, i) {
				continue
			}
			nested := d.nested(frames[start:], i)
			if nested && d.innerConjunct(s, frames[start:], i, e) {
				// "said she is polite and showing “respect”", "says he'd
				// sit down and tell him C": the verb goes on the reported
				// clause, not the cue.
				continue
			}
			if nested && (e.belief || e.ing || !d.speech(e)) && (e.belief || !d.coordinated(s, i)) && !(e.ing && d.absoluteSpeaker(s, i)) && !(!e.ing && !e.belief && d.quoteNext(s, i+n-1, e)) {
				continue
			}
			var f frame
			if e.lemma == "according to" {
				f, ok = d.accordingFrame(s, i)
			} else if i-1 >= s.ts && i+2 < s.te && d.isWord(i-1, "as") && d.isWord(i+1, "by") && n == 1 {
				// "As reported by X, C": the agent is the source.
				f, ok = d.agentFrame(s, i-1, i+2, e)
			} else {
				f, ok = d.verbFrame(si, i, e, frames[start:])
				if ok && d.allegianceRelative(s, f) {
					ok = false
				}
				if ok && e.ing && f.srcS > s.ts && f.srcE < i {
					// "The town released a statement saying C": the
					// sender speaks.
					if a, b := d.senderOf(s, f.srcS, f.srcE); a >= 0 {
						f.srcS, f.srcE, f.headE, f.roleS, f.roleE = a, b, -1, -1, -1
					}
				}
				if ok && !d.speech(e) && d.expectedTo(f) {
					// "It is expected to show ...": an expectation no one
					// holds; one to speak ("is expected to announce") is
					// the subject's own.
					f.srcS, f.srcE, f.headE, f.roleS, f.roleE = -1, -1, -1, -1, -1
				}
			}
			if ok && f.quoteOnly() && !d.thatAfterCue(s, f) {
				ok = false
			}
			if ok && nested && (f.srcS < 0 || d.reportedSubject(frames[start:], f.srcS) || d.boundRelative(f.srcS)) {
				// "a name that was announced" inside a report: no one of
				// its own says it. "X noted (that) experts say C": the
				// experts' saying is what X noted.
				ok = false
			}
			if ok && e.lemma == "according to" && d.reportsFrame(f, frames[start:]) {
				// "“Q,” X said, according to Y": Y reports the quote and its
				// cue; the quote stays X's too.
				frames = append(frames, f)
				i += n - 1
				continue
			}
			if ok && !claim(&f) {
				ok = d.steal(frames[start:], &f, used)
				if ok {
					frames = d.dropEmpty(frames, start)
					ok = claim(&f)
				}
			}
			if ok {
				frames = append(frames, f)
			}
			i += n - 1
		}
		if ungated || s.marks&mColon != 0 {
			if f, ok := d.colonQuoteFrame(si, frames[start:]); ok && claim(&f) {
				frames = append(frames, f)
			}
		}
		if ungated || s.marks&mIntroQuote != 0 {
			if f, ok := d.introducedQuote(si, frames[start:], used); ok && claim(&f) {
				frames = append(frames, f)
			}
		}
		if ungated || d.toks[s.ts].kind == tOpenQ || s.marks&mColon != 0 {
			if f, ok := d.trailingSpeaker(si, frames[start:], used); ok && claim(&f) {
				frames = append(frames, f)
			}
		}
		frames = d.dropRaisedInside(frames, start)
		frames = d.dropInsideAccording(frames, start)
		frames = d.dropInsideLaterSpeech(frames, start)
		d.truncate(s, frames[start:])
		frames = d.dropEmpty(frames, start)
		if s.te-1 > s.ts && d.isPunct(s.te-1, ':') {
			if f, ok := d.leadIn(si, frames[start:], used); ok {
				frames = append(frames, f)
			}
		}
	}
	frames = d.dropSameContent(frames)
	frames = d.continuations(frames, used)
	return frames
}

// dropSameContent keeps one frame of two with the very same content, as
// one report has one speaker: the surer one, a verb of saying over
// another cue ("Lind acknowledged that C, the Courier reported"), or the
// later one.
func (d *doc) dropSameContent(frames []frame) []frame {
	out := frames[:0]
	for _, f := range frames {
		dup := false
		for k := len(out) - 1; k >= 0 && k >= len(out)-8; k-- {
			g := &out[k]
			if !sameSpans(g.spans, f.spans) {
				continue
			}
			dup = true
			if f.conf > g.conf || f.conf == g.conf && (d.speech(f.entry) || !d.speech(g.entry)) {
				*g = f
			}
			break
		}
		if !dup {
			out = append(out, f)
		}
	}
	return out
}

// sameSpans reports two contents made of the very same spans.
func sameSpans(a, b []Span) bool {
	if len(a) != len(b) || len(a) == 0 {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// quoteAtRune returns the quote whose first span starts at rune r, or the
// quote containing it, or -1.
func (d *doc) quoteAtRune(r int) int {
	if qi := d.quoteEndingAfter(r); qi < len(d.quotes) && d.quotes[qi].s <= r {
		return qi
	}
	return -1
}

// quoteEndingAfter returns the first quote that ends after rune r, or
// len(d.quotes).
func (d *doc) quoteEndingAfter(r int) int {
	return sort.Search(len(d.quotes), func(m int) bool { return d.quotes[m].e > r })
}

// dropRaisedInside drops the sentence's raising frame when its cue sits
// in the reported clause of another cue: "Lind said the plan appears to
// fail" reports Lind's words, not an appearance.
func (d *doc) dropRaisedInside(frames []frame, start int) []frame {
	if start >= len(frames) || !frames[start].raised || !d.nested(frames[start+1:], frames[start].cueS) {
		return frames
	}
	return append(frames[:start], frames[start+1:]...)
}

// reportedSubject reports a subject at token a that opens, with or
// without a "that" before it, the reported clause of one of the frames fs:
// "Lind said Holm asked for the meeting" is Lind's report.
func (d *doc) reportedSubject(fs []frame, a int) bool {
	o := a
	if a-1 >= 0 && d.isWord(a-1, "that") {
		o = a - 1
	}
	for _, f := range fs {
		if f.cueS >= 0 && len(f.spans) > 0 && f.spans[len(f.spans)-1].Start == d.toks[o].s {
			return true
		}
	}
	return false
}

// boundRelative reports a subject at a after "what" or a restrictive
// "that": "would end what she said were punitive rules", "a system that
// they say is unfair" inside a report are part of it.
func (d *doc) boundRelative(a int) bool {
	return a-1 >= 0 && (d.isWord(a-1, "what") || d.isWord(a-1, "that"))
}

// dropInsideAccording drops the sentence's frames whose cue lies in the
// content of an "according to" frame: "According to the summary, Lind
// asked him to delete the files" is the summary's account, not Lind's.
func (d *doc) dropInsideAccording(frames []frame, start int) []frame {
	fs := frames[start:]
	drop := make([]bool, len(fs))
	for i, f := range fs {
		drop[i] = d.insideAccording(fs, i, f)
	}
	out := frames[:start]
	for i, f := range fs {
		if !drop[i] {
			out = append(out, f)
		}
	}
	return out
}

// insideAccording reports whether f, the i-th of fs, has its cue in the
// content of another frame of fs that is an "according to".
func (d *doc) insideAccording(fs []frame, i int, f frame) bool {
	if f.cueS < 0 {
		return false
	}
	r := d.toks[f.cueS].s
	for k, g := range fs {
		if k == i || g.entry.lemma != "according to" {
			continue
		}
		for _, sp := range g.spans {
			if sp.Start <= r && r < sp.End {
				return true
			}
		}
	}
	return false
}

// insideEarlier reports whether token i of sentence s lies in content
// that a frame of an earlier sentence of the paragraph runs on into s: a
// speaker's turn "ROOS: I think ... They want safe homes" is one report.
func (d *doc) insideEarlier(fs []frame, s sent, i int) bool {
	r, s0 := d.toks[i].s, d.toks[s.ts].s
	// Cues inside are skipped, so the frame that runs on is among the
	// last few; the bound keeps long paragraphs linear.
	for k := len(fs) - 1; k >= 0 && k >= len(fs)-8 && fs[k].para == s.para; k-- {
		for _, sp := range fs[k].spans {
			if sp.Start < s0 && sp.Start <= r && r < sp.End {
				return true
			}
		}
	}
	return false
}

// nested reports whether token i lies in the cue or the after-cue content
// of one of the sentence's frames so far.
func (d *doc) nested(fs []frame, i int) bool {
	r := d.toks[i].s
	for _, f := range fs {
		if f.cueS < 0 || len(f.spans) == 0 {
			continue
		}
		if f.cueS <= i && i <= f.cueE {
			return true // "expressed concern about": part of the cue
		}
		last := f.spans[len(f.spans)-1]
		if last.Start > d.toks[f.cueE].s && last.Start <= r && r < last.End {
			return true
		}
	}
	return false
}

// speech reports a verb of saying proper, strong enough to start a nested
// attribution.
func (d *doc) speech(e cueEntry) bool {
	switch e.lemma {
	case "say", "tell", "add", "write", "claim", "insist", "argue", "warn", "explain", "note", "announce", "declare", "deny", "admit", "state", "report", "according to", "suggest", "tweet", "ask", "reply", "respond", "acknowledge", "allege", "assert", "contend", "promise", "vow", "predict", "confirm", "reveal", "stress", "recall":
		return true
	}
	return false
}

// nestedAfterOpener reports a later attribution at gs that is the main
// clause of f's reported content: "said if elected, she would ask C",
// "said both he and Holm promised C".
func (d *doc) nestedAfterOpener(s sent, last Span, cueE, gs int) bool {
	a := d.tokAtRune(s, last.Start)
	if a < s.ts || a >= gs || a > cueE+2 {
		return false // content right after the cue only
	}
	if d.isWord(a, "that") && a+1 < gs {
		a++
	}
	p := gs - 1
	if d.isWord(p, "and") && p-1 > a {
		// "both he and Holm": a subject pronoun ends no clause.
		return subjectPronoun(d.toks[p-1].lw)
	}
	if !d.isPunct(p, ',') {
		return false
	}
	switch d.toks[a].lw {
	case "if", "when", "once", "unless", "although", "though", "because", "after", "before", "until":
	default:
		return false
	}
	// The opening clause is short and verbless ("if elected", "when
	// pressed"), running to this comma alone: "asked if Roos would
	// speak, he laughed and said" ends the question.
	for k := a + 1; k < p; k++ {
		if d.isPunct(k, ',') || d.isPunct(k, ';') || d.toks[k].q >= 0 || finiteAux[d.toks[k].lw] || p-a > 6 {
			return false
		}
	}
	return true
}

// truncate ends reported content where a later attribution of the same
// sentence begins: "she said X but said Y", "X said A, and Y said B".
func (d *doc) truncate(s sent, fs []frame) {
	for i := range fs {
		f := &fs[i]
		// "According to X, C": C is whole, whatever it reports itself.
		if f.cueS < 0 || len(f.spans) == 0 || f.entry.lemma == "according to" {
			continue
		}
		last := &f.spans[len(f.spans)-1]
		if last.Start < d.toks[f.cueE].e {
			continue // content before the cue
		}
		for _, g := range fs[i+1:] {
			// “Q,” he said, inside f's content: f ends before the quote.
			if g.cueS >= 0 && len(g.spans) > 0 && g.quoted > 0 {
				q := g.spans[0]
				if qi := d.quoteAtRune(q.Start); qi >= 0 && d.quotes[qi].s == q.Start && q.Start > last.Start && q.Start < last.End && q.End <= d.toks[g.cueS].s {
					if a, b := d.trimRunes(last.Start, q.Start); a < b {
						last.Start, last.End = a, b
						f.mixed = d.quoteInside(*last)
					}
					break
				}
			}
			gs := g.cueS
			if g.srcS >= 0 && g.srcS < gs && d.toks[g.srcS].s > last.Start {
				gs = g.srcS // a borrowed subject lies before: start at the cue
			}
			if gs < 0 || d.toks[gs].s <= last.Start || d.toks[gs].s >= last.End {
				continue
			}
			if k := d.prepAfterConj(s, gs); gs == g.cueS && k >= 0 {
				gs = k + 1 // "C, but in a later interview said D"
			}
			if gs == g.cueS && ownVerb(g.entry) {
				// "C but did not suggest D": the auxiliaries go with the
				// coordinated cue.
				if a := d.skipAuxLeft(s, gs-1) + 1; a < gs && d.toks[a].s > last.Start {
					gs = a
				}
			}
			// Only a coordinated attribution ends the content; one nested in
			// a that-clause is part of it.
			if p := gs - 1; !(d.isPunct(p, ',') || d.toks[p].kind == tCloseQ && d.isPunct(p-1, ',') || d.isPunct(p, ';') || d.isWord(p, "and") || d.isWord(p, "but") || d.isWord(p, "while") || d.isWord(p, "whereas")) {
				continue
			}
			if d.nestedAfterOpener(s, *last, f.cueE, gs) {
				continue
			}
			b := gs - 1
			for b >= s.ts && d.toks[b].s > last.Start && (d.toks[b].kind == tPunct || d.isWord(b, "and") || d.isWord(b, "but") || d.isWord(b, "while") || d.isWord(b, "as")) {
				b--
			}
			if b >= s.ts && d.toks[b].e > last.Start {
				last.End = d.toks[b].e
			}
			if b >= s.ts && d.toks[b].s <= last.Start && (d.toks[b].kind == tPunct || d.isWord(b, "and") || d.isWord(b, "but")) {
				// "Roos boomed and asked ...": nothing but the connective
				// was the cue's own.
				f.spans = f.spans[:len(f.spans)-1]
			}
			break
		}
	}
}

// ownVerb reports a cue that, coordinated after auxiliaries ("but did not
// suggest"), starts a report of its own: not a belief, a stance object
// ("would back X") or an intention ("just want to").
func ownVerb(e cueEntry) bool {
	switch e.lemma {
	case "want", "plan", "intend", "decide", "pledge", "threaten", "call":
		return false
	}
	return !e.belief && !e.object
}

// steal gives f, “Q,” she said, the quote that an earlier cue of the same
// sentence took as part of its content ("Mosman saw it differently: “Q,”
// he said"): the quote's own cue is the better claim. The earlier
// frame's content is cut before the quote.
func (d *doc) steal(same []frame, f *frame, used []bool) bool {
	if f.cueS < 0 || len(f.spans) == 0 || f.quoted == 0 {
		return false
	}
	first := f.spans[0]
	if first.End > d.toks[f.cueS].s || d.quoteAtRune(first.Start) < 0 {
		return false
	}
	for i := len(same) - 1; i >= 0; i-- {
		g := &same[i]
		if g.cueS < 0 || d.toks[g.cueE].e > first.Start {
			continue
		}
		for k, sp := range g.spans {
			if sp.End <= first.Start || sp.Start >= first.End {
				continue
			}
			// Cut g before the quote, and let go of every quote it loses.
			kept := g.spans[:k]
			if sp.Start < first.Start {
				if a, b := d.trimRunes(sp.Start, first.Start); a < b {
					kept = append(kept, Span{a, b})
				}
			}
			for _, lost := range g.spans[k:] {
				if qi := d.quoteAtRune(lost.Start); qi >= 0 && d.quotes[qi].s >= first.Start {
					used[qi] = false
				}
			}
			used[d.quoteAtRune(first.Start)] = false
			g.spans = kept
			g.quoted = 0
			for _, sp := range kept {
				if qi := d.quoteAtRune(sp.Start); qi >= 0 && d.quotes[qi].s == sp.Start && d.quotes[qi].e == sp.End {
					g.quoted++
				}
			}
			return true
		}
	}
	return false
}

// trimRunes drops spaces and punctuation from both ends of runes [a,b).
func (d *doc) trimRunes(a, b int) (int, int) {
	for a < b && (unicode.IsSpace(d.r[a]) || unicode.IsPunct(d.r[a])) {
		a++
	}
	for b > a && (unicode.IsSpace(d.r[b-1]) || unicode.IsPunct(d.r[b-1])) {
		b--
	}
	return a, b
}

// dropEmpty removes frames from start on that lost all their content.
func (d *doc) dropEmpty(frames []frame, start int) []frame {
	out := frames[:start]
	for _, f := range frames[start:] {
		if len(f.spans) > 0 {
			out = append(out, f)
		}
	}
	return out
}

// quoteInside reports whether a quote overlaps sp.
func (d *doc) quoteInside(sp Span) bool {
	qi := d.quoteEndingAfter(sp.Start)
	return qi < len(d.quotes) && d.quotes[qi].s < sp.End
}

// reportsFrame reports whether f's content holds the whole of an
// earlier frame of the sentence, its quote and its cue.
func (d *doc) reportsFrame(f frame, same []frame) bool {
	if len(f.spans) == 0 {
		return false
	}
	a, b := f.spans[0].Start, f.spans[len(f.spans)-1].End
	for _, g := range same {
		if g.cueS >= 0 && g.quoted > 0 && g.spans[0].Start >= a && d.toks[g.cueE].e <= b {
			return true
		}
	}
	return false
}

// expectedTo reports a cue phrase holding "expected to": "is expected to
// show", whose expectation has no holder in the sentence.
func (d *doc) expectedTo(f frame) bool {
	for k := f.cueS; k < f.cueE; k++ {
		if d.isWord(k, "expected") && d.isWord(k+1, "to") {
			return true
		}
	}
	return false
}

// thatAfterCue reports the past form of a quote-only cue followed
// by "that": "she maintained that the server was secure", "he stated
// that ..." report a clause even unquoted ("maintain a lead" does not).
func (d *doc) thatAfterCue(s sent, f frame) bool {
	c := f.cueE
	if c < 0 || c+1 >= s.te || !d.isWord(c+1, "that") || f.srcS < 0 {
		return false
	}
	// The past form, or an -s form right after a name or a pronoun:
	// "states that vote in March" is a noun.
	if strings.HasSuffix(d.lowerStr(d.toks[c]), "ed") {
		return true
	}
	p := d.toks[c-1]
	if f.srcE != c-1 || p.kind != tWord || !strings.HasSuffix(d.lowerStr(d.toks[c]), "s") || f.entry.lemma == "answer" {
		return false
	}
	if p.has(fPronoun) {
		return true
	}
	// A name, not an adjective of place or party ("Democratic states").
	w := string(d.lower(p))
	return d.isCap(p) && !p.has(fStop) && !strings.HasSuffix(w, "ic") && !strings.HasSuffix(w, "an") && !strings.HasSuffix(w, "ern")
}

// allegianceRelative reports a relative clause telling whom someone
// backs or runs against, describing them: "Holm, who backs Lind, ...",
// "the senator who is challenging Roos".
func (d *doc) allegianceRelative(s sent, f frame) bool {
	if f.srcS < 0 || !d.isWord(f.srcE, "who") || f.srcS == s.ts {
		return false
	}
	switch f.entry.lemma {
	case "back":
		return f.srcS == f.srcE && d.isPunct(f.srcS-1, ',')
	case "challenge":
		return true
	}
	return false
}

// dropInsideLaterSpeech drops a frame whose cue is no verb of saying and
// lies in the content of a later speech cue of the sentence: in "Lind
// wants to run again, her aides say" the aides report the wanting. A
// cue before the speech is read first, so the nesting test in
// findFrames does not see it.
func (d *doc) dropInsideLaterSpeech(frames []frame, start int) []frame {
	fs := frames[start:]
	if len(fs) < 2 {
		return frames
	}
	out := frames[:start]
	for i, f := range fs {
		keep := true
		if f.cueS >= 0 && (f.entry.belief || f.entry.ing || !d.speech(f.entry)) {
			r := d.toks[f.cueS].s
			for k, g := range fs {
				if k == i || g.cueS <= f.cueE || g.entry.lemma == "according to" || g.entry.belief || !d.speech(g.entry) {
					continue
				}
				for _, sp := range g.spans {
					if sp.Start <= r && r < sp.End {
						keep = false
					}
				}
			}
		}
		if keep {
			out = append(out, f)
		}
	}
	return out
}

// quoteNext reports a quote opening right after the cue ending at c, or
// after a colon or comma: "the crowd chanted “Q”", "Berg interjected:
// “Q”". Such a quote is the inner speaker's even inside another report.
func (d *doc) quoteNext(s sent, c int, e cueEntry) bool {
	switch e.lemma {
	case "want", "plan", "intend", "decide", "pledge", "threaten":
		return false // intentions: "wanted “open borders”" is what they wanted
	}
	if d.isCap(d.toks[c]) {
		return false // a headline's "Calls X ‘Y’"
	}
	k := c + 1
	if k < s.te && (d.isPunct(k, ':') || d.isPunct(k, ',')) {
		k++
	}
	return k < s.te && d.toks[k].kind == tOpenQ
}

// innerConjunct reports a cue at c after "and" inside the content of one
// of fs whose form (an -ing participle, a bare infinitive) differs from
// that frame's own cue, so it coordinates with a verb of the content.
func (d *doc) innerConjunct(s sent, fs []frame, c int, e cueEntry) bool {
	if c-1 <= s.ts || !d.isWord(c-1, "and") {
		return false
	}
	t := d.toks[c]
	bare := !e.ing && string(d.lower(t)) == e.lemma
	if !e.ing && !bare || bare && d.presentClaim(s, c, e) {
		return false // "They ... and argue that C": a plural subject's claim
	}
	r := t.s
	for k := len(fs) - 1; k >= 0; k-- { // the innermost frame
		f := &fs[k]
		if f.cueS < 0 || len(f.spans) == 0 {
			continue
		}
		last := f.spans[len(f.spans)-1]
		if last.Start <= d.toks[f.cueE].s || r < last.Start || r >= last.End {
			continue
		}
		o := d.toks[f.cueE]
		if e.ing {
			if f.entry.ing {
				return false
			}
			// "by mentioning X and adding C": the participles pair up.
			for k := d.tokAtRune(s, last.Start); k >= 0 && k < c-1; k++ {
				if w := d.toks[k]; w.kind == tWord && w.q < 0 && (w.has(fIngCue) || d.participle(w)) {
					return false
				}
			}
			return true
		}
		return string(d.lower(o)) != f.entry.lemma
	}
	return false
}
