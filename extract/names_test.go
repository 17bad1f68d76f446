package extract_test

import (
	"testing"

	"github.com/statekg/statekg/extract"
	"github.com/statekg/statekg/schema"
)

// TestDescribedOrganisationsByState: an organisation known only by a
// description takes the name of the state it is part of, so the foreign
// ministries of two states are two nodes; its mentions are the phrase as
// written, with the state word, and the description inside it.
func TestDescribedOrganisationsByState(t *testing.T) {
	x, err := extract.New(extract.Config{})
	if err != nil {
		t.Fatal(err)
	}
	for text, w := range map[string][2]string{
		"Russia's foreign ministry condemned the decision on Monday.":    {"foreign ministry of Russia", "Russia's foreign ministry"},
		"The Chinese foreign ministry said it opposes all cyberattacks.": {"foreign ministry of China", "Chinese foreign ministry"},
	} {
		want, phrase := w[0], w[1]
		doc := extract.ExtractDoc(t, x, schema.Article{ID: "a", Text: text})
		var found bool
		for _, e := range doc.Entities {
			if e.Type != schema.Organization {
				continue
			}
			if e.Name != want {
				t.Errorf("%q: organisation %q, want %q", text, e.Name, want)
			}
			var got []string
			for _, m := range e.Mentions {
				got = append(got, m.Text)
			}
			if len(got) != 2 || got[0] != phrase || got[1] != "foreign ministry" {
				t.Errorf("%q: mentions %q, want %q and %q", text, got, phrase, "foreign ministry")
			}
			found = true
		}
		var partOf bool
		for _, c := range doc.Claims {
			if c.Predicate == schema.PartOf && c.Subject.Name == want {
				partOf = true
			}
		}
		if !found || !partOf {
			t.Errorf("%q: no organisation %q part of its state: %+v", text, want, doc.Claims)
		}
	}
}
