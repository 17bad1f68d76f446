package graph

import (
	"context"
	"fmt"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/path"
	"github.com/cayleygraph/quad"

	"github.com/statekg/statekg/schema"
)

// LoadStatus says what Load or Build did with an article.
type LoadStatus int

// Load statuses.
const (
	Added     LoadStatus = iota + 1 // the article was new
	Unchanged                       // the same text was already loaded: nothing written
	Replaced                        // the text changed: the article's quads were replaced
	Failed                          // the article was not loaded (LoadResult.Err says why); the store is as it was
)

// String returns "added", "unchanged", "replaced" or "failed".
func (s LoadStatus) String() string {
	switch s {
	case Added:
		return "added"
	case Unchanged:
		return "unchanged"
	case Replaced:
		return "replaced"
	case Failed:
		return "failed"
	}
	return fmt.Sprintf("LoadStatus(%d)", int(s))
}

// LoadResult is what Load or Build did with one article.
type LoadResult struct {
	ArticleID string
	Source    string // where the article was read from (schema.Article.Source)
	Status    LoadStatus
	Quads     int   // quads the article has in the store now
	Err       error // why the article Failed
}

// Quads returns the quads Load writes for doc: those of
// schema.Vocab.Quads, each labelled with the article's IRI, and one
// schema:mentions edge from the article node to every other node that is
// the subject of one of them, statements excepted (they point to the
// article with the vocabulary's "article" term). With these edges every
// quad of an article is found from its article node in a few index
// lookups, however large the store: Cayley keeps no index on the label.
//
// It returns an error if the document has no article id or a quad is not
// valid RDF (an IRI with a space, an empty IRI, a literal that is not
// UTF-8).
func (s *Store) Quads(doc *schema.Document) ([]quad.Quad, error) {
	it, err := s.prepare(doc)
	if err != nil {
		return nil, err
	}
	return it.quads, nil
}

// loadItem is a document ready to be written.
type loadItem struct {
	id     string
	source string
	label  quad.IRI
	hash   string
	quads  []quad.Quad

	// entities by type and distinct plain edges by predicate of the
	// document, counted by Build for its summary
	entities  map[schema.Type]int
	relations map[schema.Predicate]int
}

// count sets the entity and relation counts of it from doc.
func (it *loadItem) count(doc *schema.Document) {
	it.entities = make(map[schema.Type]int)
	it.relations = make(map[schema.Predicate]int)
	for _, e := range doc.Entities {
		it.entities[e.Type]++
	}
	type edge struct {
		s, o    schema.Ref
		p       schema.Predicate
		literal string
	}
	edges := make(map[edge]bool)
	for i := range doc.Claims {
		c := &doc.Claims[i]
		e := edge{c.Subject, c.Object, c.Predicate, c.Literal}
		if c.Plain() && !edges[e] {
			edges[e] = true
			it.relations[c.Predicate]++
		}
	}
}

// prepare computes and checks the quads of doc. It only reads the Store's
// vocabulary, so it may run on many goroutines at once.
func (s *Store) prepare(doc *schema.Document) (loadItem, error) {
	if doc == nil {
		return loadItem{}, fmt.Errorf("nil document")
	}
	id := doc.Article.ID
	if id == "" {
		return loadItem{}, fmt.Errorf("article has no id")
	}
	label := s.vocab.Article(id)
	qs := s.vocab.Quads(doc)
	statements := make(map[quad.Value]bool)
	for _, q := range qs {
		if err := checkQuad(q); err != nil {
			return loadItem{}, fmt.Errorf("load %s: %w", id, err)
		}
		if q.Predicate == s.inArticleIRI && q.Object == label {
			statements[q.Subject] = true
		}
	}
	seen := map[quad.Value]bool{label: true}
	n := len(qs)
	for i := 0; i < n; i++ {
		subj := qs[i].Subject
		if seen[subj] || statements[subj] {
			continue
		}
		seen[subj] = true
		qs = append(qs, quad.Quad{Subject: label, Predicate: schema.Mentions, Object: subj, Label: label})
	}
	return loadItem{
		id: id, source: doc.Article.Source, label: label,
		hash: schema.ContentHash(doc.Article.Text), quads: qs,
	}, nil
}

// Load writes the quads of docs (see Quads), each labelled with its
// article's IRI.
//
// An article whose content hash is already stored is Unchanged and nothing
// of it is written. An article stored with another hash is Replaced. All
// the quads of an article are added in one transaction, never split, and
// several articles share a transaction up to about Config.BatchSize quads.
// Finding whether an article is stored and which quads it has reads the
// article node and the nodes it links to, never the whole store.
//
// A replacement adds the article's new quads in one transaction and then
// removes the quads of its old text that the new one lacks in a second
// one. (Cayley v0.7.7's key-value backends write broken quads when one
// transaction both removes and adds quads that share a node the removals
// use more often, such as the article label; two transactions avoid that.)
// A failure between the two leaves the old and the new quads side by side,
// never half an article, and the next Load of the document finishes the
// replacement, as it finds two content hashes.
//
// Every document is checked before anything is written; a document whose
// quads are not valid RDF (an empty article id, an IRI with a space) makes
// Load return an error and write nothing. If a write fails, the results
// returned are those of the articles written before it.
func (s *Store) Load(ctx context.Context, docs ...*schema.Document) ([]LoadResult, error) {
	items := make([]loadItem, 0, len(docs))
	for i, d := range docs {
		it, err := s.prepare(d)
		if err != nil {
			if d == nil || d.Article.ID == "" {
				return nil, fmt.Errorf("load: document %d: %w", i, err)
			}
			return nil, err
		}
		items = append(items, it)
	}
	return s.write(ctx, items)
}

