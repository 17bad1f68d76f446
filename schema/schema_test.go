package schema_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/statekg/statekg/schema"
)

func TestLocalNamesAreGuideWords(t *testing.T) {
	v := schema.Default
	for _, ty := range schema.Types() {
		iri := string(v.Type(ty))
		if !strings.HasSuffix(iri, "/"+string(ty)) {
			t.Errorf("type %s: IRI %s does not end in /%s", ty, iri, ty)
		}
		if got, ok := v.TypeOf(v.Type(ty)); !ok || got != ty {
			t.Errorf("TypeOf(%s) = %v, %v", iri, got, ok)
		}
	}
	if len(schema.Predicates()) != 16 {
		t.Fatalf("%d predicates, want 16", len(schema.Predicates()))
	}
	for _, p := range schema.Predicates() {
		iri := v.Predicate(p)
		if !strings.HasSuffix(string(iri), "/"+string(p)) {
			t.Errorf("predicate %s: IRI %s", p, iri)
		}
		if got, ok := v.PredicateOf(iri); !ok || got != p {
			t.Errorf("PredicateOf(%s) = %v, %v", iri, got, ok)
		}
	}
}

func TestParse(t *testing.T) {
	if _, err := schema.ParsePredicate("blamez"); err == nil {
		t.Error("ParsePredicate accepted an unknown word")
	}
	if p, err := schema.ParsePredicate("meetsWith"); err != nil || !p.Symmetric() {
		t.Errorf("meetsWith: %v %v", p, err)
	}
	if _, err := schema.ParseType("state"); err == nil {
		t.Error("ParseType is case-sensitive: the words are the GUIDE's")
	}
}

func TestNewVocab(t *testing.T) {
	for _, bad := range []string{"", "statekg", "http://x.org/ns", "http://x y/"} {
		if _, err := schema.NewVocab(bad); err == nil {
			t.Errorf("NewVocab(%q) accepted", bad)
		}
	}
	v, err := schema.NewVocab("http://example.org/kg/")
	if err != nil {
		t.Fatal(err)
	}
	if got := v.Predicate(schema.Blames); got != "http://example.org/kg/ns/blames" {
		t.Errorf("got %s", got)
	}
}

func TestEntityIRIStable(t *testing.T) {
	v := schema.Default
	a := v.Entity(schema.State, "North Korea")
	if a != "https://statekg.org/id/state/north-korea" {
		t.Errorf("got %s", a)
	}
	if b := v.Entity(schema.State, "North  Korea"); a != b {
		t.Errorf("%s != %s", a, b)
	}
	if v.Entity(schema.Official, "Wang Yi") == v.Entity(schema.Person, "Wang Yi") {
		t.Error("type must be part of the IRI")
	}
}

func TestArticleIDRoundTrip(t *testing.T) {
	v := schema.Default
	for _, id := range []string{"abc", "a b/c?d#e%f", "ünï"} {
		iri := v.Article(id)
		if strings.ContainsAny(string(iri)[len("https://"):], " ?#") {
			t.Errorf("article IRI %q has unescaped characters", iri)
		}
		got, ok := v.ArticleID(iri)
		if !ok || got != id {
			t.Errorf("ArticleID(%s) = %q, %v; want %q", iri, got, ok, id)
		}
	}
}

func TestSlug(t *testing.T) {
	for in, want := range map[string]string{
		"North Korea":          "north-korea",
		"Côte d'Ivoire":        "côte-divoire",
		"Sony Pictures hack!!": "sony-pictures-hack",
		"  ":                   "_",
		"Kim In Ryong":         "kim-in-ryong",
	} {
		if got := schema.Slug(in); got != want {
			t.Errorf("Slug(%q) = %q, want %q", in, got, want)
		}
	}
}

