package extract

import (
	"slices"
	"strings"
	"testing"
)

// find returns the attribution whose text contains sub, failing the test
// when there is none.
func find(t *testing.T, as []Attribution, sub string) Attribution {
	t.Helper()
	for _, a := range as {
		if strings.Contains(a.Text, sub) {
			return a
		}
	}
	t.Fatalf("no attribution containing %q in:\n%s", sub, dump(as))
	return Attribution{}
}

// none fails when an attribution's text contains sub.
func none(t *testing.T, as []Attribution, sub string) {
	t.Helper()
	for _, a := range as {
		if strings.Contains(a.Text, sub) {
			t.Fatalf("unexpected attribution containing %q:\n%s", sub, dump(as))
		}
	}
}

func dump(as []Attribution) string {
	var b strings.Builder
	for _, a := range as {
		b.WriteString("  " + string(a.Kind) + " cue=" + a.CueText + " src=" + a.SourceText + " speaker=" + a.Speaker + " type=" + a.SpeakerType + " role=" + a.Role + " aff=" + a.Affiliation + " to=" + a.Addressee + "\n    " + a.Text + "\n")
	}
	return b.String()
}

// spanText returns the text of a span in code points.
func spanText(text string, s Span) string {
	r := []rune(text)
	return string(r[s.Start:s.End])
}

type want struct {
	kind    Kind
	lemma   string
	source  string
	speaker string
	typ     string
	role    string
	aff     string
	to      string
}

// check compares the fields of w that are set.
func check(t *testing.T, a Attribution, w want) {
	t.Helper()
	if w.kind != "" && a.Kind != w.kind {
		t.Errorf("kind = %q, want %q (%q)", a.Kind, w.kind, a.Text)
	}
	if w.lemma != "" && a.CueLemma != w.lemma {
		t.Errorf("cue lemma = %q, want %q (%q)", a.CueLemma, w.lemma, a.Text)
	}
	if w.source != "" && a.SourceText != w.source {
		t.Errorf("source = %q, want %q (%q)", a.SourceText, w.source, a.Text)
	}
	if w.speaker != "" && a.Speaker != w.speaker {
		t.Errorf("speaker = %q, want %q (%q)", a.Speaker, w.speaker, a.Text)
	}
	if w.typ != "" && a.SpeakerType != w.typ {
		t.Errorf("speaker type = %q, want %q (%q)", a.SpeakerType, w.typ, a.Text)
	}
	if w.role != "" && a.Role != w.role {
		t.Errorf("role = %q, want %q (%q)", a.Role, w.role, a.Text)
	}
	if w.aff != "" && a.Affiliation != w.aff {
		t.Errorf("affiliation = %q, want %q (%q)", a.Affiliation, w.aff, a.Text)
	}
	if w.to != "" && a.Addressee != w.to {
		t.Errorf("addressee = %q, want %q (%q)", a.Addressee, w.to, a.Text)
	}
}

// noLemma fails when any of texts yields an attribution whose cue lemma is
// one of lemmas: the word is read in a sense that reports nothing.
func noLemma(t *testing.T, lemmas []string, texts ...string) {
	t.Helper()
	for _, text := range texts {
		for _, a := range Extract(text) {
			if slices.Contains(lemmas, a.CueLemma) {
				t.Errorf("%q read as a report: %s", a.CueLemma, dump([]Attribution{a}))
			}
		}
	}
}
