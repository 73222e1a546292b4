package extract

import (
	"strings"
	"unicode"
)

// Locating the speaker mention around a cue: appositions, inverted
// subjects, the addressee of "told", the subject of a participle.

// apposLeft reads "NAME, ROLE, said" leftwards from the comma at j.
func (d *doc) apposLeft(s sent, j int, f *frame) {
	k := j - 1
	for k > s.ts && j-k < 40 {
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
	// Long asides must be relative clauses: ", which has been ..., said".
	rel := d.isWord(k+1, "who") || d.isWord(k+1, "which") || string(d.lower(d.toks[k+1])) == "whose"
	// A long description must open like one: "a former staff member for
	// Maryland Republicans such as ...".
	descr := d.isWord(k+1, "a") || d.isWord(k+1, "an") || d.isWord(k+1, "the") || d.isRoleNoun(k+1)
	if j-k >= 16 && !rel && !descr {
		return
	}
	// An aside with a finite verb is a clause, not a description: "when
	// voters balk, candidates have more room ..., said X".
	for m := k + 1; m < j && !rel; m++ {
		if t := d.toks[m]; t.kind == tWord && t.q < 0 && finiteAux[t.lw] {
			return
		}
	}
	// The head ends before a party tag or an aside: "Rep. Ann Roos
	// (D-Md.), chair of ...", "Sanders, meanwhile, who ...".
	m := k - 1
	for {
		if m > s.ts && d.isPunct(m, ')') {
			if o := d.parenBefore(s, m); o > s.ts {
				m = o - 1
				continue
			}
		}
		if m-1 > s.ts && d.toks[m].kind == tWord && lex.aux[d.toks[m].lw] && d.isPunct(m-1, ',') {
			m -= 2
			continue
		}
		break
	}
	h := d.leftNP(s, m)
	if h < 0 {
		return
	}
	// "Tova Berg, a former director, whose roots ..., said": the name
	// stands before the first description.
	if h-2 > s.ts && d.isPunct(h-1, ',') && (d.isWord(h, "a") || d.isWord(h, "an") || d.isWord(h, "the")) {
		if n := d.leftNP(s, h-2); n >= 0 && d.isCap(d.toks[h-2]) {
			h, m = n, h-2
		}
	}
	// The head must be a name, a pronoun or a described person.
	if n := d.toks[k+1]; n.kind == tWord && n.q < 0 && (n.has(fIngCue) || d.participle(n)) {
		// "Berg, recalling the talks, said": a participle aside is
		// neither mention nor role.
		f.srcS, f.srcE = h, m
		return
	}
	f.srcS, f.srcE, f.headE = h, j-1, m
	if !rel { // a relative clause describes, it is no role
		f.roleS, f.roleE = k+1, j-1
	}
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

// addrTail extends an addressee ending at token e over the name of a
// programme or outlet and its venue noun: "the Reuters news agency",
// "BBC Radio 4's Today programme", "a Commons inquiry". Only the recorded
// addressee grows; where the content starts is left alone. The extension
// must end at a venue noun followed by punctuation or a word that cannot
// start the reported clause's subject.
func (d *doc) addrTail(s sent, e int) int {
	end := e
	for i := e + 1; i < s.te && i-e <= 5; i++ {
		t := d.toks[i]
		if t.kind != tWord || t.q >= 0 {
			break
		}
		if c := d.r[t.s]; c >= 'a' && c <= 'z' {
			if !addrVenue[string(d.lower(t))] {
				break
			}
			end = i
			continue
		}
		if !d.isCap(t) && !(d.r[t.s] >= '0' && d.r[t.s] <= '9') {
			break
		}
	}
	if end == e {
		return e
	}
	if n := end + 1; n < s.te && d.toks[n].kind == tWord {
		switch string(d.lower(d.toks[n])) {
		case "that", "on", "in", "at", "during", "last", "earlier", "this", "about", "before", "after", "yesterday", "today", "when", "while", "as":
		default:
			return e
		}
	}
	return end
}

var addrVenue = map[string]bool{
	"news": true, "agency": true, "programme": true, "program": true, "show": true,
	"website": true, "newspaper": true, "paper": true, "magazine": true, "inquiry": true,
	"committee": true, "channel": true, "station": true, "radio": true, "television": true,
	"service": true, "conference": true, "hearing": true, "documentary": true, "podcast": true,
}

// subject finds the mention that opens sentence s, for participle cues
// (", saying ...") whose subject is the main clause's: a pronoun or a run
// of capitalised words before the first lowercase word. An opening phrase
// ("Eight years ago, he ...", "Speaking in Salem, N.H., Trump ...",
// "TALLAHASSEE — Rep. Ann Roos ...") is passed over: the subject is the
// first mention after one of its commas that a verb follows.
func (d *doc) subject(s sent, limit int) (int, int) {
	a := d.subjectStart(s, limit)
	if a < 0 {
		return -1, -1
	}
	return d.subjectAt(s, a, limit)
}

// subjectAt reads a subject mention starting at token a: a pronoun, or a
// name or described person up to its verb.
func (d *doc) subjectAt(s sent, a, limit int) (int, int) {
	if a >= limit || d.toks[a].kind != tWord {
		return -1, -1
	}
	w := d.lowerStr(d.toks[a])
	if lex.pronoun[w] && w != "it" && w != "that" && w != "which" && w != "who" || d.pronounClitic(a) {
		return a, a
	}
	if d.expletiveClitic(a) {
		return -1, -1 // "It’s a strategy ...", "There’s still time"
	}
	if !(d.isCap(d.toks[a]) || d.toks[a].has(fNounBlock) || d.lowerStart(a) || d.descStart(a, limit)) || d.toks[a].has(fNonName) && !d.toks[a].has(fNounBlock) {
		return -1, -1
	}
	// The subject runs to its verb: a cue, a participle, an auxiliary.
	b := a
	for b+1 < limit && b+1-a < 8 {
		n := d.toks[b+1]
		if n.kind == tPunct && (d.r[n.s] == '(' || d.r[n.s] == ')' || d.r[n.s] == '.' || d.r[n.s] == '-') {
			b++ // "Rick Scott (R)"
			continue
		}
		// "The retired surgeon": an -ed word after a determiner describes.
		if !d.npWord(n) || d.verbish(n) && !(b == a && d.toks[a].has(fNounBlock) && n.has(fEd)) || n.has(fAux) && !d.isCap(n) {
			break
		}
		if !d.isCap(n) && d.isCap(d.toks[b]) && !d.toks[b].has(fNounBlock) && !d.lowerStart(b) && !n.has(fRole|fGroup|fOrgHead) {
			break // "Sanders compared": a lowercase word after a name is its verb
		}
		b++
	}
	for b > a && d.toks[b].kind == tPunct {
		b--
	}
	if b == a && d.toks[a].has(fNounBlock) && !quantifier(d.toks[a].lw) {
		return -1, -1 // "The" alone, but "both vowed"
	}
	return a, b
}

// subjectStart returns the first token of the main clause's subject:
// past a conjunction, a dateline ("OSLO, May 3 (Reuters) -") and opening
// phrases set off by commas ("Hours later,", "Speaking in Bergen,
// Norway,"), or -1 when an opening phrase runs on without a comma.
func (d *doc) subjectStart(s sent, limit int) int {
	a := d.clauseStart(s)
	for a < limit && d.toks[a].kind != tWord {
		a++
	}
	a = d.skipDateline(s, a, limit)
	for n := 0; n < 3 && a < limit; n++ {
		o := d.opener(a)
		if o == noOpener && (d.timePhrase(s, a, limit) || d.spanOpener(a, limit)) {
			o = phraseOpener
		}
		if o == noOpener {
			if m := d.bareTimePhrase(s, a, limit); m >= 0 {
				return m
			}
			return a
		}
		// "Rallying workers who are struggling, Lind promised": a
		// participle phrase may hold a relative clause's verb.
		k := d.introComma(s, a, limit, o == clauseOpener || o == guessOpener && !d.toks[a].has(fAux))
		if k >= 0 {
			a = d.skipPlace(s, k, limit)
			continue
		}
		// "By Sunday she had canceled": a pronoun after the phrase.
		for i := a + 1; i < limit && i-a < 8 && d.toks[i].kind == tWord && !finiteAux[d.toks[i].lw]; i++ {
			if subjectPronoun(d.toks[i].lw) {
				return i
			}
		}
		// "On Sunday morning Mr. Vik made", "Now Mr. Vik has": a name
		// after a time phrase or an adverb.
		i := a + 1
		for i < limit && d.toks[i].kind == tWord && (d.toks[i].has(fTemporal|fAux) && !d.isCap(d.toks[i]) || lex.temporal[string(d.lower(d.toks[i]))]) {
			i++
		}
		if i < limit && d.isCap(d.toks[i]) && !d.toks[i].has(fNonName|fStop|fPrep) && (o == guessOpener || i > a+1) {
			return i
		}
		if o == guessOpener {
			return a // "Consulting firms like X have": a subject after all
		}
		return -1
	}
	return a
}

// skipDateline skips "OSLO, May 3 (Reuters) -" or "Oslo (AFP) –" at a:
// capitalised words, numbers and an agency in brackets up to a dash.
func (d *doc) skipDateline(s sent, a, limit int) int {
	caps, paren := false, false
	for k := a; k < limit && k-a < 14; k++ {
		t := d.toks[k]
		if t.kind == tWord {
			if !d.isCap(t) && !unicode.IsDigit(d.r[t.s]) {
				return a
			}
			if k == a && t.e-t.s > 1 && !hasLower(d.r[t.s:t.e]) {
				caps = true
			}
			continue
		}
		c := d.r[t.s]
		switch {
		case c == '(':
			paren = true
		case c == '—' || c == '–' || c == '-':
			if k > a && (caps || paren) {
				for k+1 < limit && d.toks[k+1].kind == tPunct && d.toks[k+1].q < 0 {
					k++
				}
				return k + 1
			}
			return a
		case c != ',' && c != ')' && c != '.':
			return a
		}
	}
	return a
}

// hasLower reports a lowercase letter among rs.
func hasLower(rs []rune) bool {
	for _, c := range rs {
		if unicode.IsLower(c) {
			return true
		}
	}
	return false
}

// Kinds of sentence openers before a subject.
const (
	noOpener     = iota
	phraseOpener // "On Sunday,", "Hours later,"
	clauseOpener // "Once he was elected,": a finite verb may follow
	guessOpener  // "Speaking at", "Notably": perhaps a subject after all
)

// opener reports a word that opens a phrase before the subject: a
// preposition, a time word, a subordinator, a participle ("Speaking at",
// "Asked about") or a sentence adverb ("Instead", "Here"). Its clause
// openers are not clauseConj: "after" and "before" open phrases here,
// "unless" opens nothing, and "as", "whether", "where", "asked" and
// "pressed" are added.
func (d *doc) opener(a int) int {
	t := d.toks[a]
	if t.kind != tWord || t.q >= 0 || d.lowerStart(a) {
		return noOpener // "About 200 protesters gathered"
	}
	switch string(d.lower(t)) {
	case "as", "since", "when", "whenever", "while", "although", "though", "once", "because", "if", "whether", "until", "where", "whereas", "asked", "pressed":
		return clauseOpener // "Asked whether he would run, ..." holds a verb
	case "after", "ahead", "back", "based", "before", "despite", "here", "instead", "perhaps", "still", "soon", "shortly", "outside", "inside", "unlike", "amid", "among", "under", "with", "without", "by", "for", "following", "within", "like", "indeed", "meanwhile", "hours", "minutes", "moments", "days", "weeks", "months", "years", "later", "elsewhere", "led", "known", "likewise", "otherwise", "well", "so", "thus", "hence", "again", "besides", "furthermore", "nevertheless", "nonetheless", "similarly", "together", "yet", "also":
		return phraseOpener
	}
	if t.has(fPrep|fTemporal) && !t.has(fPronoun) {
		return phraseOpener
	}
	if t.has(fAux) {
		return guessOpener // "Even people who ... are wary"
	}
	// "Speaking at a rally,", "Notably,": a participle or an adverb.
	n := t.e - t.s
	// A name that ends so ("Ebeling", "Kelly") is followed by its verb.
	if n >= 5 && a+1 < len(d.toks) && !d.isCap(d.toks[a+1]) && (hasSuffixRunes(d.r[t.s:t.e], "ing") || hasSuffixRunes(d.r[t.s:t.e], "ly")) && !d.verbish(d.toks[a+1]) && !finiteAux[d.toks[a+1].lw] {
		return guessOpener
	}
	return noOpener
}

// spanOpener reports a span of time before "after" or "before" at a:
// "Eight years after backing X, ...".
func (d *doc) spanOpener(a, limit int) bool {
	k, unit := a, false
	for k < limit && k-a < 4 && d.toks[k].kind == tWord && d.agoWord(d.toks[k]) {
		unit = unit || timeUnit(string(d.lower(d.toks[k])))
		k++
	}
	return unit && k < limit && (d.isWord(k, "after") || d.isWord(k, "before"))
}

// timeUnit reports a unit of time: "years", "week".
func timeUnit(w string) bool {
	switch strings.TrimSuffix(w, "s") {
	case "second", "minute", "hour", "day", "week", "month", "year", "decade":
		return true
	}
	return false
}

// hasSuffixRunes reports whether rs ends in suf.
func hasSuffixRunes(rs []rune, suf string) bool {
	n := len([]rune(suf))
	return len(rs) >= n && string(rs[len(rs)-n:]) == suf
}

// timePhrase reports an opening time phrase ending at a comma: "A few
// days later,", "Two weeks ago,".
func (d *doc) timePhrase(s sent, a, limit int) bool {
	k := d.introComma(s, a, limit, false)
	if k < 0 || k-a > 6 {
		return false
	}
	return timeEnd(string(d.lower(d.toks[k-1])))
}

// timeEnd reports a word closing a time phrase: "later", "ago".
func timeEnd(w string) bool {
	return w == "later" || w == "ago" || w == "earlier" || w == "afterward" || w == "afterwards" || w == "recently"
}

// bareTimePhrase returns the token after an opening time phrase with no
// comma ("A few minutes later they ..."), or -1.
func (d *doc) bareTimePhrase(s sent, a, limit int) int {
	for k := a + 1; k < limit && k-a < 5; k++ {
		t := d.toks[k]
		if t.kind != tWord || t.q >= 0 || finiteAux[t.lw] {
			return -1
		}
		if timeEnd(string(d.lower(t))) {
			if n := k + 1; n < limit && (d.isCap(d.toks[n]) || d.toks[n].has(fPronoun)) {
				return n
			}
			return -1
		}
	}
	return -1
}

// introComma returns the comma closing an opening phrase at a, one with
// no quote and, unless it is a clause, no finite verb, or -1.
func (d *doc) introComma(s sent, a, limit int, clause bool) int {
	rel := false // "Amid calls for sites that would name them, Lind ..."
	for k := a + 1; k < limit && k-a < 25; k++ {
		t := d.toks[k]
		if d.isPunct(k, ',') {
			return k
		}
		if t.q >= 0 || t.kind == tOpenQ || !clause && !rel && t.kind == tWord && finiteAux[t.lw] {
			return -1
		}
		rel = rel || t.kind == tWord && (t.lw == "who" || t.lw == "which" || t.lw == "that")
	}
	return -1
}

// skipPlace returns the token after the comma at k, past a place that
// completes the phrase: "in Ames, Iowa, on Sunday," / "in Salem, New
// Hampshire, Trump".
func (d *doc) skipPlace(s sent, k, limit int) int {
	a := k + 1
	if !d.isCap(d.toks[k-1]) {
		return a
	}
	e := a
	for e < limit && e-a < 3 && d.isCap(d.toks[e]) {
		e++
	}
	if e > a && e+1 < limit && d.isPunct(e, '.') && d.isPunct(e+1, ',') {
		e++ // "Bergen, Minn., Ana Roos"
	}
	if e == a || e-a > 3 || e+1 >= limit || !d.isPunct(e, ',') {
		return a
	}
	n := d.toks[e+1]
	if n.kind != tWord || n.q >= 0 || !(d.isCap(n) && !n.has(fNounBlock) || n.has(fPrep|fTemporal)) {
		return a
	}
	return e + 1
}

// longSubject reads "NAME, ASIDE, ASIDE, said" when the asides hold
// commas or clauses apposLeft cannot take: "Olle Berg, 58, who lives
// outside Bergen, says", "Rep. Ana Roos (D-Minn.), chair of the
// committee, said". The sentence must open with a plain mention followed
// by a comma or bracket; the mention runs from it to the comma at j.
func (d *doc) longSubject(s sent, j int, f *frame) {
	a := d.subjectStart(s, j)
	if a < 0 || f.srcS >= 0 && f.srcS <= a {
		return
	}
	t := d.toks[a]
	if t.kind != tWord || !(d.isCap(t) || t.has(fNounBlock)) || t.has(fPronoun) {
		return
	}
	// The opening mention: plain words up to a comma or bracket.
	h := a
	for h+1 < j && d.toks[h+1].kind == tWord {
		n := d.toks[h+1]
		if finiteAux[n.lw] || d.verbish(n) && !d.nounUse(h) || n.has(fPronoun) && !n.has(fNounBlock) {
			return
		}
		h++
	}
	if h+1 >= j || !(d.isPunct(h+1, ',') || d.isPunct(h+1, '(')) || h-a > 8 {
		return
	}
	for k := a; k < j; k++ {
		if d.toks[k].q >= 0 || d.toks[k].kind == tOpenQ || d.toks[k].kind == tCloseQ || d.isPunct(k, ';') {
			return
		}
	}
	// A head found inside the asides ("58, who lives ...", "in Bergen,
	// Norway,") is part of this one mention; one standing on its own
	// ("..., her top aide, Tad Vik, said") is the speaker.
	if f.srcS >= 0 && (f.srcS <= h+1 || !unicode.IsDigit(d.r[d.toks[f.srcS].s]) && !d.toks[f.srcS-1].has(fPrep) && !d.isWord(f.srcS-1, "of") && !d.verbAside(f.roleS) && !(f.roleS >= 0 && d.toks[f.roleS].has(fPrep|fTemporal))) {
		return
	}
	if d.isPunct(h+1, '(') {
		if p := d.parenAfter(s, h+1); p < 0 || p+1 < j && !d.isPunct(p+1, ',') {
			return // "Sen. Ana Roos (I-Vt.) remains ...": a verb follows
		}
	}
	f.srcS, f.srcE, f.headE, f.roleS, f.roleE = a, j-1, h, -1, -1
	r := h + 2
	if d.isPunct(h+1, '(') {
		// "Rep. Ana Roos (D-Minn.), chair of ...": the role after the bracket.
		for r < j && !d.isPunct(r-1, ')') {
			r++
		}
		if r < j && d.isPunct(r, ',') {
			r++
		}
	}
	if r+1 < j && unicode.IsDigit(d.r[d.toks[r].s]) && d.isPunct(r+1, ',') {
		r += 2 // "Olle Berg, 58, ..."
	}
	e := r
	for e+1 < j && !d.isPunct(e+1, ',') {
		e++
	}
	// Only a description is a role: "a security expert", "chair of ...".
	if r <= e && e < j && (d.toks[r].has(fNounBlock) || d.isRoleNoun(r) || d.isCap(d.toks[r])) {
		f.roleS, f.roleE = r, e
	}
}

// parenAfter returns the ")" closing a "(" at token o, or -1.
func (d *doc) parenAfter(s sent, o int) int {
	for k := o + 1; k < s.te && k-o < 10; k++ {
		if d.isPunct(k, ')') {
			return k
		}
	}
	return -1
}

// objectOfSubject returns the start of the sentence's subject when the
// mention at h is only the object inside it: "Officials who spoke with
// The Bergen Post said", "Another source speaking to Fox News said". The
// subject must open the sentence and run to h with no comma, quote or
// finite verb but a relative clause's. It returns -1 otherwise, and
// the last token of the subject's head.
func (d *doc) objectOfSubject(s sent, h int) (int, int) {
	if h-1 < s.ts {
		return -1, -1
	}
	p := d.toks[h-1]
	if p.kind != tWord || p.q >= 0 || !(p.has(fPrep) || d.isWord(h-1, "with") || d.isWord(h-1, "to") || d.isWord(h-1, "by") || d.participle(p)) {
		return -1, -1
	}
	a := d.subjectStart(s, h)
	if a < 0 || a >= h-1 || h-a > 14 {
		return -1, -1
	}
	t := d.toks[a]
	if t.kind != tWord || !(d.isCap(t) || t.has(fNounBlock)) || t.has(fPronoun) && !t.has(fNounBlock) {
		return -1, -1
	}
	rel, head := false, -1
	for k := a + 1; k < h; k++ {
		t := d.toks[k]
		if t.kind != tWord || t.q >= 0 {
			return -1, -1
		}
		if rel {
			continue
		}
		switch {
		case t.lw == "who" || t.lw == "that" || t.lw == "which":
			rel = true
		case d.participle(t) || d.verbish(t) && d.isWord(k+1, "by"):
			// "speaking to", "released by": the head ends before.
		case finiteAux[t.lw] || d.verbish(t):
			return -1, -1
		default:
			continue
		}
		if head < 0 {
			head = k - 1
		}
	}
	if head < 0 {
		head = h - 2
	}
	return a, head
}

// nounUse reports a word at p that makes the cue form after it a noun:
// a determiner, a number or a possessive ("that 2013 report").
func (d *doc) nounUse(p int) bool {
	t := d.toks[p]
	return t.kind == tWord && (t.has(fNounBlock) || unicode.IsDigit(d.r[t.s]) || d.possessive(t))
}

// pronounClitic reports a subject pronoun written with its verb: "she's",
// "they're".
func (d *doc) pronounClitic(a int) bool {
	t := d.toks[a]
	if t.kind != tWord {
		return false
	}
	w := string(d.lower(t))
	if i := strings.IndexAny(w, "'’"); i > 0 {
		return subjectPronoun(w[:i])
	}
	return false
}

// subjectPronoun reports a personal pronoun in the subject case: "he",
// "she", "they", "we", "i".
func subjectPronoun(w string) bool {
	switch w {
	case "he", "she", "they", "we", "i":
		return true
	}
	return false
}

// expletiveClitic reports "it’s", "there’s", "that’s", "what’s",
// "here’s", "let’s": a contraction that opens no mention.
func (d *doc) expletiveClitic(a int) bool {
	t := d.toks[a]
	if t.kind != tWord || t.e-t.s < 4 || t.e-t.s > 7 {
		return false
	}
	w := string(d.lower(t))
	if i := strings.IndexAny(w, "'’"); i > 0 {
		switch w[:i] {
		case "it", "there", "that", "what", "here", "let":
			return true
		}
	}
	return false
}

// lowerStart reports a lowercase word that may open a subject:
// "former CEO Ana Berg", "about 200 protesters", "some voters".
func (d *doc) lowerStart(a int) bool {
	t := d.toks[a]
	if t.kind != tWord || t.q >= 0 {
		return false
	}
	if unicode.IsDigit(d.r[t.s]) || t.has(fRole|fGroup) {
		return true
	}
	switch string(d.lower(t)) {
	case "former", "about", "some", "many", "most", "several", "nearly", "almost", "roughly":
		return true
	}
	return false
}

// verbAside reports an apposition that opens with a verb, not a
// description: "Paradata, uses big data to ..." is the rest of a clause.
func (d *doc) verbAside(r int) bool {
	if r < 0 {
		return false
	}
	t := d.toks[r]
	if t.kind != tWord || t.q >= 0 || d.isCap(t) || unicode.IsDigit(d.r[t.s]) {
		return false
	}
	if t.has(fNounBlock|fRole|fGroup|fPrep|fPronoun|fTemporal) || d.lowerStart(r) {
		return false
	}
	return t.lw == "" || finiteAux[t.lw] || d.verbish(t)
}

// descStart reports lowercase description words before a name:
// "billionaire team owner Karl Vik".
func (d *doc) descStart(a, limit int) bool {
	for k := a; k < limit && k-a < 4; k++ {
		t := d.toks[k]
		if t.kind != tWord || t.q >= 0 {
			return false
		}
		if d.isCap(t) {
			return k > a && !t.has(fNonName|fStop|fPrep|fTemporal)
		}
		if t.lw != "" && !t.has(fRole|fGroup|fOrgHead) || d.verbish(t) || d.participle(t) {
			return false
		}
	}
	return false
}
