package graph

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	cgkv "github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/proto"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"
	hkv "github.com/hidal-go/hidalgo/kv"
	boom "github.com/tylertreat/BoomFilters"
)

// bulkWriter writes Load's batches of new quads into the key-value
// database under a Cayley store that was new when it was opened, and that
// nothing else has written since. It writes the keys and values Cayley's
// ApplyDeltas writes for the same batch, in Cayley v0.7.7's layout:
//
//   - a node: its id under "v" and the first two bytes of its hash, its
//     number of uses under "n", and its value in the log;
//   - a quad: its node ids in the log, and its id appended to the list of
//     each index (subject–predicate, object–predicate–subject);
//   - the metadata counters "horizon" (the last id given) and "size" (the
//     number of quads).
//
// Ids are given as Cayley gives them: first a batch's new nodes, in the
// order of their hashes, then its quads in order. What it spares are
// Cayley's reads: the ids and uses of the nodes it wrote are kept in
// memory, and the index lists it never wrote are known to be empty.
// Stock Cayley reads the result as its own, and a Cayley store opened on
// it afterwards writes on as usual: Cayley keeps no state of its own about
// a store opened without its bloom filter (Config.Bloom false).
type bulkWriter struct {
	db      hkv.KV
	indexes []cgkv.QuadIndex
	buckets [][]byte // of indexes

	// fresh, if set, is the database Cayley writes through; its record of
	// written keys goes stale at the first bulk write.
	fresh *freshKV

	nodes   map[cgraph.ValueHash]bulkNode // every node written
	lists   *boom.ScalableBloomFilter     // index keys written
	horizon uint64
	size    uint64
}

// bulkNode is a node of the store: its id and its number of uses.
type bulkNode struct {
	id, refs uint64
}

var (
	metaIndexes = hkv.Key{[]byte(cayleyMeta), []byte("indexes")}
	metaHorizon = hkv.Key{[]byte(cayleyMeta), []byte("horizon")}
	metaSize    = hkv.Key{[]byte(cayleyMeta), []byte("size")}
	logBucket   = []byte("log")
)

// newBulkWriter returns a bulkWriter for db, the database under a Cayley
// store that holds nothing but Cayley's metadata; fresh, if not nil, is
// the freshKV over db that Cayley writes through.
func newBulkWriter(ctx context.Context, db hkv.KV, fresh *freshKV) (*bulkWriter, error) {
	tx, err := db.Tx(false)
	if err != nil {
		return nil, err
	}
	defer tx.Close()
	raw, err := tx.Get(ctx, metaIndexes)
	if err != nil {
		return nil, fmt.Errorf("read the store's indexes: %w", err)
	}
	var indexes []cgkv.QuadIndex
	if err := json.Unmarshal(raw, &indexes); err != nil {
		return nil, fmt.Errorf("read the store's indexes: %w", err)
	}
	if len(indexes) == 0 {
		return nil, errors.New("read the store's indexes: none")
	}
	w := &bulkWriter{
		db: db, indexes: indexes, fresh: fresh,
		nodes: make(map[cgraph.ValueHash]bulkNode),
		lists: boom.NewScalableBloomFilter(8_000_000, 0.01, 0.8),
	}
	for _, ind := range indexes {
		w.buckets = append(w.buckets, ind.Key(nil)[0])
	}
	for _, c := range []struct {
		key hkv.Key
		to  *uint64
	}{{metaHorizon, &w.horizon}, {metaSize, &w.size}} {
		v, err := tx.Get(ctx, c.key)
		switch {
		case errors.Is(err, hkv.ErrNotFound):
		case err != nil:
			return nil, err
		case len(v) != 8:
			return nil, fmt.Errorf("read the store's %s: %d bytes", c.key[1], len(v))
		default:
			*c.to = binary.LittleEndian.Uint64(v)
		}
	}
	return w, nil
}

// batchNode is a node a batch uses: its value, hash, the uses the batch
// adds, and its id.
type batchNode struct {
	val  quad.Value
	hash cgraph.ValueHash
	inc  uint64
	id   uint64
}

