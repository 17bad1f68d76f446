package graph_test

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/statekg/statekg/graph"
	"github.com/statekg/statekg/schema"
)

// heavy is a query that reads the store for far longer than the tests let
// it run: three hops from every node.
const heavy = `g.Emit(g.V().Out().Out().Out().Count())`

// TestQueryCancelThenClose cancels many running queries and closes the
// store while they are being stopped: Close must wait for each query's
// goroutines, which read bolt's memory map, to end.
func TestQueryCancelThenClose(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "kg")
	st, err := graph.Open(context.Background(), graph.Config{Backend: graph.Bolt, Path: path})
	if err != nil {
		t.Fatal(err)
	}
	docs := make([]*schema.Document, 60)
	for i := range docs {
		docs[i] = syntheticDoc(i)
	}
	mustLoad(t, st, docs...)
	st.Close()

	for round := 0; round < 20; round++ {
		st, err := graph.Open(context.Background(), graph.Config{Backend: graph.Bolt, Path: path})
		if err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithCancel(context.Background())
		var wg sync.WaitGroup
		errs := make([]error, 4)
		for i := range errs {
			wg.Add(1)
			go func() {
				defer wg.Done()
				_, errs[i] = st.Query(ctx, heavy, graph.QueryOptions{})
			}()
		}
		time.Sleep(time.Duration(round%5) * time.Millisecond)
		cancel()
		if err := st.Close(); err != nil {
			t.Fatal(err)
		}
		wg.Wait()
		for _, err := range errs {
			// A query may have ended before it started, or been cut.
			if err != nil && !errors.Is(err, context.Canceled) && !strings.Contains(err.Error(), "store is closed") {
				t.Errorf("round %d: %v", round, err)
			}
		}
	}
}

// TestQueryTimeoutOnBolt stops queries at short time limits on bolt and
// closes the store right after each: the pattern that crashed the query
// command.
func TestQueryTimeoutOnBolt(t *testing.T) {
	st := openBolt(t)
	docs := make([]*schema.Document, 60)
	for i := range docs {
		docs[i] = syntheticDoc(i)
	}
	mustLoad(t, st, docs...)
	for i := 0; i < 10; i++ {
		_, err := st.Query(context.Background(), heavy, graph.QueryOptions{Timeout: time.Duration(1+i) * time.Millisecond})
		if err != nil && !errors.Is(err, context.DeadlineExceeded) {
			t.Fatalf("limit %dms: %v", 1+i, err)
		}
	}
}

// TestQueryMemoryBudget stops the scripts that grow without bound with
// ErrMemory, long before the machine runs out of memory.
func TestQueryMemoryBudget(t *testing.T) {
	st := openMem(t)
	for name, q := range map[string]string{
		"arrays":  `var a = []; while (true) { a.push(new Array(1e6)) }`,
		"strings": `var s = "x"; while (true) { s = s + s }`,
		"emitted": `var s = "x"; while (true) { g.Emit(s); s = s + s }`,
	} {
		t.Run(name, func(t *testing.T) {
			const budget = 64 << 20
			begin := time.Now()
			_, err := st.Query(context.Background(), q, graph.QueryOptions{MaxMemory: budget, Timeout: time.Minute})
			if !errors.Is(err, graph.ErrMemory) {
				t.Fatalf("err = %v, want ErrMemory", err)
			}
			if !strings.Contains(err.Error(), "memory budget of 64 MiB") {
				t.Errorf("message %q does not give the budget", err)
			}
			t.Logf("stopped after %v: %v", time.Since(begin), err)
		})
	}
	// Garbage is not growth: 400 MiB of strings made and dropped, 1 MiB
	// at a time, fit in a 64 MiB budget.
	res, err := st.Query(context.Background(), `var s = "x"; for (var i = 0; i < 20; i++) { s = s + s }
		var n = 0; for (var i = 0; i < 400; i++) { var t = s + i; n += t.length }; g.Emit(n)`,
		graph.QueryOptions{MaxMemory: 64 << 20, Timeout: time.Minute})
	if err != nil || len(res) != 1 {
		t.Fatalf("garbage: %v %v", res, err)
	}
	// A query that keeps within its budget is not stopped.
	res, err = st.Query(context.Background(), `var a = []; for (var i = 0; i < 1000; i++) { a.push(i) }; g.Emit(a.length)`,
		graph.QueryOptions{MaxMemory: 64 << 20})
	if err != nil || len(res) != 1 {
		t.Fatalf("small query: %v %v", res, err)
	}
}

// TestQueryLimitStopsWork shows that the script stops once it has given
// the results asked for: this one would never end by itself.
func TestQueryLimitStopsWork(t *testing.T) {
	st := openMem(t)
	mustLoad(t, st, syntheticDoc(1))
	for name, q := range map[string]string{
		"emit":    `for (var i = 0; ; i++) { g.Emit(i) }`,
		"forEach": `while (true) { g.V().ForEach(function (d) { g.Emit(d.id) }) }`,
		"all":     `while (true) { g.V().All() }`,
	} {
		t.Run(name, func(t *testing.T) {
			var got []graph.Result
			sum, err := st.QueryEach(context.Background(), q, graph.QueryOptions{Limit: 3, Timeout: 20 * time.Second}, func(r graph.Result) error {
				got = append(got, r)
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != 3 || sum != (graph.QuerySummary{Results: 3, Truncated: true}) {
				t.Errorf("%d results, summary %+v; want 3, truncated", len(got), sum)
			}
		})
	}
	// A query with no more results than the limit is not truncated.
	for _, n := range []int{2, 3} {
		q := fmt.Sprintf(`for (var i = 0; i < %d; i++) { g.Emit(i) }`, n)
		sum, err := st.QueryEach(context.Background(), q, graph.QueryOptions{Limit: 3}, func(graph.Result) error { return nil })
		if err != nil || sum != (graph.QuerySummary{Results: n}) {
			t.Errorf("%d results under a limit of 3: summary %+v, %v", n, sum, err)
		}
	}
}

// TestQueryTimeoutPartial returns what a query found before its time
// limit, with an error that says it was cut.
func TestQueryTimeoutPartial(t *testing.T) {
	st := openMem(t)
	res, err := st.Query(context.Background(), `for (var i = 0; ; i++) { if (i < 3) g.Emit(i) }`,
		graph.QueryOptions{Timeout: 100 * time.Millisecond})
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err = %v, want a deadline", err)
	}
	if !strings.Contains(err.Error(), "cut at the time limit of 100ms after 3 results") {
		t.Errorf("message: %v", err)
	}
	if len(res) != 3 || res[2].Value != int64(2) {
		t.Errorf("results %v, want 0, 1, 2", res)
	}

	// A caller's deadline is said as such.
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	_, err = st.Query(ctx, `while (true) {}`, graph.QueryOptions{})
	if !errors.Is(err, context.DeadlineExceeded) || !strings.Contains(err.Error(), "cut after 0 results") {
		t.Errorf("caller's deadline: %v", err)
	}

	// An error of the callback stops the query and is returned.
	stop := errors.New("enough")
	_, err = st.QueryEach(context.Background(), `for (var i = 0; ; i++) { g.Emit(i) }`, graph.QueryOptions{}, func(graph.Result) error { return stop })
	if !errors.Is(err, stop) {
		t.Errorf("callback error: %v", err)
	}
}
