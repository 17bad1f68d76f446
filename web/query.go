package web

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"sort"
	"strconv"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/statekg/statekg/graph"
)

// gizmo is the one query language served, by the name Cayley gives it.
const gizmo = "gizmo"

// serveQueryV2 is Cayley's /api/v2/query?lang=gizmo: the query is the body
// of a POST or the qu parameter of a GET.
func (h *handler) serveQueryV2(w http.ResponseWriter, r *http.Request) {
	vals := r.URL.Query()
	switch lang := vals.Get("lang"); {
	case lang == "":
		writeError(w, http.StatusBadRequest, errors.New("query language not specified"))
		return
	case lang != gizmo:
		writeError(w, http.StatusBadRequest, errors.New("unknown query language"))
		return
	}
	var q string
	if r.Method == http.MethodGet {
		q = vals.Get("qu")
	} else {
		b, ok := h.readBody(w, r)
		if !ok {
			return
		}
		q = string(b)
	}
	if q == "" {
		writeError(w, http.StatusBadRequest, errors.New("query is empty"))
		return
	}
	h.runQuery(w, r, q, h.limit(vals.Get("limit")), false)
}

// serveQueryV1 is Cayley's /api/v1/query/gizmo: the query is the body, the
// limit the limit parameter.
func (h *handler) serveQueryV1(w http.ResponseWriter, r *http.Request) {
	if r.PathValue("lang") != gizmo {
		//lint:ignore ST1005 the error text of Cayley's own API, which its clients see
		writeError(w, http.StatusBadRequest, errors.New("Unknown query language."))
		return
	}
	b, ok := h.readBody(w, r)
	if !ok {
		return
	}
	h.runQuery(w, r, string(b), h.limit(r.URL.Query().Get("limit")), true)
}

// limit returns the number of results a request asks for with its limit
// parameter, within the handler's limit.
func (h *handler) limit(param string) int {
	n, err := strconv.Atoi(param)
	if err != nil || n <= 0 || n > h.opts.Limit {
		return h.opts.Limit
	}
	return n
}

// runQuery runs q and answers {"result": [...]} with its results as
// Cayley's JSON collation gives them (null for none), or {"error": "..."}.
// The v1 API escapes HTML characters in its output, as Cayley's does.
func (h *handler) runQuery(w http.ResponseWriter, r *http.Request, q string, limit int, escapeHTML bool) {
	ctx, cancel := context.WithTimeout(r.Context(), h.opts.Timeout)
	defer cancel()
	unlock := h.read()
	// The memory budget bounds the heap the query grows, and again the
	// size of its encoded results.
	var res []graph.Result
	sum, err := h.st.QueryEach(ctx, q, graph.QueryOptions{Limit: limit, Timeout: -1, MaxMemory: h.opts.MaxMemory}, func(r graph.Result) error {
		res = append(res, r)
		return nil
	})
	unlock()
	if err != nil {
		h.queryError(w, ctx, err)
		return
	}
	var out []json.RawMessage // null for no results, as Cayley
	size := int64(0)
	for _, r := range res {
		var buf bytes.Buffer
		if err := encodeResult(&buf, r, escapeHTML); err != nil {
			writeError(w, http.StatusInternalServerError, fmt.Errorf("encode a result: %w", err))
			return
		}
		size += int64(buf.Len())
		if size > h.opts.MaxMemory {
			writeError(w, http.StatusInsufficientStorage,
				fmt.Errorf("query results exceed the server's memory budget of %d bytes; ask for fewer (limit)", h.opts.MaxMemory))
			return
		}
		out = append(out, bytes.TrimRight(buf.Bytes(), "\n"))
	}
	if sum.Truncated {
		w.Header().Set("X-Statekg-Truncated", strconv.Itoa(limit))
	}
	w.Header().Set("Content-Type", "application/json")
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(escapeHTML)
	enc.Encode(map[string]any{"result": out})
}

