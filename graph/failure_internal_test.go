package graph

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"

	"github.com/statekg/statekg/internal/newsgen"
	"github.com/statekg/statekg/schema"
)

// failingStore fails the fail-th transaction, as a full disk would.
type failingStore struct {
	cgraph.QuadStore
	n, fail int
}

var errDiskFull = errors.New("disk full")

func (f *failingStore) ApplyDeltas(in []cgraph.Delta, opts cgraph.IgnoreOpts) error {
	f.n++
	if f.n == f.fail {
		return errDiskFull
	}
	return f.QuadStore.ApplyDeltas(in, opts)
}

// TestFailedBatchLeavesNoHalfArticle makes a transaction of a build fail,
// Cayley's or the bulk writer's: the articles reported are whole in the
// store, the others absent, and building again completes the graph.
func TestFailedBatchLeavesNoHalfArticle(t *testing.T) {
	ctx := context.Background()
	g := newsgen.New(5)
	var arts []schema.Article
	byID := map[string]*schema.Document{}
	for i := range 24 {
		d := g.Document(i)
		arts = append(arts, d.Article)
		byID[d.Article.ID] = d
	}
	x := ExtractorFunc(func(_ context.Context, a schema.Article) (*schema.Document, error) { return byID[a.ID], nil })
	for _, c := range []struct {
		backend string
		bulk    bool
	}{{Memstore, false}, {Bolt, false}, {Bolt, true}, {LevelDB, true}} {
		t.Run(fmt.Sprintf("%s/bulk=%v", c.backend, c.bulk), func(t *testing.T) {
			st, err := Open(ctx, Config{Backend: c.backend, Path: t.TempDir() + "/kg", BatchSize: 2000})
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			real := st.qs
			if c.bulk {
				st.bulk.db = &failingKV{KV: st.bulk.db, fail: 3}
			} else {
				st.bulk = nil
				st.qs = &failingStore{QuadStore: real, fail: 3}
			}
			var reported []string
			_, err = Build(ctx, st, SliceSource(arts), x, BuildOptions{OnResult: func(r LoadResult) error {
				reported = append(reported, r.ArticleID)
				return nil
			}})
			if !errors.Is(err, errDiskFull) {
				t.Fatalf("build: %v, want the write error", err)
			}
			if len(reported) == 0 || len(reported) == len(arts) {
				t.Fatalf("%d articles reported", len(reported))
			}
			st.qs = real
			for i, a := range arts {
				all, _ := st.Quads(byID[a.ID])
				var want []int
				for _, q := range all {
					if q.Label != nil {
						want = append(want, 1)
					}
				}
				got, err := st.articleQuads(ctx, st.vocab.Article(a.ID))
				if err != nil {
					t.Fatal(err)
				}
				if i < len(reported) && len(got) != len(want) {
					t.Errorf("reported article %s has %d of its %d quads", a.ID, len(got), len(want))
				}
				if i >= len(reported) && len(got) != 0 {
					t.Errorf("unreported article %s has %d quads", a.ID, len(got))
				}
			}
			sum, err := Build(ctx, st, SliceSource(arts), x, BuildOptions{})
			if err != nil || sum.Unchanged != len(reported) || sum.Added != len(arts)-len(reported) {
				t.Fatalf("second build: %+v, %v", sum, err)
			}
			fresh, _ := Open(ctx, Config{Backend: Memstore})
			defer fresh.Close()
			if _, err := Build(ctx, fresh, SliceSource(arts), x, BuildOptions{}); err != nil {
				t.Fatal(err)
			}
			var a, b bytes.Buffer
			st.Export(ctx, &a, NQuads, "")
			fresh.Export(ctx, &b, NQuads, "")
			if a.String() != b.String() || !strings.Contains(a.String(), "mentions") {
				t.Error("the graph after a failed and a finished build differs from one built at once")
			}
		})
	}
}
