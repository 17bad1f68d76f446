package graph

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/boltdb/bolt"
	cgraph "github.com/cayleygraph/cayley/graph"
	cgkv "github.com/cayleygraph/cayley/graph/kv"
	_ "github.com/cayleygraph/cayley/graph/kv/bolt"    // Cayley's bolt backend
	_ "github.com/cayleygraph/cayley/graph/kv/leveldb" // Cayley's leveldb backend
	"github.com/cayleygraph/cayley/graph/memstore"
	_ "github.com/cayleygraph/cayley/graph/sql/postgres" // Cayley's SQL backend, PostgreSQL flavour
	"github.com/cayleygraph/quad"
	hkv "github.com/hidal-go/hidalgo/kv"
	hbolt "github.com/hidal-go/hidalgo/kv/bolt"
	"github.com/hidal-go/hidalgo/kv/flat"
	hleveldb "github.com/hidal-go/hidalgo/kv/flat/leveldb"
	"github.com/syndtr/goleveldb/leveldb/filter"
	"github.com/syndtr/goleveldb/leveldb/opt"

	"github.com/statekg/statekg/schema"
)

// Backends a Store can be opened on.
const (
	Bolt     = "bolt"     // Cayley's bolt key-value backend: a folder holding indexes.bolt
	LevelDB  = "leveldb"  // Cayley's leveldb key-value backend: a folder of leveldb files
	Memstore = "memstore" // Cayley's in-memory store
	Postgres = "postgres" // Cayley's SQL backend on PostgreSQL: Path is a connection URL
)

// DefaultBackend is the backend of a Config that names none. See the
// README for the measurements behind the choice.
const DefaultBackend = LevelDB

// Backends returns the backends Open accepts.
func Backends() []string { return []string{Bolt, LevelDB, Memstore, Postgres} }

// DefaultBatchSize is the number of quads written in one transaction when
// Config.BatchSize is zero. Larger transactions rewrite the index entries
// and use counts of shared nodes (entities, predicates) less often: a
// build of 10,000 newsgen articles into leveldb takes a fifth less CPU
// time than with 50,000, for about 200 MB more memory.
const DefaultBatchSize = 200000

// ErrNotFound is returned (wrapped) for an article the store does not hold.
var ErrNotFound = errors.New("not found")

// ErrNotEntity is returned (wrapped) by Card and Why for an IRI that is no
// entity of the graph.
var ErrNotEntity = errors.New("not an entity of the graph")

// ErrLocked is returned (wrapped) by Open when another process holds the
// bolt or leveldb store open in a way that excludes this one.
var ErrLocked = errors.New("store is in use by another process")

// ErrNoStore is returned (wrapped) by a read-only Open of a path that holds
// no store of the backend asked for; its message reads "no store at PATH".
var ErrNoStore = errors.New("no store")

// Config says which store to open.
type Config struct {
	// Backend is "bolt", "leveldb", "memstore" or "postgres"; empty means
	// the backend of the store in the folder Path (see DetectBackend), or
	// DefaultBackend where there is none.
	Backend string
	// Path is the folder of a bolt or leveldb store (created when missing)
	// or the connection URL of a PostgreSQL database
	// ("postgres://user:password@host:5432/db?sslmode=disable"), whose
	// tables are created when missing. Unused by memstore.
	Path string
	// Vocab is the vocabulary of the graph; the zero value means
	// schema.Default.
	Vocab schema.Vocab
	// BatchSize is about how many quads go into one transaction when
	// loading or importing; zero means DefaultBatchSize. One article's
	// quads always share a transaction, however many they are.
	BatchSize int
	// Bloom opens a bolt or leveldb store with the bloom filters Cayley
	// builds at open time by reading every quad (about 2 s and 550 MB at a
	// million quads; they take about 300 MB more as quads are written).
	// They only spare Cayley a lookup when it adds a quad whose nodes all
	// exist already, as an import of quads the store holds does. Loading
	// articles hardly needs them: every quad of an article's graph carries
	// its label, a node Cayley knows to be new, and Load adds a quad of the
	// default graph only once it knows the store lacks it. Measured on newsgen articles,
	// loading is faster without them and takes less than half the memory.
	Bloom bool
	// ReadOnly opens an existing store for reading only: nothing is
	// created, initialised or written (for bolt and leveldb, not a file
	// of the folder changes), so what DetectBackend sees stays the same.
	// A path without a store of the backend is an error wrapping
	// ErrNoStore; other processes may read the store at the same time.
	// Load, Build, Import and Delete fail on a read-only store.
	ReadOnly bool
}

