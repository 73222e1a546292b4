package extract

import (
	"strings"
	"testing"
)

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
	// The verb's subject holds the noun (PolNeAR marks "renewed her calls
	// for" as the cue of "Mayor Tova Lind"); after a preposition the
	// possessive stays the holder.
	text := "Mayor Tova Lind renewed her calls for a new canal. Roos was persistent in her criticism of the port."
	as := Extract(text)
	check(t, find(t, as, "a new canal"), want{kind: Indirect, lemma: "call", source: "Mayor Tova Lind"})
	check(t, find(t, as, "the port"), want{lemma: "criticism", source: "her"})
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

func TestPartyTagThenApposition(t *testing.T) {
	text := "Rep. Ana Roos (D-Minn.), chair of the water committee, said the dam was safe."
	check(t, find(t, Extract(text), "the dam was safe"), want{kind: Indirect, lemma: "say", source: "Rep. Ana Roos (D-Minn.), chair of the water committee", speaker: "Ana Roos"})
	text = "Rep. Ana Roos (D-Minn.) said the dam was safe."
	check(t, find(t, Extract(text), "the dam was safe"), want{speaker: "Ana Roos"})
}

func TestAsideAndRelativeClauseBeforeCue(t *testing.T) {
	text := "Berg, meanwhile, who has no endorsements, said that fact speaks volumes about the race."
	check(t, find(t, Extract(text), "speaks volumes"), want{kind: Indirect, lemma: "say", speaker: "Berg"})
}

func TestClauseBeforeInvertedCueIsContent(t *testing.T) {
	text := "In a year when voters distrust the council, candidates have more room to walk away from the canal, said Tova Lind, a consultant."
	check(t, find(t, Extract(text), "more room to walk away"), want{kind: Indirect, lemma: "say", source: "Tova Lind, a consultant", speaker: "Tova Lind"})
}

func TestQuoteInParticipleAside(t *testing.T) {
	text := "Mr. Berg, citing “the sheer luck of it,” said the mayor could win in Bergen."
	as := Extract(text)
	check(t, find(t, as, "the mayor could win"), want{kind: Indirect, lemma: "say", source: "Mr. Berg"})
	a := find(t, as, "sheer luck")
	if spanText(text, a.Content[0]) != "“the sheer luck of it,”" {
		t.Errorf("the cited quote should end at its mark: %s", dump([]Attribution{a}))
	}
}

func TestNounLikeFormAfterNameTakesAClause(t *testing.T) {
	as := Extract("Governor Tova Lind hopes the new canal will bring voters back. Democratic hopes of a win faded.")
	check(t, find(t, as, "the new canal will bring"), want{kind: Indirect, lemma: "hope", source: "Governor Tova Lind"})
	for _, a := range as {
		if a.CueLemma == "hope" && a.Source != nil && a.SourceText == "Democratic" {
			t.Errorf("a noun was read as a verb: %s", dump([]Attribution{a}))
		}
	}
}

func TestOptionalPrepositionJoinsCue(t *testing.T) {
	text := "Mayor Tova Lind called for a ban on river barges. She called the plan a disgrace."
	as := Extract(text)
	a := find(t, as, "a ban on river barges")
	if a.CueText != "called for" || spanText(text, a.Content[0]) != "a ban on river barges" {
		t.Errorf("want cue \"called for\" and the object as content, got %s", dump([]Attribution{a}))
	}
	check(t, find(t, as, "the plan a disgrace"), want{lemma: "call", source: "She"})
}

func TestNamingParticipleIsNoCue(t *testing.T) {
	for _, a := range Extract("Berg now runs a charity called Open River in Bergen.") {
		if a.CueLemma == "call" {
			t.Errorf("a naming participle was taken as a cue: %s", dump([]Attribution{a}))
		}
	}
}

func TestAbbreviationPointEndsSentence(t *testing.T) {
	text := "Tova Lind has never lived in the U.S. She says the move was a mistake. The talks began at 10 a.m. The minister said they would last a week."
	as := Extract(text)
	check(t, find(t, as, "the move was a mistake"), want{kind: Indirect, lemma: "say", source: "She", speaker: "Tova Lind"})
	check(t, find(t, as, "they would last a week"), want{kind: Indirect, lemma: "say", source: "The minister"})
}

func TestAgentOfParticipleIsSource(t *testing.T) {
	text := "Asked by Ana Roos whether she had practiced her speech, Lind laughed. Berg was told by aides that the race was lost."
	as := Extract(text)
	a := find(t, as, "practiced her speech")
	check(t, a, want{lemma: "ask", source: "Ana Roos"})
	if got := spanText(text, a.Content[0]); got != "whether she had practiced her speech" {
		t.Errorf("content = %q, want the question only", got)
	}
	check(t, find(t, as, "the race was lost"), want{lemma: "tell", source: "aides"})
}

func TestKnowOnlyWhenKnowledgeIsReported(t *testing.T) {
	as := Extract("You know, the ones who voted. Berg knew what that meant. Berg knows the canal will close.")
	for _, a := range as {
		if a.CueLemma == "know" && a.SourceText != "Berg" {
			t.Errorf("know without reported knowledge: %s", dump([]Attribution{a}))
		}
	}
	check(t, find(t, as, "the canal will close"), want{lemma: "know", source: "Berg"})
	for _, a := range as {
		if a.CueLemma == "know" && a.Text == "what that meant" {
			t.Errorf("a wh-clause after know was taken: %s", dump([]Attribution{a}))
		}
	}
}

func TestSeeOnlyAsAView(t *testing.T) {
	as := Extract("Berg sees the canal as a mistake. Voters will see the ad ten times. A memo seen by Reuters said the dam was weak.")
	check(t, find(t, as, "the canal as a mistake"), want{lemma: "see", source: "Berg"})
	for _, a := range as {
		if a.CueLemma == "see" && a.SourceText != "Berg" {
			t.Errorf("sight was taken as a view: %s", dump([]Attribution{a}))
		}
	}
}

func TestAddWithObjectIsNoCue(t *testing.T) {
	as := Extract("Lind won the primary, adding to her lead over Berg. Organizers added 160 guards. “We are ready,” Lind said, adding that the canal would open.")
	check(t, find(t, as, "the canal would open"), want{lemma: "add", source: "Lind"})
	for _, a := range as {
		if a.CueLemma == "add" && a.Text != "that the canal would open" {
			t.Errorf("adding things was taken as saying: %s", dump([]Attribution{a}))
		}
	}
}

func TestParticipleBorrowsDescribedSubject(t *testing.T) {
	as := Extract("The real estate tycoon entered the race, calling the farmers thieves. Then she shattered party norms, pledging that the canal would be rebuilt.")
	check(t, find(t, as, "the farmers thieves"), want{lemma: "call", source: "The real estate tycoon"})
	check(t, find(t, as, "the canal would be rebuilt"), want{lemma: "pledge", source: "she"})
}

func TestQuotedTitleInOpeningPhraseIsNotContent(t *testing.T) {
	text := "On Radio Bergen's “Morning Hour,” Lind said that the canal would close."
	as := Extract(text)
	a := find(t, as, "the canal would close")
	check(t, a, want{kind: Indirect, lemma: "say", source: "Lind"})
	for _, b := range as {
		if b.Text != a.Text && b.CueLemma == "say" {
			t.Errorf("the show's title was taken as said: %s", dump([]Attribution{b}))
		}
	}
}

func TestParticipleSubjectPastOpeningPhraseOrDateline(t *testing.T) {
	as := Extract("BERGEN — Eight years ago, Tova Lind backed the canal, saying it would bring jobs. Speaking at a rally in Bergen, Minn., Ana Roos went after Berg, calling him a coward.")
	check(t, find(t, as, "it would bring jobs"), want{lemma: "say", source: "Tova Lind"})
	check(t, find(t, as, "him a coward"), want{lemma: "call", source: "Ana Roos"})
}

func TestPollAtSentenceEnd(t *testing.T) {
	as := Extract("Lind leads Berg by 9 points in a new Bergen Times poll released Monday. Roos has struggled to gain traction and sits at single digits in the polls since her campaign started.")
	check(t, find(t, as, "Lind leads Berg by 9 points"), want{lemma: "in", source: "a new Bergen Times poll released Monday"})
	for _, a := range as {
		if a.CueLemma == "in" && a.Source != nil && a.SourceText != "a new Bergen Times poll released Monday" {
			t.Errorf("a poll phrase that does not end the sentence was taken as a source: %s", dump([]Attribution{a}))
		}
	}
	a := find(t, Extract("In the new Bergen Times poll, conducted March 11-13, 40 percent of voters back Lind."), "40 percent of voters back Lind")
	if a.SourceText != "the new Bergen Times poll, conducted March 11-13" {
		t.Errorf("source = %q, want the poll with its dates", a.SourceText)
	}
}

func TestParticleAndAdjectiveFormsAreNoCues(t *testing.T) {
	as := Extract("Lind leads by 271 pledged delegates. Back to the question, Berg said nothing.")
	for _, a := range as {
		if a.CueLemma == "pledge" || a.CueLemma == "back" {
			t.Errorf("a non-cue use was taken as a cue: %s", dump([]Attribution{a}))
		}
	}
}

// PolNeAR annotates an unanswered request about half the time, which
// pays; a refusal to comment does not.
func TestNoResponseIsNoAttribution(t *testing.T) {
	as := Extract("A spokesman for Lind did not respond to a request for comment. Berg didn’t comment on the canal.")
	check(t, find(t, as, "a request for comment"), want{lemma: "respond", source: "A spokesman for Lind"})
	none(t, as, "the canal")
}

func TestParticipleSubjectPastAdverbsAndSubordinators(t *testing.T) {
	as := Extract("And then Berg went on the attack, saying, “Will the mayor resign?” When asked about the canal, he laughed and said, “We will see.” Lind seemed ready to riff on it, telling the crowd, “Some people get carried away.”")
	check(t, find(t, as, "Will the mayor resign"), want{kind: Direct, source: "Berg"})
	check(t, find(t, as, "We will see"), want{kind: Direct, source: "he"})
	check(t, find(t, as, "Some people get carried away"), want{kind: Direct, source: "Lind"})
}

func TestBaseFormAfterDeterminerAndAdjectiveIsANoun(t *testing.T) {
	as := Extract("Bergen ministers insist they will have the final say on the canal. The two say the dam will hold.")
	check(t, find(t, as, "they will have the final say"), want{lemma: "insist"})
	check(t, find(t, as, "the dam will hold"), want{lemma: "say", source: "The two"})
	for _, a := range as {
		if a.Text == "on the canal" {
			t.Errorf("the noun say was taken as a cue: %s", dump([]Attribution{a}))
		}
	}
}

func TestQuantityAsSubject(t *testing.T) {
	as := Extract("Two farmers spoke. Another said the dam would hold. Many say the canal will close.")
	check(t, find(t, as, "the dam would hold"), want{lemma: "say", source: "Another", typ: Anonymous})
	check(t, find(t, as, "the canal will close"), want{lemma: "say", source: "Many", typ: Group})
}

func TestNameModifyingGroupNounIsNoSpeaker(t *testing.T) {
	as := Extract("Bergen ministers insist the canal will stay open. The council has plans for eight new locks.")
	a := find(t, as, "the canal will stay open")
	if a.Speaker != "" || a.SpeakerType != Group {
		t.Errorf("speaker = %q (%s), want none, a group", a.Speaker, a.SpeakerType)
	}
	for _, b := range as {
		if b.CueLemma == "plan" {
			t.Errorf("a noun after has was taken as a cue: %s", dump([]Attribution{b}))
		}
	}
}

func TestThinkTankIsANoun(t *testing.T) {
	text := "The Bergen-based economics think tank said it believed the canal would pay off."
	a := find(t, Extract(text), "it believed the canal")
	check(t, a, want{lemma: "say", source: "The Bergen-based economics think tank"})
	if a.Speaker != "" {
		t.Errorf("speaker = %q, want none: a hyphenated adjective is no name", a.Speaker)
	}
}

func TestNoContentOpensWithThan(t *testing.T) {
	for _, a := range Extract("Lind felt better about what the council is likely to say than if she had read the papers.") {
		if a.CueLemma == "say" {
			t.Errorf("a comparison was taken as content: %s", dump([]Attribution{a}))
		}
	}
}

func TestRunOnQuoteOnOneLine(t *testing.T) {
	text := `Coach Ana Roos spoke on Monday. "There is an old adage," Roos told Radio Bergen. "Lind has great runs behind her. "She must not lose faith. "She wants to rebuild her confidence."`
	as := Extract(text)
	a := find(t, as, "great runs behind her")
	check(t, a, want{kind: Direct, lemma: "tell", speaker: "Ana Roos"})
	for _, b := range as {
		if b.CueLemma == "want" {
			t.Errorf("a cue inside the run-on quote was taken as the writer's: %s", dump([]Attribution{b}))
		}
	}
	if len(a.Content) != 4 {
		t.Errorf("want the four quoted pieces as spans, got %d: %s", len(a.Content), dump([]Attribution{a}))
	}
}

func TestYesOrNoIsAnAnswer(t *testing.T) {
	as := Extract("Asked about the canal, the mayor said no. But 46 percent of voters said yes.")
	check(t, find(t, as, "no"), want{lemma: "say", source: "the mayor"})
	check(t, find(t, as, "yes"), want{lemma: "say", source: "46 percent of voters"})
}

func TestRelativeClauseAfterInvertedSpeaker(t *testing.T) {
	text := "Tariffs will not bring the jobs back, said Ana Roos, a professor at Bergen College, who has studied trade for decades."
	a := find(t, Extract(text), "Tariffs will not bring")
	check(t, a, want{kind: Indirect, lemma: "say", speaker: "Ana Roos", source: "Ana Roos, a professor at Bergen College, who has studied trade for decades"})
}

func TestRaisingAfterOpeningPhraseAndAside(t *testing.T) {
	as := Extract("In another email, the council appeared to push aides to find a job for a friend. Lind's story, however, seemed to leave the crowd cold. Berg seemed to suggest the canal was unsafe.")
	check(t, find(t, as, "to push aides to find a job"), want{lemma: "appear"})
	if a := find(t, as, "to push aides"); !strings.HasPrefix(a.Text, "the council appeared") && !strings.HasPrefix(a.Text, "the council ") {
		t.Errorf("the raising frame should hold its subject after the opening phrase: %s", dump([]Attribution{a}))
	}
	check(t, find(t, as, "the canal was unsafe"), want{lemma: "suggest", source: "Berg"})
	check(t, find(t, as, "to leave the crowd cold"), want{lemma: "seem"})
}

func TestOpeningSubordinateClauseEndsAtItsComma(t *testing.T) {
	as := Extract("As Lind attacked Berg, the crowd chanted “Lock the gates!” Despite what she wrote about the canal, Roos said she would vote for it.")
	a := find(t, as, "Berg")
	if a.CueLemma != "attack" || a.Text != "Berg" {
		t.Errorf("the attack's object should end at the clause's comma: %s", dump([]Attribution{a}))
	}
	check(t, find(t, as, "she would vote for it"), want{lemma: "say", source: "Roos"})
	for _, b := range as {
		if b.CueLemma == "write" && strings.Contains(b.Text, "Roos said") {
			t.Errorf("the writing ran into the main clause: %s", dump([]Attribution{b}))
		}
	}
}

func TestAccordingToKeepsItsWholeClause(t *testing.T) {
	text := "According to the Bergen Times, Lind praised her donors, and she asked the bankers to freeze rates."
	a := find(t, Extract(text), "Lind praised her donors")
	if a.CueLemma != "according to" || !strings.HasSuffix(a.Text, "to freeze rates") {
		t.Errorf("want the whole reported clause: %s", dump([]Attribution{a}))
	}
}

func TestPressAsNounModifier(t *testing.T) {
	as := Extract("White House press secretary Ana Roos said the canal was safe.")
	check(t, find(t, as, "the canal was safe"), want{lemma: "say", speaker: "Ana Roos"})
	for _, a := range as {
		if a.CueLemma == "press" {
			t.Errorf("press secretary was read as pressing: %s", dump([]Attribution{a}))
		}
	}
}

func TestParticipleSubjectAfterDateline(t *testing.T) {
	text := "OSLO, May 3 (Reuters) - Tova Lind, the finance minister, criticized the bank on Monday, saying it had failed savers.\n\nBERGEN, Norway - Ana Roos voiced support for the plan, saying it would help farmers."
	as := Extract(text)
	check(t, find(t, as, "it had failed savers"), want{lemma: "say", speaker: "Tova Lind"})
	check(t, find(t, as, "it would help farmers"), want{lemma: "say", source: "Ana Roos"})
}

