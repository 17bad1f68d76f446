package main

import (
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/dustin/go-humanize"
	"github.com/urfave/cli/v2"

	"github.com/statekg/statekg/graph"
)

func queryCommand() *cli.Command {
	return &cli.Command{
		Name:      "query",
		Usage:     "run a Gizmo query against the graph",
		ArgsUsage: "[GIZMO]",
		Description: "The query is the argument, the file given with -f, or standard input.\n\n" +
			"Example:\n" +
			"   statekg query 'g.V(\"<https://statekg.org/id/state/north-korea>\").In(\"<https://statekg.org/ns/blames>\").Out(\"<http://schema.org/name>\").All()'\n" +
			"   statekg query --format table -f examples/queries/who-blamed-whom.js",
		Flags: []cli.Flag{
			dbFlag, dbPathFlag, baseFlag,
			&cli.StringFlag{Name: "file", Aliases: []string{"f"}, Usage: "read the query from `FILE`"},
			&cli.StringFlag{Name: "format", Value: "json", Usage: "output `FORMAT`: json (one document a line), or table, tsv or csv:\n" +
				"\tone row a result, one column a tag or emitted key in the query's order, arrays joined with \"; \""},
			&cli.IntFlag{Name: "limit", Value: 100, Usage: "at most `N` results (0: no limit); standard error says when more were found"},
			&cli.DurationFlag{Name: "timeout", Value: graph.DefaultQueryTimeout, Usage: "stop after `DURATION`, printing what was found (0: no limit)"},
			&cli.StringFlag{Name: "max-memory", Value: humanize.IBytes(graph.DefaultQueryMemory), Usage: "stop when the heap has grown by `SIZE` (512MiB, 4GiB; 0: no limit)"},
		},
		Action: func(c *cli.Context) error {
			q, err := queryText(c)
			if err != nil {
				return err
			}
			format := c.String("format")
			if !slices.Contains(queryFormats, format) {
				return usageError(c, "query: unknown format %q (%s)", format, strings.Join(queryFormats, ", "))
			}
			opt, err := queryOptions(c)
			if err != nil {
				return err
			}
			st, err := openReadOnly(c)
			if err != nil {
				return err
			}
			defer st.Close()
			// json prints each result as the query finds it; the
			// columns of the other formats need every result first.
			var res []graph.Result
			sum, err := st.QueryEach(c.Context, q, opt, func(r graph.Result) error {
				if format == "json" {
					return writeResults(c.App.Writer, format, []graph.Result{r})
				}
				res = append(res, r)
				return nil
			})
			if err != nil && sum.Results == 0 {
				return err
			}
			if sum.Truncated {
				defer fmt.Fprintf(c.App.ErrWriter, "query: showing the first %d results; there are more (--limit N for more, 0 for all)\n", sum.Results)
			}
			// A query cut at its time limit or memory budget prints what
			// it found, then says it was cut.
			if format != "json" {
				if werr := writeResults(c.App.Writer, format, res); werr != nil {
					return werr
				}
			}
			return err
		},
	}
}

// queryOptions returns the bounds the flags of query give.
func queryOptions(c *cli.Context) (graph.QueryOptions, error) {
	opt := graph.QueryOptions{Limit: c.Int("limit"), Timeout: c.Duration("timeout")}
	if opt.Timeout <= 0 {
		opt.Timeout = -1
	}
	mem, err := sizeFlag(c, "max-memory")
	if err != nil {
		return opt, err
	}
	opt.MaxMemory = mem
	if mem == 0 {
		opt.MaxMemory = -1
	}
	return opt, nil
}

// sizeFlag reads the size in bytes that the flag name gives (512, 64KiB,
// 1.5GiB, 4GB), or returns a usage error.
func sizeFlag(c *cli.Context, name string) (int64, error) {
	n, err := humanize.ParseBytes(c.String(name))
	if err != nil || n > math.MaxInt64 {
		return 0, usageError(c, "%s: --%s %q is not a size (512MiB, 4GiB)", c.Command.Name, name, c.String(name))
	}
	return int64(n), nil
}

