package graph_test

import (
	"context"
	"encoding/json"
	"reflect"
	"sort"
	"strings"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/path"
	"github.com/cayleygraph/quad"

	"github.com/statekg/statekg/graph"
	"github.com/statekg/statekg/internal/newsgen"
	"github.com/statekg/statekg/schema"
)

// TestPrefixScan checks that a hop into a node through one predicate,
// In(p) from a node, reads the object–predicate–subject index's prefix
// on the key-value backends, not every quad of the node intersected with
// every quad of the predicate, and that every kind of hop from a node
// gives the same results as on the memstore.
func TestPrefixScan(t *testing.T) {
	g := newsgen.New(3)
	var docs []*schema.Document
	for i := 0; i < 40; i++ {
		docs = append(docs, g.Document(i))
	}
	mem := openMem(t)
	mustLoad(t, mem, docs...)
	v := mem.Vocab()
	nk := v.Entity(schema.State, "North Korea").String()
	blames := v.Predicate(schema.Blames).String()
	obj := schema.RDFObject.String()
	pred := schema.RDFPredicate.String()
	queries := []string{
		`g.V("` + nk + `").In("` + blames + `").All()`,
		`g.V("` + nk + `").In().All()`,
		`g.V("` + nk + `").Out().All()`,
		`g.V("` + nk + `").Out("` + schema.Name.String() + `").All()`,
		`g.V("` + nk + `").In("` + obj + `").Has("` + pred + `", "` + blames + `").All()`,
		`g.Emit(g.V().Has("` + obj + `", "` + nk + `").Has("` + pred + `", "` + blames + `").Count())`,
		`g.V("` + nk + `").In("` + blames + `").Out("` + schema.Name.String() + `").All()`,
		`g.V("` + nk + `").InPredicates().All()`,
		// hops from the results of a path, keeping their tags
		`g.V("` + v.Type(schema.State).String() + `").In("` + schema.RDFType.String() + `").Tag("state").Out("` + schema.Name.String() + `").Tag("name").All()`,
		`g.V("` + nk + `").In("` + blames + `").Tag("by").Out("` + blames + `").All()`,
		`g.V("` + v.Type(schema.State).String() + `").In("` + schema.RDFType.String() + `").Tag("state").In("` + blames + `").All()`,
		`g.Emit(g.V("` + nk + `").In("` + blames + `").Out("` + blames + `").In("` + blames + `").Out("` + schema.Name.String() + `").Count())`,
	}
	// The same results after deleting articles and loading them again:
	// the values a store's reader keeps by node id stay right.
	ctx := context.Background()
	del := func(t *testing.T, st *graph.Store) {
		for _, d := range docs[:20] {
			if _, err := st.Delete(ctx, d.Article.ID); err != nil {
				t.Fatal(err)
			}
		}
	}
	var want [3][][]string
	for round := range want {
		switch round {
		case 1:
			del(t, mem)
		case 2:
			mustLoad(t, mem, docs[:20]...)
		}
		for _, q := range queries {
			want[round] = append(want[round], queryStrings(t, mem, q))
			if len(want[round][len(want[round])-1]) == 0 && round != 1 {
				t.Fatalf("%s: no results on the memstore", q)
			}
		}
	}
	for name, open := range map[string]opener{"bolt": openBolt, "leveldb": openLevelDB} {
		t.Run(name, func(t *testing.T) {
			st := open(t)
			mustLoad(t, st, docs...)
			for round := range want {
				switch round {
				case 1:
					del(t, st)
				case 2:
					mustLoad(t, st, docs[:20]...)
				}
				for i, q := range queries {
					if got := queryStrings(t, st, q); !reflect.DeepEqual(got, want[round][i]) {
						t.Errorf("round %d: %s:\n got %d results %v\nwant %d results %v", round, q, len(got), got, len(want[round][i]), want[round][i])
					}
				}
			}
			qs := graph.ReaderOf(st)
			it := path.StartPath(qs, quad.IRI(strings.Trim(nk, "<>"))).In(quad.IRI(strings.Trim(blames, "<>"))).BuildIterator()
			defer it.Close()
			d, _ := json.Marshal(cgraph.DescribeIterator(it))
			if s := string(d); strings.Contains(s, "KVAll") || strings.Contains(s, `"And"`) || !strings.Contains(s, "KVQuads") {
				t.Errorf("In(p) from a node is not one index scan: %s", s)
			}
			// The scan is sized by its quads, not as half the store.
			if st := it.Stats(); st.Size != int64(len(want[0][0])) {
				t.Errorf("In(p) from a node sized %d, want %d", st.Size, len(want[0][0]))
			}
			// A second hop from its results reads each result's quads of
			// the predicate, not every quad of each result or of the
			// predicate.
			two, _ := path.StartPath(qs, quad.IRI(strings.Trim(nk, "<>"))).In(quad.IRI(strings.Trim(blames, "<>"))).
				Out(schema.Name).BuildIterator().Optimize()
			defer two.Close()
			d, _ = json.Marshal(cgraph.DescribeIterator(two))
			if s := string(d); strings.Contains(s, "KVAll") || !strings.Contains(s, "KVHop") {
				t.Errorf("the second hop is not one scan a node: %s", s)
			}
		})
	}
}

func queryStrings(t *testing.T, st *graph.Store, q string) []string {
	t.Helper()
	res, err := st.Query(context.Background(), q, graph.QueryOptions{})
	if err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	var out []string
	for _, r := range res {
		b, err := json.Marshal(r.JSON())
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, string(b))
	}
	sort.Strings(out)
	return out
}
