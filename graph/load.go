package graph

import (
	"context"
	"errors"
	"fmt"
	"strconv"

	cgraph "github.com/cayleygraph/cayley/graph"
	cgkv "github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/path"
	"github.com/cayleygraph/cayley/graph/shape"
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
	Quads     int   // quads of the article (DocumentQuads): its graph, and what it states in the default graph
	Err       error // why the article Failed
}

// DocumentQuads returns the quads Load writes for doc in vocabulary v:
// those of schema.Vocab.Quads, the knowledge graph in the default graph
// and the article's provenance labelled with the article's IRI, once it has
// checked that each is valid RDF. The extract command prints them; Build
// writes them.
//
// It returns an error if the document has no article id or a quad is not
// valid RDF (an IRI with a space, an empty IRI, a literal that is not
// UTF-8).
func DocumentQuads(v schema.Vocab, doc *schema.Document) ([]quad.Quad, error) {
	if doc == nil {
		return nil, fmt.Errorf("nil document")
	}
	id := doc.Article.ID
	if id == "" {
		return nil, fmt.Errorf("article has no id")
	}
	qs := v.Quads(doc)
	for _, q := range qs {
		if err := checkQuad(q); err != nil {
			return nil, fmt.Errorf("load %s: %w", id, err)
		}
	}
	return qs, nil
}

// Quads returns the quads Load writes for doc: DocumentQuads in the
// store's vocabulary.
func (s *Store) Quads(doc *schema.Document) ([]quad.Quad, error) {
	return DocumentQuads(s.vocab, doc)
}

// loadItem is a document ready to be written.
type loadItem struct {
	id     string
	source string
	label  quad.IRI
	hash   string
	nquads int         // of the document, as DocumentQuads gives them
	own    []quad.Quad // those of the article's graph
	kg     []quad.Quad // those of the default graph

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
	qs, err := DocumentQuads(s.vocab, doc)
	if err != nil {
		return loadItem{}, err
	}
	it := loadItem{
		id: doc.Article.ID, source: doc.Article.Source, label: s.vocab.Article(doc.Article.ID),
		hash: schema.ContentHash(doc.Article.Text), nquads: len(qs),
	}
	// The two parts are kept in slices of their own size, and qs, which
	// DocumentQuads grew by appending, is left to the collector: an item
	// waits for the writer, and Build holds many.
	nkg := 0
	for _, q := range qs {
		if q.Label == nil {
			nkg++
		}
	}
	it.kg = make([]quad.Quad, 0, nkg)
	it.own = make([]quad.Quad, 0, len(qs)-nkg)
	for _, q := range qs {
		if q.Label == nil {
			it.kg = append(it.kg, q)
		} else {
			it.own = append(it.own, q)
		}
	}
	return it, nil
}

