package extract

import (
	"fmt"
	"os"
	"testing"
)

// TestDebugDump prints sentences and attributions of $WHOSAID_DEBUG_FILE.
// A development aid; skips unless the variable is set.
func TestDebugDump(t *testing.T) {
	path := os.Getenv("WHOSAID_DEBUG_FILE")
	if path == "" {
		t.Skip("set WHOSAID_DEBUG_FILE")
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	if os.Getenv("WHOSAID_DEBUG_SENTS") != "" {
		d := newDoc(text)
		ps := d.paragraphs()
		d.findQuotes(ps)
		for i, p := range ps {
			a := len(d.toks)
			d.tokenize(p.s, p.e)
			_ = i
			_ = a
		}
		d.assignQuotes()
		for _, q := range d.quotes {
			fmt.Printf("Q %v closed=%v %q\n", q.spans, q.closed, d.str(q.s, q.e))
		}
	}
	for _, a := range Extract(text) {
		fmt.Printf("%s cue=%q src=%q spk=%q type=%s role=%q aff=%q addr=%q\n   %q\n", a.Kind, a.CueText, a.SourceText, a.Speaker, a.SpeakerType, a.Role, a.Affiliation, a.Addressee, a.Text)
	}
}
