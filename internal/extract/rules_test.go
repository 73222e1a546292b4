package extract

import "testing"

// Rules added from error study on PolNeAR train; each case is invented.

func TestThatClauseKeepsComplementizer(t *testing.T) {
	text := "Ida Lind said that the dam would hold."
	a := find(t, Extract(text), "dam would hold")
	if got := spanText(text, a.Content[0]); got != "that the dam would hold" {
		t.Errorf("content = %q, want the clause with its \"that\"", got)
	}
}

func TestLongAppositionBetweenQuoteAndCue(t *testing.T) {
	text := "“I just do not trust her,” Mara Olsen, 67, a retired nurse in Bergen, Minn., said in an interview."
	a := find(t, Extract(text), "do not trust her")
	check(t, a, want{kind: Direct, lemma: "say", speaker: "Mara Olsen"})
	if a.Source == nil || spanText(text, *a.Source) != "Mara Olsen, 67, a retired nurse in Bergen, Minn" {
		t.Errorf("source = %q, want the whole mention between quote and cue", a.SourceText)
	}
}

func TestPlainSubjectOfSpeechVerb(t *testing.T) {
	text := "Another aide close to the mayor's thinking said, “She will run again.”"
	check(t, find(t, Extract(text), "She will run again"), want{kind: Direct, lemma: "say", source: "Another aide close to the mayor's thinking"})
}

func TestQuoteWithOwnCueAfterColon(t *testing.T) {
	text := "Judge Ruth Kell saw the posts differently: “These are threats, not jokes,” she said."
	as := Extract(text)
	check(t, find(t, as, "These are threats"), want{kind: Direct, lemma: "say", source: "she", speaker: "Ruth Kell"})
	a := find(t, as, "the posts differently")
	if a.Kind != Indirect || len(a.Content) != 1 || spanText(text, a.Content[0]) != "the posts differently" {
		t.Errorf("the seeing should end before the quote, got %s", dump([]Attribution{a}))
	}
}

func TestAddingTakesItsOwnQuote(t *testing.T) {
	text := "“We are not part of the campaign,” she said, adding, “We are grateful for the support.”"
	as := Extract(text)
	check(t, find(t, as, "not part of the campaign"), want{lemma: "say"})
	check(t, find(t, as, "grateful for the support"), want{kind: Direct, lemma: "add"})
}

func TestQuoteAfterDashIsTheContent(t *testing.T) {
	text := "Neither farmer liked the senator - “a man of no convictions,” Tom Berg said - but both voted."
	a := find(t, Extract(text), "a man of no convictions")
	if got := spanText(text, a.Content[0]); got != "“a man of no convictions,”" {
		t.Errorf("content = %q, want only the quote after the dash", got)
	}
}

func TestScareQuoteSentenceDoesNotContinueAVoice(t *testing.T) {
	text := "“We cannot ignore the risk,” Ida Lind said. Lind is taking heat from Berg over her seat in the bipartisan “Gang of Six” that pushed the reform."
	a := find(t, Extract(text), "cannot ignore the risk")
	if len(a.Content) != 1 {
		t.Errorf("the writer's sentence with a scare quote was taken as hers: %s", dump([]Attribution{a}))
	}
}

func TestCoordinatedVerbEndsObjectContent(t *testing.T) {
	text := "Ida Lind blamed the storm for the delay and promised to reopen the port."
	a := find(t, Extract(text), "the storm")
	if got := spanText(text, a.Content[0]); got != "the storm for the delay" {
		t.Errorf("content = %q, want the object only", got)
	}
}

func TestVoiceSkipsAnAside(t *testing.T) {
	text := "“Sales are up,” said Piet Maas, who noted that prices had fallen. “Things are moving.”"
	a := find(t, Extract(text), "Sales are up")
	if len(a.Content) != 2 {
		t.Errorf("the second quote belongs to the quoted voice, not the aside: %s", dump(Extract(text)))
	}
}

func TestStatementNounAsSubject(t *testing.T) {
	text := "“The harbour will close,” the report stated."
	check(t, find(t, Extract(text), "harbour will close"), want{kind: Direct, lemma: "state", source: "the report"})
}

