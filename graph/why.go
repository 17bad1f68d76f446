package graph

import (
	"context"
	"errors"
	"fmt"
	"sort"

	"github.com/cayleygraph/quad"

	"github.com/statekg/statekg/schema"
)

// Evidence is one statement of an article about a pair of entities, with
// what an analyst needs to judge it: the article's date and headline, the
// sentence and who made the claim.
type Evidence struct {
	Statement quad.IRI         `json:"statement"`
	Predicate schema.Predicate `json:"predicate"`
	Polarity  schema.Polarity  `json:"polarity"`
	Modality  schema.Modality  `json:"modality"`
	Article   string           `json:"article"` // the article's id
	Date      string           `json:"date,omitempty"`
	Headline  string           `json:"headline,omitempty"`
	URL       string           `json:"url,omitempty"`
	Sentence  string           `json:"sentence"`
	Start     int              `json:"start"` // character offsets of the sentence in the article
	End       int              `json:"end"`
	Claimant  *Entity          `json:"claimant,omitempty"` // the entity the sentence says makes the claim
}

// Why is the evidence for one edge subject —predicate→ object.
type Why struct {
	Subject   Entity           `json:"subject"`
	Predicate schema.Predicate `json:"predicate"`
	Object    Entity           `json:"object"` // for a literal only Name is set
	Edge      bool             `json:"edge"`   // whether an asserted, stated statement supports it in the period: whether it is an edge
	Support   []Evidence       `json:"support"`
	// Contrary holds the negated and hedged statements about the same
	// subject and object, with any predicate ("stopped short of blaming").
	Contrary []Evidence `json:"contrary"`
}

// Why returns every statement in the period that supports subject
// —pred→ object (asserted and stated, from every article), and the
// negated and hedged statements about the same subject and object with
// any predicate, each sorted by date, article and offset.
func (s *Store) Why(ctx context.Context, subject quad.IRI, pred schema.Predicate, object quad.Value, p Period) (Why, error) {
	w, err := s.why(ctx, subject, pred, object, p)
	if err != nil {
		return w, fmt.Errorf("why %s %s %s: %w", subject, pred, object, err)
	}
	return w, nil
}

func (s *Store) why(ctx context.Context, subject quad.IRI, pred schema.Predicate, object quad.Value, p Period) (Why, error) {
	w := Why{Predicate: pred, Support: []Evidence{}, Contrary: []Evidence{}}
	if object == nil {
		return w, errors.New("no object")
	}
	var err error
	if w.Subject, err = s.entity(ctx, subject); err != nil {
		return w, err
	}
	if w.Subject.Type == "" {
		return w, fmt.Errorf("%s: %w", subject, ErrNotEntity)
	}
	if oi, ok := object.(quad.IRI); ok {
		if w.Object, err = s.entity(ctx, oi); err != nil {
			return w, err
		}
	} else {
		w.Object.Name = Text(object)
	}
	// The predicates of the facts about the pair: the fact nodes whose
	// subject is subject and whose object is object.
	v := s.vocab
	preds := map[schema.Predicate]bool{pred: true}
	var facts []quad.IRI
	err = s.eachEdge(ctx, subject, quad.Subject, func(pi quad.IRI, f quad.Value) {
		if fi, ok := f.(quad.IRI); ok && pi == schema.RDFSubject {
			facts = append(facts, fi)
		}
	})
	if err != nil {
		return w, err
	}
	for _, f := range facts {
		var fo quad.Value
		var fp quad.IRI
		err := s.eachEdge(ctx, f, quad.Object, func(pi quad.IRI, o quad.Value) {
			switch pi {
			case schema.RDFObject:
				fo = o
			case schema.RDFPredicate:
				fp, _ = o.(quad.IRI)
			}
		})
		if err != nil {
			return w, err
		}
		if fo != nil && fo.String() == object.String() {
			if pr, ok := v.PredicateOf(fp); ok {
				preds[pr] = true
			}
		}
	}
	sup := newSupport(s, p)
	names := make(map[quad.IRI]*Entity)
	for _, pr := range schema.Predicates() {
		if !preds[pr] {
			continue
		}
		stmts, err := s.Evidence(ctx, subject, pr, object)
		if err != nil {
			return w, err
		}
		for _, st := range stmts {
			plain := st.Plain()
			if plain && pr != pred {
				continue
			}
			ev := Evidence{Statement: st.IRI, Predicate: pr, Polarity: st.Polarity, Modality: st.Modality,
				Article: st.ArticleID, Sentence: st.Sentence, Start: st.Start, End: st.End}
			art := v.Article(st.ArticleID)
			if ev.Date, err = sup.date(ctx, art); err != nil {
				return w, err
			}
			if !p.Contains(ev.Date) {
				continue
			}
			if ev.Headline, err = s.firstString(ctx, art, schema.Headline); err != nil {
				return w, err
			}
			if ev.URL, err = s.firstString(ctx, art, schema.URL); err != nil {
				return w, err
			}
			if st.Claimant != "" {
				c, ok := names[st.Claimant]
				if !ok {
					e, err := s.entity(ctx, st.Claimant)
					if err != nil {
						return w, err
					}
					c = &e
					names[st.Claimant] = c
				}
				ev.Claimant = c
			}
			if plain {
				w.Support = append(w.Support, ev)
			} else {
				w.Contrary = append(w.Contrary, ev)
			}
		}
	}
	w.Edge = len(w.Support) > 0
	for _, es := range [][]Evidence{w.Support, w.Contrary} {
		sort.SliceStable(es, func(i, j int) bool {
			a, b := es[i], es[j]
			if a.Date != b.Date {
				return a.Date < b.Date
			}
			if a.Article != b.Article {
				return a.Article < b.Article
			}
			return a.Start < b.Start
		})
	}
	return w, nil
}
