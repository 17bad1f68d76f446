package graph_test

import (
	"context"
	"testing"

	"github.com/statekg/statekg/graph"
	"github.com/statekg/statekg/schema"
)

// cardStore holds docA, docB and docA again under another id and date.
func cardStore(t *testing.T) *graph.Store {
	st := openLevelDB(t)
	again := sameClaims(docA(t), "a2")
	again.Article.Date = "2015-01-05"
	again.Article.Title = "FBI repeats its charge"
	mustLoad(t, st, docA(t), docB(t), again)
	return st
}

func link(groups []graph.LinkGroup, p schema.Predicate, name string) *graph.Link {
	for _, g := range groups {
		for i, l := range g.Links {
			if g.Predicate == p && l.Predicate == p && l.Other.Name == name {
				return &g.Links[i]
			}
		}
	}
	return nil
}

func TestCard(t *testing.T) {
	st := cardStore(t)
	ctx := context.Background()
	v := st.Vocab()

	c, err := st.Card(ctx, v.Entity(schema.State, "North Korea"), graph.Period{})
	if err != nil {
		t.Fatal(err)
	}
	if c.Name != "North Korea" || c.Type != schema.State || c.Wikidata != "Q423" || c.Articles != 3 {
		t.Fatalf("card: %+v", c)
	}
	if l := link(c.In, schema.Blames, "FBI"); l == nil || l.Articles != 2 || l.Other.Type != schema.Organization {
		t.Errorf("FBI blames North Korea: %+v in %+v", l, c.In)
	}
	if l := link(c.In, schema.Condemns, "Wang Yi"); l == nil || l.Articles != 1 {
		t.Errorf("Wang Yi condemns North Korea: %+v", l)
	}
	// Negated and hedged statements give no edge.
	if l := link(c.In, schema.Blames, "Wang Yi"); l != nil {
		t.Errorf("a negated claim on the card: %+v", l)
	}
	if l := link(c.In, schema.ConcernedAbout, "Japan"); l != nil {
		t.Errorf("a hedged claim on the card: %+v", l)
	}
	if len(c.Out) != 0 {
		t.Errorf("North Korea has edges out: %+v", c.Out)
	}
	if len(c.Incidents) != 1 || c.Incidents[0].Other.Name != "Sony Pictures hack" || c.Incidents[0].Predicate != schema.AttributedTo {
		t.Errorf("incidents: %+v", c.Incidents)
	}

	w, err := st.Card(ctx, v.Entity(schema.Official, "Wang Yi"), graph.Period{})
	if err != nil {
		t.Fatal(err)
	}
	if len(w.Positions) != 1 || w.Positions[0].Other.Name != "Foreign Minister" || w.Positions[0].Other.IRI != "" {
		t.Errorf("positions: %+v", w.Positions)
	}
	if len(w.Serves) != 1 || w.Serves[0].Other.Name != "China" || w.Serves[0].Articles != 1 {
		t.Errorf("serves: %+v", w.Serves)
	}
	if l := link(w.Out, schema.Blames, "Japan"); l == nil || l.Articles != 1 {
		t.Errorf("Wang Yi blames Japan: %+v in %+v", l, w.Out)
	}
	if l := link(w.Out, schema.Blames, "North Korea"); l != nil {
		t.Errorf("a negated claim on the card: %+v", l)
	}
	cn, err := st.Card(ctx, v.Entity(schema.State, "China"), graph.Period{})
	if err != nil {
		t.Fatal(err)
	}
	if len(cn.Officials) != 1 || cn.Officials[0].Other.Name != "Wang Yi" {
		t.Errorf("China's officials: %+v", cn.Officials)
	}

	if _, err := st.Card(ctx, v.Entity(schema.State, "Atlantis"), graph.Period{}); err == nil {
		t.Error("card of an entity the graph does not hold: no error")
	}

	// A store that has never held a hedged statement knows no modality
	// predicate: cards still read.
	plain := openLevelDB(t)
	mustLoad(t, plain, syntheticDoc(0), docB(t))
	c, err = plain.Card(ctx, v.Entity(schema.State, "State 0"), graph.Period{})
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Out) != 1 || len(c.Out[0].Links) != 1 || c.Out[0].Links[0].Articles != 1 {
		t.Errorf("card of State 0: %+v", c)
	}
	if w, err := plain.Why(ctx, v.Entity(schema.State, "State 0"), schema.Blames, v.Entity(schema.Organization, "Agency 0-0"), graph.Period{}); err != nil || w.Edge {
		t.Errorf("why of a fact the store does not hold: %+v %v", w, err)
	}
}

