package main

import (
	"fmt"

	"github.com/cayleygraph/quad/nquads"
	"github.com/urfave/cli/v2"

	"github.com/statekg/statekg/corpus"
	"github.com/statekg/statekg/graph"
)

func extractCommand() *cli.Command {
	return &cli.Command{
		Name:      "extract",
		Usage:     "print the quads of an article file as N-Quads, without any store",
		ArgsUsage: "FILE",
		Description: "The quads build writes for the article: entities, fact nodes and fact edges in\n" +
			"the default graph, the article's provenance (sentences, statements, negated and\n" +
			"hedged ones included) in its named graph. Only asserted, stated claims become edges.\n\n" +
			"Example:\n   statekg extract examples/articles/sony-pictures-hack.txt",
		Flags: []cli.Flag{baseFlag, actorsFlag},
		Action: func(c *cli.Context) error {
			if c.NArg() != 1 {
				return &exitError{code: 2, msg: "extract: give one .txt or .jsonl file"}
			}
			v, err := vocab(c)
			if err != nil {
				return err
			}
			x, err := newExtractor(c)
			if err != nil {
				return err
			}
			arts, err := corpus.ReadFile(c.Args().First())
			if err != nil {
				return err
			}
			w := nquads.NewWriter(c.App.Writer)
			for _, a := range arts {
				doc, err := x.Extract(c.Context, a)
				if err != nil {
					return err
				}
				qs, err := graph.DocumentQuads(v, doc)
				if err != nil {
					return fmt.Errorf("extract: %w", err)
				}
				if _, err := w.WriteQuads(qs); err != nil {
					return fmt.Errorf("extract: %w", err)
				}
			}
			return w.Close()
		},
	}
}
