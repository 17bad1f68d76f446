package extract_test

import (
	"testing"

	"github.com/statekg/statekg/extract"
	"github.com/statekg/statekg/schema"
)

// TestDescribedOrganisationsByState: an organisation known only by a
// description takes the name of the state it is part of, so the foreign
// ministries of two states are two nodes; its mentions stay as written.
func TestDescribedOrganisationsByState(t *testing.T) {
	x, err := extract.New(extract.Config{})
	if err != nil {
		t.Fatal(err)
	}
	for text, want := range map[string]string{
		"Russia's foreign ministry condemned the decision on Monday.":    "foreign ministry of Russia",
		"The Chinese foreign ministry said it opposes all cyberattacks.": "foreign ministry of China",
	} {
		doc := extract.ExtractDoc(t, x, schema.Article{ID: "a", Text: text})
		var found bool
		for _, e := range doc.Entities {
			if e.Type != schema.Organization {
				continue
			}
			if e.Name != want {
				t.Errorf("%q: organisation %q, want %q", text, e.Name, want)
			}
			for _, m := range e.Mentions {
				if m.Text != "foreign ministry" {
					t.Errorf("%q: mention %q", text, m.Text)
				}
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
