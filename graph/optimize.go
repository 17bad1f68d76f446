package graph

import (
	"context"
	"fmt"
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
	switch s := s.(type) {
	case shape.QuadsAction:
		// Not left to the store's optimizer: its scans need the
		// *kv.QuadStore to be built on, and queries build on r.
		return r.prefixScan(s)
	case shape.Quads:
		return r.hop(s)
	}
	return r.QuadStore.OptimizeShape(s)
}

// hop answers the quads linking a set of nodes through fixed values in the
// other directions (Out(p) or In(p) from the results of a path) by one
// scan of an index prefix per node: the index that starts with the nodes'
// direction and then exactly the fixed ones. Cayley reads every quad of
// each node and checks each against every quad of the fixed values (the
// predicate: no index starts with it), so a second hop through states
// named in thousands of facts read all those facts.
func (r *kvReader) hop(q shape.Quads) (shape.Shape, bool) {
	var (
		from  shape.Shape
		dir   quad.Direction
		fixed = make(map[quad.Direction]kv.Int64Value)
	)
	for _, f := range q {
		if v, ok := shape.One(f.Values); ok {
			id, ok := v.(kv.Int64Value)
			if _, dup := fixed[f.Dir]; !ok || dup {
				return q, false
			}
			fixed[f.Dir] = id
			continue
		}
		if from != nil {
			return q, false // two sets of nodes
		}
		from, dir = f.Values, f.Dir
	}
	if from == nil || len(fixed) == 0 {
		return q, false
	}
	if _, ok := fixed[dir]; ok {
		return q, false
	}
	n := 1 + len(fixed)
next:
	for _, ind := range r.indexes {
		if len(ind.Dirs) < n || ind.Dirs[0] != dir {
			continue
		}
		vals := make([]uint64, 0, len(fixed))
		for _, d := range ind.Dirs[1:n] {
			v, ok := fixed[d]
			if !ok {
				continue next
			}
			vals = append(vals, uint64(v))
		}
		return hopScan{qs: r.QuadStore, index: ind, from: from, vals: vals}, true
	}
	return q, false
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

// hopScan is the quads whose first direction in index is a node of from
// and whose next directions have the values vals: one scan of the index's
// prefix per node of from.
type hopScan struct {
	qs    *kv.QuadStore
	index kv.QuadIndex
	from  shape.Shape
	vals  []uint64
}

func (s hopScan) BuildIterator(qs cgraph.QuadStore) cgraph.Iterator {
	return cgraph.AsLegacy(&hopIterator{scan: s, from: cgraph.AsShape(s.from.BuildIterator(qs))})
}

func (s hopScan) Optimize(r shape.Optimizer) (shape.Shape, bool) {
	from, ok := s.from.Optimize(r)
	if from == nil {
		return nil, true
	}
	s.from = from
	return s, ok
}

// hopIterator is the iterator of a hopScan.
type hopIterator struct {
	scan hopScan
	from cgraph.IteratorShape
}

func (it *hopIterator) String() string {
	return fmt.Sprintf("KVHop(%v)", it.scan.index)
}

func (it *hopIterator) Iterate() cgraph.Scanner {
	return &hopNext{scan: it.scan, from: it.from.Iterate()}
}

func (it *hopIterator) Lookup() cgraph.Index {
	return &hopContains{scan: it.scan, from: it.from.Lookup()}
}

// Stats are those of Cayley's LinksTo, which the scan replaces: each node
// of from is taken to have a fan-out of 20.
func (it *hopIterator) Stats(ctx context.Context) (cgraph.IteratorCosts, error) {
	st, err := it.from.Stats(ctx)
	return cgraph.IteratorCosts{
		NextCost:     2 + st.NextCost,
		ContainsCost: 1 + st.ContainsCost,
		Size:         cgraph.Size{Size: 20 * st.Size.Size},
	}, err
}

func (it *hopIterator) Optimize(ctx context.Context) (cgraph.IteratorShape, bool) {
	from, ok := it.from.Optimize(ctx)
	if ok {
		return &hopIterator{scan: it.scan, from: from}, true
	}
	return it, false
}

func (it *hopIterator) SubIterators() []cgraph.IteratorShape {
	return []cgraph.IteratorShape{it.from}
}

type hopNext struct {
	scan   hopScan
	from   cgraph.Scanner
	quads  cgraph.Scanner // the scan of the current node's prefix
	result cgraph.Ref
	err    error
}

func (it *hopNext) String() string { return "KVHopNext" }

func (it *hopNext) TagResults(dst map[string]cgraph.Ref) { it.from.TagResults(dst) }

func (it *hopNext) Result() cgraph.Ref { return it.result }

func (it *hopNext) Next(ctx context.Context) bool {
	for {
		if it.quads != nil {
			if it.quads.Next(ctx) {
				it.result = it.quads.Result()
				return true
			}
			it.err = it.quads.Err()
			it.quads.Close()
			it.quads = nil
			if it.err != nil {
				return false
			}
		}
		if !it.from.Next(ctx) {
			it.err = it.from.Err()
			it.result = nil
			return false
		}
		node, ok := it.from.Result().(kv.Int64Value)
		if !ok {
			continue // not a node of this store: no quads
		}
		vals := append([]uint64{uint64(node)}, it.scan.vals...)
		it.quads = kv.NewQuadIterator(it.scan.qs, it.scan.index, vals).AsShape().Iterate()
	}
}

func (it *hopNext) NextPath(ctx context.Context) bool {
	ok := it.from.NextPath(ctx)
	if !ok {
		it.err = it.from.Err()
	}
	return ok
}

func (it *hopNext) Err() error { return it.err }

func (it *hopNext) Close() error {
	var err error
	if it.quads != nil {
		err = it.quads.Close()
	}
	if e := it.from.Close(); err == nil {
		err = e
	}
	return err
}

type hopContains struct {
	scan   hopScan
	from   cgraph.Index
	result cgraph.Ref
}

func (it *hopContains) String() string { return "KVHopContains" }

func (it *hopContains) TagResults(dst map[string]cgraph.Ref) { it.from.TagResults(dst) }

func (it *hopContains) Result() cgraph.Ref { return it.result }

func (it *hopContains) Contains(ctx context.Context, v cgraph.Ref) bool {
	it.result = nil
	for i, d := range it.scan.index.Dirs[1 : 1+len(it.scan.vals)] {
		if id, ok := it.scan.qs.QuadDirection(v, d).(kv.Int64Value); !ok || uint64(id) != it.scan.vals[i] {
			return false
		}
	}
	if !it.from.Contains(ctx, it.scan.qs.QuadDirection(v, it.scan.index.Dirs[0])) {
		return false
	}
	it.result = v
	return true
}

func (it *hopContains) NextPath(ctx context.Context) bool { return it.from.NextPath(ctx) }

func (it *hopContains) Err() error { return it.from.Err() }

func (it *hopContains) Close() error { return it.from.Close() }
