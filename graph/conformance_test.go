package graph_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/statekg/statekg/graph"
	"github.com/statekg/statekg/schema"
)

// testBackend runs the behaviour every backend must show, as cayley's
// graphtest does for quad stores.
func testBackend(t *testing.T, open opener) {
	ctx := context.Background()
	v := schema.Default

	t.Run("IdempotentLoad", func(t *testing.T) {
		st := open(t)
		r1 := mustLoad(t, st, docA(t))
		if len(r1) != 1 || r1[0].Status != graph.Added || r1[0].Quads != nq(t, docA(t)) {
			t.Fatalf("first load: %+v", r1)
		}
		s1 := mustStats(t, st)
		r2 := mustLoad(t, st, docA(t))
		if r2[0].Status != graph.Unchanged || r2[0].Quads != r1[0].Quads {
			t.Fatalf("second load: %+v", r2)
		}
		s2 := mustStats(t, st)
		if s1.Quads != s2.Quads || s1.Quads != storeQuads(t, docA(t)) {
			t.Errorf("quads %d then %d, want %d", s1.Quads, s2.Quads, storeQuads(t, docA(t)))
		}
		// The same article twice in one call is written once.
		st2 := open(t)
		r := mustLoad(t, st2, docA(t), docA(t))
		if r[0].Status != graph.Added || r[1].Status != graph.Unchanged {
			t.Errorf("same article twice: %+v", r)
		}
		if got := mustStats(t, st2).Quads; got != s1.Quads {
			t.Errorf("same article twice: %d quads, want %d", got, s1.Quads)
		}
	})

	t.Run("ReplaceOnChangedText", func(t *testing.T) {
		st := open(t)
		mustLoad(t, st, docA(t), docB(t))
		changed := docA(t)
		changed.Article.Text += "\nNothing else happened."
		changed.Claims = changed.Claims[:1] // only FBI blames North Korea is left
		r := mustLoad(t, st, changed)
		if r[0].Status != graph.Replaced {
			t.Fatalf("status %v, want replaced", r[0].Status)
		}
		var buf bytes.Buffer
		if err := st.Export(ctx, &buf, graph.NQuads, "a1"); err != nil {
			t.Fatal(err)
		}
		if n := strings.Count(buf.String(), "\n"); n != own(t, changed) {
			t.Errorf("article has %d quads after replacement, want %d", n, own(t, changed))
		}
		if got, want := mustStats(t, st).Quads, storeQuads(t, changed, docB(t)); got != want {
			t.Errorf("store has %d quads after replacement, want %d", got, want)
		}
		if strings.Contains(buf.String(), string(v.Predicate(schema.AttributedTo))) {
			t.Error("a claim of the old text survived the replacement")
		}
		if !strings.Contains(buf.String(), schema.ContentHash(changed.Article.Text)) {
			t.Error("the new content hash is not stored")
		}
		s := mustStats(t, st)
		if s.Relations[schema.AttributedTo] != 0 || s.Relations[schema.Blames] != 2 || s.Statements != 1+5 {
			t.Errorf("stats after replacement: %+v", s)
		}
		// Replacing back gives the original graph.
		mustLoad(t, st, docA(t))
		fresh := open(t)
		mustLoad(t, fresh, docA(t), docB(t))
		if a, b := exportString(t, st, ""), exportString(t, fresh, ""); a != b {
			t.Errorf("graph after replacing back differs from a fresh one:\n%s\n---\n%s", a, b)
		}
	})

	t.Run("DeleteKeepsWhatOthersSupport", func(t *testing.T) {
		st := open(t)
		mustLoad(t, st, docA(t), docB(t))
		n, err := st.Delete(ctx, "a1")
		if err != nil {
			t.Fatal(err)
		}
		onlyA := own(t, docA(t))
		kgB := kg(t, docB(t))
		for q := range kg(t, docA(t)) {
			if !kgB[q] {
				onlyA++
			}
		}
		if n != onlyA {
			t.Errorf("removed %d quads, want %d", n, onlyA)
		}
		s := mustStats(t, st)
		if s.Articles != 1 || s.Quads != storeQuads(t, docB(t)) {
			t.Errorf("after delete: %+v", s)
		}
		// North Korea and Japan are named by b too; FBI and the hack only by a1.
		if s.Entities[schema.State] != 3 || s.Entities[schema.Organization] != 0 || s.Entities[schema.Incident] != 0 {
			t.Errorf("entities after delete: %v", s.Entities)
		}
		res, err := st.Query(ctx, `g.V("`+string(v.Entity(schema.State, "North Korea").String())+`").Out("<http://schema.org/name>").All()`, graph.QueryOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if len(res) != 1 || res[0].Tags["id"] != quad.String("North Korea") {
			t.Errorf("shared name of North Korea: %v", res)
		}
		if s.Relations[schema.Blames] != 1 {
			t.Errorf("FBI blames North Korea survived: %v", s.Relations)
		}
		if _, err := st.Delete(ctx, "a1"); !errors.Is(err, graph.ErrNotFound) {
			t.Errorf("second delete: %v, want ErrNotFound", err)
		}
		if err := st.Export(ctx, &bytes.Buffer{}, graph.NQuads, "nope"); !errors.Is(err, graph.ErrNotFound) {
			t.Errorf("export of an unknown article: %v", err)
		}
	})

	t.Run("BrokenImportWritesNothing", func(t *testing.T) {
		st := open(t)
		mustLoad(t, st, docA(t))
		before := exportString(t, st, "")
		dir := t.TempDir()
		for name, body := range map[string]string{
			"syntax.nq": "<http://x.org/a> <http://x.org/p> <http://x.org/b> .\n\n# comment\n<http://x.org/a> <http://x.org/p> \"unterminated .\n",
			"space.nq":  "<http://x.org/a> <http://x.org/p> <http://x.org/b> .\n<http://x.org/a> <http://x.org/p> <http://x.org/b> .\n\n<http://x.org/a b> <http://x.org/p> <http://x.org/c> .\n",
			"blank.nq":  "<http://x.org/a> <http://x.org/p> <http://x.org/b> .\n<http://x.org/a> <http://x.org/p> <http://x.org/b> .\n<http://x.org/a> <> <http://x.org/c> .\n",
		} {
			p := filepath.Join(dir, name)
			if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := st.ImportFile(ctx, p)
			want := map[string]string{"syntax.nq": "4", "space.nq": "4", "blank.nq": "3"}[name]
			if err == nil || !strings.HasPrefix(err.Error(), p+":"+want+": ") {
				t.Errorf("%s: error %v, want one naming the file and %s", name, err, want)
			}
			var pe *graph.ParseError
			if !errors.As(err, &pe) {
				t.Errorf("%s: %v is not a *ParseError", name, err)
			}
		}
		if after := exportString(t, st, ""); after != before {
			t.Errorf("a broken import changed the graph")
		}
		// A good file is imported, and its numbers read back as numbers.
		p := filepath.Join(dir, "good.nq")
		os.WriteFile(p, []byte("<http://x.org/a> <http://x.org/n> \"7\"^^<http://www.w3.org/2001/XMLSchema#integer> <http://x.org/g> .\n<http://x.org/a> <http://x.org/p> \"b\"@en .\n"), 0o644)
		n, err := st.ImportFile(ctx, p)
		if err != nil || n != 2 {
			t.Fatalf("good import: %d, %v", n, err)
		}
		out := exportString(t, st, "")
		if !strings.Contains(out, `<http://x.org/a> <http://x.org/n> "7"^^<http://www.w3.org/2001/XMLSchema#integer> <http://x.org/g> .`) {
			t.Errorf("imported integer not exported as xsd:integer:\n%s", out)
		}
	})

	t.Run("ExportOneArticle", func(t *testing.T) {
		st := open(t)
		mustLoad(t, st, docA(t), docB(t))
		label := v.Article("b/2 x").String()
		out := exportString(t, st, "b/2 x")
		lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
		if len(lines) != own(t, docB(t)) {
			t.Errorf("%d lines, want %d", len(lines), own(t, docB(t)))
		}
		for _, l := range lines {
			if !strings.HasSuffix(l, " "+label+" .") {
				t.Errorf("line of another label: %s", l)
			}
		}
	})

	t.Run("Query", func(t *testing.T) {
		st := open(t)
		mustLoad(t, st, docA(t), docB(t))
		all, err := st.Query(ctx, `g.V().All()`, graph.QueryOptions{})
		if err != nil {
			t.Fatal(err)
		}
		res, err := st.Query(ctx, `g.V().All()`, graph.QueryOptions{Limit: 3})
		if err != nil || len(res) != 3 || len(all) <= 3 {
			t.Errorf("limit 3: %d results of %d, %v", len(res), len(all), err)
		}
		emit, err := st.Query(ctx, `for (var i = 0; i < 10; i++) { g.Emit({n: i}) }`, graph.QueryOptions{Limit: 4})
		if err != nil || len(emit) != 4 {
			t.Errorf("emit with limit 4: %v, %v", emit, err)
		}
		done, cancel := context.WithCancel(ctx)
		cancel()
		if _, err := st.Query(done, `g.V().All()`, graph.QueryOptions{}); !errors.Is(err, context.Canceled) {
			t.Errorf("cancelled context: %v", err)
		}
		short, cancel2 := context.WithTimeout(ctx, 50*time.Millisecond)
		defer cancel2()
		if _, err := st.Query(short, `while (true) {}`, graph.QueryOptions{}); !errors.Is(err, context.DeadlineExceeded) {
			t.Errorf("endless query: %v, want deadline exceeded", err)
		}
		for _, bad := range []string{`g.V(`, `g.V().Nope()`, `throw new Error("boom")`, `g.V().Out(g.V(), 1, 2).All()`, `g.V(iri(1)).All()`, `g.V().FollowRecursive({}).All()`} {
			if _, err := st.Query(ctx, bad, graph.QueryOptions{}); err == nil {
				t.Errorf("query %q gave no error", bad)
			}
		}
	})

	t.Run("ArticlesAndEvidence", func(t *testing.T) {
		st := open(t)
		mustLoad(t, st, docA(t), docB(t))
		as, err := st.Articles(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(as) != 2 || as[0].ID != "a1" || as[1].ID != "b/2 x" || as[0].Source != "testdata/a1.txt" ||
			as[0].Headline != docA(t).Article.Title || as[1].Quads != own(t, docB(t)) {
			t.Errorf("articles: %+v", as)
		}
		wangIRI := v.Entity(schema.Official, "Wang Yi")
		ev, err := st.Evidence(ctx, wangIRI, schema.Blames, v.Entity(schema.State, "North Korea"))
		if err != nil {
			t.Fatal(err)
		}
		if len(ev) != 1 || ev[0].Polarity != schema.Negated || ev[0].Plain() || ev[0].ArticleID != "b/2 x" ||
			!strings.HasPrefix(ev[0].Sentence, "Wang Yi stopped short") {
			t.Errorf("evidence: %+v", ev)
		}
		b := docB(t)
		want := len([]rune(b.Article.Text[:b.Claims[3].Sentence.Start]))
		if ev[0].Start != want || ev[0].End != len([]rune(b.Article.Text)) {
			t.Errorf("offsets %d-%d, want %d-%d", ev[0].Start, ev[0].End, want, len([]rune(b.Article.Text)))
		}
		ev, err = st.Evidence(ctx, v.Entity(schema.State, "Japan"), schema.ConcernedAbout, v.Entity(schema.State, "North Korea"))
		if err != nil || len(ev) != 1 || ev[0].Modality != schema.Hedged || ev[0].Claimant != v.Entity(schema.Organization, "FBI") {
			t.Errorf("hedged evidence: %+v %v", ev, err)
		}
		ev, err = st.Evidence(ctx, wangIRI, schema.Position, quad.String("Foreign Minister"))
		if err != nil || len(ev) != 1 || !ev[0].Plain() {
			t.Errorf("literal evidence: %+v %v", ev, err)
		}
	})

	t.Run("Stats", func(t *testing.T) {
		st := open(t)
		mustLoad(t, st, docA(t), docB(t))
		s := mustStats(t, st)
		want := graph.Stats{
			Articles: 2, Quads: storeQuads(t, docA(t), docB(t)), Facts: 8,
			Entities:   map[schema.Type]int{schema.State: 3, schema.Organization: 1, schema.Incident: 1, schema.Official: 1},
			Relations:  map[schema.Predicate]int{schema.Blames: 2, schema.AttributedTo: 1, schema.OfficialOf: 1, schema.Position: 1, schema.Condemns: 1},
			Statements: 8, Negated: 1, Hedged: 1,
		}
		if !statsEqual(s, want) {
			t.Errorf("stats\n got %+v\nwant %+v", s, want)
		}
		// One edge per fact: each accuser of North Korea once, however
		// many articles state it.
		mustLoad(t, st, sameClaims(docA(t), "a2"))
		res, err := st.Query(ctx, `g.V("`+v.Entity(schema.State, "North Korea").String()+`").In("`+v.Predicate(schema.Blames).String()+`").All()`, graph.QueryOptions{})
		if err != nil || len(res) != 1 {
			t.Errorf("accusers of North Korea: %v, %v", res, err)
		}
	})
}

func statsEqual(a, b graph.Stats) bool {
	if a.Articles != b.Articles || a.Quads != b.Quads || a.Statements != b.Statements || a.Facts != b.Facts ||
		a.Negated != b.Negated || a.Hedged != b.Hedged || len(a.Entities) != len(b.Entities) || len(a.Relations) != len(b.Relations) {
		return false
	}
	for k, n := range a.Entities {
		if b.Entities[k] != n {
			return false
		}
	}
	for k, n := range a.Relations {
		if b.Relations[k] != n {
			return false
		}
	}
	return true
}

func exportString(t testing.TB, st *graph.Store, article string) string {
	t.Helper()
	var buf bytes.Buffer
	if err := st.Export(context.Background(), &buf, graph.NQuads, article); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func TestMemstore(t *testing.T) { testBackend(t, openMem) }

func TestBolt(t *testing.T) { testBackend(t, openBolt) }

func TestLevelDB(t *testing.T) { testBackend(t, openLevelDB) }

// TestDocumentQuadsAreWhatLoadWrites: the quads DocumentQuads gives for a
// document (those the extract command prints) are exactly those a store
// holding only that document exports, besides the version quad.
func TestDocumentQuadsAreWhatLoadWrites(t *testing.T) {
	for _, doc := range []*schema.Document{docA(t), docB(t)} {
		st := openMem(t)
		mustLoad(t, st, doc)
		qs, err := graph.DocumentQuads(schema.Default, doc)
		if err != nil {
			t.Fatal(err)
		}
		lines := []string{`<https://statekg.org/> <https://statekg.org/ns/formatVersion> "2"^^<http://www.w3.org/2001/XMLSchema#integer> .`}
		for _, q := range qs {
			lines = append(lines, q.NQuad())
		}
		sort.Strings(lines)
		got := splitLines(exportString(t, st, ""))
		sort.Strings(got)
		if got, want := strings.Join(got, "\n"), strings.Join(lines, "\n"); got != want {
			t.Errorf("%s: the export differs from DocumentQuads:\n%s", doc.Article.ID, diffLines(got, want))
		}
	}
}
