package corpus_test

import (
	"context"
	"strings"
	"testing"

	"github.com/statekg/statekg/corpus"
	"github.com/statekg/statekg/schema"
)

// The articles shipped in examples/ must read cleanly: headline, blank
// line, body, and jsonl lines with their ids.
func TestExampleArticles(t *testing.T) {
	var txt, jsonl int
	problems, err := corpus.Walk(context.Background(), []string{"../examples/articles"}, func(a schema.Article) error {
		if a.Title == "" {
			t.Errorf("%s: no headline", a.Source)
		}
		if strings.HasSuffix(a.Source, ".txt") {
			txt++
			if a.ID != schema.ContentID(a.Text) || !strings.HasPrefix(a.Text, a.Title+"\n\n") {
				t.Errorf("%s: want the headline, a blank line, then the body", a.Source)
			}
			if n := len(strings.Fields(a.Text)); n < 250 || n > 450 {
				t.Errorf("%s: %d words", a.Source, n)
			}
		} else {
			jsonl++
			if a.ID == schema.ContentID(a.Text) || a.URL == "" || a.Date == "" {
				t.Errorf("%s: id, url and date must be given: %+v", a.Source, a)
			}
		}
		return nil
	})
	if err != nil || len(problems) > 0 {
		t.Fatalf("problems %v, error %v", problems, err)
	}
	if txt < 5 || jsonl < 2 {
		t.Errorf("%d .txt and %d .jsonl articles", txt, jsonl)
	}
}
