package extract

import (
	"strings"
	"unicode"
)

// Sentence patterns: each cue verb is read with its subject, its
// content and what sits between them. verbFrame and its content helpers
// are here; its subject finders are in verbsubjects.go, its participle
// and control readings in participles.go, and the loop that runs it,
// findFrames, in findframes.go.

// verbFrame builds the attribution around the cue verb at token c.
func (d *doc) verbFrame(si, c int, e cueEntry, same []frame) (frame, bool) {
	s := d.sents[si]
	f := newFrame(s.para)
	// "he does not say so", "I think so": the saying points back.
	if c+1 < s.te && d.toks[c+1].kind == tWord && string(d.lower(d.toks[c+1])) == "so" && (c+2 >= s.te || d.toks[c+2].kind == tPunct) {
		return f, false
	}
	f.entry = e
	f.cueS, f.cueE = c, c
	if d.askedAside(s, c, e) {
		return d.askedMid(s, c, f)
	}
	j := d.skipAuxLeft(s, c-1)
	// The cue takes in its auxiliaries ("has also said"), not a time
	// phrase before it ("at the time said", "on Tuesday said").
	for k := j + 1; k < c; k++ {
		if t := d.toks[k]; t.kind == tWord && t.has(fAux) && !t.has(fTemporal|fPrep) {
			f.cueS = k
			break
		}
	}
	for k := c - 1; k > f.cueS && f.cueS >= 0; k-- {
		if d.dash(k) { // the aside is not the cue: "Bush - in a line ... - declared"
			f.cueS = k + 1
			break
		}
	}
	// ", adding that ...": the subject is the sentence's earlier speaker.
	// "... and said ...": a finite form only, so "would sit down and tell
	// him" inside reported content is not a new attribution.
	if k := d.prepAfterConj(s, j+1); k >= 0 {
		j = k // "but in a later interview said"
	}
	conj := j >= s.ts && (d.isWord(j, "and") || d.isWord(j, "but")) && !e.ing && (d.lowerStr(d.toks[c]) != e.lemma || j+1 < c || d.presentClaim(s, c, e))
	// The comma may sit inside a closing quote: “New York values,” saying.
	commaQ := j > s.ts && d.toks[j].kind == tCloseQ && d.isPunct(j-1, ',')
	// "made a pitch to voters saying ...": a free participle's subject is
	// the sentence's.
	free := e.ing && j == c-1 && j >= s.ts && d.toks[j].kind == tWord && !d.toks[j].has(fAux) && !conj
	// "met Holm in hopes of persuading him", "in the hope that C": the
	// purpose is the clause subject's, like a participle's.
	purpose := e.lemma == "hope" && c-1 > s.ts && (d.isWord(c-1, "in") || d.isWord(c-1, "the") && d.isWord(c-2, "in"))
	if purpose {
		j = c - 1
		if d.isWord(j, "the") {
			j--
		}
		j--
	}
	if conj || e.ing && j >= s.ts && (d.isPunct(j, ',') || d.isPunct(j, '—') || commaQ) || free || purpose {
		if conj && d.passive(j, c, e) {
			// "... but is not expected to": the subject is spoken about.
		} else if a, b := d.docSender(s, c); free && a >= 0 {
			// "filed a lawsuit in 2013 alleging that C": the filer.
			f.srcS, f.srcE = a, b
		} else if free && d.beClitic(j) {
			f.srcS, f.srcE = j, j // "He’s predicting ..."
		} else if h := d.leftNP(s, j); free && d.pollParticipleCue(c, e) && h >= 0 {
			f.srcS, f.srcE = h, j // "a new poll showing C": the poll's finding
		} else if free && h >= 0 && d.speech(e) && mediumNoun(string(d.lower(d.toks[j]))) {
			f.srcS, f.srcE = h, j // "held up a sign saying “Q”": the sign speaks
		} else if free && h > s.ts && d.objectOfPrep(h) {
			// "met by a chorus of critics urging him to quit", "asked
			// about Lind calling it a sham": the participle is the
			// phrase's own noun's.
			f.srcS, f.srcE = h, j
		} else if conj && j+1 < c && (d.isWord(j+1, "both") || d.isWord(j+1, "all")) {
			// "And both vowed ...": the quantity is the subject.
			f.srcS, f.srcE = j+1, j+1
		} else if a, b := d.withSubject(s, c); e.ing && a >= 0 {
			f.srcS, f.srcE = a, b
		} else if a, b := d.clauseSubject(s, j, conj, e.ing && (d.isPunct(j, ',') || commaQ || d.isWord(j, "by"))); a >= 0 {
			f.srcS, f.srcE = a, b
		} else if a, b := d.subject(s, s.te); e.ing && d.leadingPhrase(s, c) && a > c {
			// "After talking about security, Mr. Vik suggested ...": the
			// main clause's subject follows.
			f.srcS, f.srcE = a, b
		} else if a, b := d.openerSubject(s, c); e.ing && a >= 0 {
			f.srcS, f.srcE = a, b
		} else if w := d.withBefore(s, c); free && w >= 0 {
			// "with 50 percent saying ...": the participle's own subject.
			f.srcS, f.srcE = w+1, j
		} else if q := d.quantityBefore(s, j); free && q >= 0 {
			// "have left 62 percent of voters saying ...": a share speaks.
			f.srcS, f.srcE = q, j
		} else if p := d.lender(s, same, j); p != nil && !d.possessorOnly(s, *p, j) {
			f.srcS, f.srcE, f.headE, f.roleS, f.roleE = p.srcS, p.srcE, p.headE, p.roleS, p.roleE
		} else if a, b := d.subject(s, j); a >= 0 {
			f.srcS, f.srcE = a, b
		}
		if purpose && (f.srcS < 0 || d.subordinateBetween(f.srcE+1, c)) {
			// "... a coach who is working the referees in hopes that C":
			// whose hopes is unclear.
			return f, false
		}
		f.cueS = c
		start := c + 1
		if p := d.boundPrep(s, c, e); len(e.preps) > 0 && p >= 0 {
			f.cueE, start = p, p+1 // "calling for", "calling out"
		}
		if !d.afterContent(si, &f, start) {
			return f, false
		}
		if free && f.srcS > c && j == d.clauseStart(s) {
			// "By promising that C, Lind won the county": the opening
			// phrase ends at its comma, before its subject.
			d.cutAtComma(&f)
		}
		if free && f.srcS >= 0 && d.pollParticipleCue(c, e) && (f.srcS == d.clauseStart(s) || f.srcS > s.ts && d.toks[f.srcS-1].has(fPrep)) {
			// "Despite polls showing C, Lind campaigned": the phrase
			// ends at its comma.
			d.cutAtComma(&f)
		}
		f.conf = 0.6
		return f, true
	}
	// "Noting that C, Schlafly praised ...": an opening participle's
	// subject is the main clause's, after the comma ending C.
	if e.ing && c == d.clauseStart(s) && c+1 < s.te {
		if !d.afterContent(si, &f, c+1) || f.quoted > 0 {
			return f, false
		}
		d.cutAtComma(&f)
		end := d.tokAtRune(s, f.spans[len(f.spans)-1].End)
		// A comma inside a quote ("Lind said: “Well, I think ...”") ends
		// no participle clause.
		if end < s.te && d.isPunct(end, ',') && !d.midQuote(s, end) {
			if a, b := d.subjectAt(s, end+1, s.te); a >= 0 {
				f.srcS, f.srcE = a, b
				f.conf = 0.6
				return f, true
			}
		}
		return f, false
	}
	// An infinitive after anything but a raising verb ("is expected to
	// announce") has its subject elsewhere: "urged Valley to find".
	aside := false // inside a dashed aside: "X -- who lost to Roos -- said"
	for k := j + 1; k < c; k++ {
		if d.dash(k) && !(k > j+1 && d.dash(k-1)) {
			aside = !aside
		}
		if d.isWord(k, "to") && k-1 >= s.ts && !aside {
			w := string(d.lower(d.toks[k-1]))
			if controlVerb[w] {
				continue
			}
			switch w {
			case "expected", "going", "on", "set", "likely", "due", "able", "about", "quoted", "also", "not", "never", "unlikely", "sure", "certain", "ready", "poised":
			default:
				if k+1 == c && k > j && !aside {
					if v := d.causativeBefore(s, k); v >= 0 {
						return d.objectControlFrame(si, f, c, v+1, k-1)
					}
				}
				return f, false
			}
		}
	}
	// "a state seen as critical", "hearings intended to help": a
	// participle after its noun reports no one's view.
	if j >= s.ts && d.reducedRelative(s, j, c, e) {
		return f, false
	}
	// "a practice criticized by X", "the bill, opposed by X,": a stance
	// participle after its noun holds the agent's view of that noun.
	if g, ok := d.stanceAgent(s, c, e, f); ok {
		return g, true
	}
	// "changes proposed by the government", "groups backed by Ankara": a
	// participle right after its noun names an agent, not a report.
	if j == c-1 && j >= s.ts && d.agentParticiple(s, j, c, e) {
		return f, false
	}
	// "Asked by Matt Lauer whether ...", "she was told by aides that
	// ...": the agent is the speaker.
	if (d.passive(j, c, e) || j < s.ts || d.isPunct(j, ',')) && !e.ing && d.lowerStr(d.toks[c]) != e.lemma && c+2 < s.te && d.isWord(c+1, "by") && !(c > s.ts && d.isWord(c-1, "as")) {
		if b := d.rightNP(s, c+2); b >= 0 && b+1 < s.te && d.speech(e) && d.contentOpens(b+1) {
			f.srcS, f.srcE = c+2, b
			f.conf = 0.5
			if !d.afterContent(si, &f, b+1) {
				return f, false
			}
			if j < s.ts {
				// "Asked by X whether C, Lind laughed": the participle
				// phrase ends at its comma.
				d.cutAtComma(&f)
			}
			return f, true
		}
	}
	passive := d.passive(j, c, e) && !experiencer(e.lemma)
	// "a state known for ...", "Lazar, 44, known online as ...": a passive
	// participle with no auxiliary.
	reduced := !passive && j == c-1 && (d.isWord(c, "known") || d.reducedNaming(s, c) || d.accusedOf(s, j, c, e))
	if j >= s.ts && (passive || reduced) {
		if !reduced && c+2 < s.te && d.isWord(c+1, "by") {
			// "a bill that was denounced by Lind", "The bill was denounced
			// by Lind.": the subject is what the agent spoke of.
			if e := d.rightNP(s, c+2); e >= 0 {
				h := j
				if !d.relPronoun(j) && !d.isWord(j, "that") {
					h = d.leftNP(s, j)
					if h < 0 || d.isWord(j, "it") || !d.gapOnly(s, e+1, &f) {
						return f, false
					}
				}
				f.srcS, f.srcE = c+2, e
				f.spans = append(f.spans, d.tokSpan(h, j))
				f.conf = 0.5
				return f, true
			}
		}
		if !reduced && c+1 < s.te && (d.isWord(c+1, "by") || d.isWord(c+1, "to")) {
			// "as described by X": the agent's, not a report; "is
			// expected to announce": the infinitive's cue is the report.
			return f, false
		}
		f.conf = 0.4
		if !reduced && !e.tellish && e.lemma != "ask" && !d.isWord(j, "it") && d.noComplement(s, c+1) {
			// "The price was not disclosed, though ...": what was
			// disclosed is the subject alone.
			d.passiveSubject(s, j, &f)
			return f, len(f.spans) > 0
		}
		if !d.afterContent(si, &f, c+1) {
			return f, false
		}
		if f.quoted == 0 {
			d.endAtBreak(s, &f.spans[len(f.spans)-1])
		}
		if reduced {
			d.endAtMainVerb(s, &f.spans[len(f.spans)-1])
			if d.isWord(c+1, "as") {
				d.endAtComma(s, &f.spans[len(f.spans)-1]) // a name: "known as X, ..."
			}
		}
		if !e.tellish && e.lemma != "ask" {
			// "he was asked if ...": the one asked is no part of it.
			d.passiveSubject(s, j, &f)
		}
		return f, true
	}
	if j >= s.ts {
		if d.isPunct(j, ',') && !e.ing {
			d.apposLeft(s, j, &f)
			d.longSubject(s, j, &f)
			if f.srcS >= 0 && d.speakerEnds(s, c, e) {
				// "C, whom she alienated, said Per Holm, a pollster.": the
				// name ending the sentence is the speaker; the aside is C's.
				f.srcS, f.srcE, f.headE, f.roleS, f.roleE = -1, -1, -1, -1, -1
			}
		} else if d.quotedAppos(s, j, c, e, &f) {
			// "Per Holm, host of “Morning Talk,” suggested C"
		} else if j == c-1 && d.pronounClitic(j) && d.speech(e) {
			f.srcS, f.srcE = j, j // "she’s said", "they've argued"
		} else if a, hd := d.relativeSubject(s, j); a >= 0 {
			// "The officials whose laws were struck down say": the
			// relative clause belongs to the subject.
			f.srcS, f.srcE, f.headE = a, j, hd
		} else if h := d.leftNP(s, j); h >= 0 {
			f.srcS, f.srcE = h, j
			if a, hd := d.objectOfSubject(s, h); a >= 0 {
				f.srcS, f.headE = a, hd
			} else if a, b := d.beforeInPhrase(s, h); a >= 0 && !e.ing {
				f.srcS, f.srcE = a, b
			}
		} else if o := d.parenBefore(s, j); o > s.ts {
			// "Sen. Marco Rubio (R-Fla.) said"
			if h := d.leftNP(s, o-1); h >= 0 {
				f.srcS, f.srcE, f.headE = h, j, o-1
			}
		} else if a := d.barePlural(s, j); a >= 0 && !e.ing {
			// "If it slows, forecasters say ...": a plain plural after a
			// clause break.
			f.srcS, f.srcE = a, j
		} else if a := d.sentenceSubject(s, j); a >= 0 && (d.speech(e) || d.findingThat(s, c, e) || d.findingVerb(e) && d.pollIn(a, j)) && !e.ing {
			// "Another source familiar with Cruz's thinking said": the
			// sentence's subject runs up to the cue.
			f.srcS, f.srcE = a, j
		}
		// “Q,” Cecelia Purner, 67, a retired clerk in Allentown, Pa., said:
		// everything between the quote and the cue names the speaker.
		if cq := d.quoteThenSubject(s, j); cq >= 0 && !e.ing && !e.belief {
			if a, b := d.trimPunct(cq+1, j); a <= b && d.mentionStart(a) && (f.srcS < 0 || a < f.srcS) {
				f.srcS, f.srcE = a, b
				f.headE, f.roleS, f.roleE = -1, -1, -1
				// The name, then its apposition: ", 67, a retired clerk".
				for m := a + 1; m < b; m++ {
					if d.isPunct(m, ',') {
						f.headE = m - 1
						r := m + 1
						if r+1 < b && unicode.IsDigit(d.r[d.toks[r].s]) && d.isPunct(r+1, ',') {
							r += 2
						}
						if r <= b {
							f.roleS, f.roleE = r, b
						}
						break
					}
				}
			}
		}
	}
	after := c + 1
	// "focused on the economy": the preposition is part of the cue.
	prepJoined := false
	if p := d.boundPrep(s, c, e); len(e.preps) > 0 && p >= 0 {
		f.cueE = p
		after = p + 1
		prepJoined = true
	}
	before := j // last token before the subject (or the cue)
	if f.srcS >= 0 {
		// “Q,” election law expert Rick Hasen said: take in the unanchored
		// words between the quote and the anchored mention.
		for k := f.srcS - 1; k >= s.ts && f.srcS-k <= 4; k-- {
			if d.isPunct(k, ',') || d.toks[k].kind == tCloseQ {
				if k < f.srcS-1 {
					f.srcS = k + 1
				}
				break
			}
			if !d.npWord(d.toks[k]) || d.verbish(d.toks[k]) || d.relPronoun(k) {
				break
			}
		}
		before = f.srcS - 1
	} else if h, b := d.quotingAside(s, j); h >= 0 {
		// "Manafort, citing “Q,” said the race was close": the quote is
		// the aside's, the subject stands before it.
		f.srcS, f.srcE = h, b
		before = -1
	} else if h, b := d.titledAside(s, j); h >= 0 {
		// "Lind, host of Radio's “Morning Talk,” said C": the quote names a
		// show in the subject's apposition.
		f.srcS, f.srcE = h, b
		before = -1
	} else if !prepJoined && (j >= s.ts && (d.isPunct(j, ',') || d.toks[j].kind == tCloseQ || d.isPunct(j, ':')) || j < s.ts && d.prevPureQuote(si) >= 0) {
		// Inversion: “Q,” said the minister; never past a negation (",
		// not declare neutrality"), nor "said he and others were": a
		// pronoun with more words after it is the clause's subject.
		k := d.rightNP(s, after)
		// "said an official who was not authorized to ...": the mention
		// ends before its relative pronoun, whose clause the loop below
		// takes in.
		for w := after + 1; w <= k; w++ {
			if d.isWord(w, "who") {
				k = w - 1
				break
			}
		}
		// "Lind, in a long aside, reiterated his doubts over ...": a verb
		// that is no saying inverts only before the sentence's end or a
		// comma.
		if k >= 0 && !d.speech(e) && !e.quotes && j >= s.ts && d.isPunct(j, ',') && k+1 < s.te && d.toks[k+1].kind == tWord {
			k = -1
		}
		if k >= 0 && d.invertedEnd(s, j, k+1) && !d.negatedCue(j, c) && !(d.toks[k].has(fPronoun) && k+1 < s.te && d.toks[k+1].kind == tWord) {
			f.srcS, f.srcE = after, k
			after = k + 1
			after = d.apposRight(s, after, &f)
			// "..., said X, a professor, who is one of ...": the relative
			// clause describes the speaker; it is no content.
			r := after
			for r < s.te && r-after < 2 && (d.isPunct(r, ',') || d.isPunct(r, '.')) {
				r++ // "at M.I.T., who"
			}
			if r < s.te && (d.isWord(r, "who") || d.isWord(r, "whose")) {
				if e := d.clauseEnd(s, r); e >= r {
					if _, b := d.trimPunct(r, e); b >= r {
						f.srcE = b
					}
					after = e + 1
				}
			}
		}
	}
	if e.belief && f.srcS < 0 {
		return f, false
	}

	// Content before the subject: “Q,” she said. / C, he said.
	if before >= s.ts && (d.isPunct(before, ',') || d.toks[before].kind == tCloseQ || d.isPunct(before, '—')) {
		b := before
		if d.toks[b].kind != tCloseQ {
			b--
		}
		a := s.ts
		if len(same) > 0 && !d.reportedInside(s, same[len(same)-1], before) {
			if last := same[len(same)-1]; last.spans[len(last.spans)-1].End > d.toks[a].s {
				end := last.spans[len(last.spans)-1].End
				if end > d.toks[c].s && last.cueE < c {
					// The earlier content runs over this cue: this quote's own
					// cue wins it (see steal).
					end = d.toks[last.cueE].e
				}
				a = d.tokAtRune(s, end)
			}
		}
		// "... ticked through the code: ''Q,'' he said": the writer's words
		// before a colon or a dash are not the speaker's.
		if a < b && d.toks[b].kind == tCloseQ && d.toks[b].q >= 0 {
			if o := d.tokAtRune(s, d.quotes[d.toks[b].q].s); o > a+1 && o <= b && (d.isPunct(o-1, ':') || d.isPunct(o-1, '—') || d.isPunct(o-1, '–') || d.isPunct(o-1, '-')) {
				a = o
			}
		}
		// Reported speech before the subject only when nothing follows the
		// cue; a quote before it always counts.
		quoteLed := a <= b && (d.toks[a].kind == tOpenQ || d.toks[b].kind == tCloseQ)
		has := d.hasAfter(s, after, &f)
		if quoteLed && has && d.toks[a].kind != tOpenQ && f.srcS >= 0 && f.srcS < c && d.clauseAfter(s, after, &f) {
			// "Walking in to chants of “Q,” the senator said C": the
			// writer's words end in a quote; the report follows the cue.
			quoteLed = false
		}
		// With no speaker on either side of the cue ("..., wearing a hat,
		// said matter-of-factly"), the words before it are no report.
		if a <= b && (quoteLed || !has) && (f.srcS >= 0 || quoteLed) && d.setContent(&f, a, b) {
			after = d.adjuncts(s, after, &f)
			if quoteLed {
				// “Q1,” she said, “Q2.” / “Q1,” said X, speaking of Y, “Q2.”
				if k := d.nextQuoteNear(s, after); k >= 0 {
					d.addQuote(&f, d.toks[k].q)
				} else if d.resumesQuote(s, after) {
					// “Only you,” she said, “would ...” unquoted.
					d.addResumedClause(s, after+1, &f)
				}
			} else if k := after; k+1 < s.te && d.isPunct(k, ',') && d.toks[k+1].kind == tWord && !d.toks[k+1].has(fIngCue) && !d.isWord(k+1, "according") && (!d.startsClause(k+1) || d.wordCount(a, b) <= 3) {
				// Many of the closures, he said, have involved ...
				n := len(f.spans)
				d.addResumedClause(s, k+1, &f)
				if x := d.afterOpenDash(a, b); len(f.spans) > n && x > a {
					// "... religion - attacks that, Sweet noted, C2": the
					// interrupted clause starts after the dash.
					f.spans[n-1].Start = d.toks[x].s
				}
			}
			f.conf = 0.8
			return f, true
		}
	}
	if f.srcS < 0 && d.leadQuestion(s, c, e) {
		return d.askedFirst(s, c, f)
	}
	if f.srcS < 0 && j >= s.ts {
		// "Alex Castellanos, a consultant who ..., said, “…”": a subject too
		// far back for the chunker, but a quote follows the cue.
		k := after
		for k < s.te && (d.isPunct(k, ',') || d.isPunct(k, ':')) {
			k++
		}
		if k > after && k < s.te && d.toks[k].kind == tOpenQ && (d.isPunct(j, ',') || d.speech(e)) {
			a, b := d.subject(s, j+1)
			if d.isPunct(j, ',') {
				a, b = d.subject(s, j)
			}
			if a >= 0 && b <= j {
				f.srcS, f.srcE = a, b
				if d.afterContent(si, &f, after) {
					f.conf = 0.6
					return f, true
				}
			}
		}
		return f, false
	}
	if f.srcS < 0 {
		return f, false
	}
	if r := d.relativeBefore(s, f.srcS); r >= 0 && d.gapOnly(s, after, &f) {
		// "a carbon tax, which he favors.": the pronoun is all that was
		// said or thought. "the services that Lind demanded": a
		// restrictive relative only names a thing; no one is reported.
		if d.isWord(r, "that") {
			return f, false
		}
		f.spans = append(f.spans, d.tokSpan(r, r))
		f.conf = 0.5
		return f, true
	}
	if d.afterContent(si, &f, after) {
		if r := d.relativeBefore(s, f.srcS); r >= 0 {
			d.relativeContent(s, &f, r)
		} else if d.relPronoun(f.srcS) && d.isPunct(f.srcS-1, ',') && len(f.spans) > 0 {
			// "Holm, who said he was tired, proposes ...": the clause
			// set off by commas ends before the main verb.
			d.endAtMainVerb(s, &f.spans[len(f.spans)-1])
		} else if d.subjectRelative(s, f.srcS) && f.quoted == 0 && len(f.spans) > 0 {
			// "Voters who say C were divided": the relative clause sits in
			// the sentence's subject; its content ends at the main verb.
			sp := &f.spans[len(f.spans)-1]
			d.endBeforeMatrixVerb(s, sp, d.speech(e) || e.belief || d.isWord(d.tokAtRune(s, sp.Start), "that"))
		}
		f.conf = 0.7
		return f, true
	}
	// "Smith asked." after a sentence that is only a quote.
	if qi := d.prevPureQuote(si); qi >= 0 && f.srcS == s.ts {
		k := d.adjuncts(s, after, &f)
		if k >= s.te-1 {
			f.spans = nil
			d.addQuote(&f, qi)
			f.conf = 0.6
			return f, true
		}
	}
	return f, false
}

