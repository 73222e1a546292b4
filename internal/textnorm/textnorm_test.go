package textnorm

import "testing"

func TestFold(t *testing.T) {
	cases := map[string]string{
		"“We will not go home,” she said.": "we will not go home she said",
		`"We will NOT go home"`:            "we will not go home",
		"Britain’s ''best'' café":          "britains best cafe",
		"  \t ":                            "",
		"a\xffb":                           "a b",
	}
	for in, want := range cases {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSpeakerKey(t *testing.T) {
	if a, b := SpeakerKey("Mr Ali Rahimi"), SpeakerKey("ali rahimi"); a != b {
		t.Errorf("keys differ: %q vs %q", a, b)
	}
	if got := SpeakerKey("The National Human Rights Commission"); got != "national human rights commission" {
		t.Errorf("got %q", got)
	}
	if got := SpeakerKey("Ms"); got != "ms" {
		t.Errorf("a lone honorific must not vanish: %q", got)
	}
}
