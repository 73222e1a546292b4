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

// subject finds the mention that opens sentence s, for participle cues
// (", saying ...") whose subject is the main clause's: a pronoun or a run
// of capitalised words before the first lowercase word. An opening phrase
// ("Eight years ago, he ...", "Speaking in Salem, N.H., Trump ...",
// "TALLAHASSEE — Rep. Ann Roos ...") is passed over: the subject is the
// first mention after one of its commas that a verb follows.
func (d *doc) subject(s sent, limit int) (int, int) {
	a := s.ts
	for a < limit && d.toks[a].kind != tWord {
		a++
	}
	// A dateline: "TALLAHASSEE —", "NEW YORK -".
	for k := a; k < limit && k-a < 4 && d.toks[k].kind == tWord && d.allCaps(d.toks[k]); k++ {
		if k+1 < limit && (d.isPunct(k+1, '—') || d.isPunct(k+1, '–') || d.isPunct(k+1, '-')) {
			a = k + 2
			break
		}
	}
	// "Then she ...", "Still, the mayor ...": a sentence adverb.
	for a+1 < limit && d.toks[a].kind == tWord && sentAdverb[string(d.lower(d.toks[a]))] {
		a++
		if a < limit && d.isPunct(a, ',') {
			a++
		}
	}
	if a >= limit || d.toks[a].kind != tWord || !d.openingPhrase(a) && !d.timePhrase(s, a, limit) {
		return d.subjectAt(s, a, limit)
	}
	for k := a + 1; k < limit && k-a < 30; k++ {
		if !d.isPunct(k, ',') {
			continue
		}
		if h, b := d.subjectAt(s, k+1, limit); h >= 0 && b+1 < s.te {
			n := d.toks[b+1]
			if n.kind == tWord && (d.verbish(n) || n.has(fAux) || n.has(fEd)) {
				return h, b
			}
		}
	}
	return -1, -1
}

// openingPhrase reports a word that opens a phrase before the subject:
// a preposition, a subordinator, a time word, a number, an -ly adverb, a
// participle.
func (d *doc) openingPhrase(a int) bool {
	t := d.toks[a]
	if t.has(fPrep|fTemporal|fAux) || unicode.IsDigit(d.r[t.s]) || d.adverb(t) {
		return true
	}
	w := string(d.lower(t))
	if strings.HasSuffix(w, "ing") && len(w) > 5 {
		return true
	}
	switch w {
	case "after", "as", "when", "while", "if", "although", "though", "since", "because", "even", "amid", "despite", "following", "before", "during", "until", "unlike", "once", "asked", "speaking", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "hours", "days", "weeks", "months", "years", "earlier", "last", "late", "early", "within", "without", "among", "under", "with", "for", "to", "by", "of", "into", "across", "against", "according", "unless", "whether", "whenever", "where":
		return true
	}
	return false
}

// allCaps reports a word of two or more letters, all capitals.
func (d *doc) allCaps(t token) bool {
	if t.e-t.s < 2 {
		return false
	}
	for _, c := range d.r[t.s:t.e] {
		if unicode.IsLower(c) {
			return false
		}
	}
	return true
}

// subjectAt reads a subject mention starting at token a: a pronoun, or a
// name or described person up to its verb.
func (d *doc) subjectAt(s sent, a, limit int) (int, int) {
	if a >= limit || d.toks[a].kind != tWord {
		return -1, -1
	}
	w := d.lowerStr(d.toks[a])
	if lex.pronoun[w] && w != "it" && w != "that" && w != "which" && w != "who" {
		return a, a
	}
	if !(d.isCap(d.toks[a]) || d.toks[a].has(fNounBlock)) || d.toks[a].has(fNonName) && !d.toks[a].has(fNounBlock) {
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
		if !d.npWord(n) || d.verbish(n) || n.has(fAux) && !d.isCap(n) {
			break
		}
		if !d.isCap(n) && d.isCap(d.toks[b]) && !d.toks[b].has(fNounBlock) && !n.has(fRole|fGroup|fOrgHead) {
			break // "Sanders compared": a lowercase word after a name is its verb
		}
		b++
	}
	for b > a && d.toks[b].kind == tPunct {
		b--
	}
	if b == a && d.toks[a].has(fNounBlock) {
		return -1, -1
	}
	return a, b
}

// sentAdverb holds adverbs that open a sentence before its subject.
var sentAdverb = map[string]bool{"then": true, "still": true, "now": true, "instead": true, "meanwhile": true, "later": true, "also": true, "well": true, "yet": true, "so": true, "and": true, "but": true, "earlier": true, "separately": true, "previously": true, "today": true, "finally": true}

// timePhrase reports an opening phrase ending in a time word before its
// comma: "A few days later, ...", "Two weeks ago, ...".
func (d *doc) timePhrase(s sent, a, limit int) bool {
	for k := a + 1; k < limit && k-a < 8; k++ {
		if d.isPunct(k, ',') {
			p := d.toks[k-1]
			w := string(d.lower(p))
			return p.has(fTemporal) || w == "later" || w == "ago" || w == "earlier"
		}
		if d.toks[k].kind != tWord {
			return false
		}
	}
	return false
}
