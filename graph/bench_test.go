package graph_test

import (
	"context"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/writer"
	"github.com/cayleygraph/quad"

	"github.com/statekg/statekg/graph"
	"github.com/statekg/statekg/internal/newsgen"
	"github.com/statekg/statekg/internal/pgtest"
	"github.com/statekg/statekg/schema"
)

// The load benchmarks write the newsgen articles that make up about
// -bench.quads quads (DocumentQuads gives about 390 for a newsgen
// document, of which a store of many keeps about 280).
var (
	benchQuads    = flag.Int("bench.quads", 1_000_000, "quads the load and query benchmarks write")
	benchBackends = flag.String("bench.backends", "bolt,leveldb,memstore", "backends the load benchmarks use")
	benchBatches  = flag.String("bench.batches", "10000,50000,200000", "batch sizes the load benchmarks use")
	benchStore    = flag.String("bench.store", "", "folder that keeps the query benchmarks' stores between runs (default: a temporary folder)")
	benchPostgres = os.Getenv(pgtest.EnvServer)
)

const benchSeed = 1

// corpus is the benchmark corpus: newsgen articles and the quads statekg
// writes for them, made once per run.
var corpus struct {
	once     sync.Once
	articles []schema.Article
	quads    []quad.Quad // in load order
}

func benchCorpus(b *testing.B) ([]schema.Article, []quad.Quad) {
	corpus.once.Do(func() {
		g := newsgen.New(benchSeed)
		st, err := graph.Open(context.Background(), graph.Config{Backend: graph.Memstore})
		if err != nil {
			b.Fatal(err)
		}
		defer st.Close()
		for i := 0; len(corpus.quads) < *benchQuads; i++ {
			d := g.Document(i)
			qs, err := st.Quads(d)
			if err != nil {
				b.Fatal(err)
			}
			corpus.articles = append(corpus.articles, d.Article)
			corpus.quads = append(corpus.quads, qs...)
		}
	})
	return corpus.articles, corpus.quads
}

func benchList(s string) []string {
	var out []string
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

func benchBatchSizes() []int {
	var out []int
	for _, f := range benchList(*benchBatches) {
		var n int
		fmt.Sscan(f, &n)
		if n > 0 {
			out = append(out, n)
		}
	}
	return out
}

// backends lists the backends of -bench.backends, with postgres added
// when STATEKG_TEST_POSTGRES names a server.
func benchBackendList() []string {
	l := benchList(*benchBackends)
	if benchPostgres != "" && !strings.Contains(*benchBackends, "postgres") {
		l = append(l, graph.Postgres)
	}
	return l
}

// newsgenExtractor extracts a newsgen article by returning its document:
// the load benchmarks measure the store, not the extractor.
func newsgenExtractor() graph.Extractor {
	g := newsgen.New(benchSeed)
	prefix := strings.TrimSuffix(g.ID(0), "0")
	return genExtractor(g, prefix)
}

// benchPath returns where a benchmark store of backend lives: a fresh
// folder, or a fresh schema of the PostgreSQL database.
func benchPath(b *testing.B, backend string) string {
	switch backend {
	case graph.Memstore:
		return ""
	case graph.Postgres:
		return pgtest.Fresh(b, benchPostgres)
	}
	return filepath.Join(b.TempDir(), "kg")
}

func dirSize(dir string) int64 {
	var n int64
	filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if fi, err := d.Info(); err == nil {
				n += fi.Size()
			}
		}
		return nil
	})
	return n
}

// rawLoad loads qs into a new store of backend the way the cayley load
// command does (its "single" writer, IgnoreDup, quad.CopyBatch with the
// given batch size) and returns the time it took.
func rawLoad(b *testing.B, backend string, batch int, qs []quad.Quad) (time.Duration, int64) {
	path := benchPath(b, backend)
	ctx := context.Background()
	// graph.Open creates and opens the store the same way as for statekg;
	// the writing below goes straight to Cayley.
	st, err := graph.Open(ctx, graph.Config{Backend: backend, Path: path})
	if err != nil {
		b.Fatal(err)
	}
	runtime.GC()
	start := time.Now()
	qw, err := writer.NewSingle(graph.QuadStoreOf(st), cgraph.IgnoreOpts{IgnoreDup: true})
	if err != nil {
		b.Fatal(err)
	}
	w := cgraph.NewWriter(qw)
	if _, err := quad.CopyBatch(w, quad.NewReader(qs), batch); err != nil {
		b.Fatal(err)
	}
	if err := w.Close(); err != nil {
		b.Fatal(err)
	}
	d := time.Since(start)
	if err := st.Close(); err != nil {
		b.Fatal(err)
	}
	return d, dirSize(path)
}