// afterOpenDash returns the first word after the last dash in tokens
// [a,b] when that dash opens an unclosed aside, or -1.
func (d *doc) afterOpenDash(a, b int) int {
	last, n := -1, 0
	for i := a; i <= b; i++ {
		if d.toks[i].q < 0 && d.dash(i) {
			last, n = i, n+1
		}
	}
	if n%2 == 0 {
		return -1
	}
	x := last + 1
	if d.isWord(x, "and") || d.isWord(x, "but") {
		x++
	}
	if x > b || d.wordCount(x, b) < 1 {
		return -1
	}
	return x
}

// subordinateAside reports a source at a opening a subordinate clause set
// off by a comma: ", though she said ...", ", while he argued ...".
func (d *doc) subordinateAside(s sent, a int) bool {
	if a-2 < s.ts || !d.isPunct(a-2, ',') || d.toks[a-1].kind != tWord {
		return false
	}
	switch string(d.lower(d.toks[a-1])) {
	case "though", "although", "while", "when", "because", "since", "as", "if", "after", "before", "once":
		return true
	}
	return false
}

// parenBefore returns the "(" matching a ")" at token j, or -1.
func (d *doc) parenBefore(s sent, j int) int {
	if !d.isPunct(j, ')') {
		return -1
	}
	for k := j - 1; k >= s.ts && j-k < 10; k-- {
		if d.isPunct(k, '(') {
			return k
		}
	}
	return -1
}

