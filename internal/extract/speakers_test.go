package extract

import (
	"strings"
	"testing"
)

func TestSpeakerResolution(t *testing.T) {
	text := `Shia cleric Ali Rahimi urged calm on Sunday. Mr Rahimi said the results would be accepted.

“Nobody should take to the streets,” the cleric said.

Rahimi spoke after meeting Farah Nazari, the election commissioner. She said the count was fair. “Every ballot was checked twice,” she added.

He later said he trusted her.`
	as := Extract(text)
	check(t, find(t, as, "results would be accepted"), want{source: "Mr Rahimi", speaker: "Ali Rahimi", typ: Person, role: "Shia cleric"})
	check(t, find(t, as, "Nobody should take"), want{source: "the cleric", speaker: "Ali Rahimi"})
	check(t, find(t, as, "the count was fair"), want{source: "She", speaker: "Farah Nazari", role: "election commissioner"})
	check(t, find(t, as, "Every ballot"), want{source: "she", speaker: "Farah Nazari"})
	check(t, find(t, as, "he trusted her"), want{source: "He", speaker: "Ali Rahimi"})
}

func TestHonorificsStripped(t *testing.T) {
	as := Extract("Sen. Maria Olsen criticised the plan. Ms. Olsen said it would cost too much. Dr. Karl Weiss said it would not.")
	check(t, find(t, as, "cost too much"), want{speaker: "Maria Olsen"})
	check(t, find(t, as, "it would not"), want{speaker: "Karl Weiss"})
}

func TestNameInsideQuoteIsNotSpeaker(t *testing.T) {
	as := Extract("Tom Berg runs the shelter. “Anna Kowalski gave us everything we have,” he said.")
	check(t, find(t, as, "gave us everything"), want{source: "he", speaker: "Tom Berg"})
}

func TestContinuationParagraph(t *testing.T) {
	text := "“The water is rising,” said Lena Voss, a farmer.\n\n“We have moved the animals to the hill.”\n\nThe rain stopped on Monday."
	as := Extract(text)
	if len(as) != 2 {
		t.Fatalf("want the quote and its continuation, got:\n%s", dump(as))
	}
	c := as[1]
	// FORMAT.md: a continuation is its own line with the speaker, and its
	// cue and source are null.
	if c.Cue != nil || c.Source != nil {
		t.Errorf("a continuation has no cue or source: %+v", c)
	}
	check(t, c, want{kind: Direct, speaker: "Lena Voss", role: "farmer"})
}

func TestSpeakerTypes(t *testing.T) {
	cases := []struct{ text, sub, typ, speaker string }{
		{"The National Human Rights Commission said the arrests were illegal.", "arrests were illegal", Organization, "National Human Rights Commission"},
		{"The ministry said the arrests were legal.", "arrests were legal", Organization, ""},
		{"Protesters said they would return on Friday.", "would return", Group, ""},
		{"Officials said the bridge would reopen.", "bridge would reopen", Group, ""},
		{"A source said the deal was close.", "deal was close", Anonymous, ""},
		{"Two officials, who spoke on condition of anonymity, said the deal was dead.", "deal was dead", Anonymous, ""},
	}
	for _, c := range cases {
		a := find(t, Extract(c.text), c.sub)
		check(t, a, want{typ: c.typ, speaker: c.speaker})
		if c.speaker == "" && a.Speaker != "" {
			t.Errorf("%q: speaker = %q, want none", c.text, a.Speaker)
		}
	}
}

func TestRoleAndAffiliation(t *testing.T) {
	cases := []struct{ text, sub string }{
		{"Mia Lund, Human Rights Watch’s Asia director, said the trial was unfair.", "trial was unfair"},
		{"UFCW Local 832 president Jeff Traeger said the workers were tired.", "workers were tired"},
		{"A spokesperson for HMRC said the rules had not changed.", "rules had not changed"},
	}
	wants := []want{
		{speaker: "Mia Lund", role: "Asia director", aff: "Human Rights Watch"},
		{speaker: "Jeff Traeger", role: "president", aff: "UFCW Local 832"},
		{role: "spokesperson", aff: "HMRC"},
	}
	for i, c := range cases {
		check(t, find(t, Extract(c.text), c.sub), wants[i])
	}
}

