package extract_test

import (
	"bufio"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/statekg/statekg/extract"
	"github.com/statekg/statekg/schema"
)

// TestEntityRules runs the fixtures of testdata/entities, one subtest a
// rule (the file's name): sentences written for the rule, each followed by
// what its extraction must hold. Rows, tab-separated:
//
//	S  text                      a new case: the text extracted
//	E  type  mention             an entity of the type has the mention
//	X  type  mention             no entity of the type has the mention
//	M  type  name                an entity of the type has the name, its
//	                              case as given
//	R  subject  predicate  object  a plain claim whose subject has the
//	                              mention subject and whose object has the
//	                              mention object (or is that literal)
//	N  subject  predicate  object  no such plain claim
//	C  mention  mention          one entity has both mentions
//	D  mention  mention          no entity has both mentions
func TestEntityRules(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "entities", "*.tsv"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	x, err := extract.New(extract.Config{})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		t.Run(strings.TrimSuffix(filepath.Base(f), ".tsv"), func(t *testing.T) {
			runEntityFixture(t, x, f)
		})
	}
}

func runEntityFixture(t *testing.T, x *extract.Extractor, path string) {
	fh, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	var doc *schema.Document
	var text string
	cases := 0
	sc := bufio.NewScanner(fh)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if f[0] == "S" {
			text = f[1]
			doc = extract.ExtractDoc(t, x, schema.Article{ID: "fixture", Text: text})
			cases++
			continue
		}
		if doc == nil {
			t.Fatalf("%s:%d: a row before any S row", path, n)
		}
		switch {
		case f[0] == "E" && len(f) == 3:
			if ents := withMention(doc, schema.Type(f[1]), f[2]); len(ents) == 0 {
				t.Errorf("%s:%d: %q: no %s with mention %q in %s", path, n, text, f[1], f[2], entityList(doc))
			}
		case f[0] == "X" && len(f) == 3:
			if ents := withMention(doc, schema.Type(f[1]), f[2]); len(ents) > 0 {
				t.Errorf("%s:%d: %q: a %s with mention %q: %v", path, n, text, f[1], f[2], ents)
			}
		case f[0] == "M" && len(f) == 3:
			if !slices.ContainsFunc(doc.Entities, func(e schema.Entity) bool { return e.Type == schema.Type(f[1]) && e.Name == f[2] }) {
				t.Errorf("%s:%d: %q: no %s named %q in %s", path, n, text, f[1], f[2], entityList(doc))
			}
		case (f[0] == "R" || f[0] == "N") && len(f) == 4:
			found := hasClaim(doc, f[1], schema.Predicate(f[2]), f[3])
			if f[0] == "R" && !found {
				t.Errorf("%s:%d: %q: no claim %s %s %s in %v", path, n, text, f[1], f[2], f[3], claimList(doc))
			}
			if f[0] == "N" && found {
				t.Errorf("%s:%d: %q: claim %s %s %s", path, n, text, f[1], f[2], f[3])
			}
		case (f[0] == "C" || f[0] == "D") && len(f) == 3:
			a, b := withMention(doc, "", f[1]), withMention(doc, "", f[2])
			same := false
			for _, e := range a {
				for _, o := range b {
					same = same || e == o
				}
			}
			if f[0] == "C" && !same {
				t.Errorf("%s:%d: %q: %q and %q are not one entity: %s", path, n, text, f[1], f[2], entityList(doc))
			}
			if f[0] == "D" && (same || len(a) == 0 || len(b) == 0) {
				t.Errorf("%s:%d: %q: %q and %q are not two entities: %s", path, n, text, f[1], f[2], entityList(doc))
			}
		default:
			t.Fatalf("%s:%d: bad row %q", path, n, line)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if cases == 0 {
		t.Fatalf("%s: no cases", path)
	}
}

// withMention returns the names of the entities of type typ (any type if
// empty) that have the mention m, written as in the text.
func withMention(doc *schema.Document, typ schema.Type, m string) []string {
	var out []string
	for _, e := range doc.Entities {
		if typ != "" && e.Type != typ && !(typ == schema.Official && e.Type == schema.Person) {
			continue
		}
		for _, em := range e.Mentions {
			if em.Text == m {
				out = append(out, string(e.Type)+":"+e.Name)
				break
			}
		}
	}
	return out
}

func hasClaim(doc *schema.Document, subj string, p schema.Predicate, obj string) bool {
	for _, c := range doc.Claims {
		if c.Predicate != p || !c.Plain() {
			continue
		}
		s := doc.Entity(c.Subject)
		if s == nil || !mentioned(s, subj) {
			continue
		}
		if c.Literal != "" {
			if c.Literal == obj {
				return true
			}
			continue
		}
		if o := doc.Entity(c.Object); o != nil && mentioned(o, obj) || o == nil && c.Object.Name == obj {
			return true
		}
	}
	return false
}

func mentioned(e *schema.Entity, m string) bool {
	for _, em := range e.Mentions {
		if em.Text == m {
			return true
		}
	}
	return e.Name == m
}

func entityList(doc *schema.Document) string {
	var b strings.Builder
	for _, e := range doc.Entities {
		var ms []string
		for _, m := range e.Mentions {
			ms = append(ms, m.Text)
		}
		b.WriteString(string(e.Type) + " " + e.Name + " [" + strings.Join(ms, "|") + "]; ")
	}
	return b.String()
}

func claimList(doc *schema.Document) string {
	var b strings.Builder
	for _, c := range doc.Claims {
		o := c.Object.Name
		if c.Literal != "" {
			o = c.Literal
		}
		b.WriteString(c.Subject.Name + " " + string(c.Predicate) + " " + o + "; ")
	}
	return b.String()
}