func TestPollAsSource(t *testing.T) {
	text := "In a new Harbour Times poll released Monday, 31 percent of voters backed the plan."
	check(t, find(t, Extract(text), "31 percent of voters"), want{lemma: "in", source: "a new Harbour Times poll released Monday"})
	text = "The mayor took 45 percent of the vote in a Harbour Times survey released Thursday."
	check(t, find(t, Extract(text), "The mayor took 45 percent"), want{lemma: "in", source: "a Harbour Times survey released Thursday"})
}

func TestImpressionWithoutHolder(t *testing.T) {
	text := "The council seemed to soften its stance on the harbour. The mayor is expected to sign the order on Friday."
	as := Extract(text)
	a := find(t, as, "to soften its stance")
	check(t, a, want{lemma: "seem"})
	if a.Source != nil || len(a.Content) != 2 || spanText(text, a.Content[0]) != "The council" {
		t.Errorf("want no source and the subject as the first span: %s", dump(as))
	}
	check(t, find(t, as, "to sign the order"), want{lemma: "expect"})
}

func TestPartyStateTagDoesNotEndSentence(t *testing.T) {
	text := "Rep. Anna Vik (D-N.Y.) said the ferry plan was dead."
	check(t, find(t, Extract(text), "ferry plan was dead"), want{kind: Indirect, lemma: "say", source: "Rep. Anna Vik (D-N.Y.)"})
}

func TestInfinitiveIsContentNotAddressee(t *testing.T) {
	as := Extract("Mr. Dorn declined to comment on the audit. The union plans to appeal the ruling next week.")
	a := find(t, as, "to comment on the audit")
	check(t, a, want{kind: Indirect, lemma: "decline", source: "Mr. Dorn"})
	if a.Addressee != "" {
		t.Errorf("addressee = %q, want none", a.Addressee)
	}
	check(t, find(t, as, "to appeal the ruling"), want{kind: Indirect, lemma: "plan", source: "The union"})
}

func TestNounLikeVerbAfterAside(t *testing.T) {
	text := "Ms. Berg, meanwhile, hopes that the vote will be delayed."
	check(t, find(t, Extract(text), "the vote will be delayed"), want{kind: Indirect, lemma: "hope", source: "Ms. Berg"})
}

func TestFreeSpeechParticiple(t *testing.T) {
	as := Extract("Mayor Tova Lind made a pitch to farmers saying the canal would be rebuilt. Voters were split, with 40 percent saying the mayor should resign.")
	check(t, find(t, as, "canal would be rebuilt"), want{kind: Indirect, lemma: "say", source: "Mayor Tova Lind"})
	check(t, find(t, as, "the mayor should resign"), want{kind: Indirect, lemma: "say", source: "40 percent"})
}

func TestIrregularPastEndsSubject(t *testing.T) {
	text := "Lind’s office sent out a release saying the canal would close."
	check(t, find(t, Extract(text), "canal would close"), want{kind: Indirect, lemma: "say", source: "Lind’s office"})
}

func TestBoundPrepositionCue(t *testing.T) {
	text := "Senator Ana Roos voted against the canal bill on Friday. The senator spoke about the flooding at length."
	as := Extract(text)
	a := find(t, as, "the canal bill")
	check(t, a, want{kind: Indirect, lemma: "vote", source: "Senator Ana Roos"})
	if a.Cue == nil || spanText(text, *a.Cue) != "voted against" {
		t.Errorf("cue = %q, want the verb with its preposition", a.CueText)
	}
	check(t, find(t, as, "the flooding"), want{kind: Indirect, lemma: "speak", source: "The senator"})
}

func TestVoteWithoutPrepositionIsNoCue(t *testing.T) {
	for _, a := range Extract("Farmers will vote in March, and the vote is close.") {
		if a.CueLemma == "vote" {
			t.Errorf("a vote without for/against was taken as a cue: %s", dump([]Attribution{a}))
		}
	}
}

func TestOneWordObjectOfStanceVerb(t *testing.T) {
	text := "Mayor Tova Lind endorsed Berg on Tuesday."
	a := find(t, Extract(text), "Berg")
	if a.CueLemma != "endorse" || len(a.Content) != 1 || spanText(text, a.Content[0]) != "Berg" {
		t.Errorf("want the lone name as content of endorse, got %s", dump([]Attribution{a}))
	}
}

