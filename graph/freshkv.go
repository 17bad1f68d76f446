package graph

import (
	"context"
	"hash/maphash"

	hkv "github.com/hidal-go/hidalgo/kv"
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
	written keyFilter
	buf     []byte
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
	return &freshKV{KV: db, written: keyFilter{seed: maphash.MakeSeed()}}, nil
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
	if len(k) == 0 || string(k[0]) == cayleyMeta {
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

// keyFilter is a bloom filter of byte strings that grows with what it
// holds: a set of tables, each twice the size of the one before, of which
// only the last takes new keys. It may answer that it holds a key it was
// never given, never the reverse. One hash of the key gives the four bits
// it sets in one 64-bit word of a table.
type keyFilter struct {
	seed   maphash.Seed
	tables []bitTable
}

// bitTable is one table of a keyFilter: 1<<bits bits, holding up to cap
// keys (about 1% false positives when full).
type bitTable struct {
	words []uint64
	bits  uint
	n     int
	cap   int
}

// firstFilterBits makes the first table 128 Mbit (16 MB): about ten
// million keys, a build of 10,000 articles.
const firstFilterBits = 27

// mask returns the word of hash h in the table and its four bits there:
// all four in one word, so that a key costs one read of memory.
func (t *bitTable) mask(h uint64) (int, uint64) {
	w := int(h>>32) & (len(t.words) - 1)
	return w, 1<<(h&63) | 1<<(h>>6&63) | 1<<(h>>12&63) | 1<<(h>>18&63)
}

// has reports whether the bits of hash h are set.
func (t *bitTable) has(h uint64) bool {
	w, m := t.mask(h)
	return t.words[w]&m == m
}

// set sets the bits of hash h.
func (t *bitTable) set(h uint64) {
	w, m := t.mask(h)
	t.words[w] |= m
	t.n++
}

// Add puts k in the filter.
func (f *keyFilter) Add(k []byte) {
	h := maphash.Bytes(f.seed, k)
	if f.has(h) {
		return
	}
	if len(f.tables) == 0 || f.tables[len(f.tables)-1].n >= f.tables[len(f.tables)-1].cap {
		bits := uint(firstFilterBits)
		if len(f.tables) > 0 {
			bits = f.tables[len(f.tables)-1].bits + 1
		}
		f.tables = append(f.tables, bitTable{words: make([]uint64, 1<<(bits-6)), bits: bits, cap: 1 << bits / 13})
	}
	f.tables[len(f.tables)-1].set(h)
}

// Test reports whether the filter may hold k.
func (f *keyFilter) Test(k []byte) bool {
	return f.has(maphash.Bytes(f.seed, k))
}

func (f *keyFilter) has(h uint64) bool {
	for i := range f.tables {
		if f.tables[i].has(h) {
			return true
		}
	}
	return false
}
