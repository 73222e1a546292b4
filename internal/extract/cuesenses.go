package extract

import (
	"unicode"
)

// Sense tests cueAt runs on particular cue words (intent verbs, know, see, add, call, state, decline, thanks, figure, claim, seek): uses that report no saying.

// intentTo reports a verb of intent or hope before an infinitive or a
// name opening its clause: "Lind hopes to win", "Holm hopes Roos wins";
// and a call with its preposition: "Lind calls for a ban".
func (d *doc) intentTo(s sent, i int, e cueEntry) bool {
	switch e.lemma {
	case "hope", "vow", "pledge", "promise", "threaten", "call":
	default:
		return false
	}
	if e.lemma == "call" {
		// "Lind calls for a ban"; "Democratic calls for" are a noun.
		switch string(d.lower(d.toks[i-1])) {
		case "democratic", "republican", "gop", "conservative", "liberal", "progressive":
			return false
		}
		return d.isWord(i+1, "for") || d.isWord(i+1, "on")
	}
	return d.isWord(i+1, "to") || e.lemma == "hope" && d.namedObject(s, i+1)
}

// namedObject reports a name or a number right after "calls": "Lind
// calls Bergen her home", "State calls 22 emails secret" ("Democratic
// calls for" is a noun).
func (d *doc) namedObject(s sent, k int) bool {
	t := d.toks[k]
	if t.kind != tWord || t.q >= 0 || t.has(fStop|fPrep) {
		return false
	}
	return d.isCap(t) || unicode.IsDigit(d.r[t.s])
}

// namingParticiple reports "a party called Anti-Prom", "a group named
// Color of Change": a participle naming a thing, not someone calling.
func (d *doc) namingParticiple(s sent, i int, e cueEntry) bool {
	switch e.lemma {
	case "call", "name", "dub", "title", "label":
	default:
		return false
	}
	if e.ing || d.toks[i].lw == e.lemma || i-2 < s.ts {
		return false
	}
	p := d.toks[i-1]
	if p.kind != tWord || p.q >= 0 || d.isCap(p) || p.has(fPronoun|fAux) {
		return false
	}
	for k := i - 2; k >= s.ts && i-k <= 4; k-- {
		if d.isWord(k, "a") || d.isWord(k, "an") {
			return true
		}
		if d.toks[k].kind != tWord {
			return false
		}
	}
	return false
}

// knowBlocked reports uses of "know" that report no knowledge: "You
// know,", "knew what that meant". ("known as X" is a reduced passive.)
func (d *doc) knowBlocked(s sent, i int) bool {
	if i+1 >= s.te {
		return true
	}
	n := d.toks[i+1]
	if n.kind != tWord {
		return true
	}
	switch string(d.lower(n)) {
	case "how", "what", "why", "where", "when", "who", "about", "him", "her", "them", "it":
		return true
	}
	return false
}

// seeAsStance reports "see" as a view, not sight: "sees that the tide
// has turned", "see the deal as a mistake", "what he sees as", "saw it
// differently".
func (d *doc) seeAsStance(s sent, i int) bool {
	if i+1 < s.te && d.isWord(i+1, "that") {
		return true
	}
	for k := i + 1; k < s.te && k-i <= 10; k++ {
		t := d.toks[k]
		if t.kind != tWord || t.q >= 0 {
			return false
		}
		switch string(d.lower(t)) {
		case "as", "differently", "otherwise":
			return true
		}
	}
	return false
}

// addsThings reports "add" with an object or "to": "adding to her lead",
// "added 160 officers", "adds another twist". Said words follow "add"
// as a clause, a quote or a colon, or stand before it.
func (d *doc) addsThings(s sent, i int) bool {
	if i+1 >= s.te {
		return false
	}
	n := d.toks[i+1]
	if n.kind != tWord || n.q >= 0 {
		return false
	}
	// "“Q,” added a Bergen Democrat": after a quote the verb is inverted
	// and what follows is its speaker.
	if p := i - 1; p >= s.ts && (d.toks[p].kind == tCloseQ || d.isPunct(p, ',') && p-1 >= s.ts && d.toks[p-1].kind == tCloseQ) {
		return false
	}
	if unicode.IsDigit(d.r[n.s]) {
		return true
	}
	switch string(d.lower(n)) {
	case "to", "up", "another", "a", "an", "the", "more", "new", "some", "his", "her", "its", "their", "fuel", "weight", "insult":
		return true
	}
	return false
}

