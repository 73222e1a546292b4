package extract

import (
	"strings"
	"unicode"
)

// Subject finders for verbFrame: clause, sentence, relative, inverted and aside subjects before a cue.

// quoteThenSubject returns the closing quote token before cue-side token j
// when only a speaker mention can lie between them: “Q,” <mention> said.
// The quote must end in a comma, question or exclamation mark, and the
// words between hold no quote and no verb of their own.
func (d *doc) quoteThenSubject(s sent, j int) int {
	verb := false // a verb seen, allowed only inside a relative clause
	for k := j; k >= s.ts && j-k < 30; k-- {
		t := d.toks[k]
		if t.kind == tCloseQ {
			if verb || k == j || k-1 < s.ts || !(d.isPunct(k-1, ',') || d.isPunct(k-1, '?') || d.isPunct(k-1, '!')) || t.q < 0 {
				return -1
			}
			return k
		}
		if t.q >= 0 || t.kind == tOpenQ {
			return -1
		}
		// "secretary of state", "head of research": a cue form after "of"
		// is a noun.
		if t.kind == tWord && !d.isCap(t) && (t.has(fCue) || finiteAux[t.lw]) && !(k-1 >= s.ts && d.isWord(k-1, "of")) {
			verb = true
		}
		// "“Q,” Harry Bond, who was among those polled, said"
		if verb && (t.lw == "who" || t.lw == "which") && k-1 >= s.ts && d.isPunct(k-1, ',') {
			verb = false
		}
	}
	return -1
}

// mentionStart reports a word that may open a speaker mention: a name,
// a determiner, a pronoun, a speaker noun or a number, not "like" in
// "“Q,” like the recent slump, said X".
func (d *doc) mentionStart(a int) bool {
	t := d.toks[a]
	if t.kind != tWord || t.q >= 0 {
		return false
	}
	if d.isCap(t) || t.has(fNounBlock|fPronoun|fRole|fGroup|fOrgHead) || d.lowerStart(a) {
		return true
	}
	// "nuclear experts X and Y", "as Cruz said": a word before a name or
	// a speaker noun.
	if a+1 >= len(d.toks) || t.has(fPrep) || d.verbish(t) && !t.has(fEd) {
		return false
	}
	n := d.toks[a+1]
	return (t.lw == "" || t.lw == "as" || t.has(fEd)) && n.kind == tWord && (d.isCap(n) || n.has(fRole|fGroup))
}

// plainWords reports tokens [a,b] that are all words outside quotes with
// no verb among them: one stretch a mention can fill.
func (d *doc) plainWords(a, b int) bool {
	for i := a; i <= b; i++ {
		t := d.toks[i]
		if t.kind != tWord || t.q >= 0 || finiteAux[t.lw] {
			return false
		}
	}
	return true
}

// clauseStart skips a leading conjunction: "But Tom Fitton ...".
func (d *doc) clauseStart(s sent) int {
	a := s.ts
	for a < s.te && (d.isWord(a, "but") || d.isWord(a, "and") || d.isWord(a, "yet") || d.isWord(a, "so")) {
		a++
	}
	return a
}

// sentenceSubject returns the start of plain words opening the sentence
// and running to j, the subject of the verb after j ("Another source
// familiar with the talks said", "Then someone asked"), or -1.
func (d *doc) sentenceSubject(s sent, j int) int {
	a := d.clauseStart(s)
	if a < j && d.isCap(d.toks[a]) && d.toks[a].has(fStop|fAux) && !d.toks[a].has(fPronoun|fPrep) {
		a++ // "Then someone asked"
	}
	if a > j || j-a >= 12 || !d.plainWords(a, j) {
		return -1
	}
	if t := d.toks[a]; d.isCap(t) && !t.has(fStop|fPrep) || t.has(fNounBlock) || a > d.clauseStart(s) {
		return a
	}
	return -1
}

