package web

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/whosaid/whosaid/internal/dbtest"
	"github.com/whosaid/whosaid/internal/store"
)

// readerRole creates a login role that may only read the database at dbURL
// (the README's whosaid_reader recipe, under a random name) and returns a
// URL that connects as it. The role is dropped when the test ends.
func readerRole(t *testing.T, dbURL string) string {
	t.Helper()
	ctx := context.Background()
	u, err := url.Parse(dbURL)
	if err != nil {
		t.Fatal(err)
	}
	dbName := strings.TrimPrefix(u.Path, "/")
	// pgtestdb's user may not create roles: use the server's own user,
	// connected to the test database.
	admin, err := url.Parse(dbtest.ServerURL(t))
	if err != nil {
		t.Fatal(err)
	}
	admin.Path = "/" + dbName
	st, err := store.Open(ctx, admin.String())
	if err != nil {
		t.Fatal(err)
	}
	b := make([]byte, 6)
	rand.Read(b)
	role, pass := "whosaid_reader_"+hex.EncodeToString(b), hex.EncodeToString(b)+"pw"
	ident := func(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }
	for _, q := range []string{
		fmt.Sprintf("CREATE ROLE %s LOGIN PASSWORD '%s'", ident(role), pass),
		fmt.Sprintf("GRANT CONNECT ON DATABASE %s TO %s", ident(dbName), ident(role)),
		fmt.Sprintf("GRANT USAGE ON SCHEMA public TO %s", ident(role)),
		fmt.Sprintf("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %s", ident(role)),
	} {
		if _, err := st.Pool().Exec(ctx, q); err != nil {
			st.Close()
			t.Fatalf("%s: %v", q, err)
		}
	}
	t.Cleanup(func() {
		defer st.Close()
		for _, q := range []string{"DROP OWNED BY " + ident(role), "DROP ROLE " + ident(role)} {
			if _, err := st.Pool().Exec(ctx, q); err != nil {
				t.Errorf("%s: %v", q, err)
			}
		}
	})
	u.User = url.UserPassword(role, pass)
	return u.String()
}

// TestReadOnlyRole serves every page through a role that can only SELECT,
// and checks that a write fails twice over: the session is read-only, and
// even a read-write transaction lacks the privilege.
func TestReadOnlyRole(t *testing.T) {
	s := newSite(t)
	readerURL := readerRole(t, s.url)
	ctx := context.Background()
	ro, err := store.OpenReadOnly(ctx, readerURL, 5*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	// Registered after the role's cleanup, so it runs first: no session of
	// the role is left when the role is dropped.
	t.Cleanup(ro.Close)
	if cur, target, err := ro.SchemaCheck(ctx); err != nil || cur != target {
		t.Fatalf("schema check as the reader: %d/%d %v", cur, target, err)
	}
	site := &testSite{srv: newServer(t, ro)}
	h := site.srv.Handler()
	berg := site.speakerID(t, "Anna Berg")
	art := site.articleOf(t, "not asking for the moon")
	for _, path := range []string{
		"/", "/search?q=" + url.QueryEscape("not asking for the moon") + "&speaker=Berg", "/speakers",
		fmt.Sprintf("/speakers/%d?order=oldest", berg), fmt.Sprintf("/articles/%d", art), "/outlets", "/conflicts",
		"/api/search?q=harbour", "/api/speakers", fmt.Sprintf("/api/speakers/%d", berg), fmt.Sprintf("/api/articles/%d", art),
		"/api/outlets", "/api/conflicts",
	} {
		if code, body, _ := get(t, h, path); code != http.StatusOK {
			t.Errorf("GET %s as the reader: %d\n%.300s", path, code, body)
		}
	}

	// A write in the read-only session.
	if _, err := ro.Pool().Exec(ctx, "INSERT INTO outlets (name) VALUES ('x')"); err == nil || !strings.Contains(err.Error(), "read-only transaction") {
		t.Errorf("insert in a read-only session: %v", err)
	}
	// A write in an explicitly read-write transaction: the role lacks the privilege.
	if _, err := ro.Pool().Exec(ctx, "BEGIN READ WRITE; INSERT INTO outlets (name) VALUES ('x'); COMMIT"); err == nil || !strings.Contains(err.Error(), "permission denied") {
		t.Errorf("insert in a read-write transaction as the reader: %v", err)
	}
}
