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
	for _, det := range []string{"a ", "an ", "the ", "A ", "An ", "The "} {
		s = strings.TrimPrefix(s, det)
	}
	for _, poss := range []string{"’s ", "'s "} {
		if i := strings.LastIndex(s, poss); i > 0 {
			return strings.TrimSpace(s[i+len(poss):]), strings.TrimSpace(s[:i])
		}
	}
	for _, prep := range []string{" at ", " for ", " of ", " in "} {
		if i := strings.Index(s, prep); i > 0 && hasUpper(s[i+len(prep):]) {
			a := strings.TrimSpace(s[i+len(prep):])
			for _, det := range []string{"the ", "The "} {
				a = strings.TrimPrefix(a, det)
			}
			return strings.TrimSpace(s[:i]), a
		}
	}
	// Leading capitalised words name the organisation when there are
	// several of them or they are an acronym: "UFCW Local 832 president".
	f := strings.Fields(s)
	k := 0
	for k < len(f) && (hasUpper(f[k][:1]) || f[k][0] >= '0' && f[k][0] <= '9') {
		k++
	}
	if k > 0 && k < len(f) && (k >= 2 || isOrgName(f[0])) {
		return strings.Join(f[k:], " "), strings.Join(f[:k], " ")
	}
	return s, ""
}
