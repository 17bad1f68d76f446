package eval

import (
	"context"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/statekg/statekg/schema"
)

// readWhole reads a case's text as one article named after the file.
func readWhole(path string) ([]schema.Article, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return []schema.Article{{ID: path, Text: string(b)}}, nil
}

func TestRun(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a.txt", "Ruritania blamed Freedonia.")
	write(t, dir, "a.gold.tsv", "E\tState\tRuritania\tRuritania\nE\tState\tFreedonia\tFreedonia\nR\tRuritania\tblames\tFreedonia\n")
	write(t, dir, "b.txt", "Freedonia said nothing.")
	write(t, dir, "b.gold.tsv", "E\tState\tFreedonia\tFreedonia\n")

	ru := schema.Ref{Type: schema.State, Name: "Ruritania"}
	fr := schema.Ref{Type: schema.State, Name: "Freedonia"}
	extract := func(_ context.Context, a schema.Article) (*schema.Document, error) {
		doc := &schema.Document{Article: a}
		if strings.HasPrefix(a.Text, "Ruritania") {
			doc.Entities = []schema.Entity{{Type: schema.State, Name: "Ruritania"}, {Type: schema.State, Name: "Freedonia"}}
			doc.Claims = []schema.Claim{{Subject: ru, Predicate: schema.Blames, Object: fr}}
		}
		return doc, nil
	}
	r, err := Run(context.Background(), dir, readWhole, extract)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Articles) != 2 || r.Relations.TP != 1 || r.Relations.FP != 0 || r.Relations.FN != 0 {
		t.Errorf("articles %d, relations %+v; want 2 articles and one correct relation", len(r.Articles), r.Relations)
	}

	// An extraction error stops the run and names the case.
	boom := errors.New("boom")
	_, err = Run(context.Background(), dir, readWhole, func(context.Context, schema.Article) (*schema.Document, error) { return nil, boom })
	if !errors.Is(err, boom) || !strings.Contains(err.Error(), "eval a: ") {
		t.Errorf("extraction error: %v", err)
	}
	// So does a cancelled context.
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Run(ctx, dir, readWhole, extract); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: %v", err)
	}
}