// Store is a statekg graph in a Cayley quad store. Its methods may be
// called from one goroutine at a time, except Query and QueryEach, which
// may run alongside each other and alongside Close: Close waits for them.
type Store struct {
	// queries is held for reading by each running query and for writing
	// by Close, which so waits for the queries to end.
	queries sync.RWMutex

	qs      cgraph.QuadStore
	read    cgraph.QuadStore // qs as queries and views read it (newKVReader)
	backend string
	vocab   schema.Vocab
	batch   int

	// IRIs of the vocabulary, computed once.
	hashIRI quad.IRI

	// versioned is set once the store is known to state the graph model
	// of this package (see checkFormat).
	versioned bool
	// known holds quads of the default graph the store is known to hold
	// (written or found by Load, and not removed since), so that Load does
	// not look for them again: an entity or a fact that many articles
	// state is read once.
	known map[quad.Quad]struct{}
	// whole is set while known holds every quad of the default graph
	// (see checkWhole); wholeSet once that was decided; quads is the
	// number of quads the store holds by this Store's count.
	whole, wholeSet bool
	quads           int64
	// bulk writes Load's additions into a new bolt or leveldb store as long as
	// nothing else writes to it (see bulkWriter); nil otherwise.
	bulk *bulkWriter
}

// Open opens the store cfg describes, creating and initialising one where
// there is none yet.
func Open(ctx context.Context, cfg Config) (*Store, error) {
	backend := cfg.Backend
	if backend == "" {
		backend = DetectBackend(cfg.Path)
	}
	if backend == "" {
		backend = DefaultBackend
	}
	where := cfg.Path
	if backend == Postgres {
		where = redactURL(where)
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("open %s %s: %w", backend, where, err)
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
		qs    cgraph.QuadStore
		fresh *freshKV // the database under a new bolt or leveldb store
		err   error
	)
	switch backend {
	case Memstore:
		qs, err = cgraph.NewQuadStore(memstore.QuadStoreType, "", nil)
	case Bolt, LevelDB:
		if cfg.Path == "" {
			return nil, fmt.Errorf("open: a %s store needs a path", backend)
		}
		opts := cgraph.Options{}
		if !cfg.Bloom {
			opts["no_bloom"] = true
		}
		if cfg.ReadOnly {
			qs, err = openKVReadOnly(backend, cfg.Path, opts)
		} else {
			qs, fresh, err = openKV(ctx, backend, cfg.Path, opts)
		}
	case Postgres:
		if cfg.Path == "" {
			return nil, errors.New("open: a postgres store needs a connection URL")
		}
		qs, err = openSQL(ctx, backend, cfg.Path, cfg.ReadOnly)
	default:
		return nil, fmt.Errorf("open: unknown backend %q (%s)", backend, strings.Join(Backends(), ", "))
	}
	if errors.Is(err, ErrNoStore) {
		return nil, err // it names the path already
	}
	if err != nil {
		return nil, fmt.Errorf("open %s %s: %w", backend, where, err)
	}
	v2 := v
	st := &Store{
		qs: qs, read: newKVReader(qs), backend: backend, vocab: v2, batch: batch,
		hashIRI: v2.Term(schema.TermContentHash),
	}
	if err := st.checkFormat(ctx); err != nil {
		qs.Close()
		return nil, fmt.Errorf("open %s %s: %w", backend, where, err)
	}
	if fresh != nil && !cfg.Bloom {
		// Cayley's bloom filter would not know what the bulk writer
		// writes; without it Cayley keeps nothing about the store but
		// what it reads.
		if st.bulk, err = newBulkWriter(ctx, fresh.KV, fresh); err != nil {
			qs.Close()
			return nil, fmt.Errorf("open %s %s: %w", backend, where, err)
		}
	}
	return st, nil
}

// DetectBackend returns the backend of the store in the folder path: bolt
// when it holds Cayley's indexes.bolt, leveldb when it holds a leveldb
// CURRENT file, "" otherwise.
func DetectBackend(path string) string {
	if path == "" {
		return ""
	}
	if fi, err := os.Stat(filepath.Join(path, "indexes.bolt")); err == nil && fi.Mode().IsRegular() {
		return Bolt
	}
	if fi, err := os.Stat(filepath.Join(path, "CURRENT")); err == nil && fi.Mode().IsRegular() {
		return LevelDB
	}
	return ""
}