func TestAddressee(t *testing.T) {
	cases := []struct{ text, to string }{
		{"Ida Lind told Reuters that the plant would close.", "Reuters"},
		{"Ida Lind told reporters the plant would close.", "reporters"},
		{"Ida Lind said in an interview with CNN that the plant would close.", "CNN"},
		{"Ida Lind told the Associated Press that the plant would close.", "the Associated Press"},
	}
	for _, c := range cases {
		check(t, find(t, Extract(c.text), "plant would close"), want{to: c.to})
	}
}

func TestFirstNameGender(t *testing.T) {
	text := "Peter Hale and Susan Moore met the board. Moore argued for the merger. Hale was opposed. She said the deal would save jobs."
	check(t, find(t, Extract(text), "save jobs"), want{source: "She", speaker: "Susan Moore"})
}

func TestNameCalledItIsAnOrganisation(t *testing.T) {
	as := Extract("Bergsoft said it would cut 200 jobs. “We regret it,” Bergsoft said.")
	a := find(t, as, "We regret it")
	if a.Speaker != "Bergsoft" || a.SpeakerType != Organization {
		t.Errorf("speaker %q (%s), want Bergsoft as an organisation", a.Speaker, a.SpeakerType)
	}
}

func TestCapitalisedOpenersAreNoEntities(t *testing.T) {
	text := "Tova Lind spoke at the mill. New figures show exports fell. More than half of the workers said they would stay. “We will fight,” she said."
	a := find(t, Extract(text), "We will fight")
	if a.Speaker != "Tova Lind" {
		t.Errorf("speaker = %q, want Tova Lind: a sentence opener is no one to refer to", a.Speaker)
	}
	b := find(t, Extract("The Bergen forensics expert said the samples were lost."), "the samples were lost")
	if b.Speaker != "" {
		t.Errorf("speaker = %q, want none for a description", b.Speaker)
	}
}

func TestCountriesAreNoPersons(t *testing.T) {
	text := "Tova Lind met the envoy from Bergen. China said it would not allow new mines. “We will wait,” she said."
	as := Extract(text)
	if a := find(t, as, "new mines"); a.SpeakerType != Organization {
		t.Errorf("China speaks as an organisation, got %s", a.SpeakerType)
	}
	if a := find(t, as, "We will wait"); a.Speaker != "Tova Lind" {
		t.Errorf("she = %q, want Tova Lind, not a country", a.Speaker)
	}
}

func TestAddresseeOutletName(t *testing.T) {
	text := `Harbour pilots in Velmora went on strike on Tuesday.

"We will not move a single tanker," union leader Petra Vansk told the Coastline news agency.

"The port is losing money every hour," harbour master Olaf Brede told Radio 7's Morning Tide programme.

"Nobody asked us," Ms Vansk told a Senate inquiry on Friday.`
	as := Extract(text)
	check(t, find(t, as, "single tanker"), want{to: "the Coastline news agency"})
	check(t, find(t, as, "losing money"), want{to: "Radio 7's Morning Tide programme"})
	check(t, find(t, as, "Nobody asked"), want{to: "a Senate inquiry"})
}

func TestItResolvesToOrganisationThatSpoke(t *testing.T) {
	text := `Brindle Foods cuts jobs

Brindle Foods said it would close two bakeries in Harwick next year. It added that 300 staff would be offered other posts. The company said sales of its frozen pies had fallen.

The report by analysts Corvex Research said the threat to TV dinners was growing. It said sales would fall again.`
	as := Extract(text)
	check(t, find(t, as, "300 staff"), want{source: "It", speaker: "Brindle Foods", typ: Organization})
	check(t, find(t, as, "frozen pies"), want{source: "The company", speaker: "Brindle Foods", typ: Organization})
	if a := find(t, as, "sales would fall again"); a.Speaker != "" {
		t.Errorf("'it' after an unnamed speaker stays unresolved, got %q", a.Speaker)
	}
}

