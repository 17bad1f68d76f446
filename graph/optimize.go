package graph

import (
	"context"
	"sync"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/shape"
	"github.com/cayleygraph/quad"
)

// kvReader is a key-value quad store as queries read it: the store itself,
// whose optimizer also answers quads fixed in some directions from an index
// that starts with those directions and has more.
//
// Cayley v0.7.7's key-value optimizer answers quads fixed in a set of
// directions from an index only when the index has no other direction: of
// its default indexes, subject–predicate serves Out(p) from a node, but
// object–predicate–subject is never used for In(p) from a node (object and
// predicate fixed, the subject free). Such a hop is then the intersection
// of every quad whose object is the node with every quad of the predicate:
// a node that thousands of statements name is read whole, and the
// predicate's side checks each quad, to give a few hundred results. A scan
// of the index's prefix gives the same quads directly, and is sized by
// counting (countedScan) so that a next hop starts from its results.
type kvReader struct {
	*kv.QuadStore
	indexes []kv.QuadIndex // the store's indexes, as far as its optimizer shows them

	// values holds the values of nodes read by NameOf and ValuesOf, by
	// id. Each is one more read of the store (a quad names its nodes by
	// id), and the values a query prints recur: names, types, the states
	// and officials of many facts. An id names one value for the life of
	// the store (Cayley draws ids from a counter and never reuses one), so
	// no write makes an entry wrong.
	mu     sync.Mutex
	values map[kv.Int64Value]quad.Value
}

// maxValues is how many node values a kvReader keeps; it forgets them
// all when it holds more.
const maxValues = 1 << 16

// NameOf returns the value of the node v.
func (r *kvReader) NameOf(v cgraph.Ref) quad.Value {
	id, ok := v.(kv.Int64Value)
	if !ok {
		return r.QuadStore.NameOf(v)
	}
	r.mu.Lock()
	val, ok := r.values[id]
	r.mu.Unlock()
	if ok {
		return val
	}
	val = r.QuadStore.NameOf(v)
	if val != nil {
		r.keep(id, val)
	}
	return val
}

// ValuesOf returns the values of the nodes vs, reading those not kept in
// one batch.
func (r *kvReader) ValuesOf(ctx context.Context, vs []cgraph.Ref) ([]quad.Value, error) {
	out := make([]quad.Value, len(vs))
	var (
		missing []cgraph.Ref
		at      []int
	)
	r.mu.Lock()
	for i, v := range vs {
		if id, ok := v.(kv.Int64Value); ok {
			if val, ok := r.values[id]; ok {
				out[i] = val
				continue
			}
		}
		missing = append(missing, v)
		at = append(at, i)
	}
	r.mu.Unlock()
	if len(missing) == 0 {
		return out, nil
	}
	vals, err := r.QuadStore.ValuesOf(ctx, missing)
	for k, val := range vals {
		out[at[k]] = val
		if id, ok := missing[k].(kv.Int64Value); ok && val != nil && err == nil {
			r.keep(id, val)
		}
	}
	return out, err
}

func (r *kvReader) keep(id kv.Int64Value, val quad.Value) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if len(r.values) >= maxValues {
		clear(r.values)
	}
	r.values[id] = val
}

// newKVReader returns the reader of qs, or qs itself when it is not a
// key-value store.
func newKVReader(qs cgraph.QuadStore) cgraph.QuadStore {
	k, ok := qs.(*kv.QuadStore)
	if !ok {
		return qs
	}
	r := &kvReader{QuadStore: k, values: make(map[kv.Int64Value]quad.Value)}
	// The store's indexes are not exported, but its optimizer names the
	// index it scans for quads fixed in exactly that index's directions:
	// ask it for each set of directions (no I/O: it only reads its list).
	dirs := []quad.Direction{quad.Subject, quad.Predicate, quad.Object, quad.Label}
	for set := 1; set < 1<<len(dirs); set++ {
		filter := make(map[quad.Direction]cgraph.Ref)
		for i, d := range dirs {
			if set&(1<<i) != 0 {
				filter[d] = kv.Int64Value(1)
			}
		}
		s, ok := k.OptimizeShape(shape.QuadsAction{Result: quad.Subject, Filter: filter})
		if !ok {
			continue
		}
		if nf, ok := s.(shape.NodesFrom); ok {
			if scan, ok := nf.Quads.(kv.IndexScan); ok {
				r.indexes = append(r.indexes, scan.Index)
			}
		}
	}
	return r
}

