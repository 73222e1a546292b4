// Package textnorm folds text for matching: quote text is folded once at
// import and a lookup query is folded the same way, so quote marks, case,
// accents and punctuation never decide whether two statements match.
package textnorm

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Fold lower-cases s, strips accents, turns every run of punctuation,
// symbols and spaces into one space and trims the ends. Apostrophes inside a
// word are dropped ("Britain’s" -> "britains") so straight and curly forms agree.
func Fold(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, " ")
	}
	var b strings.Builder
	b.Grow(len(s))
	space := true // drop leading spaces
	for _, r := range norm.NFKD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue // combining accent
		case r == '\'' || r == '’' || r == '‘' || r == 'ʼ':
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
			space = false
		default:
			if !space {
				b.WriteByte(' ')
				space = true
			}
		}
	}
	return strings.TrimRight(b.String(), " ")
}

// honorifics are dropped from a speaker key: "Mr Rahimi" and "Rahimi" are one key.
var honorifics = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "miss": true, "dr": true, "prof": true, "sir": true, "dame": true,
	"lord": true, "lady": true, "rev": true, "the": true,
}

// SpeakerKey is the identity of a speaker name within whosaid: folded, with
// leading honorifics and a leading article removed.
func SpeakerKey(name string) string {
	words := strings.Fields(Fold(name))
	for len(words) > 1 && honorifics[words[0]] {
		words = words[1:]
	}
	return strings.Join(words, " ")
}
