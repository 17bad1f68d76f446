package graph

import (
	"context"
	"errors"
	"path/filepath"
	"testing"

	hkv "github.com/hidal-go/hidalgo/kv"
	"github.com/hidal-go/hidalgo/kv/flat"
	hleveldb "github.com/hidal-go/hidalgo/kv/flat/leveldb"

	"github.com/statekg/statekg/internal/newsgen"
)

// TestFreshKV checks that only a store without quads gets the filter of
// written keys, and that reads through it see every key written, whether
// in the same transaction or an earlier one.
func TestFreshKV(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "kg")
	st, err := Open(ctx, Config{Backend: LevelDB, Path: path})
	if err != nil {
		t.Fatal(err)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	open := func(path string) (*hleveldb.DB, hkv.KV) {
		ldb, err := hleveldb.Open(path, levelDBOptions())
		if err != nil {
			t.Fatal(err)
		}
		db, err := newFreshKV(ctx, flat.Upgrade(ldb))
		if err != nil {
			t.Fatal(err)
		}
		return ldb, db
	}
	ldb, db := open(path)
	if _, ok := db.(*freshKV); !ok {
		t.Fatalf("a new store is opened as %T", db)
	}
	put := func(k hkv.Key, v string) {
		t.Helper()
		tx, err := db.Tx(true)
		if err != nil {
			t.Fatal(err)
		}
		if err := tx.Put(k, []byte(v)); err != nil {
			t.Fatal(err)
		}
		if got, err := tx.Get(ctx, k); err != nil || string(got) != v {
			t.Fatalf("in the transaction that put it, %q reads %q, %v", k, got, err)
		}
		if err := tx.Commit(ctx); err != nil {
			t.Fatal(err)
		}
	}
	a, b, missing := hkv.SKey("log", "a"), hkv.SKey("sp", "b"), hkv.SKey("sp", "c")
	put(a, "1")
	put(b, "2")
	tx, err := db.Tx(true)
	if err != nil {
		t.Fatal(err)
	}
	vals, err := tx.GetBatch(ctx, []hkv.Key{missing, b, a})
	if err != nil {
		t.Fatal(err)
	}
	if vals[0] != nil || string(vals[1]) != "2" || string(vals[2]) != "1" {
		t.Errorf("GetBatch(missing, b, a) = %q", vals)
	}
	if _, err := tx.Get(ctx, missing); !errors.Is(err, hkv.ErrNotFound) {
		t.Errorf("Get(missing): %v", err)
	}
	// The metadata is read from the database whatever the filter says.
	if v, err := tx.Get(ctx, hkv.SKey(cayleyMeta, "version")); err != nil || len(v) == 0 {
		t.Errorf("Cayley's version: %q, %v", v, err)
	}
	tx.Close()
	ldb.Close()

	// A store holding quads is read as it is.
	path = filepath.Join(t.TempDir(), "kg")
	st, err = Open(ctx, Config{Backend: LevelDB, Path: path})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.Load(ctx, newsgen.New(3).Document(0)); err != nil {
		t.Fatal(err)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	ldb, db = open(path)
	defer ldb.Close()
	if _, ok := db.(*freshKV); ok {
		t.Error("a store holding quads is opened with a filter of written keys")
	}
}
