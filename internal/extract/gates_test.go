package extract

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// TestGatesSkipNoReading checks the per-sentence gates of findFrames (a
// reading is called only when the sentence holds what it looks for): with
// every reading called on every sentence the output must be the same. A new
// rule that widens a reading without widening its gate fails here. It runs
// over the shared corpora, which are never copied into the repo, and skips
// without them.
func TestGatesSkipNoReading(t *testing.T) {
	if testing.Short() {
		t.Skip("reads the shared corpora")
	}
	shared := filepath.Join("..", "..", "..", "shared", "corpus")
	var files []string
	for _, pat := range []string{"polnear/*/*.txt", "bbc/*/*.txt"} {
		m, _ := filepath.Glob(filepath.Join(shared, pat))
		files = append(files, m...)
	}
	if len(files) == 0 {
		t.Skip("../shared/corpus is absent (research corpora, not part of the repo)")
	}
	defer func() { ungated = false }()
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		text := strings.ToValidUTF8(string(b), "\uFFFD")
		ungated = false
		gated := Extract(text)
		ungated = true
		all := Extract(text)
		if !reflect.DeepEqual(gated, all) {
			t.Errorf("%s: the gates skipped a reading that finds something:\ngated:   %s\nungated: %s", p, dump(gated), dump(all))
		}
	}
}
