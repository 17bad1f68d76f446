package graph_test

import (
	"context"
	"testing"

	"github.com/statekg/statekg/graph"
	"github.com/statekg/statekg/internal/pgtest"
)

func TestPostgres(t *testing.T) {
	addr := pgtest.Server(t)
	testBackend(t, func(t testing.TB) *graph.Store {
		st, err := graph.Open(context.Background(), graph.Config{Backend: graph.Postgres, Path: pgtest.Fresh(t, addr)})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { st.Close() })
		return st
	})
}
