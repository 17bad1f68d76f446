package graph_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/statekg/statekg/graph"
	"github.com/statekg/statekg/schema"
)

// tool returns the path of an external program a test checks output
// with; without it the test is skipped, or fails under STATEKG_CI=1
// (.ci/run installs them).
func tool(t *testing.T, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		if os.Getenv("STATEKG_CI") == "1" {
			t.Fatalf("STATEKG_CI=1 but %s is not installed", name)
		}
		t.Skipf("%s is not installed", name)
	}
	return p
}

func entityGraph(t *testing.T) *graph.EntityGraph {
	t.Helper()
	g, err := cardStore(t).EntityGraph(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func TestEntityGraph(t *testing.T) {
	g := entityGraph(t)
	v := schema.Default
	// FBI, North Korea, Japan, the hack, Wang Yi and China.
	if len(g.Nodes) != 6 {
		t.Fatalf("%d nodes: %+v", len(g.Nodes), g.Nodes)
	}
	byIRI := map[string]graph.ViewNode{}
	for _, n := range g.Nodes {
		byIRI[string(n.IRI)] = n
	}
	nk := byIRI[string(v.Entity(schema.State, "North Korea"))]
	if nk.Name != "North Korea" || nk.Type != schema.State || nk.Wikidata != "Q423" {
		t.Errorf("North Korea: %+v", nk)
	}
	if w := byIRI[string(v.Entity(schema.Official, "Wang Yi"))]; len(w.Positions) != 1 || w.Positions[0] != "Foreign Minister" {
		t.Errorf("Wang Yi: %+v", w)
	}
	// Plain facts between entities, each once: FBI blames North Korea (two
	// articles), the hack attributedTo North Korea, Wang Yi officialOf
	// China, condemns North Korea, blames Japan; no negated or hedged
	// claim, no position.
	want := map[string]int{
		"FBI blames North Korea":                      2,
		"Sony Pictures hack attributedTo North Korea": 2,
		"Wang Yi officialOf China":                    1,
		"Wang Yi condemns North Korea":                1,
		"Wang Yi blames Japan":                        1,
	}
	got := map[string]int{}
	for _, e := range g.Edges {
		got[byIRI[string(e.Source)].Name+" "+string(e.Predicate)+" "+byIRI[string(e.Target)].Name] = e.Articles
	}
	if len(got) != len(want) || len(g.Edges) != len(want) {
		t.Fatalf("edges: %v, want %v", got, want)
	}
	for k, n := range want {
		if got[k] != n {
			t.Errorf("%s: %d articles, want %d", k, got[k], n)
		}
	}
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	p := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(p, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (go test -update rewrites it):\n%s", name, got)
	}
}

// TestEntityGraphML checks the GraphML export against its golden file and
// with xmllint: well-formed, every data element refers to a declared key,
// every edge joins two nodes, and the nodes carry their names.
func TestEntityGraphML(t *testing.T) {
	g := entityGraph(t)
	var b bytes.Buffer
	if err := g.WriteGraphML(&b); err != nil {
		t.Fatal(err)
	}
	golden(t, "entities.graphml", b.Bytes())

	xmllint := tool(t, "xmllint")
	file := filepath.Join(t.TempDir(), "g.graphml")
	if err := os.WriteFile(file, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command(xmllint, "--noout", file).CombinedOutput(); err != nil {
		t.Fatalf("xmllint: %v\n%s", err, out)
	}
	xpath := func(expr string) string {
		out, err := exec.Command(xmllint, "--xpath", expr, file).CombinedOutput()
		if err != nil {
			t.Fatalf("xmllint --xpath %s: %v\n%s", expr, err, out)
		}
		return strings.TrimSpace(string(out))
	}
	el := func(name string) string { return "//*[local-name()='" + name + "']" }
	for expr, want := range map[string]string{
		"count(" + el("node") + ")":                                    "6",
		"count(" + el("edge") + ")":                                    "5",
		"count(" + el("data") + "[not(@key = " + el("key") + "/@id)])": "0",
		"count(" + el("edge") + "[not(@source = " + el("node") + "/@id) or not(@target = " + el("node") + "/@id)])":                                 "0",
		"string(" + el("node") + "[@id='" + string(schema.Default.Entity(schema.State, "North Korea")) + "']/" + el("data")[2:] + "[@key='label'])": "North Korea",
		"string(" + el("key") + "[@id='label']/@attr.name)":                                                                                         "label",
	} {
		if got := xpath(expr); got != want {
			t.Errorf("%s = %q, want %q", expr, got, want)
		}
	}
}

// TestEntityDOT checks the DOT export against its golden file and has
// Graphviz draw it.
func TestEntityDOT(t *testing.T) {
	g := entityGraph(t)
	var b bytes.Buffer
	if err := g.WriteDOT(&b); err != nil {
		t.Fatal(err)
	}
	golden(t, "entities.dot", b.Bytes())
	if !strings.Contains(b.String(), `label="North Korea"`) || !strings.Contains(b.String(), `label="blames (2)"`) {
		t.Errorf("DOT without names or supports:\n%s", b.String())
	}
	dot := tool(t, "dot")
	cmd := exec.Command(dot, "-Tsvg")
	cmd.Stdin = bytes.NewReader(b.Bytes())
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("dot -Tsvg: %v", err)
	}
	if !bytes.Contains(out, []byte("<svg")) || !bytes.Contains(out, []byte("North Korea")) {
		t.Errorf("dot drew no named nodes:\n%.500s", out)
	}
}

func TestEntityCSV(t *testing.T) {
	g := entityGraph(t)
	var nodes, edges bytes.Buffer
	if err := g.WriteCSV(&nodes, &edges); err != nil {
		t.Fatal(err)
	}
	nrows, err := csv.NewReader(&nodes).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	erows, err := csv.NewReader(&edges).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(nrows) != 7 || strings.Join(nrows[0], ",") != "id,label,type,wikidata,names,positions" {
		t.Errorf("nodes: %q", nrows)
	}
	if len(erows) != 6 || strings.Join(erows[0], ",") != "source,target,predicate,articles" {
		t.Errorf("edges: %q", erows)
	}
	ids := map[string]bool{}
	for _, r := range nrows[1:] {
		ids[r[0]] = true
	}
	for _, r := range erows[1:] {
		if !ids[r[0]] || !ids[r[1]] {
			t.Errorf("edge %q joins no nodes", r)
		}
	}
}
