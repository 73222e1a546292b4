package store_test

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/internal/dbtest"
	"github.com/whosaid/whosaid/internal/extract"
	"github.com/whosaid/whosaid/internal/ingest"
	"github.com/whosaid/whosaid/internal/store"
)

// said builds a one-quote article body and its attribution to name.
func said(name, typ, words string) (string, []extract.Attribution) {
	quote := "“" + words + "”"
	body := fmt.Sprintf("%s, %s said.\n", quote, name)
	n := len([]rune(quote))
	return body, []extract.Attribution{{
		Kind: extract.Direct, Content: []extract.Span{{Start: 0, End: n}}, Text: quote,
		Speaker: name, SpeakerType: typ, Confidence: 0.9,
	}}
}

func saveSaid(t *testing.T, st *store.Store, name, typ, words string) {
	t.Helper()
	body, atts := said(name, typ, words)
	if _, _, err := st.SaveArticle(context.Background(), ingest.Article{Path: words, Body: body, Encoding: "utf-8"}, atts, "test"); err != nil {
		t.Fatalf("save %q: %v", words, err)
	}
}

func speakerQuotes(t *testing.T, st *store.Store) map[string]int64 {
	t.Helper()
	rows, err := st.Speakers(context.Background(), 100)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]int64{}
	for _, r := range rows {
		out[r.DisplayName] = r.Quotes
	}
	return out
}

func TestOneSpeakerUnderManyNames(t *testing.T) {
	st := dbtest.New(t)
	saveSaid(t, st, "Ali Rahimi", "person", "The bridge will be rebuilt")
	saveSaid(t, st, "Ali al-Rahimi", "person", "We need more engineers")
	saveSaid(t, st, "Mr Rahimi", "person", "Nobody was hurt")
	saveSaid(t, st, "Boris Johnson", "person", "Get it done")
	saveSaid(t, st, "Lyndon Johnson", "person", "Come now, let us reason together")
	saveSaid(t, st, "Muqtada Hakimi", "person", "The fields are dry")
	saveSaid(t, st, "Moqtada Hakimi", "person", "Rain is coming")
	saveSaid(t, st, "United Nations", "organization", "Aid will arrive on Monday")
	saveSaid(t, st, "the UN", "organization", "Trucks are at the border")

	got := speakerQuotes(t, st)
	want := map[string]int64{"Ali Rahimi": 3, "Boris Johnson": 1, "Lyndon Johnson": 1, "Muqtada Hakimi": 2, "United Nations": 2}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("speakers %v\nwant     %v", got, want)
	}
}

func TestEditorCorrectionsSurviveReextract(t *testing.T) {
	ctx := context.Background()
	st := dbtest.New(t)
	saveSaid(t, st, "Anna Berg", "person", "We are not asking for the moon")
	saveSaid(t, st, "Annika Berg", "person", "This is a victory")
	saveSaid(t, st, "Erik Dahl", "person", "Nobody wins a long strike")

	if _, err := st.MergeSpeakers(ctx, "Anna Berg", "Annika Berg"); err != nil {
		t.Fatal(err)
	}
	if _, err := st.RenameSpeaker(ctx, "Erik Dahl", "Erik Dahl (minister)"); err != nil {
		t.Fatal(err)
	}
	// Re-extraction rebuilds every quote from the stored bodies with the
	// machine's answers; the editor's decisions must still hold after it.
	reextract := func(body string) []extract.Attribution {
		name := strings.TrimSuffix(strings.SplitN(body, "”, ", 2)[1], " said.\n")
		_, atts := said(name, "person", strings.Trim(strings.SplitN(body, "”", 2)[0], "“"))
		return atts
	}
	arts, quotes, err := st.Reextract(ctx, "test-2", reextract)
	if err != nil || arts != 3 || quotes != 3 {
		t.Fatalf("reextract: %d articles, %d quotes, %v", arts, quotes, err)
	}
	got := speakerQuotes(t, st)
	want := map[string]int64{"Anna Berg": 2, "Erik Dahl (minister)": 1}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("after reextract: %v, want %v", got, want)
	}

	// A split takes one name form, and its quotes, back out.
	sp, moved, err := st.SplitSpeaker(ctx, "Anna Berg", "Annika Berg")
	if err != nil || moved != 1 || sp.DisplayName != "Annika Berg" {
		t.Fatalf("split: %+v, moved %d, %v", sp, moved, err)
	}
	if _, _, err := st.Reextract(ctx, "test-3", reextract); err != nil {
		t.Fatal(err)
	}
	got = speakerQuotes(t, st)
	want = map[string]int64{"Anna Berg": 1, "Annika Berg": 1, "Erik Dahl (minister)": 1}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("after split and reextract: %v, want %v", got, want)
	}
}

func TestFindSpeakerAmbiguousSurname(t *testing.T) {
	ctx := context.Background()
	st := dbtest.New(t)
	saveSaid(t, st, "Boris Johnson", "person", "Get it done")
	saveSaid(t, st, "Lyndon Johnson", "person", "Come now")
	if _, err := st.FindSpeaker(ctx, "Johnson"); err == nil {
		t.Fatal("a surname shared by two people must not pick one")
	} else if amb, ok := err.(*store.ErrAmbiguousSpeaker); !ok || len(amb.Candidates) != 2 {
		t.Errorf("want an ambiguity naming both, got %v", err)
	} else {
		sort.Strings(amb.Candidates)
		if amb.Candidates[0] != "Boris Johnson" {
			t.Errorf("candidates %v", amb.Candidates)
		}
	}
	if sp, err := st.FindSpeaker(ctx, "boris johnson"); err != nil || sp.DisplayName != "Boris Johnson" {
		t.Errorf("full name: %+v %v", sp, err)
	}
}
