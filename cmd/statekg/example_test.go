package main

import (
	"context"
	"fmt"

	"github.com/statekg/statekg/extract"
	"github.com/statekg/statekg/graph"
	"github.com/statekg/statekg/schema"
)

// The library does everything the command does: extract an article,
// load it into a store and ask Gizmo.
func Example_library() {
	ctx := context.Background()
	x, _ := extract.New(extract.Config{})
	st, err := graph.Open(ctx, graph.Config{Backend: graph.Memstore}) // or graph.Config{Path: "news.db"}
	if err != nil {
		panic(err)
	}
	defer st.Close()

	doc, err := x.Extract(ctx, schema.Article{ID: "wire-1", Text: "The FBI on Friday blamed North Korea for the attack on Sony Pictures."})
	if err != nil {
		panic(err)
	}
	if _, err := st.Load(ctx, doc); err != nil {
		panic(err)
	}
	res, _ := st.Query(ctx, `g.V("<https://statekg.org/id/state/north-korea>").In("<https://statekg.org/ns/blames>").Out("<http://schema.org/name>").All()`, graph.QueryOptions{Limit: 10})
	for _, r := range res {
		fmt.Println(graph.Text(r.Tags["id"]))
	}
	// Output:
	// Federal Bureau of Investigation
}