// write writes prepared items, in order.
func (s *Store) write(ctx context.Context, items []loadItem) ([]LoadResult, error) {
	var results []LoadResult
	// Articles are written in segments in which no article id repeats, so
	// that a later version of an article in the same call sees the earlier.
	for len(items) > 0 {
		n := 0
		ids := make(map[string]bool)
		for n < len(items) && !ids[items[n].id] {
			ids[items[n].id] = true
			n++
		}
		r, err := s.loadSegment(ctx, items[:n])
		results = append(results, r...)
		if err != nil {
			return results, err
		}
		items = items[n:]
	}
	return results, nil
}

// loadSegment writes items whose article ids are distinct.
func (s *Store) loadSegment(ctx context.Context, items []loadItem) ([]LoadResult, error) {
	// First the status of each article, from its stored content hashes,
	// and the quads of those to replace.
	results := make([]LoadResult, len(items))
	old := make([][]quad.Quad, len(items))
	for i, it := range items {
		results[i] = LoadResult{ArticleID: it.id, Source: it.source, Status: Added, Quads: len(it.quads)}
		if s.qs.ValueOf(it.label) == nil {
			continue // a node the store has never seen
		}
		stored, err := s.storedHashes(ctx, it.label)
		if err != nil {
			return nil, fmt.Errorf("load %s: %w", it.id, err)
		}
		if len(stored) == 1 && stored[0] == it.hash {
			results[i].Status = Unchanged
			continue
		}
		// Another text, an interrupted replacement, or a label without a
		// hash (imported quads): read what the article has now.
		prev, err := s.articleQuads(ctx, it.label)
		if err != nil {
			return nil, fmt.Errorf("load %s: %w", it.id, err)
		}
		old[i] = prev
		if len(prev) > 0 {
			results[i].Status = Replaced
		}
	}
	// The deltas go to Cayley as they are: an article's quads are distinct
	// (schema.Vocab.Quads drops repeats) and carry its label, so no two
	// articles share one, and Cayley's Transaction would only spend a map
	// to find no duplicate.
	var (
		committed int
		adds      []cgraph.Delta
		removes   []cgraph.Delta
	)
	flush := func() error {
		if err := s.applyDeltas(adds); err != nil {
			return err
		}
		if err := s.applyDeltas(removes); err != nil {
			return err
		}
		adds, removes = adds[:0], removes[:0]
		return nil
	}
	for i, it := range items {
		if results[i].Status == Unchanged {
			continue
		}
		if err := ctx.Err(); err != nil {
			return results[:committed], fmt.Errorf("load %s: %w", it.id, err)
		}
		prev := old[i]
		if n := len(adds) + len(removes); n > 0 && n+len(prev)+len(it.quads) > s.batch {
			if err := flush(); err != nil {
				return results[:committed], fmt.Errorf("load %s: %w", it.id, err)
			}
			committed = i
		}
		if adds == nil {
			adds = make([]cgraph.Delta, 0, min(s.batch, 1<<16)+len(it.quads))
		}
		var keep map[quad.Quad]struct{}
		if len(prev) > 0 {
			keep = make(map[quad.Quad]struct{}, len(it.quads))
		}
		for _, q := range it.quads {
			if keep != nil {
				keep[q] = struct{}{}
			}
			adds = append(adds, cgraph.Delta{Quad: q, Action: cgraph.Add})
		}
		for _, q := range prev {
			if _, ok := keep[q]; !ok {
				removes = append(removes, cgraph.Delta{Quad: q, Action: cgraph.Delete})
			}
		}
	}
	if err := flush(); err != nil {
		return results[:committed], fmt.Errorf("load: %w", err)
	}
	return results, nil
}

// storedHashes returns the content hashes stored for the article node
// label: none for a new article, one normally, two after an interrupted
// replacement. It reads one entry of the subject–predicate index.
func (s *Store) storedHashes(ctx context.Context, label quad.IRI) ([]string, error) {
	var out []string
	err := path.StartPath(s.qs, label).
		LabelContext(label).
		Out(s.hashIRI).
		Iterate(ctx).EachValue(s.qs, func(v quad.Value) {
		out = append(out, Text(v))
	})
	return out, err
}