// openKV opens a persistent Cayley key-value backend at path, initialising
// it first where it holds no database.
// A new bolt or leveldb store comes with the freshKV under it.
func openKV(ctx context.Context, backend, path string, opts cgraph.Options) (cgraph.QuadStore, *freshKV, error) {
	if fi, err := os.Stat(path); err == nil && !fi.IsDir() {
		return nil, nil, fmt.Errorf("%s is a file, not a %s folder", path, backend)
	}
	if backend == Bolt {
		// bolt waits for ever for a file another process holds open.
		if err := checkUnlocked(filepath.Join(path, "indexes.bolt"), false); err != nil {
			return nil, nil, err
		}
	}
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		if err := createKV(backend, path, opts); err != nil {
			return nil, nil, err
		}
	}
	if backend == LevelDB {
		return openLevelDB(ctx, path, opts)
	}
	return openBolt(ctx, path, opts)
}

// openBolt opens the bolt store in the folder path the way Cayley's bolt
// backend does (the file indexes.bolt, synced unless opts says "nosync").
// A store that holds nothing yet comes with the freshKV under it.
func openBolt(ctx context.Context, path string, opts cgraph.Options) (cgraph.QuadStore, *freshKV, error) {
	bdb, err := hbolt.Open(filepath.Join(path, "indexes.bolt"), nil)
	if err != nil {
		return nil, nil, lockError(err)
	}
	if bdb.DB().NoSync, err = opts.BoolKey("nosync", false); err != nil {
		bdb.Close()
		return nil, nil, err
	}
	bdb.DB().NoGrowSync = bdb.DB().NoSync
	return openCayleyKV(ctx, bdb, opts)
}

// openCayleyKV opens Cayley's key-value quad store on db, initialising it
// where it holds no database; a store that holds nothing yet comes with
// the freshKV over db, which the quad store writes through.
func openCayleyKV(ctx context.Context, db hkv.KV, opts cgraph.Options) (cgraph.QuadStore, *freshKV, error) {
	kv, err := newFreshKV(ctx, db)
	if err != nil {
		db.Close()
		return nil, nil, err
	}
	if err := cgkv.Init(kv, opts); err != nil && !errors.Is(err, cgraph.ErrDatabaseExists) {
		kv.Close()
		return nil, nil, err
	}
	qs, err := cgkv.New(kv, opts)
	if err != nil {
		kv.Close()
		return nil, nil, err
	}
	fresh, _ := kv.(*freshKV)
	return qs, fresh, nil
}

// levelDBOptions are the goleveldb options of a writable leveldb store.
// Cayley's own opener takes goleveldb's defaults; these differ only in
// what a reader of the files need not know: a bloom filter in each table
// (10 bits a key), which spares most of the reads of keys the store lacks
// (Cayley looks up every node and index entry it writes, and in a build
// most are new), and a larger block cache. The files are ordinary leveldb
// tables that stock Cayley reads as it reads its own.
func levelDBOptions() *opt.Options {
	return &opt.Options{
		Filter:             filter.NewBloomFilter(10),
		BlockCacheCapacity: 32 * opt.MiB,
	}
}

// openLevelDB opens (and where needed initialises) the leveldb store in
// the folder path the way Cayley's leveldb backend does, with
// levelDBOptions. A store that holds nothing yet comes with the freshKV
// under it.
func openLevelDB(ctx context.Context, path string, opts cgraph.Options) (cgraph.QuadStore, *freshKV, error) {
	ldb, err := hleveldb.Open(path, levelDBOptions())
	if err != nil {
		return nil, nil, lockError(err)
	}
	ldb.SetWriteOptions(&opt.WriteOptions{Sync: true}) // as Cayley's backend
	return openCayleyKV(ctx, flat.Upgrade(ldb), opts)
}

// createKV makes a new, initialised store at path all at once: it
// initialises the store in a folder of its own beside path and renames
// that folder to path, so that a process killed while the store is being
// made leaves either no store at path or a whole one, never a folder that
// the backend finds but Cayley calls not initialised. A kill before the
// rename leaves the hidden folder behind.
func createKV(backend, path string, opts cgraph.Options) error {
	parent, name := filepath.Split(filepath.Clean(path))
	if parent == "" {
		parent = "."
	}
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return err
	}
	tmp, err := os.MkdirTemp(parent, "."+name+".new-")
	if err != nil {
		return err
	}
	if err := os.Chmod(tmp, 0o755); err != nil { // MkdirTemp's folder is the owner's alone
		os.RemoveAll(tmp)
		return err
	}
	if err := cgraph.InitQuadStore(backend, tmp, opts); err != nil {
		os.RemoveAll(tmp)
		return lockError(err)
	}
	if err := os.Rename(tmp, path); err != nil {
		os.RemoveAll(tmp)
		if _, serr := os.Stat(path); serr == nil {
			return nil // another process made the store first
		}
		return err
	}
	return nil
}

