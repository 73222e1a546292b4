package extract

import (
	"strings"
)

// Participle and infinitive cues: reduced relatives, leading and absolute phrases, "asked" asides, control and causative verbs, documents a speaker puts out.

// leadQuestion reports a passive cue opening the sentence: "Asked
// whether he would run, ...", "When asked by Lind about taxes, ...".
func (d *doc) leadQuestion(s sent, c int, e cueEntry) bool {
	if e.ing || d.lowerStr(d.toks[c]) == e.lemma {
		return false
	}
	if c == s.ts {
		return true
	}
	return c-1 == s.ts && (d.isWord(s.ts, "when") || d.isWord(s.ts, "after") || d.isWord(s.ts, "once") || d.isWord(s.ts, "if"))
}

// askedFirst reads the question of a leading passive cue up to its
// comma. It is reported with no speaker of its own ("Asked whether he
// would run, Smith said ..."), unless an agent asks it ("When asked by
// Lind about taxes, ...").
func (d *doc) askedFirst(s sent, c int, f frame) (frame, bool) {
	a := c + 1
	if a < s.te && d.isWord(a, "by") {
		if b := d.rightNP(s, a+1); b >= 0 {
			f.srcS, f.srcE = a+1, b
			a = b + 1
		}
	}
	for k := a; k < s.te && k-c < 40; k++ {
		if d.isPunct(k, ',') {
			if k-1 >= a && d.setContent(&f, a, k-1) {
				f.conf = 0.5
				return f, true
			}
			break
		}
	}
	return f, false
}

// askedAside reports "when asked" inside a sentence: "“No,” she said
// when asked whether ...", "Lind, when asked about taxes, laughed".
func (d *doc) askedAside(s sent, c int, e cueEntry) bool {
	if e.lemma != "ask" || c-1 <= s.ts || string(d.lower(d.toks[c])) != "asked" {
		return false
	}
	switch string(d.lower(d.toks[c-1])) {
	case "when", "after", "once":
		return c+1 < s.te && d.toks[c+1].kind == tWord
	}
	return false
}

// askedMid reads the question after a "when asked" aside up to its
// comma or the sentence end. PolNeAR holds it with no speaker, unless an
// agent asks it ("when asked by a reporter if ...").
func (d *doc) askedMid(s sent, c int, f frame) (frame, bool) {
	a := c + 1
	if d.isWord(a, "by") {
		b := d.rightNP(s, a+1)
		if b < 0 {
			return f, false
		}
		f.srcS, f.srcE = a+1, b
		a = b + 1
	}
	k := a
	for k < s.te && k-c < 60 && !d.isPunct(k, ',') && !d.isPunct(k, ';') && d.toks[k].kind != tOpenQ {
		k++
	}
	if !d.setContent(&f, a, k-1) {
		return f, false
	}
	f.conf = 0.5
	return f, true
}

// reducedRelative reports a participle of knowing or seeing right after
// a noun, with no auxiliary, followed by "as", "to", "for" or "in": "a
// state seen as critical", "a fund once known for its ties".
func (d *doc) reducedRelative(s sent, j, c int, e cueEntry) bool {
	switch e.lemma {
	case "know", "see", "intend", "expect", "learn", "consider", "regard", "view", "deem", "label", "think", "believe", "show":
	default:
		return false
	}
	w := d.lowerStr(d.toks[c])
	if w == e.lemma || !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "n") && w != "thought" {
		return false
	}
	for k := j + 1; k < c; k++ {
		if d.toks[k].has(fAux) && !d.adverb(d.toks[k]) && !d.isWord(k, "once") {
			return false
		}
	}
	if c+1 >= s.te || !(d.isWord(c+1, "as") || d.isWord(c+1, "to") || d.isWord(c+1, "for") || d.isWord(c+1, "in")) {
		return false
	}
	t := d.toks[j]
	return t.kind == tWord && t.q < 0 && !t.has(fPronoun|fStop|fAux) && !d.pronounClitic(j)
}

// accusedOf reports "the man accused of C", "Lind Accused Of C": a
// passive participle right after a plain noun, whose accuser is unnamed.
func (d *doc) accusedOf(s sent, j, c int, e cueEntry) bool {
	if e.lemma != "accuse" || c+1 >= s.te || !d.isWord(c+1, "of") || string(d.lower(d.toks[c])) != "accused" {
		return false
	}
	t := d.toks[j]
	return t.kind == tWord && t.q < 0 && !t.has(fPronoun|fStop|fAux|fPrep) && !d.pronounClitic(j)
}

