package extract

import (
	"sort"
	"strings"
)

// attribution turns a frame into the public record.
func (d *doc) attribution(f frame) (Attribution, bool) {
	if len(f.spans) == 0 {
		return Attribution{}, false
	}
	f.spans = tidySpans(f.spans)
	a := Attribution{Content: f.spans, Confidence: f.conf}
	parts := make([]string, len(f.spans))
	for i, sp := range f.spans {
		parts[i] = d.str(sp.Start, sp.End)
	}
	a.Text = strings.Join(parts, " ")
	switch {
	case f.quoted == len(f.spans):
		a.Kind = Direct
	case f.quoted > 0:
		a.Kind = Mixed
	case f.mixed:
		a.Kind = Partial
	default:
		a.Kind = Indirect
	}
	if f.cueS >= 0 {
		sp := d.tokSpan(f.cueS, f.cueE)
		a.Cue = &sp
		a.CueText = d.str(sp.Start, sp.End)
		a.CueLemma = f.entry.lemma
	}
	if f.srcS >= 0 {
		sp := d.tokSpan(f.srcS, f.srcE)
		a.Source = &sp
		a.SourceText = d.str(sp.Start, sp.End)
	}
	if f.addrS >= 0 {
		a.Addressee = d.str(d.toks[f.addrS].s, d.toks[f.addrE].e)
	}
	d.resolve(&a, f)
	// A quote paragraph going on in a voice has no mention of its own: the
	// source is the mention where the voice was attributed.
	if a.Source == nil && f.cueS < 0 && f.prev != nil && f.prev.srcS >= 0 {
		sp := d.tokSpan(f.prev.srcS, f.prev.srcE)
		a.Source = &sp
		a.SourceText = d.str(sp.Start, sp.End)
	}
	return a, true
}

// tidySpans keeps the content invariant whatever the patterns did: spans
// in order, non-empty, not overlapping (overlaps are merged).
func tidySpans(sp []Span) []Span {
	ordered := true
	for i := 1; i < len(sp); i++ {
		if sp[i].Start < sp[i-1].End {
			ordered = false
			break
		}
	}
	if ordered {
		return sp
	}
	sort.Slice(sp, func(i, j int) bool { return sp[i].Start < sp[j].Start })
	out := sp[:0]
	for _, s := range sp {
		if s.End <= s.Start {
			continue
		}
		if n := len(out); n > 0 && s.Start < out[n-1].End {
			if s.End > out[n-1].End {
				out[n-1].End = s.End
			}
			continue
		}
		out = append(out, s)
	}
	return out
}
