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
// The knowledge graph is the default graph: each entity's type, name and
// surface forms and each asserted, stated fact (subject —predicate→
// object) are one quad however many articles state them, and each triple
// that statements are about has one fact node. Each article's provenance
// (the article node, its sentences and one statement per claim, pointing
// to its fact node) is the article's named graph, labelled with the
// article's IRI. Cayley keeps no index on the label, so the article node
// has a schema:mentions edge to every entity it names and its sentences
// point to it: an article's quads are found from its node through Cayley's
// subject and object indexes, at a cost that grows with the article, not
// with the store. A quad of the default graph stays as long as one
// article still states it:
//
//   - Load writes the quads of schema.Documents (DocumentQuads). It is
//     idempotent: each article node stores the SHA-256 of its text and the
//     number of its quads, an article whose hash is already stored and
//     whose quads are all there is left alone, and one whose text changed
//     (or that is incomplete) has its quads replaced (see Load for how a
//     failure is kept from leaving half an article).
//   - Build is the pipeline of the build command: it reads articles from a
//     Source, extracts them on several goroutines with an Extractor and
//     loads them with one writer in large transactions, in input order, so
//     the same input gives the same store whatever the number of cores, in
//     memory bounded by a window of articles and one batch. Into a bolt
//     or leveldb store that was new when opened, Load writes its batches
//     itself, as long as nothing else has written: the keys and values
//     Cayley's own writer puts for them, in its layout, without the reads
//     Cayley makes before each write (the ids and use counts of the nodes
//     written are kept in memory). Stock Cayley reads the store as its
//     own.
//   - Delete removes an article's graph and what of the default graph no
//     other article states: the store is then the one a build without the
//     article gives.
//   - Import adds the quads of an N-Quads file, reading and checking all of
//     them before it writes any; Export writes the whole graph or one
//     article as N-Quads, JSON-LD, GraphML or DOT, sorted, so the output of
//     the same graph is always the same.
//   - Query runs a Gizmo query with Cayley's Gizmo engine (a copy in
//     internal/gizmo that turns Go panics on bad arguments into query
//     errors), bounded by a result limit, a time limit and a memory
//     budget (QueryOptions); QueryEach gives each result as it is found
//     and says whether the limit cut (QuerySummary); Result.JSON gives a
//     result in the shape the cayley query command prints, and Text
//     renders a single value. Queries and views read a bolt or leveldb
//     store through a reader that answers a hop through fixed values from
//     one index prefix a node (Cayley v0.7.7 uses an index only when the
//     quads are fixed in all its directions) and keeps the values of the
//     nodes it has read.
//   - Stats, Articles and Evidence read the graph with Cayley's path API
//     and iterators.
//   - Names, Search, Card, Why and EntityGraph are the analyst's views,
//     read from the nodes' own indexes: look-ups by any name, an entity's
//     card with the articles behind each edge, the evidence of one edge
//     beside the negated and hedged claims about the pair, and the entity
//     graph (one node per entity, one edge per fact) as GraphML, DOT or
//     CSV.
//
// The store states its graph model (schema.FormatVersion) in a quad of the
// default graph; Open refuses a store of another model with a
// *FormatError that says how to rebuild it.
//
// Numbers are stored as xsd:integer literals with the full datatype IRI
// (schema.Integer); Import and Export turn Cayley's native numbers, booleans
// and times into literals typed with full XML Schema IRIs, so exported
// N-Quads are read by any RDF 1.1 parser.
package graph
