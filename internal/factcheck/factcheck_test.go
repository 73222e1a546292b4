package factcheck

import "testing"

func TestClaimNorm(t *testing.T) {
	for in, want := range map[string]string{
		"Says the harbour strike has cost the city €40 million": "the harbour strike has cost the city 40 million",
		"Claims that crime rose by 30%":                         "crime rose by 30",
		"Says no":                                               "says no",
		"The tram is free":                                      "the tram is free",
	} {
		if got := ClaimNorm(in); got != want {
			t.Errorf("ClaimNorm(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSameSpeaker(t *testing.T) {
	for _, c := range []struct {
		claimant, speaker, typ string
		want                   Agreement
	}{
		{"Anna Berg", "Anna Berg", "person", Agree},
		{"Anna Berg", "Ms Berg", "person", Agree},
		{"Anna Berg", "A. Berg", "person", Agree},
		{"Mayor Piet Halvorsen", "Piet Halvorsen", "person", Agree},
		{"United Nations", "UN", "organization", Agree},
		{"Boris Johnson", "Lyndon Johnson", "person", Disagree},
		{"Anna Berg", "Lena Ode", "person", Disagree},
		{"Anna Berg", "Andrew Bell", "person", Disagree},
		{"", "Anna Berg", "person", Unknown},
		{"Anna Berg", "", "", Unknown},
	} {
		if got := SameSpeaker(c.claimant, c.speaker, c.typ); got != c.want {
			t.Errorf("SameSpeaker(%q, %q) = %v, want %v", c.claimant, c.speaker, got, c.want)
		}
	}
}

func TestOppositeAndFigures(t *testing.T) {
	if !Opposite("unemployment has fallen", "unemployment has not fallen") {
		t.Error("negation not seen")
	}
	if Opposite("it is not true", "it isnt true") {
		t.Error("two negations differ")
	}
	if !Opposite("crime rose by 30 percent", "crime fell by 30 percent") {
		t.Error("rose/fell not opposite")
	}
	if Opposite("crime rose by 30 percent", "crime went up by 30 percent") {
		t.Error("rose/up opposite")
	}
	if !OtherFigures("cost the city 40 million", "cost the city 4 million") {
		t.Error("40 vs 4 not seen")
	}
	if OtherFigures("finished by 2027", "finished by 2027 on time") || OtherFigures("cost 40 million", "cost a lot") {
		t.Error("figures agree or are absent")
	}
}

func TestScore(t *testing.T) {
	exact := Pair{Claim: "the tram is free on sundays", Quote: "the tram is free on sundays", Similarity: 1, ClaimInQuote: 1,
		ClaimLexemes: []string{"tram", "free", "sunday"}, Lexemes: []string{"tram", "free", "sunday"}}
	if s := Score(exact); !Linked(s) {
		t.Errorf("exact, no speakers: %.2f", s)
	}
	other := exact
	other.Claimant, other.Speaker, other.SpeakerType = "Anna Berg", "Lena Ode", "person"
	if s := Score(other); Linked(s) {
		t.Errorf("another claimant: %.2f", s)
	}
	neg := exact
	neg.Quote = "the tram is not free on sundays"
	if s := Score(neg); Linked(s) {
		t.Errorf("negated: %.2f", s)
	}
	half := exact
	half.Similarity, half.ClaimInQuote, half.Lexemes = 0.5, 0.5, []string{"tram", "late"}
	half.Claimant, half.Speaker = "Anna Berg", "Anna Berg"
	if s := Score(half); Linked(s) {
		t.Errorf("same speaker, half the words: %.2f", s)
	}
	if s := Score(Pair{}); s != 0 {
		t.Errorf("empty pair: %.2f", s)
	}
}
