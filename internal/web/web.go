// Package web is whosaid's read-only web desk (whosaid serve): server-rendered
// pages for search, speakers, articles, outlets and conflicting attributions,
// and the same data as JSON under /api/. It only reads, through store and
// lookup; everything that came from an article is escaped by html/template,
// except the highlighted article body, which highlight.go builds escaping
// every piece itself.
package web

import (
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"io"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/whosaid/whosaid/internal/report"
	"github.com/whosaid/whosaid/internal/store"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// Defaults and limits.
const (
	DefaultAddr    = "127.0.0.1:8080"
	DefaultTimeout = 10 * time.Second
	MaxPageSize    = 100   // rows per page at most, on every paged page
	maxPage        = 10000 // pages past this are refused (400)
	maxQueryRunes  = 500   // a search longer than this is refused (400)
)

// Options configure a Server. The zero value is usable.
type Options struct {
	// Timeout bounds each request: its context is cancelled then (queries
	// stop) and the client gets 503. 0 means DefaultTimeout.
	Timeout time.Duration
	// Log receives one line per request and every server error; nil means
	// slog.Default().
	Log *slog.Logger
}

// Server serves the web desk over a store.
type Server struct {
	st    *store.Store
	opt   Options
	log   *slog.Logger
	pages map[string]*template.Template
	mux   *http.ServeMux
}

// New builds the server; st should come from store.OpenReadOnly.
func New(st *store.Store, opt Options) (*Server, error) {
	if opt.Timeout <= 0 {
		opt.Timeout = DefaultTimeout
	}
	s := &Server{st: st, opt: opt, log: opt.Log, pages: map[string]*template.Template{}, mux: http.NewServeMux()}
	if s.log == nil {
		s.log = slog.Default()
	}
	if err := s.parseTemplates(); err != nil {
		return nil, err
	}
	s.routes()
	return s, nil
}

// loader reads one page's data from the request; its error is an
// *httpError for the client's mistakes, anything else is a server error.
type loader func(r *http.Request) (title string, data any, err error)

func (s *Server) routes() {
	for _, p := range []struct {
		path, api, page string
		load            loader
	}{
		{"/{$}", "", "search", s.loadSearch},
		{"/search", "/api/search", "search", s.loadSearch},
		{"/speakers", "/api/speakers", "speakers", s.loadSpeakers},
		{"/speakers/{id}", "/api/speakers/{id}", "speaker", s.loadSpeaker},
		{"/articles/{id}", "/api/articles/{id}", "article", s.loadArticle},
		{"/outlets", "/api/outlets", "outlets", s.loadOutlets},
		{"/conflicts", "/api/conflicts", "conflicts", s.loadConflicts},
	} {
		s.mux.Handle("GET "+p.path, s.htmlHandler(p.page, p.load))
		if p.api != "" {
			s.mux.Handle("GET "+p.api, s.jsonHandler(p.load))
		}
	}
	static, _ := fs.Sub(staticFS, "static")
	files := http.FileServerFS(static)
	s.mux.Handle("GET /static/", http.StripPrefix("/static/", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "public, max-age=3600")
		files.ServeHTTP(w, r)
	})))
	s.mux.HandleFunc("GET /api/", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusNotFound, map[string]string{"error": "no such API endpoint"})
	})
	s.mux.HandleFunc("GET /", func(w http.ResponseWriter, r *http.Request) {
		s.renderError(w, r, &httpError{http.StatusNotFound, "There is no page at this address."})
	})
}

// Handler is the whole site: security headers, a deadline per request and
// a log line per request around the routes.
func (s *Server) Handler() http.Handler {
	timeout := http.TimeoutHandler(s.mux, s.opt.Timeout, "whosaid: the request took too long\n")
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		h := w.Header()
		h.Set("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "+
			"connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Referrer-Policy", "same-origin")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		rec := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
		timeout.ServeHTTP(rec, r)
		s.log.Info("request", "method", r.Method, "path", r.URL.Path, "status", rec.status, "took", time.Since(start).Round(time.Microsecond))
	})
}

