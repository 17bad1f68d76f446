package main

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/cayleygraph/quad"
	"github.com/urfave/cli/v2"

	"github.com/statekg/statekg/graph"
	"github.com/statekg/statekg/schema"
)

// exitAmbiguous is the exit code of show and why when a name is that of
// several entities.
const exitAmbiguous = 3

// The period flags of show and why.
var (
	sinceFlag = &cli.StringFlag{Name: "since", Usage: "count only articles published on or after `DATE` (YYYY-MM-DD)"}
	untilFlag = &cli.StringFlag{Name: "until", Usage: "count only articles published on or before `DATE` (YYYY-MM-DD)"}
)

// viewOptions checks the arguments of show and why: their number (want),
// --format and the period of --since and --until.
func viewOptions(c *cli.Context, want int, usage string) (graph.Period, error) {
	if c.NArg() != want {
		return graph.Period{}, &exitError{code: 2, msg: c.Command.Name + ": " + usage}
	}
	if _, err := reportFormat(c); err != nil {
		return graph.Period{}, err
	}
	p, err := graph.ParsePeriod(c.String(sinceFlag.Name), c.String(untilFlag.Name))
	if err != nil {
		return p, &exitError{code: 2, msg: c.Command.Name + ": " + err.Error()}
	}
	return p, nil
}

const showUsage = "give one name (quote a name of several words)"

// whyOptions checks why's arguments and options, as viewOptions does, and
// its predicate.
func whyOptions(c *cli.Context) (graph.Period, schema.Predicate, error) {
	p, err := viewOptions(c, 3, "give SUBJECT PREDICATE OBJECT (quote names of several words)")
	if err != nil {
		return p, "", err
	}
	pred, err := schema.ParsePredicate(c.Args().Get(1))
	if err != nil {
		return p, "", usageError(c, "why: %v", err)
	}
	return p, pred, nil
}

// searchOptions checks search's argument and --format.
func searchOptions(c *cli.Context) error {
	if c.NArg() != 1 {
		return usageError(c, "search: give one text to look for (quote several words)")
	}
	_, err := reportFormat(c)
	return err
}

