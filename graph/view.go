package graph

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/xml"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/statekg/statekg/schema"
)

// ViewNode is an entity of the entity graph.
type ViewNode struct {
	IRI       quad.IRI
	Name      string
	Type      schema.Type
	Wikidata  string   // "Q423", or ""
	Names     []string // alternate names, sorted
	Positions []string // titles it holds (position facts), sorted
}

// ViewEdge is a fact between two entities, with the number of articles
// that hold an asserted, stated statement of it.
type ViewEdge struct {
	Source, Target quad.IRI
	Predicate      schema.Predicate
	Articles       int
}

// EntityGraph is the knowledge graph as an analyst draws it: one node per
// entity and one edge per fact between entities, without articles,
// sentences, statements or literals (the titles of positions are an
// attribute of their holder). Nodes are sorted by IRI, edges by source,
// predicate and target.
type EntityGraph struct {
	Nodes []ViewNode
	Edges []ViewEdge
}

// EntityGraph reads the entity graph of the store: every entity of the
// default graph with its edges, and, in one pass over the statements, how
// many articles support each edge.
func (s *Store) EntityGraph(ctx context.Context) (*EntityGraph, error) {
	g, err := s.entityGraph(ctx)
	if err != nil {
		return nil, fmt.Errorf("entity graph: %w", err)
	}
	return g, nil
}

func (s *Store) entityGraph(ctx context.Context) (*EntityGraph, error) {
	v := s.vocab
	iris, err := s.entityIRIs(ctx)
	if err != nil {
		return nil, err
	}
	g := &EntityGraph{Nodes: make([]ViewNode, 0, len(iris))}
	isNode := make(map[quad.IRI]bool, len(iris))
	for _, iri := range iris {
		isNode[iri] = true
	}
	for _, iri := range iris {
		var n ViewNode
		e, err := s.describe(ctx, iri, func(p quad.IRI, o quad.Value) {
			if p == schema.SameAs {
				n.Wikidata = wikidataID(o)
				return
			}
			pred, ok := v.PredicateOf(p)
			if !ok {
				return
			}
			if pred.Literal() {
				n.Positions = append(n.Positions, Text(o))
				return
			}
			if oi, ok := o.(quad.IRI); ok && isNode[oi] {
				g.Edges = append(g.Edges, ViewEdge{Source: iri, Target: oi, Predicate: pred})
			}
		})
		if err != nil {
			return nil, err
		}
		n.IRI, n.Name, n.Type, n.Names = e.IRI, e.Name, e.Type, e.Names
		sort.Strings(n.Positions)
		g.Nodes = append(g.Nodes, n)
	}
	counts, err := s.factSupport(ctx)
	if err != nil {
		return nil, err
	}
	for i := range g.Edges {
		e := &g.Edges[i]
		e.Articles = counts[v.Fact(e.Source, v.Predicate(e.Predicate), e.Target)]
	}
	sort.Slice(g.Edges, func(i, j int) bool {
		a, b := g.Edges[i], g.Edges[j]
		if a.Source != b.Source {
			return a.Source < b.Source
		}
		if a.Predicate != b.Predicate {
			return a.Predicate < b.Predicate
		}
		return a.Target < b.Target
	})
	return g, nil
}

