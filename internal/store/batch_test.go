package store_test

import (
	"context"
	"fmt"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/whosaid/whosaid/internal/dbtest"
	"github.com/whosaid/whosaid/internal/extract"
	"github.com/whosaid/whosaid/internal/ingest"
	"github.com/whosaid/whosaid/internal/store"
	"github.com/whosaid/whosaid/internal/textnorm"
)

// richAttributions covers every column a quote row has, NULL and not:
// a quote split around its cue, one without cue or source, empty and
// non-empty roles, a speaker and none.
func richAttributions() []extract.Attribution {
	atts := attributions()
	atts[0].Affiliation, atts[0].Addressee = "the port", "reporters"
	atts = append(atts, extract.Attribution{Kind: extract.Partial,
		Content: []extract.Span{{Start: 0, End: 6}, {Start: 7, End: 11}}, Text: "Tallinn Port",
		Speaker: "Mari Tamm", SpeakerType: extract.Person, Confidence: 1.5},
		// No content: not stored, but it keeps its ordinal.
		extract.Attribution{Kind: extract.Indirect, Text: "nothing", Confidence: 0.1},
		extract.Attribution{Kind: extract.Indirect, Content: []extract.Span{{Start: 1, End: 3}}, Text: "   "},
		extract.Attribution{Kind: extract.Mixed, Content: []extract.Span{{Start: 12, End: 19}}, Text: "Reopens",
			SpeakerType: extract.Anonymous, Confidence: -1})
	return atts
}

