package lookup_test

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/whosaid/whosaid/internal/dbtest"
	"github.com/whosaid/whosaid/internal/extract"
	"github.com/whosaid/whosaid/internal/lookup"
	"github.com/whosaid/whosaid/internal/store"
)

const (
	living   = "We will not go back to work until the harbour pays every docker a living wage"
	promises = "We have heard promises before about the harbour and its owners"
	cranes   = "Nobody wins a long strike, and the city pays for every idle crane"
	ships    = "The ships are waiting outside the breakwater for a pilot"
)

func day(s string) time.Time {
	d, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return d
}

// newsroom stores five short articles by hand-built attributions. The
// living-wage line first appeared in the Courier on 2 March (stored after
// later articles, so insertion order cannot decide), was carried by the
// Herald, an undated blog and the Coast Post, which credits it to the
// minister Boris Lund instead of the union's Anna Berg.
func newsroom(t *testing.T) *store.Store {
	t.Helper()
	st := dbtest.New(t)
	berg := dbtest.Statement{Speaker: "Anna Berg", Role: "president", Affiliation: "Kelvik Dockers Union"}
	with := func(s dbtest.Statement, words string) dbtest.Statement { s.Words = words; return s }
	dbtest.SeedArticle(t, st, "https://coast.example/lund", "Coast Post", day("2026-03-06"), "Minister Speaks",
		dbtest.Statement{Speaker: "Boris Lund", Role: "minister", Words: living},
		dbtest.Statement{Speaker: "Boris Lund", Role: "minister", Words: cranes})
	dbtest.SeedArticle(t, st, "https://blog.example/harbour", "Harbour Blog", time.Time{}, "What They Said",
		with(berg, living))
	dbtest.SeedArticle(t, st, "https://courier.example/strike", "Kelvik Courier", day("2026-03-02"), "Harbour Strike Begins",
		with(berg, living), with(berg, promises))
	dbtest.SeedArticle(t, st, "https://herald.example/talks", "Kelvik Herald", day("2026-03-04"), "Talks Resume",
		dbtest.Statement{Speaker: "Ms Berg", Role: "union leader", Words: living},
		dbtest.Statement{Speaker: "Berg", Words: promises},
		dbtest.Statement{Speaker: "a port official", Type: extract.Anonymous, Words: ships})
	return st
}

func TestLookupFindsFirstAppearance(t *testing.T) {
	ctx := context.Background()
	st := newsroom(t)
	cases := []struct{ name, query string }{
		{"exact line", living + "."},
		{"fragment", "until the harbour pays every docker"},
		{"straight quotes", `"We will not go back to work until the harbour pays every docker a living wage,"`},
		{"upper case and punctuation", "WE WILL NOT GO BACK TO WORK -- until the harbour pays every docker a living wage!!"},
		{"two words changed", "We will not return to work until the harbour pays every worker a living wage"},
		{"fragment two words changed", "will not go back to work until the port pays every single docker"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res, err := lookup.Lookup(ctx, st, c.query, lookup.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Statements) == 0 {
				t.Fatalf("nothing found for %q", c.query)
			}
			s := res.Statements[0]
			t.Logf("%s: score %.3f similarity %.3f, %d statements", c.name, s.Score, s.Similarity, len(res.Statements))
			if s.Score < lookup.MatchScore {
				t.Errorf("score %.3f below MatchScore %.2f", s.Score, lookup.MatchScore)
			}
			if s.First.URL != "https://courier.example/strike" || s.First.Outlet != "Kelvik Courier" ||
				s.First.Published == nil || !s.First.Published.Equal(day("2026-03-02")) {
				t.Errorf("first appearance %+v; want the Courier of 2026-03-02", s.First)
			}
			if s.Last.URL != "https://coast.example/lund" {
				t.Errorf("last appearance %s; want the Coast Post (the undated blog sorts after dated ones but is not the last dated)", s.Last.URL)
			}
			if s.Articles != 4 || s.Outlets != 4 || len(s.Appearances) != 4 {
				t.Errorf("%d articles, %d outlets, %d appearances; want 4, 4, 4", s.Articles, s.Outlets, len(s.Appearances))
			}
			if got := s.Appearances[3].URL; got != "https://blog.example/harbour" {
				t.Errorf("undated appearance should sort last, got %s", got)
			}
			if s.Text != living {
				t.Errorf("text %q; want the first appearance's words without quote marks", s.Text)
			}
		})
	}
}