// buildLoad builds arts into a new store of backend with graph.Build and
// returns the time it took and the quads it wrote.
func buildLoad(b *testing.B, backend string, batch int, arts []schema.Article) (time.Duration, int, int64) {
	path := benchPath(b, backend)
	ctx := context.Background()
	st, err := graph.Open(ctx, graph.Config{Backend: backend, Path: path, BatchSize: batch})
	if err != nil {
		b.Fatal(err)
	}
	runtime.GC()
	start := time.Now()
	sum, err := graph.Build(ctx, st, graph.SliceSource(arts), newsgenExtractor(), graph.BuildOptions{})
	if err != nil {
		b.Fatal(err)
	}
	d := time.Since(start)
	if err := st.Close(); err != nil {
		b.Fatal(err)
	}
	if sum.Added != len(arts) {
		b.Fatalf("summary %+v", sum)
	}
	return d, sum.Quads, dirSize(path)
}

// BenchmarkCayleyLoad is the reference: stock Cayley loading the quads
// statekg writes for the corpus, per backend and batch size.
func BenchmarkCayleyLoad(b *testing.B) {
	_, qs := benchCorpus(b)
	for _, backend := range benchBackendList() {
		for _, batch := range benchBatchSizes() {
			b.Run(fmt.Sprintf("%s/batch=%d", backend, batch), func(b *testing.B) {
				var total time.Duration
				var size int64
				for i := 0; i < b.N; i++ {
					d, sz := rawLoad(b, backend, batch, qs)
					total += d
					size = sz
				}
				b.ReportMetric(float64(len(qs)*b.N)/total.Seconds(), "quads/s")
				b.ReportMetric(float64(size)/float64(len(qs))*1e6/1e6, "bytes/quad")
				b.ReportMetric(0, "ns/op")
			})
		}
	}
}

// BenchmarkBuild loads the corpus with graph.Build (newsgen documents as
// the extractor's output, extraction on every core, one writer), per
// backend and batch size.
func BenchmarkBuild(b *testing.B) {
	arts, _ := benchCorpus(b)
	for _, backend := range benchBackendList() {
		for _, batch := range benchBatchSizes() {
			b.Run(fmt.Sprintf("%s/batch=%d", backend, batch), func(b *testing.B) {
				b.ReportAllocs()
				var total time.Duration
				var n int
				var size int64
				for i := 0; i < b.N; i++ {
					d, q, sz := buildLoad(b, backend, batch, arts)
					total += d
					n += q
					size = sz
				}
				b.ReportMetric(float64(n)/total.Seconds(), "quads/s")
				b.ReportMetric(float64(size)/float64(n/b.N), "bytes/quad")
				b.ReportMetric(0, "ns/op")
			})
		}
	}
}

