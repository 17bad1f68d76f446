package graph_test

import (
	"bytes"
	"context"
	"testing"

	"github.com/statekg/statekg/graph"
	"github.com/statekg/statekg/schema"
)

// ExportProgress reports the quads read as it goes, ending with all of
// them, and writes what Export writes.
func TestExportProgress(t *testing.T) {
	ctx := context.Background()
	st := openLevelDB(t)
	var docs []*schema.Document
	for i := range 60 {
		docs = append(docs, syntheticDoc(i))
	}
	mustLoad(t, st, docs...)
	sz, err := st.Size(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var calls [][2]int
	var got, want bytes.Buffer
	if err := st.ExportProgress(ctx, &got, graph.NQuads, "", func(done, total int) {
		calls = append(calls, [2]int{done, total})
	}); err != nil {
		t.Fatal(err)
	}
	if err := st.Export(ctx, &want, graph.NQuads, ""); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got.Bytes(), want.Bytes()) {
		t.Error("ExportProgress and Export write different bytes")
	}
	if sz.Quads < 2*4096 {
		t.Fatalf("only %d quads: too few for progress along the way", sz.Quads)
	}
	if len(calls) < 3 {
		t.Fatalf("progress called %d times for %d quads: %v", len(calls), sz.Quads, calls)
	}
	for i, c := range calls {
		if i > 0 && c[0] < calls[i-1][0] {
			t.Errorf("progress went back: %v", calls)
		}
		if c[1] != sz.Quads {
			t.Errorf("total %d, want the store's %d quads", c[1], sz.Quads)
		}
	}
	if last := calls[len(calls)-1]; last[0] != sz.Quads {
		t.Errorf("last progress %v, want all %d quads", last, sz.Quads)
	}
}