func TestNounCueWithLightVerb(t *testing.T) {
	text := "Mayor Tova Lind renewed her calls for a new canal."
	check(t, find(t, Extract(text), "a new canal"), want{kind: Indirect, lemma: "call", source: "her"})
}

func TestPossessiveMakesCueANoun(t *testing.T) {
	for _, a := range Extract("Lind's comments came on Sunday, after Berg's claims about the canal.") {
		if a.CueLemma == "comment" || a.CueLemma == "claim" {
			t.Errorf("a possessed noun was taken as a verb: %s", dump([]Attribution{a}))
		}
	}
}

func TestColonParagraphIntroducesNextQuote(t *testing.T) {
	text := "Mayor Tova Lind spoke at the dam.\n\nIn a speech last year, she declared:\n\n“The river will never take this town. We will rebuild.”\n\nThe council issued the following statement:\n\n“We stand with every family that lost a home.”"
	as := Extract(text)
	check(t, find(t, as, "The river will never take"), want{kind: Direct, lemma: "declare", source: "she", speaker: "Tova Lind"})
	check(t, find(t, as, "We stand with every family"), want{kind: Direct, source: "The council"})
}

func TestQuoteOnlyCues(t *testing.T) {
	text := "Tova Lind met farmers on Friday.\n\n“They lied to us,” Lind charged.\n\n“Never,” she answered. He went on to say, “The canal is safe.”\n\nBerg was charged with fraud and answered questions for an hour."
	as := Extract(text)
	check(t, find(t, as, "They lied to us"), want{kind: Direct, lemma: "charge", speaker: "Tova Lind"})
	check(t, find(t, as, "Never"), want{kind: Direct, lemma: "answer", source: "she"})
	check(t, find(t, as, "The canal is safe"), want{kind: Direct, lemma: "say", source: "He"})
	for _, a := range as {
		if a.CueLemma == "charge" && a.Kind != Direct || a.CueLemma == "answer" && a.Kind != Direct {
			t.Errorf("a quote-only cue took unquoted content: %s", dump([]Attribution{a}))
		}
	}
}

func TestPronounSkipsPlacesAndDays(t *testing.T) {
	text := "Senator Ana Roos spoke in Ohio on Monday.\n\n“We will win this state,” she said."
	check(t, find(t, Extract(text), "win this state"), want{speaker: "Ana Roos"})
}

func TestFrontedClauseEndsContent(t *testing.T) {
	text := "While critics argue that the canal is too costly, Mayor Tova Lind has backed it. Though Ana Roos said the dam was \"safe enough,\" the council closed it."
	as := Extract(text)
	a := find(t, as, "too costly")
	if got := spanText(text, a.Content[0]); got != "that the canal is too costly" {
		t.Errorf("content = %q, want it to end with the fronted clause", got)
	}
	a = find(t, as, "safe enough")
	if got := spanText(text, a.Content[0]); got != "the dam was \"safe enough,\"" {
		t.Errorf("content = %q, want it to end at the quote closing the clause", got)
	}
}

func TestResumedClauseAfterConjunction(t *testing.T) {
	text := "The dam may not hold, Tova Lind said, but the town is safe for now."
	a := find(t, Extract(text), "dam may not hold")
	if len(a.Content) != 2 || spanText(text, a.Content[1]) != "but the town is safe for now" {
		t.Errorf("want the clause resumed after the cue with its conjunction: %s", dump([]Attribution{a}))
	}
}

func TestPairedDashAsideStaysInClause(t *testing.T) {
	text := "Ana Roos said the canal — the oldest in Bergen — would close in May."
	a := find(t, Extract(text), "would close in May")
	if got := spanText(text, a.Content[0]); got != "the canal — the oldest in Bergen — would close in May" {
		t.Errorf("content = %q, want the clause to go on past the aside", got)
	}
	text = "Ana Roos said the canal was safe — a claim few believe."
	a = find(t, Extract(text), "the canal was safe")
	if got := spanText(text, a.Content[0]); got != "the canal was safe" {
		t.Errorf("content = %q, want it to end at a lone dash", got)
	}
}

