package graph

import (
	"context"
	"fmt"
	"runtime"
	"sync"

	"github.com/statekg/statekg/schema"
)

// Extractor turns an article into a document of entities and claims.
// *extract.Extractor is one. Build calls Extract from several goroutines at
// once. Extract returns soon after ctx ends, with an error.
type Extractor interface {
	Extract(ctx context.Context, a schema.Article) (*schema.Document, error)
}

// ExtractorFunc adapts a function to the Extractor interface.
type ExtractorFunc func(context.Context, schema.Article) (*schema.Document, error)

// Extract calls f(ctx, a).
func (f ExtractorFunc) Extract(ctx context.Context, a schema.Article) (*schema.Document, error) {
	return f(ctx, a)
}

// Source calls yield with each article in order, stops at the first error
// yield returns and returns it (or its own error). corpus.Walk is one,
// once given its paths:
//
//	src := func(ctx context.Context, yield func(schema.Article) error) error {
//		_, err := corpus.Walk(ctx, paths, yield)
//		return err
//	}
type Source func(ctx context.Context, yield func(schema.Article) error) error

// SliceSource returns a Source of the given articles.
func SliceSource(articles []schema.Article) Source {
	return func(ctx context.Context, yield func(schema.Article) error) error {
		for _, a := range articles {
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := yield(a); err != nil {
				return err
			}
		}
		return nil
	}
}

// BuildOptions tunes Build. The zero value is ready to use.
type BuildOptions struct {
	// Workers is the number of goroutines that extract articles; zero
	// means runtime.GOMAXPROCS(0). Extraction, with its parse, takes more
	// CPU than the writer, and the Window bounds how far it runs ahead, so
	// that the writer gets its core back when extraction waits.
	Workers int
	// Window is how many articles may be read ahead of the writer; zero
	// means 512. It bounds the memory Build holds besides one batch. The
	// extraction goroutines go on while the writer writes a batch until
	// the window is full: a window of about one batch of news-length
	// articles (a default batch holds some 500) keeps them busy until the
	// writer is back.
	Window int
	// OnResult, if set, is called with the result of every article, in
	// the order the source gave them, on the goroutine that called Build.
	// An error it returns stops the build.
	OnResult func(LoadResult) error
}

// BuildSummary counts what Build did.
type BuildSummary struct {
	Articles  int // articles read from the source
	Added     int
	Unchanged int
	Replaced  int
	Failed    int // articles not loaded: their documents were not valid RDF
	Quads     int // quads of the added and replaced articles

	// Entities and Relations count, in the documents of the added and
	// replaced articles, the entities by type and the plain edges by
	// predicate, each once per article: an entity or edge that three
	// articles name counts three times. Stats counts distinct ones over
	// the whole store, at the cost of reading it all.
	Entities  map[schema.Type]int
	Relations map[schema.Predicate]int
}

// written adds the counts of an added or replaced article.
func (b *BuildSummary) written(it *loadItem) {
	if b.Entities == nil {
		b.Entities = make(map[schema.Type]int)
		b.Relations = make(map[schema.Predicate]int)
	}
	for t, n := range it.entities {
		b.Entities[t] += n
	}
	for p, n := range it.relations {
		b.Relations[p] += n
	}
}

func (b *BuildSummary) count(r LoadResult) {
	b.Articles++
	switch r.Status {
	case Added:
		b.Added++
		b.Quads += r.Quads
	case Replaced:
		b.Replaced++
		b.Quads += r.Quads
	case Unchanged:
		b.Unchanged++
	case Failed:
		b.Failed++
	}
}