// BenchmarkBuildVsCayley measures, in one run and per backend, stock
// Cayley loading the corpus's quads and graph.Build loading the corpus,
// one after the other at each batch size, and reports their throughputs
// and ratios (statekg/cayley): at each batch size, and ("best") statekg at
// its best batch size against Cayley at its best.
func BenchmarkBuildVsCayley(b *testing.B) {
	arts, qs := benchCorpus(b)
	for _, backend := range benchBackendList() {
		var bestRaw, bestOurs float64
		var bestRawBatch, bestOursBatch int
		for _, batch := range benchBatchSizes() {
			b.Run(fmt.Sprintf("%s/batch=%d", backend, batch), func(b *testing.B) {
				var rawT, oursT time.Duration
				var n int
				for i := 0; i < b.N; i++ {
					d, _ := rawLoad(b, backend, batch, qs)
					rawT += d
					d, q, _ := buildLoad(b, backend, batch, arts)
					oursT += d
					n += q
				}
				raw := float64(len(qs)*b.N) / rawT.Seconds()
				ours := float64(n) / oursT.Seconds()
				if raw > bestRaw {
					bestRaw, bestRawBatch = raw, batch
				}
				if ours > bestOurs {
					bestOurs, bestOursBatch = ours, batch
				}
				b.ReportMetric(raw, "cayley-quads/s")
				b.ReportMetric(ours, "statekg-quads/s")
				b.ReportMetric(ours/raw, "ratio")
				b.ReportMetric(0, "ns/op")
			})
		}
		b.Run(backend+"/best", func(b *testing.B) {
			if bestRaw == 0 {
				b.Skip("no batch size measured")
			}
			b.ReportMetric(bestRaw, "cayley-quads/s")
			b.ReportMetric(float64(bestRawBatch), "cayley-batch")
			b.ReportMetric(bestOurs, "statekg-quads/s")
			b.ReportMetric(float64(bestOursBatch), "statekg-batch")
			b.ReportMetric(bestOurs/bestRaw, "ratio")
			b.ReportMetric(0, "ns/op")
		})
	}
}

// queryStore is the store of the query benchmarks: the corpus built into
// a bolt store once per run, in a folder removed by TestMain.
var queryStore struct {
	once sync.Once
	dir  string
	keep bool
	err  error
}

func benchQueryStore(b *testing.B, backend string) *graph.Store {
	queryStore.once.Do(func() {
		if *benchStore != "" {
			queryStore.dir = *benchStore
			queryStore.keep = true
		} else {
			queryStore.dir, queryStore.err = os.MkdirTemp("", "statekg-bench-")
			if queryStore.err != nil {
				return
			}
		}
		for _, be := range []string{graph.Bolt, graph.LevelDB} {
			if graph.DetectBackend(filepath.Join(queryStore.dir, be)) == be {
				continue // kept from an earlier run
			}
			arts, _ := benchCorpus(b)
			st, err := graph.Open(context.Background(), graph.Config{Backend: be, Path: filepath.Join(queryStore.dir, be), BatchSize: 50000})
			if err != nil {
				queryStore.err = err
				return
			}
			_, queryStore.err = graph.Build(context.Background(), st, graph.SliceSource(arts), newsgenExtractor(), graph.BuildOptions{})
			if err := st.Close(); queryStore.err == nil {
				queryStore.err = err
			}
			if queryStore.err != nil {
				return
			}
		}
	})
	if queryStore.err != nil {
		b.Fatal(queryStore.err)
	}
	st, err := graph.Open(context.Background(), graph.Config{Backend: backend, Path: filepath.Join(queryStore.dir, backend)})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	return st
}

func TestMain(m *testing.M) {
	flag.Parse()
	code := m.Run()
	if queryStore.dir != "" && !queryStore.keep {
		os.RemoveAll(queryStore.dir)
	}
	os.Exit(code)
}

// benchQueries are Gizmo queries from one node of the corpus: a state
// named in many articles, and an article: the 101st newsgen article, or
// in a store built from other articles (-bench.store) the 101st by id.
func benchQueries(b *testing.B, st *graph.Store) map[string]string {
	v := st.Vocab()
	g := newsgen.New(benchSeed)
	art := v.Article(g.ID(100)).String()
	if res, err := st.Query(context.Background(), `g.V("`+art+`").Out("`+schema.Headline.String()+`").All()`, graph.QueryOptions{}); err != nil || len(res) == 0 {
		arts, err := st.Articles(context.Background())
		if err != nil || len(arts) == 0 {
			b.Fatal("no articles to query:", err)
		}
		art = quad.IRI(arts[min(100, len(arts)-1)].IRI).String()
	}
	state := v.Entity(schema.State, "North Korea").String()
	blames := v.Predicate(schema.Blames).String()
	return map[string]string{
		"1hop/article-headline":  `g.V("` + art + `").Out("` + schema.Headline.String() + `").All()`,
		"1hop/article-sentences": `g.V("` + art + `").In("` + v.Term(schema.TermInArticle).String() + `").All()`,
		"1hop/state-blamed-by":   `g.V("` + state + `").In("` + blames + `").All()`,
		"2hop/article-statements": `g.V("` + art + `").In("` + v.Term(schema.TermInArticle).String() + `").In("` +
			v.Term(schema.TermSentence).String() + `").All()`,
		"2hop/state-blamers-names": `g.V("` + state + `").In("` + blames + `").Out("` + schema.Name.String() + `").All()`,
		"2hop/state-blamed-evidence": `g.V("` + state + `").In("` + schema.RDFObject.String() + `").Has("` +
			schema.RDFPredicate.String() + `", "` + blames + `").In("` + v.Term(schema.TermFact).String() + `").All()`,
	}
}

