package syntax_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/statekg/statekg/extract/syntax"
	"github.com/statekg/statekg/internal/sharedtest"
)

func readTreebank(tb testing.TB, path string) []*syntax.Sentence {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	ss, err := syntax.NewReader(f).ReadAll()
	if err != nil {
		tb.Fatalf("%s: %v", path, err)
	}
	return ss
}

// TestFloors holds the embedded model to the figures it reaches on the
// held-out treebanks, on gold tokenisation with predicted tags, over all
// words, punctuation included. The floors sit a hair below the figures the
// README reports.
func TestFloors(t *testing.T) {
	for _, c := range []struct {
		dir, file      string
		upos, uas, las float64
	}{
		{"en_ewt", "en_ewt-ud-test.conllu", floorEWT[0], floorEWT[1], floorEWT[2]},
		{"en_pud", "en_pud-ud-test.conllu", floorPUD[0], floorPUD[1], floorPUD[2]},
	} {
		dir := sharedtest.Dir(t, "ud", c.dir)
		s := syntax.Evaluate(defaultParser(t), readTreebank(t, filepath.Join(dir, c.file)))
		t.Logf("%s: %d words, UPOS %.2f, XPOS %.2f, lemma %.2f, UAS %.2f, LAS %.2f (with subtypes %.2f)", c.file, s.Words, 100*s.UPOS, 100*s.XPOS, 100*s.Lemma, 100*s.UAS, 100*s.LAS, 100*s.LASSubtypes)
		if 100*s.UPOS < c.upos || 100*s.UAS < c.uas || 100*s.LAS < c.las {
			t.Errorf("%s: UPOS %.2f, UAS %.2f, LAS %.2f; floors %.2f, %.2f, %.2f", c.file, 100*s.UPOS, 100*s.UAS, 100*s.LAS, c.upos, c.uas, c.las)
		}
	}
}

// BenchmarkParse tags and parses en_ewt's test set with one Worker, as
// an extraction does, reporting words per second on one goroutine.
func BenchmarkParse(b *testing.B) {
	dir := sharedtest.Dir(b, "ud", "en_ewt")
	gold := readTreebank(b, filepath.Join(dir, "en_ewt-ud-test.conllu"))
	p := defaultParser(b)
	sents := make([]*syntax.Sentence, len(gold))
	words := 0
	for i, g := range gold {
		forms := make([]string, g.Len())
		for j, w := range g.Words {
			forms[j] = w.Form
		}
		sents[i] = syntax.SentenceOf(forms...)
		words += len(forms)
	}
	w := p.Worker()
	b.ResetTimer()
	n := 0
	for b.Loop() {
		for _, s := range sents {
			w.Parse(s)
		}
		n += words
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "tokens/s")
}

// The floors (UPOS, UAS, LAS in percent) for the embedded model.
var (
	floorEWT = [3]float64{95.4, 84.8, 81.6}
	floorPUD = [3]float64{95.0, 81.3, 77.9}
)