func TestLookupGroupsSpeakersAndRoles(t *testing.T) {
	st := newsroom(t)
	res, err := lookup.Lookup(context.Background(), st, living, lookup.Options{})
	if err != nil {
		t.Fatal(err)
	}
	s := res.Statements[0]
	names := map[string]lookup.Credit{}
	for _, c := range s.Speakers {
		names[c.Name] = c
	}
	berg, lund := names["Anna Berg"], names["Boris Lund"]
	if berg.Articles != 3 || berg.Role != "president" || berg.Affiliation != "Kelvik Dockers Union" {
		t.Errorf("Anna Berg credit %+v; want 3 articles, president of the union at her first appearance", berg)
	}
	if lund.Articles != 1 || lund.Role != "minister" {
		t.Errorf("Boris Lund credit %+v", lund)
	}
	// Other statements sharing words must not join the living-wage statement.
	for _, o := range res.Statements[1:] {
		if o.TextNorm == s.TextNorm {
			t.Errorf("statement split in two: %+v", o)
		}
	}
}

func TestLookupVerdicts(t *testing.T) {
	ctx := context.Background()
	st := newsroom(t)
	cases := []struct {
		query, speaker, status, mention string
	}{
		{promises, "Anna Berg", lookup.Found, "2026-03-02"},
		{promises, "Berg", lookup.Found, "Kelvik Courier"},                                     // surname only
		{"heard promises before about the harbour", "A. Berg", lookup.Found, "Kelvik Courier"}, // initial, fragment
		{promises, "Boris Lund", lookup.Misattributed, "Anna Berg"},
		{promises, "Lars Berg", lookup.Misattributed, "Anna Berg"}, // same surname, another person
		{ships, "Anna Berg", lookup.Misattributed, "a port official (unnamed)"},
		{living, "Anna Berg", lookup.Found, "also credited to Boris Lund"},
		{"The council will plant a thousand oak trees along the river", "Anna Berg", lookup.NotFound, "NOT FOUND"},
	}
	for _, c := range cases {
		res, err := lookup.Lookup(ctx, st, c.query, lookup.Options{Speaker: c.speaker})
		if err != nil {
			t.Fatal(err)
		}
		v := res.Verdict
		if v == nil || v.Status != c.status || !strings.Contains(v.Message, c.mention) {
			t.Errorf("%q by %s: verdict %+v; want %s mentioning %q", c.query, c.speaker, v, c.status, c.mention)
		}
		var buf bytes.Buffer
		if err := lookup.Write(&buf, "table", res, 0); err != nil {
			t.Fatal(err)
		}
		if first, _, _ := strings.Cut(buf.String(), "\n"); !strings.HasPrefix(first, c.status) {
			t.Errorf("table output must start with the verdict, got %q", first)
		}
	}
}

func TestLookupUnrelatedLineIsNotFound(t *testing.T) {
	st := newsroom(t)
	res, err := lookup.Lookup(context.Background(), st, "The council will plant a thousand oak trees along the river", lookup.Options{Speaker: "Boris Lund"})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range res.Statements {
		if s.Score >= lookup.MatchScore {
			t.Errorf("unrelated line matched %q with score %.3f", s.Text, s.Score)
		}
	}
	if res.Verdict.Status != lookup.NotFound {
		t.Errorf("verdict %+v; want NOT FOUND", res.Verdict)
	}
}

func TestConflicts(t *testing.T) {
	st := newsroom(t)
	got, err := lookup.Conflicts(context.Background(), st, 10)
	if err != nil {
		t.Fatal(err)
	}
	// The living-wage line (Anna Berg vs Boris Lund) is a conflict; the
	// promises line, credited to "Anna Berg" and "Berg", is not.
	if len(got) != 1 || got[0].Text != living {
		t.Fatalf("conflicts %+v; want only the living-wage statement", got)
	}
	var buf bytes.Buffer
	if err := lookup.WriteConflicts(&buf, "table", got, 0); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{"Anna Berg", "Boris Lund", "2026-03-02", "2026-03-06", "Kelvik Courier"} {
		if !strings.Contains(out, want) {
			t.Errorf("conflicts table lacks %q:\n%s", want, out)
		}
	}
	none, err := lookup.Conflicts(context.Background(), dbtest.New(t), 10)
	if err != nil || len(none) != 0 {
		t.Errorf("empty database: %v, %v", none, err)
	}
}

func TestClaimReview(t *testing.T) {
	st := newsroom(t)
	res, err := lookup.Lookup(context.Background(), st, promises, lookup.Options{Limit: 1})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := lookup.Write(&buf, "claimreview", res, 0); err != nil {
		t.Fatal(err)
	}
	var reviews []map[string]any
	if err := json.Unmarshal(buf.Bytes(), &reviews); err != nil {
		t.Fatalf("claimreview is not JSON: %v\n%s", err, buf.String())
	}
	if len(reviews) != 1 {
		t.Fatalf("%d reviews; want 1", len(reviews))
	}
	r := reviews[0]
	if r["@context"] != "https://schema.org" || r["@type"] != "ClaimReview" || r["claimReviewed"] != promises {
		t.Errorf("review head wrong: %v", r)
	}
	if _, ok := r["reviewRating"]; ok {
		t.Error("reviewRating is the fact-checker's to give")
	}
	item := r["itemReviewed"].(map[string]any)
	author, _ := item["author"].(map[string]any)
	first, _ := item["firstAppearance"].(map[string]any)
	publisher, _ := first["publisher"].(map[string]any)
	apps, _ := item["appearance"].([]any)
	if item["@type"] != "Claim" || author["@type"] != "Person" || author["name"] != "Anna Berg" ||
		item["datePublished"] != "2026-03-02" || first["@type"] != "CreativeWork" ||
		first["url"] != "https://courier.example/strike" || first["datePublished"] != "2026-03-02" ||
		publisher["name"] != "Kelvik Courier" || len(apps) != 2 || apps[0] != "https://courier.example/strike" {
		t.Errorf("itemReviewed wrong: %s", buf.String())
	}
}