// finiteAux are auxiliaries that carry a clause's tense: a mention holds
// none of them.
var finiteAux = map[string]bool{"has": true, "have": true, "had": true, "will": true, "would": true, "did": true, "does": true, "do": true, "is": true, "was": true, "are": true, "were": true, "can": true, "could": true, "may": true, "might": true, "should": true, "must": true}

// reportedInside reports an earlier frame whose subject and cue lie in
// the reported clause before token b: "The mayor has called for a
// bridge, Lind said" reports the calling too.
func (d *doc) reportedInside(s sent, g frame, b int) bool {
	if g.cueS < 0 || g.quoted > 0 || g.mixed || g.srcS < 0 || g.srcS < d.clauseStart(s) {
		return false
	}
	return g.cueE < b && g.spans[0].Start < d.toks[b].s
}

// passive reports a form of be between the subject's last token j and
// the cue c when the cue is not its base form: "he was asked".
func (d *doc) passive(j, c int, e cueEntry) bool {
	if e.ing || d.lowerStr(d.toks[c]) == e.lemma {
		return false
	}
	for k := j + 1; k < c; k++ {
		if d.dash(k) {
			return false // "X -- who has been ... -- said": the aside's verb
		}
		if d.beForm(d.toks[k]) {
			return true
		}
	}
	return false
}