// barePlural returns the start of a lowercase plural noun phrase of up
// to three words ending at token j, set off before by a comma, a colon,
// "and"/"but" or a subordinator: "..., forecasters say", "because emails
// revealed". It returns -1 otherwise.
func (d *doc) barePlural(s sent, j int) int {
	t := d.toks[j]
	if t.kind != tWord || t.q >= 0 || d.isCap(t) || t.e-t.s < 4 || d.r[t.e-1] != 's' || d.r[t.e-2] == 's' || d.r[t.e-2] == '\'' || d.r[t.e-2] == '’' {
		return -1
	}
	k := j
	for k >= s.ts && j-k < 3 {
		w := d.toks[k]
		if !d.npWord(w) || d.verbish(w) || d.isCap(w) || w.has(fAux|fPronoun) {
			break
		}
		k--
	}
	if k == j || k >= s.ts && !(d.isPunct(k, ',') || d.isPunct(k, ':') || d.isWord(k, "and") || d.isWord(k, "but") || d.toks[k].kind == tWord && subordinator(string(d.lower(d.toks[k])))) {
		return -1
	}
	return k + 1
}

// beforeInPhrase returns the subject before "in" when the mention at h
// is the object of that "in" just before a finite cue: "Lind in a blog
// post said", "... and in a statement credited her" (the clause's
// subject), or -1, -1.
func (d *doc) beforeInPhrase(s sent, h int) (int, int) {
	p := h - 2
	if p < s.ts || !d.isWord(h-1, "in") || d.toks[h-1].q >= 0 {
		return -1, -1
	}
	if d.isWord(p, "and") {
		if a, b := d.subject(s, p); a >= 0 && b < p {
			return a, b
		}
		return -1, -1
	}
	if t := d.toks[p]; t.kind == tWord && t.q < 0 && (d.isCap(t) || t.has(fPronoun)) {
		if a := d.leftNP(s, p); a >= 0 {
			return a, p
		}
	}
	return -1, -1
}

// quotedAppos reads a subject whose aside ends in a short quote, its
// comma inside: "Per Holm, host of “Morning Talk,” suggested C", "Lind,
// who calls him a “menace,” said C". A name after the cue is the
// speaker of the quote instead: "“Morning Talk,” said Holm".
func (d *doc) quotedAppos(s sent, j, c int, e cueEntry, f *frame) bool {
	if e.ing || e.lemma == "according to" || d.toks[j].kind != tCloseQ || d.toks[j].q < 0 || !d.isPunct(j-1, ',') {
		return false
	}
	o := d.tokAtRune(s, d.quotes[d.toks[j].q].s)
	if o <= s.ts || o > j || d.wordCount(o, j) > 4 {
		return false
	}
	// "Holm, who put it at “seven figures,” described the cost as ...":
	// an object with its "as" is no inverted speaker.
	if k := d.rightNP(s, c+1); k >= 0 && d.invertedEnd(s, j, k+1) && !(d.toks[k].has(fPronoun) && k+1 < s.te && d.toks[k+1].kind == tWord) && d.mentionOpens(c+1) && !(asComplement(e.lemma) && d.isWord(k+1, "as")) {
		return false
	}
	k := o - 1
	for k > s.ts && o-k < 20 && !d.isPunct(k, ',') {
		if t := d.toks[k]; t.kind == tOpenQ || t.kind == tCloseQ || t.kind == tPunct && d.r[t.s] != '’' && d.r[t.s] != '\'' && d.r[t.s] != '.' && d.r[t.s] != '-' {
			return false
		}
		k--
	}
	if k <= s.ts || !d.isPunct(k, ',') {
		return false
	}
	h := d.leftNP(s, k-1)
	if h < 0 || !d.isCap(d.toks[h]) || h > s.ts && !d.isPunct(h-1, ',') && h != d.clauseStart(s) {
		return false
	}
	f.srcS, f.srcE, f.headE = h, j, k-1
	if !d.relPronoun(k + 1) {
		f.roleS, f.roleE = k+1, j
	}
	return true
}

// asComplement reports a verb whose object takes an "as" complement:
// "described the plan as a fraud".
func asComplement(lemma string) bool {
	switch lemma {
	case "describe", "characterize", "characterise", "portray", "label", "brand", "dismiss", "denounce", "hail", "praise", "criticize", "criticise", "cast", "frame", "view", "see", "regard", "refer to":
		return true
	}
	return false
}

// mentionOpens reports a word that may open an inverted speaker: a
// name, a pronoun or a determiner ("said the host"), not a bare noun
// ("suggested business rules ...").
func (d *doc) mentionOpens(i int) bool {
	t := d.toks[i]
	return d.isCap(t) || t.has(fPronoun) || d.isWord(i, "the") || d.isWord(i, "a") || d.isWord(i, "an") || t.has(fRole)
}

