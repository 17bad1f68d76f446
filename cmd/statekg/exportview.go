package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/urfave/cli/v2"

	"github.com/statekg/statekg/graph"
)

// viewFlag selects a drawing of the graph in place of its quads.
var viewFlag = &cli.StringFlag{Name: "view", Usage: "write `VIEW` instead of the quads: entities (one node per entity, one edge per fact) as graphml, dot or csv"}

// exportView writes the entities view: GraphML (the default), DOT, or CSV
// as the files nodes.csv and edges.csv of the folder given with -o.
func exportView(c *cli.Context, st *graph.Store) error {
	if v := c.String(viewFlag.Name); v != "entities" {
		return &exitError{code: 2, msg: fmt.Sprintf("export: unknown view %q (entities)", v)}
	}
	format := "graphml"
	if c.IsSet("format") {
		format = c.String("format")
	}
	if format != "graphml" && format != "dot" && format != "csv" {
		return &exitError{code: 2, msg: fmt.Sprintf("export: the entities view is written as graphml, dot or csv, not %q", format)}
	}
	if c.String("article") != "" {
		return &exitError{code: 2, msg: "export: the entities view is of the whole graph, not of one --article"}
	}
	out := c.String("output")
	if format == "csv" && out == "" {
		return &exitError{code: 2, msg: "export: the csv entities view is two files: give their folder with -o DIR"}
	}
	g, err := st.EntityGraph(c.Context)
	if err != nil {
		return err
	}
	if format == "csv" {
		if err := os.MkdirAll(out, 0o755); err != nil {
			return fmt.Errorf("export: %w", err)
		}
		err := writeFileAtomic(filepath.Join(out, "nodes.csv"), func(nw io.Writer) error {
			return writeFileAtomic(filepath.Join(out, "edges.csv"), func(ew io.Writer) error {
				return g.WriteCSV(nw, ew)
			})
		})
		if err != nil {
			return fmt.Errorf("export: %w", err)
		}
		fmt.Fprintf(c.App.ErrWriter, "wrote %d nodes to %s and %d edges to %s\n",
			len(g.Nodes), filepath.Join(out, "nodes.csv"), len(g.Edges), filepath.Join(out, "edges.csv"))
		return nil
	}
	write := g.WriteGraphML
	if format == "dot" {
		write = g.WriteDOT
	}
	if out == "" {
		return write(c.App.Writer)
	}
	return writeFileAtomic(out, write)
}
