package eval

import (
	"fmt"
	"io"
	"strings"

	"github.com/statekg/statekg/schema"
)

// Write prints the report as plain text: the relation figures, a table per
// predicate and per entity type, the loose figures of targets and
// attributedTo, and the violations. Verbose adds a line per article, every
// missed R row and every false positive with its sentence. Undefined
// figures (nothing found, no gold) print as "-".
func (r *Report) Write(w io.Writer, verbose bool) error {
	p := &printer{w: w}
	rel := r.Relations
	p.printf("articles: %d\n", len(r.Articles))
	p.printf("relations: P=%s R=%s F1=%s (correct %d, found %d, gold %d; %d matching O rows not counted; %d violations)\n",
		prec(rel), rec(rel), f1(rel), rel.TP, rel.Found(), rel.Gold(), r.Optional, len(r.Violations))

	p.printf("\n%-16s %5s %6s %8s %6s %6s %6s\n", "predicate", "gold", "found", "correct", "P", "R", "F1")
	for _, pr := range schema.Predicates() {
		c, ok := r.Predicates[pr]
		if !ok || c.Gold() == 0 && c.Found() == 0 {
			continue
		}
		p.row(string(pr), c)
	}
	p.row("all", rel)

	p.printf("\n%-16s %5s %6s %8s %6s %6s %6s\n", "entity", "gold", "found", "correct", "P", "R", "F1")
	var all Counts
	for _, t := range scoredTypes {
		c := r.Entities[t]
		all.Add(c)
		name := string(t)
		if t == schema.Official {
			name = "Official+Person"
		}
		p.row(name, c)
	}
	p.row("all", all)

	p.printf("\nloose (any incident with the same object):\n")
	for _, pr := range LoosePredicates() {
		s, l := r.Predicates[pr], r.Loose[pr]
		p.printf("%-16s strict P=%s R=%s F1=%s   loose P=%s R=%s F1=%s\n",
			pr, prec(s), rec(s), f1(s), prec(l), rec(l), f1(l))
	}

	p.printf("\nviolations: %d\n", len(r.Violations))
	for _, v := range r.Violations {
		p.printf("  %s:%d  %s\n", v.Article, v.Row.Line, v.Row)
		p.sentence(v.Sentence)
	}

	if verbose {
		p.printf("\n%-32s %5s %5s %7s %6s %6s %6s %10s\n", "article", "gold", "found", "correct", "P", "R", "F1", "violations")
		for _, a := range r.Articles {
			c := a.Relations
			p.printf("%-32s %5d %6d %8d %6s %6s %6s %11d\n", a.Name, c.Gold(), c.Found(), c.TP, prec(c), rec(c), f1(c), a.Violations)
		}
		p.printf("\nmisses: %d\n", len(r.Misses))
		for _, m := range r.Misses {
			p.printf("  %s:%d  %s %s %s\n", m.Article, m.Row.Line, m.Row.Subject, m.Row.Predicate, m.Row.Object)
		}
		p.printf("\nfalse positives: %d (besides violations)\n", len(r.FalsePositives))
		for _, f := range r.FalsePositives {
			p.printf("  %s  %s %s %s  [gold: %s / %s]\n", f.Article, f.Subject, f.Predicate, f.Object,
				orNone(f.GoldSubject), orNone(f.GoldObject))
			p.sentence(f.Sentence)
		}
	}
	return p.err
}

// printer writes until the first error and keeps it.
type printer struct {
	w   io.Writer
	err error
}

func (p *printer) printf(format string, args ...any) {
	if p.err == nil {
		_, p.err = fmt.Fprintf(p.w, format, args...)
	}
}

func (p *printer) row(name string, c Counts) {
	p.printf("%-16s %5d %6d %8d %6s %6s %6s\n", name, c.Gold(), c.Found(), c.TP, prec(c), rec(c), f1(c))
}

func (p *printer) sentence(s string) {
	if s = strings.Join(strings.Fields(s), " "); s != "" {
		p.printf("      %q\n", s)
	}
}

func prec(c Counts) string { return figure(c.Found(), c.Precision()) }
func rec(c Counts) string  { return figure(c.Gold(), c.Recall()) }

func f1(c Counts) string {
	if c.Found() == 0 && c.Gold() == 0 {
		return "-"
	}
	return fmt.Sprintf("%.3f", c.F1())
}

// figure formats x, or "-" when its denominator n is zero.
func figure(n int, x float64) string {
	if n == 0 {
		return "-"
	}
	return fmt.Sprintf("%.3f", x)
}

func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}
