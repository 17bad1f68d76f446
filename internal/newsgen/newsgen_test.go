package newsgen_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/statekg/statekg/internal/newsgen"
	"github.com/statekg/statekg/schema"
)

func TestDeterministic(t *testing.T) {
	g1, g2 := newsgen.New(42), newsgen.New(42)
	// different call orders give the same articles
	for _, i := range []int{5, 0, 3} {
		g1.Article(i)
	}
	for _, i := range []int{0, 3, 5} {
		if a, b := g1.Document(i), g2.Document(i); !reflect.DeepEqual(a, b) {
			t.Errorf("article %d differs between two generators of one seed", i)
		}
	}
	if a, b := g1.Article(3), g1.Article(3); a != b {
		t.Error("Article(3) differs between two calls")
	}
	if a := g1.Article(3); a.ID != "newsgen-42-3" || a.Title == "" || a.Date == "" || a.URL == "" {
		t.Errorf("article fields: %+v", a)
	}
	if a, b := g1.Article(1), newsgen.New(43).Article(1); a.Text == b.Text {
		t.Error("seeds 42 and 43 give the same article 1")
	}
	if a, b := g1.Article(1), g1.Article(2); a.Text == b.Text {
		t.Error("articles 1 and 2 are the same")
	}
}

// sentences splits a text roughly into sentences.
func sentences(text string) []string {
	var out []string
	for _, para := range strings.Split(text, "\n") {
		for _, s := range strings.SplitAfter(para, ". ") {
			if s = strings.TrimSpace(s); s != "" {
				out = append(out, s)
			}
		}
	}
	return out
}

func TestVariety(t *testing.T) {
	g := newsgen.New(1)
	const n = 300
	texts := map[string]bool{}
	titles := map[string]bool{}
	sents := map[string]bool{}
	total := 0
	for i := 0; i < n; i++ {
		a := g.Article(i)
		texts[a.Text] = true
		titles[a.Title] = true
		for _, s := range sentences(a.Text) {
			sents[s] = true
			total++
		}
	}
	if len(texts) != n {
		t.Errorf("%d distinct texts of %d", len(texts), n)
	}
	if r := float64(len(titles)) / n; r < 0.9 {
		t.Errorf("distinct headline ratio %.3f < 0.9", r)
	}
	if r := float64(len(sents)) / float64(total); r < 0.9 {
		t.Errorf("distinct sentence ratio %.3f < 0.9 (%d of %d)", r, len(sents), total)
	} else {
		t.Logf("distinct sentences: %d of %d (%.3f)", len(sents), total, r)
	}
}

func TestLength(t *testing.T) {
	g := newsgen.New(2)
	sum := 0
	const n = 300
	for i := 0; i < n; i++ {
		w := len(strings.Fields(g.Article(i).Text))
		if w < 500 || w > 950 {
			t.Errorf("article %d: %d words, want 500 to 950", i, w)
		}
		sum += w
	}
	if mean := sum / n; mean < 600 || mean > 800 {
		t.Errorf("mean length %d words, want 600 to 800", mean)
	}
}

func TestDocumentValid(t *testing.T) {
	g := newsgen.New(3)
	preds := map[schema.Predicate]int{}
	negated, hedged := 0, 0
	for i := 0; i < 200; i++ {
		d := g.Document(i)
		text := d.Article.Text
		if d.Article != g.Article(i) {
			t.Fatalf("article %d: Document's article differs from Article", i)
		}
		if len(d.Entities) < 8 || len(d.Claims) < 8 {
			t.Errorf("article %d: %d entities, %d claims", i, len(d.Entities), len(d.Claims))
		}
		ents := map[schema.Ref]bool{}
		for _, e := range d.Entities {
			if ents[e.Ref()] {
				t.Errorf("article %d: entity %v twice", i, e.Ref())
			}
			ents[e.Ref()] = true
			if len(e.Mentions) == 0 {
				t.Errorf("article %d: %v has no mention", i, e.Ref())
			}
			for k, m := range e.Mentions {
				if m.Span.Start < 0 || m.Span.End > len(text) || m.Span.Start >= m.Span.End || text[m.Span.Start:m.Span.End] != m.Text {
					t.Errorf("article %d: %v mention %q at %v does not match the text", i, e.Ref(), m.Text, m.Span)
				}
				if k > 0 && m.Span.Start <= e.Mentions[k-1].Span.Start {
					t.Errorf("article %d: %v mentions out of order", i, e.Ref())
				}
			}
		}
		for _, c := range d.Claims {
			preds[c.Predicate]++
			if c.Polarity == schema.Negated {
				negated++
			}
			if c.Modality == schema.Hedged {
				hedged++
			}
			if !ents[c.Subject] {
				t.Errorf("article %d: claim subject %v is no entity", i, c.Subject)
			}
			if c.Predicate.Literal() {
				if c.Literal == "" || !strings.Contains(d.SentenceText(&c), c.Literal) {
					t.Errorf("article %d: %s literal %q not in its sentence", i, c.Predicate, c.Literal)
				}
			} else if !ents[c.Object] {
				t.Errorf("article %d: claim object %v is no entity", i, c.Object)
			}
			if c.Claimant != nil && !ents[*c.Claimant] {
				t.Errorf("article %d: claimant %v is no entity", i, *c.Claimant)
			}
			s := d.SentenceText(&c)
			if s == "" {
				t.Errorf("article %d: claim %v %s %v has no sentence (%v)", i, c.Subject, c.Predicate, c.Object, c.Sentence)
				continue
			}
			// the subject is mentioned inside the sentence
			found := false
			for _, m := range d.Entity(c.Subject).Mentions {
				if m.Span.Start >= c.Sentence.Start && m.Span.End <= c.Sentence.End {
					found = true
				}
			}
			if !found {
				t.Errorf("article %d: %v not mentioned in the sentence of its claim: %q", i, c.Subject, s)
			}
		}
	}
	for _, p := range schema.Predicates() {
		if preds[p] == 0 && p != schema.AtWarWith {
			t.Errorf("no %s claim in 200 articles", p)
		}
	}
	if negated == 0 || hedged == 0 {
		t.Errorf("%d negated, %d hedged claims", negated, hedged)
	}
}
