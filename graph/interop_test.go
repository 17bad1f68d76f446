package graph_test

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cayleygraph/cayley/query"
	cgizmo "github.com/cayleygraph/cayley/query/gizmo"
	"github.com/piprate/json-gold/ld"

	"github.com/statekg/statekg/graph"
	"github.com/statekg/statekg/schema"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

func TestBoltReopen(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "kg")
	st, err := graph.Open(ctx, graph.Config{Backend: graph.Bolt, Path: dir})
	if err != nil {
		t.Fatal(err)
	}
	mustLoad(t, st, docA(t), docB(t))
	before := mustStats(t, st)
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "indexes.bolt")); err != nil {
		t.Fatalf("no bolt file: %v", err)
	}
	st, err = graph.Open(ctx, graph.Config{Path: dir}) // found to be bolt
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	after := mustStats(t, st)
	if !statsEqual(before, after) || after.Quads == 0 {
		t.Errorf("stats before close %+v, after reopening %+v", before, after)
	}
	if r := mustLoad(t, st, docA(t)); r[0].Status != graph.Unchanged {
		t.Errorf("reloading after reopen: %v", r[0].Status)
	}
}

func TestOpenErrors(t *testing.T) {
	ctx := context.Background()
	if _, err := graph.Open(ctx, graph.Config{Backend: "nosuch"}); err == nil {
		t.Error("unknown backend accepted")
	}
	if _, err := graph.Open(ctx, graph.Config{}); err == nil {
		t.Error("bolt without a path accepted")
	}
	file := filepath.Join(t.TempDir(), "file")
	os.WriteFile(file, []byte("x"), 0o644)
	if _, err := graph.Open(ctx, graph.Config{Path: file}); err == nil {
		t.Error("a regular file opened as a bolt folder")
	}
}

// TestNQuadsStrictParser reads the export with json-gold's N-Quads parser,
// which shares no code with github.com/cayleygraph/quad, and checks what
// it reads against the documents: every IRI absolute and well-formed,
// numbers typed with the full xsd:integer IRI, literals with quotes,
// newlines, tabs, backslashes and non-ASCII text read back unchanged.
func TestNQuadsStrictParser(t *testing.T) {
	st := openMem(t)
	a, b := docA(t), docB(t)
	mustLoad(t, st, a, b)
	out := exportString(t, st, "")
	ds, err := ld.ParseNQuads(out)
	if err != nil {
		t.Fatalf("json-gold rejects the export: %v", err)
	}
	lines := strings.Count(out, "\n")
	total := 0
	literals := map[string]bool{}
	checkIRI := func(s string) {
		u, err := url.Parse(s)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || strings.ContainsAny(s, " <>\"{}|^`\\") {
			t.Errorf("IRI %q is not an absolute http(s) IRI", s)
		}
	}
	defaults := 0
	for g, quads := range ds.Graphs {
		if g == "@default" {
			defaults = len(quads)
		} else {
			checkIRI(g)
		}
		for _, q := range quads {
			total++
			checkIRI(q.Subject.GetValue())
			checkIRI(q.Predicate.GetValue())
			switch o := q.Object.(type) {
			case ld.IRI:
				checkIRI(o.Value)
			case ld.Literal:
				literals[o.Value] = true
				checkIRI(o.Datatype)
				if strings.HasSuffix(q.Predicate.GetValue(), "/start") || strings.HasSuffix(q.Predicate.GetValue(), "/end") {
					if o.Datatype != "http://www.w3.org/2001/XMLSchema#integer" {
						t.Errorf("offset typed %q", o.Datatype)
					}
				}
			default:
				t.Errorf("unexpected object %T", o)
			}
		}
	}
	if total != lines {
		t.Errorf("json-gold read %d quads of %d lines", total, lines)
	}
	if want := len(kg(t, a, b)) + 1; defaults != want {
		t.Errorf("%d quads in the default graph, want %d (the facts and entities, and the version)", defaults, want)
	}
	for _, d := range []*schema.Document{a, b} {
		for i := range d.Claims {
			if s := d.SentenceText(&d.Claims[i]); !literals[s] {
				t.Errorf("sentence %q not read back", s)
			}
		}
		for _, e := range d.Entities {
			if !literals[e.Name] {
				t.Errorf("name %q not read back", e.Name)
			}
			for _, m := range e.Mentions {
				if m.Text != e.Name && !literals[m.Text] {
					t.Errorf("mention %q not read back", m.Text)
				}
			}
		}
	}
	if !literals[a.Article.URL] {
		t.Errorf("url %q not read back", a.Article.URL)
	}
}

