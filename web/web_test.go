package web_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sort"
	"strings"
	"testing"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/memstore"
	_ "github.com/cayleygraph/cayley/query/gizmo" // stock Gizmo, for stock Cayley's handler
	cayleyhttp "github.com/cayleygraph/cayley/server/http"
	_ "github.com/cayleygraph/cayley/writer" // Cayley's "single" quad writer
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/statekg/statekg/examples"
	"github.com/statekg/statekg/graph"
	"github.com/statekg/statekg/web"
)

// canonical returns the results of an answer as sorted JSON texts, with
// the arrays inside them sorted too: two stores of the same quads may list
// a node's values in different orders.
func canonical(t *testing.T, r response) []string {
	t.Helper()
	var out []string
	for _, v := range r.results(t) {
		b, err := json.Marshal(sortArrays(v))
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, string(b))
	}
	sort.Strings(out)
	return out
}

// sortArrays returns v with every array in it sorted by the JSON text of
// its elements.
func sortArrays(v any) any {
	switch v := v.(type) {
	case map[string]any:
		for k, e := range v {
			v[k] = sortArrays(e)
		}
	case []any:
		for i, e := range v {
			v[i] = sortArrays(e)
		}
		sort.Slice(v, func(i, j int) bool {
			a, _ := json.Marshal(v[i])
			b, _ := json.Marshal(v[j])
			return string(a) < string(b)
		})
	}
	return v
}

// stockCopy loads the N-Quads export of st into a Cayley memstore of its
// own, for stock Cayley's handler to answer from the same quads.
func stockCopy(t *testing.T, st *graph.Store) cgraph.QuadStore {
	t.Helper()
	var buf bytes.Buffer
	if err := st.Export(context.Background(), &buf, graph.NQuads, ""); err != nil {
		t.Fatal(err)
	}
	qs := memstore.New()
	w, err := cgraph.NewQuadWriter("single", qs, nil)
	if err != nil {
		t.Fatal(err)
	}
	quads, err := quad.ReadAll(nquads.NewReader(&buf, false))
	if err != nil {
		t.Fatal(err)
	}
	if err := w.AddQuadSet(quads); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return qs
}