func TestLookupJSON(t *testing.T) {
	st := newsroom(t)
	res, err := lookup.Lookup(context.Background(), st, living, lookup.Options{Speaker: "Boris Lund"})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := lookup.Write(&buf, "json", res, 0); err != nil {
		t.Fatal(err)
	}
	var back lookup.Result
	if err := json.Unmarshal(buf.Bytes(), &back); err != nil {
		t.Fatal(err)
	}
	if back.Verdict == nil || back.Verdict.Status != lookup.Found || len(back.Statements) == 0 ||
		back.Statements[0].First.URL != "https://courier.example/strike" {
		t.Errorf("json round trip: %s", buf.String())
	}
}

func TestLookupHostileInput(t *testing.T) {
	ctx := context.Background()
	st := newsroom(t)
	before, err := st.Count(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{`'; DROP TABLE quotes; --`, `%`, `\`, `_%_`, `' OR '1'='1`, `a & b | !c:* <-> (d`,
		`$1`, "\x00", "", "   ", strings.Repeat("harbour ", 2000), `"; SELECT pg_sleep(10); --`} {
		for _, sp := range []string{"", `'; DELETE FROM speakers; --`} {
			res, err := lookup.Lookup(ctx, st, q, lookup.Options{Speaker: sp})
			if err != nil {
				t.Errorf("lookup %q: %v", q, err)
				continue
			}
			for _, f := range lookup.Formats {
				if err := lookup.Write(&bytes.Buffer{}, f, res, 80); err != nil {
					t.Errorf("write %s for %q: %v", f, q, err)
				}
			}
		}
	}
	after, err := st.Count(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if before != after {
		t.Errorf("counts changed: %+v -> %+v", before, after)
	}
	res, err := lookup.Lookup(ctx, st, `'; DROP TABLE quotes; --`, lookup.Options{})
	if err != nil || len(res.Statements) != 0 {
		t.Errorf("injection-ish line matched something: %+v, %v", res.Statements, err)
	}
}

// TestMatchScore is how MatchScore was chosen: lines that are the stored
// statement (exact, fragment, reworded) must score at least MatchScore, and
// near misses (other statements sharing many of its words) below it. Run
// with -v to see the scores.
func TestMatchScore(t *testing.T) {
	ctx := context.Background()
	st := newsroom(t)
	cases := []struct {
		query, want string // want "" for a near miss
	}{
		{"We will not return to work until the harbour pays every worker a living wage", living},
		{"will not go back to work until the port pays every single docker", living},
		{"until the harbour pays every docker a living wage", living},
		{"Nobody wins a long strike, and the town pays for every idle crane", cranes},
		{"We have heard promises before about the port and its owners", promises},
		{"the ships are waiting outside the breakwater", ships},
		{"Every docker in the harbour wants a living wage", ""},
		{"The harbour will not pay a living wage", ""},
		{"We have heard this before about the owners", ""},
		{"The ships are waiting outside the harbour for a tug", ""},
		{"The city will not pay for the strike", ""},
	}
	lowest, highest := 1.0, 0.0
	for _, c := range cases {
		res, err := lookup.Lookup(ctx, st, c.query, lookup.Options{})
		if err != nil {
			t.Fatal(err)
		}
		var s lookup.Statement
		if len(res.Statements) > 0 {
			s = res.Statements[0]
		}
		t.Logf("score %.3f (word similarity %.3f, similarity %.3f) %q", s.Score, s.WordSimilarity, s.Similarity, c.query)
		switch {
		case c.want != "" && (s.Text != c.want || s.Score < lookup.MatchScore):
			t.Errorf("%q: best %q with %.3f; want %q at least %.2f", c.query, s.Text, s.Score, c.want, lookup.MatchScore)
		case c.want == "" && s.Score >= lookup.MatchScore:
			t.Errorf("near miss %q matched %q with %.3f", c.query, s.Text, s.Score)
		}
		if c.want != "" {
			lowest = min(lowest, s.Score)
		} else {
			highest = max(highest, s.Score)
		}
	}
	t.Logf("lowest true match %.3f, highest near miss %.3f, MatchScore %.2f", lowest, highest, lookup.MatchScore)
}
