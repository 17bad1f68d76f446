package main

import (
	"context"
	"fmt"
	"io"
	"sort"

	"github.com/urfave/cli/v2"

	"github.com/statekg/statekg/corpus"
	"github.com/statekg/statekg/graph"
	"github.com/statekg/statekg/schema"
)

func buildCommand() *cli.Command {
	return &cli.Command{
		Name:      "build",
		Usage:     "extract articles (.txt, .jsonl, or folders of them) into the graph",
		ArgsUsage: "PATH...",
		Description: "Reads every .txt (first line the headline) and .jsonl (one article a line: id, url,\n" +
			"title, date, text) file, recursing into folders, and loads what the extractor finds.\n" +
			"Articles are extracted in parallel and written in input order by one writer, in\n" +
			"transactions of about --batch quads: the same input always gives the same graph.\n" +
			"Loading is idempotent; a .jsonl article whose text changed under the same id replaces\n" +
			"its earlier version (a .txt article's id comes from its text).\n" +
			"Files that cannot be read, and articles whose extraction is not valid RDF, are\n" +
			"reported at the end and make the command exit 1; the others are loaded all the same.\n\n" +
			"Examples:\n   statekg build --db news.db examples/articles\n" +
			"   statekg build --db leveldb --dbpath news examples/articles\n" +
			"   statekg build --db postgres --dbpath 'postgres://statekg@localhost/statekg?sslmode=disable' examples/articles",
		Flags: []cli.Flag{dbFlag, dbPathFlag, baseFlag, actorsFlag,
			&cli.IntFlag{Name: "batch", Value: graph.DefaultBatchSize, Usage: "about `N` quads a transaction"},
			&cli.BoolFlag{Name: "bloom", Usage: "build Cayley's bloom filters (bolt and leveldb): about 600 MB more memory;\n" +
				"\tfaster loads into a large leveldb store (about a fifth for 10,000 articles)"},
			&cli.IntFlag{Name: "workers", Usage: "extract on `N` goroutines", DefaultText: "one less than the cores, at least one"},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() == 0 {
				return &exitError{code: 2, msg: "build: give at least one file or folder (statekg build --help)"}
			}
			x, err := newExtractor(c)
			if err != nil {
				return err
			}
			cfg, err := storeConfig(c)
			if err != nil {
				return err
			}
			cfg.BatchSize = c.Int("batch")
			cfg.Bloom = c.Bool("bloom")
			st, err := graph.Open(c.Context, cfg)
			if err != nil {
				return err
			}
			defer st.Close()

			var (
				unread []error
				failed []graph.LoadResult
			)
			src := func(ctx context.Context, yield func(schema.Article) error) error {
				var err error
				unread, err = corpus.Walk(ctx, c.Args().Slice(), yield)
				return err
			}
			sum, err := graph.Build(c.Context, st, src, x, graph.BuildOptions{
				Workers: c.Int("workers"),
				OnResult: func(r graph.LoadResult) error {
					if r.Status == graph.Failed {
						failed = append(failed, r)
					}
					return nil
				},
			})
			w := c.App.Writer
			printLoadSummary(w, sum)
			if err != nil {
				return err
			}
			size, err := st.Size(c.Context)
			if err != nil {
				return err
			}
			fmt.Fprintf(w, "graph: %d articles, %d quads ('statekg stats' counts its entities and relations)\n", size.Articles, size.Quads)
			ew := c.App.ErrWriter
			if len(unread) > 0 {
				fmt.Fprintf(ew, "\n%d file(s) could not be read:\n", len(unread))
				for _, f := range unread {
					fmt.Fprintf(ew, "  %v\n", f)
				}
			}
			if len(failed) > 0 {
				fmt.Fprintf(ew, "\n%d article(s) could not be loaded:\n", len(failed))
				for _, r := range failed {
					fmt.Fprintf(ew, "  %s: %v\n", r.Source, r.Err)
				}
			}
			switch {
			case len(unread) > 0 && len(failed) > 0:
				return &exitError{code: 1, msg: fmt.Sprintf("build: %d file(s) and %d article(s) failed", len(unread), len(failed))}
			case len(unread) > 0:
				return &exitError{code: 1, msg: fmt.Sprintf("build: %d file(s) failed", len(unread))}
			case len(failed) > 0:
				return &exitError{code: 1, msg: fmt.Sprintf("build: %d article(s) failed", len(failed))}
			}
			return nil
		},
	}
}

func printLoadSummary(w io.Writer, s graph.BuildSummary) {
	fmt.Fprintf(w, "articles read: %d (%d added, %d replaced, %d unchanged", s.Articles, s.Added, s.Replaced, s.Unchanged)
	if s.Failed > 0 {
		fmt.Fprintf(w, ", %d failed", s.Failed)
	}
	fmt.Fprintln(w, ")")
	if s.Added+s.Replaced == 0 {
		return
	}
	fmt.Fprintf(w, "in the %d articles written (%d quads), once per article:\n", s.Added+s.Replaced, s.Quads)
	printCounts(w, s.Entities, s.Relations)
}

func printStats(w io.Writer, s graph.Stats) {
	fmt.Fprintf(w, "graph: %d articles, %d quads, %d statements (%d negated, %d hedged)\n",
		s.Articles, s.Quads, s.Statements, s.Negated, s.Hedged)
	printCounts(w, s.Entities, s.Relations)
}

// printCounts prints entities by type and relations by predicate, most
// frequent predicate first.
func printCounts(w io.Writer, entities map[schema.Type]int, relations map[schema.Predicate]int) {
	fmt.Fprintln(w, "entities by type:")
	for _, t := range schema.Types() {
		fmt.Fprintf(w, "  %-14s %6d\n", t, entities[t])
	}
	fmt.Fprintln(w, "relations by predicate:")
	preds := append([]schema.Predicate(nil), schema.Predicates()...)
	sort.SliceStable(preds, func(i, j int) bool { return relations[preds[i]] > relations[preds[j]] })
	for _, p := range preds {
		if relations[p] > 0 {
			fmt.Fprintf(w, "  %-14s %6d\n", p, relations[p])
		}
	}
}
