package web

import (
	"fmt"
	"html/template"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/whosaid/whosaid/internal/lookup"
	"github.com/whosaid/whosaid/internal/report"
	"github.com/whosaid/whosaid/internal/store"
)

// pager is the paging of a page: which page, how many rows, and the links
// to the neighbours (empty when there is none).
type pager struct {
	Page    int    `json:"page"`
	PerPage int    `json:"per_page"`
	HasNext bool   `json:"has_next"`
	Prev    string `json:"-"`
	Next    string `json:"-"`
}

// readPager reads ?page= and ?per_page= (1..MaxPageSize, default def).
func readPager(r *http.Request, def int) (pager, error) {
	p := pager{Page: 1, PerPage: def}
	q := r.URL.Query()
	if v := q.Get("page"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > maxPage {
			return p, badRequest("page must be a whole number from 1 to %d", maxPage)
		}
		p.Page = n
	}
	if v := q.Get("per_page"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > MaxPageSize {
			return p, badRequest("per_page must be a whole number from 1 to %d", MaxPageSize)
		}
		p.PerPage = n
	}
	return p, nil
}

func (p *pager) offset() int { return (p.Page - 1) * p.PerPage }

// links fills Prev and Next from the request's own query.
func (p *pager) links(r *http.Request) {
	at := func(page int) string {
		q := r.URL.Query()
		q.Set("page", strconv.Itoa(page))
		return r.URL.Path + "?" + q.Encode()
	}
	if p.Page > 1 {
		p.Prev = at(p.Page - 1)
	}
	if p.HasNext {
		p.Next = at(p.Page + 1)
	}
}

func pathID(r *http.Request) (int64, error) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id <= 0 {
		return 0, badRequest("%q is not an id: ids are positive whole numbers", r.PathValue("id"))
	}
	return id, nil
}

// readDates reads ?since= and ?until= (2006-01-02, both inclusive); the
// returned until is the exclusive end the store wants.
func readDates(r *http.Request) (since, until *time.Time, err error) {
	for _, d := range []struct {
		name string
		dst  **time.Time
	}{{"since", &since}, {"until", &until}} {
		v := strings.TrimSpace(r.URL.Query().Get(d.name))
		if v == "" {
			continue
		}
		t, err := time.Parse("2006-01-02", v)
		if err != nil {
			return nil, nil, badRequest("%s must be a date like 2026-03-02", d.name)
		}
		*d.dst = &t
	}
	if since != nil && until != nil && until.Before(*since) {
		return nil, nil, badRequest("until is before since")
	}
	if until != nil {
		end := until.AddDate(0, 0, 1)
		until = &end
	}
	return since, until, nil
}

func readText(r *http.Request, name string, maxRunes int) (string, error) {
	v := strings.TrimSpace(r.URL.Query().Get(name))
	if !utf8.ValidString(v) || utf8.RuneCountInString(v) > maxRunes {
		return "", badRequest("%s must be text of at most %d characters", name, maxRunes)
	}
	return v, nil
}

// --- search ---

type searchData struct {
	Query      string          `json:"query"`
	Speaker    string          `json:"speaker,omitempty"`
	Verdict    *lookup.Verdict `json:"verdict,omitempty"`
	Statements []statementView `json:"statements"`
	pager
}

// statementView is a lookup statement with the ids of its speakers and a
// warning when it is credited to different people.
type statementView struct {
	lookup.Statement
	Index    int          `json:"index"` // in the whole result, from 0: what verdict.statement refers to
	Speakers []creditView `json:"speakers"`
	Warning  string       `json:"warning,omitempty"`
	Match    string       `json:"-"` // the verdict's status when it is about this statement
	// FactChecks are lookup's, read with one query for the whole page.
	FactChecks []factCheckView `json:"fact_checks"`
}

type creditView struct {
	lookup.Credit
	SpeakerID int64 `json:"speaker_id,omitempty"` // the speaker page, when the credit is a stored speaker
}

func (s *Server) loadSearch(r *http.Request) (string, any, error) {
	q, err := readText(r, "q", maxQueryRunes)
	if err != nil {
		return "", nil, err
	}
	who, err := readText(r, "speaker", 200)
	if err != nil {
		return "", nil, err
	}
	p, err := readPager(r, 10)
	if err != nil {
		return "", nil, err
	}
	d := &searchData{Query: q, Speaker: who, Statements: []statementView{}, pager: p}
	if q == "" {
		if who != "" {
			return "", nil, badRequest("type the words to look up, not only a speaker")
		}
		return "Search", d, nil
	}
	res, err := lookup.Lookup(r.Context(), s.st, q, lookup.Options{Speaker: who, Limit: p.Page*p.PerPage + 1})
	if err != nil {
		return "", nil, err
	}
	d.Verdict = res.Verdict
	stmts := res.Statements
	d.HasNext = len(stmts) > p.Page*p.PerPage
	from, to := min(p.offset(), len(stmts)), min(p.Page*p.PerPage, len(stmts))
	if d.Statements, err = s.statementViews(r, stmts[from:to], from); err != nil {
		return "", nil, err
	}
	if v := d.Verdict; v != nil && v.Statement >= from && v.Statement < to {
		d.Statements[v.Statement-from].Match = v.Status
	}
	d.links(r)
	return "Who said “" + report.Cut(q, 60) + "”", d, nil
}

