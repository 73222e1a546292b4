package extract

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// resolve fills Speaker, SpeakerType, Role and Affiliation from the
// source mention and the article's entities.
func (d *doc) resolve(a *Attribution, f frame) {
	if f.cueS < 0 {
		// A continuation speaks with the voice before it.
		if d.lastReal != nil {
			a.Speaker, a.SpeakerType = d.lastReal.Speaker, d.lastReal.SpeakerType
			a.Role, a.Affiliation = d.lastReal.Role, d.lastReal.Affiliation
		}
		return
	}
	defer func() {
		c := *a
		d.lastReal = &c
	}()
	if f.srcS < 0 {
		return
	}
	s := d.sentOf(f.srcS)
	hs, he := f.srcS, f.srcE
	rs, re := -1, -1
	if f.headE >= 0 && f.roleS < 0 {
		he = f.headE // "Rep. Ann Roos (D-Md.)": the name before the tag
	}
	if f.headE >= 0 && f.roleS >= 0 {
		hs, he, rs, re = f.srcS, f.headE, f.roleS, f.roleE
		// "an 18-year-old protester, Jane Roe": the name is in the apposition.
		if d.hasName(rs, re) && (!d.hasName(hs, he) || !d.isCap(d.toks[he])) {
			hs, he, rs, re = rs, re, hs, he
		}
	}
	if rs >= 0 {
		a.Role, a.Affiliation = splitRole(d.str(d.toks[rs].s, d.toks[re].e))
	}
	ent := d.resolveNP(a, s, hs, he)
	if ent >= 0 {
		e := d.ents[ent]
		a.Speaker = e.name
		if a.SpeakerType == "" {
			a.SpeakerType = Person
			// A place speaks through its government or team: "China said".
			if e.org || isOrgName(e.name) || lex.place[e.name] {
				a.SpeakerType = Organization
			}
		}
		if a.Role == "" && a.Affiliation == "" {
			a.Role, a.Affiliation = e.role, e.aff
		}
		if a.SpeakerType == Person {
			d.lastSpk, d.lastSpkP = ent, d.toks[f.srcS].s
		}
	}
	d.srcPos = d.toks[f.srcS].s
	d.lastOrg = -1
	if ent >= 0 && a.SpeakerType == Organization {
		d.lastOrg, d.lastOrgP = ent, d.srcPos
	}
	if d.anonymous(s, a.SourceText) {
		a.SpeakerType = Anonymous
		a.Speaker = ""
	}
}

// sentOf returns the sentence holding token i.
func (d *doc) sentOf(i int) sent {
	if lo := d.sentIndex(i); lo < len(d.sents) {
		return d.sents[lo]
	}
	return sent{ts: i, te: i + 1}
}

// tokAtOrAfter returns the first token starting at or after rune r.
func (d *doc) tokAtOrAfter(r int) int {
	return sort.Search(len(d.toks), func(m int) bool { return d.toks[m].s >= r })
}

// hasName reports a capitalised word in [a,b] that is not a sentence
// opener like "The".
func (d *doc) hasName(a, b int) bool {
	for i := a; i <= b; i++ {
		if d.isCap(d.toks[i]) && !lex.nonName[d.lowerStr(d.toks[i])] {
			return true
		}
	}
	return false
}

