// Package factcheck decides whether a stored quote states the claim a
// fact-check reviewed. It is pure Go: store finds the candidates with
// pg_trgm and PostgreSQL full text and hands their features to Score.
package factcheck

import (
	"strings"

	"github.com/whosaid/whosaid/internal/speakers"
	"github.com/whosaid/whosaid/internal/textnorm"
)

// Threshold is the score from which a quote is linked to a fact-check. It
// was measured with TestFactCheckThreshold (internal/importer) on our
// fixtures: 8 right quotes (exact, longer, paraphrased, reordered, credited
// by surname only) score 0.921 to 1.000; 7 near-misses score 0.026 to 0.613
// (same topic other claim 0.613, same words negated 0.584, another claimant
// with the same sentence 0.550, opposite direction 0.514, another figure
// 0.482, another claimant with a similar sentence 0.439, negated and another
// claimant 0.026). The midpoint of the gap is 0.767; 0.75 leans a little
// toward recall, since an editor can reject a wrong link.
const Threshold = 0.75

// Weights of the score's parts.
const (
	trigramWeight  = 0.5  // max(similarity, word_similarity) of the folded texts
	lexemeWeight   = 0.5  // share of the claim's English lexemes found in the quote
	negationFactor = 0.5  // the text score is multiplied by this when the two say opposite things
	figuresFactor  = 0.5  // … and by this when both give figures and they differ
	speakerBonus   = 0.10 // claimant and credited speaker agree
	speakerPenalty = 0.45 // claimant and credited speaker are different speakers
)

// ClaimNorm folds a claim for matching: textnorm.Fold, with the fact-checkers'
// leading "Says (that)" / "Claims (that)" dropped ("Says the rate fell" is
// the claim "the rate fell").
func ClaimNorm(claim string) string {
	words := strings.Fields(textnorm.Fold(claim))
	if len(words) > 3 {
		switch words[0] {
		case "says", "said", "claims", "claimed", "states", "stated", "suggests":
			words = words[1:]
			if words[0] == "that" {
				words = words[1:]
			}
		}
	}
	return strings.Join(words, " ")
}

// Pair is one fact-check and one quote with what PostgreSQL measured of them.
type Pair struct {
	Claim, Quote          string   // folded (ClaimNorm, quotes.text_norm)
	Claimant              string   // as the ClaimReview names it; "" when unknown
	Speaker, SpeakerType  string   // the quote's credited speaker; "" when unknown
	Similarity            float64  // pg_trgm similarity(claim, quote)
	ClaimInQuote          float64  // pg_trgm word_similarity(claim, quote): the claim as a part of the quote
	ClaimLexemes, Lexemes []string // to_tsvector('english', …) lexemes of the claim and of the quote
}

// Score is how surely the quote states the claim, from 0 to 1:
//
//	text  = 0.5·max(similarity, word_similarity) + 0.5·(share of the claim's lexemes found in the quote)
//	text ·= 0.5 when the two say opposite things (Opposite: "not", "rose"/"fell")
//	text ·= 0.5 when both give figures and they differ ("40 million" / "4 million")
//	score = text + 0.10 when the claimant is the credited speaker, − 0.45 when another speaker
func Score(p Pair) float64 {
	return min(max(rawScore(p), 0), 1)
}

func rawScore(p Pair) float64 {
	trigram := max(p.Similarity, p.ClaimInQuote)
	text := trigramWeight*trigram + lexemeWeight*coverage(p.ClaimLexemes, p.Lexemes)
	if Opposite(p.Claim, p.Quote) {
		text *= negationFactor
	}
	if OtherFigures(p.Claim, p.Quote) {
		text *= figuresFactor
	}
	switch SameSpeaker(p.Claimant, p.Speaker, p.SpeakerType) {
	case Agree:
		text += speakerBonus
	case Disagree:
		text -= speakerPenalty
	}
	return text
}

// OtherFigures reports whether both texts give figures and the quote has
// none of the claim's: the same sentence about another number is another claim.
func OtherFigures(claim, quote string) bool {
	cn, qn := figures(claim), figures(quote)
	if len(cn) == 0 || len(qn) == 0 {
		return false
	}
	for n := range cn {
		if qn[n] {
			return false
		}
	}
	return true
}

