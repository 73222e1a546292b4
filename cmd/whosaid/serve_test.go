package main

import (
	"bufio"
	"context"
	"io"
	"net/http"
	"os/exec"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/whosaid/whosaid/internal/dbtest"
	"github.com/whosaid/whosaid/internal/store"
)

// TestServeRefusesMissingSchema: serve never migrates; on a database
// without whosaid's schema it says so and exits 1.
func TestServeRefusesMissingSchema(t *testing.T) {
	ctx := context.Background()
	empty, drop, err := store.CreateScratchDatabase(ctx, dbtest.ServerURL(t), "whosaid_serve_empty")
	if err != nil {
		t.Fatal(err)
	}
	defer drop()
	out, err := exec.Command(bin, "serve", "--db", empty, "--addr", "127.0.0.1:0").CombinedOutput()
	if err == nil {
		t.Fatalf("serve on an empty database succeeded:\n%s", out)
	}
	if !strings.Contains(string(out), "no whosaid schema") || !strings.Contains(string(out), "migrate up") {
		t.Errorf("serve on an empty database said:\n%s", out)
	}
}

// TestServeShutsDownOnSIGTERM starts the binary, reads a page, sends
// SIGTERM and expects a clean exit.
func TestServeShutsDownOnSIGTERM(t *testing.T) {
	u := dbtest.URL(t)
	cmd := exec.Command(bin, "serve", "--db", u, "--addr", "127.0.0.1:0")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	addr := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stderr)
		re := regexp.MustCompile(`serving (http://\S+/)`)
		for sc.Scan() {
			if m := re.FindStringSubmatch(sc.Text()); m != nil {
				addr <- m[1]
				break
			}
		}
		io.Copy(io.Discard, stderr)
	}()
	var base string
	select {
	case base = <-addr:
	case <-time.After(30 * time.Second):
		t.Fatal("serve did not start")
	}
	resp, err := http.Get(base + "api/speakers")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(body), `"speakers"`) {
		t.Fatalf("GET /api/speakers: %d %s", resp.StatusCode, body)
	}
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("serve after SIGTERM: %v", err)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("serve did not stop on SIGTERM")
	}
}