// TestSameAsCayley runs every example query, an empty one, a failing one
// and one without results through stock Cayley v0.7.7's HTTP handler and
// through ours on the same quad store: the answers must be the same.
func TestSameAsCayley(t *testing.T) {
	st := exampleGraph(t)
	ours := newServer(t, st, web.Options{})
	stock := cayleyhttp.NewAPIv2(&cgraph.Handle{QuadStore: stockCopy(t, st)})
	stock.SetReadOnly(true)
	theirs := httptest.NewServer(stock)
	defer theirs.Close()

	queries := exampleQueries(t)
	queries["none"] = `g.V("<https://statekg.org/id/state/atlantis>").All()`
	answered := 0
	for name, q := range queries {
		t.Run(name, func(t *testing.T) {
			a := do(t, "POST", theirs.URL+"/api/v2/query?lang=gizmo", q)
			b := do(t, "POST", ours.URL+"/api/v2/query?lang=gizmo", q)
			if a.Status != b.Status {
				t.Fatalf("status: cayley %d, statekg %d", a.Status, b.Status)
			}
			ca, cb := canonical(t, a), canonical(t, b)
			if strings.Join(ca, "\n") != strings.Join(cb, "\n") {
				t.Fatalf("answers differ:\ncayley:  %s\nstatekg: %s", a.Body, b.Body)
			}
			if (a.JSON["result"] == nil) != (b.JSON["result"] == nil) {
				t.Fatalf("no results: cayley %s, statekg %s", a.Body, b.Body)
			}
			if len(ca) > 0 {
				answered++
			}
			v1 := do(t, "POST", ours.URL+"/api/v1/query/gizmo", q)
			if strings.Join(canonical(t, v1), "\n") != strings.Join(cb, "\n") {
				t.Fatalf("v1 and v2 differ:\nv1: %s\nv2: %s", v1.Body, b.Body)
			}
		})
	}
	if answered < 3 {
		t.Errorf("only %d example queries had results on the example graph", answered)
	}

	// Errors: the same status and an "error" string from both.
	for name, c := range map[string]struct{ path, body string }{
		"syntax":  {"/api/v2/query?lang=gizmo", "g.V(.All()"},
		"runtime": {"/api/v2/query?lang=gizmo", "g.V().Nothing()"},
		"no lang": {"/api/v2/query", "g.V().All()"},
		"lang":    {"/api/v2/query?lang=sparql", "g.V().All()"},
		"empty":   {"/api/v2/query?lang=gizmo", ""},
	} {
		a := do(t, "POST", theirs.URL+c.path, c.body)
		b := do(t, "POST", ours.URL+c.path, c.body)
		if a.Status != http.StatusBadRequest || b.Status != a.Status {
			t.Errorf("%s: status cayley %d, statekg %d", name, a.Status, b.Status)
		}
		if _, ok := b.JSON["error"].(string); !ok || len(b.JSON) != 1 {
			t.Errorf("%s: statekg answered %s, want {\"error\": ...}", name, b.Body)
		}
		if _, ok := a.JSON["error"].(string); !ok && a.JSON != nil {
			t.Errorf("%s: cayley answered %s", name, a.Body)
		}
	}

	// A GET with the query in qu, as Cayley's clients may send.
	q := queries["officials.js"]
	a := do(t, "GET", theirs.URL+"/api/v2/query?lang=gizmo&qu="+url.QueryEscape(q), "")
	b := do(t, "GET", ours.URL+"/api/v2/query?lang=gizmo&qu="+url.QueryEscape(q), "")
	if strings.Join(canonical(t, a), "\n") != strings.Join(canonical(t, b), "\n") {
		t.Errorf("GET answers differ:\ncayley:  %s\nstatekg: %s", a.Body, b.Body)
	}
}

func TestBodyLimit(t *testing.T) {
	srv := newServer(t, exampleGraph(t), web.Options{MaxBody: 64, Writable: true})
	q := "g.V().Has(\"<http://schema.org/name>\", \"" + strings.Repeat("x", 100) + "\").All()"
	for _, path := range []string{"/api/v2/query?lang=gizmo", "/api/v1/query/gizmo", "/api/v2/write", "/api/v2/delete"} {
		r := do(t, "POST", srv.URL+path, q)
		if r.Status != http.StatusRequestEntityTooLarge {
			t.Errorf("%s: status %d, want 413: %s", path, r.Status, r.Body)
		}
		if msg, _ := r.JSON["error"].(string); !strings.Contains(msg, "64 bytes") {
			t.Errorf("%s: error %q does not give the limit", path, msg)
		}
	}
	if r := do(t, "POST", srv.URL+"/api/v2/query?lang=gizmo", "g.V().Limit(1).All()"); r.Status != http.StatusOK {
		t.Errorf("a query within the limit: status %d: %s", r.Status, r.Body)
	}
}

func TestTimeout(t *testing.T) {
	srv := newServer(t, exampleGraph(t), web.Options{Timeout: 200 * time.Millisecond})
	start := time.Now()
	r := do(t, "POST", srv.URL+"/api/v2/query?lang=gizmo", "while (true) {}")
	if el := time.Since(start); el > 5*time.Second {
		t.Errorf("the query ran %s with a limit of 200ms", el)
	}
	if r.Status != http.StatusServiceUnavailable {
		t.Fatalf("status %d, want 503: %s", r.Status, r.Body)
	}
	if msg, _ := r.JSON["error"].(string); !strings.Contains(msg, "time limit of 200ms") {
		t.Errorf("error %q does not give the limit", msg)
	}
	// The server still answers.
	if r := do(t, "POST", srv.URL+"/api/v2/query?lang=gizmo", "g.V().Limit(1).All()"); r.Status != http.StatusOK {
		t.Errorf("after a timeout: status %d: %s", r.Status, r.Body)
	}
}

