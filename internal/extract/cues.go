package extract

import (
	"strings"
	"unicode"
)

// cueAt reports whether token i of sentence s is an attribution cue, with
// its entry. "according to" is one cue of two tokens.
func (d *doc) cueAt(s sent, i int) (cueEntry, int, bool) {
	t := d.toks[i]
	if t.kind != tWord || t.q >= 0 {
		return cueEntry{}, 0, false
	}
	w := t.lw // every cue form is interned
	if !t.has(fCue) && w != "according" {
		return cueEntry{}, 0, false
	}
	if w == "according" && i+1 < s.te && d.toks[i+1].kind == tWord && d.lowerStr(d.toks[i+1]) == "to" {
		return cueEntry{lemma: "according to"}, 2, true
	}
	e, ok := lex.cues[w]
	if !ok {
		return cueEntry{}, 0, false
	}
	// "the industry's decline", "Trump's calling her a bigot": after a
	// noun's possessive a cue form is a noun. A participle may still
	// report ("the alliance's recommended 2 percent").
	if i > s.ts && !(t.e-t.s > 3 && d.r[t.e-2] == 'e' && d.r[t.e-1] == 'd') && d.nounPossessive(i-1) {
		return cueEntry{}, 0, false
	}
	if w == "quoted" && i+2 < s.te && d.isWord(i+1, "as") {
		return cueEntry{}, 0, false // the cue is the "saying" that follows
	}
	// "state Sen. Ana Roos", "state prosecutor Per Holm": the adjective
	// before a title or a name.
	if d.stateAdjective(i) {
		return cueEntry{}, 0, false
	}
	// "what the campaign calls “Q”", "which Holm calls “Q”": a name
	// given in quotes makes the -s form the verb.
	if t.lw == "calls" && !d.isCap(t) && i+1 < s.te && i > s.ts && d.toks[i+1].kind == tOpenQ && d.toks[i-1].kind == tWord && !d.toks[i-1].has(fNounBlock|fPrep) && d.relativeAhead(s, i) {
		return e, 1, true
	}
	// "United States", "the Post": a capital mid-sentence is a name,
	// except in a title-case headline ("Grassley Says Vote Was Rigged").
	if d.isCap(t) && i > s.ts && d.toks[i-1].kind != tOpenQ && !d.titleCase(s) {
		return cueEntry{}, 0, false
	}
	// "the report", "a claim": after a determiner the form is a noun;
	// after a quantity a verb form is a verb ("Another said", "many say").
	if i > s.ts && d.toks[i-1].kind == tWord && lex.nounBlock[d.lowerStr(d.toks[i-1])] && !(d.numberWord(d.toks[i-1]) && !(e.noun && e.base)) && !d.quantitySubject(s, i, e) {
		return cueEntry{}, 0, false
	}
	// "the final say", "a big ask": a determiner and a singular word
	// before a base form make it a noun ("the voters say" is a verb).
	// A quote before or after makes it the verb: "“Q,” the editorial read".
	if i-2 >= s.ts && t.lw == e.lemma && (d.isWord(i-2, "the") || d.isWord(i-2, "a") || d.isWord(i-2, "an")) && !d.quoteAround(s, i-3, i+1) {
		if p := d.toks[i-1]; p.kind == tWord && p.q < 0 && !d.isCap(p) && !p.has(fAux|fRole|fGroup|fOrgHead) && (d.r[p.e-1] != 's' || d.r[p.e-2] == 's') && !d.numberWord(p) {
			return cueEntry{}, 0, false
		}
	}
	// "-ing" forms are cues in a participle clause (", saying") or with a
	// form of be ("was telling"), not as gerunds ("for attacking").
	if e.ing && i > s.ts {
		p := d.toks[i-1]
		if p.kind == tWord {
			w := d.lowerStr(p)
			if w == "as" && i-2 >= s.ts && d.isWord(i-2, "quoted") {
				w = "is" // "was quoted as saying"
			}
			if d.beClitic(i - 1) {
				w = "is" // "He’s predicting", "they're saying"
			}
			if i-2 >= s.ts && (d.adverb(p) || w == "now" || w == "already" || w == "still" || w == "even" || w == "not") && d.toks[i-2].kind == tWord {
				// "are now positing", "is already claiming": an adverb
				// after the form of be.
				switch b := string(d.lower(d.toks[i-2])); b {
				case "is", "are", "was", "were", "been", "be", "am":
					w = b
				default:
					if d.beClitic(i - 2) {
						w = "is"
					}
				}
			}
			if i-2 >= s.ts && (d.adverb(p) || w == "instead" || w == "still" || w == "then" || w == "even" || w == "now" || w == "just" || w == "only") && (d.isPunct(i-2, ',') || d.isWord(i-2, "by") || d.isWord(i-2, "while") || d.isWord(i-2, "after") || d.isWord(i-2, "before")) {
				// ", falsely suggesting", "before optimistically
				// predicting": an adverb opening the participle clause.
				w = "again"
			}
			if w == "to" && i-2 >= s.ts && d.toks[i-2].kind == tWord {
				// "pivoted to arguing", "has taken to saying", "was back
				// to implying": the subject turns to a way of speaking.
				switch string(d.lower(d.toks[i-2])) {
				case "pivoted", "pivot", "pivots", "taken", "back", "turned", "addition", "devoted", "dedicated", "resorted":
					w = "after"
				}
			}
			if (w == "in" || w == "despite" || w == "since" || w == "without") && i-1 == d.clauseStart(s) {
				w = "after" // "In describing Lind, Berg said ...": an opening phrase
			}
			switch w {
			case "'s", "'re", "is", "was", "are", "were", "been", "be", "am", "and", "also", "while", "before", "after", "repeatedly", "publicly", "again", "by":
			default:
				// "made a pitch to voters saying ...", "by saying ...": a
				// speech participle after anything but a determiner.
				// A quote right after it makes any speech participle one
				// ("with marchers chanting “Q”").
				quoteNext := i+1 < s.te && d.toks[i+1].kind == tOpenQ && vocal(e)
				if (!(t.has(fIngCue) || quoteNext || d.docIng(s, i)) || p.has(fNounBlock) || d.freeIngBlocked(s, i)) && !d.pollParticipleCue(i, e) {
					return cueEntry{}, 0, false
				}
			}
		}
	}
	if d.particleUse(s, i, e) {
		return cueEntry{}, 0, false
	}
	if e.lemma == "find" && !d.findsClause(s, i) {
		return cueEntry{}, 0, false
	}
	// "thanks to the new levy", "thanks in part to her wins": a
	// preposition, not a thanking.
	if w == "thanks" && d.thanksTo(s, i) {
		return cueEntry{}, 0, false
	}
	if (e.lemma == "call" || e.lemma == "post") && d.placedPassive(s, i, e) {
		return cueEntry{}, 0, false
	}
	if (e.lemma == "seek" || e.lemma == "report") && d.officeOrFigures(s, i, e) {
		return cueEntry{}, 0, false
	}
	if e.lemma == "claim" && d.claimsWin(s, i) {
		return cueEntry{}, 0, false
	}
	if e.lemma == "figure" && !d.figuresThat(s, i) {
		return cueEntry{}, 0, false
	}
	if e.lemma == "decline" && d.declineFalls(s, i) {
		return cueEntry{}, 0, false
	}
	if e.lemma == "add" && d.addsThings(s, i) {
		return cueEntry{}, 0, false
	}
	if e.lemma == "see" && !d.seeAsStance(s, i) {
		return cueEntry{}, 0, false
	}
	if e.lemma == "know" && d.knowBlocked(s, i) {
		return cueEntry{}, 0, false
	}
	if d.namingParticiple(s, i, e) {
		return cueEntry{}, 0, false
	}
	if len(e.preps) > 0 && !e.optPrep && d.boundPrep(s, i, e) < 0 {
		return cueEntry{}, 0, false
	}
	// "the 50 states", "his support": a noun-like form needs a pronoun or
	// an auxiliary before it to count as a verb.
	if e.noun && e.base {
		if d.finiteCueAt(s, i+1) {
			return cueEntry{}, 0, false // "the council report said": its subject
		}
		// "Trump's comments": after a possessive the form is a noun.
		if i > s.ts && d.toks[i-1].kind == tWord && (d.possessive(d.toks[i-1]) || d.isWord(i-1, "'s") || d.isWord(i-1, "’s")) {
			return cueEntry{}, 0, false
		}
		// "New figures show": a verb right after the form makes it the
		// subject's noun.
		if i+1 < s.te && d.toks[i+1].kind == tWord && d.toks[i+1].q < 0 && !d.isCap(d.toks[i+1]) && (d.toks[i+1].has(fCue) || finiteAux[d.toks[i+1].lw]) && !d.isWord(i+1, "to") && !d.isWord(i+1, "that") {
			return cueEntry{}, 0, false
		}
		// "has plans for", "were calls for": after have or be the base
		// and -s forms are nouns.
		if i > s.ts {
			switch string(d.lower(d.toks[i-1])) {
			case "has", "have", "had", "is", "are", "was", "were", "be", "been":
				return cueEntry{}, 0, false
			}
		}
		j := d.skipAuxLeft(s, i-1)
		// "Friday's deadly attacks": a time's possessive before an
		// adjective.
		if j >= s.ts && j < i-1 && d.toks[j].kind == tWord && d.possessive(d.toks[j]) && d.timePossessive(d.toks[j]) {
			return cueEntry{}, 0, false
		}
		// "Gallup finds": a name before an -s form is its subject, except
		// for the forms that are plural nouns after adjectives too
		// ("Democratic states", "Republican attacks").
		capSubj := j >= s.ts && d.isCap(d.toks[j]) && d.toks[j].kind == tWord && !d.toks[j].has(fNonName) && d.lowerStr(t) != e.lemma
		switch e.lemma {
		case "state", "support", "attack", "call", "question", "charge", "demand", "protest", "project", "post", "answer", "contest", "challenge", "welcome", "estimate", "promise", "pledge", "vow", "hope", "fear", "doubt", "back", "focus", "vote", "push", "side":
			// "Christie hopes his ...", "Trump attacks the plan": a
			// clause or an object after the form makes it the verb;
			// "Republican attacks on", "Democratic hopes of" are nouns.
			capSubj = capSubj && (i+1 < s.te && (d.opensClause(d.toks[i+1]) || e.lemma == "call" && d.namedObject(s, i+1) || d.intentTo(s, i, e)) || d.quotedBefore(s, j))
		}
		// "Sanders, meanwhile, hopes that ...": after an aside, a form
		// taking a clause or an infinitive is the verb.
		if j == i-1 && j >= s.ts && d.isPunct(j, ',') && i+1 < s.te && (d.isWord(i+1, "that") || d.isWord(i+1, "to")) {
			return e, 1, true
		}
		// "Jan Brewer, an early supporter, calls the issue ...": an -s
		// form after an apposition, with an object after it.
		if j == i-1 && j >= s.ts && d.isPunct(j, ',') && t.lw != e.lemma && i+1 < s.te && (d.opensClause(d.toks[i+1]) || e.lemma == "call" && d.namedObject(s, i+1)) {
			return e, 1, true
		}
		if t.lw != e.lemma && d.quoteAfterSForm(s, i) {
			return e, 1, true
		}
		// "“Q,” the engineers state": a base form after a quote and its
		// subject is the verb.
		if j == i-1 && !capSubj && !(j >= s.ts && d.nounSubject(j)) && !d.findingThat(s, i, e) && !d.pollSubject(s, i, e) && !(t.lw == e.lemma && j >= s.ts && d.toks[j].kind == tWord && d.closeQuoteNear(s, j) && d.quotedBefore(s, j)) {
			return cueEntry{}, 0, false
		}
	}
	return e, 1, true
}

