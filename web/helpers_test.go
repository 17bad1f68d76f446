package web_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/statekg/statekg/corpus"
	"github.com/statekg/statekg/examples"
	"github.com/statekg/statekg/extract"
	"github.com/statekg/statekg/graph"
	"github.com/statekg/statekg/schema"
	"github.com/statekg/statekg/web"
)

var (
	exampleOnce  sync.Once
	exampleStore *graph.Store
	exampleErr   error
)

// exampleGraph returns a memstore holding the graph of examples/articles,
// built once for every test of the package; tests must not write to it.
func exampleGraph(t testing.TB) *graph.Store {
	t.Helper()
	exampleOnce.Do(func() {
		exampleStore, exampleErr = buildExamples(context.Background(), graph.Config{Backend: graph.Memstore})
	})
	if exampleErr != nil {
		t.Fatal(exampleErr)
	}
	return exampleStore
}

func buildExamples(ctx context.Context, cfg graph.Config) (*graph.Store, error) {
	x, err := extract.New(extract.Config{})
	if err != nil {
		return nil, err
	}
	st, err := graph.Open(ctx, cfg)
	if err != nil {
		return nil, err
	}
	src := func(ctx context.Context, yield func(schema.Article) error) error {
		_, err := corpus.Walk(ctx, []string{"../examples/articles"}, yield)
		return err
	}
	if _, err := graph.Build(ctx, st, src, x, graph.BuildOptions{}); err != nil {
		st.Close()
		return nil, err
	}
	return st, nil
}

// exampleQueries returns the example queries by file name.
func exampleQueries(t testing.TB) map[string]string {
	t.Helper()
	out := map[string]string{}
	entries, err := examples.Queries.ReadDir("queries")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		b, err := examples.Queries.ReadFile("queries/" + e.Name())
		if err != nil {
			t.Fatal(err)
		}
		out[e.Name()] = string(b)
	}
	if len(out) == 0 {
		t.Fatal("no example queries embedded")
	}
	return out
}

// newServer serves st with opts on a test server closed with the test.
func newServer(t testing.TB, st *graph.Store, opts web.Options) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(web.New(st, opts))
	t.Cleanup(srv.Close)
	return srv
}

// response is an answer of the server: status, headers, decoded body.
type response struct {
	Status int
	Header http.Header
	Body   []byte
	JSON   map[string]any
}

// do sends a request and decodes its JSON answer.
func do(t testing.TB, method, url, body string, header ...string) response {
	t.Helper()
	var rd io.Reader
	if body != "" {
		rd = strings.NewReader(body)
	}
	req, err := http.NewRequest(method, url, rd)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	r := response{Status: resp.StatusCode, Header: resp.Header, Body: b}
	if strings.HasPrefix(resp.Header.Get("Content-Type"), "application/json") {
		if err := json.Unmarshal(b, &r.JSON); err != nil {
			t.Fatalf("%s %s: answer is not a JSON object: %v\n%s", method, url, err, b)
		}
	}
	return r
}

// results returns the result array of an answer, failing unless it is one.
func (r response) results(t testing.TB) []any {
	t.Helper()
	if r.Status != http.StatusOK {
		t.Fatalf("status %d: %s", r.Status, r.Body)
	}
	v, ok := r.JSON["result"]
	if !ok {
		t.Fatalf("no result in %s", r.Body)
	}
	if v == nil {
		return nil
	}
	arr, ok := v.([]any)
	if !ok {
		t.Fatalf("result is not an array: %s", r.Body)
	}
	return arr
}