func queryText(c *cli.Context) (string, error) {
	switch {
	case c.String("file") != "" && c.NArg() > 0:
		return "", &exitError{code: 2, msg: "query: give the query as an argument or with -f, not both"}
	case c.String("file") != "":
		b, err := os.ReadFile(c.String("file"))
		if err != nil {
			return "", fmt.Errorf("query: %w", err)
		}
		return string(b), nil
	case c.NArg() > 1:
		return "", &exitError{code: 2, msg: "query: quote the query as one argument"}
	case c.NArg() == 1:
		return c.Args().First(), nil
	}
	b, err := io.ReadAll(c.App.Reader)
	if err != nil {
		return "", fmt.Errorf("query: read standard input: %w", err)
	}
	if strings.TrimSpace(string(b)) == "" {
		return "", &exitError{code: 2, msg: "query: no query given (argument, -f FILE or standard input)"}
	}
	return string(b), nil
}

func exportCommand() *cli.Command {
	return &cli.Command{
		Name:  "export",
		Usage: "write the graph, or one article's part of it, as N-Quads, JSON-LD, GraphML or DOT",
		Description: "Example:\n   statekg export --format nquads -o graph.nq\n" +
			"   statekg export --format dot --article 3f2a9c01d4e5b677 | dot -Tsvg > article.svg\n" +
			"   statekg export --view entities --format dot | dot -Tpng > entities.png",
		Flags: []cli.Flag{
			dbFlag, dbPathFlag, baseFlag,
			&cli.StringFlag{Name: "format", Value: "nquads", Usage: "`FORMAT`: nquads, jsonld, graphml or dot"},
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write to `FILE` instead of standard output"},
			&cli.StringFlag{Name: "article", Usage: "export only the article with this `ID`"},
			quietFlag,
			viewFlag,
		},
		Action: func(c *cli.Context) error {
			if c.IsSet(viewFlag.Name) {
				return withExisting(exportView)(c)
			}
			format, err := graph.ParseFormat(c.String("format"))
			if err != nil {
				return &exitError{code: 2, msg: "export: " + err.Error()}
			}
			st, err := openReadOnly(c)
			if err != nil {
				return err
			}
			defer st.Close()
			bar := newProgress(c, "export", "quads")
			export := func(w io.Writer) error {
				err := st.ExportProgress(c.Context, w, format, c.String("article"), func(done, total int) {
					bar.setTotal(total)
					bar.set(done)
				})
				bar.finish()
				return err
			}
			out := c.String("output")
			if out == "" {
				return export(c.App.Writer)
			}
			return writeFileAtomic(out, export)
		},
	}
}

// writeFileAtomic writes path through a temporary file in the same folder,
// so a failed export never leaves a truncated file behind.
func writeFileAtomic(path string, write func(io.Writer) error) error {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return err
	}
	defer os.Remove(f.Name())
	if err := write(f); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.Rename(f.Name(), path)
}

func importCommand() *cli.Command {
	return &cli.Command{
		Name:      "import",
		Usage:     "add the quads of an N-Quads file to the graph",
		ArgsUsage: "FILE.nq",
		Description: "The whole file is read and checked before anything is written: a file with an error\n" +
			"changes nothing. Blank nodes are the file's own: the _:b0 of two imports are two nodes.\n\n" +
			"Example:\n   statekg import --db news.db graph.nq",
		Flags: []cli.Flag{dbFlag, dbPathFlag, baseFlag},
		Action: func(c *cli.Context) error {
			if c.NArg() != 1 {
				return &exitError{code: 2, msg: "import: give one N-Quads file"}
			}
			st, err := openStore(c)
			if err != nil {
				return err
			}
			defer st.Close()
			n, err := st.ImportFile(c.Context, c.Args().First())
			if err != nil {
				return err
			}
			fmt.Fprintf(c.App.Writer, "imported %d quads from %s\n", n, c.Args().First())
			return nil
		},
	}
}

