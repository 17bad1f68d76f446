package graph_test

import (
	"context"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/statekg/statekg/graph"
	"github.com/statekg/statekg/schema"
)

func TestSearch(t *testing.T) {
	st := openMem(t)
	mustLoad(t, st, docA(t), docB(t))
	ctx := context.Background()
	v := st.Vocab()

	got, err := st.Search(ctx, "korea", 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].IRI != v.Entity(schema.State, "North Korea") || got[0].Type != schema.State || got[0].Name != "North Korea" {
		t.Fatalf("search korea: %+v", got)
	}

	// A surface form matches too: docA names the incident "\"Sony Pictures\" hack".
	got, err = st.Search(ctx, `"SONY`, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].Name != "Sony Pictures hack" || len(got[0].Matched) != 1 || got[0].Matched[0] != `"Sony Pictures" hack` {
		t.Fatalf(`search "SONY: %+v`, got)
	}

	// An exact name comes before names that only contain the text; a
	// regular-expression character is only a character.
	got, err = st.Search(ctx, "a", 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) < 3 {
		t.Fatalf("search a: %d matches, want every entity with an a: %+v", len(got), got)
	}
	if got, _ := st.Search(ctx, "a", 2); len(got) != 2 {
		t.Fatalf("search a, limit 2: %d matches", len(got))
	}
	if got, _ := st.Search(ctx, "j.pan", 0); len(got) != 0 {
		t.Fatalf("search j.pan: %+v, want none", got)
	}
	got, _ = st.Search(ctx, "japan", 0)
	if len(got) != 1 || got[0].Name != "Japan" {
		t.Fatalf("search japan: %+v", got)
	}
	if _, err := st.Search(ctx, "  ", 0); err == nil {
		t.Fatal("blank search: no error")
	}
}

func TestNeighbours(t *testing.T) {
	st := openMem(t)
	mustLoad(t, st, docA(t), docB(t))
	ctx := context.Background()
	v := st.Vocab()

	n, err := st.Neighbours(ctx, v.Entity(schema.Official, "Wang Yi"), 0)
	if err != nil {
		t.Fatal(err)
	}
	if n.Node.Name != "Wang Yi" || n.Node.Type != "Official" {
		t.Fatalf("node: %+v", n.Node)
	}
	find := func(edges []graph.Edge, p quad.IRI, name string) *graph.Edge {
		for i := range edges {
			if edges[i].Predicate == p && edges[i].Node.Name == name {
				return &edges[i]
			}
		}
		return nil
	}
	if e := find(n.Out, v.Predicate(schema.Blames), "Japan"); e == nil || e.Node.Type != "State" || e.Quads != 1 {
		t.Errorf("no edge blames Japan in %+v", n.Out)
	}
	if e := find(n.Out, v.Predicate(schema.Position), "Foreign Minister"); e == nil {
		t.Errorf("no literal position in %+v", n.Out)
	}
	if find(n.Out, v.Predicate(schema.Blames), "North Korea") != nil {
		t.Errorf("a negated claim is an edge: %+v", n.Out)
	}
	for _, e := range n.Out {
		if e.Predicate == schema.Name || e.Predicate == schema.RDFType {
			t.Errorf("the node's own name or type among its edges: %+v", e)
		}
	}
	// The fact nodes of the triples about Wang Yi point to it, once each.
	if e := find(n.In, schema.RDFSubject, ""); e == nil || e.Node.Type != "Fact" || e.Quads != 1 {
		t.Errorf("no fact about Wang Yi among the edges in: %+v", n.In)
	}
	if e := find(n.In, schema.Mentions, "Wang Yi condemns North Korea"); e == nil || e.Node.Type != "Article" {
		t.Errorf("no article mentioning Wang Yi among the edges in: %+v", n.In)
	}

	nk, err := st.Neighbours(ctx, v.Entity(schema.State, "North Korea"), 0)
	if err != nil {
		t.Fatal(err)
	}
	// Two articles name North Korea: the default graph states its edge from
	// FBI once.
	if e := find(nk.In, v.Predicate(schema.Blames), "FBI"); e == nil || e.Node.Type != "Organization" || e.Quads != 1 {
		t.Errorf("no FBI blames North Korea in %+v", nk.In)
	}
	few, err := st.Neighbours(ctx, v.Entity(schema.State, "North Korea"), 1)
	if err != nil {
		t.Fatal(err)
	}
	// The limit is of each predicate: every kind of edge is still shown.
	preds := func(es []graph.Edge) map[quad.IRI]int {
		m := map[quad.IRI]int{}
		for _, e := range es {
			m[e.Predicate]++
		}
		return m
	}
	all, one := preds(nk.In), preds(few.In)
	if len(all) < 2 || len(one) != len(all) || !few.Truncated {
		t.Errorf("limit 1: predicates in %v of %v, truncated %v", one, all, few.Truncated)
	}
	for p, k := range one {
		if k != 1 {
			t.Errorf("limit 1: %d edges of %s", k, p)
		}
	}
}

func TestSearchRanking(t *testing.T) {
	st := openMem(t)
	mustLoad(t, st, docA(t), docB(t))
	// "Japan" is Japan's own name; "Japan’s envoy" would only contain it.
	got, err := st.Search(context.Background(), "JAPAN", 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) == 0 || got[0].Name != "Japan" {
		t.Fatalf("search JAPAN: %+v", got)
	}
	// A name that starts with the text comes before a name that only contains it.
	got, err = st.Search(context.Background(), "north", 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) == 0 || got[0].Name != "North Korea" {
		t.Fatalf("search north: %+v", got)
	}
}

// BenchmarkNames reads the name index of a leveldb store of 200
// articles (2,050 entities); BenchmarkNamesSearch looks a name up in it.
func BenchmarkNames(b *testing.B) {
	st := synthetic(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := st.Names(context.Background()); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkNamesSearch(b *testing.B) {
	idx, err := synthetic(b).Names(context.Background())
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := idx.Search("agency 1", 10); err != nil {
			b.Fatal(err)
		}
	}
}

func synthetic(b *testing.B) *graph.Store {
	st := openLevelDB(b)
	for i := 0; i < 200; i++ {
		mustLoad(b, st, syntheticDoc(i))
	}
	return st
}

// BenchmarkLookup reads the name index of the query benchmarks' store
// (about -bench.quads quads), looks a name up in it and reads a popular
// node's neighbourhood, as statekg serve does.
func BenchmarkLookup(b *testing.B) {
	for _, backend := range []string{graph.Bolt, graph.LevelDB} {
		st := benchQueryStore(b, backend)
		ctx := context.Background()
		var idx *graph.Names
		b.Run(backend+"/names", func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				var err error
				if idx, err = st.Names(ctx); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(idx.Len()), "entities")
		})
		b.Run(backend+"/search", func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if ms, err := idx.Search("korea", 100); err != nil || len(ms) == 0 {
					b.Fatal(len(ms), err)
				}
			}
		})
		b.Run(backend+"/neighbours", func(b *testing.B) {
			nk := st.Vocab().Entity(schema.State, "North Korea")
			var n graph.Neighbourhood
			for i := 0; i < b.N; i++ {
				var err error
				if n, err = st.Neighbours(ctx, nk, 200); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(len(n.In)+len(n.Out)), "edges")
		})
	}
}