// resolve finds the one entity named name (its name or an alternate
// name, in any case, or its IRI) and says which there are when there are
// several or none.
func resolve(c *cli.Context, idx *graph.Names, name string) (graph.Entity, error) {
	cmd := c.Command.Name
	if iri, ok := iriArg(name); ok {
		return graph.Entity{IRI: iri}, nil
	}
	found := idx.Lookup(name)
	switch len(found) {
	case 1:
		return found[0], nil
	case 0:
		msg := fmt.Sprintf("%s: no entity is named %q", cmd, name)
		if ms, err := idx.Search(name, 5); err == nil && len(ms) > 0 {
			var names []string
			for _, m := range ms {
				names = append(names, fmt.Sprintf("%q", m.Name))
			}
			msg += "; names containing it: " + strings.Join(names, ", ")
		}
		return graph.Entity{}, &exitError{code: 1, msg: msg}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %d entities are named %q; give one by its IRI:", cmd, len(found), name)
	for _, e := range found {
		fmt.Fprintf(&b, "\n  %s  %s (%s)", string(e.IRI), e.Name, e.Type)
	}
	return graph.Entity{}, &exitError{code: exitAmbiguous, msg: b.String()}
}

// iriArg reports whether arg is an IRI, as <IRI> or bare http(s).
func iriArg(arg string) (quad.IRI, bool) {
	if strings.HasPrefix(arg, "<") && strings.HasSuffix(arg, ">") {
		return quad.IRI(arg[1 : len(arg)-1]), true
	}
	if strings.HasPrefix(arg, "http://") || strings.HasPrefix(arg, "https://") {
		return quad.IRI(arg), true
	}
	return "", false
}

func showCommand() *cli.Command {
	return &cli.Command{
		Name:      "show",
		Usage:     "print an entity's card: names, positions, edges with their support, incidents",
		ArgsUsage: "NAME",
		Description: "NAME is a name or alternate name of the entity, in any case, or its IRI. When several\n" +
			"entities have the name, show lists them and exits with status 3.\n\n" +
			"Example:\n   statekg show 'north korea'\n   statekg show --since 2017-01-01 --format json Russia",
		Flags: []cli.Flag{dbFlag, dbPathFlag, baseFlag, formatFlag(), sinceFlag, untilFlag},
		Before: func(c *cli.Context) error {
			_, err := viewOptions(c, 1, showUsage)
			return err
		},
		Action: withExisting(func(c *cli.Context, st *graph.Store) error {
			p, err := viewOptions(c, 1, showUsage)
			if err != nil {
				return err
			}
			idx, err := st.Names(c.Context)
			if err != nil {
				return err
			}
			e, err := resolve(c, idx, c.Args().First())
			if err != nil {
				return err
			}
			card, err := st.Card(c.Context, e.IRI, p)
			if err != nil {
				return err
			}
			return writeReport(c, card, func(w io.Writer) error { return writeCard(w, card, p) })
		}),
	}
}

func articles(n int) string {
	if n == 1 {
		return "1 article"
	}
	return fmt.Sprintf("%d articles", n)
}

func entityText(e graph.Entity) string {
	if e.Type == "" {
		return e.Name
	}
	return fmt.Sprintf("%s (%s)", e.Name, e.Type)
}

func writeCard(w io.Writer, c graph.Card, p graph.Period) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "%s\n", entityText(c.Entity))
	fmt.Fprintf(tw, "  iri:\t%s\n", string(c.IRI))
	if len(c.Names) > 0 {
		fmt.Fprintf(tw, "  also:\t%s\n", strings.Join(c.Names, "; "))
	}
	if c.Wikidata != "" {
		fmt.Fprintf(tw, "  wikidata:\t%s\n", c.Wikidata)
	}
	in := ""
	if !p.Open() {
		in = fmt.Sprintf(" (%s to %s)", orDots(p.Since), orDots(p.Until))
	}
	fmt.Fprintf(tw, "  mentioned in:\t%s%s\n", articles(c.Articles), in)
	list := func(title string, ls []graph.Link, withPred bool) {
		for i, l := range ls {
			t := ""
			if i == 0 {
				t = title
			}
			what := entityText(l.Other)
			switch {
			case withPred && l.Inward:
				what += " " + string(l.Predicate) + " it"
			case withPred:
				what = string(l.Predicate) + " " + what
			}
			fmt.Fprintf(tw, "  %s\t%s, %s\n", t, what, articles(l.Articles))
		}
	}
	list("position:", c.Positions, false)
	list("official of:", c.Serves, false)
	list("officials:", c.Officials, false)
	list("incidents:", c.Incidents, true)
	for _, dir := range []struct {
		title  string
		groups []graph.LinkGroup
	}{{"edges out", c.Out}, {"edges in", c.In}} {
		if len(dir.groups) == 0 {
			continue
		}
		fmt.Fprintf(tw, "%s:\n", dir.title)
		for _, g := range dir.groups {
			for i, l := range g.Links {
				t := ""
				if i == 0 {
					t = string(g.Predicate)
				}
				fmt.Fprintf(tw, "  %s\t%s\t%s\n", t, entityText(l.Other), articles(l.Articles))
			}
		}
	}
	return tw.Flush()
}

func orDots(s string) string {
	if s == "" {
		return "…"
	}
	return s
}

func whyCommand() *cli.Command {
	return &cli.Command{
		Name:      "why",
		Usage:     "print the articles and sentences behind an edge, and the negated and hedged claims about the pair",
		ArgsUsage: "SUBJECT PREDICATE OBJECT",
		Description: "SUBJECT and OBJECT are names as show takes them (the object of position is the title);\n" +
			"PREDICATE is a word of the vocabulary (blames, condemns, officialOf, ...).\n\n" +
			"Example:\n   statekg why FBI blames 'North Korea'\n   statekg why --format json Japan concernedAbout 'North Korea'",
		Flags: []cli.Flag{dbFlag, dbPathFlag, baseFlag, formatFlag(), sinceFlag, untilFlag},
		Before: func(c *cli.Context) error {
			_, _, err := whyOptions(c)
			return err
		},
		Action: withExisting(func(c *cli.Context, st *graph.Store) error {
			p, pred, err := whyOptions(c)
			if err != nil {
				return err
			}
			idx, err := st.Names(c.Context)
			if err != nil {
				return err
			}
			subj, err := resolve(c, idx, c.Args().Get(0))
			if err != nil {
				return err
			}
			var obj quad.Value = quad.String(c.Args().Get(2))
			if !pred.Literal() {
				o, err := resolve(c, idx, c.Args().Get(2))
				if err != nil {
					return err
				}
				obj = o.IRI
			}
			w, err := st.Why(c.Context, subj.IRI, pred, obj, p)
			if err != nil {
				return err
			}
			return writeReport(c, w, func(out io.Writer) error { return writeWhy(out, w) })
		}),
	}
}

