package extract

import "strings"

// roleAround reads the description written around a name's first mention:
// "Shia cleric Ali Rahimi", "Ali Rahimi, a Shia cleric,", "an 18-year-old
// protester, Jane Roe,". It returns role and affiliation.
func (d *doc) roleAround(s sent, i int, r nameRun) (string, string) {
	// Premodifier ending in a role noun.
	if i-1 >= s.ts && d.isRoleNoun(i-1) {
		a := i - 1
		for a-1 >= s.ts && i-a < 7 && d.premodWord(a-1) {
			a--
		}
		return splitRole(d.str(d.toks[a].s, d.toks[i-1].e))
	}
	// Apposition before: "an 18-year-old protester, Jane Roe,"
	if i-2 >= s.ts && d.isPunct(i-1, ',') && d.isRoleNoun(i-2) {
		a := i - 2
		for a-1 >= s.ts && i-a < 9 && d.premodWord(a-1) {
			a--
		}
		return splitRole(d.str(d.toks[a].s, d.toks[i-2].e))
	}
	// Apposition after: "Ali Rahimi, a Shia cleric," / "X, Human Rights
	// Watch’s Asia director,"
	if k := r.b + 1; k+1 < s.te && d.isPunct(k, ',') {
		e, role := k+1, false
		for e < s.te && e-k <= 14 && d.toks[e].kind == tWord && d.toks[e].q < 0 {
			if d.isRoleNoun(e) {
				role = true
			}
			e++
		}
		if role && e > k+1 && (e >= s.te || d.toks[e].kind == tPunct) {
			return splitRole(d.str(d.toks[k+1].s, d.toks[e-1].e))
		}
	}
	return "", ""
}

// isRoleNoun reports a lowercase role noun ("cleric", "spokeswoman").
func (d *doc) isRoleNoun(i int) bool {
	t := d.toks[i]
	if t.kind != tWord || t.q >= 0 {
		return false
	}
	return t.has(fRole)
}

// premodWord may stand before a role noun in a description.
func (d *doc) premodWord(i int) bool {
	t := d.toks[i]
	if t.kind != tWord || t.q >= 0 {
		return false
	}
	return !t.has(fStop|fPrep|fNounBlock|fPronoun) && !d.verbish(t)
}

// splitRole separates the organisation from the title: "Human Rights
// Watch’s Asia director", "a spokesperson for HMRC", "UFCW Local 832
// president".
func splitRole(s string) (role, aff string) {
	s = strings.TrimSpace(strings.Trim(s, " ,"))
	// "a staff member for Bergen Republicans such as Gov. Bob Roos": the
	// examples are not the affiliation.
	for _, cut := range []string{", such as ", " such as ", ", including ", ", like "} {
		if i := strings.Index(s, cut); i > 0 {
			s = strings.TrimSpace(s[:i])
		}
	}
	// "carried out by transport expert": the agent after "by" is the
	// title, not the verb before it.
	if i := strings.LastIndex(s, "by "); i >= 0 && (i == 0 || s[i-1] == ' ') {
		// Only a title ending in a role noun: not "managed by Mourinho",
		// "helped by the result".
		rest := s[i+3:]
		f := strings.Fields(rest)
		if len(f) > 0 && !lex.stop[strings.ToLower(f[0])] && !nameLink[strings.ToLower(f[0])] && !strings.HasSuffix(f[0], "ing") {
			if lw := f[len(f)-1]; !hasUpper(lw) && (lex.role[lw] != 0 || lex.role[strings.TrimSuffix(lw, "s")] != 0) {
				s = rest
			}
		}
	}
	for _, det := range []string{"a ", "an ", "the ", "A ", "An ", "The "} {
		s = strings.TrimPrefix(s, det)
	}
	for _, poss := range []string{"’s ", "'s "} {
		if i := strings.LastIndex(s, poss); i > 0 && !hasPrep(s[:i]) {
			// "the world's largest retailer": the world is no
			// organisation (the water board is).
			if notOrg[strings.TrimSpace(s[:i])] {
				return strings.TrimSpace(s[i+len(poss):]), ""
			}
			return strings.TrimSpace(s[i+len(poss):]), strings.TrimSpace(s[:i])
		}
	}
	for _, prep := range []string{" at ", " for ", " of ", " in "} {
		if i := strings.Index(s, prep); i > 0 && hasUpper(s[i+len(prep):]) {
			a := strings.TrimSpace(s[i+len(prep):])
			for _, det := range []string{"the ", "The "} {
				a = strings.TrimPrefix(a, det)
			}
			return strings.TrimSpace(s[:i]), dropDescriptor(a)
		}
	}
	// Leading capitalised words name the organisation when there are
	// several of them or they are an acronym: "UFCW Local 832 president".
	f := strings.Fields(s)
	// A time or rank word before them belongs to the title: "Former
	// Conservative leader".
	mod := 0
	for mod < len(f)-1 && roleModifier[strings.ToLower(f[mod])] {
		mod++
	}
	k := mod
	for k < len(f) && (hasUpper(f[k][:1]) || f[k][0] >= '0' && f[k][0] <= '9') {
		k++
	}
	// A portfolio belongs to the title: "German Economy minister",
	// "Tory Health spokesman".
	for k > mod+1 && k < len(f) && portfolio[strings.ToLower(f[k-1])] && portfolioRole[strings.ToLower(f[k])] {
		k--
	}
	// One capitalised word names it too unless it is an adjective of
	// nationality ("British actor") or was only capitalised as the first
	// word: "Ryanair deputy chief executive", "EBay president".
	if k > mod && k < len(f) && (k-mod >= 2 || isOrgName(f[mod]) || k == mod+1 && orgWord(f[mod]) && roleAfter(f[k:])) {
		role := strings.Join(f[k:], " ")
		if mod > 0 {
			role = strings.ToLower(strings.Join(f[:mod], " ")) + " " + role
		}
		return role, strings.Join(f[mod:k], " ")
	}
	return s, ""
}

