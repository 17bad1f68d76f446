package graph

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/shape"
	"github.com/cayleygraph/quad"

	"github.com/statekg/statekg/schema"
)

// Period limits a view to the articles published in it: Since and Until
// are calendar dates (YYYY-MM-DD), both included, and either may be ""
// for no limit on that side. An article without a date is outside every
// period that has a limit.
type Period struct {
	Since, Until string
}

// ParsePeriod checks since and until and returns them as a Period.
func ParsePeriod(since, until string) (Period, error) {
	for _, d := range []string{since, until} {
		if d != "" && !isDate(d) {
			return Period{}, fmt.Errorf("period: %q is not a date (YYYY-MM-DD)", d)
		}
	}
	if since != "" && until != "" && since > until {
		return Period{}, fmt.Errorf("period: %s is after %s", since, until)
	}
	return Period{Since: since, Until: until}, nil
}

func isDate(s string) bool {
	_, err := time.Parse(time.DateOnly, s)
	return err == nil
}

// Open reports whether the period has no limit.
func (p Period) Open() bool { return p.Since == "" && p.Until == "" }

// Contains reports whether an article published on date (an xsd:date or
// the start of an xsd:dateTime) is in the period.
func (p Period) Contains(date string) bool {
	if p.Open() {
		return true
	}
	if len(date) < 10 || !isDate(date[:10]) {
		return false
	}
	d := date[:10]
	return (p.Since == "" || d >= p.Since) && (p.Until == "" || d <= p.Until)
}

// Link is one fact edge of an entity card: its predicate, the entity at
// its other end (for a literal, such as the title of a position, only
// Name is set) and how many articles hold an asserted, stated statement
// of it.
type Link struct {
	Predicate schema.Predicate `json:"predicate"`
	Other     Entity           `json:"other"`
	Inward    bool             `json:"inward,omitempty"` // whether Other is the subject: Other —Predicate→ the card's entity
	Articles  int              `json:"articles"`
}

// LinkGroup is the links of one predicate, most supported first.
type LinkGroup struct {
	Predicate schema.Predicate `json:"predicate"`
	Links     []Link           `json:"links"`
}

// Card is what the graph says about one entity.
type Card struct {
	Entity
	Wikidata  string      `json:"wikidata,omitempty"`  // its Wikidata id ("Q423"), or ""
	Articles  int         `json:"articles"`            // the articles that mention it
	Positions []Link      `json:"positions,omitempty"` // the titles it holds (position)
	Serves    []Link      `json:"serves,omitempty"`    // whom it is an official of (officialOf)
	Officials []Link      `json:"officials,omitempty"` // its officials (officialOf, inward)
	Incidents []Link      `json:"incidents,omitempty"` // incidents that target it or are attributed to it, or that it targets or is attributed to
	Out       []LinkGroup `json:"out"`                 // its fact edges, by predicate
	In        []LinkGroup `json:"in"`                  // the fact edges that reach it, by predicate
}

// Card returns the card of the entity iri: its type, names and Wikidata
// id, the positions it holds and whom it serves, its fact edges out and
// in grouped by predicate, each with the number of articles that support
// it, and the incidents it is tied to. With a period that has a limit,
// only articles published in it count, and edges no such article supports
// are left out.
func (s *Store) Card(ctx context.Context, iri quad.IRI, p Period) (Card, error) {
	c, err := s.card(ctx, iri, p)
	if err != nil {
		return c, fmt.Errorf("card of %s: %w", iri, err)
	}
	return c, nil
}