// OptimizeShape is the store's optimizer, with quads fixed in some
// directions read by a scan of the index that starts with exactly those
// directions, whether or not it has more.
func (r *kvReader) OptimizeShape(s shape.Shape) (shape.Shape, bool) {
	if a, ok := s.(shape.QuadsAction); ok {
		// Not left to the store's optimizer: its scans need the
		// *kv.QuadStore to be built on, and queries build on r.
		return r.prefixScan(a)
	}
	return r.QuadStore.OptimizeShape(s)
}

// prefixScan answers a from the index with the fewest directions whose
// first directions are exactly those a fixes.
func (r *kvReader) prefixScan(a shape.QuadsAction) (shape.Shape, bool) {
	n := len(a.Filter)
	if n == 0 {
		return a, false
	}
	var (
		best kv.QuadIndex
		vals []uint64
	)
next:
	for _, ind := range r.indexes {
		if len(ind.Dirs) < n || (vals != nil && len(ind.Dirs) >= len(best.Dirs)) {
			continue
		}
		vs := make([]uint64, 0, n)
		for _, d := range ind.Dirs[:n] {
			v, ok := a.Filter[d].(kv.Int64Value)
			if !ok {
				continue next
			}
			vs = append(vs, uint64(v))
		}
		best, vals = ind, vs
	}
	if vals == nil {
		return a, false
	}
	return a.SimplifyFrom(indexScan{qs: r.QuadStore, index: best, vals: vals}), true
}

// indexScan is the quads whose first directions in index have the values
// vals, in the order of the index.
type indexScan struct {
	qs    *kv.QuadStore
	index kv.QuadIndex
	vals  []uint64
}

// BuildIterator builds the scan on its own store, whatever store is
// given: the one a query is built on is the kvReader, not the
// *kv.QuadStore that kv.IndexScan requires.
func (s indexScan) BuildIterator(cgraph.QuadStore) cgraph.Iterator {
	return cgraph.AsLegacy(&countedScan{IteratorShape: kv.NewQuadIterator(s.qs, s.index, s.vals).AsShape()})
}

func (s indexScan) Optimize(shape.Optimizer) (shape.Shape, bool) { return s, false }

// maxCount is how many quads countedScan counts at most to size a scan.
const maxCount = 10000

// countedScan is Cayley's scan of an index prefix, sized by counting its
// quads when a plan asks for its size. Cayley sizes a scan of part of a
// key as half the store, so a path whose next hop starts from its results
// would read that hop's predicate over the whole store instead of each
// result's quads; counting costs no more than the scan itself, and only a
// query of several hops asks.
type countedScan struct {
	cgraph.IteratorShape
	size *cgraph.Size // counted, once asked
}

func (s *countedScan) Stats(ctx context.Context) (cgraph.IteratorCosts, error) {
	c, err := s.IteratorShape.Stats(ctx)
	if err != nil || c.Size.Exact {
		return c, err
	}
	if s.size == nil {
		sc := s.IteratorShape.Iterate()
		n := int64(0)
		for n <= maxCount && sc.Next(ctx) {
			n++
		}
		err = sc.Err()
		sc.Close()
		if err != nil {
			return c, err
		}
		sz := c.Size // a prefix of more quads than that: Cayley's guess
		if n <= maxCount {
			sz = cgraph.Size{Size: n, Exact: true}
		}
		s.size = &sz
	}
	c.Size = *s.size
	return c, nil
}

func (s *countedScan) Optimize(context.Context) (cgraph.IteratorShape, bool) { return s, false }
