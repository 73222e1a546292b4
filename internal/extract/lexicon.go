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
	noun    bool // the base and -s forms double as nouns: "the report"
	base    bool // this form is the base or -s form
}

// lexicon holds every word list, loaded once at init and read-only after.
type lexicon struct {
	cues        map[string]cueEntry
	aux         map[string]bool
	stop        map[string]bool
	pronoun     map[string]bool
	temporal    map[string]bool
	ingCue      map[string]bool
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
}

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
		for e.lemma[0] == '!' || e.lemma[0] == '~' || e.lemma[0] == '?' {
			switch e.lemma[0] {
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
	for w := range set(fn["auxextra"]) {
		l.aux[w] = true
	}
	l.honorific = gendered(sections("honorifics.txt")[""])
	l.role = gendered(sections("roles.txt")[""])
	org := sections("orgs.txt")
	l.orgHead, l.nonName = set(org["head"]), set(org["nonname"])
	l.group = set(sections("groups.txt")[""])
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
	}
	return forms
}
