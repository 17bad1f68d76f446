package graph

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"runtime/metrics"
	"strconv"
	"time"

	"github.com/cayleygraph/cayley/query"
	"github.com/cayleygraph/quad"
	"github.com/statekg/statekg/graph/internal/gizmo"
)

// Result is one result of a Gizmo query: either the tagged nodes of one
// path found by All, GetLimit or ForEach (Tags; the node at the end of the
// path is tagged "id"), or a value given to g.Emit (Value, as Gizmo exports
// it: strings, float64 or int64 numbers, maps and slices).
type Result struct {
	Tags  map[string]quad.Value
	Value any
	// Order holds the keys of an emitted object (Value a map) in the
	// order the query set them, for output in columns.
	Order []string
}

// JSON returns the result as the cayley query command prints it: an
// emitted value as it is, tags as an object of their values. A tag's value
// is rendered as Cayley's JSON output does: plain strings (with or without
// a language) as JSON strings, numbers, booleans and times (also literals
// typed xsd:integer, xsd:double, xsd:boolean or xsd:dateTime) as JSON
// numbers, booleans and RFC 3339 strings, and IRIs, blank nodes and other
// typed literals as their N-Quads form in a string:
// "<https://statekg.org/id/state/north-korea>", "_:b0",
// "\"x\"^^<http://example.org/t>".
func (r Result) JSON() any {
	if r.Value != nil {
		return r.Value
	}
	obj := make(map[string]any, len(r.Tags))
	for k, v := range r.Tags {
		if v != nil {
			obj[k] = jsonValue(v)
		}
	}
	return obj
}

// jsonValue renders a node value as Cayley's JSON output does (see
// Result.JSON).
func jsonValue(v quad.Value) any {
	if v == nil {
		return nil
	}
	out := v.Native()
	if nv, ok := out.(quad.Value); ok && nv == v {
		return v.String()
	}
	return out
}

// Text renders a node value as plain text, for tables and tab-separated
// output: IRIs without angle brackets, blank nodes as "_:name", literals as
// their lexical form with no quotes, language or datatype.
func Text(v quad.Value) string {
	switch v := v.(type) {
	case nil:
		return ""
	case quad.IRI:
		return string(v)
	case quad.BNode:
		return v.String()
	case quad.String:
		return string(v)
	case quad.LangString:
		return string(v.Value)
	case quad.TypedString:
		return string(v.Value)
	case quad.Int:
		return strconv.FormatInt(int64(v), 10)
	case quad.TypedStringer:
		return string(v.TypedString().Value)
	}
	return v.String()
}

// Bounds of a query where QueryOptions leaves them zero. The same bounds
// hold for the statekg query command (--timeout, --max-memory).
const (
	// DefaultQueryTimeout is how long a query may run.
	DefaultQueryTimeout = 30 * time.Second
	// DefaultQueryMemory is how many bytes the program's heap may grow
	// by while a query runs: 1 GiB.
	DefaultQueryMemory = 1 << 30
)

// ErrMemory is returned (wrapped) by a query stopped because the heap grew
// past its memory budget.
var ErrMemory = errors.New("memory budget exceeded")

// QueryOptions bound a query.
type QueryOptions struct {
	// Limit is the most results the query gives; the script stops when
	// it has sent one more, which tells QueryEach that the limit cut
	// (QuerySummary.Truncated). Zero means no limit.
	Limit int
	// Timeout is how long the query may run: zero means
	// DefaultQueryTimeout, a negative value no limit but ctx's.
	Timeout time.Duration
	// MaxMemory is how many bytes the Go heap may grow by while the query
	// runs: zero means DefaultQueryMemory, a negative value no budget.
	// The growth is the whole program's, sampled every few milliseconds
	// and confirmed after a garbage collection, so other work running at
	// the same time counts against it; a script may overshoot the budget
	// by what it allocates while it is being stopped.
	MaxMemory int64
}

// memoryTick is how often a running query's memory is sampled.
const memoryTick = 5 * time.Millisecond

// Query runs a Gizmo query and returns its results.
//
// A query stopped at its time limit, at ctx's deadline or cancellation, or
// at its memory budget returns the results it had found with an error
// saying where it was cut: errors.Is(err, context.DeadlineExceeded),
// context.Canceled or ErrMemory tells which. A syntax or runtime error of
// the query is returned as an error, with no results. The value of the
// script's last expression is not a result (the cayley command prints it
// as null).
func (s *Store) Query(ctx context.Context, gizmoQuery string, opt QueryOptions) ([]Result, error) {
	var out []Result
	_, err := s.QueryEach(ctx, gizmoQuery, opt, func(r Result) error {
		out = append(out, r)
		return nil
	})
	return out, err
}

// QuerySummary says how a query run by QueryEach ended.
type QuerySummary struct {
	// Results is the number of results given.
	Results int
	// Truncated says the query had more results than QueryOptions.Limit:
	// the script was stopped at the first result past the limit, which
	// is not given.
	Truncated bool
}

