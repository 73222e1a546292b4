package web

import (
	"context"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

const chromium = "/usr/bin/chromium"

// TestBrowser drives headless Chromium against a real server on 127.0.0.1:
// it types a query into the search box, sees the speaker credited, opens the
// article where the statement first appeared and finds the quote highlighted.
// A screenshot of the article page is saved under the test's temporary
// folder (and in $WHOSAID_SCREENSHOT_DIR when set, to keep it).
func TestBrowser(t *testing.T) {
	if _, err := os.Stat(chromium); err != nil {
		if os.Getenv("CI") == "" {
			t.Skipf("%s is missing (apt-get install chromium); the browser test runs when it is there, and must in CI", chromium)
		}
		t.Fatalf("CI is set and %s is missing: install the Debian package chromium", chromium)
	}
	site := newSite(t)
	ts := httptest.NewServer(site.srv.Handler()) // listens on 127.0.0.1, a random port
	defer ts.Close()

	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	alloc, cancelAlloc := chromedp.NewExecAllocator(ctx,
		chromedp.ExecPath(chromium),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-quic", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1200, 1000),
	)
	defer cancelAlloc()
	browser, cancelBrowser := chromedp.NewContext(alloc, chromedp.WithLogf(t.Logf))
	defer cancelBrowser()

	const words = "not asking for the moon"
	fail := func(step string, err error) {
		if err != nil {
			t.Fatalf("browser: %s: %v", step, err)
		}
	}
	fail("search", chromedp.Do(browser,
		chromedp.Navigate(ts.URL+"/"),
		chromedp.WaitVisible(chromedp.CSS(`form.search input[name=q]`)),
		chromedp.SendKeys(chromedp.CSS(`form.search input[name=q]`), words),
		chromedp.Click(chromedp.CSS(`form.search button[type=submit]`)),
		chromedp.WaitVisible(chromedp.CSS(`.statement .credit a`)),
	))
	credit, err := chromedp.Run(browser, chromedp.Text(chromedp.CSS(`.statement .credit a`)))
	fail("read the credit", err)
	searchShot, err := chromedp.Run(browser, chromedp.FullScreenshot(100))
	fail("screenshot the search", err)
	fail("open the article", chromedp.Do(browser,
		chromedp.Click(chromedp.CSS(`.statement a.first`)),
		chromedp.WaitVisible(chromedp.CSS(`mark.q`)),
	))
	location, err := chromedp.Run(browser, chromedp.Location())
	fail("location", err)
	mark, err := chromedp.Run(browser, chromedp.Evaluate[[]string](`(() => {
		const m = [...document.querySelectorAll("mark.q")].find(m => m.textContent.includes("`+words+`"));
		if (!m) return [];
		m.focus();
		return [m.textContent, m.dataset.speaker, m.getAttribute("title"), String(document.activeElement === m)];
	})()`))
	fail("find the highlighted quote", err)
	fail("wait for the tooltip", chromedp.Do(browser, chromedp.Sleep(200*time.Millisecond)))
	shot, err := chromedp.Run(browser, chromedp.FullScreenshot(100))
	fail("screenshot", err)
	// The speaker's mention links to the speaker page, with its weekly chart.
	fail("open the speaker page", chromedp.Do(browser,
		chromedp.Click(chromedp.CSS(`#body a.src`)),
		chromedp.WaitVisible(chromedp.CSS(`figure.chart svg rect`)),
	))
	heading, err := chromedp.Run(browser, chromedp.Text(chromedp.CSS(`main h1`)))
	fail("read the speaker page", err)
	if !strings.HasPrefix(heading, "Anna Berg") {
		t.Errorf("the speaker link led to %q", heading)
	}
	speakerShot, err := chromedp.Run(browser, chromedp.FullScreenshot(100))
	fail("screenshot the speaker page", err)
	if credit != "Anna Berg" {
		t.Errorf("search credits %q, want Anna Berg", credit)
	}
	if !strings.Contains(location, ts.URL+"/articles/") {
		t.Errorf("the first appearance link led to %s", location)
	}
	if len(mark) != 4 || !strings.Contains(mark[0], "We are not asking for the moon") || mark[1] != "Anna Berg" ||
		!strings.Contains(mark[2], "Anna Berg") || mark[3] != "true" {
		t.Errorf("highlighted quote: %q", mark)
	}
	dir := t.TempDir()
	for name, png := range map[string][]byte{"search.png": searchShot, "article.png": shot, "speaker.png": speakerShot} {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, png, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("screenshot: %s", path)
		if keep := os.Getenv("WHOSAID_SCREENSHOT_DIR"); keep != "" {
			if err := os.WriteFile(filepath.Join(keep, "whosaid-"+name), png, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
}