// Load writes the quads of docs (see DocumentQuads): each article's
// provenance in its named graph, and the entities and fact edges it
// states in the default graph, where each is one quad however many
// articles state it.
//
// An article whose content hash is already stored, and whose graph is
// complete (its quads are as many as its completeness mark says), is
// Unchanged and nothing of it is written. An article stored with another
// hash, or incomplete, is Replaced. All the quads of an article are added
// in one transaction, never split, and several articles share a
// transaction up to about Config.BatchSize quads. Finding whether an
// article is stored and which quads it has reads the article node and the
// nodes it links to, never the whole store.
//
// A replacement adds the article's new quads in one transaction and then
// removes, in a second one, the quads of its old text that the new one
// lacks and, of the default graph, those no other article states any more.
// (Cayley v0.7.7's key-value backends write broken quads when one
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
	if err := s.checkFormat(ctx); err != nil {
		return nil, err
	}
	s.checkWhole(ctx)
	// First the status of each article, from its stored content hashes
	// and completeness mark, and the quads of those to replace.
	results := make([]LoadResult, len(items))
	old := make([][]quad.Quad, len(items))
	leaving := make(map[quad.Value]bool) // articles whose old graphs go
	for i, it := range items {
		results[i] = LoadResult{ArticleID: it.id, Source: it.source, Status: Added, Quads: it.nquads}
		if s.qs.ValueOf(it.label) == nil {
			continue // a node the store has never seen
		}
		stored, err := s.storedHashes(ctx, it.label)
		if err != nil {
			return nil, fmt.Errorf("load %s: %w", it.id, err)
		}
		if len(stored) == 1 && stored[0] == it.hash {
			complete, err := s.complete(ctx, it.label)
			if err != nil {
				return nil, fmt.Errorf("load %s: %w", it.id, err)
			}
			if complete {
				results[i].Status = Unchanged
				continue
			}
		}
		// Another text, an interrupted replacement, an incomplete
		// article or a label without a hash (imported quads): read what
		// the article has now.
		prev, err := s.articleQuads(ctx, it.label)
		if err != nil {
			return nil, fmt.Errorf("load %s: %w", it.id, err)
		}
		old[i] = prev
		if len(prev) > 0 {
			results[i].Status = Replaced
			leaving[it.label] = true
		}
	}
	// What the segment adds to the default graph, each quad once, and
	// only where the store lacks it: Cayley counts a node's uses by the
	// quads it is asked to add, written or not.
	kgAdd := make(map[quad.Quad]bool)
	adds := make([][]cgraph.Delta, len(items))
	for i, it := range items {
		if results[i].Status == Unchanged {
			continue
		}
		var prevSet map[quad.Quad]bool
		if len(old[i]) > 0 {
			prevSet = make(map[quad.Quad]bool, len(old[i]))
			for _, q := range old[i] {
				prevSet[q] = true
			}
		}
		d := make([]cgraph.Delta, 0, it.nquads+1)
		for _, q := range it.own {
			if !prevSet[q] {
				d = append(d, cgraph.Delta{Quad: q, Action: cgraph.Add})
			}
		}
		for _, q := range it.kg {
			if kgAdd[q] {
				continue
			}
			kgAdd[q] = true
			if _, ok := s.known[q]; ok {
				continue
			}
			has := false // what the Store does not know, a store it wrote alone lacks
			if !s.whole {
				var err error
				if has, err = s.hasKG(ctx, q); err != nil {
					return nil, fmt.Errorf("load %s: %w", it.id, err)
				}
			}
			if !has {
				d = append(d, cgraph.Delta{Quad: q, Action: cgraph.Add})
			}
		}
		if !s.versioned {
			d = append(d, cgraph.Delta{Quad: s.versionQuad(), Action: cgraph.Add})
			s.versioned = true // written with the first transaction
		}
		adds[i] = d
	}
	// What the replaced articles take away: their old quads the new ones
	// lack, and the quads of the default graph that no article states any
	// more.
	removes := make([][]cgraph.Delta, len(items))
	for i, it := range items {
		if len(old[i]) == 0 {
			continue
		}
		keep := make(map[quad.Quad]bool, len(it.own))
		for _, q := range it.own {
			keep[q] = true
		}
		var d []cgraph.Delta
		for _, q := range old[i] {
			if !keep[q] {
				d = append(d, cgraph.Delta{Quad: q, Action: cgraph.Delete})
			}
		}
		gone, err := s.orphans(ctx, old[i], leaving, kgAdd)
		if err != nil {
			return nil, fmt.Errorf("load %s: %w", it.id, err)
		}
		for _, q := range gone {
			d = append(d, cgraph.Delta{Quad: q, Action: cgraph.Delete})
		}
		removes[i] = d
	}
	var (
		committed int
		addBatch  []cgraph.Delta
		remBatch  []cgraph.Delta
	)
	flush := func() error {
		add := s.applyDeltas
		if s.bulk != nil && len(remBatch) == 0 {
			// Every quad of addBatch is one the store lacks.
			add = func(d []cgraph.Delta) error { return s.bulk.add(ctx, d) }
		}
		if err := add(addBatch); err != nil {
			s.whole, s.bulk = false, nil
			return err
		}
		s.quads += int64(len(addBatch))
		if err := s.applyDeltas(remBatch); err != nil {
			s.whole = false
			return err
		}
		s.quads -= int64(len(remBatch))
		addBatch, remBatch = addBatch[:0], remBatch[:0]
		return nil
	}
	for i, it := range items {
		if results[i].Status == Unchanged {
			continue
		}
		if err := ctx.Err(); err != nil {
			s.versioned = false
			return results[:committed], fmt.Errorf("load %s: %w", it.id, err)
		}
		if n := len(addBatch) + len(remBatch); n > 0 && n+len(adds[i])+len(removes[i]) > s.batch {
			s.forget(remBatch)
			if err := flush(); err != nil {
				s.versioned = false
				return results[:committed], fmt.Errorf("load %s: %w", it.id, err)
			}
			committed = i
		}
		addBatch = append(addBatch, adds[i]...)
		remBatch = append(remBatch, removes[i]...)
	}
	if err := flush(); err != nil {
		s.versioned = false
		return results[:committed], fmt.Errorf("load: %w", err)
	}
	for _, d := range removes {
		s.forget(d)
	}
	s.remember(kgAdd)
	return results, nil
}