// QueryEach runs a Gizmo query as Query does, calling fn with each result
// as the query finds it, and says whether the limit left results out. An
// error of fn stops the query and is returned. When QueryEach returns, the
// query has ended: nothing of it reads the store any more.
func (s *Store) QueryEach(ctx context.Context, gizmoQuery string, opt QueryOptions, fn func(Result) error) (QuerySummary, error) {
	var sum QuerySummary
	s.queries.RLock()
	defer s.queries.RUnlock()
	if s.qs == nil {
		return sum, errors.New("query: the store is closed")
	}
	if err := ctx.Err(); err != nil {
		return sum, fmt.Errorf("query: %w", err)
	}
	limit := max(opt.Limit, 0)
	timeout := opt.Timeout
	if timeout == 0 {
		timeout = DefaultQueryTimeout
	}
	var ownDeadline time.Time // the time limit's, when it comes before ctx's
	if timeout > 0 {
		if d, ok := ctx.Deadline(); !ok || time.Until(d) > timeout {
			var cancel context.CancelFunc
			ctx, cancel = context.WithTimeout(ctx, timeout)
			defer cancel()
			ownDeadline, _ = ctx.Deadline()
		}
	}
	budget := opt.MaxMemory
	if budget == 0 {
		budget = DefaultQueryMemory
	}
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	if budget > 0 {
		stop := watchMemory(budget, func() { cancel(ErrMemory) })
		defer stop()
	}

	sess := gizmo.NewSession(s.read)
	// One result past the limit tells whether the limit cut; the script
	// is stopped once it has sent that one.
	it, err := sess.Execute(ctx, gizmoQuery, query.Options{Collation: query.Raw, Limit: limit + min(limit, 1)})
	if err != nil {
		return sum, fmt.Errorf("query: %w", err)
	}
	defer it.Close()
	n := 0
	for it.Next(ctx) {
		r, ok := it.Result().(*gizmo.Result)
		if !ok || r == nil || r.Meta {
			continue
		}
		if limit > 0 && n == limit {
			sum.Truncated = true
			return sum, nil
		}
		res := Result{Value: r.Val, Order: r.Keys}
		if r.Val == nil && r.Tags != nil {
			res.Tags = make(map[string]quad.Value, len(r.Tags))
			for k, ref := range r.Tags {
				if v := s.read.NameOf(ref); v != nil {
					res.Tags[k] = v
				}
			}
		}
		n++
		sum.Results = n
		if err := fn(res); err != nil {
			return sum, err
		}
	}
	err = it.Err()
	if err == nil {
		return sum, nil // the script ended
	}
	it.Close() // the script has ended before anything says why
	switch cause := context.Cause(ctx); {
	case errors.Is(cause, ErrMemory):
		return sum, fmt.Errorf("query: cut at the memory budget of %s after %d results: %w", formatBytes(budget), n, ErrMemory)
	case errors.Is(cause, context.DeadlineExceeded) && ctxDeadline(ctx) == ownDeadline:
		return sum, fmt.Errorf("query: cut at the time limit of %s after %d results: %w", timeout, n, cause)
	case cause != nil:
		return sum, fmt.Errorf("query: cut after %d results: %w", n, cause)
	}
	return sum, fmt.Errorf("query: %w", err)
}

// ctxDeadline returns ctx's deadline, or the zero time.
func ctxDeadline(ctx context.Context) time.Time {
	d, _ := ctx.Deadline()
	return d
}

// watchMemory calls exceeded once when the Go heap has grown by more than
// budget bytes since the call, sampling it every memoryTick; stop ends the
// watch. Growth is measured from the lowest heap seen, so that garbage of
// earlier work that the collector frees later does not hide growth. A
// sample over the budget is checked again after a garbage collection, run
// aside so that sampling goes on, so that garbage not yet collected does
// not count against the budget.
func watchMemory(budget int64, exceeded func()) (stop func()) {
	low := heapBytes()
	done := make(chan struct{})
	ended := make(chan struct{})
	go func() {
		defer close(ended)
		t := time.NewTicker(memoryTick)
		defer t.Stop()
		var collected chan int64 // the live heap after a collection under way
		next := low + budget     // a sample above this starts a collection
		for {
			select {
			case <-done:
				return
			case after := <-collected:
				collected = nil
				if after-low > budget {
					exceeded()
					return
				}
				// Garbage made the sample exceed: check again once the
				// heap has grown by a quarter of the budget more.
				next = after + budget/4
				continue
			case <-t.C:
			}
			h := heapBytes()
			low = min(low, h)
			if collected == nil && h > max(next, low+budget) {
				collected = make(chan int64, 1)
				go func(c chan<- int64) {
					runtime.GC()
					c <- liveBytes()
				}(collected)
			}
		}
	}()
	return func() {
		close(done)
		<-ended
	}
}

// heapBytes returns the bytes of the heap's objects, live or not yet
// collected.
func heapBytes() int64 { return readMetric("/memory/classes/heap/objects:bytes") }

// liveBytes returns the bytes of the heap's objects that the last garbage
// collection found live.
func liveBytes() int64 { return readMetric("/gc/heap/live:bytes") }

func readMetric(name string) int64 {
	sample := []metrics.Sample{{Name: name}}
	metrics.Read(sample)
	if sample[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return int64(sample[0].Value.Uint64())
}

// formatBytes writes a byte count in binary units: "1 GiB", "64 MiB".
func formatBytes(n int64) string {
	const unit = 1024
	if n < unit {
		return fmt.Sprintf("%d B", n)
	}
	div, exp := int64(unit), 0
	for m := n / unit; m >= unit; m /= unit {
		div *= unit
		exp++
	}
	v := float64(n) / float64(div)
	if v == float64(int64(v)) {
		return fmt.Sprintf("%d %ciB", int64(v), "KMGTPE"[exp])
	}
	return fmt.Sprintf("%.1f %ciB", v, "KMGTPE"[exp])
}