func TestParticipleSubjectAfterOpeningPhrase(t *testing.T) {
	text := "Hours later, Ana Roos returned the favor, telling reporters the plan was sound.\n\n" +
		"Speaking at a town hall in Bergen, Norway, Lind went after Roos, calling her weak.\n\n" +
		"But a few days later, Lind reversed herself, telling a radio host that taxes were fine.\n\n" +
		"By Sunday afternoon she had canceled the rally, citing the storm.\n\n" +
		"Once she was mayor, Tova Lind made the port a priority, announcing a new plan.\n\n" +
		"The veteran senator began by talking about roads, saying that the bridges were unsafe."
	as := Extract(text)
	check(t, find(t, as, "the plan was sound"), want{lemma: "tell", source: "Ana Roos"})
	check(t, find(t, as, "her weak"), want{lemma: "call", source: "Lind"})
	check(t, find(t, as, "taxes were fine"), want{lemma: "tell", source: "Lind"})
	check(t, find(t, as, "the storm"), want{lemma: "cite", source: "she"})
	check(t, find(t, as, "a new plan"), want{lemma: "announce", source: "Tova Lind"})
	check(t, find(t, as, "bridges were unsafe"), want{lemma: "say", source: "The veteran senator"})
}

func TestParticipleSubjectOverPossessor(t *testing.T) {
	text := "Later in the day, she escalated her attacks on Roos, criticizing her for votes against the bridge bill."
	check(t, find(t, Extract(text), "for votes against"), want{lemma: "criticize", source: "she"})
}

func TestLongSubjectWithAsides(t *testing.T) {
	text := "Olle Berg, 58, who lives outside Bergen, says he did not know much about the race.\n\n" +
		"Rep. Ana Roos (D-Minn.), chair of the party's drafting committee, said Lind did not appear worried.\n\n" +
		"Cory Lind, 22, of Flint, Mich., said every mayor was both loved and hated."
	as := Extract(text)
	check(t, find(t, as, "did not know much"), want{lemma: "say", source: "Olle Berg, 58, who lives outside Bergen", speaker: "Olle Berg"})
	check(t, find(t, as, "did not appear worried"), want{lemma: "say", source: "Rep. Ana Roos (D-Minn.), chair of the party's drafting committee", speaker: "Ana Roos"})
	check(t, find(t, as, "every mayor was"), want{lemma: "say", source: "Cory Lind, 22, of Flint, Mich.", speaker: "Cory Lind"})
}

func TestLongSubjectKeepsAppositionSpeaker(t *testing.T) {
	text := "Despite two defeats on Tuesday, Sen. Ana Roos (I-Vt.) remains committed to the race, her top aide, Tad Vik, said."
	check(t, find(t, Extract(text), "remains committed"), want{lemma: "say", source: "her top aide, Tad Vik"})
}

func TestSubjectHoldsTheObjectBeforeCue(t *testing.T) {
	text := "Current and former aides who spoke with The Bergen Post said the party has become a shell.\n\n" +
		"Another source speaking to Radio Vik said the agents were looking at the server."
	as := Extract(text)
	check(t, find(t, as, "become a shell"), want{lemma: "say", source: "Current and former aides who spoke with The Bergen Post"})
	check(t, find(t, as, "agents were looking"), want{lemma: "say", source: "Another source speaking to Radio Vik"})
}

func TestNoInvertedSubjectBeforeItsOwnVerb(t *testing.T) {
	text := "The bridge is safe, said Lind will vote for it on Monday."
	as := Extract(text)
	for _, a := range as {
		if a.SourceText == "Lind" && a.CueLemma == "say" {
			t.Errorf("took the clause's subject as an inverted speaker: %s", dump(as))
		}
	}
	check(t, find(t, Extract("“The bridge is safe,” said the mayor on Monday."), "bridge is safe"), want{lemma: "say", source: "the mayor"})
}

func TestNumberSignDoesNotEndSentence(t *testing.T) {
	text := "Senator Olle Vik of Texas, the No. 2 Republican in the Senate, said the chamber will vote on four measures."
	check(t, find(t, Extract(text), "chamber will vote"), want{lemma: "say", source: "Senator Olle Vik of Texas, the No. 2 Republican in the Senate"})
}

func TestLongSubjectWithCueNoun(t *testing.T) {
	text := "One of the authors of that 2013 report, Ari Vik, said the nomination will test their conclusions."
	check(t, find(t, Extract(text), "nomination will test"), want{lemma: "say", speaker: "Ari Vik"})
}

func TestAsReportedByNamesTheSource(t *testing.T) {
	text := "As reported by the Bergen Post, the mayor was warned about the risks in May."
	check(t, find(t, Extract(text), "the mayor was warned"), want{lemma: "report", source: "the Bergen Post"})
}

func TestLeadingQuestionWithAgent(t *testing.T) {
	text := "Asked by Tova Lind whether she had practiced her speech, she said, “I read it once.”"
	as := Extract(text)
	check(t, find(t, as, "whether she had practiced"), want{lemma: "ask", source: "Tova Lind"})
	check(t, find(t, as, "I read it once"), want{lemma: "say", source: "she"})
}

func TestCoordinatedVerbSkipsEmbeddedSpeaker(t *testing.T) {
	text := "Judge Lind put off deciding whether the Bergen Post could question Roos but said the group could come back later.\n\n" +
		"When asked whom she supported, Ms. Berg smiled and said, “I am waiting for Karl.”"
	as := Extract(text)
	check(t, find(t, as, "the group could come back"), want{lemma: "say", source: "Judge Lind"})
	check(t, find(t, as, "I am waiting for Karl"), want{lemma: "say", source: "Ms. Berg"})
}

func TestParticipleSubjectForms(t *testing.T) {
	text := "On Sunday morning Mr. Vik made a third attempt to deflect the criticism, writing on Twitter that the real issue was taxes.\n\n" +
		"And now Ms. Roos has taken on a larger campaign, seeking to turn Lind into a winner.\n\n" +
		"About 200 protesters gathered in three groups, holding signs and chanting “Dump Lind.”\n\n" +
		"The retired surgeon addressed his concerns in an interview, remarking that he did not feel well.\n\n" +
		"Since May, she's tacked to the left on energy, criticizing the pipeline."
	as := Extract(text)
	check(t, find(t, as, "the real issue was taxes"), want{lemma: "write", source: "Mr. Vik"})
	check(t, find(t, as, "to turn Lind into"), want{lemma: "seek", source: "Ms. Roos"})
	check(t, find(t, as, "Dump Lind"), want{lemma: "chant", source: "About 200 protesters"})
	check(t, find(t, as, "did not feel well"), want{lemma: "remark", source: "The retired surgeon"})
	check(t, find(t, as, "the pipeline"), want{lemma: "criticize", source: "she's"})
}

func TestExpectationHasNoHolder(t *testing.T) {
	text := "The filings due Sunday are expected to show that Lind has spent most of her money.\n\n" +
		"Roos will make a short speech there but is not expected to meet the king."
	as := Extract(text)
	if a := find(t, as, "Lind has spent"); a.Source != nil {
		t.Errorf("an expectation took a holder: %s", dump(as))
	}
	if a := find(t, as, "to meet the king"); a.Source != nil {
		t.Errorf("a passive after a conjunction borrowed the subject: %s", dump(as))
	}
}

func TestAccordingToReportsAQuoteAndItsCue(t *testing.T) {
	text := "“We are still winning,” Mr. Vik said during the session, according to audio provided to The Bergen Times."
	as := Extract(text)
	check(t, find(t, as, "Mr. Vik said during the session"), want{lemma: "according to", source: "audio provided to The Bergen Times"})
	// The saying is part of the account the audio gives, not one of its own.
	for _, a := range as {
		if a.CueLemma == "say" {
			t.Errorf("a cue inside an according-to report is part of it: %q", a.Text)
		}
	}
}

func TestCueInsideAccordingToIsPartOfIt(t *testing.T) {
	as := Extract("According to the council summary, Ana Roos asked the clerk to delete the files in May.")
	check(t, find(t, as, "delete the files"), want{lemma: "according to", source: "the council summary"})
	for _, a := range as {
		if a.CueLemma == "ask" {
			t.Errorf("the asking is the summary's account: %q", a.Text)
		}
	}
}

func TestParticipleAfterSubordinateClause(t *testing.T) {
	text := "In a debate, while most of his rivals called for a bigger army, Lind hewed to the plan, noting that the two sides are enemies.\n\n" +
		"More recently, Roos has spoken out against the law, and she was quick to make her pitch, citing her record."
	as := Extract(text)
	check(t, find(t, as, "two sides are enemies"), want{lemma: "note", source: "Lind"})
	check(t, find(t, as, "her record"), want{lemma: "cite", source: "she"})
}

func TestAbsoluteWithPhraseSubject(t *testing.T) {
	text := "Bergen stepped up pressure on Oslo on Saturday, with top defense officials underlining its strength and vowing to remain the main guarantor of peace.\n\n" +
		"The attacks are spreading, with other candidates and a columnist suggesting that the affair is fair game."
	as := Extract(text)
	check(t, find(t, as, "remain the main guarantor"), want{lemma: "vow", source: "top defense officials"})
	check(t, find(t, as, "the affair is fair game"), want{lemma: "suggest", source: "other candidates and a columnist"})
}

func TestWordsAfterQuoteMustOpenAMention(t *testing.T) {
	text := "“The most striking thing is a new resilience,” like the recent calm of markets, said Olle Berg, the chief economist for the survey."
	check(t, find(t, Extract(text), "most striking thing"), want{lemma: "say", source: "Olle Berg, the chief economist for the survey"})
	text = "“It will pass,” nuclear experts Ana Roos and Tova Lind said."
	check(t, find(t, Extract(text), "It will pass"), want{lemma: "say", source: "nuclear experts Ana Roos and Tova Lind"})
}

func TestAsideOpeningWithVerbBelongsToSubject(t *testing.T) {
	text := "Mr. Vik, whose latest start-up, Paradata, uses data to help brands find suppliers, said Lind was a candidate in the spirit of the valley."
	check(t, find(t, Extract(text), "Lind was a candidate"), want{lemma: "say", speaker: "Vik"})
}

func TestParticipleSubjectsOfClausesAndShares(t *testing.T) {
	text := "Likewise, Lind went after Roos and called for her to quit the race.\n\n" +
		"It is a big if, but Roos was in Bergen on Tuesday, stressing the port's importance.\n\n" +
		"The floods have left 62 percent of voters saying the roads are growing worse."
	as := Extract(text)
	check(t, find(t, as, "her to quit"), want{lemma: "call", source: "Lind"})
	check(t, find(t, as, "the port's importance"), want{lemma: "stress", source: "Roos"})
	check(t, find(t, as, "roads are growing worse"), want{lemma: "say", source: "62 percent of voters"})
}

func TestMoreSubjectShapes(t *testing.T) {
	text := "“It is a costly model,” said Will Doyle, a professor at Bergen University.\n\n" +
		"“Both of them scare me,” Harry Bond, 30, of Raleigh, N.C., who was among those polled, said in an interview.\n\n" +
		"Sandy Vik, who lost her daughter in Aurora, Colorado, in July 2012, said that Roos had treated her badly.\n\n" +
		"A few minutes later they reversed themselves, rushed everyone inside and said they will register voters.\n\n" +
		"The ministry less than two weeks ago said for the first time that the files had passed through the server.\n\n" +
		"When Robby Lind, her campaign manager, was asked if Roos would speak, he laughed and said, “We'll see.”"
	as := Extract(text)
	check(t, find(t, as, "costly model"), want{lemma: "say", speaker: "Will Doyle"})
	check(t, find(t, as, "scare me"), want{lemma: "say", speaker: "Harry Bond"})
	check(t, find(t, as, "treated her badly"), want{lemma: "say", speaker: "Sandy Vik"})
	check(t, find(t, as, "register voters"), want{lemma: "say", source: "they"})
	check(t, find(t, as, "the files had passed"), want{lemma: "say", source: "The ministry"})
	check(t, find(t, as, "We'll see"), want{lemma: "say", source: "he"})
}

func TestAccordingToReportGoesOnWithTheQuote(t *testing.T) {
	text := "“I ask you not to protest on the floor,” Roos said, according to Radio Vik. “It is of utmost importance.”"
	a := find(t, Extract(text), "Roos said")
	check(t, a, want{lemma: "according to", source: "Radio Vik"})
	if len(a.Content) != 2 || spanText(text, a.Content[1]) != "“It is of utmost importance.”" {
		t.Errorf("the report should go on with the next quote: %s", dump([]Attribution{a}))
	}
}

func TestCoordinatedVerbInSubordinateClause(t *testing.T) {
	text := "The worry grew on Wednesday when Speaker Ana Roos lamented the state of the race and criticized the identity politics on display.\n\n" +
		"Some groups sued, and the Bergen Civil Liberties Union has already sued the city, saying the rules violate free speech."
	as := Extract(text)
	check(t, find(t, as, "identity politics"), want{lemma: "criticize", source: "Speaker Ana Roos"})
	check(t, find(t, as, "rules violate free speech"), want{lemma: "say", source: "the Bergen Civil Liberties Union"})
}

func TestParticipleSkipsSpeakerOfHowClause(t *testing.T) {
	text := "Together, the retired surgeon has given no details about how he planned to reboot his campaign, saying only that he was refining some practices."
	check(t, find(t, Extract(text), "refining some practices"), want{lemma: "say", source: "the retired surgeon"})
}

func TestFindingVerbAfterPluralNoun(t *testing.T) {
	text := "The next series of emails shows that Lind asked the reporter to join her on a chat service."
	check(t, find(t, Extract(text), "Lind asked the reporter"), want{lemma: "show", source: "The next series of emails"})
}

func TestNoInversionAfterNegation(t *testing.T) {
	text := "Roos's opponents said the city should stand with Bergen, not declare neutrality."
	for _, a := range Extract(text) {
		if a.SourceText == "neutrality" {
			t.Errorf("a negated verb took an inverted subject: %s", dump([]Attribution{a}))
		}
	}
}

func TestSaySoPointsBack(t *testing.T) {
	as := Extract("Although Berg backs the canal in every vote, he does not say so.")
	for _, a := range as {
		if a.CueLemma == "say" {
			t.Errorf("say so took the clause before as its content: %s", dump([]Attribution{a}))
		}
		if strings.HasPrefix(a.Speaker, "Although") {
			t.Errorf("a subordinator was read as part of a name: %s", dump([]Attribution{a}))
		}
	}
}

func TestCueFormsAroundAsides(t *testing.T) {
	as := Extract("Former governor Ana Roos, an early supporter of Lind, calls the canal “a priority” for farmers. His aide Paul Berg said — on the radio, as it happens — that Lind raised $4 million. Noting that both Lind and Berg fought the council, Roos praised the book.")
	check(t, find(t, as, "the canal “a priority”"), want{lemma: "call", speaker: "Ana Roos"})
	a := find(t, as, "Lind raised $4 million")
	if !strings.HasPrefix(a.Text, "that Lind raised") {
		t.Errorf("the dashed aside should be skipped: %s", dump([]Attribution{a}))
	}
	check(t, find(t, as, "both Lind and Berg fought the council"), want{lemma: "note", source: "Roos"})
}

func TestControlVerbSharesItsSubject(t *testing.T) {
	as := Extract("Berg began to argue that the dam was weak. Lind is even trying to persuade farmers to back the canal.")
	check(t, find(t, as, "the dam was weak"), want{lemma: "argue", source: "Berg"})
	check(t, find(t, as, "farmers to back the canal"), want{lemma: "persuade", source: "Lind"})
}

func TestLongDescriptionBeforeCue(t *testing.T) {
	text := "Paul Cross, a former staff member for Bergen Republicans such as former Gov. Bob Roos and former Rep. Ann Berg, wrote in an op-ed that he penned the remarks."
	a := find(t, Extract(text), "he penned the remarks")
	check(t, a, want{lemma: "write", speaker: "Paul Cross"})
	if a.Affiliation != "Bergen Republicans" || a.Role != "former staff member" {
		t.Errorf("role %q, affiliation %q: want the description without its examples", a.Role, a.Affiliation)
	}
}

func TestHyphenAsideAndFindingSubject(t *testing.T) {
	as := Extract("Mr. Berg - in a line that seemed aimed at Lind - declared that a mayor must serve all. Recent polling shows that Lind leads.")
	a := find(t, as, "a mayor must serve all")
	check(t, a, want{lemma: "declare", source: "Mr. Berg"})
	if a.CueText != "declared" {
		t.Errorf("cue = %q, want the verb without the aside", a.CueText)
	}
	b := find(t, as, "Lind leads")
	check(t, b, want{lemma: "show", source: "Recent polling"})
	if b.Speaker != "" {
		t.Errorf("speaker = %q, want none for a poll", b.Speaker)
	}
}

