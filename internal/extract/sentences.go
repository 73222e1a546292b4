package extract

import "unicode"

// sent is a sentence: tokens [ts,te) of paragraph para.
type sent struct {
	ts, te int
	para   int
	// fl and marks sum up the tokens (addSent), so the sentence-level
	// readings test a bit instead of scanning every sentence.
	fl    uint32 // every flag its tokens carry
	marks sentMark
}

// sentMark notes tokens some sentence-level reading looks for.
type sentMark uint8

const (
	mColon      sentMark = 1 << iota // a colon outside quotes
	mWords                           // "words" ("In X's words"), a finding
	mIntroQuote                      // a quote opening after a comma or colon, past the second token
	mCueWord                         // "according" or "reportedly": cues without fCue
)

// addSent appends the sentence of tokens [ts,te) with its summary.
func (d *doc) addSent(ts, te, para int) {
	s := sent{ts: ts, te: te, para: para}
	for i := ts; i < te; i++ {
		t := &d.toks[i]
		s.fl |= t.fl
		switch t.kind {
		case tPunct:
			if t.q < 0 && d.r[t.s] == ':' {
				s.marks |= mColon
			}
		case tOpenQ:
			if i < ts+2 || t.q < 0 {
				break
			}
			if p := &d.toks[i-1]; p.kind == tPunct && p.q < 0 && (d.r[p.s] == ',' || d.r[p.s] == ':') {
				s.marks |= mIntroQuote
			}
		case tWord:
			switch t.e - t.s { // lower-casing keeps the rune count
			case 5:
				if d.r[t.s+4] == 's' && string(d.lower(*t)) == "words" {
					s.marks |= mWords
				}
			case 9:
				if t.lw == "according" {
					s.marks |= mCueWord
				}
			case 10:
				if d.r[t.s]|0x20 == 'r' && string(d.lower(*t)) == "reportedly" {
					s.marks |= mCueWord
				}
			}
		}
	}
	d.sents = append(d.sents, s)
}

// assignQuotes sets token.q to the top-level quote each token lies in.
func (d *doc) assignQuotes() {
	qi := 0
	for i := range d.toks {
		t := &d.toks[i]
		for qi < len(d.quotes) && d.quotes[qi].e <= t.s {
			qi++
		}
		if qi < len(d.quotes) && d.quotes[qi].s <= t.s {
			t.q = qi
		}
	}
}

// splitSentences cuts paragraph tokens [ts,te) at . ! ? outside quotes when
// the next token starts a new sentence. A full stop that ends a quote
// (“… home.” She said) also ends the sentence.
func (d *doc) splitSentences(ts, te, pi int) {
	start := ts
	for i := ts; i < te-1; i++ {
		t := &d.toks[i]
		end := false
		switch {
		case t.kind == tPunct && (t.q < 0 || d.toks[i+1].kind == tOpenQ):
			// (A point inside a quote ends the sentence when the next quote
			// opens right after: a run-on quote missing its closing marks.)
			c := d.r[t.s]
			end = c == '.' || c == '!' || c == '?' || c == '…' || c == ';' && false
		case t.kind == tWord && t.q < 0 && d.r[t.e-1] == '.' && t.e-t.s > 2 && !t.has(fHonorific):
			// "in the U.S. He said": an abbreviation's point also ends the
			// sentence when a word that only opens one follows.
			end = i+1 < te && d.sentOpener(d.toks[i+1])
		case t.kind == tCloseQ && i > ts:
			p := d.toks[i-1]
			if p.kind == tPunct {
				c := d.r[p.s]
				end = c == '.' || c == '!' || c == '?' || c == '…'
			}
		}
		if !end {
			continue
		}
		// Absorb closing marks and brackets: ...home.” / ...).
		j := i + 1
		for j < te && (d.toks[j].kind == tCloseQ || d.toks[j].kind == tPunct && (d.r[d.toks[j].s] == ')' || d.r[d.toks[j].s] == '’')) {
			j++
		}
		if j >= te {
			break
		}
		n := d.toks[j]
		c := d.r[n.s]
		if n.kind == tOpenQ || unicode.IsUpper(c) || unicode.IsDigit(c) || c == '(' || c == '[' {
			if t.kind == tCloseQ && d.r[d.toks[i-1].s] != '.' && n.kind == tWord && !unicode.IsUpper(c) {
				continue
			}
			// “Why?” Smith asked. — the question mark ends the quote, not
			// the sentence, when a speaker and cue follow.
			// “Why?” He asked her that ...: a capitalised pronoun or article
			// opens a new sentence.
			if t.kind == tCloseQ && d.r[d.toks[i-1].s] != '.' && !d.sentOpener(n) && d.cueSoon(j, te) {
				continue
			}
			d.addSent(start, j, pi)
			start = j
			i = j - 1
		}
	}
	if start < te {
		d.addSent(start, te, pi)
	}
}

// cueSoon reports a cue verb within the few words after token j, before
// any punctuation: "Smith asked", "the senator said".
func (d *doc) cueSoon(j, te int) bool {
	if j < te && (d.toks[j].has(fStop|fPrep) || subordinator(string(d.lower(d.toks[j])))) {
		return false // “Why?” When asked ...: a new sentence
	}
	for k := j; k < te && k-j < 5; k++ {
		t := d.toks[k]
		if t.kind != tWord {
			return false
		}
		if t.has(fCue) && !d.isCap(t) {
			return k > j
		}
	}
	return false
}

// sentOpener reports a capitalised word that opens sentences and never
// continues a name: "He", "The", "But".
func (d *doc) sentOpener(t token) bool {
	if t.kind != tWord || !unicode.IsUpper(d.r[t.s]) {
		return false
	}
	switch t.lw {
	case "he", "she", "it", "they", "we", "the", "but", "this", "these", "those", "there", "his", "her", "their", "its", "our":
		return true
	}
	return false
}

// subordinator reports a word opening a subordinate clause or phrase: a
// clause conjunction (clauseConj), "as", or the prepositions "despite"
// and "amid".
func subordinator(w string) bool {
	switch w {
	case "as", "despite", "amid":
		return true
	}
	return clauseConj(w)
}

// clauseConj reports a conjunction opening a subordinate clause with its
// own verb: "While", "Because", "Unless". It is the list the subordinate
// openers share: subordinator adds "as", "despite" and "amid"; fronting
// adds "even". clauseSubordinator, leadConj and opener (mentions.go) keep
// lists of their own: see there.
func clauseConj(w string) bool {
	switch w {
	case "when", "while", "after", "before", "because", "if", "although", "though", "since", "once", "until", "unless", "whenever", "whereas":
		return true
	}
	return false
}