// quoteAfterSForm reports an -s form right before a quote, after a
// determined lowercase noun: "The ad claims “Q”", "the treaty signals
// “Q”". A noun ("the claims") would not take a quote straight after it.
func (d *doc) quoteAfterSForm(s sent, i int) bool {
	k := i + 1
	if k < s.te && (d.isPunct(k, ',') || d.isPunct(k, ':')) {
		k++
	}
	if k >= s.te || d.toks[k].kind != tOpenQ || i-2 < s.ts {
		return false
	}
	p := d.toks[i-1]
	if p.kind != tWord || p.q >= 0 || d.isCap(p) || p.has(fStop|fPronoun|fNounBlock) || d.verbish(p) {
		return false
	}
	switch string(d.lower(d.toks[i-2])) {
	case "the", "a", "an", "this", "that", "his", "her", "their", "its", "our":
	default:
		return false
	}
	// "The new plans “will help,” Lind said": a later cue has the quote.
	for m := k + 1; m < s.te; m++ {
		if d.toks[m].q < 0 && d.finiteCueAt(s, m) {
			return false
		}
	}
	return true
}

// vocal reports a cue voicing words aloud or in writing, one whose -ing
// form before a quote quotes ("chanting “Q”", not "seeking “Q”").
func vocal(e cueEntry) bool {
	switch e.lemma {
	case "chant", "shout", "yell", "scream", "cry", "echo", "sing", "repeat", "say", "write", "tweet", "post", "declare", "exclaim":
		return true
	}
	return e.quotes
}