// particleUse reports forms used otherwise: "back to the question",
// "backing up their claims", "pledged delegates".
func (d *doc) particleUse(s sent, i int, e cueEntry) bool {
	if i+1 >= s.te || d.toks[i+1].kind != tWord {
		return false
	}
	n := string(d.lower(d.toks[i+1]))
	switch e.lemma {
	case "back":
		switch n {
		case "to", "in", "on", "into", "from", "home", "up", "down", "off", "out", "away", "then", "when":
			return true
		}
	case "pledge":
		return n == "delegates" || n == "delegate"
	case "go":
		// "she went on: “…”", "“…,” she went on.", not "went on to win".
		return i+2 < s.te && d.toks[i+2].kind != tPunct && d.toks[i+2].kind != tOpenQ
	case "think":
		return n == "tank" || n == "tanks"
	case "show":
		return n == "up" // "voters showed up": they came, said nothing
	case "speak":
		// "spoke on condition of anonymity", "spoke on behalf of": the
		// terms of speaking, not its topic.
		if n == "on" && i+2 < s.te {
			k := i + 2
			if d.isWord(k, "the") && k+1 < s.te {
				k++
			}
			w := string(d.lower(d.toks[k]))
			return w == "condition" || w == "behalf"
		}
	case "want":
		// "may want to check his stats": advice, not a wish reported.
		if i > s.ts && d.toks[i-1].kind == tWord {
			switch string(d.lower(d.toks[i-1])) {
			case "may", "might", "could", "’ll", "'ll":
				return true
			}
		}
	case "press":
		return pressNoun(n)
	case "comment", "return":
		// "did not respond to a request for comment": no one spoke.
		for k := i - 1; k >= s.ts && i-k <= 3 && d.toks[k].kind == tWord; k-- {
			switch string(d.lower(d.toks[k])) {
			case "not", "never", "didn't", "didn’t", "hasn't", "hasn’t", "haven't", "haven’t", "wasn't", "wasn’t", "couldn't", "couldn’t":
				return true
			}
		}
	}
	return false
}

// pressNoun reports a noun that "press" modifies: "press secretary".
func pressNoun(w string) bool {
	switch w {
	case "secretary", "secretaries", "conference", "conferences", "release", "releases", "briefing", "briefings", "corps", "office", "aide", "aides", "officer", "coverage", "freedom", "gallery", "pool", "call", "availability", "team", "staff":
		return true
	}
	return false
}

// findsClause reports "find" with a finding: "found that ...", "found
// they could not ...", or a poll or study that finds anything. "found
// itself at the center", "find a way" are no report.
func (d *doc) findsClause(s sent, i int) bool {
	if i+1 >= s.te || d.toks[i+1].kind == tPunct {
		return true // "..., the poll found.": what was found comes first
	}
	if d.toks[i+1].kind != tWord {
		return false
	}
	n := string(d.lower(d.toks[i+1]))
	if n == "that" {
		return true
	}
	// "a new poll finds Lind ahead", "a survey by the group in March
	// found Lind ahead": a poll in the subject, before any comma.
	for k := i - 1; k >= s.ts && i-k <= 10 && !d.isPunct(k, ',') && !d.isPunct(k, ';'); k-- {
		if t := d.toks[k]; t.kind == tWord && t.has(fFinding) && lex.finding[t.lw] {
			return true
		}
	}
	switch n {
	case "he", "she", "they", "we", "it", "i", "there":
		return i+2 < s.te && d.toks[i+2].kind == tWord && (finiteAux[d.toks[i+2].lw] || d.verbish(d.toks[i+2]))
	}
	return false
}

// stateAdjective reports a lowercase "state" before a title or a name:
// "state Sen. Ana Roos", "the state prosecutor Per Holm".
func (d *doc) stateAdjective(i int) bool {
	t := d.toks[i]
	if t.e-t.s != 5 || t.lw != "state" || i+1 >= len(d.toks) {
		return false
	}
	n := d.toks[i+1]
	return n.kind == tWord && n.q < 0 && (d.isCap(n) || n.has(fRole|fHonorific))
}

