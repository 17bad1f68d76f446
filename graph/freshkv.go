package graph

import (
	"context"

	hkv "github.com/hidal-go/hidalgo/kv"
	boom "github.com/tylertreat/BoomFilters"
)

// freshKV is the key-value database under a Cayley store that was empty
// (nothing but Cayley's metadata) when it was opened. It remembers, in a
// bloom filter, every key its write transactions put, so that a write
// transaction's reads of other keys, which the store cannot hold, are
// answered without reading the database. Cayley reads every node and
// index entry it is about to write, and in a build into a new store
// nearly all of them are new: those reads were most of the writer's time.
//
// What is written is what Cayley writes; only reads are spared. Read
// transactions, the metadata bucket and keys the filter may hold are read
// from the database as usual. Cayley writes through one transaction at a
// time, the only user of the filter.
type freshKV struct {
	hkv.KV
	written *boom.ScalableBloomFilter
	buf     []byte
	// stale is set once keys were written past the filter (by a
	// bulkWriter): from then on every read goes to the database.
	stale bool
}

// cayleyMeta is the bucket of Cayley's metadata (version, indexes, quad
// count, id horizon), written before the store is opened by this package.
const cayleyMeta = "meta"

// newFreshKV wraps db when it holds no key outside Cayley's metadata
// bucket but the markers of its buckets, and returns db as it is
// otherwise.
func newFreshKV(ctx context.Context, db hkv.KV) (hkv.KV, error) {
	tx, err := db.Tx(false)
	if err != nil {
		return nil, err
	}
	defer tx.Close()
	it := tx.Scan(nil)
	defer it.Close()
	for it.Next(ctx) {
		// Besides the metadata, a new store holds one empty key for each
		// of Cayley's buckets.
		if k := it.Key(); len(k) > 1 && string(k[0]) != cayleyMeta {
			return db, nil
		}
	}
	if err := it.Err(); err != nil {
		return nil, err
	}
	// About ten million keys (a build of 10,000 articles) in the first
	// filter, 1% of false positives; the filter grows with the store.
	return &freshKV{KV: db, written: boom.NewScalableBloomFilter(10_000_000, 0.01, 0.8)}, nil
}

// Tx opens a transaction; a write transaction reads only keys it may find.
func (f *freshKV) Tx(rw bool) (hkv.Tx, error) {
	tx, err := f.KV.Tx(rw)
	if err != nil || !rw {
		return tx, err
	}
	return &freshTx{Tx: tx, kv: f}, nil
}

// flat returns the bytes of k, which the filter is keyed by, in a buffer
// reused by the next call.
func (f *freshKV) flat(k hkv.Key) []byte {
	f.buf = f.buf[:0]
	for _, p := range k {
		f.buf = append(f.buf, byte(len(p)>>8), byte(len(p)))
		f.buf = append(f.buf, p...)
	}
	return f.buf
}

// absent reports whether the store cannot hold k: a key outside the
// metadata that no write transaction has put.
func (f *freshKV) absent(k hkv.Key) bool {
	if f.stale || len(k) == 0 || string(k[0]) == cayleyMeta {
		return false
	}
	return !f.written.Test(f.flat(k))
}

type freshTx struct {
	hkv.Tx
	kv *freshKV
}

func (tx *freshTx) Get(ctx context.Context, k hkv.Key) (hkv.Value, error) {
	if tx.kv.absent(k) {
		return nil, hkv.ErrNotFound
	}
	return tx.Tx.Get(ctx, k)
}

func (tx *freshTx) GetBatch(ctx context.Context, keys []hkv.Key) ([]hkv.Value, error) {
	var (
		ask []hkv.Key // the keys the store may hold
		at  []int     // and their places in keys
	)
	for i, k := range keys {
		if !tx.kv.absent(k) {
			ask = append(ask, k)
			at = append(at, i)
		}
	}
	out := make([]hkv.Value, len(keys))
	if len(ask) == 0 {
		return out, nil
	}
	vals, err := tx.Tx.GetBatch(ctx, ask)
	if err != nil {
		return nil, err
	}
	for j, v := range vals {
		out[at[j]] = v
	}
	return out, nil
}

func (tx *freshTx) Put(k hkv.Key, v hkv.Value) error {
	if err := tx.Tx.Put(k, v); err != nil {
		return err
	}
	if len(k) > 0 && string(k[0]) != cayleyMeta {
		tx.kv.written.Add(tx.kv.flat(k))
	}
	return nil
}