// add writes deltas, additions of quads the store lacks, in one
// transaction. After an error nothing of the batch is written, and the
// writer must not be used again.
func (w *bulkWriter) add(ctx context.Context, deltas []cgraph.Delta) error {
	if len(deltas) == 0 {
		return nil
	}
	if w.fresh != nil {
		w.fresh.stale = true
	}
	now := time.Now().UnixNano()

	// The nodes of the batch, each once, and the nodes of each quad.
	var (
		nodes  []batchNode
		byHash = make(map[cgraph.ValueHash]int32, len(deltas))
		byVal  = make(map[quad.Value]int32, len(deltas))
		uses   = make([][4]int32, len(deltas)) // -1: no value
	)
	for i, d := range deltas {
		if d.Action != cgraph.Add {
			return fmt.Errorf("bulk write: delta %d is not an addition", i)
		}
		for j, dir := range quad.Directions {
			v := d.Quad.Get(dir)
			if v == nil {
				uses[i][j] = -1
				continue
			}
			k, ok := int32(0), false
			cache := keyable(v)
			if cache {
				k, ok = byVal[v]
			}
			if !ok {
				h := cgraph.HashOf(v)
				if k, ok = byHash[h]; !ok {
					k = int32(len(nodes))
					nodes = append(nodes, batchNode{val: v, hash: h})
					byHash[h] = k
				}
				if cache {
					byVal[v] = k
				}
			}
			nodes[k].inc++
			uses[i][j] = k
		}
	}
	byHash, byVal = nil, nil

	tx, err := w.db.Tx(true)
	if err != nil {
		return err
	}
	defer tx.Close()

	// New nodes get ids in the order of their hashes.
	var added []int32
	for k := range nodes {
		if n, ok := w.nodes[nodes[k].hash]; ok {
			nodes[k].id = n.id
		} else {
			added = append(added, int32(k))
		}
	}
	sort.Slice(added, func(a, b int) bool {
		return bytes.Compare(nodes[added[a]].hash[:], nodes[added[b]].hash[:]) < 0
	})
	horizon := w.horizon
	for _, k := range added {
		n := &nodes[k]
		horizon++
		n.id = horizon
		val, err := pquads.MarshalValue(n.val)
		if err != nil {
			return err
		}
		if err := tx.Put(nodeKey('v', n.hash), uvarint(n.id)); err != nil {
			return err
		}
		if err := putLog(tx, &proto.Primitive{ID: n.id, Value: val, Timestamp: now}); err != nil {
			return err
		}
	}
	for k := range nodes {
		n := &nodes[k]
		if err := tx.Put(nodeKey('n', n.hash), uvarint(w.nodes[n.hash].refs+n.inc)); err != nil {
			return err
		}
	}

	// The quads, each once, with ids after the nodes'.
	entries := make([][]listEntry, len(w.indexes))
	for x := range entries {
		entries[x] = make([]listEntry, 0, len(deltas))
	}
	seen := make(map[[4]uint64]struct{}, len(deltas))
	first := horizon // ids above it are of the batch's new nodes and quads
	quads := uint64(0)
	for i := range deltas {
		var (
			link proto.Primitive
			key  [4]uint64
		)
		for j, dir := range quad.Directions {
			if k := uses[i][j]; k >= 0 {
				key[j] = nodes[k].id
				link.SetDirection(dir, key[j])
			}
		}
		if _, ok := seen[key]; ok {
			continue
		}
		seen[key] = struct{}{}
		horizon++
		quads++
		link.ID, link.Timestamp = horizon, now
		if err := putLog(tx, &link); err != nil {
			return err
		}
		for x, ind := range w.indexes {
			// A key with a node the batch adds is not in the store.
			e := listEntry{key: ind.KeyFor(&link)[1], id: link.ID}
			for _, d := range ind.Dirs {
				e.fresh = e.fresh || link.GetDirection(d) > first
			}
			entries[x] = append(entries[x], e)
		}
	}

	// Each index list gets the batch's ids appended, in order.
	var flat []byte
	for x, es := range entries {
		sort.SliceStable(es, func(i, j int) bool { return bytes.Compare(es[i].key, es[j].key) < 0 })
		b := w.buckets[x]
		for len(es) > 0 {
			n := 1
			for n < len(es) && bytes.Equal(es[n].key, es[0].key) {
				n++
			}
			key := hkv.Key{b, es[0].key}
			flat = append(append(flat[:0], b...), es[0].key...)
			var list []byte
			if !es[0].fresh && w.lists.Test(flat) {
				list, err = tx.Get(ctx, key)
				if errors.Is(err, hkv.ErrNotFound) {
					list, err = nil, nil
				}
				if err != nil {
					return err
				}
			}
			out := make([]byte, len(list), len(list)+binary.MaxVarintLen64*n)
			copy(out, list)
			for _, e := range es[:n] {
				out = binary.AppendUvarint(out, e.id)
			}
			if err := tx.Put(key, out); err != nil {
				return err
			}
			w.lists.Add(flat)
			es = es[n:]
		}
	}

	if err := tx.Put(metaHorizon, littleEndian(horizon)); err != nil {
		return err
	}
	if err := tx.Put(metaSize, littleEndian(w.size+quads)); err != nil {
		return err
	}
	if err := tx.Commit(ctx); err != nil {
		return err
	}
	for k := range nodes {
		n := &nodes[k]
		w.nodes[n.hash] = bulkNode{id: n.id, refs: w.nodes[n.hash].refs + n.inc}
	}
	w.horizon = horizon
	w.size += quads
	return nil
}

// keyable reports whether v can be a map key: the value types quads of
// this package use.
func keyable(v quad.Value) bool {
	switch v.(type) {
	case quad.IRI, quad.String, quad.TypedString, quad.LangString, quad.BNode, quad.Int, quad.Bool:
		return true
	}
	return false
}

// nodeKey is the key of a node's id (bucket 'v') or uses (bucket 'n').
func nodeKey(bucket byte, h cgraph.ValueHash) hkv.Key {
	return hkv.Key{[]byte{bucket, h[0], h[1]}, append([]byte(nil), h[:]...)}
}

// putLog writes p to the log under its id.
func putLog(tx hkv.Tx, p *proto.Primitive) error {
	buf, err := p.Marshal()
	if err != nil {
		return err
	}
	id := make([]byte, 8)
	binary.BigEndian.PutUint64(id, p.ID)
	return tx.Put(hkv.Key{logBucket, id}, buf)
}

// uvarint encodes x as Cayley encodes ids and counts.
func uvarint(x uint64) []byte {
	return binary.AppendUvarint(nil, x)
}

// littleEndian encodes x as Cayley encodes its metadata counters.
func littleEndian(x uint64) []byte {
	return binary.LittleEndian.AppendUint64(nil, x)
}

// listEntry is a quad's id for the list of an index key; fresh if the key
// has a node of the quad's batch.
type listEntry struct {
	key   []byte
	id    uint64
	fresh bool
}
