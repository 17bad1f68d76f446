package graph

import (
	"context"
	"fmt"
	"sort"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/path"
	"github.com/cayleygraph/quad"

	"github.com/statekg/statekg/schema"
)

// CheckReport says what Check found in the store.
type CheckReport struct {
	Articles int // article graphs found
	// Incomplete lists the ids of the articles whose graph lacks quads: no
	// completeness mark, fewer quads than it says (an import cut short),
	// or quads its article node does not lead to.
	Incomplete []string
	// Dangling lists the ids of the articles with a statement whose fact
	// node or fact edge, or an entity whose description, is missing from
	// the default graph.
	Dangling []string
	// Unsupported counts the quads of the default graph that no article
	// states: an entity no article mentions, a fact node no statement
	// points to, a fact edge without an asserted, stated statement.
	Unsupported int
	// Repaired lists the articles Check removed, when asked to repair, so
	// that the next build loads them whole; a repair also removes the
	// unsupported quads.
	Repaired []string
}

// OK reports whether the check found nothing wrong.
func (r *CheckReport) OK() bool {
	return len(r.Incomplete) == 0 && len(r.Dangling) == 0 && r.Unsupported == 0
}

// Check reads the whole store and reports the articles whose graphs are
// incomplete or dangling (see CheckReport). With repair, it removes those
// articles as Delete does (their graphs, and what of the default graph
// only they stated), so that building them again gives the store a clean
// build gives; Load repairs an incomplete article it is given on its own.
func (s *Store) Check(ctx context.Context, repair bool) (CheckReport, error) {
	var rep CheckReport
	if err := s.checkFormat(ctx); err != nil {
		return rep, fmt.Errorf("check: %w", err)
	}
	counts, err := s.labelCounts(ctx)
	if err != nil {
		return rep, fmt.Errorf("check: %w", err)
	}
	v := s.vocab
	var labels []quad.IRI
	for l := range counts {
		if iri, ok := l.(quad.IRI); ok {
			if _, ok := v.ArticleID(iri); ok {
				labels = append(labels, iri)
			}
		}
	}
	sort.Slice(labels, func(i, j int) bool { return labels[i] < labels[j] })
	bad := make(map[quad.Value]bool)
	for _, label := range labels {
		id, _ := v.ArticleID(label)
		rep.Articles++
		// the article's graph without its entities' forms, which cost
		// what the entities' fame does to read: its count of quads,
		// forms included, is the label's, read in one pass above
		qs, err := s.articleGraph(ctx, label, false)
		if err != nil {
			return rep, fmt.Errorf("check %s: %w", id, err)
		}
		want, err := s.mark(ctx, label)
		if err != nil {
			return rep, fmt.Errorf("check %s: %w", id, err)
		}
		if want != counts[label] || len(qs) > want {
			rep.Incomplete = append(rep.Incomplete, id)
			bad[label] = true
			continue
		}
		dangling, err := s.dangling(ctx, qs)
		if err != nil {
			return rep, fmt.Errorf("check %s: %w", id, err)
		}
		if dangling {
			rep.Dangling = append(rep.Dangling, id)
			bad[label] = true
		}
	}
	// Every quad of the bad articles' graphs, those their nodes do not
	// lead to included, and the quads of the default graph.
	var qs, kg []quad.Quad
	unlabelled := s.unlabelled()
	it := s.qs.QuadsAllIterator()
	for it.Next(ctx) {
		q := it.Result()
		if unlabelled(q) {
			kg = append(kg, s.qs.Quad(q))
		} else if bad[s.qs.NameOf(s.qs.QuadDirection(q, quad.Label))] {
			qs = append(qs, s.qs.Quad(q))
		}
	}
	err = it.Err()
	it.Close()
	if err != nil {
		return rep, fmt.Errorf("check: %w", err)
	}
	var unsupported []quad.Quad
	for _, q := range kg {
		ok, err := s.supported(ctx, q)
		if err != nil {
			return rep, fmt.Errorf("check: %w", err)
		}
		if !ok {
			unsupported = append(unsupported, q)
		}
	}
	rep.Unsupported = len(unsupported)
	if !repair || len(bad) == 0 && len(unsupported) == 0 {
		return rep, nil
	}
	gone, err := s.orphans(ctx, qs, bad, nil)
	if err != nil {
		return rep, fmt.Errorf("check: %w", err)
	}
	deltas := make([]cgraph.Delta, 0, len(qs)+len(gone)+len(unsupported))
	seen := make(map[quad.Quad]bool)
	for _, q := range append(append(qs, gone...), unsupported...) {
		if !seen[q] {
			seen[q] = true
			deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Delete})
		}
	}
	s.known, s.whole = nil, false
	if err := s.applyDeltas(deltas); err != nil {
		return rep, fmt.Errorf("check: repair: %w", err)
	}
	rep.Repaired = append(append(rep.Repaired, rep.Incomplete...), rep.Dangling...)
	sort.Strings(rep.Repaired)
	return rep, nil
}

