package graph

import (
	"context"
	"errors"
	"fmt"

	cgraph "github.com/cayleygraph/cayley/graph"
	_ "github.com/cayleygraph/cayley/graph/kv/bolt" // Cayley's bolt backend
	"github.com/cayleygraph/cayley/graph/memstore"
	"github.com/cayleygraph/quad"

	"github.com/statekg/statekg/schema"
)

// Backends a Store can be opened on.
const (
	Bolt     = "bolt"     // Cayley's bolt key-value backend, on disk
	Memstore = "memstore" // Cayley's in-memory store
)

// DefaultBatchSize is the number of quads written in one transaction when
// Config.BatchSize is zero.
const DefaultBatchSize = 10000

// ErrNotFound is returned (wrapped) for an article the store does not hold.
var ErrNotFound = errors.New("not found")

// Config says which store to open.
type Config struct {
	// Backend is "bolt" (the default when empty) or "memstore".
	Backend string
	// Path is the folder of a bolt store; Cayley keeps its indexes.bolt
	// file there. It is created when missing. Unused by memstore.
	Path string
	// Vocab is the vocabulary of the graph; the zero value means
	// schema.Default.
	Vocab schema.Vocab
	// BatchSize is about how many quads go into one transaction when
	// loading or importing; zero means DefaultBatchSize. One article's
	// quads always share a transaction, however many they are.
	BatchSize int
}

// Store is a statekg graph in a Cayley quad store. Its methods may be
// called from one goroutine at a time.
type Store struct {
	qs    cgraph.QuadStore
	vocab schema.Vocab
	batch int
}

// Open opens the store cfg describes, creating and initialising a bolt
// store whose folder holds none yet.
func Open(ctx context.Context, cfg Config) (*Store, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("open %s: %w", cfg.Path, err)
	}
	v := cfg.Vocab
	if v.Base() == "" {
		v = schema.Default
	}
	batch := cfg.BatchSize
	if batch <= 0 {
		batch = DefaultBatchSize
	}
	var (
		qs  cgraph.QuadStore
		err error
	)
	switch cfg.Backend {
	case "", Bolt:
		if cfg.Path == "" {
			return nil, errors.New("open: a bolt store needs a path")
		}
		qs, err = openKV(Bolt, cfg.Path)
	case Memstore:
		qs, err = cgraph.NewQuadStore(memstore.QuadStoreType, "", nil)
	default:
		if !cgraph.IsRegistered(cfg.Backend) {
			return nil, fmt.Errorf("open: unknown backend %q (bolt or memstore)", cfg.Backend)
		}
		qs, err = openKV(cfg.Backend, cfg.Path)
	}
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", cfg.Path, err)
	}
	return &Store{qs: qs, vocab: v, batch: batch}, nil
}

// openKV opens a persistent Cayley backend at path, initialising it first
// where it holds no database.
func openKV(backend, path string) (cgraph.QuadStore, error) {
	err := cgraph.InitQuadStore(backend, path, nil)
	if err != nil && !errors.Is(err, cgraph.ErrDatabaseExists) {
		return nil, err
	}
	return cgraph.NewQuadStore(backend, path, nil)
}

// Close closes the store.
func (s *Store) Close() error {
	if s.qs == nil {
		return nil
	}
	err := s.qs.Close()
	s.qs = nil
	return err
}

// Vocab returns the vocabulary of the store.
func (s *Store) Vocab() schema.Vocab { return s.vocab }

// QuadStore returns the underlying Cayley quad store, for programs that use
// Cayley's own API (paths, iterators) on it. Writing to it directly bypasses
// the per-article bookkeeping of Load.
func (s *Store) QuadStore() cgraph.QuadStore { return s.qs }

// labelled returns every quad whose label is l.
func (s *Store) labelled(ctx context.Context, l quad.Value) ([]quad.Quad, error) {
	ref := s.qs.ValueOf(l)
	if ref == nil {
		return nil, nil
	}
	it := s.qs.QuadIterator(quad.Label, ref)
	defer it.Close()
	var out []quad.Quad
	for it.Next(ctx) {
		out = append(out, s.qs.Quad(it.Result()))
	}
	if err := it.Err(); err != nil {
		return nil, err
	}
	return out, ctx.Err()
}

// apply writes the deltas of tx in one Cayley transaction.
func (s *Store) apply(tx *cgraph.Transaction) error {
	if len(tx.Deltas) == 0 {
		return nil
	}
	return s.qs.ApplyDeltas(tx.Deltas, cgraph.IgnoreOpts{IgnoreDup: true})
}