func TestResultLimit(t *testing.T) {
	srv := newServer(t, exampleGraph(t), web.Options{Limit: 3})
	q := "g.V().All()"
	r := do(t, "POST", srv.URL+"/api/v2/query?lang=gizmo", q)
	if n := len(r.results(t)); n != 3 {
		t.Errorf("limit 3: %d results", n)
	}
	if r.Header.Get("X-Statekg-Truncated") != "3" {
		t.Errorf("a cut answer does not say so: header %q", r.Header.Get("X-Statekg-Truncated"))
	}
	for path, want := range map[string]int{
		"/api/v2/query?lang=gizmo&limit=2":  2,
		"/api/v1/query/gizmo?limit=1":       1,
		"/api/v1/query/gizmo?limit=1000":    3, // no more than the server allows
		"/api/v2/query?lang=gizmo&limit=-5": 3,
	} {
		if n := len(do(t, "POST", srv.URL+path, q).results(t)); n != want {
			t.Errorf("%s: %d results, want %d", path, n, want)
		}
	}
	r = do(t, "POST", srv.URL+"/api/v2/query?lang=gizmo", `g.V("<https://statekg.org/id/state/north-korea>").All()`)
	if len(r.results(t)) != 1 || r.Header.Get("X-Statekg-Truncated") != "" {
		t.Errorf("an answer within the limit: %s, header %q", r.Body, r.Header.Get("X-Statekg-Truncated"))
	}
	if n := len(do(t, "GET", srv.URL+"/api/search?q=a&limit=100", "").results(t)); n > 3 {
		t.Errorf("search: %d results with a limit of 3", n)
	}
}

func TestMemoryBudget(t *testing.T) {
	st := exampleGraph(t)
	q := exampleQueries(t)["who-blamed-whom.js"]
	full := do(t, "POST", newServer(t, st, web.Options{}).URL+"/api/v2/query?lang=gizmo", q)
	if len(full.results(t)) < 2 {
		t.Fatalf("who-blamed-whom has too few results to test: %s", full.Body)
	}
	srv := newServer(t, st, web.Options{MaxMemory: int64(len(full.Body) / 2)})
	r := do(t, "POST", srv.URL+"/api/v2/query?lang=gizmo", q)
	if r.Status != http.StatusInsufficientStorage {
		t.Fatalf("status %d, want 507: %.300s", r.Status, r.Body)
	}
	if msg, _ := r.JSON["error"].(string); !strings.Contains(msg, "memory budget") {
		t.Errorf("error %q does not name the budget", msg)
	}
	if r := do(t, "POST", srv.URL+"/api/v2/query?lang=gizmo&limit=1", q); r.Status != http.StatusOK {
		t.Errorf("one result within the budget: status %d: %s", r.Status, r.Body)
	}
}

