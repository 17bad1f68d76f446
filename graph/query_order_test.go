package graph_test

import (
	"context"
	"slices"
	"testing"

	"github.com/statekg/statekg/graph"
)

// An emitted object keeps the order of its keys, so output in columns can
// follow the query.
func TestQueryEmitOrder(t *testing.T) {
	ctx := context.Background()
	st, err := graph.Open(ctx, graph.Config{Backend: graph.Memstore})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	res, err := st.Query(ctx, `g.Emit({zeta: 1, alpha: "a", mid: [1, 2]}); g.Emit(3)`, graph.QueryOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res) != 2 {
		t.Fatalf("got %d results, want 2", len(res))
	}
	if want := []string{"zeta", "alpha", "mid"}; !slices.Equal(res[0].Order, want) {
		t.Errorf("Order = %q, want %q", res[0].Order, want)
	}
	if res[1].Order != nil {
		t.Errorf("Order of an emitted number = %q, want none", res[1].Order)
	}
}
