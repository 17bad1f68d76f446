package graph

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/cayleygraph/cayley/graph/proto"
	hkv "github.com/hidal-go/hidalgo/kv"
	hbolt "github.com/hidal-go/hidalgo/kv/bolt"
	"github.com/hidal-go/hidalgo/kv/flat"
	hleveldb "github.com/hidal-go/hidalgo/kv/flat/leveldb"

	"github.com/statekg/statekg/internal/newsgen"
	"github.com/statekg/statekg/schema"
)

// dumpKV returns every key and value of the bolt or leveldb store at
// path, the log's primitives without their timestamps (the time they were
// written).
func dumpKV(t *testing.T, backend, path string) []string {
	t.Helper()
	ctx := context.Background()
	var db hkv.KV
	if backend == Bolt {
		bdb, err := hbolt.Open(filepath.Join(path, "indexes.bolt"), nil)
		if err != nil {
			t.Fatal(err)
		}
		db = bdb
	} else {
		ldb, err := hleveldb.Open(path, levelDBOptions())
		if err != nil {
			t.Fatal(err)
		}
		db = flat.Upgrade(ldb)
	}
	defer db.Close()
	tx, err := db.Tx(false)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Close()
	it := tx.Scan(nil)
	defer it.Close()
	var out []string
	for it.Next(ctx) {
		k, v := it.Key(), it.Val()
		if len(k) > 1 && string(k[0]) == string(logBucket) {
			var p proto.Primitive
			if err := p.Unmarshal(v); err != nil {
				t.Fatalf("log %x: %v", k[1], err)
			}
			p.Timestamp = 0
			if v, err = p.Marshal(); err != nil {
				t.Fatal(err)
			}
		}
		out = append(out, fmt.Sprintf("%q = %x", k, v))
	}
	if err := it.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestBulkWritesWhatCayleyWrites builds the same articles into two new
// stores of each key-value backend, one through the bulk writer and one through Cayley's
// ApplyDeltas, in batches of a few articles, and finds the same keys and
// values in both. Then both delete an article and replace another through
// Cayley, which reads on top of what the bulk writer wrote, and the two
// stores are still the same.
func TestBulkWritesWhatCayleyWrites(t *testing.T) {
	for _, backend := range []string{Bolt, LevelDB} {
		t.Run(backend, func(t *testing.T) { testBulkWritesWhatCayleyWrites(t, backend) })
	}
}

func testBulkWritesWhatCayleyWrites(t *testing.T, backend string) {
	ctx := context.Background()
	docs := newsDocs(11, 40)
	// An article that asserts what others assert, and restates its own
	// facts: one edge for each.
	again := *docs[3]
	again.Article.ID = "restated"
	again.Claims = append(slices.Clone(docs[3].Claims), docs[3].Claims...)
	docs = append(docs, &again)
	changed := *docs[7]
	changed.Article.Text += " A sentence more."
	changed.Claims = changed.Claims[:len(changed.Claims)/2]

	build := func(path string, bulk bool) {
		t.Helper()
		st, err := Open(ctx, Config{Backend: backend, Path: path, BatchSize: 3000})
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		if st.bulk == nil {
			t.Fatal("a new store has no bulk writer")
		}
		if !bulk {
			st.bulk = nil
		}
		for i := 0; i < len(docs); i += 9 {
			if _, err := st.Load(ctx, docs[i:min(i+9, len(docs))]...); err != nil {
				t.Fatal(err)
			}
		}
		if bulk && st.bulk == nil {
			t.Fatal("the bulk writer stopped during the build")
		}
	}
	edit := func(path string) {
		t.Helper()
		st, err := Open(ctx, Config{Backend: backend, Path: path})
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		if st.bulk != nil {
			t.Fatal("a store with quads has a bulk writer")
		}
		if _, err := st.Delete(ctx, docs[5].Article.ID); err != nil {
			t.Fatal(err)
		}
		if _, err := st.Load(ctx, &changed); err != nil {
			t.Fatal(err)
		}
	}
	dir := t.TempDir()
	viaBulk, viaCayley := filepath.Join(dir, "bulk"), filepath.Join(dir, "cayley")
	build(viaBulk, true)
	build(viaCayley, false)
	compare := func(when string) {
		t.Helper()
		a, b := dumpKV(t, backend, viaBulk), dumpKV(t, backend, viaCayley)
		if len(a) < 1000 {
			t.Fatalf("%s: only %d keys", when, len(a))
		}
		if !slices.Equal(a, b) {
			for i := range min(len(a), len(b)) {
				if a[i] != b[i] {
					t.Fatalf("%s: key %d of %d/%d differs:\nbulk   %s\ncayley %s", when, i, len(a), len(b), a[i], b[i])
				}
			}
			t.Fatalf("%s: %d keys written in bulk, %d by Cayley", when, len(a), len(b))
		}
	}
	compare("after the build")
	edit(viaBulk)
	edit(viaCayley)
	compare("after a delete and a replacement")
}

// TestBulkThenCayley writes in bulk and then through Cayley in the same
// Store: Cayley's writes read what the bulk writer wrote (the filter of
// the fresh database is no longer trusted), so a replacement leaves the
// store as a fresh build of the new text.
func TestBulkThenCayley(t *testing.T) {
	ctx := context.Background()
	docs := newsDocs(12, 3)
	changed := *docs[1]
	changed.Article.Text += " Another sentence."
	changed.Claims = changed.Claims[1:]

	st, err := Open(ctx, Config{Backend: LevelDB, Path: filepath.Join(t.TempDir(), "kg")})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if _, err := st.Load(ctx, docs...); err != nil {
		t.Fatal(err)
	}
	if st.bulk == nil {
		t.Fatal("the first load did not write in bulk")
	}
	r, err := st.Load(ctx, &changed)
	if err != nil {
		t.Fatal(err)
	}
	if r[0].Status != Replaced || st.bulk != nil {
		t.Fatalf("replacement: %v, bulk writer %v", r[0].Status, st.bulk != nil)
	}
	want, err := Open(ctx, Config{Backend: Memstore})
	if err != nil {
		t.Fatal(err)
	}
	defer want.Close()
	if _, err := want.Load(ctx, docs[0], &changed, docs[2]); err != nil {
		t.Fatal(err)
	}
	if got, exp := sortedExport(t, st), sortedExport(t, want); !slices.Equal(got, exp) {
		t.Fatalf("after bulk and Cayley writes the store exports %d lines, a fresh build %d", len(got), len(exp))
	}
}

// failingKV fails the commit of its fail-th write transaction.
type failingKV struct {
	hkv.KV
	n, fail int
}

type failingTx struct {
	hkv.Tx
	fail bool
}

func (f *failingKV) Tx(rw bool) (hkv.Tx, error) {
	tx, err := f.KV.Tx(rw)
	if err != nil || !rw {
		return tx, err
	}
	f.n++
	return &failingTx{Tx: tx, fail: f.n == f.fail}, nil
}

func (tx *failingTx) Commit(ctx context.Context) error {
	if tx.fail {
		tx.Tx.Close()
		return errDiskFull
	}
	return tx.Tx.Commit(ctx)
}

// TestBulkFailureWritesNothing makes the second bulk transaction fail: the
// articles of the first are whole, those of the second absent, and
// loading them again through Cayley gives the store a fresh build gives.
func TestBulkFailureWritesNothing(t *testing.T) {
	ctx := context.Background()
	docs := newsDocs(13, 6)
	st, err := Open(ctx, Config{Backend: LevelDB, Path: filepath.Join(t.TempDir(), "kg")})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	st.bulk.db = &failingKV{KV: st.bulk.db, fail: 2}
	if _, err := st.Load(ctx, docs[:3]...); err != nil {
		t.Fatal(err)
	}
	if _, err := st.Load(ctx, docs[3:]...); !errors.Is(err, errDiskFull) {
		t.Fatalf("second load: %v, want the write error", err)
	}
	if st.bulk != nil {
		t.Fatal("the bulk writer goes on after a failed write")
	}
	r, err := st.Load(ctx, docs...)
	if err != nil {
		t.Fatal(err)
	}
	for i, x := range r {
		if want := map[bool]LoadStatus{true: Unchanged, false: Added}[i < 3]; x.Status != want {
			t.Errorf("article %d: %v, want %v", i, x.Status, want)
		}
	}
	want, err := Open(ctx, Config{Backend: Memstore})
	if err != nil {
		t.Fatal(err)
	}
	defer want.Close()
	if _, err := want.Load(ctx, docs...); err != nil {
		t.Fatal(err)
	}
	if got, exp := sortedExport(t, st), sortedExport(t, want); !slices.Equal(got, exp) {
		t.Fatalf("after a failed bulk write the store exports %d lines, a fresh build %d", len(got), len(exp))
	}
}

// newsDocs returns the first n documents of the newsgen generator seeded
// with seed.
func newsDocs(seed int64, n int) []*schema.Document {
	g := newsgen.New(seed)
	docs := make([]*schema.Document, n)
	for i := range docs {
		docs[i] = g.Document(i)
	}
	return docs
}

// sortedExport returns the lines of the store's sorted N-Quads export.
func sortedExport(t *testing.T, st *Store) []string {
	t.Helper()
	var b strings.Builder
	if err := st.Export(context.Background(), &b, NQuads, ""); err != nil {
		t.Fatal(err)
	}
	return strings.Split(b.String(), "\n")
}
