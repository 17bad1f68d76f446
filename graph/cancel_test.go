package graph_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/statekg/statekg/graph"
	"github.com/statekg/statekg/schema"
)

// TestBuildCancelDuringArticle cancels a build while an article is being
// extracted: Build returns at once with the context's error, the article
// cut short is not reported as failed, and the articles before it are in
// the store.
func TestBuildCancelDuringArticle(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	started := make(chan struct{})
	x := graph.ExtractorFunc(func(ctx context.Context, a schema.Article) (*schema.Document, error) {
		if a.ID != "syn-0003" {
			return syntheticDoc(int(a.ID[len(a.ID)-1] - '0')), nil
		}
		close(started)
		<-ctx.Done() // a long article that watches its context
		return nil, ctx.Err()
	})
	arts := genArticlesSyn(6)
	st := openBolt(t)
	var failed []graph.LoadResult
	done := make(chan error, 1)
	go func() {
		_, err := graph.Build(ctx, st, graph.SliceSource(arts), x, graph.BuildOptions{Workers: 1, OnResult: func(r graph.LoadResult) error {
			if r.Status == graph.Failed {
				failed = append(failed, r)
			}
			return nil
		}})
		done <- err
	}()
	<-started
	cancel()
	select {
	case err := <-done:
		if !errors.Is(err, context.Canceled) {
			t.Errorf("Build: %v, want context.Canceled", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Build still running 10 s after the cancel")
	}
	if len(failed) != 0 {
		t.Errorf("articles reported failed: %v", failed)
	}
	if n := mustStats(t, st).Articles; n > 3 {
		t.Errorf("%d articles in the store, at most the 3 before the cut", n)
	}
}