// presentClaim reports a present-tense claim verb coordinated with a
// plural subject's verb: "They ... and say they are done", "and argue
// that". Not "would sit down and tell him": only verbs of claiming,
// before a clause.
func (d *doc) presentClaim(s sent, c int, e cueEntry) bool {
	switch e.lemma {
	case "say", "argue", "insist", "contend", "claim", "warn", "predict", "complain", "believe":
	default:
		return false
	}
	if c+1 >= s.te || !(d.isWord(c+1, "that") || d.opensClause(d.toks[c+1]) && !d.toks[c+1].has(fNounBlock)) {
		return false
	}
	// No modal or infinitive governs the first verb: "would ... and say".
	for k := c - 2; k >= s.ts && c-k <= 12 && !d.isPunct(k, ','); k-- {
		switch string(d.lower(d.toks[k])) {
		case "to", "would", "will", "could", "should", "can", "might", "may", "must":
			return false
		}
	}
	return true
}

// negatedCue reports "not" or "never" between token j and the cue c.
func (d *doc) negatedCue(j, c int) bool {
	for k := j + 1; k < c; k++ {
		if d.isWord(k, "not") || d.isWord(k, "never") {
			return true
		}
	}
	return false
}

// endBeforeMatrixVerb ends content sp before the sentence's main verb:
// the first verb in an object ("who back Lind | won"), the second verb
// group in a clause ("who say the toll is high | were divided").
func (d *doc) endBeforeMatrixVerb(s sent, sp *Span, clause bool) {
	groups, in := 0, false
	for i := d.tokAtRune(s, sp.Start); i < s.te && d.toks[i].s < sp.End; i++ {
		t := d.toks[i]
		if t.kind != tWord || t.q >= 0 {
			if t.kind != tWord {
				return // punctuation: the clause's own structure, leave it
			}
			in = false
			continue
		}
		switch string(d.lower(t)) {
		case "if", "when", "because", "unless", "although", "though", "while", "as", "after", "before", "since", "than", "who", "which", "where":
			return // a clause of its own: its verbs are not the main one
		}
		verb := finiteAux[t.lw] || (t.has(fEd) || d.pastCue(t)) && !d.isCap(t)
		if !verb {
			in = in && (d.adverb(t) || d.isWord(i, "not") || d.isWord(i, "to") || d.isWord(i, "be") || d.isWord(i, "been"))
			continue
		}
		if !in {
			groups++
			if i > d.tokAtRune(s, sp.Start) && (groups == 1 && !clause || groups == 2) {
				sp.End = d.toks[i-1].e
				return
			}
		}
		in = true
	}
}

