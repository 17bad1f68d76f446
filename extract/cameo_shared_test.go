package extract

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/statekg/statekg/internal/sharedtest"
	"github.com/statekg/statekg/schema"
)

// TestReadVerbDictionaryShared reads PETRARCH2's own dictionary whole.
func TestReadVerbDictionaryShared(t *testing.T) {
	dir := sharedtest.Dir(t, "petrarch")
	name := filepath.Join(dir, "CAMEO.2.0.txt")
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	d, err := ReadVerbDictionary(f, name)
	if err != nil {
		t.Fatal(err)
	}
	verbs, patterns := 0, 0
	for _, b := range d.Blocks {
		verbs += len(b.Verbs)
		patterns += len(b.Patterns)
	}
	t.Logf("%d synonym sets, %d blocks, %d verbs, %d patterns", len(d.Synsets), len(d.Blocks), verbs, patterns)
	if len(d.Blocks) < 300 || verbs < 1500 || patterns < 4000 {
		t.Errorf("read %d blocks, %d verbs, %d patterns: want at least 300, 1500, 4000", len(d.Blocks), verbs, patterns)
	}
}

// TestReadActorsPhoenixShared reads the Phoenix actor dictionaries as they
// are, and an extractor takes each whole; the agents dictionary, another
// format, is refused with its line.
func TestReadActorsPhoenixShared(t *testing.T) {
	dir := sharedtest.Dir(t, "petrarch")
	for _, c := range []struct {
		file string
		typ  schema.Type // the type most of its actors have
		min  int
	}{
		{"Phoenix.Countries.actors.txt", schema.Official, 15000},
		{"Phoenix.International.actors.txt", schema.Organization, 7000},
		{"Phoenix.MilNonState.actors.txt", schema.Organization, 1000},
	} {
		name := filepath.Join(dir, c.file)
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		as, err := ReadActors(bytes.NewReader(b), name)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, a := range as {
			if a.Type == c.typ {
				n++
			}
		}
		t.Logf("%s: %d actors, %d of type %s", c.file, len(as), n, c.typ)
		if len(as) < c.min || 2*n < len(as) {
			t.Errorf("%s: %d actors, %d of type %s: want at least %d, most of them %s", c.file, len(as), n, c.typ, c.min, c.typ)
		}
		if _, err := New(Config{Actors: as}); err != nil {
			t.Errorf("%s: %v", c.file, err)
		}
	}
	name := filepath.Join(dir, "Phoenix.agents.txt")
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	_, err = ReadActors(bytes.NewReader(b), name)
	var pe *ParseError
	if !errors.As(err, &pe) || pe.File != name || pe.Line == 0 {
		t.Errorf("agents dictionary: got %v, want a positioned error", err)
	}
}
