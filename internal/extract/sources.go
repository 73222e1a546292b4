package extract

import "unicode"

// Noun-phrase chunking around a cue, by word class from the lexicons: no
// tagger, just the words that cannot be inside a speaker mention.

const maxNP = 9

// npWord reports whether token t may be inside a speaker mention.
func (d *doc) npWord(t token) bool {
	if t.kind != tWord || t.q >= 0 {
		return false
	}
	if t.has(fStop | fPrep) {
		return false
	}
	if t.has(fTemporal) && (d.isCap(t) || !t.has(fNounBlock)) {
		return false // "Monday", "yesterday"
	}
	return true
}

func (d *doc) isWord(i int, w string) bool {
	t := d.toks[i]
	return t.kind == tWord && t.lw == w
}

// leftNP finds the mention ending at token j (inclusive), returning its
// first token, or -1. Without a tagger it accepts a lowercase head only when
// a determiner or a name anchors it ("the ministry") or the lexicons know
// it ("critics"), and it stops at words that look like verbs.
func (d *doc) leftNP(s sent, j int) int {
	if j < s.ts {
		return -1
	}
	t := d.toks[j]
	// "42% say": the share is the mention.
	if d.isPunct(j, '%') && j-1 >= s.ts && d.toks[j-1].kind == tWord && unicode.IsDigit(d.r[d.toks[j-1].s]) {
		return d.leftNP(s, j-1)
	}
	if t.kind != tWord || t.q >= 0 {
		return -1
	}
	// "those around him say", "people close to her": the pronoun is the
	// object; the mention runs back to its head.
	if h := d.objectPronounTail(s, j); h >= 0 {
		return h
	}
	if lex.pronoun[d.lowerStr(t)] {
		return j
	}
	// "those surveyed said", "voters polled say": the participle closes
	// the mention of those asked.
	if j-1 >= s.ts && d.pollParticiple(t) {
		if string(d.lower(d.toks[j-1])) == "those" {
			// "some of those surveyed", "half of those polled"
			if j-3 >= s.ts && d.isWord(j-2, "of") && d.toks[j-3].kind == tWord && d.npWord(d.toks[j-3]) {
				return j - 3
			}
			return j - 1
		}
		if d.toks[j-1].has(fGroup) {
			if h := d.leftNP(s, j-1); h >= 0 {
				return h
			}
		}
	}
	if !d.npWord(t) || d.verbish(t) && !d.nounAfterDet(s, j) && !d.afterPossessor(s, j) && !d.finiteCueAt(s, j+1) {
		return -1
	}
	switch d.lowerStr(t) {
	case "of", "for", "with", "by", "about", "into", "than", "like", "from", "who", "whom":
		return -1
	}
	best := -1
	// A name, a known speaker noun, a number ("46 percent") or a
	// quantifier standing alone ("another said") can head a mention.
	if d.isCap(t) || d.knownNoun(t) || quantifier(t.lw) || unicode.IsDigit(d.r[t.s]) {
		best = j
	}
	k := j
	for k-1 >= s.ts && j-(k-1) < maxNP {
		p := d.toks[k-1]
		if p.kind == tWord && p.q < 0 && (d.isWord(k-1, "of") || d.isWord(k-1, "for")) {
			// "a spokesman for the ministry": keep going if a word precedes.
			if k-2 >= s.ts && d.npWord(d.toks[k-2]) && !d.verbish(d.toks[k-2]) {
				k -= 2
				if d.isCap(d.toks[k]) || lex.nounBlock[d.lowerStr(d.toks[k])] {
					best = k
				}
				continue
			}
			break
		}
		// "teachers and union officials": two plural heads joined.
		if d.isWord(k-1, "and") && best >= 0 && k-2 >= s.ts && d.pluralHead(k-2) {
			k -= 2
			best = k
			continue
		}
		if !d.npWord(p) || d.verbish(p) && !d.thinkTank(k-1) && !d.edAdjective(s, k-1) && !d.stateAdjective(k-1) {
			break
		}
		k--
		if d.isCap(p) || lex.nounBlock[d.lowerStr(p)] || d.knownNoun(p) || unicode.IsDigit(d.r[p.s]) || d.stateAdjective(k) {
			best = k
		}
	}
	return best
}

// verbish reports a lowercase word that is likely a verb: a cue form or a
// past participle.
func (d *doc) verbish(t token) bool {
	if t.has(fRole | fGroup) {
		return false
	}
	return t.has(fCue|fEd) && !d.isCap(t)
}

// knownNoun reports a word the lexicons know as a speaker noun.
func (d *doc) knownNoun(t token) bool {
	return t.has(fRole | fGroup | fOrgHead)
}

