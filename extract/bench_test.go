package extract_test

import (
	"os"
	"path/filepath"
	"sync/atomic"
	"testing"

	"github.com/statekg/statekg/extract"
	"github.com/statekg/statekg/internal/newsgen"
	"github.com/statekg/statekg/internal/sharedtest"
	"github.com/statekg/statekg/schema"
)

// benchCorpora are the article sets the extraction benchmarks run on:
// generated news-length articles, and the shared evaluation articles.
func benchCorpora(b *testing.B) []struct {
	name string
	arts []schema.Article
} {
	g := newsgen.New(1)
	gen := make([]schema.Article, 500)
	for i := range gen {
		gen[i] = g.Article(i)
	}
	out := []struct {
		name string
		arts []schema.Article
	}{{"newsgen", gen}}
	root, ok := sharedtest.Root()
	if !ok && os.Getenv("STATEKG_CI") != "1" {
		return out // the generated articles alone
	}
	var dev []schema.Article
	for _, dir := range []string{"dev", "casie-dev"} {
		files, _ := filepath.Glob(filepath.Join(sharedtest.Dir(b, "eval", dir), "*.txt"))
		for _, f := range files {
			dev = append(dev, readArticle(b, f))
		}
	}
	if len(dev) == 0 {
		b.Fatalf("no evaluation articles in %s", filepath.Join(root, "eval"))
	}
	return append(out, struct {
		name string
		arts []schema.Article
	}{"dev", dev})
}

func totalBytes(arts []schema.Article) int {
	n := 0
	for _, a := range arts {
		n += len(a.Text)
	}
	return n
}

// report adds the articles extracted per second.
func report(b *testing.B) {
	if el := b.Elapsed().Seconds(); el > 0 {
		b.ReportMetric(float64(b.N)/el, "articles/s")
	}
}

// BenchmarkExtract extracts one article per operation on one goroutine,
// cycling through the corpus.
func BenchmarkExtract(b *testing.B) {
	x, err := extract.New(extract.Config{})
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range benchCorpora(b) {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(totalBytes(c.arts) / len(c.arts)))
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				extract.ExtractDoc(b, x, c.arts[i%len(c.arts)])
			}
			report(b)
		})
	}
}

// BenchmarkExtractParallel extracts on every core (GOMAXPROCS goroutines)
// with one shared Extractor.
func BenchmarkExtractParallel(b *testing.B) {
	x, err := extract.New(extract.Config{})
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range benchCorpora(b) {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(totalBytes(c.arts) / len(c.arts)))
			b.ReportAllocs()
			var next atomic.Int64
			b.ResetTimer()
			b.RunParallel(func(pb *testing.PB) {
				for pb.Next() {
					i := next.Add(1)
					extract.ExtractDoc(b, x, c.arts[int(i)%len(c.arts)])
				}
			})
			report(b)
		})
	}
}

// BenchmarkNew builds an Extractor: lexicons and gazetteers.
func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := extract.New(extract.Config{}); err != nil {
			b.Fatal(err)
		}
	}
}
