package graph

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strconv"

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

// Keys returns the result's tag names, sorted.
func (r Result) Keys() []string {
	keys := make([]string, 0, len(r.Tags))
	for k := range r.Tags {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// JSON returns the result as the cayley query command prints it: an
// emitted value as it is, tags as an object whose values are rendered by
// JSONValue.
func (r Result) JSON() any {
	if r.Value != nil {
		return r.Value
	}
	obj := make(map[string]any, len(r.Tags))
	for k, v := range r.Tags {
		if v != nil {
			obj[k] = JSONValue(v)
		}
	}
	return obj
}

// EncodeJSON writes results one JSON document a line, exactly as the
// cayley query command does for the same results.
func EncodeJSON(w io.Writer, results []Result) error {
	enc := json.NewEncoder(w)
	for _, r := range results {
		if err := enc.Encode(r.JSON()); err != nil {
			return err
		}
	}
	return nil
}

// JSONValue renders a node value as Cayley's JSON output does: plain
// strings (with or without a language) as JSON strings, numbers, booleans
// and times (also literals typed xsd:integer, xsd:double, xsd:boolean or
// xsd:dateTime) as JSON numbers, booleans and RFC 3339 strings, and IRIs,
// blank nodes and other typed literals as their N-Quads form in a string:
// "<https://statekg.org/id/state/north-korea>", "_:b0",
// "\"x\"^^<http://example.org/t>".
func JSONValue(v quad.Value) any {
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

// Query runs a Gizmo query and returns at most limit results (all of them
// when limit <= 0). It stops when ctx is done and returns ctx's error then.
// A syntax or runtime error of the query is returned as an error. The
// value of the script's last expression is not a result (the cayley
// command prints it as null).
func (s *Store) Query(ctx context.Context, gizmoQuery string, limit int) ([]Result, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("query: %w", err)
	}
	if limit < 0 {
		limit = 0
	}
	sess := gizmo.NewSession(s.qs)
	it, err := sess.Execute(ctx, gizmoQuery, query.Options{Collation: query.Raw, Limit: limit})
	if err != nil {
		return nil, fmt.Errorf("query: %w", err)
	}
	defer it.Close()
	var out []Result
	for (limit == 0 || len(out) < limit) && it.Next(ctx) {
		r, ok := it.Result().(*gizmo.Result)
		if !ok || r == nil || r.Meta {
			continue
		}
		if r.Val != nil || r.Tags == nil {
			out = append(out, Result{Value: r.Val, Order: r.Keys})
			continue
		}
		tags := make(map[string]quad.Value, len(r.Tags))
		for k, ref := range r.Tags {
			if v := s.qs.NameOf(ref); v != nil {
				tags[k] = v
			}
		}
		out = append(out, Result{Tags: tags})
	}
	if err := it.Err(); err != nil {
		return nil, fmt.Errorf("query: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("query: %w", err)
	}
	return out, nil
}
