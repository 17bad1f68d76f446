package web_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sort"
	"strings"
	"testing"

	"github.com/statekg/statekg/graph"
	"github.com/statekg/statekg/web"
)

// BenchmarkExampleQueries sends each example query in turn, then a search,
// a card and an edge's evidence, to the handler serving the example graph
// from a leveldb store, as statekg serve does.
func BenchmarkExampleQueries(b *testing.B) {
	st, err := buildExamples(context.Background(), graph.Config{Backend: graph.LevelDB, Path: b.TempDir()})
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	h := web.New(st, web.Options{})
	qs := exampleQueries(b)
	names := make([]string, 0, len(qs))
	for n := range qs {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, name := range names {
		b.Run(strings.TrimSuffix(name, ".js"), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				w := httptest.NewRecorder()
				h.ServeHTTP(w, httptest.NewRequest("POST", "/api/v2/query?lang=gizmo", strings.NewReader(qs[name])))
				if w.Code != http.StatusOK {
					b.Fatalf("status %d: %s", w.Code, w.Body)
				}
			}
		})
	}
	russia := url.QueryEscape("<https://statekg.org/id/state/russia>")
	for _, l := range []struct{ name, path string }{
		{"search", "/api/search?q=" + url.QueryEscape("korea")},
		{"card", "/api/card?id=" + russia},
		{"why", "/api/why?s=" + url.QueryEscape("<https://statekg.org/id/state/united-kingdom>") + "&p=blames&o=" + russia},
	} {
		b.Run(l.name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				w := httptest.NewRecorder()
				h.ServeHTTP(w, httptest.NewRequest("GET", l.path, nil))
				if w.Code != http.StatusOK {
					b.Fatalf("status %d: %s", w.Code, w.Body)
				}
			}
		})
	}
}
