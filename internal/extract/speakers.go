package extract

import (
	"sort"
	"strings"
	"unicode"
)

// entity is someone or something named in the article. Later mentions
// ("Mr Rahimi", "the cleric", "he") resolve to it.
type entity struct {
	name   string // fullest form, honorifics stripped
	last   string // lower-cased last word, the key for short mentions
	gender byte   // 'm', 'f' or '-'
	org    bool
	place  bool   // first named after "in", "at", "from": "in Ohio"
	role   string // "Shia cleric", from the article's own words
	aff    string
	pos    int // rune offset of the first mention
}

// mention is one occurrence of an entity, for pronoun resolution.
type mention struct {
	pos int
	ent int
}

// nameRun is a run of capitalised tokens [a,b] that reads as a name.
type nameRun struct {
	a, b   int // tokens of the name proper, honorifics stripped
	gender byte
	hon    bool // an honorific came first: surely a person
	title  int  // first token of a capitalised title stripped from the run ("Prime Minister"), or -1
}

// nameAt reads a name starting at token i of sentence s, or returns ok
// false. Honorifics ("Mr.", "Sen.", "President") are skipped.
func (d *doc) nameAt(s sent, i int) (nameRun, bool) {
	r := nameRun{gender: '-'}
	for i < s.te && d.toks[i].kind == tWord && d.isCap(d.toks[i]) {
		if !d.toks[i].has(fHonorific) {
			break
		}
		g, ok := lex.honorific[d.lowerStr(d.toks[i])] // lists "mr" and "mr."

		if !ok || i+1 >= s.te || !d.isCap(d.toks[i+1]) {
			break
		}
		r.hon = true
		if g != '-' {
			r.gender = g
		}
		i++
	}
	if i >= s.te || !d.isCap(d.toks[i]) || d.toks[i].q >= 0 {
		return r, false
	}
	r.a = i
	j := i
	for j+1 < s.te {
		n := d.toks[j+1]
		if n.q >= 0 || n.kind != tWord {
			break
		}
		if d.isCap(n) {
			j++
			continue
		}
		// Particles inside names: Ibn, bin, de, van, von, al.
		w := d.lowerStr(n)
		// "of" joins a one-word head or an organisation ("Bank of America",
		// "Department of State"), not a person and a place ("Ana Roos of
		// Bergen").
		if w == "of" && j > r.a && !d.orgRun(nameRun{a: r.a, b: j}) {
			break
		}
		if (w == "bin" || w == "de" || w == "van" || w == "von" || w == "da" || w == "al" || w == "le" || w == "la" || w == "of") && j+2 < s.te && d.isCap(d.toks[j+2]) {
			j += 2
			continue
		}
		break
	}
	r.b = j
	r.title = -1
	// A capitalised title or possessor before the name is no part of it:
	// "Italian Prime Minister Silvio Berlusconi", "Journalist Guillem
	// Balague", "SNP's Nicola Sturgeon". An organisation keeps its role
	// words ("Association of Chief Police Officers").
	for k := r.b - 1; k >= r.a && !d.toks[r.b].has(fRole|fHonorific); k-- {
		t := d.toks[k]
		if t.has(fRole|fHonorific) || d.possessive(t) {
			if d.isCap(d.toks[k+1]) && !d.orgRun(nameRun{a: r.a, b: r.b}) {
				r.title, r.a = r.a, k+1
				if d.possessive(t) {
					r.hon, r.gender = false, '-' // "Mr Brown's Budget"
				}
				if g, ok := lex.honorific[d.lowerStr(t)]; ok && t.has(fHonorific) {
					r.hon = true // "Wednesday Mr Straw"
					if g != '-' {
						r.gender = g
					}
				}
			}
			break
		}
	}
	if r.gender == '-' {
		if g, ok := lex.firstName[d.lowerStr(d.toks[r.a])]; ok {
			r.gender = g
		}
	}
	return r, true
}

// runText is the name as written, possessive dropped.
func (d *doc) runText(a, b int) string {
	s := d.str(d.toks[a].s, d.toks[b].e)
	for _, p := range []string{"’s", "'s", "’", "'"} {
		s = strings.TrimSuffix(s, p)
	}
	return s
}