// maxKnown bounds Store.known: past it the set starts again empty.
const maxKnown = 1 << 20

// checkWhole decides whether Store.known holds every quad of the default
// graph: so it is for a store that was empty when this Store first wrote
// to it, as long as the store's count of quads is the one this Store
// expects (a store written by this Store alone). PostgreSQL keeps no
// counter.
func (s *Store) checkWhole(ctx context.Context) {
	if s.backend == Postgres {
		s.whole = false
		return
	}
	st, err := s.qs.Stats(ctx, false)
	if errors.Is(err, cgkv.ErrNoBucket) {
		// Cayley's key-value backends keep no count until a quad is
		// written: the store is empty.
		st, err = cgraph.Stats{Quads: cgraph.Size{Size: 0, Exact: true}}, nil
	}
	exact := err == nil && st.Quads.Exact
	if !s.wholeSet {
		s.wholeSet = true
		s.whole = exact && st.Quads.Size == 0
		s.quads = 0
		return
	}
	if !exact || st.Quads.Size != s.quads {
		s.whole = false
	}
}

// remember records quads of the default graph the store now holds.
func (s *Store) remember(qs map[quad.Quad]bool) {
	if s.known == nil || len(s.known)+len(qs) > maxKnown {
		if s.known != nil {
			s.whole = false
		}
		s.known = make(map[quad.Quad]struct{}, len(qs))
	}
	for q := range qs {
		s.known[q] = struct{}{}
	}
}

// forget drops the quads that deltas remove from the set of those known
// to be in the store.
func (s *Store) forget(deltas []cgraph.Delta) {
	for _, d := range deltas {
		if d.Action == cgraph.Delete {
			delete(s.known, d.Quad)
		}
	}
}

// hasKG reports whether the store holds q, a quad of the default graph.
// None of the article graphs holds a quad with its subject, predicate and
// object.
func (s *Store) hasKG(ctx context.Context, q quad.Quad) (bool, error) {
	for _, v := range []quad.Value{q.Subject, q.Predicate, q.Object} {
		if s.qs.ValueOf(v) == nil {
			return false, nil // a node the store has never seen
		}
	}
	// (Out(p).Is(o) fails on bolt with "not found" where the subject has
	// no quad with predicate p; reading the objects does not.)
	found := false
	err := path.StartPath(s.read, q.Subject).Out(q.Predicate).Iterate(ctx).EachValue(s.read, func(o quad.Value) {
		if o == q.Object {
			found = true
		}
	})
	return found, err
}