func testDoc() *schema.Document {
	text := "FBI blames North Korea. Japan “may have been” worried."
	fbi := schema.Ref{Type: schema.Organization, Name: "FBI"}
	return &schema.Document{
		Article: schema.Article{ID: "a1", Title: "t", Text: text},
		Entities: []schema.Entity{
			{Type: schema.Organization, Name: "FBI", Mentions: []schema.Mention{{Text: "FBI", Span: schema.Span{Start: 0, End: 3}}}},
			{Type: schema.State, Name: "North Korea", Wikidata: "Q423", Mentions: []schema.Mention{{Text: "North Korea", Span: schema.Span{Start: 11, End: 22}}}},
			{Type: schema.State, Name: "Japan", Mentions: []schema.Mention{{Text: "Japan", Span: schema.Span{Start: 24, End: 29}}}},
		},
		Claims: []schema.Claim{
			{Subject: fbi, Predicate: schema.Blames, Object: schema.Ref{Type: schema.State, Name: "North Korea"}, Polarity: schema.Asserted, Modality: schema.Stated, Sentence: schema.Span{Start: 0, End: 23}},
			{Subject: fbi, Predicate: schema.Blames, Object: schema.Ref{Type: schema.State, Name: "North Korea"}, Polarity: schema.Asserted, Modality: schema.Stated, Sentence: schema.Span{Start: 0, End: 23}},
			{Subject: schema.Ref{Type: schema.State, Name: "Japan"}, Predicate: schema.ConcernedAbout, Object: schema.Ref{Type: schema.State, Name: "North Korea"}, Polarity: schema.Asserted, Modality: schema.Hedged, Claimant: &fbi, Sentence: schema.Span{Start: 24, End: len(text)}},
		},
	}
}

