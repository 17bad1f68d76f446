package graph_test

import (
	"context"
	"fmt"
	"github.com/cayleygraph/quad"
	"path/filepath"
	"strings"
	"testing"

	"github.com/statekg/statekg/graph"
	"github.com/statekg/statekg/schema"
)

// span returns the byte span of sentence in text.
func span(t testing.TB, text, sentence string) schema.Span {
	i := strings.Index(text, sentence)
	if i < 0 {
		t.Fatalf("sentence %q not in text", sentence)
	}
	return schema.Span{Start: i, End: i + len(sentence)}
}

func mention(t testing.TB, text, m string) schema.Mention {
	return schema.Mention{Text: m, Span: span(t, text, m)}
}

var (
	fbi   = schema.Ref{Type: schema.Organization, Name: "FBI"}
	nk    = schema.Ref{Type: schema.State, Name: "North Korea"}
	japan = schema.Ref{Type: schema.State, Name: "Japan"}
	hack  = schema.Ref{Type: schema.Incident, Name: "Sony Pictures hack"}
	wang  = schema.Ref{Type: schema.Official, Name: "Wang Yi"}
	china = schema.Ref{Type: schema.State, Name: "China"}
)

// docA is an article with quotes, a tab, a newline and non-ASCII text, a
// plain claim, an attribution and a hedged claim with a claimant.
func docA(t testing.TB) *schema.Document {
	s1 := "FBI blames North Korea for \"Sony Pictures\" hack"
	s2 := "The FBI said North Korea was behind the \"Sony Pictures\" hack.\tIt cost $15m \\ more."
	s3 := "Japan’s envoy in Côte d’Ivoire 🙂 may be concerned about North Korea, the FBI said."
	text := s1 + "\n" + s2 + "\n" + s3
	return &schema.Document{
		Article: schema.Article{ID: "a1", Title: s1, URL: "https://example.org/news/1?x=1&y=2", Date: "2014-12-19", Text: text, Source: "testdata/a1.txt"},
		Entities: []schema.Entity{
			{Type: schema.Organization, Name: "FBI", Mentions: []schema.Mention{mention(t, text, "FBI")}},
			{Type: schema.State, Name: "North Korea", Mentions: []schema.Mention{mention(t, text, "North Korea")}, Wikidata: "Q423"},
			{Type: schema.State, Name: "Japan", Mentions: []schema.Mention{mention(t, text, "Japan")}},
			{Type: schema.Incident, Name: "Sony Pictures hack", Mentions: []schema.Mention{mention(t, text, "\"Sony Pictures\" hack")}},
		},
		Claims: []schema.Claim{
			{Subject: fbi, Predicate: schema.Blames, Object: nk, Polarity: schema.Asserted, Modality: schema.Stated, Sentence: span(t, text, s1)},
			{Subject: hack, Predicate: schema.AttributedTo, Object: nk, Polarity: schema.Asserted, Modality: schema.Stated, Claimant: &fbi, Sentence: span(t, text, s2)},
			{Subject: japan, Predicate: schema.ConcernedAbout, Object: nk, Polarity: schema.Asserted, Modality: schema.Hedged, Claimant: &fbi, Sentence: span(t, text, s3)},
		},
	}
}

// docB shares North Korea and Japan with docA and has a literal, a
// negated claim and a second blames edge of its own.
func docB(t testing.TB) *schema.Document {
	s1 := "China’s Foreign Minister Wang Yi condemned North Korea."
	s2 := "Wang Yi stopped short of blaming North Korea for the hack, and blamed Japan."
	text := s1 + " " + s2
	return &schema.Document{
		Article: schema.Article{ID: "b/2 x", Title: "Wang Yi condemns North Korea", Text: text},
		Entities: []schema.Entity{
			{Type: schema.Official, Name: "Wang Yi", Mentions: []schema.Mention{mention(t, text, "Wang Yi")}},
			{Type: schema.State, Name: "China", Mentions: []schema.Mention{mention(t, text, "China")}},
			{Type: schema.State, Name: "North Korea", Mentions: []schema.Mention{mention(t, text, "North Korea")}, Wikidata: "Q423"},
			{Type: schema.State, Name: "Japan", Mentions: []schema.Mention{mention(t, text, "Japan")}},
		},
		Claims: []schema.Claim{
			{Subject: wang, Predicate: schema.OfficialOf, Object: china, Sentence: span(t, text, s1)},
			{Subject: wang, Predicate: schema.Position, Literal: "Foreign Minister", Sentence: span(t, text, s1)},
			{Subject: wang, Predicate: schema.Condemns, Object: nk, Sentence: span(t, text, s1)},
			{Subject: wang, Predicate: schema.Blames, Object: nk, Polarity: schema.Negated, Sentence: span(t, text, s2)},
			{Subject: wang, Predicate: schema.Blames, Object: japan, Sentence: span(t, text, s2)},
		},
	}
}

