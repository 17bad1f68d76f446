package web

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/statekg/statekg/graph"
	"github.com/statekg/statekg/schema"
)

// parseIRI reads the parameter param of endpoint what as an IRI, in
// N-Quads form ("<https://...>") or bare ("https://...").
func parseIRI(what, param, s string) (quad.IRI, error) {
	s = strings.TrimSpace(s)
	switch {
	case s == "":
		return "", fmt.Errorf("%s: give %s=<IRI>", what, param)
	case strings.HasPrefix(s, "<") && strings.HasSuffix(s, ">") && len(s) > 2:
		s = s[1 : len(s)-1]
	}
	if !strings.Contains(s, ":") || strings.ContainsAny(s, "<> \"{}|\\^`") {
		return "", fmt.Errorf("%s: %s %q is not an IRI", what, param, s)
	}
	return quad.IRI(s), nil
}

// period reads since= and until= of r.
func period(what string, r *http.Request) (graph.Period, error) {
	q := r.URL.Query()
	p, err := graph.ParsePeriod(strings.TrimSpace(q.Get("since")), strings.TrimSpace(q.Get("until")))
	if err != nil {
		return p, fmt.Errorf("%s: %w", what, err)
	}
	return p, nil
}

// serveCard answers /api/card?id=IRI[&since=DATE&until=DATE] with the
// entity's card, as graph.Store.Card makes it: 404 when the IRI is no
// entity of the graph.
func (h *handler) serveCard(w http.ResponseWriter, r *http.Request) {
	iri, err := parseIRI("card", "id", r.URL.Query().Get("id"))
	if err != nil {
		writeError(w, http.StatusBadRequest, err)
		return
	}
	p, err := period("card", r)
	if err != nil {
		writeError(w, http.StatusBadRequest, err)
		return
	}
	ctx, done := h.lookupContext(r)
	c, err := h.st.Card(ctx, iri, p)
	done()
	if err != nil {
		h.lookupError(w, ctx, err)
		return
	}
	writeResult(w, c)
}

// whyJSON is the answer of /api/why: graph.Why, and the IRI of each
// article it cites, for a link to the article's statements.
type whyJSON struct {
	graph.Why
	Articles map[string]string `json:"articles"` // article id → its IRI in N-Quads form
}

// serveWhy answers /api/why?s=IRI&p=PREDICATE&o=IRI-or-text[&since=&until=]
// with the evidence of the edge, as graph.Store.Why gives it. The object
// of a predicate that takes a literal (position) is its text.
func (h *handler) serveWhy(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	subj, err := parseIRI("why", "s", q.Get("s"))
	if err != nil {
		writeError(w, http.StatusBadRequest, err)
		return
	}
	ps := strings.TrimSpace(q.Get("p"))
	if ps == "" {
		writeError(w, http.StatusBadRequest, errors.New("why: give the predicate as p=WORD (blames, officialOf, ...)"))
		return
	}
	pred, err := schema.ParsePredicate(ps)
	if err != nil {
		writeError(w, http.StatusBadRequest, fmt.Errorf("why: %w", err))
		return
	}
	var obj quad.Value
	if pred.Literal() {
		o := strings.TrimSpace(q.Get("o"))
		if o == "" {
			writeError(w, http.StatusBadRequest, errors.New("why: give the object as o=TEXT"))
			return
		}
		obj = quad.String(o)
	} else {
		oi, err := parseIRI("why", "o", q.Get("o"))
		if err != nil {
			writeError(w, http.StatusBadRequest, err)
			return
		}
		obj = oi
	}
	p, err := period("why", r)
	if err != nil {
		writeError(w, http.StatusBadRequest, err)
		return
	}
	ctx, done := h.lookupContext(r)
	y, err := h.st.Why(ctx, subj, pred, obj, p)
	done()
	if err != nil {
		h.lookupError(w, ctx, err)
		return
	}
	out := whyJSON{Why: y, Articles: make(map[string]string)}
	v := h.st.Vocab()
	for _, es := range [][]graph.Evidence{y.Support, y.Contrary} {
		for _, e := range es {
			out.Articles[e.Article] = v.Article(e.Article).String()
		}
	}
	writeResult(w, out)
}

// lookupError answers the error of a card or why look-up: 404 for an IRI
// that is no entity of the graph, else as queryError.
func (h *handler) lookupError(w http.ResponseWriter, ctx context.Context, err error) {
	if !errors.Is(ctx.Err(), context.DeadlineExceeded) && errors.Is(err, graph.ErrNotEntity) {
		writeError(w, http.StatusNotFound, err)
		return
	}
	h.queryError(w, ctx, err)
}