// rightNP finds the mention starting at token i, returning its last token
// (inclusive), or -1.
func (d *doc) rightNP(s sent, i int) int {
	if i >= s.te {
		return -1
	}
	t := d.toks[i]
	if t.kind != tWord || t.q >= 0 {
		return -1
	}
	w := d.lowerStr(t)
	if subjectPronoun(w) {
		return i
	}
	// "said Will Doyle": a capitalised function word before a name is a
	// given name.
	given := d.isCap(t) && i+1 < s.te && d.isCap(d.toks[i+1]) && !d.toks[i+1].has(fStop|fPrep)
	if !d.npWord(t) && !given {
		return -1
	}
	k := i
	for k+1 < s.te && k+1-i < maxNP {
		n := d.toks[k+1]
		if d.isWord(k+1, "of") || d.isWord(k+1, "for") {
			if k+2 < s.te && d.npWord(d.toks[k+2]) {
				k += 2
				continue
			}
			break
		}
		if !d.npWord(n) {
			break
		}
		k++
	}
	return k
}

// isPunct reports whether token i is the punctuation rune c.
func (d *doc) isPunct(i int, c rune) bool {
	t := d.toks[i]
	return t.kind == tPunct && d.r[t.s] == c
}

// quantifier reports words that stand for people on their own: "another
// said", "many believe".
func quantifier(w string) bool {
	switch w {
	case "another", "one", "many", "some", "others", "both", "most", "several", "few":
		return true
	}
	return false
}

// afterPossessor reports a word after "his", "her", "their": a noun
// even when it looks like a verb ("familiar with her thinking say").
func (d *doc) afterPossessor(s sent, j int) bool {
	if j-1 < s.ts {
		return false
	}
	return possessiveDet(d.toks[j-1].lw)
}

// possessiveDet reports a possessive determiner: "his", "her", "their",
// "its", "our", "my", "your".
func possessiveDet(w string) bool {
	switch w {
	case "his", "her", "their", "its", "our", "my", "your":
		return true
	}
	return false
}

// nounAfterDet reports a cue form that is also a noun standing after a
// determiner: "the report stated", "the memo's statement".
func (d *doc) nounAfterDet(s sent, j int) bool {
	e, ok := lex.cues[d.toks[j].lw]
	if !ok || !e.noun || j-1 < s.ts {
		return false
	}
	p := d.toks[j-1]
	return p.kind == tWord && p.q < 0 && lex.nounBlock[p.lw]
}

// edAdjective reports an -ed word that describes after a determiner:
// "the unsigned opinion", "a retired nurse".
func (d *doc) edAdjective(s sent, i int) bool {
	t := d.toks[i]
	return t.has(fEd) && !t.has(fCue) && i-1 >= s.ts && d.toks[i-1].has(fNounBlock)
}

// thinkTank reports a cue word that modifies a noun: "think tank",
// "press secretary".
func (d *doc) thinkTank(i int) bool {
	if i+1 >= len(d.toks) || d.toks[i+1].kind != tWord {
		return false
	}
	w := string(d.lower(d.toks[i+1]))
	switch {
	case d.isWord(i, "think"):
		return w == "tank" || w == "tanks"
	case d.isWord(i, "press"):
		return pressNoun(w)
	}
	return false
}

// pollParticiple reports a participle naming those a poll asked:
// "surveyed", "polled", "interviewed".
func (d *doc) pollParticiple(t token) bool {
	switch string(d.lower(t)) {
	case "surveyed", "polled", "interviewed", "questioned", "sampled":
		return true
	}
	return false
}

// pluralHead reports a lowercase plural the lexicons know as speakers,
// which can head one half of a joined mention: "teachers", "officials".
func (d *doc) pluralHead(i int) bool {
	t := d.toks[i]
	if t.kind != tWord || t.q >= 0 || d.isCap(t) || !d.knownNoun(t) || t.e-t.s < 4 {
		return false
	}
	return d.r[t.e-1] == 's' && d.r[t.e-2] != 's'
}

// objectPronounTail returns the start of "those around him", "people
// close to her", "aides to them" ending at the object pronoun j, or -1.
func (d *doc) objectPronounTail(s sent, j int) int {
	switch string(d.lower(d.toks[j])) {
	case "him", "her", "them":
	default:
		return -1
	}
	k := j - 1
	if k >= s.ts && d.isWord(k, "to") && k-1 >= s.ts && string(d.lower(d.toks[k-1])) == "close" {
		k--
	} else if k < s.ts || !(d.toks[k].kind == tWord && (d.isWord(k, "around") || d.isWord(k, "to") || string(d.lower(d.toks[k])) == "around")) {
		return -1
	}
	h := k - 1
	if h < s.ts || d.toks[h].kind != tWord {
		return -1
	}
	if string(d.lower(d.toks[h])) == "those" {
		return h
	}
	if d.knownNoun(d.toks[h]) || string(d.lower(d.toks[h])) == "people" {
		if a := d.leftNP(s, h); a >= 0 {
			return a
		}
		return h
	}
	// "a source close to him": any noun its determiner anchors.
	if a := d.leftNP(s, h); a >= 0 && a < h && d.toks[a].has(fNounBlock) {
		return a
	}
	return -1
}
