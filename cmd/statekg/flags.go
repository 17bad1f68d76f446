package main

import (
	"fmt"
	"os"

	"github.com/urfave/cli/v2"

	"github.com/statekg/statekg/extract"
	"github.com/statekg/statekg/graph"
	"github.com/statekg/statekg/schema"
)

var (
	dbFlag = &cli.StringFlag{
		Name:    "db",
		Usage:   "bolt `FILE` holding the graph",
		Value:   "statekg.db",
		EnvVars: []string{"STATEKG_DB"},
	}
	baseFlag = &cli.StringFlag{
		Name:    "base",
		Usage:   "base namespace `IRI` of the vocabulary and the entities",
		Value:   string(schema.DefaultBase),
		EnvVars: []string{"STATEKG_BASE"},
	}
	actorsFlag = &cli.StringSliceFlag{
		Name:  "actors",
		Usage: "extra actors `FILE` (statekg TSV or PETRARCH/Phoenix dictionary); may repeat",
	}
)

func vocab(c *cli.Context) (schema.Vocab, error) {
	return schema.NewVocab(c.String(baseFlag.Name))
}

func openStore(c *cli.Context) (*graph.Store, error) {
	v, err := vocab(c)
	if err != nil {
		return nil, err
	}
	return graph.Open(c.Context, graph.Config{Path: c.String(dbFlag.Name), Vocab: v})
}

// openExisting opens the store for commands that read it, refusing to
// create an empty one where the user mistyped the path.
func openExisting(c *cli.Context) (*graph.Store, error) {
	path := c.String(dbFlag.Name)
	if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("open %s: no graph there (build one with 'statekg build --db %s PATH')", path, path)
	}
	return openStore(c)
}

func newExtractor(c *cli.Context) (*extract.Extractor, error) {
	var actors []extract.Actor
	for _, path := range c.StringSlice(actorsFlag.Name) {
		f, err := os.Open(path)
		if err != nil {
			return nil, err
		}
		a, err := extract.ReadActors(f, path)
		f.Close()
		if err != nil {
			return nil, err
		}
		actors = append(actors, a...)
	}
	return extract.New(extract.Config{Actors: actors})
}