func figures(folded string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(folded) {
		if w[0] >= '0' && w[0] <= '9' {
			m[w] = true
		}
	}
	return m
}

// Linked reports whether a score is at or above Threshold.
func Linked(score float64) bool { return score >= Threshold }

func coverage(claim, quote []string) float64 {
	if len(claim) == 0 {
		return 0
	}
	in := make(map[string]bool, len(quote))
	for _, l := range quote {
		in[l] = true
	}
	n := 0
	for _, l := range claim {
		if in[l] {
			n++
		}
	}
	return float64(n) / float64(len(claim))
}

// Opposite reports whether two folded texts say opposite things: exactly
// one is negated ("has fallen" / "has not fallen"), or they move in opposite
// directions ("rose" / "fell").
func Opposite(a, b string) bool {
	if negated(a) != negated(b) {
		return true
	}
	da, db := direction(a), direction(b)
	return da != 0 && db != 0 && da != db
}

// ups and downs are the words of change in one direction or the other.
var (
	ups = words("rise rises rose risen rising increase increases increased increasing grow grows grew grown growing " +
		"up higher more climb climbed climbs soar soared jump jumped doubled tripled gained gain gains")
	downs = words("fall falls fell fallen falling decrease decreases decreased decreasing shrink shrank shrunk " +
		"shrinking down lower less fewer drop dropped drops decline declined declines plunge plunged halved lost cut cuts")
)

func words(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// direction is +1 when a text speaks of change up, -1 down, 0 neither or both.
func direction(folded string) int {
	up, down := false, false
	for _, w := range strings.Fields(folded) {
		up = up || ups[w]
		down = down || downs[w]
	}
	switch {
	case up && !down:
		return 1
	case down && !up:
		return -1
	}
	return 0
}

// negations are the folded words that turn a statement around (textnorm.Fold
// drops the apostrophe: "didn't" is "didnt").
var negations = map[string]bool{
	"not": true, "no": true, "never": true, "none": true, "nobody": true, "nothing": true, "neither": true,
	"nor": true, "cannot": true, "without": true, "dont": true, "doesnt": true, "didnt": true, "isnt": true,
	"arent": true, "wasnt": true, "werent": true, "hasnt": true, "havent": true, "hadnt": true, "wont": true,
	"wouldnt": true, "cant": true, "couldnt": true, "shouldnt": true, "mustnt": true, "aint": true,
}

// negated reports whether a folded text says "not" an odd number of times.
func negated(folded string) bool {
	odd := false
	for _, w := range strings.Fields(folded) {
		if negations[w] {
			odd = !odd
		}
	}
	return odd
}

// Agreement is what the claimant and the credited speaker have in common.
type Agreement int

const (
	Unknown  Agreement = iota // one of them is not known
	Agree                     // the same speaker key, or a compatible person name (same surname)
	Disagree                  // two different speakers
)

// SameSpeaker compares a ClaimReview's claimant with a quote's speaker: by
// textnorm.SpeakerKey, then for people by surname with a compatible given
// name (speakers.Compatible: "Anna Berg", "A. Berg", "Ms Berg" agree).
func SameSpeaker(claimant, speaker, speakerType string) Agreement {
	ck, sk := textnorm.SpeakerKey(claimant), textnorm.SpeakerKey(speaker)
	if ck == "" || sk == "" {
		return Unknown
	}
	if ck == sk || strings.HasSuffix(ck, " "+sk) || strings.HasSuffix(sk, " "+ck) {
		return Agree // "mayor piet halvorsen" is "piet halvorsen"
	}
	if speakerType == "" || speakerType == "person" {
		if speakers.Compatible(speakers.Parse(claimant, "person"), speakers.Parse(speaker, "person")) {
			return Agree
		}
	}
	if a := speakers.Acronym(ck); a != "" && a == sk {
		return Agree
	}
	if a := speakers.Acronym(sk); a != "" && a == ck {
		return Agree
	}
	return Disagree
}