// pastCue reports a cue's past form: "warned", "said", not "claims"
// or "report", which may be nouns.
func (d *doc) pastCue(t token) bool {
	if !t.has(fCue) {
		return false
	}
	e, ok := lex.cues[t.lw]
	return ok && !e.ing && t.lw != e.lemma && !strings.HasSuffix(t.lw, "s")
}

// findingVerb reports a verb a poll or study reports with: "showed",
// "found", "suggests".
func (d *doc) findingVerb(e cueEntry) bool {
	switch e.lemma {
	case "show", "find", "suggest", "indicate", "reveal", "conclude", "estimate":
		return true
	}
	return false
}

// pollIn reports a finding's head among tokens [a,b]: "New polls
// released Sunday showed ...".
func (d *doc) pollIn(a, b int) bool {
	for i := a; i <= b; i++ {
		if d.pollWord(i) {
			return true
		}
	}
	return false
}

// midQuote reports a token inside a quote that goes on after it (not
// the comma of "“dead,”").
func (d *doc) midQuote(s sent, k int) bool {
	return d.toks[k].q >= 0 && !(k+1 < s.te && d.toks[k+1].kind == tCloseQ)
}

// cutAtComma ends f's last unquoted content span before its first comma.
func (d *doc) cutAtComma(f *frame) {
	if len(f.spans) == 0 || f.quoted > 0 {
		return
	}
	last := &f.spans[len(f.spans)-1]
	for r := last.Start; r < last.End; r++ {
		if d.r[r] == ',' {
			if a, b := d.trimRunes(last.Start, r); a < b {
				last.Start, last.End = a, b
			}
			return
		}
	}
}

