package extract_test

import (
	"strings"
	"testing"

	"github.com/statekg/statekg/extract"
	"github.com/statekg/statekg/extract/eval"
	"github.com/statekg/statekg/internal/sharedtest"
	"github.com/statekg/statekg/schema"
)

// TestSeedArticles checks the unmistakable core of the three seed
// articles: every state and official, each official's officialOf and
// position, the central stances, and no N row as a plain edge.
func TestSeedArticles(t *testing.T) {
	x, err := extract.New(extract.Config{})
	if err != nil {
		t.Fatal(err)
	}
	dir := sharedtest.Dir(t, "eval", "dev")
	cases, err := eval.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	core := map[string][][3]string{
		"002_": {
			{"FBI", "blames", "North Korea"},
			{"China", "opposes", "cyberattacks"},
			{"North Korea", "denies", "Sony Pictures hack"},
			{"Japan", "condemns", "Sony Pictures hack"},
		},
	}
	seen := 0
	for _, c := range cases {
		prefix := c.Name[:4]
		if prefix != "000_" && prefix != "002_" && prefix != "003_" {
			continue
		}
		seen++
		doc := extract.ExtractDoc(t, x, readArticle(t, c.TextPath))
		// align extracted entities to gold names by shared mentions
		gold := map[string]map[string]bool{} // gold name -> folded mentions
		for _, ge := range c.Gold.Entities {
			m := map[string]bool{strings.ToLower(ge.Name): true}
			for _, s := range ge.Mentions {
				m[fold(s)] = true
			}
			gold[ge.Name] = m
		}
		goldName := func(r schema.Ref) string {
			e := doc.Entity(r)
			if e == nil {
				return ""
			}
			best, n := "", 0
			for g, ms := range gold {
				k := 0
				for _, m := range e.Mentions {
					if ms[fold(m.Text)] {
						k++
					}
				}
				if k > n {
					best, n = g, k
				}
			}
			return best
		}
		has := func(subj string, p schema.Predicate, obj string) bool {
			for _, cl := range doc.Claims {
				if !cl.Plain() || cl.Predicate != p || goldName(cl.Subject) != subj {
					continue
				}
				if p.Literal() && strings.EqualFold(cl.Literal, obj) || !p.Literal() && goldName(cl.Object) == obj {
					return true
				}
			}
			return false
		}
		for _, ge := range c.Gold.Entities {
			if ge.Type != schema.State && ge.Type != schema.Official {
				continue
			}
			found := false
			for _, e := range doc.Entities {
				if (e.Type == ge.Type || ge.Type == schema.Official && e.Type == schema.Person) && goldName(e.Ref()) == ge.Name {
					found = true
				}
			}
			if !found {
				t.Errorf("%s: %s %s not found", c.Name, ge.Type, ge.Name)
			}
		}
		for _, row := range c.Gold.Rows {
			switch {
			case row.Kind == eval.Required && (row.Predicate == schema.OfficialOf || row.Predicate == schema.Position):
				if !has(row.Subject, row.Predicate, row.Object) {
					t.Errorf("%s: missing %s %s %s", c.Name, row.Subject, row.Predicate, row.Object)
				}
			case row.Kind == eval.Forbidden:
				if has(row.Subject, row.Predicate, row.Object) {
					t.Errorf("%s: N row %s %s %s extracted as a plain edge", c.Name, row.Subject, row.Predicate, row.Object)
				}
			}
		}
		for _, r := range core[prefix] {
			if !has(r[0], schema.Predicate(r[1]), r[2]) {
				t.Errorf("%s: missing %s %s %s", c.Name, r[0], r[1], r[2])
			}
		}
	}
	if seen != 3 {
		t.Fatalf("found %d of the three seed articles in %s", seen, dir)
	}
}

func fold(s string) string {
	s = strings.NewReplacer("’", "'", "‘", "'").Replace(strings.ToLower(s))
	return strings.Join(strings.Fields(s), " ")
}
