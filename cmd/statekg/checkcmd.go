package main

import (
	"fmt"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/statekg/statekg/graph"
)

func checkCommand() *cli.Command {
	return &cli.Command{
		Name:  "check",
		Usage: "find articles whose quads are incomplete or dangling, and facts no article states",
		Description: "An article is complete when its graph holds as many quads as its completeness\n" +
			"mark says (an import cut short leaves it incomplete). With --repair, the articles\n" +
			"found are removed, with what only they stated, so that the next build loads them\n" +
			"whole; the exit status is 1 when something was found and not repaired.\n\n" +
			"Example:\n   statekg check --db news.db\n   statekg check --repair --db news.db && statekg build --db news.db articles/",
		Flags: []cli.Flag{dbFlag, dbPathFlag, baseFlag,
			&cli.BoolFlag{Name: "repair", Usage: "remove what was found, for the next build to load again"},
		},
		Action: func(c *cli.Context) error {
			open := openReadOnly
			if c.Bool("repair") {
				open = openToChange
			}
			return withStore(open, checkStore)(c)
		},
	}
}

func checkStore(c *cli.Context, st *graph.Store) error {
	rep, err := st.Check(c.Context, c.Bool("repair"))
	if err != nil {
		return err
	}
	w := c.App.Writer
	fmt.Fprintf(w, "articles: %d, incomplete: %d, dangling: %d; unsupported quads: %d\n",
		rep.Articles, len(rep.Incomplete), len(rep.Dangling), rep.Unsupported)
	for _, id := range rep.Incomplete {
		fmt.Fprintf(w, "incomplete\t%s\n", id)
	}
	for _, id := range rep.Dangling {
		fmt.Fprintf(w, "dangling\t%s\n", id)
	}
	if c.Bool("repair") {
		if len(rep.Repaired) > 0 || rep.Unsupported > 0 {
			fmt.Fprintf(w, "repaired: removed %d articles (%s) and %d unsupported quads; build them again\n",
				len(rep.Repaired), strings.Join(rep.Repaired, ", "), rep.Unsupported)
		}
		return nil
	}
	if !rep.OK() {
		return &exitError{code: 1, msg: "check: the store needs repair ('statekg check --repair', then build)"}
	}
	return nil
}
