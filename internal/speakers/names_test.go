package speakers

import "testing"

func TestCompatible(t *testing.T) {
	cases := []struct {
		a, b string
		want bool
	}{
		{"Ali Rahimi", "Ali al-Rahimi", true},
		{"Ali Rahimi", "A. Rahimi", true},
		{"Moqtada al-Sadr", "Muqtada al-Sadr", true},
		{"Mr Rahimi", "Ali Rahimi", true},
		{"Boris Johnson", "Lyndon Johnson", false},
		{"Boris Johnson", "Lyndon B. Johnson", false},
		{"Anna Berg", "Anne Berg", false}, // short names one letter apart stay apart
		{"Anna Berg", "Anna Borg", false},
		{"Martin Luther King Jr.", "Martin King", true},
	}
	for _, c := range cases {
		a, b := Parse(c.a, "person"), Parse(c.b, "person")
		if got := Compatible(a, b); got != c.want {
			t.Errorf("Compatible(%q, %q) = %v, want %v (%+v / %+v)", c.a, c.b, got, c.want, a, b)
		}
	}
}

func TestParse(t *testing.T) {
	n := Parse("Dr. Ali al-Rahimi", "person")
	if n.Surname != "rahimi" || len(n.Given) != 1 || n.Given[0] != "ali" || n.Key != "ali al rahimi" {
		t.Errorf("got %+v", n)
	}
	if o := Parse("the United Nations", "organization"); o.Surname != "" || o.Key != "united nations" {
		t.Errorf("organisation parsed as a person: %+v", o)
	}
}

func TestAcronym(t *testing.T) {
	if got := Acronym("united nations"); got != "un" {
		t.Errorf("got %q", got)
	}
	if got := Acronym("national human rights commission"); got != "nhrc" {
		t.Errorf("got %q", got)
	}
	if got := Acronym("unicef"); got != "" {
		t.Errorf("one word has no acronym, got %q", got)
	}
}