func (s *Store) card(ctx context.Context, iri quad.IRI, p Period) (Card, error) {
	c := Card{Out: []LinkGroup{}, In: []LinkGroup{}}
	type edge struct {
		pred  schema.Predicate
		other quad.Value
		out   bool
	}
	var edges []edge
	v := s.vocab
	e, err := s.describe(ctx, iri, func(pi quad.IRI, o quad.Value) {
		if pi == schema.SameAs {
			c.Wikidata = wikidataID(o)
			return
		}
		if pred, ok := v.PredicateOf(pi); ok {
			edges = append(edges, edge{pred, o, true})
		}
	})
	if err != nil {
		return c, err
	}
	if e.Type == "" {
		return c, fmt.Errorf("%s: %w", iri, ErrNotEntity)
	}
	c.Entity = e
	sup := newSupport(s, p)
	var mentions []quad.Value
	err = s.eachEdge(ctx, iri, quad.Subject, func(pi quad.IRI, o quad.Value) {
		if pi == schema.Mentions {
			mentions = append(mentions, o)
			return
		}
		if pred, ok := v.PredicateOf(pi); ok {
			edges = append(edges, edge{pred, o, false})
		}
	})
	if err != nil {
		return c, err
	}
	for _, a := range mentions {
		if ai, ok := a.(quad.IRI); ok {
			if in, err := sup.articleIn(ctx, ai); err != nil {
				return c, err
			} else if in {
				c.Articles++
			}
		}
	}
	out := make(map[schema.Predicate][]Link)
	in := make(map[schema.Predicate][]Link)
	for _, ed := range edges {
		subj, obj := quad.Value(iri), ed.other
		if !ed.out {
			subj, obj = ed.other, iri
		}
		n, err := sup.count(ctx, v.Fact(subj, v.Predicate(ed.pred), obj))
		if err != nil {
			return c, err
		}
		if n == 0 && !p.Open() {
			continue
		}
		l := Link{Predicate: ed.pred, Inward: !ed.out, Articles: n}
		if oi, ok := ed.other.(quad.IRI); ok {
			if l.Other, err = s.entity(ctx, oi); err != nil {
				return c, err
			}
		} else {
			l.Other.Name = Text(ed.other)
		}
		if ed.out {
			out[ed.pred] = append(out[ed.pred], l)
		} else {
			in[ed.pred] = append(in[ed.pred], l)
		}
		switch {
		case ed.pred == schema.Position && ed.out:
			c.Positions = append(c.Positions, l)
		case ed.pred == schema.OfficialOf && ed.out:
			c.Serves = append(c.Serves, l)
		case ed.pred == schema.OfficialOf:
			c.Officials = append(c.Officials, l)
		case (ed.pred == schema.Targets || ed.pred == schema.AttributedTo) && (l.Other.Type == schema.Incident || e.Type == schema.Incident):
			c.Incidents = append(c.Incidents, l)
		}
	}
	c.Out, c.In = groups(out), groups(in)
	for _, ls := range [][]Link{c.Positions, c.Serves, c.Officials, c.Incidents} {
		sortLinks(ls)
	}
	return c, nil
}

// groups returns links by predicate, in the order of schema.Predicates.
func groups(m map[schema.Predicate][]Link) []LinkGroup {
	out := []LinkGroup{}
	for _, p := range schema.Predicates() {
		if ls := m[p]; len(ls) > 0 {
			sortLinks(ls)
			out = append(out, LinkGroup{Predicate: p, Links: ls})
		}
	}
	return out
}

// sortLinks sorts links by support, most first, then by name.
func sortLinks(ls []Link) {
	sort.SliceStable(ls, func(i, j int) bool {
		if ls[i].Articles != ls[j].Articles {
			return ls[i].Articles > ls[j].Articles
		}
		if ls[i].Other.Name != ls[j].Other.Name {
			return ls[i].Other.Name < ls[j].Other.Name
		}
		return ls[i].Other.IRI < ls[j].Other.IRI
	})
}

// eachEdge calls fn with the predicate and the other end of every quad
// that leaves node (dir quad.Object) or reaches it (dir quad.Subject),
// read from the node's own index. (A path naming a predicate has Cayley's
// key-value stores read every quad of that predicate.) A node the store
// does not hold has no edges.
func (s *Store) eachEdge(ctx context.Context, node quad.Value, dir quad.Direction, fn func(p quad.IRI, o quad.Value)) error {
	from := quad.Subject
	if dir == quad.Subject {
		from = quad.Object
	}
	return s.eachQuad(ctx, from, s.qs.ValueOf(node), func(r cgraph.Ref) {
		p, ok := s.qs.NameOf(s.qs.QuadDirection(r, quad.Predicate)).(quad.IRI)
		if o := s.qs.NameOf(s.qs.QuadDirection(r, dir)); ok && o != nil {
			fn(p, o)
		}
	})
}