func TestQuoteResumedAfterSaidOf(t *testing.T) {
	text := "“To be fair,” Tova Lind said of the council, “they tried.”"
	a := find(t, Extract(text), "To be fair")
	if len(a.Content) != 2 || spanText(text, a.Content[1]) != "“they tried.”" {
		t.Errorf("want both quotes around \"said of the council\": %s", dump([]Attribution{a}))
	}
	text = "“Only you, Ana,” Tova Lind said, would praise the town in a flood."
	a = find(t, Extract(text), "Only you")
	if len(a.Content) != 2 || spanText(text, a.Content[1]) != "would praise the town in a flood" {
		t.Errorf("want the unquoted rest of the sentence too: %s", dump([]Attribution{a}))
	}
}

func TestRelativeClauseCue(t *testing.T) {
	text := "The plan, which Ana Roos said will cost $5 million, was approved. Bergen built what Tova Lind called “a gift to the town” in a year."
	as := Extract(text)
	a := find(t, as, "will cost")
	if len(a.Content) != 2 || spanText(text, a.Content[0]) != "which" || spanText(text, a.Content[1]) != "will cost $5 million" {
		t.Errorf("want the pronoun and the clause up to the main verb: %s", dump([]Attribution{a}))
	}
	a = find(t, as, "a gift to the town")
	if len(a.Content) != 2 || spanText(text, a.Content[0]) != "what" || spanText(text, a.Content[1]) != "“a gift to the town”" {
		t.Errorf("want the pronoun and the quote only: %s", dump([]Attribution{a}))
	}
}

func TestPassiveCueKeepsSubject(t *testing.T) {
	text := "Mayor Tova Lind was criticized as too slow at the dam."
	a := find(t, Extract(text), "as too slow")
	if len(a.Content) != 2 || spanText(text, a.Content[0]) != "Mayor Tova Lind" || a.Source != nil {
		t.Errorf("want the subject spoken about before the content, no source: %s", dump([]Attribution{a}))
	}
}

func TestKnownAsIsPassive(t *testing.T) {
	text := "Roos won the string of races known as the Bergen Cup, and her aide left. Lind, known online as “Wolf,” was jailed."
	as := Extract(text)
	a := find(t, as, "the Bergen Cup")
	if len(a.Content) != 2 || spanText(text, a.Content[0]) != "the string of races" || spanText(text, a.Content[1]) != "as the Bergen Cup" {
		t.Errorf("want the noun and its name: %s", dump([]Attribution{a}))
	}
	a = find(t, as, "Wolf")
	if got := spanText(text, a.Content[len(a.Content)-1]); got != "online as “Wolf,”" {
		t.Errorf("content = %q, want it to end before the main verb", got)
	}
}

func TestPassiveWithoutComplementIsSubjectOnly(t *testing.T) {
	text := "The price of the canal was not disclosed, though Bergen paid a lot."
	a := find(t, Extract(text), "The price of the canal")
	if len(a.Content) != 1 || spanText(text, a.Content[0]) != "The price of the canal" {
		t.Errorf("want the subject alone: %s", dump([]Attribution{a}))
	}
}

func TestPrepositionAfterCueGoesWithIt(t *testing.T) {
	text := "Ana Roos called for a new dam. Tova Lind said on Monday that the dam would hold. Roos pleaded for patience."
	as := Extract(text)
	a := find(t, as, "a new dam")
	if spanText(text, a.Content[0]) != "a new dam" || a.Cue == nil || spanText(text, *a.Cue) != "called for" {
		t.Errorf("want the preposition in the cue: %s", dump([]Attribution{a}))
	}
	a = find(t, as, "dam would hold")
	if got := spanText(text, a.Content[0]); got != "that the dam would hold" {
		t.Errorf("content = %q, want the day skipped", got)
	}
	a = find(t, as, "patience")
	if got := spanText(text, a.Content[0]); got != "patience" {
		t.Errorf("content = %q, want the one-word object of the preposition", got)
	}
}

func TestCoordinatedCueWithOwnSubject(t *testing.T) {
	text := "Ana Roos said the dam was safe, and she accused Tova Lind of lying about it."
	as := Extract(text)
	a := find(t, as, "the dam was safe")
	if got := spanText(text, a.Content[0]); got != "the dam was safe" {
		t.Errorf("content = %q, want it to end before the coordinated attribution", got)
	}
	check(t, find(t, as, "of lying about it"), want{lemma: "accuse", source: "she"})
}