func TestReadOnly(t *testing.T) {
	st, err := graph.Open(t.Context(), graph.Config{Backend: graph.Memstore})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	nq := "<https://example.org/a> <http://schema.org/name> \"Atlantis\" <https://example.org/g> .\n" +
		"<https://example.org/a> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://statekg.org/ns/State> <https://example.org/g> .\n"
	find := `g.V().Has("<http://schema.org/name>", "Atlantis").All()`

	ro := newServer(t, st, web.Options{})
	for _, path := range []string{"/api/v2/write", "/api/v2/delete"} {
		r := do(t, "POST", ro.URL+path, nq)
		if r.Status != http.StatusForbidden || r.JSON["error"] != "database is read-only" {
			t.Errorf("read-only %s: status %d: %s", path, r.Status, r.Body)
		}
	}
	if n := len(do(t, "POST", ro.URL+"/api/v2/query?lang=gizmo", find).results(t)); n != 0 {
		t.Fatalf("a refused write wrote: %d results", n)
	}

	// A page of another site cannot write, even to a writable server.
	rw := newServer(t, st, web.Options{Writable: true})
	r := do(t, "POST", rw.URL+"/api/v2/write", nq, "Origin", "https://elsewhere.example", "Content-Type", "text/plain")
	if r.Status != http.StatusForbidden {
		t.Errorf("a cross-origin write: status %d: %s", r.Status, r.Body)
	}
	if r := do(t, "POST", rw.URL+"/api/v2/query?lang=gizmo", find, "Origin", rw.URL); r.Status != http.StatusOK {
		t.Errorf("a same-origin query: status %d: %s", r.Status, r.Body)
	}

	if n := len(do(t, "GET", rw.URL+"/api/search?q=atlant", "").results(t)); n != 0 {
		t.Fatalf("search before the write: %d results", n)
	}
	r = do(t, "POST", rw.URL+"/api/v2/write", nq)
	if r.Status != http.StatusOK || r.JSON["count"] != 2.0 || r.JSON["result"] != "Successfully wrote 2 quads." {
		t.Fatalf("write: status %d: %s", r.Status, r.Body)
	}
	if n := len(do(t, "POST", rw.URL+"/api/v2/query?lang=gizmo", find).results(t)); n != 1 {
		t.Fatalf("after the write: %d results, want 1", n)
	}
	if n := len(do(t, "GET", rw.URL+"/api/search?q=atlant", "").results(t)); n != 1 {
		t.Fatalf("search after the write: %d results, want 1", n)
	}
	if r := do(t, "POST", rw.URL+"/api/v2/write", "<a> <b> ."); r.Status != http.StatusBadRequest {
		t.Errorf("bad N-Quads: status %d: %s", r.Status, r.Body)
	}
	r = do(t, "POST", rw.URL+"/api/v2/delete", nq)
	if r.Status != http.StatusOK || r.JSON["count"] != 2.0 {
		t.Fatalf("delete: status %d: %s", r.Status, r.Body)
	}
	if n := len(do(t, "GET", rw.URL+"/api/search?q=atlant", "").results(t)); n != 0 {
		t.Fatalf("search after the delete: %d results, want 0", n)
	}
	if n := len(do(t, "POST", rw.URL+"/api/v2/query?lang=gizmo", find).results(t)); n != 0 {
		t.Fatalf("after the delete: %d results, want 0", n)
	}
}

func TestToken(t *testing.T) {
	srv := newServer(t, exampleGraph(t), web.Options{Token: "s3cret"})
	q := "g.V().Limit(1).All()"
	for name, hdr := range map[string][]string{
		"none":   nil,
		"wrong":  {"Authorization", "Bearer nope"},
		"basic":  {"Authorization", "Basic czNjcmV0"},
		"prefix": {"Authorization", "Bearer s3cre"},
	} {
		r := do(t, "POST", srv.URL+"/api/v2/query?lang=gizmo", q, hdr...)
		if r.Status != http.StatusUnauthorized || r.JSON["error"] == nil {
			t.Errorf("%s: status %d: %s", name, r.Status, r.Body)
		}
	}
	if r := do(t, "GET", srv.URL+"/api/search?q=korea", ""); r.Status != http.StatusUnauthorized {
		t.Errorf("search without the token: status %d", r.Status)
	}
	if r := do(t, "POST", srv.URL+"/api/v2/query?lang=gizmo", q, "Authorization", "Bearer s3cret"); r.Status != http.StatusOK {
		t.Errorf("with the token: status %d: %s", r.Status, r.Body)
	}
	// The page holds no data: it loads without the token, and asks for it.
	if r := do(t, "GET", srv.URL+"/", ""); r.Status != http.StatusOK {
		t.Errorf("page: status %d", r.Status)
	}
}