func lastWord(name string) string {
	f := strings.Fields(strings.ToLower(name))
	if len(f) == 0 {
		return ""
	}
	return strings.TrimSuffix(f[len(f)-1], ".")
}

func isOrgName(name string) bool {
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if lex.orgHead[strings.Trim(w, ".,’'")] {
			return true
		}
	}
	// All-capital acronyms: HMRC, UFCW, NATO.
	if len(name) >= 2 && len(name) <= 6 && strings.ToUpper(name) == name && !strings.ContainsAny(name, " .") {
		return true
	}
	return false
}

// scanEntities collects the names of the article outside quotes, with the
// role words written around their first mention.
func (d *doc) scanEntities() []entity {
	ents := d.ents[:0]
	byLast := d.byLast
	for _, s := range d.sents {
		for i := s.ts; i < s.te; i++ {
			t := &d.toks[i] // no copy: most tokens fail the first test
			if !t.has(fCap) || t.q >= 0 {
				continue // not a capitalised word (fCap is only on words)
			}
			// A capitalised sentence opener like "The" or "But" is no name,
			// nor an opening cue verb: "Said Ana Roos, ...".
			if t.has(fNonName) || i == s.ts && t.has(fCue) && i+1 < s.te && d.isCap(d.toks[i+1]) {
				continue
			}
			r, ok := d.nameAt(s, i)
			if !ok || d.commonNoun(r) {
				continue
			}
			single := r.a == r.b
			if single && t.has(fTemporal) {
				continue // "Monday", "March"
			}
			// "New figures show", "More than half said", "It's": a
			// capitalised sentence opener before a word that is no verb.
			if single && !r.hon && i == s.ts && d.openerWord(s, r) {
				continue
			}
			if single && !r.hon {
				if _, first := lex.firstName[d.lowerStr(d.toks[r.a])]; first {
					i = r.b
					continue
				}
			}
			// Most mentions repeat a known surname: find it without
			// building strings.
			key := d.lastKey(r.b)
			idx := -1
			if sir := d.sirGiven(r, ents, key, byLast); sir >= 0 {
				idx = sir
			} else if ks := byLast[string(key)]; len(ks) > 0 && single {
				idx = ks[0]
				for _, k := range ks[1:] {
					if len(ents[k].name) > len(ents[idx].name) {
						idx = k
					}
				}
			} else {
				name := d.runText(r.a, r.b)
				for _, k := range ks {
					if strings.HasSuffix(ents[k].name, name) || strings.HasSuffix(name, ents[k].name) {
						idx = k
						break
					}
				}
				if idx < 0 {
					last := string(key)
					ents = append(ents, entity{name: name, last: last, gender: r.gender, org: d.orgRun(r), place: !r.hon && (d.placePrep(s, i) || lex.place[name]), pos: t.s})
					idx = len(ents) - 1
					byLast[last] = append(byLast[last], idx)
					role, aff := d.roleAround(s, i, r)
					ents[idx].role, ents[idx].aff = role, aff
					if g := roleGender(role); ents[idx].gender == '-' {
						ents[idx].gender = g
					}
				} else if len(name) > len(ents[idx].name) {
					ents[idx].name = name
				}
			}
			if e := &ents[idx]; e.gender == '-' {
				e.gender = r.gender
			}
			if e := &ents[idx]; e.role == "" && !single {
				e.role, e.aff = d.roleAround(s, i, r)
			}
			if e := &ents[idx]; e.role == "" && e.aff == "" && r.title >= 0 {
				if d.possessive(d.toks[r.a-1]) {
					e.aff = d.runText(r.title, r.a-1) // "Oxfam's Barbara Stocking"
				} else if !d.toks[r.a-1].has(fHonorific) {
					e.role, e.aff = splitRole(d.str(d.toks[r.title].s, d.toks[r.a-1].e))
				}
			}
			// "Microsoft said it ...", "Yukos, which ...": a name that is
			// "it" to the article is an organisation, unless a given name
			// or a role already made it a man or a woman ("Mourinho said
			// it was important").
			if e := &ents[idx]; !e.org && r.gender == '-' && !r.hon && e.gender == '-' && (d.itAfter(s, r.b) || d.orgCue(s, r)) {
				e.org = true
			}
			d.mentions = append(d.mentions, mention{pos: t.s, ent: idx})
			i = r.b
		}
	}
	return ents
}

