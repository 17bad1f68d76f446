package web_test

import (
	"context"
	"fmt"
	"io"
	"net/http/httptest"
	"strings"

	"github.com/statekg/statekg/graph"
	"github.com/statekg/statekg/web"
)

func ExampleNew() {
	ctx := context.Background()
	st, err := graph.Open(ctx, graph.Config{Backend: graph.Memstore})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer st.Close()
	nq := `<https://statekg.org/id/state/north-korea> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://statekg.org/ns/State> .
<https://statekg.org/id/state/north-korea> <http://schema.org/name> "North Korea" .
`
	if _, err := st.Import(ctx, graph.NewNQuadsReader(strings.NewReader(nq))); err != nil {
		fmt.Println(err)
		return
	}
	srv := httptest.NewServer(web.New(st, web.Options{Limit: 10}))
	defer srv.Close()

	for _, req := range []struct{ method, path, body string }{
		{"POST", "/api/v2/query?lang=gizmo", `g.V().Has("<http://schema.org/name>", "North Korea").All()`},
		{"GET", "/api/search?q=korea", ""},
		{"GET", "/api/card?id=https://statekg.org/id/state/north-korea", ""},
		{"POST", "/api/v2/write", nq},
	} {
		r := httptest.NewRequest(req.method, srv.URL+req.path, strings.NewReader(req.body))
		r.RequestURI = ""
		resp, err := srv.Client().Do(r)
		if err != nil {
			fmt.Println(err)
			return
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Print(resp.StatusCode, " ", string(b))
	}
	// Output:
	// 200 {"result":[{"id":"<https://statekg.org/id/state/north-korea>"}]}
	// 200 {"result":[{"id":"<https://statekg.org/id/state/north-korea>","type":"State","name":"North Korea","matched":["North Korea"]}]}
	// 200 {"result":{"iri":"https://statekg.org/id/state/north-korea","type":"State","name":"North Korea","articles":0,"out":[],"in":[]}}
	// 403 {"error":"database is read-only"}
}