// articleQuads returns every quad labelled label that Load wrote for the
// article: the quads whose subject is the article node, a statement that
// points to it, or a node it mentions. It reads those nodes' quads through
// Cayley's subject and object indexes, so its cost grows with the article
// and the nodes it names, not with the store.
func (s *Store) articleQuads(ctx context.Context, label quad.IRI) ([]quad.Quad, error) {
	lref := s.qs.ValueOf(label)
	if lref == nil {
		return nil, nil
	}
	lkey := cgraph.ToKey(lref)
	var (
		out      []quad.Quad
		subjects []cgraph.Ref
		seen     = map[any]bool{lkey: true}
	)
	mentions := s.qs.ValueOf(schema.Mentions)
	inArticle := s.qs.ValueOf(s.inArticleIRI)
	sameKey := func(r cgraph.Ref, key any) bool { return r != nil && key != nil && cgraph.ToKey(r) == key }
	var mentionsKey, inArticleKey any
	if mentions != nil {
		mentionsKey = cgraph.ToKey(mentions)
	}
	if inArticle != nil {
		inArticleKey = cgraph.ToKey(inArticle)
	}
	addSubject := func(r cgraph.Ref) {
		if r == nil {
			return
		}
		if k := cgraph.ToKey(r); !seen[k] {
			seen[k] = true
			subjects = append(subjects, r)
		}
	}
	// The article node's own quads, and the nodes it mentions.
	err := s.eachQuad(ctx, quad.Subject, lref, func(q cgraph.Ref) {
		if !sameKey(s.qs.QuadDirection(q, quad.Label), lkey) {
			return
		}
		out = append(out, s.qs.Quad(q))
		if sameKey(s.qs.QuadDirection(q, quad.Predicate), mentionsKey) {
			addSubject(s.qs.QuadDirection(q, quad.Object))
		}
	})
	if err != nil {
		return nil, err
	}
	// The statements that point to the article.
	if inArticle != nil {
		err = s.eachQuad(ctx, quad.Object, lref, func(q cgraph.Ref) {
			if sameKey(s.qs.QuadDirection(q, quad.Predicate), inArticleKey) &&
				sameKey(s.qs.QuadDirection(q, quad.Label), lkey) {
				addSubject(s.qs.QuadDirection(q, quad.Subject))
			}
		})
		if err != nil {
			return nil, err
		}
	}
	for _, subj := range subjects {
		err := s.eachQuad(ctx, quad.Subject, subj, func(q cgraph.Ref) {
			if sameKey(s.qs.QuadDirection(q, quad.Label), lkey) {
				out = append(out, s.qs.Quad(q))
			}
		})
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// eachQuad calls fn with every quad whose direction d is node.
func (s *Store) eachQuad(ctx context.Context, d quad.Direction, node cgraph.Ref, fn func(cgraph.Ref)) error {
	it := s.qs.QuadIterator(d, node)
	defer it.Close()
	for it.Next(ctx) {
		fn(it.Result())
	}
	if err := it.Err(); err != nil {
		return err
	}
	return ctx.Err()
}

// labelCounts returns the number of quads of every label, reading the
// store once.
func (s *Store) labelCounts(ctx context.Context) (map[quad.Value]int, error) {
	counts := make(map[any]int)
	refs := make(map[any]cgraph.Ref)
	it := s.qs.QuadsAllIterator()
	defer it.Close()
	for it.Next(ctx) {
		l := s.qs.QuadDirection(it.Result(), quad.Label)
		if l == nil {
			continue
		}
		k := cgraph.ToKey(l)
		counts[k]++
		refs[k] = l
	}
	if err := it.Err(); err != nil {
		return nil, err
	}
	out := make(map[quad.Value]int, len(counts))
	for k, n := range counts {
		if v := s.qs.NameOf(refs[k]); v != nil {
			out[v] = n
		}
	}
	return out, ctx.Err()
}

// Delete removes the article's quads (see Quads), in one transaction, and
// returns how many it removed. What other articles assert too stays: their
// quads carry their own labels. Like Load, it reads only the article node
// and the nodes it links to. An article the store does not hold gives an
// error wrapping ErrNotFound.
//
// What it removes is every quad labelled with the article's IRI whose
// subject is the article node, one of its statements or a node it
// mentions, whoever wrote it: Load, or Import of quads with that label. A
// quad with the label whose subject the article does not reach (one an
// import added about another node) stays, since finding it would mean
// reading the whole store.
func (s *Store) Delete(ctx context.Context, articleID string) (int, error) {
	qs, err := s.articleQuads(ctx, s.vocab.Article(articleID))
	if err != nil {
		return 0, fmt.Errorf("delete %s: %w", articleID, err)
	}
	if len(qs) == 0 {
		return 0, fmt.Errorf("delete %s: article %w", articleID, ErrNotFound)
	}
	tx := cgraph.NewTransactionN(len(qs))
	for _, q := range qs {
		tx.RemoveQuad(q)
	}
	if err := s.apply(tx); err != nil {
		return 0, fmt.Errorf("delete %s: %w", articleID, err)
	}
	return len(qs), nil
}
