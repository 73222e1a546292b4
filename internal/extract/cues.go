package extract

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
	if w == "quoted" && i+2 < s.te && d.isWord(i+1, "as") {
		return cueEntry{}, 0, false // the cue is the "saying" that follows
	}
	// "United States", "the Post": a capital mid-sentence is a name.
	if d.isCap(t) && i > s.ts && d.toks[i-1].kind != tOpenQ {
		return cueEntry{}, 0, false
	}
	// "the report", "a claim": after a determiner the form is a noun.
	if i > s.ts && d.toks[i-1].kind == tWord && lex.nounBlock[d.lowerStr(d.toks[i-1])] {
		return cueEntry{}, 0, false
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
			switch w {
			case "is", "was", "are", "were", "been", "be", "am", "and", "also", "while", "before", "after", "repeatedly", "publicly", "again":
			default:
				return cueEntry{}, 0, false
			}
		}
	}
	// "the 50 states", "his support": a noun-like form needs a pronoun or
	// an auxiliary before it to count as a verb.
	if e.noun && e.base {
		j := d.skipAuxLeft(s, i-1)
		if j == i-1 && !(j >= s.ts && d.toks[j].kind == tWord && lex.pronoun[d.lowerStr(d.toks[j])]) {
			return cueEntry{}, 0, false
		}
	}
	return e, 1, true
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
		// ", however," between subject and verb
		if t.kind == tPunct && d.r[t.s] == ',' && i-2 >= s.ts && d.isPunct(i-2, ',') && d.toks[i-1].kind == tWord && lex.aux[d.lowerStr(d.toks[i-1])] {
			i -= 3
			continue
		}
		if t.kind != tWord || t.q >= 0 || !t.has(fAux) || d.isCap(t) {
			break
		}
		i--
	}
	return i
}
