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
	IRI   quad.IRI
	Type  schema.Type
	Name  string   // its schema:name ("" if it has none)
	Names []string // its other names (schema:alternateName), sorted
}

// Match is an entity found by Search, with the names that matched.
type Match struct {
	Entity
	Matched []string // the names (schema:name or alternateName) containing the text, sorted
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

// Names reads the names of every entity of the graph into an index. It
// reads every quad once: Cayley's key-value stores keep no index by
// predicate, and reading entity by entity takes several times longer.
func (s *Store) Names(ctx context.Context) (*Names, error) {
	key := func(v quad.Value) any {
		if r := s.qs.ValueOf(v); r != nil {
			return cgraph.ToKey(r)
		}
		return nil
	}
	typeKey, nameKey, altKey := key(schema.RDFType), key(schema.Name), key(schema.AlternateName)
	idx := &Names{}
	if typeKey == nil || nameKey == nil {
		return idx, ctx.Err() // nothing typed or named: an empty graph
	}
	classes := make(map[any]schema.Type)
	for _, t := range schema.Types() {
		if k := key(s.vocab.Type(t)); k != nil {
			classes[k] = t
		}
	}
	type found struct {
		ref   cgraph.Ref
		typ   schema.Type
		names map[any]cgraph.Ref // schema:name values
		alts  map[any]cgraph.Ref // schema:alternateName values
	}
	nodes := make(map[any]*found)
	node := func(ref cgraph.Ref) *found {
		k := cgraph.ToKey(ref)
		f := nodes[k]
		if f == nil {
			f = &found{ref: ref, names: map[any]cgraph.Ref{}, alts: map[any]cgraph.Ref{}}
			nodes[k] = f
		}
		return f
	}
	it := s.qs.QuadsAllIterator()
	defer it.Close()
	for it.Next(ctx) {
		q := it.Result()
		pk := cgraph.ToKey(s.qs.QuadDirection(q, quad.Predicate))
		if pk != typeKey && pk != nameKey && (altKey == nil || pk != altKey) {
			continue
		}
		obj := s.qs.QuadDirection(q, quad.Object)
		switch pk {
		case typeKey:
			if t, ok := classes[cgraph.ToKey(obj)]; ok {
				node(s.qs.QuadDirection(q, quad.Subject)).typ = t
			}
		case nameKey:
			node(s.qs.QuadDirection(q, quad.Subject)).names[cgraph.ToKey(obj)] = obj
		default:
			node(s.qs.QuadDirection(q, quad.Subject)).alts[cgraph.ToKey(obj)] = obj
		}
	}
	if err := it.Err(); err != nil {
		return nil, fmt.Errorf("names: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("names: %w", err)
	}
	text := func(refs map[any]cgraph.Ref) []string {
		out := make([]string, 0, len(refs))
		for _, r := range refs {
			out = append(out, Text(s.qs.NameOf(r)))
		}
		sort.Strings(out)
		return out
	}
	for _, f := range nodes {
		iri, ok := s.qs.NameOf(f.ref).(quad.IRI)
		if f.typ == "" || !ok {
			continue // a name of something that is not an entity
		}
		e := Entity{IRI: iri, Type: f.typ}
		if names := text(f.names); len(names) > 0 {
			e.Name = names[0] // the same of every article; the least if not
		}
		for _, n := range text(f.alts) {
			if n != e.Name {
				e.Names = append(e.Names, n)
			}
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

// Node is a node at the other end of an edge, as Neighbours shows it.
type Node struct {
	Value quad.Value // an IRI, a blank node or a literal
	Name  string     // its schema:name, its schema:headline for an article, or "" (a literal's text)
	Type  string     // the local name of its rdf:type ("State", "Article", "Statement"), or ""
	// A node with several names or types (articles that disagree) shows
	// the first the store gives.
}

// Edge is one edge of a neighbourhood: its predicate, the node at its
// other end and how many quads state it (one an article, as a rule).
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
	if _, ok := node.(quad.IRI); ok {
		alts, err := s.texts(ctx, node, schema.AlternateName)
		if err != nil {
			return n, fmt.Errorf("neighbours of %s: %w", node, err)
		}
		for _, a := range alts {
			if a != self.Name {
				n.Names = append(n.Names, a)
			}
		}
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
		p := path.StartPath(s.qs, node)
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
	switch v.(type) {
	case quad.IRI, quad.BNode:
	default:
		n.Name = Text(v)
		return n, nil
	}
	// One predicate at a time, and the first value only: Cayley's
	// key-value stores answer a node and one predicate from an index (and
	// several by reading every quad of them), and every article that names
	// an entity states its name and type again.
	for _, p := range []quad.IRI{schema.Name, schema.Headline} {
		name, err := path.StartPath(s.qs, v).Out(p).Iterate(ctx).FirstValue(s.qs)
		if err != nil {
			return n, err
		}
		if name != nil {
			n.Name = Text(name)
			break
		}
	}
	t, err := path.StartPath(s.qs, v).Out(schema.RDFType).Iterate(ctx).FirstValue(s.qs)
	if t != nil {
		n.Type = localName(t)
	}
	return n, err
}

// texts returns the distinct values of node's property p as text, sorted.
func (s *Store) texts(ctx context.Context, node quad.Value, p quad.IRI) ([]string, error) {
	seen := make(map[string]bool)
	var out []string
	err := path.StartPath(s.qs, node).Out(p).Iterate(ctx).EachValue(s.qs, func(v quad.Value) {
		if t := Text(v); !seen[t] {
			seen[t] = true
			out = append(out, t)
		}
	})
	sort.Strings(out)
	return out, err
}

// localName returns the part of an IRI after its last '/' or '#'.
func localName(v quad.Value) string {
	s := Text(v)
	if i := strings.LastIndexAny(s, "/#"); i >= 0 && i < len(s)-1 {
		return s[i+1:]
	}
	return s
}
