package web

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/whosaid/whosaid/internal/dbtest"
	"github.com/whosaid/whosaid/internal/store"
)

const (
	xssQuote   = `<script>alert(1)</script> is what we found in the filing`
	xssSpeaker = `Eve <img src=x onerror=alert(2)>`
	// conflictWords is one statement credited to two people in two articles.
	conflictWords = "The harbour will stay closed for the entire winter season"
)

// seed stores the newsroom of dbtest plus hostile text and a conflict.
func seed(t *testing.T, st *store.Store) {
	t.Helper()
	dbtest.SeedNewsroom(t, st)
	day := time.Date(2026, 3, 9, 0, 0, 0, 0, time.UTC)
	dbtest.SeedArticle(t, st, "https://gazette.example/<b>leak</b>", "Gazette <i>Online</i>", day, "Leak <script>x()</script>",
		dbtest.Statement{Speaker: xssSpeaker, Role: `<svg onload=alert(3)>`, Words: xssQuote})
	dbtest.SeedArticle(t, st, "https://courier.example/winter", "Kelvik Courier", day.AddDate(0, 0, 1), "Winter Closure",
		dbtest.Statement{Speaker: "Anna Berg", Role: "president", Words: conflictWords})
	dbtest.SeedArticle(t, st, "https://herald.example/winter", "Kelvik Herald", day.AddDate(0, 0, 2), "Closure Confirmed",
		dbtest.Statement{Speaker: "Boris Lund", Role: "minister", Words: conflictWords})
}

// testSite is a seeded database served through a read-only store.
type testSite struct {
	url string // the database
	srv *Server
	h   http.Handler
}

