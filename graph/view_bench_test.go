package graph_test

import (
	"context"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/statekg/statekg/graph"
)

// BenchmarkViews times what statekg show, why, search and export --view
// entities do on the query benchmarks' leveldb store (about -bench.quads
// quads: 2,800,000 make about 10,000 newsgen articles): reading the name
// index, a search in it, the card of the entity with the most edges, the
// evidence of the edge with the most articles, and the entity graph.
func BenchmarkViews(b *testing.B) {
	st := benchQueryStore(b, graph.LevelDB)
	ctx := context.Background()
	sz, err := st.Size(ctx)
	if err != nil {
		b.Fatal(err)
	}
	g, err := st.EntityGraph(ctx)
	if err != nil {
		b.Fatal(err)
	}
	degree := map[quad.IRI]int{}
	var top graph.ViewEdge
	for _, e := range g.Edges {
		degree[e.Source]++
		degree[e.Target]++
		if e.Articles > top.Articles {
			top = e
		}
	}
	var hub quad.IRI
	for iri, d := range degree {
		if d > degree[hub] || (d == degree[hub] && iri < hub) {
			hub = iri
		}
	}
	b.Logf("%d articles, %d quads, %d entities, %d edges; hub %s (%d edges); top edge %s %s %s (%d articles)",
		sz.Articles, sz.Quads, len(g.Nodes), len(g.Edges), hub, degree[hub], top.Source, top.Predicate, top.Target, top.Articles)
	var idx *graph.Names
	b.Run("names", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			if idx, err = st.Names(ctx); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("search", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			if _, err := st.Search(ctx, "min", 20); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("lookup", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			if es := idx.Lookup(g.Nodes[0].Name); len(es) == 0 {
				b.Fatal("no entity named", g.Nodes[0].Name)
			}
		}
	})
	b.Run("card", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			if _, err := st.Card(ctx, hub, graph.Period{}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("why", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			w, err := st.Why(ctx, top.Source, top.Predicate, top.Target, graph.Period{})
			if err != nil || !w.Edge {
				b.Fatal(w.Edge, err)
			}
		}
	})
	b.Run("entitygraph", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			if _, err := st.EntityGraph(ctx); err != nil {
				b.Fatal(err)
			}
		}
	})
}