// beClitic reports a subject pronoun written with a form of be: "he’s",
// "they're" (not "he'd", "they've").
func (d *doc) beClitic(i int) bool {
	if !d.pronounClitic(i) {
		return false
	}
	w := string(d.lower(d.toks[i]))
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "'re") || strings.HasSuffix(w, "’re") || strings.HasSuffix(w, "'m") || strings.HasSuffix(w, "’m")
}

// quoteAround reports a closing quote at token a (or a comma after one),
// or a clause-opening phrase before a colon or an opening quote at b.
func (d *doc) quoteAround(s sent, a, b int) bool {
	if a >= s.ts && (d.toks[a].kind == tCloseQ || d.isPunct(a, ',') && a-1 >= s.ts && d.toks[a-1].kind == tCloseQ) {
		return true
	}
	// "The editorial read: “…”": the noun phrase opens the clause; after a
	// verb it is an object ("delivered a snappy retort: “…”").
	opens := a < s.ts || d.toks[a].kind == tPunct
	return opens && b < s.te && (d.isPunct(b, ':') || d.toks[b].kind == tOpenQ)
}

// quotedBefore reports a closing quote before the mention that ends at
// token j: "“…,” Lind answers.".
func (d *doc) quotedBefore(s sent, j int) bool {
	h := d.leftNP(s, j)
	return h > s.ts && d.quoteAround(s, h-1, s.te)
}

