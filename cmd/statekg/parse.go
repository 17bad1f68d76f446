package main

import (
	"fmt"
	"os"

	"github.com/urfave/cli/v2"

	"github.com/statekg/statekg/corpus"
	"github.com/statekg/statekg/extract/syntax"
)

func parseCommand() *cli.Command {
	return &cli.Command{
		Name:      "parse",
		Usage:     "print an article's part-of-speech tags, lemmas and dependency trees as CoNLL-U",
		ArgsUsage: "FILE",
		Description: "Each sentence comes with its sent_id and text; each word's MISC column gives its\n" +
			"byte offsets in the article as TokenRange=start:end. With --eval, FILE is a CoNLL-U\n" +
			"treebank: its words are parsed from their forms alone and UPOS accuracy, UAS and LAS\n" +
			"(over all words, punctuation included; LAS on universal relations, then with\n" +
			"subtypes) are printed.\n\n" +
			"Example:\n   statekg parse examples/articles/sony-pictures-hack.txt\n   statekg parse --eval en_ewt-ud-test.conllu",
		Flags: []cli.Flag{
			&cli.BoolFlag{Name: "eval", Usage: "score the parser on the CoNLL-U treebank FILE"},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() != 1 {
				return &exitError{code: 2, msg: "parse: give one article file, or one CoNLL-U file with --eval"}
			}
			p, err := syntax.Default()
			if err != nil {
				return err
			}
			path := c.Args().First()
			if c.Bool("eval") {
				f, err := os.Open(path)
				if err != nil {
					return fmt.Errorf("parse: %w", err)
				}
				defer f.Close()
				gold, err := syntax.NewReader(f).ReadAll()
				if err != nil {
					return fmt.Errorf("parse: %s: %w", path, err)
				}
				if len(gold) == 0 {
					return fmt.Errorf("parse: %s: no sentences", path)
				}
				s := syntax.Evaluate(p, gold)
				fmt.Fprintf(c.App.Writer, "sentences %d\nwords %d\nUPOS %.2f\nXPOS %.2f\nlemma %.2f\nUAS %.2f\nLAS %.2f\nLAS with subtypes %.2f\n",
					s.Sentences, s.Words, 100*s.UPOS, 100*s.XPOS, 100*s.Lemma, 100*s.UAS, 100*s.LAS, 100*s.LASSubtypes)
				return nil
			}
			arts, err := corpus.ReadFile(path)
			if err != nil {
				return err
			}
			w := syntax.NewWriter(c.App.Writer)
			for _, a := range arts {
				for i, s := range syntax.Split(a.Text) {
					s.ID = fmt.Sprintf("%s-%d", a.ID, i+1)
					p.Parse(s)
					if err := w.Write(s); err != nil {
						return fmt.Errorf("parse: %w", err)
					}
				}
			}
			if err := w.Flush(); err != nil {
				return fmt.Errorf("parse: %w", err)
			}
			return nil
		},
	}
}