// subjectRelative reports a relative pronoun r right after a noun
// phrase opening the clause, with no comma: "Voters who say ...".
func (d *doc) subjectRelative(s sent, r int) bool {
	if r <= s.ts || !(d.isWord(r, "who") || d.isWord(r, "that")) || d.toks[r].q >= 0 {
		return false
	}
	h := d.leftNP(s, r-1)
	return h >= 0 && h == d.clauseStart(s)
}

// speakerEnds reports a verb of saying followed only by a name and its
// apposition up to the sentence's end: "..., said Per Holm, a pollster."
func (d *doc) speakerEnds(s sent, c int, e cueEntry) bool {
	switch e.lemma {
	case "say", "add", "write", "note", "explain", "argue":
	default:
		return false
	}
	if c+1 >= s.te || !d.isCap(d.toks[c+1]) || d.toks[c+1].has(fPronoun) {
		return false
	}
	k := d.rightNP(s, c+1)
	if k < 0 {
		return false
	}
	for m := c + 1; m <= k; m++ {
		if !d.isCap(d.toks[m]) && !d.isWord(m, "of") && !d.isWord(m, "the") {
			return false // a clause, not a name: "said Lind's plan failed"
		}
	}
	tmp := newFrame(0)
	m := d.apposRight(s, k+1, &tmp)
	return m >= s.te || m+1 == s.te && d.isPunct(m, '.')
}

// invertedEnd reports whether an inverted subject may end before token
// k: not before a verb of its own ("said the chamber will vote"), nor,
// after reported speech, before a word that goes on with the clause
// ("C, said the minister as ...").
func (d *doc) invertedEnd(s sent, j, k int) bool {
	if k >= s.te {
		return true
	}
	t := d.toks[k]
	if t.kind != tWord || t.q >= 0 {
		return true
	}
	if p := d.toks[k-1].lw; p == "who" || p == "which" || p == "that" {
		return true // "said an official who has worked for ..."
	}
	if finiteAux[t.lw] || d.verbish(t) {
		return false
	}
	if j >= s.ts && d.toks[j].kind == tCloseQ {
		return true
	}
	return !t.has(fStop) || t.lw == "and" || t.lw == "who" || t.lw == "when" || t.lw == "after" || t.lw == "before" || t.lw == "while" || t.lw == "to"
}