// finiteCueAt reports a cue verb at i that cannot be a noun: "said",
// "found", not "reports" or "saying".
func (d *doc) finiteCueAt(s sent, i int) bool {
	if i >= s.te || d.toks[i].kind != tWord || d.toks[i].q >= 0 || !d.toks[i].has(fCue) || d.isCap(d.toks[i]) {
		return false
	}
	e, ok := lex.cues[d.toks[i].lw]
	return ok && !e.ing && !(e.noun && e.base)
}

// findingThat reports a finding verb after a common noun and before
// "that": "the data suggests that ...", "records show that ...".
func (d *doc) findingThat(s sent, i int, e cueEntry) bool {
	if i+2 >= s.te || !d.isWord(i+1, "that") || i-1 < s.ts {
		return false
	}
	switch e.lemma {
	case "show", "suggest", "find", "indicate", "reveal", "say", "note", "argue", "conclude", "predict", "warn", "explain", "confirm", "claim", "allege", "state", "assert", "contend", "insist":
	default:
		return false
	}
	p := d.toks[i-1]
	if p.kind != tWord || p.q >= 0 || d.isCap(p) || p.has(fStop|fPronoun) || unicode.IsDigit(d.r[p.s]) {
		return false
	}
	// "records show that", "experience shows that": the form agrees
	// with the noun before it.
	plural := d.r[p.e-1] == 's' && d.r[p.e-2] != 's'
	return plural || d.lowerStr(d.toks[i]) != e.lemma
}

