package graph

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strconv"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/path"
	"github.com/cayleygraph/quad"

	"github.com/statekg/statekg/schema"
)

// Stats counts what the graph holds.
type Stats struct {
	Articles   int                      // article nodes
	Quads      int                      // quads, all labels
	Entities   map[schema.Type]int      // distinct entity nodes by rdf:type
	Relations  map[schema.Predicate]int // fact edges by predicate
	Facts      int                      // fact nodes: distinct triples of statements, plain or not
	Statements int                      // statement nodes (plain, negated and hedged)
	Negated    int                      // statements with polarity "negated"
	Hedged     int                      // statements with modality "hedged"
}

// Stats counts the articles, quads, entities, relations and statements of
// the graph, reading every quad once.
func (s *Store) Stats(ctx context.Context) (Stats, error) {
	st := Stats{
		Entities:  make(map[schema.Type]int),
		Relations: make(map[schema.Predicate]int),
	}
	v := s.vocab
	key := func(val quad.Value) any {
		if r := s.qs.ValueOf(val); r != nil {
			return cgraph.ToKey(r)
		}
		return nil
	}
	var (
		typeKey     = key(schema.RDFType)
		articleKey  = key(v.Term(schema.TermArticle))
		factKey     = key(v.Term(schema.TermFact))
		rdfSubjKey  = key(schema.RDFSubject)
		polarityKey = key(v.Term(schema.TermPolarity))
		negatedKey  = key(quad.String(schema.Negated))
		modalityKey = key(v.Term(schema.TermModality))
		hedgedKey   = key(quad.String(schema.Hedged))
		classes     = make(map[any]schema.Type)
		preds       = make(map[any]schema.Predicate)
		typed       = make(map[any]map[any]struct{}) // class → its instances
		negated     = make(map[any]struct{})
		hedged      = make(map[any]struct{})
		stmts       = make(map[any]struct{})
		facts       = make(map[any]struct{})
	)
	if typeKey == nil {
		return st, ctx.Err() // nothing was ever typed: an empty graph
	}
	for _, t := range schema.Types() {
		if k := key(v.Type(t)); k != nil {
			classes[k] = t
		}
	}
	for _, p := range schema.Predicates() {
		if k := key(v.Predicate(p)); k != nil {
			preds[k] = p
		}
	}
	add := func(m map[any]struct{}, k any) { m[k] = struct{}{} }
	unlabelled := s.unlabelled()
	it := s.qs.QuadsAllIterator()
	defer it.Close()
	for it.Next(ctx) {
		q := it.Result()
		st.Quads++
		pk := cgraph.ToKey(s.qs.QuadDirection(q, quad.Predicate))
		if pk == nil {
			continue
		}
		subj := cgraph.ToKey(s.qs.QuadDirection(q, quad.Subject))
		obj := cgraph.ToKey(s.qs.QuadDirection(q, quad.Object))
		switch pk {
		case typeKey:
			if _, ok := classes[obj]; ok || obj == articleKey {
				set := typed[obj]
				if set == nil {
					set = make(map[any]struct{})
					typed[obj] = set
				}
				add(set, subj)
			}
		case polarityKey:
			if obj == negatedKey && negatedKey != nil {
				add(negated, subj)
			}
		case modalityKey:
			if obj == hedgedKey && hedgedKey != nil {
				add(hedged, subj)
			}
		case factKey:
			add(stmts, subj)
		case rdfSubjKey:
			if unlabelled(q) {
				add(facts, subj)
			}
		default:
			if p, ok := preds[pk]; ok && unlabelled(q) {
				st.Relations[p]++
			}
		}
	}
	if err := it.Err(); err != nil {
		return Stats{}, fmt.Errorf("stats: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return Stats{}, fmt.Errorf("stats: %w", err)
	}
	for k, t := range classes {
		if n := len(typed[k]); n > 0 {
			st.Entities[t] = n
		}
	}
	if articleKey != nil {
		st.Articles = len(typed[articleKey])
	}
	st.Facts = len(facts)
	{
		st.Statements = len(stmts)
		for k := range negated {
			if _, ok := stmts[k]; ok {
				st.Negated++
			}
		}
		for k := range hedged {
			if _, ok := stmts[k]; ok {
				st.Hedged++
			}
		}
	}
	return st, nil
}

// Article is an article the graph holds.
type Article struct {
	ID       string
	IRI      quad.IRI
	Headline string
	Source   string
	Quads    int // quads labelled with the article
}

// Articles lists the articles of the graph, sorted by id.
func (s *Store) Articles(ctx context.Context) ([]Article, error) {
	v := s.vocab
	var out []Article
	err := path.StartPath(s.read, v.Term(schema.TermArticle)).In(schema.RDFType).Unique().
		Iterate(ctx).EachValue(s.qs, func(val quad.Value) {
		iri, ok := val.(quad.IRI)
		if !ok {
			return
		}
		if id, ok := v.ArticleID(iri); ok {
			out = append(out, Article{ID: id, IRI: iri})
		}
	})
	if err != nil {
		return nil, fmt.Errorf("articles: %w", err)
	}
	counts, err := s.labelCounts(ctx)
	if err != nil {
		return nil, fmt.Errorf("articles: %w", err)
	}
	for i := range out {
		a := &out[i]
		a.Quads = counts[a.IRI]
		if a.Headline, err = s.firstString(ctx, a.IRI, schema.Headline); err != nil {
			return nil, fmt.Errorf("articles: %w", err)
		}
		if a.Source, err = s.firstString(ctx, a.IRI, v.Term(schema.TermSource)); err != nil {
			return nil, fmt.Errorf("articles: %w", err)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, nil
}

// firstString returns the text of the first value of node's property p,
// or "" if it has none.
func (s *Store) firstString(ctx context.Context, node, p quad.IRI) (string, error) {
	val, err := path.StartPath(s.qs, node).Out(p).Iterate(ctx).FirstValue(s.qs)
	if err != nil || val == nil {
		return "", err
	}
	return Text(val), nil
}

// Statement is one claim behind an edge: a statement node of the graph.
type Statement struct {
	IRI       quad.IRI
	ArticleID string
	Subject   quad.Value
	Predicate schema.Predicate
	Object    quad.Value
	Sentence  string // the sentence the claim was read from
	Start     int    // character offset of the sentence in the article text
	End       int    // character offset past its end
	Polarity  schema.Polarity
	Modality  schema.Modality
	Claimant  quad.IRI // the entity that makes the claim, or ""
}

// Plain reports whether the statement is asserted and stated: only such
// statements give plain edges.
func (st *Statement) Plain() bool {
	return st.Polarity != schema.Negated && st.Modality != schema.Hedged
}

// Evidence returns the statements about subject —pred→ object, from every
// article, negated and hedged ones included (Statement.Plain tells them
// apart), sorted by article and offset: those that point to the triple's
// fact node.
func (s *Store) Evidence(ctx context.Context, subject quad.IRI, pred schema.Predicate, object quad.Value) ([]Statement, error) {
	v := s.vocab
	fact := v.Fact(subject, v.Predicate(pred), object)
	var iris []quad.IRI
	err := path.StartPath(s.read, fact).In(v.Term(schema.TermFact)).
		Iterate(ctx).EachValue(s.qs, func(val quad.Value) {
		if iri, ok := val.(quad.IRI); ok {
			iris = append(iris, iri)
		}
	})
	if err != nil {
		return nil, fmt.Errorf("evidence: %w", err)
	}
	out := make([]Statement, 0, len(iris))
	for _, iri := range iris {
		st := Statement{IRI: iri, Subject: subject, Predicate: pred, Object: object,
			Polarity: schema.Asserted, Modality: schema.Stated}
		st.ArticleID, _ = v.StatementArticle(iri)
		var sentence quad.Value
		each := func(node quad.Value, fn func(p quad.IRI, o quad.Value)) error {
			return path.StartPath(s.qs, node).OutWithTags([]string{"p"}).Tag("o").
				Iterate(ctx).TagValues(s.qs, func(m map[string]quad.Value) {
				p, _ := m["p"].(quad.IRI)
				fn(p, m["o"])
			})
		}
		err := each(iri, func(p quad.IRI, o quad.Value) {
			switch p {
			case v.Term(schema.TermSentence):
				sentence = o
			case v.Term(schema.TermPolarity):
				st.Polarity = schema.Polarity(Text(o))
			case v.Term(schema.TermModality):
				st.Modality = schema.Modality(Text(o))
			case v.Term(schema.TermClaimant):
				st.Claimant, _ = o.(quad.IRI)
			}
		})
		if err == nil && sentence != nil {
			err = each(sentence, func(p quad.IRI, o quad.Value) {
				switch p {
				case v.Term(schema.TermText):
					st.Sentence = Text(o)
				case v.Term(schema.TermStart):
					st.Start, _ = strconv.Atoi(Text(o))
				case v.Term(schema.TermEnd):
					st.End, _ = strconv.Atoi(Text(o))
				}
			})
		}
		if err != nil {
			return nil, fmt.Errorf("evidence: %w", err)
		}
		out = append(out, st)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].ArticleID != out[j].ArticleID {
			return out[i].ArticleID < out[j].ArticleID
		}
		if out[i].Start != out[j].Start {
			return out[i].Start < out[j].Start
		}
		return out[i].IRI < out[j].IRI
	})
	return out, nil
}

// Size is how large the graph is, as Store.Size counts it.
type Size struct {
	Articles int // article nodes
	Quads    int // quads, all labels; an estimate where the backend keeps none
}

// Size counts the graph's articles from the type index and takes its
// quads from the store's own counter (PostgreSQL counts its rows): unlike
// Stats it reads no more than the article nodes on the key-value backends,
// however large the store.
func (s *Store) Size(ctx context.Context) (Size, error) {
	var sz Size
	n, err := path.StartPath(s.read, s.vocab.Term(schema.TermArticle)).In(schema.RDFType).Unique().
		Iterate(ctx).Count()
	if err != nil {
		return sz, fmt.Errorf("size: %w", err)
	}
	sz.Articles = int(n)
	st, err := s.qs.Stats(ctx, false)
	if errors.Is(err, kv.ErrNoBucket) {
		// a new bolt or leveldb store keeps no count before its first write
		st, err = cgraph.Stats{}, nil
	}
	if err == nil && st.Quads.Size < 0 {
		// no counter (Cayley's SQL backend): count
		st, err = s.qs.Stats(ctx, true)
	}
	if err != nil {
		return sz, fmt.Errorf("size: %w", err)
	}
	sz.Quads = int(st.Quads.Size)
	return sz, nil
}

// unlabelled returns a function that reports whether a quad of the store
// is in the default graph. (Cayley's SQL backend gives a reference to no
// node, not nil, for a missing label.)
func (s *Store) unlabelled() func(q cgraph.Ref) bool {
	seen := make(map[any]bool)
	return func(q cgraph.Ref) bool {
		l := s.qs.QuadDirection(q, quad.Label)
		if l == nil {
			return true
		}
		k := cgraph.ToKey(l)
		none, ok := seen[k]
		if !ok {
			none = s.qs.NameOf(l) == nil
			seen[k] = none
		}
		return none
	}
}
