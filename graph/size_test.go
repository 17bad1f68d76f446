package graph_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/statekg/statekg/graph"
)

// A store just made, with nothing written yet, has a size: zero.
func TestSizeOfNewStore(t *testing.T) {
	for _, backend := range []string{graph.Bolt, graph.LevelDB} {
		t.Run(backend, func(t *testing.T) {
			ctx := context.Background()
			st, err := graph.Open(ctx, graph.Config{Backend: backend, Path: filepath.Join(t.TempDir(), "new.db")})
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			sz, err := st.Size(ctx)
			if err != nil {
				t.Fatalf("Size of a new store: %v", err)
			}
			if sz != (graph.Size{}) {
				t.Errorf("Size of a new store = %+v, want zero", sz)
			}
		})
	}
}