// pollParticipleCue reports a finding participle right after a poll or
// record: "a new poll showing Lind ahead", "ledgers showing he was paid".
func (d *doc) pollParticipleCue(i int, e cueEntry) bool {
	switch e.lemma {
	case "show", "suggest", "indicate", "find":
	default:
		return false
	}
	return d.pollHead(i - 1)
}

// pollHead reports a poll or record noun at token i.
func (d *doc) pollHead(i int) bool {
	t := d.toks[i]
	if t.kind != tWord || t.q >= 0 {
		return false
	}
	return t.has(fFinding)
}

// pollSubject reports a finding verb whose subject a poll or record
// heads, before any comma: "A video of the episode shows her ...".
func (d *doc) pollSubject(s sent, i int, e cueEntry) bool {
	switch e.lemma {
	case "show", "suggest", "indicate":
	default:
		return false
	}
	for k := i - 1; k >= s.ts && i-k <= 10 && !d.isPunct(k, ',') && !d.isPunct(k, ';'); k-- {
		t := d.toks[k]
		if t.kind != tWord || t.q >= 0 {
			return false
		}
		if t.has(fFinding) {
			return k < i-1 || d.lowerStr(d.toks[i]) != e.lemma || d.r[t.e-1] == 's'
		}
	}
	return false
}

// quantitySubject reports a quantity standing for people before a verb
// form: "many said", "most say", "others argued" (but "some credit" is a
// noun).
func (d *doc) quantitySubject(s sent, i int, e cueEntry) bool {
	q := d.toks[i-1].lw
	if !quantifier(q) || e.noun && e.base {
		return false
	}
	switch q {
	case "many", "most", "several", "both", "few", "others":
		return true
	}
	if d.lowerStr(d.toks[i]) != e.lemma {
		return true
	}
	// "Some say ...", ", and some argue": at a clause's start only.
	p := i - 2
	return p < s.ts || d.toks[p].kind == tPunct || d.isWord(p, "and") || d.isWord(p, "but") || d.isWord(p, "while")
}

// skipAuxLeft walks left from token i over auxiliaries and adverbs between
// a subject and its verb: "he has also said".
func (d *doc) skipAuxLeft(s sent, i int) int {
	for i >= s.ts {
		t := d.toks[i]
		if t.kind == tPunct && (d.r[t.s] == '\'' || d.r[t.s] == '’' || d.r[t.s] == '"') {
			i-- // a stray mark left over after a closing quote
			continue
		}
		// "Murphy — after a knock on wood — told me": a dashed aside (up to 22
		// words: asides holding a relative clause run long), also
		// with spaced hyphens ("Bush - in a line aimed at Trump - declared").
		if d.dash(i) {
			for i-1 > s.ts && d.dash(i-1) {
				i-- // "--"
			}
			k := i - 1
			for k > s.ts && i-k < 24 && !d.dash(k) {
				k--
			}
			if k > s.ts && i-k < 24 && i-k > 1 {
				for k-1 > s.ts && d.dash(k-1) {
					k--
				}
				i = k - 1
				continue
			}
			break
		}
		// "Lind at the time said": a fixed time phrase.
		if t.kind == tWord && i-2 >= s.ts && (d.isWord(i-2, "at") || d.isWord(i-2, "in")) {
			det := d.isWord(i-1, "the") || d.isWord(i-1, "that") || d.isWord(i-1, "one")
			switch string(d.lower(t)) {
			case "time", "point", "past", "end", "moment":
				if det {
					i -= 3
					continue
				}
			}
		}
		// ", however," between subject and verb
		if t.kind == tPunct && d.r[t.s] == ',' && i-2 >= s.ts && d.isPunct(i-2, ',') && d.toks[i-1].kind == tWord && lex.aux[d.lowerStr(d.toks[i-1])] {
			i -= 3
			continue
		}
		if t.kind != tWord || t.q >= 0 || d.isCap(t) && !t.has(fTemporal) {
			break
		}
		// "officials here say", "residents there argue": the place
		// adverb closes the subject.
		if (t.lw == "here" || t.lw == "there") && i-1 >= s.ts && d.toks[i-1].kind == tWord && d.toks[i-1].q < 0 && d.npWord(d.toks[i-1]) && !d.toks[i-1].has(fStop|fAux) {
			i--
			continue
		}
		// "Berg seemed to suggest", "began to argue": like an auxiliary.
		if t.lw == "to" && i-1 >= s.ts && d.toks[i-1].kind == tWord && d.toks[i-1].q < 0 && controlVerb[string(d.lower(d.toks[i-1]))] {
			i -= 2
			if i >= s.ts && (d.isWord(i, "more") || d.isWord(i, "less") || string(d.lower(d.toks[i])) == "more" || string(d.lower(d.toks[i])) == "less") {
				i-- // "more likely to say"
			}
			continue
		}
		// "X earlier in the day touted", "a panel in 2001 found": a time
		// phrase between subject and verb.
		if k := d.timePrepPhrase(s, i); k >= 0 {
			i = k
			continue
		}
		// "The ministry less than two weeks ago said": a time phrase
		// ending in "ago" sits between subject and verb.
		if t.lw == "" && string(d.lower(t)) == "ago" {
			k := i - 1
			for k > s.ts && i-k <= 5 && d.toks[k].kind == tWord && d.agoWord(d.toks[k]) {
				k--
			}
			if k < i-1 && k >= s.ts && d.toks[k].kind == tWord {
				i = k
				continue
			}
		}
		// "He went on to say": the phrase is aspect, like an auxiliary.
		if t.lw == "to" && i-2 >= s.ts && d.isWord(i-1, "on") {
			switch d.toks[i-2].lw {
			case "went", "go", "goes", "going", "gone":
				i -= 3
				continue
			}
		}
		// Auxiliaries, adverbs in -ly ("generally agree") and time phrases
		// ("this past week announced", "on Tuesday said").
		if !t.has(fAux) && !d.adverb(t) && !(t.has(fTemporal) && d.timeBefore(s, i)) && !d.perfectAdverb(s, i) {
			break
		}
		i--
	}
	return i
}