func TestSubjectsAroundAsidesAndClauses(t *testing.T) {
	as := Extract("Senator Ana Roos of Bergen, the No. 2 Republican in the Senate, said the chamber will vote on four bills. Tova Berg, a former director of the Bergen party, whose roots are in farming, said the base was angry. Officials who spoke with The Bergen Post said the party is a shell. Lind at the time said she had asked her aides. But a few days later, Lind reversed herself, telling reporters that the canal would close.")
	check(t, find(t, as, "the chamber will vote"), want{lemma: "say", speaker: "Ana Roos"})
	check(t, find(t, as, "the base was angry"), want{lemma: "say", speaker: "Tova Berg"})
	check(t, find(t, as, "the party is a shell"), want{lemma: "say", source: "Officials who spoke with The Bergen Post"})
	a := find(t, as, "she had asked her aides")
	check(t, a, want{lemma: "say", source: "Lind"})
	if a.CueText != "said" {
		t.Errorf("cue = %q, want the verb without the time phrase", a.CueText)
	}
	check(t, find(t, as, "the canal would close"), want{lemma: "tell", source: "Lind"})
}

func TestWorriedSubjectHoldsTheWorry(t *testing.T) {
	text := "The Bergen government is worried that Lind's rhetoric could hurt trade."
	check(t, find(t, Extract(text), "rhetoric could hurt trade"), want{lemma: "worry", source: "The Bergen government"})
}

func TestLeadingParticiplePhraseTakesMainSubject(t *testing.T) {
	text := "Instead of calling himself a liberal, Mr. Vik said, “I am a man with common sense.”"
	check(t, find(t, Extract(text), "himself a liberal"), want{lemma: "call", source: "Mr. Vik"})
}

func TestReducedRelativeIsNoReport(t *testing.T) {
	text := "Lind spent money in Bergen, a city seen as critical for the party.\n\n" +
		"The court will hold the latest in a series of hearings intended to consider help for the port."
	as := Extract(text)
	none(t, as, "as critical for the party")
	none(t, as, "to consider help")
}

func TestParticipleSubjectsAfterTimeSpans(t *testing.T) {
	text := "In the days after last Friday's deadly storms in Bergen, Tova Lind has sought to look strong, painting others as weak and suggesting that she would act.\n\n" +
		"Eight years after backing Ana Roos, billionaire team owner Karl Vik is once again sizing up the race.\n\n" +
		"More recently, Roos has shifted to match the mood, offering more dire warnings about crime.\n\n" +
		"Critics were quick to chime in, with Tova Lind tweeting that it was a “disaster” for Roos and asking, “How can she be mayor?”"
	as := Extract(text)
	check(t, find(t, as, "she would act"), want{lemma: "suggest", source: "Tova Lind"})
	check(t, find(t, as, "Ana Roos"), want{lemma: "back", speaker: "Karl Vik"})
	check(t, find(t, as, "more dire warnings"), want{lemma: "offer", source: "Roos"})
	check(t, find(t, as, "How can she be mayor"), want{lemma: "ask", source: "Tova Lind"})
}

func TestVerbLikeNounAfterPossessorInMention(t *testing.T) {
	text := "Roos has pushed the plan for months, and people familiar with her thinking say she now accepts that the plan is harder."
	check(t, find(t, Extract(text), "she now accepts"), want{lemma: "say", source: "people familiar with her thinking"})
}

