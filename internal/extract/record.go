package extract

// Record is one line of `whosaid extract --format jsonl`, the format that
// ../shared/eval/FORMAT.md defines and score.py reads.
type Record struct {
	Doc         string   `json:"doc"`
	Kind        Kind     `json:"kind"`
	Content     [][2]int `json:"content"`
	Text        string   `json:"text"`
	Cue         *[2]int  `json:"cue"`
	CueLemma    *string  `json:"cue_lemma"`
	Source      *[2]int  `json:"source"`
	Speaker     *string  `json:"speaker"`
	SpeakerType *string  `json:"speaker_type"`
	Affiliation *string  `json:"affiliation"`
	Role        *string  `json:"role"`
	Addressee   *string  `json:"addressee"`
	Confidence  float64  `json:"confidence"`
}

// NewRecord turns an attribution of document doc into its jsonl record.
func NewRecord(doc string, a Attribution) Record {
	r := Record{
		Doc:         doc,
		Kind:        a.Kind,
		Content:     make([][2]int, len(a.Content)),
		Text:        a.Text,
		Cue:         spanPair(a.Cue),
		Source:      spanPair(a.Source),
		CueLemma:    nonEmpty(a.CueLemma),
		Speaker:     nonEmpty(a.Speaker),
		SpeakerType: nonEmpty(a.SpeakerType),
		Affiliation: nonEmpty(a.Affiliation),
		Role:        nonEmpty(a.Role),
		Addressee:   nonEmpty(a.Addressee),
		Confidence:  a.Confidence,
	}
	for i, s := range a.Content {
		r.Content[i] = [2]int{s.Start, s.End}
	}
	return r
}

func spanPair(s *Span) *[2]int {
	if s == nil {
		return nil
	}
	return &[2]int{s.Start, s.End}
}

func nonEmpty(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}
