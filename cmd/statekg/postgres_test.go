package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/statekg/statekg/internal/pgtest"
)

// TestPostgresMatchesEmbedded builds examples/articles into the PostgreSQL
// server named by STATEKG_TEST_POSTGRES and into a bolt store, and checks
// that every query of examples/queries gives the same answers on both.
// Under CI (STATEKG_CI=1) a missing server is a failure.
func TestPostgresMatchesEmbedded(t *testing.T) {
	pg := pgtest.Fresh(t, pgtest.Server(t))
	bolt := filepath.Join(t.TempDir(), "kg")
	articles := filepath.Join("..", "..", "examples", "articles")
	stores := [][]string{{"--db", "postgres", "--dbpath", pg}, {"--db", "bolt", "--dbpath", bolt}}
	var builds []string
	for _, db := range stores {
		out := run(t, append(append([]string{"build"}, db...), articles)...)
		builds = append(builds, out)
	}
	if builds[0] != builds[1] || !strings.Contains(builds[0], "added") {
		t.Errorf("build summaries differ:\npostgres:\n%s\nbolt:\n%s", builds[0], builds[1])
	}
	queries, err := filepath.Glob(filepath.Join("..", "..", "examples", "queries", "*.js"))
	if err != nil || len(queries) == 0 {
		t.Fatalf("no queries: %v", err)
	}
	answered := 0
	for _, q := range queries {
		var outs []string
		for _, db := range stores {
			out := run(t, append(append([]string{"query"}, db...), "--format", "json", "--limit", "0", "-f", q)...)
			outs = append(outs, normalizeResults(t, out))
		}
		if outs[0] != outs[1] {
			t.Errorf("%s: postgres and bolt answers differ:\npostgres:\n%s\nbolt:\n%s", filepath.Base(q), outs[0], outs[1])
		}
		if outs[0] != "" {
			answered++
		}
	}
	if answered < len(queries)/2 {
		t.Errorf("only %d of %d queries have answers", answered, len(queries))
	}
	a := run(t, "export", "--db", "postgres", "--dbpath", pg)
	b := run(t, "export", "--db", "bolt", "--dbpath", bolt)
	if a != b || a == "" {
		t.Error("the N-Quads exports of postgres and bolt differ")
	}
}

// normalizeResults reads query results, one JSON value a line, and returns
// them in a form two engines can be compared in, as .ci/normalize.jq does:
// nulls dropped, every array sorted, the results sorted.
func normalizeResults(t *testing.T, out string) string {
	t.Helper()
	var lines []string
	dec := json.NewDecoder(strings.NewReader(out))
	for {
		var v any
		if err := dec.Decode(&v); err == io.EOF {
			break
		} else if err != nil {
			t.Fatalf("query output is not JSON: %v\n%s", err, out)
		}
		if v == nil {
			continue
		}
		b, err := json.Marshal(sortArrays(v))
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, string(b))
	}
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

func sortArrays(v any) any {
	switch v := v.(type) {
	case []any:
		keys := make([]string, len(v))
		for i := range v {
			v[i] = sortArrays(v[i])
			b, _ := json.Marshal(v[i])
			keys[i] = string(b)
		}
		sort.Sort(byKey{v, keys})
		return v
	case map[string]any:
		for k := range v {
			v[k] = sortArrays(v[k])
		}
	}
	return v
}

type byKey struct {
	vals []any
	keys []string
}

func (b byKey) Len() int           { return len(b.vals) }
func (b byKey) Less(i, j int) bool { return b.keys[i] < b.keys[j] }
func (b byKey) Swap(i, j int) {
	b.vals[i], b.vals[j] = b.vals[j], b.vals[i]
	b.keys[i], b.keys[j] = b.keys[j], b.keys[i]
}

// run runs statekg with args and returns its standard output.
func run(t *testing.T, args ...string) string {
	t.Helper()
	var stdout, stderr bytes.Buffer
	app := newApp(strings.NewReader(""), &stdout, &stderr)
	if err := app.RunContext(context.Background(), append([]string{"statekg"}, args...)); err != nil {
		t.Fatalf("statekg %s: %v\n%s", strings.Join(args, " "), err, stderr.String())
	}
	return stdout.String()
}
