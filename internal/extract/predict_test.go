package extract

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestWritePredictions writes jsonl records for every .txt in
// $WHOSAID_PRED_DIR to $WHOSAID_PRED_OUT, for scoring with score.py.
// It is a tool, not a test, and skips unless both are set.
func TestWritePredictions(t *testing.T) {
	dir, out := os.Getenv("WHOSAID_PRED_DIR"), os.Getenv("WHOSAID_PRED_OUT")
	if dir == "" || out == "" {
		t.Skip("set WHOSAID_PRED_DIR and WHOSAID_PRED_OUT to write predictions")
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	fh, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	w := bufio.NewWriter(fh)
	defer w.Flush()
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		name := strings.TrimSuffix(filepath.Base(f), filepath.Ext(f))
		for _, a := range Extract(string(b)) {
			j, err := json.Marshal(NewRecord(name, a))
			if err != nil {
				t.Fatal(err)
			}
			w.Write(j)
			w.WriteByte('\n')
		}
	}
}
