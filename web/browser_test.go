package web_test

import (
	"context"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/statekg/statekg/examples"
	"github.com/statekg/statekg/web"
)

var readmeShot = flag.Bool("readme-screenshot", false, "write the page's screenshot for the README to ../docs/serve.png")

// chromium returns the path of the browser: $STATEKG_CHROMIUM when set
// (and then only it), or Debian's chromium. It skips the test where there
// is none, and fails it under STATEKG_CI=1.
func chromium(t *testing.T) string {
	t.Helper()
	candidates := []string{"/usr/bin/chromium", "chromium", "chromium-browser"}
	if p := os.Getenv("STATEKG_CHROMIUM"); p != "" {
		candidates = []string{p}
	}
	for _, p := range candidates {
		if path, err := exec.LookPath(p); err == nil {
			return path
		}
	}
	if os.Getenv("STATEKG_CI") == "1" {
		t.Fatal("no chromium (apt-get install chromium, or set STATEKG_CHROMIUM): the browser test must run under STATEKG_CI=1")
	}
	t.Skip("no chromium: install Debian's chromium package or set STATEKG_CHROMIUM")
	return ""
}

// artifacts returns the folder for the test's screenshots:
// $STATEKG_ARTIFACTS when set, a temporary folder otherwise.
func artifacts(t *testing.T) string {
	dir := os.Getenv("STATEKG_ARTIFACTS")
	if dir == "" {
		return t.TempDir()
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestBrowser opens the page in headless Chromium and works it as an
// analyst would: looks an entity up by name, opens its card and the
// evidence of one of its edges, runs an example query, sees the graph
// drawn with named nodes, clicks one and reads its card and evidence.
func TestBrowser(t *testing.T) {
	bin := chromium(t)
	sub, err := fs.Sub(examples.Queries, "queries")
	if err != nil {
		t.Fatal(err)
	}
	srv := newServer(t, exampleGraph(t), web.Options{Examples: sub})
	shots := artifacts(t)

	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(bin),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1440, 1000),
	}
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancelA()
	ctx, cancelB := chromedp.NewContext(actx, chromedp.WithErrorf(t.Logf))
	defer cancelB()
	ctx, cancelT := context.WithTimeout(ctx, 90*time.Second)
	defer cancelT()

	shot := func(name string) {
		t.Helper()
		if err := chromedp.Do(ctx, chromedp.Sleep(300*time.Millisecond)); err != nil {
			t.Fatal(err)
		}
		png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
		if err != nil {
			t.Fatalf("screenshot %s: %v", name, err)
		}
		path := filepath.Join(shots, name)
		if err := os.WriteFile(path, png, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("screenshot %s", path)
	}
	do := func(what string, steps ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(ctx, steps...); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	text := func(id string) string {
		t.Helper()
		s, err := chromedp.Run(ctx, chromedp.Text(chromedp.ID(id)))
		if err != nil {
			t.Fatalf("text of #%s: %v", id, err)
		}
		return s
	}
	poll := func(what, expr string) {
		t.Helper()
		if _, err := chromedp.Run(ctx, chromedp.Poll[bool](expr, chromedp.WithPollingTimeout(20*time.Second))); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}

	// The page loads, with its example queries.
	do("open the page", chromedp.Navigate(srv.URL+"/"), chromedp.WaitVisible(chromedp.CSS(`#examples button`)))

	// A look-up by part of a name, in any case.
	nk := chromedp.CSS(`#search-results li[data-id="<https://statekg.org/id/state/north-korea>"]`)
	do("search", chromedp.SendKeys(chromedp.ID("search"), "north KOREA"), chromedp.Click(chromedp.ID("search-go")),
		chromedp.WaitVisible(nk))
	found, err := chromedp.Run(ctx, chromedp.Text(nk))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(found, "North Korea") || !strings.Contains(found, "State") {
		t.Errorf("search result reads %q", found)
	}
	shot("search.png")

	// The entity's card: type, Wikidata id, its accusers with their
	// articles, and around it in the graph the entities its edges reach.
	do("open the result", chromedp.Click(nk), chromedp.WaitVisible(chromedp.ID("card")))
	poll("card", `document.getElementById("card-name").textContent === "North Korea"`)
	if head := text("card"); !strings.Contains(head, "State") || !strings.Contains(head, "Q423") || !strings.Contains(head, "Edges in") {
		t.Errorf("North Korea's card: %.300q", head)
	}
	drawn, err := chromedp.Run(ctx, chromedp.Evaluate[int](`statekgGraph.nodes().length`))
	if err != nil || drawn < 3 {
		t.Errorf("card drawn with %d nodes (%v)", drawn, err)
	}

	// An edge of the card opens its evidence: a sentence, with its article.
	fbi := `#card-body ul[data-predicate="blames"] li.link[data-other="https://statekg.org/id/organization/federal-bureau-of-investigation"]`
	href := evidence(t, ctx, fbi, "FBI blames North Korea")
	shot("card.png")
	if href == "" {
		// An article without a URL is linked to a query of its statements.
		do("open the article", chromedp.Click(chromedp.CSS(fbi+" a.article")))
		poll("the article's statements", `document.getElementById("query-status").textContent.includes("results in")`)
		if tbl := text("results-table"); !strings.Contains(tbl, "Federal Bureau of Investigation") || !strings.Contains(tbl, "blames") {
			t.Errorf("the article's statements: %.300q", tbl)
		}
	}

	// An example query, one click away: a table and a graph of named nodes.
	do("run an example", chromedp.Click(chromedp.CSS(`#examples button[data-name="who-blamed-whom.js"]`)))
	poll("results", `document.getElementById("query-status").textContent.includes("results in")`)
	status := text("query-status")
	rows, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll("#results-table tbody tr").length`))
	if err != nil {
		t.Fatal(err)
	}
	if rows == 0 || !strings.Contains(status, fmt.Sprintf("%d results", rows)) {
		t.Errorf("table has %d rows; status %q", rows, status)
	}
	labels, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`statekgGraph.nodes().map(n => n.data("full"))`))
	if err != nil {
		t.Fatal(err)
	}
	if !containsString(labels, "North Korea") || !containsString(labels, "Russia") {
		t.Errorf("graph nodes %q: want North Korea and Russia among them", labels)
	}
	shot("query.png")

	// A click on the most connected node of the graph (an accused state)
	// shows its card, and an edge of it its evidence.
	type point struct {
		X, Y  float64
		Label string
	}
	at, err := chromedp.Run(ctx, chromedp.Evaluate[point](`(() => {
		const n = statekgGraph.nodes().max(n => n.degree()).ele;
		const p = n.renderedPosition(), r = document.getElementById("graph").getBoundingClientRect();
		return {X: r.left + p.x, Y: r.top + p.y, Label: n.data("full")};
	})()`))
	if err != nil {
		t.Fatal(err)
	}
	do("click the node", chromedp.MouseClickXY(at.X, at.Y))
	poll("the clicked node's card", fmt.Sprintf(`document.getElementById("card-name").textContent === %q`, at.Label))
	if body := text("card-body"); !strings.Contains(body, "blames") {
		t.Errorf("%s's card: %.300q", at.Label, body)
	}
	evidence(t, ctx, `#card-body ul[data-predicate="blames"] li.link`, "the first accuser of "+at.Label)
	shot("node.png")
	if *readmeShot {
		b, err := os.ReadFile(filepath.Join(shots, "node.png"))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile("../docs/serve.png", b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// evidence clicks the edge row sel of the card (on its article count, not
// on the link to the entity at its other end) and checks that the
// evidence opens under it: at least one sentence, each with a link to its
// article. It returns the URL the first links to, "" for an article that
// has none.
func evidence(t *testing.T, ctx context.Context, sel, what string) string {
	t.Helper()
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(sel+" .count")),
		chromedp.WaitVisible(chromedp.CSS(sel+" .why .sentence"))); err != nil {
		t.Fatalf("evidence of %s: %v", what, err)
	}
	type item struct {
		Sentence, Article, Href string
		Linked                  bool
	}
	items, err := chromedp.Run(ctx, chromedp.Evaluate[[]item](fmt.Sprintf(`[...document.querySelector(%q).querySelectorAll(".why li.evidence")].map(li => {
		const a = li.querySelector("a.article");
		return {Sentence: li.querySelector(".sentence").textContent, Article: a ? a.textContent : "",
			Href: a ? (a.getAttribute("href") || "") : "", Linked: !!a};
	})`, sel)))
	if err != nil {
		t.Fatalf("evidence of %s: %v", what, err)
	}
	if len(items) == 0 {
		t.Fatalf("evidence of %s: no statement", what)
	}
	for _, it := range items {
		if len(it.Sentence) < 20 || !it.Linked || it.Article == "" {
			t.Errorf("evidence of %s: %+v", what, it)
		}
		if it.Href != "" && !strings.HasPrefix(it.Href, "https://") {
			t.Errorf("evidence of %s: article link %q", what, it.Href)
		}
	}
	return items[0].Href
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
