package main

import (
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/statekg/statekg/extract"
	"github.com/statekg/statekg/graph"
	"github.com/statekg/statekg/schema"
)

// defaultDBPath is where the graph is when neither --db nor --dbpath says.
const defaultDBPath = "statekg.db"

var (
	dbFlag = &cli.StringFlag{
		Name: "db",
		Usage: "the store: a backend (" + strings.Join(graph.Backends(), ", ") + ") whose store is at --dbpath,\n" +
			"\tor, without --dbpath, the `PATH` of a bolt or leveldb folder (a new one is made with the default\n" +
			"\tbackend, " + graph.DefaultBackend + "); write ./NAME for a folder named like a backend",
		Value:   defaultDBPath,
		EnvVars: []string{"STATEKG_DB"},
	}
	dbPathFlag = &cli.StringFlag{
		Name: "dbpath",
		Usage: "with --db BACKEND: the `PATH` of the store's folder, or for postgres its connection URL\n" +
			"\t(postgres://user:password@host:5432/dbname?sslmode=disable); default " + defaultDBPath,
		EnvVars: []string{"STATEKG_DBPATH"},
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

// storeConfig reads --db and --dbpath:
//
//	--db BACKEND --dbpath PATH   the store of BACKEND at PATH
//	--db BACKEND                 the store of BACKEND at statekg.db
//	--dbpath PATH                the store at PATH, as --db PATH
//	--db PATH                    the bolt or leveldb store in the folder PATH, or a new one
//	                             of the default backend there
func storeConfig(c *cli.Context) (graph.Config, error) {
	db, dbpath := c.String(dbFlag.Name), c.String(dbPathFlag.Name)
	isBackend := slices.Contains(graph.Backends(), db)
	var cfg graph.Config
	switch {
	case c.IsSet(dbPathFlag.Name) && c.IsSet(dbFlag.Name) && !isBackend:
		return cfg, &exitError{code: 2, msg: fmt.Sprintf("--db %q is not a backend (%s): with --dbpath, --db names the backend",
			db, strings.Join(graph.Backends(), ", "))}
	case c.IsSet(dbPathFlag.Name) && !c.IsSet(dbFlag.Name):
		cfg.Path = dbpath // the backend of what is there, or the default
	case isBackend:
		cfg.Backend, cfg.Path = db, dbpath
		if cfg.Path == "" && db != graph.Memstore {
			if db == graph.Postgres {
				return cfg, &exitError{code: 2, msg: "--db postgres needs --dbpath postgres://..."}
			}
			cfg.Path = defaultDBPath
		}
	default:
		cfg.Path = db
	}
	v, err := vocab(c)
	if err != nil {
		return cfg, err
	}
	cfg.Vocab = v
	return cfg, nil
}

// openStore opens the store for commands that write it, creating it where
// there is none.
func openStore(c *cli.Context) (*graph.Store, error) {
	cfg, err := storeConfig(c)
	if err != nil {
		return nil, err
	}
	return graph.Open(c.Context, cfg)
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