// contentOpens reports a token that opens reported content after an
// agent: "asked by X whether ...", "told by aides that ...".
func (d *doc) contentOpens(i int) bool {
	t := d.toks[i]
	if t.kind == tOpenQ || d.isPunct(i, ',') || d.isPunct(i, ':') {
		return true
	}
	switch string(d.lower(t)) {
	case "that", "whether", "if", "about", "to", "how", "what", "why", "when", "who":
		return true
	}
	return false
}

// resumesQuote reports a comma at k after “Q,” she said, followed by the
// rest of the quoted sentence in the writer's words: "that ...", "to ...",
// "would ...".
func (d *doc) resumesQuote(s sent, k int) bool {
	if k+2 >= s.te || !d.isPunct(k, ',') {
		return false
	}
	t := d.toks[k+1]
	if t.kind != tWord || t.q >= 0 || d.isCap(t) {
		return false
	}
	return t.lw == "that" || t.lw == "to" || finiteAux[t.lw] || t.lw == "will" || t.lw == "would"
}

// passiveSubject puts the subject of a passive cue before its content:
// in "Lind was criticized for the delay" what was said is about Lind.
func (d *doc) passiveSubject(s sent, j int, f *frame) {
	h := j
	if d.isWord(j, "it") {
		return // "it was revealed that ...": the clause is all of it
	}
	if !d.relPronoun(j) && !d.isWord(j, "that") {
		if h = d.leftNP(s, j); h < 0 {
			return
		}
	}
	f.spans = append([]Span{d.tokSpan(h, j)}, f.spans...)
}