// factSupport returns, for every fact node, the number of articles with
// an asserted, stated statement of it, reading the store's quads once for
// the statements' ns:fact, ns:polarity and ns:modality quads (Cayley's
// key-value stores have no index by predicate: reading one predicate's
// quads reads them all).
func (s *Store) factSupport(ctx context.Context) (map[quad.IRI]int, error) {
	v := s.vocab
	key := func(p quad.IRI) any {
		if r := s.qs.ValueOf(p); r != nil {
			return cgraph.ToKey(r)
		}
		return nil
	}
	factKey := key(v.Term(schema.TermFact))
	if factKey == nil {
		return map[quad.IRI]int{}, nil
	}
	other := make(map[any]bool)
	for _, t := range []schema.Term{schema.TermPolarity, schema.TermModality} {
		if k := key(v.Term(t)); k != nil {
			other[k] = true
		}
	}
	notPlain := make(map[quad.IRI]bool)
	type link struct{ st, fact quad.IRI }
	var links []link
	it := s.qs.QuadsAllIterator()
	defer it.Close()
	for it.Next(ctx) {
		r := it.Result()
		pk := cgraph.ToKey(s.qs.QuadDirection(r, quad.Predicate))
		if pk != factKey && !other[pk] {
			continue
		}
		st, ok := s.qs.NameOf(s.qs.QuadDirection(r, quad.Subject)).(quad.IRI)
		if !ok {
			continue
		}
		if pk != factKey {
			notPlain[st] = true
			continue
		}
		if f, ok := s.qs.NameOf(s.qs.QuadDirection(r, quad.Object)).(quad.IRI); ok {
			links = append(links, link{st, f})
		}
	}
	if err := it.Err(); err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	articles := make(map[quad.IRI]map[string]bool)
	for _, l := range links {
		if notPlain[l.st] {
			continue
		}
		id, ok := v.StatementArticle(l.st)
		if !ok {
			continue
		}
		if articles[l.fact] == nil {
			articles[l.fact] = make(map[string]bool)
		}
		articles[l.fact][id] = true
	}
	out := make(map[quad.IRI]int, len(articles))
	for f, ids := range articles {
		out[f] = len(ids)
	}
	return out, nil
}

// WriteGraphML writes the entity graph as GraphML, with its attributes
// declared as keys: label (the name), type, wikidata, names, positions and
// iri on nodes, whose ids are their IRIs; label and predicate (the word of
// the vocabulary), articles and weight (the number of supporting articles)
// on edges. Gephi and yEd show the labels and can colour by type.
func (g *EntityGraph) WriteGraphML(w io.Writer) error {
	bw := bufio.NewWriter(w)
	esc := func(s string) string {
		var b strings.Builder
		xml.EscapeText(&b, []byte(s))
		return b.String()
	}
	bw.WriteString(`<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
  <key id="label" for="node" attr.name="label" attr.type="string"/>
  <key id="type" for="node" attr.name="type" attr.type="string"/>
  <key id="wikidata" for="node" attr.name="wikidata" attr.type="string"/>
  <key id="names" for="node" attr.name="names" attr.type="string"/>
  <key id="positions" for="node" attr.name="positions" attr.type="string"/>
  <key id="iri" for="node" attr.name="iri" attr.type="string"/>
  <key id="elabel" for="edge" attr.name="label" attr.type="string"/>
  <key id="predicate" for="edge" attr.name="predicate" attr.type="string"/>
  <key id="articles" for="edge" attr.name="articles" attr.type="int"/>
  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>
  <graph id="entities" edgedefault="directed">
`)
	data := func(key, val string) {
		if val != "" {
			fmt.Fprintf(bw, "      <data key=\"%s\">%s</data>\n", key, esc(val))
		}
	}
	for _, n := range g.Nodes {
		fmt.Fprintf(bw, "    <node id=\"%s\">\n", esc(string(n.IRI)))
		data("label", n.Name)
		data("type", string(n.Type))
		data("wikidata", n.Wikidata)
		data("names", strings.Join(n.Names, "; "))
		data("positions", strings.Join(n.Positions, "; "))
		data("iri", string(n.IRI))
		bw.WriteString("    </node>\n")
	}
	for i, e := range g.Edges {
		fmt.Fprintf(bw, "    <edge id=\"e%d\" source=\"%s\" target=\"%s\">\n", i, esc(string(e.Source)), esc(string(e.Target)))
		data("elabel", string(e.Predicate))
		data("predicate", string(e.Predicate))
		data("articles", strconv.Itoa(e.Articles))
		data("weight", strconv.Itoa(e.Articles))
		bw.WriteString("    </edge>\n")
	}
	bw.WriteString("  </graph>\n</graphml>\n")
	return bw.Flush()
}

// typeColours are the fill colours of the DOT drawing, one per type (a
// qualitative palette of ColorBrewer, readable in print).
var typeColours = map[schema.Type]string{
	schema.State:        "#a6cee3",
	schema.Official:     "#b2df8a",
	schema.Person:       "#fdbf6f",
	schema.Organization: "#cab2d6",
	schema.Incident:     "#fb9a99",
	schema.Topic:        "#ffff99",
}