// perfectAdverb reports an adverb of time or frequency that is no -ly
// word: "always", "twice", "ever" anywhere ("she always says"); "long"
// and "since" after a form of have only ("has long said", "have since
// denounced"), as "a long report" is a noun phrase.
func (d *doc) perfectAdverb(s sent, i int) bool {
	t := d.toks[i]
	if t.kind != tWord || t.q >= 0 || i-1 < s.ts || d.toks[i-1].kind != tWord {
		return false
	}
	switch string(d.lower(t)) {
	case "always", "twice", "ever":
		return true // never an adjective or a preposition
	case "long", "since":
	default:
		return false
	}
	switch string(d.lower(d.toks[i-1])) {
	case "has", "have", "had", "'ve", "’ve", "'s", "’s", "'d", "’d":
		return true
	}
	return false
}

// adverb reports a lowercase -ly word no lexicon claims: "generally".
func (d *doc) adverb(t token) bool {
	if t.lw != "" || t.e-t.s < 5 || d.isCap(t) {
		return false
	}
	return d.r[t.e-2] == 'l' && d.r[t.e-1] == 'y'
}

// timeBefore reports a time word at i that belongs to a time phrase, not
// a subject: skip it only when another word stands before the phrase.
func (d *doc) timeBefore(s sent, i int) bool {
	k := i
	for k >= s.ts && d.toks[k].kind == tWord && d.toks[k].has(fTemporal) {
		k--
	}
	return k >= s.ts && k < i
}

// nounSubject reports a token that can be the subject of a bare verb
// form: a pronoun, a speaker noun ("the poll shows"), a plural ("polls
// show"), but not a number ("the 50 states") or a name ("United States").
func (d *doc) nounSubject(j int) bool {
	t := d.toks[j]
	if t.kind != tWord || t.q >= 0 {
		return false
	}
	if t.has(fPronoun) {
		return true
	}
	if unicode.IsDigit(d.r[t.s]) {
		return false
	}
	// "Polls show": capitalised only because it opens the sentence.
	// "Recent polling shows", "records show": a finding's source.
	return t.has(fRole|fGroup|fOrgHead) && !t.has(fNounBlock) || t.has(fFinding)
}

