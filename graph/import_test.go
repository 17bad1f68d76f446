package graph_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/statekg/statekg/graph"
	"github.com/statekg/statekg/schema"
)

func writeFile(t *testing.T, dir, name, body string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

var blankNode = regexp.MustCompile(`_:[A-Za-z0-9_.-]*[A-Za-z0-9_-]`)

// TestImportBlankNodes: the blank nodes of two imports stay two sets of
// nodes, even where their labels are the same; within one import a label
// is one node throughout.
func TestImportBlankNodes(t *testing.T) {
	ctx := context.Background()
	for _, open := range []opener{openMem, openBolt, openLevelDB} {
		st := open(t)
		dir := t.TempDir()
		a := writeFile(t, dir, "a.nq", "_:b0 <http://x.org/name> \"first\" .\n_:b0 <http://x.org/knows> _:b1 _:g .\n_:b1 <http://x.org/name> \"friend\" _:g .\n")
		b := writeFile(t, dir, "b.nq", "_:b0 <http://x.org/name> \"second\" .\n_:b0 <http://x.org/knows> _:b1 _:g .\n_:b1 <http://x.org/name> \"friend\" _:g .\n")
		for _, p := range []string{a, b} {
			if n, err := st.ImportFile(ctx, p); err != nil || n != 3 {
				t.Fatalf("import %s: %d, %v", p, n, err)
			}
		}
		out := exportString(t, st, "")
		lines := strings.Split(strings.TrimSpace(out), "\n")
		if len(lines) != 6 {
			t.Fatalf("%d quads, want 6 (no two imports' quads merged):\n%s", len(lines), out)
		}
		// subject of "first", of "second"; what each knows; the graph names
		nodes := map[string]bool{}
		for _, l := range lines {
			for _, n := range blankNode.FindAllString(l, -1) {
				nodes[n] = true
			}
		}
		if len(nodes) != 6 { // b0, b1, g of each import
			t.Errorf("%d blank nodes, want 6:\n%s", len(nodes), out)
		}
		// within one import, _:b0 is one node: the one named "first" knows
		// a node named "friend" in the same import's graph
		res, err := st.Query(ctx, `g.V().Has("<http://x.org/name>", "first").Out("<http://x.org/knows>").Out("<http://x.org/name>").All()`, graph.QueryOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if len(res) != 1 {
			t.Errorf("first knows %d named nodes, want 1: %v", len(res), res)
		}
		// the store's export imports into another store as it is, blank
		// nodes renamed once more but linked the same way
		copyPath := writeFile(t, dir, "copy.nq", out)
		st2 := open(t)
		if _, err := st2.ImportFile(ctx, copyPath); err != nil {
			t.Fatal(err)
		}
		if got := blankNode.ReplaceAllString(exportString(t, st2, ""), "_:x"); len(strings.Split(strings.TrimSpace(got), "\n")) != 6 {
			t.Errorf("re-imported export:\n%s", got)
		}
	}
}

// TestImportErrors: an error in an N-Quads file is a *ParseError that
// names the file and the line, and wraps a sentinel.
func TestImportErrors(t *testing.T) {
	ctx := context.Background()
	st := openMem(t)
	dir := t.TempDir()
	good := "<http://x.org/a> <http://x.org/p> <http://x.org/b> .\n"
	for _, c := range []struct {
		name, body string
		line       int
		want       error
	}{
		{"syntax.nq", good + "\n# comment\n<http://x.org/a> <http://x.org/p> \"unterminated .\n", 4, graph.ErrSyntax},
		{"incomplete.nq", good + "<http://x.org/a> <http://x.org/p> <http://x.org/b>\n", 2, graph.ErrSyntax},
		{"relative.nq", good + good + "<a> <http://x.org/p> <http://x.org/b> .\n", 3, graph.ErrInvalidQuad},
		{"space.nq", "<http://x.org/a b> <http://x.org/p> <http://x.org/c> .\n", 1, graph.ErrInvalidQuad},
	} {
		p := writeFile(t, dir, c.name, c.body)
		_, err := st.ImportFile(ctx, p)
		var pe *graph.ParseError
		if !errors.As(err, &pe) || !errors.Is(err, c.want) {
			t.Errorf("%s: %v, want a *ParseError wrapping %v", c.name, err, c.want)
			continue
		}
		if pe.File != p || pe.Line != c.line {
			t.Errorf("%s: at %s:%d, want %s:%d", c.name, pe.File, pe.Line, p, c.line)
		}
		if prefix := p + ":" + strconv.Itoa(c.line) + ": " + c.want.Error() + ": "; !strings.HasPrefix(err.Error(), prefix) {
			t.Errorf("%s: message %q, want it to start %q", c.name, err, prefix)
		}
	}
	// a reader without a file name
	_, err := st.Import(ctx, graph.NewNQuadsReader(strings.NewReader(good+"<x:a> <x:p>\n")))
	if !errors.Is(err, graph.ErrSyntax) || !strings.HasPrefix(err.Error(), "import: line 2: ") {
		t.Errorf("unnamed reader: %v", err)
	}
	if after := exportString(t, st, ""); after != "" {
		t.Errorf("failed imports wrote quads:\n%s", after)
	}
}

// TestDeleteImported: Delete removes the quads of the article's graph that
// start at the article node, whether Load or Import wrote them; a quad of
// the article's label that Load did not write on another node stays, as do
// other labels' quads and the store's format version.
func TestDeleteImported(t *testing.T) {
	ctx := context.Background()
	for _, open := range []opener{openMem, openBolt} {
		st := open(t)
		doc := syntheticDoc(1)
		mustLoad(t, st, doc)
		v := st.Vocab()
		label := v.Article(doc.Article.ID).String()
		entity := v.Entity(schema.State, doc.Claims[0].Subject.Name).String()
		extra := []string{
			label + ` <http://x.org/note> "on the article node" ` + label + " .",       // reached: the article node
			entity + ` <http://x.org/note> "on a node it mentions" ` + label + " .",    // reached: a mentioned node
			`<http://x.org/elsewhere> <http://x.org/note> "unreached" ` + label + " .", // not reached
			entity + ` <http://x.org/note> "another graph" <http://x.org/other> .`,     // another label
		}
		p := writeFile(t, t.TempDir(), "extra.nq", strings.Join(extra, "\n")+"\n")
		if _, err := st.ImportFile(ctx, p); err != nil {
			t.Fatal(err)
		}
		if _, err := st.Delete(ctx, doc.Article.ID); err != nil {
			t.Fatal(err)
		}
		var left []string
		for _, l := range strings.Split(strings.TrimSpace(exportString(t, st, "")), "\n") {
			if l != "" {
				left = append(left, l)
			}
		}
		sort.Strings(left)
		version := "<https://statekg.org/> <https://statekg.org/ns/formatVersion> \"2\"^^<http://www.w3.org/2001/XMLSchema#integer> ."
		want := []string{extra[1], extra[2], extra[3], version}
		sort.Strings(want)
		if strings.Join(left, "\n") != strings.Join(want, "\n") {
			t.Errorf("after delete:\n%s\nwant\n%s", strings.Join(left, "\n"), strings.Join(want, "\n"))
		}
	}
}

// TestRemoveQuadsThenLoad: quads of the default graph removed with
// RemoveQuads are written again by a later Load that states them, though
// the Store had written them before.
func TestRemoveQuadsThenLoad(t *testing.T) {
	ctx := context.Background()
	for _, open := range []opener{openMem, openBolt} {
		st := open(t)
		a, b := syntheticDoc(1), syntheticDoc(2)
		b.Entities = append(b.Entities, a.Entities[:2]...)
		b.Claims = append(b.Claims, a.Claims[0])
		mustLoad(t, st, a)
		v := st.Vocab()
		subj := v.Entity(a.Claims[0].Subject.Type, a.Claims[0].Subject.Name)
		edge := quad.Make(subj, v.Predicate(a.Claims[0].Predicate), v.Entity(a.Claims[0].Object.Type, a.Claims[0].Object.Name), nil)
		name := quad.Make(subj, schema.Name, quad.String(a.Claims[0].Subject.Name), nil)
		if err := st.RemoveQuads(ctx, []quad.Quad{edge, name}); err != nil {
			t.Fatal(err)
		}
		if strings.Contains(exportString(t, st, ""), name.NQuad()) {
			t.Fatalf("%s: %s still there after RemoveQuads", st.Backend(), name.NQuad())
		}
		mustLoad(t, st, b)
		all := exportString(t, st, "")
		for _, q := range []quad.Quad{edge, name} {
			if !strings.Contains(all, q.NQuad()) {
				t.Errorf("%s: a load that states it did not write %s again", st.Backend(), q.NQuad())
			}
		}
	}
}