// orphans returns the quads of the default graph that an article's old
// quads prev stated and that no article but those leaving states, nor
// the segment adds (kgAdd):
//
//   - an entity's rdf:type, schema:name and owl:sameAs, once no other
//     article mentions it;
//   - a schema:alternateName, once no other article gave that form;
//   - a fact node, once no other statement points to it;
//   - a fact edge, once no other asserted, stated statement points to its
//     fact node.
func (s *Store) orphans(ctx context.Context, prev []quad.Quad, leaving map[quad.Value]bool, kgAdd map[quad.Quad]bool) ([]quad.Quad, error) {
	v := s.vocab
	var out []quad.Quad
	seen := make(map[quad.Quad]bool)
	take := func(q quad.Quad) {
		if !seen[q] && !kgAdd[q] {
			seen[q] = true
			out = append(out, q)
		}
	}
	formIRI, factIRI := v.Term(schema.TermForm), v.Term(schema.TermFact)
	qualified := s.qualified(prev)
	for _, q := range prev {
		switch q.Predicate {
		case schema.Mentions:
			e := q.Object
			others, err := s.mentionedElsewhere(ctx, e, leaving)
			if err != nil {
				return nil, err
			}
			if others {
				continue
			}
			for _, p := range []quad.IRI{schema.RDFType, schema.Name, schema.SameAs} {
				vals, err := s.values(ctx, e, p)
				if err != nil {
					return nil, err
				}
				for _, o := range vals {
					take(quad.Quad{Subject: e, Predicate: p, Object: o})
				}
			}
		case formIRI:
			kept := false
			err := s.eachLabelled(ctx, q.Subject, formIRI, func(o, label quad.Value) {
				if o == q.Object && !leaving[label] {
					kept = true
				}
			})
			if err != nil {
				return nil, err
			}
			alt := quad.Quad{Subject: q.Subject, Predicate: schema.AlternateName, Object: q.Object}
			if !kept {
				if has, err := s.hasKG(ctx, alt); err != nil {
					return nil, err
				} else if has {
					take(alt)
				}
			}
		case factIRI:
			f := q.Object
			var stmts []quad.Value
			err := path.StartPath(s.read, f).In(factIRI).Iterate(ctx).EachValue(s.read, func(st quad.Value) {
				if iri, ok := st.(quad.IRI); ok {
					if id, ok := v.StatementArticle(iri); ok && leaving[v.Article(id)] {
						return
					}
				}
				stmts = append(stmts, st)
			})
			if err != nil {
				return nil, err
			}
			var triple [3]quad.Value
			for i, p := range []quad.IRI{schema.RDFSubject, schema.RDFPredicate, schema.RDFObject} {
				vals, err := s.values(ctx, f, p)
				if err != nil {
					return nil, err
				}
				for _, o := range vals {
					triple[i] = o
					if len(stmts) == 0 {
						take(quad.Quad{Subject: f, Predicate: p, Object: o})
					}
				}
			}
			if qualified[q.Subject] || triple[0] == nil || triple[2] == nil {
				continue
			}
			pred, ok := triple[1].(quad.IRI)
			if !ok {
				continue
			}
			plain := false
			for _, st := range stmts {
				if p, err := s.plain(ctx, st); err != nil {
					return nil, err
				} else if p {
					plain = true
					break
				}
			}
			if plain {
				continue
			}
			edge := quad.Quad{Subject: triple[0], Predicate: pred, Object: triple[2]}
			if has, err := s.hasKG(ctx, edge); err != nil {
				return nil, err
			} else if has {
				take(edge)
			}
		}
	}
	return out, nil
}

// qualified returns the statements of an article's quads qs that are
// negated or hedged.
func (s *Store) qualified(qs []quad.Quad) map[quad.Value]bool {
	out := make(map[quad.Value]bool)
	pol, mod := s.vocab.Term(schema.TermPolarity), s.vocab.Term(schema.TermModality)
	for _, q := range qs {
		if q.Predicate == pol || q.Predicate == mod {
			out[q.Subject] = true
		}
	}
	return out
}

// mentionedElsewhere reports whether an article that is not leaving
// mentions node.
func (s *Store) mentionedElsewhere(ctx context.Context, node quad.Value, leaving map[quad.Value]bool) (bool, error) {
	found := false
	err := path.StartPath(s.read, node).In(schema.Mentions).Iterate(ctx).EachValue(s.read, func(article quad.Value) {
		if !leaving[article] {
			found = true
		}
	})
	return found, err
}