func stored(t *testing.T, st *store.Store, id int64, hash []byte) (store.ArticleView, string) {
	t.Helper()
	ctx := context.Background()
	v, err := st.Article(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	v.ID, v.Imported = 0, time.Time{}
	qs, err := st.ArticleQuotes(ctx, hash)
	if err != nil {
		t.Fatal(err)
	}
	var rows []string
	for _, q := range qs {
		q.ID, q.ArticleID = 0, 0
		rows = append(rows, fmt.Sprintf("%+v", deref(q)))
	}
	for i := range v.Quotes {
		v.Quotes[i].ID, v.Quotes[i].SpeakerID = 0, nil
	}
	return v, strings.Join(rows, "\n")
}

// deref prints pointer fields by value so two rows can be compared as text.
func deref(v any) string {
	rv := reflect.ValueOf(v)
	var b strings.Builder
	for i := 0; i < rv.NumField(); i++ {
		f := rv.Field(i)
		name := rv.Type().Field(i).Name
		if name == "SpeakerID" {
			continue // ids differ between databases
		}
		if f.Kind() == reflect.Pointer {
			if f.IsNil() {
				fmt.Fprintf(&b, "%s=NULL ", name)
			} else {
				fmt.Fprintf(&b, "%s=%v ", name, f.Elem().Interface())
			}
			continue
		}
		fmt.Fprintf(&b, "%s=%v ", name, f.Interface())
	}
	return b.String()
}

// The one-statement path (ArticleInsertMany) and the article-by-article path
// store the same rows, NULLs included.
func TestSaveBatchBothPathsStoreTheSameRows(t *testing.T) {
	ctx := context.Background()
	published := time.Date(2024, 3, 5, 10, 30, 0, 0, time.UTC)
	art := ingest.Article{Path: "port.jsonl", Line: 3, URL: "https://example.org/port", Title: "Tallinn Port Reopens",
		Outlet: "Harbour News", Byline: "Kai Saar", Published: published, Body: body, Encoding: "windows-1252"}
	atts := richAttributions()

	fast := dbtest.New(t)
	res, err := fast.SaveBatch(ctx, []store.Item{{Article: art, Attributions: atts}}, "test")
	if err != nil || res[0].Err != nil || res[0].Outcome != store.New || res[0].Quotes != 4 || res[0].ArticleID == 0 {
		t.Fatalf("fast path: %+v %v", res, err)
	}
	// A first version under the same URL in the same batch sends the
	// article down the slow path (an update, in its own savepoint).
	slow := dbtest.New(t)
	old := art
	old.Body = "An older version of the port story.\n"
	res2, err := slow.SaveBatch(ctx, []store.Item{{Article: old}, {Article: art, Attributions: atts}}, "test")
	if err != nil || res2[1].Err != nil || res2[1].Outcome != store.Updated || res2[1].Quotes != 4 || res2[1].ArticleID == 0 {
		t.Fatalf("slow path: %+v %v", res2, err)
	}
	hash := store.BodyHash(body)
	fv, fq := stored(t, fast, res[0].ArticleID, hash)
	sv, sq := stored(t, slow, res2[1].ArticleID, hash)
	if !reflect.DeepEqual(fv, sv) {
		t.Errorf("article differs:\nfast %+v\nslow %+v", fv, sv)
	}
	if fq != sq {
		t.Errorf("quotes differ:\nfast\n%s\nslow\n%s", fq, sq)
	}
	if fv.Outlet != "Harbour News" || fv.Published == nil || !fv.Published.Equal(published) || fv.URL != art.URL {
		t.Errorf("article fields lost: %+v", fv)
	}
	if !strings.Contains(fq, "Ordinal=5 ") || !strings.Contains(fq, "CueText=NULL") || !strings.Contains(fq, "ContentSpans=[0 6 7 11]") {
		t.Errorf("quote rows: %s", fq)
	}
}

func TestSaveBatchBadArticleFailsAlone(t *testing.T) {
	ctx := context.Background()
	st := dbtest.New(t)
	bad := attributions()
	bad[1].Content = []extract.Span{{Start: 50, End: 40}} // the schema refuses an inverted span
	items := []store.Item{
		{Article: ingest.Article{Path: "a.txt", Body: body, Encoding: "utf-8"}, Attributions: attributions()},
		{Article: ingest.Article{Path: "bad.txt", Body: body + "Bad.\n", Encoding: "utf-8"}, Attributions: bad},
		{Article: ingest.Article{Path: "c.txt", Body: body + "More.\n", Encoding: "utf-8"}, Attributions: attributions()},
	}
	res, err := st.SaveBatch(ctx, items, "test")
	if err != nil {
		t.Fatal(err)
	}
	if res[0].Err != nil || res[0].Outcome != store.New || res[2].Err != nil || res[2].Outcome != store.New {
		t.Errorf("good articles: %+v", res)
	}
	if res[1].Err == nil || !strings.Contains(res[1].Err.Error(), "quotes") {
		t.Errorf("bad article: %+v", res[1])
	}
	if c, _ := st.Count(ctx); c.Articles != 2 || c.Quotes != 4 {
		t.Errorf("counts %+v; want the two good articles with their quotes", c)
	}
}

func TestSaveBatchCopiesWithinABatch(t *testing.T) {
	ctx := context.Background()
	st := dbtest.New(t)
	u := "https://example.org/story"
	items := []store.Item{
		{Article: ingest.Article{Path: "a.txt", Body: body}, Attributions: attributions()},
		{Article: ingest.Article{Path: "a-copy.txt", Body: body + "\n"}, Attributions: attributions()}, // same key
		{Article: ingest.Article{Path: "v1.jsonl", URL: u, Body: "First version.\n"}},
		{Article: ingest.Article{Path: "v2.jsonl", URL: u, Body: body + "Second version.\n"}, Attributions: attributions()},
	}
	res, err := st.SaveBatch(ctx, items, "test")
	if err != nil {
		t.Fatal(err)
	}
	want := []store.Outcome{store.New, store.Unchanged, store.New, store.Updated}
	for i, r := range res {
		if r.Err != nil || r.Outcome != want[i] {
			t.Errorf("item %d: %+v, want %v", i, r, want[i])
		}
	}
	if res[2].ArticleID != res[3].ArticleID {
		t.Errorf("the URL's two versions are two articles: %d, %d", res[2].ArticleID, res[3].ArticleID)
	}
	v, err := st.Article(ctx, res[3].ArticleID)
	if err != nil || !strings.HasSuffix(v.Body, "Second version.\n") || len(v.Quotes) != 2 {
		t.Errorf("the last version must win: %q, %d quotes, %v", v.Body, len(v.Quotes), err)
	}
	if c, _ := st.Count(ctx); c.Articles != 2 || c.Quotes != 4 {
		t.Errorf("counts %+v", c)
	}
}

// groups lists every speaker as "display name: name, name, …", sorted.
func groups(t *testing.T, st *store.Store) []string {
	t.Helper()
	ctx := context.Background()
	rows, err := st.Speakers(ctx, 1000)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, r := range rows {
		aliases, err := st.SpeakerAliases(ctx, r.ID)
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, a := range aliases {
			names = append(names, a.Name)
		}
		sort.Strings(names)
		out = append(out, fmt.Sprintf("%s (%s, %d): %s", r.DisplayName, r.Type, r.Quotes, strings.Join(names, ", ")))
	}
	sort.Strings(out)
	return out
}

// Resolving a batch's names together gives what resolving them one at a
// time, in the batch's (key) order, gives: a name sees the speakers and
// aliases the names before it created, display names improve, and an
// editor's rename and merge hold.
func TestSaveBatchResolvesSpeakersAsOneByOne(t *testing.T) {
	ctx := context.Background()
	names := []struct{ name, typ string }{
		{"Rahimi", "person"}, {"Ali Rahimi", "person"}, {"Ali al-Rahimi", "person"}, {"A. Rahimi", "person"},
		{"Boris Johnson", "person"}, {"Lyndon Johnson", "person"}, {"Johnson", "person"},
		{"Muqtada Hakimi", "person"}, {"Moqtada Hakimi", "person"}, {"Hakimi", "person"},
		{"United Nations", "organization"}, {"the UN", "organization"}, {"World Health Organization", "organization"},
		{"WHO", "organization"}, {"Dahl", "person"}, {"Erik Dahl", "person"}, {"Anna Berg", "person"},
		{"Annika Berg", "person"}, {"A. Berg", "person"}, {"Dockers", "group"}, {"a port official", "anonymous"},
	}
	// Editors' decisions made before the import: a renamed (locked) speaker
	// and a merge.
	seed := func(st *store.Store) {
		saveSaid(t, st, "Dahl", "person", "Seeded one")
		saveSaid(t, st, "Anna Berg", "person", "Seeded two")
		saveSaid(t, st, "Annika Berg", "person", "Seeded three")
		if _, err := st.RenameSpeaker(ctx, "Dahl", "Minister Dahl"); err != nil {
			t.Fatal(err)
		}
		if _, err := st.MergeSpeakers(ctx, "Anna Berg", "Annika Berg"); err != nil {
			t.Fatal(err)
		}
	}
	items := make([]store.Item, len(names))
	for i, n := range names {
		b, atts := said(n.name, n.typ, fmt.Sprintf("Statement number %d", i))
		items[i] = store.Item{Article: ingest.Article{Path: fmt.Sprint(i), Body: b}, Attributions: atts}
	}

	together := dbtest.New(t)
	seed(together)
	if _, err := together.SaveBatch(ctx, items, "test"); err != nil {
		t.Fatal(err)
	}
	one := dbtest.New(t)
	seed(one)
	sorted := append([]store.Item(nil), items...)
	sort.SliceStable(sorted, func(i, j int) bool {
		return textKey(sorted[i]) < textKey(sorted[j])
	})
	for _, it := range sorted {
		if _, err := one.SaveBatch(ctx, []store.Item{it}, "test"); err != nil {
			t.Fatal(err)
		}
	}
	got, want := groups(t, together), groups(t, one)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("one batch:\n%s\none at a time:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// "a rahimi" comes first and names the speaker; the fuller names join it
	// without renaming it (same number of words). The editor's name stays.
	for _, w := range []string{"A. Rahimi (person, 4): A. Rahimi, Ali Rahimi, Ali al-Rahimi, Rahimi",
		"Minister Dahl (person, 3): Dahl, Erik Dahl", "Anna Berg (person, 5): A. Berg, Anna Berg, Annika Berg",
		"the UN (organization, 2): United Nations, the UN", "Moqtada Hakimi (person, 3): Hakimi, Moqtada Hakimi, Muqtada Hakimi"} {
		if !contains(got, w) {
			t.Errorf("missing %q in\n%s", w, strings.Join(got, "\n"))
		}
	}
}

// textKey is the folded speaker name, the order a batch resolves names in.
func textKey(it store.Item) string {
	return textnorm.SpeakerKey(it.Attributions[0].Speaker)
}

func contains(list []string, s string) bool {
	for _, l := range list {
		if l == s {
			return true
		}
	}
	return false
}
