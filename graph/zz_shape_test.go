package graph_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/cayleygraph/cayley/graph/path"
	"github.com/cayleygraph/cayley/graph/shape"
	"github.com/cayleygraph/quad"

	"github.com/statekg/statekg/graph"
	"github.com/statekg/statekg/schema"
)

func TestZZShape(t *testing.T) {
	ctx := context.Background()
	st, err := graph.Open(ctx, graph.Config{Backend: graph.LevelDB, Path: "/tmp/gm/qs300k/leveldb"})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	v := schema.Default
	qs := st.QuadStore()
	p := path.StartPath(qs, quad.String("negated")).In(v.Term(schema.TermPolarity)).Out(v.Term(schema.TermFact))
	s := p.Shape()
	o, _ := shape.Optimize(s, qs)
	fmt.Printf("%#v\n", o)
	it := shape.BuildIterator(qs, s)
	fmt.Println(it)
	st0 := time.Now()
	n := 0
	for it.Next(ctx) {
		n++
	}
	fmt.Println(n, time.Since(st0))
	it2, _ := it.Optimize()
	stats := it2.Stats()
	fmt.Printf("%+v\n", stats)
	for _, sub := range it2.SubIterators() {
		ss := sub.Stats()
		fmt.Printf("  %v %+v\n", sub, ss)
		for _, sub2 := range sub.SubIterators() {
			ss := sub2.Stats()
			fmt.Printf("    %v %+v\n", sub2, ss)
		}
	}
}