func writeWhy(w io.Writer, y graph.Why) error {
	edge := fmt.Sprintf("%s %s %s", y.Subject.Name, y.Predicate, y.Object.Name)
	if y.Edge {
		fmt.Fprintf(w, "%s: %s, %s\n", edge, articles(distinct(y.Support)), statements(len(y.Support)))
	} else {
		fmt.Fprintf(w, "%s: not an edge, no article asserts it\n", edge)
	}
	evidence(w, y.Support)
	if len(y.Contrary) > 0 {
		fmt.Fprintf(w, "\nnegated and hedged, about %s and %s:\n", y.Subject.Name, y.Object.Name)
		evidence(w, y.Contrary)
	}
	return nil
}

func statements(n int) string {
	if n == 1 {
		return "1 statement"
	}
	return fmt.Sprintf("%d statements", n)
}

func distinct(es []graph.Evidence) int {
	seen := map[string]bool{}
	for _, e := range es {
		seen[e.Article] = true
	}
	return len(seen)
}

func evidence(w io.Writer, es []graph.Evidence) {
	for _, e := range es {
		date := e.Date
		if date == "" {
			date = "(no date)"
		}
		fmt.Fprintf(w, "  %s  %s  [%s]\n", date, e.Headline, e.Article)
		var how []string
		if e.Polarity == schema.Negated {
			how = append(how, "negated")
		}
		if e.Modality == schema.Hedged {
			how = append(how, "hedged")
		}
		tag := ""
		if len(how) > 0 {
			tag = fmt.Sprintf("(%s %s) ", strings.Join(how, ", "), e.Predicate)
		}
		who := ""
		if e.Claimant != nil {
			who = e.Claimant.Name + ": "
		}
		fmt.Fprintf(w, "    %s%s%s\n", tag, who, strings.Join(strings.Fields(e.Sentence), " "))
	}
}

func searchCommand() *cli.Command {
	return &cli.Command{
		Name:      "search",
		Usage:     "find entities by any of their names",
		ArgsUsage: "TEXT",
		Description: "Lists the entities with a name or alternate name containing TEXT, in any case: exact\n" +
			"names first, then names starting with it, then the others.\n\n" +
			"Example:\n   statekg search korea\n   statekg search --format json fancy",
		Flags: []cli.Flag{dbFlag, dbPathFlag, baseFlag, formatFlag(),
			&cli.IntFlag{Name: "limit", Value: 20, Usage: "at most `N` entities (0: all)"},
		},
		Before: func(c *cli.Context) error {
			return searchOptions(c)
		},
		Action: withExisting(func(c *cli.Context, st *graph.Store) error {
			if err := searchOptions(c); err != nil {
				return err
			}
			ms, err := st.Search(c.Context, c.Args().First(), c.Int("limit"))
			if err != nil {
				return &exitError{code: 2, msg: err.Error()}
			}
			if ms == nil {
				ms = []graph.Match{}
			}
			return writeReport(c, ms, func(w io.Writer) error {
				if len(ms) == 0 {
					fmt.Fprintf(c.App.ErrWriter, "no entity has a name containing %q\n", c.Args().First())
					return nil
				}
				tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
				fmt.Fprintln(tw, "NAME\tTYPE\tMATCHED\tIRI")
				for _, m := range ms {
					fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", m.Name, m.Type, strings.Join(m.Matched, "; "), string(m.IRI))
				}
				return tw.Flush()
			})
		}),
	}
}