// declineFalls reports "decline" meaning to fall: "declined 40 percent",
// "has declined significantly", "would decline by four points", "fell
// and declined in every state", not a refusal ("declined to comment",
// "declined an interview").
func (d *doc) declineFalls(s sent, i int) bool {
	k := i + 1
	if k >= s.te || d.toks[k].kind != tWord || d.toks[k].q >= 0 {
		return false
	}
	t := d.toks[k]
	if d.numberWord(t) || unicode.IsDigit(d.r[t.s]) || d.adverb(t) {
		return true
	}
	switch t.lw {
	case "by", "in", "from", "sharply", "slightly":
		return true
	}
	return false
}

// thanksTo reports "thanks" at i before "to", after a few words of
// degree ("thanks in part to", "thanks largely to").
func (d *doc) thanksTo(s sent, i int) bool {
	for k := i + 1; k < s.te && k-i <= 3; k++ {
		if d.isWord(k, "to") {
			return true
		}
		t := d.toks[k]
		if t.kind != tWord || d.adverb(t) {
			if t.kind != tWord {
				return false
			}
			continue
		}
		switch string(d.lower(t)) {
		case "in", "part", "only":
		default:
			return false
		}
	}
	return false
}

// figuresThat reports "figure" taking a clause, as a belief: "Lind
// figures that ...", "trying to figure out why ...", not "figured in
// the scandal", "will figure prominently" or "party figures".
func (d *doc) figuresThat(s sent, i int) bool {
	k := i + 1
	if k >= s.te {
		return false
	}
	if d.opensClause(d.toks[k]) {
		return true
	}
	if k+1 < s.te && d.isWord(k, "out") {
		switch string(d.lower(d.toks[k+1])) {
		case "why", "how", "what", "whether", "who", "where", "when", "if":
			return true
		}
	}
	return false
}

// placedPassive reports a passive "called" or "posted" that names no
// one's words: a race called ("after the race was called", "Texas was
// called for Cruz"), a thing posted somewhere ("was posted on the site",
// "was posted at the door").
func (d *doc) placedPassive(s sent, i int, e cueEntry) bool {
	if w := d.toks[i].lw; w != "called" && w != "posted" || i-1 < s.ts || !d.beForm(d.toks[i-1]) {
		return false
	}
	k := i + 1
	if k >= s.te || d.toks[k].kind == tPunct && d.toks[k].q < 0 {
		for m := i - 2; m >= s.ts && i-m <= 5; m-- {
			if d.isWord(m, "as") || d.isWord(m, "what") {
				return false // "as the bill is called": a name
			}
		}
		return e.lemma == "call"
	}
	t := d.toks[k]
	if t.kind != tWord || t.q >= 0 {
		return false
	}
	if e.lemma == "call" {
		return t.lw == "for" || t.has(fTemporal)
	}
	return t.lw == "on" || t.lw == "at" || t.lw == "from" || t.lw == "in" || t.lw == "to"
}

// claimsWin reports "claim" taking a prize, not a statement: "claimed
// victory", "claiming 41 percent of the vote", "to claim the
// nomination", "claims more territory".
func (d *doc) claimsWin(s sent, i int) bool {
	for k := i + 1; k < s.te && k-i <= 4; k++ {
		t := d.toks[k]
		if t.kind != tWord || t.q >= 0 || t.lw == "that" {
			return false
		}
		switch string(d.lower(t)) {
		case "victory", "victories", "win", "wins", "nomination", "prize", "territory", "seat", "seats", "title", "residency", "responsibility", "mantle", "percent", "crown":
			return true
		}
	}
	return false
}

// officeOrFigures reports "seek" running for an office ("seeking the
// presidency", "is seeking reelection") and "report" giving figures
// ("reported $2.17 billion in revenue", "reported earnings of $8 a
// share"): no one's view.
func (d *doc) officeOrFigures(s sent, i int, e cueEntry) bool {
	for k := i + 1; k < s.te && k-i <= 3; k++ {
		t := d.toks[k]
		if e.lemma == "report" && k == i+1 && (d.isPunct(k, '$') || unicode.IsDigit(d.r[t.s])) {
			return true
		}
		if t.kind != tWord || t.q >= 0 || t.lw == "that" || t.lw == "to" {
			return false
		}
		w := string(d.lower(t))
		if e.lemma == "seek" {
			switch w {
			case "presidency", "nomination", "office", "reelection", "re-election", "governorship", "seat":
				return true
			case "white":
				return k+1 < s.te && string(d.lower(d.toks[k+1])) == "house"
			}
			continue
		}
		switch w {
		case "earnings", "revenue", "revenues", "profit", "profits", "sales":
			return true
		}
	}
	return false
}