// agentParticiple reports a participle at c after the plain word j and
// before "by" and a noun: "the facts reported by the agency". "by"
// before an -ing form ("responded by saying") or a share ("say by 55%")
// stays a report.
func (d *doc) agentParticiple(s sent, j, c int, e cueEntry) bool {
	if e.ing || experiencer(e.lemma) || c+2 >= s.te || !d.isWord(c+1, "by") {
		return false
	}
	w := string(d.lower(d.toks[c]))
	if w == e.lemma || strings.HasSuffix(w, "s") {
		return false
	}
	n, p := d.toks[c+2], d.toks[j]
	if n.kind != tWord || d.ingWord(n) || d.numberWord(n) || medium(string(d.lower(n))) {
		return false
	}
	return p.kind == tWord && p.q < 0 && !p.has(fStop|fPronoun|fAux)
}

// medium reports a means of speaking after "by": "said by telephone".
func medium(w string) bool {
	switch w {
	case "telephone", "phone", "email", "e-mail", "text", "letter", "video", "videolink", "satellite", "fax", "skype":
		return true
	}
	return false
}

// experiencer reports cues whose passive names the one who feels:
// "Leaders are worried that ...", "she is persuaded of ...".
func experiencer(lemma string) bool {
	switch lemma {
	case "worry", "persuade", "convince", "assure", "concern":
		return true
	}
	return false
}

// leadingPhrase reports a participle at c opening the sentence after
// a preposition: "After talking ...", "Instead of calling ...".
func (d *doc) leadingPhrase(s sent, c int) bool {
	a := d.clauseStart(s)
	if c-a < 1 || c-a > 4 {
		return false
	}
	// "Eight years after backing ...": a span of time may come first.
	if d.spanOpener(a, c) {
		for a < c-1 && d.agoWord(d.toks[a]) {
			a++
		}
	}
	for k := a; k < c; k++ {
		switch string(d.lower(d.toks[k])) {
		case "after", "before", "while", "when", "since", "upon", "by", "instead", "of", "in", "without", "despite":
		default:
			return false
		}
	}
	return true
}

// openerSubject returns the main clause's subject after an opening
// participle phrase at cue c whose words subject cannot read past: a
// quote or a relative clause inside the phrase ("While denouncing the
// “perversion” of X, she ...", "After thanking the crowd, which chanted
// his name, he ..."), or -1.
func (d *doc) openerSubject(s sent, c int) (int, int) {
	if !d.leadingPhrase(s, c) {
		return -1, -1
	}
	for k := c + 1; k+1 < s.te && k-c < 40; k++ {
		t := d.toks[k]
		if t.q >= 0 || t.kind != tPunct || !d.isPunct(k, ',') {
			continue
		}
		if n := d.toks[k+1]; n.kind == tWord && (n.lw == "which" || n.lw == "who" || n.lw == "whom" || n.lw == "where") {
			continue // a relative clause inside the phrase
		}
		if a, b := d.subjectAt(s, k+1, s.te); a >= 0 && b+1 < s.te && d.toks[b+1].kind == tWord {
			return a, b
		}
		return -1, -1
	}
	return -1, -1
}

// mediumNoun reports a noun for a written thing that carries words: a
// participle of saying right after it is its own ("a sign saying",
// "an editorial telling him"). A statement, release or tweet someone
// "put out" stays the sender's.
func mediumNoun(w string) bool {
	switch w {
	case "sign", "signs", "banner", "banners", "placard", "placards", "poster", "posters", "sticker", "stickers", "shirt", "shirts", "t-shirt", "t-shirts",
		"headline", "headlines", "editorial", "editorials", "item", "email", "emails", "e-mail", "e-mails", "caption", "billboard", "billboards",
		"flier", "fliers", "flyer", "flyers", "leaflet", "leaflets", "mailer", "mailers":
		return true
	}
	return false
}

