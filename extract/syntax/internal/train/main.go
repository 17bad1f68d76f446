// Command train trains the model embedded in package syntax from the
// Universal Dependencies English Web Treebank and writes it, gzipped.
//
//	go run ./extract/syntax/internal/train -ud ../shared/ud -o extract/syntax/model.bin.gz
//
// It trains on en_ewt's train file only, then prints the model's figures on
// en_ewt dev and test and on en_pud. The same data and settings give the
// same file byte for byte.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"time"

	"github.com/statekg/statekg/extract/syntax"
)

func main() {
	ud := flag.String("ud", "../shared/ud", "folder of the Universal Dependencies treebanks")
	out := flag.String("o", "extract/syntax/model.bin.gz", "model file to write")
	c := syntax.DefaultTrainConfig
	flag.IntVar(&c.TaggerEpochs, "tagger-epochs", c.TaggerEpochs, "passes over the treebank for each tagger pass")
	flag.IntVar(&c.ParserEpochs, "parser-epochs", c.ParserEpochs, "passes over the treebank for the parser")
	flag.IntVar(&c.Folds, "folds", c.Folds, "jackknifing folds for the tags the parser learns from")
	flag.Float64Var(&c.Explore, "explore", c.Explore, "how often the parser follows its own transitions in training")
	withDev := flag.Bool("with-dev", false, "train on en_ewt's dev file too (its figures are then not held out)")
	flag.Parse()
	runtime.GOMAXPROCS(1)
	if err := run(*ud, *out, c, *withDev); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
}

func read(path string) ([]*syntax.Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	ss, err := syntax.NewReader(f).ReadAll()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return ss, nil
}

func run(ud, out string, c syntax.TrainConfig, withDev bool) error {
	start := time.Now()
	train, err := read(filepath.Join(ud, "en_ewt", "en_ewt-ud-train.conllu"))
	if err != nil {
		return err
	}
	if withDev {
		dev, err := read(filepath.Join(ud, "en_ewt", "en_ewt-ud-dev.conllu"))
		if err != nil {
			return err
		}
		train = append(train, dev...)
	}
	p, err := syntax.Train(train, c)
	if err != nil {
		return err
	}
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	n, err := p.WriteTo(f)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("write %s: %w", out, err)
	}
	fmt.Printf("trained on %d sentences in %v; wrote %s (%.1f MB)\n", len(train), time.Since(start).Round(time.Second), out, float64(n)/1e6)
	// score the model as written, read back
	if f, err = os.Open(out); err != nil {
		return err
	}
	p, err = syntax.ReadParser(f)
	f.Close()
	if err != nil {
		return fmt.Errorf("%s: %w", out, err)
	}
	for _, set := range []string{"en_ewt/en_ewt-ud-dev.conllu", "en_ewt/en_ewt-ud-test.conllu", "en_pud/en_pud-ud-test.conllu"} {
		gold, err := read(filepath.Join(ud, set))
		if err != nil {
			return err
		}
		s := syntax.Evaluate(p, gold)
		fmt.Printf("%-30s words %6d  UPOS %.2f  XPOS %.2f  lemma %.2f  UAS %.2f  LAS %.2f  (with subtypes %.2f)\n", filepath.Base(set), s.Words, 100*s.UPOS, 100*s.XPOS, 100*s.Lemma, 100*s.UAS, 100*s.LAS, 100*s.LASSubtypes)
	}
	return nil
}
