package extract

import "strings"

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
			if e.org || isOrgName(e.name) {
				a.SpeakerType = Organization
			}
		}
		if a.Role == "" && a.Affiliation == "" {
			a.Role, a.Affiliation = e.role, e.aff
		}
		if a.SpeakerType == Person {
			d.lastSpk = ent
		}
	}
	if d.anonymous(s, a.SourceText) {
		a.SpeakerType = Anonymous
		a.Speaker = ""
	}
}

// sentOf returns the sentence holding token i.
func (d *doc) sentOf(i int) sent {
	lo, hi := 0, len(d.sents)
	for lo < hi {
		m := (lo + hi) / 2
		if d.sents[m].te <= i {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(d.sents) {
		return d.sents[lo]
	}
	return sent{ts: i, te: i + 1}
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
			return d.pronounRef(pos, g, d.lastSpk)
		case "they", "we":
			at.SpeakerType = Group
			return -1
		case "i", "you":
			at.SpeakerType = Person
			return -1
		case "it":
			at.SpeakerType = Organization
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
		if !d.isCap(t) || lex.nonName[d.lowerStr(t)] && i == a {
			continue
		}
		if i > a && (d.isWord(i-1, "for") || d.isWord(i-1, "of") || d.isWord(i-1, "at")) && found {
			break
		}
		if r, ok := d.nameAt(sent{ts: a, te: b + 1}, i); ok && !d.commonNoun(r) {
			run, found = r, true
			i = r.b
		}
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
	if found {
		// Premodifier: "Amnesty International spokesman".
		if run.a > a && d.isRoleNoun(run.a-1) && at.Role == "" {
			at.Role, at.Affiliation = splitRole(d.str(d.toks[a].s, d.toks[run.a-1].e))
		}
		name := d.runText(run.a, run.b)
		if e := d.findEntity(name); e >= 0 {
			return e
		}
		d.ents = append(d.ents, entity{name: name, last: lastWord(name), gender: run.gender, org: isOrgName(name), pos: pos})
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
		return d.descRef(pos, head)
	case lex.group[head]:
		at.SpeakerType = Group
	case lex.orgHead[head] || lex.orgHead[strings.TrimSuffix(head, "s")]:
		at.SpeakerType = Organization
		for k := len(d.mentions) - 1; k >= 0; k-- {
			m := d.mentions[k]
			if m.pos < pos && d.ents[m.ent].org && strings.Contains(strings.ToLower(d.ents[m.ent].name), head) {
				return m.ent
			}
		}
	default:
		if n := len(head); n > 3 && head[n-1] == 's' && lex.role[head[:n-1]] != 0 {
			at.SpeakerType = Group
		}
	}
	return -1
}

// commonNoun reports a one-word run that is a capitalised common noun:
// "Officials said", "Protesters chanted".
func (d *doc) commonNoun(r nameRun) bool {
	if r.a != r.b || r.hon {
		return false
	}
	w := d.lowerStr(d.toks[r.a])
	return lex.group[w] || lex.role[w] != 0 || d.isRoleNoun(r.a) || lex.nonName[w]
}

// anonymous reports an unnamed source: "a source", "officials who spoke
// on condition of anonymity".
func (d *doc) anonymous(s sent, src string) bool {
	l := strings.ToLower(src)
	for _, p := range lex.anonPhrase {
		if l == p || strings.HasPrefix(l, p+" ") {
			return !hasUpper(src[1:])
		}
	}
	text := strings.ToLower(d.str(d.toks[s.ts].s, d.toks[s.te-1].e))
	for _, m := range lex.anonMarker {
		if strings.Contains(text, m) {
			return true
		}
	}
	return false
}