// lender returns the sentence's last frame whose speaker a participle or
// a coordinated verb may borrow, or nil: one with a source that opens no
// subordinate clause ("deciding whether X could question Roos but
// said": not X).
func (d *doc) lender(s sent, same []frame, limit int) *frame {
	for i := len(same) - 1; i >= 0; i-- {
		p := &same[i]
		if p.srcS < 0 {
			continue
		}
		// "Ana Roos, who has backed X, offered Y, stressing": a relative
		// clause closed before the participle lends it nothing.
		if (d.relPronoun(p.srcS) || d.isWord(p.srcS, "that")) && d.commaBetween(p.cueE, limit) {
			continue
		}
		if k := p.srcS - 1; k >= s.ts && d.toks[k].kind == tWord {
			switch d.toks[k].lw {
			case "whether", "if", "because", "that", "since", "although", "though", "how", "why":
				continue
			case "while", "when", "as", "after", "before", "once", "unless", "until", "where", "whereas":
				// "While X called for ..., Trump hewed ..., noting": the
				// main clause's subject, when one follows the clause.
				if a, _ := d.subject(s, limit); a > p.cueE {
					continue
				}
			}
		}
		return p
	}
	return nil
}

// possessorOnly reports an earlier frame of a noun cue held by a
// possessor ("escalated her attacks on X, criticizing"), when the
// sentence opens with a subject of its own: the participle's is that.
func (d *doc) possessorOnly(s sent, p frame, limit int) bool {
	if !p.entry.noun || p.srcS < 0 || p.srcE-p.srcS > 3 {
		return false
	}
	if p.srcS != p.srcE && !d.possessive(d.toks[p.srcE]) {
		return false // a longer possessor ("Mr. Holm’s") ends in its mark
	}
	switch t := d.toks[p.srcE]; t.lw {
	case "his", "her", "their", "its", "our", "my":
	default:
		if !d.possessive(t) {
			return false
		}
	}
	a, _ := d.subject(s, limit)
	return a >= 0 && a < p.srcS
}

// withSubject returns the subject of an absolute phrase holding the
// participle c: "with other candidates and a columnist suggesting",
// "with officials underlining X and vowing ...", or -1, -1.
func (d *doc) withSubject(s sent, c int) (int, int) {
	for w := c - 2; w >= s.ts && c-w < 30; w-- {
		if d.isPunct(w, ';') {
			return -1, -1
		}
		if !d.isWord(w, "with") {
			continue
		}
		// An absolute phrase is set off: ", with ..." ("ads with both
		// outlets reminding" is a noun's).
		if w > s.ts && !d.isPunct(w-1, ',') && !d.isPunct(w-1, '—') {
			return -1, -1
		}
		// The subject runs to the first participle.
		p := w + 1
		for p < c && p-w < 10 && d.toks[p].kind == tWord && !d.participle(d.toks[p]) {
			p++
		}
		// The cue itself may be the first participle ("with marchers
		// chanting “Q”").
		if p == w+1 || p != c && !d.participle(d.toks[p]) {
			return -1, -1
		}
		if p < c && !d.isWord(c-1, "and") && !d.isPunct(c-1, ',') {
			return -1, -1
		}
		return w + 1, p - 1
	}
	return -1, -1
}

// withBefore returns the "with" that opens a short absolute phrase ending
// at the participle c ("with 50 percent saying"), or -1.
func (d *doc) withBefore(s sent, c int) int {
	for k := c - 2; k >= s.ts && c-k <= 5; k-- {
		t := d.toks[k]
		if t.kind != tWord || t.q >= 0 {
			return -1
		}
		if t.lw == "with" || d.isWord(k, "with") {
			return k
		}
	}
	return -1
}

// controlVerb holds verbs whose infinitive shares their subject: "Berg
// seemed to suggest", "he is trying to persuade", "began to argue",
// "has begun to rebut", "failed to mention", "has yet to endorse".
var controlVerb = map[string]bool{
	"seemed": true, "seems": true, "seem": true, "appeared": true, "appears": true, "appear": true,
	"trying": true, "tried": true, "try": true, "tries": true, "began": true, "begin": true, "begins": true,
	"started": true, "continued": true, "continues": true, "continue": true, "attempted": true,
	"sought": true, "refused": true, "decided": true, "wanted": true, "wants": true, "hoped": true,
	"planned": true, "plans": true, "needed": true, "needs": true,
	"begun": true, "managed": true, "failed": true, "fails": true,
	"struggled": true, "struggles": true, "struggling": true, "chose": true, "chosen": true,
	"like": true, "likes": true, "liked": true, "yet": true,
	// Adjectives that pass their subject on: "voters are more likely to
	// say", "Lind was quick to say".
	"likely": true, "quick": true, "eager": true, "willing": true, "prompted": true,
	"pivoted": true, "taken": true, "back": true, "addition": true, "devoted": true, "dedicated": true, "resorted": true,
	"continuing": true, "reluctant": true, "inclined": true, "careful": true, "hesitant": true, "pains": true,
}