// noComplement reports that nothing after a passive cue at k is its
// content: the sentence ends or an adjunct follows ("was disclosed on
// Monday", "was noted when ...").
func (d *doc) noComplement(s sent, k int) bool {
	if k >= s.te {
		return true
	}
	t := d.toks[k]
	if t.kind == tPunct {
		return d.r[t.s] != ':' && t.kind != tOpenQ
	}
	if t.kind != tWord || t.q >= 0 {
		return false
	}
	switch t.lw {
	case "when", "though", "although", "after", "before", "in", "at", "during", "because", "since", "and", "but", "while", "until", "last", "this", "earlier", "later":
		return true
	}
	return t.has(fTemporal) && !t.has(fPrep)
}

// coordinated reports a cue at c that starts a clause or a verb phrase of
// its own after "and" or "but": "she said X, and she accused Y", "said
// X, but lamented Y". Such a cue is an attribution of its own, not part
// of X (a belief verb still may be: "said X and he feels Y").
func (d *doc) coordinated(s sent, c int) bool {
	j := d.skipAuxLeft(s, c-1)
	if j-1 < s.ts || d.relPronoun(j) || d.isWord(j, "that") || d.isWord(j, "it") {
		return false
	}
	if d.isWord(j, "and") || d.isWord(j, "but") {
		return true // "she said C, and accused him of ...", "C and called D"
	}
	if !d.toks[j].has(fPronoun) {
		// ", and Lind accused ...": a named subject after a comma.
		h := d.leftNP(s, j)
		if h-2 < s.ts || !d.isPunct(h-2, ',') {
			return false
		}
		switch w := d.toks[h]; {
		case d.isCap(w), w.lw == "the" || w.lw == "his" || w.lw == "her" || w.lw == "their" || w.lw == "its":
		default:
			return false
		}
		j = h
	}
	return d.isWord(j-1, "and") || d.isWord(j-1, "but")
}

