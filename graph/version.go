package graph

import (
	"context"
	"errors"
	"fmt"
	"strconv"

	"github.com/cayleygraph/cayley/graph/path"
	"github.com/cayleygraph/quad"

	"github.com/statekg/statekg/schema"
)

// ErrFormat is returned (wrapped) by Open for a store written by another
// graph model than schema.FormatVersion: it has to be rebuilt from its
// articles.
var ErrFormat = errors.New("store has another graph model")

// FormatError says which graph model a store holds.
type FormatError struct {
	Version int // the store's model: 1 for the stores that state none
}

// Error says what the store holds and how to rebuild it.
func (e *FormatError) Error() string {
	return fmt.Sprintf("the store holds graph model %d, and this statekg reads model %d: "+
		"rebuild it from its articles into a new store (statekg build --db NEWSTORE ARTICLES...) "+
		"or delete it and build again", e.Version, schema.FormatVersion)
}

// Unwrap returns ErrFormat.
func (e *FormatError) Unwrap() error { return ErrFormat }

// versionQuad is the quad, in the default graph, that states the graph
// model of the store.
func (s *Store) versionQuad() quad.Quad {
	return quad.Quad{
		Subject:   s.vocab.Base(),
		Predicate: s.vocab.Term(schema.TermFormatVersion),
		Object:    schema.Integer(schema.FormatVersion),
	}
}

// checkFormat returns a *FormatError for a store of another graph model:
// one whose version quad states another version, or one with articles and
// no version quad (model 1 stated none). An empty store is of no model yet:
// Load writes the version with its first quads. The answer is kept.
func (s *Store) checkFormat(ctx context.Context) error {
	if s.versioned {
		return nil
	}
	var versions []int
	err := path.StartPath(s.qs, s.vocab.Base()).Out(s.vocab.Term(schema.TermFormatVersion)).
		Iterate(ctx).EachValue(s.qs, func(v quad.Value) {
		n, err := strconv.Atoi(Text(v))
		if err != nil {
			n = -1
		}
		versions = append(versions, n)
	})
	if err != nil {
		return err
	}
	switch {
	case len(versions) == 1 && versions[0] == schema.FormatVersion:
		s.versioned = true
		return nil
	case len(versions) > 0:
		return &FormatError{Version: versions[0]}
	}
	n, err := path.StartPath(s.qs, s.vocab.Term(schema.TermArticle)).In(schema.RDFType).
		Iterate(ctx).Limit(1).Count()
	if err != nil {
		return err
	}
	if n > 0 {
		return &FormatError{Version: 1}
	}
	return nil
}