func TestReportBeforeCueHoldsInnerAttribution(t *testing.T) {
	text := "The mayor has called for a new bridge, Lind said."
	as := Extract(text)
	a := find(t, as, "The mayor has called")
	check(t, a, want{lemma: "say", source: "Lind"})
	// The calling is what Lind reports: no attribution of its own (see
	// TestCueInsideLaterSpeechIsReported).
	for _, b := range as {
		if b.CueLemma == "call" {
			t.Errorf("the reported call stands alone:\n%s", dump(as))
		}
	}
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
	// "the races known as the Bergen Cup" is a reduced relative that
	// reports no one (see reducedRelative); after a name's comma it is a
	// passive of its own.
	text := "Roos won the string of races known as the Bergen Cup, and her aide left. Lind, known online as “Wolf,” was jailed."
	as := Extract(text)
	none(t, as, "the Bergen Cup")
	a := find(t, as, "Wolf")
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
	text := "The farmers called for a new dam."
	a := find(t, Extract(text), "a new dam")
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

func TestFindReportsOnlyFindings(t *testing.T) {
	as := Extract("The bank has found itself at the center of the crisis. Lind could still find a way to win. A new Bergen poll finds Lind ahead. Auditors found that the books were cooked.")
	check(t, find(t, as, "the books were cooked"), want{lemma: "find", source: "Auditors"})
	check(t, find(t, as, "Lind ahead"), want{lemma: "find"})
	none(t, as, "itself at the center")
	none(t, as, "a way to win")
}

func TestParticipleJoinsItsPreposition(t *testing.T) {
	text := "Lind has begun calling out those who doubted her. During a press call with reporters, Berg said the dam was safe."
	as := Extract(text)
	a := find(t, as, "those who doubted her")
	if a.CueText != "calling out" || !strings.HasPrefix(a.Text, "those who") {
		t.Errorf("want cue \"calling out\" and the object as content: %s", dump([]Attribution{a}))
	}
	for _, b := range as {
		if b.CueLemma == "call" && b.CueText == "call" {
			t.Errorf("a press call was read as calling: %s", dump([]Attribution{b}))
		}
	}
}

func TestInvertedAddAfterQuoteTakesItsSpeaker(t *testing.T) {
	as := Extract("“We will not give up on the town,” added a Bergen Democrat.")
	check(t, find(t, as, "give up on the town"), want{kind: Direct, lemma: "add", source: "a Bergen Democrat"})
	for _, a := range Extract("The bill, Lind said, added a new tax.") {
		if a.CueLemma == "add" {
			t.Errorf("adding a tax is no speech: %q", a.Text)
		}
	}
}

func TestAdviceIsNoWish(t *testing.T) {
	none(t, Extract("Lind may want to check her figures before the vote."), "to check her figures")
}

func TestPassiveQuestionNamesTheAsker(t *testing.T) {
	text := "Roos was asked by host Karl Vik whether she would debate him."
	check(t, find(t, Extract(text), "whether she would debate"), want{lemma: "ask", source: "host Karl Vik"})
}

func TestLeadingSubordinateClauseEndsItsContent(t *testing.T) {
	text := "Although Vik admitted to the paper that he and Roos had “been friends for some time,” he claimed they had never met.\n\n" +
		"While he refused to free the smugglers, Mr. Vik deemed the trade a fair one.\n\n" +
		"As the Bergen Post reported, the mayor will not run again."
	as := Extract(text)
	a := find(t, as, "been friends")
	if got := spanText(text, a.Content[len(a.Content)-1]); got != "that he and Roos had “been friends for some time,”" {
		t.Errorf("the admission should end with its clause, got %q", got)
	}
	check(t, find(t, as, "they had never met"), want{lemma: "claim", source: "he"})
	if a := find(t, as, "to free the smugglers"); strings.Contains(a.Text, "deemed") {
		t.Errorf("the refusal ran into the main clause: %s", dump([]Attribution{a}))
	}
	check(t, find(t, as, "the mayor will not run"), want{lemma: "report", source: "the Bergen Post"})
}

func TestLeadingAfterClauseEndsItsContent(t *testing.T) {
	text := "After Lind said the bridge would close, Roos promised to keep it open."
	as := Extract(text)
	if a := find(t, as, "the bridge would close"); strings.Contains(a.Text, "Roos") {
		t.Errorf("the saying ran into the main clause: %s", dump([]Attribution{a}))
	}
	check(t, find(t, as, "to keep it open"), want{lemma: "promise", source: "Roos"})
}

func TestLeadClauseEndsBeforeDescribedSubject(t *testing.T) {
	text := "While Roos wrongly claimed that the videos exist, foreign policy experts affirm that the risk is real.\n\n" +
		"As the Bergen Post reported just today, the port will close."
	as := Extract(text)
	if a := find(t, as, "the videos exist"); strings.Contains(a.Text, "experts") {
		t.Errorf("the claim ran into the main clause: %s", dump([]Attribution{a}))
	}
	check(t, find(t, as, "the risk is real"), want{lemma: "affirm", source: "foreign policy experts"})
	check(t, find(t, as, "the port will close"), want{lemma: "report", source: "the Bergen Post"})
}

func TestQuantityBeforeVerbIsItsSubject(t *testing.T) {
	text := "While many farmers have criticized Lind, many said Monday that the ruling helps her.\n\n" +
		"Some say the port will close. Roos gave Lind some credit for the plan."
	as := Extract(text)
	check(t, find(t, as, "the ruling helps her"), want{lemma: "say", source: "many"})
	check(t, find(t, as, "the port will close"), want{lemma: "say", source: "Some"})
	none(t, as, "for the plan")
}

func TestBothAsSubject(t *testing.T) {
	text := "Roos and Lind backed the bill. And both vowed to be tougher on the border."
	check(t, find(t, Extract(text), "to be tougher"), want{lemma: "vow", source: "both"})
}

func TestSubjectAfterLeadingQuestion(t *testing.T) {
	text := "Asked on Monday whether Mr. Vik would hold a post, Mrs. Roos shook her head and said, “No.”"
	check(t, find(t, Extract(text), "No."), want{lemma: "say", source: "Mrs. Roos"})
}

func TestDescribedSpeakerAfterQuoteAndSentenceAdverb(t *testing.T) {
	text := "Lind “is the only candidate with the temperament to keep us safe,” retired Air Force general Olle Vik said.\n\n" +
		"Then someone asked how Roos could inspire young people."
	as := Extract(text)
	check(t, find(t, as, "only candidate"), want{lemma: "say", source: "retired Air Force general Olle Vik"})
	check(t, find(t, as, "how Roos could inspire"), want{lemma: "ask", source: "someone"})
}

func TestVerbSubjectHoldsPossessedNounCue(t *testing.T) {
	text := "Lind on Thursday ratcheted up her attacks on Roos, saying the port was neglected."
	as := Extract(text)
	check(t, find(t, as, "Roos"), want{lemma: "attack", source: "Lind"})
	check(t, find(t, as, "the port was neglected"), want{lemma: "say", source: "Lind"})
}

func TestParticleBeforePossessedNounCue(t *testing.T) {
	text := "Roos has toned down her criticism of Lind."
	check(t, find(t, Extract(text), "Lind"), want{lemma: "criticism", source: "Roos"})
}

func TestTimePhraseBetweenSubjectAndVerb(t *testing.T) {
	text := "Chairman Ole Vik (R-S.C.) earlier in the day touted the progress the panel has made.\n\n" +
		"Some of those surveyed shared their concerns about the choices they face."
	as := Extract(text)
	check(t, find(t, as, "the progress the panel"), want{lemma: "tout", source: "Chairman Ole Vik (R-S.C.)"})
	check(t, find(t, as, "the choices they face"), want{source: "Some of those surveyed"})
}

func TestClauseAfterSemicolonHasItsOwnSubject(t *testing.T) {
	text := "But the mayor's victory ushered in a thaw; she helped broker a truce that fall and decided to make Bergen her first stop."
	check(t, find(t, Extract(text), "to make Bergen"), want{lemma: "decide", source: "she"})
}

func TestPhrasalCues(t *testing.T) {
	as := Extract("Lind made it clear that the canal would stay open. Berg fired back at the council on Monday. Roos pointed to the flood maps.")
	a := find(t, as, "the canal would stay open")
	if a.CueText != "made it clear" || !strings.HasPrefix(a.Text, "that the canal") {
		t.Errorf("want cue \"made it clear\" and its clause: %s", dump([]Attribution{a}))
	}
	check(t, find(t, as, "the council"), want{lemma: "fire", source: "Berg"})
	check(t, find(t, as, "the flood maps"), want{lemma: "point", source: "Roos"})
}

func TestMoreCueShapes(t *testing.T) {
	as := Extract("Eighty percent of farmers oppose the canal, the poll found. Lind was calling for change. Berg talked up her plan. A former candidate -- Ana Roos, who lost the race -- said the mayor “offered no changes.”")
	check(t, find(t, as, "Eighty percent of farmers"), want{lemma: "find", source: "the poll"})
	check(t, find(t, as, "change"), want{lemma: "call", source: "Lind"})
	check(t, find(t, as, "her plan"), want{lemma: "talk", source: "Berg"})
	check(t, find(t, as, "offered no changes"), want{lemma: "say", source: "A former candidate"})
}

func TestColonSpeakerForms(t *testing.T) {
	text := "Lind spoke.\n\nFormer secretary of state Ana Roos: “We learned that from the ministry.”\n\nBERGEN CANAL IN TROUBLE - Tova Berg: “The locks are failing one by one.”\n\nBergen Post Publisher On Lind: The mayor has lost her way on the canal.\n\nFollow Tova Berg on Twitter: https://example.org/tova"
	as := Extract(text)
	check(t, find(t, as, "We learned that"), want{kind: Direct, speaker: "Ana Roos"})
	check(t, find(t, as, "The locks are failing"), want{kind: Direct, source: "Tova Berg"})
	check(t, find(t, as, "lost her way"), want{source: "Bergen Post Publisher"})
	none(t, as, "example.org")
}

func TestPollNamesWithSlashes(t *testing.T) {
	as := Extract("In a Bergen Times/Vik University poll, 50 percent of voters chose Lind. Roos led Berg 2-1 in a Radio Bergen/Vik poll Jan. 17-23. In Forbes’ words, “the canal is a gift.”")
	check(t, find(t, as, "50 percent of voters chose Lind"), want{lemma: "in", source: "a Bergen Times/Vik University poll"})
	check(t, find(t, as, "Roos led Berg 2-1"), want{lemma: "in"})
	check(t, find(t, as, "the canal is a gift"), want{source: "Forbes’ words"})
}
func TestPressSecretaryIsOneMention(t *testing.T) {
	as := Extract("“That was fair,” the town's press secretary, Ana Roos, said on Tuesday.")
	check(t, find(t, as, "That was fair"), want{kind: Direct, lemma: "say", source: "the town's press secretary, Ana Roos", speaker: "Ana Roos"})
	as = Extract("The press secretary said the plan was fair.")
	check(t, find(t, as, "plan was fair"), want{lemma: "say", source: "The press secretary"})
}

func TestDoubledConsonantCueForms(t *testing.T) {
	check(t, find(t, Extract("Ana Roos quipped, “It is like a lawyer with no case.”"), "lawyer with no case"), want{kind: Direct, lemma: "quip", source: "Ana Roos"})
	check(t, find(t, Extract("Tova Lind bragged that the dam was safe."), "dam was safe"), want{lemma: "brag", source: "Tova Lind"})
}

func TestQuoteOnlyAndParticleRetorts(t *testing.T) {
	check(t, find(t, Extract("“Go back to your seat,” Lind barked."), "back to your seat"), want{kind: Direct, lemma: "bark", source: "Lind"})
	check(t, find(t, Extract("When Holm criticized the plan, Lind shot back, “I could have stayed home.”"), "stayed home"), want{kind: Direct, lemma: "shoot", source: "Lind"})
	none(t, Extract("Police shot a man in Bergen on Tuesday."), "a man")
}

func TestPutItIntroducesWhatWasSaid(t *testing.T) {
	check(t, find(t, Extract("As the Bergen Post put it, “The mayor has run out of road.”"), "run out of road"), want{kind: Direct, lemma: "put", source: "the Bergen Post"})
	none(t, Extract("Tova Lind put it on the table."), "on the table")
}

func TestMannerWordsBeforeColonQuote(t *testing.T) {
	a := find(t, Extract("Tova Lind said bluntly: “The gates are open now.”"), "gates are open")
	check(t, a, want{kind: Direct, lemma: "say", source: "Tova Lind"})
	if a.Text != "“The gates are open now.”" {
		t.Errorf("content = %q, want the quote alone", a.Text)
	}
}

func TestNounCueBeforeFiniteCueIsTheSubject(t *testing.T) {
	as := Extract("“The phone had been hacked,” the council report said, referring to the old mayor.")
	check(t, find(t, as, "phone had been hacked"), want{kind: Direct, lemma: "say", source: "the council report"})
	check(t, find(t, Extract("A Bergen report found the dam was unsafe."), "dam was unsafe"), want{lemma: "find", source: "A Bergen report"})
}

func TestInvisibleMarksAreSpace(t *testing.T) {
	as := Extract("\u202a”This is why the dam must be fixed,” said Per Holm.")
	check(t, find(t, as, "dam must be fixed"), want{kind: Direct, lemma: "say", source: "Per Holm"})
	as = Extract("\u200e“The gates are open,” Tova Lind said.")
	check(t, find(t, as, "gates are open"), want{kind: Direct, lemma: "say", source: "Tova Lind"})
}

func TestBaseFormPastAfterQuoteIsTheVerb(t *testing.T) {
	check(t, find(t, Extract("“Act like it,” the editorial read."), "Act like it"), want{kind: Direct, lemma: "read", source: "the editorial"})
	check(t, find(t, Extract("The editorial read: “Act like it.”"), "Act like it"), want{kind: Direct, lemma: "read", source: "The editorial"})
	none(t, Extract("Lind gave the final say on the plan."), "on the plan")
}

func TestWentOnIntroducesAQuote(t *testing.T) {
	check(t, find(t, Extract("Tova Lind went on: “It is like a leaking house.”"), "leaking house"), want{kind: Direct, lemma: "go", source: "Tova Lind"})
	check(t, find(t, Extract("Tova Lind went on to say, “It makes no sense.”"), "makes no sense"), want{kind: Direct, lemma: "say"})
	for _, a := range Extract("Ana Roos went on to win the race in Bergen.") {
		if a.CueLemma == "go" {
			t.Errorf("going on to win is no speech: %q", a.Text)
		}
	}
}

func TestNestedCueWithoutItsOwnSpeakerIsPartOfTheReport(t *testing.T) {
	as := Extract("Tova Lind said that the new fee was announced on a town radio several times before the vote.")
	check(t, find(t, as, "new fee was announced"), want{lemma: "say", source: "Tova Lind"})
	for _, a := range as {
		if a.CueLemma == "announce" {
			t.Errorf("a nested passive with no speaker is no attribution: %q", a.Text)
		}
	}
}

func TestRaisingInsideAReportIsPartOfIt(t *testing.T) {
	as := Extract("Tova Lind said on Monday that the plan appears to be failing.")
	check(t, find(t, as, "appears to be failing"), want{lemma: "say", source: "Tova Lind"})
	for _, a := range as {
		if a.CueLemma == "appear" {
			t.Errorf("the appearance is Lind's words: %q", a.Text)
		}
	}
	check(t, find(t, Extract("The plan appears to be failing in Bergen."), "failing"), want{lemma: "appear"})
}

func TestSpeechOpeningAReportIsPartOfIt(t *testing.T) {
	as := Extract("Ana Roos noted that experts say that the dam has cracks.")
	a := find(t, as, "experts say")
	check(t, a, want{lemma: "note", source: "Ana Roos"})
	if a.Text != "that experts say that the dam has cracks" {
		t.Errorf("content = %q, want the whole reported clause", a.Text)
	}
	for _, a := range as {
		if a.CueLemma == "say" {
			t.Errorf("the experts' saying is what Roos noted: %q", a.Text)
		}
	}
}

func TestSpeakerTurnIsOneReport(t *testing.T) {
	text := "The host asked about the dam.\n\nROOS: I think the town needs to work together. People are scared. They want safe homes."
	as := Extract(text)
	for _, a := range as {
		if a.CueLemma == "want" {
			t.Errorf("a cue inside a speaker's turn is part of it: %q\n%s", a.Text, dump(as))
		}
	}
}

func TestMentionBeforeColonQuote(t *testing.T) {
	text := "The town vote was close.\n\nDAM HOLDS, FOR NOW - Tova Lind and Per Holm: “The polls were not wrong. They just ended too early.”\n\nMore from Lind: “The partisanship of the town is a starting point.”"
	as := Extract(text)
	check(t, find(t, as, "ended too early"), want{kind: Direct, source: "Tova Lind and Per Holm"})
	check(t, find(t, as, "starting point"), want{kind: Direct, source: "Lind"})
	// A time phrase before the colon is not the speaker; the clause's subject is.
	for _, a := range Extract("The town vote was close.\n\nHere is Lind in December 1992: “Our new direction must rest on the dam.”") {
		if strings.Contains(a.Text, "new direction") && !strings.Contains(a.SourceText, "Lind") {
			t.Errorf("source = %q, want Lind", a.SourceText)
		}
	}
}

func TestTripleMarkClosesSingleThenDouble(t *testing.T) {
	text := "''Part of my job is to say: 'Hey, this man is for real. He is one of us,''' Mr. Holm said of Ms. Lind."
	a := find(t, Extract(text), "Part of my job")
	check(t, a, want{kind: Direct, lemma: "say", source: "Mr. Holm"})
	if !strings.HasSuffix(a.Text, "one of us,'''") {
		t.Errorf("content = %q, want the quote to its closing marks", a.Text)
	}
}

func TestVerbFirstInversionBeforeQuote(t *testing.T) {
	text := "The old home is a museum now. Said Tova Lind, who grew up near the harbor, “We were all so proud of her.”"
	check(t, find(t, Extract(text), "so proud of her"), want{kind: Direct, lemma: "say", source: "Tova Lind", speaker: "Tova Lind"})
	check(t, find(t, Extract("Continued Holm: “So I think it is a real problem.”"), "real problem"), want{kind: Direct, lemma: "continue", source: "Holm"})
}

func TestMonthIsATimeAdjunctBeforeASecondQuote(t *testing.T) {
	text := "“In breaking news,” Lind tweeted last January, “Holm wins the endorsement of his own aide.”"
	a := find(t, Extract(text), "In breaking news")
	check(t, a, want{kind: Direct, lemma: "tweet", source: "Lind"})
	if len(a.Content) != 2 {
		t.Errorf("both quotes are the tweet, got %q", a.Text)
	}
}

func TestClauseSubjectSpeaksBeforeColonQuote(t *testing.T) {
	as := Extract("The talks went on.\n\nThe Bergen board of elections was firm in its findings: “Further talk on this is not needed.”")
	check(t, find(t, as, "Further talk"), want{kind: Direct, source: "The Bergen board of elections"})
	as = Extract("The talks went on.\n\nA lesson from Tova Lind: 'Be the voice that people hear.'")
	check(t, find(t, as, "Be the voice"), want{kind: Direct, source: "Tova Lind"})
}

func TestRelativeSubjectClauseEndsBeforeMainVerb(t *testing.T) {
	as := Extract("Per Holm, who said he was tired, proposes a new plan for the town.")
	a := find(t, as, "he was tired")
	check(t, a, want{lemma: "say", source: "who"})
	if a.Text != "he was tired" {
		t.Errorf("content = %q, want the relative clause only", a.Text)
	}
	check(t, find(t, as, "a new plan"), want{lemma: "propose", speaker: "Per Holm"})
}

func TestNounAfterVerbBeforeColonStaysANoun(t *testing.T) {
	a := find(t, Extract("The vote went on.\n\nTova Lind delivered a snappy retort: “No one is tearing this up.”"), "tearing this up")
	check(t, a, want{kind: Direct, source: "Tova Lind"})
}

func TestAsFrontedClauseAdjunctBeforeQuote(t *testing.T) {
	a := find(t, Extract("As the columnist Ana Roos had written a few years earlier, ''We could not have a town without the dam.''"), "without the dam")
	check(t, a, want{kind: Direct, lemma: "write", source: "the columnist Ana Roos"})
}

func TestQuoteOnlyExclamations(t *testing.T) {
	check(t, find(t, Extract("“Oh, my God,” a young woman exclaimed upon seeing him."), "my God"), want{kind: Direct, lemma: "exclaim", source: "a young woman"})
	check(t, find(t, Extract("“What sport is he talking about?” reacted Holm."), "What sport"), want{kind: Direct, lemma: "react", source: "Holm"})
	none(t, Extract("The choir sang a hymn in Bergen."), "a hymn")
}

func TestNounLikeSFormAfterQuoteAndName(t *testing.T) {
	check(t, find(t, Extract("“I can point to only two gains,” Lind answers."), "two gains"), want{kind: Direct, lemma: "answer", source: "Lind"})
}

func TestSpeechOpeningAReportWithoutThat(t *testing.T) {
	as := Extract("Ana Roos said Per Holm asked for the meeting in Bergen.")
	check(t, find(t, as, "asked for the meeting"), want{lemma: "say", source: "Ana Roos"})
	for _, a := range as {
		if a.CueLemma == "ask" {
			t.Errorf("Holm's asking is what Roos said: %q", a.Text)
		}
	}
}

func TestNestedRelativeSpeechInsideReport(t *testing.T) {
	as := Extract("Ana Roos proposed new rules that would end what she said were harsh school policies in Bergen.")
	for _, a := range as {
		if a.CueLemma == "say" {
			t.Errorf("what she said is part of the proposal: %q\n%s", a.Text, dump(as))
		}
	}
}

func TestSingleQuotedSubheadingIsNoContinuation(t *testing.T) {
	text := "“I am for the dam,” Tova Lind said.\n\n‘A fight from start to finish.’\n\nThe merger was not her idea."
	none(t, Extract(text), "A fight from start")
}

func TestDoubleHyphenAsideBeforeCue(t *testing.T) {
	check(t, find(t, Extract("Per Holm -- a former mayor -- said the plan was dead."), "plan was dead"), want{lemma: "say", source: "Per Holm"})
}

func TestEdAdjectiveAfterDeterminerInMention(t *testing.T) {
	a := find(t, Extract("“The court takes no view on the merits” of the case, the unsigned opinion said."), "no view on the merits")
	check(t, a, want{lemma: "say", source: "the unsigned opinion"})
}

func TestCoordinatedCueAfterAuxiliariesEndsContent(t *testing.T) {
	text := "Tova Lind said that she would visit Bergen in May but did not suggest it would be a long stay."
	a := find(t, Extract(text), "visit Bergen")
	check(t, a, want{lemma: "say", source: "Tova Lind"})
	if got := spanText(text, a.Content[0]); got != "that she would visit Bergen in May" {
		t.Errorf("content = %q, want it to end before the coordinated cue", got)
	}
	// An intention after auxiliaries stays inside: "would probably want".
	text = "Ana Roos said she liked the plan and would probably want to see it built."
	a = find(t, Extract(text), "liked the plan")
	if got := spanText(text, a.Content[0]); got != "she liked the plan and would probably want to see it built" {
		t.Errorf("content = %q, want the whole clause", got)
	}
}

func TestContentInDashedAsideEndsAtClosingDash(t *testing.T) {
	text := "Mayor Ana Roos - who once said she would close the port - told a rally in Bergen that the roads must stay open."
	a := find(t, Extract(text), "close the port")
	if got := spanText(text, a.Content[0]); got != "she would close the port" {
		t.Errorf("content = %q, want it to end at the closing dash", got)
	}
	check(t, find(t, Extract(text), "roads must stay open"), want{lemma: "tell", source: "Mayor Ana Roos"})
}

func TestSubordinateAsideEndsBeforeMainVerb(t *testing.T) {
	text := "Ana Roos, though she praised Per Holm and said the plan was costly, notably stopped short of backing it."
	a := find(t, Extract(text), "plan was costly")
	check(t, a, want{lemma: "say"})
	if got := spanText(text, a.Content[0]); got != "the plan was costly" {
		t.Errorf("content = %q, want it to end before the main verb", got)
	}
}

func TestInterruptedClauseStartsAfterDash(t *testing.T) {
	text := "Ana Roos rebuilt the old harbour in Bergen - and the permit, her office said, had been hard to get."
	a := find(t, Extract(text), "had been hard to get")
	check(t, a, want{lemma: "say", source: "her office"})
	if len(a.Content) != 2 || spanText(text, a.Content[0]) != "the permit" {
		t.Errorf("content = %q, want the interrupted clause from after the dash", a.Text)
	}
}

func TestDespitePhraseStaysInContent(t *testing.T) {
	text := "Tova Lind said that her view of the plan had not changed, despite the long debate in Bergen."
	a := find(t, Extract(text), "had not changed")
	if got := spanText(text, a.Content[0]); got != "that her view of the plan had not changed, despite the long debate in Bergen" {
		t.Errorf("content = %q, want the despite phrase kept", got)
	}
}

func TestExpressedFeelingJoinsTheCue(t *testing.T) {
	text := "Ana Roos expressed concern about the new harbour tax in Bergen."
	as := Extract(text)
	a := find(t, as, "harbour tax")
	check(t, a, want{lemma: "express", source: "Ana Roos"})
	if got := spanText(text, a.Content[0]); got != "the new harbour tax in Bergen" {
		t.Errorf("content = %q, want the object of the feeling's preposition", got)
	}
	if len(as) != 1 {
		t.Errorf("the feeling noun is part of the cue, not a report of its own:\n%s", dump(as))
	}
	// A possessive keeps the whole phrase: "their support for".
	text = "The unions expressed their support for Tova Lind."
	a = find(t, Extract(text), "Tova Lind")
	if got := spanText(text, a.Content[0]); got != "their support for Tova Lind" {
		t.Errorf("content = %q, want the whole phrase", got)
	}
}

func TestGerundAfterAndContinuesObject(t *testing.T) {
	text := "Per Holm blamed the port board for raising fees and making trade harder in Bergen."
	a := find(t, Extract(text), "raising fees")
	if got := spanText(text, a.Content[0]); got != "the port board for raising fees and making trade harder in Bergen" {
		t.Errorf("content = %q, want the coordinated gerund kept", got)
	}
}

func TestSecondInfinitiveAfterAndContinues(t *testing.T) {
	text := "Ana Roos decided to leave the council and seek the mayor's seat in Bergen."
	a := find(t, Extract(text), "leave the council")
	if got := spanText(text, a.Content[0]); got != "to leave the council and seek the mayor's seat in Bergen" {
		t.Errorf("content = %q, want both infinitives", got)
	}
}

func TestTimePhraseBeforeAfterOpensFrontedClause(t *testing.T) {
	text := "One month after announcing her support for the plan, Ana Roos still believes that the harbour tax is unfair."
	as := Extract(text)
	a := find(t, as, "her support for the plan")
	if got := spanText(text, a.Content[0]); got != "her support for the plan" {
		t.Errorf("content = %q, want it to end with the fronted clause", got)
	}
	check(t, find(t, as, "harbour tax is unfair"), want{lemma: "believe", source: "Ana Roos"})
}

func TestFrontedPhraseWithInWhichEndsAtComma(t *testing.T) {
	text := "In a year in which most voters say they distrust the council, even some allies questioned why Tova Lind stayed."
	as := Extract(text)
	a := find(t, as, "distrust the council")
	if got := spanText(text, a.Content[0]); got != "they distrust the council" {
		t.Errorf("content = %q, want it to end with the fronted phrase", got)
	}
}
func TestAdverbAfterHaveJoinsTheCue(t *testing.T) {
	as := Extract("Mrs. Roos has since stressed that she did not sign the contracts. Rival members have long criticized Mr. Lind for backing the toll. The guild has twice complained to the mayor about the use of its seal in ads.")
	check(t, find(t, as, "she did not sign"), want{lemma: "stress", source: "Mrs. Roos"})
	check(t, find(t, as, "Mr. Lind for backing"), want{lemma: "criticize", source: "Rival members"})
	check(t, find(t, as, "the use of its seal"), want{lemma: "complain", source: "The guild"})
	none(t, Extract("Lind gave a long speech and Roos took a long call."), "speech")
}

func TestPollSharesAsSubjects(t *testing.T) {
	as := Extract("By double digits, those surveyed say stricter rules would help the harbor. On fishing, 42% say they are liberal. Nearly a third say they do not know what the levy does.")
	check(t, find(t, as, "stricter rules"), want{lemma: "say", source: "those surveyed"})
	check(t, find(t, as, "they are liberal"), want{lemma: "say", source: "42%"})
	check(t, find(t, as, "they do not know"), want{lemma: "say", source: "Nearly a third"})
}

func TestWhenAskedAsideIsTheQuestion(t *testing.T) {
	as := Extract("“Absolutely,” Roos said when asked whether the bridge would open by spring. Lind laughed when asked by a reporter how the toll would be paid.")
	check(t, find(t, as, "whether the bridge"), want{lemma: "ask"})
	if a := find(t, as, "whether the bridge"); a.SourceText != "" {
		t.Errorf("the question has no speaker: %q", a.SourceText)
	}
	check(t, find(t, as, "how the toll"), want{lemma: "ask", source: "a reporter"})
	check(t, find(t, as, "Absolutely"), want{kind: Direct, source: "Roos"})
}

func TestCallsWithNamedOrPronounObject(t *testing.T) {
	as := Extract("Lind calls Bergen her home town. Roos calls herself a democratic socialist.")
	check(t, find(t, as, "Bergen her home"), want{lemma: "call", source: "Lind"})
	check(t, find(t, as, "herself a democratic"), want{lemma: "call", source: "Roos"})
	none(t, Extract("Democratic calls for a new levy grew louder in Bergen."), "a new levy")
}

func TestCoordinatedPresentClaim(t *testing.T) {
	as := Extract("Some owners seek to be removed from the lists, fearing exposure, and argue that their fortunes are far lower.")
	check(t, find(t, as, "their fortunes are far lower"), want{lemma: "argue", source: "Some owners"})
	none(t, Extract("Lind would sit down with the board and tell them the plan."), "the plan")
}

func TestQuoteOnlyCuePastFormWithThat(t *testing.T) {
	as := Extract("Mrs. Roos maintained that the server was secure. He also stated that the mayor gave money to the fund.")
	check(t, find(t, as, "the server was secure"), want{lemma: "maintain", source: "Mrs. Roos"})
	check(t, find(t, as, "the mayor gave money"), want{lemma: "state", source: "He"})
	none(t, Extract("Lind maintained a lead in the states that vote in March."), "vote in March")
}

func TestBarePluralSubjectAfterComma(t *testing.T) {
	as := Extract("If the rain does not stop, forecasters say the harbor will be full within decades.")
	check(t, find(t, as, "the harbor will be full"), want{lemma: "say", source: "forecasters"})
	none(t, Extract("The mayor, who blocks roads, says little."), "little")
}

func TestLongDashedAsideBeforeCue(t *testing.T) {
	as := Extract("The judge -- who has clashed with the mayor of Bergen for a long time over the toll on the new fjord bridge -- said she regretted her remarks.")
	check(t, find(t, as, "she regretted her remarks"), want{lemma: "say", source: "The judge"})
}

func TestBeInsideDashedAsideIsNoPassive(t *testing.T) {
	as := Extract("The Bergen judge -- who has been in a scuffle with the mayor -- said she regretted her remarks.")
	check(t, find(t, as, "she regretted her remarks"), want{lemma: "say", source: "The Bergen judge"})
	none(t, as, "judge she regretted")
}

func TestProgressiveAfterPronounClitic(t *testing.T) {
	as := Extract("Lind spoke in Bergen on Monday. He’s predicting he will do very well in the next contest.")
	check(t, find(t, as, "he will do very well"), want{lemma: "predict", source: "He’s"})
	none(t, Extract("She’d thinking caps on all day."), "caps")
}

func TestPerfectAfterPronounClitic(t *testing.T) {
	as := Extract("Roos spoke in Bergen on Monday. And she’s predicted big wins in the races ahead.")
	check(t, find(t, as, "big wins in the races"), want{lemma: "predict", source: "she’s"})
}

func TestControlAdjectivesPassTheSubject(t *testing.T) {
	as := Extract("Voters in Bergen are slightly more likely to say that the mayor represents their views. Lind was quick to say the toll would stay.")
	check(t, find(t, as, "the mayor represents"), want{lemma: "say", source: "Voters in Bergen"})
	check(t, find(t, as, "the toll would stay"), want{lemma: "say", source: "Lind"})
}

func TestCoordinatedVerbInsideOpenRelativeClause(t *testing.T) {
	as := Extract("“This is my friend,” Tom told Ana Roos, who answered her door on Sunday and said she planned to vote for Lind.")
	check(t, find(t, as, "she planned to vote"), want{lemma: "say", source: "who"})
	as = Extract("There was talk about Roos, who is the most animated on stage, saying the toll should go.")
	if a := find(t, as, "the toll should go"); a.SourceText == "who" {
		t.Errorf("a closed relative clause lent its pronoun: %s", dump([]Attribution{a}))
	}
}

func TestTitleCaseSubheadingLaterInText(t *testing.T) {
	text := "Bergen vote nears\n\nBy Ana Roos\n\nBERGEN — The council met on Monday.\n\nRoos Thinks Lind Was A Really Effective Mayor\n\nRoos said more on Monday."
	check(t, find(t, Extract(text), "Lind Was A Really"), want{lemma: "think", source: "Roos"})
}

func TestVerblessAsideInsideContent(t *testing.T) {
	as := Extract("Ana Roos said she always treated the photo line as a crucial, although brief, chance to question the mayor.")
	check(t, find(t, as, "chance to question the mayor"), want{lemma: "say", source: "Ana Roos"})
	as = Extract("Lind said the toll will stay, although the council objects.")
	none(t, as, "the council objects")
}

func TestParticipleAsideAfterContentSubject(t *testing.T) {
	as := Extract("The Bergen bureau says fishermen, numbering 7,000 in all, outnumbered farmers in 2015.")
	check(t, find(t, as, "outnumbered farmers"), want{lemma: "say", source: "The Bergen bureau"})
}

func TestBarePluralSubjectOfFindingVerb(t *testing.T) {
	as := Extract("Since the spring, county tallies indicate that voters in Bergen are more diverse than before.")
	check(t, find(t, as, "voters in Bergen are more diverse"), want{lemma: "indicate", source: "county tallies"})
}

func TestJoinedPluralSubject(t *testing.T) {
	as := Extract("Support for Roos is strong among the most active wing of the union, teachers and union officials told the Bergen Times.")
	check(t, find(t, as, "Support for Roos"), want{lemma: "tell", source: "teachers and union officials"})
}

func TestBarePluralSubjectOfAnyCue(t *testing.T) {
	as := Extract("Morale has suffered, employees complain of the mayor's lack of candor.")
	check(t, find(t, as, "lack of candor"), want{lemma: "complain", source: "employees"})
}

func TestBarePluralSubjectAfterSubordinator(t *testing.T) {
	as := Extract("The toll was dropped because emails revealed the fees were set by aides to the mayor.")
	check(t, find(t, as, "the fees were set"), want{lemma: "reveal", source: "emails"})
}

func TestMentionEndingInObjectPronoun(t *testing.T) {
	as := Extract("Despite his stamina on the trail, those around him acknowledge that a bid at his age seems improbable.")
	check(t, find(t, as, "a bid at his age"), want{lemma: "acknowledge", source: "those around him"})
}

func TestSubjectWithRelativeClause(t *testing.T) {
	as := Extract("Lind spoke in Bergen. Officials who are open to reform say the toll will stay.")
	check(t, find(t, as, "the toll will stay"), want{lemma: "say", source: "Officials who are open to reform"})
}

func TestDeterminedMentionEndingInObjectPronoun(t *testing.T) {
	as := Extract("Still, Lind will be rethinking how he treats the council, a source close to him said.")
	check(t, find(t, as, "how he treats the council"), want{lemma: "say", source: "a source close to him"})
}

func TestQuoteOnlyCueSFormAfterNameWithThat(t *testing.T) {
	as := Extract("The suit states that the county should not rule so close to the vote. Lind charges that the guild donated millions to the fund.")
	check(t, find(t, as, "the guild donated"), want{lemma: "charge", source: "Lind"})
	none(t, Extract("Lind won in Southern states that vote early."), "vote early")
}

func TestFrequencyAdverbBeforeCueIsNoSubject(t *testing.T) {
	as := Extract("Roos twice warned that the bridge was unsafe.")
	check(t, find(t, as, "the bridge was unsafe"), want{lemma: "warn", source: "Roos"})
}

func TestShowTitleInSubjectAppositionIsNoQuote(t *testing.T) {
	as := Extract("Tova Lind, host of Bergen Radio’s “Morning Talk,” suggested that the mayor should resign.")
	// The whole mention with its apposition is the source, as PolNeAR
	// marks it; the show's title is no quote of its own.
	check(t, find(t, as, "the mayor should resign"), want{lemma: "suggest", source: "Tova Lind, host of Bergen Radio’s “Morning Talk,”", speaker: "Tova Lind"})
	for _, a := range as {
		if a.Text == "“Morning Talk,”" {
			t.Errorf("the show's title was read as a quote: %s", dump([]Attribution{a}))
		}
	}
	as = Extract("“The bridge will open in May,” Lind said.")
	check(t, find(t, as, "The bridge will open"), want{kind: Direct, lemma: "say", source: "Lind"})
}

func TestQuoteEndsBeforeWritersCoordinatedAct(t *testing.T) {
	as := Extract("At a breakfast, Roos wrote to her followers, “It is time to end his career for good,” and shared a link to her page.")
	check(t, find(t, as, "It is time"), want{kind: Direct, lemma: "write", source: "Roos"})
	none(t, as, "shared a link")
	as = Extract("Lind said: \"Using two accounts was a mistake,\" but in fact Lind used only one account.")
	check(t, find(t, as, "two accounts"), want{kind: Direct, lemma: "say", source: "Lind"})
	none(t, as, "in fact")
}

func TestNounLikeSFormBeforeQuoteIsVerb(t *testing.T) {
	as := Extract("The ad claims “Roos is the mayor you can trust.”")
	check(t, find(t, as, "Roos is the mayor"), want{kind: Direct, lemma: "claim", source: "The ad"})
	as = Extract("The new plans “will not fix the bridge, but are a start,” Tova Lind said.")
	check(t, find(t, as, "will not fix"), want{lemma: "say", source: "Tova Lind"})
}

func TestCallsNameAfterApposition(t *testing.T) {
	as := Extract("Tova Lind, a former aide in the Bergen office, calls Roos \"a mayor with the habits of a fox.\"")
	check(t, find(t, as, "habits of a fox"), want{lemma: "call", source: "Tova Lind, a former aide in the Bergen office"})
}

func TestOpeningParticipleNeedsCommaOutsideQuote(t *testing.T) {
	as := Extract("Responding to the remarks, Roos said: \"Well, I think that is tough.\"")
	check(t, find(t, as, "I think that is tough"), want{kind: Direct, lemma: "say", source: "Roos"})
	none(t, as, "Roos said: \"Well")
}

func TestQuoteSignedByDashLine(t *testing.T) {
	as := Extract("\"We are worried about the future of our kids, and yet new income goes to the top.\"\n\n- Ana Roos.\n\n\"Great speech. She is ready.\"\n\n-Mayor Tova Lind, tweeting after the speech.\n")
	check(t, find(t, as, "worried about the future"), want{kind: Direct, source: "Ana Roos"})
	check(t, find(t, as, "Great speech"), want{kind: Direct, source: "Mayor Tova Lind"})
	as = Extract("\"Fine,\" he said.\n\n- Not that he cared.\n")
	check(t, find(t, as, "Fine"), want{kind: Direct, lemma: "say", source: "he"})
}

func TestInfinitiveInsideDashedAsideKeepsCue(t *testing.T) {
	as := Extract("A former candidate -- Tova Lind, who lost the race to Roos -- said the mayor \"offered no changes.\"")
	check(t, find(t, as, "offered no changes"), want{lemma: "say", source: "A former candidate"})
	check(t, find(t, Extract("Roos urged Lind to say the toll was fair."), "the toll was fair"), want{lemma: "urge", source: "Roos"})
}

func TestCueLeftWithOnlyConnectiveIsDropped(t *testing.T) {
	as := Extract("Roos exclaimed and asked the crowd to welcome the mayor - \"my friend Tova.\"")
	check(t, find(t, as, "welcome the mayor"), want{lemma: "ask", source: "Roos"})
	for _, a := range as {
		if a.Text == "and" {
			t.Errorf("content is only a connective: %+v", a)
		}
	}
}

func TestQuoteOnlyCuesOfManner(t *testing.T) {
	as := Extract("“Bergen will always be Bergen,” an angry Lind retaliated.\n\nRoos then leaned in and boomed: “Let us win in November.”\n")
	check(t, find(t, as, "always be Bergen"), want{kind: Direct, lemma: "retaliate", source: "an angry Lind"})
	check(t, find(t, as, "Let us win"), want{kind: Direct, lemma: "boom", source: "Roos"})
	none(t, Extract("The officials cracked down on dissent in Bergen."), "down on dissent")
}

func TestVocalParticipleBeforeQuote(t *testing.T) {
	as := Extract("Bergen was on their minds, with marchers chanting \"We are Bergen.\"")
	check(t, find(t, as, "We are Bergen"), want{kind: Direct, lemma: "chant", source: "marchers"})
	none(t, Extract("Roos ran an ad praising Lind for seeking \"fair tolls\" in Bergen."), "fair tolls")
}
func TestParticipleWithAgentIsNoReport(t *testing.T) {
	none(t, Extract("The council fought the tolls proposed by the mayor of Bergen."), "by the mayor")
	none(t, Extract("Rebel groups backed by Bergen have little choice."), "by Bergen")
	as := Extract("Tova Lind concluded by saying that the bridge was unsafe.")
	if len(as) == 0 {
		t.Fatal("no attribution for 'concluded by saying'")
	}
}

func TestShowUpIsNoReport(t *testing.T) {
	none(t, Extract("Hundreds of voters showed up at the hall in Bergen to hear Lind."), "at the hall")
}

func TestNameEndingSentenceAfterAsideIsSpeaker(t *testing.T) {
	as := Extract("Roos lacks support from the council, whom she has alienated with her rhetoric, said Per Holm, a professor at Bergen University.")
	check(t, find(t, as, "Roos lacks support"), want{lemma: "say", source: "Per Holm, a professor at Bergen University"})
	as = Extract("Ana Roos, who studies tax policy in Bergen, said Lind's statement did not settle the matter.")
	check(t, find(t, as, "did not settle"), want{lemma: "say", source: "Ana Roos, who studies tax policy in Bergen"})
}

func TestAsideEndingInShortQuoteBelongsToSubject(t *testing.T) {
	as := Extract("Per Holm, host of Bergen Radio’s “Morning Talk,” suggested that the mayor’s refusal to resign could end her career.")
	check(t, find(t, as, "the mayor’s refusal"), want{lemma: "suggest", source: "Per Holm, host of Bergen Radio’s “Morning Talk,”"})
	as = Extract("Tova Lind, who owns a “bakery,” said she doesn’t believe the plan requires a vote.")
	check(t, find(t, as, "the plan requires a vote"), want{lemma: "say", source: "Tova Lind, who owns a “bakery,”"})
	as = Extract("The plan was “a disgrace,” said the mayor.")
	check(t, find(t, as, "a disgrace"), want{lemma: "say", source: "the mayor"})
}

func TestIrregularPluralSubject(t *testing.T) {
	as := Extract("Skating is allowed in the park, but the women say officers still watch the area.")
	check(t, find(t, as, "officers still watch"), want{lemma: "say", source: "the women"})
}

func TestSubjectRelativeContentEndsAtMainVerb(t *testing.T) {
	as := Extract("Council members who have praised the bridge warned on Tuesday that the toll may rise.")
	check(t, find(t, as, "the bridge"), want{lemma: "praise", source: "who"})
	none(t, as, "the bridge warned")
	as = Extract("Voters who say the toll is too high were evenly divided between Lind and Roos.")
	none(t, as, "were evenly divided")
	as = Extract("Voters who say they would be angry if the toll rose want a vote.")
	check(t, find(t, as, "if the toll rose"), want{lemma: "say", source: "who"})
}

func TestStandingInPollsAtLargeIsNoFinding(t *testing.T) {
	none(t, Extract("A string of errors has handed Lind a wide lead in the polls."), "wide lead")
	as := Extract("Lind leads Roos by nine points in a new Bergen Times poll.")
	check(t, find(t, as, "Lind leads Roos"), want{lemma: "in", source: "a new Bergen Times poll"})
}

func TestFindingVerbAgreesWithNounBeforeThat(t *testing.T) {
	as := Extract("City records show that the council spent $5 million on the bridge.")
	check(t, find(t, as, "the council spent"), want{lemma: "show", source: "City records"})
	as = Extract("Their experience shows that cutting the toll remains hard.")
	check(t, find(t, as, "cutting the toll"), want{lemma: "show", source: "Their experience"})
}

func TestPollSubjectWithParticipleShows(t *testing.T) {
	as := Extract("New polls released Sunday showed Lind taking a lead in the race.")
	check(t, find(t, as, "Lind taking a lead"), want{lemma: "show"})
}

func TestRecordsShowAsSubject(t *testing.T) {
	as := Extract("Per Holm has given $3,000 to the mayor since 2010, county records show.")
	check(t, find(t, as, "Per Holm has given"), want{lemma: "show", source: "county records"})
	none(t, Extract("Roos filed a response in court documents."), "Roos filed")
}

func TestFoundAfterLongPollSubject(t *testing.T) {
	as := Extract("A survey by the group in March found Lind with a lead of 48 percent to 41 percent.")
	check(t, find(t, as, "Lind with a lead"), want{lemma: "find", source: "A survey by the group in March"})
	none(t, Extract("After the vote in the county, Lind found a way to win."), "a way to win")
}

func TestShowsAfterPollSubjectWithModifiers(t *testing.T) {
	as := Extract("A Bergen Times poll of the county shows Lind with a 16-point lead.")
	check(t, find(t, as, "Lind with a 16-point lead"), want{lemma: "show", source: "A Bergen Times poll of the county"})
	none(t, Extract("The town hosts game shows every summer."), "every summer")
}

func TestFindingParticipleAfterPoll(t *testing.T) {
	as := Extract("Lind will need their votes, with recent polls showing a tightening of the race.")
	check(t, find(t, as, "a tightening of the race"), want{lemma: "show"})
	as = Extract("Despite polls showing her well behind, Lind campaigned hard in Bergen.")
	check(t, find(t, as, "her well behind"), want{lemma: "show"})
	none(t, as, "campaigned hard")
}

func TestSeemWithAdjectiveComplement(t *testing.T) {
	as := Extract("But Lind seemed rattled by attacks from Roos at the final debate.")
	check(t, find(t, as, "rattled by attacks"), want{lemma: "seem"})
	as = Extract("Nothing about the plan seems credible to me.")
	check(t, find(t, as, "credible"), want{lemma: "seem", source: "me"})
	none(t, Extract("Lind appeared on the radio with Roos on Monday."), "the radio")
	none(t, Extract("As Lind appears set to veto the bill, Roos is furious."), "set to veto")
}

func TestReportedlyReportsItsClause(t *testing.T) {
	as := Extract("The Bergen Club is reportedly spending $1.5 million on ads ahead of the vote.")
	a := find(t, as, "spending $1.5 million")
	check(t, a, want{lemma: "reportedly"})
	if a.SourceText != "" {
		t.Errorf("source = %q, want none", a.SourceText)
	}
}

func TestHopesAfterNameBeforeInfinitive(t *testing.T) {
	as := Extract("In Bergen, Lind hopes to make a statement in the race.")
	check(t, find(t, as, "to make a statement"), want{lemma: "hope", source: "Lind"})
	as = Extract("Holm hopes Lind and Roos do not make the same mistake.")
	check(t, find(t, as, "do not make the same mistake"), want{lemma: "hope", source: "Holm"})
	none(t, Extract("Republican hopes of a quick win in Bergen faded."), "a quick win")
}

func TestCallsForAfterNameAndClaimsThatAfterNoun(t *testing.T) {
	as := Extract("Lind calls for a ban on tolls in Bergen.")
	check(t, find(t, as, "a ban on tolls"), want{lemma: "call", source: "Lind"})
	as = Extract("The ad claims that Lind is the one to trust.")
	check(t, find(t, as, "Lind is the one"), want{lemma: "claim", source: "The ad"})
	none(t, Extract("The 50 states that voted were counted."), "voted")
}

func TestSpokeOnConditionOfAnonymityIsNoTopic(t *testing.T) {
	none(t, Extract("The aide, who spoke on the condition of anonymity, left Bergen."), "condition of anonymity")
	none(t, Extract("Holm spoke on behalf of Lind at the convention."), "behalf of Lind")
	as := Extract("Lind spoke about the bridge in Bergen.")
	check(t, find(t, as, "the bridge"), want{lemma: "speak", source: "Lind"})
}

func TestAllegianceRelativeDescribes(t *testing.T) {
	none(t, Extract("Per Holm, who backs Lind, warned of a long fight in Bergen."), "Lind, warned")
	none(t, Extract("Ana Roos, the teacher who is challenging Lind in Bergen, spoke first."), "Lind in Bergen")
	as := Extract("Holm backed Lind in the Bergen race.")
	check(t, find(t, as, "Lind"), want{lemma: "back", source: "Holm"})
}

func TestWhoseClauseInSubject(t *testing.T) {
	as := Extract("The officials whose laws have been struck down say the change came from the courts.")
	check(t, find(t, as, "the change came"), want{lemma: "say", source: "The officials whose laws have been struck down"})
}

func TestPlaceAdverbClosesSubject(t *testing.T) {
	as := Extract("Residents there say the bridge in Bergen is unsafe.")
	check(t, find(t, as, "the bridge in Bergen is unsafe"), want{lemma: "say", source: "Residents"})
}

func TestRaisingInRelativeClauseStartsAtPronoun(t *testing.T) {
	as := Extract("The group backs delegates who are expected to support Lind at the convention.")
	a := find(t, as, "to support Lind")
	if strings.Contains(a.Text, "The group") {
		t.Errorf("content %q runs back past the relative pronoun", a.Text)
	}
}

func TestVideoShows(t *testing.T) {
	as := Extract("A video of the episode shows her clutching her phone in Bergen.")
	check(t, find(t, as, "her clutching her phone"), want{lemma: "show", source: "A video of the episode"})
}

func TestExpectedPassiveWithAdverbOrModal(t *testing.T) {
	as := Extract("Ana Roos is widely expected to win the Bergen race.")
	check(t, find(t, as, "to win the Bergen race"), want{lemma: "expect"})
	as = Extract("Tova Lind had been expected to visit Bergen next week.")
	check(t, find(t, as, "to visit Bergen"), want{lemma: "expect"})
	as = Extract("Lind isn't expected to attend the Bergen dinner.")
	check(t, find(t, as, "to attend the Bergen dinner"), want{lemma: "expect"})
}

func TestRaisingSubjectBeforeAside(t *testing.T) {
	as := Extract("The Bergen council, which has held rates low since 2008, is expected to act at its final meeting.")
	a := find(t, as, "to act at its final meeting")
	check(t, a, want{lemma: "expect"})
	if !strings.Contains(a.Text, "The Bergen council") {
		t.Errorf("content %q misses the subject before the aside", a.Text)
	}
}

func TestPassiveConsideredViewedRegarded(t *testing.T) {
	as := Extract("Ana Roos is widely viewed as a rival to Lind in Bergen.")
	check(t, find(t, as, "a rival to Lind"), want{lemma: "view"})
	as = Extract("The Bergen union is considered one of the most liberal in the region.")
	check(t, find(t, as, "one of the most liberal"), want{lemma: "consider"})
	none(t, Extract("Tova Lind considered a run in Bergen."), "a run")
	none(t, Extract("The council viewed the site in Bergen."), "the site")
}

func TestPassiveSaidReportedProjectedTo(t *testing.T) {
	as := Extract("Ana Roos is said to favor the Bergen plan.")
	check(t, find(t, as, "to favor the Bergen plan"), want{lemma: "say"})
	as = Extract("The Bergen deficit is projected to reach a record.")
	check(t, find(t, as, "to reach a record"), want{lemma: "project"})
	as = Extract("Lind said the plan would fail in Bergen.")
	check(t, find(t, as, "the plan would fail"), want{lemma: "say", source: "Lind"})
}
func TestSenderOfStatementParticiple(t *testing.T) {
	as := Extract("The council released a statement Tuesday saying the bridge “will reopen soon,” and welcomed visitors.")
	check(t, find(t, as, "the bridge"), want{lemma: "say", source: "The council"})
	as = Extract("Tova Lind, the mayor of Bergen, issued a statement on Friday urging residents to stay indoors.")
	check(t, find(t, as, "stay indoors"), want{lemma: "urge", source: "Tova Lind"})
	as = Extract("Lind cited a statement from Roos saying the dam was safe.")
	for _, a := range as {
		if a.CueLemma == "say" && a.SourceText == "Lind" {
			t.Errorf("a statement not issued was read as sent: %s", dump([]Attribution{a}))
		}
	}
}

func TestBaseFormAfterQuoteAndPluralSubject(t *testing.T) {
	as := Extract("“The river is rising faster than ever,” the engineers state in the report.")
	check(t, find(t, as, "The river is rising"), want{kind: Direct, lemma: "state", source: "the engineers"})
	none(t, Extract("Lind toured the northern states in May."), "in May")
}

func TestInvertedSubjectWithRelativeClause(t *testing.T) {
	as := Extract("“The river is rising,” said a Bergen official who was not authorized to speak publicly on the issue.")
	check(t, find(t, as, "The river is rising"), want{kind: Direct, lemma: "say", source: "a Bergen official who was not authorized to speak publicly on the issue"})
	as = Extract("“The river is rising,” said an engineer who asked not to be named.")
	check(t, find(t, as, "The river is rising"), want{kind: Direct, lemma: "say", source: "an engineer who asked not to be named"})
}

func TestColonQuoteAfterPredicateEndingInTimeWord(t *testing.T) {
	as := Extract("Lind then addressed the supporters again: “Here is what I regret.”")
	check(t, find(t, as, "Here is what I regret"), want{kind: Direct, source: "Lind"})
	for _, a := range Extract("On Monday: “Here is what I regret.”") {
		if a.SourceText != "" {
			t.Errorf("a time phrase read as a source: %s", dump([]Attribution{a}))
		}
	}
}

func TestNamingCueEndsAtEpithet(t *testing.T) {
	as := Extract("Lind called him a “moderate,” a subtle dig at a candidate who came into office as a reformer.")
	if a := find(t, as, "moderate"); !strings.HasSuffix(a.Text, "“moderate,”") {
		t.Errorf("want the content to end at the name: %s", dump([]Attribution{a}))
	}
	as = Extract("Roos has called the dam “unsafe,” and her office has made an effort to close it.")
	if a := find(t, as, "unsafe"); !strings.HasSuffix(a.Text, "“unsafe,”") {
		t.Errorf("want the content to end at the name: %s", dump([]Attribution{a}))
	}
	as = Extract("Holm called Lind a “nasty person,” an “outsider” and “unstable.”")
	if a := find(t, as, "nasty person"); !strings.Contains(a.Text, "unstable") {
		t.Errorf("a list of names was cut: %s", dump([]Attribution{a}))
	}
}

func TestNamingCueEndsAtEpithetBeforeAnotherAct(t *testing.T) {
	as := Extract("His golden head speaks from a giant bill, calling them “crooks” and bragging about the wall.")
	if a := find(t, as, "crooks"); !strings.HasSuffix(a.Text, "“crooks”") {
		t.Errorf("want the content to end at the name: %s", dump([]Attribution{a}))
	}
	as = Extract("Holm called it “meritless” and “improper” on Monday.")
	if a := find(t, as, "meritless"); !strings.Contains(a.Text, "improper") {
		t.Errorf("a pair of names was cut: %s", dump([]Attribution{a}))
	}
}

func TestAbsoluteSpeakerInsideReportedContent(t *testing.T) {
	as := Extract("Some who agree that the dam should be closed were irritated about the lack of detail, with Senator Tova Lind calling it a “Chinese menu.”")
	found := false
	for _, a := range as {
		if a.CueText == "calling" {
			found = true
			check(t, a, want{source: "Senator Tova Lind"})
		}
	}
	if !found {
		t.Errorf("the absolute phrase's own speaker was lost: %s", dump(as))
	}
}

func TestReferAsEndsAtEpithet(t *testing.T) {
	as := Extract("Roos refers to the candidate as “Mr. Holm,” a habit of hers.")
	if a := find(t, as, "Mr. Holm"); !strings.HasSuffix(a.Text, "“Mr. Holm,”") {
		t.Errorf("want the content to end at the name: %s", dump([]Attribution{a}))
	}
}

func TestQuoteIntroducedWithoutSpeechVerb(t *testing.T) {
	as := Extract("Hours after the flood, Ana Roos issued a statement, “We will rebuild the dam before the winter comes.”")
	check(t, find(t, as, "rebuild the dam"), want{kind: Direct, source: "Ana Roos"})
	as = Extract("When Holm noted the delay, Lind boasted, “That makes me fast.”")
	check(t, find(t, as, "makes me fast"), want{kind: Direct, source: "Lind"})
	as = Extract("A footnote in the audit makes that clear: “These figures do not cover the valley offices.”")
	check(t, find(t, as, "do not cover"), want{kind: Direct})
	// A slogan or title after a comma is no one's speech.
	none(t, Extract("The farmers wore caps with the mayor's slogan, “Make Bergen Great Again.”"), "Make Bergen")
}

func TestSaidByTelephoneIsNoAgent(t *testing.T) {
	as := Extract("“The dam will hold,” Ms. Vik said by telephone. “We checked it twice this spring.”")
	a := find(t, as, "dam will hold")
	check(t, a, want{kind: Direct, lemma: "say", source: "Ms. Vik"})
	if len(a.Content) != 2 {
		t.Errorf("want the following quote too: %s", dump(as))
	}
}

func TestQuoteThenSpeakerWithUnlistedVerb(t *testing.T) {
	as := Extract("“If they cared about the dam, they would have fixed it by now,” Holm fumed on Tuesday. “That would have shown good faith.”")
	a := find(t, as, "cared about the dam")
	check(t, a, want{kind: Direct, source: "Holm"})
	if len(a.Content) != 2 {
		t.Errorf("want the following quote too: %s", dump(as))
	}
	check(t, find(t, Extract("“This is a great day!” beamed Ana Roos of Bergen."), "great day"), want{kind: Direct, source: "Ana Roos of Bergen"})
	check(t, find(t, Extract("“They know Lind is strong enough to win,” a voice-over in the ad states."), "strong enough"), want{kind: Direct, source: "a voice-over in the ad"})
	// A title is not a quote: “The Long Road,” a film by Holm, opened.
	none(t, Extract("“The Long Road Home,” Holm's new film, opened in Bergen."), "Long Road")
}

func TestIntroducedQuoteAfterAnEarlierScareQuote(t *testing.T) {
	as := Extract("The Bergen Post counts how many people the “assault boats” carried: “In taking the harbor in one night, the smugglers showed how fast such boats are.”")
	check(t, find(t, as, "taking the harbor"), want{kind: Direct, source: "The Bergen Post"})
}

func TestShortCryThenSpeaker(t *testing.T) {
	check(t, find(t, Extract("“Never!” the crowd roared back at Ana Roos."), "Never!"), want{kind: Direct, source: "the crowd"})
	none(t, Extract("“Harbor,” the new film by Holm, opened."), "Harbor")
}

func TestQuoteThenSpeakerWithAuxiliaries(t *testing.T) {
	as := Extract("“Should there be a toll on the new bridge over the fjord?” a reporter can be heard asking Holm after the meeting.")
	a := find(t, as, "toll on the new bridge")
	check(t, a, want{kind: Direct, source: "a reporter"})
	if a.CueText != "can be heard" {
		t.Errorf("cue = %q, want the verb with its auxiliaries", a.CueText)
	}
}

func TestCapitalisedPronounAfterQuestionOpensSentence(t *testing.T) {
	text := "Ida Lind asked: “Why close the port now?” Her critics cited the question as proof of panic."
	a := find(t, Extract(text), "Why close the port")
	if strings.Contains(a.Text, "critics") {
		t.Errorf("the quote should end at its question mark: %s", dump([]Attribution{a}))
	}
}

func TestWholeUtteranceEndsAtItsClosingMark(t *testing.T) {
	text := "The dockworkers chanted “Open the gates!” as the mayor left the hall."
	a := find(t, Extract(text), "Open the gates")
	if got := spanText(text, a.Content[0]); got != "“Open the gates!”" {
		t.Errorf("content = %q, want the chant only", got)
	}
}

func TestWritersCommentAfterQuotedWordsIsNoContent(t *testing.T) {
	text := "Ida Lind said the new levy was \"slightly unfair\" to fishermen, a remark her rivals quickly seized on."
	a := find(t, Extract(text), "slightly unfair")
	if got := spanText(text, a.Content[0]); got != "the new levy was \"slightly unfair\" to fishermen" {
		t.Errorf("content = %q, want it to end before the writer's comment", got)
	}
}

func TestComparedAfterQuoteContinuesTheClause(t *testing.T) {
	text := "Ida Lind told the board that the levy was “a rounding error,” compared to what the port had lost."
	a := find(t, Extract(text), "a rounding error")
	if !strings.Contains(a.Text, "what the port had lost") {
		t.Errorf("the comparison is part of what she said: %s", dump([]Attribution{a}))
	}
}

func TestWordsBeforeAFinalQuoteAreNoContent(t *testing.T) {
	text := "Ida Lind told the visiting students simply, “Work harder than I did.”"
	a := find(t, Extract(text), "Work harder")
	check(t, a, want{kind: Direct, lemma: "tell", to: "the visiting students"})
	if got := spanText(text, a.Content[0]); got != "“Work harder than I did.”" {
		t.Errorf("content = %q, want the quote only", got)
	}
}

func TestDescriptionAfterQuotedTitleIsNoContent(t *testing.T) {
	text := "Ida Lind published “Salt and Stone,” a memoir of her years at the Bergen port."
	a := find(t, Extract(text), "Salt and Stone")
	if got := spanText(text, a.Content[0]); got != "“Salt and Stone,”" {
		t.Errorf("content = %q, want the title only", got)
	}
}

func TestQuoteInsideParticipleClauseIsNotTheVoice(t *testing.T) {
	text := "“The port must close,” Ida Lind wrote, arguing that if the council waited, “the fishermen will pay.”"
	a := find(t, Extract(text), "The port must close")
	if len(a.Content) != 1 {
		t.Errorf("the second quote sits in the participle's clause: %s", dump([]Attribution{a}))
	}
}

func TestPlanBetweenQuotesKeepsTheVoice(t *testing.T) {
	text := "“The harbor is safe,” said Ida Lind, a ferry captain from Bergen. A veteran of the strike, she plans to vote for Maas in the spring. “He kept his word to us.”"
	a := find(t, Extract(text), "The harbor is safe")
	if len(a.Content) != 2 {
		t.Errorf("the second quote continues the captain's voice: %s", dump(Extract(text)))
	}
}

func TestQuotedTermOpeningWritersSentenceIsNoVoice(t *testing.T) {
	text := "“Then slow-walk it until spring,” Ida Lind wrote during the talks. “Slow-walk” is a harbor term for a deliberate delay."
	a := find(t, Extract(text), "Then slow-walk it")
	if len(a.Content) != 1 {
		t.Errorf("the writer's sentence defining a quoted term is not hers: %s", dump([]Attribution{a}))
	}
}

func TestWordsBeforeAColonQuoteAreNoContent(t *testing.T) {
	text := "Ida Lind said at every stop on the coast the same words: “This port is ours.”"
	a := find(t, Extract(text), "This port is ours")
	if got := spanText(text, a.Content[0]); got != "“This port is ours.”" {
		t.Errorf("content = %q, want the quote only", got)
	}
}

func TestDocumentPhraseBeforeNamedReporter(t *testing.T) {
	text := "In a report sent to donors on Friday, harbour board chair Ivo Stenmark acknowledged that the dredging plan had stalled."
	check(t, find(t, Extract(text), "dredging plan had stalled"), want{lemma: "acknowledge", source: "harbour board chair Ivo Stenmark"})
	text = "In a study released Monday, 41 percent of ferry riders said the fares were too high."
	check(t, find(t, Extract(text), "fares were too high"), want{lemma: "in", source: "a study released Monday"})
}

func TestClosedRelativeLendsNoParticipleSubject(t *testing.T) {
	text := "Mayor Ida Lind, who has both praised the ferry union and criticized its leaders, offered a cautious welcome on Monday, stressing that the harbour would stay open."
	check(t, find(t, Extract(text), "harbour would stay open"), want{lemma: "stress", source: "Mayor Ida Lind"})
	text = "The council has hired an inspector who reports to the mayor, and called for a review of the harbour fees."
	check(t, find(t, Extract(text), "review of the harbour fees"), want{lemma: "call", source: "The council"})
}

func TestNoInversionAfterObjectVerb(t *testing.T) {
	as := Extract("Lind’s two main rivals, Sens. Per Holm of Vik and Ola Berg of Bergen, have both urged the harbour board to release the accounts.")
	for _, a := range as {
		if a.SourceText == "the harbour board" {
			t.Errorf("the object of a verb that is no saying is read as an inverted speaker:\n%s", dump(as))
		}
	}
}

func TestInHopesBelongsToClauseSubject(t *testing.T) {
	text := "Ahead of the vote, Lind met with dock workers and spoke briefly with union chief Per Holm in hopes of persuading him to drop the strike."
	check(t, find(t, Extract(text), "persuading him to drop"), want{source: "Lind"})
	text = "He has carefully courted supporters of Holm and Ola Berg in hopes that the two newcomers will fade."
	check(t, find(t, Extract(text), "two newcomers will fade"), want{source: "He"})
	none(t, Extract("Ida Lind compared Holm to a skipper who is bullying the crew in hopes that the harbour board will relent."), "harbour board will relent")
}

func TestParticiplePhraseWithRelativeBeforeSubject(t *testing.T) {
	text := "Rallying dozens of ferry workers who are struggling to pay rent, Mayor Ida Lind listened to their stories and promised to cut the fares."
	check(t, find(t, Extract(text), "to cut the fares"), want{source: "Mayor Ida Lind"})
}

func TestExpletiveContractionIsNoSpeaker(t *testing.T) {
	as := Extract("It’s a bold plan to win the harbour towns while promising lower fares to the islands.")
	for _, a := range as {
		if a.SourceText == "It’s" {
			t.Errorf("an expletive contraction is read as a speaker:\n%s", dump(as))
		}
	}
}

func TestOpeningPhraseWithRelativeVerb(t *testing.T) {
	text := "Amid calls from some to publish a list that would name the strikers, union chief Per Holm issued a defence of the plan, saying it was needed to protect members."
	check(t, find(t, Extract(text), "needed to protect members"), want{lemma: "say", source: "union chief Per Holm"})
}

func TestNameEndingInIngIsNoOpener(t *testing.T) {
	text := "Ebeling reminisced about her years on the ferry crews with Lind, and said their views were both changed by the strike."
	check(t, find(t, Extract(text), "views were both changed"), want{lemma: "say", source: "Ebeling"})
}

func TestAccusedOfNamesTheAccused(t *testing.T) {
	for _, c := range []struct{ text, sub string }{
		{"Harbour Chief Accused Of Hiding Ferry Losses From Board.", "Hiding Ferry Losses"},
		{"The clerk accused of forging the ferry permits will stay in custody until the trial.", "forging the ferry permits"},
	} {
		a := find(t, Extract(c.text), c.sub)
		if a.Source != nil || a.CueLemma != "accuse" {
			t.Errorf("%q: cue %q source %q, want accuse with no source (the accused is not the accuser)", c.text, a.CueLemma, a.SourceText)
		}
	}
}

func TestColonQuoteSubjectWithPrepositionalPhrase(t *testing.T) {
	text := "Likewise, a study from the left-leaning Harbour Institute had this to say about his ferry plan: “Riders in the north would pay more than riders in the south.”"
	check(t, find(t, Extract(text), "Riders in the north"), want{source: "a study from the left-leaning Harbour Institute"})
	text = "As if answering the mayor directly, the Bergen Board of Harbours was firm in its findings: “Further delay is not needed.”"
	check(t, find(t, Extract(text), "Further delay"), want{source: "the Bergen Board of Harbours"})
}

func TestColonQuoteSubjectAfterAppositionOrPhrase(t *testing.T) {
	text := "Bergen Mayor Ida Lind, D-Vik, delivered a blunt message to Holm: “It is time to quit the talks.”"
	check(t, find(t, Extract(text), "time to quit the talks"), want{source: "Bergen Mayor Ida Lind, D-Vik"})
	text = "But back on home soil, she returned to her familiar lines: “No new taxes for the harbour towns.”"
	check(t, find(t, Extract(text), "No new taxes"), want{source: "she"})
}

func TestAsNamePutItWithTitledAside(t *testing.T) {
	text := "As Ola Berg, professor of harbour law at Vik and author of “The Unwritten Harbour,” put it, “The board should remember that a deal today may be far better.”"
	a := find(t, Extract(text), "board should remember")
	check(t, a, want{kind: Direct, source: "Ola Berg"})
}

func TestParticipleAfterPrepositionObject(t *testing.T) {
	text := "One risk is that Lind could be met by a chorus of union leaders urging her to drop the ferry plan."
	check(t, find(t, Extract(text), "to drop the ferry plan"), want{lemma: "urge", source: "a chorus of union leaders"})
	text = "The harbour columnist Per Holm will be interviewed about Mayor Ida Lind calling the dam a disgrace."
	check(t, find(t, Extract(text), "the dam a disgrace"), want{source: "Mayor Ida Lind"})
}

func TestParticipleAfterLongPossessorNoun(t *testing.T) {
	text := "The Lind campaign pushed back against Mr. Holm's attack on her record, calling it the mark of a desperate rival."
	check(t, find(t, Extract(text), "mark of a desperate rival"), want{lemma: "call", source: "The Lind campaign"})
}

func TestControlVerbPassesSubjectToInfinitiveCue(t *testing.T) {
	as := Extract("Mayor Ida Lind has begun to rebut the auditors' findings.")
	check(t, find(t, as, "auditors' findings"), want{source: "Mayor Ida Lind"})
	as = Extract("Senator Tom Berg has yet to endorse the dam levy.")
	check(t, find(t, as, "the dam levy"), want{source: "Senator Tom Berg"})
	as = Extract("Ruth Kell failed to mention the second flood at the hearing.")
	check(t, find(t, as, "the second flood"), want{source: "Ruth Kell"})
}

func TestRestrictiveThatRelativeReportsNothing(t *testing.T) {
	text := "The levy expanded the dam repairs that Mayor Ida Lind demanded."
	for _, a := range Extract(text) {
		if a.CueText == "demanded" {
			t.Errorf("a restrictive relative named a thing, no report: %s", dump([]Attribution{a}))
		}
	}
	// A relative set off by a comma still reports the pronoun.
	as := Extract("The levy paid for the dam repairs, which Mayor Ida Lind demanded.")
	check(t, find(t, as, "which"), want{source: "Mayor Ida Lind"})
}

func TestCueInsideLaterSpeechIsReported(t *testing.T) {
	text := "Mayor Ida Lind plans to run for the dam board again, her aides say."
	as := Extract(text)
	check(t, find(t, as, "to run for the dam board"), want{lemma: "say", source: "her aides"})
	for _, a := range as {
		if a.CueText == "plans" {
			t.Errorf("the plan is what the aides report, not a claim of its own: %s", dump(as))
		}
	}
}

func TestOneSpeakerForTheSameContent(t *testing.T) {
	text := "Mayor Tom Berg acknowledged that the fees could be termed \"influence peddling,\" the Courier reported."
	as := Extract(text)
	n := 0
	for _, a := range as {
		if strings.Contains(a.Text, "influence peddling") {
			n++
			check(t, a, want{lemma: "report", source: "the Courier"})
		}
	}
	if n != 1 {
		t.Errorf("want one attribution of the content, got %d:\n%s", n, dump(as))
	}
}

func TestNoSpeakerNoReportBeforeCue(t *testing.T) {
	text := "Many river towns are already doing so, thanks to the new dam levy."
	for _, a := range Extract(text) {
		if strings.Contains(a.Text, "river towns") {
			t.Errorf("no one says the words before a cue with no speaker: %s", dump([]Attribution{a}))
		}
	}
	// A speaker after the cue still takes them: "C, said X".
	as := Extract("The levy will pass in May, said Mayor Ida Lind.")
	check(t, find(t, as, "levy will pass"), want{source: "Mayor Ida Lind"})
}

func TestLeadClauseEndsAfterSubjectApposition(t *testing.T) {
	text := "When the agency director, Tom Berg, said that his staff had no evidence of a breach, both experts and investigators understood his meaning."
	a := find(t, Extract(text), "no evidence of a breach")
	if got := a.Text; got != "that his staff had no evidence of a breach" {
		t.Errorf("content = %q, want the leading clause's report only", got)
	}
}

func TestIntroducedQuoteNotAfterCopulaOrVerbFirstSubject(t *testing.T) {
	none(t, Extract("The question on the ballot will be: “Should the town approve the new dam across the fjord?”"), "approve the new dam")
	as := Extract("“The old maps did not match the real borders of the farm,” state prosecutor Ana Roos told Bergen Radio.")
	check(t, find(t, as, "old maps"), want{kind: Direct, lemma: "tell", source: "state prosecutor Ana Roos"})
}

func TestStateBeforeTitleIsNoCue(t *testing.T) {
	as := Extract("“We are tying their hands on the dam,” state Sen. Ana Roos (D) said during the debate.")
	check(t, find(t, as, "tying their hands"), want{kind: Direct, lemma: "say", source: "state Sen. Ana Roos (D)"})
}

func TestRelativeCallsBeforeQuotedName(t *testing.T) {
	as := Extract("Flood control is tied to the party, a policy which historian Ana Roos calls “a pillar of our valley culture.”")
	check(t, find(t, as, "pillar of our valley"), want{lemma: "call", source: "historian Ana Roos"})
}

func TestAskedAddresseeBeforeQuoteIsNoContent(t *testing.T) {
	text := "Ida Lind asked the restless crowd, “Who will pay for the new pier?”"
	a := find(t, Extract(text), "Who will pay")
	if got := spanText(text, a.Content[0]); got != "“Who will pay for the new pier?”" {
		t.Errorf("content = %q, want the question only", got)
	}
}

func TestFrontedClauseKeepsItsQuotedList(t *testing.T) {
	text := "Although Lind says she \"loves Bergen,\" and \"people from Bergen love me,\" she also blames the city for the strike."
	a := find(t, Extract(text), "loves Bergen")
	if !strings.Contains(a.Text, "people from Bergen love me") {
		t.Errorf("the second quoted item is part of what she says: %s", dump([]Attribution{a}))
	}
}

func TestCueFormAfterNounPossessiveIsNoun(t *testing.T) {
	// A noun after a possessive is no cue.
	noLemma(t, []string{"decline", "call"},
		"The mining industry's decline is forcing the river towns to deal with the old shafts.",
		"Asked about Berg's calling the mayor a crook last week, Roos blamed the council.",
	)
	// A pronoun's clitic is no possessive: "He’s predicting C".
	as := Extract("He’s predicting that the levy will pass in May.")
	check(t, find(t, as, "levy will pass"), want{lemma: "predict", source: "He’s"})
}

func TestDeclineMeaningFallIsNoCue(t *testing.T) {
	// A fall is no refusal.
	noLemma(t, []string{"decline"},
		"Trade between the two river towns declined 40 percent in the first half of the year.",
		"The mayor's approval rating has declined slightly from 58 percent to 55 percent.",
	)
	as := Extract("Mayor Ida Lind declined to comment on the dam.")
	check(t, find(t, as, "to comment on the dam"), want{lemma: "decline", source: "Mayor Ida Lind"})
}

func TestRaisedSubjectStartsAfterConjunction(t *testing.T) {
	text := "The levy passed, but the idea of a second dam seemed to sit behind the vote."
	a := find(t, Extract(text), "idea of a second dam")
	if got := spanText(text, a.Content[0]); got != "the idea of a second dam" {
		t.Errorf("subject = %q, want it without the conjunction", got)
	}
}

func TestThanksToIsAPreposition(t *testing.T) {
	// "thanks to" thanks no one.
	noLemma(t, []string{"thank"},
		"Ida Lind leads the race, thanks in part to her wins in the river towns.",
		"Thanks to the new levy, the dam was repaired by May.",
	)
	as := Extract("Mayor Ida Lind thanked the voters for their support.")
	check(t, find(t, as, "the voters for their support"), want{lemma: "thank", source: "Mayor Ida Lind"})
}

func TestFigureNeedsAClause(t *testing.T) {
	// No belief without a clause.
	noLemma(t, []string{"figure"},
		"The river towns will figure prominently in the levy vote.",
		"Ida Lind made a name for herself working for leading party figures, including Berg.",
	)
	as := Extract("Mayor Ida Lind figures that the levy will pass in May.")
	check(t, find(t, as, "levy will pass"), want{lemma: "figure", source: "Mayor Ida Lind"})
}

func TestRaceCalledAndThingPostedAreNoReports(t *testing.T) {
	// No one's words.
	noLemma(t, []string{"call", "post"},
		"Lind spoke to reporters just after the race was called.",
		"The new listing for the boat was posted on another website.",
	)
	// A name given with "as ... is called" still counts.
	as := Extract("The Clean River Act, as the bill is called, would close the old dam.")
	found := false
	for _, a := range as {
		if a.CueLemma == "call" {
			found = true
		}
	}
	if !found {
		t.Errorf("the bill's name was lost: %s", dump(as))
	}
}

func TestClaimingAPrizeIsNoClaim(t *testing.T) {
	// A prize taken is no statement.
	noLemma(t, []string{"claim"},
		"Ida Lind claimed victory in the river towns on Tuesday.",
		"Tom Berg needs 300 more votes to claim the nomination at the convention.",
	)
	as := Extract("Ida Lind claimed that the victory was hers.")
	check(t, find(t, as, "the victory was hers"), want{lemma: "claim", source: "Ida Lind"})
}

func TestSeekingOfficeAndReportingFiguresAreNoViews(t *testing.T) {
	// No one's view.
	noLemma(t, []string{"seek", "report"},
		"Tom Berg, who is seeking reelection, toured the river towns.",
		"The dam company reported earnings of $3.10 a share on Friday.",
		"The river casino reported $2.1 billion in revenue last year.",
	)
	as := Extract("The Courier reported that the dam company had lost money.")
	check(t, find(t, as, "had lost money"), want{lemma: "report", source: "The Courier"})
}

func TestDescribedSubjectOfCoordinatedClause(t *testing.T) {
	text := "Lind unleashed sharp jabs at Holm in the debate, and the harbour chief tripped him up by calling him a coward."
	check(t, find(t, Extract(text), "him a coward"), want{lemma: "call", source: "the harbour chief"})
}

func TestReportedClauseAfterOpenerStaysWhole(t *testing.T) {
	text := "Lind said if elected, she would ask the board to reopen the ferry line."
	a := find(t, Extract(text), "if elected")
	if a.CueLemma != "say" || !strings.Contains(a.Text, "reopen the ferry line") {
		t.Errorf("cue %q content %q, want say with the whole clause after its opener", a.CueLemma, a.Text)
	}
	text = "Holm said both he and Lind promised as candidates to reopen the ferry line."
	a = find(t, Extract(text), "both he")
	if a.CueLemma != "say" || !strings.Contains(a.Text, "reopen the ferry line") {
		t.Errorf("cue %q content %q, want say with the whole clause", a.CueLemma, a.Text)
	}
}

func TestColonQuoteAfterLongPredicate(t *testing.T) {
	text := "Lind has adopted the stance common among many harbour towns in the far north: “No new tolls on the ferries.”"
	check(t, find(t, Extract(text), "No new tolls"), want{kind: Direct, source: "Lind"})
}

func TestParticipleTakesNameOfLastCoordinatedClause(t *testing.T) {
	text := "Prosecutors charged the clerk with fraud and Lind fired her deputy, acknowledging that the office had lost the public's trust."
	check(t, find(t, Extract(text), "office had lost"), want{lemma: "acknowledge", source: "Lind"})
}

func TestQuoteThenSubjectWithSecretaryOfState(t *testing.T) {
	text := "The new ferry plans “will not solve this, but are steps in the right direction,” Ida Lind, assistant secretary of state for ports, ferries, and harbours, said on the call."
	a := find(t, Extract(text), "steps in the right direction")
	if a.Source == nil || !strings.HasPrefix(a.SourceText, "Ida Lind, assistant secretary of state") {
		t.Errorf("source = %q, want the named secretary of state", a.SourceText)
	}
}

func TestColonQuoteSubjectBeforeLongPredicate(t *testing.T) {
	text := "The vote went on.\n\nTova Lind has adopted the stance common among some farmers in the northern valley: “I am for the dam in my private life, but against it in public.”"
	check(t, find(t, Extract(text), "for the dam"), want{kind: Direct, source: "Tova Lind"})
}

func TestOpeningParticipleWithQuoteTakesMainSubject(t *testing.T) {
	text := "While denouncing the “perversion” of tax dodging to harbour crowds, she has not outlined a plan."
	check(t, find(t, Extract(text), "perversion"), want{lemma: "denounce", source: "she"})
	text = "After thanking the ferry crew, which chanted his name, he touted the new dock."
	check(t, find(t, Extract(text), "the ferry crew"), want{lemma: "thank", source: "he"})
}

func TestParticipleAfterTrailingSubordinateClause(t *testing.T) {
	text := "Mayor Ana Roos spoke at the harbour on Monday, when the striking fishermen interrupted her speech, shouting “Close the dam now!”"
	check(t, find(t, Extract(text), "Close the dam"), want{kind: Direct, source: "the striking fishermen"})
	text = "Per Holm, the harbour master, admitted some fault even as he defended the mayor and the board, saying, “Most of the plan is sound.”"
	check(t, find(t, Extract(text), "Most of the plan"), want{kind: Direct, source: "he"})
	// "as" a preposition opens no clause.
	text = "Mayor Ana Roos was a leading voice for the dam as secretary of ports, pressing the case that the town needs it."
	check(t, find(t, Extract(text), "the town needs it"), want{source: "Mayor Ana Roos"})
}

func TestParticipleAfterSecondJoinedClause(t *testing.T) {
	text := "The harbour board fined the captain and Mayor Ana Roos fired her deputy, saying “The rules are clear.”"
	check(t, find(t, Extract(text), "rules are clear"), want{kind: Direct, source: "Mayor Ana Roos"})
}

func TestParentheticalSpeakerReportsThatClause(t *testing.T) {
	text := "The records indicate, he said in a telephone interview, that “the board and the port worked hand in hand.”"
	check(t, find(t, Extract(text), "hand in hand"), want{lemma: "say", source: "he"})
	text = "Lind sincerely believes, she said, that the ferry will run again."
	check(t, find(t, Extract(text), "ferry will run"), want{lemma: "say", source: "she"})
}

func TestMentionAfterInIsNoSubject(t *testing.T) {
	text := "Ida Berg, the chairwoman of the Vik Farmers Party, is supporting Lind as a delegate and in a statement credited her for “an exciting campaign.”"
	check(t, find(t, Extract(text), "exciting campaign"), want{lemma: "credit", source: "Ida Berg"})
	text = "The port will reopen, while Tova Lind in a blog post said she would put more farmers on the board."
	check(t, find(t, Extract(text), "more farmers"), want{lemma: "say", source: "Tova Lind"})
}

func TestPresentedNameBeforeColonQuote(t *testing.T) {
	text := "The town vote was close.\n\nHere’s Lind in December 1992: “Our new direction must rest on the dam.”"
	check(t, find(t, Extract(text), "new direction"), want{kind: Direct, source: "Lind"})
}

func TestSignSayingSpeaksForItself(t *testing.T) {
	text := "Tova Lind held up a sign saying “Farmers Against the Dam.”"
	check(t, find(t, Extract(text), "Farmers Against"), want{kind: Direct, source: "a sign"})
	// A statement someone put out stays the sender's.
	text = "Her office put out a statement saying the port “cannot take more ships.”"
	check(t, find(t, Extract(text), "more ships"), want{source: "Her office"})
}

func TestAsClauseSubjectBeforeQuoteWithUnlistedVerb(t *testing.T) {
	text := "As the Vik Singers sang back in the 1980s, “They will turn us all into beggars.”"
	check(t, find(t, Extract(text), "into beggars"), want{kind: Direct, source: "the Vik Singers"})
}

func TestByParticipleAfterJoinedClauseWithDescribedSubject(t *testing.T) {
	text := "Ida Lind spoke first, and the harbour master tripped up Holm by calling his plan a fraud."
	check(t, find(t, Extract(text), "his plan a fraud"), want{lemma: "call", source: "the harbour master"})
}

func TestSpeakerAfterColonQuoteOwnsIt(t *testing.T) {
	text := "The crowd waited.\n\nThen there was the biggest change of all: “It is about time we had a farmer running this town,” exhorted the mayor's introducer, actress Ida Lind."
	a := find(t, Extract(text), "farmer running")
	if !strings.Contains(a.SourceText, "introducer") {
		t.Errorf("source = %q, want the speaker after the quote", a.SourceText)
	}
}

func TestDescribedObjectIsNoInvertedSpeaker(t *testing.T) {
	text := "Ola Berg, who estimates that his legal costs were “in the seven figures,” described the emotional impact as “horrendous.”"
	a := find(t, Extract(text), "horrendous")
	if !strings.HasPrefix(a.SourceText, "Ola Berg") {
		t.Errorf("source = %q, want Ola Berg", a.SourceText)
	}
}

func TestParticipleTailWithQuoteStaysInContent(t *testing.T) {
	text := "Ida Lind said the new harbor tax had failed, leaving “a hole in every family budget.”"
	a := find(t, Extract(text), "harbor tax")
	if !strings.Contains(a.Text, "hole in every family budget") {
		t.Errorf("the quoted participle tail is part of what she said: %s", dump([]Attribution{a}))
	}
	text = "The council argued that the pier should be rebuilt — “so that our fishermen can work again.”"
	a = find(t, Extract(text), "pier should be rebuilt")
	if !strings.Contains(a.Text, "fishermen can work again") {
		t.Errorf("the quote after the dash is part of the argument: %s", dump([]Attribution{a}))
	}
}

func TestAdverbBeforeIngCueBreaksTheClause(t *testing.T) {
	text := "Ida Lind has expressed worry about the harbor vote next week, recently telling one aide that she is unsure about “which voters will show up.”"
	as := Extract(text)
	a := find(t, as, "harbor vote")
	if strings.Contains(a.Text, "telling") {
		t.Errorf("the worry ends before the participle: %s", dump([]Attribution{a}))
	}
	check(t, find(t, as, "which voters will show up"), want{lemma: "tell", source: "Ida Lind"})
}

func TestParticipleAsideEndsBeforeMainVerb(t *testing.T) {
	text := "Tom Berg, recalling long talks with Mrs. Lind, described himself as her “harbor whisperer.”"
	as := Extract(text)
	check(t, find(t, as, "harbor whisperer"), want{kind: Partial, lemma: "describe", source: "Tom Berg"})
	if a := find(t, as, "long talks"); strings.Contains(a.Text, "described") {
		t.Errorf("the recalling ends at its comma: %s", dump([]Attribution{a}))
	}
}

func TestConjunctPrepPhraseBeforeSecondCue(t *testing.T) {
	text := "Tom Berg first said he did not recall the deletions, but in a later interview said he had a “panic” moment and erased the harbor archive."
	as := Extract(text)
	a := find(t, as, "did not recall")
	if strings.Contains(a.Text, "later interview") {
		t.Errorf("the first report ends before the second: %s", dump([]Attribution{a}))
	}
	check(t, find(t, as, "erased the harbor archive"), want{lemma: "say", source: "Tom Berg"})
}

func TestInnerCueWithQuoteInsideReport(t *testing.T) {
	byLemma := func(as []Attribution, lemma string) *Attribution {
		for i := range as {
			if as[i].CueLemma == lemma {
				return &as[i]
			}
		}
		return nil
	}
	as := Extract("Lind said experts had found her harbor plan sound, to which Berg interjected: “It's just not true.”")
	if a := byLemma(as, "interject"); a == nil || !strings.Contains(a.Text, "just not true") || a.SourceText != "Berg" {
		t.Errorf("Berg's interjection is his own attribution:\n%s", dump(as))
	}
	as = Extract("As Lind told the crowd it was good to be back in Bergen, a fisherman yelled “Stay there!”")
	check(t, find(t, as, "Stay there"), want{kind: Direct, lemma: "yell", source: "a fisherman"})
	// An intention is no saying: "wanted “open harbors”" stays in the report.
	if as = Extract("He said that only rich shipowners wanted “open harbors.”"); byLemma(as, "want") != nil {
		t.Errorf("no attribution for the wanting:\n%s", dump(as))
	}
}

func TestConjoinedVerbInsideReportStaysInIt(t *testing.T) {
	text := "Lind says she’d sit Berg down and tell him “no more games” at the harbor."
	a := find(t, Extract(text), "sit Berg down")
	if !strings.Contains(a.Text, "no more games") {
		t.Errorf("'and tell him' goes on the reported clause: %s", dump([]Attribution{a}))
	}
	// Paired participles still split: "by mentioning X and adding “Q”".
	as := Extract("He only hinted at Berg by mentioning the need for a new pier and adding, \"I've got an idea of who should pay for it.\"")
	check(t, find(t, as, "who should pay"), want{kind: Direct, lemma: "add"})
}

func TestQuoteAfterObjectDescribesIt(t *testing.T) {
	text := "Lind endorsed eight town council candidates “who embody the spirit of our harbor revolution.”"
	a := find(t, Extract(text), "town council candidates")
	if !strings.Contains(a.Text, "harbor revolution") {
		t.Errorf("the quote describing the object is part of it: %s", dump([]Attribution{a}))
	}
}

func TestTimeAdjunctAfterQuoteEndsStanceContent(t *testing.T) {
	text := "Berg defended the harbor master as a “very decent man” Tuesday, hours after the staffer was charged with theft."
	a := find(t, Extract(text), "very decent man")
	if strings.Contains(a.Text, "Tuesday") {
		t.Errorf("the time adjunct is the writer's: %s", dump([]Attribution{a}))
	}
	// A speech verb keeps its clause whole.
	text = "Lind said the pier was “a disgrace” after the storm hit."
	if a := find(t, Extract(text), "a disgrace"); !strings.Contains(a.Text, "storm hit") {
		t.Errorf("reported speech runs on: %s", dump([]Attribution{a}))
	}
}

func TestVenueAfterQuoteEndsStanceContent(t *testing.T) {
	text := "Last spring, Berg called Lind a “harbor clown” on his radio show."
	a := find(t, Extract(text), "harbor clown")
	if strings.Contains(a.Text, "radio show") {
		t.Errorf("where it was said is the writer's: %s", dump([]Attribution{a}))
	}
}

func TestCausativeObjectSpeaks(t *testing.T) {
	as := Extract("The sudden closure of the dam led some farmers to speculate that the river company had run out of money.")
	check(t, find(t, as, "had run out of money"), want{lemma: "speculate", source: "some farmers"})
	as = Extract("The flood prompted Mayor Ida Lind to declare that the bridge would stay shut.")
	check(t, find(t, as, "bridge would stay shut"), want{lemma: "declare", source: "Mayor Ida Lind"})
}

func TestAdverbInsideProgressiveCue(t *testing.T) {
	as := Extract("River town mayors are now positing that the dam will fail by spring.")
	check(t, find(t, as, "the dam will fail"), want{lemma: "posit", source: "River town mayors"})
	as = Extract("Ida Lind is suddenly promising that every farm will get water.")
	check(t, find(t, as, "every farm will get water"), want{lemma: "promise", source: "Ida Lind"})
}

func TestSpeechParticipleAfterBy(t *testing.T) {
	as := Extract("Ida Lind won the river county by promising that every farm would get water.")
	check(t, find(t, as, "every farm would get water"), want{lemma: "promise", source: "Ida Lind"})
}

func TestAdverbOpensParticipleClause(t *testing.T) {
	as := Extract("Ida Lind spoke for an hour, quickly reminding voters that the dam had held.")
	check(t, find(t, as, "the dam had held"), want{lemma: "remind", source: "Ida Lind"})
}

func TestMoreSubjectControlInfinitives(t *testing.T) {
	as := Extract("Ida Lind is continuing to insist that the dam will hold.")
	check(t, find(t, as, "the dam will hold"), want{lemma: "insist", source: "Ida Lind"})
	as = Extract("River town voters are inclined to believe that the mayor lied.")
	check(t, find(t, as, "the mayor lied"), want{lemma: "believe", source: "River town voters"})
}

func TestLeavingSomeToWonder(t *testing.T) {
	as := Extract("The river company shut the dam on Monday, leaving many farmers to wonder whether the fields would flood.")
	check(t, find(t, as, "whether the fields would flood"), want{lemma: "wonder", source: "many farmers"})
}

func TestDocumentParticipleSpeaksForItsSender(t *testing.T) {
	as := Extract("Ida Lind filed a lawsuit in 2013 alleging that the river firm had cheated its tenants.")
	check(t, find(t, as, "had cheated its tenants"), want{lemma: "allege", speaker: "Ida Lind"})
	as = Extract("The river guild released a statement Tuesday questioning whether the dam was safe.")
	check(t, find(t, as, "whether the dam was safe"), want{lemma: "question", source: "The river guild"})
}

func TestOpeningParticiplePhraseEndsAtItsComma(t *testing.T) {
	text := "By promising that the dam was safe, Ida Lind won the river county."
	a := find(t, Extract(text), "the dam was safe")
	check(t, a, want{lemma: "promise", source: "Ida Lind"})
	if got := spanText(text, a.Content[0]); got != "that the dam was safe" {
		t.Errorf("content = %q, want the phrase up to its comma", got)
	}
}

func TestOpeningPrepositionalParticiple(t *testing.T) {
	text := "Since announcing that she would run for mayor, Ida Lind has raised $40,000."
	a := find(t, Extract(text), "she would run for mayor")
	check(t, a, want{lemma: "announce", source: "Ida Lind"})
}

func TestTurningToAWayOfSpeaking(t *testing.T) {
	as := Extract("Ida Lind quickly pivoted to arguing that the dam was safe.")
	check(t, find(t, as, "the dam was safe"), want{lemma: "argue", source: "Ida Lind"})
	as = Extract("Tom Berg has taken to urging voters to watch the river.")
	check(t, find(t, as, "watch the river"), want{lemma: "urge", source: "Tom Berg"})
}

func TestMakingTheCase(t *testing.T) {
	as := Extract("Tom Berg is making an impassioned case to farmers that the river will rise.")
	check(t, find(t, as, "the river will rise"), want{lemma: "make", source: "Tom Berg"})
	as = Extract("Ida Lind made it clear that she would run.")
	check(t, find(t, as, "she would run"), want{lemma: "make", source: "Ida Lind"})
	for _, a := range Extract("The river guild makes this clear in its new film about the dam.") {
		if a.CueLemma == "make" {
			t.Errorf("no case made: %s", dump([]Attribution{a}))
		}
	}
}

func TestTakingIssueWith(t *testing.T) {
	as := Extract("Ida Lind took issue with the claim that the dam was safe.")
	check(t, find(t, as, "the claim that the dam was safe"), want{lemma: "take", source: "Ida Lind"})
	for _, a := range Extract("Tom Berg took the bus to the river.") {
		t.Errorf("no report: %s", dump([]Attribution{a}))
	}
}

func TestStanceParticipleAfterNoun(t *testing.T) {
	text := "The agency approved the merger, a decision criticized by Senator Ruth Palmer and several unions."
	a := find(t, Extract(text), "a decision")
	check(t, a, want{kind: Indirect, lemma: "criticize", speaker: "Ruth Palmer"})
	if got := spanText(text, a.Content[0]); got != "a decision" {
		t.Errorf("content = %q, want the noun the participle follows", got)
	}
}

func TestStanceParticipleAfterNounWithAdverb(t *testing.T) {
	text := "The memo was leaked by an aide, a fact later confirmed by the Varnish ministry."
	a := find(t, Extract(text), "a fact")
	check(t, a, want{kind: Indirect, lemma: "confirm", source: "the Varnish ministry"})
}

func TestRaisingInLateRelativeClause(t *testing.T) {
	text := "The Corvel campaign will spend the final week on the road through the northern valley towns and the coast, along with a small group of retired teachers who are expected to hand out leaflets."
	a := find(t, Extract(text), "hand out leaflets")
	check(t, a, want{kind: Indirect, lemma: "expect"})
	if len(a.Content) != 2 || spanText(text, a.Content[0]) != "who" {
		t.Errorf("content = %s, want the relative pronoun and the infinitive", dump([]Attribution{a}))
	}
}
