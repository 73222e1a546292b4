// Package extract finds quotes and reported claims in a news article and
// attributes them to speakers. It is pure Go: text in, attributions out, no
// database, no network, no global state beyond read-only lexicons.
package extract

// Version identifies the extractor's rules. Stored with every article so a
// later `whosaid reextract` knows which articles an upgrade would change.
const Version = "0.5.0"

// Kind says how the words reached the page.
type Kind string

const (
	Direct   Kind = "direct"   // a whole quoted statement
	Partial  Kind = "partial"  // a quoted fragment inside the writer's sentence
	Indirect Kind = "indirect" // reported speech without quote marks
	Mixed    Kind = "mixed"    // quoted and reported in one attribution
)

// Speaker types, as stored and as printed in the jsonl records.
const (
	Person       = "person"
	Organization = "organization"
	Group        = "group"
	Anonymous    = "anonymous"
)

// Span is a half-open range of Unicode code points (not bytes) into the text
// passed to Extract.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Attribution is one statement and who made it.
type Attribution struct {
	Kind Kind
	// Content holds what was said; for a direct quote the spans include the
	// quote marks. A quote split around its cue has two spans.
	Content []Span
	// Text is the content as written, the spans joined with a single space.
	Text string

	Cue      *Span  // "said", "told", "according to"; nil for a continuation
	CueText  string // the cue as written
	CueLemma string // "say", "tell", "according to"

	Source     *Span  // the mention of the speaker nearest the cue
	SourceText string // "he", "the cleric", "Amer Saad"

	Speaker     string // resolved within the article: the fullest name; "" when nobody is named
	SpeakerType string // Person, Organization, Group, Anonymous, or ""
	Affiliation string
	Role        string
	Addressee   string
	Confidence  float64
}
