package extract

import (
	"embed"
	"strings"
)

// The word lists live in data files so they can grow without code changes.
//
//go:embed lexicon/*.txt
var lexiconFS embed.FS

// cueEntry describes one inflected form of a cue verb.
type cueEntry struct {
	lemma   string
	tellish bool // takes the addressee as object: "told Reuters"
	belief  bool // thinks, hopes, fears: weaker than speech
	ing     bool // the -ing participle ("saying"), which borrows its subject
	object  bool // content is the object alone: "endorsed Clinton"
	quotes  bool // only introduces quotes: "he continued: “…”"
	noun    bool // the base and -s forms double as nouns: "the report"
	base    bool // this form is the base or -s form
	// preps are the prepositions the verb is a cue with, and only with:
	// "focused on the economy", "referred to him as". The preposition
	// joins the cue; its object is the content.
	preps []string
	// optPrep: the verb is a cue without its preposition too, which joins
	// the cue when present: "called for a ban", "called him a liar".
	optPrep bool
}

// lexicon holds every word list, loaded once at init and read-only after.
type lexicon struct {
	cues        map[string]cueEntry
	place       map[string]bool // "China", "Wales": as written
	aux         map[string]bool
	stop        map[string]bool
	pronoun     map[string]bool
	temporal    map[string]bool
	ingCue      map[string]bool
	raising     map[string]string   // "seemed" -> "seem": holder-less impressions
	finding     map[string]bool     // "poll", "survey": sources of findings
	record      map[string]bool     // "records", "filings": they show findings too
	nounCue     map[string][]string // "calls" -> for: nouns of saying and the words opening their content
	nounBlock   map[string]bool
	prep        map[string]bool
	honorific   map[string]byte // gender m, f or '-'
	role        map[string]byte
	orgHead     map[string]bool
	nonName     map[string]bool
	group       map[string]bool
	anonPhrase  []string
	anonMarker  []string
	firstName   map[string]byte
	boilerplate map[string]bool
	abbrev      map[string]bool
	// info maps every lexicon word to its interned form and class flags,
	// so a token is looked up once, without allocating; words no list
	// knows get nothing.
	info map[string]winfo
	// words holds info's entries again in a table the tokenizer probes
	// with a hash it takes while lower-casing a word: one pass over the
	// word instead of lower-casing, hashing and comparing through a map.
	words wordTable
}

// wordTable is an open-addressing hash table of lexicon words keyed by
// wordHash of their lower-cased bytes.
type wordTable struct {
	slots []uint16 // index+1 into words; 0 is an empty slot
	words []winfo
	mask  uint32
}

const hashSeed uint32 = 2166136261

// wordHash adds byte c to FNV-1a hash h.
func wordHash(h uint32, c byte) uint32 { return (h ^ uint32(c)) * 16777619 }

func hashBytes(b []byte) uint32 {
	h := hashSeed
	for _, c := range b {
		h = wordHash(h, c)
	}
	return h
}

func newWordTable(info map[string]winfo) wordTable {
	n := 64
	for n < 3*len(info) {
		n *= 2
	}
	w := wordTable{slots: make([]uint16, n), mask: uint32(n - 1)}
	if len(info) >= 1<<16-1 {
		panic("extract: lexicon too large for its word table")
	}
	for _, wi := range info {
		w.words = append(w.words, wi)
		i := hashBytes([]byte(wi.lw)) & w.mask
		for w.slots[i] != 0 {
			i = (i + 1) & w.mask
		}
		w.slots[i] = uint16(len(w.words))
	}
	return w
}

// find looks up the lower-cased word b whose hash is h.
func (w *wordTable) find(b []byte, h uint32) (winfo, bool) {
	for i := h & w.mask; ; i = (i + 1) & w.mask {
		k := w.slots[i]
		if k == 0 {
			return winfo{}, false
		}
		if wi := &w.words[k-1]; wi.lw == string(b) {
			return *wi, true
		}
	}
}

// winfo is what the lexicons know about one lower-cased word.
type winfo struct {
	lw string
	fl uint32
}