// sirGiven returns the entity a knight's given name refers to, or -1:
// "Sir Edward" after "Sir Edward Heath". key is the given name.
func (d *doc) sirGiven(r nameRun, ents []entity, key []byte, byLast map[string][]int) int {
	if r.a != r.b || !r.hon || r.a == 0 || !(d.isWord(r.a-1, "sir") || d.isWord(r.a-1, "dame")) || len(byLast[string(key)]) > 0 {
		return -1
	}
	if _, first := lex.firstName[string(key)]; !first {
		return -1
	}
	for k := len(ents) - 1; k >= 0; k-- {
		if n := ents[k].name; len(n) > len(key)+1 && n[len(key)] == ' ' && strings.EqualFold(n[:len(key)], string(key)) {
			return k
		}
	}
	return -1
}

// orgCue reports a name that the words around it mark as an organisation
// or a band rather than a person: "the Liberal Democrats", "oil giant
// Shell", "consultants Strategy Analytics", "Coldplay have announced".
func (d *doc) orgCue(s sent, r nameRun) bool {
	for i := r.a; i <= r.b; i++ {
		if _, first := lex.firstName[d.lowerStr(d.toks[i])]; first {
			return false // "the Exchequer Gordon Brown"
		}
	}
	if p := r.a - 1; p >= s.ts && d.toks[p].kind == tWord && d.toks[p].q < 0 && !d.isCap(d.toks[p]) {
		t := d.toks[p]
		// "the Kok report", "the Toshack era": a name before a noun is
		// an adjective.
		if d.isWord(p, "the") {
			n := r.b + 1
			if n >= s.te || d.toks[n].kind != tWord || d.isCap(d.toks[n]) || d.toks[n].has(fAux) || d.isWord(n, "said") || d.isWord(n, "says") {
				return true
			}
		}
		if t.has(fRole) && lex.role[t.lw] == 0 && !(r.b+1 < s.te && d.isWord(r.b+1, "and")) || orgPremod[string(d.lower(t))] {
			return true // the plural of a role noun: "analysts"
		}
	}
	if n := r.b + 1; n < s.te && (d.isWord(n, "have") || d.isWord(n, "are") || d.isWord(n, "were")) && !d.isPossessiveRun(r) {
		// Not the last of several: "Tzekos, Thanou and champion Kenteris were".
		for p := r.a - 1; p >= s.ts && r.a-p <= 8; p-- {
			if d.isWord(p, "and") || d.isPunct(p, ',') || d.isPunct(p, '&') {
				return false
			}
		}
		return true
	}
	return false
}

// isPossessiveRun reports a run ending in a possessive: "Smith's".
func (d *doc) isPossessiveRun(r nameRun) bool { return d.possessive(d.toks[r.b]) }

// orgPremod holds lowercase nouns that put an organisation's name after
// them: "oil giant Shell", "rock band Keane".
var orgPremod = map[string]bool{"firm": true, "company": true, "bank": true, "agency": true, "website": true, "newspaper": true, "paper": true, "magazine": true, "giant": true, "band": true, "group": true, "consultancy": true, "consultants": true, "maker": true, "makers": true, "carrier": true, "airline": true, "retailer": true, "chain": true, "label": true, "studio": true, "broadcaster": true, "site": true, "watchdog": true, "regulator": true, "insurer": true, "lender": true, "operator": true, "manufacturer": true, "outfit": true, "duo": true, "trio": true, "quartet": true}

// lastKey is the lower-cased last word of a name ending at token b,
// possessive dropped, in the scratch buffer; it matches lastWord.
func (d *doc) lastKey(b int) []byte {
	k := d.lower(d.toks[b])
	if n := len(k); n > 2 && k[n-2] == '\'' && k[n-1] == 's' {
		k = k[:n-2]
	} else if n > 1 && k[n-1] == '\'' {
		k = k[:n-1]
	}
	if n := len(k); n > 1 && k[n-1] == '.' {
		k = k[:n-1]
	}
	return k
}