func TestCardPeriod(t *testing.T) {
	st := cardStore(t)
	ctx := context.Background()
	nk := st.Vocab().Entity(schema.State, "North Korea")
	for _, tc := range []struct {
		since, until string
		articles     int // articles naming North Korea in the period
		blames       int // articles in it that say FBI blames North Korea; 0: no edge
	}{
		{"", "", 3, 2},
		{"2015-01-01", "", 1, 1},
		{"", "2014-12-31", 1, 1},
		{"2014-12-19", "2015-01-05", 2, 2},
		{"2016-01-01", "", 0, 0},
	} {
		p, err := graph.ParsePeriod(tc.since, tc.until)
		if err != nil {
			t.Fatal(err)
		}
		c, err := st.Card(ctx, nk, p)
		if err != nil {
			t.Fatal(err)
		}
		l := link(c.In, schema.Blames, "FBI")
		got := 0
		if l != nil {
			got = l.Articles
		}
		if c.Articles != tc.articles || got != tc.blames {
			t.Errorf("%s..%s: %d articles, FBI blames in %d, want %d and %d", tc.since, tc.until, c.Articles, got, tc.articles, tc.blames)
		}
	}
	for _, bad := range [][2]string{{"2015", ""}, {"", "2015-1-1"}, {"2015-02-01", "2015-01-01"}} {
		if _, err := graph.ParsePeriod(bad[0], bad[1]); err == nil {
			t.Errorf("period %q: no error", bad)
		}
	}
}

func TestWhy(t *testing.T) {
	st := cardStore(t)
	ctx := context.Background()
	v := st.Vocab()
	fbiIRI, nkIRI := v.Entity(schema.Organization, "FBI"), v.Entity(schema.State, "North Korea")

	w, err := st.Why(ctx, fbiIRI, schema.Blames, nkIRI, graph.Period{})
	if err != nil {
		t.Fatal(err)
	}
	if !w.Edge || w.Subject.Name != "FBI" || w.Object.Name != "North Korea" || len(w.Support) != 2 || len(w.Contrary) != 0 {
		t.Fatalf("why FBI blames North Korea: %+v", w)
	}
	first, second := w.Support[0], w.Support[1]
	if first.Article != "a1" || first.Date != "2014-12-19" || second.Article != "a2" || second.Headline != "FBI repeats its charge" {
		t.Errorf("support not by date, or without its article: %+v", w.Support)
	}
	if first.Sentence != "FBI blames North Korea for \"Sony Pictures\" hack" || first.URL == "" || first.Claimant != nil {
		t.Errorf("evidence: %+v", first)
	}

	// The negated claim is no edge, but it is evidence about the pair, and
	// it comes with the condemnation the same article asserts.
	wang := v.Entity(schema.Official, "Wang Yi")
	w, err = st.Why(ctx, wang, schema.Blames, nkIRI, graph.Period{})
	if err != nil {
		t.Fatal(err)
	}
	if w.Edge || len(w.Support) != 0 || len(w.Contrary) != 1 || w.Contrary[0].Polarity != schema.Negated {
		t.Fatalf("why Wang Yi blames North Korea: %+v", w)
	}
	w, err = st.Why(ctx, wang, schema.Condemns, nkIRI, graph.Period{})
	if err != nil {
		t.Fatal(err)
	}
	if !w.Edge || len(w.Support) != 1 || len(w.Contrary) != 1 || w.Contrary[0].Predicate != schema.Blames {
		t.Fatalf("why Wang Yi condemns North Korea: %+v", w)
	}

	// A hedged claim with its claimant.
	w, err = st.Why(ctx, v.Entity(schema.State, "Japan"), schema.ConcernedAbout, nkIRI, graph.Period{})
	if err != nil {
		t.Fatal(err)
	}
	if w.Edge || len(w.Contrary) != 2 || w.Contrary[0].Modality != schema.Hedged || w.Contrary[0].Claimant == nil || w.Contrary[0].Claimant.Name != "FBI" {
		t.Fatalf("why Japan concernedAbout North Korea: %+v", w)
	}

	// The period filters the evidence.
	w, err = st.Why(ctx, fbiIRI, schema.Blames, nkIRI, graph.Period{Since: "2015-01-01"})
	if err != nil {
		t.Fatal(err)
	}
	if !w.Edge || len(w.Support) != 1 || w.Support[0].Article != "a2" {
		t.Fatalf("why since 2015: %+v", w.Support)
	}
	w, err = st.Why(ctx, fbiIRI, schema.Blames, nkIRI, graph.Period{Until: "2014-01-01"})
	if err != nil {
		t.Fatal(err)
	}
	if w.Edge || len(w.Support) != 0 {
		t.Fatalf("why until 2014: %+v", w.Support)
	}
	if _, err := st.Why(ctx, v.Entity(schema.State, "Atlantis"), schema.Blames, nkIRI, graph.Period{}); err == nil {
		t.Error("why of an entity the graph does not hold: no error")
	}
}

func TestLookup(t *testing.T) {
	st := cardStore(t)
	idx, err := st.Names(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if got := idx.Lookup("north korea"); len(got) != 1 || got[0].Name != "North Korea" {
		t.Errorf("lookup north korea: %+v", got)
	}
	// A surface form is a name too, but a part of one is not.
	if got := idx.Lookup(`"SONY PICTURES" HACK`); len(got) != 1 || got[0].Name != "Sony Pictures hack" {
		t.Errorf("lookup of a surface form: %+v", got)
	}
	if got := idx.Lookup("korea"); len(got) != 0 {
		t.Errorf("lookup korea: %+v", got)
	}
}