// hasPrep reports a title that names its organisation after a
// preposition: "adviser at Norvane's lab" splits at "at", not at "'s".
func hasPrep(s string) bool {
	for _, prep := range []string{" at ", " for ", " of ", " in "} {
		if strings.Contains(s, prep) {
			return true
		}
	}
	return false
}

// dropDescriptor keeps the name of an organisation that lowercase words
// describe: "security firm Norvane" is Norvane, "US phone company Telco
// One" is Telco One. A name that does not end the phrase stays whole.
func dropDescriptor(a string) string {
	f := strings.Fields(a)
	last := -1
	for i, w := range f {
		if !hasUpper(w[:1]) && w != "&" && !(w[0] >= '0' && w[0] <= '9') {
			last = i
		}
	}
	if last < 0 || last == len(f)-1 {
		return a
	}
	// "Brent Council in north-west London", "Orbis which released
	// Zed": a clause or a place, not a description.
	for _, w := range f[:last+1] {
		if lex.stop[w] || lex.prep[w] || nameLink[w] || w == "which" || w == "who" || w == "that" || w == "with" {
			return a
		}
	}
	return strings.Join(f[last+1:], " ")
}

// notOrg holds possessors that are places or spheres, not organisations.
var notOrg = map[string]bool{"world": true, "country": true, "nation": true, "city": true, "region": true, "continent": true, "industry": true, "sector": true}

// nameLink holds lowercase words inside a name: "Forum for the Future",
// "About a Boy".
var nameLink = map[string]bool{"the": true, "a": true, "an": true, "of": true, "for": true, "and": true, "in": true, "on": true, "at": true, "to": true, "de": true, "du": true, "la": true, "le": true, "von": true, "van": true, "der": true, "y": true}

// roleModifier holds words that qualify a title rather than name its
// organisation: "Former Labour leader".
var roleModifier = map[string]bool{"joint": true, "previous": true, "assistant": true, "leading": true, "former": true, "ex": true, "then": true, "acting": true, "interim": true, "outgoing": true, "incoming": true, "veteran": true, "senior": true, "prospective": true}

// roleAfter reports a title made of lowercase words that ends in a role
// noun: "deputy chief executive", not "and Spain" or "of the government".
func roleAfter(f []string) bool {
	for _, w := range f {
		if lex.stop[w] || hasUpper(w) {
			return false
		}
	}
	return lex.role[strings.TrimSuffix(f[len(f)-1], ",")] != 0
}

// portfolio holds the capitalised areas of a minister or spokesman:
// "Home affairs spokesman", "Arts minister".
var portfolio = map[string]bool{"home": true, "arts": true, "economy": true, "foreign": true, "health": true, "education": true, "transport": true, "trade": true, "culture": true, "sports": true, "sport": true, "finance": true, "interior": true, "defence": true, "defense": true, "justice": true, "energy": true, "environment": true, "industry": true, "agriculture": true, "welfare": true, "market": true, "career": true, "dance": true, "communications": true, "film": true, "shia": true, "shiite": true, "muslim": true, "hindu": true, "sikh": true, "buddhist": true, "jew": true, "black": true, "white": true, "gay": true}

// portfolioRole holds the titles a portfolio goes with ("Economy
// minister"), not "All Black star".
var portfolioRole = map[string]bool{"minister": true, "secretary": true, "spokesman": true, "spokeswoman": true, "spokesperson": true, "correspondent": true, "editor": true}

// orgWord reports a lone capitalised word before a title that can name
// its organisation: not a nationality or a qualifier ("British",
// "Former", "Ex-Labour"), nor a capitalised common word.
func orgWord(w string) bool {
	l := strings.ToLower(w)
	if strings.ContainsAny(l, "-’'.") || len(l) < 3 || roleModifier[l] || portfolio[l] || lex.nonName[l] || lex.stop[l] || lex.role[l] != 0 {
		return false
	}
	for _, suf := range []string{"ish", "ese", "ian", "an", "ic", "ch", "i", "al", "ive", "ern", "ior", "ty", "ry"} {
		if strings.HasSuffix(l, suf) {
			return false
		}
	}
	return true
}
