package lookup_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/whosaid/whosaid/internal/dbtest"
	"github.com/whosaid/whosaid/internal/lookup"
	"github.com/whosaid/whosaid/internal/store"
	"github.com/whosaid/whosaid/internal/textnorm"
)

// functionWords open the generated vocabulary so the commonest words (and
// trigrams) are as common as in English news copy.
var functionWords = strings.Fields(`the of and to a in that is was he for it with as his on be at by i this had not are
but from or have an they which one you were her all she there would their we him been has when who will more no if
out so said what up its about into than them can only other new some could time these two may then do first any my
now such like our over man me even most made after also did many before must through back years where much your way
well down should because each just those people how too little state good very make world still own see men work long
get here between both life being under never day same another know while last might us great old year off come since
against go came right used take three`)

// corpus generates a deterministic newsroom: a Zipf-distributed vocabulary
// of English function words and made-up words, quotes of 60-250 characters
// (one in ten a copy of an earlier quote carried by another article), ten
// quotes an article, 200 outlets, five years of dates, 2% undated articles.
type corpus struct {
	n        int
	vocab    []string
	speakers []string
	outlets  []string
	samples  []string // every sampleEvery-th quote, for queries
}

const sampleEvery = 997

func newCorpus(n int) *corpus {
	r := rand.New(rand.NewPCG(1, 2))
	c := &corpus{n: n}
	// Made-up words with English letter frequencies, so trigrams are as
	// varied (and as skewed) as in real copy.
	const letters = "eeeeeeeeeeeetttttttttaaaaaaaaoooooooiiiiiiinnnnnnnsssssshhhhhhrrrrrrddddllllcccuuummwwffggyyppbbvkjxqz"
	seen := map[string]bool{}
	for _, w := range functionWords {
		seen[w] = true
	}
	c.vocab = append(c.vocab, functionWords...)
	for len(c.vocab) < 30000 {
		b := make([]byte, 2+r.IntN(4)+r.IntN(6))
		for i := range b {
			b[i] = letters[r.IntN(len(letters))]
		}
		if w := string(b); !seen[w] {
			seen[w] = true
			c.vocab = append(c.vocab, w)
		}
	}
	names := map[string]bool{}
	for len(c.speakers) < 20000 {
		n := title(c.vocab[300+r.IntN(5000)]) + " " + title(c.vocab[300+r.IntN(15000)])
		if !names[textnorm.SpeakerKey(n)] {
			names[textnorm.SpeakerKey(n)] = true
			c.speakers = append(c.speakers, n)
		}
	}
	for i := range 200 {
		c.outlets = append(c.outlets, fmt.Sprintf("The %s %s", title(c.vocab[400+i]), []string{"Times", "Post", "Herald", "Courier"}[i%4]))
	}
	return c
}

func title(w string) string { return strings.ToUpper(w[:1]) + w[1:] }

// sentence makes words of about chars characters.
func (c *corpus) sentence(r *rand.Rand, z *rand.Zipf, chars int) string {
	var b strings.Builder
	for b.Len() < chars {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(c.vocab[z.Uint64()])
	}
	s := b.String()
	return strings.ToUpper(s[:1]) + s[1:]
}

