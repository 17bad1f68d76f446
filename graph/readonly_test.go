package graph_test

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/statekg/statekg/graph"
	"github.com/statekg/statekg/internal/pgtest"
)

// snapshot lists the files under dir with their sizes and times.
func snapshot(t *testing.T, dir string) string {
	t.Helper()
	var lines []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		fi, err := d.Info()
		if err != nil {
			return err
		}
		lines = append(lines, fmt.Sprintf("%s %d %v %v", p, fi.Size(), fi.ModTime().UnixNano(), fi.Mode()))
		return nil
	})
	if errors.Is(err, fs.ErrNotExist) {
		return "(none)"
	} else if err != nil {
		t.Fatal(err)
	}
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

// TestReadOnly: a read-only store reads what a writable one wrote and
// changes no file of its folder; a path without a store of the backend is
// ErrNoStore and stays as it was; writes fail.
func TestReadOnly(t *testing.T) {
	ctx := context.Background()
	for _, backend := range []string{graph.Bolt, graph.LevelDB} {
		t.Run(backend, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "kg")
			st, err := graph.Open(ctx, graph.Config{Backend: backend, Path: path})
			if err != nil {
				t.Fatal(err)
			}
			mustLoad(t, st, syntheticDoc(1), syntheticDoc(2))
			want := mustStats(t, st)
			wantExport := exportString(t, st, "")
			if err := st.Close(); err != nil {
				t.Fatal(err)
			}

			before := snapshot(t, dir)
			for _, b := range []string{backend, ""} { // named, and detected
				ro, err := graph.Open(ctx, graph.Config{Backend: b, Path: path, ReadOnly: true})
				if err != nil {
					t.Fatal(err)
				}
				// two readers at once
				ro2, err := graph.Open(ctx, graph.Config{Backend: b, Path: path, ReadOnly: true})
				if err != nil {
					t.Fatalf("second reader: %v", err)
				}
				if got := mustStats(t, ro); got.Articles != want.Articles || got.Quads != want.Quads {
					t.Errorf("read-only stats %+v, want %+v", got, want)
				}
				if got := exportString(t, ro2, ""); got != wantExport {
					t.Error("read-only export differs")
				}
				if _, err := ro.Query(ctx, `g.V().Count()`, graph.QueryOptions{}); err != nil {
					t.Error(err)
				}
				if _, err := ro.Load(ctx, syntheticDoc(3)); err == nil {
					t.Error("Load on a read-only store succeeded")
				}
				if _, err := ro.Delete(ctx, syntheticDoc(1).Article.ID); err == nil {
					t.Error("Delete on a read-only store succeeded")
				}
				ro2.Close()
				if err := ro.Close(); err != nil {
					t.Fatal(err)
				}
			}
			if after := snapshot(t, dir); after != before {
				t.Errorf("read-only opens changed the folder:\n%s\nwas\n%s", after, before)
			}

			// the other backend on this store, an empty folder, a missing path
			other := graph.Bolt
			if backend == graph.Bolt {
				other = graph.LevelDB
			}
			empty := filepath.Join(dir, "empty")
			if err := os.Mkdir(empty, 0o755); err != nil {
				t.Fatal(err)
			}
			for _, c := range []struct {
				backend, path, says string
			}{
				{other, path, fmt.Sprintf("no store at %s for %s: it holds a %s store", path, other, backend)},
				{backend, empty, "no store at " + empty},
				{"", empty, "no store at " + empty},
				{backend, filepath.Join(dir, "missing"), "no store at " + filepath.Join(dir, "missing")},
			} {
				before := snapshot(t, dir)
				_, err := graph.Open(ctx, graph.Config{Backend: c.backend, Path: c.path, ReadOnly: true})
				if !errors.Is(err, graph.ErrNoStore) || err.Error() != c.says {
					t.Errorf("open %s %s: %v, want %q", c.backend, c.path, err, c.says)
				}
				if after := snapshot(t, dir); after != before {
					t.Errorf("open %s %s changed the folder:\n%s\nwas\n%s", c.backend, c.path, after, before)
				}
			}
			if graph.DetectBackend(path) != backend {
				t.Errorf("detected %q after the read-only opens", graph.DetectBackend(path))
			}
		})
	}
}

