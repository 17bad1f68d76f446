package graph

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/statekg/statekg/internal/newsgen"
)

// TestFreshStoreKnowsItsDefaultGraph checks that a Store writing to a new
// store of each backend knows it holds the whole default graph, so that
// Load looks up none of the quads it adds there, and that it stops
// relying on that once the store holds quads it did not count.
func TestFreshStoreKnowsItsDefaultGraph(t *testing.T) {
	ctx := context.Background()
	g := newsgen.New(11)
	for _, backend := range []string{Memstore, Bolt, LevelDB} {
		t.Run(backend, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "kg")
			st, err := Open(ctx, Config{Backend: backend, Path: path, BatchSize: 500})
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			for i := range 4 {
				if _, err := st.Load(ctx, g.Document(i)); err != nil {
					t.Fatal(err)
				}
				if !st.whole {
					t.Fatalf("after article %d the store no longer counts as written by this Store alone", i)
				}
			}
			st.quads-- // as if another writer had removed a quad
			if _, err := st.Load(ctx, g.Document(4)); err != nil {
				t.Fatal(err)
			}
			if st.whole {
				t.Error("a store whose count differs from the Store's still counts as written by it alone")
			}
		})
	}
}