func (c *corpus) data() store.BulkData {
	r := rand.New(rand.NewPCG(3, 4))
	d := store.BulkData{Outlets: c.outlets, Speakers: c.speakers}
	base := time.Date(2021, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range (c.n + 9) / 10 {
		a := store.BulkArticle{URL: fmt.Sprintf("https://news.example/%d", i), Title: fmt.Sprintf("Article %d", i),
			Outlet: r.IntN(len(c.outlets))}
		if r.IntN(50) > 0 {
			a.Published = base.Add(time.Duration(r.IntN(5*365*24)) * time.Hour)
		}
		d.Articles = append(d.Articles, a)
	}
	d.Quotes = func(yield func(store.BulkQuote) bool) {
		r := rand.New(rand.NewPCG(5, 6))
		z := rand.NewZipf(r, 1.07, 2, uint64(len(c.vocab)-1))
		recent := make([]string, 0, 10000)
		c.samples = c.samples[:0]
		for i := range c.n {
			var text string
			if len(recent) > 100 && r.IntN(10) == 0 {
				text = recent[r.IntN(len(recent))] // the same statement in another article
			} else {
				text = c.sentence(r, z, 55+r.IntN(190))
				if len(recent) < cap(recent) {
					recent = append(recent, text)
				} else {
					recent[r.IntN(len(recent))] = text
				}
			}
			quoted := "“" + text + ",”"
			if r.IntN(3) == 0 {
				quoted = `"` + text + `,"`
			}
			if i%sampleEvery == 0 {
				c.samples = append(c.samples, text)
			}
			q := store.BulkQuote{Article: i / 10, Ordinal: i % 10, Speaker: -1, Text: quoted}
			if r.IntN(10) > 0 {
				q.Speaker = r.IntN(len(c.speakers))
				q.Role = c.vocab[200+r.IntN(100)]
			}
			if !yield(q) {
				return
			}
		}
	}
	return d
}

type query struct {
	kind, text, want string // want: the folded quote the query came from ("" for unrelated)
}

// queries mixes exact lines (straight quote marks instead of curly ones),
// fragments of 5-10 words, rewordings (two words changed) and unrelated
// lines that must match nothing.
func (c *corpus) queries() []query {
	r := rand.New(rand.NewPCG(7, 8))
	z := rand.NewZipf(r, 1.07, 2, uint64(len(c.vocab)-1))
	var qs []query
	for i, s := range c.samples {
		words := strings.Fields(s)
		want := textnorm.Fold(s)
		switch i % 4 {
		case 0:
			qs = append(qs, query{"exact", `"` + s + `"`, want})
		case 1:
			n := min(len(words), 5+r.IntN(6))
			at := r.IntN(len(words) - n + 1)
			qs = append(qs, query{"fragment", strings.Join(words[at:at+n], " "), want})
		case 2:
			w := slices.Clone(words)
			for _, j := range r.Perm(len(w))[:min(2, len(w))] {
				w[j] = c.vocab[300+r.IntN(len(c.vocab)-300)]
			}
			qs = append(qs, query{"reworded", strings.Join(w, " "), want})
		case 3:
			qs = append(qs, query{"unrelated", c.sentence(r, z, 60+r.IntN(100)), ""})
		}
	}
	return qs
}

// BenchmarkLookup loads WHOSAID_BENCH_QUOTES generated quotes (default
// 20,000; the newsroom figure is 1,000,000) by COPY into a fresh database,
// then times lookups over a mix of exact, fragment, reworded and unrelated
// queries and reports p50/p95/p99 latency, how often the best statement is
// the right one, and the load and index build times. With
// WHOSAID_BENCH_KEEP_INDEXES=1 the GIN indexes stay in place during the load
// (the cost of indexing at import) instead of being built afterwards.
//
//	WHOSAID_BENCH_QUOTES=1000000 go test -run '^$' -bench BenchmarkLookup -benchtime 400x -timeout 2h ./internal/lookup/
func BenchmarkLookup(b *testing.B) {
	n := 20000
	if v := os.Getenv("WHOSAID_BENCH_QUOTES"); v != "" {
		var err error
		if n, err = strconv.Atoi(v); err != nil || n < 1000 {
			b.Fatalf("WHOSAID_BENCH_QUOTES=%q: want a number of at least 1000", v)
		}
	}
	keep := os.Getenv("WHOSAID_BENCH_KEEP_INDEXES") == "1"
	ctx := context.Background()
	st := dbtest.New(b)
	c := newCorpus(n)
	start := time.Now()
	stats, err := st.BulkLoadForBench(ctx, c.data(), keep)
	if err != nil {
		b.Fatal(err)
	}
	total := time.Since(start)
	b.Logf("loaded %d quotes (%d articles) in %s: copy %s, index build %s %v (maintenance_work_mem %s), vacuum analyze %s; indexes kept during load: %v",
		stats.Quotes, (n+9)/10, total.Round(time.Millisecond), stats.Copy.Round(time.Millisecond), stats.IndexBuild.Round(time.Millisecond),
		stats.IndexBuilds, stats.MaintenanceM, stats.Analyze.Round(time.Millisecond), keep)
	b.Logf("sizes: quotes table %d MB, indexes %v bytes", stats.TableBytes>>20, stats.IndexBytes)

	qs := c.queries()
	// Warm the caches as a server that has been answering for a while would be.
	for _, q := range qs[:min(len(qs), 40)] {
		if _, err := lookup.Lookup(ctx, st, q.text, lookup.Options{}); err != nil {
			b.Fatal(err)
		}
	}
	type outcome struct {
		n, right, wrongMatch int
		lat                  []time.Duration
	}
	by := map[string]*outcome{}
	var all []time.Duration
	i := 0
	for b.Loop() {
		q := qs[i%len(qs)]
		i++
		t0 := time.Now()
		res, err := lookup.Lookup(ctx, st, q.text, lookup.Options{})
		d := time.Since(t0)
		if err != nil {
			b.Fatal(err)
		}
		o := by[q.kind]
		if o == nil {
			o = &outcome{}
			by[q.kind] = o
		}
		o.n++
		if d > 100*time.Millisecond || (q.want != "" && (len(res.Statements) == 0 || res.Statements[0].Score < lookup.MatchScore)) {
			fts, trgm := store.SearchTerms(q.text)
			fmt.Fprintf(os.Stderr, "slow or missed %s query (%s, %d statements): %q fts=%q trgm=%q", q.kind, d.Round(time.Millisecond), len(res.Statements), q.text, fts, trgm)
			fmt.Fprintln(os.Stderr)
		}
		o.lat = append(o.lat, d)
		all = append(all, d)
		if len(res.Statements) > 0 && res.Statements[0].Score >= lookup.MatchScore {
			if q.want != "" && slices.ContainsFunc(res.Statements[0].Appearances, func(a lookup.Appearance) bool {
				return textnorm.Fold(a.Text) == q.want
			}) {
				o.right++
			} else {
				o.wrongMatch++
			}
		}
	}
	b.StopTimer()
	pct := func(ds []time.Duration, p float64) float64 {
		s := slices.Clone(ds)
		slices.Sort(s)
		return float64(s[min(len(s)-1, int(p*float64(len(s))))].Microseconds()) / 1000
	}
	b.ReportMetric(float64(n), "quotes")
	b.ReportMetric(pct(all, 0.50), "p50-ms")
	b.ReportMetric(pct(all, 0.95), "p95-ms")
	b.ReportMetric(pct(all, 0.99), "p99-ms")
	b.ReportMetric(stats.Copy.Seconds(), "copy-s")
	b.ReportMetric(stats.IndexBuild.Seconds(), "index-build-s")
	for _, k := range []string{"exact", "fragment", "reworded", "unrelated"} {
		o := by[k]
		if o == nil {
			continue
		}
		b.Logf("%-9s n=%4d  found right %5.1f%%  wrong match %5.1f%%  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms",
			k, o.n, 100*float64(o.right)/float64(o.n), 100*float64(o.wrongMatch)/float64(o.n), pct(o.lat, .5), pct(o.lat, .95), pct(o.lat, .99))
	}
}