// TestInUse: a store open for writing cannot be opened again, for writing
// or reading, and a store open for reading cannot be opened for writing;
// every backend says so in the same words.
func TestInUse(t *testing.T) {
	ctx := context.Background()
	for _, backend := range []string{graph.Bolt, graph.LevelDB} {
		t.Run(backend, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "kg")
			w, err := graph.Open(ctx, graph.Config{Backend: backend, Path: path})
			if err != nil {
				t.Fatal(err)
			}
			for _, ro := range []bool{false, true} {
				_, err := graph.Open(ctx, graph.Config{Backend: backend, Path: path, ReadOnly: ro})
				if !errors.Is(err, graph.ErrLocked) || !strings.HasSuffix(err.Error(), "store is in use by another process") {
					t.Errorf("read-only %v while open for writing: %v", ro, err)
				}
			}
			w.Close()
			r, err := graph.Open(ctx, graph.Config{Backend: backend, Path: path, ReadOnly: true})
			if err != nil {
				t.Fatal(err)
			}
			defer r.Close()
			_, err = graph.Open(ctx, graph.Config{Backend: backend, Path: path})
			if !errors.Is(err, graph.ErrLocked) {
				t.Errorf("writing while open for reading: %v", err)
			}
		})
	}
}

// TestReadOnlyPostgres: a read-only open of a database without statekg's
// tables is ErrNoStore and creates none; one with them reads the graph.
func TestReadOnlyPostgres(t *testing.T) {
	ctx := context.Background()
	addr := pgtest.Fresh(t, pgtest.Server(t))
	_, err := graph.Open(ctx, graph.Config{Backend: graph.Postgres, Path: addr, ReadOnly: true})
	if !errors.Is(err, graph.ErrNoStore) || !strings.HasPrefix(err.Error(), "no store at postgres://") {
		t.Fatalf("read-only open of an empty schema: %v", err)
	}
	// still no tables: a writable open creates them, and the read-only
	// one then reads what it wrote
	st, err := graph.Open(ctx, graph.Config{Backend: graph.Postgres, Path: addr})
	if err != nil {
		t.Fatal(err)
	}
	if got := mustStats(t, st).Articles; got != 0 {
		t.Fatalf("%d articles in a new store", got)
	}
	mustLoad(t, st, syntheticDoc(1))
	st.Close()
	ro, err := graph.Open(ctx, graph.Config{Backend: graph.Postgres, Path: addr, ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	if got := mustStats(t, ro).Articles; got != 1 {
		t.Errorf("read-only store holds %d articles, want 1", got)
	}
}

// TestCreateLeavesOnlyTheStore: a new bolt or leveldb store is made in a
// folder of its own and renamed into place, leaving nothing else beside it.
func TestCreateLeavesOnlyTheStore(t *testing.T) {
	for _, backend := range []string{graph.Bolt, graph.LevelDB} {
		dir := t.TempDir()
		path := filepath.Join(dir, "new", "g.db")
		st, err := graph.Open(context.Background(), graph.Config{Backend: backend, Path: path})
		if err != nil {
			t.Fatalf("%s: %v", backend, err)
		}
		if err := st.Close(); err != nil {
			t.Fatal(err)
		}
		entries, err := os.ReadDir(filepath.Dir(path))
		if err != nil {
			t.Fatal(err)
		}
		if len(entries) != 1 || entries[0].Name() != "g.db" {
			t.Errorf("%s: beside the store: %v", backend, entries)
		}
		if got := graph.DetectBackend(path); got != backend {
			t.Errorf("%s: detected as %q", backend, got)
		}
		st, err = graph.Open(context.Background(), graph.Config{Backend: backend, Path: path, ReadOnly: true})
		if err != nil {
			t.Fatalf("%s: read-only open of the new store: %v", backend, err)
		}
		st.Close()
	}
}
