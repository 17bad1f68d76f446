package graph_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/statekg/statekg/graph"
	"github.com/statekg/statekg/internal/newsgen"
	"github.com/statekg/statekg/schema"
)

// TestTruncatedImportRepaired imports an export cut short at several
// points: Check reports the articles left incomplete, Load never calls
// them unchanged, and Check with repair followed by a load of the
// articles gives exactly the clean graph.
func TestTruncatedImportRepaired(t *testing.T) {
	ctx := context.Background()
	g := newsgen.New(21)
	docs := []*schema.Document{docA(t), docB(t)}
	for i := range 4 {
		docs = append(docs, g.Document(i))
	}
	clean := openBolt(t)
	mustLoad(t, clean, docs...)
	if rep, err := clean.Check(ctx, false); err != nil || !rep.OK() || rep.Articles != len(docs) {
		t.Fatalf("check of a clean store: %+v, %v", rep, err)
	}
	want := exportString(t, clean, "")
	lines := strings.SplitAfter(want, "\n")
	for _, frac := range []int{3, 5, 7} {
		cut := len(lines) * frac / 10
		path := filepath.Join(t.TempDir(), "cut.nq")
		if err := os.WriteFile(path, []byte(strings.Join(lines[:cut], "")), 0o644); err != nil {
			t.Fatal(err)
		}
		st := openBolt(t)
		if _, err := st.ImportFile(ctx, path); err != nil {
			t.Fatal(err)
		}
		rep, err := st.Check(ctx, false)
		if err != nil {
			t.Fatal(err)
		}
		if rep.OK() {
			t.Fatalf("cut at %d of %d lines: check found nothing: %+v", cut, len(lines), rep)
		}
		incomplete := map[string]bool{}
		for _, id := range rep.Incomplete {
			incomplete[id] = true
		}
		for _, r := range mustLoad(t, st, docs...) {
			if incomplete[r.ArticleID] && r.Status == graph.Unchanged {
				t.Errorf("cut at %d: incomplete article %s called unchanged", cut, r.ArticleID)
			}
		}
		rep, err = st.Check(ctx, true)
		if err != nil {
			t.Fatal(err)
		}
		mustLoad(t, st, docs...)
		if rep, err := st.Check(ctx, false); err != nil || !rep.OK() {
			t.Errorf("cut at %d: after repair and load: %+v, %v", cut, rep, err)
		}
		if got := exportString(t, st, ""); got != want {
			t.Errorf("cut at %d: repaired store differs from the clean one:\n%s", cut, diffLines(got, want))
		}
	}
}
