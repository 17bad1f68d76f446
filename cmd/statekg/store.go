package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

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
			&cli.StringFlag{Name: "format", Value: "json", Usage: "output `FORMAT`: json, table or tsv"},
			&cli.IntFlag{Name: "limit", Value: 100, Usage: "at most `N` results (0: no limit)"},
			&cli.DurationFlag{Name: "timeout", Value: 30 * time.Second, Usage: "give up after `DURATION`"},
		},
		Action: func(c *cli.Context) error {
			q, err := queryText(c)
			if err != nil {
				return err
			}
			format := c.String("format")
			if format != "json" && format != "table" && format != "tsv" {
				return &exitError{code: 2, msg: fmt.Sprintf("query: unknown format %q (json, table or tsv)", format)}
			}
			st, err := openExisting(c)
			if err != nil {
				return err
			}
			defer st.Close()
			ctx := c.Context
			if d := c.Duration("timeout"); d > 0 {
				var cancel func()
				ctx, cancel = context.WithTimeout(ctx, d)
				defer cancel()
			}
			res, err := st.Query(ctx, q, c.Int("limit"))
			if err != nil {
				return err
			}
			return writeResults(c.App.Writer, format, res)
		},
	}
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
			st, err := openExisting(c)
			if err != nil {
				return err
			}
			defer st.Close()
			out := c.String("output")
			if out == "" {
				return st.Export(c.Context, c.App.Writer, format, c.String("article"))
			}
			return writeFileAtomic(out, func(w io.Writer) error {
				return st.Export(c.Context, w, format, c.String("article"))
			})
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
			"changes nothing.\n\nExample:\n   statekg import --db news.db graph.nq",
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
		Name:        "delete",
		Usage:       "remove an article and everything only it supported",
		ArgsUsage:   "ID",
		Description: "IDs are listed by 'statekg articles'.\n\nExample:\n   statekg delete 3f2a9c01d4e5b677",
		Flags:       []cli.Flag{dbFlag, dbPathFlag, baseFlag},
		Action: func(c *cli.Context) error {
			if c.NArg() != 1 {
				return &exitError{code: 2, msg: "delete: give one article id"}
			}
			st, err := openExisting(c)
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
		Description: "Example:\n   statekg stats --db news.db",
		Flags:       []cli.Flag{dbFlag, dbPathFlag, baseFlag},
		Action: withExisting(func(c *cli.Context, st *graph.Store) error {
			s, err := st.Stats(c.Context)
			if err != nil {
				return err
			}
			printStats(c.App.Writer, s)
			return nil
		}),
	}
}

func articlesCommand() *cli.Command {
	return &cli.Command{
		Name:        "articles",
		Usage:       "list the articles in the graph with their ids",
		Description: "Example:\n   statekg articles --db news.db",
		Flags:       []cli.Flag{dbFlag, dbPathFlag, baseFlag},
		Action: withExisting(func(c *cli.Context, st *graph.Store) error {
			as, err := st.Articles(c.Context)
			if err != nil {
				return err
			}
			for _, a := range as {
				fmt.Fprintf(c.App.Writer, "%s\t%d\t%s\t%s\n", a.ID, a.Quads, a.Source, a.Headline)
			}
			return nil
		}),
	}
}

// withExisting runs fn on the store of a command that reads an existing
// graph, closing it afterwards.
func withExisting(fn func(c *cli.Context, st *graph.Store) error) cli.ActionFunc {
	return func(c *cli.Context) error {
		st, err := openExisting(c)
		if err != nil {
			return err
		}
		defer st.Close()
		return fn(c, st)
	}
}