// queryError answers the error of a query or a look-up: 503 when it ran
// out of the server's time, 400 (as Cayley) for an error of the query.
func (h *handler) queryError(w http.ResponseWriter, ctx context.Context, err error) {
	if errors.Is(err, graph.ErrMemory) {
		writeError(w, http.StatusInsufficientStorage,
			fmt.Errorf("stopped at the server's memory budget of %d bytes", h.opts.MaxMemory))
		return
	}
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		writeError(w, http.StatusServiceUnavailable,
			fmt.Errorf("stopped after the server's time limit of %s", h.opts.Timeout.Round(time.Millisecond)))
		return
	}
	writeError(w, http.StatusBadRequest, err)
}

// readQuads reads the N-Quads body of a write or a delete.
func (h *handler) readQuads(w http.ResponseWriter, r *http.Request) ([]quad.Quad, bool) {
	if !h.opts.Writable {
		writeError(w, http.StatusForbidden, errors.New("database is read-only"))
		return nil, false
	}
	b, ok := h.readBody(w, r)
	if !ok {
		return nil, false
	}
	var qs []quad.Quad
	rd := graph.NewNQuadsReader(bytes.NewReader(b))
	for {
		q, err := rd.ReadQuad()
		if err == io.EOF {
			return qs, true
		} else if err != nil {
			writeError(w, http.StatusBadRequest, fmt.Errorf("read N-Quads: %w", err))
			return nil, false
		}
		qs = append(qs, q)
	}
}

// serveWrite is Cayley's /api/v2/write: it adds the quads of an N-Quads
// body as 'statekg import' does, all or none.
func (h *handler) serveWrite(w http.ResponseWriter, r *http.Request) {
	qs, ok := h.readQuads(w, r)
	if !ok {
		return
	}
	h.mu.Lock()
	n, err := h.st.Import(r.Context(), quad.NewReader(qs))
	h.forgetNames()
	h.mu.Unlock()
	if err != nil {
		writeError(w, http.StatusBadRequest, err)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	fmt.Fprintf(w, `{"result": "Successfully wrote %d quads.", "count": %d}`+"\n", n, n)
}

// serveDelete is Cayley's /api/v2/delete: it removes the quads of an
// N-Quads body that the store holds, as stock Cayley does. Removing an
// article is 'statekg delete ID'; this removes only the quads given.
func (h *handler) serveDelete(w http.ResponseWriter, r *http.Request) {
	qs, ok := h.readQuads(w, r)
	if !ok {
		return
	}
	h.mu.Lock()
	err := h.st.RemoveQuads(r.Context(), qs)
	h.forgetNames()
	h.mu.Unlock()
	if err != nil {
		writeError(w, http.StatusInternalServerError, fmt.Errorf("delete: %w", err))
		return
	}
	w.Header().Set("Content-Type", "application/json")
	fmt.Fprintf(w, `{"result": "Successfully deleted %d quads.", "count": %d}`+"\n", len(qs), len(qs))
}

// encodeResult writes r as JSON: an emitted object with its keys in the
// order the query set them (the rest after them, sorted), for a table's
// columns and the page's graph; anything else as encoding/json does.
func encodeResult(buf *bytes.Buffer, r graph.Result, escapeHTML bool) error {
	enc := json.NewEncoder(buf)
	enc.SetEscapeHTML(escapeHTML)
	obj, ok := r.Value.(map[string]any)
	if !ok || len(r.Order) == 0 {
		return enc.Encode(r.JSON())
	}
	keys := make([]string, 0, len(obj))
	seen := make(map[string]bool, len(obj))
	for _, k := range r.Order {
		if _, ok := obj[k]; ok && !seen[k] {
			keys = append(keys, k)
			seen[k] = true
		}
	}
	rest := make([]string, 0, len(obj)-len(keys))
	for k := range obj {
		if !seen[k] {
			rest = append(rest, k)
		}
	}
	sort.Strings(rest)
	buf.WriteByte('{')
	for i, k := range append(keys, rest...) {
		if i > 0 {
			buf.WriteByte(',')
		}
		if err := enc.Encode(k); err != nil {
			return err
		}
		buf.Truncate(buf.Len() - 1) // the newline Encode adds
		buf.WriteByte(':')
		if err := enc.Encode(obj[k]); err != nil {
			return err
		}
		buf.Truncate(buf.Len() - 1)
	}
	buf.WriteString("}\n")
	return nil
}