// reducedNaming reports "called" or "dubbed" naming an object noun:
// "formed a group called Our Principles", "in a speech dubbed ...". After
// a sentence's subject ("Trump called him a liar") it is the verb.
func (d *doc) reducedNaming(s sent, c int) bool {
	if !d.isWord(c, "called") && !d.isWord(c, "dubbed") || c+1 >= s.te {
		return false
	}
	if n := d.toks[c+1]; n.has(fPrep) || n.lw == "for" || n.kind == tWord && strings.Contains(" upon off out up ", " "+string(d.lower(n))+" ") {
		return false // "the union called for a strike"
	}
	h := d.leftNP(s, c-1)
	if h <= s.ts || d.toks[h].has(fPronoun) || d.isCap(d.toks[c-1]) {
		return false
	}
	p := d.toks[h-1]
	return p.kind == tWord && p.q < 0 && (p.has(fPrep) || d.verbish(p) || p.lw == "of" || p.lw == "with" || p.lw == "to")
}

// sentDoc holds nouns for what someone issues or sends.
var sentDoc = map[string]bool{"statement": true, "letter": true, "email": true, "e-mail": true, "memo": true, "release": true, "note": true}

// sendVerb holds verbs by which someone puts out a statement or letter.
var sendVerb = map[string]bool{"issued": true, "released": true, "sent": true, "posted": true, "published": true, "circulated": true, "issues": true, "releases": true, "sends": true}

// senderOf returns the subject of the verb that issues the statement or
// letter at a..b, when a participle after it reports what it says: "The
// town released a statement saying C", "Lind sent a letter urging C".
// It returns -1, -1 otherwise.
func (d *doc) senderOf(s sent, a, b int) (int, int) {
	v := a - 1
	if v <= s.ts || d.toks[v].kind != tWord || d.toks[b].kind != tWord || !sentDoc[string(d.lower(d.toks[b]))] || !sendVerb[string(d.lower(d.toks[v]))] {
		return -1, -1
	}
	if h := d.leftNP(s, v-1); h >= 0 && d.toks[v-1].kind == tWord {
		return h, v - 1
	}
	if x, y := d.subject(s, v); x >= 0 && y < v {
		return x, y
	}
	return -1, -1
}

// absoluteSpeaker reports a participle c whose absolute phrase names
// its own subject right before it: ", with Senator Lind calling it C".
func (d *doc) absoluteSpeaker(s sent, c int) bool {
	a, b := d.withSubject(s, c)
	return a >= 0 && b == c-1
}

// causativeBefore returns the causative verb before the object ending at
// "to" (k): "led some to speculate", "prompted Sen. Lind to declare",
// "leading party officials to question"; -1 if there is none.
func (d *doc) causativeBefore(s sent, k int) int {
	for v := k - 1; v >= s.ts && k-v <= 9; v-- {
		t := d.toks[v]
		if t.kind != tWord || t.q >= 0 {
			return -1
		}
		if v < k-1 && !d.isCap(t) {
			switch string(d.lower(t)) {
			case "led", "leads", "lead", "leading", "leaving", "leaves", "prompted", "prompts", "prompting", "caused", "causes", "causing", "spurred", "spurs", "drove", "drives", "driving":
				return v
			}
		}
		if t.has(fPrep) && !d.isWord(v, "of") || t.has(fCue) || d.relPronoun(v) || d.isWord(v, "that") || d.isWord(v, "and") {
			return -1
		}
	}
	return -1
}

// objectControlFrame builds the frame of a cue whose speaker is the
// causative's object (a..b): "The loss led Lind to declare that C".
func (d *doc) objectControlFrame(si int, f frame, c, a, b int) (frame, bool) {
	s := d.sents[si]
	f.srcS, f.srcE = a, b
	start := c + 1
	if p := d.boundPrep(s, c, f.entry); len(f.entry.preps) > 0 && p >= 0 {
		f.cueE, start = p, p+1
	}
	if !d.afterContent(si, &f, start) {
		return f, false
	}
	f.conf = 0.5
	return f, true
}

