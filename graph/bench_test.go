package graph_test

import (
	"context"
	"io/fs"
	"path/filepath"
	"testing"

	_ "github.com/cayleygraph/cayley/graph/kv/leveldb" // for the comparison with bolt

	"github.com/statekg/statekg/graph"
	"github.com/statekg/statekg/schema"
)

const benchDocs = 200

func syntheticDocs() []*schema.Document {
	docs := make([]*schema.Document, benchDocs)
	for i := range docs {
		docs[i] = syntheticDoc(i)
	}
	return docs
}

func dirSize(b *testing.B, dir string) int64 {
	var n int64
	filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if fi, err := d.Info(); err == nil {
				n += fi.Size()
			}
		}
		return nil
	})
	return n
}

// BenchmarkLoad loads 200 synthetic articles (about 110 quads each) into
// an empty store of each backend, and reports the size on disk.
func BenchmarkLoad(b *testing.B) {
	docs := syntheticDocs()
	ctx := context.Background()
	for _, backend := range []string{graph.Memstore, graph.Bolt, "leveldb"} {
		b.Run(backend, func(b *testing.B) {
			var size int64
			for i := 0; i < b.N; i++ {
				dir := filepath.Join(b.TempDir(), "kg")
				st, err := graph.Open(ctx, graph.Config{Backend: backend, Path: dir})
				if err != nil {
					b.Fatal(err)
				}
				r, err := st.Load(ctx, docs...)
				if err != nil || len(r) != benchDocs {
					b.Fatal(err)
				}
				if err := st.Close(); err != nil {
					b.Fatal(err)
				}
				size = dirSize(b, dir)
			}
			b.ReportMetric(float64(size), "bytes-on-disk")
		})
	}
}

// BenchmarkReload loads the same 200 articles into a store that holds
// them: every one is Unchanged.
func BenchmarkReload(b *testing.B) {
	docs := syntheticDocs()
	ctx := context.Background()
	st, err := graph.Open(ctx, graph.Config{Path: filepath.Join(b.TempDir(), "kg")})
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	if _, err := st.Load(ctx, docs...); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := st.Load(ctx, docs...); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkQuery runs a two-hop Gizmo query over 200 articles in bolt.
func BenchmarkQuery(b *testing.B) {
	ctx := context.Background()
	st, err := graph.Open(ctx, graph.Config{Path: filepath.Join(b.TempDir(), "kg")})
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	if _, err := st.Load(ctx, syntheticDocs()...); err != nil {
		b.Fatal(err)
	}
	v := schema.Default
	q := `g.V("` + v.Entity(schema.State, "State 7").String() + `").Out("` + v.Predicate(schema.Sanctions).String() +
		`").Tag("target").Out("<http://schema.org/name>").All()`
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		res, err := st.Query(ctx, q, 0)
		if err != nil || len(res) == 0 {
			b.Fatal(len(res), err)
		}
	}
}

// BenchmarkStats counts everything in a bolt store of 200 articles.
func BenchmarkStats(b *testing.B) {
	ctx := context.Background()
	st, err := graph.Open(ctx, graph.Config{Path: filepath.Join(b.TempDir(), "kg")})
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	if _, err := st.Load(ctx, syntheticDocs()...); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := st.Stats(ctx); err != nil {
			b.Fatal(err)
		}
	}
}