// statementViews adds speaker ids and warnings; index is the position of
// the first statement in the whole result.
func (s *Server) statementViews(r *http.Request, stmts []lookup.Statement, index int) ([]statementView, error) {
	var ids []int64
	for _, st := range stmts {
		for _, c := range st.Speakers {
			ids = append(ids, c.First.QuoteID)
		}
	}
	speakerOf, err := s.st.QuoteSpeakerIDs(r.Context(), ids)
	if err != nil {
		return nil, err
	}
	out := make([]statementView, len(stmts))
	for i, st := range stmts {
		v := statementView{Statement: st, Index: index + i, Speakers: make([]creditView, len(st.Speakers))}
		for j, c := range st.Speakers {
			v.Speakers[j] = creditView{Credit: c, SpeakerID: speakerOf[c.First.QuoteID]}
		}
		v.Warning = conflictWarning(st)
		v.FactChecks = factCheckViews(st.FactChecks)
		out[i] = v
	}
	return out, nil
}

// conflictWarning says when named speakers who are not one person are
// credited with the same statement.
func conflictWarning(st lookup.Statement) string {
	var kept []lookup.Credit
	var names []string
	for _, c := range st.Speakers {
		if !c.Identified || slices.ContainsFunc(kept, func(k lookup.Credit) bool {
			return lookup.SameSpeaker(c.Name, c.Type, k.Name, k.Type)
		}) {
			continue
		}
		kept = append(kept, c)
		names = append(names, c.Name)
	}
	if len(names) < 2 {
		return ""
	}
	return "Credited to different speakers: " + strings.Join(names, ", ")
}

// --- speakers ---

type speakersData struct {
	Speakers []store.SpeakerSummary `json:"speakers"`
	Total    int64                  `json:"total"`
	pager
}

func (s *Server) loadSpeakers(r *http.Request) (string, any, error) {
	p, err := readPager(r, 50)
	if err != nil {
		return "", nil, err
	}
	rows, total, err := s.st.SpeakerSummaries(r.Context(), p.PerPage+1, p.offset())
	if err != nil {
		return "", nil, err
	}
	if len(rows) > p.PerPage {
		rows, p.HasNext = rows[:p.PerPage], true
	}
	p.links(r)
	if rows == nil {
		rows = []store.SpeakerSummary{}
	}
	return "Speakers", &speakersData{Speakers: rows, Total: total, pager: p}, nil
}

type speakerData struct {
	store.SpeakerPage
	Statements []speakerStatementView `json:"statements"` // the page's, with their fact-checks
	Order      string                 `json:"order"`
	Outlet     string                 `json:"outlet,omitempty"`
	Since      string                 `json:"since,omitempty"`
	Until      string                 `json:"until,omitempty"`
	Chart      chart                  `json:"-"`
	pager
}

func (s *Server) loadSpeaker(r *http.Request) (string, any, error) {
	id, err := pathID(r)
	if err != nil {
		return "", nil, err
	}
	p, err := readPager(r, 50)
	if err != nil {
		return "", nil, err
	}
	q := r.URL.Query()
	order := q.Get("order")
	switch order {
	case "":
		order = "newest"
	case "newest", "oldest":
	default:
		return "", nil, badRequest("order must be newest or oldest")
	}
	outlet, err := readText(r, "outlet", 200)
	if err != nil {
		return "", nil, err
	}
	since, until, err := readDates(r)
	if err != nil {
		return "", nil, err
	}
	page, err := s.st.SpeakerPage(r.Context(), id, store.SpeakerStatementFilter{Outlet: outlet, Since: since, Until: until,
		Newest: order == "newest", Limit: p.PerPage + 1, Offset: p.offset()})
	if err != nil {
		return "", nil, err
	}
	if len(page.Statements) > p.PerPage {
		page.Statements, p.HasNext = page.Statements[:p.PerPage], true
	}
	p.links(r)
	d := &speakerData{SpeakerPage: page, Order: order, Outlet: outlet, Since: q.Get("since"), Until: q.Get("until"), pager: p}
	d.Chart = weekChart(page.Weeks)
	ids := make([]int64, len(page.Statements))
	for i, st := range page.Statements {
		ids[i] = st.ID
	}
	fcs, err := s.factChecksFor(r, ids)
	if err != nil {
		return "", nil, err
	}
	d.Statements = make([]speakerStatementView, len(page.Statements))
	for i, st := range page.Statements {
		d.Statements[i] = speakerStatementView{SpeakerStatement: st, FactChecks: factCheckViews(fcs[st.ID])}
	}
	return page.Profile.Name, d, nil
}