// gapOnly reports that nothing but adjuncts follows the cue of a relative
// clause, whose object is then the relative pronoun: "which he once
// supported -", "who he is backing in the primary".
func (d *doc) gapOnly(s sent, after int, f *frame) bool {
	g := *f
	k := d.adjuncts(s, after, &g)
	if k >= s.te {
		return true
	}
	t := d.toks[k]
	if t.kind == tPunct && t.q < 0 {
		// "... that Lind said, “Q”": the quote is what was said.
		return d.r[t.s] != ':' && !(k+1 < s.te && d.toks[k+1].kind == tOpenQ)
	}
	return t.kind == tWord && t.q < 0 && (t.lw == "and" || t.lw == "but")
}

// clauseAfter reports a reported clause right after the cue's adjuncts:
// not a quote after a comma, not a preposition ("proclaimed to a crowd").
func (d *doc) clauseAfter(s sent, after int, f *frame) bool {
	g := *f
	k := d.adjuncts(s, after, &g)
	if k >= s.te {
		return false
	}
	t := d.toks[k]
	return t.kind == tWord && t.q < 0 && !t.has(fPrep) && t.lw != "to" && t.lw != "with" && t.lw != "of"
}

// prepAfterConj returns the "and" or "but" before a short prepositional
// phrase ending right before token c ("but in a later interview said"),
// or -1.
func (d *doc) prepAfterConj(s sent, c int) int {
	for k := c - 1; k >= s.ts && c-k <= 6; k-- {
		t := d.toks[k]
		if t.kind != tWord || t.q >= 0 {
			return -1
		}
		if t.lw == "and" || t.lw == "but" {
			if k+2 < c && d.toks[k+1].has(fPrep) {
				return k
			}
			return -1
		}
		if t.has(fPronoun|fCue) || finiteAux[t.lw] || d.verbish(t) || d.isCap(t) && !t.has(fTemporal) {
			return -1
		}
	}
	return -1
}