// dash reports an em or en dash, or a hyphen standing alone between
// spaces, at token i.
func (d *doc) dash(i int) bool {
	t := d.toks[i]
	if t.kind != tPunct {
		return false
	}
	switch d.r[t.s] {
	case '—', '–':
		return true
	case '-':
		if t.s == 0 || t.e >= len(d.r) {
			return false
		}
		p, n := d.r[t.s-1], d.r[t.e]
		// " - " or either half of " -- "
		return (isSpace(p) || p == '-') && (isSpace(n) || n == '-') && (isSpace(p) || isSpace(n))
	}
	return false
}

// titleCase reports a sentence written in headline style: most longer
// words capitalised. Only the first paragraphs are checked, where
// headlines stand.
func (d *doc) titleCase(s sent) bool {
	if s.para > 1 && !d.wholeParagraph(s) {
		return false
	}
	n, c := 0, 0
	for i := s.ts; i < s.te; i++ {
		t := d.toks[i]
		if t.kind != tWord || t.e-t.s < 4 {
			continue
		}
		n++
		if d.isCap(t) {
			c++
		}
	}
	return n >= 3 && c*10 >= n*8
}

// wholeParagraph reports a sentence that is its paragraph alone: a
// subheading or a live-blog entry title.
func (d *doc) wholeParagraph(s sent) bool {
	if s.ts >= s.te {
		return false
	}
	a, b := d.toks[s.ts].s-1, d.toks[s.te-1].e
	for a >= 0 && (d.r[a] == ' ' || d.r[a] == '\t') {
		a--
	}
	for b < len(d.r) && (d.r[b] == ' ' || d.r[b] == '\t') {
		b++
	}
	return (a < 0 || d.r[a] == '\n') && (b >= len(d.r) || d.r[b] == '\n' || d.r[b] == '\r')
}

// freeIngBlocked reports a speech participle with no comma before it
// that is not followed by what it reports: "saying goodbye", "calling
// it quits" are kept out unless a clause, "that" or a quote follows.
func (d *doc) freeIngBlocked(s sent, i int) bool {
	k := i + 1
	if k >= s.te {
		return true
	}
	t := d.toks[k]
	if t.kind == tOpenQ || d.isWord(k, "that") || d.isPunct(k, ',') || d.isPunct(k, ':') {
		return false
	}
	return t.kind != tWord || t.has(fPrep) && !d.isWord(k, "about")
}

// boundPrep returns the token of the preposition a prepositional cue
// needs right after it (an adverb may come between: "spoke openly
// about"), or -1.
func (d *doc) boundPrep(s sent, i int, e cueEntry) int {
	span := 2
	if e.lemma == "make" {
		span = 4 // "made the conservative case", "making an implicit argument"
	}
	ext := false
	for k := i + 1; k < s.te && k-i <= span; k++ {
		t := d.toks[k]
		if t.kind != tWord || t.q >= 0 {
			return -1
		}
		for _, p := range e.preps {
			if t.lw == p {
				if ext && p == "clear" {
					return -1
				}
				if k+1 < s.te && d.toks[k+1].has(fTemporal) {
					return -1 // "called on Monday"
				}
				return k
			}
		}
		if !d.adverb(t) && !(t.lw == "it" && k == i+1) { // "made it clear"
			if span == 2 || k+1 >= s.te || d.isCap(t) || t.has(fCue|fPrep|fAux) {
				return -1
			}
			ext = true // "the conservative case": no "makes this clear"
		}
	}
	return -1
}

// opensClause reports a word that can open a verb's clause or object:
// "that", a subject pronoun, a determiner or a possessive.
func (d *doc) opensClause(t token) bool {
	if t.kind != tWord || t.q >= 0 {
		return false
	}
	switch string(d.lower(t)) {
	case "that", "the", "a", "an", "his", "her", "their", "its", "he", "she", "they", "we", "it", "this", "these":
		return true
	case "him", "them", "us", "me", "himself", "herself", "themselves", "itself":
		return true // an object: "Roos calls herself a socialist"
	}
	return false
}

