package extract

import "strings"

// attribution turns a frame into the public record.
func (d *doc) attribution(f frame) (Attribution, bool) {
	if len(f.spans) == 0 {
		return Attribution{}, false
	}
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
	return a, true
}