// Word class flags, set on tokens at tokenization.
const (
	fAux uint32 = 1 << iota
	fStop
	fPronoun
	fTemporal
	fPrep
	fNounBlock
	fIngCue
	fGroup
	fRole    // a role noun or its plural
	fOrgHead // an organisation word or its plural
	fNonName
	fCue
	fHonorific
	fFirstName
	fEd // an unknown word ending in -ed: likely a participle
	fNounCue
	fRaise   // "seemed", "appears": a holder-less impression
	fFinding // "poll", "records": heads of a finding's source
	fCap     // set by the tokenizer, not the lexicons: the word starts with a capital
)

var lex = loadLexicon()

// sections reads a lexicon file into its [section]s; lines before any header
// go to section "". Comments start with #.
func sections(name string) map[string][]string {
	b, err := lexiconFS.ReadFile("lexicon/" + name)
	if err != nil {
		panic("extract: missing lexicon " + name)
	}
	out := map[string][]string{}
	sec := ""
	for _, line := range strings.Split(string(b), "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if line[0] == '[' && line[len(line)-1] == ']' {
			sec = line[1 : len(line)-1]
			continue
		}
		out[sec] = append(out[sec], line)
	}
	return out
}

func set(lines []string) map[string]bool {
	m := make(map[string]bool, len(lines))
	for _, l := range lines {
		m[strings.ToLower(l)] = true
	}
	return m
}

// gendered reads "word g" lines.
func gendered(lines []string) map[string]byte {
	m := make(map[string]byte, len(lines))
	for _, l := range lines {
		f := strings.Fields(l)
		g := byte('-')
		if len(f) > 1 {
			g = f[1][0]
		}
		m[strings.ToLower(f[0])] = g
	}
	return m
}

