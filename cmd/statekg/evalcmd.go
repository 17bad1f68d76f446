package main

import (
	"fmt"

	"github.com/urfave/cli/v2"

	"github.com/statekg/statekg/corpus"
	"github.com/statekg/statekg/extract/eval"
)

func evalCommand() *cli.Command {
	return &cli.Command{
		Name:      "eval",
		Usage:     "score the extractor against annotated articles (NAME.txt beside NAME.gold.tsv)",
		ArgsUsage: "DIR...",
		Description: "Prints relation precision, recall and F1 overall and per predicate, entity scores per\n" +
			"type, the loose targets/attributedTo figures and every violation (a relation the gold\n" +
			"marks N found as a plain edge). Each folder is scored on its own. Exits 1 when a\n" +
			"violation is found or a folder's relation precision is below --min-precision.\n\n" +
			"Example:\n   statekg eval --verbose my-annotations/",
		Flags: []cli.Flag{
			actorsFlag,
			&cli.BoolFlag{Name: "verbose", Aliases: []string{"v"}, Usage: "list every miss and false positive with its sentence"},
			&cli.Float64Flag{Name: "min-precision", Usage: "fail when a folder's relation precision is below `P`"},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() == 0 {
				return &exitError{code: 2, msg: "eval: give at least one folder of NAME.txt and NAME.gold.tsv files"}
			}
			x, err := newExtractor(c)
			if err != nil {
				return err
			}
			var failed []string
			for i, dir := range c.Args().Slice() {
				rep, err := eval.Run(c.Context, dir, corpus.ReadFile, x.Extract)
				if err != nil {
					return err
				}
				if i > 0 {
					fmt.Fprintln(c.App.Writer)
				}
				fmt.Fprintf(c.App.Writer, "== %s (%d articles)\n", dir, len(rep.Articles))
				if err := rep.Write(c.App.Writer, c.Bool("verbose")); err != nil {
					return err
				}
				if n := len(rep.Violations); n > 0 {
					failed = append(failed, fmt.Sprintf("%s: %d violation(s)", dir, n))
				}
				if p := rep.Relations.Precision(); c.IsSet("min-precision") && p < c.Float64("min-precision") {
					failed = append(failed, fmt.Sprintf("%s: relation precision %.3f below %.3f", dir, p, c.Float64("min-precision")))
				}
			}
			if len(failed) > 0 {
				return &exitError{code: 1, msg: fmt.Sprintf("eval: %v", failed)}
			}
			return nil
		},
	}
}
