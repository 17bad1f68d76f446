package extract

import (
	"strings"

	"github.com/statekg/statekg/schema"
)

// gazEntry is one surface form the gazetteer knows.
type gazEntry struct {
	typ      schema.Type
	name     string // canonical name
	form     string // "name", "demonym", "capital", "alias"
	kind     string // organisation kind, "official"
	state    string // canonical name of the state it belongs to
	parent   string // canonical name of the organisation it belongs to
	wikidata string
	cond     string // canonical name of a state the article must name by another form
	ambig    bool   // may be a person's name
	user     bool
}

// gazetteer maps token sequences to entries. Keys are the tokens' texts
// with apostrophes normalised, joined by one space; matching is case-sensitive.
type gazetteer struct {
	tok    Tokenizer
	m      map[string][]gazEntry
	maxLen int
}

func newGazetteer(t Tokenizer) *gazetteer {
	return &gazetteer{tok: t, m: map[string][]gazEntry{}}
}

func normTok(s string) string {
	if strings.ContainsAny(s, "’‘“”") {
		s = strings.NewReplacer("’", "'", "‘", "'", "“", "\"", "”", "\"").Replace(s)
	}
	return s
}

func (g *gazetteer) key(form string) (string, int) {
	toks := g.tok.Tokenize(form)
	parts := make([]string, len(toks))
	for i, t := range toks {
		parts[i] = normTok(t.Text)
	}
	return strings.Join(parts, " "), len(toks)
}

func (g *gazetteer) add(form string, e gazEntry) {
	k, n := g.key(form)
	if n == 0 {
		return
	}
	if e.user {
		// a user's actor replaces what was known under that form
		g.m[k] = []gazEntry{e}
	} else {
		for _, old := range g.m[k] {
			if old.typ == e.typ && old.name == e.name {
				return
			}
		}
		g.m[k] = append(g.m[k], e)
	}
	if n > g.maxLen {
		g.maxLen = n
	}
}

func (g *gazetteer) addLexicon(l *lexicon, states map[string]*stateInfo) {
	for i := range l.states {
		s := &l.states[i]
		e := gazEntry{typ: schema.State, name: s.name, wikidata: s.wikidata, state: s.name}
		e.form = "name"
		e.ambig = s.ambiguous
		g.add(s.name, e)
		e.ambig = false
		if s.official != "" {
			g.add(s.official, e)
		}
		e.form = "alias"
		for _, a := range s.aliases {
			ee := e
			if i := strings.Index(a, "@"); i > 0 {
				if c, ok := states[a[i+1:]]; ok {
					ee.cond = c.name
				}
				a = a[:i]
			}
			g.add(a, ee)
		}
		e.form = "demonym"
		for _, d := range s.demonyms {
			g.add(d, e)
		}
		if s.capital != "" && !s.nocapital && s.capital != s.name {
			e.form = "capital"
			g.add(s.capital, e)
		}
	}
	for _, o := range l.orgs {
		e := gazEntry{typ: schema.Organization, name: o.name, form: "name", kind: o.kind, parent: o.parent, wikidata: o.wikidata}
		if s, ok := states[o.state]; ok {
			e.state = s.name
		}
		g.add(o.name, e)
		e.form = "alias"
		for _, a := range o.aliases {
			g.add(a, e)
		}
	}
	for _, o := range l.officials {
		e := gazEntry{typ: schema.Official, name: o.name, form: "name", kind: "official", wikidata: o.wikidata}
		if s, ok := states[o.state]; ok {
			e.state = s.name
		}
		g.add(o.name, e)
		e.form = "alias"
		for _, a := range o.aliases {
			g.add(a, e)
		}
	}
}

func (g *gazetteer) addActor(a Actor, state string) {
	e := gazEntry{typ: a.Type, name: a.Name, form: "name", state: state, wikidata: a.Wikidata, user: true}
	switch a.Type {
	case schema.Official:
		e.kind = "official"
	case schema.State:
		e.state = a.Name
	case schema.Organization:
		e.kind = "agency"
	}
	g.add(a.Name, e)
	e.form = "alias"
	for _, al := range a.Aliases {
		g.add(al, e)
	}
}

// lookup returns the longest entries matching tokens from i on, and the
// number of tokens they cover.
func (g *gazetteer) lookup(toks []Token, i int) ([]gazEntry, int) {
	var b strings.Builder
	max := g.maxLen
	if len(toks)-i < max {
		max = len(toks) - i
	}
	keys := make([]string, 0, max)
	for n := 0; n < max; n++ {
		if n > 0 {
			// a mention never spans a line break or a gap of punctuation
			b.WriteByte(' ')
		}
		b.WriteString(normTok(toks[i+n].Text))
		keys = append(keys, b.String())
	}
	for n := len(keys); n >= 1; n-- {
		if es, ok := g.m[keys[n-1]]; ok {
			return es, n
		}
		if n == 1 && strings.HasPrefix(keys[0], "The") {
			break
		}
	}
	// a sentence-initial "The" may open a form written with "the"
	if toks[i].Text == "The" && max > 1 {
		for n := len(keys); n >= 2; n-- {
			if es, ok := g.m["the"+keys[n-1][3:]]; ok {
				return es, n
			}
		}
	}
	return nil, 0
}
