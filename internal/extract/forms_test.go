package extract

import "testing"

// Each case is one short invented article and the attribution it must give.
func TestAttributionForms(t *testing.T) {
	cases := []struct {
		name, text, sub string
		w               want
	}{
		{"quote-comma-source-said", "“The dam will hold,” Piet Maas said.", "dam will hold",
			want{kind: Direct, lemma: "say", source: "Piet Maas", speaker: "Piet Maas"}},
		{"quote-said-source-role", "“The dam will hold,” said Piet Maas, the water board’s chief engineer.", "dam will hold",
			want{kind: Direct, lemma: "say", speaker: "Piet Maas", role: "chief engineer", aff: "water board"}},
		{"source-said-colon-quote", "Piet Maas said: “The dam will hold.”", "dam will hold",
			want{kind: Direct, lemma: "say", source: "Piet Maas"}},
		{"said-that", "Piet Maas said that the dam would hold.", "the dam would hold",
			want{kind: Indirect, lemma: "say", source: "Piet Maas"}},
		{"said-no-that", "Piet Maas said the dam would hold.", "the dam would hold",
			want{kind: Indirect, lemma: "say"}},
		{"told-addressee-that", "Piet Maas told reporters that the dam would hold.", "the dam would hold",
			want{kind: Indirect, lemma: "tell", to: "reporters"}},
		{"quote-told", "“The dam will hold,” Piet Maas told the Associated Press.", "dam will hold",
			want{kind: Direct, lemma: "tell", to: "the Associated Press"}},
		{"according-to-first", "According to Piet Maas, the dam will hold.", "the dam will hold",
			want{kind: Indirect, lemma: "according to", source: "Piet Maas"}},
		{"according-to-last", "The dam will hold, according to Piet Maas.", "The dam will hold",
			want{kind: Indirect, lemma: "according to", source: "Piet Maas"}},
		{"content-comma-source", "The dam will hold, Piet Maas said on Tuesday.", "The dam will hold",
			want{kind: Indirect, lemma: "say", source: "Piet Maas"}},
		{"warns", "The minister, Ida Lind, warns that prices will rise.", "prices will rise",
			want{lemma: "warn", speaker: "Ida Lind"}},
		{"has-warned", "Ida Lind has warned that prices will rise.", "prices will rise",
			want{lemma: "warn"}},
		{"insists", "Ida Lind insists the figures are wrong.", "the figures are wrong",
			want{lemma: "insist"}},
		{"tweets", "Ida Lind tweeted that the vote was a disgrace.", "the vote was a disgrace",
			want{lemma: "tweet"}},
		{"denies", "The company denies that it broke the rules.", "it broke the rules",
			want{lemma: "deny", typ: Organization}},
		{"admits", "Ida Lind admitted that mistakes were made.", "mistakes were made",
			want{lemma: "admit"}},
		{"is-expected-to-announce", "Ida Lind is expected to announce that taxes will fall.", "taxes will fall",
			want{lemma: "announce", source: "Ida Lind"}},
		{"in-a-statement", "The ministry said in a statement that the border would stay open.", "the border would stay open",
			want{lemma: "say", typ: Organization}},
		{"quoted-as-saying", "Ida Lind was quoted as saying that the talks had failed.", "the talks had failed",
			want{lemma: "say", source: "Ida Lind"}},
		{"interview-with", "Ida Lind said in an interview with CNN that the talks had failed.", "the talks had failed",
			want{lemma: "say", to: "CNN"}},
		{"split-quote", "“The talks failed,” Ida Lind said. “We will try again next week.”", "The talks failed",
			want{kind: Direct, speaker: "Ida Lind"}},
		{"asks", "“Who will pay for this?” asked Ida Lind.", "Who will pay",
			want{kind: Direct, lemma: "ask", speaker: "Ida Lind"}},
		{"chants", "Protesters chanted “Free the press!” outside the court.", "Free the press",
			want{lemma: "chant", typ: Group}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			check(t, find(t, Extract(c.text), c.sub), c.w)
		})
	}
}

func TestSplitQuoteIsOneAttribution(t *testing.T) {
	text := "“The talks failed,” Ida Lind said. “We will try again next week.”"
	as := Extract(text)
	if len(as) != 1 {
		t.Fatalf("want one attribution, got:\n%s", dump(as))
	}
	if len(as[0].Content) != 2 {
		t.Fatalf("want two spans, got %v", as[0].Content)
	}
	if got := spanText(text, as[0].Content[1]); got != "“We will try again next week.”" {
		t.Errorf("second span = %q", got)
	}
	as = Extract("“The talks failed,” Ida Lind said, “but we will try again.”")
	if len(as) != 1 || len(as[0].Content) != 2 {
		t.Fatalf("split around the cue should give one attribution with two spans:\n%s", dump(as))
	}
}

func TestKinds(t *testing.T) {
	as := Extract("The cleric Omar Haddad had called for a “day of rage” across the country.")
	check(t, find(t, as, "day of rage"), want{kind: Partial, lemma: "call", speaker: "Omar Haddad"})

	as = Extract("“We were robbed,” Omar Haddad said, adding that the count must be repeated.")
	check(t, find(t, as, "We were robbed"), want{kind: Direct})
	check(t, find(t, as, "count must be repeated"), want{kind: Indirect, lemma: "add", speaker: "Omar Haddad"})
}

func TestScareQuotesAndTitlesAreNotAttributions(t *testing.T) {
	as := Extract("The so-called “green wall” of trees now covers the hills. Last night the theatre staged “The Long Winter” to a full house.")
	if len(as) != 0 {
		t.Errorf("scare quote or title gave attributions:\n%s", dump(as))
	}
}

func TestRequiredStoreCase(t *testing.T) {
	for _, text := range []string{
		"An 18-year-old protester, Jane Roe, told Reuters: “We will not go home until they listen.”",
		"“We will not go home,” an 18-year-old protester, Jane Roe, told Reuters.",
	} {
		as := Extract(text)
		if len(as) != 1 {
			t.Fatalf("%q: want one attribution, got:\n%s", text, dump(as))
		}
		check(t, as[0], want{kind: Direct, lemma: "tell", speaker: "Jane Roe", typ: Person, role: "18-year-old protester", to: "Reuters"})
	}
}
