package graph

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/path"
	"github.com/cayleygraph/quad"

	"github.com/statekg/statekg/schema"
)

// Entity is an entity of the graph as a look-up shows it.
type Entity struct {
	IRI   quad.IRI    `json:"iri,omitempty"`
	Type  schema.Type `json:"type,omitempty"`
	Name  string      `json:"name"`            // its schema:name ("" if it has none)
	Names []string    `json:"names,omitempty"` // its other names (schema:alternateName), sorted
}

// Match is an entity found by Search, with the names that matched.
type Match struct {
	Entity
	Matched []string `json:"matched"` // the names (schema:name or alternateName) containing the text, sorted
}

// Names is an index of the entities of a graph by their names and
// alternate names, read once by Store.Names: the store keeps no index of
// values, so a look-up without it reads every name there is. It does not
// change with the store; read it again after writing.
type Names struct {
	entries []nameEntry
}

type nameEntry struct {
	Entity
	names, lower []string // the name and the alternate names, and in lower case
}

// Len returns the number of entities in the index.
func (n *Names) Len() int { return len(n.entries) }

// Names reads the names of every entity of the graph into an index.
func (s *Store) Names(ctx context.Context) (*Names, error) {
	iris, err := s.entityIRIs(ctx)
	if err != nil {
		return nil, fmt.Errorf("names: %w", err)
	}
	idx := &Names{entries: make([]nameEntry, 0, len(iris))}
	for _, iri := range iris {
		e, err := s.entity(ctx, iri)
		if err != nil {
			return nil, fmt.Errorf("names: %w", err)
		}
		ne := nameEntry{Entity: e}
		if e.Name != "" {
			ne.names = append(ne.names, e.Name)
		}
		ne.names = append(ne.names, e.Names...)
		for _, n := range ne.names {
			ne.lower = append(ne.lower, strings.ToLower(n))
		}
		idx.entries = append(idx.entries, ne)
	}
	sort.Slice(idx.entries, func(i, j int) bool { return idx.entries[i].IRI < idx.entries[j].IRI })
	return idx, nil
}

// Lookup returns the entities whose name or one of whose alternate names
// is name, compared case-insensitively, sorted as Search sorts them: those
// whose own name it is first.
func (n *Names) Lookup(name string) []Entity {
	lower := strings.ToLower(strings.TrimSpace(name))
	var own, alt []Entity
	for _, e := range n.entries {
		for i, l := range e.lower {
			if l != lower {
				continue
			}
			if i == 0 && e.Name != "" {
				own = append(own, e.Entity)
			} else {
				alt = append(alt, e.Entity)
			}
			break
		}
	}
	byName := func(es []Entity) {
		sort.SliceStable(es, func(i, j int) bool { return es[i].Name < es[j].Name })
	}
	byName(own)
	byName(alt)
	return append(own, alt...)
}

// Search returns the entities of the graph with a name or alternate name
// containing text, as Names.Search does. It reads every entity's names:
// a program that looks up many names reads them once with Store.Names.
func (s *Store) Search(ctx context.Context, text string, limit int) ([]Match, error) {
	if strings.TrimSpace(text) == "" {
		return nil, errors.New("search: no text to look for")
	}
	idx, err := s.Names(ctx)
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", text, err)
	}
	return idx.Search(text, limit)
}

// Search returns the entities with a name or alternate name containing
// text, compared case-insensitively. Those whose name is text come first,
// then those with an alternate name that is text, then those whose name
// starts with it, then those with such an alternate name, then those whose
// name contains it, then the others; each group is sorted by name. It
// returns at most limit matches (all when limit <= 0); text must not be
// blank.
func (n *Names) Search(text string, limit int) ([]Match, error) {
	text = strings.TrimSpace(text)
	if text == "" {
		return nil, errors.New("search: no text to look for")
	}
	lower := strings.ToLower(text)
	type ranked struct {
		Match
		rank int
	}
	var found []ranked
	for _, e := range n.entries {
		r := ranked{Match: Match{Entity: e.Entity}, rank: 6}
		for i, l := range e.lower {
			if !strings.Contains(l, lower) {
				continue
			}
			r.Matched = append(r.Matched, e.names[i])
			own := i == 0 && e.Name != ""
			switch {
			case l == lower && own:
				r.rank = 0
			case l == lower:
				r.rank = min(r.rank, 1)
			case strings.HasPrefix(l, lower) && own:
				r.rank = min(r.rank, 2)
			case strings.HasPrefix(l, lower):
				r.rank = min(r.rank, 3)
			case own:
				r.rank = min(r.rank, 4)
			default:
				r.rank = min(r.rank, 5)
			}
		}
		if len(r.Matched) > 0 {
			sort.Strings(r.Matched)
			found = append(found, r)
		}
	}
	sort.Slice(found, func(i, j int) bool {
		if found[i].rank != found[j].rank {
			return found[i].rank < found[j].rank
		}
		if found[i].Name != found[j].Name {
			return found[i].Name < found[j].Name
		}
		return found[i].IRI < found[j].IRI
	})
	if limit > 0 && len(found) > limit {
		found = found[:limit]
	}
	out := make([]Match, len(found))
	for i, r := range found {
		out[i] = r.Match
	}
	return out, nil
}

