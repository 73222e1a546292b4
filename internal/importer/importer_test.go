package importer_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/internal/dbtest"
	"github.com/whosaid/whosaid/internal/importer"
	"github.com/whosaid/whosaid/internal/store"
)

func write(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

const protest = "Protesters Stay Put\n\nAn 18-year-old protester, Jane Roe, told Reuters: “We will not go home until they listen.”\n\nThe crowd grew through the afternoon.\n"

func TestImportStoresSpeakerRoleAddressee(t *testing.T) {
	ctx := context.Background()
	st := dbtest.New(t)
	dir := t.TempDir()
	write(t, dir, "protest.txt", protest)

	sum, err := importer.Run(ctx, st, []string{dir}, importer.Options{})
	if err != nil || sum.Failed() || sum.New != 1 {
		t.Fatalf("import: %+v, %v", sum, err)
	}
	qs, err := st.ArticleQuotes(ctx, store.BodyHash(protest))
	if err != nil {
		t.Fatal(err)
	}
	var found bool
	for _, q := range qs {
		if !strings.Contains(q.Text, "We will not go home") {
			continue
		}
		found = true
		if q.SpeakerDisplayName == nil || *q.SpeakerDisplayName != "Jane Roe" {
			t.Errorf("speaker %v, want Jane Roe", deref(q.SpeakerDisplayName))
		}
		if deref(q.Role) != "18-year-old protester" {
			t.Errorf("role %q, want 18-year-old protester", deref(q.Role))
		}
		if deref(q.Addressee) != "Reuters" {
			t.Errorf("addressee %q, want Reuters", deref(q.Addressee))
		}
		if q.Kind != "direct" {
			t.Errorf("kind %q, want direct", q.Kind)
		}
	}
	if !found {
		t.Fatalf("the quote was not stored; got %d quotes", len(qs))
	}

	before, _ := st.Count(ctx)
	sum, err = importer.Run(ctx, st, []string{dir}, importer.Options{})
	if err != nil || sum.New != 0 || sum.Unchanged != 1 {
		t.Fatalf("re-import: %+v, %v", sum, err)
	}
	after, _ := st.Count(ctx)
	if before != after {
		t.Errorf("re-import changed row counts: %+v -> %+v", before, after)
	}
}

func TestImportGoesOnPastBadFiles(t *testing.T) {
	ctx := context.Background()
	st := dbtest.New(t)
	dir := t.TempDir()
	write(t, dir, "good.txt", protest)
	write(t, dir, "empty.txt", "")
	write(t, dir, "blank.txt", "  \n\n ")
	write(t, dir, "image.txt", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
	write(t, dir, "sub/feed.jsonl", `{"url":"https://example.org/a","title":"A","text":"Mayor Lea Park said the bridge would reopen."}
{"url":"https://example.org/b", "title": broken
{"url":"https://example.org/c","title":"C"}
{"url":"https://example.org/d","title":"D","published":"2026-02-01","text":"“It is safe,” the engineer said."}
`)
	var errs strings.Builder
	sum, err := importer.Run(ctx, st, []string{dir}, importer.Options{Errors: &errs})
	if err != nil {
		t.Fatal(err)
	}
	if sum.New != 3 || sum.Errors != 5 || !sum.Failed() {
		t.Errorf("summary %+v; want 3 new articles and 5 errors", sum)
	}
	out := errs.String()
	for _, want := range []string{"empty.txt: empty file", "blank.txt: empty file", "image.txt: binary file",
		"feed.jsonl:2: invalid JSON", `feed.jsonl:3: no "text" field`} {
		if !strings.Contains(out, want) {
			t.Errorf("errors do not name %q:\n%s", want, out)
		}
	}
	recorded, err := st.RunErrors(ctx, sum.RunID)
	if err != nil {
		t.Fatal(err)
	}
	if len(recorded) != 5 {
		t.Errorf("import_errors holds %d rows, want 5", len(recorded))
	}
	c, _ := st.Count(ctx)
	if c.Articles != 3 {
		t.Errorf("%d articles stored, want 3", c.Articles)
	}
}

func TestImportConvertsLatin1(t *testing.T) {
	ctx := context.Background()
	st := dbtest.New(t)
	dir := t.TempDir()
	// "Café owner René Müller said business was good." in Latin-1 bytes.
	write(t, dir, "latin1.txt", "Caf\xe9 owner Ren\xe9 M\xfcller said business was good.\n")
	sum, err := importer.Run(ctx, st, []string{dir}, importer.Options{})
	if err != nil || sum.New != 1 || sum.Failed() {
		t.Fatalf("import: %+v, %v", sum, err)
	}
	if _, err := st.ArticleQuotes(ctx, store.BodyHash("Café owner René Müller said business was good.\n")); err != nil {
		t.Errorf("article not stored as decoded UTF-8: %v", err)
	}
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