func TestRelativeThatAfterNoun(t *testing.T) {
	text := "Bergen kept the canal tax that Tova Lind said would ruin farmers."
	a := find(t, Extract(text), "would ruin farmers")
	if len(a.Content) != 2 || spanText(text, a.Content[0]) != "that" {
		t.Errorf("want the relative \"that\" as the first span: %s", dump([]Attribution{a}))
	}
	text = "Ana Roos warned that Tova Lind said the canal would flood."
	a = find(t, Extract(text), "the canal would flood")
	if spanText(text, a.Content[0]) == "that" {
		t.Errorf("a complementizer after a verb is not a relative: %s", dump([]Attribution{a}))
	}
}

func TestOneWordObjectBeforeCoordinatedVerb(t *testing.T) {
	text := "Mayor Tova Lind blasted Roos and defended the canal plan."
	a := find(t, Extract(text), "Roos")
	if a.CueLemma != "blast" || spanText(text, a.Content[0]) != "Roos" {
		t.Errorf("want the lone name, not the next verb phrase: %s", dump([]Attribution{a}))
	}
}

func TestQuoteResumedAfterLongOfPhrase(t *testing.T) {
	text := "“They did well,” Tova Lind said of the farmers who had rebuilt the old dam in Bergen last spring, “and we owe them.”"
	a := find(t, Extract(text), "They did well")
	if len(a.Content) != 2 || spanText(text, a.Content[1]) != "“and we owe them.”" {
		t.Errorf("want both quotes around a long \"said of\" phrase: %s", dump([]Attribution{a}))
	}
}

func TestImpressionEndsAtComma(t *testing.T) {
	text := "The council seemed to favor the canal plan, which Bergen had rejected in May."
	a := find(t, Extract(text), "to favor the canal plan")
	if got := spanText(text, a.Content[len(a.Content)-1]); got != "to favor the canal plan" {
		t.Errorf("content = %q, want it to end at the comma", got)
	}
	text = "Mayor Tova Lind was criticized over the delay, the cost, and the noise."
	a = find(t, Extract(text), "the delay")
	if got := spanText(text, a.Content[len(a.Content)-1]); got != "the delay, the cost, and the noise" {
		t.Errorf("content = %q, want the whole list", got)
	}
}

func TestFreeRelativeEndsAtCommaButKeepsList(t *testing.T) {
	text := "Bergen got what Tova Lind said was a sign of growth, but the council disagreed."
	a := find(t, Extract(text), "a sign of growth")
	if got := spanText(text, a.Content[len(a.Content)-1]); got != "was a sign of growth" {
		t.Errorf("content = %q, want it to end at the comma", got)
	}
	text = "Farms adapt to what Ana Roos said is demand for fresh milk, cheese, bread and eggs in towns."
	a = find(t, Extract(text), "fresh milk")
	if got := spanText(text, a.Content[len(a.Content)-1]); got != "is demand for fresh milk, cheese, bread and eggs in towns" {
		t.Errorf("content = %q, want the whole list", got)
	}
}

func TestNamingParticiple(t *testing.T) {
	text := "Roos traced the rumor to a website called Bergen Daily News, which posts fake stories."
	a := find(t, Extract(text), "Bergen Daily News")
	if len(a.Content) != 2 || spanText(text, a.Content[0]) != "a website" || a.Source != nil {
		t.Errorf("want the named noun and the name, no source: %s", dump([]Attribution{a}))
	}
	text = "The farmers called for a new dam."
	a = find(t, Extract(text), "a new dam")
	check(t, a, want{lemma: "call", source: "The farmers"})
}

func TestToldRunsToThat(t *testing.T) {
	text := "Tova Lind told The Herald and Courier of Bergen on Saturday that she voted for Roos."
	a := find(t, Extract(text), "voted for Roos")
	if got := spanText(text, a.Content[0]); got != "that she voted for Roos" {
		t.Errorf("content = %q, want the told clause only", got)
	}
}

func TestCoordinatedCueWithNamedSubject(t *testing.T) {
	text := "Farmers have argued that the canal should close, but Tova Lind has pushed for a new dam."
	as := Extract(text)
	a := find(t, as, "the canal should close")
	if got := spanText(text, a.Content[0]); got != "that the canal should close" {
		t.Errorf("content = %q, want it to end before the coordinated attribution", got)
	}
	check(t, find(t, as, "a new dam"), want{lemma: "push", source: "Tova Lind"})
}