// resolveNP resolves the mention [a,b] to an entity index, setting the
// speaker type, role and affiliation it reveals on the way.
func (d *doc) resolveNP(at *Attribution, s sent, a, b int) int {
	pos := d.toks[a].s
	w := d.lowerStr(d.toks[b])
	if a == b {
		switch w {
		case "he", "she":
			at.SpeakerType = Person
			g := byte('m')
			if w == "she" {
				g = 'f'
			}
			e := d.pronounRef(pos, g, d.lastSpk)
			// "A spokesman for Orbis said ... he added": the unnamed
			// speaker just before, not a name mentioned before him or
			// in his description.
			if r := d.lastReal; r != nil && r.Speaker == "" && r.Role != "" && (r.SpeakerType == Anonymous || r.SpeakerType == Person) && d.srcPos < pos && pos-d.srcPos < 600 && unnamedNP(r.SourceText) && !d.afterComma(d.srcPos) {
				if rg := roleGender(r.Role); (rg == g || rg == '-') && (e < 0 || d.mentionOf(e, pos) < d.srcPos+utf8.RuneCountInString(r.SourceText)) {
					at.SpeakerType, at.Role, at.Affiliation = r.SpeakerType, r.Role, r.Affiliation
					return -1
				}
			}
			if e >= 0 && d.ents[e].gender == '-' {
				d.ents[e].gender = g // "she" tells us
			}
			return e
		case "they", "we":
			at.SpeakerType = Group
			return -1
		case "i", "you":
			at.SpeakerType = Person
			return -1
		case "it":
			at.SpeakerType = Organization
			return d.orgRef(pos)
		case "another", "one":
			at.SpeakerType = Anonymous // "Another said": one of a group
			return -1
		case "many", "several", "some", "both", "most", "others", "few", "all":
			at.SpeakerType = Group
			return -1
		case "who", "which", "that":
			// The antecedent before ", who".
			k := a - 1
			for k >= s.ts && d.toks[k].kind == tPunct {
				k--
			}
			if h := d.leftNP(s, k); h >= 0 && k >= h && !(h == k && lex.pronoun[d.lowerStr(d.toks[k])]) {
				return d.resolveNP(at, s, h, k)
			}
			return -1
		}
	}
	// The last name in the mention is its head: "Amnesty International
	// spokesman Eric Ferrero".
	var run nameRun
	found := false
	for i := a; i <= b; i++ {
		t := d.toks[i]
		if !d.isCap(t) || (lex.nonName[d.lowerStr(t)] || notNameOpener[d.lowerStr(t)]) && i == a {
			continue
		}
		if i > a && (d.isWord(i-1, "for") || d.isWord(i-1, "of") || d.isWord(i-1, "at")) && found {
			break
		}
		if r, ok := d.nameAt(sent{ts: a, te: b + 1}, i); ok && !d.commonNoun(r) {
			// "Scottish ministers", "Trump supporters": a name before a
			// lowercase group or role noun modifies it.
			// In a description ("The American forensics expert") a name
			// before lowercase words is an adjective.
			descr := d.isWord(a, "the") || d.isWord(a, "a") || d.isWord(a, "an")
			if n := r.b + 1; !r.hon && n <= b && !d.isCap(d.toks[n]) && (descr || d.toks[n].has(fGroup|fRole|fOrgHead) || d.toks[n].has(fFinding) && lex.finding[d.toks[n].lw]) && (n == b || !d.isCap(d.toks[n+1])) || r.a == r.b && d.hyphenAdjective(d.toks[r.a]) {
				i = r.b // ... and "Paris-based" is an adjective
				continue
			}
			run, found = r, true
			i = r.b
		}
	}
	// "Many MPs", "More than half of them": a group.
	if w0 := d.lowerStr(d.toks[a]); !found && a < b && at.SpeakerType == "" && d.isCap(d.toks[a]) && notNameOpener[w0] && !strings.HasSuffix(w0, "ly") && d.hasPeopleNoun(a+1, b) {
		at.SpeakerType = Group
	}
	// "a spokesman for Mayor X": an unnamed role for an organisation.
	first := a
	if first <= b && lex.nounBlock[d.lowerStr(d.toks[first])] {
		first++
	}
	if first <= b && d.isRoleNoun(first) && first+1 <= b && (d.isWord(first+1, "for") || d.isWord(first+1, "of") || d.isWord(first+1, "at")) {
		at.Role, at.Affiliation = splitRole(d.str(d.toks[a].s, d.toks[b].e))
		at.SpeakerType = Anonymous
		if lex.nounBlock[w] || d.isWord(a, "the") {
			at.SpeakerType = Person
		}
		return -1
	}
	// "Mr Yushchenko's administration", "President Castro's chief aide":
	// the possessor is not who spoke; the noun after it is.
	if found && run.b < b && d.possessive(d.toks[run.b]) && !d.isCap(d.toks[b]) && !ownWords[string(d.lower(d.toks[b]))] {
		head, typ := d.toks[b], ""
		switch {
		case head.has(fOrgHead):
			typ = Organization
		case head.has(fGroup):
			typ = Group
		case head.has(fRole) && lex.role[head.lw] != 0:
			typ = Person
		case head.has(fRole):
			typ = Group // "Mr Blair's aides"
		}
		if typ != "" {
			at.SpeakerType = typ
			if at.Role == "" && at.Affiliation == "" {
				at.Role = d.str(d.toks[run.b+1].s, d.toks[b].e)
				if typ != Group { // "Mr Blair's critics" do not speak for him
					at.Affiliation = d.runText(run.a, run.b)
					if e := d.findEntity(at.Affiliation); e >= 0 {
						at.Affiliation = d.ents[e].name
					}
				}
			}
			return -1
		}
	}
	if found {
		// Premodifier: "Amnesty International spokesman".
		if run.a > a && d.isRoleNoun(run.a-1) && at.Role == "" {
			at.Role, at.Affiliation = splitRole(d.str(d.toks[a].s, d.toks[run.a-1].e))
		}
		if e := d.sirGiven(run, d.ents, d.lastKey(run.b), d.byLast); e >= 0 {
			return e // "Sir Edward"
		}
		name := d.runText(run.a, run.b)
		if e := d.findEntity(name); e >= 0 {
			return e
		}
		d.ents = append(d.ents, entity{name: name, last: lastWord(name), gender: run.gender, org: isOrgName(name), pos: pos})
		d.byLast[lastWord(name)] = append(d.byLast[lastWord(name)], len(d.ents)-1)
		return len(d.ents) - 1
	}
	// A description: "the cleric", "protesters", "the ministry".
	head := w
	switch {
	case lex.role[head] != 0:
		at.SpeakerType = Person
		if d.isWord(a, "a") || d.isWord(a, "an") {
			at.SpeakerType = Anonymous
			return -1
		}
		if e := d.descRef(pos, head); e >= 0 || !d.isWord(a, "the") {
			return e
		}
		return d.lastSpeakerFits(pos, head)
	case lex.group[head]:
		at.SpeakerType = Group
	case head != "" && (lex.orgHead[head] || lex.orgHead[strings.TrimSuffix(head, "s")]):
		at.SpeakerType = Organization
		lo := d.mentionBefore(pos)
		for k := lo; k >= 0 && lo-k < 300; k-- {
			m := d.mentions[k]
			if d.ents[m.ent].org && strings.Contains(strings.ToLower(d.ents[m.ent].name), head) {
				return m.ent
			}
		}
		// "the company", "the firm": the organisation just named.
		if genericOrg[head] && d.isWord(a, "the") && a+1 == b {
			return d.orgRef(pos)
		}
	default:
		if n := len(head); n > 3 && head[n-1] == 's' && lex.role[head[:n-1]] != 0 {
			at.SpeakerType = Group
		}
		// "the 21-year-old told ...": the person just quoted.
		if t := d.toks[b]; a+1 == b && d.isWord(a, "the") && hasSuffixRunes(d.r[t.s:t.e], "-year-old") {
			at.SpeakerType = Person
			return d.lastSpeakerFits(pos, "")
		}
	}
	return -1
}