// eachObject calls fn with the object of every quad subject —p→ object
// of any graph, through the store's subject–predicate index where it has
// one. A subject or predicate the store does not hold has no quads.
func (s *Store) eachObject(ctx context.Context, subject quad.Value, p quad.IRI, fn func(o quad.Value)) error {
	sref, pref := s.qs.ValueOf(subject), s.qs.ValueOf(p)
	if sref == nil || pref == nil {
		return nil
	}
	qa := shape.QuadsAction{Result: quad.Object}
	qa.SetFilter(quad.Subject, sref)
	qa.SetFilter(quad.Predicate, pref)
	it := shape.BuildIterator(s.qs, qa)
	defer it.Close()
	for it.Next(ctx) {
		fn(s.qs.NameOf(it.Result()))
		for it.NextPath(ctx) {
			fn(s.qs.NameOf(it.Result()))
		}
	}
	if err := it.Err(); err != nil {
		return err
	}
	return ctx.Err()
}

// support counts the articles behind facts, remembering the dates of the
// articles it has read.
type support struct {
	s      *Store
	period Period
	dates  map[quad.IRI]string
}

func newSupport(s *Store, p Period) *support {
	return &support{s: s, period: p, dates: make(map[quad.IRI]string)}
}

// date returns the datePublished of the article iri, or "".
func (sp *support) date(ctx context.Context, article quad.IRI) (string, error) {
	if d, ok := sp.dates[article]; ok {
		return d, nil
	}
	d, err := sp.s.firstString(ctx, article, schema.DatePublished)
	if err != nil {
		return "", err
	}
	sp.dates[article] = d
	return d, nil
}

// articleIn reports whether the article iri is in the period.
func (sp *support) articleIn(ctx context.Context, article quad.IRI) (bool, error) {
	if sp.period.Open() {
		return true, nil
	}
	d, err := sp.date(ctx, article)
	return err == nil && sp.period.Contains(d), err
}

// count returns how many articles in the period have an asserted, stated
// statement of the fact node fact.
func (sp *support) count(ctx context.Context, fact quad.IRI) (int, error) {
	v := sp.s.vocab
	var stmts []quad.IRI
	err := sp.s.eachEdge(ctx, fact, quad.Subject, func(p quad.IRI, o quad.Value) {
		if iri, ok := o.(quad.IRI); ok && p == v.Term(schema.TermFact) {
			stmts = append(stmts, iri)
		}
	})
	if err != nil {
		return 0, err
	}
	seen := make(map[string]bool)
	for _, st := range stmts {
		id, ok := v.StatementArticle(st)
		if !ok || seen[id] {
			continue
		}
		plain, err := sp.s.plain(ctx, st)
		if err != nil {
			return 0, err
		}
		if !plain {
			continue
		}
		in, err := sp.articleIn(ctx, v.Article(id))
		if err != nil {
			return 0, err
		}
		if in {
			seen[id] = true
		}
	}
	return len(seen), nil
}

// plain reports whether the statement st is asserted and stated: whether
// it has neither a polarity nor a modality, read through the store's
// subject–predicate index. (Unlike a path through the two predicates, it
// also works on a store that has never seen one of them.)
func (s *Store) plain(ctx context.Context, st quad.Value) (bool, error) {
	plain := true
	for _, t := range []schema.Term{schema.TermPolarity, schema.TermModality} {
		err := s.eachObject(ctx, st, s.vocab.Term(t), func(quad.Value) { plain = false })
		if err != nil || !plain {
			return plain, err
		}
	}
	return plain, nil
}

// wikidataID returns the Wikidata id of an owl:sameAs object, or "".
func wikidataID(o quad.Value) string {
	id, ok := strings.CutPrefix(Text(o), string(schema.WikidataEntityNS))
	if !ok {
		return ""
	}
	return id
}
