package lookup

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

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

// BenchCorpus generates a deterministic newsroom: a Zipf-distributed vocabulary
// of English function words and made-up words, quotes of 60-250 characters
// (one in ten a copy of an earlier quote carried by another article), ten
// quotes an article, 200 outlets, five years of dates, 2% undated articles.
type BenchCorpus struct {
	n        int
	vocab    []string
	speakers []string
	outlets  []string
	samples  []string // every sampleEvery-th quote, for queries
}

const sampleEvery = 997

// NewBenchCorpus prepares a corpus of n quotes; nothing is generated until Data.
func NewBenchCorpus(n int) *BenchCorpus {
	r := rand.New(rand.NewPCG(1, 2))
	c := &BenchCorpus{n: n}
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
func (c *BenchCorpus) sentence(r *rand.Rand, z *rand.Zipf, chars int) string {
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

// Data is the corpus for store.BulkLoadForBench; Queries needs it loaded first.
func (c *BenchCorpus) Data() store.BulkData {
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

// BenchQuery is one timed lookup.
type BenchQuery struct {
	Kind, Text, Want string // want: the folded quote the query came from ("" for unrelated)
}

// queries mixes exact lines (straight quote marks instead of curly ones),
// fragments of 5-10 words, rewordings (two words changed) and unrelated
// lines that must match nothing.
func (c *BenchCorpus) Queries() []BenchQuery {
	r := rand.New(rand.NewPCG(7, 8))
	z := rand.NewZipf(r, 1.07, 2, uint64(len(c.vocab)-1))
	var qs []BenchQuery
	for i, s := range c.samples {
		words := strings.Fields(s)
		want := textnorm.Fold(s)
		switch i % 4 {
		case 0:
			qs = append(qs, BenchQuery{"exact", `"` + s + `"`, want})
		case 1:
			n := min(len(words), 5+r.IntN(6))
			at := r.IntN(len(words) - n + 1)
			qs = append(qs, BenchQuery{"fragment", strings.Join(words[at:at+n], " "), want})
		case 2:
			w := slices.Clone(words)
			for _, j := range r.Perm(len(w))[:min(2, len(w))] {
				w[j] = c.vocab[300+r.IntN(len(c.vocab)-300)]
			}
			qs = append(qs, BenchQuery{"reworded", strings.Join(w, " "), want})
		case 3:
			qs = append(qs, BenchQuery{"unrelated", c.sentence(r, z, 60+r.IntN(100)), ""})
		}
	}
	return qs
}

// Latency is lookup timing over a query mix, in milliseconds.
type Latency struct {
	Queries       int
	P50, P95, P99 float64
}

// MeasureLatency times one lookup per query, after warming the caches with
// the first few, as a server that has been answering for a while would be.
func MeasureLatency(ctx context.Context, st *store.Store, qs []BenchQuery) (Latency, error) {
	for _, q := range qs[:min(len(qs), 40)] {
		if _, err := Lookup(ctx, st, q.Text, Options{}); err != nil {
			return Latency{}, err
		}
	}
	lat := make([]time.Duration, 0, len(qs))
	for _, q := range qs {
		t0 := time.Now()
		if _, err := Lookup(ctx, st, q.Text, Options{}); err != nil {
			return Latency{}, err
		}
		lat = append(lat, time.Since(t0))
	}
	slices.Sort(lat)
	pct := func(p float64) float64 {
		return float64(lat[min(len(lat)-1, int(p*float64(len(lat))))].Microseconds()) / 1000
	}
	return Latency{Queries: len(lat), P50: pct(.5), P95: pct(.95), P99: pct(.99)}, nil
}