// orgRun reports a name run that names an organisation: it holds an
// organisation word ("Ministry", "Post") or is an acronym ("HMRC").
func (d *doc) orgRun(r nameRun) bool {
	for i := r.a; i <= r.b; i++ {
		if d.toks[i].has(fOrgHead) {
			return true
		}
	}
	if r.a == r.b {
		t := d.toks[r.a]
		if n := t.e - t.s; n >= 2 && n <= 6 {
			for _, c := range d.r[t.s:t.e] {
				if !unicode.IsUpper(c) {
					return false
				}
			}
			return true
		}
	}
	return false
}

func roleGender(role string) byte {
	for _, w := range strings.Fields(strings.ToLower(role)) {
		if g := lex.role[w]; g == 'm' || g == 'f' {
			return g
		}
	}
	return '-'
}

// mentionOf returns the rune position of entity e's last mention before
// pos, looking back at most 3000 runes, or -1.
func (d *doc) mentionOf(e, pos int) int {
	for k := d.mentionBefore(pos); k >= 0 && pos-d.mentions[k].pos <= 3000; k-- {
		if d.mentions[k].ent == e {
			return d.mentions[k].pos
		}
	}
	return -1
}

// mentionBefore returns the index of the last mention before rune pos,
// or -1; mentions are in document order.
func (d *doc) mentionBefore(pos int) int {
	return sort.Search(len(d.mentions), func(m int) bool { return d.mentions[m].pos >= pos }) - 1
}

// findEntity resolves a written name to the fullest entity with the same
// last word, or -1.
func (d *doc) findEntity(name string) int {
	last := lastWord(name)
	best := -1
	for _, k := range d.byLast[last] {
		e := d.ents[k]
		if strings.HasSuffix(e.name, name) || strings.Contains(e.name, name) || strings.HasSuffix(name, e.name) {
			if best < 0 || len(e.name) > len(d.ents[best].name) {
				best = k
			}
		}
	}
	return best
}

// pronounRef resolves he/she at rune pos: the latest fitting speaker of
// the paragraph before, else the latest fitting person mentioned.
func (d *doc) pronounRef(pos int, g byte, lastSpk int) int {
	if lastSpk >= 0 {
		e := d.ents[lastSpk]
		if !e.org && (e.gender == g || e.gender == '-') {
			if p := d.paraPerson(pos, g, lastSpk); p >= 0 {
				return p
			}
			return lastSpk
		}
	}
	for k := d.mentionBefore(pos); k >= 0; k-- {
		m := d.mentions[k]
		if pos-m.pos > 3000 {
			break
		}
		e := d.ents[m.ent]
		if !e.org && !e.place && (e.gender == g || e.gender == '-') {
			return m.ent
		}
	}
	return -1
}

// paraPerson returns the person a paragraph is about when the last
// speaker is not in it: the latest fitting person it names as a subject
// before the pronoun's sentence, its gender known ("Mr Gref was keen to distance himself from Mr
// Illarionov ... he said"), or -1 when the last speaker is a subject there or
// a fitting pronoun opens the paragraph before any name ("He criticised
// Mr Brown ...").
func (d *doc) paraPerson(pos int, g byte, lastSpk int) int {
	si := d.sentIndex(d.tokAtOrAfter(pos))
	if si >= len(d.sents) {
		return -1
	}
	para := d.sents[si].para
	first := si
	for first > 0 && d.sents[first-1].para == para && d.toks[d.sents[first].ts].s > pos-2000 {
		first--
	}
	// Look back at most 2000 runes, so a paragraph-long text stays linear.
	start := d.toks[d.sents[first].ts].s
	if start < pos-2000 {
		start = pos - 2000
	}
	best, bestPos := -1, pos
	// A name in the pronoun's own sentence is mostly what was said about
	// someone: "Mr Blair has failed, he claimed".
	for k := d.mentionBefore(d.toks[d.sents[si].ts].s); k >= 0 && d.mentions[k].pos >= start; k-- {
		m := d.mentions[k]
		if m.ent == lastSpk && d.subjectMention(m.pos) {
			return -1
		}
		if e := d.ents[m.ent]; best < 0 && !e.org && !e.place && e.gender == g && d.subjectMention(m.pos) {
			best, bestPos = m.ent, m.pos
		}
	}
	if best < 0 {
		return -1
	}
	for i := d.tokAtOrAfter(start); i < len(d.toks) && d.toks[i].s < bestPos; i++ {
		if t := d.toks[i]; t.q < 0 && (g == 'm' && (d.isWord(i, "he") || d.isWord(i, "his")) || g == 'f' && (d.isWord(i, "she") || d.isWord(i, "her"))) {
			return -1
		}
	}
	return best
}

