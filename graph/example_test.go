package graph_test

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/cayleygraph/quad"

	"github.com/statekg/statekg/graph"
	"github.com/statekg/statekg/schema"
)

func ExampleStore_Query() {
	ctx := context.Background()
	st, err := graph.Open(ctx, graph.Config{Backend: graph.Memstore})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer st.Close()

	text := "The FBI blamed North Korea."
	fbi := schema.Ref{Type: schema.Organization, Name: "FBI"}
	nk := schema.Ref{Type: schema.State, Name: "North Korea"}
	doc := &schema.Document{
		Article: schema.Article{ID: "example", Text: text},
		Entities: []schema.Entity{
			{Type: fbi.Type, Name: fbi.Name},
			{Type: nk.Type, Name: nk.Name},
		},
		Claims: []schema.Claim{{Subject: fbi, Predicate: schema.Blames, Object: nk, Sentence: schema.Span{Start: 0, End: len(text)}}},
	}
	res, err := st.Load(ctx, doc)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(res[0].ArticleID, res[0].Status)

	v := st.Vocab()
	q := `g.V("` + v.Entity(schema.State, "North Korea").String() + `").In("` +
		v.Predicate(schema.Blames).String() + `").Tag("who").Out("` + schema.Name.String() + `").All()`
	rows, err := st.Query(ctx, q, graph.QueryOptions{Limit: 10})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, r := range rows {
		fmt.Println(graph.Text(r.Tags["who"]), "=", graph.Text(r.Tags["id"]))
		js, _ := json.Marshal(r.JSON())
		fmt.Println(string(js))
	}
	fmt.Println(graph.Text(schema.Integer(42)), graph.Text(quad.LangString{Value: "Nordkorea", Lang: "de"}))
	// Output:
	// example added
	// https://statekg.org/id/organization/fbi = FBI
	// {"id":"FBI","who":"\u003chttps://statekg.org/id/organization/fbi\u003e"}
	// 42 Nordkorea
}