func deleteCommand() *cli.Command {
	return &cli.Command{
		Name:      "delete",
		Usage:     "remove an article and everything only it supported",
		ArgsUsage: "ID",
		Description: "IDs are listed by 'statekg articles'. Removed are the article's graph as build wrote\n" +
			"it, every quad on the article node, and what of the default graph no other article\n" +
			"states; other quads an import added to the article's graph stay.\n\nExample:\n   statekg delete 3f2a9c01d4e5b677",
		Flags: []cli.Flag{dbFlag, dbPathFlag, baseFlag},
		Action: func(c *cli.Context) error {
			if c.NArg() != 1 {
				return &exitError{code: 2, msg: "delete: give one article id"}
			}
			st, err := openToChange(c)
			if err != nil {
				return err
			}
			defer st.Close()
			n, err := st.Delete(c.Context, c.Args().First())
			if err != nil {
				return err
			}
			fmt.Fprintf(c.App.Writer, "deleted article %s (%d quads)\n", c.Args().First(), n)
			return nil
		},
	}
}

func statsCommand() *cli.Command {
	return &cli.Command{
		Name:        "stats",
		Usage:       "show what is in the graph: articles, entities by type, relations by predicate",
		Description: "Example:\n   statekg stats --db news.db\n   statekg stats --format json | jq .entities",
		Flags:       []cli.Flag{dbFlag, dbPathFlag, baseFlag, formatFlag()},
		Before:      checkReportFormat,
		Action: withExisting(func(c *cli.Context, st *graph.Store) error {
			s, err := st.Stats(c.Context)
			if err != nil {
				return err
			}
			return writeReport(c, statsJSON(s), func(w io.Writer) error { printStats(w, s); return nil })
		}),
	}
}

func articlesCommand() *cli.Command {
	return &cli.Command{
		Name:  "articles",
		Usage: "list the articles in the graph with their ids",
		Description: "Prints one line an article: id, quads, source and headline, tab-separated;\n" +
			"with --format json, an array of objects with these fields.\n\n" +
			"Example:\n   statekg articles --db news.db\n   statekg articles --format json | jq -r '.[].id'",
		Flags:  []cli.Flag{dbFlag, dbPathFlag, baseFlag, formatFlag()},
		Before: checkReportFormat,
		Action: withExisting(func(c *cli.Context, st *graph.Store) error {
			as, err := st.Articles(c.Context)
			if err != nil {
				return err
			}
			return writeReport(c, articlesJSON(as), func(w io.Writer) error {
				for _, a := range as {
					fmt.Fprintf(w, "%s\t%d\t%s\t%s\n", a.ID, a.Quads, a.Source, a.Headline)
				}
				return nil
			})
		}),
	}
}

// withExisting runs fn on the store of a command that reads an existing
// graph, opened read-only, closing it afterwards.
func withExisting(fn func(c *cli.Context, st *graph.Store) error) cli.ActionFunc {
	return withStore(openReadOnly, fn)
}

// withStore runs fn on the store that open gives, closing it afterwards.
func withStore(open func(*cli.Context) (*graph.Store, error), fn func(c *cli.Context, st *graph.Store) error) cli.ActionFunc {
	return func(c *cli.Context) error {
		st, err := open(c)
		if err != nil {
			return err
		}
		defer st.Close()
		return fn(c, st)
	}
}

// openReadOnly opens the store of a command that only reads it: nothing in
// the store's folder is created or changed, and a path that holds no store
// is an error.
func openReadOnly(c *cli.Context) (*graph.Store, error) {
	cfg, err := storeConfig(c)
	if err != nil {
		return nil, err
	}
	cfg.ReadOnly = true
	st, err := graph.Open(c.Context, cfg)
	if errors.Is(err, graph.ErrNoStore) {
		where := "--db " + cfg.Path
		if cfg.Backend != "" {
			where = "--db " + cfg.Backend + " --dbpath " + cfg.Path
		}
		return nil, fmt.Errorf("%w (build one with 'statekg build %s PATH')", err, where)
	}
	return st, err
}

// openToChange opens the store of a command that changes an existing
// graph, refusing a path that holds no store as openReadOnly does, rather
// than making an empty one there.
func openToChange(c *cli.Context) (*graph.Store, error) {
	st, err := openReadOnly(c)
	if err != nil {
		return nil, err
	}
	if err := st.Close(); err != nil {
		return nil, err
	}
	return openStore(c)
}
