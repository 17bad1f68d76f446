package web_test

import (
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"

	"github.com/statekg/statekg/graph"
	"github.com/statekg/statekg/web"
)

// TestConcurrentReads sends queries, searches, cards, evidence and
// neighbourhood look-ups
// from several goroutines at once, to a memstore and to a leveldb store
// (run with -race to check the sharing).
func TestConcurrentReads(t *testing.T) {
	t.Run("memstore", func(t *testing.T) { concurrentReads(t, exampleGraph(t), 5) })
	t.Run("leveldb", func(t *testing.T) {
		st, err := buildExamples(t.Context(), graph.Config{Backend: graph.LevelDB, Path: t.TempDir()})
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		concurrentReads(t, st, 1)
	})
}

func concurrentReads(t *testing.T, st *graph.Store, rounds int) {
	srv := newServer(t, st, web.Options{})
	qs := exampleQueries(t)
	var wg sync.WaitGroup
	errs := make(chan string, 100)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < rounds; i++ {
				for name, q := range qs {
					for _, req := range []struct{ method, url, body string }{
						{"POST", srv.URL + "/api/v2/query?lang=gizmo", q},
						{"GET", srv.URL + "/api/search?q=" + url.QueryEscape(name[:3]), ""},
						{"GET", srv.URL + "/api/node?id=" + url.QueryEscape("<https://statekg.org/id/state/russia>"), ""},
						{"GET", srv.URL + "/api/card?id=" + url.QueryEscape("<https://statekg.org/id/state/russia>"), ""},
						{"GET", srv.URL + "/api/why?s=" + url.QueryEscape("<https://statekg.org/id/state/united-kingdom>") +
							"&p=blames&o=" + url.QueryEscape("<https://statekg.org/id/state/russia>"), ""},
					} {
						r, err := http.NewRequest(req.method, req.url, nil)
						if req.body != "" {
							r, err = http.NewRequest(req.method, req.url, strings.NewReader(req.body))
						}
						if err != nil {
							errs <- err.Error()
							return
						}
						resp, err := http.DefaultClient.Do(r)
						if err != nil {
							errs <- err.Error()
							return
						}
						resp.Body.Close()
						if resp.StatusCode != http.StatusOK {
							errs <- req.url + ": " + resp.Status
						}
					}
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}
