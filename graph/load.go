package graph

import (
	"context"
	"fmt"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/path"
	"github.com/cayleygraph/quad"

	"github.com/statekg/statekg/schema"
)

// LoadStatus says what Load did with an article.
type LoadStatus int

// Load statuses.
const (
	Added     LoadStatus = iota + 1 // the article was new
	Unchanged                       // the same text was already loaded: nothing written
	Replaced                        // the text changed: the article's quads were replaced
)

// String returns "added", "unchanged" or "replaced".
func (s LoadStatus) String() string {
	switch s {
	case Added:
		return "added"
	case Unchanged:
		return "unchanged"
	case Replaced:
		return "replaced"
	}
	return fmt.Sprintf("LoadStatus(%d)", int(s))
}

// LoadResult is what Load did with one document.
type LoadResult struct {
	ArticleID string
	Status    LoadStatus
	Quads     int // quads the article has in the store now
}

// Load writes the quads of docs, each labelled with its article's IRI.
//
// An article whose content hash is already stored is Unchanged and nothing
// of it is written. An article stored with another hash is Replaced. All
// the quads of an article are added in one transaction, never split, and
// several articles share a transaction up to about Config.BatchSize quads.
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
		if d == nil {
			return nil, fmt.Errorf("load: document %d is nil", i)
		}
		if d.Article.ID == "" {
			return nil, fmt.Errorf("load: document %d: article has no id", i)
		}
		qs := s.vocab.Quads(d)
		for _, q := range qs {
			if err := checkQuad(q); err != nil {
				return nil, fmt.Errorf("load %s: %w", d.Article.ID, err)
			}
		}
		items = append(items, loadItem{doc: d, quads: qs, hash: schema.ContentHash(d.Article.Text)})
	}

	var results []LoadResult
	// Articles are written in segments in which no article id repeats, so
	// that a later version of an article in the same call sees the earlier.
	for len(items) > 0 {
		n := 0
		ids := make(map[string]bool)
		for n < len(items) && !ids[items[n].doc.Article.ID] {
			ids[items[n].doc.Article.ID] = true
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

type loadItem struct {
	doc   *schema.Document
	quads []quad.Quad
	hash  string
}

// loadSegment writes items whose article ids are distinct.
func (s *Store) loadSegment(ctx context.Context, items []loadItem) ([]LoadResult, error) {
	// First the status of each article, from its stored content hashes.
	results := make([]LoadResult, len(items))
	var replace []quad.Value
	for i, it := range items {
		id := it.doc.Article.ID
		label := s.vocab.Article(id)
		stored, err := s.storedHashes(ctx, label)
		if err != nil {
			return nil, fmt.Errorf("load %s: %w", id, err)
		}
		results[i] = LoadResult{ArticleID: id, Status: Added, Quads: len(it.quads)}
		switch {
		case len(stored) == 1 && stored[0] == it.hash:
			results[i].Status = Unchanged
		case len(stored) > 0:
			results[i].Status = Replaced
			replace = append(replace, label)
		default:
			// A label without a hash may hold imported quads: look.
			if s.qs.ValueOf(label) != nil {
				replace = append(replace, label)
			}
		}
	}
	// Then the old quads of the articles to replace, in one pass.
	old, err := s.labelledMany(ctx, replace)
	if err != nil {
		return nil, fmt.Errorf("load: %w", err)
	}
	var (
		committed int
		adds      = cgraph.NewTransaction()
		removes   = cgraph.NewTransaction()
	)
	flush := func() error {
		if err := s.apply(adds); err != nil {
			return err
		}
		if err := s.apply(removes); err != nil {
			return err
		}
		adds, removes = cgraph.NewTransaction(), cgraph.NewTransaction()
		return nil
	}
	for i, it := range items {
		if results[i].Status == Unchanged {
			continue
		}
		id := it.doc.Article.ID
		if err := ctx.Err(); err != nil {
			return results[:committed], fmt.Errorf("load %s: %w", id, err)
		}
		prev := old[s.vocab.Article(id)]
		if len(prev) > 0 {
			results[i].Status = Replaced
		}
		if n := len(adds.Deltas) + len(removes.Deltas); n > 0 && n+len(prev)+len(it.quads) > s.batch {
			if err := flush(); err != nil {
				return results[:committed], fmt.Errorf("load %s: %w", id, err)
			}
			committed = i
		}
		keep := make(map[quad.Quad]struct{}, len(it.quads))
		for _, q := range it.quads {
			keep[q] = struct{}{}
			adds.AddQuad(q)
		}
		for _, q := range prev {
			if _, ok := keep[q]; !ok {
				removes.RemoveQuad(q)
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
// replacement.
func (s *Store) storedHashes(ctx context.Context, label quad.IRI) ([]string, error) {
	var out []string
	err := path.StartPath(s.qs, label).
		LabelContext(label).
		Out(s.vocab.Term(schema.TermContentHash)).
		Iterate(ctx).EachValue(s.qs, func(v quad.Value) {
		out = append(out, Text(v))
	})
	return out, err
}

// labelledMany returns the quads of each of the labels, reading the store
// once: Cayley's key-value backends keep no index by label, so a lookup by
// label is a scan of every quad.
func (s *Store) labelledMany(ctx context.Context, labels []quad.Value) (map[quad.Value][]quad.Quad, error) {
	out := make(map[quad.Value][]quad.Quad, len(labels))
	if len(labels) == 0 {
		return out, nil
	}
	want := make(map[any]bool, len(labels))
	for _, l := range labels {
		if ref := s.qs.ValueOf(l); ref != nil {
			want[cgraph.ToKey(ref)] = true
		}
	}
	if len(want) == 0 {
		return out, nil
	}
	it := s.qs.QuadsAllIterator()
	defer it.Close()
	for it.Next(ctx) {
		ref := it.Result()
		if l := s.qs.QuadDirection(ref, quad.Label); l == nil || !want[cgraph.ToKey(l)] {
			continue
		}
		q := s.qs.Quad(ref)
		out[q.Label] = append(out[q.Label], q)
	}
	if err := it.Err(); err != nil {
		return nil, err
	}
	return out, ctx.Err()
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

// Delete removes every quad labelled with the article's IRI, in one
// transaction, and returns how many it removed. What other articles assert
// too stays: their quads carry their own labels. An article the store does
// not hold gives an error wrapping ErrNotFound.
func (s *Store) Delete(ctx context.Context, articleID string) (int, error) {
	qs, err := s.labelled(ctx, s.vocab.Article(articleID))
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