// entityIRIs returns the entities of the graph, sorted: the subjects of
// the rdf:type quads whose object is a type of the vocabulary, read from
// the types' own index.
func (s *Store) entityIRIs(ctx context.Context) ([]quad.IRI, error) {
	var iris []quad.IRI
	for _, t := range schema.Types() {
		err := s.eachEdge(ctx, s.vocab.Type(t), quad.Subject, func(p quad.IRI, o quad.Value) {
			if iri, ok := o.(quad.IRI); ok && p == schema.RDFType {
				iris = append(iris, iri)
			}
		})
		if err != nil {
			return nil, err
		}
	}
	sort.Slice(iris, func(i, j int) bool { return iris[i] < iris[j] })
	out := iris[:0]
	for i, iri := range iris {
		if i == 0 || iri != iris[i-1] {
			out = append(out, iri)
		}
	}
	return out, nil
}

// entity reads the type and names of the entity iri, through the
// store's subject–predicate index: however many edges the entity has, it
// reads only those three predicates' quads.
func (s *Store) entity(ctx context.Context, iri quad.IRI) (Entity, error) {
	e := Entity{IRI: iri}
	alt := make(map[string]struct{})
	err := s.eachObject(ctx, iri, schema.RDFType, func(o quad.Value) {
		if o, ok := o.(quad.IRI); ok {
			if t, ok := s.vocab.TypeOf(o); ok {
				e.Type = t
			}
		}
	})
	if err == nil {
		err = s.eachObject(ctx, iri, schema.Name, func(o quad.Value) {
			if n := Text(o); e.Name == "" || n < e.Name {
				e.Name = n
			}
		})
	}
	if err == nil {
		err = s.eachObject(ctx, iri, schema.AlternateName, func(o quad.Value) {
			alt[Text(o)] = struct{}{}
		})
	}
	if err != nil {
		return e, err
	}
	e.setNames(alt)
	return e, nil
}

// setNames sets e.Names to the alternate names alt other than e.Name,
// sorted.
func (e *Entity) setNames(alt map[string]struct{}) {
	delete(alt, e.Name)
	for n := range alt {
		e.Names = append(e.Names, n)
	}
	sort.Strings(e.Names)
}

// describe reads the type and names of the entity iri from its edges,
// and calls other with each of its other edges.
func (s *Store) describe(ctx context.Context, iri quad.IRI, other func(p quad.IRI, o quad.Value)) (Entity, error) {
	e := Entity{IRI: iri}
	alt := make(map[string]struct{})
	// All the node's edges, sorted out here (see eachEdge).
	err := s.eachEdge(ctx, iri, quad.Object, func(p quad.IRI, o quad.Value) {
		switch p {
		case schema.RDFType:
			if o, ok := o.(quad.IRI); ok {
				if t, ok := s.vocab.TypeOf(o); ok {
					e.Type = t
				}
			}
		case schema.Name:
			if n := Text(o); e.Name == "" || n < e.Name {
				e.Name = n // the same of every article; the least if not
			}
		case schema.AlternateName:
			alt[Text(o)] = struct{}{}
		default:
			other(p, o)
		}
	})
	if err != nil {
		return e, err
	}
	e.setNames(alt)
	return e, nil
}

// Node is a node at the other end of an edge, as Neighbours shows it.
type Node struct {
	Value quad.Value // an IRI, a blank node or a literal
	Name  string     // its schema:name, its schema:headline for an article, or "" (a literal's text)
	Type  string     // the local name of its rdf:type ("State", "Article"), "Fact" for a fact node, or ""
}

// Edge is one edge of a neighbourhood: its predicate, the node at its
// other end and how many quads state it (one: the default graph states a
// fact once, and an article's graph a mention or a claimant once).
type Edge struct {
	Predicate quad.IRI
	Node      Node
	Quads     int
}

// Neighbourhood is a node with the edges that leave it and the edges that
// reach it, apart from its own type and names.
type Neighbourhood struct {
	Node      Node
	Names     []string // the node's alternate names, sorted
	Out, In   []Edge   // sorted by predicate, then by the other end's name and value
	Truncated bool     // whether edges were left out to keep to the limit
}