// dangling reports whether an article's quads qs name an entity without a
// type or a fact node without its triple, or hold a plain statement whose
// fact edge is missing.
func (s *Store) dangling(ctx context.Context, qs []quad.Quad) (bool, error) {
	v := s.vocab
	qualified := s.qualified(qs)
	for _, q := range qs {
		switch q.Predicate {
		case schema.Mentions:
			types, err := s.values(ctx, q.Object, schema.RDFType)
			if err != nil || len(types) == 0 {
				return true, err
			}
		case v.Term(schema.TermFact):
			var triple [3]quad.Value
			for i, p := range []quad.IRI{schema.RDFSubject, schema.RDFPredicate, schema.RDFObject} {
				vals, err := s.values(ctx, q.Object, p)
				if err != nil || len(vals) != 1 {
					return true, err
				}
				triple[i] = vals[0]
			}
			pred, ok := triple[1].(quad.IRI)
			if !ok {
				return true, nil
			}
			if qualified[q.Subject] {
				continue
			}
			has, err := s.hasKG(ctx, quad.Quad{Subject: triple[0], Predicate: pred, Object: triple[2]})
			if err != nil || !has {
				return true, err
			}
		}
	}
	return false, nil
}

// supported reports whether some article states q, a quad of the default
// graph; quads of other vocabularies (imported ones) always are.
func (s *Store) supported(ctx context.Context, q quad.Quad) (bool, error) {
	v := s.vocab
	exists := func(p *path.Path) (bool, error) {
		n, err := p.Iterate(ctx).Limit(1).Count()
		return n > 0, err
	}
	switch q.Predicate {
	case v.Term(schema.TermFormatVersion):
		return true, nil
	case schema.RDFSubject, schema.RDFPredicate, schema.RDFObject:
		return exists(path.StartPath(s.read, q.Subject).In(v.Term(schema.TermFact)))
	case schema.RDFType, schema.Name, schema.SameAs:
		return exists(path.StartPath(s.read, q.Subject).In(schema.Mentions))
	case schema.AlternateName:
		forms, err := s.values(ctx, q.Subject, v.Term(schema.TermForm))
		for _, f := range forms {
			if f == q.Object {
				return true, err
			}
		}
		return false, err
	}
	p, ok := q.Predicate.(quad.IRI)
	if !ok {
		return true, nil
	}
	if _, ok := v.PredicateOf(p); !ok {
		return true, nil
	}
	var stmts []quad.Value
	err := path.StartPath(s.read, v.Fact(q.Subject, p, q.Object)).In(v.Term(schema.TermFact)).
		Iterate(ctx).EachValue(s.read, func(st quad.Value) { stmts = append(stmts, st) })
	if err != nil {
		return false, err
	}
	for _, st := range stmts {
		if plain, err := s.plain(ctx, st); err != nil || plain {
			return plain, err
		}
	}
	return false, nil
}