func TestSearchAndNode(t *testing.T) {
	srv := newServer(t, exampleGraph(t), web.Options{})
	r := do(t, "GET", srv.URL+"/api/search?q=north%20KOR", "")
	res := r.results(t)
	if len(res) == 0 {
		t.Fatalf("search north KOR: nothing: %s", r.Body)
	}
	first := res[0].(map[string]any)
	if first["name"] != "North Korea" || first["type"] != "State" || first["id"] != "<https://statekg.org/id/state/north-korea>" {
		t.Errorf("search north KOR: first %v", first)
	}
	if r := do(t, "GET", srv.URL+"/api/search", ""); r.Status != http.StatusBadRequest {
		t.Errorf("search without q: status %d", r.Status)
	}

	r = do(t, "GET", srv.URL+"/api/node?id="+url.QueryEscape("<https://statekg.org/id/state/north-korea>"), "")
	if r.Status != http.StatusOK {
		t.Fatalf("node: status %d: %s", r.Status, r.Body)
	}
	n := r.JSON["result"].(map[string]any)
	if node := n["node"].(map[string]any); node["name"] != "North Korea" || node["type"] != "State" {
		t.Errorf("node: %v", node)
	}
	blamed := false
	for _, e := range n["in"].([]any) {
		e := e.(map[string]any)
		other := e["node"].(map[string]any)
		if e["predicate"] == "<https://statekg.org/ns/blames>" && other["name"] != "" && other["type"] != "" {
			blamed = true
		}
	}
	if !blamed {
		t.Errorf("no named accuser among North Korea's edges in: %.500s", r.Body)
	}
	if r := do(t, "GET", srv.URL+"/api/node?id=north", ""); r.Status != http.StatusBadRequest {
		t.Errorf("node id north: status %d", r.Status)
	}
}

func TestExamples(t *testing.T) {
	srv := newServer(t, exampleGraph(t), web.Options{Examples: mustSub(t)})
	res := do(t, "GET", srv.URL+"/api/examples", "").results(t)
	want := exampleQueries(t)
	if len(res) != len(want) {
		t.Fatalf("%d examples, want %d", len(res), len(want))
	}
	for _, e := range res {
		e := e.(map[string]any)
		name, _ := e["name"].(string)
		if e["query"] != want[name] || e["title"] == "" || strings.HasPrefix(e["title"].(string), "//") {
			t.Errorf("example %s: %v", name, e)
		}
	}
	if r := do(t, "GET", srv.URL+"/api/nothing", ""); r.Status != http.StatusNotFound || r.JSON["error"] == nil {
		t.Errorf("unknown endpoint: status %d: %s", r.Status, r.Body)
	}
}

func mustSub(t *testing.T) fs.FS {
	t.Helper()
	sub, err := fs.Sub(examples.Queries, "queries")
	if err != nil {
		t.Fatal(err)
	}
	return sub
}

// TestEmitOrder: an emitted object keeps the order of its keys, as the
// query set them, in the answer's text.
func TestEmitOrder(t *testing.T) {
	srv := newServer(t, exampleGraph(t), web.Options{})
	r := do(t, "POST", srv.URL+"/api/v2/query?lang=gizmo", `g.Emit({zulu: 1, alpha: "<b>", mike: {y: 2, x: [1, 2]}})`)
	want := `{"result":[{"zulu":1,"alpha":"<b>","mike":{"x":[1,2],"y":2}}]}`
	if got := strings.TrimSpace(string(r.Body)); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	r = do(t, "POST", srv.URL+"/api/v1/query/gizmo", `g.Emit({zulu: 1, alpha: "<b>"})`)
	want = `{"result":[{"zulu":1,"alpha":"\u003cb\u003e"}]}`
	if got := strings.TrimSpace(string(r.Body)); got != want {
		t.Errorf("v1: got  %s\nwant %s", got, want)
	}
}
