package extract

import (
	"testing"
	"unicode/utf8"
)

// FuzzExtract checks the invariants every caller relies on: no panic,
// offsets inside the text in code points, non-empty ordered spans, and
// valid UTF-8 out whatever comes in.
func FuzzExtract(f *testing.F) {
	f.Add("“We will not go home,” an 18-year-old protester, Jane Roe, told Reuters.")
	f.Add("According to officials, the road is closed.")
	f.Add("''Fine,'' Mr. Smith said.\n\n“Q1\n\n“Q2.”")
	f.Fuzz(func(t *testing.T, text string) {
		n := utf8.RuneCountInString(text)
		if !utf8.ValidString(text) {
			// Invalid bytes become one U+FFFD each.
			n = 0
			for i := 0; i < len(text); {
				_, w := utf8.DecodeRuneInString(text[i:])
				i += w
				n++
			}
		}
		for _, a := range Extract(text) {
			if len(a.Content) == 0 {
				t.Fatalf("attribution without content: %+v", a)
			}
			prev := 0
			for _, s := range a.Content {
				if s.Start < prev || s.Start >= s.End || s.End > n {
					t.Fatalf("bad content span %v (len %d) in %+v", s, n, a)
				}
				prev = s.End
			}
			for _, s := range []*Span{a.Cue, a.Source} {
				if s != nil && (s.Start < 0 || s.Start >= s.End || s.End > n) {
					t.Fatalf("bad span %v (len %d)", *s, n)
				}
			}
			for _, str := range []string{a.Text, a.CueText, a.SourceText, a.Speaker, a.Role, a.Affiliation, a.Addressee} {
				if !utf8.ValidString(str) {
					t.Fatalf("invalid UTF-8 out: %q", str)
				}
			}
			if a.Confidence < 0 || a.Confidence > 1 {
				t.Fatalf("confidence %v", a.Confidence)
			}
		}
	})
}