// docIng reports a participle cue at i right after a document put out by
// someone and before what it says: "released a statement Tuesday
// questioning whether C", "filed a lawsuit alleging that C".
func (d *doc) docIng(s sent, i int) bool {
	if i+1 >= s.te || d.toks[i+1].kind != tWord {
		return false
	}
	switch string(d.lower(d.toks[i+1])) {
	case "that", "whether", "how", "what", "why":
	default:
		return false
	}
	a, _ := d.docSender(s, i)
	return a >= 0
}

// docSender returns the subject of the verb putting out the document
// that the participle at c follows ("The ACLU released a statement
// Tuesday questioning ...": The ACLU), or -1, -1.
func (d *doc) docSender(s sent, c int) (int, int) {
	n := -1
	for k := c - 1; k > s.ts && c-k <= 5; k-- {
		t := d.toks[k]
		if t.kind != tWord || t.q >= 0 {
			return -1, -1
		}
		if docNoun[string(d.lower(t))] {
			n = k
			break
		}
	}
	if n < 0 {
		return -1, -1
	}
	// Back over the document's determiner and modifiers to its verb.
	for v := n - 1; v > s.ts && n-v <= 5; v-- {
		t := d.toks[v]
		if t.kind != tWord || t.q >= 0 {
			return -1, -1
		}
		if w := string(d.lower(t)); sendVerb[w] || w == "filed" || w == "planted" || w == "wrote" || w == "authored" || w == "co-authored" {
			u := v - 1
			if u > s.ts && d.adverb(d.toks[u]) {
				u-- // "who recently wrote a paper"
			}
			if d.relPronoun(u) {
				return u, u // "the ACLU, which released a statement ..."
			}
			if h := d.leftNP(s, u); h >= 0 {
				return h, u
			}
			if x, y := d.subject(s, v); x >= 0 && y < v {
				return x, y
			}
			return -1, -1
		}
	}
	return -1, -1
}

// docNoun holds documents whose participle reports what they say.
var docNoun = map[string]bool{"statement": true, "statements": true, "letter": true, "email": true, "e-mail": true, "memo": true, "lawsuit": true, "suit": true, "complaint": true, "article": true, "articles": true, "paper": true, "report": true}

// stanceAgent reads a stance participle after its noun and before "by"
// and its agent: "an allegation rejected by two inquiries", "a measure
// strongly opposed by unions", "the bill, opposed by X,". The noun
// phrase is the content; the agent is the source.
func (d *doc) stanceAgent(s sent, c int, e cueEntry, f frame) (frame, bool) {
	if e.ing || c+2 >= s.te || !d.isWord(c+1, "by") || !stanceLemma(e.lemma) {
		return f, false
	}
	t := d.toks[c]
	if d.r[t.e-1] != 'd' || d.lowerStr(t) == e.lemma {
		return f, false
	}
	k := c - 1
	for k > s.ts && (d.adverb(d.toks[k]) || d.isWord(k, "later") || d.isWord(k, "also") || d.isWord(k, "widely")) {
		k--
	}
	if k > s.ts && d.isPunct(k, ',') {
		k--
	}
	if k < s.ts {
		return f, false
	}
	n := d.toks[k]
	if n.kind != tWord || n.q >= 0 || n.has(fStop|fPronoun|fPrep) || n.has(fAux) && beHave(string(d.lower(n))) || d.numberWord(d.toks[c+2]) {
		return f, false
	}
	h := d.leftNP(s, k)
	b := d.rightNP(s, c+2)
	if h < 0 || b < 0 {
		return f, false
	}
	f.srcS, f.srcE = c+2, b
	f.cueS, f.cueE = c, c+1
	f.spans = append(f.spans, d.tokSpan(h, k))
	f.conf = 0.5
	return f, true
}

// stanceLemma reports cues of judging whose passive participle after a
// noun carries the agent's stance: "a plan opposed by X".
func stanceLemma(l string) bool {
	switch l {
	case "oppose", "criticize", "criticise", "reject", "echo", "confirm", "denounce", "condemn", "decry", "excoriate", "praise", "applaud", "dispute", "deny":
		return true
	}
	return false
}

// beHave reports a form of "be" or "have" or a negation: "was opposed
// by", "had been rejected by" are passives, not a noun's participle.
func beHave(w string) bool {
	switch w {
	case "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "not", "never", "'s", "’s":
		return true
	}
	return false
}