type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (r *statusRecorder) WriteHeader(code int) {
	r.status = code
	r.ResponseWriter.WriteHeader(code)
}

// Serve serves on ln until ctx is cancelled, then shuts down gracefully:
// new connections are refused and requests in flight get up to 10 seconds.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	srv := &http.Server{
		Handler:           s.Handler(),
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      s.opt.Timeout + 5*time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return fmt.Errorf("shut down: %w", err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// httpError is a request the server refuses, with a message for the user.
type httpError struct {
	status int
	msg    string
}

func (e *httpError) Error() string { return e.msg }

func badRequest(format string, args ...any) error {
	return &httpError{http.StatusBadRequest, fmt.Sprintf(format, args...)}
}

// classify turns a loader's error into a status and a message fit to show.
func (s *Server) classify(r *http.Request, err error) (int, string) {
	var he *httpError
	switch {
	case errors.As(err, &he):
		return he.status, he.msg
	case errors.Is(err, store.ErrNotFound):
		return http.StatusNotFound, "Nothing is stored under this id."
	case errors.Is(err, context.DeadlineExceeded) || errors.Is(r.Context().Err(), context.DeadlineExceeded):
		s.log.Warn("request timed out", "path", r.URL.Path, "err", err)
		return http.StatusServiceUnavailable, "The database took too long to answer."
	}
	s.log.Error("request failed", "path", r.URL.Path, "err", err)
	return http.StatusInternalServerError, "Something went wrong reading the database."
}

func (s *Server) jsonHandler(load loader) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, data, err := load(r)
		if err != nil {
			status, msg := s.classify(r, err)
			writeJSON(w, status, map[string]string{"error": msg})
			return
		}
		writeJSON(w, http.StatusOK, data)
	})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.Encode(v) // escapes <, > and & as \u003c…: safe even if sniffed as HTML
}

// view is what every page template gets.
type view struct {
	Title string
	Nav   string // the section the page belongs to, for the menu
	Data  any
	Query string // the search box's text
	Who   string // the search box's speaker
	Error string
}

func (s *Server) htmlHandler(page string, load loader) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		title, data, err := load(r)
		if err != nil {
			s.renderError(w, r, err)
			return
		}
		v := view{Title: title, Nav: page, Data: data}
		if sd, ok := data.(*searchData); ok {
			v.Query, v.Who = sd.Query, sd.Speaker
		}
		s.render(w, http.StatusOK, page, v)
	})
}

func (s *Server) renderError(w http.ResponseWriter, r *http.Request, err error) {
	status, msg := s.classify(r, err)
	s.render(w, status, "error", view{Title: http.StatusText(status), Error: msg, Data: status})
}

func (s *Server) render(w http.ResponseWriter, status int, page string, v view) {
	var b strings.Builder
	if err := s.pages[page].ExecuteTemplate(&b, "layout", v); err != nil {
		s.log.Error("render page", "page", page, "err", err)
		http.Error(w, "whosaid: could not render the page", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_, _ = io.WriteString(w, b.String())
}

func (s *Server) parseTemplates() error {
	base, err := template.New("base").Funcs(funcs).ParseFS(templateFS, "templates/layout.html")
	if err != nil {
		return fmt.Errorf("parse layout: %w", err)
	}
	for _, page := range []string{"search", "speakers", "speaker", "article", "outlets", "conflicts", "error"} {
		t, err := template.Must(base.Clone()).ParseFS(templateFS, "templates/"+page+".html")
		if err != nil {
			return fmt.Errorf("parse %s page: %w", page, err)
		}
		s.pages[page] = t
	}
	return nil
}

var funcs = template.FuncMap{
	"day": func(t *time.Time) string {
		if t == nil {
			return "undated"
		}
		return t.UTC().Format("2006-01-02")
	},
	"pct":      func(f float64) string { return fmt.Sprintf("%.0f%%", f*100) },
	"join":     strings.Join,
	"add":      func(a, b int) int { return a + b },
	"roleText": report.RoleText,
	"int":      func(n int32) int { return int(n) },
	"deref":    func(p *int64) int64 { return *p },
	"list":     func(xs ...string) []string { return xs },
}
