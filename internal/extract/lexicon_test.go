package extract

import (
	"strings"
	"testing"
)

// A lemma listed twice silently loses the first line's flags.
func TestCueLexiconListsEachLemmaOnce(t *testing.T) {
	seen := map[string]bool{}
	for _, line := range sections("cues.txt")[""] {
		lemma := strings.TrimLeft(strings.Fields(line)[0], "!~?^=")
		if seen[lemma] {
			t.Errorf("cues.txt lists %q twice", lemma)
		}
		seen[lemma] = true
	}
}