func TestTitleAndPossessorNotInName(t *testing.T) {
	text := `Marvish Prime Minister Tomas Okonedo said the dam would be finished by June.

Journalist Renata Holm said the figures did not add up. Greenwatch's Ilse Varga said the river would suffer.

On Tuesday Mr Okonedo said the critics were wrong.`
	as := Extract(text)
	check(t, find(t, as, "dam would be finished"), want{speaker: "Tomas Okonedo", role: "Marvish Prime Minister"})
	check(t, find(t, as, "did not add up"), want{speaker: "Renata Holm", role: "Journalist"})
	check(t, find(t, as, "river would suffer"), want{speaker: "Ilse Varga", aff: "Greenwatch"})
	check(t, find(t, as, "critics were wrong"), want{speaker: "Tomas Okonedo"})
}

func TestOrganisationCuesAroundName(t *testing.T) {
	text := `The Green Alliance said the vote was a disgrace.

"We will win the next round," Velbrook said. Rock band Velbrook have sold a million records.

According to consultants Pellam Insight, sales will rise. Pellam Insight said prices would fall.

The Tamsin report said costs would rise. Tamsin said the figures were wrong.`
	as := Extract(text)
	check(t, find(t, as, "vote was a disgrace"), want{speaker: "Green Alliance", typ: Organization})
	check(t, find(t, as, "win the next round"), want{speaker: "Velbrook", typ: Organization})
	check(t, find(t, as, "prices would fall"), want{speaker: "Pellam Insight", typ: Organization})
	check(t, find(t, as, "figures were wrong"), want{speaker: "Tamsin", typ: Person})
}

func TestPronounPrefersParagraphSubject(t *testing.T) {
	text := `Harbour chief Piet Olander said the port would stay open.

Mr Dorvan, the transport minister, was keen to distance himself from Mr Olander's remarks. The decision had been rushed, he said.

Mr Olander has failed the town, he claimed.`
	as := Extract(text)
	check(t, find(t, as, "port would stay open"), want{speaker: "Piet Olander"})
	check(t, find(t, as, "decision had been rushed"), want{source: "he", speaker: "Dorvan"})
	check(t, find(t, as, "failed the town"), want{source: "he", speaker: "Dorvan"})
}

func TestOrganisationBeforeTitle(t *testing.T) {
	text := `Fares will rise in March, Skyvolt deputy chief executive Oren Pask said.

Former Unity Party leader Ada Fenwick said the plan was unfair.

British actor Hal Brisk said the film would open in May.`
	as := Extract(text)
	check(t, find(t, as, "Fares will rise"), want{speaker: "Oren Pask", aff: "Skyvolt", role: "deputy chief executive"})
	check(t, find(t, as, "plan was unfair"), want{speaker: "Ada Fenwick", aff: "Unity Party", role: "former leader"})
	a := find(t, as, "film would open")
	check(t, a, want{speaker: "Hal Brisk", role: "British actor"})
	if a.Affiliation != "" {
		t.Errorf("a nationality is no affiliation: %q", a.Affiliation)
	}
}

func TestPossessorIsNotTheSpeaker(t *testing.T) {
	text := `Governor Lena Markov opened the bridge on Monday.

Mrs Markov's spokesman said the tolls would be lifted. Mrs Markov's administration said the repairs had cost $2m. Mrs Markov's statement said the bridge was safe.`
	as := Extract(text)
	a := find(t, as, "tolls would be lifted")
	check(t, a, want{typ: Person, role: "spokesman", aff: "Lena Markov"})
	if a.Speaker != "" {
		t.Errorf("the spokesman is not Mrs Markov: speaker %q", a.Speaker)
	}
	b := find(t, as, "repairs had cost")
	check(t, b, want{typ: Organization})
	if b.Speaker != "" {
		t.Errorf("the administration is not Mrs Markov: speaker %q", b.Speaker)
	}
	check(t, find(t, as, "bridge was safe"), want{speaker: "Lena Markov"})
}

func TestDescriptionOfLastSpeaker(t *testing.T) {
	text := `Ms Hanna Rivet has said the league will expand.

"We need more clubs in the north," the Carlton leader said. "It is time," the 44-year-old added.

Mr Ivo Drask said the budget was wrong. "Nobody will pay," the chancellor said.`
	as := Extract(text)
	check(t, find(t, as, "more clubs"), want{speaker: "Hanna Rivet"})
	check(t, find(t, as, "It is time"), want{speaker: "Hanna Rivet"})
	if a := find(t, as, "Nobody will pay"); a.Speaker != "" {
		t.Errorf("an office is not linked to whoever spoke last: %q", a.Speaker)
	}
}