// clauseSubject returns the subject opening the nearest clause before
// token j when that clause is coordinated (", and he was quick to ...,
// citing"), subordinate ("when Speaker Ana Roos lamented X and
// criticized Y") or the main clause after a
// leading subordinate one; the participle or verb after it is that
// clause's. A subordinate clause counts for a coordinated verb (verb),
// and for a participle after a comma (ing) only when the clause trails
// the main one and runs unbroken to the participle ("..., even as he
// defended X, saying"); otherwise a participle goes with the main
// clause. It returns -1, -1 otherwise.
func (d *doc) clauseSubject(s sent, j int, verb, ing bool) (int, int) {
	for k := j; k-2 >= s.ts && j-k < 30; k-- {
		t := d.toks[k]
		if t.q >= 0 || t.kind == tCloseQ {
			return -1, -1
		}
		if ing && k+2 < j && t.kind == tWord && clauseSubordinator(t.lw) && k > d.clauseStart(s) && !d.commaBetween(k, j) {
			// ", saying" after a trailing "as a harbour guard walks in":
			// the nearer clause's subject, a described person too.
			if a, b := d.subjectAt(s, k+1, j); a >= 0 && b+1 < j {
				if n := d.toks[b+1]; n.kind == tWord && !d.isCap(n) && (finiteAux[n.lw] || n.has(fEd) || d.pastCue(n)) {
					return a, b
				}
			}
		}
		if ing && k+2 < j && (t.lw == "and" || t.lw == "but") && (d.isPunct(k-1, ',') || d.isPunct(k-1, ';')) && !d.commaBetween(k, j) {
			// "..., and the harbour master tripped him up by calling":
			// a described subject of the joined clause.
			if a, b := d.subjectAt(s, k+1, j); a >= 0 && b+1 < j {
				if n := d.toks[b+1]; n.kind == tWord && !d.isCap(n) && (finiteAux[n.lw] || n.has(fEd) || d.pastCue(n)) {
					return a, b
				}
			}
		}
		a := k
		// ", and the harbour chief tripped up Holm by calling ...": a
		// described subject opening a coordinated clause.
		if k-2 >= s.ts && (t.lw == "the" || t.lw == "a" || t.lw == "an") && (d.isWord(k-1, "and") || d.isWord(k-1, "but")) && (d.isPunct(k-2, ',') || d.isPunct(k-2, ';')) {
			if x, b := d.subjectAt(s, k, j); x == k && b > k && b+1 < j && (finiteAux[d.toks[b+1].lw] || d.verbish(d.toks[b+1])) && !d.isCap(d.toks[b+1]) {
				return x, b
			}
		}
		// "Ana Roos, who answered the door and said ...": a relative
		// clause still open holds the verb.
		if t.lw == "who" && d.isPunct(k-1, ',') && !d.commaBetween(k, j) && !d.isPunct(j, ',') {
			return k, k
		}
		switch {
		case subjectPronoun(t.lw):
		case d.isCap(t) && !t.has(fNonName|fStop|fPrep|fTemporal) && k+1 <= j && (finiteAux[d.toks[k+1].lw] || d.verbish(d.toks[k+1])) && !d.toks[k-1].has(fNounBlock) && !d.possessive(t):
			// ", but Sanders was in San Diego ..., emphasizing"
			if h := d.leftNP(s, k); h >= 0 {
				a = h
			}
		default:
			continue
		}
		if a-2 >= s.ts && (d.isWord(a-1, "and") || d.isWord(a-1, "but")) && (d.isPunct(a-2, ',') || d.isPunct(a-2, ';')) {
			return a, k
		}
		// "Prosecutors charged him and Lind fired her chief, saying ...":
		// a name and its verb after "and" open the nearest clause.
		if !verb && a-2 >= s.ts && d.isWord(a-1, "and") && d.isCap(t) && !d.isCap(d.toks[a-2]) {
			return a, k
		}
		if a-1 >= s.ts && d.isPunct(a-1, ';') {
			return a, k // "... ushered in a thaw; he helped broker ... and decided"
		}
		// "police charged the guard and Mayor Roos fired her chief,
		// acknowledging": the nearer of two joined clauses.
		if ing && a-2 > d.clauseStart(s) && d.isWord(a-1, "and") && d.toks[a-2].kind == tWord && !d.isCap(d.toks[a-2]) && !d.commaBetween(a, j) {
			return a, k
		}
		// ", saying" after a trailing "even as he defended X": the
		// participle is the nearer clause's, not the main one's.
		if (verb || ing && a-1 > d.clauseStart(s) && !d.commaBetween(a, j)) && a-1 >= s.ts && d.toks[a-1].kind == tWord {
			switch d.toks[a-1].lw {
			case "when", "as", "while", "because", "since", "once", "although", "though":
				return a, k
			}
		}
		// "When X was asked if ..., he laughed and said": the main clause
		// after a leading subordinate one.
		if lex.pronoun[t.lw] && d.isPunct(k-1, ',') && d.opener(d.clauseStart(s)) == clauseOpener {
			return a, k
		}
		if lex.pronoun[t.lw] {
			return -1, -1
		}
	}
	return -1, -1
}

// clauseSubordinator reports a conjunction opening a subordinate clause
// with its own subject, before an -ing cue. Unlike clauseConj it holds
// "as" and not "if", "until", "unless", "whenever" or "whereas".
func clauseSubordinator(w string) bool {
	switch w {
	case "when", "as", "while", "because", "since", "once", "although", "though", "after", "before":
		return true
	}
	return false
}

// relativeSubject returns the start and head end of a subject carrying
// an unbroken "who"/"whose" clause that ends at token j, when the subject
// opens its clause: "Officials who are open to reform say", "The state
// officials whose laws were struck down say". It returns -1, -1 otherwise.
func (d *doc) relativeSubject(s sent, j int) (int, int) {
	for k := j - 1; k > s.ts && j-k <= 14; k-- {
		t := d.toks[k]
		if t.kind != tWord || t.q >= 0 {
			return -1, -1
		}
		if w := string(d.lower(t)); w != "who" && w != "whose" { // "whose" is in no lexicon
			continue
		}
		h := d.leftNP(s, k-1)
		if h < 0 || d.toks[k-1].has(fPronoun) {
			return -1, -1
		}
		// Not after a comma: ", sources who reviewed them told X" follows
		// the content, which gold tends to give the sentence's own cue.
		if h > s.ts && !(d.toks[h-1].kind == tPunct && !d.isPunct(h-1, ',') || d.isWord(h-1, "and") || d.isWord(h-1, "but") || d.isWord(h-1, "that")) {
			return -1, -1
		}
		return h, k - 1
	}
	return -1, -1
}

