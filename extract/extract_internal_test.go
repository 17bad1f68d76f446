package extract

import (
	"context"
	"strings"
	"testing"

	"github.com/statekg/statekg/schema"
)

// brokenTokenizer stands for a defect of a stage.
type brokenTokenizer struct{}

func (brokenTokenizer) Tokenize(string) []Token { panic("index out of range") }

// TestExtractDefect: a defect inside the extractor is an error naming the
// article, not a panic of the caller.
func TestExtractDefect(t *testing.T) {
	x, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	x.tok = brokenTokenizer{}
	doc, err := x.Extract(context.Background(), schema.Article{ID: "a1", Text: "Britain blamed Russia."})
	if err == nil || doc != nil {
		t.Fatalf("got %v, %v; want an error", doc, err)
	}
	if !strings.Contains(err.Error(), "extract a1") || !strings.Contains(err.Error(), "index out of range") {
		t.Errorf("error %q does not name the article and the defect", err)
	}
}

// ExtractDoc is extractDoc for the tests of package extract_test.
var ExtractDoc = extractDoc

// extractDoc extracts a with a context that never ends; an error fails the
// test (it may be called from several goroutines) and gives an empty
// document.
func extractDoc(t testing.TB, x *Extractor, a schema.Article) *schema.Document {
	t.Helper()
	d, err := x.Extract(context.Background(), a)
	if err != nil {
		t.Errorf("extract: %v", err)
		return &schema.Document{Article: a}
	}
	return d
}
