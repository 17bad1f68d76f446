package gizmo

import (
	"context"
	"testing"
	"time"

	"github.com/cayleygraph/cayley/query"
)

// TestCloseWaitsForScript checks that stopping a query returns only once
// the script's goroutine has ended, so that the store may be closed next.
func TestCloseWaitsForScript(t *testing.T) {
	ses := makeTestSession(nil)
	it, err := ses.Execute(context.Background(), `while (true) {}`, query.Options{Collation: query.Raw})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	if it.Next(ctx) {
		t.Fatal("an endless loop gave a result")
	}
	it.Close()
	select {
	case <-it.(*results).done:
	default:
		t.Fatal("Close returned while the script still runs")
	}
}

// TestLimitEndsScript checks that a script which would never end stops
// once it has sent as many results as the limit, without an error.
func TestLimitEndsScript(t *testing.T) {
	ses := makeTestSession(nil)
	ctx := context.Background()
	it, err := ses.Execute(ctx, `for (var i = 0; ; i++) { g.emit(i) }`, query.Options{Collation: query.Raw, Limit: 2})
	if err != nil {
		t.Fatal(err)
	}
	defer it.Close()
	n := 0
	for it.Next(ctx) {
		n++
	}
	if n != 2 || it.Err() != nil {
		t.Fatalf("%d results, error %v; want 2 and none", n, it.Err())
	}
}
