package eval

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/statekg/statekg/schema"
)

// normalize folds a text for comparison: lower case, runs of white space as
// one space, curly apostrophes as straight ones.
func normalize(s string) string {
	s = strings.NewReplacer("’", "'", "‘", "'").Replace(s)
	return strings.Join(strings.Fields(strings.ToLower(s)), " ")
}

// class returns the type an entity is aligned and scored under: Person
// counts as Official.
func class(t schema.Type) schema.Type {
	if t == schema.Person {
		return schema.Official
	}
	return t
}

// scoredTypes are the entity types scored, in report order.
var scoredTypes = []schema.Type{schema.State, schema.Official, schema.Organization, schema.Incident}

// stopWords are the common words of four or more letters left out of the
// content words of incident names: function words and the reporting and
// time words of news text. Words naming kinds of event (attack, breach,
// theft) are content words.
var stopWords = map[string]bool{
	"about": true, "after": true, "against": true, "also": true, "been": true,
	"before": true, "could": true, "first": true, "from": true, "have": true,
	"into": true, "last": true, "latest": true, "more": true, "most": true,
	"other": true, "over": true, "recent": true, "said": true, "says": true,
	"some": true, "such": true, "than": true, "that": true, "their": true,
	"them": true, "then": true, "there": true, "these": true, "they": true,
	"this": true, "those": true, "under": true, "were": true, "what": true,
	"when": true, "where": true, "which": true, "while": true, "will": true,
	"with": true, "would": true, "week": true, "month": true, "year": true,
	"years": true,
}

// contentWords adds to set the content words of s: words of four or more
// letters, not stop words, cut to their first five letters.
func contentWords(set map[string]bool, s string) {
	for _, w := range strings.FieldsFunc(normalize(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if utf8.RuneCountInString(w) < 4 || stopWords[w] {
			continue
		}
		if r := []rune(w); len(r) > 5 {
			w = string(r[:5])
		}
		set[w] = true
	}
}

// texts returns the normalised canonical name and mentions of an entity.
func texts(name string, mentions []string) map[string]bool {
	set := map[string]bool{normalize(name): true}
	for _, m := range mentions {
		set[normalize(m)] = true
	}
	delete(set, "")
	return set
}

// aligner maps extracted entities onto the gold entities of one article.
type aligner struct {
	gold   *Gold
	texts  []map[string]bool // per gold entity
	words  []map[string]bool // per gold Incident, else nil
	byName map[string]int    // canonical name → index
}

func newAligner(g *Gold) *aligner {
	a := &aligner{
		gold:   g,
		texts:  make([]map[string]bool, len(g.Entities)),
		words:  make([]map[string]bool, len(g.Entities)),
		byName: make(map[string]int, len(g.Entities)),
	}
	for i, e := range g.Entities {
		a.texts[i] = texts(e.Name, e.Mentions)
		a.byName[e.Name] = i
		if e.Type == schema.Incident {
			a.words[i] = make(map[string]bool)
			contentWords(a.words[i], e.Name)
			for _, m := range e.Mentions {
				contentWords(a.words[i], m)
			}
		}
	}
	return a
}

// align returns the index of the gold entity e aligns with, or -1.
func (a *aligner) align(e *schema.Entity) int {
	c := class(e.Type)
	mentions := make([]string, len(e.Mentions))
	for i, m := range e.Mentions {
		mentions[i] = m.Text
	}
	own := texts(e.Name, mentions)
	name := normalize(e.Name)
	if i := a.best(c, name, own, a.texts); i >= 0 || c != schema.Incident {
		return i
	}
	words := make(map[string]bool)
	for t := range own {
		contentWords(words, t)
	}
	return a.best(c, name, words, a.words)
}

// best returns the gold entity of class c whose set shares the most
// members with own, or -1 when none shares any. Ties go to the entity whose
// canonical name is name, then to the first in the file.
func (a *aligner) best(c schema.Type, name string, own map[string]bool, sets []map[string]bool) int {
	best, bestN, bestNamed := -1, 0, false
	for i, ge := range a.gold.Entities {
		if class(ge.Type) != c || sets[i] == nil {
			continue
		}
		n := 0
		for t := range own {
			if sets[i][t] {
				n++
			}
		}
		named := normalize(ge.Name) == name
		if n > bestN || n > 0 && n == bestN && named && !bestNamed {
			best, bestN, bestNamed = i, n, named
		}
	}
	return best
}