// BenchmarkExampleQueries runs each query of examples/queries on the
// store of the corpus as the query command runs it by default (at most
// 100 results, 30 s) and reports the median time.
func BenchmarkExampleQueries(b *testing.B) {
	files, err := filepath.Glob(filepath.Join("..", "examples", "queries", "*.js"))
	if err != nil || len(files) == 0 {
		b.Fatalf("no example queries: %v", err)
	}
	for _, backend := range []string{graph.Bolt, graph.LevelDB} {
		st := benchQueryStore(b, backend)
		for _, f := range files {
			q, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			b.Run(backend+"/"+strings.TrimSuffix(filepath.Base(f), ".js"), func(b *testing.B) {
				times := make([]time.Duration, 0, b.N)
				var n int
				for i := 0; i < b.N; i++ {
					ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
					t0 := time.Now()
					res, err := st.Query(ctx, string(q), graph.QueryOptions{Limit: 100})
					times = append(times, time.Since(t0))
					cancel()
					if err != nil {
						b.Fatal(err)
					}
					n = len(res)
				}
				sort.Slice(times, func(i, j int) bool { return times[i] < times[j] })
				b.ReportMetric(float64(times[len(times)/2].Microseconds())/1000, "median-ms")
				b.ReportMetric(float64(n), "results")
				b.ReportMetric(0, "ns/op")
			})
		}
	}
}

// BenchmarkQuery runs 1-hop and 2-hop Gizmo queries on the store of the
// corpus (about -bench.quads quads) and reports the median time.
func BenchmarkQuery(b *testing.B) {
	for _, backend := range []string{graph.Bolt, graph.LevelDB} {
		st := benchQueryStore(b, backend)
		qs := benchQueries(b, st)
		names := make([]string, 0, len(qs))
		for k := range qs {
			names = append(names, k)
		}
		sort.Strings(names)
		for _, name := range names {
			q := qs[name]
			b.Run(backend+"/"+name, func(b *testing.B) {
				ctx := context.Background()
				b.ReportAllocs()
				times := make([]time.Duration, 0, b.N)
				var n int
				for i := 0; i < b.N; i++ {
					t0 := time.Now()
					res, err := st.Query(ctx, q, graph.QueryOptions{})
					times = append(times, time.Since(t0))
					if err != nil || len(res) == 0 {
						b.Fatal(len(res), err)
					}
					n = len(res)
				}
				sort.Slice(times, func(i, j int) bool { return times[i] < times[j] })
				b.ReportMetric(float64(times[len(times)/2].Microseconds())/1000, "median-ms")
				b.ReportMetric(float64(n), "results")
			})
		}
	}
}

// BenchmarkArticleOps times what Load and Delete do per article on the
// store of the corpus: the check of an unchanged article, and deleting an
// article and loading it back.
func BenchmarkArticleOps(b *testing.B) {
	g := newsgen.New(benchSeed)
	for _, backend := range []string{graph.Bolt, graph.LevelDB} {
		st := benchQueryStore(b, backend)
		ctx := context.Background()
		d := g.Document(100)
		b.Run(backend+"/unchanged", func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				r, err := st.Load(ctx, d)
				if err != nil || r[0].Status != graph.Unchanged {
					b.Fatal(r, err)
				}
			}
		})
		b.Run(backend+"/delete+add", func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if _, err := st.Delete(ctx, d.Article.ID); err != nil {
					b.Fatal(err)
				}
				if r, err := st.Load(ctx, d); err != nil || r[0].Status != graph.Added {
					b.Fatal(r, err)
				}
			}
		})
	}
}
