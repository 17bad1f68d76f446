package extract

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/statekg/statekg/internal/sharedtest"
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
