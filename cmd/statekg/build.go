package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/pprof"
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
			"reported at the end and make the command exit 1; the others are loaded all the same.\n" +
			"Progress goes to standard error: a bar on a terminal, otherwise a line every 5s\n" +
			"(" + progressIntervalEnv + "=DURATION to change it); --quiet shows none. Ctrl-C or\n" +
			"SIGTERM stops the build after the batch it is writing and reports what was loaded\n" +
			"(exit status 130 or 143); the same command run again goes on. A second Ctrl-C quits at once.\n\n" +
			"Examples:\n   statekg build --db news.db examples/articles\n" +
			"   statekg build --db leveldb --dbpath news examples/articles\n" +
			"   statekg build --db postgres --dbpath 'postgres://statekg@localhost/statekg?sslmode=disable' examples/articles",
		Flags: []cli.Flag{dbFlag, dbPathFlag, baseFlag, actorsFlag,
			&cli.IntFlag{Name: "batch", Value: graph.DefaultBatchSize, Usage: "about `N` quads a transaction"},
			&cli.BoolFlag{Name: "bloom", Usage: "build Cayley's bloom filters (bolt and leveldb): about 600 MB more memory;\n" +
				"\tfaster loads into a large store that holds quads already (into a new leveldb store, none)"},
			&cli.IntFlag{Name: "workers", Usage: "extract on `N` goroutines", DefaultText: "the number of cores"},
			formatFlag(), quietFlag,
			&cli.StringFlag{Name: "cpuprofile", Hidden: true, Usage: "write a CPU profile of the build to `FILE`"},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() == 0 {
				return usageError(c, "build: give at least one file or folder")
			}
			if p := c.String("cpuprofile"); p != "" {
				stop, err := startCPUProfile(p)
				if err != nil {
					return err
				}
				defer stop()
			}
			format, err := reportFormat(c)
			if err != nil {
				return err
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
				paths  = c.Args().Slice()
			)
			bar := newProgress(c, "build", "articles")
			countArticles(c.Context, bar, paths)
			src := func(ctx context.Context, yield func(schema.Article) error) error {
				var err error
				unread, err = corpus.Walk(ctx, paths, yield)
				return err
			}
			done := 0
			sum, err := graph.Build(c.Context, st, src, x, graph.BuildOptions{
				Workers: c.Int("workers"),
				OnResult: func(r graph.LoadResult) error {
					if r.Status == graph.Failed {
						failed = append(failed, r)
					}
					done++
					bar.set(done)
					return nil
				},
			})
			bar.finish()
			interrupted := err != nil && errors.Is(err, context.Canceled) && c.Context.Err() != nil
			if err != nil && !interrupted {
				printLoadSummary(c.App.Writer, sum)
				return err
			}
			// What follows reports what was loaded, even after an interrupt.
			ctx := context.WithoutCancel(c.Context)
			size, sizeErr := st.Size(ctx)
			rep := newBuildReport(sum, size, unread, failed, interrupted)
			if format == formatJSON {
				if sizeErr == nil {
					if err := writeJSON(c.App.Writer, rep); err != nil {
						return err
					}
				}
			} else {
				w := c.App.Writer
				printLoadSummary(w, sum)
				if sizeErr == nil {
					fmt.Fprintf(w, "graph: %d articles, %d quads ('statekg stats' counts its entities and relations)\n", size.Articles, size.Quads)
				}
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
			}
			if sizeErr != nil {
				return sizeErr
			}
			if interrupted {
				return &exitError{code: 1, msg: fmt.Sprintf("build: stopped: the %d articles reported above are in the store, the rest not; run the same build again to go on",
					sum.Articles)}
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

// countArticles counts the articles under paths on its own goroutine, for
// the progress bar's total; the build does not wait for it.
func countArticles(ctx context.Context, bar *progress, paths []string) {
	if bar == nil {
		return
	}
	go func() {
		n := 0
		_, err := corpus.Walk(ctx, paths, func(schema.Article) error {
			n++
			return nil
		})
		if err == nil {
			bar.setTotal(n)
		}
	}()
}

// buildReport is the build summary of --format json.
type buildReport struct {
	Read        int                      `json:"read"`
	Added       int                      `json:"added"`
	Replaced    int                      `json:"replaced"`
	Unchanged   int                      `json:"unchanged"`
	Failed      int                      `json:"failed"`
	Quads       int                      `json:"quads"`     // of the added and replaced articles
	Entities    map[schema.Type]int      `json:"entities"`  // in those articles, once per article
	Relations   map[schema.Predicate]int `json:"relations"` // in those articles, once per article
	Graph       sizeJSON                 `json:"graph"`
	UnreadFiles []string                 `json:"unreadFiles"`
	FailedArts  []failedJSON             `json:"failedArticles"`
	Interrupted bool                     `json:"interrupted"`
}

type sizeJSON struct {
	Articles int `json:"articles"`
	Quads    int `json:"quads"`
}

type failedJSON struct {
	ID     string `json:"id"`
	Source string `json:"source"`
	Error  string `json:"error"`
}

func newBuildReport(s graph.BuildSummary, size graph.Size, unread []error, failed []graph.LoadResult, interrupted bool) buildReport {
	r := buildReport{
		Read: s.Articles, Added: s.Added, Replaced: s.Replaced, Unchanged: s.Unchanged, Failed: s.Failed, Quads: s.Quads,
		Entities:    typeCounts(s.Entities),
		Relations:   predicateCounts(s.Relations),
		Graph:       sizeJSON{Articles: size.Articles, Quads: size.Quads},
		UnreadFiles: []string{},
		FailedArts:  []failedJSON{},
		Interrupted: interrupted,
	}
	for _, e := range unread {
		r.UnreadFiles = append(r.UnreadFiles, e.Error())
	}
	for _, f := range failed {
		r.FailedArts = append(r.FailedArts, failedJSON{ID: f.ArticleID, Source: f.Source, Error: f.Err.Error()})
	}
	return r
}

// typeCounts has every type, with zero for those absent.
func typeCounts(m map[schema.Type]int) map[schema.Type]int {
	types := schema.Types()
	out := make(map[schema.Type]int, len(types))
	for _, t := range types {
		out[t] = m[t]
	}
	return out
}

// predicateCounts has the predicates with at least one relation.
func predicateCounts(m map[schema.Predicate]int) map[schema.Predicate]int {
	out := make(map[schema.Predicate]int)
	for p, n := range m {
		if n > 0 {
			out[p] = n
		}
	}
	return out
}

// statsReport is what stats prints with --format json.
type statsReport struct {
	Articles   int                      `json:"articles"`
	Quads      int                      `json:"quads"`
	Statements int                      `json:"statements"`
	Negated    int                      `json:"negated"`
	Hedged     int                      `json:"hedged"`
	Entities   map[schema.Type]int      `json:"entities"`
	Relations  map[schema.Predicate]int `json:"relations"`
}

func statsJSON(s graph.Stats) statsReport {
	return statsReport{Articles: s.Articles, Quads: s.Quads, Statements: s.Statements, Negated: s.Negated, Hedged: s.Hedged,
		Entities: typeCounts(s.Entities), Relations: predicateCounts(s.Relations)}
}

// articleJSON is one article of articles --format json.
type articleJSON struct {
	ID       string `json:"id"`
	IRI      string `json:"iri"`
	Quads    int    `json:"quads"`
	Source   string `json:"source"`
	Headline string `json:"headline"`
}

func articlesJSON(as []graph.Article) []articleJSON {
	out := make([]articleJSON, 0, len(as))
	for _, a := range as {
		out = append(out, articleJSON{ID: a.ID, IRI: string(a.IRI), Quads: a.Quads, Source: a.Source, Headline: a.Headline})
	}
	return out
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

// startCPUProfile writes a CPU profile to path until the returned function
// is called.
func startCPUProfile(path string) (func(), error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("build: cpu profile: %w", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("build: cpu profile: %w", err)
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}, nil
}