// subjectMention reports a name at rune pos with no preposition between
// it and the comma or sentence start before it: "Mr Gref, a ..., was",
// "For the Lib Dems, Vince Cable said", not "proposed by Oliver Letwin".
func (d *doc) subjectMention(pos int) bool {
	ti := d.tokAtOrAfter(pos)
	s := d.sents[d.sentIndex(ti)]
	for i := ti - 1; i >= s.ts && ti-i <= 40; i-- {
		t := d.toks[i]
		if t.q >= 0 {
			continue
		}
		if d.isPunct(i, ',') {
			return true
		}
		if t.has(fPrep) {
			return false
		}
		switch t.lw {
		case "by", "of", "to", "with", "for", "against", "about", "like", "than", "from", "into", "between":
			return false
		}
	}
	return true
}

// sentIndex returns the index of the sentence holding token i.
func (d *doc) sentIndex(i int) int {
	return sort.Search(len(d.sents), func(m int) bool { return d.sents[m].te > i })
}

// descRef resolves "the cleric" to the latest entity introduced with that
// role noun.
func (d *doc) descRef(pos int, noun string) int {
	lo := d.mentionBefore(pos)
	for k := lo; k >= 0 && lo-k < 300; k-- {
		m := d.mentions[k]
		for _, w := range strings.Fields(strings.ToLower(d.ents[m.ent].role)) {
			if w == noun {
				return m.ent
			}
		}
	}
	return -1
}

func hasUpper(s string) bool {
	for _, c := range s {
		if unicode.IsUpper(c) {
			return true
		}
	}
	return false
}

// placePrep reports a name at token i after a preposition of place: "in
// Ohio", "from Des Moines". Such a name is a place, not someone "he" or
// "she" can refer to.
func (d *doc) placePrep(s sent, i int) bool {
	if i-1 > s.ts && d.isWord(i-1, "the") {
		i-- // "in the U.S."
	}
	if i == s.ts || d.toks[i-1].kind != tWord {
		return false
	}
	switch d.toks[i-1].lw {
	case "in", "at", "from", "across", "near", "throughout", "into", "outside", "inside", "toward", "towards":
		return true
	}
	return false
}

// openerWord reports a one-word run opening sentence s that reads as a
// capitalised common word, not a name: the word after it is lowercase and
// no verb ("New figures", "More than"), or it is "It's".
func (d *doc) openerWord(s sent, r nameRun) bool {
	w := string(d.lower(d.toks[r.a]))
	if strings.HasPrefix(w, "it'") || strings.HasPrefix(w, "it’") {
		return true
	}
	if _, first := lex.firstName[w]; first || r.b+1 >= s.te {
		return false
	}
	n := d.toks[r.b+1]
	if n.kind != tWord || n.q >= 0 || d.isCap(n) {
		return false
	}
	if n.has(fFinding) && lex.finding[n.lw] {
		return true // "New figures show": a noun, though "figures" can be a verb
	}
	return !d.verbish(n) && !n.has(fAux|fCue) && !d.possessive(d.toks[r.a])
}

// itAfter reports a name ending at token b that the sentence goes on to
// call "it": "Sony said it would ...", "Sony, which makes ...".
func (d *doc) itAfter(s sent, b int) bool {
	k := b + 1
	if k+1 < s.te && d.isPunct(k, ',') && d.isWord(k+1, "which") {
		return true
	}
	for k < s.te && k-b <= 3 && d.toks[k].kind == tWord && (d.toks[k].has(fAux) || d.adverb(d.toks[k])) {
		k++
	}
	if k >= s.te || !d.toks[k].has(fCue) || d.isCap(d.toks[k]) {
		return false
	}
	k++
	if k < s.te && d.isWord(k, "that") {
		k++
	}
	if k >= s.te || d.toks[k].kind != tWord {
		return false
	}
	w := string(d.lower(d.toks[k]))
	return w == "it" || w == "its" || w == "it's" || w == "it’s"
}
