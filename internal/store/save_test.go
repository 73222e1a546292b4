package store_test

import (
	"context"
	"testing"

	"github.com/whosaid/whosaid/internal/dbtest"
	"github.com/whosaid/whosaid/internal/extract"
	"github.com/whosaid/whosaid/internal/ingest"
	"github.com/whosaid/whosaid/internal/store"
)

const body = "Tallinn Port Reopens\n\n“The ships are moving again,” said Mari Tamm, the port’s director. Dockers said the strike was over.\n"

func attributions() []extract.Attribution {
	return []extract.Attribution{
		{Kind: extract.Direct, Content: []extract.Span{{Start: 22, End: 51}}, Text: "“The ships are moving again,”",
			Cue: &extract.Span{Start: 52, End: 56}, CueText: "said", CueLemma: "say",
			Source: &extract.Span{Start: 57, End: 66}, SourceText: "Mari Tamm", Speaker: "Mari Tamm",
			SpeakerType: extract.Person, Role: "director", Confidence: 0.9},
		{Kind: extract.Indirect, Content: []extract.Span{{Start: 102, End: 121}}, Text: "the strike was over",
			Cue: &extract.Span{Start: 97, End: 101}, CueText: "said", CueLemma: "say",
			Source: &extract.Span{Start: 89, End: 96}, SourceText: "Dockers", SpeakerType: extract.Group, Confidence: 0.6},
	}
}

func TestSaveArticleIsIdempotent(t *testing.T) {
	ctx := context.Background()
	st := dbtest.New(t)
	art := ingest.Article{Path: "port.txt", Title: "Tallinn Port Reopens", Body: body, Encoding: "utf-8"}

	out, n, err := st.SaveArticle(ctx, art, attributions(), "test")
	if err != nil || out != store.New || n != 2 {
		t.Fatalf("first save: outcome %v, %d quotes, err %v; want new, 2", out, n, err)
	}
	out, n, err = st.SaveArticle(ctx, art, attributions(), "test")
	if err != nil || out != store.Unchanged || n != 0 {
		t.Fatalf("second save: outcome %v, %d quotes, err %v; want unchanged, 0", out, n, err)
	}
	c, err := st.Count(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if c != (store.Counts{Articles: 1, Quotes: 2, Speakers: 1}) {
		t.Errorf("counts %+v; want 1 article, 2 quotes, 1 speaker (the group has no name)", c)
	}
	qs, err := st.ArticleQuotes(ctx, store.BodyHash(body))
	if err != nil {
		t.Fatal(err)
	}
	if len(qs) != 2 || qs[0].SpeakerDisplayName == nil || *qs[0].SpeakerDisplayName != "Mari Tamm" ||
		qs[0].TextNorm != "the ships are moving again" || qs[1].SpeakerID != nil {
		t.Errorf("stored quotes wrong: %+v", qs)
	}
}

func TestSaveArticleReplacesQuotesWhenTextChanges(t *testing.T) {
	ctx := context.Background()
	st := dbtest.New(t)
	art := ingest.Article{Path: "a.jsonl", URL: "https://example.org/port", Body: body, Encoding: "utf-8"}
	if _, _, err := st.SaveArticle(ctx, art, attributions(), "test"); err != nil {
		t.Fatal(err)
	}
	art.Body = body + "Correction: the strike ended on Monday.\n"
	out, n, err := st.SaveArticle(ctx, art, attributions()[:1], "test")
	if err != nil || out != store.Updated || n != 1 {
		t.Fatalf("save changed article: outcome %v, %d quotes, err %v; want updated, 1", out, n, err)
	}
	c, _ := st.Count(ctx)
	if c.Articles != 1 || c.Quotes != 1 {
		t.Errorf("counts %+v; want the article replaced with 1 quote", c)
	}
}

func TestSaveArticleIsAllOrNothing(t *testing.T) {
	ctx := context.Background()
	st := dbtest.New(t)
	bad := attributions()
	bad[1].Content = []extract.Span{{Start: 50, End: 40}} // the schema refuses an inverted span
	art := ingest.Article{Path: "bad.txt", Body: body, Encoding: "utf-8"}
	if _, _, err := st.SaveArticle(ctx, art, bad, "test"); err == nil {
		t.Fatal("want an error for an inverted content span")
	}
	c, _ := st.Count(ctx)
	if c.Articles != 0 || c.Quotes != 0 {
		t.Errorf("a failed save left rows behind: %+v", c)
	}
	// Speakers are resolved before the article's transaction; one whose
	// article failed stays out of every list.
	if list, err := st.Speakers(ctx, 10); err != nil || len(list) != 0 {
		t.Errorf("speakers listed for a failed article: %+v %v", list, err)
	}
}

func TestMigrateDownAndUp(t *testing.T) {
	ctx := context.Background()
	st := dbtest.New(t)
	if err := st.MigrateDown(ctx); err != nil { // the newest alone
		t.Fatal(err)
	}
	if err := st.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	if err := st.MigrateReset(ctx); err != nil { // every Down, newest first
		t.Fatal(err)
	}
	if _, err := st.Count(ctx); err == nil {
		t.Fatal("tables still there after migrating down")
	}
	if err := st.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := st.Count(ctx); err != nil {
		t.Fatalf("tables missing after migrating up: %v", err)
	}
}
