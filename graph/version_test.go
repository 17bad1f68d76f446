package graph_test

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/statekg/statekg/graph"
	"github.com/statekg/statekg/schema"
)

// TestOldModelRefused writes a store as the first graph model did (article
// quads, no version quad) and one of an unknown later model: Open refuses
// both with a message that says how to rebuild, and an empty store gets
// the version with its first article.
func TestOldModelRefused(t *testing.T) {
	ctx := context.Background()
	v := schema.Default
	for _, backend := range []string{graph.Bolt, graph.LevelDB} {
		t.Run(backend, func(t *testing.T) {
			old := filepath.Join(t.TempDir(), "old")
			st, err := graph.Open(ctx, graph.Config{Backend: backend, Path: old})
			if err != nil {
				t.Fatal(err)
			}
			art := v.Article("a1")
			model1 := []quad.Quad{
				{Subject: art, Predicate: schema.RDFType, Object: v.Term(schema.TermArticle), Label: art},
				{Subject: v.Entity(schema.State, "Japan"), Predicate: schema.Name, Object: quad.String("Japan"), Label: art},
			}
			if _, err := st.Import(ctx, quad.NewReader(model1)); err != nil {
				t.Fatal(err)
			}
			st.Close()
			_, err = graph.Open(ctx, graph.Config{Backend: backend, Path: old})
			var fe *graph.FormatError
			if !errors.Is(err, graph.ErrFormat) || !errors.As(err, &fe) || fe.Version != 1 ||
				!strings.Contains(err.Error(), "statekg build") || !strings.Contains(err.Error(), old) {
				t.Fatalf("open of a model 1 store: %v", err)
			}

			later := filepath.Join(t.TempDir(), "later")
			st, err = graph.Open(ctx, graph.Config{Backend: backend, Path: later})
			if err != nil {
				t.Fatal(err)
			}
			mustLoad(t, st, docA(t))
			if got := exportString(t, st, ""); !strings.Contains(got, `<https://statekg.org/> <https://statekg.org/ns/formatVersion> "2"^^<http://www.w3.org/2001/XMLSchema#integer> .`) {
				t.Fatalf("no version quad after the first load:\n%s", got)
			}
			st.Close()
			st, err = graph.Open(ctx, graph.Config{Backend: backend, Path: later})
			if err != nil {
				t.Fatalf("reopen: %v", err)
			}
			if r := mustLoad(t, st, docA(t)); r[0].Status != graph.Unchanged {
				t.Errorf("reload: %v", r[0].Status)
			}
			v3 := quad.Quad{Subject: v.Base(), Predicate: v.Term(schema.TermFormatVersion), Object: schema.Integer(3)}
			v2 := quad.Quad{Subject: v.Base(), Predicate: v.Term(schema.TermFormatVersion), Object: schema.Integer(2)}
			if err := graph.QuadStoreOf(st).ApplyDeltas([]cgraph.Delta{{Quad: v2, Action: cgraph.Delete}, {Quad: v3, Action: cgraph.Add}}, cgraph.IgnoreOpts{}); err != nil {
				t.Fatal(err)
			}
			st.Close()
			if _, err := graph.Open(ctx, graph.Config{Backend: backend, Path: later}); !errors.As(err, &fe) || fe.Version != 3 {
				t.Fatalf("open of a model 3 store: %v", err)
			}
		})
	}
}