// openKVReadOnly opens the existing bolt or leveldb store at path for
// reading, through the same key-value layer as Cayley's own backends but
// with the read-only options of bolt and goleveldb, which Cayley's
// openers do not pass.
func openKVReadOnly(backend, path string, opts cgraph.Options) (cgraph.QuadStore, error) {
	if found := DetectBackend(path); found != backend {
		if found != "" {
			return nil, fmt.Errorf("%w at %s for %s: it holds a %s store", ErrNoStore, path, backend, found)
		}
		return nil, fmt.Errorf("%w at %s", ErrNoStore, path)
	}
	var db hkv.KV
	switch backend {
	case Bolt:
		file := filepath.Join(path, "indexes.bolt")
		if err := checkUnlocked(file, true); err != nil {
			return nil, err
		}
		bdb, err := hbolt.Open(file, &bolt.Options{ReadOnly: true, Timeout: time.Second})
		if errors.Is(err, bolt.ErrTimeout) {
			return nil, fmt.Errorf("%s: %w", file, ErrLocked)
		} else if err != nil {
			return nil, err
		}
		db = bdb
	case LevelDB:
		ldb, err := hleveldb.Open(path, &opt.Options{ReadOnly: true, ErrorIfMissing: true})
		if err != nil {
			return nil, lockError(err)
		}
		db = flat.Upgrade(ldb)
	default:
		return nil, fmt.Errorf("%s is not a key-value backend", backend)
	}
	qs, err := cgkv.New(db, opts)
	if err != nil {
		db.Close()
		return nil, err
	}
	return qs, nil
}

// lockError turns the error of a store another process holds locked into
// ErrLocked; other errors are returned as they are.
func lockError(err error) error {
	if err != nil && isLockError(err) {
		return ErrLocked
	}
	return err
}

// openSQL opens a Cayley SQL store at the connection URL addr, creating
// its tables first where they are missing, unless readOnly.
func openSQL(ctx context.Context, backend, addr string, readOnly bool) (cgraph.QuadStore, error) {
	// Cayley logs an error when asked to create tables that exist: look
	// first.
	db, err := sql.Open("postgres", addr)
	if err != nil {
		return nil, err
	}
	var exists bool
	err = db.QueryRowContext(ctx, "SELECT to_regclass('quads') IS NOT NULL AND to_regclass('nodes') IS NOT NULL").Scan(&exists)
	db.Close()
	if err != nil {
		return nil, err
	}
	if !exists && readOnly {
		return nil, fmt.Errorf("%w at %s", ErrNoStore, redactURL(addr))
	}
	if !exists {
		err := cgraph.InitQuadStore(backend, addr, nil)
		if err != nil && !errors.Is(err, cgraph.ErrDatabaseExists) {
			return nil, err
		}
	}
	return cgraph.NewQuadStore(backend, addr, nil)
}

// redactURL hides the password of a connection URL in messages.
func redactURL(s string) string {
	at := strings.LastIndexByte(s, '@')
	scheme := strings.Index(s, "://")
	if at < 0 || scheme < 0 || at < scheme {
		return s
	}
	user := s[scheme+3 : at]
	if i := strings.IndexByte(user, ':'); i >= 0 {
		return s[:scheme+3] + user[:i] + ":xxx" + s[at:]
	}
	return s
}

// Close closes the store, once every query running on it has ended.
func (s *Store) Close() error {
	s.queries.Lock()
	defer s.queries.Unlock()
	if s.qs == nil {
		return nil
	}
	err := s.qs.Close()
	s.qs, s.read = nil, nil
	return err
}

// Backend returns the name of the backend the store was opened on.
func (s *Store) Backend() string { return s.backend }

// Vocab returns the vocabulary of the store.
func (s *Store) Vocab() schema.Vocab { return s.vocab }

// apply writes the deltas of tx in one Cayley transaction.
func (s *Store) apply(tx *cgraph.Transaction) error {
	return s.applyDeltas(tx.Deltas)
}

// applyDeltas writes deltas in one Cayley transaction; adding a quad the
// store holds is not an error.
func (s *Store) applyDeltas(deltas []cgraph.Delta) error {
	if len(deltas) == 0 {
		return nil
	}
	s.bulk = nil // Cayley writes from now on
	return s.qs.ApplyDeltas(deltas, cgraph.IgnoreOpts{IgnoreDup: true})
}