func loadLexicon() *lexicon {
	l := &lexicon{cues: map[string]cueEntry{}}
	for _, line := range sections("cues.txt")[""] {
		f := strings.Fields(line)
		e := cueEntry{lemma: f[0]}
		for len(f) > 1 && f[len(f)-1][0] == '+' {
			p := f[len(f)-1][1:]
			if strings.HasSuffix(p, "?") {
				p, e.optPrep = p[:len(p)-1], true
			}
			e.preps = append(e.preps, p)
			f = f[:len(f)-1]
		}
		for strings.ContainsRune("!~?^=", rune(e.lemma[0])) {
			switch e.lemma[0] {
			case '=':
				e.quotes = true
			case '^':
				e.object = true
			case '!':
				e.tellish = true
			case '~':
				e.belief = true
			case '?':
				e.noun = true
			}
			e.lemma = e.lemma[1:]
		}
		for _, form := range append(inflect(e.lemma), f[1:]...) {
			fe := e
			fe.ing = strings.HasSuffix(form, "ing")
			fe.base = form == e.lemma || form == e.lemma+"s" || form == e.lemma+"es" || strings.HasSuffix(form, "ies")
			if _, dup := l.cues[form]; !dup || form == e.lemma {
				l.cues[form] = fe
			}
		}
	}
	fn := sections("function.txt")
	l.aux, l.stop, l.pronoun = set(fn["aux"]), set(fn["stop"]), set(fn["pronoun"])
	l.temporal, l.prep = set(fn["temporal"]), set(fn["prep"])
	l.ingCue, l.nounBlock = set(fn["ingcue"]), set(fn["nounblock"])
	l.finding, l.record = set(fn["finding"]), set(fn["record"])
	l.nounCue = map[string][]string{}
	for _, line := range fn["nouncue"] {
		f := strings.Fields(line)
		l.nounCue[f[0]] = f[1:]
	}
	l.raising = map[string]string{}
	for _, line := range fn["raising"] {
		forms := strings.Fields(line) // lemma, then its forms
		for _, w := range forms {
			l.raising[w] = forms[0]
		}
	}
	for w := range set(fn["auxextra"]) {
		l.aux[w] = true
	}
	l.honorific = gendered(sections("honorifics.txt")[""])
	l.role = gendered(sections("roles.txt")[""])
	org := sections("orgs.txt")
	l.orgHead, l.nonName = set(org["head"]), set(org["nonname"])
	l.group = set(sections("groups.txt")[""])
	l.place = map[string]bool{}
	for _, name := range sections("places.txt")[""] {
		l.place[strings.TrimSpace(name)] = true
	}
	an := sections("anonymous.txt")
	l.anonPhrase, l.anonMarker = an["phrase"], an["marker"]
	l.firstName = map[string]byte{}
	names := sections("firstnames.txt")
	for _, g := range []string{"m", "f"} {
		for _, line := range names[g] {
			for _, n := range strings.Fields(line) {
				if old, ok := l.firstName[n]; ok && old != g[0] {
					l.firstName[n] = '-' // both: unknown
				} else {
					l.firstName[n] = g[0]
				}
			}
		}
	}
	l.boilerplate = set(sections("boilerplate.txt")[""])
	l.abbrev = set(sections("abbrev.txt")[""])
	l.info = map[string]winfo{}
	add := func(w string, f uint32) {
		for _, x := range append(strings.Fields(w), w) {
			i := l.info[x]
			i.lw = x
			if x == w {
				i.fl |= f
			}
			l.info[x] = i
		}
	}
	sets := []struct {
		m map[string]bool
		f uint32
	}{{l.aux, fAux}, {l.stop, fStop}, {l.pronoun, fPronoun}, {l.temporal, fTemporal}, {l.prep, fPrep},
		{l.ingCue, fIngCue}, {l.nounBlock, fNounBlock}, {l.orgHead, fOrgHead}, {l.nonName, fNonName},
		{l.group, fGroup}, {l.boilerplate, 0}, {l.abbrev, 0}, {l.finding, fFinding}, {l.record, fFinding}}
	for _, st := range sets {
		for w := range st.m {
			add(w, st.f)
		}
	}
	for w := range l.orgHead {
		add(w+"s", fOrgHead)
	}
	for _, e := range l.cues {
		for _, p := range e.preps {
			add(p, 0) // interned, so a bound preposition is matched by lw
		}
	}
	for n, ps := range l.nounCue {
		add(n, fNounCue)
		for _, p := range ps {
			add(p, 0)
		}
	}
	for _, line := range fn["pastverb"] {
		for _, w := range strings.Fields(line) {
			add(w, fEd)
		}
	}
	for w := range l.raising {
		// Interned, so frames match it without allocating; a known word
		// skips the tokenizer's -ed guess, so "seemed" keeps it here.
		f := fRaise
		if strings.HasSuffix(w, "ed") {
			f |= fEd
		}
		add(w, f)
	}
	for w := range l.role {
		add(w, fRole)
		add(w+"s", fRole) // plurals: "analysts"
	}
	for w := range l.honorific {
		add(w, fHonorific)
	}
	for w := range l.firstName {
		add(w, fFirstName)
	}
	for w := range l.cues {
		add(w, fCue)
	}
	for _, p := range append(l.anonPhrase, l.anonMarker...) {
		add(p, 0)
	}
	defer func() { l.words = newWordTable(l.info) }()
	// Words the rules compare against directly.
	for _, w := range strings.Fields("despite compared unlike watch update related note editor photo video source sources breaking exclusive read listen contact correction advertisement contributing credit caption image transcript subscribe tags topics filed anonymity named familiar authorised authorized anonymously according to that of for with by about into than like from who whom and but or while whereas as is was are were been be am also repeatedly publicly again before after quoted bin de van von da al le la he she they we i you it which what") {
		add(w, 0)
	}
	return l
}

// inflect generates the regular forms of a verb lemma.
func inflect(v string) []string {
	forms := []string{v}
	n := len(v)
	switch {
	case strings.HasSuffix(v, "y") && n > 1 && !strings.ContainsRune("aeiou", rune(v[n-2])):
		stem := v[:n-1]
		forms = append(forms, stem+"ies", stem+"ied", v+"ing")
	case strings.HasSuffix(v, "e"):
		forms = append(forms, v+"s", v+"d", v[:n-1]+"ing")
	case strings.HasSuffix(v, "s") || strings.HasSuffix(v, "sh") || strings.HasSuffix(v, "ch") || strings.HasSuffix(v, "x"):
		forms = append(forms, v+"es", v+"ed", v+"ing")
	default:
		forms = append(forms, v+"s", v+"ed", v+"ing")
		// Consonant doubling (slam -> slammed, quip -> quipped); a wrong
		// extra form is harmless since no text contains it.
		if n >= 3 && !strings.ContainsRune("aeiouwxy", rune(v[n-1])) && strings.ContainsRune("aeiou", rune(v[n-2])) && !strings.ContainsRune("aeiou", rune(v[n-3])) {
			d := v + v[n-1:]
			forms = append(forms, d+"ed", d+"ing")
		}
	}
	return forms
}
