// Package speakers decides when two names are one speaker: "Ali Rahimi",
// "Ali al-Rahimi" and "A. Rahimi" are; "Boris Johnson" and "Lyndon Johnson"
// are not. It is pure Go; store applies it to the aliases it keeps.
package speakers

import (
	"strings"

	"github.com/whosaid/whosaid/internal/textnorm"
)

// Name is a speaker name taken apart for matching.
type Name struct {
	Key     string   // textnorm.SpeakerKey of the whole name
	Given   []string // given names (folded), particles dropped
	Surname string   // last name (folded), "" for organisations and groups
}

// particles join a surname to its prefix; they never decide a match.
var particles = map[string]bool{
	"al": true, "el": true, "ad": true, "as": true, "an": true, "bin": true, "ibn": true, "abu": false,
	"van": true, "von": true, "de": true, "da": true, "der": true, "den": true, "la": true, "le": true,
	"di": true, "du": true, "dos": true, "das": true,
}

// suffixes follow a surname without being one.
var suffixes = map[string]bool{"jr": true, "sr": true, "ii": true, "iii": true, "iv": true}

// Parse takes a name apart. Only people have a surname.
func Parse(name, typ string) Name {
	n := Name{Key: textnorm.SpeakerKey(name)}
	if typ != "" && typ != "person" {
		return n
	}
	words := strings.Fields(n.Key)
	for len(words) > 1 && suffixes[words[len(words)-1]] {
		words = words[:len(words)-1]
	}
	if len(words) == 0 {
		return n
	}
	n.Surname = words[len(words)-1]
	for _, w := range words[:len(words)-1] {
		if !particles[w] {
			n.Given = append(n.Given, w)
		}
	}
	return n
}

// Compatible reports whether two person names with the same surname can be
// one person: their first given names agree, one is the other's initial, or
// they are spellings of one name ("Moqtada", "Muqtada"). A name with no given
// name is compatible with anything; callers use that only when the surname
// points at a single person.
func Compatible(a, b Name) bool {
	if a.Surname == "" || a.Surname != b.Surname && !sameSpelling(a.Surname, b.Surname) {
		return false
	}
	if len(a.Given) == 0 || len(b.Given) == 0 {
		return true
	}
	x, y := a.Given[0], b.Given[0]
	switch {
	case x == y:
		return true
	case len(x) == 1 || len(y) == 1:
		return x[0] == y[0]
	}
	return sameSpelling(x, y)
}

// FullName reports whether n has a given name as well as a surname.
func (n Name) FullName() bool { return n.Surname != "" && len(n.Given) > 0 }

// sameSpelling is true for transliteration variants: equal once vowels are
// reduced and common digraphs folded, or one edit apart in a long name.
func sameSpelling(a, b string) bool {
	if a == b {
		return true
	}
	if len(a) < 5 || len(b) < 5 || a[0] != b[0] {
		return false
	}
	if skeleton(a) == skeleton(b) {
		return true
	}
	return len(a) >= 6 && len(b) >= 6 && editDistance(a, b) <= 1
}

var digraphs = strings.NewReplacer("ph", "f", "kh", "k", "gh", "g", "th", "t", "dh", "d", "sh", "s", "ck", "k", "q", "k", "y", "i", "w", "v")

// skeleton keeps a name's frame: digraphs folded, every vowel made one
// vowel, doubled letters merged. "muqtada" and "moqtada" share "makata".
func skeleton(s string) string {
	s = digraphs.Replace(s)
	var b strings.Builder
	var last rune
	for _, r := range s {
		if strings.ContainsRune("aeiou", r) {
			r = 'a'
		}
		if r != last {
			b.WriteRune(r)
		}
		last = r
	}
	return b.String()
}

func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// orgStopwords are left out of an organisation's initials.
var orgStopwords = map[string]bool{"of": true, "the": true, "for": true, "and": true, "on": true, "in": true}

// Acronym is the initials of a multi-word organisation key ("united nations"
// -> "un"), or "" for a one-word key, so "the UN" finds "the United Nations".
func Acronym(key string) string {
	words := strings.Fields(key)
	if len(words) < 2 {
		return ""
	}
	var b strings.Builder
	for _, w := range words {
		if !orgStopwords[w] {
			b.WriteByte(w[0])
		}
	}
	if b.Len() < 2 {
		return ""
	}
	return b.String()
}