// TestExportGolden compares every export format of the two documents with
// testdata/export.FORMAT; go test -update rewrites them.
func TestExportGolden(t *testing.T) {
	for _, f := range graph.Formats() {
		t.Run(string(f), func(t *testing.T) {
			var outs [2]string
			for i, open := range []opener{openMem, openBolt} {
				st := open(t)
				mustLoad(t, st, docB(t), docA(t))
				var buf bytes.Buffer
				if err := st.Export(context.Background(), &buf, f, ""); err != nil {
					t.Fatal(err)
				}
				outs[i] = buf.String()
			}
			if outs[0] != outs[1] {
				t.Fatalf("memstore and bolt exports differ")
			}
			golden := filepath.Join("testdata", "export."+string(f))
			if *update {
				if err := os.WriteFile(golden, []byte(outs[0]), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if outs[0] != string(want) {
				t.Errorf("export differs from %s (go test -update to accept):\n%s", golden, outs[0])
			}
		})
	}
}

// cayleyJSON runs q as the cayley query command does (Cayley's own Gizmo
// session, JSON collation, one JSON document a line).
func cayleyJSON(t *testing.T, st *graph.Store, q string, limit int) string {
	ctx := context.Background()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	it, err := cgizmo.NewSession(graph.QuadStoreOf(st)).Execute(ctx, q, query.Options{Collation: query.JSON, Limit: limit})
	if err != nil {
		t.Fatal(err)
	}
	defer it.Close()
	for i := 0; it.Next(ctx) && (limit <= 0 || i < limit); i++ {
		if err := enc.Encode(it.Result()); err != nil {
			t.Fatal(err)
		}
	}
	if err := it.Err(); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func TestQueryJSONMatchesCayley(t *testing.T) {
	st := openMem(t)
	mustLoad(t, st, docA(t), docB(t))
	v := schema.Default
	nk := v.Entity(schema.State, "North Korea").String()
	for _, q := range []string{
		`g.V("` + nk + `").In("` + v.Predicate(schema.Blames).String() + `").Tag("blamer").Out("<http://schema.org/name>").All()`,
		`g.V().Has("` + v.Term(schema.TermInArticle).String() + `").Save("` + v.Term(schema.TermStart).String() + `", "start").Save("` + v.Term(schema.TermText).String() + `", "sentence").All()`,
		`g.Emit(g.V("` + nk + `").Out("<http://schema.org/alternateName>").ToArray()); g.Emit({n: g.V().Count(), s: "x"})`,
		`g.V().Out().All()`,
	} {
		for _, limit := range []int{0, 2} {
			res, err := st.Query(context.Background(), q, graph.QueryOptions{Limit: limit})
			if err != nil {
				t.Fatalf("%s: %v", q, err)
			}
			var buf bytes.Buffer
			enc := json.NewEncoder(&buf)
			for _, r := range res {
				if err := enc.Encode(r.JSON()); err != nil {
					t.Fatal(err)
				}
			}
			want := cayleyJSON(t, st, q, limit)
			if buf.String() != want || want == "" {
				t.Errorf("%s (limit %d):\n got %s\nwant %s", q, limit, buf.String(), want)
			}
		}
	}
}