// speakerStatementView is a speaker's statement with its fact-checks.
type speakerStatementView struct {
	store.SpeakerStatement
	FactChecks []factCheckView `json:"fact_checks"`
}

// --- article ---

type articleData struct {
	store.ArticleView
	Quotes      []articleQuoteView `json:"quotes"` // the article's, with their fact-checks
	Highlighted template.HTML      `json:"-"`
}

// articleQuoteView is an attribution with its fact-checks.
type articleQuoteView struct {
	store.ArticleQuote
	FactChecks []factCheckView `json:"fact_checks"`
}

func (s *Server) loadArticle(r *http.Request) (string, any, error) {
	id, err := pathID(r)
	if err != nil {
		return "", nil, err
	}
	a, err := s.st.Article(r.Context(), id)
	if err != nil {
		return "", nil, err
	}
	title := a.Title
	if title == "" {
		title = fmt.Sprintf("Article %d", a.ID)
	}
	ids := make([]int64, len(a.Quotes))
	for i, q := range a.Quotes {
		ids[i] = q.ID
	}
	fcs, err := s.factChecksFor(r, ids)
	if err != nil {
		return "", nil, err
	}
	quotes := make([]articleQuoteView, len(a.Quotes))
	for i, q := range a.Quotes {
		quotes[i] = articleQuoteView{ArticleQuote: q, FactChecks: factCheckViews(fcs[q.ID])}
	}
	return title, &articleData{ArticleView: a, Quotes: quotes, Highlighted: highlight(a.Body, a.Quotes)}, nil
}

// --- outlets ---

type outletsData struct {
	Outlets []store.OutletStat `json:"outlets"`
	Since   string             `json:"since,omitempty"`
	Until   string             `json:"until,omitempty"`
	Kind    string             `json:"kind,omitempty"`
}

func (s *Server) loadOutlets(r *http.Request) (string, any, error) {
	since, until, err := readDates(r)
	if err != nil {
		return "", nil, err
	}
	kind := r.URL.Query().Get("kind")
	switch kind {
	case "", "direct", "partial", "indirect", "mixed":
	default:
		return "", nil, badRequest("kind must be direct, partial, indirect or mixed")
	}
	rows, err := s.st.Outlets(r.Context(), store.Filter{Since: since, Until: until, Kind: kind, Limit: MaxPageSize})
	if err != nil {
		return "", nil, err
	}
	if rows == nil {
		rows = []store.OutletStat{}
	}
	q := r.URL.Query()
	return "Outlets", &outletsData{Outlets: rows, Since: q.Get("since"), Until: q.Get("until"), Kind: kind}, nil
}

// --- conflicts ---

type conflictsData struct {
	Statements []statementView `json:"statements"`
	Limit      int             `json:"limit"`
}

func (s *Server) loadConflicts(r *http.Request) (string, any, error) {
	limit := 20
	if v := r.URL.Query().Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > MaxPageSize {
			return "", nil, badRequest("limit must be a whole number from 1 to %d", MaxPageSize)
		}
		limit = n
	}
	stmts, err := lookup.Conflicts(r.Context(), s.st, limit)
	if err != nil {
		return "", nil, err
	}
	views, err := s.statementViews(r, stmts, 0)
	if err != nil {
		return "", nil, err
	}
	return "Conflicting attributions", &conflictsData{Statements: views, Limit: limit}, nil
}

// speakerURL links a speaker page; used by templates.
func speakerURL(id int64) string { return "/speakers/" + strconv.FormatInt(id, 10) }

func articleURL(id int64) string { return "/articles/" + strconv.FormatInt(id, 10) }

// quoteURL links a quote inside its article.
func quoteURL(articleID, quoteID int64) string {
	return articleURL(articleID) + "#q" + strconv.FormatInt(quoteID, 10)
}

// searchURL links a search; used by templates.
func searchURL(q, speaker string) string {
	v := url.Values{"q": {q}}
	if speaker != "" {
		v.Set("speaker", speaker)
	}
	return "/search?" + v.Encode()
}

func init() {
	funcs["speakerURL"] = speakerURL
	funcs["articleURL"] = articleURL
	funcs["quoteURL"] = quoteURL
	funcs["searchURL"] = searchURL
}
