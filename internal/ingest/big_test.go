package ingest

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestBigWARCStreams reads a generated ~1 GB (uncompressed) .warc.gz and
// checks that memory stays flat: the reader holds one record at a time.
// It takes minutes, so it runs only with WHOSAID_BIG_WARC=1:
//
//	WHOSAID_BIG_WARC=1 go test -run TestBigWARCStreams -v -timeout 30m ./internal/ingest/
func TestBigWARCStreams(t *testing.T) {
	if os.Getenv("WHOSAID_BIG_WARC") == "" {
		t.Skip("set WHOSAID_BIG_WARC=1 to read a generated 1 GB WARC")
	}
	size := int64(1 << 30)
	if s := os.Getenv("WHOSAID_BIG_WARC_BYTES"); s != "" {
		size, _ = strconv.ParseInt(s, 10, 64)
	}
	path := filepath.Join(t.TempDir(), "big.warc.gz")
	start := time.Now()
	records, raw := generateWARC(t, path, size)
	fi, _ := os.Stat(path)
	t.Logf("generated %d records, %d MiB uncompressed, %d MiB on disk, in %v", records, raw>>20, fi.Size()>>20, time.Since(start).Round(time.Second))

	// Forget the generator's memory: return it to the OS and reset the peak
	// (writing 5 to clear_refs resets VmHWM, Linux 4.0+).
	debug.FreeOSMemory()
	if err := os.WriteFile("/proc/self/clear_refs", []byte("5"), 0); err != nil {
		t.Logf("cannot reset VmHWM (%v): the peak includes the generator", err)
	}
	before := vmHWM(t)
	start = time.Now()
	articles := 0
	st, errs := ReadFileStats(path, func(a Article) { articles++ })
	peak := vmHWM(t)
	t.Logf("read %d articles, stats %+v, %d errors in %v; peak RSS (VmHWM) %d MiB (%d MiB before reading)",
		articles, st, len(errs), time.Since(start).Round(time.Second), peak>>10, before>>10)
	// The one oversize record is the one error.
	if articles != records-1 || len(errs) != 1 || !strings.Contains(errs[0].Error(), "larger than") {
		t.Errorf("articles %d of %d records, errors %v", articles, records, errs)
	}
	if peak > 150<<10 {
		t.Errorf("peak RSS %d MiB, want under 150 MiB", peak>>10)
	}
}

// vmHWM is the process's peak resident set size in KiB.
func vmHWM(t *testing.T) int64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		t.Skip("no /proc/self/status")
	}
	for _, line := range strings.Split(string(data), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			n, _ := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
			return n
		}
	}
	t.Skip("no VmHWM")
	return 0
}

// generateWARC streams HTML response records of random words (one gzip
// member each, plus one 40 MiB record past MaxArticleBytes) to path until
// size uncompressed bytes are written. It returns the number of records and
// the uncompressed size.
func generateWARC(t *testing.T, path string, size int64) (int, int64) {
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	bw := bufio.NewWriterSize(f, 1<<20)
	zw, _ := gzip.NewWriterLevel(bw, gzip.BestSpeed)
	rng := rand.New(rand.NewPCG(1, 2))
	words := strings.Fields("the council said on monday that a new bridge would open after repairs minister told reporters " +
		"according to officials police spokesman claimed residents market school river harbour strike union workers " +
		"agreed rejected warned announced government budget election votes campaign hospital doctors nurses patients " +
		"energy prices inflation rose fell percent quarter company shares investors court judge ruled appeal")
	var page strings.Builder
	var raw int64
	n := 0
	for raw < size {
		n++
		page.Reset()
		page.WriteString("<!doctype html><html><head><title>Story ")
		page.WriteString(strconv.Itoa(n))
		page.WriteString("</title></head><body><nav><a href=\"/\">Home</a></nav><article><h1>Story ")
		page.WriteString(strconv.Itoa(n))
		page.WriteString("</h1>\n")
		paras := 150
		if n == 3 {
			paras = 40 << 20 / 300 // one record past MaxArticleBytes
		}
		for p := 0; p < paras; p++ {
			page.WriteString("<p>\"")
			for w := 0; w < 40; w++ {
				page.WriteString(words[rng.IntN(len(words))])
				page.WriteByte(' ')
			}
			page.WriteString("\" said Person Number ")
			page.WriteString(strconv.Itoa(rng.IntN(1000)))
			page.WriteString(".</p>\n")
		}
		page.WriteString("</article></body></html>")
		http := fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: %d\r\n\r\n", page.Len())
		header := fmt.Sprintf("WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:big-%d>\r\nWARC-Target-URI: https://big.example.test/%d\r\n"+
			"WARC-Date: 2024-01-01T00:00:00Z\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n",
			n, n, len(http)+page.Len())
		zw.Reset(bw)
		for _, s := range []string{header, http, page.String(), "\r\n\r\n"} {
			if _, err := zw.Write([]byte(s)); err != nil {
				t.Fatal(err)
			}
			raw += int64(len(s))
		}
		if err := zw.Close(); err != nil {
			t.Fatal(err)
		}
	}
	if err := bw.Flush(); err != nil {
		t.Fatal(err)
	}
	return n, raw
}