func newSite(t *testing.T) *testSite {
	t.Helper()
	u := dbtest.URL(t)
	ctx := context.Background()
	rw, err := store.Open(ctx, u)
	if err != nil {
		t.Fatal(err)
	}
	seed(t, rw)
	rw.Close()
	ro, err := store.OpenReadOnly(ctx, u, 5*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(ro.Close)
	return &testSite{url: u, srv: newServer(t, ro)}
}

func newServer(t *testing.T, st *store.Store) *Server {
	t.Helper()
	srv, err := New(st, Options{Log: slog.New(slog.DiscardHandler), Timeout: 20 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	return srv
}

// get serves one request and returns the status and body.
func get(t *testing.T, h http.Handler, path string) (int, string, http.Header) {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
	return rec.Code, rec.Body.String(), rec.Header()
}

func getJSON(t *testing.T, h http.Handler, path string, v any) {
	t.Helper()
	code, body, hdr := get(t, h, path)
	if code != http.StatusOK {
		t.Fatalf("GET %s: %d %s", path, code, body)
	}
	if ct := hdr.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Fatalf("GET %s: Content-Type %q", path, ct)
	}
	if err := json.Unmarshal([]byte(body), v); err != nil {
		t.Fatalf("GET %s: %v\n%s", path, err, body)
	}
}

// ids finds a speaker's and an article's ids through the API.
func (s *testSite) speakerID(t *testing.T, name string) int64 {
	t.Helper()
	var d struct {
		Speakers []struct {
			ID   int64  `json:"id"`
			Name string `json:"name"`
		} `json:"speakers"`
	}
	getJSON(t, s.srv.Handler(), "/api/speakers?per_page=100", &d)
	for _, sp := range d.Speakers {
		if sp.Name == name {
			return sp.ID
		}
	}
	t.Fatalf("no speaker %q in %+v", name, d.Speakers)
	return 0
}

// articleOf returns the id of the first article where the search q appeared.
func (s *testSite) articleOf(t *testing.T, q string) int64 {
	t.Helper()
	var d struct {
		Statements []struct {
			First struct {
				ArticleID int64 `json:"article_id"`
			} `json:"first_appearance"`
		} `json:"statements"`
	}
	getJSON(t, s.srv.Handler(), "/api/search?q="+url.QueryEscape(q), &d)
	if len(d.Statements) == 0 {
		t.Fatalf("search %q found nothing", q)
	}
	return d.Statements[0].First.ArticleID
}

func TestPages(t *testing.T) {
	s := newSite(t)
	h := s.srv.Handler()
	berg := s.speakerID(t, "Anna Berg")
	art := s.articleOf(t, "not asking for the moon")
	for _, c := range []struct {
		path string
		want []string
	}{
		{"/", []string{"Who said it?", `name="q"`}},
		{"/search?q=" + url.QueryEscape("not asking for the moon"), []string{"Anna Berg", "Harbour Strike Begins", "Kelvik Courier", fmt.Sprintf(`href="/speakers/%d"`, berg)}},
		{"/search?q=" + url.QueryEscape("not asking for the moon") + "&speaker=" + url.QueryEscape("Boris Lund"), []string{"MISATTRIBUTED", "Misattributed"}},
		{"/search?q=" + url.QueryEscape("not asking for the moon") + "&speaker=Berg", []string{"FOUND"}},
		{"/search?q=zzzzqqqq", []string{"No stored statement matches"}},
		{"/search?q=harbour&per_page=1&page=2", []string{"Page 2", "Previous"}},
		{"/speakers", []string{"Anna Berg", "Boris Lund", "Maja Lund", "president"}},
		{"/speakers?per_page=1&page=2", []string{"Previous", "Next"}},
		{fmt.Sprintf("/speakers/%d", berg), []string{"Anna Berg", "Also written", "Ms Berg", "union leader", "<svg viewBox", "<rect", "We are not asking for the moon"}},
		{fmt.Sprintf("/speakers/%d?order=oldest&outlet=%s&since=2026-03-01&until=2026-03-31", berg, url.QueryEscape("Kelvik Courier")),
			[]string{"We are not asking for the moon", "2 quotes under these filters"}},
		{fmt.Sprintf("/articles/%d", art), []string{`<mark class="q q-direct"`, `data-speaker="Anna Berg"`, "tabindex=\"0\"", "We are not asking for the moon", fmt.Sprintf(`href="/speakers/%d"`, berg)}},
		{"/outlets", []string{"Kelvik Courier", "Kelvik Herald", "Anna Berg (3)"}},
		{"/outlets?kind=direct&since=2026-01-01", []string{"Kelvik Courier"}},
		{"/conflicts", []string{"Credited to different speakers", "Anna Berg", "Boris Lund", "entire winter season"}},
	} {
		code, body, hdr := get(t, h, c.path)
		if code != http.StatusOK {
			t.Errorf("GET %s: %d\n%s", c.path, code, body)
			continue
		}
		if ct := hdr.Get("Content-Type"); ct != "text/html; charset=utf-8" {
			t.Errorf("GET %s: Content-Type %q", c.path, ct)
		}
		for _, w := range c.want {
			if !strings.Contains(body, w) {
				t.Errorf("GET %s: no %q in page", c.path, w)
			}
		}
	}
	// The order of a speaker's statements follows ?order=.
	_, newest, _ := get(t, h, fmt.Sprintf("/speakers/%d", berg))
	_, oldest, _ := get(t, h, fmt.Sprintf("/speakers/%d?order=oldest", berg))
	if !(strings.Index(newest, "victory") < strings.Index(newest, "moon")) || !(strings.Index(oldest, "moon") < strings.Index(oldest, "victory")) {
		t.Error("order=newest/oldest does not change the order of statements")
	}
	// Filters narrow the statements.
	_, herald, _ := get(t, h, fmt.Sprintf("/speakers/%d?outlet=%s", berg, url.QueryEscape("Kelvik Herald")))
	if strings.Contains(herald, "victory") || !strings.Contains(herald, "promises") {
		t.Error("outlet filter did not narrow the statements")
	}
}

func TestHeaders(t *testing.T) {
	s := newSite(t)
	for _, path := range []string{"/", "/api/speakers", "/nope", "/static/style.css"} {
		_, _, hdr := get(t, s.srv.Handler(), path)
		csp := hdr.Get("Content-Security-Policy")
		if !strings.Contains(csp, "default-src 'none'") || !strings.Contains(csp, "script-src 'self'") || strings.Contains(csp, "unsafe-inline") {
			t.Errorf("%s: CSP %q", path, csp)
		}
		if hdr.Get("X-Content-Type-Options") != "nosniff" || hdr.Get("X-Frame-Options") != "DENY" {
			t.Errorf("%s: headers %v", path, hdr)
		}
	}
	code, body, hdr := get(t, s.srv.Handler(), "/static/app.js")
	if code != 200 || !strings.Contains(hdr.Get("Content-Type"), "javascript") || !strings.Contains(body, "autosubmit") {
		t.Errorf("/static/app.js: %d %q", code, hdr.Get("Content-Type"))
	}
	// Only GET (and HEAD).
	rec := httptest.NewRecorder()
	s.srv.Handler().ServeHTTP(rec, httptest.NewRequest(http.MethodPost, "/speakers", strings.NewReader("x=1")))
	if rec.Code != http.StatusMethodNotAllowed {
		t.Errorf("POST /speakers: %d", rec.Code)
	}
}

func TestNotFound(t *testing.T) {
	s := newSite(t)
	for _, path := range []string{"/speakers/999999", "/articles/999999", "/nope", "/speakers/1/extra", "/api/speakers/999999", "/api/articles/999999", "/api/nope"} {
		code, body, hdr := get(t, s.srv.Handler(), path)
		if code != http.StatusNotFound {
			t.Errorf("GET %s: %d, want 404", path, code)
		}
		if strings.HasPrefix(path, "/api/") {
			var e struct{ Error string }
			if !strings.HasPrefix(hdr.Get("Content-Type"), "application/json") || json.Unmarshal([]byte(body), &e) != nil || e.Error == "" {
				t.Errorf("GET %s: not a JSON error: %q", path, body)
			}
		}
	}
}

func TestBadRequest(t *testing.T) {
	s := newSite(t)
	berg := s.speakerID(t, "Anna Berg")
	sp := fmt.Sprintf("/speakers/%d", berg)
	for _, path := range []string{
		"/speakers/abc", "/speakers/0", "/speakers/-3", "/articles/1e3", "/api/articles/x",
		sp + "?order=sideways", sp + "?since=yesterday", sp + "?until=2026-13-01", sp + "?since=2026-03-05&until=2026-03-01",
		sp + "?page=0", sp + "?per_page=101", "/speakers?page=abc", "/api/speakers?per_page=1000",
		"/search?q=x&page=-1", "/search?q=" + strings.Repeat("a", 501), "/search?speaker=Berg",
		"/outlets?kind=rumour", "/outlets?since=03/02/2026", "/conflicts?limit=0", "/api/conflicts?limit=101",
	} {
		code, body, _ := get(t, s.srv.Handler(), path)
		if code != http.StatusBadRequest {
			t.Errorf("GET %s: %d, want 400\n%.300s", path, code, body)
		}
	}
}

func TestAPI(t *testing.T) {
	s := newSite(t)
	h := s.srv.Handler()

	var search struct {
		Query      string `json:"query"`
		Speaker    string `json:"speaker"`
		Page       int    `json:"page"`
		PerPage    int    `json:"per_page"`
		HasNext    bool   `json:"has_next"`
		Verdict    *struct{ Status, Message string }
		Statements []struct {
			Text     string `json:"text"`
			Index    int    `json:"index"`
			Articles int    `json:"articles"`
			Speakers []struct {
				Name       string `json:"name"`
				SpeakerID  int64  `json:"speaker_id"`
				Identified bool   `json:"identified"`
			} `json:"speakers"`
			First struct {
				ArticleID int64  `json:"article_id"`
				QuoteID   int64  `json:"quote_id"`
				Outlet    string `json:"outlet"`
			} `json:"first_appearance"`
			Appearances []json.RawMessage `json:"appearances"`
		} `json:"statements"`
	}
	getJSON(t, h, "/api/search?q="+url.QueryEscape("not asking for the moon")+"&speaker="+url.QueryEscape("Boris Lund"), &search)
	if search.Page != 1 || search.PerPage != 10 || search.Verdict == nil || search.Verdict.Status != "MISATTRIBUTED" || len(search.Statements) == 0 {
		t.Fatalf("search: %+v", search)
	}
	st := search.Statements[0]
	if st.Text != "We are not asking for the moon" || len(st.Speakers) != 1 || st.Speakers[0].Name != "Anna Berg" ||
		st.Speakers[0].SpeakerID == 0 || st.First.ArticleID == 0 || st.First.Outlet != "Kelvik Courier" || len(st.Appearances) != 1 {
		t.Errorf("search statement: %+v", st)
	}
	berg := st.Speakers[0].SpeakerID

	var speakers struct {
		Speakers []store.SpeakerSummary `json:"speakers"`
		Total    int64                  `json:"total"`
		Page     int                    `json:"page"`
		HasNext  bool                   `json:"has_next"`
	}
	getJSON(t, h, "/api/speakers?per_page=2", &speakers)
	if len(speakers.Speakers) != 2 || !speakers.HasNext || speakers.Total < 4 || speakers.Speakers[0].Name != "Anna Berg" || speakers.Speakers[0].Quotes != 4 {
		t.Errorf("speakers: %+v", speakers)
	}

	var speaker struct {
		Speaker struct {
			ID          int64  `json:"id"`
			Name        string `json:"name"`
			Quotes      int64  `json:"quotes"`
			Aliases     []string
			Roles       []store.SpeakerRole
			OutletNames []string `json:"outlet_names"`
		} `json:"speaker"`
		Statements []store.SpeakerStatement `json:"statements"`
		Total      int64                    `json:"total"`
		Weeks      []store.WeekCount        `json:"weeks"`
		Order      string                   `json:"order"`
	}
	getJSON(t, h, fmt.Sprintf("/api/speakers/%d?order=oldest", berg), &speaker)
	if speaker.Speaker.ID != berg || speaker.Speaker.Name != "Anna Berg" || speaker.Total != 4 || len(speaker.Statements) != 4 ||
		speaker.Order != "oldest" || len(speaker.Weeks) == 0 || len(speaker.Speaker.Roles) < 2 || len(speaker.Speaker.OutletNames) != 2 {
		t.Errorf("speaker: %+v", speaker)
	}
	if len(speaker.Statements) > 0 && (speaker.Statements[0].Text != "“We are not asking for the moon,”" || speaker.Statements[0].ArticleID == 0) {
		t.Errorf("speaker's first statement: %+v", speaker.Statements[0])
	}

	var article store.ArticleView
	getJSON(t, h, fmt.Sprintf("/api/articles/%d", st.First.ArticleID), &article)
	if article.Title != "Harbour Strike Begins" || len(article.Quotes) != 2 || article.Outlet != "Kelvik Courier" {
		t.Fatalf("article: %+v", article)
	}
	body := []rune(article.Body)
	for _, q := range article.Quotes {
		sp := q.Spans[0]
		if got := string(body[sp[0]:sp[1]]); got != q.Text {
			t.Errorf("article span %v is %q, want %q", sp, got, q.Text)
		}
	}

	var outlets struct {
		Outlets []store.OutletStat `json:"outlets"`
	}
	getJSON(t, h, "/api/outlets", &outlets)
	if len(outlets.Outlets) != 3 || outlets.Outlets[0].Outlet != "Kelvik Courier" {
		t.Errorf("outlets: %+v", outlets)
	}

	var conflicts struct {
		Statements []struct {
			Text     string `json:"text"`
			Warning  string `json:"warning"`
			Speakers []struct {
				Name      string `json:"name"`
				SpeakerID int64  `json:"speaker_id"`
			} `json:"speakers"`
		} `json:"statements"`
		Limit int `json:"limit"`
	}
	getJSON(t, h, "/api/conflicts", &conflicts)
	if len(conflicts.Statements) != 1 || conflicts.Limit != 20 || len(conflicts.Statements[0].Speakers) != 2 || conflicts.Statements[0].Warning == "" ||
		conflicts.Statements[0].Speakers[1].SpeakerID == 0 {
		t.Errorf("conflicts: %+v", conflicts)
	}
}

// TestEscaping stores a quote with a script and a speaker with an image
// handler and checks that every page shows them as text.
func TestEscaping(t *testing.T) {
	s := newSite(t)
	h := s.srv.Handler()
	eve := s.speakerID(t, xssSpeaker)
	art := s.articleOf(t, "is what we found in the filing")
	bad := []string{"<script>alert", "<img src=x", "<svg onload", "<b>leak", "<i>Online", "<script>x()"}
	for _, path := range []string{
		"/search?q=" + url.QueryEscape("what we found in the filing"),
		"/search?q=" + url.QueryEscape("<script>alert(1)</script>") + "&speaker=" + url.QueryEscape(xssSpeaker),
		"/speakers", fmt.Sprintf("/speakers/%d", eve), fmt.Sprintf("/articles/%d", art), "/outlets", "/conflicts",
		fmt.Sprintf("/api/speakers/%d", eve), fmt.Sprintf("/api/articles/%d", art), "/api/search?q=filing",
	} {
		code, body, _ := get(t, h, path)
		if code != http.StatusOK {
			t.Errorf("GET %s: %d", path, code)
			continue
		}
		for _, b := range bad {
			if strings.Contains(body, b) {
				t.Errorf("GET %s: unescaped %q in the page", path, b)
			}
		}
		if !strings.HasPrefix(path, "/api/") && strings.Contains(path, "filing") &&
			!strings.Contains(body, "&lt;script&gt;alert(1)&lt;/script&gt;") {
			t.Errorf("GET %s: the quote is not shown as text", path)
		}
	}
	_, body, _ := get(t, h, fmt.Sprintf("/articles/%d", art))
	for _, want := range []string{"&lt;script&gt;alert(1)&lt;/script&gt; is what we found", `data-speaker="Eve &lt;img src=x onerror=alert(2)&gt;"`,
		"Eve &lt;img src=x onerror=alert(2)&gt;"} {
		if !strings.Contains(body, want) {
			t.Errorf("article page: no %q", want)
		}
	}
}

func TestHighlight(t *testing.T) {
	body := "Zoë: „Ça va“, she said.\nAnd <b>Ünal</b> told them “no”."
	r := []rune(body)
	find := func(s string) [2]int {
		i := strings.Index(body, s)
		start := len([]rune(body[:i]))
		return [2]int{start, start + len([]rune(s))}
	}
	sid := int64(7)
	quotes := []store.ArticleQuote{
		{ID: 1, Kind: "direct", Spans: [][2]int{find("„Ça va“")}, Speaker: "Zoë", SpeakerID: &sid, SourceSpan: &[2]int{0, 3}, Cue: "said", CueSpan: ptrSpan(find("said"))},
		{ID: 2, Kind: "direct", Spans: [][2]int{find("“no”")}, Speaker: `<b>Ünal</b>`, Source: "<b>Ünal</b>", SourceSpan: ptrSpan(find("<b>Ünal</b>"))},
		// Out of range and overlapping spans are clipped, never a panic.
		{ID: 3, Kind: "partial", Spans: [][2]int{{len(r) - 2, len(r) + 40}, {-5, 0}, find("va“, she")}},
	}
	got := string(highlight(body, quotes))
	for _, want := range []string{
		`<a class="src" href="/speakers/7" title="Everything Zoë said">Zoë</a>`,
		`id="q1" tabindex="0" data-quote-id="1" data-speaker-id="7" data-speaker="Zoë" data-cue="said" data-kind="direct"`,
		`>„Ça va“</mark>`, `<span class="cue" title="cue: said">said</span>`,
		`<span class="src" title="&lt;b&gt;Ünal&lt;/b&gt;">&lt;b&gt;Ünal&lt;/b&gt;</span>`, `>“no”</mark>`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("no %q in\n%s", want, got)
		}
	}
	if strings.Contains(got, "<b>") {
		t.Errorf("unescaped body text in\n%s", got)
	}
	// Stripping the tags gives the body back.
	plain := got
	for strings.Contains(plain, "<") {
		i := strings.Index(plain, "<")
		j := strings.Index(plain[i:], ">")
		plain = plain[:i] + plain[i+j+1:]
	}
	plain = strings.NewReplacer("&lt;", "<", "&gt;", ">", "&#34;", `"`, "&#39;", "'", "&amp;", "&").Replace(plain)
	if plain != body {
		t.Errorf("highlighting changed the text:\n%q\n%q", plain, body)
	}
}

func ptrSpan(s [2]int) *[2]int { return &s }

func TestWeekChart(t *testing.T) {
	w := func(d string, n int64) store.WeekCount {
		tm, _ := time.Parse("2006-01-02", d)
		return store.WeekCount{Week: tm, Quotes: n}
	}
	c := weekChart([]store.WeekCount{w("2026-03-02", 2), w("2026-03-23", 4)})
	if len(c.Bars) != 4 || c.Max != 4 || c.Total != 6 || c.First != "2026-03-02" || c.Last != "2026-03-23" {
		t.Fatalf("chart: %+v", c)
	}
	if c.Bars[1].Quotes != 0 || c.Bars[1].H != 0 || c.Bars[3].H != 90 || c.Bars[0].H != 45 {
		t.Errorf("bars: %+v", c.Bars)
	}
	if c := weekChart(nil); len(c.Bars) != 0 {
		t.Errorf("empty chart has bars")
	}
}

func TestServeShutdown(t *testing.T) {
	s := newSite(t)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.srv.Serve(ctx, ln) }()
	resp, err := http.Get("http://" + ln.Addr().String() + "/speakers")
	if err != nil {
		t.Fatal(err)
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Fatalf("GET /speakers: %d", resp.StatusCode)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("Serve: %v", err)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("Serve did not return after its context was cancelled")
	}
	if _, err := http.Get("http://" + ln.Addr().String() + "/"); err == nil {
		t.Error("server still answers after shutdown")
	}
}

