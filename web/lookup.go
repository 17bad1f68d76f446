package web

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"net/http"
	"path"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/statekg/statekg/graph"
)

// entityJSON is an entity found by /api/search.
type entityJSON struct {
	ID      string   `json:"id"` // the IRI in N-Quads form, as query results give it
	Type    string   `json:"type"`
	Name    string   `json:"name"`
	Names   []string `json:"names,omitempty"`   // its other names
	Matched []string `json:"matched,omitempty"` // the names that contain the text
}

// nodeJSON is a node of a neighbourhood.
type nodeJSON struct {
	ID   string `json:"id"` // N-Quads form: "<IRI>", "_:b", or a literal's text
	Name string `json:"name,omitempty"`
	Type string `json:"type,omitempty"`
}

// edgeJSON is an edge of a neighbourhood.
type edgeJSON struct {
	Predicate string   `json:"predicate"` // IRI in N-Quads form
	Node      nodeJSON `json:"node"`
	Quads     int      `json:"quads"`
}

// neighbourhoodJSON is the answer of /api/node.
type neighbourhoodJSON struct {
	Node      nodeJSON   `json:"node"`
	Names     []string   `json:"names,omitempty"`
	Out       []edgeJSON `json:"out"`
	In        []edgeJSON `json:"in"`
	Truncated bool       `json:"truncated,omitempty"`
}

// lookupContext bounds a look-up by the server's time limit and shares the
// store with other readers.
func (h *handler) lookupContext(r *http.Request) (context.Context, func()) {
	ctx, cancel := context.WithTimeout(r.Context(), h.opts.Timeout)
	unlock := h.read()
	return ctx, func() { unlock(); cancel() }
}

// serveSearch answers /api/search?q=TEXT with the entities having a name
// that contains TEXT, best matches first.
func (h *handler) serveSearch(w http.ResponseWriter, r *http.Request) {
	text := strings.TrimSpace(r.URL.Query().Get("q"))
	if text == "" {
		writeError(w, http.StatusBadRequest, errors.New("search: give the text to look for as q"))
		return
	}
	ctx, done := h.lookupContext(r)
	idx, err := h.nameIndex(ctx)
	done()
	if err != nil {
		h.queryError(w, ctx, err)
		return
	}
	ms, err := idx.Search(text, h.limit(r.URL.Query().Get("limit")))
	if err != nil {
		writeError(w, http.StatusBadRequest, err)
		return
	}
	out := make([]entityJSON, len(ms))
	for i, m := range ms {
		out[i] = entityJSON{ID: m.IRI.String(), Type: string(m.Type), Name: m.Name, Names: m.Names, Matched: m.Matched}
	}
	writeResult(w, out)
}

// nameIndex returns the index of entity names, reading it when there is
// none. The caller holds h.mu for reading.
func (h *handler) nameIndex(ctx context.Context) (*graph.Names, error) {
	h.namesMu.Lock()
	defer h.namesMu.Unlock()
	if h.names == nil {
		idx, err := h.st.Names(ctx)
		if err != nil {
			return nil, err
		}
		h.names = idx
	}
	return h.names, nil
}

// forgetNames drops the index of entity names after a write. The caller
// holds h.mu for writing.
func (h *handler) forgetNames() {
	h.namesMu.Lock()
	h.names = nil
	h.namesMu.Unlock()
}

// serveNode answers /api/node?id=NODE with the node's neighbourhood. NODE
// is an IRI in N-Quads form ("<https://...>") or bare, or a blank node.
func (h *handler) serveNode(w http.ResponseWriter, r *http.Request) {
	id := strings.TrimSpace(r.URL.Query().Get("id"))
	var v quad.Value
	if b, ok := strings.CutPrefix(id, "_:"); ok && b != "" {
		v = quad.BNode(b)
	} else {
		iri, err := parseIRI("node", "id", id)
		if err != nil {
			writeError(w, http.StatusBadRequest, err)
			return
		}
		v = iri
	}
	ctx, done := h.lookupContext(r)
	n, err := h.st.Neighbours(ctx, v, h.limit(r.URL.Query().Get("limit")))
	done()
	if err != nil {
		h.queryError(w, ctx, err)
		return
	}
	edges := func(es []graph.Edge) []edgeJSON {
		out := make([]edgeJSON, len(es))
		for i, e := range es {
			out[i] = edgeJSON{Predicate: e.Predicate.String(), Node: toNodeJSON(e.Node), Quads: e.Quads}
		}
		return out
	}
	writeResult(w, neighbourhoodJSON{
		Node: toNodeJSON(n.Node), Names: n.Names,
		Out: edges(n.Out), In: edges(n.In), Truncated: n.Truncated,
	})
}

func toNodeJSON(n graph.Node) nodeJSON {
	out := nodeJSON{Name: n.Name, Type: n.Type}
	switch v := n.Value.(type) {
	case quad.IRI, quad.BNode:
		out.ID = v.String()
	default:
		out.ID = graph.Text(v)
	}
	return out
}

// example is an example query the page offers.
type example struct {
	Name  string `json:"name"`  // file name
	Title string `json:"title"` // its first comment line
	Query string `json:"query"`
}

// serveExamples answers /api/examples with the example queries, sorted by
// file name.
func (h *handler) serveExamples(w http.ResponseWriter, r *http.Request) {
	out, err := examples(h.opts.Examples)
	if err != nil {
		writeError(w, http.StatusInternalServerError, err)
		return
	}
	writeResult(w, out)
}

// examples reads the *.js files of fsys.
func examples(fsys fs.FS) ([]example, error) {
	out := []example{}
	if fsys == nil {
		return out, nil
	}
	names, err := fs.Glob(fsys, "*.js")
	if err != nil {
		return nil, fmt.Errorf("examples: %w", err)
	}
	sort.Strings(names)
	for _, name := range names {
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, fmt.Errorf("examples: %w", err)
		}
		e := example{Name: path.Base(name), Title: strings.TrimSuffix(path.Base(name), ".js"), Query: string(b)}
		sc := bufio.NewScanner(strings.NewReader(e.Query))
		if sc.Scan() {
			if t, ok := strings.CutPrefix(strings.TrimSpace(sc.Text()), "//"); ok && strings.TrimSpace(t) != "" {
				e.Title = strings.TrimSpace(t)
			}
		}
		out = append(out, e)
	}
	return out, nil
}
