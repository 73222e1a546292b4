package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// bbcCorpus finds ../shared/corpus/bbc beside the repository root by
// walking up from the package directory.
func bbcCorpus() string {
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		p := filepath.Join(dir, "shared", "corpus", "bbc")
		if st, err := os.Stat(p); err == nil && st.IsDir() {
			return p
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

func loadBBC(b *testing.B) []string {
	root := bbcCorpus()
	if root == "" {
		b.Skip("BBC corpus not found: expected shared/corpus/bbc in a parent directory of the package")
	}
	var docs []string
	filepath.WalkDir(root, func(p string, e os.DirEntry, err error) error {
		if err != nil || e.IsDir() || !strings.HasSuffix(p, ".txt") {
			return nil
		}
		raw, err := os.ReadFile(p)
		if err != nil {
			return nil
		}
		// One file is Latin-1; the extractor copes, but keep the input
		// honest UTF-8 as the CLI would give it.
		docs = append(docs, strings.ToValidUTF8(string(raw), "\uFFFD"))
		return nil
	})
	if len(docs) == 0 {
		b.Skip("BBC corpus is empty")
	}
	return docs
}

func BenchmarkExtract(b *testing.B) {
	docs := loadBBC(b)
	total := 0
	for _, d := range docs {
		total += len(d)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			Extract(d)
		}
	}
}

// BenchmarkExtractLongLine measures one 50 MB line with no paragraph breaks.
func BenchmarkExtractLongLine(b *testing.B) {
	text := strings.Repeat("The mayor said the road was closed. Nobody knew why the bridge fell, officials said. ", 50<<20/86)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Extract(text)
	}
}