// lastSpeakerFits resolves a description the article's entities do not
// carry ("the Conservative leader", "the 21-year-old") to the person who
// spoke just before, when that person has no other title.
func (d *doc) lastSpeakerFits(pos int, head string) int {
	if d.lastSpk < 0 || pos-d.lastSpkP > 1000 {
		return -1
	}
	e := d.ents[d.lastSpk]
	if e.gender == '-' || e.role != "" && (head == "" || !strings.Contains(strings.ToLower(e.role), head)) {
		return -1 // not surely a person, or titled otherwise
	}
	// An office held by one person at a time is someone the article
	// names elsewhere, not whoever spoke last: "the chancellor".
	if officeHead[head] {
		return -1
	}
	return d.lastSpk
}

var officeHead = map[string]bool{"minister": true, "chancellor": true, "president": true, "premier": true, "secretary": true, "judge": true, "prince": true, "princess": true, "king": true, "queen": true, "pope": true, "mayor": true, "governor": true, "spokesman": true, "spokeswoman": true, "spokesperson": true}

// genericOrg lists the nouns an article calls the organisation it has
// just named: "Acme said ... The company said".
var genericOrg = map[string]bool{"company": true, "firm": true, "group": true, "carrier": true, "airline": true, "retailer": true, "bank": true, "business": true}

// orgRef resolves "it" or "the company" at rune pos to the organisation
// that spoke in the attribution just before ("Acme said ... It added"),
// or -1: the latest organisation merely named is too often another one
// ("the report by Acme ... it said", "the threat to TV ... it said").
func (d *doc) orgRef(pos int) int {
	if d.lastOrg >= 0 && pos-d.lastOrgP < 1500 {
		return d.lastOrg
	}
	return -1
}