func TestTimeout(t *testing.T) {
	s := newSite(t)
	srv, err := New(s.srv.st, Options{Log: slog.New(slog.DiscardHandler), Timeout: time.Nanosecond})
	if err != nil {
		t.Fatal(err)
	}
	code, _, _ := get(t, srv.Handler(), "/speakers")
	if code != http.StatusServiceUnavailable {
		t.Errorf("GET /speakers with a 1ns deadline: %d, want 503", code)
	}
}

func TestSchemaCheck(t *testing.T) {
	ctx := context.Background()
	u := dbtest.URL(t)
	ro, err := store.OpenReadOnly(ctx, u, 5*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	if cur, target, err := ro.SchemaCheck(ctx); err != nil || cur != target || cur == 0 {
		t.Fatalf("migrated database: %d/%d %v", cur, target, err)
	}
	rw, err := store.Open(ctx, u)
	if err != nil {
		t.Fatal(err)
	}
	defer rw.Close()
	if err := rw.MigrateDown(ctx); err != nil {
		t.Fatal(err)
	}
	if _, _, err := ro.SchemaCheck(ctx); !errors.Is(err, store.ErrSchemaOutdated) || !strings.Contains(err.Error(), "migrate up") {
		t.Errorf("one migration down: %v", err)
	}

	empty, drop, err := store.CreateScratchDatabase(ctx, dbtest.ServerURL(t), "whosaid_web_empty")
	if err != nil {
		t.Fatal(err)
	}
	defer drop()
	ro2, err := store.OpenReadOnly(ctx, empty, 5*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer ro2.Close()
	if _, _, err := ro2.SchemaCheck(ctx); !errors.Is(err, store.ErrSchemaMissing) {
		t.Errorf("empty database: %v", err)
	}
	// SchemaCheck must not have created goose's table: it only reads.
	if _, _, err := ro2.SchemaCheck(ctx); !errors.Is(err, store.ErrSchemaMissing) {
		t.Errorf("empty database, again: %v", err)
	}
	if _, err := ro2.Pool().Exec(ctx, "CREATE TABLE t (x int)"); err == nil || !strings.Contains(err.Error(), "read-only") {
		t.Errorf("a write through OpenReadOnly: %v, want a read-only error", err)
	}
}