func TestQuads(t *testing.T) {
	doc := testDoc()
	doc.Article.Date = "2021-04-15"
	doc.Entities[1].Mentions = append(doc.Entities[1].Mentions, schema.Mention{Text: "Pyongyang"})
	v := schema.Default
	qs := v.Quads(doc)
	label := v.Article("a1")
	seen := map[string]bool{}
	edges := map[string]int{}
	fbi := v.Entity(schema.Organization, "FBI")
	nk := v.Entity(schema.State, "North Korea")
	jp := v.Entity(schema.State, "Japan")
	for _, q := range qs {
		k := q.String()
		if seen[k] {
			t.Errorf("duplicate quad %s", k)
		}
		seen[k] = true
		// the knowledge graph is the default graph; the rest is provenance
		_, isEdge := v.PredicateOf(q.Predicate.(quad.IRI))
		desc := q.Predicate == schema.RDFType && q.Object != quad.Value(v.Term(schema.TermArticle)) ||
			q.Predicate == schema.RDFSubject || q.Predicate == schema.RDFPredicate || q.Predicate == schema.RDFObject ||
			q.Predicate == schema.Name || q.Predicate == schema.SameAs || q.Predicate == schema.AlternateName
		if wantDefault := isEdge || desc; wantDefault != (q.Label == nil) {
			t.Errorf("quad %v: label %v", q, q.Label)
		} else if q.Label != nil && q.Label != quad.Value(label) {
			t.Errorf("quad %v has label %v, want %v", q, q.Label, label)
		}
		if p, ok := v.PredicateOf(q.Predicate.(quad.IRI)); ok && q.Label == nil {
			edges[fmt.Sprint(q.Subject, " ", p, " ", q.Object)]++
		}
	}
	if edges[fmt.Sprint(fbi, " blames ", nk)] != 1 {
		t.Errorf("plain edge FBI blames North Korea missing or repeated: %v", edges)
	}
	if edges[fmt.Sprint(jp, " concernedAbout ", nk)] != 0 {
		t.Error("a hedged claim became a plain edge")
	}
	st2 := v.Statement("a1", 2)
	sent2 := v.Sentence("a1", 24)
	want := []quad.Quad{
		{Subject: nk, Predicate: schema.SameAs, Object: quad.IRI("http://www.wikidata.org/entity/Q423")},
		{Subject: nk, Predicate: schema.AlternateName, Object: quad.String("Pyongyang")},
		{Subject: nk, Predicate: v.Term(schema.TermForm), Object: quad.String("Pyongyang"), Label: label},
		{Subject: label, Predicate: schema.Mentions, Object: jp, Label: label},
		{Subject: label, Predicate: schema.DatePublished, Object: quad.TypedString{Value: "2021-04-15", Type: schema.XSDDate}, Label: label},
		{Subject: st2, Predicate: v.Term(schema.TermModality), Object: quad.String("hedged"), Label: label},
		{Subject: st2, Predicate: v.Term(schema.TermClaimant), Object: fbi, Label: label},
		{Subject: st2, Predicate: v.Term(schema.TermSentence), Object: sent2, Label: label},
		{Subject: v.Statement("a1", 0), Predicate: v.Term(schema.TermSentence), Object: v.Sentence("a1", 0), Label: label},
		{Subject: v.Statement("a1", 0), Predicate: v.Term(schema.TermFact), Object: v.Fact(fbi, v.Predicate(schema.Blames), nk), Label: label},
		{Subject: v.Statement("a1", 2), Predicate: v.Term(schema.TermFact), Object: v.Fact(jp, v.Predicate(schema.ConcernedAbout), nk), Label: label},
		{Subject: v.Fact(jp, v.Predicate(schema.ConcernedAbout), nk), Predicate: schema.RDFObject, Object: nk},
		// character offsets, not bytes: the curly quotes are 3 bytes each
		{Subject: sent2, Predicate: v.Term(schema.TermEnd), Object: schema.Integer(len([]rune(doc.Article.Text))), Label: label},
		{Subject: sent2, Predicate: v.Term(schema.TermInArticle), Object: label, Label: label},
	}
	for _, w := range want {
		if !seen[w.String()] {
			t.Errorf("missing quad %s", w)
		}
	}
	// only what varies is stated
	for _, bad := range []quad.Quad{
		{Subject: v.Statement("a1", 0), Predicate: v.Term(schema.TermPolarity), Object: quad.String("asserted"), Label: label},
		{Subject: v.Statement("a1", 0), Predicate: v.Term(schema.TermModality), Object: quad.String("stated"), Label: label},
		{Subject: nk, Predicate: schema.AlternateName, Object: quad.String("North Korea")},
	} {
		if seen[bad.String()] {
			t.Errorf("quad %s is stated", bad)
		}
	}
	// one sentence node for the two statements of the first sentence
	n := 0
	for _, q := range qs {
		if q.Predicate == v.Term(schema.TermText) {
			n++
		}
	}
	if n != 2 {
		t.Errorf("%d sentence texts, want 2", n)
	}
	// the completeness mark is last and counts the article's graph
	last := qs[len(qs)-1]
	labelled := 0
	for _, q := range qs {
		if q.Label != nil {
			labelled++
		}
	}
	if last.Predicate != v.Term(schema.TermQuads) || last.Object != quad.Value(schema.Integer(labelled)) {
		t.Errorf("last quad %v, want the mark with %d", last, labelled)
	}
}

func TestStatementArticle(t *testing.T) {
	v := schema.Default
	for _, id := range []string{"abc", "a b/c?d#e%f"} {
		got, ok := v.StatementArticle(v.Statement(id, 12))
		if !ok || got != id {
			t.Errorf("StatementArticle(%s) = %q, %v", v.Statement(id, 12), got, ok)
		}
	}
	if _, ok := v.StatementArticle(v.Article("x")); ok {
		t.Error("an article IRI is no statement")
	}
}

func TestDate(t *testing.T) {
	if got := schema.Date("2021-04-15"); got != quad.Value(quad.TypedString{Value: "2021-04-15", Type: schema.XSDDate}) {
		t.Errorf("Date(2021-04-15) = %#v", got)
	}
	if got := schema.Date("April 2021"); got != quad.Value(quad.String("April 2021")) {
		t.Errorf("Date(April 2021) = %#v", got)
	}
}