// commaBetween reports a comma strictly between tokens a and b.
func (d *doc) commaBetween(a, b int) bool {
	for k := a + 1; k < b; k++ {
		if d.isPunct(k, ',') {
			return true
		}
	}
	return false
}

// subordinateBetween reports a clause opening between tokens a and b
// (exclusive) that is not set off by commas: "who is", "because they".
func (d *doc) subordinateBetween(a, b int) bool {
	for k := a; k < b; k++ {
		t := d.toks[k]
		if t.kind != tWord || t.q >= 0 {
			continue
		}
		switch t.lw {
		case "who", "which", "that":
			if k == a || !d.isPunct(k-1, ',') {
				return true
			}
		case "because", "since", "when", "while", "although", "though", "if", "whether", "unless", "until":
			return true
		}
	}
	return false
}

// objectOfPrep reports a mention starting at h that a preposition or an
// existential "there is" introduces: "by a chorus of critics", "there is
// evidence".
func (d *doc) objectOfPrep(h int) bool {
	p := d.toks[h-1]
	if p.kind != tWord || p.q >= 0 {
		return false
	}
	switch p.lw {
	case "by", "about", "alongside", "among", "with":
		return true
	case "is", "are", "was", "were":
		return h-2 >= 0 && d.isWord(h-2, "there")
	}
	return false
}

// quantityBefore returns the start of a share of people ending at j
// ("62 percent of voters", "the share of Republicans", "a majority of
// them"), or -1.
func (d *doc) quantityBefore(s sent, j int) int {
	for k := j - 1; k >= s.ts && j-k < 8; k-- {
		if !d.isWord(k, "of") {
			if d.toks[k].kind != tWord || d.toks[k].q >= 0 {
				return -1
			}
			continue
		}
		if k-1 < s.ts {
			return -1
		}
		switch string(d.lower(d.toks[k-1])) {
		case "percent", "share", "majority", "minority", "plurality", "number", "proportion", "half", "third", "quarter", "two-thirds", "most", "many", "some":
		default:
			return -1
		}
		a := k - 1
		for a-1 >= s.ts && a >= k-3 && d.toks[a-1].kind == tWord && (d.toks[a-1].has(fNounBlock) || unicode.IsDigit(d.r[d.toks[a-1].s]) || d.lowerStart(a-1)) {
			a--
		}
		return a
	}
	return -1
}

// quotingAside finds the subject before an aside that ends in a quote
// just before the cue at j+1: "Manafort, citing “the magic of it,”
// said". It returns the subject's tokens, or -1.
func (d *doc) quotingAside(s sent, j int) (int, int) {
	if j <= s.ts || d.toks[j].kind != tCloseQ || d.toks[j].q < 0 {
		return -1, -1
	}
	o := d.tokAtRune(s, d.quotes[d.toks[j].q].s)
	if o-2 <= s.ts || d.toks[o-1].kind != tWord || !strings.HasSuffix(d.toks[o-1].lw, "ing") || !d.isPunct(o-2, ',') {
		return -1, -1
	}
	h := d.leftNP(s, o-3)
	if h < 0 || h != d.clauseStart(s) {
		return -1, -1
	}
	return h, o - 3
}

// titledAside returns the subject before an apposition that ends in a
// short capitalised quote right before the cue at j+1: "Lind, star of
// “Harbor,” thanked ...". A title there is no one's speech.
func (d *doc) titledAside(s sent, j int) (int, int) {
	if j <= s.ts || d.toks[j].kind != tCloseQ || d.toks[j].q < 0 {
		return -1, -1
	}
	q := d.quotes[d.toks[j].q]
	o := d.tokAtRune(s, q.s)
	if o < s.ts || o+1 >= j || d.wordCount(o, j) > 5 || !d.isCap(d.toks[o+1]) {
		return -1, -1
	}
	h := d.clauseStart(s)
	if d.isWord(h, "as") && h+1 < o {
		h++ // "As Lind, author of “Q,” put it, ..."
	}
	k := h
	for k < o && !d.isPunct(k, ',') {
		k++
	}
	if k >= o-1 || k == h || !d.isCap(d.toks[h]) || d.leftNP(s, k-1) != h {
		return -1, -1
	}
	return h, k - 1
}
