package main

import (
	"fmt"
	"io"
	"sort"

	"github.com/urfave/cli/v2"

	"github.com/statekg/statekg/corpus"
	"github.com/statekg/statekg/graph"
	"github.com/statekg/statekg/schema"
)

// loadBatch is how many extracted articles go to the store at once.
const loadBatch = 64

func buildCommand() *cli.Command {
	return &cli.Command{
		Name:      "build",
		Usage:     "extract articles (.txt, .jsonl, or folders of them) into the graph",
		ArgsUsage: "PATH...",
		Description: "Reads every .txt (first line the headline) and .jsonl (one article a line: id, url,\n" +
			"title, date, text) file, recursing into folders, and loads what the extractor finds.\n" +
			"Loading is idempotent; an article whose text changed replaces its earlier version.\n" +
			"Files that cannot be read are reported at the end and make the command exit 1;\n" +
			"the others are loaded all the same.\n\n" +
			"Example:\n   statekg build --db news.db examples/articles",
		Flags: []cli.Flag{dbFlag, baseFlag, actorsFlag},
		Action: func(c *cli.Context) error {
			if c.NArg() == 0 {
				return &exitError{code: 2, msg: "build: give at least one file or folder (statekg build --help)"}
			}
			x, err := newExtractor(c)
			if err != nil {
				return err
			}
			st, err := openStore(c)
			if err != nil {
				return err
			}
			defer st.Close()

			var (
				batch   []*schema.Document
				results []graph.LoadResult
			)
			flush := func() error {
				if len(batch) == 0 {
					return nil
				}
				r, err := st.Load(c.Context, batch...)
				results = append(results, r...)
				batch = batch[:0]
				return err
			}
			failures, err := corpus.Walk(c.Context, c.Args().Slice(), func(a schema.Article) error {
				batch = append(batch, x.Extract(a))
				if len(batch) >= loadBatch {
					return flush()
				}
				return nil
			})
			if err == nil {
				err = flush()
			}
			if err != nil {
				return err
			}
			stats, err := st.Stats(c.Context)
			if err != nil {
				return err
			}
			w := c.App.Writer
			printLoadSummary(w, results)
			printStats(w, stats)
			if len(failures) > 0 {
				fmt.Fprintf(c.App.ErrWriter, "\n%d file(s) could not be read:\n", len(failures))
				for _, f := range failures {
					fmt.Fprintf(c.App.ErrWriter, "  %v\n", f)
				}
				return &exitError{code: 1, msg: fmt.Sprintf("build: %d file(s) failed", len(failures))}
			}
			return nil
		},
	}
}

func printLoadSummary(w io.Writer, results []graph.LoadResult) {
	n := map[graph.LoadStatus]int{}
	for _, r := range results {
		n[r.Status]++
	}
	fmt.Fprintf(w, "articles read: %d (%d added, %d replaced, %d unchanged)\n",
		len(results), n[graph.Added], n[graph.Replaced], n[graph.Unchanged])
}

func printStats(w io.Writer, s graph.Stats) {
	fmt.Fprintf(w, "graph: %d articles, %d quads, %d statements (%d negated, %d hedged)\n",
		s.Articles, s.Quads, s.Statements, s.Negated, s.Hedged)
	fmt.Fprintln(w, "entities by type:")
	for _, t := range schema.Types {
		fmt.Fprintf(w, "  %-14s %6d\n", t, s.Entities[t])
	}
	fmt.Fprintln(w, "relations by predicate:")
	preds := append([]schema.Predicate(nil), schema.Predicates...)
	sort.SliceStable(preds, func(i, j int) bool { return s.Relations[preds[i]] > s.Relations[preds[j]] })
	for _, p := range preds {
		if s.Relations[p] > 0 {
			fmt.Fprintf(w, "  %-14s %6d\n", p, s.Relations[p])
		}
	}
}