// Build reads articles from src, extracts them with x on
// BuildOptions.Workers goroutines and loads the documents into st with
// one writer, in batches of about Config.BatchSize quads, with the
// semantics of Load (idempotent; a changed text replaces the article).
//
// The outcome does not depend on the number of goroutines: articles are
// written, and their results reported, in the order src gives them, so the
// same input always gives the same store and the same export. Memory is
// bounded by BuildOptions.Window articles and one batch, whatever the size
// of the corpus.
//
// An article whose document is not valid RDF (see Quads) is reported as
// Failed and written not at all; the build goes on. A write error, an
// error of src or of OnResult, or the end of ctx stops the build: the
// articles reported until then are in the store, the others not at all.
func Build(ctx context.Context, st *Store, src Source, x Extractor, opts BuildOptions) (BuildSummary, error) {
	var sum BuildSummary
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	window := opts.Window
	if window <= 0 {
		window = 512
	}
	if window < workers {
		window = workers
	}
	parent := ctx
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	type job struct {
		seq int
		art schema.Article
	}
	type done struct {
		seq  int
		item loadItem
		res  LoadResult // set when the article failed
	}
	var (
		jobs    = make(chan job, workers)
		dones   = make(chan done, window)
		tokens  = make(chan struct{}, window) // articles between the source and the batch
		srcErr  error
		srcDone = make(chan struct{})
	)
	go func() {
		defer close(srcDone)
		defer close(jobs)
		seq := 0
		srcErr = src(ctx, func(a schema.Article) error {
			select {
			case tokens <- struct{}{}:
			case <-ctx.Done():
				return ctx.Err()
			}
			select {
			case jobs <- job{seq: seq, art: a}:
				seq++
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				d := done{seq: j.seq}
				item, err := extractOne(ctx, st, x, j.art)
				if ctx.Err() != nil {
					return // an article cut short is not a failed one
				}
				if err != nil {
					d.res = LoadResult{ArticleID: j.art.ID, Source: j.art.Source, Status: Failed, Err: err}
				} else {
					d.item = item
				}
				select {
				case dones <- d:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() {
		wg.Wait()
		close(dones)
	}()

	var (
		pending = make(map[int]done)
		next    int
		batch   []loadItem
		nquads  int
		err     error
	)
	report := func(r LoadResult) error {
		sum.count(r)
		if opts.OnResult != nil {
			return opts.OnResult(r)
		}
		return nil
	}
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		res, werr := st.write(ctx, batch)
		for i, r := range res { // res[i] is the result of batch[i]
			if r.Status == Added || r.Status == Replaced {
				sum.written(&batch[i])
			}
			if err := report(r); err != nil {
				return err
			}
		}
		batch, nquads = batch[:0], 0
		return werr
	}
	for d := range dones {
		if err != nil {
			continue // draining after a failure
		}
		pending[d.seq] = d
		for {
			p, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			<-tokens
			if p.res.Status == Failed {
				// Earlier articles are reported first.
				if err = flush(); err == nil {
					err = report(p.res)
				}
			} else {
				if nquads > 0 && nquads+p.item.nquads > st.batch {
					err = flush()
				}
				batch = append(batch, p.item)
				nquads += p.item.nquads
			}
			if err != nil {
				cancel()
				break
			}
		}
	}
	if err == nil {
		err = flush()
	}
	cancel() // the source may still be reading if a failure ended the loop
	<-srcDone
	if err == nil {
		err = srcErr
	}
	if err == nil {
		err = parent.Err()
	}
	if err != nil {
		return sum, fmt.Errorf("build: %w", err)
	}
	return sum, nil
}

// extractOne extracts and prepares one article, turning a panic of the
// extractor into an error.
func extractOne(ctx context.Context, st *Store, x Extractor, a schema.Article) (item loadItem, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("extract %s: %v", a.ID, r)
		}
	}()
	doc, err := x.Extract(ctx, a)
	if err != nil {
		return loadItem{}, err
	}
	if doc == nil {
		return loadItem{}, fmt.Errorf("extract %s: no document", a.ID)
	}
	item, err = st.prepare(doc)
	if err == nil {
		item.count(doc)
	}
	return item, err
}