func TestCoordinatedCueWithDefiniteSubject(t *testing.T) {
	text := "Roos asked whether the dam was safe, but the council refused to answer."
	a := find(t, Extract(text), "the dam was safe")
	if got := spanText(text, a.Content[len(a.Content)-1]); got != "whether the dam was safe" {
		t.Errorf("content = %q, want it to end before the council's refusal", got)
	}
}

func TestCoordinatedVerbPhraseCue(t *testing.T) {
	text := "Ana Roos said the dam was safe, but warned that the canal could flood."
	as := Extract(text)
	a := find(t, as, "the dam was safe")
	if got := spanText(text, a.Content[0]); got != "the dam was safe" {
		t.Errorf("content = %q, want it to end before the second verb's report", got)
	}
	find(t, as, "the canal could flood")
}

func TestButVerbPhraseCue(t *testing.T) {
	text := "Tova Lind conceded that the dam had leaked but denied that anyone was hurt."
	as := Extract(text)
	a := find(t, as, "the dam had leaked")
	if got := spanText(text, a.Content[0]); got != "that the dam had leaked" {
		t.Errorf("content = %q, want it to end before \"but denied\"", got)
	}
	find(t, as, "anyone was hurt")
}

func TestAndVerbPhraseCue(t *testing.T) {
	text := "Ana Roos said she admires the mayor and praised the new canal."
	as := Extract(text)
	a := find(t, as, "she admires the mayor")
	if got := spanText(text, a.Content[0]); got != "she admires the mayor" {
		t.Errorf("content = %q, want it to end before \"and praised\"", got)
	}
	check(t, find(t, as, "the new canal"), want{lemma: "praise"})
}

func TestRelativePronounIsAllTheContent(t *testing.T) {
	text := "Roos built a canal, which Tova Lind opposes."
	as := Extract(text)
	a := find(t, as, "which")
	if len(a.Content) != 1 || spanText(text, a.Content[0]) != "which" || a.CueLemma != "oppose" {
		t.Errorf("want the pronoun alone as what Lind opposes: %s", dump(as))
	}
}

func TestRelativePassiveWithAgent(t *testing.T) {
	text := "Bergen passed a canal tax, which was denounced by Tova Lind."
	a := find(t, Extract(text), "which")
	if len(a.Content) != 1 || spanText(text, a.Content[0]) != "which" || a.SourceText != "Tova Lind" {
		t.Errorf("want the pronoun as content and the agent as source: %s", dump([]Attribution{a}))
	}
}

func TestPassiveWithAgentNamesSubject(t *testing.T) {
	text := "The new ferry was quickly derided by Tova Lind."
	a := find(t, Extract(text), "The new ferry")
	if len(a.Content) != 1 || spanText(text, a.Content[0]) != "The new ferry" || a.SourceText != "Tova Lind" {
		t.Errorf("want the subject as content and the agent as source: %s", dump([]Attribution{a}))
	}
}

func TestWritersWordsEndingInQuoteBeforeReport(t *testing.T) {
	text := "Walking in to chants of “Lind! Lind!,” the mayor said the dam would hold."
	a := find(t, Extract(text), "the dam would hold")
	if len(a.Content) != 1 || spanText(text, a.Content[0]) != "the dam would hold" {
		t.Errorf("want only the report after the cue: %s", dump([]Attribution{a}))
	}
	text = "The dam is “safe,” Tova Lind said, “and it will hold.”"
	a = find(t, Extract(text), "The dam is")
	if len(a.Content) != 2 {
		t.Errorf("want both parts around the cue: %s", dump([]Attribution{a}))
	}
}

func TestFrontedAsClauseOfNonSpeechCue(t *testing.T) {
	text := "As the council hints at new taxes, Tova Lind is not having any of it."
	a := find(t, Extract(text), "new taxes")
	if got := spanText(text, a.Content[0]); got != "new taxes" {
		t.Errorf("content = %q, want it to end with the fronted clause", got)
	}
	text = "As Ana Roos noted, the dam is old."
	a = find(t, Extract(text), "the dam is old")
	check(t, a, want{lemma: "note", source: "Ana Roos"})
}
