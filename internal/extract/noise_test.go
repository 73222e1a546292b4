package extract

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func TestCaptionsAndBoilerplate(t *testing.T) {
	text := "Advertisement\n\nRiot police gather in the square as protesters say they will stay: Reuters\n\nRead more\n\nWith agencies\n\nThe minister said the curfew would end on Monday."
	as := Extract(text)
	none(t, as, "will stay")
	if len(as) != 1 {
		t.Errorf("want only the minister's statement, got:\n%s", dump(as))
	}
}

func TestOffsetsAreCodePoints(t *testing.T) {
	text := "Zoë Ångström, the café’s owner, said: “Très bien — we reopen on Monday.”"
	as := Extract(text)
	a := find(t, as, "Très bien")
	if got := spanText(text, a.Content[0]); got != "“Très bien — we reopen on Monday.”" {
		t.Errorf("content span = %q", got)
	}
	if got := spanText(text, *a.Source); got != a.SourceText {
		t.Errorf("source span %q != source text %q", got, a.SourceText)
	}
	if got := spanText(text, *a.Cue); got != "said" {
		t.Errorf("cue span = %q", got)
	}
}

func TestInvalidUTF8(t *testing.T) {
	text := "Tom Berg said \xff\xfe the \xc3 fence was \"broken\xff\"."
	for _, a := range Extract(text) {
		if !utf8.ValidString(a.Text) {
			t.Errorf("invalid UTF-8 in %q", a.Text)
		}
		checkSpans(t, utf8.RuneCountInString(text), a)
	}
}

// checkSpans verifies the offset invariants the fuzzer also checks.
func checkSpans(t *testing.T, n int, a Attribution) {
	t.Helper()
	prev := -1
	for _, s := range a.Content {
		if s.Start < 0 || s.End > n || s.Start >= s.End || s.Start < prev {
			t.Fatalf("bad content span %v (len %d, prev end %d)", s, n, prev)
		}
		prev = s.End
	}
	for _, s := range []*Span{a.Cue, a.Source} {
		if s != nil && (s.Start < 0 || s.End > n || s.Start >= s.End) {
			t.Fatalf("bad span %v (len %d)", *s, n)
		}
	}
}

func TestPathologicalInputs(t *testing.T) {
	cases := map[string]string{
		"10k quote marks":     strings.Repeat("\" ", 10000),
		"10k curly marks":     strings.Repeat("“a ", 5000) + strings.Repeat("” b", 5000),
		"10k apostrophes":     strings.Repeat("’x ‘", 10000),
		"unclosed at the top": "“" + strings.Repeat("He said the river rose again. ", 20000),
		"one long line":       strings.Repeat("The mayor said the road was closed, according to officials. ", 40000),
		"many paragraphs":     strings.Repeat("“Yes,” he said.\n\n“No.”\n\n", 20000),
		"many commas":         strings.Repeat("a, ", 100000) + "he said.",
	}
	for name, text := range cases {
		start := time.Now()
		as := Extract(text)
		el := time.Since(start)
		n := utf8.RuneCountInString(text)
		for _, a := range as {
			checkSpans(t, n, a)
		}
		mbs := float64(len(text)) / 1e6 / el.Seconds()
		t.Logf("%s: %d bytes, %d attributions, %v (%.1f MB/s)", name, len(text), len(as), el, mbs)
		if el > 3*time.Second {
			t.Errorf("%s took %v", name, el)
		}
	}
}