func TestExpletiveItKeepsPerson(t *testing.T) {
	text := `Rovers boss Victor Talvik has insisted his side can still win the title.

Talvik said it was vital to keep calm. "We are not worried," Talvik said.`
	as := Extract(text)
	check(t, find(t, as, "not worried"), want{speaker: "Victor Talvik", typ: Person})
}

func TestAffiliationWithoutDescription(t *testing.T) {
	text := `"The virus spreads fast," said Ola Brenn, senior analyst at security firm Kestrova. "Nobody is safe," said Ivo Marsh, adviser on mobile media at Telvoro's research lab. "Prices will fall," said Ula Penn, chief of the world's largest toy maker. "Rents will rise," said Ada Quist, director of Brent Housing in north-west Marbury.`
	as := Extract(text)
	check(t, find(t, as, "virus spreads"), want{speaker: "Ola Brenn", aff: "Kestrova", role: "senior analyst"})
	check(t, find(t, as, "Nobody is safe"), want{speaker: "Ivo Marsh", aff: "Telvoro's research lab", role: "adviser on mobile media"})
	check(t, find(t, as, "Rents will rise"), want{speaker: "Ada Quist", aff: "Brent Housing in north-west Marbury", role: "director"})
	if a := find(t, as, "Prices will fall"); strings.Contains(a.Affiliation, "world") {
		t.Errorf("a common noun is no affiliation: %q", a.Affiliation)
	}
}

func TestPronounAfterUnnamedSpokesman(t *testing.T) {
	text := `The film by director Peter Lund opens in Marbury next week.

A spokesman for distributor Kestrova said the film "has drawn strong interest". "We have a good feeling about it," he added.`
	as := Extract(text)
	a := find(t, as, "good feeling")
	check(t, a, want{typ: Anonymous, aff: "Kestrova", role: "spokesman"})
	if a.Speaker != "" {
		t.Errorf("the spokesman is unnamed: speaker %q", a.Speaker)
	}
}

func TestRoleAfterBy(t *testing.T) {
	text := `The study, carried out by road safety professor Ivo Marsh, says speed cameras save lives. He estimates that this would save £20m a year.

Ola Penn, formerly managed by Ravelli, said she was leaving.`
	as := Extract(text)
	check(t, find(t, as, "this would save"), want{speaker: "Ivo Marsh", role: "road safety professor"})
	if a := find(t, as, "she was leaving"); a.Role == "Ravelli" {
		t.Errorf("a name after \"by\" is no role: %q", a.Role)
	}
}

func TestQuantifierOpensNoName(t *testing.T) {
	text := `Councils want new powers over traveller camps.

Many MPs with rural seats have been pressing the government to act, saying villagers suffer. More than half of those asked said the rules were too weak.`
	as := Extract(text)
	a := find(t, as, "to act")
	check(t, a, want{typ: Group})
	if a.Speaker != "" {
		t.Errorf("a quantifier is no name: speaker %q", a.Speaker)
	}
	if b := find(t, as, "rules were too weak"); b.Speaker != "" {
		t.Errorf("a quantifier is no name: speaker %q", b.Speaker)
	}
}

func TestPortfolioStaysInTitle(t *testing.T) {
	text := `"Growth will return," Ruritanian Finance minister Ivo Marsh said.`
	as := Extract(text)
	a := find(t, as, "Growth will return")
	check(t, a, want{speaker: "Ivo Marsh"})
	if a.Affiliation == "Ruritanian Finance" || a.Role == "minister" {
		t.Errorf("the portfolio is part of the title: role %q affiliation %q", a.Role, a.Affiliation)
	}
}

func TestKnightByGivenName(t *testing.T) {
	text := `Sir Edward Varley, the former leader, has died aged 88.

Sir Edward said in 1974 that the coalition talks had failed. "We tried," Sir Edward said.`
	as := Extract(text)
	check(t, find(t, as, "coalition talks"), want{speaker: "Edward Varley"})
	check(t, find(t, as, "We tried"), want{speaker: "Edward Varley"})
}