// numberWord reports a quantity that can head a subject: "the two say",
// "the 3 agree", "the few who".
func (d *doc) numberWord(t token) bool {
	if unicode.IsDigit(d.r[t.s]) {
		return true
	}
	switch w := string(d.lower(t)); w {
	case "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen", "all", "others", "rest":
		return true
	case "third", "quarter", "half", "fifth", "majority", "plurality", "minority":
		return true // a share of those polled: "a third say", "a majority say"
	default:
		return quantifier(w)
	}
}

// agoWord reports a word of a time span before "ago": "less than two
// weeks", "a year", "some 20 years".
func (d *doc) agoWord(t token) bool {
	if unicode.IsDigit(d.r[t.s]) {
		return true
	}
	w := string(d.lower(t))
	switch strings.TrimSuffix(w, "s") {
	case "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "few", "several", "some", "les", "more", "than", "about", "nearly", "just", "only", "over", "almost", "century":
		return true
	}
	return timeUnit(w)
}

// timePrepPhrase returns the token before a time phrase ending at token
// i and opened by a preposition ("in the day", "in late August", "in
// 2001"), or -1.
func (d *doc) timePrepPhrase(s sent, i int) int {
	k := i
	for k >= s.ts && i-k < 3 && d.toks[k].kind == tWord && d.timeWord(d.toks[k]) {
		k--
	}
	if k == i || k < s.ts {
		return -1
	}
	if d.isWord(k, "the") || d.isWord(k, "late") || d.isWord(k, "early") {
		k--
	}
	if k-1 < s.ts || !(d.isWord(k, "in") || d.isWord(k, "during") || d.isWord(k, "since")) {
		return -1
	}
	return k - 1
}

// timeWord reports a word naming a time: "day", "morning", "August",
// "2001".
func (d *doc) timeWord(t token) bool {
	w := string(d.lower(t))
	if isYear(d.r[t.s:t.e]) || month(w) || timeUnit(w) {
		return true
	}
	return t.has(fTemporal) && !t.has(fPrep|fAux) && w != "this" && w != "next" && w != "last" && w != "past"
}

// isYear reports a four-digit year: "2001".
func isYear(rs []rune) bool {
	if len(rs) != 4 {
		return false
	}
	for _, c := range rs {
		if c < '0' || c > '9' {
			return false
		}
	}
	return rs[0] == '1' || rs[0] == '2'
}

// month reports a month's name.
func month(w string) bool {
	switch w {
	case "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december":
		return true
	}
	return false
}

// closeQuoteNear reports a closing quote within six tokens before j, a
// cheap test before reading the mention between them.
func (d *doc) closeQuoteNear(s sent, j int) bool {
	for k := j - 1; k >= s.ts && j-k <= 6; k-- {
		if d.toks[k].kind == tCloseQ {
			return true
		}
	}
	return false
}

// relativeAhead reports "which", "what" or "that" opening the clause
// whose verb is at i, within eight words: "what her campaign calls".
func (d *doc) relativeAhead(s sent, i int) bool {
	for k := i - 1; k >= s.ts && i-k <= 8; k-- {
		t := d.toks[k]
		if t.kind != tWord || t.q >= 0 {
			return false
		}
		switch t.lw {
		case "which", "what", "that", "whom":
			return true
		}
	}
	return false
}

// nounPossessive reports a noun or name with 's at k ("Trump’s", "the
// party's"), not a pronoun's clitic ("he’s", "that's", "let's").
func (d *doc) nounPossessive(k int) bool {
	t := d.toks[k]
	if t.kind != tWord || t.q >= 0 || !d.possessive(t) {
		return false
	}
	b := d.lower(t)
	if n := len(b); n >= 2 && b[n-2] == '\'' && b[n-1] == 's' {
		switch string(b[:n-2]) {
		case "he", "she", "it", "that", "there", "here", "what", "who", "let", "where", "how", "this", "one", "everyone", "everybody", "someone", "somebody", "anyone", "nobody", "no one":
			return false
		}
	}
	return true
}

// beForm reports a form of "be" that makes a passive.
func (d *doc) beForm(t token) bool {
	switch t.lw {
	case "is", "was", "are", "were", "be", "been", "being":
		return true
	}
	return false
}
