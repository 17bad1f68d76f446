package extract

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestWordClassesDocumented checks that every class of words.tsv is
// described in the file's header and that every class the code asks for
// exists: a misspelt class name would quietly hold no word.
func TestWordClassesDocumented(t *testing.T) {
	l, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	b, err := lexiconFS.ReadFile("lexicon/words.tsv")
	if err != nil {
		t.Fatal(err)
	}
	described := map[string]bool{}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, "#   "); ok {
			if f := strings.Fields(rest); len(f) > 0 {
				described[f[0]] = true
			}
		}
	}
	for c := range l.words {
		if !described[c] {
			t.Errorf("words.tsv: class %q is not described in the header", c)
		}
	}
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	asked := regexp.MustCompile(`\b(?:lowWord|textWord|word|suffix|first)\("([^"]+)"|\b(?:lists|words)\["([^"]+)"\]|prepClassObjects\([^()]*"([^"]+)"\)`)
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range asked.FindAllStringSubmatch(string(src), -1) {
			c := m[1] + m[2] + m[3]
			if _, ok := l.words[c]; !ok {
				t.Errorf("%s asks for word class %q, which words.tsv does not have", f, c)
			}
		}
	}
}

// TestWordClassesFit checks that every word class gets a bit, with the
// class table at most three quarters full: a class without a bit falls back
// to a map, and a full table makes every miss probe all of it.
func TestWordClassesFit(t *testing.T) {
	x, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	if n := len(x.lex.words); n > classSlots*3/4 {
		t.Fatalf("%d word classes for %d slots: raise classHalves", n, classSlots)
	}
}
