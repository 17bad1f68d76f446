// Package graph is the statekg store: the knowledge graph of news articles
// kept in a Cayley quad store.
//
// A Store is opened with Open on one of Cayley's own backends: "leveldb"
// (the default: a folder of leveldb files, readable by the stock cayley
// v0.7.7 tool with --db leveldb --dbpath FOLDER), "bolt" (a folder holding
// Cayley's indexes.bolt file, --db bolt for stock cayley), "postgres"
// (Cayley's SQL backend on a PostgreSQL database given by its connection
// URL) or "memstore" (in memory, for tests and one-off work).
//
// Every quad extracted from an article carries the article's IRI as its
// label, so an article can be replaced or deleted as a whole. Cayley keeps
// no index on the label (finding a label's quads reads the whole store), so
// Load also writes a schema:mentions edge from the article node to every
// entity the article's quads describe; statements already point to their
// article. An article's quads are then found from its node through
// Cayley's subject and object indexes, at a cost that grows with the
// article and the entities it names, not with the store:
//
//   - Load writes the quads of schema.Documents. It is idempotent: each
//     article node stores the SHA-256 of its text, an article whose hash is
//     already stored is left alone, and one whose text changed has its
//     quads replaced (see Load for how a failure is kept from leaving half
//     an article).
//   - Build is the pipeline of the build command: it reads articles from a
//     Source, extracts them on several goroutines with an Extractor and
//     loads them with one writer in large transactions, in input order, so
//     the same input gives the same store whatever the number of cores, in
//     memory bounded by a window of articles and one batch.
//   - Delete removes an article's quads; a triple asserted by another
//     article too survives, as its own quad with its own label.
//   - Import adds the quads of an N-Quads file, reading and checking all of
//     them before it writes any; Export writes the whole graph or one
//     article as N-Quads, JSON-LD, GraphML or DOT, sorted, so the output of
//     the same graph is always the same.
//   - Query runs a Gizmo query with Cayley's Gizmo engine (a copy in
//     internal/gizmo that turns Go panics on bad arguments into query
//     errors), bounded by a result limit, a time limit and a memory
//     budget (QueryOptions); Result.JSON gives a result in the shape the
//     cayley query command prints, and Text renders a single value.
//   - Stats, Articles and Evidence read the graph with Cayley's path API
//     and iterators.
//
// Numbers are stored as xsd:integer literals with the full datatype IRI
// (schema.Integer); Import and Export turn Cayley's native numbers, booleans
// and times into literals typed with full XML Schema IRIs, so exported
// N-Quads are read by any RDF 1.1 parser.
package graph
