package graph_test

import (
	"context"
	"fmt"

	"github.com/statekg/statekg/graph"
	"github.com/statekg/statekg/schema"
)

func ExampleStore_Why() {
	ctx := context.Background()
	st, err := graph.Open(ctx, graph.Config{Backend: graph.Memstore})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer st.Close()

	fbi := schema.Ref{Type: schema.Organization, Name: "FBI"}
	nk := schema.Ref{Type: schema.State, Name: "North Korea"}
	japan := schema.Ref{Type: schema.State, Name: "Japan"}
	doc := func(id, date, text string, claims ...schema.Claim) *schema.Document {
		for i := range claims {
			claims[i].Sentence = schema.Span{Start: 0, End: len(text)}
		}
		return &schema.Document{
			Article:  schema.Article{ID: id, Title: text, Date: date, Text: text},
			Entities: []schema.Entity{{Type: fbi.Type, Name: fbi.Name}, {Type: nk.Type, Name: nk.Name}, {Type: japan.Type, Name: japan.Name}},
			Claims:   claims,
		}
	}
	_, err = st.Load(ctx,
		doc("one", "2014-12-19", "The FBI blamed North Korea.",
			schema.Claim{Subject: fbi, Predicate: schema.Blames, Object: nk}),
		doc("two", "2014-12-22", "Japan stopped short of blaming North Korea, the FBI said.",
			schema.Claim{Subject: japan, Predicate: schema.Blames, Object: nk, Polarity: schema.Negated, Claimant: &fbi}),
	)
	if err != nil {
		fmt.Println(err)
		return
	}

	idx, err := st.Names(ctx)
	if err != nil {
		fmt.Println(err)
		return
	}
	subject, object := idx.Lookup("japan")[0], idx.Lookup("NORTH KOREA")[0]
	w, err := st.Why(ctx, subject.IRI, schema.Blames, object.IRI, graph.Period{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(w.Subject.Name, w.Predicate, w.Object.Name, "is an edge:", w.Edge)
	for _, e := range w.Contrary {
		fmt.Printf("%s %s (%s) %s: %s\n", e.Date, e.Article, e.Polarity, e.Claimant.Name, e.Sentence)
	}

	c, err := st.Card(ctx, object.IRI, graph.Period{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, g := range c.In {
		for _, l := range g.Links {
			fmt.Println(l.Other.Name, g.Predicate, c.Name, "in", l.Articles, "article")
		}
	}
	// Output:
	// Japan blames North Korea is an edge: false
	// 2014-12-22 two (negated) FBI: Japan stopped short of blaming North Korea, the FBI said.
	// FBI blames North Korea in 1 article
}