// values returns the objects of node's property p, in any graph.
func (s *Store) values(ctx context.Context, node quad.Value, p quad.IRI) ([]quad.Value, error) {
	var out []quad.Value
	err := path.StartPath(s.read, node).Out(p).Iterate(ctx).EachValue(s.read, func(o quad.Value) {
		out = append(out, o)
	})
	return out, err
}

// eachLabelled calls fn with the object and the label of every quad
// subject —p→ object, through the store's subject–predicate index where
// it has one.
func (s *Store) eachLabelled(ctx context.Context, subject quad.Value, p quad.IRI, fn func(o, label quad.Value)) error {
	sref, pref := s.qs.ValueOf(subject), s.qs.ValueOf(p)
	if sref == nil || pref == nil {
		return nil
	}
	qa := shape.QuadsAction{Result: quad.Object, Save: map[quad.Direction][]string{quad.Label: {"label"}}}
	qa.SetFilter(quad.Subject, sref)
	qa.SetFilter(quad.Predicate, pref)
	it := shape.BuildIterator(s.qs, qa)
	defer it.Close()
	tags := make(map[string]cgraph.Ref)
	emit := func() {
		for k := range tags {
			delete(tags, k)
		}
		it.TagResults(tags)
		fn(s.qs.NameOf(it.Result()), s.qs.NameOf(tags["label"]))
	}
	for it.Next(ctx) {
		emit()
		for it.NextPath(ctx) {
			emit()
		}
	}
	if err := it.Err(); err != nil {
		return err
	}
	return ctx.Err()
}

// storedHashes returns the content hashes stored for the article node
// label: none for a new article, one normally, two after an interrupted
// replacement. It reads one entry of the subject–predicate index.
func (s *Store) storedHashes(ctx context.Context, label quad.IRI) ([]string, error) {
	var out []string
	err := path.StartPath(s.read, label).
		LabelContext(label).
		Out(s.hashIRI).
		Iterate(ctx).EachValue(s.read, func(v quad.Value) {
		out = append(out, Text(v))
	})
	return out, err
}

// complete reports whether the article's graph holds as many quads as its
// completeness mark says: an article imported in part, or whose mark is
// missing, is not complete.
func (s *Store) complete(ctx context.Context, label quad.IRI) (bool, error) {
	want, err := s.mark(ctx, label)
	if err != nil || want < 0 {
		return false, err
	}
	qs, err := s.articleQuads(ctx, label)
	if err != nil {
		return false, err
	}
	return len(qs) == want, nil
}

// mark returns the number of quads the completeness mark of the article's
// graph label says it has, or -1 when there is no one mark or it is no
// number.
func (s *Store) mark(ctx context.Context, label quad.IRI) (int, error) {
	marks, err := s.values(ctx, label, s.vocab.Term(schema.TermQuads))
	if err != nil || len(marks) != 1 {
		return -1, err
	}
	n, err := strconv.Atoi(Text(marks[0]))
	if err != nil {
		return -1, nil
	}
	return n, nil
}

// articleQuads returns every quad of the article's graph label that Load
// wrote: the quads of the article node, of the sentences and statements
// that point to it and the forms of the entities it mentions. It reads
// those nodes' quads through Cayley's subject and object indexes, so its
// cost grows with the article, not with the store.
func (s *Store) articleQuads(ctx context.Context, label quad.IRI) ([]quad.Quad, error) {
	return s.articleGraph(ctx, label, true)
}