// ownWords are what a speaker says through, so "Mr Kok's report" still
// speaks for Mr Kok.
var ownWords = map[string]bool{"statement": true, "report": true, "letter": true, "comments": true, "remarks": true, "speech": true, "book": true, "article": true, "website": true, "blog": true, "memoir": true, "memoirs": true, "column": true, "message": true, "words": true}

// commonNoun reports a one-word run that is a capitalised common noun:
// "Officials said", "Protesters chanted".
func (d *doc) commonNoun(r nameRun) bool {
	if r.a != r.b || r.hon {
		return false
	}
	return d.toks[r.a].has(fGroup|fRole|fNonName) || d.toks[r.a].has(fFinding) && lex.finding[d.toks[r.a].lw]
}

// anonymous reports an unnamed source: "a source", "officials who spoke
// on condition of anonymity".
func (d *doc) anonymous(s sent, src string) bool {
	// An ASCII mention is compared folding its case byte by byte rather
	// than lower-cased into a new string: this runs for every source.
	l := src
	if !isASCII(src) {
		l = strings.ToLower(src)
	}
	for _, p := range lex.anonPhrase {
		if (len(l) == len(p) || len(l) > len(p) && l[len(p)] == ' ') && lowerPrefix(l, p) {
			return !hasUpper(src[1:])
		}
	}
	// Look near the mention only, so long sentences stay linear.
	a, b := d.toks[s.ts].s, d.toks[s.te-1].e
	if a < d.srcPos-200 {
		a = d.srcPos - 200
	}
	if b > d.srcPos+200 {
		b = d.srcPos + 200
	}
	// Only build the text when a marker word is there at all.
	hit := false
	for i := d.tokAtOrAfter(a); i < len(d.toks) && d.toks[i].s < b; i++ {
		switch d.toks[i].lw {
		case "anonymity", "named", "familiar", "authorised", "authorized", "anonymously":
			hit = true
		}
	}
	if !hit {
		return false
	}
	text := strings.ToLower(d.str(a, b))
	for _, m := range lex.anonMarker {
		if strings.Contains(text, m) {
			return true
		}
	}
	return false
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// lowerPrefix reports whether s, its ASCII capitals lower-cased, starts
// with p.
func lowerPrefix(s, p string) bool {
	if len(s) < len(p) {
		return false
	}
	for i := 0; i < len(p); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != p[i] {
			return false
		}
	}
	return true
}

// hyphenAdjective reports a capitalised compound whose last part is
// lowercase: "Paris-based", "Texas-born", "GOP-led".
func (d *doc) hyphenAdjective(t token) bool {
	for i := t.e - 1; i > t.s; i-- {
		if d.r[i] == '-' {
			return i+1 < t.e && unicode.IsLower(d.r[i+1])
		}
	}
	return false
}

// unnamedNP reports a source that opens with an article, so no name
// stands before its description: "A spokesman for Orbis", not "Ann Roe,
// a spokesman for Orbis".
func unnamedNP(src string) bool {
	for _, det := range []string{"a ", "A ", "an ", "An ", "the ", "The "} {
		if strings.HasPrefix(src, det) {
			return true
		}
	}
	return false
}

// afterComma reports a comma just before rune pos: the source there is an
// apposition to a name ("Ann Roe, a spokesman for Orbis").
func (d *doc) afterComma(pos int) bool {
	i := d.tokAtOrAfter(pos) - 1
	return i >= 0 && d.isPunct(i, ',')
}

// notNameOpener holds capitalised words that open a source but name no
// one: "Many MPs", "More than half of them", "Currently".
var notNameOpener = map[string]bool{"many": true, "more": true, "most": true, "few": true, "both": true, "some": true, "several": true, "all": true, "half": true, "two": true, "three": true, "four": true, "five": true, "six": true, "seven": true, "eight": true, "nine": true, "ten": true, "dozens": true, "hundreds": true, "thousands": true, "millions": true, "currently": true, "nearly": true, "sadly": true, "personally": true, "originally": true, "eventually": true, "locally": true}

// hasPeopleNoun reports a group or role noun among tokens a..b: "Many
// MPs", "More than half of those questioned" ("questioned" is no noun,
// so that stays untyped).
func (d *doc) hasPeopleNoun(a, b int) bool {
	for i := a; i <= b; i++ {
		if d.toks[i].has(fGroup | fRole) {
			return true
		}
	}
	return false
}
