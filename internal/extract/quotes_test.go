package extract

import (
	"strings"
	"testing"
)

func TestStraightAndCurlyQuotes(t *testing.T) {
	as := Extract("\"The bridge is safe,\" the engineer said.\n\n“The bridge is not safe,” the inspector said.")
	a := find(t, as, "The bridge is safe")
	check(t, a, want{kind: Direct, lemma: "say", source: "the engineer"})
	if a.Text != "\"The bridge is safe,\"" {
		t.Errorf("direct content should include the marks, got %q", a.Text)
	}
	check(t, find(t, as, "not safe"), want{kind: Direct, source: "the inspector"})
}

func TestArchiveQuotes(t *testing.T) {
	as := Extract("''We are ready for the storm,'' Mr. Okafor said. ``Nobody should panic,'' he added.")
	check(t, find(t, as, "ready for the storm"), want{kind: Direct, speaker: "Okafor"})
	check(t, find(t, as, "Nobody should panic"), want{kind: Direct, lemma: "add", source: "he"})
}

func TestBritishSingleQuotesAndApostrophes(t *testing.T) {
	text := "Britain’s harbour master, Tom Peel, said: ‘No way will the ferry sail tonight.’ The town’s pubs played rock ’n’ roll from the ’90s and don’t close early."
	as := Extract(text)
	a := find(t, as, "No way")
	check(t, a, want{kind: Direct, lemma: "say", speaker: "Tom Peel"})
	if !strings.HasPrefix(a.Text, "‘") || !strings.HasSuffix(a.Text, "’") {
		t.Errorf("single-quoted content should keep its marks, got %q", a.Text)
	}
	if len(as) != 1 {
		t.Errorf("apostrophes made quotes: %s", dump(as))
	}
}

func TestPluralPossessiveIsNotAQuote(t *testing.T) {
	as := Extract("The students’ union said fees would rise. ‘We will fight this,’ its president said.")
	check(t, find(t, as, "fees would rise"), want{kind: Indirect, source: "The students’ union"})
	check(t, find(t, as, "We will fight"), want{kind: Direct})
}

func TestNestedQuotes(t *testing.T) {
	as := Extract("“My father told me ‘never sell the farm’, and I never will,” Anna Berg said.")
	if len(as) != 1 {
		t.Fatalf("want one attribution, got %s", dump(as))
	}
	check(t, as[0], want{kind: Direct, speaker: "Anna Berg"})
	if !strings.Contains(as[0].Text, "and I never will") {
		t.Errorf("nested quote cut the outer one: %q", as[0].Text)
	}
}

func TestQuoteOverSeveralSentences(t *testing.T) {
	as := Extract("“The river rose fast. We lost the barn. Nobody came to help,” said farmer Lena Voss.")
	a := find(t, as, "The river rose fast")
	check(t, a, want{kind: Direct, speaker: "Lena Voss", role: "farmer"})
	if !strings.Contains(a.Text, "Nobody came to help") {
		t.Errorf("quote cut at a sentence end: %q", a.Text)
	}
}

func TestQuoteOverSeveralParagraphs(t *testing.T) {
	text := "The mayor, Ruth Adeyemi, said:\n\n“We will rebuild the library first.\n\n“Then the school, and then the clinic.”\n\nThe council meets on Friday."
	as := Extract(text)
	a := find(t, as, "rebuild the library")
	check(t, a, want{kind: Direct, speaker: "Ruth Adeyemi"})
	if !strings.Contains(a.Text, "then the clinic") {
		t.Errorf("multi-paragraph quote not joined: %s", dump(as))
	}
	none(t, as, "council meets")
}

func TestUnclosedQuoteIsBounded(t *testing.T) {
	text := "“This will never end, the sign read.\n\nOfficials said the road would reopen on Monday.\n\nThe governor, Sam Holt, said the money was ready."
	as := Extract(text)
	check(t, find(t, as, "road would reopen"), want{kind: Indirect, typ: Group})
	check(t, find(t, as, "money was ready"), want{speaker: "Sam Holt"})
	for _, a := range as {
		for _, sp := range a.Content {
			if strings.Contains(spanText(text, sp), "\n") && a.Kind == Direct {
				t.Errorf("unclosed mark swallowed a paragraph break: %q", a.Text)
			}
		}
	}
}