// syntheticDoc returns the n-th of a family of generated documents.
func syntheticDoc(n int) *schema.Document {
	var b strings.Builder
	var ents []schema.Entity
	var claims []schema.Claim
	for i := 0; i < 10; i++ {
		subj := schema.Ref{Type: schema.State, Name: fmt.Sprintf("State %d", (n+i)%50)}
		obj := schema.Ref{Type: schema.Organization, Name: fmt.Sprintf("Agency %d-%d", n, i)}
		start := b.Len()
		fmt.Fprintf(&b, "%s sanctions %s. ", subj.Name, obj.Name)
		sp := schema.Span{Start: start, End: b.Len() - 1}
		ents = append(ents,
			schema.Entity{Type: subj.Type, Name: subj.Name, Mentions: []schema.Mention{{Text: subj.Name, Span: sp}}},
			schema.Entity{Type: obj.Type, Name: obj.Name, Mentions: []schema.Mention{{Text: obj.Name, Span: sp}}})
		claims = append(claims, schema.Claim{Subject: subj, Predicate: schema.Sanctions, Object: obj, Sentence: sp})
	}
	return &schema.Document{
		Article:  schema.Article{ID: fmt.Sprintf("syn-%04d", n), Title: fmt.Sprintf("Article %d", n), Text: b.String()},
		Entities: ents,
		Claims:   claims,
	}
}

type opener func(t testing.TB) *graph.Store

func openMem(t testing.TB) *graph.Store {
	st, err := graph.Open(context.Background(), graph.Config{Backend: graph.Memstore})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func openBolt(t testing.TB) *graph.Store {
	st, err := graph.Open(context.Background(), graph.Config{Backend: graph.Bolt, Path: filepath.Join(t.TempDir(), "kg")})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func openLevelDB(t testing.TB) *graph.Store {
	st, err := graph.Open(context.Background(), graph.Config{Backend: graph.LevelDB, Path: filepath.Join(t.TempDir(), "kg")})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func mustLoad(t testing.TB, st *graph.Store, docs ...*schema.Document) []graph.LoadResult {
	t.Helper()
	r, err := st.Load(context.Background(), docs...)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func mustStats(t testing.TB, st *graph.Store) graph.Stats {
	t.Helper()
	s, err := st.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// own returns how many quads doc has in its article's graph.
func own(t testing.TB, doc *schema.Document) int {
	t.Helper()
	qs, err := graph.DocumentQuads(schema.Default, doc)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, q := range qs {
		if q.Label != nil {
			n++
		}
	}
	return n
}

// kg returns the quads of the default graph that docs state, each once.
func kg(t testing.TB, docs ...*schema.Document) map[quad.Quad]bool {
	t.Helper()
	out := make(map[quad.Quad]bool)
	for _, d := range docs {
		qs, err := graph.DocumentQuads(schema.Default, d)
		if err != nil {
			t.Fatal(err)
		}
		for _, q := range qs {
			if q.Label == nil {
				out[q] = true
			}
		}
	}
	return out
}

// storeQuads returns how many quads a store that holds docs has: their
// graphs, the default graph and the version quad.
func storeQuads(t testing.TB, docs ...*schema.Document) int {
	t.Helper()
	n := len(kg(t, docs...)) + 1
	for _, d := range docs {
		n += own(t, d)
	}
	return n
}

// nq returns how many quads Load writes for doc.
func nq(t testing.TB, doc *schema.Document) int {
	t.Helper()
	st := openMem(t)
	qs, err := st.Quads(doc)
	if err != nil {
		t.Fatal(err)
	}
	return len(qs)
}

// docExtractor is the Extractor of a function that cannot fail.
func docExtractor(f func(schema.Article) *schema.Document) graph.ExtractorFunc {
	return func(_ context.Context, a schema.Article) (*schema.Document, error) { return f(a), nil }
}

// sameClaims returns a copy of doc under another id and with another text
// (the same sentences, one more line): another article that states the
// same facts.
func sameClaims(doc *schema.Document, id string) *schema.Document {
	d := *doc
	d.Article.ID = id
	d.Article.Text += "\nReported again."
	return &d
}
