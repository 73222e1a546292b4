package extract_test

import (
	"bufio"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/internal/extract"
)

// polnearFloors are the dev-set figures the extractor must keep: a change
// that loses accuracy fails here, not silently in the README's table. Content
// and direct sit at their acceptance lines, joint and source a little under
// the measured figures (README, "The extractor").
var polnearFloors = map[string]float64{
	"joint_f1":   0.67,
	"content_f1": 0.70,
	"source_f1":  0.69,
	"direct_f1":  0.85,
}

// TestPolNeARDevFloors scores the extractor on ../shared/corpus/polnear/dev
// with ../shared/eval/score.py. The corpus is research material that is never
// copied into the repo: without it the test skips.
func TestPolNeARDevFloors(t *testing.T) {
	shared := filepath.Join("..", "..", "..", "shared")
	dev := filepath.Join(shared, "corpus", "polnear", "dev")
	scorer := filepath.Join(shared, "eval", "score.py")
	if _, err := os.Stat(filepath.Join(dev, "gold.jsonl")); err != nil {
		t.Skip("../shared/corpus/polnear/dev is absent (research corpus, not part of the repo)")
	}
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 is needed to run the scorer")
	}
	docs, err := filepath.Glob(filepath.Join(dev, "*.txt"))
	if err != nil || len(docs) == 0 {
		t.Fatalf("no dev documents: %v", err)
	}
	pred := filepath.Join(t.TempDir(), "pred.jsonl")
	f, err := os.Create(pred)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	for _, p := range docs {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		doc := strings.TrimSuffix(filepath.Base(p), ".txt")
		for _, a := range extract.Extract(strings.ToValidUTF8(string(b), "\uFFFD")) {
			if err := enc.Encode(extract.NewRecord(doc, a)); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	f.Close()
	out, err := exec.Command(python, scorer, dev, pred, "--json").Output()
	if err != nil {
		t.Fatalf("score.py: %v", err)
	}
	var res struct {
		Metrics map[string]float64 `json:"metrics"`
	}
	// The JSON object is the first line; the summary line follows it.
	first, _, _ := strings.Cut(string(out), "\n")
	if err := json.Unmarshal([]byte(first), &res); err != nil {
		t.Fatalf("score.py output: %v\n%s", err, out)
	}
	for k, floor := range polnearFloors {
		got := res.Metrics[k]
		t.Logf("%s = %.3f (floor %.2f)", k, got, floor)
		if got < floor {
			t.Errorf("%s fell to %.3f, below its floor %.2f", k, got, floor)
		}
	}
}
