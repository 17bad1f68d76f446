package graph_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"sort"
	"testing"

	"github.com/statekg/statekg/graph"
	"github.com/statekg/statekg/internal/newsgen"
	"github.com/statekg/statekg/internal/pgtest"
	"github.com/statekg/statekg/schema"
)

// propertyCorpus returns the documents of the property test, each with a
// second version: newsgen articles, one that states the same fact twice,
// one that both asserts and negates a fact, and one whose second version
// negates what the first asserts.
func propertyCorpus() (first, second []*schema.Document) {
	g := newsgen.New(11)
	for i := range 10 {
		first = append(first, g.Document(i))
	}
	twice := g.Document(10)
	twice.Claims = append(twice.Claims, twice.Claims[0], twice.Claims[0])
	first = append(first, twice)
	both := g.Document(11)
	neg := both.Claims[0]
	neg.Polarity = schema.Negated
	both.Claims = append(both.Claims, neg)
	first = append(first, both)
	for _, d := range first {
		v := *d
		v.Article.Text += "\nUpdated."
		v.Claims = append([]schema.Claim{}, d.Claims...)
		if len(v.Claims) > 2 {
			v.Claims = v.Claims[1:]
		}
		v.Claims[0].Polarity = schema.Negated
		v.Entities = append([]schema.Entity{}, d.Entities...)
		e := v.Entities[0]
		e.Mentions = append([]schema.Mention{{Text: e.Name + " itself"}}, e.Mentions...)
		v.Entities[0] = e
		second = append(second, &v)
	}
	// Two articles of the corpus share entities and facts with others:
	// their texts are different, their claims those of another article.
	for _, k := range []int{3, 7} {
		d := *first[k-1]
		d.Article.ID = first[k].Article.ID
		d.Article.Text = first[k].Article.Text
		first[k] = &d
	}
	return first, second
}

// nodeCount counts the nodes of the store.
func nodeCount(t *testing.T, st *graph.Store) int {
	t.Helper()
	it := graph.QuadStoreOf(st).NodesAllIterator()
	defer it.Close()
	n := 0
	for it.Next(context.Background()) {
		n++
	}
	if err := it.Err(); err != nil {
		t.Fatal(err)
	}
	return n
}

// TestDeleteReplaceEqualsFreshBuild loads random subsets of the corpus,
// deletes and replaces articles in random order and, after each step,
// compares the store with a fresh build of the articles it should hold:
// the same sorted export byte for byte, and as many nodes.
func TestDeleteReplaceEqualsFreshBuild(t *testing.T) {
	backends := map[string]opener{"memstore": openMem, "bolt": openBolt, "leveldb": openLevelDB}
	if addr := os.Getenv(pgtest.EnvServer); addr != "" || os.Getenv("STATEKG_CI") == "1" {
		backends["postgres"] = func(t testing.TB) *graph.Store {
			st, err := graph.Open(context.Background(), graph.Config{Backend: graph.Postgres, Path: pgtest.Fresh(t, pgtest.Server(t))})
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { st.Close() })
			return st
		}
	}
	first, second := propertyCorpus()
	ctx := context.Background()
	names := make([]string, 0, len(backends))
	for n := range backends {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, name := range names {
		open := backends[name]
		t.Run(name, func(t *testing.T) {
			for seed := range uint64(2) {
				r := rand.New(rand.NewPCG(seed, 9))
				st := open(t)
				held := map[int]*schema.Document{} // corpus index → version held
				for step := range 12 {
					var what string
					if len(held) > 0 && r.IntN(3) == 0 {
						keys := make([]int, 0, len(held))
						for k := range held {
							keys = append(keys, k)
						}
						sort.Ints(keys)
						k := keys[r.IntN(len(keys))]
						if _, err := st.Delete(ctx, held[k].Article.ID); err != nil {
							t.Fatal(err)
						}
						delete(held, k)
						what = fmt.Sprintf("delete %d", k)
					} else {
						// One call: new articles, replacements and repeats.
						var batch []*schema.Document
						for range 1 + r.IntN(5) {
							k := r.IntN(len(first))
							d := first[k]
							if r.IntN(2) == 0 {
								d = second[k]
							}
							batch = append(batch, d)
							held[k] = d
						}
						mustLoad(t, st, batch...)
						what = fmt.Sprintf("load %d articles", len(batch))
					}
					keys := make([]int, 0, len(held))
					for k := range held {
						keys = append(keys, k)
					}
					sort.Ints(keys)
					fresh := openMem(t)
					for _, k := range keys {
						mustLoad(t, fresh, held[k])
					}
					if len(keys) == 0 {
						// an empty store still states its model once written
						if got := exportString(t, st, ""); got != "<https://statekg.org/> <https://statekg.org/ns/formatVersion> \"2\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n" {
							t.Fatalf("seed %d step %d (%s): empty store exports %q", seed, step, what, got)
						}
						continue
					}
					if a, b := exportString(t, st, ""), exportString(t, fresh, ""); a != b {
						t.Fatalf("seed %d step %d (%s): the store differs from a fresh build of %v:\n%s", seed, step, what, keys, diffLines(a, b))
					}
					if name != "postgres" {
						if a, b := nodeCount(t, st), nodeCount(t, fresh); a != b {
							t.Fatalf("seed %d step %d (%s): %d nodes, a fresh build has %d", seed, step, what, a, b)
						}
					}
				}
			}
		})
	}
}

// diffLines lists the lines only one of a and b has.
func diffLines(a, b string) string {
	count := map[string]int{}
	for _, l := range splitLines(a) {
		count[l]++
	}
	for _, l := range splitLines(b) {
		count[l]--
	}
	var out []string
	for l, n := range count {
		switch {
		case n > 0:
			out = append(out, "store only: "+l)
		case n < 0:
			out = append(out, "fresh only: "+l)
		}
	}
	sort.Strings(out)
	if len(out) > 20 {
		out = append(out[:20], "...")
	}
	s := ""
	for _, l := range out {
		s += l + "\n"
	}
	return s
}

func splitLines(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return out
}
