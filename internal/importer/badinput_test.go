package importer_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/internal/dbtest"
	"github.com/whosaid/whosaid/internal/importer"
	"github.com/whosaid/whosaid/internal/ingest"
)

// TestImportSurvivesHostileFiles feeds the importer the inputs a newsroom's
// archive really holds; each bad one gets a named error, the rest import.
func TestImportSurvivesHostileFiles(t *testing.T) {
	ctx := context.Background()
	st := dbtest.New(t)
	dir := t.TempDir()
	write(t, dir, "good.txt", protest)
	// 50 MB on one line: past the 32 MiB article limit.
	huge := strings.Repeat("word ", 10<<20)
	write(t, dir, "huge.txt", huge)
	write(t, dir, "huge.jsonl", `{"text": "`+huge+`"}`+"\n"+`{"url":"https://example.org/ok","text":"Mayor Lea Park said the bridge would reopen."}`+"\n")
	// 10,000 quote marks, and an article whose first quote never closes.
	write(t, dir, "marks.txt", "Marks\n\n"+strings.Repeat("“a” \"b\" ", 5000)+"\n")
	write(t, dir, "unclosed.txt", "Unclosed\n\n“This quote never ends, said nobody.\n\nThe council met on Monday. “We will vote,” the mayor said.\n")
	// Invalid UTF-8 is read as Windows-1252 and recorded, not rejected.
	write(t, dir, "invalid.txt", "Bad bytes \xff\xfe in a line, said Ana L\xf3pez.\n")
	missing := filepath.Join(dir, "gone.txt")

	var errs strings.Builder
	sum, err := importer.Run(ctx, st, []string{dir, missing}, importer.Options{Errors: &errs})
	if err != nil {
		t.Fatal(err)
	}
	out := errs.String()
	for _, want := range []string{"huge.txt: article larger than 32 MiB", "huge.jsonl:1: article larger than 32 MiB", "gone.txt: "} {
		if !strings.Contains(out, want) {
			t.Errorf("errors do not name %q:\n%s", want, out)
		}
	}
	if sum.Errors != 3 || sum.New != 5 {
		t.Errorf("summary %+v; want 5 new (good, huge.jsonl line 2, marks, unclosed, invalid) and 3 errors", sum)
	}
}

// TestFileRemovedAfterListing: a file that vanishes between the folder walk
// and its reading is a named error, not a crash.
func TestFileRemovedAfterListing(t *testing.T) {
	dir := t.TempDir()
	p := write(t, dir, "a.txt", protest)
	files, errs := ingest.List([]string{dir})
	if len(files) != 1 || len(errs) != 0 {
		t.Fatalf("list: %v %v", files, errs)
	}
	if err := os.Remove(p); err != nil {
		t.Fatal(err)
	}
	got := ingest.ReadFile(files[0], func(ingest.Article) { t.Error("an article came from a removed file") })
	if len(got) != 1 || !strings.Contains(got[0].Error(), "a.txt") || !os.IsNotExist(got[0].Err) {
		t.Errorf("want a not-exist error naming the file, got %v", got)
	}
}
