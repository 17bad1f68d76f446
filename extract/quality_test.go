package extract_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/statekg/statekg/corpus"
	"github.com/statekg/statekg/extract"
	"github.com/statekg/statekg/extract/eval"
	"github.com/statekg/statekg/internal/sharedtest"
	"github.com/statekg/statekg/schema"
)

// readArticle reads a .txt file as the command line does: the whole file
// is the text, its base name the id, its first line the title.
func readArticle(t testing.TB, path string) schema.Article {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	title, _, _ := strings.Cut(text, "\n")
	return schema.Article{
		ID:     strings.TrimSuffix(filepath.Base(path), ".txt"),
		Title:  strings.TrimSpace(title),
		Text:   text,
		Source: path,
	}
}

// score runs the evaluation harness of statekg eval on dir.
func score(t *testing.T, x *extract.Extractor, dir string) *eval.Report {
	t.Helper()
	r, err := eval.Run(context.Background(), dir, corpus.ReadFile, x.Extract)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// Quality floors on the shared evaluation sets, just below the figures
// reached, so that quality cannot slip unnoticed. The figures are logged
// with -v.
const (
	minRelPrecision = 0.98
	minRelRecall    = 0.86
	minEntityF1     = 0.96
	// incidents, whose phrases vary most, on a floor of their own
	minDevIncidentF1 = 0.80
	// CASIE gold is partial: targets and attributedTo are held to a loose
	// precision floor (any incident with the same victim or attacker).
	minCasieLoosePrecision = 0.78
	minCasieLooseFound     = 8
	// attributedTo, which reaches more, to a precision floor of its own
	minCasieLooseAttributedToPrecision = 0.88
	// and to recall floors, one a predicate, at the figures reached
	minCasieLooseTargetsRecall      = 0.53
	minCasieLooseAttributedToRecall = 0.65
	// dev2, written after the rules above: far lower recall, held where
	// it is so that it can only rise.
	minDev2Precision = 0.98
	minDev2Recall    = 0.82
	// The example articles, annotated from their text alone.
	minExamplesPrecision = 0.98
	minExamplesRecall    = 0.96
)

func TestQualityDev(t *testing.T) {
	x, err := extract.New(extract.Config{})
	if err != nil {
		t.Fatal(err)
	}
	r := score(t, x, sharedtest.Dir(t, "eval", "dev"))
	var b strings.Builder
	if err := r.Write(&b, testing.Verbose()); err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + b.String())
	if p := r.Relations.Precision(); p < minRelPrecision {
		t.Errorf("dev relation precision %.3f < %.2f", p, minRelPrecision)
	}
	if rc := r.Relations.Recall(); rc < minRelRecall {
		t.Errorf("dev relation recall %.3f < %.2f", rc, minRelRecall)
	}
	if n := len(r.Violations); n > 0 {
		t.Errorf("dev: %d violations (N rows extracted as plain edges)", n)
	}
	for _, typ := range []schema.Type{schema.State, schema.Official, schema.Organization} {
		if f := r.Entities[typ].F1(); f < minEntityF1 {
			t.Errorf("dev entity F1 of %s %.3f < %.2f", typ, f, minEntityF1)
		}
	}
	if f := r.Entities[schema.Incident].F1(); f < minDevIncidentF1 {
		t.Errorf("dev entity F1 of %s %.3f < %.2f", schema.Incident, f, minDevIncidentF1)
	}
}

func TestQualityDev2(t *testing.T) {
	x, err := extract.New(extract.Config{})
	if err != nil {
		t.Fatal(err)
	}
	r := score(t, x, sharedtest.Dir(t, "eval", "dev2"))
	var b strings.Builder
	if err := r.Write(&b, testing.Verbose()); err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + b.String())
	if p := r.Relations.Precision(); p < minDev2Precision {
		t.Errorf("dev2 relation precision %.3f < %.2f", p, minDev2Precision)
	}
	if rc := r.Relations.Recall(); rc < minDev2Recall {
		t.Errorf("dev2 relation recall %.3f < %.2f", rc, minDev2Recall)
	}
	if n := len(r.Violations); n > 0 {
		t.Errorf("dev2: %d violations (N rows extracted as plain edges)", n)
	}
	for typ, min := range minDev2EntityF1 {
		if f := r.Entities[typ].F1(); f < min {
			t.Errorf("dev2 entity F1 of %s %.3f < %.2f", typ, f, min)
		}
	}
}

// minDev2EntityF1 holds dev2's entity F1 per type where it stands.
var minDev2EntityF1 = map[schema.Type]float64{
	schema.State:        0.99,
	schema.Official:     0.99,
	schema.Organization: 0.97,
	schema.Incident:     0.90,
}

func TestQualityCasie(t *testing.T) {
	x, err := extract.New(extract.Config{})
	if err != nil {
		t.Fatal(err)
	}
	r := score(t, x, sharedtest.Dir(t, "eval", "casie-dev"))
	var b strings.Builder
	if err := r.Write(&b, testing.Verbose()); err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + b.String())
	// The CASIE gold is partial (attack participants only): only targets
	// and attributedTo are held, loosely, to precision and recall floors
	// (with enough of them found for them to mean something); no negated or
	// hypothetical attack may become an edge.
	if n := len(r.Violations); n > 0 {
		t.Errorf("casie-dev: %d violations (N rows extracted as plain edges)", n)
	}
	for p, min := range map[schema.Predicate]float64{schema.Targets: minCasieLoosePrecision, schema.AttributedTo: minCasieLooseAttributedToPrecision} {
		c := r.Loose[p]
		if c.Precision() < min {
			t.Errorf("casie-dev loose %s precision %.3f < %.2f", p, c.Precision(), min)
		}
		if c.Found() < minCasieLooseFound {
			t.Errorf("casie-dev loose %s: %d found < %d", p, c.Found(), minCasieLooseFound)
		}
	}
	for p, min := range map[schema.Predicate]float64{schema.Targets: minCasieLooseTargetsRecall, schema.AttributedTo: minCasieLooseAttributedToRecall} {
		if rc := r.Loose[p].Recall(); rc < min {
			t.Errorf("casie-dev loose %s recall %.3f < %.2f", p, rc, min)
		}
	}
}

func TestQualityExamples(t *testing.T) {
	x, err := extract.New(extract.Config{})
	if err != nil {
		t.Fatal(err)
	}
	r := score(t, x, filepath.Join("testdata", "examples-gold"))
	var b strings.Builder
	if err := r.Write(&b, testing.Verbose()); err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + b.String())
	if p := r.Relations.Precision(); p < minExamplesPrecision {
		t.Errorf("examples relation precision %.3f < %.2f", p, minExamplesPrecision)
	}
	if rc := r.Relations.Recall(); rc < minExamplesRecall {
		t.Errorf("examples relation recall %.3f < %.2f", rc, minExamplesRecall)
	}
	if n := len(r.Violations); n > 0 {
		t.Errorf("examples: %d violations (N rows extracted as plain edges)", n)
	}
}