// WriteDOT writes the entity graph for Graphviz: nodes labelled with their
// names (and the titles their holders hold) and filled with the colour of
// their type, edges labelled with their predicate and, when more than one
// article supports them, the number of articles, drawn thicker the more
// articles support them; a legend of the types present; the drawing scaled
// down to fit a landscape A4 or letter page. Entities without edges are
// left out of the drawing (the graph's label counts them): a column of
// unconnected boxes hides the picture.
func (g *EntityGraph) WriteDOT(w io.Writer) error {
	bw := bufio.NewWriter(w)
	linked := make(map[quad.IRI]bool)
	for _, e := range g.Edges {
		linked[e.Source], linked[e.Target] = true, true
	}
	q := func(s string) string {
		return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`).Replace(s) + `"`
	}
	bw.WriteString("digraph entities {\n" +
		"  graph [rankdir=LR, size=\"11,7.5\", ratio=compress, nodesep=0.25, ranksep=0.6, fontname=\"Helvetica\", fontsize=12];\n" +
		"  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fontsize=11, color=\"#555555\"];\n" +
		"  edge [fontname=\"Helvetica\", fontsize=9, color=\"#666666\", fontcolor=\"#333333\", arrowsize=0.7];\n")
	present := make(map[schema.Type]bool)
	alone := 0
	for _, n := range g.Nodes {
		if !linked[n.IRI] {
			alone++
			continue
		}
		label := n.Name
		if label == "" {
			label = localName(n.IRI)
		}
		if len(n.Positions) > 0 {
			label += "\n" + strings.Join(n.Positions, ", ")
		}
		colour := typeColours[n.Type]
		if colour == "" {
			colour = "#eeeeee"
		}
		present[n.Type] = true
		shape := ""
		if n.Type == schema.Incident {
			shape = ", shape=ellipse"
		}
		fmt.Fprintf(bw, "  %s [label=%s, fillcolor=%s%s];\n", q(string(n.IRI)), q(label), q(colour), shape)
	}
	for _, e := range g.Edges {
		label := string(e.Predicate)
		if e.Articles > 1 {
			label += fmt.Sprintf(" (%d)", e.Articles)
		}
		width := 1 + math.Log2(float64(max(e.Articles, 1)))
		fmt.Fprintf(bw, "  %s -> %s [label=%s, penwidth=%.1f];\n", q(string(e.Source)), q(string(e.Target)), q(label), width)
	}
	drawn := len(g.Nodes) - alone
	fmt.Fprintf(bw, "  label=%s;\n", q(fmt.Sprintf("%d entities and %d facts; %d entities without facts not drawn", drawn, len(g.Edges), alone)))
	if len(present) > 0 {
		bw.WriteString("  subgraph cluster_legend {\n    label=\"types\"; style=\"rounded\"; color=\"#999999\";\n")
		prev := ""
		for _, t := range schema.Types() {
			if !present[t] {
				continue
			}
			id := q("legend " + string(t))
			fmt.Fprintf(bw, "    %s [label=%s, fillcolor=%s];\n", id, q(string(t)), q(typeColours[t]))
			if prev != "" {
				fmt.Fprintf(bw, "    %s -> %s [style=invis];\n", prev, id)
			}
			prev = id
		}
		bw.WriteString("  }\n")
	}
	bw.WriteString("}\n")
	return bw.Flush()
}

// WriteCSV writes the entity graph as two CSV files with a header line:
// nodes (id, label, type, wikidata, names, positions; id is the IRI, label
// the name, several names or titles joined with "; ") and edges (source,
// target, predicate, articles; source and target are node ids).
func (g *EntityGraph) WriteCSV(nodes, edges io.Writer) error {
	nw := csv.NewWriter(nodes)
	nw.Write([]string{"id", "label", "type", "wikidata", "names", "positions"})
	for _, n := range g.Nodes {
		nw.Write([]string{string(n.IRI), n.Name, string(n.Type), n.Wikidata, strings.Join(n.Names, "; "), strings.Join(n.Positions, "; ")})
	}
	nw.Flush()
	if err := nw.Error(); err != nil {
		return err
	}
	ew := csv.NewWriter(edges)
	ew.Write([]string{"source", "target", "predicate", "articles"})
	for _, e := range g.Edges {
		ew.Write([]string{string(e.Source), string(e.Target), string(e.Predicate), strconv.Itoa(e.Articles)})
	}
	ew.Flush()
	return ew.Error()
}
