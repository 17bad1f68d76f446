package eval_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/statekg/statekg/corpus"
	"github.com/statekg/statekg/extract/eval"
	"github.com/statekg/statekg/schema"
)

// TestSharedSentinels checks that an empty gold file and an empty article
// give one error value, whichever package's name a caller tests it by.
func TestSharedSentinels(t *testing.T) {
	_, gerr := eval.ReadGold(strings.NewReader("E\tState\t\tsomewhere\n"), "one.gold.tsv")
	path := filepath.Join(t.TempDir(), "empty.txt")
	if err := os.WriteFile(path, []byte("  \n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, cerr := corpus.ReadFile(path)
	for _, err := range []error{gerr, cerr} {
		if !errors.Is(err, schema.ErrEmpty) || !errors.Is(err, eval.ErrEmpty) || !errors.Is(err, corpus.ErrEmpty) {
			t.Errorf("%v: not schema.ErrEmpty under every name", err)
		}
	}
}
