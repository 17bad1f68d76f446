package extract_test

import (
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/statekg/statekg/extract"
	"github.com/statekg/statekg/internal/newsgen"
	"github.com/statekg/statekg/schema"
)

// TestExtractReuse checks that one Extractor carries nothing from one
// article into another: documents are the same whether an article is read
// first, after others, or on several goroutines at once.
func TestExtractReuse(t *testing.T) {
	x, err := extract.New(extract.Config{})
	if err != nil {
		t.Fatal(err)
	}
	g := newsgen.New(5)
	const n = 40
	want := make([]string, n)
	for i := range want {
		want[i] = dump(extract.ExtractDoc(t, x, g.Article(i)))
	}
	fresh, err := extract.New(extract.Config{})
	if err != nil {
		t.Fatal(err)
	}
	if got := dump(extract.ExtractDoc(t, fresh, g.Article(n-1))); got != want[n-1] {
		t.Errorf("article %d read first differs from read after others", n-1)
	}
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for k := 0; k < n; k++ {
				i := (k*7 + w) % n
				d := extract.ExtractDoc(t, x, g.Article(i))
				if got := dump(d); got != want[i] {
					t.Errorf("goroutine %d: article %d differs", w, i)
				}
			}
		}(w)
	}
	wg.Wait()
	// the documents of earlier calls do not change under later ones
	d := extract.ExtractDoc(t, x, g.Article(0))
	before := dump(d)
	for i := 1; i < 10; i++ {
		extract.ExtractDoc(t, x, g.Article(i))
	}
	if dump(d) != before {
		t.Error("a document changed after later extractions")
	}
}

// dump writes a document's entities and claims as text.
func dump(d *schema.Document) string {
	var b strings.Builder
	for _, e := range d.Entities {
		fmt.Fprintf(&b, "E %s %q %q %v\n", e.Type, e.Name, e.Wikidata, e.Mentions)
	}
	for _, c := range d.Claims {
		cl := ""
		if c.Claimant != nil {
			cl = c.Claimant.Name
		}
		fmt.Fprintf(&b, "C %v %s %v %q %s %s %q %v\n", c.Subject, c.Predicate, c.Object, c.Literal, c.Polarity, c.Modality, cl, c.Sentence)
	}
	return b.String()
}