// Neighbours returns the neighbourhood of node: its type and names and its
// edges in and out with the name and type of the node at the other end. At
// most limit edges of each predicate are returned in each direction (all
// when limit <= 0), so that a node named by thousands of articles still
// shows its edges of every kind.
func (s *Store) Neighbours(ctx context.Context, node quad.Value, limit int) (Neighbourhood, error) {
	var n Neighbourhood
	if node == nil {
		return n, errors.New("neighbours: no node")
	}
	self, err := s.node(ctx, node)
	if err != nil {
		return n, fmt.Errorf("neighbours of %s: %w", node, err)
	}
	n.Node = self
	if iri, ok := node.(quad.IRI); ok {
		e, err := s.entity(ctx, iri)
		if err != nil {
			return n, fmt.Errorf("neighbours of %s: %w", node, err)
		}
		n.Names = e.Names
	}
	own := make(map[any]bool)
	for _, p := range []quad.IRI{schema.RDFType, schema.Name, schema.AlternateName} {
		if r := s.qs.ValueOf(p); r != nil {
			own[cgraph.ToKey(r)] = true
		}
	}
	for _, dir := range []quad.Direction{quad.Object, quad.Subject} {
		type edge struct {
			pred, other cgraph.Ref
			quads       int
		}
		var (
			found   []*edge
			byKey   = make(map[[2]any]*edge)
			perPred = make(map[any]int)
		)
		p := path.StartPath(s.read, node)
		if dir == quad.Object {
			p = p.OutWithTags([]string{"p"}).Tag("o")
		} else {
			p = p.InWithTags([]string{"p"}).Tag("o")
		}
		// Refs, not values: a popular node has thousands of quads, and
		// only the distinct edges kept need their values.
		err := p.Iterate(ctx).TagEach(func(m map[string]cgraph.Ref) {
			pred, other := m["p"], m["o"]
			if pred == nil || other == nil {
				return
			}
			pk := cgraph.ToKey(pred)
			if dir == quad.Object && own[pk] {
				return
			}
			k := [2]any{pk, cgraph.ToKey(other)}
			if e := byKey[k]; e != nil {
				e.quads++
				return
			}
			if limit > 0 && perPred[pk] >= limit {
				n.Truncated = true
				return
			}
			perPred[pk]++
			e := &edge{pred: pred, other: other, quads: 1}
			byKey[k] = e
			found = append(found, e)
		})
		if err != nil {
			return n, fmt.Errorf("neighbours of %s: %w", node, err)
		}
		edges := make([]Edge, 0, len(found))
		for _, e := range found {
			pred, ok := s.qs.NameOf(e.pred).(quad.IRI)
			other := s.qs.NameOf(e.other)
			if !ok || other == nil {
				continue
			}
			o, err := s.node(ctx, other)
			if err != nil {
				return n, fmt.Errorf("neighbours of %s: %w", node, err)
			}
			edges = append(edges, Edge{Predicate: pred, Node: o, Quads: e.quads})
		}
		sort.Slice(edges, func(i, j int) bool {
			a, b := edges[i], edges[j]
			if a.Predicate != b.Predicate {
				return a.Predicate < b.Predicate
			}
			if a.Node.Name != b.Node.Name {
				return a.Node.Name < b.Node.Name
			}
			return a.Node.Value.String() < b.Node.Value.String()
		})
		if dir == quad.Object {
			n.Out = edges
		} else {
			n.In = edges
		}
	}
	return n, nil
}

// node reads the name and type of v; a literal is its own name.
func (s *Store) node(ctx context.Context, v quad.Value) (Node, error) {
	n := Node{Value: v}
	switch v := v.(type) {
	case quad.IRI:
		if strings.HasPrefix(string(v), string(s.vocab.FactNS())) {
			n.Type = "Fact" // a fact node has no type: its triple is its description
			return n, nil
		}
	case quad.BNode:
	default:
		n.Name = Text(v)
		return n, nil
	}
	err := s.eachEdge(ctx, v, quad.Object, func(p quad.IRI, o quad.Value) {
		switch p {
		case schema.RDFType:
			if t := localName(o); n.Type == "" || t < n.Type {
				n.Type = t
			}
		case schema.Name, schema.Headline:
			if t := Text(o); n.Name == "" || t < n.Name {
				n.Name = t
			}
		}
	})
	return n, err
}

// localName returns the part of an IRI after its last '/' or '#'.
func localName(v quad.Value) string {
	s := Text(v)
	if i := strings.LastIndexAny(s, "/#"); i >= 0 && i < len(s)-1 {
		return s[i+1:]
	}
	return s
}