// articleGraph is articleQuads, without the entities' forms unless forms
// is set: those are read through each entity, whose forms every article
// that names it states under its own label, so reading them costs what
// the entities' fame does, not what the article does.
func (s *Store) articleGraph(ctx context.Context, label quad.IRI, forms bool) ([]quad.Quad, error) {
	lref := s.qs.ValueOf(label)
	if lref == nil {
		return nil, nil
	}
	v := s.vocab
	lkey := cgraph.ToKey(lref)
	var out []quad.Quad
	own := func(q cgraph.Ref) {
		if l := s.qs.QuadDirection(q, quad.Label); l != nil && cgraph.ToKey(l) == lkey {
			out = append(out, s.qs.Quad(q))
		}
	}
	// The article node's own quads, and the entities it mentions.
	if err := s.eachQuad(ctx, quad.Subject, lref, own); err != nil {
		return nil, err
	}
	var entities []quad.Value
	for _, q := range out {
		if forms && q.Predicate == schema.Mentions {
			entities = append(entities, q.Object)
		}
	}
	formIRI := v.Term(schema.TermForm)
	for _, e := range entities {
		err := path.StartPath(s.read, e).LabelContext(label).Out(formIRI).Iterate(ctx).EachValue(s.read, func(f quad.Value) {
			out = append(out, quad.Quad{Subject: e, Predicate: formIRI, Object: f, Label: label})
		})
		if err != nil {
			return nil, err
		}
	}
	// The sentences (and statements without one) that point to the
	// article, and the statements of each sentence.
	var nodes []quad.Value
	err := path.StartPath(s.read, label).LabelContext(label).In(v.Term(schema.TermInArticle)).
		Iterate(ctx).EachValue(s.read, func(n quad.Value) { nodes = append(nodes, n) })
	if err != nil {
		return nil, err
	}
	seen := make(map[quad.Value]bool)
	var subjects []quad.Value
	for _, n := range nodes {
		if seen[n] {
			continue
		}
		seen[n] = true
		subjects = append(subjects, n)
		err := path.StartPath(s.read, n).LabelContext(label).In(v.Term(schema.TermSentence)).
			Iterate(ctx).EachValue(s.read, func(st quad.Value) {
			if !seen[st] {
				seen[st] = true
				subjects = append(subjects, st)
			}
		})
		if err != nil {
			return nil, err
		}
	}
	for _, subj := range subjects {
		if err := s.eachQuad(ctx, quad.Subject, s.qs.ValueOf(subj), own); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// eachQuad calls fn with every quad whose direction d is node.
func (s *Store) eachQuad(ctx context.Context, d quad.Direction, node cgraph.Ref, fn func(cgraph.Ref)) error {
	if node == nil {
		return nil
	}
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

// Delete removes the article's graph and, of the default graph, the
// entities, forms, fact nodes and fact edges that no other article states,
// in one transaction, and returns how many quads it removed. Afterwards
// the store is what a build without the article gives. Like Load, it
// reads only the article node, the nodes it links to and the supporters
// of what it stated, never the whole store. An article the store does not
// hold gives an error wrapping ErrNotFound.
func (s *Store) Delete(ctx context.Context, articleID string) (int, error) {
	if err := s.checkFormat(ctx); err != nil {
		return 0, fmt.Errorf("delete %s: %w", articleID, err)
	}
	label := s.vocab.Article(articleID)
	qs, err := s.articleQuads(ctx, label)
	if err != nil {
		return 0, fmt.Errorf("delete %s: %w", articleID, err)
	}
	if len(qs) == 0 {
		return 0, fmt.Errorf("delete %s: article %w", articleID, ErrNotFound)
	}
	gone, err := s.orphans(ctx, qs, map[quad.Value]bool{label: true}, nil)
	if err != nil {
		return 0, fmt.Errorf("delete %s: %w", articleID, err)
	}
	qs = append(qs, gone...)
	deltas := make([]cgraph.Delta, len(qs))
	for i, q := range qs {
		deltas[i] = cgraph.Delta{Quad: q, Action: cgraph.Delete}
	}
	s.forget(deltas)
	if err := s.applyDeltas(deltas); err != nil {
		s.whole = false
		return 0, fmt.Errorf("delete %s: %w", articleID, err)
	}
	s.quads -= int64(len(deltas))
	return len(qs), nil
}
